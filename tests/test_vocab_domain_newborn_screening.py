"""The newborn screening laboratory domain (vocab/newborn-screening.yaml): dried blood spot cards, punching
and specimen adequacy, the CLSI NBS documents, the tandem mass spectrometry screens and their systems, the GSP
and DELFIA immunoassay and enzyme screens, newborn hemoglobinopathy screening, the molecular screens (TREC,
SMN1, CFTR), the RUSP disorders as screens, NSQAP and the newborn screening information systems. Each concept
is read on a line of its own sense, and every guarded form is refused on a line of another trade's sense."""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    # --- cards, punching, adequacy ---
    ("Collected heel stick specimens on newborn screening cards", "nbs-filter-paper-card", True),
    ("Stored Guthrie cards in the biorepository", "nbs-filter-paper-card", True),
    ("Logged dried blood spot filter paper cards received from hospitals", "nbs-filter-paper-card", True),
    ("Made greeting cards with filter paper card stock for the craft fair", "nbs-filter-paper-card", False),
    ("Verified lot numbers of Whatman 903 cards", "whatman-903", True),
    ("Spotted controls on 903 paper for the newborn screening QC lots", "whatman-903", True),
    ("Printed the 903 paper invoices for the office", "whatman-903", False),
    ("Validated Ahlstrom 226 filter paper for DBS collection", "ahlstrom-226", True),
    ("Ordered 226 paper for the dried blood spot cards", "ahlstrom-226", True),
    ("Recycled 226 paper reams in the print shop", "ahlstrom-226", False),
    ("Performed DBS punching into 96-well plates", "dbs-punching", True),
    ("Took 3.2 mm punches from each blood spot", "dbs-punching", True),
    ("Used a 3.2 mm punch on leather straps in the saddlery", "dbs-punching", False),
    ("Cut 1/8 inch punch holes in steel brackets", "dbs-punching", False),
    ("Maintained the dried blood spot punchers", "dbs-puncher", True),
    ("Operated the automated puncher for newborn screening specimens", "dbs-puncher", True),
    ("Ran the automated puncher in the sheet metal shop", "dbs-puncher", False),
    ("Cleaned the semi-automated puncher in the bindery", "dbs-puncher", False),
    ("Trained staff on the Panthera-Puncher 9", "revvity-panthera-puncher", True),
    ("Serviced BSD Robotics punchers", "bsd-puncher", True),
    ("Operated two BSD600 Duet punchers", "bsd600-duet", True),
    ("Punched molecular plates on the BSD1000 GenePunch", "bsd1000-genepunch", True),
    ("Assessed specimen adequacy of dried blood spots per CLSI NBS01", "nbs-specimen-adequacy", True),
    ("Rejected layered specimens and serum rings", "nbs-specimen-adequacy", True),
    (
        "Reviewed unsatisfactory specimens from birthing hospitals for newborn screening",
        "nbs-specimen-adequacy",
        True,
    ),
    ("Reported specimen adequacy on Pap smears in cytology", "nbs-specimen-adequacy", False),
    (
        "Recollected unsatisfactory specimens and hemolyzed tubes in the core lab",
        "nbs-specimen-adequacy",
        False,
    ),
    ("Tracked unsat specimens on the chemistry bench", "nbs-specimen-adequacy", False),
    # --- CLSI NBS documents ---
    ("Wrote procedures to CLSI NBS documents", "clsi-nbs-documents", True),
    ("Trained submitters on CLSI NBS01 collection", "clsi-nbs01", True),
    ("Followed CLSI LA4 for heel stick collection", "clsi-nbs01", True),
    ("Follow-up practices aligned to CLSI NBS02", "clsi-nbs02", True),
    ("Repeat screening of preterm infants per CLSI NBS03", "clsi-nbs03", True),
    ("Cutoff setting per CLSI NBS04", "clsi-nbs04", True),
    ("IRT/DNA algorithm per CLSI NBS05", "clsi-nbs05", True),
    ("TREC assay validation per CLSI NBS06", "clsi-nbs06", True),
    # --- tandem mass spectrometry ---
    ("Amino acid analysis by LC-MS/MS in the biochemical genetics lab", "amino-acid-analysis", True),
    ("Reviewed acylcarnitine profiles for fatty acid oxidation disorders", "acylcarnitine-analysis", True),
    ("Added succinylacetone to the MS/MS panel", "succinylacetone-testing", True),
    ("Reported SUAC with amino acids and acylcarnitines on MS/MS", "succinylacetone-testing", True),
    ("Joined SUAC student union committee", "succinylacetone-testing", False),
    ("Ran FIA-MS/MS for first-tier screening", "flow-injection-ms-ms", True),
    ("Performed second-tier testing for 17-OHP by LC-MS/MS", "nbs-second-tier-testing", True),
    ("Provided second-tier testing support for the software QA team", "nbs-second-tier-testing", False),
    ("Prepared plates with the NeoBase kit", "revvity-neobase", True),
    ("Validated NeoBase 2 for succinylacetone", "revvity-neobase-2", True),
    ("Operated the QSight MD triple quads", "qsight", True),
    ("Installed the QSight 210 MD", "revvity-qsight-210md", True),
    ("Calibrated the QSight 225 MD", "revvity-qsight-225md", True),
    # --- immunoassay and enzyme screens ---
    ("Ran TSH and 17-OHP on the GSP", "revvity-gsp", True),
    ("Maintained the Genetic Screening Processor", "revvity-gsp", True),
    ("Filed GSP tariff preference certificates for imports", "revvity-gsp", False),
    ("Time-resolved fluoroimmunoassay for neonatal TSH", "trfia", True),
    ("Ran TRFIA assays for newborn TSH", "trfia", True),
    ("TRFIA meeting minutes for the finance committee", "trfia", False),
    ("HTRF and time-resolved fluorescence kinase assays", "trfia", False),
    ("DELFIA assays for neonatal TSH and T4", "delfia", True),
    ("Maintained the 1235 AutoDELFIA", "revvity-autodelfia", True),
    ("Read plates on the VICTOR2 D", "revvity-victor2d", True),
    ("Measured 17-OHP on blood spots", "17-ohp-testing", True),
    ("17-hydroxyprogesterone by LC-MS/MS", "17-ohp-testing", True),
    ("Ran IRT on newborn blood spots", "irt-testing", True),
    ("Immunoreactive trypsinogen for cystic fibrosis screening", "irt-testing", True),
    ("Served on the IRT for security incidents", "irt-testing", False),
    ("Applied IRT item response theory to survey data", "irt-testing", False),
    ("Ran GALT and biotinidase on the GSP", "galt-testing", True),
    ("Studied GALT and Peyer's patches in gut immunology", "galt-testing", False),
    ("GALT tissue sections in the mucosal immunology lab", "galt-testing", False),
    ("Biotinidase assay on dried blood spots", "biotinidase-testing", True),
    ("Ran lysosomal enzyme assays on the Baebies SEEKER", "baebies-seeker", True),
    ("Loaded SEEKER cartridges for Pompe and MPS I screening", "baebies-seeker", True),
    ("SEEKER of truth in the youth ministry", "baebies-seeker", False),
    # --- hemoglobinopathy ---
    ("Isoelectric focusing of hemoglobin variants", "isoelectric-focusing", True),
    ("IEF for CSF oligoclonal bands", "isoelectric-focusing", True),
    ("IEF 2019 conference on economics", "isoelectric-focusing", False),
    ("Hemoglobin IEF with HPLC confirmation", "hemoglobin-ief", True),
    ("Maintained hemoglobin variant analyzers", "hemoglobin-variant-analyzer", True),
    ("Ran the Bio-Rad VARIANT nbs for sickle cell screening", "biorad-variant-nbs", True),
    ("Ran newborn hemoglobins on the Capillarys Neonat Fast", "sebia-capillarys-neonat-fast", True),
    ("Newborn sickle cell screening by IEF and HPLC", "sickle-cell-disease-screening", True),
    ("Sickle cell screening of newborns by HPLC", "sickle-cell-disease-screening", True),
    ("Performed sickle cell screening tests with Sickledex tubes", "sickle-cell-disease-screening", False),
    # --- molecular screens ---
    ("TREC qPCR on dried blood spots", "trec-assay", True),
    ("Quantified TRECs for SCID screening", "trec-assay", True),
    ("Licensed by TREC as a real estate inspector", "trec-assay", False),
    ("SCID screening by TREC", "scid-newborn-screening", True),
    ("Reported SCID results for newborn screening", "scid-newborn-screening", True),
    ("Bred SCID mice for xenograft studies in newborn research", "scid-newborn-screening", False),
    ("Validated SMN1 exon 7 deletion assay", "sma-newborn-screening", True),
    ("Multiplexed SMA with TREC on newborn blood spots", "sma-newborn-screening", True),
    ("Crimped SMA connectors onto RF cables", "sma-newborn-screening", False),
    ("CFTR variant panel after a high IRT", "cftr-variant-analysis", True),
    ("Ran the EONIS SCID-SMA kit", "revvity-eonis", True),
    # --- disorders on the panel ---
    ("Screened for PKU and MSUD on the MS/MS", "pku-screening", True),
    ("Phenylketonuria screening of newborns", "pku-screening", True),
    ("MS/MS screening for PKU and MSUD", "pku-screening", True),
    ("Master's from PKU; newborn screening intern", "pku-screening", False),
    ("B.S. Chemistry, PKU, screening panel research", "pku-screening", False),
    ("Dietitian managing PKU diets in the metabolic clinic", "pku-screening", False),
    ("Phenylketonuria diet counselling for families", "pku-screening", False),
    ("MSUD flagged on the newborn screen", "msud-screening", True),
    ("Maple syrup urine disease clinic dietitian", "msud-screening", False),
    ("Followed up MCAD positives on the newborn screen", "mcad-deficiency-screening", True),
    ("MCADD screening by acylcarnitine analysis", "mcad-deficiency-screening", True),
    ("MCAD/ECAD integration in the newborn screening panel design tools", "mcad-deficiency-screening", False),
    ("Designed parts in MCAD tools such as SolidWorks", "mcad-deficiency-screening", False),
    ("VLCAD deficiency on the newborn screen", "vlcad-deficiency-screening", True),
    ("Nursing care for a child with VLCAD", "vlcad-deficiency-screening", False),
    ("Congenital hypothyroidism screening with TSH", "congenital-hypothyroidism-screening", True),
    (
        "Nurse caring for patients with congenital hypothyroidism",
        "congenital-hypothyroidism-screening",
        False,
    ),
    ("CAH screening by 17-OHP", "cah-screening", True),
    ("Congenital adrenal hyperplasia on the newborn screen", "cah-screening", True),
    ("Quality director at a 25-bed CAH in Nebraska", "cah-screening", False),
    ("Newborn screening CAH hospital network", "cah-screening", False),
    ("Galactosemia screening by GALT and total galactose", "galactosemia-screening", True),
    ("Cared for infants with galactosemia on the ward", "galactosemia-screening", False),
    ("Cystic fibrosis newborn screening by IRT/DNA", "cf-newborn-screening", True),
    ("LSD screening of newborns with NeoLSD", "lsd-screening", True),
    ("LSD use disorder counselling", "lsd-screening", False),
    ("Pompe disease screening on the SEEKER", "pompe-screening", True),
    ("Physical therapy for Pompe disease patients", "pompe-screening", False),
    ("MPS I screening by IDUA enzyme activity", "mps1-screening", True),
    ("MPS I on the newborn screen", "mps1-screening", True),
    ("MPS I certification course for teachers", "mps1-screening", False),
    ("X-ALD screening by C26:0 LPC", "x-ald-screening", True),
    ("X-ALD on the newborn screen by MS/MS", "x-ald-screening", True),
    ("Counselled families affected by X-ALD", "x-ald-screening", False),
    ("X-linked adrenoleukodystrophy family support group", "x-ald-screening", False),
    ("Tyrosinemia type I on the newborn screen by succinylacetone", "tyrosinemia-screening", True),
    ("Liver transplant nursing for tyrosinemia type I", "tyrosinemia-screening", False),
    ("Krabbe disease screening by GALC enzyme activity and psychosine", "krabbe-screening", True),
    ("Cared for a child with Krabbe disease", "krabbe-screening", False),
    ("MPS II on the newborn screen", "mps2-screening", True),
    ("MPS II on the newborn screen", "mps1-screening", False),
    ("Hunter syndrome screening with I2S enzyme activity", "mps2-screening", True),
    ("MPS II grant application for the school district", "mps2-screening", False),
    ("GAMT on the newborn MS/MS panel", "gamt-deficiency-screening", True),
    ("GAMT field trip to the museum", "gamt-deficiency-screening", False),
    ("Cloned GAMT deficiency mouse lines in the neuroscience lab", "gamt-deficiency-screening", False),
    ("LC-MS/MS steroid profile as the CAH second tier", "steroid-profiling", True),
    ("G6PD quantitative assay on the hematology bench", "g6pd-testing", True),
    ("Nursing care of a patient with G6PD deficiency", "g6pd-testing", False),
    # --- programme, quality and information systems ---
    ("Added RUSP conditions to the state panel", "rusp", True),
    ("Enrolled in CDC NSQAP proficiency testing", "nsqap", True),
    ("Used CLIR tools to score MS/MS results", "clir", True),
    ("Set cutoffs with R4S data for newborn screening", "clir", True),
    ("CLIR fellowship in library information resources", "clir", False),
    ("R4S tow truck rental", "clir", False),
    ("Reported NewSTEPs quality indicators", "newsteps", True),
    ("Newborn screening follow-up of out-of-range results", "nbs-follow-up", True),
    ("Short-term follow-up of presumptive positive newborn screens", "nbs-follow-up", True),
    ("Short-term follow-up of surgical patients in the clinic", "nbs-follow-up", False),
    ("Administered the newborn screening LIMS", "nbs-information-system", True),
    ("Built reports in Specimen Gate", "revvity-specimen-gate", True),
    ("Configured Neometrics for follow-up", "natus-neometrics", True),
    ("Field service for Revvity screening instruments", "revvity", True),
    ("Serviced PerkinElmer atomic absorption spectrometers", "perkinelmer", True),
]


def test_newborn_screening_filing(vocabulary):
    assert "nbs-filter-paper-card" in vocabulary.ancestors("whatman-903")
    assert "dbs-puncher" in vocabulary.ancestors("bsd600-duet")
    assert "laboratory-equipment" in vocabulary.ancestors("revvity-panthera-puncher")
    assert "clsi" in vocabulary.ancestors("clsi-nbs04")
    assert "tandem-mass-spectrometry" in vocabulary.ancestors("flow-injection-ms-ms")
    assert "triple-quadrupole" in vocabulary.ancestors("revvity-qsight-225md")
    assert "immunoassay-analyzer" in vocabulary.ancestors("revvity-gsp")
    assert "fluorescent-immunoassay" in vocabulary.ancestors("delfia")
    assert "fluorometer" in vocabulary.ancestors("revvity-victor2d")
    assert {"electrophoresis", "hemoglobinopathy-testing"} <= vocabulary.ancestors("hemoglobin-ief")
    assert {"sebia-capillarys", "hemoglobin-variant-analyzer"} <= vocabulary.ancestors(
        "sebia-capillarys-neonat-fast"
    )
    assert "hba1c-analyzer" not in vocabulary.ancestors("biorad-variant-nbs")
    assert "hemoglobinopathy-testing" in vocabulary.ancestors("sickle-cell-disease-screening")
    assert "sickle-cell-screen" not in vocabulary.ancestors("sickle-cell-disease-screening")
    assert "real-time-pcr" in vocabulary.ancestors("trec-assay")
    assert "lsd-screening" in vocabulary.ancestors("pompe-screening")
    assert "proficiency-testing" in vocabulary.ancestors("nsqap")
    assert {"lsd-screening"} <= vocabulary.ancestors("krabbe-screening") & vocabulary.ancestors(
        "mps2-screening"
    )
    assert "lims" in vocabulary.ancestors("revvity-specimen-gate")
    assert "revvity" not in vocabulary.ancestors("revvity-gsp")
    assert vocabulary.concepts["revvity"].category.value == "manufacturer"


def test_newborn_screening_forms_read_only_in_their_own_sense(checker):
    each_case(_CASES, line_check(checker))
