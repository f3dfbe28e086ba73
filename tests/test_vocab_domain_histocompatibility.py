"""Histocompatibility (HLA) and transplant immunology terms (vocab/histocompatibility.yaml): each concept
found on a line of its own sense, and each guarded form rejected on a line of another trade's sense
(single sign-on, statutory sick pay, the spontaneous breathing trial, Sabouraud agar, privileged remote
access, the California privacy law, complement levels and therapeutic antibody assays, red cells treated
for daratumumab, an RPR prozone, foreign exchange, tab-separated files, deep learning's U-Net, the ordinary
word 'fact', fuel injection, bacterial strain typing); plus the filing that matters.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    # typing
    ("Performed HLA typing for kidney and stem cell transplant candidates", "hla-typing", True),
    ("HLA typing by SSO on the Luminex", "hla-sso-typing", True),
    ("Reverse SSO and PCR-SSOP typing of class I and II", "hla-sso-typing", True),
    ("Configured SSO for the Epic portal and Active Directory", "hla-sso-typing", False),
    ("HLA typing by SSP with gel electrophoresis", "hla-ssp-typing", True),
    ("Processed SSP and holiday pay for hourly staff", "hla-ssp-typing", False),
    ("Resolved ambiguous alleles by SBT", "hla-sbt", True),
    ("Ran SBT and weaning protocols for ventilated patients", "hla-sbt", False),
    ("Sequence-based typing of HLA class I and II alleles", "hla-sbt", True),
    ("Sequence-based typing of Legionella isolates for the outbreak", "hla-sbt", False),
    ("NGS HLA typing on the Illumina MiSeq", "hla-ngs-typing", True),
    ("NGS typing of HLA alleles for unrelated donors", "hla-ngs-typing", True),
    ("NGS typing of Salmonella isolates for PulseNet", "hla-ngs-typing", False),
    ("Real-time PCR HLA typing of deceased donors", "hla-real-time-pcr-typing", True),
    ("qPCR typing of norovirus genogroups", "hla-real-time-pcr-typing", False),
    ("High-resolution HLA typing for stem cell transplant donors", "high-resolution-hla-typing", True),
    (
        "High resolution typing of bacterial strains by whole genome sequencing",
        "high-resolution-hla-typing",
        False,
    ),
    ("Serologic HLA typing with antisera trays", "serologic-hla-typing", True),
    ("KIR genotyping for haploidentical donor selection", "kir-typing", True),
    ("HLA-B27 by flow cytometry", "hla-b27-typing", True),
    ("HLA-B*57:01 screening before abacavir", "hla-b5701-typing", True),
    ("HLA-DQ2/DQ8 typing for celiac disease", "hla-dq2-dq8-typing", True),
    # antibodies
    ("HLA antibody screening and identification", "hla-antibody-testing", True),
    ("Single antigen bead assay on the Luminex with MFI cutoffs", "single-antigen-bead-assay", True),
    ("Read SAB results and assigned DSA by MFI", "single-antigen-bead-assay", True),
    ("Streaked yeast onto SAB plates in mycology", "single-antigen-bead-assay", False),
    ("PRA testing for sensitized kidney candidates", "pra-testing", True),
    ("Tracked PRA and HLA antibody levels", "pra-testing", True),
    ("BeyondTrust PRA for vendor remote access", "pra-testing", False),
    ("Entered cPRA and unacceptable antigens in UNet", "cpra", True),
    ("CPRA compliance program for consumer data", "cpra", False),
    ("C1q assay on DSA-positive sera", "c1q-assay", True),
    ("C1q assay for complement deficiency workup", "c1q-assay", False),
    ("EDTA treatment of sera to remove prozone in single antigen testing", "hla-serum-pretreatment", True),
    ("DTT treatment of sera before LABScreen single antigen testing", "hla-serum-pretreatment", True),
    ("DTT treatment of reagent red cells for daratumumab patients", "hla-serum-pretreatment", False),
    ("Recognised the prozone effect in RPR testing", "hla-serum-pretreatment", False),
    ("Screened sera with FlowPRA beads", "one-lambda-flowpra", True),
    ("LABScreen Mixed and LABScreen Single Antigen kits", "one-lambda-labscreen", True),
    ("LABScreen Single Antigen class I and II", "labscreen-single-antigen", True),
    ("C1qScreen for complement-binding DSA", "one-lambda-c1qscreen", True),
    ("Immucor LIFECODES typing and antibody kits", "immucor-lifecodes", True),
    ("LIFECODES LSA single antigen testing", "lifecodes-lsa", True),
    ("LIFECODES HLA-SSO typing kits", "lifecodes-hla-sso", True),
    ("LABType SSO typing on the LABScan 3D", "one-lambda-labtype", True),
    ("Micro SSP trays for deceased donor typing", "one-lambda-micro-ssp", True),
    ("Olerup SSP kits for HLA-B and KIR", "olerup-ssp", True),
    ("AllType NGS library preparation", "one-lambda-alltype", True),
    ("GenDx NGSgo amplicons on the MiSeq", "gendx-ngsgo", True),
    ("AlloSeq Tx17 NGS typing", "caredx-alloseq-tx", True),
    ("Holotype HLA library preparation", "omixon-holotype-hla", True),
    ("MIA FORA NGS FLEX typing", "immucor-mia-fora", True),
    ("LinkSeq real-time PCR typing of donors", "one-lambda-linkseq", True),
    ("QTYPE typing of deceased donors", "caredx-qtype", True),
    # crossmatching
    ("Performed HLA crossmatches for living donor kidney transplants", "hla-crossmatch", True),
    ("T and B cell crossmatch for the heart transplant", "hla-crossmatch", True),
    ("Red cell crossmatch for surgical patients", "hla-crossmatch", False),
    ("Microlymphocytotoxicity for serologic typing", "lymphocytotoxicity-assay", True),
    ("Complement-dependent cytotoxicity with donor lymphocytes", "lymphocytotoxicity-assay", True),
    (
        "Complement-dependent cytotoxicity assays for therapeutic antibody potency",
        "lymphocytotoxicity-assay",
        False,
    ),
    ("AHG-CDC crossmatch for sensitized recipients", "cdc-crossmatch", True),
    ("Flow cytometric crossmatch (FCXM) for kidney transplant", "flow-crossmatch", True),
    ("T-cell and B-cell FXM with pronase-treated cells", "flow-crossmatch", True),
    ("FXM trading desk reconciliation", "flow-crossmatch", False),
    ("Virtual crossmatch against the donor typing", "virtual-crossmatch", True),
    ("VXM for imported organs", "virtual-crossmatch", True),
    # matching, chimerism, monitoring
    ("Listed unacceptable antigens for sensitized candidates", "unacceptable-antigens", True),
    ("HLA matching of donor and recipient", "hla-matching", True),
    ("Eplet matching with HLAMatchmaker", "eplet-analysis", True),
    ("Eplet matching with HLAMatchmaker", "hlamatchmaker", True),
    ("Coordinated unrelated donor searches through NMDP", "unrelated-donor-search", True),
    ("Donor search for stem cell transplant patients", "unrelated-donor-search", True),
    ("Donor search and prospect research for the foundation gala", "unrelated-donor-search", False),
    ("Chimerism testing after stem cell transplant", "chimerism-testing", True),
    ("Engraftment monitoring after bone marrow transplant", "chimerism-testing", True),
    ("STR chimerism on the 3500xL", "str-chimerism", True),
    ("qPCR chimerism for early relapse detection", "qpcr-chimerism", True),
    ("CD3 chimerism on sorted T cells", "lineage-specific-chimerism", True),
    ("AlloSeq HCT chimerism", "caredx-alloseq-hct", True),
    ("Analysed chimerism with ChimerMarker", "chimermarker", True),
    ("Donor-derived cell-free DNA for rejection surveillance", "dd-cfdna", True),
    ("AlloSure testing for kidney recipients", "caredx-allosure", True),
    # software and databases
    ("Analysed LABType results in HLA Fusion", "one-lambda-hla-fusion", True),
    ("Analysed AllType data in TypeStream Visual", "typestream-visual", True),
    ("NGS HLA typing analysis in TSV", "typestream-visual", True),
    ("Exported TSV files for the data team", "typestream-visual", False),
    ("Analysed LIFECODES data in MATCH IT!", "immucor-match-it", True),
    ("Let us match it to the list", "immucor-match-it", False),
    ("NGSengine analysis of HLA NGS data", "gendx-ngsengine", True),
    ("SBTengine analysis of Sanger traces", "gendx-sbtengine", True),
    ("Reported results from HistoTrac", "histotrac", True),
    ("Updated the allele library from the IPD-IMGT/HLA database", "imgt-hla-database", True),
    ("Reported typing in current WHO HLA nomenclature", "hla-nomenclature", True),
    ("Ran antibody beads on the LABScan 3D", "one-lambda-labscan-3d", True),
    ("LABScan 100 flow analyzer maintenance", "one-lambda-labscan-100", True),
    # registries, networks, accreditation
    ("Followed UNOS requirements for deceased donor typing", "unos", True),
    ("Complied with OPTN policies for histocompatibility", "optn", True),
    ("Entered donor HLA typing in UNet and DonorNet", "unos-unet", True),
    ("Trained a UNet model for image segmentation", "unos-unet", False),
    ("Uploaded typing to DonorNet", "donornet", True),
    ("NMDP confirmatory typing for unrelated donors", "nmdp", True),
    ("Volunteered with Be The Match donor registry drives", "nmdp", True),
    ("Be The Match you want to see in the world", "nmdp", False),
    ("Submitted transplant outcome data to CIBMTR", "cibmtr", True),
    ("FACT accredited stem cell transplant program", "fact-accreditation", True),
    ("In FACT, the audit found nothing", "fact-accreditation", False),
    ("In fact, accreditation took a year", "fact-accreditation", False),
    ("JACIE accreditation of the transplant unit", "jacie-accreditation", True),
    ("EFI accredited histocompatibility laboratory", "efi-accreditation", True),
    ("Replaced the EFI system on the motorcycle", "efi-accreditation", False),
    # credentials and titles
    ("CHA(ABHI) certified", "cha-abhi", True),
    ("D(ABHI), laboratory director", "diplomate-abhi", True),
    ("Histocompatibility Technologist, HLA laboratory", "histocompatibility-technologist", True),
    ("HLA technologist at the transplant center", "histocompatibility-technologist", True),
    ("HLA laboratory supervisor", "histocompatibility-supervisor", True),
    ("HLA laboratory director", "histocompatibility-laboratory-director", True),
    # makers
    ("One Lambda typing and antibody kits", "one-lambda", True),
    ("It took one lambda of path difference", "one-lambda", False),
    ("CareDx transplant diagnostics", "caredx", True),
    ("GenDx typing kits", "gendx", True),
    ("Omixon NGS kits", "omixon", True),
]


def test_histocompatibility_concepts_are_filed_as_what_they_are(vocabulary):
    for method in (
        "hla-sso-typing",
        "hla-ssp-typing",
        "hla-sbt",
        "hla-ngs-typing",
        "hla-real-time-pcr-typing",
    ):
        assert "hla-typing" in vocabulary.ancestors(method)
    assert "hla-typing" not in vocabulary.ancestors("kir-typing")
    assert {"hla-ssp-typing", "hla-typing"} <= vocabulary.ancestors("olerup-ssp")
    assert "hla-ngs-typing" in vocabulary.ancestors("one-lambda-alltype")
    sab = vocabulary.ancestors("labscreen-single-antigen")
    assert {"one-lambda-labscreen", "single-antigen-bead-assay", "hla-antibody-testing"} <= sab
    assert {"immucor-lifecodes", "single-antigen-bead-assay"} <= vocabulary.ancestors("lifecodes-lsa")
    assert not vocabulary.ancestors("immucor-lifecodes") & {"hla-typing", "hla-antibody-testing"}
    for crossmatch in ("cdc-crossmatch", "flow-crossmatch", "virtual-crossmatch"):
        ancestors = vocabulary.ancestors(crossmatch)
        assert "hla-crossmatch" in ancestors and "crossmatch" not in ancestors
    assert "lymphocytotoxicity-assay" in vocabulary.ancestors("cdc-crossmatch")
    assert {"chimerism-testing", "str-analysis"} <= vocabulary.ancestors("str-chimerism")
    assert "chimerism-testing" in vocabulary.ancestors("caredx-alloseq-hct")
    assert "dd-cfdna" in vocabulary.ancestors("caredx-allosure")
    assert "luminex-systems" in vocabulary.ancestors("one-lambda-labscan-3d")
    assert "lis" in vocabulary.ancestors("histotrac")
    assert "abhi-certification" in vocabulary.ancestors("cha-abhi")
    assert "abhi-certification" in vocabulary.ancestors("diplomate-abhi")
    assert "laboratory-director" in vocabulary.ancestors("histocompatibility-laboratory-director")
    assert "medical-laboratory-scientist" in vocabulary.ancestors("histocompatibility-technologist")
    assert vocabulary.concepts["one-lambda"].category.value == "manufacturer"
    assert vocabulary.concepts["fact-accreditation"].category.value == "standard"


def test_histocompatibility_forms_read_only_in_their_own_sense(checker):
    each_case(_CASES, line_check(checker))
