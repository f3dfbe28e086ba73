"""Build resume.docx for heldout47-singapore-medical-technologist.

Layout quirks: DOCX with the contact line in the page header, skills in a two-column table (label, content),
Singapore wording (Clinical Biochemistry, sample reception, PHMC Act), certifications and memberships after
education, and National Service under Additional Information.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("name", "LIM WEI JIE, JADEN"),
    ("contact", "Blk 456 Hougang Avenue 8, #09-123, Singapore 530456  |  (+65) 555-0162  |  jaden.lim@example.com"),
    ("h", "Profile"),
    ("p", "Medical technologist with six years in Singapore hospital and commercial laboratories. Currently in "
          "Clinical Biochemistry at a 1,000-bed regional hospital, covering haematology and sample reception on "
          "weekends and night shifts. Strong in QC, result validation and accreditation work; led the chemistry "
          "bench's preparation for our last CAP accreditation inspection."),
    ("h", "Skills"),
    ("table", [
        ("Clinical Biochemistry",
         "Abbott Alinity c and Alinity i; Abbott ARCHITECT ci8200 and Roche cobas 6000 (c 501/e 601) at previous lab; "
         "Radiometer ABL800 FLEX blood gas analysers; Bio-Rad Variant II Turbo HPLC. Renal panel, liver panel, "
         "hs-cTnT, TDM, tumour markers, immunoassays, HbA1c."),
        ("Haematology and Coagulation",
         "Sysmex XN-9000, CS-5100, CellaVision DM96. Peripheral blood smear review, manual differentials, retics, "
         "erythrocyte sedimentation rate, G6PD screening, Hb analysis and thalassaemia screening, PT/INR, aPTT."),
        ("Sample Reception",
         "Registration and accessioning, two-identifier check, centrifugation, sample rejection, pneumatic tube, "
         "sample archiving and retrieval."),
        ("Quality",
         "IQC, Westgard rules, L-J charts, Bio-Rad Unity Real Time, proficiency testing (CAP and RCPA QAP), "
         "method verification (CLSI EP15), uncertainty of measurement, SOPs, document control, "
         "non-conformance reports, CAPA."),
        ("LIS and Systems",
         "LIS (Cerner PathNet), AlinIQ AMS, auto-validation rules, delta checks, GLP systems Track."),
        ("Accreditation and Regulatory",
         "CAP accreditation, ISO 15189:2022, SAC-SINGLAS, MOH licensing (PHMC Act), WSH Act, biosafety."),
    ]),
    ("h", "Work Experience"),
    ("job", "Medical Technologist, Clinical Biochemistry - Tampines Bay Regional Hospital, Singapore - "
            "Mar 2021 to Present"),
    ("b", "Run STAT and routine chemistry and immunoassay testing on 4 Alinity c and 3 Alinity i analysers on a GLP "
          "systems Track line, about 4,500 samples a day."),
    ("b", "Technical validation of 1,200+ results per shift with delta checks and auto-validation rules in Cerner "
          "PathNet; helped raise the auto-validation rate from 58% to 74% after a rule review with the chemical "
          "pathologist."),
    ("b", "Phone critical values to wards and ED with read-back; 99.6% called within 30 minutes in the 2024 audit."),
    ("b", "Run three-level IQC each shift, apply Westgard rules on L-J charts and review peer data in Bio-Rad Unity "
          "Real Time; QC-related reruns down 20% since 2022."),
    ("b", "Handle CAP proficiency testing and RCPA QAP samples for 60 analytes; 100% acceptable results in 2023 "
          "and 2024."),
    ("b", "Verified 14 new assays (precision, linearity, reference ranges) following CLSI EP15 and worked out "
          "uncertainty of measurement for the full chemistry menu."),
    ("b", "Rewrote 22 SOPs in the document control system, raised 31 non-conformance reports and closed the CAPA "
          "for each; carried out internal audits before the 2023 CAP accreditation inspection (zero chemistry "
          "deficiencies)."),
    ("b", "Weekend and night cross-cover in haematology: Sysmex XN-9000 and CS-5100, CellaVision DM96 "
          "pre-classification, peripheral blood smear review and manual differentials (about 40 slides a shift)."),
    ("b", "First-line troubleshooting and daily and weekly maintenance on the Alinity analysers; monthly reagent "
          "stock-take for the chemistry bench (S$1.2M a year)."),
    ("b", "Run QC and lot checks for 160 ward glucometers (Accu-Chek Inform II) across 38 wards."),
    ("b", "Trained 9 new MTs and 12 polytechnic attachment students."),
    ("job", "Medical Laboratory Technologist - Orchid Diagnostics Pte Ltd, Singapore - Jul 2018 to Feb 2021"),
    ("b", "Sample reception for about 2,500 GP and health-screening samples a night: registered and accessioned "
          "samples, checked two identifiers, centrifuged and sorted by cap colour."),
    ("b", "Rejected haemolysed, clotted and unlabelled samples under the sample rejection policy; rejection rate "
          "cut from 1.9% to 0.8% with clinic feedback."),
    ("b", "Ran chemistry on Roche cobas 6000 and Abbott ARCHITECT ci8200 analysers; HbA1c and thalassaemia "
          "screening by HPLC on Bio-Rad Variant II Turbo."),
    ("b", "Helped prepare for MOH licensing inspections under the PHMC Act and two SAC-SINGLAS ISO 15189 "
          "assessments; worked in a Class II biosafety cabinet for all open-tube work."),
    ("h", "Education"),
    ("b", "Bachelor of Biomedical Science (Honours), Straits University of Applied Sciences, Singapore, 2018"),
    ("b", "Diploma in Biomedical Science, Ngee Ann Polytechnic, 2014"),
    ("h", "Certifications and Training"),
    ("b", "MLS(ASCPi) - eligibility approved, examination booked for March 2026"),
    ("b", "Internal Quality Auditor, ISO 15189:2022 (2-day course), 2024"),
    ("b", "WSH Biosafety Awareness and Chemical Spill Response, 2022"),
    ("h", "Professional Membership"),
    ("b", "ABLP, member since 2019"),
    ("h", "Additional Information"),
    ("b", "Full-time National Service (NS), SAF Medical Corps, 2014 - 2016; NS reservist"),
    ("b", "Languages: English, Mandarin, Hokkien (spoken)"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "resume.docx")
