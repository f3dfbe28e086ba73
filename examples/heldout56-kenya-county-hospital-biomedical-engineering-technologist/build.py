"""Build resume.docx for heldout56-kenya-county-hospital-biomedical-engineering-technologist.

Layout quirks: DOCX with the contact line in the page header, skills in a two-column table (label, content),
Kenyan/British wording (anaesthetic machines, theatre, job cards, condemnation, practising licence).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("name", "COLLINS KIPKEMOI ROTICH"),
    ("contact", "P.O. Box 3315-30100, Eldoret, Kenya  |  +254 555-0162  |  collins.rotich@example.com"),
    ("h", "Profile"),
    ("p", "Medical Engineering Technologist with seven years on hospital medical equipment: three years as a field "
          "engineer for a Managed Equipment Services (MES) subcontractor and four years running the equipment "
          "workshop of a Level 5 county hospital. Hands-on with theatre, ICU, renal unit, maternity and oxygen "
          "systems, and with the paperwork that goes with them - asset register, job cards, specifications and "
          "tender evaluation."),
    ("h", "Registration and Professional Membership"),
    ("b", "Registered Engineering Technologist, KETRB, Reg. No. ET/2021/0447 - practising licence valid to 31 Dec 2027"),
    ("b", "Member, Association of Medical Engineering of Kenya (AMEK)"),
    ("b", "Supervisory Skills Development Course, Kenya School of Government - enrolled, starts February 2027"),
    ("h", "Technical Skills"),
    ("table", [
        ("Theatre and ICU", "Dräger Fabius plus anaesthetic machines, Hamilton-C1 and Mindray SV300 ventilators, "
                            "multiparameter monitors, defibrillators, volumetric infusion pumps, syringe drivers, "
                            "diathermy machines, suction machines, operating tables, OT lights"),
        ("Renal", "Fresenius 4008S HD machines, RO plant, dialysate conductivity and temperature checks"),
        ("Maternity and newborn", "Baby incubators, phototherapy units, oxygen concentrators, CTG monitors"),
        ("Imaging (first-line)", "DR rooms, mobile X-ray, CT scanner, ultrasound"),
        ("Oxygen and gases", "Pressure swing adsorption oxygen plant, cylinder manifold, medical gas pipeline, "
                             "oxygen purity analyser"),
        ("Sterilisation", "Autoclaves (Tuttnauer, Shinva), Bowie-Dick test"),
        ("Test equipment", "Fluke ESA615, Fluke Impulse 7000DP, ProSim 8, Fluke VT650 gas flow analyser, "
                           "Fluke 87V multimeter"),
        ("Standards and regulation", "IEC 62353, PPADA 2015, PPB device registration, Kenya Bureau of Standards"),
        ("Software", "Computerised maintenance management system (eMMS), MS Office, AutoCAD basics"),
    ]),
    ("h", "Work Experience"),
    ("job", "Medical Engineering Technologist I - Mlima County Referral Hospital, Uasin Gishu - Jan 2023 to Present"),
    ("b", "Lead a workshop of 5 technologists and 2 technicians covering about 2,900 devices; PPM completion rose "
          "from 54% to 91% in two years."),
    ("b", "Cut average breakdown repairs time for ICU and theatre equipment from 9 days to 3 days by keeping a "
          "spares stock and calling vendors on day one."),
    ("b", "Run electrical safety testing to IEC 62353 on the Fluke ESA615 and performance testing of defibrillators "
          "with the Fluke Impulse 7000DP and monitors with the ProSim 8 - about 600 devices a year; calibration "
          "records filed for every device."),
    ("b", "Operate and maintain the 1,000 LPM pressure swing adsorption oxygen plant and cylinder manifold; daily "
          "oxygen purity logs (kept above 93%) and quarterly alarm tests on the medical gas pipeline."),
    ("b", "Service 10 Fresenius 4008S HD machines and the RO plant in the renal unit; monthly dialysate and water "
          "checks with the renal nurses."),
    ("b", "Rebuilt the asset register (2,900 items, tag numbers, location, condition) and moved all job cards into "
          "the county computerised maintenance management system."),
    ("b", "Wrote technical specifications for KES 86 million of procurement under PPADA 2015; sat on 11 tender "
          "evaluation and 14 Inspection and Acceptance Committee meetings; checked PPB registration for each "
          "device."),
    ("b", "Supervised installation and commissioning of 4 new theatres; gave user training to 140 nurses and "
          "clinical officers."),
    ("b", "Prepared condemnation and disposal lists for 230 unserviceable items for the board of survey."),
    ("b", "Prepared the X-ray room licence renewal files for the Radiation Protection Board inspection in 2023."),
    ("job", "Field Service Engineer - Rift Medical Systems Ltd (MES subcontractor for Philips and GE Healthcare), "
            "Nakuru - Mar 2020 to Dec 2022"),
    ("b", "Covered 9 county hospitals under the MES contract: theatre, ICU, renal and DR equipment; kept uptime "
          "at 95% against the SLA."),
    ("b", "Installed and serviced anaesthetic machines, ventilators and monitors; completed factory training on "
          "Mindray and Philips monitoring systems (2021)."),
    ("job", "Medical Engineering Technician (Intern) - Nakuru Level 5 Hospital - Jun 2019 to Feb 2020"),
    ("b", "Repaired baby incubators, oxygen concentrators and autoclaves in maternity and CSSD."),
    ("h", "Education"),
    ("p", "BTech Medical Engineering - Technical University of Kenya, Nairobi - part-time, in progress (expected Dec 2027)"),
    ("p", "Diploma in Medical Engineering - Kenya Medical Training College, Nairobi, 2019 (Credit)"),
    ("p", "KCSE, Kapsabet Boys High School, 2015 (B+)"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "resume.docx")
