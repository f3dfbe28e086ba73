"""Build posting.docx and resume.docx for heldout49-uk-renal-technologist.

Layout quirks: NHS Jobs style posting in DOCX with a person specification split into Essential /
Desirable; resume in DOCX with the contact line in the page header, a two-column skills table
(label, content), employment history, then education/training, memberships and additional information.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

POSTING = [
    ("name", "Renal Technologist (Clinical Technologist) - Band 6"),
    ("p", "Hollinsmoor Teaching Hospitals NHS Foundation Trust  |  Clinical Engineering - Renal Technical Services"),
    ("p", "Location: Hollinsmoor Royal Infirmary, Infirmary Road, Hollinsmoor, with travel to the Crane Bridge and "
          "Westleigh satellite units"),
    ("p", "Salary: \u00a338,682 to \u00a346,580 a year per annum (Agenda for Change Band 6), plus on-call payments"),
    ("p", "Contract: Permanent  |  Working pattern: Full-time, 37.5 hours per week  |  Reference number: 349-RTS-25-118"),
    ("h", "Job summary"),
    ("p", "An exciting opportunity has arisen for an experienced renal technologist to join our Renal Technical "
          "Services team. The team of eleven technologists supports 96 haemodialysis stations across the main unit "
          "and two satellite units, around 40 home haemodialysis patients and four water treatment plants. You will "
          "keep dialysis equipment and dialysis water safe and available, work closely with nursing and medical "
          "colleagues, and take part in the out-of-hours on-call rota."),
    ("h", "Main duties of the job"),
    ("b", "Carry out planned preventive maintenance (PPM), repairs and performance verification on haemodialysis "
          "machines, including the Fresenius 5008S CorDiax, the Fresenius 6008 CAREsystem and Baxter AK 98, to the "
          "manufacturers' service instructions."),
    ("b", "Operate, maintain and monitor the reverse osmosis water treatment plants: pre-treatment (multimedia "
          "filters, water softeners and activated carbon vessels), double-pass RO, heat disinfection of the "
          "distribution ring main, and endotoxin filters."),
    ("b", "Undertake daily and weekly chemical checks (total chlorine, hardness, conductivity), record SDI and "
          "rejection rates, and take samples for microbiological surveillance: total viable count (TVC) and "
          "endotoxin testing against the action levels and maximum allowable levels of BS ISO 23500."),
    ("b", "Arrange chemical water analysis for full contaminant screening and act on out-of-specification results, "
          "escalating to the Renal Technical Services Manager and Infection Prevention and Control."),
    ("b", "Carry out chemical disinfection of machines and plant with Puristeril 340 and other agents, in line with "
          "COSHH assessments."),
    ("b", "Install and commission home haemodialysis equipment, including the NxStage System One, with plumbing "
          "and electrical checks in patients' homes."),
    ("b", "Perform electrical safety testing to IEC 62353 using Rigel 288+ analysers, and calibrate machines with "
          "traceable test equipment (conductivity, temperature and pressure meters)."),
    ("b", "Keep accurate records of all work in the e-Quip medical equipment management system; report adverse "
          "incidents through Datix and to the MHRA as required."),
    ("b", "Act on Field Safety Notices and manufacturers' updates, and support acceptance testing of new equipment."),
    ("b", "Train nursing staff and junior technologists on machine set-up, alarm handling and disinfection, and "
          "supervise Band 4 and Band 5 technicians and apprentices."),
    ("h", "About us"),
    ("p", "Hollinsmoor Teaching Hospitals NHS Foundation Trust serves a population of 650,000 people. Our Clinical "
          "Engineering department manages more than 28,000 medical devices and hosts the regional renal service. "
          "We offer flexible working, NHS Pension Scheme membership, 27 days' annual leave rising with service, "
          "salary sacrifice schemes and a funded programme of professional development."),
    ("h", "Person Specification"),
    ("h", "Qualifications - Essential"),
    ("b", "BSc (Hons) in Clinical Engineering, Healthcare Science or Electronic Engineering, OR HNC/HND in "
          "Electrical/Electronic Engineering with equivalent experience"),
    ("b", "Registration on the Register of Clinical Technologists (RCT) or the Academy for Healthcare Science (AHCS) "
          "accredited register, or working towards registration"),
    ("b", "Manufacturer's service training on at least one current haemodialysis machine platform"),
    ("b", "Full UK driving licence"),
    ("h", "Qualifications - Desirable"),
    ("b", "Membership of the Association of Renal Technologists (ART) or the Institute of Physics and Engineering in "
          "Medicine (IPEM)"),
    ("b", "Legionella Responsible Person training"),
    ("b", "Manufacturer's training on Fresenius AquaBplus or B. Braun Aqua water treatment systems"),
    ("h", "Experience - Essential"),
    ("b", "Substantial post-qualification experience maintaining haemodialysis machines in an NHS or comparable "
          "renal unit"),
    ("b", "Experience of water treatment plant operation and monitoring for haemodialysis"),
    ("h", "Experience - Desirable"),
    ("b", "Experience of home haemodialysis installations"),
    ("b", "Experience of online haemodiafiltration (HDF) and ultrapure dialysis fluid"),
    ("h", "Knowledge and Skills - Essential"),
    ("b", "Working knowledge of BS ISO 23500 parts 1-5, the UK Kidney Association Clinical Practice Guideline for "
          "Haemodialysis and the Medical Devices Regulations 2002"),
    ("b", "Understanding of the MHRA guidance Managing Medical Devices"),
    ("b", "Fault finding to component level on electromechanical and hydraulic systems"),
    ("b", "Competent with Microsoft Office and medical equipment management databases"),
    ("h", "Knowledge and Skills - Desirable"),
    ("b", "Knowledge of the Legionella Approved Code of Practice (L8) and HSG274"),
    ("b", "Knowledge of the European Pharmacopoeia monograph for haemodialysis solutions"),
    ("b", "Knowledge of IEC 60601-2-16"),
    ("h", "Employer details"),
    ("p", "Hollinsmoor Teaching Hospitals NHS Foundation Trust, Infirmary Road, Hollinsmoor. For an informal "
          "discussion please contact the Renal Technical Services Manager via the Trust switchboard."),
    ("p", "This post is subject to an enhanced Disclosure and Barring Service check. We are committed to equality, "
          "diversity and inclusion and welcome applications from all sections of the community. As a Disability "
          "Confident employer we guarantee an interview to disabled applicants who meet the essential criteria. "
          "We reserve the right to close this vacancy early if we receive a high volume of applications."),
]

RESUME = [
    ("name", "Rhys Tallentire"),
    ("contact", "14 Greenhead Lane, Fartown, Huddersfield HD2 1RT  |  555-0147  |  rhys.tallentire@example.com"),
    ("h", "Profile"),
    ("p", "Senior renal technician with ten years in NHS clinical engineering, the last eight in renal technical "
          "services. I currently look after 64 haemodialysis machines, three RO water treatment plants and a "
          "growing home HD programme at Calderbrook Hospitals NHS Trust. Manufacturer-trained on Fresenius and "
          "Gambro platforms, confident with component-level fault finding, and working towards RCT registration "
          "alongside a part-time degree."),
    ("h", "Key Skills"),
    ("table", [
        ("Dialysis equipment", "Fresenius 5008S and 4008S; Gambro AK 98 and AK 96; B. Braun Dialog+ (loan fleet)\n"
                               "NxStage home HD systems\n"
                               "Online HDF set-up and ultrapure dialysate checks"),
        ("Water treatment", "Fresenius AquaBplus twin-pass RO; Gambro WRO 300 H\n"
                            "Pre-treatment: water softeners, carbon tanks, cartridge filters, UV\n"
                            "Heat disinfection of the distribution loop; ultrafilters"),
        ("Water testing", "Total chlorine (DPD, Hach pocket colorimeter), hardness, conductivity, salt rejection\n"
                          "TVC and endotoxin testing (LAL) sampling; full chemical analysis samples\n"
                          "Action levels to ISO 23500-3 and ISO 23500-5"),
        ("Test equipment", "Mesa Labs 90XL dialysate meter; Fluke ESA612 electrical safety analyser; "
                           "Druck DPI 104 pressure gauge; Fluke 87V"),
        ("Standards and regulation", "Renal Association haemodialysis guidelines; UK MDR 2002; IEC 62353; "
                                     "IEC 60601-1; MHRA reporting; COSHH"),
        ("Systems", "e-Quip, Datix, Diamant renal system, MS Office (Excel, Word, Outlook)"),
        ("Manufacturer service training", "Fresenius 5008/5008S Level 2 (2020); Gambro AK 98 (2019); "
                                          "Fresenius AquaBplus (2022)"),
    ]),
    ("h", "Employment History"),
    ("job", "Senior Renal Technician (Band 5) - Renal Technical Services, Calderbrook Hospitals NHS Trust, Halifax  |  "
            "March 2020 - present"),
    ("b", "PPM, repairs and annual performance verification on 64 haemodialysis machines (Fresenius 5008S, "
          "Gambro AK 98) across the main unit and one satellite unit; 98.6% PPM compliance in 2024/25."),
    ("b", "Run three RO water treatment plants: daily total chlorine, hardness and conductivity checks, weekly salt "
          "rejection trending, monthly heat disinfection of the distribution loop and six-monthly ultrafilter changes."),
    ("b", "Took over the microbiology sampling schedule (40 sample points, monthly TVC and endotoxin); cut missed "
          "samples from 11% to under 2% and investigated 9 exceedances in 2024, tracing 6 to dead legs, with the "
          "IPC team and renal consultants."),
    ("b", "Set up online HDF on 24 Fresenius 5008S stations, including monthly ultrapure dialysate checks."),
    ("b", "Commissioned 14 NxStage home HD installations, including plumbing and electrical checks, and trained "
          "patients and carers on daily checks."),
    ("b", "EST to IEC 62353 on more than 300 renal devices a year with a Fluke ESA612; calibration of conductivity, "
          "temperature and pressure with a Mesa Labs 90XL."),
    ("b", "Log every job in e-Quip; raised 17 Datix reports for adverse incidents (4 reported to the MHRA) and "
          "closed 12 FSNs across the renal fleet."),
    ("b", "Wrote COSHH assessments for the unit's water-testing reagents; mentor two Band 4 trainees and run "
          "machine refresher sessions for dialysis nurses."),
    ("job", "Renal Technician (Band 4) - Calderbrook Hospitals NHS Trust, Halifax  |  January 2018 - February 2020"),
    ("b", "Maintained the Gambro AK 96 fleet and helped replace 38 machines with Gambro AK 98 units."),
    ("b", "Component-level fault finding on hydraulic circuits (balancing chambers, valves, conductivity cells); "
          "average repair time down from 3.1 to 1.8 days."),
    ("b", "Quarterly full chemical analysis sampling and plant reports to the renal clinical governance group."),
    ("job", "EBME Technician (Band 4) - Pennine Vale NHS Foundation Trust, Bradford  |  June 2015 - December 2017"),
    ("b", "PPM and repair of infusion pumps, patient monitors and defibrillators; about 1,100 jobs a year."),
    ("b", "Electrical safety checks to IEC 60601-1 on new equipment from the medical device library."),
    ("h", "Education and Training"),
    ("b", "BSc (Hons) Healthcare Science (Clinical Engineering), part-time - Westbrook University; year 3 of 4, "
          "expected 2027"),
    ("b", "HNC Electrical and Electronic Engineering - Calder Valley College, 2015"),
    ("b", "Register of Clinical Technologists (RCT) - portfolio submitted October 2025, assessment interview "
          "February 2026"),
    ("b", "Legionella awareness training (L8), City & Guilds, 2021"),
    ("h", "Professional Memberships"),
    ("b", "Association of Renal Technologists, member since 2019; attended the ART annual conference 2023 and 2025"),
    ("h", "Additional Information"),
    ("b", "Full UK driving licence (clean)"),
    ("p", "References available on request."),
]

if __name__ == "__main__":
    write_docx(POSTING, HERE / "posting.docx")
    print("wrote", HERE / "posting.docx")
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "resume.docx")
