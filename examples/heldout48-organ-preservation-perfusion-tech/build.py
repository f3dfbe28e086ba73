"""Build resume.docx for heldout48-organ-preservation-perfusion-tech.

Layout quirks: DOCX with the contact line in the page header (header_contact=True), credentials as
bullets under the name, the preservation skills in a two-column table, affiliations last.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("name", "KEZIAH M. LINDQVIST, CST"),
    ("contact", "Columbus, OH 43215 (relocating to western Michigan)  |  (614) 555-0162  |  "
                "keziah.lindqvist@example.com"),
    ("h", "Profile"),
    ("p", "Certified surgical technologist with six years of scrub experience and three years as a preservation "
          "technician for an organ procurement organization in central Ohio. Has pumped about 310 kidneys, "
          "packaged and shipped organs on 140 donor cases and covers 24-hour call with ground and air travel. "
          "Known for clean pump runs, complete paperwork and calm hand-offs at 3 a.m."),
    ("h", "Certifications"),
    ("b", "Certified Surgical Technologist (CST), NBSTSA - 2016, current through 2028"),
    ("b", "Certified Transplant Preservationist (CTP), ABTC - eligible; exam scheduled March 2027"),
    ("b", "BLS Provider, American Heart Association - expires 08/2026"),
    ("h", "Preservation Skills"),
    ("table", [
        ("Machine perfusion", "LifePort Kidney Transporter 1.1, Kidney Assist Transport; cold pump set-up, "
                              "priming, cannulation, flow / systolic pressure / resistance index (RI) monitoring"),
        ("Solutions", "UW solution (SPS-1), KPS-1, Custodiol, Perfadex Plus; lot and expiry checks, heparin "
                      "and other additives"),
        ("Donor specimens", "ABO and subtyping tubes, serologies, NAT, tissue typing (lymph nodes, spleen), "
                            "crossmatch tubes, hemodilution worksheets"),
        ("Packaging and transport", "OPTN Policy 16 packaging, triple sterile barrier, wet ice, TransNet "
                                    "labels, courier and charter flight hand-offs"),
        ("OR", "Sterile technique, sterile field, back table setup, instrument counts, in-situ flush"),
        ("Systems", "iTransplant, UNet DonorNet, TransNet, Microsoft Office (Word, Excel, Outlook)"),
    ]),
    ("h", "Experience"),
    ("job", "Organ Preservation Technician - Buckeye Lifeline Donor Services, Columbus, OH - Apr 2022 to Present"),
    ("b", "Cold pumped 310 kidneys (HMP) on LifePort Kidney Transporters; logged flow, systolic pressure and RI "
          "every 30 minutes and called the accepting surgeon when RI stayed above 0.40 mmHg/mL/min."),
    ("b", "Cannulated renal arteries on a Carrel patch or with straight cannulas at the back table; no cannula "
          "dislodgements in three years."),
    ("b", "Assisted recovery surgeons with in-situ flush, organ packaging and vessel recovery on 140 DBD and DCD "
          "donor cases at 38 hospitals."),
    ("b", "Primed and ran abdominal NRP circuits with the contract perfusionist on 12 DCD cases; helped set up a "
          "TransMedics Organ Care System for 4 DCD livers."),
    ("b", "Packaged, labelled and shipped kidneys, livers and vessels to OPTN Policy 16 with triple sterile "
          "barriers and TransNet labels; no packaging or labelling events reported to OPTN."),
    ("b", "Drew and labelled donor blood for ABO, serologies and NAT; sent lymph nodes and spleen for tissue typing "
          "and crossmatch; completed the hemodilution worksheet on every case."),
    ("b", "Took wedge biopsies with the surgeon and hand-carried them to the transplant center's pathology lab."),
    ("b", "Ran daily and monthly pump and cooler checks on 6 LifePorts, 14 shipping coolers and the solution "
          "refrigerator; coordinated PMs with Organ Recovery Systems and caught a failed temperature probe before "
          "a case."),
    ("b", "Downloaded and filed temperature logger data for every shipped organ; 100% of shipments inside 2-8 °C."),
    ("b", "Entered perfusion and packaging data in iTransplant within 24 hours on 100% of cases during the 2024 "
          "AOPO accreditation survey; member of the QAPI committee and filed 5 variance reports."),
    ("job", "Certified Surgical Technologist - Mercy St. Clair Hospital, Toledo, OH - Jun 2016 to Mar 2022"),
    ("b", "Scrubbed 1,900+ cases in general, vascular, urology and transplant surgery, including 85 living-donor "
          "and deceased-donor kidney transplants."),
    ("b", "Set up the sterile field and back table and ran counts; no retained-item events in six years of OR work."),
    ("b", "Super-user for instrument tray assembly with sterile processing; trained 7 new surgical technologists."),
    ("h", "Education"),
    ("p", "A.A.S., Surgical Technology - Maumee Valley Community College, Toledo, OH, 2016"),
    ("h", "Professional Affiliations"),
    ("b", "AST (Association of Surgical Technologists), member since 2015"),
    ("b", "NATCO, The Organization for Transplant Professionals, member"),
    ("h", "Additional"),
    ("p", "Valid Ohio driver's license with a clean record; cleared for charter flights; available for 24-hour call."),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "resume.docx")
