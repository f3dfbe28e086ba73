"""Build resume.pdf for heldout43-ireland-medical-scientist.

Layout quirks: Irish/British spelling throughout, a Professional Registration block straight after the contact
line, and key skills in two columns (PDF "cols" block) with bold labels.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("name", "Aoife M. Brennock, BSc (Hons), MSc"),
    ("contact", "14 Cnoc na Gréine, Knocknacarra, Galway H91 X2P4  |  (091) 555-0174  |  aoife.brennock@example.com"),
    ("h", "Professional Registration"),
    ("b", "CORU - Medical Scientists Register, registration no. MS004217 (registered 2019, renewed annually)"),
    ("b", "Member of the Academy of Medical Laboratory Science (MAMLS), since 2013"),
    ("h", "Profile"),
    ("p", "Medical Scientist with thirteen years in hospital laboratories in the west of Ireland, the last seven in "
          "Haematology and Blood Transfusion at a Model 4 university hospital. Confident on the transfusion bench at night, "
          "comfortable with complex antibody work and used to the haemovigilance and traceability side of the job. "
          "Looking for a permanent post closer to family in Clare."),
    ("h", "Key Skills"),
    ("cols", [
        ("Haematology and coagulation:", "Blood transfusion:"),
        ("Sysmex XN-1000 line (FBC)", "ABO and RhD grouping"),
        ("Blood film review, CellaVision DM96", "Antibody screening and identification"),
        ("Erythrocyte sedimentation rate (Starrsed)", "Electronic crossmatch and IAT crossmatch"),
        ("IM screens (Monospot) and Sickledex", "Grifols Erytra Eflexis, DG Gel cards"),
        ("ACL TOP 750 CTS: PT/INR, APTT, D-dimer", "Direct antiglobulin test, Kleihauer tests"),
        ("Clauss fibrinogen, TEG 6s", "RAADP and FMH follow-up"),
        ("Quality and regulation:", "Systems:"),
        ("INAB, ISO 15189 (2012 and 2022)", "MedLIS (Clinisys WinPath Enterprise)"),
        ("IQC with Westgard rules, UK NEQAS EQA", "Haemonetics BloodTrack"),
        ("NCs, CAPA, vertical and horizontal audits", "Vaisala viewLinc temperature monitoring"),
        ("Document control, SOPs", "Microsoft 365 (Excel, Teams)"),
        ("EU Blood Directive, haemovigilance", ""),
    ]),
    ("h", "Experience"),
    ("job", "Medical Scientist, Haematology and Blood Transfusion - Corrib Valley University Hospital, Galway - "
            "Sep 2018 to Present"),
    ("b", "Rotate across haematology, coagulation and the Blood Transfusion laboratory of a 600-bed hospital on the "
          "24/7 shift and on-call rota; about 2,200 FBCs and 600 coagulation screens a day."),
    ("b", "Group, screen and crossmatch for about 45 patients a shift; work up 180+ antibody identifications a year "
          "(anti-E, anti-K, anti-Fya and mixtures) on the Erytra Eflexis and DG Gel cards."),
    ("b", "Raised electronic crossmatch use from 61% to 78% of eligible patients by tightening the two-sample rule with "
          "the haemovigilance officer."),
    ("b", "Issue blood components and blood products, including Octaplex and platelets for about 70 MHP activations a "
          "year; first pack out in under 10 minutes."),
    ("b", "Order red cell and platelet stock from the IBTS; cut red cell wastage from 3.1% to 1.6% in two years."),
    ("b", "Perform direct antiglobulin tests, Kleihauer tests and RAADP follow-up for about 4,000 deliveries a year."),
    ("b", "Investigated 38 suspected transfusion reactions; wrote SARE reports for the NHO and keep full traceability "
          "records under the EU Blood Directive."),
    ("b", "Daily maintenance, calibration and troubleshooting of the Sysmex XN-1000 line, two ACL TOP 750 CTS "
          "analysers and the Erytra Eflexis; uptime above 99% in 2025."),
    ("b", "Transfusion quality lead: IQC review with Westgard rules, UK NEQAS BTLP and haematology EQA returns, NCs and "
          "CAPA, vertical and horizontal audits; helped keep INAB accreditation through the 2023 move to "
          "ISO 15189:2022."),
    ("b", "MedLIS super-user at the 2024 go-live; trained 40 staff on Haemonetics BloodTrack."),
    ("b", "Sign off competency for student medical scientists on placement (8 students in 2025)."),
    ("job", "Medical Scientist - Bellmount Surgical Hospital (BSH), Galway - Jul 2013 to Aug 2018"),
    ("b", "Single-handed evening and weekend cover for haematology, coagulation and transfusion in a 110-bed private "
          "surgical hospital; about 300 FBCs a day on a Sysmex XE-2100, replaced by an XN-1000 in 2016."),
    ("b", "Blood film examination, erythrocyte sedimentation rate, IM screens and Sickledex screens for "
          "pre-operative patients."),
    ("b", "Sent serious adverse event reports to the NHO for onward notification to the Irish Medicines Board."),
    ("b", "Wrote 22 SOPs for the laboratory's first INAB application (accredited 2016)."),
    ("h", "Education"),
    ("p", "MSc Haematology and Transfusion Science (part-time) - Western Atlantic University, Galway, 2017"),
    ("p", "BSc (Hons) Biomedical Science - Corrib Institute of Technology, Galway, 2013"),
    ("h", "Continuing Professional Development"),
    ("b", "NHO Haemovigilance Annual Conference, Dublin, 2024"),
    ("b", "UK NEQAS BTLP participants' meeting (online), 2023"),
    ("b", "ISO 15189:2022 transition training for internal auditors, 2022"),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
