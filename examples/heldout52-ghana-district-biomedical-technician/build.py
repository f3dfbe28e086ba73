"""Build posting.docx and resume.docx for heldout52-ghana-district-biomedical-technician.

Layout quirks: the posting is a DOCX vacancy notice as a Ghanaian mission hospital circulates it
(reference number, closing date, "Essential"/"Desirable" requirements, Single Spine salary). The resume is a
British-style CV in DOCX with the contact line in the page header, a Professional Registration block before
Key Skills, short courses and referees at the end.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

POSTING = [
    ("name", "Biomedical Engineering Technician (Technical Officer - Biomedical)"),
    ("p", "Ahenkro Municipal Hospital, Ahenkro, Bono East Region  |  Ref: AMH/HR/BME/07/25  |  "
          "Closing date: 30 January 2026"),
    ("p", "Reports to: Head, Biomedical Engineering Unit  |  Appointment: permanent, full time"),
    ("h", "About the Hospital"),
    ("p", "Ahenkro Municipal Hospital is a 180-bed Christian Health Association of Ghana (CHAG) member hospital "
          "offering NHIS-accredited outpatient, maternity, surgical, laboratory and imaging services. It is the "
          "referral facility for 23 health centres and CHPS compounds in the municipality. The hospital's "
          "Biomedical Engineering Unit looks after some 1,900 items of medical equipment and supports the "
          "municipal health directorate's cold chain."),
    ("h", "Job Purpose"),
    ("p", "To keep the hospital's medical equipment safe, available and in good working order, and to support "
          "user departments, outreach facilities and management on all matters of health technology."),
    ("h", "Key Duties and Responsibilities"),
    ("b", "Carry out planned preventive maintenance (PPM), corrective maintenance and repairs on medical equipment in "
          "line with manufacturers' service manuals, the Ghana Health Service (GHS) medical equipment maintenance "
          "guidelines and the WHO Medical Device Technical Series."),
    ("b", "Install, commission and maintain oxygen concentrators (e.g. DeVilbiss 525, Canta V8), oxygen cylinders "
          "and flowmeters; check concentrator output with an oxygen analyser, and support "
          "the hospital's PSA oxygen plant and piped medical gas outlets."),
    ("b", "Service anaesthesia machines (Glostavent Helix, Mindray WATO EX-35) and vaporisers, suction machines, "
          "diathermy (electrosurgical) units, operating tables and theatre lights."),
    ("b", "Maintain patient monitors, pulse oximeters, ECG machines, defibrillators, infusion pumps and syringe "
          "pumps, infant incubators, radiant warmers and phototherapy units."),
    ("b", "Maintain and validate steam sterilisers (autoclaves) in the CSSD, including daily Bowie-Dick tests and "
          "temperature and pressure checks."),
    ("b", "Maintain solar direct drive (SDD) vaccine refrigerators and ice-lined refrigerators (ILRs) for the "
          "EPI (Expanded Programme on Immunisation) cold chain in line with WHO PQS specifications; download and "
          "review Fridge-tag 2 or other 30-day temperature recorder (30-DTR) data."),
    ("b", "Carry out first-line maintenance on X-ray units (fixed and mobile), the CR reader and ultrasound scanners, "
          "and liaise with vendors' field engineers and the Nuclear Regulatory Authority (NRA) on licensing."),
    ("b", "Perform electrical safety testing to IEC 62353 (and IEC 60601-1 where applicable) using an electrical "
          "safety analyser (Rigel 288+ or Fluke ESA615); test earth bonding, insulation resistance and leakage "
          "current."),
    ("b", "Check and maintain voltage stabilisers, UPS units and AVRs protecting sensitive equipment."),
    ("b", "Keep the medical equipment inventory and maintenance records up to date in the hospital's "
          "openMEDIS database."),
    ("b", "Run user training for nurses, midwives, anaesthetists and laboratory staff on correct operation and "
          "first-line care of equipment."),
    ("b", "Advise on technical specifications for procurement; carry out acceptance testing and commissioning of new "
          "equipment, and decommissioning and disposal of obsolete items."),
    ("b", "Report adverse incidents involving medical devices to management and the Food and Drugs Authority (FDA)."),
    ("h", "Requirements (Essential)"),
    ("b", "HND in Biomedical Engineering, Electrical/Electronic Engineering or equivalent from a recognised technical "
          "university; OR a Diploma in Biomedical Engineering Technology with at least four years' relevant "
          "experience."),
    ("b", "Minimum of two (2) years' post-qualification experience maintaining medical equipment in a hospital."),
    ("b", "Registration with the Ghana Institution of Engineering (GhIE) as an Engineering Technician or "
          "Technologist, or evidence that registration is in progress."),
    ("b", "Evidence of completion of National Service."),
    ("b", "Sound knowledge of electronics, electrical installations and basic refrigeration."),
    ("b", "Working knowledge of oxygen therapy equipment and electrical safety testing."),
    ("b", "Computer literacy (Microsoft Office)."),
    ("h", "Desirable"),
    ("b", "BSc in Biomedical Engineering."),
    ("b", "Licence from the Engineering Council."),
    ("b", "Certificate in health technology management (HTM) or medical equipment management."),
    ("b", "Gavi/UNICEF CCEOP (Cold Chain Equipment Optimisation Platform) technician training."),
    ("b", "Experience with PSA oxygen plants."),
    ("b", "Experience with laboratory equipment (haematology analysers, centrifuges, microscopes)."),
    ("b", "Valid driving licence (Class B) and willingness to ride a motorbike to outreach sites."),
    ("h", "Remuneration and Conditions"),
    ("p", "Salary on the Single Spine Salary Structure at the grade appropriate to qualification and experience, "
          "with SSNIT contributions, rent-subsidised staff accommodation on the hospital compound, a fuel allowance "
          "for outreach and sponsorship for relevant CPD."),
    ("h", "How to Apply"),
    ("p", "Send a cover letter, CV, copies of certificates, National Service certificate, GhIE membership evidence "
          "and the names of two referees to The Medical Director, Ahenkro Municipal Hospital, P. O. Box 41, "
          "Ahenkro, or by email to careers.amh@example.com. Only shortlisted applicants will be contacted."),
    ("p", "Ahenkro Municipal Hospital is an equal opportunity employer. Qualified candidates are considered without "
          "regard to religion, ethnicity, gender, disability or place of origin, and women are encouraged to apply."),
]

RESUME = [
    ("name", "YAW BOAKYE ASAMOAH"),
    ("contact", "P. O. Box 214, Techiman, Bono East Region, Ghana  |  (+233) 555-0162  |  yaw.asamoah@example.com"),
    ("h", "Personal Statement"),
    ("p", "Biomedical engineering technician with seven years' hands-on experience in a regional and a district "
          "hospital in the former Brong Ahafo Region. I keep theatre, maternity, oxygen and cold chain equipment "
          "running with limited spares and unreliable power, and I train the people who use it. Currently "
          "completing a BSc top-up in Biomedical Engineering."),
    ("h", "Professional Registration"),
    ("b", "Ghana Institution of Engineering (GhIE) - Engineering Technician member, registered 2021"),
    ("b", "Driving licence (Class B); motorbike licence"),
    ("h", "Key Skills"),
    ("b", "Oxygen therapy: oxygen concentrators (DeVilbiss 525, Longfian JAY-10), O2 cylinders, cylinder regulators "
          "and flow meters, pulse oximeters, oxygen analyser (Maxtec MaxO2+), pressure swing adsorption plant"),
    ("b", "Theatre: anaesthetic machines (Glostavent Helix, Mindray WATO EX-20), halothane and isoflurane vaporisers, "
          "suction machines, ESU (Valleylab Force 2), theatre tables and operating lights"),
    ("b", "Wards and maternity: patient monitors (Mindray iMEC 10), electrocardiographs (Schiller Cardiovit AT-1), "
          "AED, infusion pumps and syringe drivers, neonatal incubators, phototherapy units"),
    ("b", "Sterilisation: autoclaves, Bowie-Dick test, CSSD"),
    ("b", "Cold chain: solar direct-drive refrigerators (Vestfrost VLS 054A SDD, Dulas VC50SDD), ice-lined "
          "refrigerators, WHO PQS-prequalified equipment, Fridge-tag 2"),
    ("b", "Imaging: X-ray (Siemens Multimobil 5C, fixed room), computed radiography digitiser, ultrasound machines"),
    ("b", "Laboratory equipment: centrifuges, microscopes, Sysmex XP-300"),
    ("b", "Electrical: electronics, electrical wiring, refrigeration, voltage stabilisers, UPS, AVR, electrical safety "
          "testing to IEC 62353, Rigel 288+ safety analyser, insulation resistance and protective earth resistance"),
    ("b", "Records and software: openMEDIS, medical equipment inventory, Microsoft Word and Excel"),
    ("h", "Work Experience"),
    ("job", "Senior Technical Officer (Biomedical) - Abonsu District Hospital, Bono East Region - "
            "March 2021 to date"),
    ("b", "Sole biomedical technician for a 96-bed district hospital and 11 sub-district facilities; keep about "
          "1,150 items of equipment on a quarterly PPM plan with 92% completion in 2024."),
    ("b", "Cleared a backlog of 140 breakdown repairs in my first six months; cut average repair time from 19 days "
          "to 6 by keeping a small stock of fast-moving spares."),
    ("b", "Installed and commissioned 34 oxygen concentrators during the COVID-19 response and tested oxygen "
          "concentration and flow on every unit each quarter; none out of service more than 5 days in 2023."),
    ("b", "Worked with the vendor on the 2022 installation of a 15 m3/h pressure swing adsorption plant and now "
          "handle its daily checks, filter changes and cylinder filling log."),
    ("b", "Installed and maintain 27 solar direct-drive refrigerators and 9 ice-lined refrigerators for the EPI cold "
          "chain; review Fridge-tag 2 alarms monthly with the district cold chain officer (temperature excursions "
          "down 70%)."),
    ("b", "Perform electrical safety testing to IEC 62353 with a Rigel 288+ on all theatre, maternity and NICU "
          "equipment (leakage currents, insulation resistance, protective earth resistance)."),
    ("b", "Fitted voltage stabilisers, an AVR on the theatre sub-board and UPS units on 40 items; liaised with ECG "
          "(Electricity Company of Ghana) on supply voltage after repeated power surges."),
    ("b", "Moved the equipment inventory from paper cards to openMEDIS (1,150 assets, full PPM history)."),
    ("b", "Gave user training to 85 nurses, midwives and anaesthetists on oxygen therapy, suction, autoclaves and "
          "monitors; wrote laminated first-line care cards for each ward."),
    ("b", "Wrote technical specifications for 2 anaesthetic machines and 6 patient monitors; carried out acceptance "
          "inspection and commissioned all items; prepared Board of Survey reports for 46 obsolete items."),
    ("b", "Worked through the GHS maintenance guidelines and the WHO-UNICEF technical specifications and guidance "
          "for oxygen therapy devices to set PPM intervals."),
    ("job", "Biomedical Engineering Technician - Tano Regional Hospital, Sunyani - September 2018 to February 2021"),
    ("b", "Member of a 5-person unit maintaining equipment in theatres, ICU, maternity, laboratory and radiology."),
    ("b", "Carried out PPM and repairs on anaesthetic machines, patient monitors, infusion pumps, electrocardiographs, "
          "autoclaves and the CSSD washer; ran Bowie-Dick test records for two sterilisers."),
    ("b", "Supported the service engineer on the X-ray room and the computed radiography digitiser; kept the NRA "
          "licence file up to date."),
    ("job", "Biomedical Engineering Technician (NSS personnel) - Tano Regional Hospital, Sunyani - "
            "September 2017 to August 2018"),
    ("b", "Repaired suction machines, baby scales, sphygmomanometers and ultrasound machines; helped re-wire the "
          "maternity block."),
    ("h", "Education and Training"),
    ("b", "BSc Biomedical Engineering (top-up) - in progress, expected completion July 2027"),
    ("b", "Higher National Diploma (HND), Electrical/Electronic Engineering - Sunyani Technical University, 2017"),
    ("b", "WASSCE - Techiman Senior High School, 2012"),
    ("h", "Short Courses"),
    ("b", "Health Technology Management for district hospitals - regional health directorate workshop, 2022"),
    ("b", "CCEOP solar direct-drive refrigerator installation and maintenance training (UNICEF), 2021"),
    ("b", "Oxygen concentrator maintenance and pulse oximetry - COVID-19 oxygen scale-up training, 2020"),
    ("h", "Referees"),
    ("p", "Ing. Kofi Mensah-Bonsu, Head, Biomedical Engineering Unit, Tano Regional Hospital - available on request"),
    ("p", "Dr. Abena Owusu-Ansah, Medical Superintendent, Abonsu District Hospital - available on request"),
]

if __name__ == "__main__":
    write_docx(POSTING, HERE / "posting.docx")
    print("wrote", HERE / "posting.docx")
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "resume.docx")
