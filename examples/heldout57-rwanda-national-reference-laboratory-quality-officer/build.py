"""Build posting.pdf and resume.docx for heldout57-rwanda-national-reference-laboratory-quality-officer.

Layout quirks: the posting is a donor-funded NGO vacancy notice as a PDF (reference number and closing date
under the title); the resume is a DOCX whose skills sit in a two-column table (label, content) and whose
registration number rides on the contact line.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

POSTING = [
    ("name", "Laboratory Quality Officer (ISO 15189 / SLIPTA) - National Reference Laboratory"),
    ("contact", "Amahoro Health Partners  |  Kigali, Rwanda  |  Full-time, 2-year fixed-term contract (renewable)  |  "
                "Ref. AHP-NRL-QO-2026-11  |  Closing date: 15 January 2027"),
    ("h", "About Amahoro Health Partners"),
    ("p", "Amahoro Health Partners (AHP) is a Rwandan non-profit organisation. Under a five-year cooperative "
          "agreement funded through CDC, AHP provides technical assistance to the National Reference Laboratory "
          "(NRL) Division of the RBC and to 48 provincial and district hospital laboratories."),
    ("h", "Position Summary"),
    ("p", "The Laboratory Quality Officer is seconded full-time to the NRL in Kigali and reports to the AHP Laboratory "
          "Programme Manager, with day-to-day direction from the NRL Quality Manager. The post holder will maintain "
          "the quality system of the NRL's HIV laboratory and lead its preparation for ISO 15189:2022 re-assessment. "
          "Around 30% travel to district sites is expected."),
    ("h", "Key Responsibilities"),
    ("b", "Maintain the laboratory quality management system to ISO 15189:2022: quality manual, policies, SOPs, forms "
          "and the master document list; run document control, review and archiving across the 12 Quality System "
          "Essentials."),
    ("b", "Plan and conduct internal audits against ISO 15189 and the SLIPTA checklist; follow every nonconformity "
          "through root cause analysis and CAPA to verified closure."),
    ("b", "Prepare the NRL for surveillance and re-assessment visits by SANAS or KENAS, and support the extension of "
          "its ILAC-recognised scope to additional test methods."),
    ("b", "Coordinate enrolment in EQA schemes for CD4 (UK NEQAS), HIV viral load and early infant diagnosis "
          "(CDC-provided panels) and HIV serology; review reports, investigate unacceptable results and present "
          "performance to the Quality Manager."),
    ("b", "Oversee internal quality control on all platforms: review Levey-Jennings charts, apply Westgard rules and "
          "sign off run acceptance and QC failure investigations."),
    ("b", "Support method verification and validation for new assays and platforms, including estimation of "
          "measurement uncertainty."),
    ("b", "Follow up calibration, preventive maintenance, service contracts and downtime logs for the viral load, CD4 "
          "and GeneXpert platforms."),
    ("b", "Track quality indicators (specimen rejection rate, turnaround time, EQA scores, customer complaints) and "
          "present them at the monthly quality meeting and the annual management review."),
    ("b", "Lead the biosafety programme: risk assessments, spill response drills, PPE, biosafety cabinet "
          "certification and healthcare waste management."),
    ("b", "Monitor packaging compliance on the national sample transportation network (triple packaging, UN3373) "
          "and feed specimen rejection data back to referring sites."),
    ("b", "Mentor 12 district laboratories through SLMTA and the HIV Rapid Test Continuous Quality Improvement "
          "(RTCQI) initiative, including site visits with the SLIPTA checklist."),
    ("b", "Compile quarterly laboratory data for PEPFAR MER indicators and DHIS2, and take part in data quality "
          "assessments."),
    ("b", "Train laboratory staff on the quality system, Good Clinical Laboratory Practice (GCLP) and new SOPs; keep "
          "training and competency assessment records."),
    ("h", "Minimum Qualifications"),
    ("b", "Bachelor's degree in Biomedical Laboratory Sciences, or a Bachelor's degree in Medical Laboratory "
          "Technology or equivalent."),
    ("b", "Full registration with the Rwanda Allied Health Professions Council and a current practising licence."),
    ("b", "At least 4 years of experience in a clinical or public-health laboratory, including 2 years in a quality "
          "assurance role (quality officer, QA focal person or mentor)."),
    ("b", "Working knowledge of ISO 15189 and the WHO AFRO SLIPTA checklist."),
    ("b", "Hands-on experience with HIV viral load or early infant diagnosis testing on at least one of: Roche cobas "
          "6800/8800, Abbott m2000, or Hologic Panther."),
    ("b", "Experience with CD4 testing (BD FACSCount, BD FACSPresto or Pima) and GeneXpert."),
    ("b", "Experience managing internal quality control and EQA; demonstrated skills in internal auditing, CAPA and "
          "document control."),
    ("b", "Sound knowledge of biosafety, biosecurity and BSL-2 practice."),
    ("b", "Proficiency in Microsoft Excel and Word; fluent English. Kinyarwanda or French is an advantage."),
    ("h", "Preferred Qualifications"),
    ("b", "Master's degree in Public Health, Laboratory Management or Quality Management."),
    ("b", "Certificate as an ISO 15189 internal auditor or lead assessor, or as an ASLM-certified SLIPTA auditor."),
    ("b", "SLMTA trainer or mentor experience; training in Lean Six Sigma and 5S workplace organisation."),
    ("b", "Experience with a laboratory information system and with DHIS2."),
    ("b", "Knowledge of the IATA Dangerous Goods Regulations for Category B shipments (UN3373)."),
    ("b", "Familiarity with ISO/IEC 17025, ISO/IEC 17043 and ISO 35001 (biorisk management)."),
    ("b", "Exposure to HIV drug resistance genotyping by Sanger sequencing."),
    ("b", "Data analysis in Stata, SPSS or R."),
    ("h", "What We Offer"),
    ("p", "A competitive salary on the AHP national staff scale (Grade 7), medical insurance for staff and dependants, "
          "employer pension contributions to RSSB, 25 working days of annual leave and a development allowance. "
          "Hours are Monday to Friday, 07:00-17:00, with occasional weekend work ahead of assessments."),
    ("h", "How to Apply"),
    ("p", "Send a CV, a cover letter and copies of your degree and council registration to "
          "careers@amahoro-health.example.org, quoting the reference number. Only shortlisted candidates will be "
          "contacted."),
    ("p", "AHP is an equal opportunity employer and welcomes applications from women and persons with disabilities. "
          "AHP has zero tolerance for sexual exploitation and abuse; offers are subject to reference checks."),
]

RESUME = [
    ("name", "JOSIANE UWIMBABAZI"),
    ("contact", "Kicukiro, Kigali, Rwanda  |  +250 555-0147  |  josiane.uwimbabazi@example.com  |  "
                "RAHPC Reg. No. BLS-04417"),
    ("h", "Professional Profile"),
    ("p", "Biomedical laboratory scientist with nine years in HIV and public-health laboratories, the last five in "
          "quality assurance. Took a provincial hospital laboratory through its first ISO 15189 accreditation and "
          "now mentor district laboratories up the SLIPTA star levels. Equally at home at the bench (HIV-1 VL, EID, "
          "CD4) and at the desk with document control, audits and corrective and preventive actions."),
    ("h", "Core Competencies"),
    ("table", [
        ("Quality systems", "ISO 15189, SLIPTA, SLMTA (mentor)\n"
                            "QMS documentation across the 12 QSEs: quality manual, SOPs, forms\n"
                            "Document control, internal audits, non-conformities\n"
                            "Root cause analysis (fishbone, 5 Whys), corrective and preventive actions\n"
                            "Quality indicators, competency assessment, 5S"),
        ("Quality control", "IQC: L-J charts and Westgard multirules\n"
                            "External Quality Assessment (CDC, NHLS and national panels)\n"
                            "Method verification; RTCQI for HIV rapid test sites"),
        ("Testing platforms", "Abbott m2000 RealTime (HIV-1 VL, EID from DBS)\n"
                              "COBAS AmpliPrep/COBAS TaqMan (CAP/CTM)\n"
                              "GeneXpert IV (Xpert HIV-1 Qual, Xpert MTB/RIF Ultra)\n"
                              "CD4: BD FACSCount, PIMA Analyser\n"
                              "HIV ELISA; routine haematology and chemistry (FBC, LFTs, PT/APTT)"),
        ("Biosafety", "Biosafety Level 2 practice, risk assessment, Class II BSCs\n"
                      "Spill drills, personal protective equipment, health-care waste management\n"
                      "Triple packaging of UN3373 specimens, IATA DGR"),
        ("Data and software", "OpenELIS, DHIS 2, MS Excel (pivot tables, charts), MS Word\n"
                              "Epi Info 7, Stata; DQA"),
        ("Languages", "Kinyarwanda (native), English (fluent), French (working)"),
    ]),
    ("h", "Professional Experience"),
    ("job", "Laboratory Quality Mentor - Ubuzima Bwiza Laboratory Support Project (CDC/PEPFAR), Kigali - "
            "Mar 2022 to Present"),
    ("b", "Mentor 10 district hospital laboratories on the SLMTA curriculum; 7 moved up at least one star level in "
          "the 2024 audit round run under the WHO Regional Office for Africa scheme, and two reached 4 stars."),
    ("b", "Run baseline and exit audits with the SLIPTA checklist plus ISO 15189 gap assessments; turned 140 findings "
          "into corrective and preventive actions with owners and due dates, 92% closed on time."),
    ("b", "Rolled out RTCQI at 46 HIV rapid test sites (logbooks, DTS panels, site certification); panel pass rate "
          "rose from 71% to 94% in 18 months."),
    ("b", "Strengthened the specimen referral network linking 10 hospitals to the NRL: trained 60 drivers and "
          "laboratory staff in triple packaging; sample rejection rate fell from 6.8% to 2.1%."),
    ("b", "Compile quarterly laboratory indicators (TAT, sample rejection, external quality assessment scores) for "
          "PEPFAR reporting and DHIS 2; led DQA visits at 14 sites."),
    ("b", "Trained 180 staff on GCLP, biosafety and SOP writing; supported the national OpenELIS rollout at 6 sites."),
    ("job", "Quality Assurance Officer - Nyabisindu Provincial Referral Hospital Laboratory, Southern Province - "
            "Jan 2019 to Feb 2022"),
    ("b", "Quality focal person for a 32-staff laboratory; led it to ISO 15189:2012 accreditation by the Kenya "
          "Accreditation Service in 2021 with 11 minor findings, all closed within 60 days."),
    ("b", "Wrote and controlled 214 documents (quality manual, SOPs, forms) in a paper and SharePoint document "
          "control system; ran two internal audits a year and annual competency assessment for 24 staff."),
    ("b", "Reviewed daily IQC for chemistry, haematology and HIV-1 VL; built L-J charts with Westgard multirules in "
          "Excel, cutting repeat runs by 30%."),
    ("b", "Verified 9 new methods, including Xpert HIV-1 Qual on GeneXpert for point-of-care EID; kept calibration "
          "and preventive maintenance schedules for 48 instruments."),
    ("b", "Biosafety officer: led annual risk assessments and quarterly spill drills, coordinated Class II BSC "
          "certification and set up health-care waste management with colour-coded segregation."),
    ("job", "Laboratory Technologist - Eastern Regional Viral Load Hub, Kayonza - Jul 2015 to Dec 2018"),
    ("b", "Ran HIV-1 VL and EID on the Abbott m2000 RealTime system and COBAS AmpliPrep/COBAS TaqMan, about 180 "
          "plasma and DBS samples a day."),
    ("b", "CD4 counts on BD FACSCount and PIMA Analysers; weekend cover for FBC, LFTs and PT/APTT."),
    ("b", "Took part in CDC and NHLS External Quality Assessment rounds with 100% acceptable scores over three years."),
    ("h", "Education"),
    ("b", "Master of Public Health (MPH) - University of Rwanda, School of Public Health - in progress, expected "
          "July 2027"),
    ("b", "Bachelor of Science (Honours) in Biomedical Laboratory Sciences - University of Rwanda, College of Medicine "
          "and Health Sciences, 2015"),
    ("h", "Certifications and Training"),
    ("b", "RAHPC full registration (Biomedical Laboratory Scientist); practising licence valid to September 2027"),
    ("b", "SLIPTA auditor certification (African Society for Laboratory Medicine) - auditor training completed 2025, "
          "written exam scheduled March 2027"),
    ("b", "SLMTA Training-of-Trainers workshop, Kigali, 2021"),
    ("b", "IATA DGR Category B shipper training (Division 6.2 infectious substances), 2023"),
    ("b", "GCLP certificate, 2020"),
    ("h", "Professional Memberships"),
    ("b", "African Society for Laboratory Medicine - member since 2020"),
    ("b", "Rwanda Association of Biomedical Laboratory Scientists - member"),
]

if __name__ == "__main__":
    write_pdf(POSTING, HERE / "posting.pdf")
    print("wrote", HERE / "posting.pdf")
    write_docx(RESUME, HERE / "resume.docx")
    print("wrote", HERE / "resume.docx")
