"""Cord blood banking and cellular therapy product processing (vocab/cord-blood-processing.yaml): each concept
read in a line of its own sense, each guarded form kept out of the other trades' lines that use its words
(waste volume reduction, the ionosphere's plasma depletions, a chemist's DMSO, a pipe shop's tube welder,
sickle cell disease, breast milk freezing bags, a cataract surgeon's trypan blue, a blood bank's ABO
confirmatory typing, a landscape architect's BLA, Indiana), and the filing that matters.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    # laboratories
    ("Cellular therapy laboratory technologist for the BMT program", "cellular-therapy-laboratory", True),
    ("Processed HPC products in the cell processing laboratory", "cellular-therapy-laboratory", True),
    ("Worked at a public cord blood bank accredited by FACT", "cord-blood-banking", True),
    ("Umbilical cord blood banking operations and inventory", "cord-blood-banking", True),
    # collection and processing
    ("Trained labor and delivery staff in umbilical cord blood collection", "cord-blood-collection", True),
    ("Cell processing of HPC products under cGTP", "cellular-therapy-processing", True),
    ("Supervised cell processing in the semiconductor fab", "cellular-therapy-processing", False),
    ("HPC processing for autologous and allogeneic transplants", "cellular-therapy-processing", True),
    ("Cord blood processing on the Sepax for the public bank", "cord-blood-processing", True),
    ("Volume reduction of cord blood units before cryopreservation", "volume-reduction", True),
    ("Volume reduction of hazardous waste streams", "volume-reduction", False),
    ("Breast volume reduction surgery scheduling", "volume-reduction", False),
    ("Red cell depletion of major ABO-incompatible marrow", "red-cell-depletion", True),
    ("RBC depletion with hetastarch", "red-cell-depletion", True),
    ("Plasma depletion of minor ABO-incompatible marrow products", "plasma-depletion", True),
    ("Equatorial plasma depletion in the ionosphere", "plasma-depletion", False),
    ("Plasma-reduced graphene oxide films", "plasma-depletion", False),
    ("Plasma removal for minor ABO-incompatible HPC products", "plasma-depletion", True),
    ("Buffy coat separation of cord blood on the AXP", "buffy-coat-isolation", True),
    ("Buffy coat isolation for DNA extraction in the biobank", "buffy-coat-isolation", False),
    ("Hetastarch sedimentation of cord blood units", "hetastarch-sedimentation", True),
    ("Processed family bank units with PrepaCyte-CB", "prepacyte-cb", True),
    ("Ficoll-Paque mononuclear cell isolation", "mononuclear-cell-isolation", True),
    ("CD34 selection on the CliniMACS Plus", "immunomagnetic-cell-selection", True),
    ("T-cell depletion of HPC products on the CliniMACS", "immunomagnetic-cell-selection", True),
    ("In vivo T-cell depletion with ATG", "immunomagnetic-cell-selection", False),
    (
        "Graft-versus-host prophylaxis: T cell depletion with alemtuzumab",
        "immunomagnetic-cell-selection",
        False,
    ),
    # cryopreservation and thaw
    ("Added DMSO to cord blood units before controlled-rate freezing", "cryoprotectant-addition", True),
    ("Dissolved the compound in DMSO for the NMR spectrum", "cryoprotectant-addition", False),
    ("Cryoprotectant addition on a cold pack in the biosafety cabinet", "cryoprotectant-addition", True),
    ("Dimethyl sulfoxide as the reaction solvent", "cryoprotectant-addition", False),
    ("Post-thaw DMSO removal on the LOVO", "cryoprotectant-addition", False),
    ("Post-thaw DMSO removal on the LOVO", "post-thaw-wash", True),
    ("DMSO removal by lyophilization", "post-thaw-wash", False),
    ("HPC processing jobs on the Slurm cluster", "cellular-therapy-processing", False),
    ("HPC processing of marrow products", "cellular-therapy-processing", True),
    ("Minimal manipulation of the lumbar spine", "hctp-361-criteria", False),
    ("Minimally manipulated HCT/Ps under section 361", "hctp-361-criteria", True),
    ("Overwrap bags for bread loaves", "cryobag-overwrap", False),
    ("Froze cells in CryoStor CS10", "cryostor", True),
    ("HPC cryopreservation and liquid nitrogen storage", "hpc-cryopreservation", True),
    ("Reviewed freezing profiles from the CryoMed for HPC products", "freezing-profile", True),
    ("Freezing profile of the ice cream line", "freezing-profile", False),
    ("Freeze curve of the salt solution in the chemistry lab", "freezing-profile", False),
    ("Cord blood thaw at the bedside for the transplant unit", "cellular-therapy-product-thaw", True),
    ("Thaw and wash of cord blood units", "cellular-therapy-product-thaw", True),
    ("Albumin-dextran wash after thaw", "post-thaw-wash", True),
    ("Validated a dry thawer for cryobags", "cell-thawing-system", True),
    ("Thawed products in the ThawSTAR CFT2", "thawstar", True),
    ("Controlled-rate freezing on the VIA Freeze Quad", "via-freeze", True),
    ("Stored units in the BioArchive system", "bioarchive", True),
    ("Maintained the isothermal freezers in the cord blood bank", "custom-biogenic-isothermal-freezer", True),
    ("Filled Taylor-Wharton freezers with liquid nitrogen", "taylor-wharton-cryogenic-freezer", True),
    # bags and connections
    ("Labeled cryobags with ISBT 128 labels", "cryobag", True),
    ("Freezing bags for cord blood units in LN2", "cryobag", True),
    ("Freezing bags for breast milk storage", "cryobag", False),
    ("Sealed the cryobag in an overwrap before the canister", "cryobag-overwrap", True),
    ("Overwrap of pallets on the shipping dock", "cryobag-overwrap", False),
    ("Placed the bags in freezing canisters", "freezing-canister", True),
    ("Sterile connecting device welds for component modification", "sterile-connecting-device", True),
    ("Tube welder for sterile connection of cord blood bags", "sterile-connecting-device", True),
    ("Tube welder at the pipe fabrication shop", "sterile-connecting-device", False),
    ("SCD welds on the apheresis bags", "sterile-connecting-device", True),
    ("Managed patients with SCD in the sickle cell clinic", "sterile-connecting-device", False),
    ("Sterile docking with the Terumo TSCD", "terumo-tscd", True),
    ("Terumo TSCD-II welds", "terumo-tscd-ii", True),
    ("Terumo TSCD-II welds", "terumo-tscd", False),
    ("Tube sealer for blood bag segments", "tube-sealer", True),
    ("Heat tube sealer on the packaging line", "tube-sealer", False),
    ("Sealed segments with the Hematron", "tube-sealer", True),
    # automated processing systems
    ("Validated a closed cell processing system", "automated-cell-processing-system", True),
    ("Cord blood processing on the Sepax", "sepax", True),
    ("Sepax 2 RM for cord blood", "sepax-2", True),
    ("Sepax 2 RM for cord blood", "sepax", False),
    ("Washed products on the Sepax C-Pro", "sepax-c-pro", True),
    ("Processed units on the AXP AutoXpress", "axp-autoxpress", True),
    ("AXP II for cord blood volume reduction", "axp-ii", True),
    ("AXP II for cord blood volume reduction", "axp-autoxpress", False),
    ("Washed thawed products on the COBE 2991", "cobe-2991", True),
    ("Washed products on the LOVO", "fresenius-lovo", True),
    ("Concentrated cells on the CTS Rotea", "cts-rotea", True),
    ("CD34 selection on the CliniMACS", "clinimacs-plus", True),
    ("CliniMACS Prodigy for CAR-T manufacturing", "clinimacs-prodigy", True),
    ("CliniMACS Prodigy for CAR-T manufacturing", "clinimacs-plus", False),
    ("A child prodigy at the piano", "clinimacs-prodigy", False),
    # product testing
    ("TNC counts on the Sysmex XN", "tnc-count", True),
    ("Total nucleated cell count of cord blood units", "tnc-count", True),
    ("Total nucleated cell count on the synovial fluid", "tnc-count", False),
    ("Completed TNCC and ENPC for the emergency department", "tnc-count", False),
    ("CD34 enumeration by ISHAGE gating", "ishage-cd34-enumeration", True),
    ("CD34 counts with the BD Stem Cell Enumeration Kit", "bd-stem-cell-enumeration-kit", True),
    ("Stem-Kit CD34 enumeration on the Navios", "beckman-stem-kit", True),
    ("Planted a stem kit in the garden", "beckman-stem-kit", False),
    ("Post-thaw viability testing of HPC products", "cell-viability-testing", True),
    ("Seed viability testing in the greenhouse", "cell-viability-testing", False),
    ("7-AAD viability by flow cytometry", "7-aad-viability", True),
    ("Trypan blue viable cell counts on the hemocytometer", "trypan-blue-exclusion", True),
    ("Trypan blue capsule staining during cataract surgery", "trypan-blue-exclusion", False),
    ("AO/PI viability on the cell counter", "ao-pi-viability", True),
    ("Ran the automated viable cell counter", "cell-viability-analyzer", True),
    ("Viable cell counts on the Vi-CELL BLU", "vi-cell", True),
    ("Counted cells on the NucleoCounter NC-200", "nucleocounter", True),
    ("Counted cells on the Cellometer K2", "cellometer", True),
    ("CFU-GM assays of cord blood", "cfu-assay", True),
    ("CFU assays of cord blood units in methylcellulose", "cfu-assay", True),
    ("Counted CFU on TSA plates for the water system", "cfu-assay", False),
    ("Plated MethoCult for colony assays", "methocult", True),
    ("Scored colonies on the STEMvision", "stemvision", True),
    ("Confirmatory HLA typing of CBUs", "confirmatory-hla-typing", True),
    ("Confirmatory typing for NMDP donors", "confirmatory-hla-typing", True),
    ("ABO confirmatory typing of donor units", "confirmatory-hla-typing", False),
    ("Attached segments tested for identity before CBU release", "attached-segment-testing", True),
    ("Attached segment sent for crossmatch", "attached-segment-testing", False),
    ("Chain of identity (COI) tracking for CAR-T apheresis products", "chain-of-identity", True),
    ("Declared COI to the board", "chain-of-identity", False),
    # standards, registries, FDA pathways
    ("FACT-NetCord accredited cord blood bank", "fact-netcord", True),
    (
        "Prepared for the AABB Standards for Cellular Therapy Services assessment",
        "aabb-cellular-therapy-standards",
        True,
    ),
    ("WMDA search coordination", "wmda", True),
    ("Prepared the BLA submission to CBER", "biologics-license-application", True),
    ("BLA from the state university, licensed in Oregon", "biologics-license-application", False),
    ("Units released under IND for unlicensed cord blood", "investigational-new-drug", True),
    ("Moved to IND from OH in 2019", "investigational-new-drug", False),
    ("Released HPC, Cord Blood units under the licence", "hpc-cord-blood-licensure", True),
    ("Minimal manipulation and homologous use under 21 CFR 1271.10", "hctp-361-criteria", True),
    # software
    ("Configured the cellular therapy information system", "cellular-therapy-software", True),
    ("Entered processing records in StemLIMS", "stemlims", True),
    ("Title21 cellular therapy software", "title21", True),
    ("Title21 CFR Part 11 compliance", "title21", False),
    ("Scheduled collections in Vineti", "vineti", True),
    ("Chain of identity in TrakCel OCELLOS", "trakcel", True),
    # titles
    ("Cellular Therapy Technologist at the transplant center", "cellular-therapy-technologist", True),
    ("Cord blood processing technologist, night shift", "cord-blood-technologist", True),
    ("Cellular therapy lab supervisor", "cellular-therapy-supervisor", True),
    # makers
    ("Field service for ThermoGenesis instruments", "thermogenesis", True),
    ("Reagents and Sepax kits from Cytiva", "cytiva", True),
    ("Miltenyi reagents and tubing sets", "miltenyi-biotec", True),
    ("Ordered media from STEMCELL Technologies", "stemcell-technologies", True),
]


def test_cord_blood_processing_concepts_are_filed_as_what_they_are(vocabulary):
    assert "cellular-therapy-laboratory" in vocabulary.ancestors("cord-blood-banking")
    assert "cellular-therapy-processing" in vocabulary.ancestors("cord-blood-processing")
    assert "volume-reduction" in vocabulary.ancestors("buffy-coat-isolation")
    assert "red-cell-depletion" in vocabulary.ancestors("hetastarch-sedimentation")
    assert "red-cell-depletion" in vocabulary.ancestors("prepacyte-cb")
    assert "cryopreservation" in vocabulary.ancestors("hpc-cryopreservation")
    assert "controlled-rate-freezer" in vocabulary.ancestors("via-freeze")
    assert "cryogenic-storage-tank" in vocabulary.ancestors("bioarchive")
    assert "sterile-connecting-device" in vocabulary.ancestors("terumo-tscd-ii")
    assert "automated-cell-processing-system" in vocabulary.ancestors("sepax-2")
    assert "automated-cell-processing-system" in vocabulary.ancestors("axp-ii")
    assert "cd34-enumeration" in vocabulary.ancestors("ishage-cd34-enumeration")
    assert "flow-cytometry" in vocabulary.ancestors("ishage-cd34-enumeration")
    assert "cell-viability-testing" in vocabulary.ancestors("7-aad-viability")
    assert "cell-viability-analyzer" in vocabulary.ancestors("vi-cell")
    assert "hla-typing" in vocabulary.ancestors("confirmatory-hla-typing")
    assert "fact-accreditation" in vocabulary.ancestors("fact-netcord")
    assert "aabb" in vocabulary.ancestors("aabb-cellular-therapy-standards")
    assert "fda-21-cfr-1271" in vocabulary.ancestors("hctp-361-criteria")
    assert "lims" in vocabulary.ancestors("title21")
    assert "medical-laboratory-scientist" in vocabulary.ancestors("cord-blood-technologist")
    assert "laboratory-supervisor" in vocabulary.ancestors("cellular-therapy-supervisor")
    # reagents and media are used by a test, not kinds of it; a maker is no parent of its products
    assert "cfu-assay" not in vocabulary.ancestors("methocult")
    assert "cd34-enumeration" not in vocabulary.ancestors("bd-stem-cell-enumeration-kit")
    assert "cryoprotectant-addition" not in vocabulary.ancestors("cryostor")
    assert "cytiva" not in vocabulary.ancestors("sepax")
    assert "thermogenesis" not in vocabulary.ancestors("axp-autoxpress")


def test_cord_blood_processing_forms_read_only_in_their_own_sense(checker):
    each_case(_CASES, line_check(checker))
