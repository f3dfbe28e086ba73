"""Build posting.pdf and resume.docx for heldout48-clia-technical-consultant-pol.

Layout quirks: the posting is a PDF (title line as the big heading, employer line under it); the resume is a DOCX
with the contact line in the body, a Certifications block first and the skills in a two-column table
(bold label cell, content cell).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

POSTING = [
    ("name", "Technical Consultant (CLIA) - Physician Office & Urgent Care Laboratories"),
    ("contact", "Piedmont Crossroads Health Partners  |  Mt. Holly, NC (regional role, daily travel in Gaston, Lincoln "
                "and Mecklenburg counties)  |  Full-time, exempt  |  Req. 24-1187"),
    ("h", "About Us"),
    ("p", "Piedmont Crossroads Health Partners is a physician-owned group of 22 family medicine, internal medicine and "
          "pediatric offices and 7 walk-in urgent care centers west of Charlotte. Our 29 on-site laboratories hold CLIA "
          "Certificates of Compliance or Certificates of Waiver and perform about 410,000 patient tests a year."),
    ("h", "Position Summary"),
    ("p", "The Technical Consultant (TC) is responsible for the technical and scientific oversight of moderate "
          "complexity testing in our laboratories as defined in 42 CFR 493.1411 and 493.1413, and supports the "
          "Laboratory Director and site testing personnel in waived testing and provider-performed microscopy (PPM). "
          "You will be named as technical consultant on the CMS-116 for each site."),
    ("h", "Essential Duties and Responsibilities"),
    ("b", "Select and evaluate test methods and analyzers; perform and document method verification (accuracy, "
          "precision, reportable range and reference intervals) before any new moderate complexity test is put into "
          "patient use, following CLSI EP15-A3 and CLSI EP28-A3c."),
    ("b", "Perform calibration verification and linearity studies at least every six months using commercial "
          "linearity material; analyze data in EP Evaluator."),
    ("b", "Establish the QC program for each analyzer (frequency, acceptable ranges, Levey-Jennings review and "
          "Westgard rules) and review QC data monthly in Bio-Rad Unity Real Time."),
    ("b", "Write and maintain Individualized Quality Control Plans (IQCP), including the risk assessment, quality "
          "control plan and quality assessment, following CLSI EP23."),
    ("b", "Manage proficiency testing enrollment with API or CAP for every regulated analyte, review graded results "
          "and investigate unacceptable scores; perform alternative assessment of performance twice a year for "
          "analytes without proficiency testing."),
    ("b", "Perform and document competency assessment of testing personnel at six months, at one year and annually "
          "thereafter, covering all six CLIA elements, and track it in MediaLab."),
    ("b", "Support the test menu at each site: CBC with 3-part differential on Sysmex XN-L and Beckman Coulter DxH 520 "
          "hematology analyzers; CMP, lipid panel and hepatic function panels on the Abaxis Piccolo Xpress; HbA1c on "
          "the Siemens DCA Vantage or Abbott Afinion 2; PT/INR on the Roche CoaguChek XS; blood gases and "
          "electrolytes on the Abbott i-STAT; urinalysis on the Siemens CLINITEK Status+; molecular influenza A/B, "
          "RSV, SARS-CoV-2 and group A strep on the Cepheid GeneXpert Xpress and Abbott ID NOW; and antigen tests on "
          "the Quidel Sofia 2 and BD Veritor Plus."),
    ("b", "Oversee PPM procedures (KOH prep, wet mount, urine sediment) and verify provider competency records."),
    ("b", "Lead preparation for COLA surveys and for CMS and state survey agency inspections; write plans of "
          "correction and carry out root cause analysis and corrective action for deficiencies, QC failures and "
          "proficiency testing failures."),
    ("b", "Maintain the procedure manual, forms and document control; review and sign SOPs annually on behalf of the "
          "Laboratory Director."),
    ("b", "Review preventive maintenance, temperature and instrument maintenance logs; perform lot-to-lot "
          "verification of reagents and QC material."),
    ("b", "Coordinate new site openings, CLIA certificate changes and CMS-116 applications; keep the laboratory's "
          "quality assessment plan and quarterly quality indicators current."),
    ("b", "Work with IT on the laboratory information system and athenaOne EHR interfaces, including result "
          "verification after every update."),
    ("b", "Ensure compliance with the OSHA Bloodborne Pathogens Standard (29 CFR 1910.1030), the chemical hygiene plan "
          "and SDS requirements; train medical assistants in phlebotomy and specimen collection."),
    ("h", "Minimum Qualifications"),
    ("b", "Bachelor's degree in a chemical, physical, biological or clinical laboratory science, or medical "
          "technology, from an accredited institution."),
    ("b", "At least two years of laboratory training or experience, or both, in non-waived testing in the designated "
          "specialty or subspecialty."),
    ("b", "Working knowledge of the CLIA '88 regulations, including Subpart K quality systems and Subpart M personnel "
          "standards."),
    ("b", "Experience with COLA, CAP or Joint Commission inspections."),
    ("b", "Proficiency with Excel and web-based QC software."),
    ("b", "Reliable transportation and willingness to travel daily between sites (mileage reimbursed)."),
    ("h", "Preferred Qualifications"),
    ("b", "MLS(ASCP) or MT(AMT) certification."),
    ("b", "Diplomate in Laboratory Management, DLM(ASCP), or CLC(AMT) credential."),
    ("b", "Five or more years of clinical laboratory experience, at least two of them in a supervisory, quality or "
          "technical consultant role."),
    ("b", "Experience in physician office laboratories or urgent care testing, including IQCP and method verification "
          "of point-of-care devices."),
    ("b", "Six Sigma Green Belt or Lean training."),
    ("h", "Schedule, Pay and Benefits"),
    ("p", "Monday to Friday, 8:00 AM - 4:30 PM, with occasional early starts for site openings and survey windows; no "
          "nights, weekends or holidays. Salary $78,000 - $94,000 depending on experience and credentials, plus "
          "mileage at the IRS rate, a company laptop and phone. Medical, dental and vision; 401(k) with 4% "
          "match; 22 days PTO; $1,500 a year for continuing education."),
    ("h", "Equal Opportunity Employer"),
    ("p", "Piedmont Crossroads Health Partners is an Equal Opportunity Employer. All qualified applicants will receive "
          "consideration for employment without regard to race, color, religion, sex, sexual orientation, gender "
          "identity, national origin, age, disability, protected veteran status or any other characteristic "
          "protected by law."),
]

RESUME = [
    ("name", "Monique A. Trevino, MT(ASCP)"),
    ("contact", "Belmont, NC 28012  |  (704) 555-0163  |  monique.trevino@example.com"),
    ("h", "Professional Summary"),
    ("p", "Medical technologist with 14 years of nonwaived testing, the last six in outpatient and urgent care "
          "laboratories. Currently the named Technical Consultant on the CMS-116 for nine moderate-complexity POL and "
          "urgent care sites and QA lead for 16 Certificate of Waiver sites. Known for clean COLA surveys, practical "
          "IQCPs and competency programs that busy front-line staff actually finish."),
    ("h", "Certifications"),
    ("b", "MT(ASCP), 2011"),
    ("b", "DLM(ASCP) - exam scheduled March 2027"),
    ("b", "Lean Six Sigma Yellow Belt, 2021"),
    ("h", "Skills"),
    ("table", [
        ("Regulatory", "CLIA '88, 42 CFR Part 493; TC qualifications under 42 CFR 493.1411; CLIA quality system "
                       "requirements; COLA accreditation; CMS and NC DHSR surveys; CMS-116 applications and "
                       "certificate changes; OSHA BBP"),
        ("Quality", "QC design with Westgard multirule and L-J review; Bio-Rad URT peer data; IQCP and risk "
                    "assessments; PT surveys (API); competency assessment; CAPA and root cause analysis; QA plan; "
                    "new-lot crossover studies"),
        ("Method evaluation", "Method verification: accuracy, precision, AMR, reference ranges (CLSI EP15-A3); "
                              "cal ver and linearity; EP Evaluator"),
        ("Analyzers / POCT", "Sysmex XN-550; Piccolo Xpress; Siemens DCA Vantage; CoaguChek XS Plus; i-STAT 1; "
                             "CLINITEK Status+; Cepheid GeneXpert; Sofia 2"),
        ("Software", "MediaLab Compliance; eClinicalWorks EHR; Orchard Harvest LIS; MS Excel (pivot tables, QC "
                     "trackers); SharePoint"),
    ]),
    ("h", "Experience"),
    ("job", "Laboratory Quality Coordinator / Technical Consultant - Carolina Foothills Urgent Care & Family Medicine, "
            "Gastonia, NC - Apr 2019 to Present"),
    ("b", "Technical Consultant for 9 moderate-complexity sites (CBCs with 3-part diff, comprehensive metabolic and "
          "liver panels, lipid panel, A1C, INR, flu A/B, RSV, Strep A and COVID-19) and QA oversight of 16 waived "
          "testing sites; about 180,000 patient tests a year."),
    ("b", "Completed method verifications for 23 new analyzers and assays (accuracy, precision, AMR, reference "
          "ranges) in EP Evaluator, including 7 Sysmex XN-550 hematology analyzers and 5 Cepheid GeneXpert systems "
          "for rapid NAAT; no survey citations on verification records."),
    ("b", "Run cal ver and linearity every six months on 11 Piccolo Xpress chemistry analyzers and 9 Sysmex units; "
          "cut repeat cal ver failures from 6 to 1 a year by standardizing how linearity material is reconstituted."),
    ("b", "Designed the QC program (Westgard multirule, Bio-Rad URT peer comparison, monthly L-J review) and wrote "
          "IQCPs with risk assessments for i-STAT 1 (CHEM8+ electrolytes), CoaguChek XS Plus, Siemens DCA Vantage "
          "and Sofia 2 rapid antigen testing."),
    ("b", "Manage PT surveys with API for 41 regulated analytes: 99.2% acceptable over five years; led root cause "
          "analysis and CAPA on the 4 unacceptable events."),
    ("b", "Built the competency assessment program in MediaLab Compliance for 120 medical assistants, LPNs and lab "
          "assistants; on-time completion rose from 71% to 98%."),
    ("b", "Hosted 11 COLA surveys and 3 NC DHSR validation or complaint surveys with no condition-level "
          "deficiencies; wrote plans of correction for 5 standard-level citations."),
    ("b", "Set up PPMP certificates for 3 clinics (KOH preps, urine microscopic) and trained 40 medical assistants in "
          "venipuncture, specimen collection and CLINITEK Status+ UA."),
    ("b", "Review PM logs, temperature charts and new-lot crossover studies monthly; keep the SOP manuals current "
          "and signed each year for the Laboratory Director."),
    ("b", "Filed CMS-116 applications and certificate changes for 4 new sites; wrote the POCT QA plan and quarterly "
          "quality indicator report for the medical directors."),
    ("job", "Medical Technologist II / Outpatient Lab Lead - Gaston Valley Medical Center, Gastonia, NC - "
            "Jun 2014 to Mar 2019"),
    ("b", "Generalist MT in a 300-bed hospital core lab (hematology, chemistry, coag, UA); lead tech for 6 outpatient "
          "draw stations and the POCT program (i-STAT, glucose meters, CoaguChek)."),
    ("b", "Wrote or rewrote 40 SOPs for point-of-care and outpatient testing ahead of two TJC surveys; both surveys "
          "closed with no laboratory findings."),
    ("b", "Trained 25 nurses a year as POCT operators and tracked their competencies in Excel."),
    ("job", "Medical Technologist - Queen City Reference Laboratory, Charlotte, NC - Jul 2011 to May 2014"),
    ("b", "Chemistry and immunoassay bench on Roche cobas 6000; about 900 results per shift with 99.5% on-time "
          "turnaround."),
    ("h", "Education"),
    ("p", "B.S., Clinical Laboratory Science - Catawba Highlands University, Hickory, NC, 2011"),
    ("h", "Professional Development"),
    ("b", "COLA Symposium for Clinical Laboratories, 2023 and 2024"),
    ("b", "CDC webinar series on the 2024 CLIA personnel and PT acceptance limit changes"),
    ("b", "ASCP Lab Management University modules (DLM exam preparation), 2025"),
]

if __name__ == "__main__":
    write_pdf(POSTING, HERE / "posting.pdf")
    print("wrote", HERE / "posting.pdf")
    write_docx(RESUME, HERE / "resume.docx")
    print("wrote", HERE / "resume.docx")
