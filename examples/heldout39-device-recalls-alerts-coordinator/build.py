"""Build resume.docx for heldout39-device-recalls-alerts-coordinator.

Layout quirks: the contact line sits only in the Word page header, headings are letter-spaced
("P R O F I L E"), registrations and skills are two-column tables, British spelling throughout. The applicant
was an NHS EBME technician and then assistant to a trust's Medical Device Safety Officer (MHRA alerts, Field
Safety Notices, Yellow Card), moved to Oregon in 2025 and has her first US certification (CBET) only booked.
The posting (posting.txt) is plain text pasted from a forwarded e-mail and is edited by hand.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("contact", "Rhiannon M. Pryce  |  4127 SE Harlow Street, Portland, OR 97206  |  (503) 555-0138  |  "
                "rhiannon.pryce@example.com  |  US permanent resident"),
    ("name", "RHIANNON M. PRYCE, RCT IEng"),
    ("h", "P R O F I L E"),
    ("p", "Medical device safety specialist with seven years in NHS EBME and medical equipment management, the last "
          "four as assistant to the Medical Device Safety Officer (MDSO) of a 1,150-bed, two-site acute trust. Ran "
          "the trust's alert and recall process end to end - from MHRA and manufacturer notices to every ward "
          "signing off the cascade - and kept Central Alerting System (CAS) compliance at 100% on time for three "
          "years. Moved to Portland in 2025; looking to bring the same discipline to a US hospital system."),
    ("h", "R E G I S T R A T I O N   &   C E R T I F I C A T I O N"),
    ("table", [
        ("Registration", "Registered Clinical Technologist (RCT), Medical Engineering modality, 2019"),
        ("Professional", "Incorporated Engineer (IEng), Engineering Council, via IPEM, 2022"),
        ("US certification", "CBET (AAMI Credentials Institute) - eligibility approved; exam booked for "
                             "14 March 2027"),
        ("Methods", "PRINCE2 Foundation (AXELOS), 2021"),
    ]),
    ("h", "S K I L L S"),
    ("table", [
        ("Alerts and recalls", "Manufacturer recalls; Field Safety Notices (FSNs) and field safety corrective "
                               "actions (FSCAs); MHRA National Patient Safety Alerts via CAS; ECRI Health Devices "
                               "Alerts; customer reply forms; alert cascades to wards"),
        ("Incident reporting", "Datix incident reports; MHRA Yellow Card (adverse incident reporting); chain of "
                               "custody for devices from serious incidents; RCA support"),
        ("Asset management", "e-Quip asset management database (job cards, PPM schedules, recall flags); unique "
                             "device identifiers and GS1 barcodes; Excel (VLOOKUP, PivotTables, conditional "
                             "formatting)"),
        ("Standards and regulation", "MHRA Managing Medical Devices guidance; EU MDR (Regulation (EU) 2017/745) and "
                                     "UK MDR 2002; IEC 62353; CQC fundamental standards; MDS2 forms and cyber "
                                     "security of networked medical devices"),
        ("Equipment", "Class IIb volumetric infusion pumps (Alaris GP, B. Braun Infusomat Space), syringe drivers, "
                      "patient monitors, defibrillators, ventilators, beds and pressure-relieving mattresses"),
    ]),
    ("h", "E X P E R I E N C E"),
    ("job", "Medical Device Safety Officer Assistant (Band 5), EBME - North Marches Hospitals NHS Trust, "
            "Shrewsbury, UK - April 2021 to July 2025"),
    ("b", "Triaged about 420 manufacturer recalls, FSNs and MHRA alerts a year and logged each in e-Quip within one "
          "working day, with the applicable assets flagged."),
    ("b", "Matched every notice to affected stock by model, serial and lot numbers and unique device identifiers; "
          "found 100% of affected units, including kit in the equipment library, theatres and community services."),
    ("b", "Withdrew affected devices from use: labelled them DO NOT USE, quarantined them in the EBME store and "
          "organised replacements from the equipment library so no clinical area was left short."),
    ("b", "Raised and chased e-Quip job cards for each affected asset (inspection, software upgrade, FSCA) and "
          "checked the manufacturer's corrective actions were complete before closing the alert; 2,300+ jobs "
          "closed."),
    ("b", "Wrote alert cascades and safety briefings for ward managers, theatres and A&E; chased sign-off until "
          "every ward had acknowledged."),
    ("b", "Returned customer reply forms to manufacturers within their deadlines and kept the alert file audit-ready "
          "for two Care Quality Commission (CQC) inspections."),
    ("b", "Supported adverse incident reporting: gathered device details for Datix incident reports and submitted "
          "60+ MHRA Yellow Card reports for device-related incidents."),
    ("b", "Preserved devices from serious incidents under chain of custody and supported 14 incident investigations "
          "and RCAs with the Patient Safety Team."),
    ("b", "Reported alert KPIs (time to close, percentage complete, overdue actions) every month to the Medical "
          "Devices Group."),
    ("b", "Checked CE/UKCA marking and EC declarations of conformity on incoming devices and reviewed MDS2 forms "
          "with IT for cyber security risks."),
    ("job", "EBME Technician (Band 4) - North Marches Hospitals NHS Trust, Shrewsbury, UK - September 2018 to "
            "March 2021"),
    ("b", "Carried out planned preventive maintenance (PPM) and repairs on infusion pumps, monitors and "
          "defibrillators; electrical safety testing to IEC 62353."),
    ("b", "Ran the trust's medical equipment library of 1,900 pumps and syringe drivers; cut lost-pump write-offs "
          "by 40% in two years."),
    ("job", "Apprentice EBME Technician - North Marches Hospitals NHS Trust - September 2016 to August 2018"),
    ("b", "Completed a Level 4 Healthcare Science apprenticeship alongside the foundation degree below."),
    ("h", "E D U C A T I O N"),
    ("p", "Foundation Degree (FdSc) in Medical Electronics and Instrumentation - Severnside University, 2018"),
    ("p", "BTEC Level 3 Extended Diploma in Electrical and Electronic Engineering - Wrekin Vale College, 2016"),
    ("h", "T R A I N I N G"),
    ("b", "AAMI CBET exam preparation course (online), 2026"),
    ("b", "IPEM Medical Device Safety Officer network study days, 2022-2024"),
    ("b", "MHRA 'Managing Medical Devices' workshop, 2022"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "resume.docx")
