"""Vocabulary added where the thirty-seventh round of held-out pairs showed it thin: air medical transport
(the LTV 1200/1150 and the Crossvent under transport ventilators, NVIS/NVG compatibility, battery analyzers
and the Cadex units, Li-ion as lithium-ion, life support equipment that is not an aircrew's survival gear);
surgical lights, booms and tables (monitor and display arms, the Hana table's forms, table hand controls and
hand pendants, the battery packs of medical devices, Stryker the maker and not the hospital building); the
neuromuscular histology bench (snap freezing, isopentane, enzyme histochemistry with NADH-TR, SDH, COX and
myosin ATPase, modified Gomori trichrome, oil red O, teased nerve fibers, semithin sections,
HistoQIP, EM beside EM words); and water microbiology (Legionella culture, BCYE agar, ISO 11731, heterotrophic
plate counts, total coliform/E. coli and Colilert, drinking water testing, cooling towers, the CDC ELITE
Program). Each ambiguous form is checked in its other sense too."""

from __future__ import annotations

from resumefit.models import Status
from tests.test_round16 import _statuses
from tests.test_vocab import line_check, parent_check

# --- air medical transport --------------------------------------------------------------------------


def test_ltv_and_crossvent_are_transport_ventilators(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    for vent in ("ltv-1200", "ltv-1150", "hamilton-t1", "zoll-z-vent", "zoll-emv-plus", "biomed-crossvent"):
        parent(vent, "transport-ventilator")
    check("Ventilators (Puritan Bennett 980, Servo-u, CareFusion LTV 1200)", "ltv-1200")
    check("PMs on the LTV 1150 fleet and two Crossvent-4+ units", "ltv-1150")
    check("PMs on the LTV 1150 fleet and two Crossvent-4+ units", "biomed-crossvent")
    posting = "Duties\n- Maintain transport ventilators (Hamilton T1) on the aircraft\n"
    resume = "Skills\n- Critical care: ventilators (Puritan Bennett 980, Servo-u, CareFusion LTV 1200)\n"
    status = _statuses(checker, posting, resume)
    assert status["transport ventilators"] is Status.RELATED, status


def test_nvg_and_nvis_only_beside_aircraft_words(checker):
    check = line_check(checker)
    check(
        "Avionics: 28 VDC power, NVIS lighting, EMI/EMC checks to MIL-STD-461", "night-vision-imaging-system"
    )
    check("Verify that displays and lighting are NVG compatible", "night-vision-imaging-system")
    check("Ran NVIS lighting checks after every avionics change", "night-vision-imaging-system")
    check("Set up an NVIS antenna for HF radio nets", "night-vision-imaging-system", False)
    check(
        "Rigged NVIS dipoles for HF propagation to the field hospital", "night-vision-imaging-system", False
    )
    posting = "Duties\n- Verify that cockpit displays and lighting are NVG compatible\n"
    resume = "Skills\n- Avionics: 28 VDC power, static inverters, NVIS lighting, EMI/EMC checks\n"
    status = _statuses(checker, posting, resume)
    assert status["NVG compatible"] is Status.SYNONYM, status


def test_battery_analyzers_and_the_cadex_units(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    parent("cadex-c7400", "battery-analyzer")
    parent("cadex-c8000", "battery-analyzer")
    check("Test equipment: Fluke ESA620, ProSim 8; Cadex C7400ER for battery capacity checks", "cadex-c7400")
    check("Bought a Cadex C8000 for the battery shop", "cadex-c8000")
    check("Tracked batteries in AIMS with Cadex capacity testing", "cadex-battery-analyzer")
    check("Drafted the parts in Cadex for the machine shop", "cadex-battery-analyzer", False)
    check("Sold the C8000 series trucks at the dealership", "cadex-c8000", False)
    posting = "Duties\n- Run capacity testing on battery analyzers\n"
    resume = "Skills\n- Test equipment: Fluke ESA620, ProSim 8; Cadex C7400ER for battery capacity checks\n"
    status = _statuses(checker, posting, resume)
    assert status["battery analyzers"] is Status.RELATED, status


def test_li_ion_is_lithium_ion_but_not_the_lithium_electrode(checker):
    check = line_check(checker)
    check("Rotation dates and Li-ion end-of-life replacement", "lithium-ion-battery")
    check("Replacement of lithium-ion packs", "lithium-ion-battery")
    check("Calibrated the lithium ion-selective electrode on the analyzer", "lithium-ion-battery", False)
    posting = "Duties\n- Labeling and replacement of lithium-ion packs\n"
    resume = "Experience\n- Battery program with Cadex capacity testing and Li-ion end-of-life replacement\n"
    status = _statuses(checker, posting, resume)
    assert status["lithium-ion"] is Status.SYNONYM, status


def test_aviation_life_support_equipment_is_no_medical_life_support(checker):
    check = line_check(checker)
    check("Maintain all life-support equipment carried on our aircraft", "life-support-equipment")
    check("PMs on ventilators and other life support equipment", "life-support-equipment")
    check(
        "Company ALSE NCO: inspected aviation life support equipment, survival radios and aircrew helmets",
        "life-support-equipment",
        False,
    )
    check("Ran the life support equipment (ALSE) shop for the battalion", "life-support-equipment", False)
    # the medical sense answers the posting; the aircrew's survival gear is not what does it
    posting = "Duties\n- Maintain life-support equipment on the aircraft\n"
    resume = (
        "Summary\n- BMET with 6 years on critical care and life-support devices\n"
        "Experience\n- Company ALSE NCO: inspected aviation life support equipment and survival radios\n"
    )
    status = _statuses(checker, posting, resume)
    assert status["life-support equipment"] is Status.SYNONYM, status


# --- surgical lights, booms and tables --------------------------------------------------------------


def test_monitor_and_display_arms_only_beside_boom_words(checker):
    check = line_check(checker)
    check(
        "Skytron ICU booms; boom brake adjustment; display arms and in-light cameras", "surgical-monitor-arm"
    )
    check("Installed flat-screen arms on the Moduevo pendants", "surgical-monitor-arm")
    check("Ordered monitor arms and sit-stand desks for the call center", "surgical-monitor-arm", False)
    posting = "Duties\n- Service equipment booms, anesthesia booms, and camera and monitor arms\n"
    resume = "Skills\n- Skytron ICU booms; boom brake adjustment; display arms and in-light cameras\n"
    status = _statuses(checker, posting, resume)
    assert status["monitor arms"] is Status.SYNONYM, status


def test_the_hana_is_an_orthopedic_table(checker, vocabulary):
    check = line_check(checker)
    parent_check(vocabulary)("hana-table", "orthopedic-surgical-table")
    check("Surgical tables: STERIS Amsco 3085 SP, Maquet Alphamaxx, Mizuho OSI Hana", "hana-table")
    posting = "Duties\n- Service general OR tables and orthopedic tables\n"
    resume = "Skills\n- Surgical tables: STERIS Amsco 3085 SP, Maquet Alphamaxx, Mizuho OSI Hana\n"
    status = _statuses(checker, posting, resume)
    assert status["orthopedic tables"] is Status.RELATED, status


def test_hand_controls_are_hand_pendants_only_beside_table_words(checker):
    check = line_check(checker)
    check(
        "First-line calls on surgical table hand controls, light heads and boom arms",
        "surgical-table-hand-control",
    )
    check("Replaced hand pendants on the Amsco 3085 SP tables", "surgical-table-hand-control")
    check("Installed hand controls in the patient's van", "surgical-table-hand-control", False)
    check("Fitted driving hand controls for a wheelchair user", "surgical-table-hand-control", False)
    posting = "Duties\n- Service OR tables, including hydraulic pumps, actuators and hand pendants\n"
    resume = "Skills\n- Surgical tables: table hydraulics, linear actuators, hand controls, battery packs\n"
    status = _statuses(checker, posting, resume)
    assert status["hand pendants"] is Status.SYNONYM, status


def test_battery_packs_of_medical_devices_not_ups_or_solar(checker):
    check = line_check(checker)
    check(
        "Surgical tables: table hydraulics, linear actuators, hand controls, battery packs",
        "equipment-battery-pack",
    )
    check("Replaced battery packs on the Alaris pumps", "equipment-battery-pack")
    check("Maintained UPS battery systems for the data center", "equipment-battery-pack", False)
    check("Installed solar battery systems on homes", "equipment-battery-pack", False)
    posting = "Duties\n- Service OR tables, including hand pendants and battery systems\n"
    resume = "Skills\n- Surgical tables: table hydraulics, linear actuators, hand controls, battery packs\n"
    status = _statuses(checker, posting, resume)
    assert status["battery systems"] is Status.SYNONYM, status


def test_stryker_the_maker_not_the_pavilion(checker):
    check = line_check(checker)
    check("Serviced the Stryker saws in the autopsy suite", "stryker")
    check("Led the light and boom replacement for the new 8-suite Stryker Pavilion", "stryker", False)
    check("Moved the biomed shop to the Stryker Building", "stryker", False)
    check("Mechanic in a Stryker Brigade Combat Team", "stryker", False)
    posting = "Preferred\n- Experience with STERIS, Stryker or Skytron equipment\n"
    resume = "Experience\n- Installed 16 light heads in the new Stryker Pavilion\n"
    status = _statuses(checker, posting, resume)
    assert not any(status[form].is_met for form in status if "Stryker" in form), status


# --- neuromuscular histology ------------------------------------------------------------------------


def test_snap_freezing_is_flash_freezing_beside_tissue_words(checker):
    check = line_check(checker)
    check("Orient them on cork, flash-freeze them in 2-methylbutane chilled with LN2", "snap-freezing")
    check("Snap-freeze muscle in isopentane cooled by liquid nitrogen", "snap-freezing")
    check("Ran the flash freezing line for frozen peas and corn", "snap-freezing", False)
    check("Isopentane chilled in liquid nitrogen", "isopentane")
    check("Flash-frozen in 2-methylbutane", "isopentane")
    posting = "Duties\n- Orient muscle on cork and snap-freeze in isopentane cooled by liquid nitrogen\n"
    resume = "Experience\n- Orient muscle biopsies on cork and flash-freeze them in 2-methylbutane\n"
    status = _statuses(checker, posting, resume)
    assert status["snap-freeze"] is Status.SYNONYM, status
    assert status["isopentane"] is Status.SYNONYM, status


def test_the_muscle_enzyme_stains(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    for stain in ("nadh-tr-stain", "sdh-stain", "cox-stain", "atpase-stain"):
        parent(stain, "enzyme-histochemistry")
    parent("gomori-trichrome", "trichrome-stain")
    parent("gomori-trichrome", "masson-trichrome", False)
    line = "Stain modified Gomori trichrome, NADH-TR, SDH, COX and combined COX/SDH, myosin ATPase at pH 9.4"
    for stain in ("gomori-trichrome", "nadh-tr-stain", "sdh-stain", "cox-stain", "atpase-stain"):
        check(line, stain)
    check("ATPase at pH 9.4, 4.6 and 4.3 for fiber typing", "atpase-stain")
    check("Worked under Dr. Ellen Cox, medical director", "cox-stain", False)
    check("Reviewed COX-2 inhibitor dosing with pharmacy", "cox-stain", False)
    check("CT head for SDH after a fall", "sdh-stain", False)
    check("Assayed Na/K-ATPase activity in kidney membranes", "atpase-stain", False)
    check("NSH workshop: Muscle Biopsy Handling and Enzyme Histochemistry", "enzyme-histochemistry")
    posting = "Duties\n- Perform modified Gomori trichrome on frozen muscle\n"
    resume = "Skills\n- Special stains: PAS and PAS-D, GMS, Masson trichrome, reticulin\n"
    status = _statuses(checker, posting, resume)
    assert status["modified Gomori trichrome"] is Status.MISSING, status


def test_oil_red_o_teased_fibers_and_semithin_sections(checker):
    check = line_check(checker)
    check("ORO on frozen sections for lipid", "oil-red-o-stain")
    check("Oil red O, acid phosphatase and Congo red", "oil-red-o-stain")
    check("Prepared teased nerve fiber preparations", "teased-nerve-fibers")
    check("1 um semithin sections on the ultramicrotome stained with toluidine blue", "semithin-sections")
    check("Cut plastic sections of epoxy-embedded nerve", "semithin-sections")
    check("Recycled plastic sections of the old fence", "semithin-sections", False)
    posting = "Duties\n- Stain oil red O on frozen sections\n"
    resume = "Skills\n- ORO on frozen sections for lipid\n"
    status = _statuses(checker, posting, resume)
    assert status["oil red O"] is Status.SYNONYM, status


def test_pas_is_not_the_pathologists_assistants(checker):
    check = line_check(checker)
    check("PAS and PAS-diastase on liver biopsies", "pas-stain")
    check("Work alongside neuropathologists, PAs and fellows on special stains", "pas-stain", False)


def test_hqip_is_histoqip_only_beside_histology_words(checker):
    check = line_check(checker)
    check("Quality: CAP PT, CAP/NSH HQIP, slide review", "cap-histoqip")
    check("Take part in the CAP/NSH HistoQIP program", "cap-histoqip")
    check("Submitted national audit data to HQIP for the NHS trust", "cap-histoqip", False)
    posting = "Duties\n- Take part in CAP proficiency testing and the CAP/NSH HistoQIP program\n"
    resume = "Skills\n- Quality: QC and temperature logs, CAP PT, CAP/NSH HQIP\n"
    status = _statuses(checker, posting, resume)
    assert status["HistoQIP"] is Status.SYNONYM, status


def test_em_is_electron_microscopy_only_beside_em_bench_words(checker):
    check = line_check(checker)
    check("Renal and nerve tissue fixed in glutaraldehyde for EM send-out", "electron-microscopy")
    check("Rotated through the EM residency at a Level I trauma center", "electron-microscopy", False)
    check("Sectioned nerve on the Leica EM UC7 ultramicrotome", "electron-microscopy", False)


# --- water microbiology -----------------------------------------------------------------------------


def test_legionella_culture_bcye_and_iso_11731(checker):
    check = line_check(checker)
    check("Perform Legionella culture by ISO 11731: BCYE and GVPC agar", "legionella-culture")
    check("Perform Legionella culture by ISO 11731: BCYE and GVPC agar", "iso-11731")
    check("Perform Legionella culture by ISO 11731: BCYE and GVPC agar", "bcye-agar")
    check("Run the Legionella urinary antigen (BinaxNOW)", "legionella-culture", False)
    posting = "Duties\n- Perform Legionella culture on potable water samples\n"
    resume = "Skills\n- Legionella cultures on buffered charcoal yeast extract agar\n"
    status = _statuses(checker, posting, resume)
    assert status["Legionella culture"] is Status.LITERAL, status


def test_hpc_is_a_plate_count_only_beside_water_words(checker):
    check = line_check(checker)
    check("Heterotrophic plate counts (HPC) by pour plate", "heterotrophic-plate-count")
    check("HPC by SimPlate on drinking water samples", "heterotrophic-plate-count")
    check(
        "Perform sterility cultures on HPC products for the transplant program",
        "heterotrophic-plate-count",
        False,
    )
    check("Ran jobs on the HPC cluster for the genomics core", "heterotrophic-plate-count", False)
    check("HPC(A) collection on the Spectra Optia, water bath thawing", "heterotrophic-plate-count", False)


def test_coliforms_colilert_and_drinking_water(checker, vocabulary):
    check = line_check(checker)
    parent_check(vocabulary)("idexx-colilert", "total-coliform-testing")
    check("Total coliform/E. coli by Colilert with Quanti-Tray/2000", "total-coliform-testing")
    check("Total coliform/E. coli by Colilert with Quanti-Tray/2000", "idexx-colilert")
    check("Coliforms and plate counts on drinking water samples", "total-coliform-testing")
    check(
        "Lactose-fermenting coliforms on the MacConkey plate from the urine culture",
        "total-coliform-testing",
        False,
    )
    check("Earlier internship in a municipal drinking water lab", "drinking-water-testing")
    check("Refilled the drinking water station in the break room", "drinking-water-testing", False)
    check("Weekend cooling tower samples for Legionella", "cooling-tower")
    posting = "Duties\n- Perform total coliform/E. coli testing by Colilert\n"
    resume = "Experience\n- Tested drinking water samples for total coliform/E. coli (Colilert)\n"
    status = _statuses(checker, posting, resume)
    assert status["Colilert"] is Status.LITERAL, status


def test_elite_only_beside_legionella_or_cdc(checker, vocabulary):
    check = line_check(checker)
    parent_check(vocabulary)("cdc-elite-program", "proficiency-testing")
    check("Analyze CDC ELITE Program proficiency samples", "cdc-elite-program")
    check("Hands-on Legionella testing; ELITE Program participation", "cdc-elite-program")
    check("Travel MLT - Elite Medical Staffing, Westerly, RI", "cdc-elite-program", False)
    check("Member of the ELITE sales club for the region", "cdc-elite-program", False)
    posting = "Preferred\n- Hands-on Legionella testing experience; ELITE Program participation\n"
    resume = (
        "Experience\n- Travel Medical Laboratory Technician - Elite Medical Staffing; Legionella cultures\n"
    )
    status = _statuses(checker, posting, resume)
    assert status["ELITE Program"] is Status.MISSING, status


def test_a_tissue_processor_and_a_microtome_show_their_methods(checker):
    posting = "Duties\n- Handle the formalin-fixed portion: paraffin processing, embedding and microtomy.\n"
    resume = "Skills\n- Leica RM2255 microtome; Tissue-Tek VIP 6\n"
    status = _statuses(checker, posting, resume)
    assert status["paraffin processing"] is Status.RELATED, status
    assert status["microtomy"] is Status.RELATED, status
    # the method itself on the resume is the posting's own wording
    status = _statuses(checker, posting, "Skills\n- Microtomy of paraffin blocks\n")
    assert status["microtomy"] is Status.LITERAL, status
