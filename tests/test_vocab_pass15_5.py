"""Faults the fifteenth pass found in lot 5, each with the line that showed it and one of the concept's own
sense: a maker's other products under one product-line name (AlinIQ BIS and Inventory Manager, CareAware
MultiMedia, GlideScope BFlex bronchoscopes) read as the one product; other trades' wordings (a pharmaceutical
plant's Capsule Tech, a salesperson's AE title, a market study's analytical phase, the RCA television brand
and record label, Medison Pharma, a Unity engine version) read as lab and imaging concepts; guards or forms
too strict for the concept's own lines (RF beside a nephelometer or CRP, a bare trichrome or PD-L1 in a
histology line, the Falcon and Acumen of dialysis charting, Limble, Indica HALO, AEMS/MEDCASE, PathNet Blood
Bank, S7-1200 and CompactLogix PLCs, Datastream 7i, the makers' short names Myron L, Ventana and Waters, and
Ohm's law swallowed by a Kirchhoff alias); and filing (reagent inventory not under inventory management,
makers of apheresis machines on one track only).
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    ("Capsule Tech II, encapsulation room, Pfizer 2019-2021", "capsule-tech", False),
    ("Configured Capsule Tech SmartLinx for bedside monitors", "capsule-tech", True),
    ("Capsule Technologies device integration for the ICU", "capsule-tech", True),
    ("Built turnaround dashboards in AlinIQ BIS", "abbott-aliniq", False),
    ("Tracked reagent lots in AlinIQ Inventory Manager", "abbott-aliniq", False),
    ("Wrote autoverification rules in AlinIQ AMS", "abbott-aliniq", True),
    ("Configured AlinIQ middleware for the Alinity ci", "abbott-aliniq", True),
    ("Archived endoscopy images in Cerner CareAware MultiMedia", "cerner-careaware", False),
    ("Managed bed boards in Cerner CareAware Capacity Management", "cerner-careaware", False),
    ("Connected ventilators to the EHR through Cerner CareAware", "cerner-careaware", True),
    ("Led the analytical phase of the market research study", "testing-phases", False),
    ("Errors in the analytical phase of laboratory testing", "testing-phases", True),
    ("Reduced pre-analytical errors in specimen labeling", "testing-phases", True),
    ("Migrated the mobile game to Unity 2.0", "biorad-unity", False),
    ("Reviewed QC peer data in Unity 2.0", "biorad-unity", True),
    ("Ran RF on the nephelometer", "rheumatoid-factor", True),
    ("Performed RF and CRP on the BN II", "rheumatoid-factor", True),
    ("RF, anti-CCP and ANA by ELISA", "rheumatoid-factor", True),
    ("Ran RF coil QA on the 3T MRI", "rheumatoid-factor", False),
    ("Regulatory Affairs Manager, Medison Pharma, Tel Aviv, 2018-2022", "samsung-medison", False),
    ("Serviced Medison SonoAce ultrasound units", "samsung-medison", True),
    ("Reprocessed GlideScope BFlex bronchoscopes", "verathon-glidescope", False),
    ("Intubation with the GlideScope in the ED", "verathon-glidescope", True),
    ("Promoted to Senior AE title after exceeding quota", "dicom-ae-title", False),
    ("Configured AE titles and ports for the CT", "dicom-ae-title", True),
    ("Added the new AE title to the PACS", "dicom-ae-title", True),
    ("Repaired RCA televisions and VCRs at a consumer electronics shop", "root-cause-analysis", False),
    ("Signed to RCA Records in 2012", "root-cause-analysis", False),
    ("Completed an RCA after the specimen mislabel", "root-cause-analysis", True),
    ("Documented hemodialysis treatments in Falcon", "davita-falcon", True),
    ("Falcon flowsheets at a DaVita clinic", "davita-falcon", True),
    ("Labeled 50 mL Falcon tubes for dialysis water cultures", "davita-falcon", False),
    ("Charted in Acumen for Fresenius clinics", "fresenius-acumen", True),
    ("Strong business acumen in dialysis clinic operations", "fresenius-acumen", False),
    ("Closed work orders in Limble", "limble-cmms", True),
    ("Quantified IHC with Indica Labs HALO", "halo-image-analysis", True),
    ("Ran HALO AI on Ki-67 slides", "halo-image-analysis", True),
    ("Entered PMs in AEMS/MEDCASE", "aems-medcase", True),
    ("Built products in PathNet Blood Bank", "cerner-blood-bank", True),
    ("Applied Ohm's and Kirchhoff's laws to troubleshoot boards", "ohms-law", True),
    ("Applied Ohm's and Kirchhoff's laws to troubleshoot boards", "kirchhoffs-laws", True),
    ("Used Ohm's calculator for the resistor values", "ohms-law", False),
    ("Performed trichrome and reticulin stains on liver biopsies", "trichrome-stain", True),
    ("PAS, trichrome, and iron on renal biopsies", "trichrome-stain", True),
    ("Printed trichrome color separations for the press", "trichrome-stain", False),
    ("Masson trichrome on liver biopsies", "masson-trichrome", True),
    ("PD-L1 22C3 and SP263 staining on the Autostainer", "pd-l1-testing", True),
    ("Ran PD-L1 on lung biopsies", "pd-l1-testing", True),
    ("Oncology sales: launched PD-L1 inhibitors for NSCLC", "pd-l1-testing", False),
    ("Educated nurses on anti-PD-L1 therapy", "pd-l1-testing", False),
    ("Ran HPV primary screening on the cobas 6800", "primary-hpv-screening", True),
    ("Programmed Siemens S7-1200 PLCs on the water system", "siemens-s7-plc", True),
    ("Siemens S7-300 controllers", "siemens-s7-plc", True),
    ("Samsung Galaxy S7 repair", "siemens-s7-plc", False),
    ("Allen Bradley CompactLogix PLC", "compactlogix", True),
    ("MicroLogix 1400 on the washer", "micrologix", True),
    ("Datastream 7i work orders", "infor-eam", True),
    ("Checked dialysate conductivity with a Myron L meter", "myron-l", True),
    ("Reference: Myron L. Jones, water plant supervisor, pH lab", "myron-l", False),
    ("Ventana BenchMark ULTRA stainers", "ventana", True),
    ("Stayed at the Ventana Inn, Big Sur", "ventana", False),
    ("Waters Xevo TQ-S", "waters", True),
    ("Ran Waters ACQUITY UPLC", "waters", True),
    ("Waters, Texas - RO technician", "waters", False),
]


def test_pass15_5_concepts_are_filed_as_what_they_are(vocabulary):
    assert "inventory-management" in vocabulary.ancestors("reagent-inventory")
    assert "allen-bradley-plc" in vocabulary.ancestors("compactlogix")
    assert "allen-bradley-plc" in vocabulary.ancestors("micrologix")
    assert vocabulary.concepts["compactlogix"].category.value == "equipment"
    assert vocabulary.concepts["haemonetics"].track.value == "both"
    assert vocabulary.concepts["fresenius-kabi"].track.value == "both"


def test_pass15_5_forms_read_only_in_their_own_sense(checker):
    each_case(_CASES, line_check(checker))
