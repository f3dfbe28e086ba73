"""Clinical and reference laboratory liquid-handling automation and blood component manufacturing
(vocab/lab-automation-components.yaml): each concept read in its own sense, each guarded form kept off the
lines of other trades (a Hollywood starlet, fluent Spanish, Rome, the planet Venus, periodic acid-Schiff, a
cherry-picked argument, library Codabar labels), and the models filed under their families.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    # makers
    ("Field service engineer for Hamilton Company liquid handlers", "hamilton-company", True),
    ("Serviced Hamilton Medical ventilators in the ICU", "hamilton-company", False),
    ("Applications scientist at Tecan supporting clinical customers", "tecan", True),
    # platforms and models
    ("Validated assays on the Hamilton Microlab VANTAGE", "hamilton-microlab-vantage", True),
    ("Ran extractions on the Hamilton NIMBUS", "hamilton-microlab-nimbus", True),
    ("Ran NIMBUS liquid handling methods for extraction", "hamilton-microlab-nimbus", True),
    ("Nimbus clouds over the airfield delayed the flight", "hamilton-microlab-nimbus", False),
    ("Programmed the STARlet for NGS library preparation", "hamilton-microlab-starlet", True),
    ("A Hollywood starlet appeared at the hospital gala", "hamilton-microlab-starlet", False),
    ("Maintained two Microlab STARplus systems", "hamilton-microlab-starplus", True),
    ("Operated the Tecan Fluent for sample preparation", "tecan-fluent", True),
    ("Fluent deck set up with MCA 96 and RoMa for plate prep", "tecan-fluent", True),
    ("Fluent in Spanish and English", "tecan-fluent", False),
    ("Fluent with Excel and Hamilton payroll tools", "tecan-fluent", False),
    ("Freedom EVO 150 with LiHa and RoMa", "tecan-freedom-evo-150", True),
    ("Rode an EVO 150 scooter to work", "tecan-freedom-evo-150", False),
    ("Serviced the Tecan EVO 200 liquid handling workstation", "tecan-freedom-evo-200", True),
    ("Programmed the Biomek i7 for ELISA plate washing", "beckman-biomek-i7", True),
    ("Biomek i5 methods for DNA extraction", "beckman-biomek-i5", True),
    ("Maintained a Biomek FXP in the genomics core", "beckman-biomek-fxp", True),
    ("Biomek NXP serial dilutions", "beckman-biomek-nxp", True),
    ("Biomek 4000 benchtop workstation", "beckman-biomek-4000", True),
    # heads, arms, detection
    ("Calibrated the 96-channel head on the liquid handler", "multichannel-pipetting-head", True),
    ("Replaced the CO-RE 96 head on a Microlab STAR", "hamilton-core-96-head", True),
    ("Tecan MCA 384 plate transfers", "tecan-mca", True),
    ("MCA on the Fluent for 96-well transfers", "tecan-mca", True),
    ("MCA claim filed with the insurer", "tecan-mca", False),
    ("Aligned the plate gripper on the deck", "plate-gripper-arm", True),
    ("Taught iSWAP positions for the plate hotel", "hamilton-iswap", True),
    ("RoMa arm teaching on the Freedom EVO", "tecan-roma", True),
    ("RoMa gripper fingers replaced on the Tecan", "tecan-roma", True),
    ("Supported the AS Roma football club", "tecan-roma", False),
    ("LiHa tip alignment on the Freedom EVO", "tecan-liha", True),
    ("Liquid level detection errors on short samples", "liquid-level-detection", True),
    ("LLD failures on the Hamilton STAR with foamy samples", "liquid-level-detection", True),
    ("Earned an LLD degree in law school", "liquid-level-detection", False),
    ("Tuned cLLD sensitivity for low-volume tubes", "capacitive-lld", True),
    ("Pressure LLD for non-conductive liquids", "pressure-lld", True),
    ("Reviewed TADM curves for Hamilton pipetting errors", "pipetting-monitoring", True),
    ("Pressure Monitored Pipetting on the Fluent", "pipetting-monitoring", True),
    ("TADM hospital staff meeting", "pipetting-monitoring", False),
    # software and skills
    ("Wrote VENUS methods for the Microlab STAR", "hamilton-venus", True),
    ("Venus methods on the Hamilton STARlet", "hamilton-venus", True),
    ("Venus and Mars astronomy club outreach", "hamilton-venus", False),
    ("Edited FluentControl methods and worklists", "tecan-fluentcontrol", True),
    ("EVOware scripts for the Freedom EVO", "tecan-evoware", True),
    ("Biomek Software method editing", "biomek-software", True),
    ("Liquid handler programming for COVID-19 testing", "liquid-handler-programming", True),
    ("Liquid class optimisation for viscous serum", "liquid-class-optimization", True),
    # processes
    ("Cherry picking of positive samples into a 96-well plate", "cherry-picking", True),
    ("Accused the committee of cherry-picking the data", "cherry-picking", False),
    ("Hit picking from screening plates", "cherry-picking", True),
    ("Sample pooling for SARS-CoV-2 PCR", "sample-pooling", True),
    ("DNA normalization before library preparation", "sample-normalization", True),
    ("Plate reformatting from 96 to 384 wells", "plate-reformatting", True),
    ("Liquid handler verification with the Artel MVS", "liquid-handler-verification", True),
    ("Imported LIS worklists into the liquid handler", "worklist-file", True),
    ("Worklist import into the PACS from the RIS", "worklist-file", False),
    ("Worklist import into the Hamilton STAR", "worklist-file", True),
    ("Industrial robot gripper arm maintenance", "plate-gripper-arm", False),
    ("2D rack scanner for tube barcodes", "rack-scanner", True),
    # blood component manufacturing
    ("Whole blood processing into red cells, plasma and platelets", "whole-blood-processing", True),
    ("Component separation of whole blood donations", "whole-blood-processing", True),
    ("Component separation in the distillation column", "whole-blood-processing", False),
    ("Buffy coat method for pooled platelets", "buffy-coat-method", True),
    ("Buffy coat method for cord blood volume reduction", "buffy-coat-method", False),
    ("BC platelets pooled in PAS", "buffy-coat-method", True),
    ("PRP method for whole blood derived platelets", "prp-method", True),
    ("Operated manual plasma expressors", "plasma-expressor", True),
    ("CompoMat G5 component separation", "fresenius-compomat", True),
    ("MacoPress Smart extractors", "macopharma-macopress", True),
    ("Maintained the Roto Silenta 630 RS blood bag centrifuges", "blood-bag-centrifuge", True),
    ("Terumo Reveos automated blood processing", "terumo-reveos", True),
    ("Atreus whole blood processing system", "terumo-atreus", True),
    ("Atreus in Greek mythology", "terumo-atreus", False),
    ("Red cells in SAGM additive solution", "red-cell-additive-solution", True),
    ("AS-1 red cell units", "red-cell-additive-solution", True),
    ("Added additive solution to the reaction buffer", "red-cell-additive-solution", False),
    ("AS-1 aircraft fuel", "red-cell-additive-solution", False),
    ("Platelets stored in PAS", "platelet-additive-solution", True),
    ("PAS stain on liver biopsies", "platelet-additive-solution", False),
    ("Cryo-poor plasma for TTP", "cryo-poor-plasma", True),
    ("Labelled PF24RT24 units", "pf24rt24", True),
    ("Leukoreduction filters on whole blood sets", "leukoreduction-filter", True),
    ("Pre-storage leucodepletion of all components", "prestorage-leukoreduction", True),
    ("Residual WBC counts on leukoreduced units", "residual-wbc-count", True),
    ("Nageotte chamber counts", "nageotte-chamber", True),
    ("BD LeucoCOUNT by flow cytometry", "bd-leucocount", True),
    ("ADAM-rWBC residual counts", "adam-rwbc", True),
    ("Checked irradiation indicators on every unit", "irradiation-indicator", True),
    ("THERAFLEX UV platelet pathogen reduction", "theraflex", True),
    ("Theraflex joint cream for arthritis", "theraflex", False),
    ("THERAFLEX UV-Platelets validation", "theraflex-uv-platelets", True),
    ("THERAFLEX MB-Plasma production", "theraflex-mb-plasma", True),
    ("Platelet swirling checks before release", "platelet-swirling", True),
    ("Component QC sampling of red cells and platelets", "blood-component-qc", True),
    ("Progesa BECS validation", "mak-progesa", True),
    ("Codabar blood labels before ISBT 128", "codabar-labeling", True),
    ("Codabar barcodes on library books", "codabar-labeling", False),
]


def test_lab_automation_components_are_filed_as_what_they_are(vocabulary):
    assert "liquid-handler" in vocabulary.ancestors("hamilton-microlab-starlet")
    assert "hamilton-microlab-star" in vocabulary.ancestors("hamilton-microlab-starplus")
    assert "liquid-handler" in vocabulary.ancestors("hamilton-microlab-nimbus")
    assert "liquid-handler" in vocabulary.ancestors("tecan-fluent")
    assert "tecan-freedom-evo" in vocabulary.ancestors("tecan-freedom-evo-150")
    assert "beckman-biomek" in vocabulary.ancestors("beckman-biomek-i7")
    assert "multichannel-pipetting-head" in vocabulary.ancestors("tecan-mca")
    assert "liquid-handler" not in vocabulary.ancestors("hamilton-core-96-head")
    assert "plate-gripper-arm" in vocabulary.ancestors("hamilton-iswap")
    assert "liquid-level-detection" in vocabulary.ancestors("capacitive-lld")
    assert "pipette-calibration" in vocabulary.ancestors("liquid-handler-verification")
    assert "barcode-scanner" in vocabulary.ancestors("rack-scanner")
    assert "blood-component-processing" in vocabulary.ancestors("buffy-coat-method")
    assert "plasma-expressor" in vocabulary.ancestors("fresenius-compomat")
    assert "centrifuge" in vocabulary.ancestors("blood-bag-centrifuge")
    assert "leukoreduction" in vocabulary.ancestors("prestorage-leukoreduction")
    assert "pathogen-reduction" in vocabulary.ancestors("theraflex-mb-plasma")
    assert "blood-bank-software" in vocabulary.ancestors("mak-progesa")
    assert "plasma-components" in vocabulary.ancestors("cryo-poor-plasma")
    assert "quality-control" in vocabulary.ancestors("blood-component-qc")
    assert vocabulary.concepts["tecan"].category.value == "manufacturer"


def test_lab_automation_components_forms_read_only_in_their_own_sense(checker):
    each_case(_CASES, line_check(checker))
