"""Infectious disease testing of blood, plasma and tissue donors
(vocab/donor-infectious-disease-testing.yaml):
donor NAT (minipool, individual-donation, discriminatory, pool resolution), the screened markers, supplemental
testing, the Procleix and Roche cobas blood screening assays and platforms, the Beckman PK microplate systems,
platelet bacterial detection and the blood-establishment regulation and quality work. Each concept is read in
its own sense, and every guarded form is kept from the other trade's line (network address translation, a
billing lookback period, HLA donor testing, employment discrimination, COVID quarantine units).
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import _concepts_in, line_check

_CASES = [
    # donor testing as a whole
    (
        "Performed infectious disease testing of donors for the regional blood center",
        "donor-infectious-disease-testing",
        True,
    ),
    ("Viral marker testing and TTI screening of all donations", "donor-infectious-disease-testing", True),
    (
        "Blood screening assays for HIV, HCV and HBsAg on the Alinity s",
        "donor-infectious-disease-testing",
        True,
    ),
    ("Donor testing for HIV and HCV at the blood center", "donor-infectious-disease-testing", True),
    ("IDT technologist running donor samples for viral markers", "donor-infectious-disease-testing", True),
    ("HLA donor testing for the kidney transplant program", "donor-infectious-disease-testing", False),
    ("Ordered IDT primers for the research group", "donor-infectious-disease-testing", False),
    (
        "Lead and cholesterol blood screening at community health fairs",
        "donor-infectious-disease-testing",
        False,
    ),
    ("Cadaveric specimen testing for HCT/P donors", "tissue-donor-infectious-disease-testing", True),
    (
        "Tissue donor testing for HIV, HBV and HCV on post-mortem donor samples",
        "tissue-donor-infectious-disease-testing",
        True,
    ),
    ("Cadaveric dissection for the anatomy lab", "tissue-donor-infectious-disease-testing", False),
    ("Medical technologist in the donor testing laboratory", "donor-testing-laboratory", True),
    ("Supervised the NAT lab running Procleix assays for donors", "donor-testing-laboratory", True),
    ("Worked in the NAT lab of the network team", "donor-testing-laboratory", False),
    # donor NAT
    ("Performed NAT testing of donor samples", "donor-nat", True),
    ("HIV/HCV/HBV NAT on plasma donations", "donor-nat", True),
    ("Nucleic acid testing of blood donations for HIV, HCV and HBV", "donor-nat", True),
    ("Ran NAT on donor minipools", "donor-nat", True),
    ("Configured NAT rules on the firewall for the VPN", "donor-nat", False),
    ("Static NAT and PAT on Cisco routers", "donor-nat", False),
    ("Nucleic acid testing for CT/NG on the urology clinic samples", "donor-nat", False),
    ("Minipool NAT for HIV, HCV and HBV", "minipool-nat", True),
    ("MP-NAT and pooled sample NAT of source plasma", "minipool-nat", True),
    ("Individual donation NAT (ID-NAT) triggered for WNV", "individual-donation-nat", True),
    ("Switched from minipool to ID NAT during the WNV season", "individual-donation-nat", True),
    ("Pool resolution of reactive minipools", "nat-pool-resolution", True),
    ("Resolution testing of pools reactive on the Procleix assay", "nat-pool-resolution", True),
    ("Resolution testing of the monitor display", "nat-pool-resolution", False),
    ("Discriminatory assays (dHIV, dHCV, dHBV) on reactive samples", "nat-discriminatory-testing", True),
    ("Ran dHBV on the Panther", "nat-discriminatory-testing", True),
    (
        "Trained managers on non-discriminatory testing practices in hiring",
        "nat-discriminatory-testing",
        False,
    ),
    ("Repeatedly reactive samples retested in duplicate", "repeat-reactive-testing", True),
    ("Tracked IR/RR rates for HBsAg and anti-HCV screening", "repeat-reactive-testing", True),
    ("IR/RR spectroscopy of polymer films", "repeat-reactive-testing", False),
    (
        "Supplemental testing of repeat reactive donors with Geenius and INNO-LIA",
        "donor-supplemental-testing",
        True,
    ),
    ("Confirmatory testing for HBsAg and HTLV reactive donations", "donor-supplemental-testing", True),
    ("Supplemental testing of vitamin D levels", "donor-supplemental-testing", False),
    ("Confirmatory testing of drug screens by GC-MS", "donor-supplemental-testing", False),
    # markers
    ("Hepatitis B serology and HBV DNA testing", "hepatitis-b-testing", True),
    ("Screened donations for HBsAg on the PRISM", "hbsag-testing", True),
    ("Hepatitis B surface antigen testing", "hbsag-testing", True),
    ("HBsAg confirmatory neutralization of reactive samples", "hbsag-neutralization", True),
    ("Anti-HBc and HBcAb testing of donors", "anti-hbc-testing", True),
    ("Hepatitis B core antibody", "anti-hbc-testing", True),
    ("HCV viral load on the cobas 6800", "hepatitis-c-testing", True),
    ("Hepatitis C screening of baby boomers", "hepatitis-c-testing", True),
    ("HCV lookback for transfused recipients", "hepatitis-c-testing", False),
    ("RIBA HCV 3.0 supplemental testing", "hepatitis-c-testing", False),
    ("Anti-HCV screening of donations", "anti-hcv-testing", True),
    ("HCV Ab testing on the Architect", "anti-hcv-testing", True),
    ("RIBA HCV 3.0 supplemental testing", "hcv-riba", True),
    ("RIBA for anti-HCV repeat reactive donors", "hcv-riba", True),
    ("Ran RIBA events for the Spanish football club", "hcv-riba", False),
    ("Anti-HTLV-I/II screening on the Alinity s", "htlv-testing", True),
    ("HTLV testing of donors", "htlv-testing", True),
    ("Chagas screening of first-time donors", "chagas-testing", True),
    ("T. cruzi antibody testing", "chagas-testing", True),
    ("Cardiology clinic for Chagas cardiomyopathy patients", "chagas-testing", False),
    ("Babesia screening of donations in endemic states", "babesia-testing", True),
    ("Reviewed Giemsa smears for Babesia microti", "babesia-testing", True),
    ("Babesia Street food hall", "babesia-testing", False),
    ("Zika virus testing of donations in Puerto Rico", "zika-testing", True),
    ("WNV NAT of donations during the summer season", "wnv-nat", True),
    ("West Nile virus NAT", "wnv-nat", True),
    ("Confirmed reactive syphilis screens by TP-PA", "tp-pa", True),
    ("Treponema pallidum particle agglutination", "tp-pa", True),
    ("Donor syphilis screening with PK-TP on the PK7300", "pk-tp", True),
    ("CMV testing of neonatal components", "cmv-testing", True),
    ("CMV serology and CMV-seronegative units for neonates", "cmv-antibody-testing", True),
    # supplemental assays
    ("Line immunoassay (LIA) for HTLV supplemental testing", "line-immunoassay", True),
    ("LIA rates for the insurance agency", "line-immunoassay", False),
    ("INNO-LIA HIV I/II Score and INNO-LIA HTLV", "inno-lia", True),
    ("Abbott ESA Chagas for repeat reactive donors", "abbott-esa-chagas", True),
    ("ORTHO T. cruzi ELISA Test System", "ortho-t-cruzi-elisa", True),
    # NAT assays
    ("Procleix NAT assays for donor screening", "procleix-assays", True),
    ("Procleix Ultrio Elite on the Procleix Panther", "procleix-ultrio-elite", True),
    ("Procleix Ultrio Plus on the Procleix Tigris", "procleix-ultrio-plus", True),
    ("Ran the Procleix Ultrio assay", "procleix-ultrio", True),
    ("Ran the Procleix Ultrio Elite assay", "procleix-ultrio", False),
    ("Ultrio Plus testing", "procleix-ultrio", False),
    ("Procleix HIV-1/HCV assay on the Tigris", "procleix-hiv-1-hcv", True),
    ("Procleix WNV assay on every donation", "procleix-wnv", True),
    ("Procleix Babesia", "procleix-babesia", True),
    ("Procleix Zika Virus assay", "procleix-zika", True),
    (
        "Validated the cobas blood screening assays on the cobas 8800",
        "roche-cobas-blood-screening-assays",
        True,
    ),
    ("Ran cobas MPX on the cobas 8800", "cobas-mpx", True),
    ("cobas TaqScreen MPX test on the cobas s 201", "cobas-taqscreen-mpx", True),
    ("cobas WNV and cobas Zika", "cobas-wnv", True),
    ("cobas Babesia testing of donations", "cobas-babesia", True),
    ("cobas Zika", "cobas-zika", True),
    ("cobas DPX for parvovirus B19 in source plasma", "cobas-dpx", True),
    # platelet bacterial detection
    ("Large volume delayed sampling of apheresis platelets", "platelet-bacterial-detection", True),
    ("LVDS cultures on BacT/ALERT for platelets", "platelet-bacterial-detection", True),
    ("LVDS transmission lines", "platelet-bacterial-detection", False),
    ("Verax PGD testing of platelets on day 4", "verax-pgd", True),
    # instruments
    ("Performed NAT on the Procleix Panther System", "procleix-panther", True),
    ("Maintained the Procleix Tigris", "procleix-tigris", True),
    ("Operated the cobas s 201 system", "roche-cobas-s-201", True),
    ("Donor blood grouping on the PK microplate system", "beckman-pk-system", True),
    ("Blood grouping on the Beckman PK7300", "beckman-pk7300", True),
    ("Syphilis screening on the PK7400", "beckman-pk7400", True),
    ("Olympus PK7200 donor grouping", "olympus-pk7200", True),
    # regulation and quality
    ("Regulated by FDA CBER", "fda-cber", True),
    ("Worked at an FDA-licensed blood establishment", "fda-blood-establishment-licensure", True),
    ("Donation testing per 21 CFR 610.40", "fda-21-cfr-610-40", True),
    ("HIV lookback per 21 CFR 610.46", "fda-21-cfr-610-46", True),
    ("HCV lookback per 21 CFR 610.47", "fda-21-cfr-610-47", True),
    ("Deviation reporting per 21 CFR 606.171", "fda-21-cfr-606-171", True),
    ("Filed BPDRs with CBER", "bpdr", True),
    ("Biological product deviation reporting", "bpdr", True),
    ("HCV lookback investigations and recipient notification", "lookback", True),
    ("Lookback on donors who seroconverted", "lookback", True),
    ("Lookback period of 12 months for billing claims", "lookback", False),
    ("Five-year look-back of negative Pap smears", "lookback", False),
    ("Recipient notification of the wire transfer", "lookback", False),
    ("Donor notification of reactive test results", "donor-notification", True),
    ("Donor counseling of reactive donors", "donor-notification", True),
    ("Donor counseling for egg donors", "donor-notification", False),
    ("Donor notification of gift receipts for the foundation", "donor-notification", False),
    ("Donor re-entry under the FDA reentry algorithm", "donor-reentry", True),
    ("Re-entry algorithm for deferred HBsAg donors", "donor-reentry", True),
    ("Spacecraft re-entry algorithm design", "donor-reentry", False),
    ("Quarantine and release of blood components in the BECS", "blood-product-quarantine", True),
    ("Quarantined units pending NAT results", "blood-product-quarantine", True),
    ("Staffed quarantined units during the COVID outbreak", "blood-product-quarantine", False),
    ("Product release of tablets in pharma QA", "blood-product-quarantine", False),
    ("Software component release notes", "blood-product-quarantine", False),
    ("Followed the AABB Technical Manual", "aabb-technical-manual", True),
    ("Updated the Circular of Information inserts", "circular-of-information", True),
    ("INNO-LIA strips from Fujirebio", "fujirebio", True),
    ("Platelet PGD test kits from Verax Biomedical", "verax-biomedical", True),
]


def test_donor_testing_concepts_are_filed_as_what_they_are(vocabulary):
    assert "naat" in vocabulary.ancestors("minipool-nat")
    assert "donor-infectious-disease-testing" in vocabulary.ancestors("individual-donation-nat")
    assert "tma" in vocabulary.ancestors("procleix-ultrio-elite")
    assert "donor-nat" in vocabulary.ancestors("procleix-ultrio-elite")
    assert "procleix-ultrio" not in vocabulary.ancestors("procleix-ultrio-elite")
    assert "real-time-pcr" in vocabulary.ancestors("cobas-mpx")
    assert {"wnv-nat", "west-nile-virus-testing"} <= vocabulary.ancestors("procleix-wnv")
    assert "wnv-nat" in vocabulary.ancestors("cobas-wnv")
    assert "babesia-testing" in vocabulary.ancestors("cobas-babesia")
    assert "arbovirus-testing" in vocabulary.ancestors("procleix-zika")
    assert "hologic-panther" in vocabulary.ancestors("procleix-panther")
    assert "hologic-tigris" in vocabulary.ancestors("procleix-tigris")
    assert "roche-cobas-molecular" in vocabulary.ancestors("roche-cobas-s-201")
    assert "blood-bank-analyzer" in vocabulary.ancestors("beckman-pk7300")
    assert "hepatitis-testing" in vocabulary.ancestors("anti-hbc-testing")
    assert "hepatitis-testing" in vocabulary.ancestors("anti-hcv-testing")
    assert "serology-testing" in vocabulary.ancestors("htlv-testing")
    assert "chagas-testing" in vocabulary.ancestors("abbott-esa-chagas")
    assert "immunoassay" in vocabulary.ancestors("inno-lia")
    assert "fda-21-cfr-610" in vocabulary.ancestors("fda-21-cfr-610-47")
    assert "fda-21-cfr-606" in vocabulary.ancestors("fda-21-cfr-606-171")
    assert "fda" in vocabulary.ancestors("fda-cber")
    assert "blood-bank" in vocabulary.ancestors("donor-testing-laboratory")
    assert "donor-infectious-disease-testing" in vocabulary.ancestors(
        "tissue-donor-infectious-disease-testing"
    )
    assert {"treponemal-testing", "syphilis-testing"} <= vocabulary.ancestors("pk-tp")
    assert "donor-nat" not in vocabulary.ancestors("wnv-nat")
    assert vocabulary.concepts["procleix-panther"].category.value == "instrument"
    assert vocabulary.concepts["bpdr"].category.value == "quality"


def test_donor_testing_forms_read_only_in_their_own_sense(checker):
    each_case(_CASES, line_check(checker))


def test_a_hospital_blood_bank_releasing_products_is_no_quarantine_release(checker):
    # a transfusion service releases (issues) blood products to patients; the blood establishment's quarantine
    # and release is its own wording
    assert "blood-product-quarantine" not in _concepts_in(
        checker, "Perform type and screen, crossmatch, and release of blood products."
    )
