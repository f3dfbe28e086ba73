"""Build resume.pdf for heldout48-echocardiography-ultrasound-fse.

Layout quirks: PDF, certifications and training straight after the summary, technical skills in two columns
(labels ending ':'), military service as the last job, education after experience.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("name", "TOMASZ J. WHITCOMB"),
    ("contact", "Vancouver, WA 98683  |  (360) 555-0129  |  tomasz.whitcomb@example.com"),
    ("h", "Summary"),
    ("p", "Ultrasound field service engineer with 13 years in medical equipment repair: six as a US Air Force "
          "biomedical equipment technician, four in a hospital HTM department and four as a home-based FSE "
          "covering cardiac ultrasound for a multi-vendor service company. Strong on GE Vivid and Philips EPIQ "
          "systems, transesophageal probe testing and getting images from the cart to the cardiology PACS."),
    ("h", "Certifications and Training"),
    ("b", "CBET (AAMI) - eligible; exam scheduled March 2027"),
    ("b", "GE HealthCare factory service training: Vivid E95/E90 (2019) and Vivid iq (2022)"),
    ("b", "Philips EPIQ factory service training, Bothell, WA (2022)"),
    ("b", "CompTIA A+ (2016); CompTIA Security+ (2019)"),
    ("b", "Valid Washington driver's license, clean record"),
    ("h", "Technical Skills"),
    ("cols", [
        ("Systems:", "Test equipment:"),
        ("GE Vivid E95, E90, Vivid iq, Vivid T8", "Fluke ESA620 safety analyzer"),
        ("Philips EPIQ CVx, EPIQ 7C, iE33, CX50", "FirstCall aPerio probe tester"),
        ("Portables: Sonosite Edge II, Lumify", "CIRS 040GSE phantom"),
        ("TEE: GE 6VT-D, Philips X8-2t, X7-2t", "Tektronix TBS2000 oscilloscope"),
        ("Networking and software:", "Fluke 87V digital multimeter"),
        ("DICOM C-STORE, MWL, MPPS, DICOM SR", "Standards and regulations:"),
        ("TCP/IP, DHCP, subnet masks", "NFPA 99, IEC 60601-1"),
        ("EchoPAC, Philips ISCV", "FDA QSR, HIPAA"),
        ("Windows 10/11, GE InSite", "JCAHO"),
        ("DMLSS, Salesforce field service app", "Intersocietal Accreditation Commission"),
    ]),
    ("h", "Experience"),
    ("job", "Field Service Engineer, Ultrasound - Cascade Imaging Service Partners - home-based, Vancouver, WA - "
            "Mar 2021 to Present"),
    ("b", "Cover 48 hospitals, cardiology clinics and mobile imaging companies in SW Washington and NW Oregon; "
          "keep about 210 ultrasound systems running, 70% of them cardiac ultrasound."),
    ("b", "Installs: 34 cart-based systems and portables since 2021 (GE Vivid E95 and E90, Philips EPIQ CVx, "
          "GE Vivid iq, Philips CX50), including site checks, network setup and hand-off to the clinical "
          "applications team."),
    ("b", "Run 350+ PMs a year to OEM checklists: electrical safety testing with a Fluke ESA620 to NFPA 99 and "
          "IEC 60601-1 limits, image quality and uniformity on a CIRS 040GSE phantom, probe element testing on "
          "a FirstCall aPerio."),
    ("b", "Board-level troubleshooting of front-end, beamformer, EKG module and power supply faults with GE and "
          "Philips service software, schematics, a digital multimeter and an oscilloscope; 88% first-time fix "
          "rate in 2024."),
    ("b", "Test 60-70 transesophageal probes a year (GE 6VT-D, Philips X8-2t): leakage current plus mechanical "
          "inspection of bite marks, articulation and tip deflection; pulled 9 probes from use before they "
          "reached a patient."),
    ("b", "Coach sonographers and SPD staff on HLD and trophon2 use for surface probes; probe-damage repairs at "
          "one client fell from 11 to 3 a year."),
    ("b", "Load software upgrades and FMIs and apply OEM-validated OS security patches; keep configuration logs "
          "for every system."),
    ("b", "DICOM connectivity: set up C-STORE, MWL, MPPS and DICOM SR measurement export to cardiology PACS "
          "(Philips ISCV, GE Centricity Cardio Workflow), the cardiovascular information system and EchoPAC "
          "workstations; verify with C-ECHO and work with hospital IT on subnet masks, DHCP reservations and "
          "firewall rules."),
    ("b", "Remote diagnostics through GE InSite and Philips remote service close about 30% of my calls without "
          "a site visit."),
    ("b", "Pull service histories for clients' Intersocietal Accreditation Commission renewals of their echo "
          "labs and for JCAHO surveys; all service records kept to FDA QSR requirements."),
    ("job", "Biomedical Equipment Technician II - Tri-Rivers Medical Center, HTM Department, Kennewick, WA - "
            "Jul 2017 to Feb 2021"),
    ("b", "Imaging-focused BMET for a 300-bed hospital: 38 ultrasound systems (GE Vivid E9 and E95, Philips "
          "iE33 and EPIQ, Sonosite), plus patient monitors and infusion pumps."),
    ("b", "Completed GE factory service training and took over first-line ultrasound repair from the OEM, "
          "saving about $140,000 a year in service contracts."),
    ("b", "Did acceptance testing and electrical safety testing on 400+ new devices a year."),
    ("b", "Worked with IT to move the echo lab carts onto the imaging network and set up DICOM worklists."),
    ("job", "Biomedical Equipment Technician (4A2X1), Staff Sergeant - US Air Force, 62nd Medical Group, "
            "Joint Base Lewis-McChord, WA - Jun 2011 to Jun 2017"),
    ("b", "Maintained 1,100 medical devices for a clinic and deployable teams, including diagnostic ultrasound, "
          "X-ray and patient monitoring; tracked work orders and PMs in DMLSS."),
    ("b", "Trained 12 junior technicians on electrical safety testing and troubleshooting."),
    ("h", "Education"),
    ("p", "A.A.S., Biomedical Equipment Technology - Community College of the Air Force, 2014"),
    ("p", "Biomedical Equipment Technician program - Medical Education and Training Campus (METC), "
          "Fort Sam Houston, TX, 2011"),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
