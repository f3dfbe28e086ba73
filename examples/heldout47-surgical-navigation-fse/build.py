"""Build resume.pdf for heldout47-surgical-navigation-fse.

Layout quirks: PDF with the technical skills in two columns (labels ending ':'), Navy service listed as a job,
certifications after experience, and an address in Aurora, CO (a place name that is also an NDI tracker).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("name", "ANDERS K. WHITFIELD"),
    ("contact", "14205 E. Alameda Place, Aurora, CO 80012  |  (720) 555-0147  |  anders.whitfield@example.com  |  "
                "Relocating to Charlotte, NC, spring 2026"),
    ("h", "Summary"),
    ("p", "Field service engineer with nine years around the operating room: four years installing and supporting IGS "
          "and intraoperative imaging systems across Colorado, Wyoming and Utah, one year as a hospital BMET for "
          "surgical services, and five years as a U.S. Navy biomedical equipment technician. Comfortable in scrubs at "
          "6 AM, at a cart PC with a log file at midnight, and on the phone with a neurosurgeon who needs the camera "
          "back now."),
    ("h", "Technical Skills"),
    ("cols", [
        ("Navigation and tracking:", "Service and test equipment:"),
        ("Medtronic StealthStation S7 and S8", "PMs, camera calibrations, accuracy checks"),
        ("Polaris Spectra optical tracking cameras", "Fluke ESA620 safety analyzer, IEC 62353"),
        ("AxiEM EM tracking (ENT and cranial)", "Fluke 87V DMM, Tektronix TBS1052B"),
        ("Tracked probes and instruments", "FRU swaps, component-level troubleshooting"),
        ("Intraoperative imaging:", "IT and networking:"),
        ("Medtronic O-arm O2, Ziehm RFD 3D", "Windows 10, RHEL 7 command line"),
        ("Brainlab Airo interface and DICOM push", "TCP/IP, VLANs, static IPs, DICOM, PACS"),
        ("OEC 9900 and Ziehm C-arms, fluoro", "HD-SDI and HDMI video routing"),
        ("Quality and compliance:", "Business systems:"),
        ("ISO 13485:2016 QMS, FDA QSR (21 CFR 820)", "ServiceMax, SAP"),
        ("Complaint handling, MDR reportability, CAPA", "Vendormate, RepTrax"),
    ]),
    ("h", "Experience"),
    ("job", "Field Service Engineer, Neuro and Spine Navigation - Meridian Neuro Technologies, Inc., Denver, CO - "
            "Mar 2021 to Present"),
    ("b", "Install, service and repair surgical navigation systems and intraoperative imaging at 34 hospitals in "
          "Colorado, Wyoming and Utah; territory of 61 StealthStation and 14 O-arm units."),
    ("b", "Complete 210+ PMs a year: camera calibrations, accuracy checks on the calibration phantom, tracked "
          "instrument checks and electrical safety tests to IEC 62353; 99.2% uptime on contract systems in 2024."),
    ("b", "On-site engineer (case coverage) for 140 live neuro, spine and ENT cases, including DBS and biopsy cases; "
          "no case cancelled for a navigation fault in the last two years."),
    ("b", "Set up auto-registration between O-arm O2 and StealthStation S8 after imaging software upgrades at 9 sites; "
          "fixed DICOM push and PACS query problems with hospital IT."),
    ("b", "Troubleshoot to the FRU level (camera heads, IR illuminators, cart PCs, isolation transformers) and return "
          "failed parts on RMAs; keep a $48K trunk stock at 98% cycle-count accuracy."),
    ("b", "Worked with clinical engineering and hospital IT to move 22 systems onto dedicated VLANs; rebuilt HD-SDI "
          "video routing to boom monitors in 3 hybrid ORs and one integrated operating room (Storz OR1)."),
    ("b", "Logged 85 product complaints and adverse events within 24 hours, flagged 6 for MDR review and supplied "
          "field data to two CAPA investigations."),
    ("b", "Completed 30 field modifications and 2 recall retrofits ahead of deadline; write service reports in ServiceMax "
          "the same day and closed 1,100 service cases with a 96% first-time fix rate."),
    ("b", "Keep Vendormate and RepTrax vendor credentialing current at every site; work to sterile technique next to "
          "the sterile field."),
    ("job", "Biomedical Equipment Technician II - Front Range Regional Medical Center, Aurora, CO - "
            "Jun 2019 to Feb 2021"),
    ("b", "Maintained about 1,400 surgical services devices for 18 ORs: C-arms, video towers, ESUs, tables and lights."),
    ("b", "Did PMs and repairs on 6 OEC 9900 C-arms and first-line support on 2 StealthStation S7 systems."),
    ("b", "Completed annual radiation worker training and ran the department's lead apron inspection program."),
    ("job", "Biomedical Equipment Technician, HM2 (NEC 8478) - U.S. Navy, Naval Medical Center San Diego, CA - "
            "Jun 2014 to May 2019"),
    ("b", "Repaired and inspected patient monitors, ventilators, anesthesia machines and OR video systems for a "
          "280-bed teaching hospital; 95% PM completion rate in every inspection cycle."),
    ("b", "Deployed with Expeditionary Medical Facility support team (2017), keeping surgical and imaging gear running "
          "in field conditions."),
    ("h", "Certifications and Training"),
    ("b", "CompTIA A+ (2019)"),
    ("b", "CBET (AAMI) - exam scheduled February 2027"),
    ("b", "Medtronic StealthStation S8 and O-arm O2 factory service training, 2021"),
    ("b", "Annual radiation worker training, 2019 - present"),
    ("h", "Education"),
    ("b", "A.A.S., Biomedical Equipment Technology - Cherry Creek Technical College, Denver, CO, 2020"),
    ("b", "Navy Biomedical Equipment Technician course (NEC 8478), METC, Sheppard AFB, TX, 2014"),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
