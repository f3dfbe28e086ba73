"""Forms of laboratory and equipment concepts that read another trade's sense, now guarded.

A state route ST-79 is not ANSI/AAMI ST79; the American Academy of Pain Medicine is not the AAPM of the
physicists; a road roller or a paint roller is not the Alifax Roller 20; a Lufthansa flight LH 750 is not the
Beckman Coulter LH 750; a sum of DM 1200 is not the CellaVision DM1200; the gene CISH (knocked out or
deleted in NK cells) is not chromogenic in situ hybridization; the European Commission against Racism and
Intolerance is not ECRI; the German renewable energy law (EEG feed-in tariffs) is not an EEG machine; a
construction guaranteed maximum price (GMP contract) is not good manufacturing practice; the Fnac stores are
not FNAC cytology; the verb counteract is not Forescout CounterACT; the Indian Gaming Regulatory Act and the
International Gay Rodeo Association are not the IGRA; the Navy's undersea surveillance system and IUSS Pavia
are not immediate-use steam sterilization; IV fluids (IVF) on a nursing line are not in vitro fertilization;
an accelerator physics or synchrotron linac is not a medical linear accelerator; LOTO lottery tickets are not
lockout/tagout; MRI Software and the MRI Network recruiters are not magnetic resonance imaging; the PDSA
veterinary charity is not a PDSA cycle; room C502 is not the cobas c 502; the E402 road and the food
additive E402 are not the cobas e 402; and the Social Skills Rating System (SSRS) is not SQL Server Reporting
Services.

The names "ECRI" and "Linear accelerator" read the other sense too: the concepts are renamed "ECRI (patient
safety organization)" and "Medical linear accelerator", and the old names are guarded forms. The Siemens DCA
2000, ADVIA 560, PFA-100 and PFA-200 and the Sysmex XS-800i and XT-4000i cite their own product, not another
maker's or another model. The second table checks that each guarded form still counts in its own sense.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_OTHER_TRADES_DO_NOT_READ_AS_OURS_CASES_PASS10_5 = [
    # aami-st79: state routes
    ("Drove the state route ST-79 to the job site daily", "aami-st79", False),
    ("Drove highway ST 79 north", "aami-st79", False),
    # aapm: the American Academy of Pain Medicine
    ("Member, AAPM (American Academy of Pain Medicine)", "aapm", False),
    ("Presented at the AAPM annual meeting on opioid stewardship", "aapm", False),
    # alifax-roller-20: road rollers and paint rollers
    ("Operated a vibratory roller 20 tons on highway paving", "alifax-roller-20", False),
    ("Replaced paint roller 20 times a shift", "alifax-roller-20", False),
    # beckman-lh-750: a Lufthansa flight
    ("Purser on Lufthansa flight LH 750 to Frankfurt", "beckman-lh-750", False),
    # cellavision-dm1200: Deutsche Mark
    ("Revenue of DM 1200 million in 1995", "cellavision-dm1200", False),
    # cish: the CISH gene
    ("Knocked out CISH in NK cells using CRISPR", "cish", False),
    ("CISH-deleted CAR-NK cells showed enhanced cytotoxicity", "cish", False),
    # ecri: the European Commission against Racism and Intolerance
    (
        "Drafted country report for ECRI (European Commission against Racism and Intolerance)",
        "ecri",
        False,
    ),
    # eeg-machine: the German renewable energy law
    ("Managed EEG feed-in tariff compliance for German wind parks", "eeg-machine", False),
    # fda-cgmp: construction guaranteed maximum price
    ("Negotiated GMP contracts with subcontractors as construction project manager", "fda-cgmp", False),
    ("Delivered the hospital project under a GMP contract", "fda-cgmp", False),
    # fine-needle-aspiration: the Fnac stores
    ("Sales advisor at FNAC Paris", "fine-needle-aspiration", False),
    # forescout: the verb counteract
    ("Developed strategies to counteract inflation", "forescout", False),
    ("Worked to counteract the effects of budget cuts", "forescout", False),
    # igra: the Indian Gaming Regulatory Act and the gay rodeo association
    ("Ensured compliance with IGRA for the tribal casino gaming commission", "igra", False),
    ("Competed in IGRA rodeos across the West", "igra", False),
    ("Rider with IGRA, the International Gay Rodeo Association", "igra", False),
    # immediate-use-steam-sterilization: the Navy's undersea surveillance, IUSS Pavia
    ("Navy ocean systems technician, IUSS analyst", "immediate-use-steam-sterilization", False),
    ("PhD researcher at IUSS Pavia", "immediate-use-steam-sterilization", False),
    # ivf: IV fluids
    ("Administered IVF and blood products, monitored I&O", "ivf", False),
    ("Hung IVF at 125 mL/hr", "ivf", False),
    # linac: accelerator physics
    ("Maintained the injector linac for the synchrotron light source", "linac", False),
    ("Operated the linear accelerator at the SLAC beamline", "linac", False),
    # lockout-tagout: the lottery
    ("Sold LOTO tickets at the convenience store", "lockout-tagout", False),
    ("Sold LOTO 6/49 tickets", "lockout-tagout", False),
    # magnetic-resonance-imaging: property software and recruiters
    (
        "Administered MRI Software for lease management at the property firm",
        "magnetic-resonance-imaging",
        False,
    ),
    ("Recruiter at MRI Network (Management Recruiters International)", "magnetic-resonance-imaging", False),
    # pdsa-cycle: the veterinary charity
    ("Veterinary nurse at the PDSA Pet Hospital", "pdsa-cycle", False),
    # roche-cobas-c502: room numbers
    ("Classroom C502 science teacher", "roche-cobas-c502", False),
    ("Hotel in Paris, room C502", "roche-cobas-c502", False),
    # roche-cobas-e402: the E402 road and the food additive
    ("Commuted on the E402 motorway", "roche-cobas-e402", False),
    ("Food additive E402 potassium alginate in the formulation", "roche-cobas-e402", False),
    # ssrs: the Social Skills Rating System
    ("Administered SSRS and BASC-3 assessments as school psychologist", "ssrs", False),
]

_GUARDED_FORMS_STILL_COUNT_CASES_PASS10_5 = [
    ("ST79", "aami-st79", True),
    ("ST-79", "aami-st79", True),
    ("Applied ST79 steam sterilization practices in SPD", "aami-st79", True),
    ("AAPM", "aapm", True),
    ("AAPM TG-142 linac QA", "aapm", True),
    ("Member of AAPM", "aapm", True),
    ("Roller 20", "alifax-roller-20", True),
    ("Ran ESR on the Roller 20", "alifax-roller-20", True),
    ("LH 750", "beckman-lh-750", True),
    ("Beckman Coulter LH 750", "beckman-lh-750", True),
    ("DM1200", "cellavision-dm1200", True),
    ("Imaged smears on the CellaVision DM1200", "cellavision-dm1200", True),
    ("CISH", "cish", True),
    ("Performed HER2 CISH on breast biopsies", "cish", True),
    ("ECRI", "ecri", True),
    ("ECRI Institute", "ecri", True),
    ("Monitored ECRI hazard alerts and recalls", "ecri", True),
    ("ECRI (patient safety organization)", "ecri", True),
    ("EEG", "eeg-machine", True),
    ("EEG machine", "eeg-machine", True),
    ("Repaired EEG machines and amplifiers", "eeg-machine", True),
    ("GMP", "fda-cgmp", True),
    ("Followed GMP in the blood bank", "fda-cgmp", True),
    ("GMP documentation and audits", "fda-cgmp", True),
    ("FNAC", "fine-needle-aspiration", True),
    ("Performed FNAC on thyroid nodules", "fine-needle-aspiration", True),
    ("CounterACT", "forescout", True),
    ("Deployed ForeScout CounterACT for medical device NAC", "forescout", True),
    ("IGRA", "igra", True),
    ("Ran IGRA tests on QuantiFERON", "igra", True),
    ("IUSS", "immediate-use-steam-sterilization", True),
    ("Followed IUSS guidelines in the OR", "immediate-use-steam-sterilization", True),
    ("IVF", "ivf", True),
    ("Embryologist in the IVF lab", "ivf", True),
    ("Improved IVF rates by 10%", "ivf", True),
    ("Medical linear accelerator", "linac", True),
    ("Linear accelerator", "linac", True),
    ("linac", "linac", True),
    ("LINAC", "linac", True),
    ("Serviced Varian linear accelerators", "linac", True),
    ("Daily output constancy check on the linac", "linac", True),
    ("LOTO", "lockout-tagout", True),
    ("Trained staff on LOTO procedures", "lockout-tagout", True),
    ("MRI", "magnetic-resonance-imaging", True),
    ("Serviced MRI scanners", "magnetic-resonance-imaging", True),
    ("PDSA", "pdsa-cycle", True),
    ("Ran PDSA cycles to cut TAT", "pdsa-cycle", True),
    ("c502", "roche-cobas-c502", True),
    ("Ran chemistry on the c502", "roche-cobas-c502", True),
    ("e402", "roche-cobas-e402", True),
    ("Ran immunoassays on the e402", "roche-cobas-e402", True),
    ("Ran the cobas e 402 module", "roche-cobas-e402", True),
    ("SSRS", "ssrs", True),
    ("Built SSRS reports", "ssrs", True),
]

# products whose source named another maker's product or another model
_OWN_SOURCES_PASS10_5 = {
    "siemens-dca-2000": "DCA 2000",
    "siemens-advia-560": "ADVIA 560",
    "siemens-pfa-100": "PFA-100",
    "siemens-pfa-200": "PFA-200",
    "sysmex-xs-800i": "XS-800i",
    "sysmex-xt-4000i": "XT-4000i",
}


def test_other_trades_do_not_read_as_ours_pass10_5(checker):
    each_case(_OTHER_TRADES_DO_NOT_READ_AS_OURS_CASES_PASS10_5, line_check(checker))


def test_guarded_forms_still_count_pass10_5(checker):
    each_case(_GUARDED_FORMS_STILL_COUNT_CASES_PASS10_5, line_check(checker))


def test_renamed_to_their_own_sense_pass10_5(vocabulary):
    assert vocabulary.concepts["ecri"].name == "ECRI (patient safety organization)"
    assert vocabulary.concepts["linac"].name == "Medical linear accelerator"


def test_sources_name_their_own_product_pass10_5(vocabulary):
    wrong = {c: vocabulary.concepts[c].source for c, own in _OWN_SOURCES_PASS10_5.items()}
    wrong = {c: s for c, s in wrong.items() if _OWN_SOURCES_PASS10_5[c] not in s}
    assert not wrong, wrong
    for c in ("siemens-pfa-100", "siemens-pfa-200"):
        assert "VerifyNow" not in vocabulary.concepts[c].source
    assert "Tosoh" not in vocabulary.concepts["siemens-dca-2000"].source
