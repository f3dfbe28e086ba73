"""Build posting.pdf and resume.docx for heldout54-germany-university-hospital-laboratory-technologist.

Layout quirks: posting as a PDF in English from a German university hospital; resume as DOCX with the
contact line in the page header, a skills table, and a Languages section.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

POSTING = [
    ("name", "Medical Technologist for Laboratory Analytics (MTL) – Central Laboratory, Clinical Chemistry and Haematology (m/f/d)"),
    ("contact", "Elbtal University Hospital (Universitätsklinikum Elbtal)  |  Institute for Clinical Chemistry and Laboratory Medicine  |  "
                "Job ID 2025-LAB-117  |  Full-time or part-time, permanent  |  Start: as soon as possible"),
    ("h", "About us"),
    ("p", "With 1,450 beds and 7,800 staff, Elbtal University Hospital is the largest maximum-care hospital in the region. "
          "Our Institute for Clinical Chemistry and Laboratory Medicine runs a 24/7 central laboratory that processes around "
          "9,000 samples a day for the wards, the emergency department and our outpatient clinics. This posting is published "
          "in English for international applicants: our recognition team supports you from your first application to the "
          "permit to practise, and German is spoken at the bench."),
    ("h", "Your tasks"),
    ("b", "Perform analyses in clinical chemistry, immunochemistry, haematology and coagulation in a high-throughput routine "
          "and emergency laboratory."),
    ("b", "Run and monitor our Roche cobas 8000 modular analyser series (c 702 and e 801 modules) and the Sysmex XN-9000 "
          "haematology line."),
    ("b", "Work at the cobas 8100 automated workflow line: pre-analytics, sorting, centrifugation, decapping and archiving."),
    ("b", "Prepare and stain blood smears, perform the microscopic differential blood count and review cells by digital cell "
          "morphology (CellaVision DI-60)."),
    ("b", "Coagulation testing (PT/INR, aPTT, fibrinogen, D-dimer) on Sysmex CS-5100 analysers; urine analysis on the "
          "Sysmex UN-series; emergency testing on blood gas analysers (Radiometer ABL90 FLEX)."),
    ("b", "Carry out internal quality control in line with the Rili-BÄK (Guideline of the German Medical Association on "
          "Quality Assurance in Medical Laboratory Examinations) and take part in external quality assessment (EQA, "
          "Ringversuche) organised by INSTAND and RfB."),
    ("b", "Technical validation of results, including plausibility checks and delta checks; report critical values to "
          "the wards without delay."),
    ("b", "Order entry, sample registration and result release in our LIS (SWISSLAB) and the cobas infinity middleware."),
    ("b", "Maintenance, calibration and first-line troubleshooting of analysers, with documentation in the device logbooks "
          "required by the Medical Device Operator Ordinance (MPBetreibV)."),
    ("b", "Contribute to our quality management system to DIN EN ISO 15189: SOPs, deviation reports, method verification "
          "and internal audits."),
    ("b", "Support the point-of-care testing (POCT) team with glucose and blood gas devices on the wards."),
    ("b", "Take part in the 24/7 shift roster, including nights, weekends and public holidays, and help train new "
          "colleagues and MTL trainees."),
    ("h", "Your profile"),
    ("b", "State recognition as Medical Technologist for Laboratory Analytics (MTL) or Medical Technical Laboratory "
          "Assistant (MTLA). Applicants with a foreign degree in biomedical science, medical laboratory science or "
          "medical technology need recognition (Anerkennung) of the foreign qualification under the MT-Berufegesetz "
          "(MTBG), or a recognition procedure that is already under way."),
    ("b", "At least two years of routine experience in clinical chemistry and/or haematology in a hospital laboratory."),
    ("b", "Working knowledge of internal quality control, Levey-Jennings charts and Westgard rules."),
    ("b", "German language skills at level B2 of the Common European Framework of Reference (CEFR) or higher."),
    ("b", "Willingness to work shifts, reliability and a careful way of working."),
    ("h", "Desirable"),
    ("b", "Hands-on experience with Roche cobas or Sysmex XN-series analysers."),
    ("b", "Experience with total laboratory automation (TLA)."),
    ("b", "Knowledge of the Rili-BÄK and of accreditation to DIN EN ISO 15189 by DAkkS."),
    ("b", "Experience with SWISSLAB, Lauris or a comparable LIS."),
    ("b", "Experience in immunohaematology (blood group serology, crossmatch) or flow cytometry (immunophenotyping)."),
    ("b", "Training as quality management officer (QMB)."),
    ("b", "German at level C1, or the wish to reach it with our support."),
    ("h", "What we offer"),
    ("b", "Pay under the collective agreement TV-L, pay group E9a, plus shift, night and weekend allowances."),
    ("b", "38.5 hours per week, 30 days of annual leave, company pension scheme (VBL)."),
    ("b", "Paid German courses up to level C1, help with the recognition procedure, visa and housing, and a relocation "
          "allowance."),
    ("b", "Structured induction with a named mentor, in-house training academy and a subsidised public transport ticket."),
    ("h", "Equal opportunities"),
    ("p", "Elbtal University Hospital is committed to equal opportunities. We welcome applications from all people "
          "regardless of gender, nationality, ethnic and social origin, religion or belief, disability, age or sexual "
          "identity. Severely disabled applicants and applicants with equivalent status are given preference where "
          "qualifications are equal."),
    ("p", "Please apply online via our careers portal, quoting Job ID 2025-LAB-117, by 31 January 2026. Questions: "
          "Laboratory Manager Katrin Oelschlägel, phone +49 555 0100."),
]

RESUME = [
    ("contact", "Magdeburg, Germany  |  +49 555-0147  |  joanna.villaroman@example.com  |  Open to relocation"),
    ("name", "JOANNA MARIE T. VILLAROMAN, RMT, MLS(ASCPi)"),
    ("h", "Profile"),
    ("p", "Registered medical technologist with ten years in hospital core laboratories in Manila and Riyadh: clinical "
          "chemistry, immunoassay, hematology and coagulation in a CAP-accredited, 24-hour laboratory handling about "
          "4,500 samples a day. Moved to Germany in 2025 and am completing the adaptation period for recognition as "
          "MTL. Looking for a permanent bench post in a large university hospital laboratory."),
    ("h", "Licences and Recognition"),
    ("b", "Registered Medical Technologist (RMT), Professional Regulation Commission, Philippines - 2015"),
    ("b", "MLS(ASCPi), American Society for Clinical Pathology international certification - 2018"),
    ("b", "Saudi Commission for Health Specialties, Laboratory Specialist classification - 2018 to 2025"),
    ("b", "Anerkennung (recognition) as Medizinische Technologin für Laboratoriumsanalytik (MTL): partial recognition "
          "notice received Aug 2025, adaptation period in progress, completion expected April 2026"),
    ("h", "Laboratory Skills"),
    ("table", [
        ("Chemistry and immunoassay", "Roche cobas 8000 (c 702, e 602), cobas c 311; electrolytes, cardiac markers, "
                                      "tumor markers, thyroid panel, therapeutic drug monitoring"),
        ("Hematology", "Sysmex XN-1000 and XS-1000i, SP-10 slide maker/stainer, CellaVision DM96; peripheral blood "
                       "smear review, manual differential, reticulocytes, ESR"),
        ("Coagulation", "Stago STA R Max: prothrombin time/INR, APTT, fibrinogen, D-dimer, anti-Xa"),
        ("Urinalysis and blood gas", "Sysmex UF-1000i urine flow cytometry analyzer; Radiometer ABL800 FLEX blood gas "
                                     "analyzers"),
        ("Blood bank", "ABO/Rh typing, antibody screening, crossmatch (gel cards, Bio-Rad ID-System)"),
        ("Automation and IT", "Roche cobas connection modules (CCM) track with cobas p 612 specimen processing; "
                              "Cerner Millennium PathNet LIS; Data Innovations Instrument Manager middleware; "
                              "Bio-Rad Unity Real Time"),
        ("Quality", "Internal QC, Westgard multirule, L-J charts, CAP proficiency testing (PT), method verification, "
                    "QMS documents, SOPs, non-conformance reports, ISO 15189, Rili-BAEK"),
    ]),
    ("h", "Professional Experience"),
    ("job", "Trainee (Adaptation Period for MTL Recognition) - Central Laboratory, Städtisches Klinikum Bördeland, "
            "Magdeburg, Germany - Sep 2025 to Present"),
    ("b", "Rotating through clinical chemistry, hematology and the emergency bench under a supervising MTL; 210 of "
          "the required 480 supervised hours completed."),
    ("b", "Document daily internal QC on the chemistry line to Rili-BAEK limits and record the quarterly evaluation."),
    ("b", "Ran the INSTAND EQA samples for hematology and electrolytes in two rounds, all results within limits."),
    ("b", "Order entry and sample registration in the hospital LIS; working in German with colleagues every day."),
    ("job", "Medical Technologist II, Core Laboratory - Al-Noor Specialist Hospital, Riyadh, Saudi Arabia - "
            "Mar 2018 to Jul 2025"),
    ("b", "Senior bench technologist in a CAP-accredited, ISO 15189 accredited core laboratory (1,100 beds); "
          "about 4,500 samples and 60,000 results a day across three shifts."),
    ("b", "Operated the Roche cobas 8000 line (c 702 and e 602 modules) behind a cobas connection modules (CCM) "
          "track; did daily and weekly maintenance, calibration and troubleshooting, keeping analyzer uptime above 98%."),
    ("b", "Ran three Sysmex XN-1000 analyzers with an SP-10; reviewed 150-200 flagged peripheral blood smears per "
          "shift and performed manual differentials, with CellaVision DM96 pre-classification."),
    ("b", "Reviewed L-J charts and applied Westgard multirule QC in Bio-Rad Unity Real Time; "
          "investigated 40+ QC failures a year and wrote non-conformance reports."),
    ("b", "Coordinated CAP PT surveys for chemistry and coagulation (28 surveys a year, 99.4% acceptable results) and "
          "prepared the section for two CAP self-inspections and one CAP inspection."),
    ("b", "Result verification and release in Cerner PathNet, including delta check review and phoning panic values "
          "to the wards within 15 minutes (98% compliance)."),
    ("b", "Performed method verification (precision, linearity, method comparison) for 14 new assays and two "
          "replacement Stago STA R Max coagulation analyzers."),
    ("b", "Rewrote 22 SOPs for the chemistry section as part of the QMS document review for ISO 15189 surveillance."),
    ("b", "Supported the point-of-care glucose meter program (Accu-Chek Inform II, 310 meters on 40 wards): "
          "operator training, QC review and lockouts."),
    ("job", "Medical Technologist - St. Benedict Medical Center, Quezon City, Philippines - Jun 2015 to Feb 2018"),
    ("b", "Rotated through clinical chemistry (cobas c 311), hematology, urinalysis (Sysmex UF-1000i) and blood bank."),
    ("b", "Blood bank: ABO/Rh typing, antibody screening and about 40 crossmatches a day on gel cards."),
    ("b", "Specimen processing and centrifuge maintenance for the outpatient draw station (about 600 samples a day)."),
    ("h", "Education"),
    ("p", "Bachelor of Science in Medical Technology - University of San Lorenzo, Manila, Philippines, 2015. "
          "Passed the Medical Technologist Licensure Examination, 2015."),
    ("h", "Languages"),
    ("b", "English: fluent (IELTS Academic 8.0, 2018); Filipino: native"),
    ("b", "German: Goethe-Zertifikat B1 (2025); telc Deutsch B2 exam scheduled February 2026"),
    ("h", "Continuing Education"),
    ("b", "Westgard QC online course: Basic QC Practices, 2021"),
    ("b", "ISO 15189:2022 transition workshop, Saudi Society for Clinical Chemistry, 2023"),
]

if __name__ == "__main__":
    write_pdf(POSTING, HERE / "posting.pdf")
    print("wrote", HERE / "posting.pdf")
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "resume.docx")
