#!/usr/bin/env python3
"""Build resume.pdf for heldout28-cah-biomed-imaging (letter-spaced headings, skills in two columns)."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_pdf  # noqa: E402

RESUME = [
    ("name", "TESSA M. LINDGREN"),
    ("contact", "418 E. 10th Street, Baxter Springs, KS 66713  |  (620) 555-0138  |  tessa.lindgren@example.com"),
    ("h", "S U M M A R Y"),
    ("p", "Biomedical equipment technician with 3 years of biomed experience, first in the field for an independent "
          "service organization and now in-house at a 49-bed rural hospital, plus two years in a hospital lab before "
          "that. Used to being the only tech in the building: PMs, repairs, incoming inspections, and first call for "
          "radiology and lab equipment until the vendor's engineer gets there."),
    ("h", "C E R T I F I C A T I O N S"),
    ("b", "CABT - Certified Associate in Biomedical Technology, AAMI Credentials Institute, 2023 (CBET eligible 2026)"),
    ("b", "CompTIA A+ - Core 1 passed Sept 2025; Core 2 scheduled January 2027"),
    ("b", "EPA 608 Universal technician certification, 2022"),
    ("b", "Mindray BeneView / Hypervisor factory service training, 2024"),
    ("b", "OSHA 10-Hour General Industry, 2022"),
    ("h", "T E C H N I C A L   S K I L L S"),
    ("cols", [
        ("General biomed:", "Imaging and lab (first line):"),
        ("IV pumps: Alaris 8015 PC, Sigma Spectrum", "Shimadzu RADspeed room; GE AMX 4+ portable"),
        ("Monitors: Mindray BeneView, Philips MX450", "Carestream DRX-1 detectors, Fuji CR readers"),
        ("Tele: Mindray Hypervisor central station", "GE Optima CT540: warm-ups, air cals, tube log"),
        ("Defibs: ZOLL R Series, LIFEPAK 15, AEDs", "GE LOGIQ E10 probe and cable checks"),
        ("EKG: GE MAC 5500 HD; Welch Allyn Spot VS", "OEC 9900 Elite C-arm"),
        ("Corometrics 259cx fetal monitors", "Hologic Horizon DXA"),
        ("Panda iRes infant warmers", "Lab: Sysmex XN-550, Piccolo Xpress, i-STAT"),
        ("Respironics V60 BiPAP; Trilogy vents", "Centrifuge RPM checks, photo tachometer"),
        ("ForceTriad ESU; Amsco surgical tables", "STERIS Amsco 400 steam sterilizers"),
        ("Stryker beds and stretchers", "Fluke ESA615, ProSim 8, Impulse 7000DP, IDA-5"),
    ]),
    ("cols", [
        ("Systems and standards:", "Computer and network:"),
        ("AIMS work orders and inventory", "Windows 10/11, MS Office"),
        ("NFPA 99 electrical safety", "IP addressing, VLAN basics"),
        ("Joint Commission EC chapter; CMS CoPs", "DICOM send / worklist troubleshooting"),
        ("AEM programs; recalls and ECRI alerts", "PACS (Fuji Synapse) image routing"),
    ]),
    ("h", "E X P E R I E N C E"),
    ("job", "Biomedical Equipment Technician I - Spring River Regional Hospital, Columbus, KS - Mar 2025 to Present"),
    ("b", "Day-shift biomed tech for a 49-bed rural hospital with about 1,100 devices; complete 96% of scheduled PMs on time."),
    ("b", "Perform electrical safety testing and performance checks on incoming, repaired and PM'd equipment and tag out anything that fails."),
    ("b", "First responder for Radiology: run CT warm-ups and air calibrations on the GE Optima CT540 when techs see ring artifacts, keep the CT tube log, and open OEM service calls with GE HealthCare before the FE is dispatched."),
    ("b", "Swap DR detector batteries and chargers, clean CR reader rollers, and inspect lead aprons and thyroid shields under fluoro each January with the radiology lead."),
    ("b", "First-line troubleshooting on the Sysmex XN-550 and Piccolo Xpress; verify centrifuge speeds with a photo tachometer; manage TempTrak wireless temperature monitoring for lab, blood bank and pharmacy refrigerators."),
    ("b", "PM and door-gasket, steam-trap and printer repairs on STERIS Amsco 400 sterilizers and the Branson ultrasonic cleaner in SPD."),
    ("b", "Walk monthly med gas zone valve and master alarm panel checks with the Facilities lead."),
    ("b", "Pulled PM histories and our AEM inventory list for the 2025 Joint Commission survey; no EC findings for medical equipment."),
    ("job", "Biomedical Equipment Technician I (Field) - Four-State Biomedical Services, Joplin, MO - Jun 2023 to Feb 2025"),
    ("b", "Ran PMs and electrical safety inspections for 30 clinics, surgery centers and long-term care facilities in KS, MO and OK."),
    ("b", "Repaired IV pumps, patient monitors, vital signs monitors, ECG carts and autoclaves (Midmark M11, Tuttnauer 3870)."),
    ("b", "Helped the senior tech replace the high-voltage cables on a clinic X-ray generator and re-ran the kVp checks afterward."),
    ("b", "Kept every work order and asset record in AIMS; closed 92% of corrective work orders within 5 days."),
    ("job", "Laboratory Assistant - Ozark Regional Medical Center, Joplin, MO - Aug 2019 to May 2021"),
    ("b", "Processed and centrifuged specimens; ran daily maintenance and QC on the Sysmex XN-550 hematology analyzer and Beckman AU480 chemistry analyzer."),
    ("b", "Logged blood bank refrigerator and freezer temperatures and called biomed for alarms."),
    ("job", "Patient Care Assistant (PCA), Med-Surg - Ozark Regional Medical Center, Joplin, MO - Jun 2018 to Aug 2019"),
    ("b", "Took vital signs, set up beds and bed alarms, and reported broken equipment to biomed."),
    ("h", "E D U C A T I O N"),
    ("p", "A.A.S., Biomedical Equipment Technology - Neosho Valley Technical College, Parsons, KS, 2023"),
    ("p", "Course work: DC/AC circuits and electronics troubleshooting, solid-state devices, medical equipment I and II, radiology equipment, lab equipment, networking. "
          "Internship: 400 hours in Clinical Engineering at Crawford Valley Medical Center, Pittsburg, KS."),
]


def main() -> None:
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")


if __name__ == "__main__":
    main()
