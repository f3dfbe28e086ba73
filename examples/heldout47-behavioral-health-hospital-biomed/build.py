"""Build resume.docx for heldout47-behavioral-health-hospital-biomed.

Layout quirks: DOCX with the contact line in the page header (header_contact=True), skills in a
two-column table, and certifications at the very end after Education.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("name", "ANDRE L. CASTELLANOS"),
    ("contact", "Norman, Oklahoma  |  (405) 555-0162  |  andre.castellanos@example.com"),
    ("h", "Profile"),
    ("p", "Biomedical equipment technician with six years in hospitals, the last three as the assigned BMET for a 64-bed "
          "adult and adolescent psychiatric pavilion and a crisis stabilization center. At home with anti-ligature "
          "equipment choices, electroconvulsive therapy device support and survey-ready records. Looking for a "
          "psychiatric hospital network that aims to keep patients and staff safe with equipment that works and is "
          "hard to misuse."),
    ("h", "Technical Skills"),
    ("table", [
        ("Equipment", "Philips IntelliVue MX450 and Welch Allyn Connex physiologic monitors; Masimo Rad-7 pulse "
                      "oximeters; GE MAC 5500 HD EKG machines; ZOLL R Series defibrillators; ZOLL AED Plus and "
                      "HeartStart FRx AEDs; Thymatron IV electroconvulsive therapy device; Alaris and Sigma Spectrum "
                      "IV pumps; Laerdal LSU and vacuum regulators; Hill-Rom Centrella and Stryker S3 beds; Invacare "
                      "Perfecto2 concentrators; Rauland Responder 5 nurse call"),
        ("Test equipment", "Fluke ESA620, ProSim 8 patient simulator, Impulse 7000DP defib analyzer, Fluke 87V DMM, "
                           "Tektronix TBS1052B oscilloscope"),
        ("Standards and compliance", "NFPA 99, TJC EC.02.04.03, suicide-risk National Patient Safety Goal, CMS CoPs, "
                                     "EOC rounds, ECRI Alerts, LOTO"),
        ("Software", "Accruent TMS (computerized maintenance management system), Microsoft 365, Rauland Responder "
                     "administration tool"),
        ("Other", "Vendor management, service agreements, schematics, incoming inspections"),
    ]),
    ("h", "Experience"),
    ("job", "BMET II - Cimarron Valley Health, Norman, OK - Apr 2022 to Present"),
    ("b", "Assigned BMET for the 64-bed Cimarron Behavioral Health Pavilion (adult, adolescent and geriatric psychiatric "
          "units) and a 16-chair crisis stabilization center, about 1,150 devices; cover the 310-bed main hospital "
          "one week in four."),
    ("b", "Complete 96-100% of scheduled PMs each month; electrical safety testing to NFPA 99 with a Fluke ESA620 on "
          "every PM and incoming inspection."),
    ("b", "Support two Thymatron IV electroconvulsive therapy devices: monthly self-test, annual performance "
          "verification to Somatics specifications, cable and stimulus electrode inspections; no treatment days "
          "lost to equipment in three years."),
    ("b", "Led the equipment side of the pavilion's anti-ligature retrofit with nursing and facilities: replaced 48 "
          "bedside monitor mounts and cords in patient areas, moved 22 vacuum regulators into locked cabinets and "
          "swapped 30 pull-cord stations for anti-ligature pushbutton stations on the Rauland Responder 5 nurse call."),
    ("b", "Walk monthly EOC rounds with Safety and Nursing (140 equipment findings closed in 2025) and present "
          "quarterly PM completion and incident data to the EOC committee."),
    ("b", "Check 38 AEDs (ZOLL AED Plus, HeartStart FRx) monthly for pads, battery and self-test; replaced 210 pad sets "
          "ahead of expiration. Test ZOLL R Series defibrillators with an Impulse 7000DP defib analyzer."),
    ("b", "Work ECRI Alerts and FDA recall notices within five business days; 100% closed and documented for "
          "2024-2025."),
    ("b", "Vendor management for beds, nurse call and the electroconvulsive therapy suite: scheduled OEM visits, reviewed service "
          "reports and renegotiated three service agreements (saved $18,400 a year)."),
    ("b", "Record all work orders in Accruent TMS; zero equipment findings in the 2024 TJC survey and the 2025 CMS "
          "validation survey."),
    ("job", "Biomedical Technician I - Cimarron Valley Health, Norman, OK - Jun 2019 to Mar 2022"),
    ("b", "PMs and repairs on IV pumps, physiologic monitors, EKG machines, beds and suction; about 90 work orders a "
          "month across med-surg, ED and the psychiatric pavilion."),
    ("b", "Board swaps and cable repair on monitors and defibrillators using service manuals and schematics."),
    ("b", "Helped prepare equipment records for a CMS CoPs validation survey; rebuilt 600 inventory records after the "
          "TMS upgrade."),
    ("job", "Home Medical Equipment Technician - Sooner HME Services, Oklahoma City, OK - Aug 2017 to May 2019"),
    ("b", "Delivered, set up and serviced Invacare Perfecto2 concentrators, semi-electric home beds and portable "
          "aspirators for about 400 patients; cleaned and checked returned equipment before reissue."),
    ("h", "Education"),
    ("p", "A.A.S., Biomedical Engineering Technology - Red River Technical College, Oklahoma City, OK, 2019"),
    ("h", "Certifications and Training"),
    ("b", "CompTIA A+, 2020"),
    ("b", "CBET (AAMI) - exam scheduled February 2027"),
    ("b", "Handle With Care behavior management training (hospital-required), renewed 2025"),
    ("b", "Somatics Thymatron IV service training, 2023"),
    ("b", "Valid Oklahoma driver license, clean record"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "resume.docx")
