"""Build posting.pdf and resume.docx for heldout39-infectious-serology-mls-2 (a second author on the role).

Posting: a reference laboratory's PDF posting (infectious disease serology, MLS II).
Resume layout quirks: contact line only in the DOCX page header, letter-spaced section headings,
skills in a two-column table; the applicant comes from a hospital core lab with an immunology bench,
and the SI(ASCP) specialist exam is only scheduled.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

POSTING = [
    ("name", "Medical Laboratory Scientist II - Infectious Disease Serology"),
    ("contact", "Halvorsen Reference Laboratories  |  Eagan, MN  |  Full-time, Days  |  Requisition IDS-2026-0417"),
    ("h", "About Halvorsen"),
    ("p", "Halvorsen Reference Laboratories is an independent, physician-led reference laboratory serving more than "
          "900 hospitals, clinics and public health partners in 31 states. Our Infectious Disease Serology section "
          "releases about 6,500 results a day, from routine prenatal and immunity panels to the confirmatory "
          "algorithms other laboratories send us when their screens disagree. We are CAP-accredited, CLIA-certified "
          "and hold a New York State permit."),
    ("h", "The Role"),
    ("p", "You will join a day team of 14 technologists and 4 laboratory assistants, rotating between the "
          "syphilis/HIV bench, the hepatitis bench and the manual methods room. A result you release may change a "
          "pregnancy plan, a transplant decision or a public health investigation, so we value accuracy and good "
          "questions over speed."),
    ("h", "Essential Duties"),
    ("b", "Perform and release syphilis serology under the reverse-sequence screening algorithm: automated treponemal "
          "CIA/EIA screen, reflex to quantitative RPR titered to endpoint, and Treponema pallidum particle "
          "agglutination (TP-PA) to resolve discordant results."),
    ("b", "Screen with the HIV-1/2 antigen/antibody combination immunoassay (4th generation), confirm with the "
          "HIV-1/HIV-2 antibody differentiation immunoassay (Bio-Rad Geenius HIV 1/2 Supplemental Assay), and reflex "
          "negative or indeterminate results to HIV-1 RNA NAAT."),
    ("b", "Perform acute hepatitis panels and hepatitis A/B/C markers: HBsAg with neutralization confirmation, "
          "anti-HBs, anti-HBc (total and IgM), HBeAg/anti-HBe, anti-HAV IgM, and anti-HCV with reflex to HCV RNA."),
    ("b", "Test prenatal panels and TORCH panels (Toxoplasma, rubella, CMV, HSV-1/2 IgG and IgM), and perform immune "
          "status testing for measles (rubeola), mumps, rubella and varicella-zoster virus IgG for employee-health, "
          "student and immigration clients."),
    ("b", "Perform Lyme disease serology by standard and modified two-tier testing (STTT/MTTT), including IgM/IgG "
          "immunoblot interpretation by CDC band criteria."),
    ("b", "Operate automated chemiluminescent immunoassay analyzers (Abbott ARCHITECT i2000SR and Alinity i, DiaSorin "
          "LIAISON XL) and multiplex bead assays on the Bio-Rad BioPlex 2200, including daily, weekly and monthly "
          "maintenance, calibration, reagent loading and first-line troubleshooting with the manufacturer's "
          "technical support."),
    ("b", "Perform manual methods: ELISA by hand and on the Dynex DSX four-plate processor, and indirect fluorescent "
          "antibody (IFA) slides read on the fluorescence microscope."),
    ("b", "Review QC using Westgard rules and Levey-Jennings charts, perform lot-to-lot reagent crossover studies, run "
          "third-party controls (SeraCare ACCURUN or equivalent) and document corrective action."),
    ("b", "Take part in proficiency testing (CAP surveys and NYSDOH PT), method verification and validation studies, "
          "and semiannual competency assessment under CLIA '88."),
    ("b", "Release results in the LIS (Sunquest Laboratory) through middleware (Data Innovations Instrument Manager), "
          "and notify state health departments of reportable conditions."),
    ("b", "Work at BSL-2 in a Class II biological safety cabinet and follow the OSHA Bloodborne Pathogens Standard."),
    ("h", "What You Bring (Required)"),
    ("b", "Bachelor's degree in medical laboratory science, clinical laboratory science, or a chemical or biological "
          "science that qualifies you as high-complexity testing personnel under CLIA (42 CFR 493.1489)."),
    ("b", "Current MLS(ASCP) or MT(AMT) certification, or equivalent."),
    ("b", "Two (2) or more years of clinical laboratory experience, including immunology/serology or immunoassay work."),
    ("b", "Working knowledge of CAP checklist requirements and quality control."),
    ("h", "Nice to Have (Preferred)"),
    ("b", "Specialist certification: SV(ASCP) or SI(ASCP)."),
    ("b", "Experience with the reverse-sequence syphilis algorithm and the HIV-1/HIV-2 differentiation immunoassay."),
    ("b", "Experience reading IFA slides by fluorescence microscopy and interpreting immunoblots."),
    ("b", "Familiarity with the New York State Clinical Laboratory Evaluation Program (CLEP) and ISO 15189."),
    ("b", "Experience with Sunquest or Epic Beaker."),
    ("h", "Schedule, Pay and Benefits"),
    ("p", "Monday through Friday, 6:30 AM to 3:00 PM, plus one Saturday a month on rotation. Pay range $36.80 to "
          "$47.25 per hour depending on certification and experience, with a weekend differential of $2.50 per hour "
          "and a $7,500 sign-on bonus for certified hires. Medical, dental and vision coverage from the first day; "
          "401(k) with a 5% match; 168 hours of PTO in the first year; tuition reimbursement and paid ASCP specialist "
          "exam fees; free parking and an on-site fitness room."),
    ("h", "Equal Opportunity Employer"),
    ("p", "Halvorsen Reference Laboratories is an equal opportunity employer. All qualified applicants will receive "
          "consideration for employment without regard to race, color, religion, sex, sexual orientation, gender "
          "identity, national origin, age, disability or protected veteran status. We participate in E-Verify. If "
          "you need an accommodation to apply, email careers@example.com."),
]

RESUME = [
    ("contact", "Marisol K. Achterberg, MLS(ASCP)CM  |  27 Ferry Road, Old Lyme, CT 06371  |  (860) 555-0163  |  "
                "marisol.achterberg@example.com"),
    ("name", "MARISOL K. ACHTERBERG"),
    ("h", "S U M M A R Y"),
    ("p", "Medical Laboratory Scientist with 8 years in a 420-bed hospital core laboratory, the last 4 as lead "
          "technologist on the immunology and ID serology bench. Runs the reverse syphilis algorithm, the HIV Ag/Ab "
          "Combo screen with Geenius supplemental testing, hepatitis and prenatal serologies, and the autoimmune bench "
          "(ANA by IIF, line immunoassay). Careful with QC, calm during College of American Pathologists inspections, "
          "and preparing for the Specialist in Immunology exam."),
    ("h", "C E R T I F I C A T I O N S"),
    ("b", "Medical Laboratory Scientist, MLS(ASCP)CM - ASCP Board of Certification, 2018; CMP current through 2027"),
    ("b", "Specialist in Immunology, SI(ASCP) - exam scheduled January 2027 (eligibility approved)"),
    ("b", "OSHA BBP training and IATA Division 6.2 dangerous goods shipping, renewed 2026"),
    ("h", "S K I L L S"),
    ("table", [
        ("Infectious serology", "Reverse syphilis algorithm (ARCHITECT Syphilis TP screen, manual RPR titers to "
                                "endpoint); HIV Ag/Ab Combo (4th gen) with Bio-Rad Geenius HIV 1/2 Supplemental Assay; "
                                "acute hepatitis panel, HBsAg with confirmatory neutralization, HBsAb, HBcAb (total "
                                "and IgM), HAV IgM, HCV Ab"),
        ("Prenatal and immunity", "Prenatal panels: Toxoplasma IgG/IgM, cytomegalovirus IgG/IgM, HSV-2 type-specific "
                                  "IgG; rubeola, mumps, rubella and VZV IgG immunity titers (MMRV IgG on the BioPlex "
                                  "2200)"),
        ("Autoimmune", "ANA by IIF on HEp-2 cells, read on the EUROIMMUN EUROStar III Plus LED microscope; ANA screen "
                       "and ENA by multiplex flow immunoassay; EUROLINE line immunoassay; microwell EIA (anti-dsDNA, "
                       "tTG IgA) by hand and on the Dynex Agility"),
        ("Analyzers", "Abbott ARCHITECT i2000SR (two units); Alinity c (chemistry cross-training); Bio-Rad BioPlex "
                      "2200; chemiluminescence platforms: calibration, daily and weekly maintenance, troubleshooting "
                      "with Abbott technical support"),
        ("Quality", "QC review with Westgard multirules and L-J charts; new-lot parallel testing; SeraCare ACCURUN 1 "
                    "and Bio-Rad Liquichek controls; proficiency testing; assay verification; competency assessment"),
        ("Systems", "Cerner Millennium PathNet (laboratory information system); Instrument Manager middleware; "
                    "Microsoft Excel"),
        ("Safety", "Biosafety level 2 practice, Class II BSC, OSHA BBP, Category B specimen packaging"),
    ]),
    ("h", "E X P E R I E N C E"),
    ("job", "Lead Medical Laboratory Scientist, Immunology & Serology - Thames Valley Medical Center, New London, CT - "
            "Apr 2022 to Present"),
    ("b", "Lead the immunology and ID serology bench for a 420-bed teaching hospital and 22 outpatient draw sites, "
          "about 1,100 results a day."),
    ("b", "Moved the hospital from the traditional RPR-first syphilis screen to the reverse syphilis algorithm in "
          "2023: wrote the SOP, built the reflex rules in PathNet and verified the ARCHITECT Syphilis TP assay; "
          "discordant screens go to the state public health laboratory for a second treponemal test."),
    ("b", "Perform manual RPR titers to endpoint (about 60 a week) and track titer trends for the infectious disease "
          "clinic."),
    ("b", "Run the HIV Ag/Ab Combo screen on the ARCHITECT and the Bio-Rad Geenius for HIV-1/HIV-2 type "
          "differentiation, about 450 screens a week; 100% agreement on the 2025 Geenius correlation panel."),
    ("b", "Release about 300 hepatitis results a day, including the acute hepatitis panel, HBsAg confirmatory "
          "neutralization and HCV Ab with automatic reflex to HCV RNA at our reference laboratory."),
    ("b", "Read 40-70 ANA slides a day by IIF, reporting pattern and titer; interpret EUROLINE line immunoassay "
          "strips for ENA and myositis panels."),
    ("b", "Built and verified MMRV IgG immunity titers on the BioPlex 2200 for employee health (7,800 employees), "
          "cutting turnaround from 3 days to same day."),
    ("b", "Serve as liaison between the laboratory and infection prevention for outbreak testing and notifiable-disease "
          "reports to the Connecticut Department of Public Health."),
    ("b", "Review QC on 46 serology analytes daily; investigated 31 Westgard violations in 2025 and documented "
          "corrective action for each."),
    ("b", "Coordinate proficiency testing for the section (9 College of American Pathologists events a year): 100% "
          "acceptable results 2023-2025 and zero serology deficiencies at two inspections."),
    ("b", "Completed assay verification (accuracy, precision, reportable range, reference interval) for 12 serology "
          "assays and new-lot parallel testing for every reagent lot."),
    ("b", "Aliquot and ship specimens in screw-cap cryovials to reference laboratories under IATA packing instructions."),
    ("job", "Medical Laboratory Scientist, Core Laboratory - Thames Valley Medical Center, New London, CT - Jun 2018 to "
            "Mar 2022"),
    ("b", "Rotated across chemistry, hematology, coagulation, urinalysis and immunology on evenings in a high-complexity "
          "testing core laboratory, about 900 tests a shift."),
    ("b", "Ran the Abbott ARCHITECT i2000SR and Alinity c lines; performed calibration and maintenance and "
          "troubleshot probe, wash-zone and reagent-carousel faults, cutting unplanned downtime 18% in 2021."),
    ("b", "Trained 11 new MLS and MLT hires on the immunology bench; performed semiannual competency assessment for "
          "the serology team from 2021."),
    ("h", "E D U C A T I O N"),
    ("p", "B.S., Clinical Laboratory Science - Quinnipoint State University, New Haven, CT, 2018. NAACLS-accredited "
          "program; clinical practicum at Thames Valley Medical Center."),
    ("h", "C O N T I N U I N G   E D U C A T I O N"),
    ("b", "ASCP Specialist in Immunology online review course, 2026"),
    ("b", "APHL syphilis serology webinar series, 2024"),
    ("h", "R E F E R E N C E S"),
    ("p", "Elisa Fontaine, MT(ASCP), Laboratory Manager, Thames Valley Medical Center - (860) 555-0178"),
    ("p", "Dr. Raymond Okafor, Medical Director, Immunology, Thames Valley Medical Center - details on request"),
]

if __name__ == "__main__":
    write_pdf(POSTING, HERE / "posting.pdf")
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "posting.pdf", "and", HERE / "resume.docx")
