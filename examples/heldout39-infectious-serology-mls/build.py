"""Build posting.pdf and resume.docx for heldout39-infectious-serology-mls.

Layout quirks: the posting is a one-page-plus PDF from a reference laboratory; the resume is a DOCX
whose contact line sits only in the page header, with letter-spaced section headings and the skills
in a two-column table. The applicant holds the legacy MT(ASCP) credential, comes from a hospital core
lab with an immunology/serology bench, and has SI(ASCP) only scheduled.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

POSTING = [
    ("name", "Medical Laboratory Scientist II - Infectious Disease Serology"),
    ("contact", "Cascadia Reference Laboratories  |  Tacoma, WA  |  Full-time, Day Shift  |  Req. #SER-24817"),
    ("h", "About Cascadia Reference Laboratories"),
    ("p", "Cascadia Reference Laboratories is an employee-owned regional reference laboratory serving more than 140 "
          "hospitals, clinics and public health partners across the Pacific Northwest. Our Infectious Disease Serology "
          "section reports about 9,000 results a day, from prenatal panels and immunity screens to confirmatory syphilis "
          "and HIV testing, with next-day turnaround on most assays."),
    ("h", "Position Summary"),
    ("p", "The Medical Laboratory Scientist II performs high-complexity serologic testing on automated and manual "
          "platforms, reviews and releases patient results, and shares responsibility for quality control, instrument "
          "maintenance and proficiency testing in a CAP-accredited, CLIA-certified laboratory."),
    ("h", "What You Will Do"),
    ("b", "Perform syphilis testing by the reverse-sequence algorithm: treponemal screening immunoassay (CIA or EIA), "
          "reflex quantitative RPR titers, and TP-PA to resolve discordant screens."),
    ("b", "Run HIV-1/2 antigen/antibody combination (4th generation) screening and the HIV-1/HIV-2 differentiation "
          "immunoassay per the CDC/APHL algorithm; refer indeterminate specimens for HIV-1 RNA testing."),
    ("b", "Perform acute and chronic hepatitis panels: anti-HAV IgM, HBsAg with neutralization confirmation, anti-HBc "
          "(total and IgM), anti-HBs, and anti-HCV with reflex to HCV RNA."),
    ("b", "Test TORCH panels, Lyme disease two-tier testing (STTT and MTTT) with immunoblot interpretation, and "
          "measles, mumps, rubella and varicella-zoster (VZV) IgG immunity screens."),
    ("b", "Operate, calibrate and maintain automated chemiluminescent immunoassay analyzers (Abbott Alinity i, "
          "DiaSorin LIAISON XL) and the Bio-Rad BioPlex 2200 multiplex bead assay system."),
    ("b", "Perform manual ELISA (microplate washer and reader) and IFA slides read on the fluorescence microscope, "
          "plus RPR card tests and TP-PA by hand."),
    ("b", "Review control results against Westgard rules and Levey-Jennings charts in Bio-Rad Unity Real Time; "
          "document corrective action for shifts, trends and failed runs."),
    ("b", "Handle proficiency testing samples exactly as patient specimens and take part in method verification of "
          "new assays (accuracy, precision, reportable range)."),
    ("b", "Verify and release results in the laboratory information system (LIS), apply autoverification rules in "
          "middleware, and call critical values to providers."),
    ("b", "Follow the OSHA Bloodborne Pathogens Standard and BSL-2 practices; keep records ready for CAP inspection."),
    ("b", "Train new staff and students and take part in competency assessment."),
    ("h", "Required Qualifications"),
    ("b", "Bachelor's degree in medical laboratory science (MLS/CLS) or a chemical or biological science that meets "
          "CLIA high-complexity testing personnel requirements (42 CFR 493.1489)."),
    ("b", "MLS(ASCP), MLS(AMT) or equivalent certification."),
    ("b", "Two or more years of clinical laboratory experience, including immunology or serology."),
    ("b", "Hands-on experience with automated immunoassay analyzers and manual ELISA."),
    ("b", "Working knowledge of quality control, proficiency testing and CLIA/CAP regulations."),
    ("h", "Preferred Qualifications"),
    ("b", "Specialist in Immunology, SI(ASCP), or Specialist in Virology, SV(ASCP)."),
    ("b", "Reference laboratory or public health laboratory experience."),
    ("b", "Experience with multiplex immunoassays (BioPlex 2200 or Luminex xMAP) and IFA reading."),
    ("b", "Familiarity with Sunquest or Epic Beaker LIS and Data Innovations Instrument Manager."),
    ("h", "Schedule, Pay and Benefits"),
    ("p", "Monday through Friday, 6:30 a.m. to 3:00 p.m. PT, with one weekend shift every fifth week and a rotating "
          "holiday. Pay range $41.20 - $58.35 per hour depending on experience, plus a $1.75/hour specialty "
          "differential for SI(ASCP) or SV(ASCP). Medical, dental and vision coverage from day one, 401(k) with 5% "
          "match, employee stock ownership, 176 hours of PTO in year one, $2,000 a year toward continuing education "
          "and certification exam fees, and relocation assistance for qualified candidates."),
    ("h", "Equal Opportunity Employer"),
    ("p", "Cascadia Reference Laboratories is an equal opportunity employer. All qualified applicants will receive "
          "consideration for employment without regard to race, color, religion, sex, sexual orientation, gender "
          "identity, national origin, age, disability, protected veteran status or any other characteristic "
          "protected by law. Offers are contingent on a background check and proof of immunity or vaccination as "
          "required by our employee health policy."),
]

RESUME = [
    ("contact", "Teresa M. Haldane, MT(ASCP)  |  14 Lyme Street, Old Lyme, CT 06371  |  (860) 555-0163  |  "
                "teresa.haldane@example.com  |  Relocating to Tacoma, WA, January 2027"),
    ("name", "TERESA M. HALDANE"),
    ("h", "S U M M A R Y"),
    ("p", "Medical Technologist with 17 years in hospital core laboratories, the last six as lead of the "
          "immunology/serology bench in a 310-bed acute-care hospital. Runs infectious disease serology on Abbott "
          "ARCHITECT and BioPlex 2200 platforms, manual microplate EIA and IIF slide work, and owns the bench's QC "
          "review, PT events and CAP inspection readiness. Preparing for the ASCP Specialist in Immunology exam and "
          "moving to the Pacific Northwest to keep doing high complexity testing at a higher volume."),
    ("h", "C E R T I F I C A T I O N S"),
    ("b", "MT(ASCP) - Medical Technologist, ASCP Board of Certification, 2007 (Credential Maintenance Program current)"),
    ("b", "Specialist in Immunology, SI(ASCP) - eligible; exam scheduled February 2027"),
    ("b", "OSHA BBP and IATA Division 6.2 shipper training - annual, current"),
    ("h", "S K I L L S"),
    ("table", [
        ("Serology / immunology",
         "Reverse syphilis screening algorithm (ARCHITECT Syphilis TP with reflex RPR); 4th-generation HIV Ag/Ab combo "
         "screening; Geenius HIV 1/2 Supplemental Assay; acute hepatitis panel; prenatal ToRC and MMRV IgG immunity; "
         "ANA by IIF"),
        ("Automated platforms",
         "Abbott ARCHITECT i2000SR (CMIA); Bio-Rad BioPlex 2200 multiplex flow immunoassay; Siemens ADVIA Centaur XP"),
        ("Manual methods",
         "Microplate EIA on a BioTek ELx50 washer / ELx800 reader; IIF on HEp-2 and Crithidia slides, Olympus BX43 "
         "fluorescent microscope; RPR card test, qualitative and titered; monospot; cold agglutinin screen"),
        ("Quality",
         "Daily QC review with Westgard multirules and L-J charts in Bio-Rad Unity Real Time; PT events; method "
         "verification; auto-verification rule testing; CAP inspection readiness"),
        ("Systems", "Epic Beaker; DI Instrument Manager; Microsoft Excel (pivot tables, QC trend sheets)"),
        ("Safety", "OSHA BBP; biosafety level 2 practice; IATA Division 6.2 packaging"),
    ]),
    ("h", "E X P E R I E N C E"),
    ("job", "Medical Technologist II, Lead - Immunology/Serology, Core Laboratory - Shoreline Valley Hospital, "
            "New London, CT - Apr 2018 to present"),
    ("b", "Lead technologist for the immunology/serology bench of a 310-bed hospital core lab: about 650 serology "
          "tests a day on two Abbott ARCHITECT i2000SR analyzers and a Bio-Rad BioPlex 2200."),
    ("b", "Brought the reverse syphilis screening algorithm live in 2019 (ARCHITECT Syphilis TP screen, reflex RPR "
          "titer); report about 1,900 syphilis screens a month and send discordant screens to the state public "
          "health lab for a second treponemal test."),
    ("b", "Screen about 1,100 specimens a month with the 4th-generation HIV Ag/Ab combo assay and run the Geenius HIV "
          "1/2 Supplemental Assay on repeatedly reactive specimens, following the CDC HIV testing algorithm; 97% "
          "resulted within 24 hours."),
    ("b", "Run hepatitis A IgM antibody, hepatitis B surface antigen with confirmatory neutralization, hepatitis B "
          "surface antibody, hepatitis B core antibody (total and IgM) and HCV antibody for the ED, GI clinic and "
          "outpatient dialysis unit."),
    ("b", "Run BioPlex 2200 ToRC and MMRV IgG panels (rubeola, mumps, rubella, varicella) for prenatal and employee "
          "health immunity screening - about 4,000 results a month."),
    ("b", "Perform manual microplate EIA runs (HSV-2 type-specific IgG, Strongyloides IgG) and ANA by IIF on HEp-2 "
          "slides; read and grade patterns on the fluorescent microscope."),
    ("b", "Perform daily, weekly and monthly instrument maintenance and calibrations on the ARCHITECT and BioPlex; "
          "cut repeat calibrations 30% by tracking reagent lot changes."),
    ("b", "Review QC every run with Westgard multirules and L-J charts in Bio-Rad Unity Real Time; document corrective "
          "action for each shift or trend and close QC failures on the same shift."),
    ("b", "Coordinate PT events for 42 immunology analytes with acceptable scores on every event for five years; bench "
          "lead during three CAP inspections with no serology deficiencies."),
    ("b", "Completed method verification of the BioPlex 2200 MMRV IgG panel and the ADVIA Centaur XP hepatitis assays "
          "(precision, accuracy and reportable range) under CLIA '88; wrote or revised 14 SOPs."),
    ("b", "Wrote and tested 60 auto-verification rules in DI Instrument Manager with the Epic Beaker team; 78% of "
          "serology results now release without hands-on review."),
    ("b", "Phone critical results to providers with read-back; serve as the core lab's liaison to Infection "
          "Prevention for reportable conditions."),
    ("b", "Trained 11 new technologists and 24 MLT students; perform annual competency assessments for the serology "
          "bench."),
    ("job", "Medical Technologist - Core Laboratory (Generalist) - Mystic Bay Medical Center, Westerly, RI - "
            "Jun 2007 to Mar 2018"),
    ("b", "Rotated across chemistry, hematology, coagulation (PT/INR, aPTT, D-dimer) and urinalysis in a 180-bed "
          "hospital; covered the serology bench two days a week from 2012."),
    ("b", "Ran hepatitis and rubella IgG assays on the Siemens ADVIA Centaur XP and RPR, monospot and cold agglutinin "
          "tests by hand."),
    ("b", "Followed OSHA BBP and biosafety level 2 practice; packed send-outs under IATA Division 6.2."),
    ("h", "E D U C A T I O N"),
    ("p", "B.S., Clinical Laboratory Science - Thamesford State University, Norwich, CT, 2007 (NAACLS-accredited "
          "program; clinical year at Mystic Bay Medical Center)"),
    ("h", "C O N T I N U I N G   E D U C A T I O N"),
    ("b", "ASCP Specialist in Immunology online review course, 2026"),
    ("b", "APHL/CDC webinar series on syphilis serology and HIV diagnostic algorithms, 2023"),
    ("b", "Connecticut Society for Clinical Laboratory Science annual meeting, 2024 and 2025"),
]

if __name__ == "__main__":
    write_pdf(POSTING, HERE / "posting.pdf")
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "posting.pdf", "and", HERE / "resume.docx")
