"""The flow cytometry core facility vocabulary (vocab/flow-cytometry-core.yaml): cell sorters and their
models, spectral, imaging and mass cytometers, sort practice, cytometer QC, panel design and controls,
analysis software, sort biosafety, core management software and recharge, core titles and the single-cell
methods sorting feeds. Each concept is found in a line of its own sense, and each guarded form is not found
in a line of another trade's sense."""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    # instrument classes
    ("Ran the Cytek Aurora and other spectral flow cytometers", "spectral-flow-cytometer", True),
    ("Compared the Sony spectral analyzer with conventional cytometers", "spectral-flow-cytometer", True),
    ("Calibrated the spectral analyzer for soil samples", "spectral-flow-cytometer", False),
    ("Maintained the imaging flow cytometer", "imaging-flow-cytometer", True),
    ("Ran samples on the mass cytometer", "mass-cytometer", True),
    # BD
    ("Operated BD FACSAria cell sorters", "bd-facsaria", True),
    ("Sorted on the Aria using the 100 micron nozzle", "bd-facsaria", True),
    ("Stayed at the Aria Resort in Las Vegas", "bd-facsaria", False),
    ("Singer Aria performed at the gala", "bd-facsaria", False),
    ("Ran four-way sorts on the FACSAria III", "bd-facsaria-iii", True),
    ("Sorted on the Aria III for the stem cell lab", "bd-facsaria-iii", True),
    ("Maintained the FACSAria Fusion in the BSC", "bd-facsaria-fusion", True),
    ("Trained users on the Aria Fusion sorter", "bd-facsaria-fusion", True),
    ("Acquired 28-color panels on the FACSymphony", "bd-facsymphony", True),
    ("BD Symphony flow cytometry training", "bd-facsymphony", True),
    ("Medela Symphony breast pumps for the NICU", "bd-facsymphony", False),
    ("High-parameter sorts on the FACSymphony S6", "bd-facsymphony-s6", True),
    ("Ran the LSRFortessa for user analysis", "bd-lsrfortessa", True),
    ("Fortessa analyzer for flow cytometry users", "bd-lsrfortessa", True),
    ("Fortessa tableware for the cafeteria", "bd-lsrfortessa", False),
    ("Sorted on the BD Influx", "bd-influx", True),
    # Beckman, Sony, Cytek, Thermo
    ("Ran the MoFlo for sorts", "beckman-moflo", True),
    ("Operated the MoFlo XDP", "beckman-moflo", True),
    ("Sorted on the MoFlo Astrios EQ", "beckman-moflo-astrios", True),
    ("Astrios sorter with Summit software", "beckman-moflo-astrios", True),
    ("Astrios Capital quarterly report", "beckman-moflo-astrios", False),
    ("Set up the CytoFLEX SRT benchtop sorter", "beckman-cytoflex-srt", True),
    ("Sony SH800 sorter training", "sony-sh800", True),
    ("Sorted single cells on the SH800", "sony-sh800", True),
    ("Model SH800 shower head", "sony-sh800", False),
    ("Sorted on the Sony MA900", "sony-ma900", True),
    ("MA900 cell sorter with 130 micron chips", "sony-ma900", True),
    ("Invoice MA900 for the freight", "sony-ma900", False),
    ("Spectral analysis on the Sony ID7000", "sony-id7000", True),
    ("ID7000 spectral cytometer", "sony-id7000", True),
    ("Badge ID7000 issued to the contractor", "sony-id7000", False),
    ("Sorted on the Cytek Aurora CS", "cytek-aurora-cs", True),
    ("Aurora CS spectral sorter setup", "cytek-aurora-cs", True),
    ("Aurora CS Inc. sales office", "cytek-aurora-cs", False),
    ("Ran the Cytek Northern Lights for user panels", "cytek-northern-lights", True),
    ("Watched the Northern Lights in Norway", "cytek-northern-lights", False),
    ("Ran the Bigfoot Spectral Cell Sorter", "invitrogen-bigfoot", True),
    ("Bigfoot sorts for the cell therapy core", "invitrogen-bigfoot", True),
    ("Bigfoot sightings in Oregon", "invitrogen-bigfoot", False),
    # imaging and mass cytometry
    ("Imaged cells on the ImageStreamX Mk II", "amnis-imagestream", True),
    ("CyTOF staining with metal-tagged antibodies", "cytof", True),
    ("Acquired samples on the Helios mass cytometer", "cytof-helios", True),
    ("CyTOF runs on the Helios", "cytof-helios", True),
    ("Helios Towers telecom site rollouts", "cytof-helios", False),
    ("Library preparation on the 10x Chromium", "10x-chromium", True),
    ("Loaded GEMs on the Chromium", "10x-chromium", True),
    ("Hexavalent chromium exposure monitoring", "10x-chromium", False),
    ("Chromium browser extensions for the help desk", "10x-chromium", False),
    # techniques
    ("Full spectrum flow cytometry on the Aurora", "spectral-flow-cytometry", True),
    ("Spectral unmixing with SpectroFlo", "spectral-unmixing", True),
    ("Unmixing of 30-color panels with autofluorescence extraction", "spectral-unmixing", True),
    ("Hyperspectral imaging with spectral unmixing of satellite data", "spectral-unmixing", False),
    ("Set compensation with single-stain controls", "fluorescence-compensation", True),
    ("Calculated compensation for the flow cytometry panel", "fluorescence-compensation", True),
    ("Negotiated compensation and benefits packages", "fluorescence-compensation", False),
    ("Workers' compensation claims for flow staff", "fluorescence-compensation", False),
    ("FMO controls for the 20-color panel", "fmo-controls", True),
    ("Gated with FMO and isotype controls in FlowJo", "fmo-controls", True),
    ("FMO inspection of the fleet maintenance office", "fmo-controls", False),
    ("Multicolor panel design for spectral cytometry", "flow-panel-design", True),
    ("Panel design for a 25-color spectral panel", "flow-panel-design", True),
    ("Solar panel design for rooftops", "flow-panel-design", False),
    ("Wrote the gating strategy for the T-cell panel", "gating-strategy", True),
    ("Manual gating in FlowJo", "gating-strategy", True),
    ("Automated gating for respiratory motion in radiotherapy", "gating-strategy", False),
    ("Imaging flow cytometry of apoptotic cells", "imaging-flow-cytometry", True),
    ("Mass cytometry of tumor infiltrates", "mass-cytometry", True),
    ("Clustered cytometry data with FlowSOM and viSNE", "high-dimensional-cytometry-analysis", True),
    ("Index sorting of single cells into plates", "index-sorting", True),
    ("Single-cell sorting for clonal expansion", "single-cell-sorting", True),
    ("Plate sorting of single cells on the Aria", "single-cell-sorting", True),
    ("Parcel plate sorting at the warehouse", "single-cell-sorting", False),
    ("Aseptic sorting of T cells for culture", "aseptic-cell-sorting", True),
    ("Sterile sorting for the cell therapy lab", "aseptic-cell-sorting", True),
    ("Set drop delay with Accudrop beads", "drop-delay", True),
    ("Drop delay on the sorter before each sort", "drop-delay", True),
    ("Packet drop delay in networks", "drop-delay", False),
    ("Drop break-off monitoring with Sweet Spot", "drop-break-off", True),
    ("Kept stream stability during long sorts", "drop-break-off", True),
    ("Stream stability for Netflix video", "drop-break-off", False),
    ("Post-sort purity checks on every sort", "sort-purity-check", True),
    ("Purity check of sorted cells by reanalysis", "sort-purity-check", True),
    ("Purity check of the API by HPLC", "sort-purity-check", False),
    # QC
    ("Cytometer QC and performance tracking", "cytometer-qc", True),
    ("Daily CS&T beads on the Fortessa", "bd-cst", True),
    ("Cytometer Setup and Tracking in FACSDiva", "bd-cst", True),
    ("SpectroFlo QC beads each morning", "spectroflo-qc", True),
    # software
    ("Analyzed data in FlowJo", "flowjo", True),
    ("FlowJo analysis", "flow-cytometry-analysis-software", False),
    ("Flow cytometry analysis software training", "flow-cytometry-analysis-software", True),
    ("Analysis in FCS Express", "fcs-express", True),
    ("High-dimensional analysis in OMIQ", "omiq", True),
    ("Shared experiments in Cytobank", "cytobank", True),
    ("Analyzed in Kaluza", "beckman-kaluza", True),
    ("Kaluza-Klein theory", "beckman-kaluza", False),
    ("SpectroFlo acquisition on the Aurora", "spectroflo", True),
    ("flowCore and flowWorkspace scripts", "flowcore", True),
    # biosafety and lasers
    ("Worked in BSL-2+ labs sorting unfixed HIV samples", "bsl-2-plus", True),
    ("Enhanced BSL-2 sorting suite", "bsl-2-plus", True),
    ("British Sign Language BSL 2+ interpreter", "bsl-2-plus", False),
    ("Applied the ISAC cell sorter biosafety standards", "isac-biosafety-standards", True),
    ("ISAC member, presented at CYTO", "isac", True),
    ("Health-ISAC threat intelligence sharing", "isac", False),
    ("Aerosol management system testing with Glo-Germ beads", "aerosol-management-system", True),
    ("Ran the AMO on the Aria during sorts", "aerosol-management-system", True),
    ("AMO stock purchase plan", "aerosol-management-system", False),
    ("Institutional Biosafety Committee approval for sorts", "institutional-biosafety-committee", True),
    ("Wrote IBC protocols for BSL-2 work", "institutional-biosafety-committee", True),
    ("Inflammatory breast cancer (IBC) patients", "institutional-biosafety-committee", False),
    ("Class 4 laser safety on the sorters", "class-4-laser", True),
    ("Class IV lasers in the sort room", "class-4-laser", True),
    # core operations
    ("Worked in a research core facility", "research-core-facility", True),
    ("Directed a research core", "research-core-facility", True),
    ("Research core competencies", "research-core-facility", False),
    ("Shared resource laboratory staff", "research-core-facility", True),
    ("SRL Diagnostics lab in Mumbai", "research-core-facility", False),
    ("Managed the flow cytometry core", "flow-cytometry-core", True),
    ("Trained new users on the flow core analyzers", "flow-cytometry-core", True),
    ("Set recharge rates for the core facility", "recharge-rates", True),
    ("Cost recovery for the flow cytometry core", "recharge-rates", True),
    ("Battery recharge rate of 2C", "recharge-rates", False),
    ("Groundwater recharge rates in the basin", "recharge-rates", False),
    ("Cost recovery for the hospital", "recharge-rates", False),
    ("Core facility management software rollout", "core-facility-management-software", True),
    ("Booked instruments and billed users in iLab", "ilab", True),
    ("Apple iLab classroom", "ilab", False),
    ("Stratocore PPMS booking", "ppms", True),
    ("PPMS billing for the core", "ppms", True),
    ("Patients with PPMS and relapsing MS", "ppms", False),
    # titles and credentials
    ("Core Facility Manager", "core-facility-manager", True),
    ("Core Manager, Genomics Core", "core-facility-manager", True),
    ("Core Manager, Retail Banking", "core-facility-manager", False),
    ("Flow Cytometry Core Manager", "flow-cytometry-core-manager", True),
    ("Cell Sorter Operator", "cell-sorter-operator", True),
    ("Warehouse sort operator", "cell-sorter-operator", False),
    ("SCYM(ASCP) certified", "scym-ascp", True),
    ("Specialist in Cytometry", "scym-ascp", True),
    # single-cell and makers
    ("scRNA-seq of sorted populations", "single-cell-rna-seq", True),
    ("Single-cell RNA sequencing libraries", "single-cell-rna-seq", True),
    ("Smart-seq2 libraries from index-sorted cells", "smart-seq", True),
    ("Field service for Cytek Biosciences", "cytek-biosciences", True),
    ("Applications support at Sony Biotechnology", "sony-biotechnology", True),
    ("Standard BioTools (formerly Fluidigm)", "standard-biotools", True),
]


def test_flow_cytometry_core_forms_read_only_in_their_own_sense(checker):
    each_case(_CASES, line_check(checker))


def test_flow_cytometry_core_concepts_are_filed_as_what_they_are(vocabulary):
    def up(concept):
        return vocabulary.ancestors(concept)

    for sorter in (
        "bd-facsaria-iii",
        "bd-facsaria-fusion",
        "bd-facsymphony-s6",
        "beckman-moflo-astrios",
        "sony-sh800",
        "sony-ma900",
        "cytek-aurora-cs",
        "invitrogen-bigfoot",
        "beckman-cytoflex-srt",
        "bd-influx",
    ):
        assert "cell-sorter" in up(sorter), sorter
        assert "flow-cytometer" in up(sorter), sorter
    for analyzer in (
        "bd-lsrfortessa",
        "bd-facsymphony",
        "sony-id7000",
        "cytek-northern-lights",
        "amnis-imagestream",
    ):
        assert "cell-sorter" not in up(analyzer), analyzer
        assert "flow-cytometer" in up(analyzer), analyzer
    assert "cytek-aurora" in up("cytek-aurora-cs")
    assert "bd-facsaria" in up("bd-facsaria-iii") and "bd-facs" in up("bd-facsaria")
    assert "spectral-flow-cytometer" in up("sony-id7000") and "spectral-flow-cytometer" in up(
        "invitrogen-bigfoot"
    )
    assert "imaging-flow-cytometer" in up("amnis-imagestream")
    assert "mass-cytometer" in up("cytof-helios") and "flow-cytometer" not in up("cytof")
    assert "flow-cytometry" not in up("mass-cytometry")
    for method in ("index-sorting", "single-cell-sorting", "aseptic-cell-sorting"):
        assert "cell-sorting" in up(method), method
    assert "flow-cytometry" in up("spectral-flow-cytometry") and "flow-cytometry" in up(
        "imaging-flow-cytometry"
    )
    assert "quality-control" in up("bd-cst") and "cytometer-qc" in up("spectroflo-qc")
    for tool in ("flowjo", "fcs-express", "omiq", "cytobank", "beckman-kaluza", "flowcore"):
        assert "flow-cytometry-analysis-software" in up(tool), tool
    assert "biosafety-level" in up("bsl-2-plus") and "bsl-2" not in up("bsl-2-plus")
    assert "research-core-facility" in up("flow-cytometry-core")
    assert "flow-cytometry-discipline" in up("flow-cytometry-core")
    assert "core-facility-manager" in up("flow-cytometry-core-manager")
    assert "medical-laboratory-scientist" not in up("flow-cytometry-core-manager")
    for tool in ("ilab", "ppms"):
        assert "core-facility-management-software" in up(tool), tool
    assert "ascp-certification" in up("scym-ascp") and "qcym-ascp" not in up("scym-ascp")
    assert "ngs" in up("smart-seq") and "single-cell-rna-seq" in up("smart-seq")
