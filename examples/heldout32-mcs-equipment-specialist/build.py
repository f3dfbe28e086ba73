"""Build resume.docx for heldout32-mcs-equipment-specialist.

Layout quirks: contact line only in the page header, letter-spaced section headings,
skills in a two-column table.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx  # noqa: E402

RESUME = [
    ("contact", "Kendra L. Whitcombe  |  2207 SE Hawthorne Blvd, Portland, OR 97214  |  (503) 555-0173  |  "
                "kendra.whitcombe@example.com"),
    ("name", "KENDRA L. WHITCOMBE"),
    ("h", "S U M M A R Y"),
    ("p", "Biomedical equipment technician with 8 years of hospital HTM experience, the last 5 as the cardiac services "
          "lead at a 410-bed hospital with an open-heart, ECMO and temporary VAD program. Day-to-day owner of the IABP "
          "fleet, HLMs and heater-coolers, and first-line support for Cardiohelp, CentriMag and Impella. Looking to "
          "specialize in mechanical circulatory support."),
    ("h", "C E R T I F I C A T I O N S"),
    ("b", "CBET (Certified Biomedical Equipment Technician), AAMI Credentials Institute - exam scheduled November 2026"),
    ("b", "BLS Provider, American Heart Association - expires 04/2027"),
    ("b", "Maquet Cardiosave Hybrid / Rescue IABP factory service training - 2022"),
    ("b", "Sorin S5 HLM technical service course - 2020"),
    ("b", "CompTIA A+ - 2019"),
    ("b", "ACT WorkKeys National Career Readiness Certificate (Gold) - 2016"),
    ("h", "S K I L L S"),
    ("table", [
        ("Balloon pumps", "Maquet Cardiosave Hybrid and Rescue, Datascope CS300; Arrow AC3 Optimus"),
        ("ECMO / temporary VAD", "Maquet Cardiohelp (HLS Set Advanced), Rotaflow with emergency drive and hand crank; "
                                 "CentriMag 2nd-gen console and motor; Impella AIC (first-line checks, cart swaps)"),
        ("Perfusion / cardiac surgery", "Sorin S5 and Terumo System 1 HLMs; Sorin 3T and Maquet HCU 40 heater-coolers; "
                                        "Hemochron Signature Elite; CDI 500; Sechrist air/oxygen blenders"),
        ("Test equipment", "Fluke ESA620 and ESA612, ProSim 8, Fluke DPM4 pressure meter, Cadex C7400 battery analyzer, "
                           "Fluke 1524 reference thermometer"),
        ("Standards / systems", "NFPA 99; TJC EC.02.04.01 and EC.02.04.03; CMS CoPs; MEMP; SMDA reporting; ECRI Alerts; "
                                "AIMS (current), TMS (previous)"),
    ]),
    ("h", "E X P E R I E N C E"),
    ("job", "Biomedical Equipment Technician II (Cardiac Services Lead) - Eliza Abbott Memorial Hospital, Portland, OR - "
            "Jun 2021 to Present"),
    ("b", "Own PMs and electrical safety inspections for 14 IABPs, 6 HLMs, 7 heater-coolers, 4 Cardiohelp units, "
          "3 CentriMag consoles and 9 Impella AIC consoles; 100% on-time PM completion on life-support equipment since 2022."),
    ("b", "Daily readiness checks on the standby ECMO cart and balloon pumps, including hand crank and emergency drive function."),
    ("b", "Built the heater-cooler program after the M. chimaera safety communications: disinfection schedule per the IFU, "
          "exhaust moved away from the sterile field, tracking in AIMS."),
    ("b", "Li-ion battery capacity testing on the Cadex analyzer for IABP and ECMO consoles; retired 38 packs in 2024."),
    ("b", "Worked 4 recalls and field safety notices on Cardiosave and CentriMag, including a Class I recall: pulled serial "
          "numbers, quarantined units, coordinated vendor remediation and closed out in AIMS."),
    ("b", "Run competency checkoffs for CVICU nurses and perfusionists on IABP setup and heater-cooler use."),
    ("b", "Joined 3 RCAs on IABP and ECMO events; pulled alarm logs and wrote the device summaries used for SMDA reporting."),
    ("b", "Acceptance testing of 22 new devices for the 2023 CVICU expansion; updated MEMP risk scores for the MCS inventory."),
    ("b", "Second shift (3 PM - 11:30 PM) for cardiac surgery and the cath lab, 2021-2023; now on call for ECMO and IABP "
          "one week in five."),
    ("job", "Biomedical Equipment Technician I - Willamette Crest Medical Center, Salem, OR - Aug 2018 to May 2021"),
    ("b", "General biomed for a 260-bed hospital: infusion pumps, monitors, defibrillators and ventilators; PMs tracked in TMS."),
    ("b", "Assisted the senior tech with IABP PMs and Sorin S5 HLM service; covered cath lab and surgery calls."),
    ("h", "E D U C A T I O N"),
    ("p", "A.A.S., Biomedical Engineering Technology - Cascade Ridge Community College, Oregon City, OR, 2018"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "resume.docx")
