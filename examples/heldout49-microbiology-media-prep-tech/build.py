"""Build posting.pdf and resume.docx for heldout49-microbiology-media-prep-tech.

Layout quirks: the posting is a job-board PDF; the resume is a DOCX with the contact line in the page
header (header_contact=True), a two-column skills table, British spellings from the candidate's UK
training and a pursued MLT(AMT) credential.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

POSTING = [
    ("name", "Media Preparation Technician - Microbiology (Laboratory Technician II)"),
    ("contact", "Northbridge Regional Public Health Laboratory  |  Division of Laboratory Services  |  "
                "Port Alder, WA  |  Job ID NRPHL-26-0417  |  Full-time, day shift"),
    ("h", "About Us"),
    ("p", "The Northbridge Regional Public Health Laboratory (NRPHL) provides reference, outbreak and environmental "
          "microbiology testing for 14 counties and is CLIA-certified and CAP-accredited. Our media kitchen prepares "
          "about 180,000 plates and tubes a year for our own benches and for 22 partner hospital laboratories. We are "
          "looking for a careful, organized technician to join a team of five."),
    ("h", "What You Will Do"),
    ("b", "Prepare agar plates, tubed media, broths and biplates from dehydrated culture media (BD Difco, BD BBL, "
          "Oxoid/Thermo Scientific Remel) and in-house formulations, following written SOPs and batch records. "
          "Media include blood agar (TSA with 5% sheep blood), chocolate agar, MacConkey, CNA, Mueller-Hinton agar, "
          "Sabouraud dextrose agar, selenite broth and Lowenstein-Jensen (LJ) slants."),
    ("b", "Weigh components on analytical balances, adjust and verify pH with a calibrated pH meter, and add "
          "heat-labile supplements aseptically."),
    ("b", "Sterilize media and glassware in steam autoclaves (Getinge, Tuttnauer) and in the Integra MEDIACLAVE 30 "
          "media sterilizer; dispense with the Integra MEDIAJET automated plate pourer and peristaltic pumps/tube "
          "fillers."),
    ("b", "Verify each sterilizer load with chemical indicators and Bowie-Dick tests, and weekly with biological "
          "indicators (Geobacillus stearothermophilus); file cycle printouts."),
    ("b", "Perform quality control on every lot: sterility checks, growth promotion and selectivity testing with QC "
          "strains (e.g., E. coli ATCC 25922, S. aureus ATCC 25923, P. aeruginosa ATCC 27853), plus pH, appearance "
          "and fill volume, following CLSI M22 (Quality Control for Commercially Prepared Microbiological Culture "
          "Media). Test Mueller-Hinton agar for antimicrobial susceptibility testing (AST) per CLSI M02 and M100."),
    ("b", "Maintain QC stock cultures (lyophilized KWIK-STIK\u2122 and frozen stocks at -70 \u00b0C); subculture "
          "on schedule and track passages."),
    ("b", "Monitor and record temperatures of incubators, refrigerators, cold rooms and freezers; check reagent "
          "water (CLRW) resistivity and TOC per CLSI GP40; perform daily and weekly equipment maintenance."),
    ("b", "Decontaminate biohazardous waste by autoclave; work under BSL-2 practices in a Class II biological safety "
          "cabinet (BSC) following the CDC/NIH BMBL, with appropriate PPE."),
    ("b", "Label, release and track lots in the laboratory information management system (LIMS; STARLIMS); keep "
          "inventory, rotate stock FIFO and order supplies."),
    ("b", "Write and revise SOPs, complete nonconformance reports and corrective and preventive action (CAPA) "
          "records, and take part in internal audits and CAP inspections."),
    ("h", "Required Qualifications"),
    ("b", "Associate degree in biology, microbiology, chemistry, medical laboratory technology or a related science, "
          "OR a high school diploma/GED plus two years of full-time laboratory experience."),
    ("b", "One year of experience preparing culture media or working in a microbiology, food, water or "
          "pharmaceutical QC laboratory."),
    ("b", "Sound aseptic technique and basic laboratory math (dilutions, molarity, percent solutions)."),
    ("b", "Working knowledge of autoclave operation and sterilization verification."),
    ("b", "Ability to lift 40 lb, stand for long periods and work safely with heat, steam and chemicals."),
    ("h", "Preferred Qualifications"),
    ("b", "Bachelor's degree in microbiology, biology or a related field."),
    ("b", "MLT(ASCP) or MLT(AMT) certification, or ASCP Medical Laboratory Assistant (MLA)."),
    ("b", "Experience with Integra MEDIACLAVE/MEDIAJET or similar media preparators."),
    ("b", "Familiarity with CLIA '88, CAP checklists, ISO 11133 and GMP documentation."),
    ("b", "DOT/IATA Division 6.2 shipping training (Category A and B)."),
    ("b", "Experience with Microsoft Excel and a LIMS."),
    ("h", "Schedule, Pay and Benefits"),
    ("b", "Monday to Friday, 6:00 a.m. to 2:30 p.m., plus one Saturday half-shift per month on rotation."),
    ("b", "Pay range $22.40 - $29.10 per hour, depending on experience."),
    ("b", "Medical, dental and vision coverage; state retirement plan; 12 paid holidays; tuition assistance; "
          "free on-site parking."),
    ("h", "Equal Opportunity"),
    ("p", "NRPHL is an equal opportunity employer. We do not discriminate on the basis of race, color, religion, "
          "sex, sexual orientation, gender identity, national origin, age, disability, veteran status or any other "
          "protected characteristic. Applicants who need an accommodation during the hiring process may contact "
          "Human Resources at (360) 555-0100. A background check is required before hire."),
]

RESUME = [
    ("contact", "Tumwater, WA 98501  |  (360) 555-0162  |  imogen.tresize@example.com"),
    ("name", "Imogen R. Tresize"),
    ("h", "Profile"),
    ("p", "Microbiology media preparation technician with eight years in the media kitchens of an NHS pathology "
          "laboratory and a US food-safety laboratory. I prepare, sterilise and quality-control 3,000+ plates and "
          "tubes a week, run autoclaves, media preparators and plate-pouring machines, and keep audit-ready batch "
          "records. Strong aseptic technique; moved to Washington State in 2021 and authorised to work in the US."),
    ("h", "Core Skills"),
    ("table", [
        ("Media", "Dehydrated media (Difco, Oxoid, Remel); blood agar, chocolate agar, MacConkey, CLED, tryptone "
                  "soya agar, Mueller-Hinton agar, Sabouraud dextrose agar, selenite cystine broth; tubed media"),
        ("Equipment", "Tuttnauer and Steris Amsco steam sterilisers; Systec Mediaprep media preparator; APS One "
                      "plate-pouring machine; Integra DOSE IT peristaltic pump; Mettler Toledo pH meter; analytical "
                      "balances; Milli-Q Type I water system"),
        ("Quality", "Sterility checks, growth promotion, selectivity; reference strains (ATCC, KWIK-STIK); "
                    "ISO 11133; Bowie-Dick tests, spore tests, autoclave tape; NCRs, CAPA, internal audits"),
        ("Safety", "Containment Level 2; Class II microbiological safety cabinet; PPE; clinical waste; COSHH"),
        ("Systems", "LIMS (LabWare, TelePath); Excel; SharePoint document control"),
    ]),
    ("h", "Experience"),
    ("job", "Microbiology Technician, Media and QC - Pacific Crest Food Safety Laboratories, Kent, WA - "
            "Apr 2021 to Present"),
    ("b", "Prepare and sterilise 2,500-3,500 plates and 600 tubes of culture media a week for Salmonella, Listeria "
          "and E. coli O157 testing across three shifts."),
    ("b", "Run the Systec Mediaprep media preparator and APS One plate-pouring machine; cut pouring time for a "
          "500-plate batch from 3 hours to 70 minutes."),
    ("b", "Operate two steam sterilisers (Tuttnauer, Steris Amsco) for media and decontamination loads; run daily "
          "Bowie-Dick tests and weekly spore tests with G. stearothermophilus, check autoclave tape on every load "
          "and keep the sterilisation verification records."),
    ("b", "Quality control on every batch to ISO 11133: pH, sterility checks, growth promotion and selectivity with "
          "reference strains; batch rejection rate 0.4% in 2025."),
    ("b", "Maintain 40 reference strains from ATCC and Microbiologics KWIK-STIK lyophilised stocks; keep frozen "
          "stocks at -80 \u00b0C and subculture working stocks monthly."),
    ("b", "Calibrate the Mettler Toledo pH meter and check analytical balances daily; log temperatures for 14 "
          "incubators, fridges and freezers."),
    ("b", "Release media batches in LIMS (LabWare) against batch records; manage a $90k-a-year media inventory "
          "with first in, first out stock rotation."),
    ("b", "Wrote or revised 18 SOPs; raised NCRs and led 6 CAPA investigations; took part in internal audits and "
          "two A2LA ISO/IEC 17025 assessments."),
    ("job", "Medical Laboratory Assistant, Media Preparation - Tamar Valley Pathology (NHS), Plymouth, UK - "
            "Sep 2016 to Mar 2021"),
    ("b", "Prepared blood agar, chocolate agar, MacConkey, CLED, Sabouraud dextrose agar and selenite cystine broth "
          "for a clinical microbiology laboratory receiving 1,100 specimens a day."),
    ("b", "Poured and tested Mueller-Hinton agar (depth, pH and control-strain zone sizes) for EUCAST disc "
          "diffusion."),
    ("b", "Filled tubed media into screw-cap tubes with an Integra DOSE IT peristaltic pump, about 400 tubes a day."),
    ("b", "Worked at Containment Level 2 in a Class II microbiological safety cabinet; autoclaved clinical waste and "
          "dealt with spills under local COSHH procedures."),
    ("b", "Checked Type I water resistivity on the Milli-Q system daily; washed and sterilised glassware."),
    ("b", "Helped prepare the media section for two UKAS ISO 15189 assessments with no findings."),
    ("h", "Certifications and Training"),
    ("b", "MLT(AMT), American Medical Technologists - application approved, exam scheduled March 2027"),
    ("b", "IATA Category B (UN3373) shipping training, 2024"),
    ("b", "Bloodborne pathogens training, annual"),
    ("h", "Education"),
    ("p", "Foundation Degree (FdSc) in Applied Biological Sciences - University of Plymouth, UK, 2016. WES "
          "course-by-course evaluation: U.S. associate-level equivalent (64 semester credits)."),
    ("p", "A-levels: Biology, Chemistry, Mathematics - Plymouth, 2014"),
    ("h", "Memberships"),
    ("b", "American Society for Microbiology (ASM), member since 2022"),
]

if __name__ == "__main__":
    write_pdf(POSTING, HERE / "posting.pdf")
    print("wrote", HERE / "posting.pdf")
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "resume.docx")
