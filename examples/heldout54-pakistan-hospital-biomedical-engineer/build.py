"""Build resume.pdf for heldout54-pakistan-hospital-biomedical-engineer.

Layout quirks: PDF, Pakistani CV conventions ("Engr." before the name, professional registration block up
front, personal details at the end), skills in two columns (labels ending ':').
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("name", "ENGR. HAMZA TARIQ QURESHI"),
    ("contact", "House 14, Street 7, Peoples Colony No. 1, Faisalabad  |  +92 300 555-0162  |  hamza.qureshi@example.com"),
    ("h", "Professional Profile"),
    ("p", "Biomedical engineer with five years in a 420-bed private tertiary care hospital, looking after ICU, CCU, "
          "OT complex, dialysis, radiology and clinical laboratory equipment. Hands-on with PPM, calibration, "
          "electrical safety tests and first-line repair, vendor and tender work, and PHC inspections. Looking for a "
          "larger teaching hospital in Lahore with a structured clinical engineering programme."),
    ("h", "Professional Registration"),
    ("b", "PEC Registered Engineer (RE) - Reg. No. BIOMED/09876, valid to 31-12-2027"),
    ("b", "Professional Engineer (PE): Engineering Practice Examination (EPE) scheduled for March 2027"),
    ("h", "Technical Skills"),
    ("cols", [
        ("Critical care:", "OT and sterilisation:"),
        ("Draeger Evita V300, Savina 300 ventilators", "Anaesthesia machines: Fabius plus"),
        ("Mindray SV300 ventilators", "Datex-Ohmeda Aisys CS2"),
        ("Patient monitors: Mindray BeneView T8", "Diathermy: Valleylab Force FX"),
        ("Philips MX450, GE Dash 4000", "OT tables, OT lights"),
        ("Defibrillators: Nihon Kohden TEC-5631", "Getinge HS66 autoclaves, CSSD"),
        ("Infusion pumps: B. Braun Infusomat Space", "Laboratory:"),
        ("Syringe pumps: B. Braun Perfusor Space", "Sysmex XN-1000 haematology analyser"),
        ("HD machines: Fresenius 4008S", "Cobas c311 chemistry analyser"),
        ("Test equipment:", "Class II BSCs, centrifuges"),
        ("Fluke ESA615, Fluke IDA-5", "Blood bank refrigerators"),
        ("Impulse 6000D defib analyser", "Systems and software:"),
        ("ProSim 8 vital signs simulator", "CMMS module of hospital HMIS"),
        ("Gas flow analyser (Fluke VT650)", "Microsoft Excel, Word, PowerPoint"),
    ]),
    ("h", "Work Experience"),
    ("job", "Biomedical Engineer - Al-Noor Crescent Hospital (420 beds), Faisalabad - Aug 2021 to Present"),
    ("b", "Run the PPM and calibration programme for 2,900 medical devices across ICU, CCU, neonatal ICU, OT complex "
          "(12 theatres), emergency, dialysis unit and clinical laboratory; raised PPM compliance from 71% to 94% in "
          "two years."),
    ("b", "Attend 120-150 breakdown calls a month; first-line troubleshooting and board or module replacement on "
          "ventilators, patient monitors, defibrillators, infusion pumps and HD machines, cutting average MTTR from "
          "3.1 to 1.6 days."),
    ("b", "Perform electrical safety tests to IEC 62353 at every PPM and after each repair with a Fluke ESA615; "
          "performance checks with Fluke IDA-5, Impulse 6000D and ProSim 8."),
    ("b", "Maintain the equipment inventory, work orders and service history in the CMMS module of the hospital "
          "HMIS; present monthly KPIs (equipment uptime, PPM compliance, MTTR) to the Medical Director."),
    ("b", "Prepared technical specifications for 40+ tenders worth Rs. 310 million, drafted comparative statements "
          "and sat on the technical evaluation committee; handled installation, incoming inspection and "
          "commissioning of 2 CT scanners, a 1.5T MRI, 3 DR systems, a C-arm and 4 Philips Affiniti 50 ultrasound "
          "units."),
    ("b", "Negotiated and monitored annual maintenance contracts with OEM distributors for CT, MRI and cath lab; "
          "equipment uptime above 95% for two years running."),
    ("b", "Checked DRAP enlistment or registration of every new device under MDR 2017 before purchase orders were "
          "issued."),
    ("b", "Kept PNRA licences for X-ray, CT and C-arm current with the RSO and arranged yearly QC surveys by a "
          "PNRA-approved medical physicist."),
    ("b", "Led biomedical documentation for two PHC inspections against the MSDS (hospital score 91%); wrote 38 SOPs "
          "for equipment handling, recalls and incident reporting."),
    ("b", "First-line support on Sysmex XN-1000, Cobas c311, Class II BSCs and centrifuges; yearly temperature mapping "
          "of blood bank refrigerators and vaccine fridges."),
    ("b", "Weekly checks of MGPS alarms and manifolds and UPS units with the maintenance department; trained 300+ "
          "nurses and technicians on safe use of ventilators, defibrillators and infusion pumps."),
    ("job", "Trainee Biomedical Engineer - Punjab Diagnostic & Cardiac Centre, Lahore - Jul 2020 to Jul 2021"),
    ("b", "Assisted senior engineers with PPM of 600 devices, including Draeger Evita V300 and Savina 300 ventilators "
          "and Datex-Ohmeda Aisys CS2 anaesthesia machines."),
    ("b", "Repaired diathermy units (Valleylab Force FX), OT lights and OT tables; validated Getinge HS66 autoclaves "
          "with Bowie-Dick tests."),
    ("b", "Wrote inspection checklists for 45 device types based on ECRI IPM procedures."),
    ("h", "Education"),
    ("p", "MS Biomedical Engineering (evening programme) - in progress, expected December 2027 - Chenab University of "
          "Engineering & Technology, Faisalabad"),
    ("p", "BS Biomedical Engineering - Chenab University of Engineering & Technology, Faisalabad, 2020 "
          "(CGPA 3.41/4.00). Final-year project: low-cost occlusion tester for infusion pumps."),
    ("h", "Trainings & Courses"),
    ("b", "ISO 9001:2015 Internal Auditor - 16-hour course, 2022"),
    ("b", "Mindray service training - BeneView patient monitors and SV300 ventilators, Shenzhen, 2023"),
    ("b", "Draeger Savina 300 and Fabius plus service training, Karachi, 2022"),
    ("b", "Fluke Biomedical test equipment workshop, Lahore, 2021"),
    ("h", "Personal Details"),
    ("p", "Languages: English, Urdu, Punjabi  |  Domicile: Punjab  |  Valid driving licence"),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
