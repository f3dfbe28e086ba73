"""Build resume.docx for heldout48-protein-electrophoresis-specialty-tech.

Layout quirks: DOCX with the contact line only in the page header (header_contact=True), the name and
credential in the body, skills in a two-column table (label, content), a Continuing Education section at
the end.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("name", "NOELANI R. VASQUEZ-HART, MLS(ASCP)CM"),
    ("contact", "Spokane Valley, WA 99216  |  (509) 555-0163  |  noelani.vasquezhart@example.com"),
    ("h", "Professional Summary"),
    ("p", "Medical technologist with nine years of high-complexity testing, the last five on the protein bench of "
          "a regional reference lab's Special Chemistry department. I run and read SPEP, UPEP and serum/urine "
          "immunofixation every day, draft interpretive comments for pathologist sign-out, and keep two Sebia "
          "analyzers and a Helena gel line running. Looking for a larger protein section with more myeloma, "
          "amyloid and cryoglobulin work."),
    ("h", "Certifications"),
    ("b", "MLS(ASCP)CM, Medical Laboratory Scientist - ASCP Board of Certification, 2016"),
    ("b", "SC(ASCP) Specialist in Chemistry - eligible; exam scheduled March 2027"),
    ("b", "BBP training (annual); DOT/IATA Category B specimen shipping, 2025"),
    ("h", "Skills"),
    ("table", [
        ("Protein electrophoresis",
         "SPEP; urine protein electrophoresis on random and 24-hour urine; serum and urine immunofixation; "
         "immunotyping; M-protein quantitation by densitometry; Bence Jones protein work-ups"),
        ("Other special chemistry",
         "sFLC (Freelite kappa/lambda, K/L ratio); quant IgG/IgA/IgM by nephelometry; cryoglobulin testing; "
         "Hb electrophoresis, Hb A2 and F by HPLC; CSF oligoclonal bands by IEF"),
        ("Instruments",
         "Sebia Capillarys 2 Flex Piercing (capillary zone electrophoresis)\n"
         "Helena SPIFE 3000 (agarose gel: IFE, UPEP, Hb)\n"
         "Siemens BN II; Bio-Rad Variant II\n"
         "Beckman Coulter AU5800; Roche cobas 6000; Waters Xevo TQ-S LC-MS/MS"),
        ("Quality and compliance",
         "QC review with Westgard rules and L-J charts; calibrations, cal ver and AMR studies; reagent lot "
         "crossovers; method verification; proficiency testing; competency assessments; CAP and CLIA "
         "inspection prep; SOPs; standard precautions"),
        ("Software",
         "Phoresis; Helena Platinum; Cerner Millennium PathNet (LIS); Data Innovations Instrument Manager; "
         "Microsoft Excel (pivot tables, QC trackers)"),
    ]),
    ("h", "Experience"),
    ("job", "Medical Technologist, Special Chemistry (Protein Bench) - Palouse Regional Laboratories, "
            "Spokane Valley, WA - Apr 2020 to Present"),
    ("b", "Run and review 250-300 protein studies a shift: SPEP and immunotyping on two Sebia Capillarys 2 Flex "
          "Piercing analyzers, serum and urine immunofixation on a Helena SPIFE 3000."),
    ("b", "Draft interpretive comments on about 120 abnormal patterns a day (M-spike size and location, heavy and "
          "light chain type, change from prior studies) for pathologist sign-out; fewer than 3% of my drafts "
          "are changed."),
    ("b", "Quantify M-protein by densitometry, including small beta-region bands that need IFE to confirm; wrote "
          "the bench's reflex-to-IFE rules with our medical director."),
    ("b", "Perform urine protein electrophoresis and Bence Jones protein studies on 24-hour urine collections, "
          "about 40 a day."),
    ("b", "Run sFLC (Freelite) and quant IgG/IgA/IgM by nephelometry on the Siemens BN II; report K/L ratios and "
          "flag results that need a renal-range comment."),
    ("b", "Cryoglobulin testing: wrote the warm-collection and transport instructions for 60 client sites, "
          "7-day cold incubation, typing by immunofixation; about 15 a week."),
    ("b", "Hb electrophoresis (alkaline and acid gels on the SPIFE) and Hb A2/F by HPLC on a Bio-Rad Variant II "
          "for hemoglobinopathy work-ups; 30-40 a week."),
    ("b", "CSF oligoclonal bands by IEF on paired serum and CSF, mostly for suspected MS; 10-12 a week."),
    ("b", "QC on every run with Westgard rules and L-J charts; wrote corrective action for 14 QC failures in "
          "2024 and traced two of them to one bad buffer lot."),
    ("b", "Cal ver and AMR checks twice a year; reagent lot crossovers for every new Capillarys and SPIFE kit "
          "lot."),
    ("b", "Daily, weekly and monthly preventative maintenance and troubleshooting on the protein bench; cut "
          "Capillarys downtime from 11 to 4 hours a month by changing capillaries on a schedule."),
    ("b", "Ran the method verification when SPEP moved from gel to capillary in 2021 (220 paired specimens: "
          "accuracy, precision, reportable range, reference intervals)."),
    ("b", "Coordinate CAP proficiency testing for the section, split-sample comparisons with a partner lab for "
          "the tests with no CAP survey, and internal audits against the CAP checklists before our 2022 and "
          "2024 inspections (no protein-section deficiencies)."),
    ("b", "Wrote or revised 18 SOPs; trained six new techs and completed their competency assessments."),
    ("b", "Track protein-section TAT; brought IFE from 72 to 36 hours by adding a second daily gel run."),
    ("job", "Medical Technologist, Core Chemistry and Toxicology - St. Brendan Medical Center, Boise, ID - "
            "Jun 2016 to Mar 2020"),
    ("b", "High-volume clinical chemistry and immunoassays on Beckman Coulter AU5800 and Roche cobas 6000 "
          "lines; coagulation (PT/INR, aPTT, fibrinogen) on the night rotation."),
    ("b", "Toxicology bench: SPE cleanup and LC-MS/MS confirmation of drugs of abuse on a Waters Xevo TQ-S, "
          "about 60 confirmations a day."),
    ("b", "Ran gel SPEP and IFE on the Helena SPIFE 3000 two days a week, which is where I started in protein "
          "work."),
    ("b", "Cerner PathNet LIS and Data Innovations middleware super-user for the 2019 LIS upgrade; built 40 "
          "autoverification rules."),
    ("h", "Education"),
    ("p", "B.S., Clinical Laboratory Science - Cascade Plains University, Cheney, WA, 2016. NAACLS-accredited "
          "program; clinical practicum at St. Brendan Medical Center."),
    ("h", "Continuing Education"),
    ("b", "ADLM (formerly AACC) protein electrophoresis interpretation course, 2023 - 12 CE credits"),
    ("b", "Sebia Capillarys operator and immunotyping training, 2021"),
    ("b", "ASCLS Washington State annual meeting, 2024 - amyloidosis and light chain sessions, 6 CE credits"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "resume.docx")
