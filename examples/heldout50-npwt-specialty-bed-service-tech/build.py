"""Build resume.docx for heldout50-npwt-specialty-bed-service-tech.

Layout quirks: DOCX with the contact line in the page header, skills as a two-column table,
a Licenses & Training block after Education.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("name", "DARNELL R. OKONKWO-HAYES"),
    ("contact", "1420 Carlisle Road, York, PA 17408  |  (717) 555-0147  |  darnell.okonkwo.hayes@example.com"),
    ("h", "Summary"),
    ("p", "Rental equipment technician with six years in home medical equipment and hospital rentals. I keep wound "
          "VACs, LAL mattresses and bariatric beds running: decon, preventative maintenance, repairs, electrical "
          "safety tests, deliveries and in-services for nursing staff. Known for a clean rental fleet and good "
          "paperwork. Working toward an A.A.S. in Biomedical Equipment Technology at night."),
    ("h", "Skills"),
    ("table", [
        ("Wound therapy", "KCI V.A.C. Ultra, ActiV.A.C., V.A.C. Freedom\n"
                          "Smith & Nephew RENASYS TOUCH and RENASYS GO\n"
                          "Genadyne XLR8 (3 years)"),
        ("Beds and surfaces", "Specialty beds: LAL, alternating-pressure overlays and replacement mattresses\n"
                              "Bariatric beds: Hill-Rom Compella, ArjoHuntleigh Citadel, Joerns BariMaxx II\n"
                              "Hill-Rom Envella air fluidized therapy bed\n"
                              "Invacare microAIR MA600, Span-America PressureGuard"),
        ("Test equipment", "Fluke ESA615 electrical safety analyzer, Fluke 87V DMM\n"
                           "Dwyer digital manometer (vacuum and positive pressure)\n"
                           "Cadex C7400 battery analyzer, certified scale test weights"),
        ("Electrical / mechanical", "AC/DC circuits, relays, motors, pneumatics, schematics, service manuals, "
                                    "electro-mechanical troubleshooting, soldering"),
        ("Infection control", "Dirty/clean separation, hospital-grade disinfectants (Oxivir Tb, Cavicide, Clorox "
                              "bleach wipes), OSHA bloodborne pathogens, PPE, biohazard disposal"),
        ("Software", "Brightree, Zebra barcode scanning, mobile work order app (ServiceTrade), Excel, Outlook, Teams"),
    ]),
    ("h", "Experience"),
    ("job", "Rental Equipment Technician - Susquehanna Medical Rentals (DME), York, PA - Mar 2021 to Present"),
    ("b", "Decon, repair and ready about 1,400 rental units (wound VACs, LAL and alternating-pressure surfaces, "
          "bariatric beds) for 35 hospitals and SNFs; average turnaround cut from 4.5 to 2.5 days."),
    ("b", "Preventative maintenance and performance checks on 300+ V.A.C. Ultra and ActiV.A.C. units a year: "
          "checked delivered vacuum against set point with a digital manometer, ran leak/blockage alarm checks and "
          "loaded firmware updates as KCI released them."),
    ("b", "Replaced blowers, air cells, hoses and hand pendants; bed scale calibration with certified weights; "
          "verified CPR release on every bed before it left the shop."),
    ("b", "Electrical safety tests per NFPA 99 on all line-powered rentals (ground resistance, chassis leakage) "
          "using a Fluke ESA615; zero failed units found at customer sites in 2023-2024."),
    ("b", "Tested wound VAC and bed batteries on a Cadex C7400 battery analyzer and pulled 120 weak packs before they "
          "caused a field call."),
    ("b", "Inspected mattress covers for tears and fluid strike-through; laundered soft goods and replaced about "
          "90 covers a year."),
    ("b", "Tagged out and quarantined suspect units and wrote up failure notes for the service manager."),
    ("b", "Track every unit by serial numbers and barcode scanning in Brightree; keep par levels at 12 hospital "
          "sites and run the weekly utilization reports for the operations manager."),
    ("b", "Gave 80+ in-services to nurses and wound care nurses on V.A.C. therapy alarms, LAL bed features and "
          "bariatric bed safety."),
    ("b", "Helped the quality lead prepare for two ACHC surveys with no equipment findings."),
    ("job", "Delivery and Warehouse Technician - HomeWell HME Supply, Hanover, PA - Jun 2018 to Feb 2021"),
    ("b", "Delivered and set up hospital beds, oxygen concentrators, patient lifts and replacement mattresses in "
          "patients' homes; 20-25 stops a day."),
    ("b", "Cleaned and disinfected returned equipment and handled used canisters and sharps as biohazard disposal."),
    ("b", "Kept the asset tracking spreadsheet in Excel for 2,000 pieces of rental equipment."),
    ("job", "Appliance Service Technician - Rutter Appliance Repair, Red Lion, PA - Aug 2016 to May 2018"),
    ("b", "Repaired washers, dryers and refrigerators: motors, control boards, wiring; read schematics for "
          "every job."),
    ("h", "Education"),
    ("p", "A.A.S., Biomedical Equipment Technology - Harrisburg Area Community College (evening program), in "
          "progress, expected May 2027"),
    ("p", "High School Diploma - Dallastown Area High School, Dallastown, PA, 2016"),
    ("h", "Licenses & Training"),
    ("b", "PA Class C driver's license, clean MVR; DOT medical examiner's certificate (valid to 2026)"),
    ("b", "KCI V.A.C. Therapy technical training, 2021; Hill-Rom Compella and Envella factory service training, 2022"),
    ("b", "Forklift certification (Crown), 2021"),
    ("b", "OSHA 10-Hour General Industry"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "resume.docx")
