"""Build resume.docx for heldout45-blood-bank-analyzer-fse.

Layout quirks: contact details in the Word page header (header_contact=True), skills in a two-column
table, certifications near the bottom after the experience, Army training listed under Education.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("contact", "Darnell K. Whitfield  |  Tacoma, WA 98405  |  (253) 555-0172  |  darnell.whitfield@example.com"),
    ("name", "DARNELL K. WHITFIELD"),
    ("h", "Summary"),
    ("p", "Field service engineer with five years supporting in vitro diagnostic analyzers in hospital laboratories "
          "and blood centers across western Washington, after seven years as an Army biomedical equipment "
          "specialist. Factory-trained on Immucor NEO Iris immunohematology systems; 96% first-visit fix rate on "
          "blood bank analyzers and no missed PMs on a 70-instrument territory."),
    ("h", "Technical Skills"),
    ("table", [
        ("Blood bank analyzers", "Immucor NEO Iris and Galileo Echo (Capture-R solid phase); ORTHO Workstation gel "
                                 "card centrifuge and incubator"),
        ("Other analyzers", "Beckman Coulter DxH 900 hematology; Abbott ARCHITECT i2000SR immunoassay"),
        ("Verification", "Gravimetric dispense volume verification; centrifuge RPM; incubator temperature mapping; "
                         "IQ/OQ/PQ protocols"),
        ("Test equipment", "Fluke 87V DMM; Tektronix TBS1052C scope; Fluke ESA615; Mettler Toledo XS205 balance; "
                           "Fluke 54 II thermocouple meter; NIST-traceable tachometer"),
        ("IT and connectivity", "Windows 10/11, TCP/IP, HL7 and ASTM LIS interfaces, Data Innovations Instrument "
                                "Manager, TeamViewer, MS Office"),
        ("Quality and safety", "ISO 13485 service records, FDA QSR, complaint handling, FSCA, OSHA BBP"),
        ("Service systems", "Salesforce Field Service, SAP parts ordering"),
    ]),
    ("h", "Professional Experience"),
    ("job", "Field Service Engineer II - Puget Lab Systems Service Co., Kent, WA - Apr 2021 to Present"),
    ("b", "Cover a 70-instrument territory (22 hospitals, 2 regional blood centers) for blood bank, hematology and "
          "immunoassay analyzers; 96% first-visit fix rate and average on-site response under 5 hours."),
    ("b", "Installed 9 Immucor NEO Iris and 4 Galileo Echo analyzers, including site prep, leveling, network setup "
          "and IQ/OQ/PQ documentation; supported customer correlation studies against tube and gel card methods for "
          "their AABB Standards and FDA validation files."),
    ("b", "Complete about 110 PM visits a year with 100% on time; repairs cover XYZ robotics, probe and wash-station "
          "fluidics, vacuum pumps, cap-piercing needles, plate carriers and power supplies."),
    ("b", "Run gravimetric dispense volume verification with a Mettler Toledo XS205 balance, check centrifuge RPM "
          "with a NIST-traceable tachometer and incubator temperature with a Fluke 54 II thermocouple meter, and "
          "align the microplate reader camera with vendor target plates."),
    ("b", "Load software and firmware updates, then run reagent red cell QC and antibody screen controls before "
          "returning instruments to service; cut post-repair QC failures from 7% to under 2%."),
    ("b", "Set up HL7 and ASTM LIS interfaces through Data Innovations Instrument Manager at 6 sites and fixed "
          "barcode reader and TCP/IP faults remotely over TeamViewer."),
    ("b", "Close every call with a customer-signed FSR in Salesforce Field Service within 24 hours; open complaint "
          "handling records under the OEM's ISO 13485 system, completed 3 FSCA retrofits and keep RMA returns under "
          "10 days."),
    ("b", "Perform decontamination before every service per OSHA BBP rules; trained transfusion service staff at "
          "11 sites on user maintenance."),
    ("job", "Biomedical Equipment Specialist (68A), Sergeant - U.S. Army, Joint Base Lewis-McChord, WA - Jun 2014 to "
            "Mar 2021"),
    ("b", "Maintained about 1,400 medical devices for a field hospital and troop medical clinics, including blood bank "
          "refrigerators, plasma thawers, centrifuges, chemistry and hematology analyzers and Philips CX50 echo "
          "ultrasound carts."),
    ("b", "Troubleshot power supplies, motor controllers and sensor boards from schematics using a Fluke 87V DMM and "
          "a Tektronix scope; 92% of repairs returned to service within 48 hours."),
    ("b", "Kept refrigerated blood storage for a blood support detachment at 100% readiness during a 9-month "
          "deployment."),
    ("b", "Performed electrical safety tests with a Fluke ESA615 and documented all work orders in DMLSS."),
    ("h", "Certifications"),
    ("b", "Certified Biomedical Equipment Technician, AAMI Credentials Institute, 2019"),
    ("b", "CompTIA A+, 2020"),
    ("b", "Immucor NEO Iris and Galileo Echo factory service training, 2021 and 2022"),
    ("b", "Beckman Coulter DxH 900 factory service training, 2023"),
    ("h", "Education"),
    ("p", "A.A.S., Electronics Engineering Technology - Mount Rainier Technical College, Lakewood, WA, 2013"),
    ("p", "Biomedical Equipment Specialist Course (68A) - Medical Education and Training Campus, JBSA Fort Sam "
          "Houston, TX, 2014"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "resume.docx")
