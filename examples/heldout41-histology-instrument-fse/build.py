"""Build posting.docx and resume.pdf for heldout41-histology-instrument-fse.

Posting: a vendor careers-site export (DOCX) with a requisition line, a run-on "The role" paragraph,
"Requirements:" and "Nice to have" lists, either/or credentials and a pay range.
Resume layout quirks: one-page-ish PDF, skills in two columns, certifications at the very bottom,
credential suffix on the name line. The applicant is a former histotechnician who moved into
multi-vendor field service; she writes model names (Leica RM2235, TSI VelociCalc, ServiceMax),
older or trade names (cryotomes, Thermo Shandon, cassette writers) and abbreviations (PMs, FDA QSR).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

POSTING = [
    ("name", "Field Service Engineer II - Histology & Anatomic Pathology"),
    ("p", "Aldermoor Scientific  |  Requisition AS-26-04417  |  Territory: Ohio Valley (Columbus, Cincinnati, Dayton, "
          "Louisville)  |  Home-based, 60-75% travel  |  Full time"),
    ("h", "About Aldermoor"),
    ("p", "Aldermoor Scientific designs, builds and services instruments for the anatomic pathology (AP) laboratory. "
          "Our field service team of 140 engineers supports more than 2,300 hospital and reference histology "
          "laboratories across North America, covering our own systems and, under multi-vendor agreements, "
          "instruments from other manufacturers."),
    ("h", "The role"),
    ("p", "You will own the installed base in a territory of about 45 accounts, from small community hospitals with a "
          "single processor to academic pathology departments running three shifts, and you will be the person the "
          "histotechnologists call when a run of 300 cassettes is stuck in a retort at 2 a.m., so calm judgement and "
          "clear communication matter here as much as technical skill, and you will work closely with our technical "
          "support group, our applications specialists and the account managers who sell into your territory."),
    ("h", "What you'll do"),
    ("b", "Install, relocate, maintain and repair histology instruments: tissue processors, paraffin embedding centers, "
          "rotary microtomes, cryostats, automated H&E stainers and coverslippers, and immunohistochemistry (IHC) and "
          "special-stain platforms such as the VENTANA BenchMark ULTRA, Leica BOND-III or Dako Omnis."),
    ("b", "Complete preventive maintenance (PM) visits on schedule and execute IQ/OQ protocols at installation and "
          "after major repairs or relocations."),
    ("b", "Troubleshoot to board, sensor and component level: retort heaters and level sensors, rotary valves, "
          "vacuum/pressure pumps, reagent fluidics, and cryostat refrigeration circuits and "
          "compressors."),
    ("b", "Work safely on instruments that hold formalin and xylene; replace activated carbon filters "
          "and verify fume extraction on processors, stainers and downdraft grossing stations."),
    ("b", "Install and support solvent recycling systems that recover xylene, alcohol and formalin for reuse."),
    ("b", "Verify temperatures with calibrated thermocouple thermometers, check airflow with an anemometer, and perform "
          "electrical safety testing to IEC 61010-1 after every repair."),
    ("b", "Connect instruments to the laboratory information system (LIS) and to barcode specimen tracking, including "
          "cassette printers, slide printers and basic TCP/IP configuration."),
    ("b", "Provide customer training to histotechnologists and supervisors on operation, daily maintenance and "
          "first-line troubleshooting; help customers prepare maintenance records for CAP inspections."),
    ("b", "Document every visit in our field service management software (Salesforce Field Service) within 24 hours and "
          "follow complaint handling procedures under 21 CFR Part 820 and ISO 13485."),
    ("h", "Requirements:"),
    ("b", "Associate degree in electronics or biomedical equipment technology, or equivalent military training."),
    ("b", "Three or more years servicing laboratory, analytical or medical equipment, in the field or in-house."),
    ("b", "Solid grasp of electromechanical systems, pneumatics, fluidics and refrigeration; reads schematics and "
          "troubleshoots with a DMM and oscilloscope."),
    ("b", "EPA Section 608 certification (Type II or Universal), or the ability to obtain it within 90 days of hire."),
    ("b", "Working knowledge of the OSHA Formaldehyde Standard and safe xylene handling."),
    ("b", "Valid driver's license with a safe driving record; able to lift 50 lb and work in cramped bench spaces."),
    ("h", "Nice to have"),
    ("b", "Histology bench background, ideally with HT(ASCP) or HTL(ASCP) certification."),
    ("b", "AAMI certification as a CLES (Certified Laboratory Equipment Specialist) or CBET."),
    ("b", "Hands-on experience with Leica, Sakura or Epredia instruments."),
    ("h", "Pay and benefits"),
    ("p", "Base pay range: $74,500 - $92,000 per year, depending on experience and location, plus on-call premium and "
          "overtime. The on-call rotation is one week in six, weeknights from 5 PM to 8 AM and weekends. Company vehicle, "
          "fuel card, tools and laptop; medical, dental and vision coverage from day one; 401(k) with a 5% match; 15 days "
          "of paid time off plus 10 holidays; tuition assistance."),
    ("h", "Equal opportunity"),
    ("p", "Aldermoor Scientific is an equal opportunity employer. All qualified applicants will receive consideration "
          "for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national "
          "origin, disability or protected veteran status."),
]

RESUME = [
    ("name", "ALANA J. WHITCOMBE, HT(ASCP)CM"),
    ("contact", "Dayton, OH 45419  |  (937) 555-0158  |  alana.whitcombe@example.com  |  Open to travel, company vehicle OK"),
    ("h", "Profile"),
    ("p", "Field service engineer for anatomical pathology equipment with six years on the road and six years at the "
          "histology bench before that. I know what a failed processing run costs a lab because I used to be the one "
          "re-embedding the blocks. Multi-vendor experience on Sakura, Leica and Thermo Shandon systems; comfortable "
          "with refrigeration, pneumatic and electromechanical repair, Beaker and CoPath interfacing and in-service training."),
    ("h", "Equipment & Skills"),
    ("cols", [
        ("Histology instruments:", "Service tools and methods:"),
        ("Tissue processors: VIP 6 AI, Leica Peloris 3", "Fluke 87V DMM, Fluke 54 II (type K/J)"),
        ("Embedding stations: Tissue-Tek TEC 6", "TSI VelociCalc 9545, hood face velocity"),
        ("Microtomes: Leica RM2235 and RM2255", "Electrical safety testing (ground bond, leakage)"),
        ("Cryotomes: Leica CM1950, Thermo CryoStar NX70", "Schematics, fluidics, pneumatic circuits"),
        ("H&E autostainers: Prisma Plus, Leica ST5020", "EPA 608 refrigerant recovery, brazing"),
        ("Coverslippers: Tissue-Tek Film, Leica CV5030", "29 CFR 1910.1048 formaldehyde monitoring"),
        ("IHC stainers: VENTANA BenchMark ULTRA and XT", "Epic Beaker AP and CoPathPlus interfaces"),
        ("Other stainers: Dako Artisan Link Pro", "TCP/IP, static IPs, serial-to-Ethernet"),
        ("Solvent recovery stills (CBG Biotech)", "ServiceMax work orders and parts"),
    ]),
    ("h", "Experience"),
    ("job", "Field Service Engineer, Histology Systems - Keystone Lab Equipment Services, Columbus, OH - Apr 2020 to "
            "Present"),
    ("p", "Multi-vendor ISO (independent service organization) covering anatomical pathology equipment in 60 hospital "
          "and reference labs across Ohio and Indiana."),
    ("b", "Installed 38 instruments with IQ/OQ/PQ documentation, including tissue processors, embedding stations and "
          "frozen-section cryotomes; moved two complete histology labs during hospital renovations."),
    ("b", "Complete about 280 scheduled PMs a year (97% on time); first-time fix rate 88%."),
    ("b", "Repair retort heater and level sensor faults, rotary valve and vacuum/pressure pump failures on VIP 6 AI and "
          "Peloris 3 processors; replace charcoal filters and verify local exhaust ventilation on processors and "
          "stainers."),
    ("b", "Repair cryotome refrigeration: compressor replacement, leak search, evacuation and recharge under my EPA 608 "
          "Universal certification; defrost and Peltier faults."),
    ("b", "Work on formalin and xylene reagent lines following each lab's formaldehyde program; install and service "
          "solvent recovery stills for xylene and alcohol and show staff how to check distillate purity."),
    ("b", "Troubleshoot H&E autostainers and coverslippers down to stepper motors, sensors and fluidics; third-party "
          "service on VENTANA BenchMark XT and ULTRA IHC stainers."),
    ("b", "Connect processors, stainers and cassette writers to Epic Beaker AP and CoPathPlus with cassette and slide "
          "barcode tracking; set static IPs and TCP/IP ports with hospital IT."),
    ("b", "Run electrical safety testing after every repair; verify bath and block temperatures with a Fluke 54 II and "
          "hood face velocity with a TSI VelociCalc."),
    ("b", "Delivered 120+ in-service training sessions to histotechnologists on daily maintenance and first-line fixes."),
    ("b", "Log work orders, parts and time in ServiceMax; pass field complaints to OEM partners for complaint handling "
          "under FDA QSR; led a CAPA on recurring Prisma Plus transfer-arm faults."),
    ("b", "Helped 14 labs pass College of American Pathologists inspections with complete maintenance records."),
    ("job", "Histotechnician, Anatomical Pathology - Great Miami Regional Medical Center, Dayton, OH - Jun 2014 to "
            "Mar 2020"),
    ("b", "Embedded, cut and stained 250-300 blocks a day; frozen sections for the OR on the Leica CM1950."),
    ("b", "Ran daily and weekly maintenance on the lab's tissue processors, autostainers, coverslippers and IHC "
          "stainers; became the bench's go-to for first-line repairs, which led to the move into service."),
    ("b", "Lab safety lead: formalin spill drills, formaldehyde exposure badges, xylene waste and solvent recovery logs."),
    ("h", "Education"),
    ("p", "A.A.S., Biomedical Engineering Technology - Southwest Ohio Technical College, Dayton, OH, 2019 "
          "(evening program)"),
    ("p", "Certificate, Histotechnology (NAACLS-accredited HT program) - Southwest Ohio Technical College, 2014"),
    ("h", "Certifications & Training"),
    ("b", "HT(ASCP)CM - Histotechnician, ASCP Board of Certification, 2015"),
    ("b", "AAMI CLES (Certified Laboratory Equipment Specialist) - exam scheduled March 2027"),
    ("b", "EPA 608 Universal technician certification, 2020"),
    ("b", "OEM service training: Sakura Tissue-Tek VIP 6 AI and Prisma Plus (2021); Leica Peloris 3 and CM1950 (2022)"),
    ("b", "OSHA 10-Hour General Industry, 2020"),
    ("b", "Valid Ohio driver's license, clean record"),
]

if __name__ == "__main__":
    write_docx(POSTING, HERE / "posting.docx")
    print("wrote", HERE / "posting.docx")
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
