"""Build resume.pdf for heldout43-immunohematology-reference-lab-tech.

Layout quirks: skills in two columns with bold column labels, certifications and licensure at the very
bottom (after education), a relocation note in the contact line, the SBB credential listed as
"exam scheduled" rather than held.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("name", "MARISOL T. WHITEHORSE, MT(ASCP)"),
    ("contact", "418 Pattee Creek Dr, Missoula, MT 59801  |  (406) 555-0171  |  marisol.whitehorse@example.com  |  "
                "Relocating to Albany, NY, January 2027"),
    ("h", "Summary"),
    ("p", "Blood bank technologist with seven years in immunohematology: five in a Level II trauma center's transfusion "
          "service and the last two and a half on the reference laboratory bench of a regional blood supplier, "
          "resolving about 1,100 referred workups a year. Strongest on warm autoantibodies, patients on Darzalex and "
          "RBC genotyping. Sitting the SBB exam in March 2027."),
    ("h", "Technical Skills"),
    ("cols", [
        ("Serology:", "Molecular and instruments:"),
        ("Antibody ID, multiple alloantibodies", "RBC genotyping: Immucor HEA BeadChip"),
        ("Warm autoadsorptions (ZZAP)", "DNA extraction (QIAcube)"),
        ("Allogeneic adsorptions, polyethylene glycol", "Ortho Vision Max; ORTHO BioVue gel"),
        ("Prewarm technique, ficin-treated panels", "Immucor Capture-R solid phase"),
        ("Dithiothreitol treatment of panel cells", "Tube method (LISS, saline)"),
        ("Gamma ELU-KIT II eluates, DAT workups", "Wyndgate SafeTrace, Sunquest Blood Bank"),
        ("EGA treatment before phenotyping", ""),
        ("Quality and regulatory:", ""),
        ("AABB Reference Laboratory Standards", "Current Good Manufacturing Practice"),
        ("21 CFR Part 606, CLIA", "CAPA, biological product deviation reports"),
    ]),
    ("h", "Experience"),
    ("job", "Reference Laboratory Technologist I - Big Sky Blood Alliance, Missoula, MT - May 2024 to Present"),
    ("b", "Resolve about 1,100 referred workups a year from 31 hospitals in Montana, Idaho and Wyoming: warm "
          "autoantibodies, multiple alloantibodies, antibodies to high-incidence antigens and cold-reactive "
          "interference."),
    ("b", "Perform warm autoadsorptions with ZZAP-treated autologous cells, and allogeneic adsorptions with three "
          "phenotyped cells for patients transfused in the last 3 months; switched to polyethylene glycol "
          "adsorption and cut average workup time from 6.5 to 4 hours."),
    ("b", "Treat panel cells with dithiothreitol for 15-20 Darzalex patients a month and issue K-negative, "
          "phenotype-matched units."),
    ("b", "Prepare eluates with the Gamma ELU-KIT II for DAT-positive patients and investigate about 60 suspected "
          "delayed hemolytic transfusion reactions a year."),
    ("b", "Phenotype DAT-positive red cells after EGA treatment; phenotyping with commercial and in-house antisera "
          "on 2,400 donors a year finds antigen-negative units for sickle cell and multiply alloimmunized patients."),
    ("b", "Run RBC genotyping on the Immucor HEA BeadChip (about 900 samples a year) from DNA extraction through "
          "result review; refer weak D samples to a molecular reference laboratory."),
    ("b", "Screen and ship rare units for the American Rare Donor Program; added 37 donors to the regional rare "
          "donor file in 2025."),
    ("b", "Perform AHG crossmatch for patients with complex antibodies and follow prenatal antibody titers for "
          "mothers at risk of HDN."),
    ("b", "Daily reagent QC and Ortho Vision Max maintenance; CAP proficiency surveys (J and JAT) at 100% acceptable; "
          "annual competency assessment for 8 staff."),
    ("b", "Wrote 14 SOPs and completed validation of a second Ortho Vision Max; filed 3 biological product deviation "
          "reports and led 2 CAPA investigations; no Form 483 observations at the 2025 FDA inspection."),
    ("job", "Medical Technologist, Blood Bank - Echo Lake Community Hospital, Kalispell, MT - Jun 2019 to Apr 2024"),
    ("b", "Type and screen, antibody ID and ABO discrepancies by gel and tube method for a 220-bed Level II trauma "
          "center issuing about 7,500 products a year."),
    ("b", "Cross-covered coagulation on evenings (PT/INR, aPTT, D-dimer on the Stago STA R Max)."),
    ("b", "Prepared the transfusion service for AABB assessments in 2021 and 2023 with zero nonconformances."),
    ("b", "Trained 11 new technologists on the blood bank bench."),
    ("h", "Education"),
    ("p", "B.S., Clinical Laboratory Science - University of the Northern Rockies, Missoula, MT, 2019"),
    ("p", "Specialist in Blood Banking distance program - Intermountain SBB Program, completed December 2026"),
    ("h", "Certifications & Licensure"),
    ("b", "MT(ASCP), ASCP Board of Certification, 2019"),
    ("b", "SBB(ASCP) - eligible; exam scheduled March 2027"),
    ("b", "Montana Clinical Laboratory Scientist license, 2019 - current"),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
