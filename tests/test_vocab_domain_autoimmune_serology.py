"""The autoimmune serology, allergy and specific protein domain (vocab/autoimmune-serology.yaml): each concept
read in its own sense, and each guarded form kept from its other senses (a financial adviser's IFA, the
Emergency Nurses Association's ENA, the European Medicines Agency's EMA, Columbia's ICAP, Qubit dsDNA, a flow
panel's anti-MPO, HEp-2 cells in viral culture, cervical C3 and C4, a biochemist's binding site, the C1
esterase inhibitor concentrate a nurse gives, a Mercedes Sprinter, an engineer's component testing)."""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    # immunofluorescence and ANA
    ("Indirect immunofluorescence assay for Rickettsia and Bartonella", "indirect-immunofluorescence", True),
    ("Read IFA slides at the fluorescence microscope", "indirect-immunofluorescence", True),
    ("ANCA by IIF on ethanol-fixed neutrophil slides", "indirect-immunofluorescence", True),
    (
        "Independent financial adviser (IFA) for a wealth management firm",
        "indirect-immunofluorescence",
        False,
    ),
    ("Member of the IFA franchise association for ten years", "indirect-immunofluorescence", False),
    ("Direct immunofluorescence assay (DFA) for respiratory viruses", "indirect-immunofluorescence", False),
    ("Performed ANA by IFA on HEp-2 cells", "ana-hep2-ifa", True),
    ("HEp-2 IFA screening at 1:80 with titration of positives", "ana-hep2-ifa", True),
    ("Inoculated HEp-2, A549 and MRC-5 cell lines for viral culture", "ana-hep2-ifa", False),
    ("ANA pattern interpretation and end-point titres", "ana-pattern-interpretation", True),
    ("Reported HEp-2 patterns using the ICAP nomenclature", "icap-ana-patterns", True),
    ("ICAP ANA pattern codes AC-1 to AC-29", "icap-ana-patterns", True),
    ("Data manager for ICAP at Columbia University HIV programs", "icap-ana-patterns", False),
    ("Validated an automated IFA reader for ANA screening", "automated-ifa-reader", True),
    ("NOVA Lite HEp-2 ANA kits", "nova-lite", True),
    ("QUANTA Lite ELISA kits for ENA", "quanta-lite", True),
    # dsDNA, ENA, ANCA, GBM, CCP
    ("Anti-dsDNA antibodies by ELISA", "anti-dsdna-testing", True),
    ("ANA, dsDNA and complement for lupus workups", "anti-dsdna-testing", True),
    ("Qubit dsDNA quantitation of sequencing libraries", "anti-dsdna-testing", False),
    ("Crithidia luciliae IFA (CLIFT) for dsDNA confirmation", "crithidia-luciliae-ift", True),
    ("Farr assay for anti-dsDNA sent to the reference lab", "farr-assay", True),
    ("ENA panel reflexed from positive ANA", "ena-panel", True),
    ("ANA and ENA on the BioPlex 2200", "ena-panel", True),
    ("ENA member, TNCC and ENPC certified emergency nurse", "ena-panel", False),
    ("ANCA IFA and antigen-specific testing", "anca-testing", True),
    ("c-ANCA and p-ANCA patterns", "anca-testing", True),
    ("MPO-ANCA and PR3-ANCA by chemiluminescence", "mpo-pr3-antibodies", True),
    ("Anti-MPO and anti-PR3 ELISA for vasculitis", "mpo-pr3-antibodies", True),
    ("Anti-MPO FITC in the AML flow cytometry panel", "mpo-pr3-antibodies", False),
    ("Anti-GBM antibodies for pulmonary-renal syndrome", "anti-gbm-testing", True),
    ("Anti-CCP and RF for rheumatoid arthritis", "anti-ccp-testing", True),
    ("ACPA positive on rheumatoid arthritis serology", "anti-ccp-testing", True),
    # celiac
    ("Celiac serology for the gastroenterology service", "celiac-serology", True),
    ("tTG-IgA with total IgA", "ttg-antibody-testing", True),
    ("TTG and DGP for celiac screening", "ttg-antibody-testing", True),
    ("DGP IgG for IgA-deficient patients", "dgp-antibody-testing", True),
    ("EMA IgA on monkey esophagus sections", "endomysial-antibody-testing", True),
    ("Endomysial antibodies by IFA", "endomysial-antibody-testing", True),
    ("EMA regulatory submissions and CHMP opinions", "endomysial-antibody-testing", False),
    # antiphospholipid
    ("Antiphospholipid antibodies for APS workups", "antiphospholipid-antibody-testing", True),
    ("aPL testing with aCL and anti-beta-2 glycoprotein I", "antiphospholipid-antibody-testing", True),
    ("Anticardiolipin IgG and IgM", "anticardiolipin-testing", True),
    ("aCL IgG by ELISA", "anticardiolipin-testing", True),
    ("Torn ACL and meniscus rehab", "anticardiolipin-testing", False),
    ("Anti-beta-2 glycoprotein I IgG and IgM", "beta2-glycoprotein-i-antibody", True),
    ("β2GPI antibodies by chemiluminescence", "beta2-glycoprotein-i-antibody", True),
    # multiplex, chemiluminescent, blot
    ("Multiplex bead immunoassay for ANA screening", "multiplex-bead-immunoassay", True),
    ("EliA autoimmunity tests on the Phadia 250", "thermo-elia", True),
    ("Elia Kazan film studies", "thermo-elia", False),
    ("EUROLINE immunoblot profiles", "euroimmun-euroline", True),
    ("EUROBlotOne blot processing", "euroimmun-euroblotone", True),
    ("Sprinter XL ELISA processor", "euroimmun-sprinter-xl", True),
    ("Drove a Mercedes Sprinter XL delivery van", "euroimmun-sprinter-xl", False),
    ("IF Sprinter for IFA slide processing", "euroimmun-if-sprinter", True),
    ("AESKU.HELIOS automated IFA", "aesku-helios", True),
    ("Zenit RA chemiluminescence analyzer", "menarini-zenit-ra", True),
    ("Zenit G-Sight digital IFA reader", "menarini-zenit-g-sight", True),
    # allergy
    ("Allergen component testing for peanut allergy", "allergen-component-testing", True),
    ("CRD for peanut and tree nut allergy", "allergen-component-testing", True),
    ("Component testing of PCB assemblies", "allergen-component-testing", False),
    ("Total IgE and specific IgE on the ImmunoCAP", "total-ige", True),
    ("Serum tryptase for anaphylaxis workups", "tryptase-testing", True),
    ("ImmunoCAP ISAC allergen microarray", "immunocap-isac", True),
    ("ALEX2 Allergy Xplorer", "macroarray-alex", True),
    ("3gAllergy on the IMMULITE 2000", "siemens-3gallergy", True),
    ("HYCOR NOVEOS specific IgE", "hycor-noveos", True),
    ("Phadia 200 installation", "phadia-200", True),
    ("Phadia 2500E high-throughput allergy testing", "phadia-2500", True),
    ("Phadia 5000 with EliA", "phadia-5000", True),
    ("Phadia Prime data management", "phadia-prime", True),
    # specific proteins
    ("Specific protein analyzer maintenance", "specific-protein-analyzer", True),
    ("Specific proteins on the BN II nephelometer", "specific-protein-testing", True),
    ("Expression of specific proteins in cell lines", "specific-protein-testing", False),
    ("Optilite free light chains", "binding-site-optilite", True),
    ("SPAPLUS turbidimetric analyzer", "binding-site-spaplus", True),
    ("IMMAGE 800 immunochemistry", "beckman-immage-800", True),
    ("Atellica NEPH 630 nephelometer", "siemens-atellica-neph-630", True),
    ("Quantitative immunoglobulins by nephelometry", "quantitative-immunoglobulins", True),
    ("IgG subclasses for immunodeficiency workups", "igg-subclasses", True),
    ("Serum free light chains with kappa/lambda ratio", "free-light-chain-assay", True),
    ("sFLC and immunofixation for myeloma", "free-light-chain-assay", True),
    ("Freelite assays on the Optilite", "binding-site-freelite", True),
    ("Hevylite IgA kappa/IgA lambda pairs", "binding-site-hevylite", True),
    ("N Latex FLC on the BN II", "siemens-n-latex-flc", True),
    ("Complement C3 and C4 by nephelometry", "complement-testing", True),
    ("C3 and C4 for lupus monitoring", "complement-testing", True),
    ("Cervical C3 and C4 nerve roots", "complement-testing", False),
    ("CH50 total hemolytic complement", "ch50-assay", True),
    ("C1 esterase inhibitor functional assay", "c1-inhibitor-testing", True),
    ("Administered C1 esterase inhibitor concentrate to HAE patients", "c1-inhibitor-testing", False),
    ("Cryoglobulins collected and kept at 37 C", "cryoglobulin-testing", True),
    ("Direct immunofluorescence on skin biopsies for pemphigus", "direct-immunofluorescence", True),
    ("DIF of renal biopsies", "direct-immunofluorescence", True),
    ("Direct immunofluorescence assay for RSV", "direct-immunofluorescence", False),
    # makers and credentials
    ("The Binding Site Freelite reagents", "binding-site-company", True),
    ("Identified the binding site of the enzyme by crystallography", "binding-site-company", False),
    ("Inova Diagnostics field applications", "inova-diagnostics", True),
    ("EUROIMMUN slides and kits", "euroimmun-company", True),
    ("Thermo Fisher ImmunoDiagnostics, formerly Phadia AB", "thermo-immunodiagnostics", True),
    ("HYCOR Biomedical", "hycor-biomedical", True),
    ("ZEUS Scientific IFA kits", "zeus-scientific", True),
    ("A. Menarini Diagnostics", "menarini-diagnostics", True),
    ("AESKU.Diagnostics", "aesku-diagnostics", True),
    ("D(ABMLI), director of the immunology laboratory", "d-abmli", True),
    ("I(ASCP) technologist in immunology", "i-ascp", True),
    ("SI(ASCP)", "si-ascp", True),
]


def test_autoimmune_serology_concepts_are_filed_as_what_they_are(vocabulary):
    assert {"ana-testing", "indirect-immunofluorescence"} <= vocabulary.ancestors("ana-hep2-ifa")
    assert "anti-dsdna-testing" in vocabulary.ancestors("crithidia-luciliae-ift")
    assert "radioimmunoassay" in vocabulary.ancestors("farr-assay")
    assert "autoimmune-testing" in vocabulary.ancestors("ttg-antibody-testing")
    assert "celiac-serology" in vocabulary.ancestors("endomysial-antibody-testing")
    assert "antiphospholipid-antibody-testing" in vocabulary.ancestors("beta2-glycoprotein-i-antibody")
    assert "coagulation-testing" not in vocabulary.ancestors("antiphospholipid-antibody-testing")
    assert "anca-testing" in vocabulary.ancestors("mpo-pr3-antibodies")
    assert "phadia" in vocabulary.ancestors("phadia-2500")
    assert "allergy-testing" in vocabulary.ancestors("immunocap-isac")
    assert {"nephelometer", "specific-protein-analyzer"} <= vocabulary.ancestors("beckman-immage-800")
    assert "siemens-atellica" not in vocabulary.ancestors("siemens-atellica-neph-630")
    assert "turbidimeter" in vocabulary.ancestors("binding-site-optilite")
    assert "free-light-chain-assay" in vocabulary.ancestors("binding-site-freelite")
    assert "complement-testing" in vocabulary.ancestors("ch50-assay")
    assert "automated-ifa-reader" in vocabulary.ancestors("aesku-helios")
    assert "microscope" in vocabulary.ancestors("automated-ifa-reader")
    assert "ascp-certification" in vocabulary.ancestors("i-ascp")
    assert vocabulary.concepts["binding-site-company"].category.value == "manufacturer"
    assert vocabulary.concepts["icap-ana-patterns"].category.value == "standard"


def test_autoimmune_serology_forms_read_only_in_their_own_sense(checker):
    each_case(_CASES, line_check(checker))
