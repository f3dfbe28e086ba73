"""UK NHS clinical engineering (EBME) terms (vocab/uk-clinical-engineering.yaml): the MHRA's instruments
and the NHS alert and incident systems, UK health-and-safety law and electrical standards, Health Technical
Memoranda, UK bodies, registers, training schemes and City & Guilds qualifications, NHS titles and equipment
services. Each concept is found in its own sense; every guarded form is refused in the other sense (a
referee's yellow card, a CAS number on a safety data sheet, the spanning tree protocol, a textbook's 18th
edition, a T-34 tank, the verb 'equip'); NHS pay bands are read as nothing.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check, status_check

_CASES = [
    # MHRA: regulations, guidance, reporting and alerts
    ("Working knowledge of the Medical Devices Regulations 2002", "uk-mdr-2002", True),
    ("Compliance with UK MDR 2002 and MHRA requirements", "uk-mdr-2002", True),
    ("Technical file under the MDD 93/42/EEC", "eu-mdd", True),
    ("Transition of the product range from the MDD to the EU MDR", "eu-mdd", True),
    ("Patients with MDD and generalised anxiety disorder", "eu-mdd", False),
    ("Checked CE marking of new devices on delivery", "ce-marking", True),
    ("Confirmed UKCA marking on new equipment", "ukca-marking", True),
    (
        "Equipment managed in line with MHRA Managing Medical Devices guidance",
        "mhra-managing-medical-devices",
        True,
    ),
    ("Policy follows Managing Medical Devices (MHRA, 2021)", "mhra-managing-medical-devices", True),
    ("Experience managing medical devices across the Trust", "mhra-managing-medical-devices", False),
    ("Reported device adverse incidents to the MHRA Yellow Card scheme", "mhra-yellow-card", True),
    ("Submitted a Yellow Card for the adverse incident", "mhra-yellow-card", True),
    ("Shown a yellow card by the referee in the final", "mhra-yellow-card", False),
    ("Actioned MHRA Medical Device Alerts and field safety notices", "mhra-medical-device-alert", True),
    ("Closed each MDA received through CAS", "mhra-medical-device-alert", True),
    ("Toxicology screens for MDA and MDMA", "mhra-medical-device-alert", False),
    ("Responded to National Patient Safety Alerts within deadlines", "national-patient-safety-alert", True),
    ("Tracked NatPSAs to closure", "national-patient-safety-alert", True),
    ("Managed safety alerts received via the Central Alerting System", "central-alerting-system", True),
    ("CAS alerts and field safety notices actioned for EBME", "central-alerting-system", True),
    ("Cascaded MHRA alerts from CAS to ward managers", "central-alerting-system", True),
    ("Sodium chloride, CAS No. 7647-14-5, per the SDS", "central-alerting-system", False),
    ("Logged chemical CAS numbers in the reagent inventory", "central-alerting-system", False),
    # NHS incident reporting and asset systems
    ("Recorded incidents on LFPSE", "lfpse", True),
    ("Uploaded incidents to the National Reporting and Learning System", "lfpse", True),
    ("Reported equipment incidents on Datix", "datix", True),
    ("Investigated incidents logged in DCIQ (Datix Cloud IQ)", "datix", True),
    ("Kept asset records on e-Quip", "e-quip", True),
    ("Equip the ward with new beds", "e-quip", False),
    ("Helped equip the new theatre suite", "e-quip", False),
    # UK health and safety law
    ("Duties under the Health and Safety at Work etc. Act 1974", "health-and-safety-at-work-act", True),
    ("Work to the Electricity at Work Regulations 1989", "electricity-at-work-regulations", True),
    ("Competent person under EAWR", "electricity-at-work-regulations", True),
    ("COSHH assessments for cleaning agents", "coshh", True),
    ("LOLER inspections of patient hoists and slings", "loler", True),
    ("Work equipment maintained to PUWER", "puwer", True),
    ("Reportable injuries under RIDDOR", "riddor", True),
    (
        "Risk assessments under the Manual Handling Operations Regulations 1992",
        "manual-handling-regulations",
        True,
    ),
    ("Test probes and leads compliant with GS38", "hse-gs38", True),
    # UK electrical standards, PAT testing and safe isolation
    ("Qualified to BS 7671", "bs-7671", True),
    ("18th Edition Wiring Regulations (BS7671:2018)", "bs-7671", True),
    ("Holds the 18th Edition (City & Guilds 2382)", "bs-7671", True),
    ("Studied from Tietz Clinical Chemistry 18th Edition", "bs-7671", False),
    ("Henry's Clinical Diagnosis, 17th Edition, on the bench", "bs-7671", False),
    ("Wired to the 17th Edition wiring rules", "bs-7671", True),
    (
        "IET Code of Practice for In-service Inspection and Testing of Electrical Equipment",
        "iet-code-of-practice-in-service-inspection",
        True,
    ),
    ("PAT testing of non-medical electrical equipment", "portable-appliance-testing", True),
    ("Configured PAT on the firewall", "portable-appliance-testing", False),
    ("Calibrated the PAT tester annually", "portable-appliance-tester", True),
    ("PAT testing with a Seaward PrimeTest 250", "seaward-primetest", True),
    ("Apollo 600 PAT tester used for in-service testing", "seaward-apollo", True),
    ("Upgraded the Apollo 600 server cluster", "seaward-apollo", False),
    ("Safe isolation of electrical supplies before work", "safe-isolation", True),
    ("Safe isolation procedures with lock-off kits and a proving unit", "safe-isolation", True),
    ("Safe isolation of infectious patients in side rooms", "safe-isolation", False),
    ("Safe isolation procedures for patients with C. difficile", "safe-isolation", False),
    # City & Guilds
    ("City & Guilds Level 3 in Electronics", "city-and-guilds", True),
    ("C&G Level 3 certificate in electrical installation", "city-and-guilds", True),
    ("Bought C&G shares in the brokerage account", "city-and-guilds", False),
    ("C&G 2377 In-Service Inspection and Testing", "city-and-guilds-2377", True),
    ("Holds 2377-22 PAT qualification", "city-and-guilds-2377", True),
    ("Order 2377-22 shipped to the warehouse", "city-and-guilds-2377", False),
    ("City and Guilds 2382 18th Edition", "city-and-guilds-2382", True),
    ("2382-18 wiring regulations certificate", "city-and-guilds-2382", True),
    ("Part number 2382-18 replaced", "city-and-guilds-2382", False),
    ("City & Guilds 2391 inspection and testing", "city-and-guilds-2391", True),
    ("2391-52 inspection and testing of electrical installations", "city-and-guilds-2391", True),
    ("Invoice 2391-52 paid", "city-and-guilds-2391", False),
    # UK professional bodies, registers and training schemes
    ("Member of the Institution of Engineering and Technology", "iet-membership", True),
    ("MIET, registered EngTech", "iet-membership", True),
    ("IET member working towards IEng", "iet-membership", True),
    ("Professional member of the IET", "iet-membership", True),
    ("B.Tech in Electronics Engineering, IET Lucknow", "iet-membership", False),
    ("Wired to the IET Wiring Regulations", "iet-membership", False),
    ("Member of IHEEM", "iheem-membership", True),
    ("Registered with the Academy for Healthcare Science", "ahcs-registration", True),
    ("AHCS registered practitioner", "ahcs-registration", True),
    (
        "Completed the NHS Scientist Training Programme in Clinical Engineering",
        "scientist-training-programme",
        True,
    ),
    ("STP trainee in medical physics", "scientist-training-programme", True),
    ("Configured STP and VLANs on the core switches", "scientist-training-programme", False),
    ("Graduate of the Practitioner Training Programme", "practitioner-training-programme", True),
    ("BSc Healthcare Science (Clinical Engineering)", "practitioner-training-programme", True),
    ("PTP graduate, healthcare science practitioner", "practitioner-training-programme", True),
    ("Configured PTP grandmaster clocks for the broadcast network", "practitioner-training-programme", False),
    # Health Technical Memoranda and regulators
    ("Decontamination to Health Technical Memoranda", "health-technical-memoranda", True),
    ("Sterilizer validation to HTM 01-01", "htm-01-01", True),
    ("Endoscope washer testing to HTM 01-06", "htm-01-06", True),
    ("Medical gas pipeline work to HTM 02-01", "htm-02-01", True),
    ("Electrical services to HTM 06-01", "htm-06-01", True),
    ("HTM 01-01 sterilizer testing", "healthcare-technology-management", False),
    ("Prepared evidence for the CQC inspection", "cqc", True),
    # NHS titles
    ("Clinical Technologist - Medical Engineering, Band 6", "clinical-technologist", True),
    ("Senior Clinical Technologist in the EBME department", "clinical-technologist", True),
    ("Clinical Technologist at the regional reference laboratory", "clinical-technologist", False),
    ("Medical Technical Officer in medical physics", "clinical-technologist", True),
    ("MTO grade in medical engineering", "clinical-technologist", True),
    ("MTO flight line maintenance", "clinical-technologist", False),
    ("Healthcare Science Practitioner in medical engineering", "healthcare-science-practitioner", True),
    ("Medical Device Safety Officer for the Trust", "medical-device-safety-officer", True),
    ("Deputy MDSO", "medical-device-safety-officer", True),
    # NHS equipment services and products
    ("Ran the medical equipment library", "medical-equipment-library", True),
    ("Equipment library loaning infusion pumps to wards", "medical-equipment-library", True),
    ("MEL staff issue pumps to the wards", "medical-equipment-library", True),
    ("Tool and equipment library at the makerspace", "medical-equipment-library", False),
    ("Updated the aircraft MEL before dispatch", "medical-equipment-library", False),
    ("Serviced BD BodyGuard T34 syringe drivers", "bd-bodyguard-t34", True),
    ("McKinley T34 servicing", "bd-bodyguard-t34", True),
    ("T34 pumps for palliative care", "bd-bodyguard-t34", True),
    ("Restored a T34 tank engine", "bd-bodyguard-t34", False),
    ("Serviced Alaris GP volumetric pumps", "alaris-gp", True),
    ("Alaris CC syringe pumps in critical care", "alaris-cc", True),
    ("Asena GH syringe pumps on the wards", "alaris-gh", True),
    ("LOLER checks on Arjo Maxi Move hoists", "arjo-maxi-move", True),
    ("Maxi Move furniture removals", "arjo-maxi-move", False),
    ("Installed Maxi Sky ceiling hoists", "arjo-maxi-sky", True),
    ("Maxi Sky skylight windows fitted", "arjo-maxi-sky", False),
    ("Clinical safety case to DCB0129", "dcb0129", True),
    ("Hazard log kept to DCB 0160", "dcb0160", True),
    # NHS pay bands are no requirement
    ("Band 6 Medical Engineering Technologist", "clinical-technologist", False),
    ("Agenda for Change Band 5, £29,970 - £36,483", "preventive-maintenance", False),
]

_STATUS_CASES = [
    ("Work to the Electricity at Work Regulations 1989", "Knowledge of NFPA 70E", "nfpa-70e", "related"),
    (
        "Qualified to BS 7671 (18th Edition)",
        "Knowledge of the National Electrical Code",
        "nfpa-70",
        "related",
    ),
    (
        "Safe isolation of electrical supplies before work",
        "Lockout/tagout experience",
        "lockout-tagout",
        "related",
    ),
    (
        "Reported incidents through the MHRA Yellow Card scheme",
        "Medical device reporting experience",
        "adverse-event-reporting",
        "related",
    ),
    ("Actioned National Patient Safety Alerts", "Manage hazard alerts", "hazard-alerts", "related"),
    ("Asset records kept on e-Quip", "CMMS experience required", "cmms", "related"),
    ("Serviced McKinley T34 syringe drivers", "BD BodyGuard T34 experience", "bd-bodyguard-t34", "synonym"),
    (
        "PAT testing of non-medical equipment",
        "Electrical safety testing of medical devices",
        "electrical-safety-testing",
        "related",
    ),
    ("Knowledge of the UK MDR 2002", "Knowledge of the EU MDR", "eu-mdr", "related"),
]


def test_uk_clinical_engineering_filing(vocabulary):
    assert "cmms" in vocabulary.ancestors("e-quip")
    assert "syringe-pump" in vocabulary.ancestors("bd-bodyguard-t34")
    assert "infusion-pump" in vocabulary.ancestors("bd-bodyguard-t34")
    assert {"bd-alaris", "large-volume-pump"} <= vocabulary.ancestors("alaris-gp")
    assert {"bd-alaris", "syringe-pump"} <= vocabulary.ancestors("alaris-cc")
    assert "patient-lift" in vocabulary.ancestors("arjo-maxi-move")
    assert "ceiling-lift" in vocabulary.ancestors("arjo-maxi-sky")
    assert "portable-appliance-tester" in vocabulary.ancestors("seaward-primetest")
    assert "electrical-safety-analyzer" not in vocabulary.ancestors("portable-appliance-tester")
    assert "city-and-guilds" in vocabulary.ancestors("city-and-guilds-2382")
    assert "city-and-guilds-2391" not in vocabulary.ancestors("city-and-guilds-2382")
    for htm in ("htm-01-01", "htm-01-06", "htm-02-01", "htm-06-01"):
        assert "health-technical-memoranda" in vocabulary.ancestors(htm)
    assert "eu-mdr" not in vocabulary.ancestors("uk-mdr-2002")
    assert "eu-mdr" not in vocabulary.ancestors("eu-mdd")
    assert "bmet" not in vocabulary.ancestors("clinical-technologist")
    assert "hazard-alerts" not in vocabulary.ancestors("national-patient-safety-alert")
    assert vocabulary.concepts["clinical-technologist"].category.value == "title"
    assert vocabulary.concepts["central-alerting-system"].category.value == "software"
    assert vocabulary.concepts["portable-appliance-testing"].category.value == "skill"


def test_uk_clinical_engineering_forms_read_only_in_their_own_sense(checker):
    each_case(_CASES, line_check(checker))


def test_uk_clinical_engineering_statuses(checker):
    each_case(_STATUS_CASES, status_check(checker))
