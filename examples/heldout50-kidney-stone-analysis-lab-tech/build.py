"""Build posting.pdf and resume.pdf for heldout50-kidney-stone-analysis-lab-tech.

Layout quirks: posting as a PDF job-board printout; resume PDF with the licence/certification block
under the summary, skills in two columns (labels ending ':'), a coagulation PT/INR mention in an older job.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

POSTING = [
    ("name", "Clinical Laboratory Technologist - Calculi (Kidney Stone) Analysis"),
    ("contact", "Northgate Diagnostic Reference Laboratories  |  Carvell Falls, NY  |  Full-time, Day Shift  |  "
                "Req. 25-0412"),
    ("h", "About Northgate"),
    ("p", "Northgate Diagnostic Reference Laboratories is an independent, CAP-accredited reference laboratory "
          "serving urology practices, nephrology groups and hospitals in 31 states. Our Stone Analysis and "
          "Metabolic Risk section reports more than 90,000 urinary calculi and 40,000 24-hour urine stone risk "
          "profiles a year, and our reports are used by physicians to prevent the next stone."),
    ("h", "Position Summary"),
    ("p", "The Clinical Laboratory Technologist performs high-complexity testing in the calculi analysis section: "
          "stone receipt and preparation, infrared spectroscopy, microscopic examination and reporting, together "
          "with the 24-hour urine chemistry that supports metabolic stone evaluation."),
    ("h", "Responsibilities"),
    ("b", "Receive and accession kidney stone specimens in the LIS (Epic Beaker); check requisitions, reject "
          "specimens submitted in formalin or with no identifiers, and resolve problems with client services."),
    ("b", "Prepare stones for analysis: rinse, dry in a drying oven, weigh, photograph and record gross "
          "description; separate nucleus and outer layers under a stereomicroscope (Leica S9i or Olympus SZ61); "
          "grind portions with an agate mortar and pestle."),
    ("b", "Analyze stones by Fourier transform infrared (FTIR) spectroscopy on Thermo Scientific Nicolet iS10 "
          "and iS20 spectrometers with a diamond attenuated total reflectance (ATR) accessory and OMNIC software; "
          "prepare potassium bromide (KBr) pellets when needed."),
    ("b", "Compare spectra against spectral libraries (commercial kidney stone library and our in-house reference "
          "library) using search/match and spectral subtraction; estimate component percentages."),
    ("b", "Identify calcium oxalate monohydrate (whewellite), calcium oxalate dihydrate (weddellite), carbonate "
          "apatite, brushite, struvite, uric acid, ammonium acid urate, cystine and drug-related stones; flag "
          "artifacts and suspected factitious specimens for review by the laboratory director."),
    ("b", "Refer unusual specimens for X-ray diffraction (XRD) or polarized light microscopy and document the "
          "send-out."),
    ("b", "Perform 24-hour urine supersaturation profiles: volume, pH, creatinine, calcium, oxalate, citrate, uric "
          "acid, sodium, magnesium, phosphate, sulfate and ammonium on the Roche cobas c 503 chemistry analyzer and "
          "Thermo Scientific Dionex ion chromatography system; review calculated supersaturation (SS) for calcium "
          "oxalate, calcium phosphate and uric acid."),
    ("b", "Run and review daily quality control (QC) using Levey-Jennings charts and Westgard rules; verify FTIR "
          "performance with a polystyrene reference film; perform instrument maintenance and desiccant changes."),
    ("b", "Perform proficiency testing (CAP urinary calculi survey and 24-hour urine chemistry), corrective "
          "action, method validation and competency assessment."),
    ("b", "Work to CLIA '88 (42 CFR Part 493), the CAP Chemistry and Toxicology checklist and New York State "
          "Department of Health (NYSDOH) Clinical Laboratory Evaluation Program (CLEP) standards; follow the "
          "chemical hygiene plan and OSHA rules."),
    ("h", "Required Qualifications"),
    ("b", "Bachelor's degree in clinical laboratory science, medical technology, chemistry, biology or a related "
          "science that meets CLIA high-complexity testing personnel requirements (42 CFR 493.1489)."),
    ("b", "Current New York State Clinical Laboratory Technologist license."),
    ("b", "Certification as MLS(ASCP), MT(AMT), or equivalent."),
    ("b", "At least one year of clinical chemistry experience in a hospital or reference laboratory."),
    ("b", "Working knowledge of a laboratory information system (LIS) and Microsoft Excel."),
    ("h", "Preferred Qualifications"),
    ("b", "Hands-on experience with FTIR spectroscopy or Raman spectroscopy."),
    ("b", "Prior urinary stone analysis or stone mineralogy experience."),
    ("b", "Experience with ion chromatography or LC-MS/MS."),
    ("b", "Experience with CAP inspections and method verification."),
    ("b", "Lean Six Sigma Yellow Belt or Green Belt."),
    ("h", "Schedule and Compensation"),
    ("p", "Tuesday through Saturday, 8:00 AM to 4:30 PM, with rotating holiday coverage. Pay range $33.50 to "
          "$44.00 per hour depending on experience and credentials; $2,500 sign-on bonus for licensed "
          "technologists."),
    ("h", "Benefits"),
    ("p", "Medical, dental and vision plans; 403(b) with 5% employer match; 20 days PTO; tuition assistance and "
          "paid ASCP certification maintenance; free on-site parking."),
    ("h", "Equal Opportunity Employer"),
    ("p", "Northgate Diagnostic Reference Laboratories is an equal opportunity employer. We consider all "
          "qualified applicants without regard to race, color, religion, sex, sexual orientation, gender "
          "identity, national origin, age, disability, veteran status or any other protected characteristic. "
          "Reasonable accommodation is available on request."),
]

RESUME = [
    ("name", "HALLEY M. STRAND, MLT(ASCP)"),
    ("contact", "21 Ashokan Lane, Stone Ridge, NY 12484  |  (845) 555-0162  |  halley.strand@example.com"),
    ("h", "Summary"),
    ("p", "Licensed clinical laboratory technologist with 10 years in chemistry, the last five running the renal "
          "calculus bench at a 400-bed regional hospital. About 6,000 stones analyzed by IR spectroscopy, plus "
          "24-hour urine metabolic testing and the section's QC and PT program. Looking to move into a "
          "high-volume stone analysis laboratory."),
    ("h", "Licenses and Certifications"),
    ("b", "NYS Clinical Laboratory Technologist license, 2020 - current"),
    ("b", "MLT(ASCP), 2014"),
    ("b", "MLS(ASCP) - eligible under Route 2, exam scheduled March 2027"),
    ("h", "Skills"),
    ("cols", [
        ("Stone analysis:", "Urine chemistry:"),
        ("Fourier-transform infrared (IR)", "24-hour urine stone risk panel"),
        ("PerkinElmer Spectrum Two, UATR", "Citrate, oxalate, calcium, uric acid"),
        ("KBr pellet technique", "Beckman Coulter AU5800"),
        ("Dissecting microscope exams", "Quality and compliance:"),
        ("Library search, spectral subtraction", "Levey-Jennings, Westgard multirule"),
        ("Mortar and pestle grinding", "CAP surveys (PT), competency"),
        ("COM, COD, apatite, struvite, cystine", "CLIA, CAP checklists, NYSDOH"),
        ("Software:", "Method validation (EP Evaluator)"),
        ("Spectrum 10, Cerner PathNet LIS", "Chemical hygiene, OSHA"),
        ("Excel (pivot tables), Word", ""),
    ]),
    ("h", "Experience"),
    ("job", "Clinical Laboratory Technologist, Special Chemistry - Ulster Valley Medical Center, Kingston, NY - "
            "Jul 2020 to Present"),
    ("b", "Run the renal calculus bench: about 1,200 stones a year analyzed by Fourier-transform infrared "
          "spectroscopy on a PerkinElmer Spectrum Two with UATR; KBr pellets for small or mixed samples."),
    ("b", "Washed, dried, weighed and photographed each stone; examined the core and surface under a "
          "dissecting microscope and sampled each layer."),
    ("b", "Matched spectra with library search and spectral subtraction; reported components to the nearest "
          "10% (calcium oxalate monohydrate and dihydrate, apatite, brushite, struvite, uric acid (UA), cystine)."),
    ("b", "Built an in-house reference library of 85 spectra, including atazanavir and other drug stones, "
          "guaifenesin and sand and gravel artifacts."),
    ("b", "Performed the 24-hour urine stone risk panel (volume, pH, creatinine, calcium, oxalate, citrate, uric "
          "acid, sodium, magnesium, phosphate) on a Beckman Coulter AU5800; 2,300 panels a year."),
    ("b", "Kept the section's QC records: Levey-Jennings review, Westgard multirule, polystyrene film checks "
          "on the spectrometer, documented corrective action; cut repeat runs by 30%."),
    ("b", "Did the instrument maintenance on both spectrometers (desiccant, purge, ATR crystal cleaning) and kept "
          "downtime under 4 hours a year."),
    ("b", "Coordinated CAP surveys for stones and urine chemistry; 100% acceptable PT results for five years."),
    ("b", "Validated the oxalate method change in 2022 with EP Evaluator and wrote the procedure; helped host two "
          "CAP inspections and one NYSDOH survey with no stone-bench deficiencies."),
    ("b", "Trained six technologists and ran annual competency assessment for the bench."),
    ("job", "Medical Laboratory Technician - Rondout Community Hospital, Kingston, NY - Jun 2014 to Jun 2020"),
    ("b", "Core lab chemistry, hematology and coagulation (PT/INR, aPTT, D-dimer) on the evening shift; about 250 "
          "results a shift."),
    ("b", "Urinalysis and body fluids; Sunquest LIS result entry and verification."),
    ("h", "Education"),
    ("p", "B.S., Chemistry - State University of New York at New Paltz, 2019 (completed part-time while working)"),
    ("p", "A.A.S., Medical Laboratory Technology - SUNY Ulster County Community College, 2014"),
    ("h", "Professional Development"),
    ("b", "AACC (ADLM) webinar: Kidney stone analysis methods and reporting, 2023"),
    ("b", "PerkinElmer FTIR operator training, 2020"),
]

if __name__ == "__main__":
    write_pdf(POSTING, HERE / "posting.pdf")
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "posting.pdf", "and", HERE / "resume.pdf")
