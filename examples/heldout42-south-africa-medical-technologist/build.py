"""Build resume.pdf for heldout42-south-africa-medical-technologist.

Layout quirks: a Professional Registration block straight under the contact line (with the pending HPCSA board
examination), British spelling (the applicant trained and worked in Zimbabwe), and a two-column skills block.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("name", "TATENDA R. CHIKOWORE, BSc (Hons)"),
    ("contact", "12 Jacaranda Close, Lyttelton Manor, Centurion 0157  |  +27 (12) 555-0147  |  "
                "tatenda.chikowore@example.com  |  Zimbabwean citizen; spousal visa with authorisation to work in "
                "South Africa"),
    ("h", "Professional Registration"),
    ("b", "HPCSA Board examination for foreign-qualified practitioners (Medical Technology) - sitting 19 November "
          "2026; qualification evaluation accepted by the Professional Board"),
    ("b", "Registered Medical Laboratory Scientist, Medical Laboratory and Clinical Scientists Council of Zimbabwe "
          "(MLCSCZ), reg. no. MLS/2741, since 2016 - current"),
    ("b", "SAQA Certificate of Evaluation: Bachelor Honours Degree, NQF Level 8 (issued April 2026)"),
    ("h", "Profile"),
    ("p", "Medical Laboratory Scientist with ten years' experience in clinical chemistry and haematology, the last six "
          "in a SADCAS-accredited private laboratory in Harare handling about 3 500 samples a day. Strong on analyser "
          "troubleshooting, IQC and EQA, and on the quality work behind ISO 15189:2012 accreditation. Used to night "
          "shifts and to being the only scientist on call. Relocated to Centurion in 2026."),
    ("h", "Technical Skills"),
    ("cols", [
        ("Clinical chemistry:", "Haematology and coagulation:"),
        ("Roche cobas 8000 (c 502, e 602)", "Sysmex XN-1000 and XN-550"),
        ("Roche cobas c 311 / e 411", "Blood film review and morphology"),
        ("HbA1c on Bio-Rad D-10", "Manual differential counts"),
        ("SPEP on Sebia Hydrasys 2", "Malaria parasite microscopy"),
        ("U&E, LFTs, lipids, cardiac markers", "ESR (Westergren)"),
        ("TFTs and tumour markers", "Stago STA Compact Max (PT/INR, aPTT)"),
        ("Quality:", "Systems and other:"),
        ("IQC: Westgard multirules, L-J charts", "LabTrak laboratory information system"),
        ("EQA: RIQAS and UK NEQAS", "CD4 counts on BD FACSCount"),
        ("Method verification", "Microsoft Office (Excel, Word)"),
        ("Measurement uncertainty", "Biosafety: class II cabinets, spill kits"),
        ("Internal audits, competence assessments", ""),
    ]),
    ("h", "Experience"),
    ("job", "Senior Medical Laboratory Scientist - Kopje Diagnostic Laboratories (Pvt) Ltd, Harare, Zimbabwe - "
            "Mar 2020 to May 2026"),
    ("b", "Ran chemistry and immunoassay on a Roche cobas 8000 modular line (two c 502, one e 602) at about 3 500 "
          "samples a day; kept TAT for urgent U&E and troponin under 60 minutes for 94% of requests."),
    ("b", "Led the haematology bench on two Sysmex XN-1000 analysers: FBCs, blood film review and manual differential "
          "counts on flagged samples (about 180 films a day), referring abnormal morphology to the consultant "
          "haematologist."),
    ("b", "Performed daily, weekly and monthly maintenance, calibration and first-line troubleshooting; cut "
          "unscheduled analyser downtime by 35% over two years."),
    ("b", "Reviewed IQC on L-J charts with Westgard multirules for 64 analytes, keeping analytical CVs within "
          "allowable limits; handled RIQAS and UK NEQAS EQA returns with 98% acceptable results."),
    ("b", "Chemistry quality officer within the QMS: method verification for 11 new assays, estimated measurement "
          "uncertainty for 40 analytes, ran internal audits and logged non-conformances with corrective and "
          "preventive action."),
    ("b", "Helped prepare the laboratory for its first SADCAS assessment against ISO 15189:2012 (accredited 2022) "
          "and two surveillance visits with no major findings."),
    ("b", "Phoned critical values to clinicians with read-back and documented each call in LabTrak."),
    ("b", "Trained 12 student interns and completed annual competence assessments for nine staff."),
    ("job", "Medical Laboratory Scientist - Manyame Provincial Hospital, Chinhoyi, Zimbabwe - Feb 2016 to Feb 2020"),
    ("b", "Generalist bench in a 450-bed hospital: clinical chemistry on Roche cobas c 311 / e 411, haematology on a "
          "Sysmex XN-550, ESR, and coagulation (PT/INR, aPTT, D-dimer) on the Stago STA Compact Max."),
    ("b", "Malaria parasite microscopy on thick and thin films, about 60 slides a day in the rainy season."),
    ("b", "CD4 counts on the BD FACSCount for the HIV clinic, about 900 a month."),
    ("b", "HbA1c on the Bio-Rad D-10 and SPEP on the Sebia Hydrasys 2 for the medical outpatient clinic."),
    ("b", "Sole scientist on night call for the hospital laboratory two nights a week."),
    ("job", "Intern Medical Laboratory Scientist - Manyame Provincial Hospital - Jan 2015 to Jan 2016"),
    ("b", "Rotations in clinical chemistry, haematology, microbiology and blood transfusion."),
    ("h", "Education"),
    ("p", "BSc (Hons) Medical Laboratory Sciences - Eastern Highlands University, Mutare, Zimbabwe, 2014. "
          "SAQA-evaluated as comparable to a South African Bachelor Honours Degree (NQF Level 8)."),
    ("h", "Continuing Professional Development"),
    ("b", "Sysmex XN-1000 operator and maintenance course, Harare, 2021"),
    ("b", "Internal auditor training (ISO 15189:2012), SADCAS, 2021"),
    ("b", "Westgard QC 'Basic QC Practices' online course, 2024"),
    ("h", "References"),
    ("p", "Available on request."),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
