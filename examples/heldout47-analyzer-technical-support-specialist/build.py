"""Build posting.docx and resume.pdf for heldout47-analyzer-technical-support-specialist.

Layout quirks: posting as a DOCX with the title as the large name line; resume as a PDF with a
certifications block under the summary, skills in two columns (labels ending ':'), and a
Professional Development section at the end.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

POSTING = [
    ("name", "Technical Support Specialist II - Hematology and Chemistry Analyzers (Remote)"),
    ("p", "Corvane Diagnostics  |  Technical Assistance Center  |  Remote - United States (headquarters: Columbia, MD)  |  "
          "Full-time  |  Req. 26-0418"),
    ("h", "About Corvane Diagnostics"),
    ("p", "Corvane Diagnostics designs, manufactures and services in vitro diagnostic systems for hospital, reference and "
          "physician office laboratories. Our Vero H-series hematology analyzers and Vero C-series chemistry and "
          "immunoassay systems run in more than 3,500 laboratories across North America. The Technical Assistance "
          "Center is the first call a laboratory makes when a result, a control run or an instrument does not behave "
          "as expected, and we answer 24 hours a day, 365 days a year."),
    ("h", "Position Summary"),
    ("p", "As a Technical Support Specialist II you will provide Tier 1 and Tier 2 remote technical support to laboratory "
          "customers by phone, email and chat, resolve instrument and assay problems remotely whenever possible, and "
          "escalate the rest to our field service engineers. You are also a front line of our quality system: any call "
          "you document can be a complaint, and your records feed Medical Device Reporting and vigilance decisions."),
    ("h", "What You Will Do"),
    ("b", "Troubleshoot hematology and clinical chemistry analyzer problems by phone and remote session: error codes, "
          "aspiration and clot errors, sample carryover, ISE module failures, photometer checks, and flagging on "
          "CBC/differential results, including scattergram review."),
    ("b", "Walk customers through QC troubleshooting: shifts and trends on Levey-Jennings charts, Westgard rules "
          "violations, calibration failures, reagent lot-to-lot changes and proficiency testing failures."),
    ("b", "Connect to analyzers with remote access tools (BeyondTrust or TeamViewer), download and review instrument "
          "error logs, and push approved software patches."),
    ("b", "Decide when a case needs on-site service; escalate to field service with a complete troubleshooting summary "
          "and parts recommendation, and follow the case through to closure."),
    ("b", "Identify, document and route customer complaints in Salesforce Service Cloud per our complaint handling "
          "procedure; gather the facts Regulatory Affairs needs for MDR (21 CFR Part 803) reportability and EU IVDR "
          "vigilance assessments; support CAPA and trend investigations."),
    ("b", "Support LIS interface setup and failures: ASTM E1394 (CLSI LIS2-A2) and HL7 messaging, RS-232 and TCP/IP "
          "connections, bidirectional host query, barcode reading, and middleware such as Data Innovations "
          "Instrument Manager."),
    ("b", "Write and maintain knowledge base articles using Knowledge-Centered Service (KCS) practices; contribute to "
          "troubleshooting guides and product training for new specialists."),
    ("b", "Guide customers through preventive maintenance, calibration verification and post-repair control recovery "
          "before an instrument is returned to patient testing."),
    ("b", "Take part in the after-hours on-call rotation (about one week in six)."),
    ("h", "Required Qualifications"),
    ("b", "Bachelor's degree in Medical Laboratory Science, Clinical Laboratory Science, or a related life science; or an "
          "equivalent combination of education and experience."),
    ("b", "MLS(ASCP), MT(AMT), or equivalent certification."),
    ("b", "3+ years of clinical laboratory experience in hematology and/or chemistry, or 2+ years of IVD technical support."),
    ("b", "Working knowledge of laboratory QC (Westgard rules, Levey-Jennings) and of CLIA, CAP and TJC requirements."),
    ("b", "Experience with a CRM or ticketing system and with Microsoft Office."),
    ("b", "Patience to talk a stressed customer through a problem they cannot see clearly, and clear written English "
          "for case notes."),
    ("h", "Preferred Qualifications"),
    ("b", "Hands-on experience with a high-volume hematology system (Sysmex XN-Series or Beckman Coulter DxH) and a "
          "chemistry/immunoassay platform (Abbott Alinity, Roche cobas, or Siemens Atellica)."),
    ("b", "LIS or middleware experience: Epic Beaker, Oracle Health PathNet, or SCC Soft; autoverification rule writing."),
    ("b", "Complaint handling or technical support experience at a medical device company operating under ISO 13485 "
          "and the FDA QMSR (21 CFR Part 820)."),
    ("b", "ITIL 4 Foundation or CompTIA A+ certification."),
    ("h", "Schedule, Pay and Benefits"),
    ("b", "Remote; home office in the Eastern or Central time zone with wired high-speed internet. We supply the laptop, "
          "softphone headset and a second monitor."),
    ("b", "Four 10-hour shifts a week, rotating between 6:00 a.m. - 4:30 p.m. and 10:30 a.m. - 9:00 p.m. Eastern, one "
          "weekend in six, plus the on-call rotation."),
    ("b", "Pay range: $74,000 - $92,000 per year, plus shift differential and on-call pay."),
    ("b", "Medical, dental and vision coverage from day one; 401(k) with 6% match; 20 days PTO plus 10 paid holidays; "
          "tuition and certification reimbursement."),
    ("h", "Equal Opportunity Employer"),
    ("p", "Corvane Diagnostics is an equal opportunity employer. All qualified applicants will receive consideration "
          "for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national "
          "origin, disability, or protected veteran status. If you need an accommodation during the application "
          "process, email talent@corvane.example."),
]

RESUME = [
    ("name", "TEODORA P. VANCE, MT(ASCP)"),
    ("contact", "Lancaster, PA 17601  |  (717) 555-0147  |  teodora.vance@example.com"),
    ("h", "Summary"),
    ("p", "Medical technologist with 17 years on the bench, the last eight as hematology and chemistry instrument lead "
          "and first-line troubleshooter for a 24/7 hospital core lab. I have spent hundreds of hours on the customer "
          "side of the hotline and want to move into technical support for an in vitro diagnostics company, where I "
          "can fix the same problems for many labs at once."),
    ("h", "Certifications"),
    ("b", "MT(ASCP), Board of Certification, 2008 - current through Credential Maintenance Program"),
    ("b", "ITIL 4 Foundation - exam scheduled March 2027"),
    ("b", "Sysmex XN-3000 key operator training (Sysmex America), 2018"),
    ("b", "Roche cobas 8000 key operator training (Roche Diagnostics, Indianapolis), 2019"),
    ("h", "Technical Skills"),
    ("cols", [
        ("Analyzers:", "LIS, middleware and interfaces:"),
        ("Sysmex XN-3000, XN-1000, SP-50", "Cerner PathNet (Millennium)"),
        ("CellaVision DC-1", "DI Instrument Manager"),
        ("Roche cobas 8000 (c 702, e 801)", "HL7, RS232 serial, TCP/IP"),
        ("Stago STA R Max 2", "Bi-directional host query"),
        ("Siemens CLINITEK Novus", "Autovalidation rules"),
        ("Quality and regulatory:", "Tools:"),
        ("Westgard multirule, L-J charts", "ServiceNow, TeamViewer"),
        ("Bio-Rad Unity Real Time", "Excel, Word, PowerPoint, Visio"),
        ("CAP, CLIA, Joint Commission", "SharePoint, Teams"),
    ]),
    ("h", "Experience"),
    ("job", "Hematology/Chemistry Lead Technologist - Susquehanna Valley Medical Center, Lancaster, PA - "
            "Mar 2018 to Present"),
    ("b", "Instrument lead for a 24/7 core lab running about 2,400 CBCs and 6,000 chemistry and immunoassay tests a day "
          "on two Sysmex XN-3000 lines and a Roche cobas 8000 (c 702, e 801)."),
    ("b", "First call for instrument problems on all three shifts: worked error codes, clots, short samples and ISE "
          "failures with the Sysmex and Roche hotlines; fixed about 70% in-house without an FSE visit."),
    ("b", "Hosted vendor TeamViewer sessions and pulled error logs and audit trails for the manufacturers' technical "
          "support specialists; cut average analyzer downtime per event from 5.1 to 2.8 hours."),
    ("b", "Reviewed L-J charts and Westgard multirule violations daily; led QC troubleshooting for shifts and trends, "
          "new reagent lot crossover studies and calibration failures."),
    ("b", "Ran calibration verification, AMR and carryover studies for 14 analyzer installs and major repairs and wrote "
          "the summaries for the medical director."),
    ("b", "Wrote 35 autovalidation rules in DI Instrument Manager middleware, raising CBC auto-release from 62% to 81%."),
    ("b", "Tested bi-directional host query interfaces at go-live (HL7 to Cerner PathNet; RS232 serial to TCP/IP "
          "conversion for six analyzers): 1,100 results and barcode label reads checked with the LIS team."),
    ("b", "Built and maintain the lab's troubleshooting knowledge base on SharePoint: 85 how-to articles with photos, "
          "used by 40 technologists."),
    ("b", "Logged 300+ instrument service tickets a year in ServiceNow and tracked each to closure; brought downtime "
          "data to quarterly vendor reviews."),
    ("b", "Prepared for four CAP inspections and one Joint Commission survey; wrote corrective and preventive action "
          "plans for 11 findings, all accepted on first submission."),
    ("b", "Reviewed CAP Surveys results for hematology and chemistry and investigated every unacceptable result."),
    ("b", "Trained 26 new technologists and students on CBC with diff review, scattergram interpretation and "
          "preventive maintenance."),
    ("job", "Medical Technologist, Core Laboratory - Susquehanna Valley Medical Center, Lancaster, PA - "
            "Jul 2011 to Feb 2018"),
    ("b", "Evening shift rotating through hematology, coagulation, urinalysis and chemistry: about 180 CBCs and 120 "
          "PT/INR and aPTT results a shift."),
    ("b", "Manual diffs and body fluid cell counts; flagged 30+ new leukemias for pathologist review."),
    ("b", "Immunoassay testing (troponin, TSH, hCG) on a Roche cobas 6000; daily, weekly and monthly maintenance."),
    ("b", "Super user for the 2015 Cerner PathNet upgrade; wrote 12 downtime procedures."),
    ("job", "Medical Technologist - Keystone Regional Laboratories, Harrisburg, PA - Jun 2008 to Jun 2011"),
    ("b", "Reference lab chemistry on Beckman Coulter UniCel DxC 800 analyzers; about 3,000 samples a night."),
    ("b", "Night hematology on Beckman Coulter LH 750 analyzers; monitored DI water system resistivity."),
    ("h", "Education"),
    ("p", "B.S., Medical Technology - Conestoga State University, Millersville, PA, 2008. Clinical year at Susquehanna "
          "Valley Medical Center School of Medical Technology (NAACLS-accredited)."),
    ("h", "Professional Development"),
    ("b", "DI Instrument Manager rules writing course, 2020"),
    ("b", "ASCLS-PA annual meeting, 2025: middleware and interface sessions"),
    ("b", "ITIL 4 Foundation self-study course (PeopleCert), 2026"),
]

if __name__ == "__main__":
    write_docx(POSTING, HERE / "posting.docx")
    print("wrote", HERE / "posting.docx")
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
