#!/usr/bin/env python3
"""Build resume.docx for heldout31-parasitology-mycology-mls.

Layout: contact details in the Word page header, technical skills in a two-column table.
Run with /work/main/.venv/bin/python (python-docx).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_docx  # noqa: E402

RESUME = [
    ("contact", "Renata M. Ibarra, MLS(ASCP)CM  |  2290 Kietzke Lane, Apt 14, Reno, NV 89502  |  (775) 555-0137  |  renata.ibarra@example.com"),
    ("name", "Renata M. Ibarra, MLS(ASCP)CM"),
    ("h", "Summary"),
    ("p", "Generalist Medical Laboratory Scientist with 6 years of hospital experience and 4 years as a U.S. Air Force "
          "laboratory technician. Rotate weekly through clinical microbiology, hematology, chemistry and UA in a 380-bed "
          "regional medical center, with most of my micro time on the parasitology and limited mycology benches. "
          "Relocating to the Sacramento area in early 2027 and looking to specialize in parasitology and mycology."),
    ("h", "Certifications & Licensure"),
    ("b", "MLS(ASCP)CM - ASCP Board of Certification, 2020 (CMP current through 2029)"),
    ("b", "Nevada General Supervisor license (Medical Technologist), Nevada DPBH, 2020 - active"),
    ("b", "California CLS license - application submitted to CDPH-LFS Sept 2026 under the ASCP-exam pathway; license pending"),
    ("b", "Preparing for the SM(ASCP) exam (Specialist in Microbiology), planned for spring 2027"),
    ("h", "Technical Skills"),
    ("table", [
        ("Parasitology", "O&P: concentrated wet mounts (ethyl acetate sedimentation) and trichrome permanent smears; "
                         "modified Kinyoun for Crypto/Cyclospora; pinworm tape preps; malaria thick and thin smears (Giemsa) "
                         "with % parasitemia; BinaxNOW Malaria; ImmunoCard STAT! Crypto/Giardia lateral flow"),
        ("Mycology", "KOH/calcofluor preps, India ink; fungal cultures on SAB agar and BHI; yeast identification by germ tube, "
                     "CHROMagar Candida, LPCB mounts and VITEK MS; CrAg LFA (IMMY); C. auris colonization screening swabs "
                     "(send-out to the state public health lab)"),
        ("Bacteriology", "Gram stains; blood, urine, wound and respiratory cultures; colony morphology and spot tests; "
                         "BACT/ALERT VIRTUO; VITEK 2 ID/AST with CLSI M100 breakpoints"),
        ("Molecular", "FilmArray GI panel, BCID2 and ME panels; Cepheid GeneXpert (qPCR) for MRSA and C. difficile"),
        ("Core lab", "Sysmex XN-1000 and manual differentials; Abbott ARCHITECT ci4100; Siemens CLINITEK Novus UA"),
        ("Quality / safety", "QC review and Levey-Jennings charts; media quality control; API and CAP proficiency surveys; "
                             "CAP and CLIA '88 inspection prep; Class II BSC and BSL-2 practices; OSHA BBP training"),
        ("Systems", "Cerner Millennium PathNet (LIS); Microsoft Excel"),
    ]),
    ("h", "Professional Experience"),
    ("job", "Medical Laboratory Scientist II - Truckee Meadows Regional Medical Center, Reno, NV - Aug 2020 to Present"),
    ("b", "Perform moderate- and high-complexity testing on a weekly rotation; about 40% of shifts on the clinical microbiology bench."),
    ("b", "Read 25-40 O&P and Crypto/Giardia requests per day, including concentrated wet mounts and trichrome permanent smears; "
          "refer questionable organisms to the state public health laboratory."),
    ("b", "Prepare and read STAT malaria thick and thin smears for the ED; called 11 positive Plasmodium smears as critical results in 2025 "
          "with % parasitemia and BinaxNOW Malaria results."),
    ("b", "Set up and read fungal cultures from respiratory, skin and nail specimens; identify common yeasts and refer moulds to the reference lab."),
    ("b", "Use fluorescence microscopy for calcofluor preps; brought calcofluor in-house in 2023 so skin and nail reads no longer wait for the day shift."),
    ("b", "Completed method verification for the FilmArray GI panel and the VITEK MS yeast database update (accuracy, precision, reportable results)."),
    ("b", "Perform daily instrument maintenance on the VITEK 2, VITEK MS and BACT/ALERT VIRTUO and document corrective action."),
    ("b", "Conduct annual competency assessments for 6 MLTs on the microbiology bench; trained 4 CLS students."),
    ("job", "Medical Laboratory Technician (SSgt, USAF) - 88th Medical Group, Wright-Patterson AFB, OH - Jun 2014 to Jun 2018"),
    ("b", "Generalist MLT in a 90-bed military treatment facility; hematology, chemistry, UA, blood bank and basic microbiology."),
    ("b", "Read Gram stains and wet mounts, planted routine cultures and performed rapid antigen testing."),
    ("b", "Kept the lab inspection-ready for CAP and the Air Force Medical Operations Agency."),
    ("h", "Education"),
    ("p", "B.S., Clinical Laboratory Science - University of Nevada, Reno, 2020. NAACLS-accredited program; clinical practicum at Truckee Meadows Regional Medical Center."),
    ("h", "Military Training"),
    ("p", "Medical Laboratory Technician Program - Medical Education and Training Campus (METC), Fort Sam Houston, TX, 2014"),
    ("h", "Professional Affiliations"),
    ("p", "American Society for Microbiology (ASM); ASCLS Nevada"),
]


def main() -> None:
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "resume.docx")


if __name__ == "__main__":
    main()
