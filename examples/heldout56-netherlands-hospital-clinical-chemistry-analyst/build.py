"""Build posting.pdf and resume.docx for heldout56-netherlands-hospital-clinical-chemistry-analyst.

Layout quirks: the posting is a PDF in English for international applicants of a Dutch teaching hospital
(Dutch terms beside English ones); the resume is a DOCX with the contact line in the page header, written
by an Irish-trained medical scientist (British/Irish spelling, Irish bodies) now working in the Netherlands.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

POSTING = [
    ("name", "Analyst Clinical Chemistry (Analist Klinische Chemie) - Clinical Chemistry and Haematology Laboratory"),
    ("p", "Noorderzand Medical Centre  |  Alkmaar, the Netherlands  |  28-36 hours per week  |  Vacancy no. NZMC-2026-0412"),
    ("h", "About Noorderzand Medical Centre"),
    ("p", "Noorderzand Medical Centre (NZMC) is a 780-bed teaching hospital serving some 450,000 people in the north "
          "of the province of Noord-Holland. Our Clinical Chemistry and Haematology Laboratory (KCHL) performs around "
          "4.5 million tests a year for the hospital, general practitioners and nursing homes in the region. The "
          "laboratory is accredited by the Dutch Accreditation Council and is a recognised training laboratory for "
          "clinical chemists. Our team of 65 analysts, 6 clinical chemists and 4 clinical chemists in training works "
          "in a newly automated core laboratory. We welcome applications from international candidates, which is why "
          "this vacancy is published in English."),
    ("h", "Your role"),
    ("p", "As an analyst you are responsible for reliable and timely results, 24/7. You will:"),
    ("b", "Perform routine and urgent (cito) analyses in clinical chemistry, immunoassay, haematology and coagulation, "
          "including evening, night and weekend shifts."),
    ("b", "Operate, calibrate and maintain our Roche cobas pro integrated solutions (c 503 and e 801 modules) on the "
          "cobas connection modules (CCM) track with cobas p 612 pre-analytics."),
    ("b", "Run the Sysmex XN-series haematology line (XN-9100 with SP-50 slide maker/stainer) and CellaVision DI-60 "
          "digital cell morphology; perform manual blood smear review by light microscopy."),
    ("b", "Perform coagulation testing on the Sysmex CS-5100 (PT/INR, APTT, fibrinogen, D-dimer)."),
    ("b", "Perform blood gas analysis on Radiometer ABL90 FLEX PLUS analysers and support the point-of-care testing "
          "(POCT) coordinator with Abbott i-STAT and Roche Accu-Chek Inform II devices on the wards."),
    ("b", "Carry out specialised analyses: HbA1c (Tosoh G11), serum protein electrophoresis and immunofixation (Sebia "
          "Capillarys 3 TERA and Hydrasys 2), urinalysis (Sysmex UF-5000 and UC-3500) and CSF cell counts."),
    ("b", "Run internal quality control (IQC) in Bio-Rad Unity Real Time, take part in SKML external quality "
          "assessment schemes and follow up deviations."),
    ("b", "Perform technical validation of results in GLIMS, our laboratory information system, with cobas infinity "
          "middleware, and report critical values to the clinical chemist on duty and the requesting physician."),
    ("b", "Troubleshoot analysers, carry out first-line maintenance and liaise with the manufacturers' field service "
          "engineers."),
    ("b", "Contribute to method verification of new assays (CLSI EP15-A3 and EP09c), estimation of measurement "
          "uncertainty and reference interval checks."),
    ("b", "Write and revise SOPs and work instructions in iProva, register non-conformities, and take part in internal "
          "audits, CAPA follow-up and the RvA assessment cycle, in line with ISO 15189:2022, the IVDR (EU 2017/746) "
          "and the GDPR."),
    ("b", "Coach MLO and HLO interns and new colleagues."),
    ("h", "What we ask"),
    ("b", "A completed Dutch MLO level 4 diploma (Analist / Medisch Laboratorium) or an HLO bachelor's degree in "
          "Biology and Medical Laboratory Research (BML), or a foreign bachelor's degree in biomedical science "
          "evaluated as equivalent by Nuffic (IDW)."),
    ("b", "At least two years' experience as an analyst in a clinical chemistry or haematology laboratory, "
          "preferably in a hospital."),
    ("b", "Hands-on experience with automated chemistry and immunoassay analysers (Roche, Abbott, Siemens or "
          "Beckman Coulter) and with a total laboratory automation (TLA) track."),
    ("b", "Experience with haematology analysers and peripheral blood smear morphology."),
    ("b", "Working knowledge of ISO 15189, IQC and EQA, and Westgard rules."),
    ("b", "Experience with a laboratory information system such as GLIMS or LabOsys."),
    ("b", "Dutch at level B1 (CEFR), or the willingness to reach B1 within 12 months (we provide the course), and "
          "good English."),
    ("b", "Willingness to work irregular hours and to be vaccinated against hepatitis B."),
    ("b", "A Certificate of Conduct (VOG) before your start date."),
    ("h", "Nice to have"),
    ("b", "Experience with the Roche cobas pro or cobas 8000 platform."),
    ("b", "Experience in blood transfusion serology (ABO/RhD typing, antibody screening, crossmatching) on Ortho "
          "VISION or Bio-Rad IH-1000."),
    ("b", "Experience with HiX (ChipSoft) order entry."),
    ("b", "Lean Six Sigma Yellow Belt."),
    ("b", "Associate membership of the NVKC (Dutch Society for Clinical Chemistry and Laboratory Medicine)."),
    ("h", "What we offer"),
    ("b", "Salary in accordance with the CAO Ziekenhuizen (Collective Labour Agreement for Dutch Hospitals), scale "
          "FWG 45: \u20ac3,024 - \u20ac4,340 gross per month based on 36 hours."),
    ("b", "8% holiday allowance, an 8.33% end-of-year bonus and an irregular hours allowance (ORT)."),
    ("b", "Pension with PFZW; a one-year contract with the intention of a permanent position."),
    ("b", "Relocation support, a paid Dutch language course and a structured induction programme."),
    ("h", "Interested?"),
    ("p", "Apply via our careers site before 15 March 2026 with your CV and motivation letter. For information about "
          "the position, contact Ms. R. de Vries, team leader core laboratory, on +31 72 555 0142. Selection "
          "interviews take place in the week of 23 March 2026."),
    ("p", "NZMC is an equal opportunity employer. We value diversity and assess all candidates on their "
          "qualifications, regardless of age, gender, sexual orientation, religion, ethnic origin or disability. "
          "Acquisition in response to this vacancy is not appreciated."),
]

RESUME = [
    ("name", "AOIFE M. BRENNAN"),
    ("contact", "Kanaalweg 14, 1812 AB Alkmaar, the Netherlands  |  +31 6 555 0174  |  aoife.brennan@example.com  |  "
                "EU citizen (Irish)"),
    ("h", "Profile"),
    ("p", "CORU-registered medical scientist with eight years in hospital and primary care laboratories in Ireland "
          "and the Netherlands. Experienced in automated clinical chemistry, immunoassay and haematology, near-patient "
          "testing and quality management under ISO 15189. Looking to return to a 24/7 hospital core laboratory."),
    ("h", "Professional Experience"),
    ("job", "Analist Klinische Chemie (Clinical Chemistry Analyst) - Huisartsenlaboratorium West-Friesland (primary "
            "care diagnostic centre), Hoorn, NL - Oct 2023 to present"),
    ("b", "Run Abbott Alinity ci-series chemistry and immunoassay analysers on the GLP systems Track (about 6,000 "
          "samples a day) in a laboratory accredited by the Raad voor Accreditatie."),
    ("b", "Sysmex XN-2000 haematology analysers with CellaVision DM1200; review blood films and perform manual "
          "differentials by light microscopy (30-40 films per shift)."),
    ("b", "Urine particle analysis on the Sysmex UF-5000; glycated haemoglobin on the Tosoh G11."),
    ("b", "IQC in Bio-Rad Unity Real Time using Westgard rules; SKML scheme results reviewed monthly - 98% of "
          "2024 EQA results within limits."),
    ("b", "Technically validated and released results in LabOsys; phoned critical results to GPs per protocol."),
    ("b", "Verified four new assays (CLSI EP15) and recalculated measurement uncertainty for the 2024 RvA visit; "
          "registered and closed 22 non-conformances."),
    ("b", "Key user for the i-STAT near-patient testing devices in 14 GP practices; trained 40 practice staff."),
    ("job", "Medical Scientist, Biochemistry and Haematology - University Hospital Kilbrennan (HSE), Co. Limerick, "
            "Ireland - Jul 2018 to Sep 2023"),
    ("b", "Roche cobas 8000 (c 702 / e 801) with cobas p 612 pre-analytical unit: calibration, first-line "
          "maintenance and troubleshooting; kept turnaround for ED troponin under 45 minutes."),
    ("b", "Blood gas analysis on Radiometer ABL90 FLEX analysers in ED, ICU and theatres (12 units)."),
    ("b", "Coagulation on Werfen ACL TOP 550: PT and INR, aPTT, fibrinogen, D-dimer, anti-Xa."),
    ("b", "SPE and immunofixation on Sebia Hydrasys 2; cerebrospinal fluid cell counts on call."),
    ("b", "On-call rotation in Blood Transfusion: ABO/RhD grouping, antibody screens and crossmatch on Ortho VISION."),
    ("b", "Wrote and revised 35 SOPs in Q-Pulse; carried out vertical audits and followed up corrective and "
          "preventive actions for the INAB ISO 15189 surveillance visits; reviewed UK NEQAS and RIQAS returns."),
    ("b", "Checked reference ranges when the lab moved to IFCC-aligned methods; trained 6 student medical scientists."),
    ("h", "Education"),
    ("p", "BSc (Hons) Biomedical Science - Atlantic Technological University, Galway, 2018 (ACSLM-accredited). "
          "IDW credential evaluation (2023): comparable to a Dutch HBO bachelor's degree."),
    ("h", "Registration and Certificates"),
    ("b", "CORU Medical Scientists Registration Board - registered medical scientist, 2019 to present"),
    ("b", "Lean Six Sigma Yellow Belt - HSE Health Service Improvement, 2022"),
    ("b", "GDPR awareness training, 2024; hepatitis B vaccinated (titre on file)"),
    ("h", "Languages"),
    ("p", "English: native. Dutch: A2; Staatsexamen NT2 (B1) scheduled March 2027, evening course ongoing. "
          "Irish: conversational."),
]

if __name__ == "__main__":
    write_pdf(POSTING, HERE / "posting.pdf")
    print("wrote", HERE / "posting.pdf")
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "resume.docx")
