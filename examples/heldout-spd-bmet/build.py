#!/usr/bin/env python3
"""Build resume.pdf for the heldout-spd-bmet pair (fpdf2, DejaVu Sans if present)."""

from pathlib import Path

from fpdf import FPDF

HERE = Path(__file__).resolve().parent
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")

BLOCKS = [
    ("name", "LUIS ECHEVARRIA-BRANDT"),
    ("contact", "Wyoming, MI 49509 | (616) 555-0173 | luis.eb@example.com"),
    ("h", "Summary"),
    ("p", "BMET with 5 years of hospital and sterilizer field service experience. Known for keeping SPD running: "
          "steam sterilizers, washer/disinfectors, V-PRO units and AERs, plus general OR equipment."),
    ("h", "Certifications"),
    ("p", "Certified Registered Central Service Technician (HSPA), 2021"),
    ("p", "STERIS factory training: AMSCO 400 series steam sterilizers and V-PRO maX, 2022"),
    ("h", "Experience"),
    ("job", "Biomedical Equipment Technician II | Harbor Point Regional Medical Center, Muskegon, MI | 2021 - Present"),
    ("b", "Maintain 14 steam sterilizers (STERIS AMSCO 400/600, Getinge 88 series) and 3 V-PRO maX units; "
          "sterilizer downtime cut from 6% to 2% in 2024."),
    ("b", "Repair washer/disinfectors (STERIS Reliance 444), a cart washer and sonic cleaners."),
    ("b", "Service Medivators Advantage Plus AERs per the manufacturer's instructions for use."),
    ("b", "Rebuilt steam traps and solenoid valves; chased wet packs back to steam quality testing (dryness, "
          "non-condensable gases) with Facilities."),
    ("b", "Troubleshoot programmable logic controllers and pneumatic valves on sterilizers and washers."),
    ("b", "After major repairs, run Bowie-Dick and BI challenge loads with SPD before release; follow ST79."),
    ("b", "PM and repair OR tables (Skytron, STERIS CMAX), surgical lights, Valleylab FT10 generators, Zimmer ATS "
          "4000 tourniquet and blanket warmers."),
    ("b", "Lockout/tagout for steam and electrical isolation; Joint Commission survey prep for SPD."),
    ("b", "Work orders and PM scheduling in Accruent Connectiv; bi-weekly rounds in the OR."),
    ("job", "Field Service Technician | Great Lakes Sterilizer Services (ISO), Lansing, MI | 2019 - 2021"),
    ("b", "Covered 20 hospitals and surgery centers for sterilizer and washer PMs and repairs."),
    ("b", "Read chemical indicators and printouts with customers; handled other service calls as needed."),
    ("h", "Education"),
    ("p", "A.A.S., Biomedical Equipment Technology - West Michigan Technical College, 2019"),
]


def main() -> None:
    pdf = FPDF(format="Letter")
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, margin=16)
    regular, bold = FONT_DIR / "DejaVuSans.ttf", FONT_DIR / "DejaVuSans-Bold.ttf"
    if regular.exists() and bold.exists():
        pdf.add_font("Body", "", str(regular))
        pdf.add_font("Body", "B", str(bold))
        family, bullet = "Body", "\u2022"
    else:
        family, bullet = "Helvetica", "-"
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin
    for kind, value in BLOCKS:
        if kind == "name":
            pdf.set_font(family, "B", 16)
            pdf.multi_cell(width, 8, value, align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "contact":
            pdf.set_font(family, "", 9)
            pdf.multi_cell(width, 5, value, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "h":
            pdf.ln(2)
            pdf.set_font(family, "B", 11)
            pdf.cell(width, 6, value.upper(), new_x="LMARGIN", new_y="NEXT")
            y = pdf.get_y()
            pdf.line(pdf.l_margin, y, pdf.l_margin + width, y)
            pdf.ln(1.5)
        elif kind == "p":
            pdf.set_font(family, "", 9.5)
            pdf.multi_cell(width, 4.8, value, new_x="LMARGIN", new_y="NEXT")
        elif kind == "job":
            pdf.ln(0.8)
            pdf.set_font(family, "B", 9.5)
            pdf.multi_cell(width, 5, value, new_x="LMARGIN", new_y="NEXT")
        elif kind == "b":
            pdf.set_font(family, "", 9.5)
            pdf.cell(5, 4.8, bullet)
            pdf.multi_cell(width - 5, 4.8, value, new_x="LMARGIN", new_y="NEXT")
        else:
            raise ValueError(kind)
    pdf.output(str(HERE / "resume.pdf"))


if __name__ == "__main__":
    main()
