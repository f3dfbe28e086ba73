"""Build resume.docx for heldout47-hospital-electrical-systems-tech.

Layout quirks: DOCX with the contact line in the page header (header_contact=True), licences before the
skills, skills in a two-column table, an electrician moving into clinical engineering.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("contact", "Fall River, MA 02720  |  (508) 555-0147  |  tomasz.wierzbicki@example.com"),
    ("name", "TOMASZ R. WIERZBICKI"),
    ("h", "Summary"),
    ("p", "Licensed journeyman electrician with ten years in the trade, the last six keeping a 320-bed hospital's "
          "emergency power and patient care wiring survey-ready. Hands-on with isolated power, receptacle and "
          "generator testing, Environment of Care rounds and TJC survey prep, and cross-trained with Clinical "
          "Engineering on electrical safety checks of patient care equipment. Looking to move fully into "
          "clinical engineering."),
    ("h", "Licenses & Certifications"),
    ("b", "Massachusetts Journeyman Electrician License (Class B), No. E-48213, 2018"),
    ("b", "CBET (AAMI) - exam scheduled March 2027"),
    ("b", "NFPA 70E arc flash safety training, renewed 2025"),
    ("b", "OSHA 10-Hour Construction, 2015"),
    ("b", "ASHE seminar: NFPA 99 Health Care Facilities Code for facility staff, 2023"),
    ("h", "Technical Skills"),
    ("table", [
        ("Codes & standards", "NFPA 99, NFPA 110, NFPA 101, NEC (Articles 517 and 700), NFPA 70E, "
                              "TJC EC chapter, CMS CoP"),
        ("Power systems", "Essential electrical system, standby generators (Cummins, Kohler), ATS, isolated power "
                          "panels and LIMs, Liebert UPS, switchgear and distribution panels"),
        ("Test equipment", "Fluke ESA620 safety analyzer, Fluke 87V DMM, Fluke 376 clamp meter, Megger MIT420 "
                           "insulation resistance tester, Woodhead 1760 tension tester, Ideal SureTest, FLIR E8 "
                           "thermal imaging camera"),
        ("Software", "IBM Maximo, JCI Metasys BMS, Microsoft Excel"),
    ]),
    ("h", "Experience"),
    ("job", "Lead Facilities Electrician - St. Anselm Medical Center, Fall River, MA - Mar 2020 to Present"),
    ("b", "Maintain the essential electrical system of a 320-bed acute care hospital: 6 standby generators "
          "(150 kW to 1.25 MW), 22 ATS (ASCO 7000 Series and Russelectric) and 4 Liebert UPS units."),
    ("b", "Ran monthly load tests on every generator and the triennial 4-hour test in 2021 and 2024; verified "
          "transfer times under 10 seconds on the life safety branch and critical branch ATS."),
    ("b", "Set up annual load bank testing for two lightly loaded units and ended their wet-stacking findings."),
    ("b", "Test 48 isolated power panels in 14 ORs, 2 cath labs and the ED trauma bays twice a year: LIM self-test "
          "and alarm checks, total hazard current readings; tracked down ground faults and cut nuisance LIM alarms "
          "from about 30 a month to 4 (Bender LIM2010 and Square D Iso-Gard units)."),
    ("b", "Run the yearly receptacle program: polarity, ground continuity and tension tested about 5,200 hospital "
          "grade outlets; replaced 410 worn devices and mapped every red emergency outlet to its branch panel."),
    ("b", "Test GFI receptacles in wet areas, kitchens and mechanical rooms monthly."),
    ("b", "Quarterly IR scans of switchgear and distribution panels; found 17 hot connections before they failed."),
    ("b", "Since 2023 cross-trained with Clinical Engineering: run electrical safety checks (leakage current, "
          "ground resistance, insulation resistance) on about 900 beds, stretchers and patient care devices a year "
          "with a Fluke ESA620."),
    ("b", "Built the EC.02.05.07 generator and ATS documentation binder; no electrical findings on the TJC surveys "
          "of 2022 and 2025."),
    ("b", "Led ILSM assessments for 9 renovation projects; reviewed single-line diagrams, panel schedules and "
          "schematics with contractors before every shutdown."),
    ("b", "Run the LOTO program and annual arc flash refresher for 12 maintenance staff."),
    ("b", "Close all work orders and PM records in IBM Maximo; set up generator and ATS alarm points in JCI Metasys."),
    ("job", "Journeyman Electrician - Coastline Electrical Contractors (IBEW Local 223), Taunton, MA - "
            "Jun 2016 to Feb 2020"),
    ("b", "Commercial and institutional work: nursing homes, schools and medical office buildings; service "
          "upgrades up to 2,000 A."),
    ("b", "Wired patient care receptacles and isolated power panels for a 6-OR ambulatory surgery center "
          "expansion to NEC Article 517."),
    ("b", "Megger-tested feeders before energizing; pulled Cat 6 data cabling for two clinic fit-outs."),
    ("h", "Education"),
    ("p", "A.A.S. in Electrical Technology - Quequechan Valley Community College, Fall River, MA, 2016"),
    ("p", "IBEW/NECA JATC inside wireman apprenticeship, 8,000 hours, completed 2018"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "resume.docx")
