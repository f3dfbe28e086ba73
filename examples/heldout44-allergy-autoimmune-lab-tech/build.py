"""Build resume.pdf for heldout44-allergy-autoimmune-lab-tech.

Layout quirks: Canadian spelling and usage (titre, centre, licence, colour), Canadian credentials
(CSMLS, CMLTO) beside a US one, skills in two columns, and the Certifications block near the
bottom, after Education. A referee named Elisa sits at the end.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("name", "Geneviève Tran-Lapointe, MLT, MT(AMT)"),
    ("contact", "88 Aberdeen Avenue, Hamilton, ON L8P 2N4  |  (905) 555-0138  |  genevieve.tranlapointe@example.com  |  "
                "Relocating to Tampa, FL in early 2027 (TN status)"),
    ("h", "Profile"),
    ("p", "Medical Laboratory Technologist with 12 years of clinical laboratory work, the last seven on the immunology "
          "and allergy benches of a high-volume reference laboratory serving 40 hospitals in southern Ontario. "
          "Strong in HEp-2 IIF pattern reading, allergy automation and autoimmune serology, and the person my "
          "section lead hands new validation work to."),
    ("h", "Technical Skills"),
    ("cols", [
        ("Allergy:", "Autoimmune serology:"),
        ("Phadia 250 (ImmunoCAP): sIgE, total IgE", "ANA by HEp-2 IIF, titre and pattern"),
        ("Tryptase", "EUROIMMUN EUROPattern digital IIF reader"),
        ("Molecular allergology (CRD)", "Anti-dsDNA: CLIFT and CLIA (BIO-FLASH)"),
        ("Quality and regulatory:", "ANCA IIF, MPO and PR3 antibodies"),
        ("IQC, L-J charts, Westgard multirules", "BioPlex 2200 ANA Screen (ENA)"),
        ("IQMH EQA, ISO 15189", "tTG-IgA, DGP, anti-CCP on Dynex DSX"),
        ("CLSI EP15-A2, method verification", "RF, complement C3/C4 (Siemens BN ProSpec)"),
        ("Systems:", "Microscopy:"),
        ("Cerner Millennium PathNet", "Fluorescence microscopy (Zeiss, Nikon)"),
    ]),
    ("h", "Experience"),
    ("job", "Senior Medical Laboratory Technologist, Immunology & Allergy - Niagara Escarpment Regional Laboratory, "
            "Hamilton, ON - Aug 2019 to Present"),
    ("b", "Run sIgE, total IgE and tryptase on two Phadia 250 analyzers (ImmunoCAP), about 28,000 allergen results a "
          "month; brought in molecular allergology panels (Ara h 2, Cor a 14, Gal d 1, Api m 10) in 2022."),
    ("b", "Screen about 600 ANA requests a day by HEp-2 IIF on the EUROPattern; report titre endpoints and patterns "
          "using the International Consensus on ANA Patterns (AC codes) and review every positive by fluorescence "
          "microscopy."),
    ("b", "Confirm anti-dsDNA by CLIFT and by chemiluminescent immunoassay (CLIA) on the BIO-FLASH; run ANCA by "
          "IIF with MPO and PR3 antibody follow-up, turning around urgent vasculitis requests in under 24 hours."),
    ("b", "Operate the BioPlex 2200 ANA Screen, a multiplex bead immunoassay for ENA, dsDNA and chromatin "
          "antibodies, on 900 samples a week."),
    ("b", "Run celiac serology (tTG-IgA, DGP, EMA) and anti-CCP by enzyme-linked immunosorbent assay on the "
          "Dynex DSX; RF and complement C3/C4 on the Siemens BN ProSpec."),
    ("b", "Review quality control daily on L-J charts with Westgard multirules; perform calibration, instrument "
          "maintenance and first-line troubleshooting; cut repeat runs on the DSX by 35% in 2023."),
    ("b", "Led method verification of the BioPlex 2200 ANA Screen to CLSI EP15-A2 and new-lot parallel testing "
          "for about 40 reagent lots a year."),
    ("b", "Coordinated IQMH EQA submissions for immunology (100% acceptable, 2020-2025) and was section contact for "
          "the 2023 ISO 15189 assessment, closed with no nonconformities."),
    ("b", "Verified and released results in Cerner Millennium PathNet; trained 7 new technologists on IIF pattern "
          "reading."),
    ("job", "Medical Laboratory Technologist - Centre hospitalier du Vieux-Port, Montréal, QC - Jun 2014 to Jul 2019"),
    ("b", "Rotated through core laboratory, haematology and autoimmune serology in a 450-bed teaching hospital; "
          "covered the allergy bench three days a week from 2017."),
    ("b", "Read HEp-2 slides at the manual microscope, graded fluorescence intensity against a colour reference "
          "set, and helped move ANA screening to a digital reader in 2018."),
    ("h", "Education"),
    ("p", "B.Sc., Microbiology and Immunology - Université du Mont-Royal, Montréal, QC, 2012"),
    ("p", "Diploma, Medical Laboratory Technology - Collège Saint-Laurent-Ouest, Montréal, QC, 2014"),
    ("h", "Certifications"),
    ("b", "Medical Technologist, MT(AMT) - American Medical Technologists, 2024"),
    ("b", "MLT (general), Canadian Society for Medical Laboratory Science (CSMLS), 2014"),
    ("b", "Registered MLT, College of Medical Laboratory Technologists of Ontario (CMLTO), licence in good standing"),
    ("h", "Referees"),
    ("p", "Elisa Moreau, Charge Technologist, Immunology, Niagara Escarpment Regional Laboratory - details on request"),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
