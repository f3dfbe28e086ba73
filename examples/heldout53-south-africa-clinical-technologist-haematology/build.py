"""Build resume.pdf for heldout53-south-africa-clinical-technologist-haematology.

Layout quirks: PDF with the HPCSA registration block straight under the contact line, a profile after it,
skills in two columns (labels ending ':'), memberships at the end.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("name", "THANDEKA N. MOKOENA"),
    ("contact", "17 Jacaranda Crescent, Kempton Park, 1619  |  +27 82 555-0147  |  thandeka.mokoena@example.com"),
    ("h", "Professional Registration"),
    ("b", "HPCSA: Medical Technologist (Haematology), MT 0098213 - registered 2016, annual fees paid 2025"),
    ("b", "HPCSA: Medical Technician (Haematology), 2013 - 2016 (upgraded after ND completion)"),
    ("h", "Profile"),
    ("p", "Medical Technologist with nine years in haematology and coagulation, first at an NHLS academic laboratory "
          "and now in a high-volume private laboratory. Authorises 600+ FBCs a shift, runs the coagulation bench "
          "and the CD4 flow cytometry bench, and is the section's deputy quality officer for SANAS ISO 15189 "
          "assessments."),
    ("h", "Skills"),
    ("cols", [
        ("Haematology:", "Coagulation:"),
        ("FBC and retics on Sysmex XN-1000 / XN-3000", "Sysmex CS-2500 and CS-5100"),
        ("Sysmex SP-10 slide maker-stainer", "PT/INR, PTT, D-dimer, Clauss fibrinogen"),
        ("CellaVision DM96 pre-classification", "50:50 mixes, LA screen (dRVVT)"),
        ("Blood film review and manual diffs", "Factor VIII and IX assays"),
        ("May-Grunwald Giemsa staining", "Flow cytometry:"),
        ("Westergren ESR", "CD4 by PanLeucogating (CD45/SSC gating)"),
        ("Malaria thick and thin films, pLDH/HRP2 RDT", "Beckman Coulter Navios and FC500"),
        ("Hb variants on Bio-Rad D-10", "Quality and systems:"),
        ("Bone marrow aspirate slide preparation", "IQC, Westgard rules, L-J charts"),
        ("", "Thistle QA proficiency testing"),
        ("", "MU, verification of new methods"),
        ("", "NCRs, corrective and preventive actions"),
        ("", "Q-Pulse, TrakCare Lab LIS"),
    ]),
    ("h", "Experience"),
    ("job", "Medical Technologist, Haematology and Coagulation - Kalahari Path Labs (private), Kempton Park "
            "Regional Laboratory - Mar 2019 to Present"),
    ("b", "Technical validation of results on TrakCare Lab for a section releasing about 5,500 FBCs and 900 "
          "coagulation profiles a day; delta checks and critical results phoned within 30 minutes (98% compliance)."),
    ("b", "Run the coagulation bench on two Sysmex CS-2500 analysers: PT/INR, PTT, D-dimer and fibrinogen, plus "
          "50:50 mixes, LA screen (dRVVT) and factor VIII and IX assays for the haemophilia clinic."),
    ("b", "Perform CD4 counts by PanLeucogating on the Beckman Coulter Navios (about 350 samples a day) for HIV "
          "treatment programmes; Thistle QA proficiency testing results within limits for 12 consecutive rounds."),
    ("b", "Review blood films flagged by the XN-3000 and CellaVision DM96; manual diffs, malaria thick and thin "
          "films and RDT confirmation."),
    ("b", "Deputy quality officer: IQC review against Westgard rules, monthly L-J charts, MU estimates and "
          "verification of new methods for 6 assays; raised and closed 40+ NCRs with corrective and preventive "
          "actions in Q-Pulse. Section passed two SANAS ISO 15189 assessments with no major findings."),
    ("b", "Daily maintenance and first-line troubleshooting on the Sysmex XN line; cut analyser downtime by 22% "
          "after introducing a shift handover log."),
    ("job", "Medical Technician, later Medical Technologist - NHLS Rand Central Academic Laboratory, "
            "Haematology, Johannesburg - Feb 2013 to Feb 2019"),
    ("b", "FBC, retics and Westergren ESR for a 1,000-bed academic hospital; PanLeucogating CD4 on the FC500."),
    ("b", "Prepared bone marrow aspirate slides and iron stains for the haematopathologists."),
    ("b", "Screened Hb variants on the Bio-Rad D-10 for the antenatal clinic."),
    ("b", "Handled patient results in line with the Protection of Personal Information Act once it came into force."),
    ("h", "Education"),
    ("b", "BHSc Honours (Haematology), University of Johannesburg - part-time, in progress, expected completion "
          "November 2027"),
    ("b", "ND: Biomedical Technology (Haematology and Clinical Pathology) - Tshwane Central University of "
          "Technology, 2012"),
    ("b", "Continuing professional development: 36 HPCSA CEUs in the current cycle"),
    ("h", "Memberships"),
    ("b", "SMLTSA - member since 2014"),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
