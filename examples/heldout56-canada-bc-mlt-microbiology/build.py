"""Build resume.pdf for heldout56-canada-bc-mlt-microbiology.

Layout quirks: PDF with a credentials block under the summary, skills in two columns (labels ending ':'),
a Continuing Education section at the end. The candidate trained and works in Ontario and is moving to BC.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("name", "TEAGAN M. BOURASSA, MLT"),
    ("contact", "2210 Riverbend Crescent, Kestrel Bay, ON P7B 4K2  |  (807) 555-0147  |  teagan.bourassa@example.com  |  "
                "relocating to Vancouver Island, June 2026"),
    ("h", "Summary"),
    ("p", "Medical laboratory technologist with nine years of bench experience, the last six in a busy hospital "
          "microbiology laboratory serving northwestern Ontario. Comfortable on every bacteriology bench, on the "
          "mycology bench and in our BSL-3 mycobacteriology room; super-user for our Kiestra line and our VITEK "
          "instruments. Moving home to British Columbia and looking for a regular microbiology position."),
    ("h", "Credentials"),
    ("b", "CSMLS General Medical Laboratory Technologist certification, 2016 (member in good standing)"),
    ("b", "CMLTO registration, Ontario, 2016 - present"),
    ("b", "CHCPBC registration as MLT - application submitted January 2026, decision pending"),
    ("b", "TDG certification (Transport Canada, ground and air), renewed 2024"),
    ("b", "WHMIS 2015, renewed annually; N95 fit test, 2025"),
    ("h", "Laboratory Skills"),
    ("cols", [
        ("Bacteriology:", "Instruments and automation:"),
        ("Specimen processing and plating", "BD Kiestra TLA (InoqulA, ReadA)"),
        ("Gram stain reading, culture workup", "VITEK MS, VITEK 2 XL"),
        ("Urine, wound, respiratory, sterile body fluids", "BacT/ALERT VIRTUO blood cultures"),
        ("Catalase, oxidase, indole, latex agglutination", "BioFire FilmArray Torch: BCID2, GI panel"),
        ("Susceptibility:", "Cepheid GeneXpert: C. diff, MRSA/SA, Xpert MTB/RIF Ultra"),
        ("Kirby-Bauer, Etest, VITEK 2 GN and GP cards", "BACTEC MGIT 960"),
        ("CLSI M100 breakpoint updates", "Quality and systems:"),
        ("MRSA, VRE and CPE screening", "QC, analyzer maintenance, proficiency testing (IQMH)"),
        ("Mycobacteriology and mycology:", "ISO 15189, internal audits, nonconformance reports"),
        ("NALC-NaOH, auramine-rhodamine, LJ slants", "Cerner PathNet LIS"),
        ("KOH, calcofluor white, LPCB, SAB", "Class II BSC work, PPE"),
    ]),
    ("h", "Professional Experience"),
    ("job", "Medical Laboratory Technologist, Microbiology - Kestrel Bay Regional Health Sciences Centre, "
            "Kestrel Bay, ON - Aug 2019 to Present"),
    ("b", "Rotate through all bacteriology benches, mycology and the BSL-3 TB room in a lab handling about 240,000 "
          "specimens a year; work-up of 60-90 cultures per day shift."),
    ("b", "Identify 150+ isolates a day on the VITEK MS and set up automated identification and susceptibility on "
          "two VITEK 2 XL instruments; add Kirby-Bauer and Etest for fastidious organisms and confirmations."),
    ("b", "Antibiotic susceptibility testing interpreted to CLSI M100; helped roll out the 2023 breakpoint "
          "revisions for Enterobacterales and Pseudomonas aeruginosa across 14 drug-bug combinations."),
    ("b", "Process positive blood cultures from the BacT/ALERT VIRTUO (about 25 a day): Gram stain, direct MALDI "
          "workup and BioFire BCID2, cutting time to organism ID by a median 19 hours."),
    ("b", "Run the syndromic PCR panels on the BioFire FilmArray Torch (BCID2, GI and respiratory panels) and the Cepheid GeneXpert "
          "(C. diff, MRSA/SA, Xpert MTB/RIF Ultra)."),
    ("b", "TB bench one week in six: NALC-NaOH processing, auramine-rhodamine smears, BACTEC MGIT 960 and LJ slants; "
          "send positive cultures to Public Health Ontario for identification and susceptibility."),
    ("b", "Mycology bench: KOH and calcofluor white preps, SAB and brain heart infusion cultures, LPCB tease mounts; "
          "yeast and mold identification with referral of dimorphic fungi."),
    ("b", "Work BSL-2 and BSL-3 practices daily in Class II BSCs; lab biosafety trainer for 11 new staff since 2022."),
    ("b", "Call MRSA, VRE and CPE screen positives to IPAC within 1 hour; phone critical values and document read-back."),
    ("b", "Super-user for the BD Kiestra TLA installed in 2021: wrote 22 bench SOPs and trained 30 technologists "
          "and MLAs on InoqulA streaking and ReadA digital plate reading."),
    ("b", "Quality lead for the microbiology section: daily and weekly QC, analyzer maintenance logs, IQMH proficiency "
          "testing, nonconformance reports; conducted 9 internal audits for the 2024 ISO 15189 assessment by "
          "Accreditation Canada Diagnostics, which closed with no major findings."),
    ("b", "Package category A and B shipments under TDG and IATA rules (about 400 a year)."),
    ("job", "Medical Laboratory Technologist (General) - Lake of the Woods District Hospital Laboratory, "
            "Rainy Point, ON - Jun 2016 to Jul 2019"),
    ("b", "Generalist MLT in a 24/7 rural lab: haematology, chemistry (electrolytes, troponin, liver panel - "
          "ALT, AST, ALP), transfusion medicine and front-end microbiology."),
    ("b", "Set up urine, wound and throat cultures and read Gram stains for next-day referral; verified results in "
          "the Meditech LIS."),
    ("b", "On-call sole technologist on nights and weekends, about 70 tests per shift."),
    ("h", "Education"),
    ("p", "Advanced Diploma, Medical Laboratory Science - Confederation Shores College, Kestrel Bay, ON, 2016. "
          "Clinical placement in microbiology and core laboratory, 26 weeks."),
    ("h", "Continuing Education"),
    ("b", "CSMLS LABCON 2025 - antimicrobial resistance and CPE detection sessions"),
    ("b", "Ontario Microbiology Update, 2024 - rapid blood culture diagnostics"),
    ("b", "Public Health Agency of Canada biosafety e-learning: Introduction to Biosafety, 2023"),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
