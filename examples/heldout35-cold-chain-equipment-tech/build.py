#!/usr/bin/env python3
"""Build resume.docx for heldout35-cold-chain-equipment-tech.

Layout quirks: contact line only in the page header, letter-spaced section headings,
technical skills in a two-column table.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx  # noqa: E402

RESUME = [
    ("contact", "8821 SW Farmington Rd, Beaverton, OR 97007  |  (503) 555-0138  |  elias.vandermolen@example.com"),
    ("name", "ELIAS J. VANDERMOLEN"),
    ("h", "S U M M A R Y"),
    ("p", "Biomedical equipment technician (BMET II) with 4 years of hospital HTM experience, currently the go-to "
          "tech for lab, blood bank and pharmacy cold storage at a 310-bed medical center. Before HTM: 4 years as a "
          "USAF HVAC/R craftsman and 4 years servicing commercial refrigeration for grocery, foodservice and "
          "cold-storage accounts. Comfortable from the compressor to the alarm dialer."),
    ("h", "C E R T I F I C A T I O N S"),
    ("b", "EPA 608 Universal Technician Certification - ESCO Institute, 2013"),
    ("b", "CBET (AAMI Credentials Institute) - exam scheduled April 2026"),
    ("b", "Helmer Scientific i.Series factory service training, 2023"),
    ("b", "CompTIA A+, 2021"),
    ("b", "OSHA 10-Hour General Industry, 2019"),
    ("h", "T E C H N I C A L   S K I L L S"),
    ("table", [
        ("Cold storage equipment",
         "Helmer i.Series blood bank refrigerators and plasma freezers; Helmer platelet incubators and agitators; "
         "ultra-low freezers (Thermo Scientific TSX, Thermo Forma 88000, Panasonic MDF-DU702VH); medication "
         "refrigerators; LN2 dewars (MVE, Taylor-Wharton)"),
        ("Refrigeration",
         "Scroll and reciprocating compressors, condensers, evaporators, TXVs and EEVs, defrost timers, door "
         "gaskets and heater wires; brazing with nitrogen purge; triple evacuation; refrigerant recovery and "
         "charging (R-404A, R-134a, R-290, R-600a); leak detection"),
        ("Controls & monitoring",
         "Dixell and Carel controllers; TempTrak wireless temperature monitoring (sensors, gateways, alarm "
         "escalation); circular chart recorders; dry-contact remote alarm wiring to the Siemens Desigo building "
         "automation system"),
        ("Calibration & validation",
         "NIST-traceable reference thermometer (Fluke 1524 with PRT probe); alarm setpoints and controller "
         "offsets; thermal mapping with LogTag data loggers; IQ/OQ paperwork for new units"),
        ("Tools & test equipment",
         "Fieldpiece SMAN460 digital manifold, micron gauge, vacuum pump, Appion G5Twin recovery unit, Inficon "
         "D-TEK Stratus electronic leak detector, Fluke 87V, Fluke 376 FC clamp meter, megger, Fluke ESA615 "
         "electrical safety analyzer"),
        ("Standards & systems",
         "AABB, TJC EC standards, NFPA 99 (essential electrical system), CDC Toolkit and Vaccines for Children "
         "program; AIMS work orders; 802.11 settings and static IPs for wireless sensors"),
    ]),
    ("h", "E X P E R I E N C E"),
    ("job", "Biomedical Equipment Technician II - Tualatin Valley Medical Center, Hillsboro, OR - Aug 2021 to Present"),
    ("b", "Own PMs and repairs for 430 refrigerators, freezers, incubators and agitators across the lab, blood bank, "
          "pharmacy, L&D milk room and two infusion clinics."),
    ("b", "First responder for temperature alarms on the 1-in-3 on-call rotation; move product to backup units "
          "with blood bank staff and document excursions, root cause and corrective action."),
    ("b", "Replaced a failed compressor on a Helmer plasma freezer in 9 hours, including brazing and triple "
          "evacuation, with 38 units of FFP held in backup storage and no product loss."),
    ("b", "Installed CO2 backup systems on six -80 freezers in the research core and tested them quarterly."),
    ("b", "Thermal mapping of two new pharmacy walk-in coolers with 15 LogTag data loggers over 72 hours; wrote "
          "the reports for pharmacy leadership."),
    ("b", "Calibrate controllers, displays and alarm setpoints quarterly against a NIST-traceable reference; "
          "verify remote alarm contacts and power-failure alarms."),
    ("b", "Set up pharmacy vaccine refrigerators to the CDC Toolkit and Vaccines for Children program checklists."),
    ("b", "Electrical safety testing per NFPA 99 and incoming inspections; close work orders in AIMS."),
    ("b", "Keep blood bank equipment records ready for AABB assessments and TJC surveys."),
    ("job", "Refrigeration Service Technician - Columbia Basin Mechanical, Portland, OR - Jul 2017 to Jul 2021"),
    ("b", "Serviced commercial refrigeration for grocery, restaurant and cold-storage accounts: reach-ins, walk-in "
          "coolers and freezers, ice machines and parallel rack systems."),
    ("b", "Replaced start caps, contactors, fan motors and TXVs; diagnosed low-charge and restriction faults with "
          "superheat and subcooling."),
    ("b", "Serviced Thermo King reefer units for a regional food distributor."),
    ("b", "Recovered and recharged refrigerant per EPA 608 with full cylinder and leak-repair documentation."),
    ("job", "HVAC/R Craftsman (AFSC 3E1X1) - U.S. Air Force, Spokane, WA - Jun 2013 to Jun 2017"),
    ("b", "Completed the USAF HVAC/R Apprentice Course; maintained medical and dental clinic refrigeration, "
          "dining facility walk-ins and mission chillers."),
    ("h", "E D U C A T I O N"),
    ("p", "A.A.S., Biomedical Electronics Technology - Willamette Valley Technical College, Salem, OR, 2021"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "resume.docx")
