"""Build resume.pdf for heldout37-legionella-water-micro.

Layout quirk: a two-column "core skills" block (cols) in the PDF text layer.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("name", "DANIELLE M. OYELARAN, MLT(ASCP)"),
    ("contact", "48 Whitney Avenue, Apt 3, Hamden, CT 06517  |  (203) 555-0148  |  danielle.oyelaran@example.com"),
    ("h", "Summary"),
    ("p", "Medical laboratory technician with 6 years in hospital clinical microbiology: culture setup and workup, Gram "
          "stains, MALDI identification and molecular panels. Earlier internship in a municipal drinking water lab "
          "(coliforms, plate counts, chain-of-custody). Now moving into environmental and water microbiology while "
          "finishing a B.S. in Microbiology."),
    ("h", "Certifications"),
    ("b", "MLT(ASCP) - Medical Laboratory Technician, ASCP Board of Certification, 2019"),
    ("b", "DOT/IATA Division 6.2 (infectious substances) shipping, 2024"),
    ("h", "Technical Skills"),
    ("cols", [
        ("Bench microbiology:", "Laboratory systems:"),
        ("Aseptic technique, culture workup", "Epic Beaker LIS"),
        ("Gram stain reading and reporting", "LabWare LIMS (internship)"),
        ("Latex agglutination, spot tests", "Excel (QC trending, TAT reports)"),
        ("Biosafety level 2, class II BSC", "Instrument interfaces, autoverification"),
    ]),
    ("b", "Culture: respiratory, urine, wound, stool, blood and sterile-site cultures; Legionella cultures on buffered "
          "charcoal yeast extract agar from BAL and sputum specimens"),
    ("b", "Identification and AST: Bruker MALDI Biotyper, VITEK 2, Kirby-Bauer disk diffusion, MIC strips"),
    ("b", "Molecular: real-time PCR on Cepheid GeneXpert, BioFire FilmArray panels; nucleic acid extraction on "
          "bioMerieux NucliSENS easyMAG"),
    ("b", "Water (internship): total coliform/E. coli by Colilert with Quanti-Tray/2000 (SM 9223 B), heterotrophic "
          "plate counts by SimPlate, free chlorine by Hach DPD"),
    ("b", "Quality: QC on new lots of culture media, positive and negative controls, CAP proficiency testing, "
          "autoclave QC with spore strips, preventive maintenance on incubators and analyzers"),
    ("h", "Professional Experience"),
    ("job", "Medical Laboratory Technician, Microbiology - Quinnipiac Valley Hospital, New Haven, CT - Aug 2021 to Present"),
    ("b", "Set up and work up 150-200 cultures per shift in a 500-bed teaching hospital; read and call critical Gram "
          "stains from positive blood cultures to providers."),
    ("b", "Set up Legionella cultures on BAL specimens for the transplant and ICU services and hold plates for 10 days."),
    ("b", "Run the Legionella urinary antigen (BinaxNOW, L. pneumophila serogroup 1) and pneumococcal antigen; "
          "report positives to infection prevention."),
    ("b", "Perform sterility cultures on HPC products for the bone marrow transplant program."),
    ("b", "Perform scheduled preventive maintenance on VITEK 2, BD BACTEC FX and CO2 incubators; document QC and "
          "corrective action."),
    ("b", "Analyzed CAP proficiency testing surveys for bacteriology and molecular; on the team for two CAP and one "
          "TJC inspection."),
    ("job", "Travel Medical Laboratory Technician - Elite Medical Staffing, assigned to Mystic Shores Hospital, Westerly, "
            "RI - Jan 2020 to Jul 2021"),
    ("b", "Three 13-week microbiology contracts (extended twice) on evening shift; urine, wound and respiratory "
          "cultures and COVID-19 real-time PCR."),
    ("job", "Laboratory Intern - Quinebaug Valley Water Utility Laboratory, Norwich, CT - May 2018 to Aug 2018"),
    ("b", "Tested reservoir, plant and distribution system drinking water samples for total coliform/E. coli "
          "(Colilert) and heterotrophic plate counts."),
    ("b", "Checked incoming bottles for temperature, sodium thiosulfate and holding time; completed chain-of-custody "
          "forms and entered results in LabWare LIMS."),
    ("b", "Went out with the sampling crew to measure free chlorine at distribution taps."),
    ("h", "Education"),
    ("p", "B.S., Microbiology - Long River State University (online), in progress, expected May 2027"),
    ("p", "A.A.S., Medical Laboratory Technology (NAACLS-accredited) - Naugatuck Hills Community College, 2019"),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
