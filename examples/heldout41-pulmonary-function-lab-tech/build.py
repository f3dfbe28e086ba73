"""Build resume.docx for heldout41-pulmonary-function-lab-tech.

Layout quirks: contact details in the DOCX page header, credentials straight under the name,
skills in a two-column table, a memberships section at the end. The applicant uses the older or
shop-floor names for much of the kit (body box, CPX, EKG, N2 washout, JCAHO, CareFusion, MedGraphics).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("contact", "Lucía B. Marchetti, RRT, CPFT  |  4410 Mesa Ridge Court, Colorado Springs, CO 80918  |  "
                "(719) 555-0163  |  lucia.marchetti@example.com"),
    ("name", "Lucía B. Marchetti"),
    ("h", "Credentials"),
    ("b", "Registered Respiratory Therapist (RRT) - NBRC, 2014"),
    ("b", "Certified Pulmonary Function Technologist (CPFT) - NBRC, 2017"),
    ("b", "RPFT (Registered Pulmonary Function Technologist) - NBRC exam scheduled March 2027"),
    ("b", "Colorado Respiratory Therapist License no. RTL.0004417, active through May 2027"),
    ("b", "CPR / Basic Life Support for Healthcare Providers - American Heart Association, renewed 2025"),
    ("h", "Profile"),
    ("p", "Respiratory therapist with eleven years in pulmonary diagnostics, the last six as senior technologist and "
          "equipment go-to in a hospital PFT lab that runs about 11,000 studies a year. Full adult pulmonary function "
          "testing, CPX and methacholine challenge, plus the unglamorous half of the job: calibrations, biologic "
          "controls, leak checks, filters and keeping two vendors honest."),
    ("h", "Technical Skills"),
    ("table", [
        ("Pulmonary function", "Spirometry with pre- and post-bronchodilator studies; plethysmographic lung volumes "
                               "(body box) and N2 washout; single-breath diffusing capacity; MIP/MEP; exhaled nitric "
                               "oxide (NIOX VERO); methacholine challenge (Provocholine); impulse oscillometry (IOS); "
                               "6MWT with SpO2 and oxygen titration"),
        ("Exercise", "CPX on MedGraphics Ultima CardiO2 with a Lode Corival; 12-lead EKG; ABG by radial puncture"),
        ("Equipment", "MedGraphics Elite Series body box and CPFS/D USB spirometers; CareFusion Jaeger MasterScreen "
                      "Body and MasterScreen PFT; Radiometer ABL90 FLEX; NIOX VERO"),
        ("Quality", "ATS/ERS 2019 spirometry and 2017 diffusing capacity standards; acceptability and reproducibility "
                    "grading; GLI-2012 and GLI Global race-neutral reference values; 3-L calibration syringe and "
                    "volume linearity checks; biologic control testing with L-J charts; CAP surveys"),
        ("Infection control", "MicroGard II in-line filters for every patient; Cidex OPA processing of valves and "
                              "mouthpieces; pneumotachograph cleaning"),
        ("Software", "BreezeSuite, SentrySuite, Cerner PowerChart (EMR), Excel"),
    ]),
    ("h", "Experience"),
    ("job", "Senior Pulmonary Function Technologist - Sangre Vista Medical Center, Colorado Springs, CO - "
            "Apr 2019 to present"),
    ("b", "Perform 10-14 complete pulmonary function testing sessions a day on adults: spirometry, lung volumes by "
          "body box and N2 washout, diffusing capacity, MIP/MEP and exhaled nitric oxide."),
    ("b", "Run methacholine challenge testing (about six a week) and impulse oscillometry for the asthma and COPD "
          "clinics."),
    ("b", "Run 4-6 CPX studies a week on the Ultima CardiO2 and Lode Corival with 12-lead EKG, SpO2 and ABG "
          "sampling; 6MWTs for pulmonary rehab and lung transplant referrals."),
    ("b", "Grade every maneuver for acceptability and reproducibility per ATS/ERS; moved the lab to GLI Global "
          "race-neutral reference values in 2023; pre-read reports for the pulmonologists in Cerner PowerChart."),
    ("b", "Equipment go-to for 2 body boxes, 5 spirometers and 2 diffusion systems: daily 3-L calibration syringe "
          "and volume linearity checks, box leak checks, CO/CH4 analyzer calibration, and diffusion test gas tanks "
          "tracked by lot and expiry."),
    ("b", "Weekly biologic control testing on three healthy staff volunteers per system; L-J charts reviewed "
          "monthly with the medical director; pulled a body box from service twice for drift."),
    ("b", "Schedule PMs and repairs with clinical engineering and MedGraphics field service; replace and clean "
          "pneumotachographs."),
    ("b", "Introduced MicroGard II in-line filters for every patient and moved reusable valves and mouthpieces to "
          "Cidex OPA processing, signed off by infection control."),
    ("b", "Maintain the lab's Radiometer ABL90 FLEX: daily QC, CO-oximetry calibration checks and CAP surveys, "
          "with no unacceptable survey results since 2020."),
    ("b", "Test patients at the monthly ALS clinic: upright and supine vital capacity, MIP/MEP and sniff nasal "
          "pressure."),
    ("job", "Respiratory Therapist / PFT Technologist - Sandia Heights Hospital, Albuquerque, NM - Jun 2014 to "
            "Mar 2019"),
    ("b", "Adult ICU and floor respiratory therapy (ventilators, ABGs, aerosol therapy) until 2016, then full time "
          "in the pulmonary function lab."),
    ("b", "Tested on CareFusion Jaeger MasterScreen Body and MasterScreen PFT systems running SentrySuite; ran the "
          "lab's spirometry outreach to two rural clinics."),
    ("b", "Earned CPFT in 2017; trained five therapists to perform spirometry."),
    ("b", "Kept equipment and QC logs for the 2018 JCAHO survey."),
    ("h", "Education"),
    ("p", "A.A.S., Respiratory Therapy - Sandia Valley Community College, Albuquerque, NM, 2014 "
          "(CoARC-accredited program)"),
    ("p", "B.S., Kinesiology - University of Northern New Mexico, Las Vegas, NM, 2011"),
    ("h", "Professional Memberships"),
    ("p", "AARC member since 2012 (Diagnostics section)"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "resume.docx")
