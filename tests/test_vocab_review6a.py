"""The sixth review of a sample, first half: one line per fix, each failing on the vocabulary before it.

Forms with another sense count only with their own words nearby (or in their own letter case), the
microSelectron HDR is its own model under the HDR afterloader, and a survey memo is no Condition of
Participation; the second table checks that the guarded forms still count in their own sense, the third that
the new concept keeps the other sense out, and the last that each thing stands under its parent.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check, parent_check

_THE_SIXTH_REVIEW_KEEPS_OTHER_SENSES_OUT_CASES = [
    # bd-guardrails: other makers' dose limits, CT dose and AI guardrails are not the BD software
    ("Implemented AI guardrails for medication reconciliation in the chatbot", "bd-guardrails", False),
    ("Set CT dose guardrails in the protocol management software", "bd-guardrails", False),
    ("Configured CT dose guardrails per ACR dose index registry", "bd-guardrails", False),
    ("Built the Spectrum IQ drug library with hard-limit guardrails", "bd-guardrails", False),
    ("Configured dosing guardrails in the Baxter Novum pump library", "bd-guardrails", False),
    ("Plum 360 drug library guardrails and LifeShield", "bd-guardrails", False),
    ("Set pump guardrails for dose limits", "bd-guardrails", False),
    ("Guardrails on medication dosing in Epic", "bd-guardrails", False),
    # biomedical-science-degree: an institute's, a department's or a school's name is not the degree
    ("Member, Institute of Biomedical Science (IBMS)", "biomedical-science-degree", False),
    (
        "Research assistant, Department of Biomedical Sciences, University of Utah",
        "biomedical-science-degree",
        False,
    ),
    ("Graduate School of Biomedical Sciences seminar series", "biomedical-science-degree", False),
    # ca-mlt-license and ca-cls-license: a training programme or a trainee is not the licence
    ("Completed a California MLT training program at Pasadena City College", "ca-mlt-license", False),
    ("Completed CA MLT program, 2021", "ca-mlt-license", False),
    ("California MLT trainee", "ca-mlt-license", False),
    ("Completed a California CLS training program at UCLA", "ca-cls-license", False),
    ("California CLS trainee, 2022", "ca-cls-license", False),
    # cis-hspa: CIS is also the Center for Internet Security
    ("Applied CIS Benchmarks to imaging workstations; Security+ certified", "cis-hspa", False),
    ("Hardened servers to CIS benchmarks and CIS Controls certification", "cis-hspa", False),
    ("CIS Controls v8 mapping for medical device certification", "cis-hspa", False),
    # clsi-ep-guidelines: electrophysiology guidelines and any evaluation protocol
    ("Followed EP guidelines for ablation procedures in the EP lab", "clsi-ep-guidelines", False),
    ("Wrote evaluation protocols for vendor selection", "clsi-ep-guidelines", False),
    ("Developed evaluation protocols for the new infusion pump trial", "clsi-ep-guidelines", False),
    # cms-sc-14-07: the memo's title as generic requirements
    ("Ensured compliance with hospital equipment maintenance requirements", "cms-sc-14-07", False),
    (
        "Knowledge of hospital equipment maintenance requirements (CMS, TJC, NFPA 99)",
        "cms-sc-14-07",
        False,
    ),
    # culture-plate-reading: ELISA plates, dialysis water cultures and CFU assays
    ("Performed ELISA plate reading on the BioTek reader", "culture-plate-reading", False),
    ("Reading plates on the microplate reader for ELISA", "culture-plate-reading", False),
    ("Reviewed dialysis water cultures and colony counts monthly", "culture-plate-reading", False),
    ("Counted colony counts for CFU assays in stem cell research", "culture-plate-reading", False),
    # desktop-support: hardware troubleshooting of medical equipment
    ("Performed hardware troubleshooting on Sysmex analyzers", "desktop-support", False),
    ("Hardware troubleshooting of infusion pumps and monitors to board level", "desktop-support", False),
    # elekta-microselectron: the HDR model is its own concept
    ("Operated the microSelectron HDR", "elekta-microselectron-hdr", True),
    # factor-ix-assay: 'fix' the verb
    ("Helped fix assay drift on the cobas 6000", "factor-ix-assay", False),
    ("Worked to fix assay failures and reagent issues", "factor-ix-assay", False),
    ("Fix activity logs in the CMMS", "factor-ix-assay", False),
    # fujifilm-healthcare: the group's other companies
    ("Fujifilm Irvine Scientific culture media", "fujifilm-healthcare", False),
    ("Fujifilm Wako reagents for ELISA", "fujifilm-healthcare", False),
    # ge-case: a service case opened with GE
    ("Opened a GE case for the CT tube failure", "ge-case", False),
    ("Escalated the GE case to remote engineering", "ge-case", False),
    # heart-lung-machine: the ECMO circuit, and bypass pumps of water loops
    ("Maintained ECMO perfusion systems and Cardiohelp consoles", "heart-lung-machine", False),
    ("Set up the ECMO perfusion pump for transport", "heart-lung-machine", False),
    ("Installed bypass pump for the chilled water loop", "heart-lung-machine", False),
    # hspa-certification: membership and conferences, and High Speed Packet Access
    ("Member, Healthcare Sterile Processing Association", "hspa-certification", False),
    ("Member, IAHCSMM since 2015", "hspa-certification", False),
    ("Attended the HSPA annual conference in Denver", "hspa-certification", False),
    ("Configured 3G/HSPA cellular modems for remote telemetry", "hspa-certification", False),
]


def test_the_sixth_review_keeps_other_senses_out(checker):
    each_case(_THE_SIXTH_REVIEW_KEEPS_OTHER_SENSES_OUT_CASES, line_check(checker))


_FORMS_GUARDED_IN_THE_SIXTH_REVIEW_STILL_COUNT_IN_THEIR_SENSE_CASES = [
    ("Configured Guardrails drug libraries on Alaris pumps", "bd-guardrails", True),
    ("Guardrails Suite MX on the BD Alaris System", "bd-guardrails", True),
    ("Alaris Guardrails compliance reports", "bd-guardrails", True),
    ("B.S. in Biomedical Sciences, 2016", "biomedical-science-degree", True),
    ("BSc Biomedical Science (IBMS accredited)", "biomedical-science-degree", True),
    ("Bachelor of Science, Applied Biomedical Science", "biomedical-science-degree", True),
    ("California MLT, active", "ca-mlt-license", True),
    ("CA MLT since 2019", "ca-mlt-license", True),
    ("California CLS, 2015", "ca-cls-license", True),
    ("Licensed California Clinical Laboratory Scientist", "ca-cls-license", True),
    ("California CLS trainee, 2022", "ca-cls-trainee-license", True),
    ("CRCST, CIS (HSPA)", "cis-hspa", True),
    ("CIS certified sterile processing technician", "cis-hspa", True),
    ("Credentialed as a Certified Instrument Specialist", "cis-hspa", True),
    ("EP guidelines (CLSI) for method verification", "clsi-ep-guidelines", True),
    ("Wrote evaluation protocols per CLSI EP15", "clsi-ep-guidelines", True),
    ("Hospital Equipment Maintenance Requirements memo (S&C 14-07)", "cms-sc-14-07", True),
    ("Described colony morphology on blood agar and MacConkey", "culture-plate-reading", True),
    ("Plate reading on the urine culture bench", "culture-plate-reading", True),
    ("Colony counts on urine cultures", "culture-plate-reading", True),
    ("Reading plates on the micro bench", "culture-plate-reading", True),
    ("Hardware troubleshooting and PC support for the lab", "desktop-support", True),
    ("Operated the microSelectron PDR", "elekta-microselectron", True),
    ("Ran FIX assay and FVIII assay", "factor-ix-assay", True),
    ("FIX activity by one-stage clotting", "factor-ix-assay", True),
    ("Ran FIX:C and FVIII:C", "factor-ix-assay", True),
    ("Fujifilm ultrasound and CR service", "fujifilm-healthcare", True),
    ("Used the GE CASE stress system", "ge-case", True),
    ("Managed CPB cases with the Terumo System 1 heart lung machine", "heart-lung-machine", True),
    ("Primed the bypass pump for CABG cases", "heart-lung-machine", True),
    ("Perfusion pump checks for cardiopulmonary bypass", "heart-lung-machine", True),
    ("ECMO and cardiopulmonary bypass perfusion systems", "heart-lung-machine", True),
    ("HSPA certified", "hspa-certification", True),
    ("CRCST (IAHCSMM), 2019", "hspa-certification", True),
    ("Certified through the Healthcare Sterile Processing Association (CRCST)", "hspa-certification", True),
    ("IAHCSMM certification", "hspa-certification", True),
]


def test_forms_guarded_in_the_sixth_review_still_count_in_their_sense(checker):
    each_case(_FORMS_GUARDED_IN_THE_SIXTH_REVIEW_STILL_COUNT_IN_THEIR_SENSE_CASES, line_check(checker))


_THE_SIXTH_REVIEWS_NEW_CONCEPT_KEEPS_THE_OTHER_SENSE_OUT_CASES = [
    ("Operated the microSelectron PDR", "elekta-microselectron-hdr", False),
]


def test_the_sixth_reviews_new_concept_keeps_the_other_sense_out(checker):
    each_case(_THE_SIXTH_REVIEWS_NEW_CONCEPT_KEEPS_THE_OTHER_SENSE_OUT_CASES, line_check(checker))


_THE_SIXTH_REVIEW_FILES_EACH_THING_UNDER_ITS_PARENT_CASES = [
    # elekta-microselectron: the line held PDR and LDR afterloaders too; its HDR model is an HDR afterloader
    ("elekta-microselectron", "hdr-afterloader", False),
    ("elekta-microselectron", "brachytherapy", True),
    ("elekta-microselectron-hdr", "elekta-microselectron", True),
    ("elekta-microselectron-hdr", "hdr-afterloader", True),
    # cms-sc-14-07: a survey memo is guidance on a Condition of Participation, not a Condition
    ("cms-sc-14-07", "cms-cop", False),
    ("cms-sc-14-07", "cms", True),
]


def test_the_sixth_review_files_each_thing_under_its_parent(vocabulary):
    each_case(_THE_SIXTH_REVIEW_FILES_EACH_THING_UNDER_ITS_PARENT_CASES, parent_check(vocabulary))


def test_the_sixth_review_corrects_sources(vocabulary):
    # the scanner's source named two other makers' literature (copied from its class)
    assert vocabulary.concepts["3dhistech-pannoramic"].source == "3DHISTECH Pannoramic product documentation"
