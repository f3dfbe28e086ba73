"""Build resume.pdf for heldout44-gamma-knife-service-engineer.

Layout quirks: one-to-two-page PDF with a Certifications & Training block straight after the summary (near the
top), and technical skills set in two columns with bold labels. Ex-Navy nuclear electronics technician, then
multi-vendor linac service, now a third-party Gamma Knife engineer.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("name", "ANDRE M. KOWALCZYK"),
    ("contact", "418 Sunnyslope Road, New Britain, CT 06051  |  (860) 555-0163  |  andre.kowalczyk@example.com  |  "
                "linkedin.com/in/example-akowalczyk"),
    ("h", "Summary"),
    ("p", "Field Service Engineer with nine years on medical radiation equipment after six years as a U.S. Navy "
          "nuclear electronics technician. Since 2021 the lead engineer for seven Gamma Knife sites in southern New "
          "England (four Perfexion, three Icon), holding 98.9% clinical uptime. At home with physicists, RSOs and "
          "state inspectors, and with both linac and Co-60 SRS work."),
    ("h", "Certifications & Training"),
    ("b", "Leksell Gamma Knife Icon Service Course, Level 2 - Elekta, Stockholm, 2022"),
    ("b", "Leksell Gamma Knife Perfexion Service Course - Elekta Learning Center, Atlanta, 2021"),
    ("b", "40-hour radiation safety course (RSO level), 2021"),
    ("b", "NRC Increased Controls: T&R approved for unescorted access, 2021 (re-reviewed 2024)"),
    ("b", "Hazmat employee training per 49 CFR 172.704 (DOT), renewed 2025"),
    ("b", "NFPA 70E arc flash training, 2024; OSHA forklift operator certification, 2022"),
    ("b", "CompTIA A+, 2018"),
    ("h", "Technical Skills"),
    ("cols", [
        ("Radiosurgery and therapy:", "Test and measurement:"),
        ("Gamma Knife Perfexion and Icon", "Fluke 87V DMM"),
        ("PPS, sector drive, shielding door", "Tektronix TBS2104B"),
        ("CBCT, HDMM, Catphan 604", "Megger MIT420"),
        ("GammaPlan 11 workstations", "PTW Farmer chamber, UNIDOS electrometer"),
        ("Elekta Synergy, Infinity, Versa HD linacs", "Ludlum Model 14C with 44-9 probe"),
        ("Regulatory and safety:", "IT and systems:"),
        ("10 CFR 35, Agreement State rules", "DICOM, MOSAIQ interfaces"),
        ("IEC 60601-1, NFPA 70E, LOTO", "Windows Server 2019, HL7 basics"),
        ("AAPM Task Group 178 QA", "Salesforce Field Service (FSL)"),
    ]),
    ("h", "Experience"),
    ("job", "Senior Field Service Engineer, SRS - Harborline Radiation Services, Wethersfield, CT - Aug 2021 to Present"),
    ("b", "Lead engineer for 7 Gamma Knife sites across Connecticut, Massachusetts and Rhode Island; 98.9% clinical "
          "uptime in 2025 against a 97% contract target."),
    ("b", "Complete about 30 PMs and 140 service calls a year; implemented 11 safety-related FCOs with no "
          "missed treatment days."),
    ("b", "Troubleshoot sector drive servo motor and encoder faults, PPS and shielding door failures to board level "
          "from schematics and service logs; mean time to repair 5.2 hours."),
    ("b", "Test interlocks, E-stop circuits and room radiation monitors after every repair and PM, on a checklist "
          "signed off by the site physicist."),
    ("b", "Support monthly and annual QA per AAPM Task Group 178: dosimetry with a PTW Farmer chamber and UNIDOS "
          "electrometer, CBCT geometry and Catphan 604 image checks, HDMM camera calibration."),
    ("b", "Supported two Perfexion Co-60 source exchanges (2022, 2024): rigging of the loading tool, radiation surveys "
          "with a Ludlum Model 14C, wipe tests and paperwork for the state license amendments."),
    ("b", "Keep GammaPlan 11 planning stations, DICOM links to MOSAIQ and Windows Server hosts patched with hospital "
          "IT; moved 3 sites to a new VLAN without a lost treatment day."),
    ("b", "Log every visit in Salesforce Field Service; 91% of 2025 service events closed without a repeat call."),
    ("b", "Apply LOTO and NFPA 70E arc-flash rules on all power-distribution work; zero recordable injuries."),
    ("job", "Field Service Engineer, Radiation Therapy - Northgate Oncology Service Partners (multi-vendor ISO), "
            "Springfield, MA - Mar 2017 to Jul 2021"),
    ("b", "Serviced 14 Elekta Synergy, Infinity and Versa HD linacs and 2 Varian Clinac iX units at 9 hospitals; "
          "fleet uptime 98.2%."),
    ("b", "Replaced magnetrons, waveguide components and couch drive motors; corrective maintenance averaged 4.1 "
          "hours on site."),
    ("b", "Ran IEC 60601-1 electrical safety tests after major repairs and kept service records audit-ready for "
          "state inspections."),
    ("b", "Trained 3 new engineers on linac PMs and beam tuning."),
    ("job", "Electronics Technician (Nuclear), ET1(SS) - U.S. Navy, Groton, CT and Norfolk, VA - Jun 2011 to Feb 2017"),
    ("b", "Reactor controls division on a fast-attack submarine: maintained nuclear instrumentation, reactor "
          "protection and rod control circuits; qualified Reactor Operator."),
    ("b", "Led 6 technicians through a 14-month maintenance period with zero critique-level errors."),
    ("h", "Education"),
    ("p", "Naval Nuclear Power School and Nuclear Power Training Unit - Goose Creek, SC, 2012"),
    ("p", "Electronics Technician (ET) A-School - Great Lakes, IL, 2011"),
    ("p", "A.A.S., Electronics Technology - Pinewood State Community College (credit for military training), 2016"),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
