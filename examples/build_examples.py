#!/usr/bin/env python3
"""Regenerate the DOCX and PDF files of the evaluation set from the source text kept here.

Usage:  python examples/build_examples.py        (needs python-docx and fpdf2)

Every DOCX/PDF in examples/ is produced by this script; the plain-text, Markdown and
HTML files are edited by hand. Documents are lists of blocks:

    ("name", text)      large bold name / title line
    ("contact", text)   contact line under the name (or in the page header, see HEADER_CONTACT)
    ("h", text)         section heading
    ("p", text)         paragraph
    ("b", text)         bullet
    ("job", text)       bold line: job title, employer, dates
    ("table", rows)     two-column table (label, content)
"""

from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FIXED_DATE = datetime(2026, 10, 1, tzinfo=timezone.utc)  # keeps document metadata stable across rebuilds

# --------------------------------------------------------------------------------------
# lab-mls-core / resume.docx  (contact block in the page header, skills in a 2-column table)
# --------------------------------------------------------------------------------------
LAB_MLS_CORE_RESUME = [
    ("contact", "Jordan A. Ellery, MLS(ASCP)CM  |  1187 Birchwood Lane, Parma, OH 44129  |  (216) 555-0142  |  jordan.ellery@example.com"),
    ("name", "Jordan A. Ellery"),
    ("h", "Professional Summary"),
    ("p", "Medical Laboratory Scientist with 6 years of hospital core-lab experience on day and night shifts in a "
          "350-bed teaching hospital. Generalist bench skills across hematology, chemistry, coagulation and UA, "
          "with a focus on instrument troubleshooting, QC review and CAP inspection readiness."),
    ("h", "Certifications"),
    ("b", "Medical Laboratory Scientist, MLS(ASCP)CM - ASCP Board of Certification, 2019 (CMP current through 2028)"),
    ("b", "Basic Life Support (BLS) - American Heart Association, 2025"),
    ("h", "Technical Skills & Equipment"),
    ("table", [
        ("Hematology", "Sysmex XN-1000 and XN-2000 with SP-10 slide maker; peripheral smear review and manual diffs; body fluid counts"),
        ("Chemistry / Immunoassay", "Roche cobas 8000 (c 702, e 602, ISE module); Radiometer ABL90 FLEX"),
        ("Coagulation", "Stago STA R Max (PT/INR, aPTT, fibrinogen, D-dimer)"),
        ("UA", "Sysmex UN-Series (UC-3500 / UF-5000); manual microscopic review"),
        ("Quality", "Westgard multirules, L-J charts, calibration, CAP surveys, method validation"),
        ("Systems", "Cerner Millennium PathNet (laboratory information system); Data Innovations Instrument Manager"),
    ]),
    ("h", "Professional Experience"),
    ("job", "Medical Laboratory Scientist II - Ashford Memorial Hospital, Cleveland, OH - Mar 2021 to Present"),
    ("b", "Perform routine and STAT testing on nights for a 350-bed hospital and Level II trauma center; about 1,400 resulted tests per shift."),
    ("b", "Run daily, weekly and monthly instrument maintenance on the Sysmex XN line and cobas 8000; cut unscheduled analyzer downtime 22% in 2024."),
    ("b", "Monitored QC across 38 analytes, applying Westgard multirules and documenting corrective action in the QC log."),
    ("b", "Called critical results to providers with read-back, averaging under 12 minutes from verification."),
    ("b", "Completed method validation and correlation studies for two replacement XN-2000 analyzers (precision, accuracy, carryover, reportable range)."),
    ("b", "Served as chemistry resource during two CAP inspections with zero chemistry deficiencies; working knowledge of CLIA '88 requirements."),
    ("b", "Trained 9 new hires on the night bench."),
    ("job", "Medical Laboratory Scientist - Grantham Community Hospital, Akron, OH - Jun 2019 to Feb 2021"),
    ("b", "Generalist rotation across hematology, chemistry, coag and UA, with backup blood bank coverage (type and screen, crossmatch)."),
    ("b", "Processed PT/INR and D-dimer STATs for the anticoagulation clinic."),
    ("b", "Maintained laboratory equipment and kept records."),
    ("h", "Education"),
    ("p", "B.S., Medical Laboratory Science - Ohio Lakes University, 2019. NAACLS-accredited MLS program; clinical year at Ashford Memorial Hospital."),
]

# --------------------------------------------------------------------------------------
# blood-bank-sbb / resume.docx  (name and contact in a one-row, two-cell table)
# --------------------------------------------------------------------------------------
BLOOD_BANK_RESUME = [
    ("table", [
        ("HELENA BRANDT, MT(ASCP)SBB", "1940 Grand Avenue, Billings, MT 59102\n(406) 555-0129\nhelena.brandt@example.com"),
    ]),
    ("h", "Summary"),
    ("p", "Specialist in Blood Banking with 11 years in transfusion medicine, including 6 years in an immunohematology "
          "reference laboratory. Known for resolving complex serologic workups quickly and for writing clear SOPs "
          "that new staff can follow on the first read."),
    ("h", "Certifications"),
    ("b", "MT(ASCP)SBB - Medical Technologist (2013) and Specialist in Blood Banking (2018), ASCP Board of Certification"),
    ("h", "Technical Skills"),
    ("b", "Serology: ABO/Rh typing, resolution of ABO discrepancies, antibody panels, adsorptions, acid elutions, direct antiglobulin testing, titers"),
    ("b", "Crossmatch: serologic and electronic crossmatch"),
    ("b", "Methods: column agglutination (ORTHO BioVue), tube testing, solid phase (Capture-R)"),
    ("b", "Instruments: Ortho Vision Max, Helmer plasma thawers, Rad Source RS 3400 blood irradiator"),
    ("b", "Systems: Haemonetics SafeTrace Tx, Cerner PathNet Blood Bank"),
    ("b", "Regulatory: AABB Standards, CAP TRM checklist"),
    ("h", "Experience"),
    ("job", "Immunohematology Reference Laboratory Technologist - Yellowstone Regional Blood Center, Billings, MT - 2018 to Present"),
    ("b", "Resolve 600+ referred workups per year, including warm autoantibodies, multiple alloantibodies and antibodies to high-prevalence antigens."),
    ("b", "Perform adsorptions and acid elutions; report findings to the medical director for consult notes."),
    ("b", "Validated two Ortho Vision Max analyzers and wrote 23 SOPs for the reference bench."),
    ("job", "Blood Bank Technologist - Beartooth Regional Medical Center, Billings, MT - 2013 to 2018"),
    ("b", "Issued products under the MTP for a Level II trauma center; first cooler out in under 10 minutes."),
    ("b", "Worked up 40+ suspected transfusion reactions and presented findings at the transfusion committee."),
    ("b", "Managed blood product inventory of about 900 units, including irradiation and thawing, and cut outdates 31%."),
    ("b", "Trained 14 technologists on the blood bank bench."),
    ("h", "Education"),
    ("p", "B.S., Medical Technology - Rimrock State University, 2013"),
    ("p", "Specialist in Blood Banking Certificate Program - Northwest SBB Distance Program, 2017"),
]

# --------------------------------------------------------------------------------------
# bmet-senior-cbet / resume.docx  (plain single-column Word resume)
# --------------------------------------------------------------------------------------
BMET_SENIOR_RESUME = [
    ("name", "REGGIE CASTELLANOS, CBET"),
    ("contact", "4410 Sagebrush Way, Meridian, ID 83642  |  (208) 555-0186  |  reggie.castellanos@example.com"),
    ("h", "Professional Summary"),
    ("p", "Biomedical equipment technician with 11 years of hospital HTM experience, the last 4 as the OR and anesthesia "
          "lead for a 400-bed regional medical center. Specialist in anesthesia workstations, ventilators and networked "
          "monitoring; maintained 98.7% uptime across 1,200 devices in the surgical services fleet."),
    ("h", "Certifications"),
    ("b", "Certified Biomedical Equipment Technician (CBET), AAMI Credentials Institute, 2016"),
    ("b", "CompTIA Network+, 2020"),
    ("b", "Draeger Perseus A500 and Fabius GS factory service training, 2021"),
    ("b", "GE Aisys CS2 factory service training, 2019"),
    ("h", "Technical Skills"),
    ("b", "Anesthesia workstations: Draeger Perseus A500, Fabius GS; GE Aisys CS2, Carestation 650"),
    ("b", "Ventilators: Hamilton G5, Servo-u, Puritan Bennett 980"),
    ("b", "Hemodialysis machines: Fresenius 2008T; CRRT (Prismaflex)"),
    ("b", "Neonatal: Giraffe OmniBed, Isolette infant incubators"),
    ("b", "Sterile processing: STERIS Amsco steam sterilizers, STERRAD 100NX"),
    ("b", "Monitoring: Philips IntelliVue MX800, PIIC iX central stations, secondary alarm notification (Vocera Engage)"),
    ("b", "Test equipment: Fluke ESA620, VT900A gas flow analyzer, ProSim 8, Impulse 7000DP"),
    ("b", "Systems and standards: Nuvolo, AIMS; NFPA 99; IEC 62353; TJC EC.02.04.01/.03; AAMI EQ56; MDS2 review"),
    ("h", "Professional Experience"),
    ("job", "Lead Biomedical Equipment Technician (BMET III) - Sawtooth Regional Medical Center, Boise, ID - 2021 to Present"),
    ("b", "Technical lead for 28 OR suites and two ICUs; first call for anesthesia and ventilator failures."),
    ("b", "Wrote the AEM program justification for 310 low-risk device types; the 2023 TJC survey closed with zero EC findings."),
    ("b", "Performed electrical safety testing on incoming and repaired equipment and trained staff on the IEC 62353 alternative method."),
    ("b", "Patched 180 networked monitors with IT Security and reviewed MDS2 forms for every new purchase."),
    ("b", "Completed 98% of high-risk PMs on time for three consecutive years."),
    ("b", "Earned 45 CE credits toward CBET renewal; mentored 6 BMET I and II technicians."),
    ("job", "Biomedical Equipment Technician II - Snake River Medical Center, Nampa, ID - 2014 to 2021"),
    ("b", "Repaired hemodialysis machines, infant incubators and steam sterilizers for a 190-bed hospital."),
    ("b", "Maintained medical equipment and closed CM work orders in AIMS."),
    ("h", "Education"),
    ("p", "A.A.S., Biomedical Electronics Technology - Boise Technical College, 2013"),
]

# --------------------------------------------------------------------------------------
# bmet-hospital / resume.pdf
# --------------------------------------------------------------------------------------
BMET_HOSPITAL_RESUME = [
    ("name", "MARCUS T. DELGADO"),
    ("contact", "2216 Willow Bend Dr., Cedar Falls, IA 50613  |  (319) 555-0117  |  marcus.delgado@example.com"),
    ("h", "Summary"),
    ("p", "Biomedical Equipment Technician with 4 years of hospital experience supporting a 220-bed community hospital "
          "and two outpatient surgery centers. Hands-on planned maintenance, repair and electrical safety work on "
          "life-support and general biomedical equipment; comfortable documenting to TJC and CMS requirements."),
    ("h", "Certifications"),
    ("b", "CompTIA A+ (2022)"),
    ("b", "OSHA 10-Hour General Industry (2021)"),
    ("h", "Technical Skills"),
    ("b", "Equipment: IV pumps (BD Alaris 8015/8100 with syringe and PCA modules); bedside monitors (Philips IntelliVue MX450/MX800); "
          "defibrillators (ZOLL R Series, LIFEPAK 15); ventilators (Hamilton C1, Puritan Bennett 980); ESUs (Valleylab FT10); "
          "Natus EEG systems; beds and stretchers"),
    ("b", "Test equipment: Fluke ESA620, Impulse 7000DP, IDA-5, ProSim 8, Fluke 87V DMM, Tektronix oscilloscopes"),
    ("b", "Software: TMS (Accruent), Microsoft Excel"),
    ("b", "Standards: NFPA 99, TJC EC standards, AAMI EQ56"),
    ("h", "Experience"),
    ("job", "Biomedical Equipment Technician I - Cedar Falls Community Hospital, Cedar Falls, IA - Jul 2022 to Present"),
    ("b", "Complete 90+ planned maintenance (PM) work orders per month with 97% on-time completion across a 2,900-device inventory."),
    ("b", "Troubleshoot and repair IV pumps, bedside monitors and defibrillators; return 85% of repairs to service within 24 hours."),
    ("b", "Perform electrical safety inspections per NFPA 99 with the Fluke ESA620 and log results in TMS."),
    ("b", "Worked the 3 PM to 11:30 PM support shift for 14 months covering ED, ICU and OR calls."),
    ("b", "Tagged out failed units and logged it in TMS before swapping from the loaner pool."),
    ("b", "Helped the network team move 140 Alaris IV pumps to a new wireless SSID."),
    ("b", "Processed ECRI alerts and FDA recall notices; quarantined and tracked affected devices."),
    ("b", "Performed incoming inspections on new equipment for two surgery center expansions."),
    ("job", "Biomedical Technician Intern - Cedar River Medical Center, Waterloo, IA - Jan 2022 to Jun 2022"),
    ("b", "Assisted with PMs on ESUs, suction regulators and infant warmers."),
    ("b", "Maintained medical equipment in the surgery centers."),
    ("h", "Education"),
    ("p", "A.A.S., Biomedical Equipment Technology - Hawkeye Valley Community College, 2022"),
]

# --------------------------------------------------------------------------------------
# histology-htl / resume.pdf
# --------------------------------------------------------------------------------------
HISTOLOGY_RESUME = [
    ("name", "FELIX NAVARRO, HT(ASCP)"),
    ("contact", "309 Laurel Creek Rd, Rock Hill, SC 29730  |  (803) 555-0155  |  felix.navarro@example.com"),
    ("h", "Summary"),
    ("p", "Histotechnician with 6 years in a high-volume dermatopathology and GI laboratory (200+ blocks per day). "
          "Fast, careful sectioning, dependable IHC runs and clean inspection records."),
    ("h", "Certifications"),
    ("b", "HT(ASCP), ASCP Board of Certification, 2019"),
    ("h", "Technical Skills"),
    ("b", "Sectioning: rotary microtomes (Leica RM2235, Epredia HM 355S), 3-4 micron ribbons"),
    ("b", "Embedding: paraffin embedding on Tissue-Tek TEC 5 embedding centers"),
    ("b", "Processing: tissue processors (Sakura Tissue-Tek VIP 6)"),
    ("b", "Frozen sections: Leica CM1950 cryostat"),
    ("b", "Staining: hematoxylin and eosin on Tissue-Tek Prisma; special stains (PAS, GMS, trichrome, reticulin, iron, AFB)"),
    ("b", "IHC: Ventana BenchMark ULTRA, Leica BOND-MAX"),
    ("b", "Decalcification: formic acid and EDTA"),
    ("b", "Safety: formalin and xylene handling, formaldehyde exposure monitoring, OSHA"),
    ("b", "LIS: CoPath, Epic Beaker AP"),
    ("h", "Experience"),
    ("job", "Histotechnician - Carolina Dermatopathology & GI Laboratory, Rock Hill, SC - 2019 to Present"),
    ("b", "Embed and section 200-260 blocks per day with a recut rate under 0.5%."),
    ("b", "Cut frozen sections for intraoperative and Mohs consults; average turnaround 9 minutes."),
    ("b", "Run about 900 IHC slides per month on the Ventana BenchMark ULTRA; helped validate 14 new antibodies."),
    ("b", "Perform daily QC on stainers and keep reagent logs; CAP inspections in 2022 and 2024 closed with no ANP deficiencies."),
    ("b", "Worked the evening shift, 2:30 PM to 11 PM, for three years."),
    ("job", "Histology Laboratory Aide - Piedmont Surgical Pathology, Charlotte, NC - 2017 to 2019"),
    ("b", "Assisted the pathologists' assistants (PAs) with grossing and cassette labeling."),
    ("b", "Filed blocks and slides."),
    ("h", "Education"),
    ("p", "Histotechnician Certificate (NAACLS-accredited) - Catawba River Technical College, 2018"),
    ("p", "A.A.S., Science - Catawba River Technical College, 2017"),
]

# --------------------------------------------------------------------------------------
# lab-fse-oem / resume.pdf
# --------------------------------------------------------------------------------------
LAB_FSE_RESUME = [
    ("name", "OWEN KESSLER, CBET"),
    ("contact", "52 Meadowlark Court, Fairborn, OH 45324  |  (937) 555-0171  |  owen.kessler@example.com"),
    ("h", "Summary"),
    ("p", "Laboratory equipment specialist and field service engineer with 8 years servicing clinical laboratory "
          "analyzers, first in-house for a hospital core lab and now in the field for an independent service "
          "organization covering Ohio and Indiana. 96% first-time fix rate."),
    ("h", "Certifications"),
    ("b", "CBET - AAMI Credentials Institute, 2019"),
    ("b", "A+ certified (CompTIA), 2017"),
    ("h", "Technical Skills"),
    ("b", "Chemistry analyzers: Beckman Coulter AU680, AU5800, DxC 700 AU; Siemens Dimension EXL"),
    ("b", "Immunoassay: Beckman Access 2, DxI 800"),
    ("b", "Automation: Beckman Power Express automation line, Inpeco FlexLab"),
    ("b", "Other lab equipment: Sysmex XN-Series, centrifuges, laboratory refrigerators, BSCs"),
    ("b", "Subsystems: photometers, ISE modules, sample probes, pipettors, vacuum and pressure fluidics"),
    ("b", "LIS interfaces: ASTM (LIS2-A2), Data Innovations middleware"),
    ("b", "Tools: Fluke 87V, oscilloscope, ESD workstation; Salesforce Field Service"),
    ("b", "Quality: complaint handling and FSRs under FDA QSR"),
    ("h", "Experience"),
    ("job", "Field Service Engineer - Midwest Lab Instrument Services, Columbus, OH - 2020 to Present"),
    ("b", "Complete installs, PMs and repairs on 140 chemistry, immunoassay and hematology analyzers across 38 hospital and reference labs."),
    ("b", "Installed nine AU680s and two Power Express automation lines, including LIS interfaces and middleware rules."),
    ("b", "Replace photometer lamps, ISE modules, pipettors and sample probes; keep 99% of PMs on schedule."),
    ("b", "Log calls and FSRs in Salesforce Field Service; RMA'd failed boards to the depot within 24 hours."),
    ("b", "Trained lab staff on daily maintenance after every install."),
    ("job", "Laboratory Equipment Specialist - Prairie State Medical Center, Springfield, IL - 2016 to 2020"),
    ("b", "In-house service for the core lab: AU5800s, DxI 800s, centrifuges and BSC certification scheduling."),
    ("b", "Kept 99.1% analyzer uptime across 2.5 million tests per year."),
    ("h", "Education"),
    ("p", "A.A.S., Electronics Engineering Technology - Sangamon Valley Community College, 2015"),
]

# --------------------------------------------------------------------------------------
# imaging-service / posting.pdf
# --------------------------------------------------------------------------------------
IMAGING_POSTING = [
    ("name", "Imaging Service Engineer II (CT, MRI, X-ray)"),
    ("contact", "Clearwater Health System - Clinical Engineering  |  Springfield, MA  |  Full time, days, with on-call rotation  |  Req #CE-24117"),
    ("h", "About Clearwater Health System"),
    ("p", "Clearwater Health System is a not-for-profit network of seven hospitals and 22 outpatient imaging centers across "
          "western Massachusetts. Our Clinical Engineering team of 64 supports more than 38,000 medical devices and "
          "keeps imaging in-house wherever we can."),
    ("h", "What You Will Do"),
    ("b", "Install, calibrate, maintain and repair diagnostic imaging equipment, including CT scanners, MRI systems, X-ray and fluoroscopy rooms, mobile C-arms and ultrasound."),
    ("b", "Perform preventive maintenance to OEM specifications and document all work in the CMMS."),
    ("b", "Perform x-ray performance checks (kVp, mA/mAs, exposure time, HVL) with a kVp meter and support annual medical physics surveys."),
    ("b", "Monitor MRI helium levels and coordinate cryogen fills and cold-head service."),
    ("b", "Troubleshoot DICOM connectivity, modality worklist and PACS transfers with the imaging IT team."),
    ("b", "Complete FDA Form 2579 for the assembly and reassembly of certified diagnostic x-ray components."),
    ("b", "Follow radiation safety and MRI safety procedures at all times."),
    ("h", "Required Qualifications"),
    ("b", "5+ years servicing CT and MRI systems as an in-house or OEM engineer."),
    ("b", "OEM service training on GE, Siemens, or Philips CT or MR platforms."),
    ("b", "Associate degree in electronics or biomedical technology, or equivalent experience."),
    ("b", "CRES or CBET certification, or the ability to obtain one within 2 years of hire."),
    ("h", "Preferred Qualifications"),
    ("b", "Experience with cath lab systems."),
    ("b", "Mammography experience, including MQSA requirements."),
    ("b", "Nuclear medicine or PET-CT experience."),
    ("b", "Network troubleshooting skills (TCP/IP, VLANs)."),
    ("h", "Benefits"),
    ("p", "Medical, dental and vision coverage from day one; 403(b) with 5% match; 25 days PTO; tuition reimbursement; "
          "paid OEM schools; company vehicle for on-call coverage."),
    ("h", "Equal Opportunity Employer"),
    ("p", "Clearwater Health System is an equal opportunity employer. All qualified applicants will receive consideration "
          "for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national "
          "origin, disability, or protected veteran status."),
]

# --------------------------------------------------------------------------------------
# lab-fse-oem / posting.docx
# --------------------------------------------------------------------------------------
LAB_FSE_POSTING = [
    ("name", "Field Service Engineer - Clinical Chemistry & Immunoassay"),
    ("contact", "Calloway Diagnostics, Inc.  |  Ohio / Indiana territory (home-based)  |  Full time  |  Job ID 30882"),
    ("h", "About Calloway Diagnostics"),
    ("p", "Calloway Diagnostics designs, builds and services chemistry, immunoassay and laboratory automation systems "
          "used in more than 1,800 hospital and reference laboratories. Our field teams keep those labs running around "
          "the clock."),
    ("h", "Responsibilities"),
    ("b", "Install, perform preventive maintenance on, and repair chemistry analyzers, immunoassay analyzers and laboratory automation tracks at customer sites."),
    ("b", "Diagnose electromechanical, fluidic, optical and robotic faults; replace photometers, ISE modules, pipettors and sample probes."),
    ("b", "Troubleshoot LIS interfaces (ASTM, HL7) with customer IT and middleware teams."),
    ("b", "Document service activity in Salesforce Field Service and order parts in SAP."),
    ("b", "Follow ISO 13485 and FDA 21 CFR 820 quality system requirements, including complaint handling and field service reports."),
    ("b", "Train laboratory staff on operation and daily maintenance."),
    ("h", "Minimum Qualifications"),
    ("b", "Associate degree in electronics or biomedical equipment technology, or equivalent military training."),
    ("b", "3+ years of field service or in-house service on laboratory or medical equipment."),
    ("b", "Ability to travel up to 60% with overnight stays; valid driver's license and clean driving record."),
    ("h", "Nice to Have"),
    ("b", "Experience with Abbott ARCHITECT, Roche cobas, or Beckman AU systems."),
    ("b", "MLS(ASCP) or MLT(ASCP) certification."),
    ("b", "CompTIA A+."),
    ("b", "CLES or CBET."),
    ("h", "What We Offer"),
    ("p", "Competitive base salary plus overtime and on-call pay, company car, 401(k) with match, medical, dental and "
          "vision insurance, and paid factory training."),
    ("p", "Calloway Diagnostics is an Equal Opportunity Employer, including disability and veterans. We participate in "
          "E-Verify."),
]

DOCUMENTS = {
    "lab-mls-core/resume.docx": (LAB_MLS_CORE_RESUME, {"header_contact": True}),
    "blood-bank-sbb/resume.docx": (BLOOD_BANK_RESUME, {}),
    "bmet-senior-cbet/resume.docx": (BMET_SENIOR_RESUME, {}),
    "lab-fse-oem/posting.docx": (LAB_FSE_POSTING, {}),
    "bmet-hospital/resume.pdf": (BMET_HOSPITAL_RESUME, {}),
    "histology-htl/resume.pdf": (HISTOLOGY_RESUME, {}),
    "lab-fse-oem/resume.pdf": (LAB_FSE_RESUME, {}),
    "imaging-service/posting.pdf": (IMAGING_POSTING, {}),
}


# --------------------------------------------------------------------------------------
# DOCX writer
# --------------------------------------------------------------------------------------
def write_docx(blocks, path: Path, header_contact: bool = False) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = Document()
    doc.core_properties.author = ""
    doc.core_properties.title = ""
    doc.core_properties.created = FIXED_DATE.replace(tzinfo=None)
    doc.core_properties.modified = FIXED_DATE.replace(tzinfo=None)
    doc.core_properties.last_modified_by = ""
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10.5)

    for kind, value in blocks:
        if kind == "contact" and header_contact:
            header = doc.sections[0].header
            para = header.paragraphs[0]
            para.text = value
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "contact":
            para = doc.add_paragraph(value)
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "name":
            para = doc.add_paragraph()
            run = para.add_run(value)
            run.bold = True
            run.font.size = Pt(18)
            para.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "h":
            doc.add_heading(value, level=2)
        elif kind == "p":
            doc.add_paragraph(value)
        elif kind == "b":
            doc.add_paragraph(value, style="List Bullet")
        elif kind == "job":
            para = doc.add_paragraph()
            para.add_run(value).bold = True
        elif kind == "table":
            table = doc.add_table(rows=0, cols=2)
            table.style = "Table Grid"
            for label, content in value:
                cells = table.add_row().cells
                cells[0].text = ""
                cells[0].paragraphs[0].add_run(label).bold = True
                lines = content.split("\n")
                cells[1].text = lines[0]
                for line in lines[1:]:
                    cells[1].add_paragraph(line)
        else:
            raise ValueError(kind)
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))


# --------------------------------------------------------------------------------------
# PDF writer
# --------------------------------------------------------------------------------------
def write_pdf(blocks, path: Path) -> None:
    from fpdf import FPDF

    pdf = FPDF(format="Letter")
    pdf.set_creator("build_examples.py")
    pdf.set_creation_date(FIXED_DATE)
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, margin=16)
    regular = FONT_DIR / "DejaVuSans.ttf"
    bold = FONT_DIR / "DejaVuSans-Bold.ttf"
    if regular.exists() and bold.exists():
        pdf.add_font("Body", "", str(regular))
        pdf.add_font("Body", "B", str(bold))
        family, bullet = "Body", "\u2022"
    else:  # core font fallback: latin-1 only
        family, bullet = "Helvetica", "-"
    pdf.add_page()
    width = pdf.w - pdf.l_margin - pdf.r_margin

    for kind, value in blocks:
        if kind == "name":
            pdf.set_font(family, "B", 16)
            pdf.multi_cell(width, 8, value, align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "contact":
            pdf.set_font(family, "", 9)
            pdf.multi_cell(width, 5, value, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "h":
            pdf.ln(2)
            pdf.set_font(family, "B", 11)
            pdf.cell(width, 6, value.upper(), new_x="LMARGIN", new_y="NEXT")
            y = pdf.get_y()
            pdf.line(pdf.l_margin, y, pdf.l_margin + width, y)
            pdf.ln(1.5)
        elif kind == "p":
            pdf.set_font(family, "", 9.5)
            pdf.multi_cell(width, 4.8, value, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.8)
        elif kind == "job":
            pdf.ln(0.8)
            pdf.set_font(family, "B", 9.5)
            pdf.multi_cell(width, 5, value, new_x="LMARGIN", new_y="NEXT")
        elif kind == "b":
            pdf.set_font(family, "", 9.5)
            pdf.cell(5, 4.8, bullet)
            pdf.multi_cell(width - 5, 4.8, value, new_x="LMARGIN", new_y="NEXT")
        elif kind == "cols":  # rows of a two-column block, (left, right); a cell ending ':' is a label
            _pdf_columns(pdf, value, family, bullet, width)
        else:
            raise ValueError(kind)
    path.parent.mkdir(parents=True, exist_ok=True)
    pdf.output(str(path))


def _pdf_columns(pdf, rows, family: str, bullet: str, width: float) -> None:  # noqa: ANN001
    half = width / 2
    for left, right in rows:
        y = pdf.get_y()
        for col, text in ((0, left), (1, right)):
            if not text:
                continue
            is_label = text.endswith(":")
            pdf.set_font(family, "B" if is_label else "", 9.5 if is_label else 9)
            pdf.set_xy(pdf.l_margin + col * half, y)
            pdf.cell(half - 4, 4.6, text if is_label else f"{bullet} {text}")
        pdf.set_xy(pdf.l_margin, y + 4.6)
    pdf.ln(1)


def main() -> None:
    for rel, (blocks, options) in DOCUMENTS.items():
        target = HERE / rel
        if target.suffix == ".docx":
            write_docx(blocks, target, **options)
        else:
            write_pdf(blocks, target)
        print(f"wrote {target.relative_to(HERE.parent)}")


if __name__ == "__main__":
    os.chdir(HERE)
    main()
