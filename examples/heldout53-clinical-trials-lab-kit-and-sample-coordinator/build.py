"""Build resume.docx for heldout53-clinical-trials-lab-kit-and-sample-coordinator.

Layout quirks: DOCX with the contact line in the page header (header_contact=True), certifications straight
under the profile, skills as a two-column table, an in-progress bachelor's degree under Education.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("name", "MARGARET \"MAGGIE\" ACHTERBERG, MLT(ASCP)CM"),
    ("contact", "Port Avalon, WI 53190  |  (414) 555-0162  |  maggie.achterberg@example.com"),
    ("h", "Profile"),
    ("p", "Medical laboratory technician with seven years at the bench, the last three running sample processing "
          "and shipping for an oncology clinical trials office. Handles 35 to 50 research kits a week across 40 "
          "sponsor studies, ships to central laboratories under IATA DGR, and keeps freezers, logs and data "
          "entry audit-ready."),
    ("h", "Certifications"),
    ("b", "MLT(ASCP)CM, 2018"),
    ("b", "IATA/DOT dangerous goods shipper certification (Saf-T-Pak), renewed June 2025"),
    ("b", "CITI GCP and ICH E6(R2) training, 2024; BBP training, annual"),
    ("b", "SOCRA CCRP - eligible; exam scheduled January 2027"),
    ("h", "Skills"),
    ("table", [
        ("Sample processing", "PBMC isolation (Ficoll gradient, CPT tubes), aliquoting, serum and plasma "
                              "separation, PAXgene RNA tubes, PK timepoints"),
        ("Equipment", "Eppendorf 5810R and Beckman Allegra X-15R refrigerated centrifuges, Thermo Forma -80 °C "
                      "freezers, vapor-phase LN2 storage, TempTrak monitoring, class II biosafety cabinets"),
        ("Shipping", "UN 3373, UN1845 dry ice, PI 650, DOT hazmat, TempTale data loggers, World Courier, FedEx "
                     "Priority Overnight"),
        ("Systems", "Medidata Rave, InForm, OnCore CTMS, IXRS, STARLIMS, Sunquest LIS, Excel, Smartsheet"),
        ("Quality", "GCP, ALCOA, CAPA, SOPs, QC, proficiency testing, "
                    "CAP and CLIA inspections"),
    ]),
    ("h", "Experience"),
    ("job", "Clinical Research Laboratory Technician - Great Lakes University Cancer Center, Clinical Trials "
            "Office, Milwaukee, WI - Apr 2022 to Present"),
    ("b", "Process 600+ research samples a month for 40 active oncology clinical trials: centrifugation, "
          "aliquoting, PBMC isolation and labeling per sponsor laboratory manuals."),
    ("b", "Manage kit inventory for every trial: log incoming sponsor kits, track kit expiration dates in a shared "
          "Excel tracker and reorder; no draws with an expired kit in 2024 or 2025."),
    ("b", "Pack and ship about 70 shipments a month to central laboratories (Covance, Q2 Solutions) as UN 3373 "
          "Category B under PI 650 and on dry ice (UN1845); zero rejected shipments in two years."),
    ("b", "Place TempTale data loggers in frozen shipments, book World Courier for time-critical PK samples and "
          "follow every package to delivery."),
    ("b", "Enter collection times and shipment data in Medidata Rave and InForm within 48 hours; answer sponsor "
          "data queries and match requisitions against the sample manifest."),
    ("b", "Keep chain of custody and sample tracking records in the cancer center's STARLIMS; reconciled 9,200 "
          "stored aliquots before a freezer move."),
    ("b", "Respond to TempTrak alarms on eight -80 °C freezers; moved samples to backup units during two "
          "compressor failures with no temperature excursions beyond sponsor limits."),
    ("b", "Document protocol deviations and temperature excursion reports; wrote two CAPA plans after courier "
          "delays."),
    ("b", "Hosted 25 monitoring visits and sponsor audits and one FDA BIMO inspection with no lab findings; keep "
          "source documentation to ALCOA standards."),
    ("b", "Wrote or revised 11 lab SOPs (PBMC isolation, shipping, freezer failure)."),
    ("b", "Perform venipuncture for research draws when the phlebotomy team is short, about 15 draws a week."),
    ("job", "Medical Laboratory Technician - Mercy Lakeshore Hospital, Racine, WI - Jun 2018 to Mar 2022"),
    ("b", "Core lab MLT on rotating shifts: chemistry, hematology, coagulation (PT/INR, aPTT) and urinalysis; "
          "250+ results a shift."),
    ("b", "Specimen processing and accessioning for inpatient, outpatient and reference lab send-outs."),
    ("b", "Ran daily QC with Levey-Jennings review and performed proficiency testing events for chemistry and "
          "coagulation."),
    ("b", "Oversaw waived testing and POCT for six nursing units (glucometers, urine hCG)."),
    ("b", "Helped prepare for two CAP inspections and one CLIA survey."),
    ("b", "Ran monthly pipette calibration checks and centrifuge tachometer checks for the core lab."),
    ("h", "Education"),
    ("b", "B.S., Medical Laboratory Science (online completion program) - Northern Lakes State University - "
          "in progress, expected December 2026"),
    ("b", "Associate of Applied Science, Medical Laboratory Technology - Kenosha Shores Technical College, 2018"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "resume.docx")
