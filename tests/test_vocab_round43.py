"""Vocabulary added where the forty-third round of held-out pairs showed it thin.

The anti-doping laboratory (anti-doping.yaml), the immunohematology reference laboratory
(immunohematology-reference.yaml), Irish and British transfusion laboratory practice
(irish-laboratory-practice.yaml), medical 3D printing (medical-3d-printing.yaml), orthotics and prosthetics
fabrication (orthotics-prosthetics.yaml) and RTLS asset tracking (rtls-asset-tracking.yaml), with the
concepts of older files they extend. Each ambiguous form is checked in its other sense too.
"""

from __future__ import annotations

from resumefit.models import Status
from tests.test_round16 import _statuses
from tests.test_vocab import line_check, parent_check


def test_anti_doping_procedures_and_findings(checker):
    check = line_check(checker)
    line = "Performs Initial Testing Procedures (ITP) and Confirmation Procedures under the WADA ISL"
    check(line, "initial-testing-procedure")
    check(line, "confirmation-procedure")
    check(line, "wada-isl")
    check(
        "ITP and TTP patients need platelet counts on the hematology bench",
        "initial-testing-procedure",
        False,
    )
    # screening in another trade's sense: forensic serology and hemoglobin variants
    check(
        "Screen evidence for biological material using presumptive and confirmatory tests for blood",
        "initial-testing-procedure",
        False,
    )
    check(
        "Perform hemoglobin variant screening by HPLC, with confirmation by electrophoresis",
        "initial-testing-procedure",
        False,
    )
    check(
        "Four years in equine anti-doping; routine screening and confirmatory analysis by GC-MS/MS",
        "initial-testing-procedure",
    )
    check(
        "Must pass a background investigation, drug screen and polygraph examination",
        "initial-testing-procedure",
        False,
    )
    check("Reported Adverse Analytical Findings (AAFs) in ADAMS", "adverse-analytical-finding")
    check(
        "Reported 41 positive findings to the racing authority after confirmation",
        "adverse-analytical-finding",
    )
    check(
        "The audit closed with several positive findings and no nonconformities",
        "adverse-analytical-finding",
        False,
    )
    check("Reviewed AAFs and ATFs with the results management team", "atypical-finding")
    check("ATF agents inspected the firearms dealer", "atypical-finding", False)
    check("Entered whereabouts and results in ADAMS for athletes", "adams-anti-doping")
    check("JOHN ADAMS, MLS(ASCP)", "adams-anti-doping", False)
    check(
        "Athlete Biological Passport (ABP) haematological module on the XN-1000",
        "athlete-biological-passport",
    )
    check("Invasive ABP monitoring and arterial line care in the ICU", "athlete-biological-passport", False)
    check("Indian Super League (ISL) football analytics", "wada-isl", False)
    check("Filed TUEs for athletes in ADAMS", "therapeutic-use-exemption")
    check("Working knowledge of the WADA International Standard for Results Management", "wada-isrm")
    check("ISRM congress on rock mechanics and tunnelling", "wada-isrm", False)
    check("Clinic hours Mon-Fri; TUE 8am-4pm", "therapeutic-use-exemption", False)


def test_anti_doping_samples_and_preparation(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    parent("gc-c-irms", "isotope-ratio-mass-spectrometry")
    parent("thermo-q-exactive-plus", "thermo-q-exactive")
    parent("orbitrap-exploris-240", "thermo-orbitrap-exploris")
    parent("wada-td-mrpl", "wada-technical-documents")
    parent("sar-page", "page")
    parent("beta-glucuronidase-hydrolysis", "enzymatic-hydrolysis")
    check("Aliquot A and B samples under chain of custody", "a-and-b-samples")
    check("Split every sample into primary and reserve samples at accessioning", "a-and-b-samples")
    check("A sample of 200 charts was reviewed for the audit", "a-and-b-samples", False)
    check("Hepatitis B sample storage at -20 C", "a-and-b-samples", False)
    check("Retained reserve samples of each API lot per 21 CFR 211.170", "a-and-b-samples", False)
    check("Recorded SG by digital refractometer for dilute urines", "specific-gravity")
    check("SG Blood Bank rotation in the hospital", "specific-gravity", False)
    check("Assembled litigation packs for disciplinary hearings", "laboratory-documentation-package")
    check("Enzymic hydrolysis (beta-glucuronidase) before SPE", "beta-glucuronidase-hydrolysis")
    check(
        "Beta-glucuronidase (MUG) test for E. coli identification on colonies",
        "beta-glucuronidase-hydrolysis",
        False,
    )
    check("ESA/EPO analysis by SAR-PAGE and SDS-PAGE with double-blotting", "esa-detection")
    check("ESA/EPO analysis by SAR-PAGE and SDS-PAGE with double-blotting", "double-blotting")
    check("GC-MS of meteorite analogues for an ESA-funded sample-return study", "esa-detection", False)
    check("Fluke ESA620 electrical safety analyzer", "esa-detection", False)
    check("Kept COSHH assessments and SDS up to date", "sds-page", False)
    check("Screened urine for SARMs, stimulants, diuretics and masking agents", "diuretics-masking-agents")
    check("Administer diuretics and monitor intake and output", "diuretics-masking-agents", False)
    # 'MS or PhD' is a degree, not mass spectrometry
    check("MS or PhD in analytical chemistry or a related field.", "mass-spectrometry", False)
    # specificity of a method validation is its selectivity; a test's diagnostic specificity is not
    check(
        "Validated 9 methods (specificity, limit of detection, LOQ, carry-over, matrix effects)",
        "assay-selectivity",
    )
    check(
        "The rapid test has a sensitivity and specificity of 98%, validated against culture",
        "assay-selectivity",
        False,
    )
    # a steroid profile beside doping words is the urinary profile, beside CAH words the serum one
    check(
        "Flag suspicious steroid profiles for GC-C-IRMS confirmation under WADA rules",
        "urinary-steroid-profile",
    )
    check("Second-tier steroid profile for CAH on dried blood spots", "steroid-profiling")
    check("Second-tier steroid profile for CAH on dried blood spots", "urinary-steroid-profile", False)


def test_anti_doping_synonyms_meet_the_posting(checker):
    posting = (
        "Requirements\n- Initial Testing Procedures and Confirmation Procedures\n"
        "- Laboratory Documentation Packages\n- A and B samples\n"
    )
    resume = (
        "Experience\n- Routine screening of athlete urine and confirmatory analysis by LC-MS/MS and "
        "GC-MS/MS\n"
        "- Assembled litigation packs for reserve-sample analyses\n"
        "- Split samples into primary and reserve samples at accessioning\n"
    )
    status = _statuses(checker, posting, resume)
    assert Status.MISSING not in status.values(), status
    assert status["Laboratory Documentation Packages"] is Status.SYNONYM, status


def test_immunohematology_reference_methods(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    parent("daratumumab", "anti-cd38-therapy")
    parent("ega-treatment", "igg-removal-dat-positive")
    parent("immucor-rhd-beadchip", "red-cell-genotyping")
    parent("gamma-elu-kit", "acid-elution")
    parent("haemonetics-acp-215", "automated-cell-processing-system")
    check("Treat reagent red cells with DTT for patients receiving daratumumab", "dtt-treatment")
    check("Treat panel cells with dithiothreitol for Darzalex patients", "dtt-treatment")
    check("Treat panel cells with dithiothreitol for Darzalex patients", "daratumumab")
    check(
        "Launched DTT channels for the broadcaster's digital terrestrial television", "dtt-treatment", False
    )
    check("HLA antibody ID by SAB with DTT treatment against the prozone effect", "dtt-treatment", False)
    check("EGA treatment before phenotyping DAT-positive red cells", "ega-treatment")
    check("EGA 38 weeks by ultrasound dating; prenatal visit", "ega-treatment", False)
    check("Follow prenatal antibody titers for mothers at risk of HDN", "hdfn")
    check(
        "Perform warm autoadsorptions and alloadsorptions using PEG, ZZAP or untreated cells",
        "peg-enhancement",
    )
    check("Placed PEG tubes and managed enteral feeding", "peg-enhancement", False)
    check("Tube method (LISS, saline)", "liss-enhancement")
    check("Liss Whitfield, Laboratory Manager", "liss-enhancement", False)
    check("Polyethylene glycol (PEG) precipitation of wastewater samples", "peg-enhancement", False)
    check("Allogeneic adsorptions with three phenotyped cells", "antibody-adsorption")
    check(
        "Perform neutralization studies, and antibody titrations for prenatal patients",
        "blood-group-neutralization",
    )
    check("Pseudovirus neutralization assays of vaccine sera", "blood-group-neutralization", False)
    check("Monocyte monolayer assay (MMA) experience", "monocyte-monolayer-assay")
    check("Methylmalonic acid (MMA) and homocysteine for B12 deficiency", "monocyte-monolayer-assay", False)
    check("Run RBC genotyping on the Immucor HEA BeadChip", "immucor-precisetype-hea")
    check("Run RBC genotyping on the Immucor HEA BeadChip", "immucor-rhd-beadchip", False)
    check(
        "Phenotype DAT-positive red cells; phenotyping with commercial and in-house antisera",
        "antigen-typing",
    )
    check("Metabolizer phenotyping for CYP2D6 from the genotype", "antigen-typing", False)
    # the trade's other readings: a town, a hospital, a benefit
    check("418 Pattee Creek Dr, Missoula, MT 59801", "mls-ascp", False)
    check("Medical Technologist, Blood Bank - Echo Lake Community Hospital", "immucor-echo-lumena", False)
    check("Medical, dental and vision insurance; 403(b) with 4% match", "ortho-vision-max", False)
    check("Cross-covered coagulation on evenings (PT/INR, aPTT, D-dimer)", "proficiency-testing", False)


def test_immunohematology_reference_laboratory_and_its_synonyms(checker):
    check = line_check(checker)
    check(
        "Two years on the reference laboratory bench of a regional blood supplier, "
        "resolving referred workups",
        "immunohematology-reference-laboratory",
    )
    check(
        "Referred esoteric tests to an outside reference laboratory",
        "immunohematology-reference-laboratory",
        False,
    )
    check(
        "Bench technologist, reference laboratory for send-out chemistry",
        "immunohematology-reference-laboratory",
        False,
    )
    check("Met my team IRL for the first time at the offsite", "immunohematology-reference-laboratory", False)
    posting = "Requirements\n- DTT treatment of reagent cells\n- daratumumab\n- HDFN\n- alloadsorptions\n"
    resume = (
        "Experience\n- Dithiothreitol treatment of panel cells for Darzalex patients\n"
        "- Prenatal antibody titers for mothers at risk of HDN\n- Allogeneic adsorptions with ZZAP\n"
    )
    status = _statuses(checker, posting, resume)
    assert status["DTT"] is Status.SYNONYM, status
    assert status["daratumumab"] is Status.SYNONYM, status
    assert status["HDFN"] is Status.SYNONYM, status
    assert status["alloadsorptions"] is Status.SYNONYM, status


def test_a_pursued_sbb_is_not_held_after_its_programme(checker):
    posting = "Preferred\n- SBB(ASCP) certification\n"
    resume = (
        "Education\n- Specialist in Blood Banking distance program - Intermountain SBB Program, "
        "completed 2026\n"
        "Certifications\n- SBB(ASCP) - eligible; exam scheduled March 2027\n"
    )
    status = _statuses(checker, posting, resume)
    assert status["SBB(ASCP)"] is Status.IN_PROGRESS, status


def test_irish_regulators_and_bodies(checker):
    check = line_check(checker)
    check("Health Service Executive (HSE) - HSE West and North West", "health-service-executive")
    check("Health Service Executive (HSE) - HSE West and North West", "health-and-safety-executive", False)
    check("COSHH assessments and HSE guidance on LEV testing", "health-and-safety-executive")
    check("COSHH assessments and HSE guidance on LEV testing", "health-service-executive", False)
    check("Reporting to the HPRA and the National Haemovigilance Office", "hpra")
    check("Sent reports to the NHO for onward notification to the Irish Medicines Board", "hpra")
    check(
        "Sent reports to the NHO for onward notification to the Irish Medicines Board",
        "national-haemovigilance-office",
    )
    check("Member of the Academy of Medical Laboratory Science (MAMLS), since 2013", "acslm-membership")
    check("Advanced Medical Life Support (AMLS) provider card", "acslm-membership", False)
    check("Work in line with BSH guidelines and departmental SOPs", "bsh-guidelines")
    check("Medical Scientist - Bellmount Surgical Hospital (BSH), Galway", "bsh-guidelines", False)
    check("Health savings account (HSA) and dental plan", "health-and-safety-authority", False)
    check("Comply with GDPR and the Safety, Health and Welfare at Work Act 2005", "shww-act-2005")
    check("Comply with GDPR and the Safety, Health and Welfare at Work Act 2005", "gdpr")
    check("Gym membership in SoHo, New York", "eu-soho-regulation", False)
    check("Job-sharing and part-time (PT) applications will be considered.", "proficiency-testing", False)
    check("Job-sharing and part-time (PT) applications will be considered.", "prothrombin-time", False)


def test_irish_transfusion_practice(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    parent("raadp", "rh-immune-globulin")
    parent("octaplex", "prothrombin-complex-concentrate")
    parent("octaplas", "solvent-detergent-plasma")
    parent("grifols-dg-gel", "column-agglutination")
    parent("uk-neqas-btlp", "uk-neqas")
    check("RAADP and FMH follow-up", "raadp")
    check("Issue Octaplex and platelets for MHP activations", "octaplex")
    check("Issue Octaplex and platelets for MHP activations", "massive-transfusion-protocol")
    check("Portland Community College (PCC) transcripts", "prothrombin-complex-concentrate", False)
    check("Warfarin reversal with PCC and vitamin K", "prothrombin-complex-concentrate")
    check("NCs, CAPA, vertical and horizontal audits", "nonconforming-events")
    check("Moved from Raleigh, NC to Dublin", "nonconforming-events", False)
    check("Medical Scientist, Haematology and Blood Transfusion", "blood-bank")
    check("Patients requiring blood transfusion were monitored on the ward", "blood-bank", False)
    check("Crossmatching by serological and electronic issue", "electronic-crossmatch")
    check(
        "Ensure full traceability of blood components under the EU Blood Directive",
        "blood-component-traceability",
    )
    check("Requirements traceability matrix for the software release", "blood-component-traceability", False)
    check(
        "Documented metrological traceability to national standards for every reference",
        "blood-component-traceability",
        False,
    )
    check("Ensure compliance with EU Directive 2002/98/EC and S.I. No. 360 of 2005", "eu-blood-directive")
    check("Ensure compliance with EU Directive 2002/98/EC and S.I. No. 360 of 2005", "si-360-2005")
    posting = (
        "Requirements\n- HPRA\n- anti-D prophylaxis\n- prothrombin complex concentrate\n- non-conformances\n"
    )
    resume = (
        "Experience\n- Reported serious adverse events to the Irish Medicines Board\n- RAADP follow-up\n"
        "- Issued Octaplex for warfarin reversal\n- NCs and CAPA in Q-Pulse\n"
    )
    status = _statuses(checker, posting, resume)
    assert status["HPRA"] is Status.SYNONYM, status
    assert status["anti-D prophylaxis"] is Status.RELATED, status
    assert status["prothrombin complex concentrate"] is Status.RELATED, status
    assert status["non-conformances"] is Status.SYNONYM, status


def test_medical_3d_printing_processes_and_other_senses(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    parent("stereolithography", "3d-printing")
    parent("polyjet", "material-jetting")
    parent("stratasys-j750-digital-anatomy", "polyjet-printer")
    parent("formlabs-form-3b-plus", "sla-printer")
    parent("artec-space-spider", "structured-light-3d-scanner")
    parent("mitutoyo-digimatic", "digital-calipers")
    parent("iso-10993-7", "iso-10993")
    line = (
        "Hands-on operation of at least two additive manufacturing technologies, "
        "e.g., material jetting, SLA, SLS or FDM."
    )
    check(line, "stereolithography")
    check(line, "selective-laser-sintering")
    check(line, "service-level-agreement", False)
    line = "Met the 72-hour SLA for 96% of trauma and oncology cases by queuing PolyJet builds overnight"
    check(line, "stereolithography", False)
    check(line, "service-level-agreement")
    check("SLS(ASCP) certified laboratory safety officer", "selective-laser-sintering", False)
    check("Stratasys J750 Digital Anatomy Printer and Objet260 Connex3", "stratasys-j750", False)
    check("Stratasys J750 Digital Anatomy Printer and Objet260 Connex3", "stratasys-j750-digital-anatomy")
    check("Printed PLA and PETG parts on the Prusa MK4", "pla-filament")
    check("Public Library Association (PLA) conference volunteer", "pla-filament", False)
    check("Verify models with digital calipers and a structured-light 3D scanner", "digital-calipers")
    check("Replaced brake pads and calipers on the fleet vehicles", "calipers", False)
    check("ATS 539 phantom: resolution, uniformity, calipers accuracy on the ultrasound", "calipers", False)
    check("Import scans from the Omega Scanner, Artec Eva or Structure Sensor", "artec-eva")


def test_medical_3d_printing_software_and_other_senses(checker):
    check = line_check(checker)
    check("Segmentation in Materialise Mimics and 3-matic", "materialise-mimics")
    check(
        "Dental CAD/CAM Technician - Mimic Dental Studio, LLC, Bloomington, MN", "materialise-mimics", False
    )
    check("The phantom mimics soft tissue attenuation on CT", "materialise-mimics", False)
    check("Enter completed cases in the RSNA/ACR 3D Printing Registry", "rsna-acr-3d-printing-registry")
    check(
        "Presented a poster at RSNA 2025 (3D Printing Special Interest Group session)",
        "rsna-acr-3d-printing-registry",
        False,
    )
    check(
        "Questions may be directed to the Department of Human Resources (DHR)", "device-history-record", False
    )
    check(
        "Design cutting and drilling guides in VSP sessions with maxillofacial surgeons",
        "virtual-surgical-planning",
    )
    check("Medical, dental and vision coverage; VSP vision plan", "virtual-surgical-planning", False)
    check("Bone and vessel segmentation of CT studies in Mimics", "medical-image-segmentation")
    check(
        "Network segmentation of medical devices onto VLANs behind the firewall",
        "medical-image-segmentation",
        False,
    )
    check("CAD experience in SOLIDWORKS, Geomagic Freeform or Autodesk Fusion 360", "cad-software")
    check("Patients with CAD and stable angina referred for stress testing", "cad-software", False)
    check("Prepare, repair and export STL and 3MF files in Materialise Magics", "stl-file")
    check("Relocating from STL to Chicago in June", "stl-file", False)
    check("Experience with Stratasys GrabCAD Print and Formlabs PreForm", "formlabs-preform")
    check("Blow molding of PET bottle preforms on the packaging line", "formlabs-preform", False)
    check(
        "Experience with CAD/CAM milling units (CEREC, PlanMill) and intraoral scanners",
        "dental-milling-unit",
    )
    check("Milling units for aluminium parts on the CNC shop floor", "dental-milling-unit", False)
    posting = (
        "Requirements\n- virtual surgical planning\n- dimensional accuracy\n- structured-light 3D scanner\n"
    )
    resume = (
        "Experience\n- Designed guides in VSP sessions with oral and maxillofacial surgeons\n"
        "- Dimensional verification of each guide with an Artec Space Spider scanner\n"
    )
    status = _statuses(checker, posting, resume)
    assert status["virtual surgical planning"] is Status.SYNONYM, status
    assert status["dimensional accuracy"] is Status.SYNONYM, status
    assert status["structured-light 3D scanner"] is Status.RELATED, status


def test_orthoses_prostheses_and_their_other_senses(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    parent("tlso", "orthosis")
    parent("articulated-afo", "afo")
    parent("double-upright-kafo", "kafo")
    parent("check-socket", "prosthetic-socket")
    parent("ottobock-c-leg-4", "microprocessor-knee")
    parent("hdpe", "polyethylene")
    parent("vivak", "petg")
    parent("orthocryl", "acrylic-lamination-resin")
    parent("digital-rectification", "rectification")
    parent("downdraft-table", "local-exhaust-ventilation")
    check("Fabricate AFOs, KAFOs, TLSOs and UCBL custom foot orthoses", "afo")
    check("Compliance officer for animal feeding operation (AFO) permits", "afo", False)
    check("BK and AK sockets; bench alignment with LASAR Posture", "transtibial-prosthesis")
    check("BK and AK sockets; bench alignment with LASAR Posture", "transfemoral-prosthesis")
    check("Fairbanks, AK 99701", "transfemoral-prosthesis", False)
    check("BK viral load on urine by PCR for the transplant clinic", "transtibial-prosthesis", False)
    check("Built about 120 pediatric AFOs a year for children with CP or spina bifida", "abc-cp", False)
    check(
        "Certificate, Composites Manufacturing Technology - Patuxent Community College, "
        "College Park, MD, 2017",
        "college-park-industries",
        False,
    )
    check("Componentry from Ottobock, Össur, Fillauer, College Park or WillowWood", "college-park-industries")
    check("Fabrication Technician II - North Star Orthotic & Prosthetic Lab, Carver, MN", "cnc-carver", False)
    check("Carve positive models in polyurethane foam on the central-fab CNC carver", "cnc-carver")
    check("Carved PU foam blanks on the 5-axis foam mill", "cnc-carver")
    check("Articulated AFOs with Tamarack Flexure Joints", "tamarack-flexure-joint")
    check("Moved to Tamarack, Minnesota in 2019", "tamarack-flexure-joint", False)
    check("Contouring uprights and fitting stirrups on double-upright KAFOs", "orthotic-stirrup")
    check("Cleaned saddles, bridles and stirrups at the stable", "orthotic-stirrup", False)
    check("Overhead and profit (O&P) on the construction estimate", "orthotics-prosthetics", False)


def test_op_materials_shop_and_credentials(checker):
    check = line_check(checker)
    line = "Vacuum forming and drape forming of polypro, co-poly and HDPE"
    check(line, "thermoforming")
    check(line, "copolymer")
    check(line, "hdpe")
    check("Synthesized block copolymer micelles for drug delivery", "copolymer", False)
    check("Thermoform orthoses from polypropylene, copolymer, polyethylene and PETG", "polyethylene")
    check("Polyethylene glycol precipitation and polyethylene tubing in the lab", "polyethylene", False)
    check("Fabricate liners and inserts from Pelite, Plastazote and EVA", "eva-foam")
    check("Economic value added (EVA) analysis for the finance team", "eva-foam", False)
    check("EVA foam, Pelite and Aliplast liners", "artec-eva", False)
    check("Bridge rectification and diode testing on the power supply", "rectification", False)
    check("Laminate definitive prosthetic sockets using acrylic resin with carbon fiber", "lamination")
    check("Laminated ID badges and visitor passes at the front desk", "lamination", False)
    check("Denture bases processed in heat-cured acrylic resin", "acrylic-lamination-resin", False)
    check("HazCom, PPE, downdraft table", "downdraft-table")
    check("Formalin exposure at the downdraft table in grossing", "downdraft-table", False)
    check("Band saw, trim router, belt sander", "band-saw")
    check("Band saw, trim router, belt sander", "network-routers", False)
    check("Cut femurs on the band saw in the cleanroom", "band-saw", False)
    check("Must wear a respirator when required (fit test provided)", "respirator")
    check("Patients on a respirator (mechanical ventilator) in the ICU", "respirator", False)
    check("ABC Registered Technician credential (RTO, RTP or RTPO)", "abc-registered-technician")
    check("Return to office (RTO) policy three days a week", "abc-rto", False)
    check("Real-time transport protocol (RTP) streams for VoIP", "abc-rtp", False)
    check("Certified Fitter-orthotics (CFo) or BOC Orthotic Fitter (BOCOF)", "abc-cfo")
    check("Reported to the CFO on the capital budget", "abc-cfo", False)
    check("Chief Privacy Officer (CPO) for the health system", "abc-cpo", False)


def test_op_synonyms_meet_the_posting(checker):
    posting = (
        "Requirements\n- TLSOs\n- transfemoral\n- check sockets\n- thermoforming\n- digital rectification\n"
        "- CNC carver\n"
    )
    resume = (
        "Experience\n- Fabricated thoracolumbosacral orthoses and BK/AK prostheses\n"
        "- Vacuum formed clear diagnostic sockets\n- Digital model modification in Rodin4D\n"
        "- Carved PU foam blanks on the 5-axis foam mill\n"
    )
    status = _statuses(checker, posting, resume)
    assert status["TLSOs"] is Status.SYNONYM, status
    assert status["transfemoral"] is Status.SYNONYM, status
    assert status["check sockets"] is Status.SYNONYM, status
    assert status["thermoforming"] is Status.SYNONYM, status
    assert status["digital rectification"] is Status.SYNONYM, status
    assert status["CNC carver"] is Status.SYNONYM, status


def test_a_pursued_abc_registration_is_not_held(checker):
    posting = "Requirements\n- ABC Registered Technician\n"
    resume = (
        "Credentials\n- ABC Registered Technician, Prosthetics-Orthotics (RTPO) - eligibility approved "
        "September 2026; exam scheduled March 2027\n"
    )
    status = _statuses(checker, posting, resume)
    assert status["ABC Registered Technician"] is Status.IN_PROGRESS, status


def test_rtls_forms_and_their_other_senses(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    parent("centrak-gen2ir", "rtls-infrared")
    parent("midmark-rtls", "rtls")
    parent("hillrom-progressa", "specialty-bed")
    parent("passive-rfid", "rfid")
    parent("par-levels", "inventory-management")
    check("Work with IT Network Services on VLANs, PoE switch ports and 802.1X", "power-over-ethernet")
    check("Processed POE (port of entry) paperwork at the border", "power-over-ethernet", False)
    line = (
        "Use spectrum analysis and wireless site survey tools (such as Ekahau) "
        "when Wi-Fi location performance drops"
    )
    check(line, "rf-spectrum-survey")
    check("IV pumps (BD Alaris 8015, Baxter Spectrum IQ)", "rf-spectrum-survey", False)
    check("Mass spectrum analysis of the unknown peak in Xcalibur", "rf-spectrum-survey", False)
    check("Support staff duress badges and Hugs infant protection", "hugs-infant-protection")
    check("Give hugs to the kids at the daycare", "hugs-infant-protection", False)
    check("Added staff safety badges in two emergency departments", "staff-duress-system")
    check("Hybrid infrared (IR) and BLE locating from CenTrak", "bluetooth-low-energy")
    check("BLE edema 2+ noted on exam", "bluetooth-low-energy", False)
    check("Installed 140 monitors in the cath lab and IR suites under ICRA permits", "rtls-infrared", False)
    check(
        "Lakeshore Meridian Health is a Magnet-designated health system", "magnetic-resonance-imaging", False
    )
    check(
        "42 CE hours since 2023 (AAMI, CenTrak University, Cisco Networking Academy)",
        "clinical-engineering",
        False,
    )
    check("Publish weekly utilization reports in Power BI from the RTLS database", "equipment-utilization")
    check(
        "Prepared utilization reports for case management using InterQual criteria",
        "equipment-utilization",
        False,
    )
    check("Room-level and sub-room certainty tuning", "rtls-location-certainty")
    check("Maintained room-level HVAC sensors and thermostats", "rtls-location-certainty", False)
    posting = "Requirements\n- PoE\n- specialty beds\n- staff duress badges\n- battery replacement\n"
    resume = (
        "Experience\n- Power over Ethernet switch budgets\n- Utilization of Hillrom Progressa beds\n"
        "- Added staff safety badges in the ED\n- Planned battery change-out calendar for tags\n"
    )
    status = _statuses(checker, posting, resume)
    assert status["PoE"] is Status.SYNONYM, status
    assert status["specialty beds"] is Status.RELATED, status
    assert status["staff duress badges"] is Status.SYNONYM, status
    assert status["battery replacement"] is Status.SYNONYM, status
