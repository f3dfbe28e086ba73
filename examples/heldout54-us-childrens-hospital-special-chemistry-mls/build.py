"""Build posting.docx and resume.docx for heldout54-us-childrens-hospital-special-chemistry-mls.

Layout quirks: posting is a DOCX export of a hospital requisition; resume is DOCX with the contact line in the
page header, credentials straight after the summary, skills in a two-column table, references at the end.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

POSTING = [
    ("name", "Medical Laboratory Scientist - Special Chemistry (Sweat Testing), Days"),
    ("p", "Cumberland Children's Hospital  |  Pathology and Laboratory Medicine  |  Franklin, TN  |  Full-time (1.0 FTE)  |  "
          "Requisition 26-04417"),
    ("h", "About Us"),
    ("p", "Cumberland Children's Hospital is a 210-bed freestanding pediatric hospital and Level I pediatric trauma center "
          "serving Middle Tennessee. Our laboratory performs more than 1.4 million tests a year for inpatients, 40 specialty "
          "clinics and an accredited cystic fibrosis care center that follows about 400 children and young adults."),
    ("h", "Position Summary"),
    ("p", "The Medical Laboratory Scientist in Special Chemistry performs high-complexity testing for children from "
          "newborns to young adults, with a focus on sweat testing for the cystic fibrosis program, electrophoresis and "
          "specialized immunoassays, and coordinates send-out testing to reference laboratories."),
    ("h", "Essential Functions"),
    ("b", "Performs sweat chloride testing according to CLSI C34 and the Cystic Fibrosis Foundation's sweat testing "
          "guidelines: pilocarpine iontophoresis with the Webster Sweat Inducer, sweat collection with the Macroduct "
          "Sweat Collection System, and chloride analysis on the ChloroChek chloridometer by coulometric titration."),
    ("b", "Tracks QNS rates by age group and takes part in quarterly sweat test program reviews with the CF care "
          "center director."),
    ("b", "Processes and tests pediatric microsamples, including capillary and heel-stick collections in microtainer "
          "tubes; manages dead volume and prioritizes tests when sample volume is short."),
    ("b", "Performs serum protein electrophoresis (SPEP), immunofixation electrophoresis (IFE), hemoglobin "
          "electrophoresis and CSF oligoclonal band testing on the Sebia Capillarys 2 Flex Piercing and Hydrasys 2 Scan."),
    ("b", "Runs immunoassay and special chemistry testing on the Siemens Atellica IM and DiaSorin LIAISON XL, including "
          "vitamin D, and fecal calprotectin and pancreatic elastase by ELISA."),
    ("b", "Measures serum and urine osmolality by freezing point depression on the Advanced Instruments OsmoPRO."),
    ("b", "Prepares, packages and ships send-out specimens to Mayo Clinic Laboratories and ARUP Laboratories, including "
          "LC-MS/MS tests such as immunosuppressant drug levels, plasma amino acids and urine organic acids, following "
          "IATA and DOT rules for Category B shipments."),
    ("b", "Performs and documents quality control using Levey-Jennings charts, Westgard rules and Bio-Rad Unity Real "
          "Time; performs calibration verification and analytical measurement range (AMR) verification; completes CAP "
          "proficiency testing."),
    ("b", "Takes part in method validation, preventive maintenance and troubleshooting of special chemistry "
          "instruments."),
    ("b", "Enters and verifies results in Epic Beaker and monitors interfaces through Data Innovations Instrument "
          "Manager; calls critical values to the care team."),
    ("b", "Works in line with CAP checklists, CLIA (42 CFR Part 493), The Joint Commission (TJC) standards and the OSHA "
          "Bloodborne Pathogens Standard."),
    ("b", "Trains students and new staff and takes part in annual competency assessment."),
    ("h", "Required Qualifications"),
    ("b", "Bachelor's degree in medical laboratory science, or a bachelor's degree in a chemical or biological science "
          "with completion of a NAACLS-accredited MLS program, meeting CLIA personnel requirements for high-complexity "
          "testing."),
    ("b", "Certification as MLS(ASCP), MT(ASCP), MLS(AMT) or MT(AMT)."),
    ("b", "Current Tennessee medical laboratory professional license at the Medical Laboratory Technologist level "
          "(General or Chemistry), or the ability to obtain one within 90 days of hire."),
    ("b", "One year of clinical chemistry experience in a hospital or reference laboratory."),
    ("h", "Preferred Qualifications"),
    ("b", "Experience in a pediatric laboratory."),
    ("b", "Specialist in Chemistry, SC(ASCP), or categorical C(ASCP) certification."),
    ("b", "Experience with LC-MS/MS or HPLC."),
    ("b", "Prior use of Epic Beaker."),
    ("h", "Schedule, Pay and Benefits"),
    ("p", "Day shift, Monday through Friday, 7:00 a.m. to 3:30 p.m., with every fourth weekend and a holiday rotation. "
          "Sweat test clinics run Tuesday and Thursday mornings. Pay range $31.50 - $46.20 per hour depending on "
          "experience and certification; $5,000 sign-on bonus for eligible external hires. Benefits include medical, "
          "dental and vision coverage, 403(b) with employer match, paid time off, tuition reimbursement and "
          "reimbursement of ASCP certification fees."),
    ("h", "Equal Opportunity Employer"),
    ("p", "Cumberland Children's Hospital is an Equal Opportunity Employer. All qualified applicants will receive "
          "consideration for employment without regard to race, color, religion, sex, sexual orientation, gender "
          "identity, national origin, age, disability, protected veteran status or any other characteristic protected "
          "by law. Employment is contingent on a background check and health screening."),
]

RESUME = [
    ("name", "Danielle R. Okafor, MLS(ASCP)CM"),
    ("contact", "Kettering, OH 45429  |  (937) 555-0162  |  danielle.okafor@example.com  |  Relocating to Nashville, TN, Jan 2027"),
    ("h", "Summary"),
    ("p", "Medical Laboratory Scientist with six years in hospital chemistry, the last four in Special Chemistry, "
          "where I run the sweat test program for an affiliated CF Center. Comfortable with low-volume pediatric "
          "specimens, electrophoresis review and send-out coordination; looking for a children's hospital role."),
    ("h", "Certifications and Licensure"),
    ("b", "MLS(ASCP)CM, Board of Certification, 2019"),
    ("b", "SC(ASCP) Specialist in Chemistry - exam scheduled March 2027"),
    ("b", "Tennessee Medical Laboratory Technologist license - application submitted Aug 2026, pending"),
    ("b", "DOT/IATA Dangerous Goods (Biological Substance, Category B) shipping certification, renewed 2025"),
    ("h", "Technical Skills"),
    ("table", [
        ("Sweat testing", "QPIT with Wescor Model 3700 inducer; Macroduct collectors; Labconco digital chloridometer "
                          "(coulometry); C34 guideline and CFF criteria"),
        ("Electrophoresis", "SPEP, immunofixation, Hb electrophoresis; Sebia Capillarys 2 FP and Sebia Hydrasys"),
        ("Chemistry and immunoassay", "Roche cobas 6000, Siemens ADVIA Centaur XPT, DiaSorin LIAISON XL, Bio-Rad "
                                      "VARIANT II, freezing-point osmometer, EIA plate methods"),
        ("Quality", "Levey-Jennings, Westgard rules, Bio-Rad Unity Real Time, cal ver, AMR, CAP PT, method validation"),
        ("Regulatory", "CAP, CLIA, Joint Commission, OSHA BBP"),
        ("Systems", "Beaker, DI middleware, Sunquest (legacy), Microsoft Excel"),
    ]),
    ("h", "Professional Experience"),
    ("job", "Medical Laboratory Scientist II, Special Chemistry - Miami Valley Regional Medical Center, Dayton, OH - "
            "Mar 2022 to Present"),
    ("b", "Perform about 350 sweat chloride tests a year for the adult and pediatric CF Center: QPIT, Macroduct "
          "collection and chloride analysis on a Labconco digital chloridometer per the C34 guideline (4th ed.)."),
    ("b", "Brought the insufficient sweat (quantity not sufficient) rate for infants under 3 months from 14% to 6% "
          "by retraining collectors and changing electrode placement; rate for older children held under 3%."),
    ("b", "Handle low-volume pediatric specimens from the NICU and pediatric floors, including heelstick collections "
          "in BD Microtainer tubes; wrote the add-on priority list used by the section."),
    ("b", "Run SPEP, immunofixation and Hb electrophoresis on Sebia Capillarys 2 FP and Hydrasys; pre-read about 90 "
          "electrophoresis patterns a month for pathologist sign-out."),
    ("b", "Run 25-hydroxyvitamin D on the LIAISON XL, HbA1c and hemoglobin variant screens on the Bio-Rad VARIANT II, "
          "and stool calprotectin by EIA."),
    ("b", "Coordinate send-outs to Mayo Clinic Laboratories and ARUP, about 600 a month, including tacrolimus by "
          "tandem mass spectrometry and urine organic acids; cut rejected send-outs by 40% in one year."),
    ("b", "Review daily QC on Levey-Jennings charts with Westgard rules in Bio-Rad Unity Real Time; run cal ver and "
          "AMR studies every six months; coordinate CAP PT for the section with no unacceptable results since 2023."),
    ("b", "Completed method validations for two new immunoassays and the VARIANT II replacement; first-line "
          "troubleshooting and preventive maintenance on all section instruments."),
    ("b", "Result and verify in Beaker, watch DI middleware queues, and call critical results within 15 minutes "
          "(99% compliance)."),
    ("b", "Trainer for MLS students from two university programs; perform competency assessments for seven staff."),
    ("job", "Medical Laboratory Scientist, Core Laboratory (Chemistry/Hematology), nights - Miami Valley Regional "
            "Medical Center, Dayton, OH - Jul 2019 to Feb 2022"),
    ("b", "High complexity testing on Roche cobas 6000 chemistry and Siemens ADVIA Centaur XPT immunoassay lines, "
          "about 1,100 samples a night; PT/INR and CBC backup on the hematology bench."),
    ("b", "Serum and urine osmolality on a freezing-point osmometer; blood gases and co-oximetry for the ED."),
    ("h", "Education"),
    ("b", "B.S., Medical Laboratory Science - Wright-Lakes University, Fairborn, OH, 2019 (NAACLS-accredited program)"),
    ("h", "Continuing Education"),
    ("b", "CFF sweat test workshop, North American Cystic Fibrosis Conference, 2024"),
    ("b", "AACC (ADLM) pediatric reference intervals webinar series, 2023"),
    ("h", "References"),
    ("p", "Elisa Brandt, Special Chemistry Supervisor, Miami Valley Regional Medical Center - contact details on request"),
]

if __name__ == "__main__":
    write_docx(POSTING, HERE / "posting.docx")
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "posting.docx", HERE / "resume.docx")
