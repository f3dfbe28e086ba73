"""Build resume.docx for heldout50-oncology-clinic-mlt.

Layout quirks: DOCX with the contact line only in the page header, certifications and licensure right after the
summary (the Florida licence still pending), technical skills in a two-column table, continuing education last.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("name", "LETICIA M. OKONJO, MLT(ASCP)CM"),
    ("contact", "Savannah, GA 31405 (relocating to Port Alder, FL, April 2027)  |  (912) 555-0162  |  "
                "leticia.okonjo@example.com"),
    ("h", "Summary"),
    ("p", "Medical laboratory technician with five years in a hospital core lab, most of it on day shift covering the "
          "hospital's hem/onc infusion suite. Fast and careful on the hematology bench: manual diffs, slide reviews and "
          "red cell morphology are what I like best. Also run the reference lab bench two days a week and back up the POCT "
          "coordinator."),
    ("h", "Certification and Licensure"),
    ("b", "MLT(ASCP)CM, Board of Certification, 2021"),
    ("b", "Florida Clinical Laboratory Technician license (Hematology, Clinical Chemistry) - application submitted "
          "January 2027, approval pending"),
    ("b", "IATA Dangerous Goods Regulations, Division 6.2 shipper training, 2025"),
    ("b", "BLS for Healthcare Providers (AHA), current"),
    ("h", "Technical Skills"),
    ("table", [
        ("Hematology", "Sysmex XN-1000 with CellaVision DM1200; complete blood counts, manual diffs, slide review, "
                       "red cell morphology, retics, Wright-Giemsa hand stains"),
        ("Chemistry / immunoassay", "Roche cobas 6000 (c 501 / e 601): comprehensive metabolic panels, LDH, lipids; "
                                    "ECLIA immunoassays: CEA, CA-125, CA 19-9, PSA, alpha-fetoprotein, ferritin"),
        ("Hemostasis", "Sysmex CS-2500: PT/INR, PTT, fibrinogen"),
        ("Urines", "UA with microscopics, Siemens CLINITEK Advantus"),
        ("POCT", "i-STAT (Chem8+), Accu-Chek Inspire glucometers, urine pregnancy tests"),
        ("Quality", "Westgard multirules, L-J charts, cal ver, AMR, CAP surveys, corrective action"),
        ("Systems", "Cerner PathNet LIS, middleware autoverification rules, Microsoft Office"),
    ]),
    ("h", "Experience"),
    ("job", "Medical Laboratory Technician II - Lowcountry Regional Medical Center, Savannah, GA - Jun 2021 to Present"),
    ("b", "Run 250-300 complete blood counts a shift on the Sysmex XN-1000 and CellaVision DM1200; perform 30-40 manual "
          "diffs and slide reviews a shift and refer blasts and suspected APL to the hematopathologist."),
    ("b", "Cover the 28-chair hem/onc infusion suite: cut median turnaround of pre-chemo labs from 74 to 41 "
          "minutes by batching STAT tubes and moving the infusion draws to a dedicated centrifuge."),
    ("b", "Chemistry and ECLIA immunoassays on the Roche cobas 6000, including about 120 CEA, CA-125 and PSA "
          "results a day for the oncology clinics."),
    ("b", "Reference lab bench two days a week: referral testing to Mayo Medical Laboratories and ARUP (flow cytometry, "
          "serum protein electrophoresis, BCR-ABL PCR), about 45 specimens a day, packed as UN3373 on dry ice or cold "
          "packs and tracked to result in Cerner PathNet."),
    ("b", "Daily QC review with Westgard multirules and monthly L-J charts; helped run cal ver and AMR studies on both "
          "cobas analyzers; CAP surveys 100% acceptable in hematology 2023-2025; wrote corrective action for three "
          "QC shifts."),
    ("b", "Review middleware holds, release results by autoverification and phone critical values with read-back; "
          "about 15 calls a shift."),
    ("b", "Backup POCT coordinator: i-STAT and glucometers for 60 operators; ran annual competency assessments and "
          "QC lockout reviews."),
    ("b", "Instrument maintenance and troubleshooting on XN-1000, cobas 6000 and CS-2500; trained four new MLTs."),
    ("b", "Worked the 2024 CAP inspection (no hematology deficiencies); keep bench records to CLIA and OSHA requirements."),
    ("job", "Laboratory Assistant / Phlebotomist - Lowcountry Regional Medical Center Outpatient Lab, Savannah, GA - "
            "Jan 2018 to May 2021"),
    ("b", "Venipuncture and fingersticks for 60-80 outpatients a day, including the cancer center's pre-chemo draws."),
    ("b", "Accessioning, specimen processing and packaging of referral specimens for the outpatient service."),
    ("h", "Education"),
    ("p", "Associate of Applied Science (A.A.S.), Medical Laboratory Technology - Tidewater Coastal Technical College, "
          "Savannah, GA, 2021. NAACLS-accredited program; clinical practicum 640 hours in hematology, chemistry, "
          "microbiology and blood bank."),
    ("h", "Continuing Education"),
    ("b", "ASCLS-GA Spring Seminar 2025: leukemia morphology workshop (6 P.A.C.E. hours)"),
    ("b", "CellaVision Proficiency Software, 2024 (12 cases)"),
    ("b", "ASCP webinar: flow cytometry basics for the generalist, 2023"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "resume.docx")
