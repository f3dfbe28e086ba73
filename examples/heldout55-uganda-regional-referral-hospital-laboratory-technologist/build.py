"""Build resume.pdf for heldout55-uganda-regional-referral-hospital-laboratory-technologist.

Layout quirks: PDF with the registration block under the profile, skills in two columns (labels ending ':'),
British spelling (haematology, analyser, practising licence), a Referees section at the end.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("name", "NAKATO IRENE ATUHAIRE"),
    ("contact", "P.O. Box 1184, Fort Portal, Uganda  |  +256 555-0162  |  irene.atuhaire@example.com"),
    ("h", "Profile"),
    ("p", "Medical laboratory technologist with seven years in government hospital laboratories, the last four "
          "running the bench and the sample referral desk of a busy hub laboratory. Strong in TB and HIV "
          "diagnostics, haematology and biochemistry, and in the quality work behind a SLIPTA star rating. "
          "Currently completing a bachelor's degree by distance learning."),
    ("h", "Registration"),
    ("b", "AHPC - registered Medical Laboratory Technologist, Reg. No. AHPC/MLT/08813; practising licence valid "
          "to 31 December 2026"),
    ("h", "Technical Skills"),
    ("cols", [
        ("Haematology and biochemistry:", "TB, HIV and malaria:"),
        ("Mindray BC-5380, Sysmex XN-350", "GeneXpert IV (MTB/RIF Ultra)"),
        ("Mindray BS-240 biochemistry analyser", "ZN and auramine LED microscopy"),
        ("Daily maintenance and calibration", "Thick and thin films (Giemsa), mRDT"),
        ("IQC on Levey-Jennings charts", "BD FACSPresto CD4, CrAg LFA"),
        ("Serology, bacteriology, stool microscopy", "VL plasma and DBS, EID"),
        ("Quality and safety:", "Systems and referral:"),
        ("QMS, SLMTA, SLIPTA checklist", "BLIS, MS Word, MS Excel"),
        ("Document control, internal audits", "Hub riders, CPHL results dashboard"),
        ("EQA, blinded rechecking, CAPA", "Triple packaging, UN3373"),
        ("Biosafety, BSC class II, PEP", "Stock cards, NMS orders"),
    ]),
    ("h", "Work Experience"),
    ("job", "Laboratory Technologist, Hub Laboratory - Kamwenge Hills General Hospital, Kamwenge - "
            "Feb 2022 to Present"),
    ("b", "Receive, log and process about 1,800 HIV viral load and 220 EID DBS samples a month from 38 health "
          "facilities in the hub; dispatch to CPHL three times a week. Median sample-to-result TAT fell from 21 "
          "to 12 days after I set up a rejection and follow-up log with the hub riders."),
    ("b", "Run the GeneXpert IV: about 320 MTB/RIF Ultra tests a month with an error rate below 3%; ZN and "
          "auramine LED microscopy for follow-up smears; refer rifampicin-resistant cases to NTRL for culture "
          "and DST."),
    ("b", "Perform CD4 testing on the BD FACSPresto and CrAg LFA screening for AHD clients from the ART clinic "
          "(about 150 a month)."),
    ("b", "Haematology analysers: Mindray BC-5380 and Sysmex XN-350 - daily maintenance, calibration and IQC "
          "plotted on Levey-Jennings charts; analyser uptime above 97%."),
    ("b", "Biochemistry on the Mindray BS-240 (RFTs, LFTs, lipids); malaria thick and thin films with parasite "
          "density and mRDT for the paediatric ward."),
    ("b", "QMS focal person: helped move the lab from 1 star to 3 stars on SLIPTA audits (2023, 2025); wrote 46 "
          "SOPs; run document control and quarterly internal audits, and keep the non-conformance log and CAPA "
          "register. Did a gap assessment against ISO 15189 clauses in 2025."),
    ("b", "EQA: NHLDS panels for HIV serology, malaria and TB microscopy with scores of 90% or above since 2023; "
          "coordinated TB blinded rechecking for 11 microscopy sites."),
    ("b", "Enter and verify results in BLIS; compile the monthly laboratory report for the records office."),
    ("b", "Biosafety officer for the lab: waste segregation audits and PEP follow-up."),
    ("b", "Trained 60 health workers at hub facilities on DBS collection and triple packaging; mentor laboratory "
          "assistants and interns."),
    ("job", "Laboratory Technician - Bundibugyo Valley Health Centre IV (HC IV), Bundibugyo - Aug 2019 to Jan 2022"),
    ("b", "Bench work in haematology, biochemistry, serology and microscopy for a 60-bed HC IV and its "
          "ART clinic."),
    ("b", "Kept stock cards and prepared bimonthly NMS orders; reduced reagent stock-outs from 9 to 2 a year."),
    ("h", "Education and Training"),
    ("b", "Bachelor of Biomedical Laboratory Technology (distance learning) - Mbarara University of Science and "
          "Technology (MUST); final year, expected completion June 2027"),
    ("b", "National Diploma in Medical Laboratory Technology - Lake Albert School of Allied Health Sciences, "
          "Hoima, 2019 (UAHEB examinations)"),
    ("b", "GCLP certificate, 2023"),
    ("b", "SLMTA training, 2022; biosafety and biosecurity training, 2021"),
    ("h", "Referees"),
    ("p", "Available on request."),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
