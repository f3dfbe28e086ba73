"""Vocabulary added where the fifty-sixth round of held-out pairs showed it thin.

The Dutch teaching hospital clinical chemistry analyst (netherlands-laboratory-practice.yaml), the Navy
corpsman BMET moving to a civilian HTM department (the 2M repair course, IP configuration, patch management),
the British Columbia microbiology MLT (canada-microbiology.yaml), the Australian public hospital biomedical
engineer (australia-biomedical-engineering.yaml), the Jamaican public hospital medical technologist
(jamaica-laboratory-practice.yaml) and the Kenyan county hospital biomedical engineering technologist
(kenya-biomedical-engineering.yaml), with the concepts of older files they extend. Each ambiguous form is
checked in its other sense too.
"""

from __future__ import annotations

from tests.test_vocab import line_check, parent_check, status_check


def test_netherlands_laboratory_terms(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    check("Participation in SKML external quality schemes", "skml")
    parent("skml", "proficiency-testing")
    check("Member of the NVKC", "nvkc")
    check("Diploma middelbaar laboratoriumonderwijs (medisch analist)", "dutch-mlo")
    # MLO in a mammography line is the mediolateral oblique view
    check("Acquired CC and MLO views on the Selenia Dimensions", "dutch-mlo", False)
    check("HLO bachelor's degree in Biology and Medical Laboratory Research", "dutch-hlo")
    parent("dutch-hlo", "bachelors-degree")
    check("Diploma evaluated by Nuffic (IDW)", "nuffic-evaluation")
    check("Dutch at level B1 (CEFR)", "cefr-b1")
    check("Passed Staatsexamen NT2 programma II", "nt2-programma-ii")
    # B1 in a biosafety cabinet's type or a vitamin is not a language level
    check("Class II Type B1 biosafety cabinet certification", "cefr-b1", False)
    check("Vitamin B1 and B6 by HPLC", "cefr-b1", False)
    check("Validated results in GLIMS", "glims")
    parent("glims", "lis")
    check("Order entry in ChipSoft HiX", "chipsoft-hix")
    check("Technically validated and released results in LabOsys", "philips-labosys")
    parent("philips-labosys", "lis")
    check("ISO 15189 accreditation by the RvA", "rva")
    check("Foreign bachelor's degree evaluated as equivalent by Nuffic (IDW)", "nuffic-evaluation")


def test_navy_bmet_to_htm_terms(checker, vocabulary):
    check = line_check(checker)
    status = status_check(checker)
    check("2M Miniature/Microminiature Electronic Repair course, 2021", "navy-2m-repair")
    status(
        "Circuit card repair and 2M miniature/microminiature soldering",
        "Soldering to IPC J-STD-001 is an advantage",
        "ipc-j-std-001",
        "synonym",
    )
    check("Applied DoD cybersecurity patches and IP configuration to 420 networked monitors", "ip-addressing")
    check("Biomedical Equipment Technician, Biomedical Engineering Division", "clinical-engineering")
    check("Maintain ICU ventilators and anesthesia machines", "ventilator")


def test_canada_microbiology_terms(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    status = status_check(checker)
    check("Work to the Canadian Biosafety Standard at CL2 and CL3", "canadian-biosafety-standard")
    check("CBS and HPTA compliance for the containment level 2 suite", "canadian-biosafety-standard")
    # CBS is also Canadian Blood Services
    check("Ordered red cells from CBS for the transfusion service", "canadian-biosafety-standard", False)
    check(
        "Mycology bench: KOH and calcofluor white preps, SAB and brain heart infusion cultures",
        "sabouraud-dextrose-agar",
    )
    check("Sabouraud dextrose agar and inhibitory mould agar", "inhibitory-mould-agar")
    parent("sabouraud-dextrose-agar", "culture-media")
    # SAB is also Staphylococcus aureus bacteraemia
    check(
        "SAB bundle: repeat blood cultures for Staphylococcus aureus bacteraemia",
        "sabouraud-dextrose-agar",
        False,
    )
    check("KOH, calcofluor white, LPCB, SAB", "lactophenol-cotton-blue")
    check("MRSA, VRE and CPE screening", "cpe")
    check("Screening for CPO and VRE on rectal swabs", "cpo")
    parent("cpe", "cpo")
    # CPE is also the cytopathic effect of viral culture, CPO the prosthetist-orthotist
    check("Read cell cultures for CPE daily", "cpe", False)
    check("Certified Prosthetist Orthotist (CPO)", "cpo", False)
    status("MRSA, VRE and CPE screening", "Screening for CPO", "cpo", "related")
    check("Catalase, oxidase, indole, latex agglutination", "catalase-test")
    check("Catalase, oxidase, indole, latex agglutination", "indole-test")
    # catalase in a biochemistry line is the enzyme
    check("Measured catalase activity in liver homogenates", "catalase-test", False)
    status(
        "Catalase, oxidase, indole, latex agglutination",
        "Identify organisms by MALDI-TOF and conventional biochemical methods",
        "biochemical-identification",
        "related",
    )
    check("Cepheid GeneXpert: C. diff, MRSA/SA", "c-difficile-testing")
    check("Containment Level 3 TB laboratory", "cl-3")
    check("Referred isolates to the BCCDC Public Health Laboratory", "bccdc-phl")
    status("BSL-3 TB suite", "Work in a Containment Level 3 laboratory", "cl-3", "related")


def test_australia_biomedical_engineering_terms(checker, vocabulary):
    check = line_check(checker)
    status = status_check(checker)
    check("Test to AS/NZS 3200 and AS/NZS 3551", "as-nzs-3200")
    status("Testing to AS/NZS IEC 60601.1", "Knowledge of AS/NZS 3200", "as-nzs-3200", "synonym")
    check("Confirm the ARTG entry before purchase", "artg")
    # the regulator alone is not the register
    status("Recalls notified by the TGA", "Check ARTG inclusion", "artg", "missing")
    check("Oversight of the managed equipment services contract", "managed-equipment-services")


def test_jamaica_laboratory_terms(checker, vocabulary):
    check = line_check(checker)
    check("Registered with the Council for Professions Supplementary to Medicine, Jamaica", "cpsm-jamaica")
    # the United Kingdom's former council of the same name
    check(
        "State registered with the Council for Professions Supplementary to Medicine, London, 1998",
        "cpsm-jamaica",
        False,
    )
    check("JANAAC accreditation to ISO 15189", "janaac")
    check("Jamaica Ministry of Health and Wellness guidelines", "jamaica-mohw")
    check("Blood supplied by the National Blood Transfusion Service, Kingston, Jamaica", "jamaica-nbts")
    check("Blood supplied by the National Blood Transfusion Service, Harare", "jamaica-nbts", False)
    check("Referred isolates to CARPHA", "carpha")
    check("HIV screening with 4th generation Ag/Ab combo assays", "hiv-ag-ab-combo")
    check("Handle stock control of reagents and controls", "reagent-inventory")
    check("Technically validated and released results in LabOsys", "technical-authorisation")


def test_kenya_biomedical_engineering_terms(checker, vocabulary):
    check = line_check(checker)
    check("Registered Engineering Technologist, KETRB, Reg. No. ET/2021/0447", "ketrb")
    check("Registered Graduate Engineer with the Engineers Board of Kenya (EBK)", "engineers-board-of-kenya")
    check(
        "IEC 62353, PPADA 2015, PPB device registration, Kenya Bureau of Standards",
        "kenya-pharmacy-poisons-board",
    )
    check("IEC 62353, PPADA 2015, PPB device registration, Kenya Bureau of Standards", "kebs")
    check("IEC 62353, PPADA 2015, PPB device registration, Kenya Bureau of Standards", "kenya-ppada")
    # ppb is also parts per billion
    check("Lead below 5 PPB in the RO product water", "kenya-pharmacy-poisons-board", False)
    check("Licences from the Kenya Nuclear Regulatory Authority (KNRA)", "kenya-nuclear-regulatory-authority")
    check(
        "Files for the Radiation Protection Board inspection, Eldoret, Kenya",
        "kenya-nuclear-regulatory-authority",
    )
    # Ghana had a Radiation Protection Board too
    check(
        "Licensed by the Radiation Protection Board of the Ghana Atomic Energy Commission",
        "kenya-nuclear-regulatory-authority",
        False,
    )
    check(
        "Healthcare technology management unit, county referral hospital", "healthcare-technology-management"
    )
    check("Member, Association of Medical Engineering of Kenya (AMEK)", "amek")
    check("Corporate member of the IEK; registered with EBK", "institution-of-engineers-of-kenya")


def test_a_bare_koh_is_the_mount_beside_mycology_words(checker):
    check = line_check(checker)
    check("Mycology bench: KOH, calcofluor white, LPCB, SAB", "koh-prep")
    # potassium hydroxide in a chemistry line is no KOH mount
    check("Prepared KOH and NaOH solutions for titrations", "koh-prep", False)


def test_a_bare_theatre_is_the_operating_room_beside_a_hospitals_wards(checker):
    check = line_check(checker)
    check("Cut breakdown repair time for ICU and theatre equipment from 9 days to 3", "operating-room")
    check("Maintain equipment in theatre, ICU, HDU and the renal unit", "operating-room")
    # a lecture theatre, or a theatre's stage, is no operating room
    check("Set up the AV system in the lecture theatre for grand rounds", "operating-room", False)
    check("Volunteer stage manager at the community theatre", "operating-room", False)
    # the theatre's lights and tables are devices of their own
    check("Repaired the ICU beds, operating tables and theatre lights", "operating-room", False)
