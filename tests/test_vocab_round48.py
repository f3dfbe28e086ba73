"""Vocabulary added where the forty-eighth round of held-out pairs showed it thin.

A reference laboratory's protein bench (protein-electrophoresis.yaml), cardiovascular ultrasound field
service (cardiac-ultrasound-service.yaml), the CLIA technical consultant of physician office laboratories
(clia-consulting.yaml), military laboratory technicians moving to civilian MLT posts
(military-laboratory.yaml), organ procurement preservation (organ-preservation.yaml) and surgical power tool
repair (surgical-power-tools.yaml), with the concepts of older files they extend. Each ambiguous form is
checked in its other sense too.
"""

from __future__ import annotations

from tests.test_vocab import line_check, parent_check, status_check


def test_protein_electrophoresis_terms(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    check(
        "Quantify M-protein by densitometry, including small beta-region bands", "monoclonal-protein-testing"
    )
    check(
        "Quantify M-protein by densitometry, including small beta-region bands",
        "electrophoresis-densitometry",
    )
    check("Detect, identify and isotype monoclonal proteins", "monoclonal-protein-testing")
    check("M-spike size and location, heavy and light chain type", "monoclonal-protein-testing")
    check("Paraprotein quantitation on serum electrophoresis", "monoclonal-protein-testing")
    # the streptococcal M protein and the muscle sarcomere's M-band
    check(
        "emm typing of the streptococcal M-protein gene in GAS isolates", "monoclonal-protein-testing", False
    )
    check("Z-disc and M-band of the sarcomere on electron micrographs", "monoclonal-protein-testing", False)
    # bone and film densitometry are other things
    check("DXA bone densitometry and BMD reporting", "electrophoresis-densitometry", False)
    check("Bence Jones protein studies on 24-hour urine", "bence-jones-protein")
    check("CSF oligoclonal bands by IEF on paired serum and CSF", "oligoclonal-bands")
    parent("oligoclonal-bands", "csf-analysis")
    check("CSF oligoclonal band analysis with IgG index calculation", "csf-igg-index")
    check("Carbohydrate-deficient transferrin (CDT) by HPLC", "carbohydrate-deficient-transferrin")
    check("CDT and PEth for alcohol use monitoring", "carbohydrate-deficient-transferrin")
    # the dentists' codes, the time zone and C. difficile's binary toxin
    check("Billed CDT codes for dental procedures", "carbohydrate-deficient-transferrin", False)
    check("Shift starts 7:00 AM CDT", "carbohydrate-deficient-transferrin", False)
    check("Exposure to MALDI-TOF mass spectrometry (for example, Mass-Fix)", "mass-fix")
    parent("mass-fix", "monoclonal-protein-testing")
    check("Familiarity with IMWG response criteria", "imwg-criteria")
    check("Cryocrit measurement and typing of the cryoprecipitate", "cryocrit")
    parent("cryocrit", "cryoglobulin-testing")
    # a cryoglobulin screen alone is no cryocrit
    check("Cryoglobulin screening with warm specimen handling", "cryocrit", False)
    check("Sebia HYDRASYS 2 SCAN agarose gel system", "sebia-hydrasys-2-scan")
    check("Hydrasys 2 with HYDRAGEL IF kits", "sebia-hydrasys-2")
    check("Hydrasys 2 with HYDRAGEL IF kits", "sebia-hydragel")
    check("Capillarys 3 Octa and Minicap Flex Piercing", "sebia-capillarys-3-octa")
    check("Capillarys 3 Octa and Minicap Flex Piercing", "sebia-minicap-flex-piercing")
    check("Helena SPIFE 3000 or Interlab G26 gel systems", "interlab-g26")
    check("Phoresis; Helena Platinum; Cerner PathNet", "sebia-phoresis")
    check("Phoresis; Helena Platinum; Cerner PathNet", "helena-platinum")
    # phoresy of mites on beetles
    check("Phoresis of mites on carrion beetles in the field", "sebia-phoresis", False)
    check("Quant IgG/IgA/IgM by nephelometry on the BN II", "quantitative-immunoglobulins")
    check("sFLC (Freelite kappa/lambda, K/L ratio)", "free-light-chain-assay")
    # a flow cytometry light chain ratio of B cells is no free light chain assay
    check("Surface kappa/lambda ratio on CD19+ B cells by flow cytometry", "free-light-chain-assay", False)


def test_cardiac_ultrasound_service_terms(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    check("Install cart-based systems such as the Philips EPIQ CVx", "cart-based-ultrasound")
    check("Install cart-based systems such as the Philips EPIQ CVx", "philips-epiq-cvx")
    parent("philips-epiq-cvx", "echocardiography")
    check("Portables: Sonosite Edge II, Lumify", "compact-ultrasound")
    parent("fujifilm-sonosite", "compact-ultrasound")
    parent("ge-vivid-iq", "compact-ultrasound")
    # portable X-ray units are portables too
    check("Maintained the radiology portables and C-arms", "compact-ultrasound", False)
    check("Compact systems including the GE Vivid iq and Philips CX50", "compact-ultrasound")
    check("Siemens Healthineers ACUSON SC2000 and Affiniti CVx", "siemens-acuson-sc2000")
    check("Siemens Healthineers ACUSON SC2000 and Affiniti CVx", "philips-affiniti-cvx")
    check("ACUSON Sequoia and ACUSON Juniper installs", "siemens-acuson-sequoia")
    # Orchard's LIS
    check("Orchard Sequoia LIS interfaces", "siemens-acuson-sequoia", False)
    check("TEE: GE 6VT-D, Philips X8-2t, X7-2t", "ge-6vt-d")
    parent("philips-x8-2t", "tee-probe")
    check("Probe element testing on a FirstCall aPerio", "transducer-array-testing")
    check("Transducer array testing with a FirstCall aPerio probe tester", "transducer-array-testing")
    parent("transducer-array-testing", "ultrasound-probe-testing")
    check("Test TEE probes for leakage current and mechanical integrity", "probe-mechanical-inspection")
    check(
        "Leakage current plus mechanical inspection of bite marks and articulation",
        "probe-mechanical-inspection",
    )
    # process safety management's mechanical integrity
    check(
        "Mechanical integrity inspections of pressure vessels at the refinery",
        "probe-mechanical-inspection",
        False,
    )
    check("Coach sonographers on HLD and trophon2 use", "trophon2")
    check("Advise customers on Nanosonics trophon use", "nanosonics-trophon")
    parent("trophon2", "ultrasound-probe-disinfector")
    check("Image quality checks with tissue-mimicking phantoms", "ultrasound-phantom")
    check("Uniformity on an ATS 539 multipurpose phantom", "ats-539-phantom")
    parent("ats-539-phantom", "ultrasound-phantom")
    check(
        "Board-level troubleshooting of front-end, beamformer and power supply faults on ultrasound systems",
        "ultrasound-front-end",
    )
    check(
        "Board-level troubleshooting of front-end, beamformer and power supply faults on ultrasound systems",
        "ultrasound-beamformer",
    )
    # web front ends and 5G antennas
    check("Built the React front end for the patient portal", "ultrasound-front-end", False)
    check("Designed the beamformer for the 5G phased-array antenna", "ultrasound-beamformer", False)
    check("DICOM C-STORE, MWL, MPPS, DICOM SR", "dicom-structured-reporting")
    check(
        "Configure DICOM Structured Reporting of measurements to cardiology PACS",
        "dicom-structured-reporting",
    )
    parent("dicom-rdsr", "dicom-structured-reporting")
    # a pathologist's structured (synoptic) report
    check(
        "Structured reporting of cancer resections with the CAP protocols",
        "dicom-structured-reporting",
        False,
    )
    check("Configure DICOM Storage and Modality Worklist", "dicom-c-store")
    check("Troubleshoot with ping, DICOM verification and Wireshark", "dicom-c-echo")
    # storage commitment is another DICOM service
    check("DICOM storage commitment to the VNA", "dicom-c-store", False)
    check("To GE EchoPAC workstations and Philips QLAB", "ge-echopac")
    check("To GE EchoPAC workstations and Philips QLAB", "philips-qlab")
    check("GE Centricity Cardio Workflow and syngo Dynamics", "ge-centricity-cardio")
    check("GE Centricity Cardio Workflow and syngo Dynamics", "siemens-syngo-dynamics")
    check("GE Centricity Cardio Workflow", "merge-cardio", False)
    check(
        "Keep about 210 ultrasound systems running, 70% of them cardiovascular ultrasound", "echocardiography"
    )
    check("3+ years servicing diagnostic ultrasound systems", "ultrasound")
    check("Apply OEM-validated cybersecurity patches", "patch-management")
    check("FirstCall probe testers from Unisyn", "unisyn-medical")
    check("Road trip through the Sonora desert", "sonora-medical", False)


def test_clia_consulting_terms(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    check(
        "Oversight of moderate complexity testing as defined in 42 CFR 493.1411 and 493.1413", "clia-493-1411"
    )
    check(
        "Oversight of moderate complexity testing as defined in 42 CFR 493.1411 and 493.1413", "clia-493-1413"
    )
    parent("clia-493-1411", "clia-subpart-m")
    parent("clia-493-1411", "clia-88")
    check("Meets CLIA high complexity testing personnel requirements (42 CFR 493.1489)", "clia-493-1489")
    check("Including Subpart K quality systems and Subpart M personnel standards", "clia-subpart-k")
    check("Including Subpart K quality systems and Subpart M personnel standards", "clia-subpart-m")
    check("CLIA quality system requirements", "clia-subpart-k")
    # the old QSR had a Subpart K too, and other parts of the CFR
    check("21 CFR 820 Subpart K labeling and packaging control", "clia-subpart-k", False)
    check("CMS-116 applications and certificate changes", "cms-116")
    check("Preparation for CMS and state survey agency inspections", "state-survey-agency")
    check("Hosted 3 NC DHSR validation surveys", "nc-dhsr")
    parent("nc-dhsr", "state-survey-agency")
    check("Florida AHCA licensure surveys", "florida-ahca")
    # the long-term care trade association
    check("AHCA quality award for the skilled nursing facility", "florida-ahca", False)
    check("IQCP risk assessments following CLSI EP23", "clsi-ep23")
    check("Released EP23 on Spotify", "clsi-ep23", False)
    check("Physician office and urgent care laboratories", "urgent-care-setting")
    check("QC design with Westgard multirule and L-J review", "levey-jennings")
    # Lowenstein-Jensen medium
    check("Inoculated L-J slants and MGIT tubes for AFB culture", "levey-jennings", False)
    check("Bio-Rad URT peer data", "biorad-unity-real-time")
    check("QC with Bio-Rad URT and Westgard rules", "biorad-unity-real-time")
    # the upper respiratory tract
    check("URT specimens for the respiratory pathogen panel", "biorad-unity-real-time", False)
    check("CBCs, comprehensive metabolic and liver panels, lipid panel", "comprehensive-metabolic-panel")
    check(
        "Split-sample comparisons with a partner lab for the tests with no CAP survey",
        "split-sample-exchange",
    )
    check(
        "Split-sample comparisons with a partner lab for the tests with no CAP survey",
        "method-comparison",
        False,
    )
    parent("split-sample-exchange", "alternative-assessment")
    # within one laboratory it stays a method comparison
    check("Split-sample comparison of the new and old chemistry analyzers", "method-comparison")
    check("Split-sample comparison of the new and old chemistry analyzers", "split-sample-exchange", False)


def test_military_laboratory_terms(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    check("Hospital Corpsman Second Class with NEC 8506 (Medical Laboratory Technician)", "navy-nec-8506")
    check(
        "Hospital Corpsman Second Class with NEC 8506 (Medical Laboratory Technician)",
        "navy-hospital-corpsman",
    )
    check("Military laboratory experience as an Army 68K or an Air Force 4T0X1", "army-68k")
    check("Military laboratory experience as an Army 68K or an Air Force 4T0X1", "af-4t0x1")
    check("Military laboratory experience as an Army 68K or an Air Force 4T0X1", "military-laboratory")
    parent("army-68k", "military-lab-specialty")
    # a salary and a processor
    check("Salary range 52K to 68K plus benefits", "army-68k", False)
    check("Assembly programming on the Motorola 68K", "army-68k", False)
    check("68K10 Medical Laboratory Specialist Course, AIT Phase I", "military-lab-training")
    check(
        "Medical Laboratory Technician Program (NEC 8506), Medical Education and Training Campus (METC)",
        "military-lab-training",
    )
    check(
        "Medical Laboratory Technician Program (NEC 8506), Medical Education and Training Campus (METC)",
        "military-bmet-training",
        False,
    )
    # the same campus's BMET course stays military BMET training
    check(
        "Biomedical Equipment Technician program - Medical Education and Training Campus (METC)",
        "military-bmet-training",
    )
    check(
        "Biomedical Equipment Technician program - Medical Education and Training Campus (METC)",
        "military-lab-training",
        False,
    )
    check("CLIP, CAP, AABB, TJC, HIPAA", "dod-clip")
    check("Rapid tests in a CLIP-registered shipboard lab", "dod-clip")
    check("Rapid tests in a CLIP-registered shipboard lab", "military-laboratory")
    # the image-text model
    check("Fine-tuned CLIP embeddings for image retrieval", "dod-clip", False)
    check("100% 3-M PMS accomplishment on medical department lab equipment", "navy-3m-pms")
    check("3-M PMS, corrective action logs", "navy-3m-pms")
    # premenstrual syndrome and property management systems
    check("Counselled patients on PMS symptoms at the women's clinic", "navy-3m-pms", False)
    check("Lab super user for the MHS GENESIS (Cerner) go-live", "mhs-genesis")
    parent("mhs-genesis", "ehr")
    check("MHS GENESIS (Cerner) LIS, CHCS", "chcs")
    check("Managed the walking blood bank for mass-casualty drills", "walking-blood-bank")
    check("Sent antibody IDs to the ASBP reference laboratory", "armed-services-blood-program")
    check("UA: dipstick and microscopic", "urine-microscopy")
    # a histology slide's microscopic examination
    check("Microscopic examination of tissue sections for the pathologist", "urine-microscopy", False)


def test_organ_preservation_terms(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    check("Cold pumped 310 kidneys (HMP) on LifePort Kidney Transporters", "hypothermic-machine-perfusion")
    check("Cold pumped 310 kidneys (HMP) on LifePort Kidney Transporters", "lifeport-kidney-transporter")
    parent("lifeport-kidney-transporter", "organ-perfusion-device")
    check("LifePort Kidney Transporter or the Waters RM3", "waters-rm3")
    check("Logged flow, systolic pressure and RI on the LifePort every 30 minutes", "renal-resistance")
    check("Monitor flow, pressure, renal resistance and temperature", "renal-resistance")
    # Rhode Island and the Doppler resistive index
    check("Providence, RI 02903", "renal-resistance", False)
    check("Renal Doppler resistive index on the ultrasound", "renal-resistance", False)
    check(
        "Primed and ran abdominal NRP circuits with the perfusionist on 12 DCD cases",
        "normothermic-regional-perfusion",
    )
    check("Primed and ran abdominal NRP circuits with the perfusionist on 12 DCD cases", "dcd-donation")
    # the Neonatal Resuscitation Program
    check("BLS, PALS and NRP provider for the NICU", "normothermic-regional-perfusion", False)
    check(
        "Set up portable perfusion systems such as the OrganOx metra and the TransMedics OCS", "organox-metra"
    )
    check(
        "Set up portable perfusion systems such as the OrganOx metra and the TransMedics OCS",
        "transmedics-ocs",
    )
    check("Helped set up a TransMedics Organ Care System for 4 DCD livers", "transmedics-ocs")
    check("Prepare Belzer UW, Belzer MPS, HTK and Perfadex", "belzer-uw")
    check("Prepare Belzer UW, Belzer MPS, HTK and Perfadex", "belzer-mps")
    check("Prepare Belzer UW, Belzer MPS, HTK and Perfadex", "htk-solution")
    check("Prepare Belzer UW, Belzer MPS, HTK and Perfadex", "perfadex")
    check("UW solution (SPS-1), KPS-1, Custodiol, Perfadex Plus", "sps-1")
    check("UW solution (SPS-1), KPS-1, Custodiol, Perfadex Plus", "kps-1")
    check("UW solution (SPS-1), KPS-1, Custodiol, Perfadex Plus", "htk-solution")
    check("UW solution (SPS-1), KPS-1, Custodiol, Perfadex Plus", "belzer-mps", False)
    # HTK the speech toolkit
    check("Trained acoustic models with the HTK toolkit", "htk-solution", False)
    check("Cannulated renal arteries on a Carrel patch at the back table", "organ-cannulation")
    check("Cannulated renal arteries on a Carrel patch at the back table", "carrel-patch")
    check("Cannulated renal arteries on a Carrel patch at the back table", "back-table")
    # IV and fistula cannulation
    check("Peripheral IV cannulation and phlebotomy", "organ-cannulation", False)
    check("AV fistula cannulation on the dialysis unit", "organ-cannulation", False)
    check("Assisted recovery surgeons with in-situ flush and organ packaging", "in-situ-flush")
    parent("in-situ-flush", "organ-flush")
    check("Assisted recovery surgeons with in-situ flush and organ packaging", "organ-packaging")
    check("Shipped per OPTN Policy 16 with a triple sterile barrier and TransNet labels", "optn-policy-16")
    check(
        "Shipped per OPTN Policy 16 with a triple sterile barrier and TransNet labels",
        "triple-sterile-barrier",
    )
    check("Shipped per OPTN Policy 16 with a triple sterile barrier and TransNet labels", "unos-transnet")
    # South Africa's freight rail company
    check("Logistics planner for Transnet Freight Rail in Durban", "unos-transnet", False)
    check("ABO and subtyping tubes, serologies, NAT", "abo-subtyping")
    check("Drew donor blood for ABO, serologies and NAT", "abo-typing")
    # the blood group of a transplant match is no typing
    check("ABO-incompatible kidney transplant program", "abo-typing", False)
    check("Sent lymph nodes and spleen for tissue typing and crossmatch", "hla-typing")
    check("Sent lymph nodes and spleen for tissue typing and crossmatch", "histocompatibility", False)
    check("Ten years in a tissue typing laboratory", "histocompatibility")
    check("Took wedge biopsies with the surgeon", "wedge-biopsy")
    check("Procure kidney biopsies for frozen section", "kidney-biopsy")
    check("Knowledge of CMS Conditions for Coverage for OPOs (42 CFR Part 486)", "cms-opo-cfc")
    check("Knowledge of CMS Conditions for Coverage for OPOs (42 CFR Part 486)", "cms-esrd-cfc", False)
    check("AOPO accreditation standards and HRSA oversight", "aopo")
    check("AOPO accreditation standards and HRSA oversight", "hrsa")
    check("CTP (Certified Transplant Preservationist) or CPTC from ABTC", "ctp-abtc")
    check("CTP (Certified Transplant Preservationist) or CPTC from ABTC", "cptc")
    parent("ctp-abtc", "abtc")
    # the Calgary Transit pass and the cytotoxic T cell precursors
    check("CTP frequency assays in the immunology research lab", "ctp-abtc", False)
    check("Organ procurement organization (OPO) recovery coordinator", "organ-procurement-organization")
    check("Fixed the OPO fiber link at the telecom hub", "organ-procurement-organization", False)


def test_surgical_power_tool_terms(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    check("Ortho drills (large and small bone), sagittal saws and recip saws", "orthopedic-drill")
    check("Ortho drills (large and small bone), sagittal saws and recip saws", "reciprocating-saw-surgical")
    parent("reciprocating-saw-surgical", "bone-saw")
    # the builder's saw
    check("Cut pipe with a reciprocating saw on the plumbing job", "reciprocating-saw-surgical", False)
    check("Acetabular reamers, K-wire drivers and high-speed neuro drills", "acetabular-reamer")
    check("Acetabular reamers, K-wire drivers and high-speed neuro drills", "surgical-wire-driver")
    check("Acetabular reamers, K-wire drivers and high-speed neuro drills", "high-speed-neuro-drill")
    parent("midas-rex", "high-speed-neuro-drill")
    # an endodontist's reamers
    check("Endodontic reamers and files for root canal therapy", "surgical-reamer", False)
    check("High-speed neuro drills, cranial perforators and their attachments", "cranial-perforator")
    check("Stryker System 7, System 8, CORE 2", "stryker-system-7")
    check("Stryker System 7, System 8, CORE 2", "stryker-system-8")
    check("Stryker System 7, System 8, CORE 2", "stryker-core-2")
    # the Macintosh operating system and the Intel processor
    check("Ran the classic Mac OS System 7 emulator", "stryker-system-7", False)
    check("Intel Core 2 Duo workstations", "stryker-core-2", False)
    check("Stryker TPS handpieces", "stryker-tps")
    check("Eclipse TPS and Pinnacle TPS plans", "stryker-tps", False)
    check("DePuy Synthes (Colibri II, TRS)", "depuy-synthes-colibri-ii")
    check("DePuy Synthes (Colibri II, TRS)", "depuy-synthes-trs")
    check("Copan Colibri colony picking for MALDI targets", "depuy-synthes-colibri-ii", False)
    check("Midas Rex Legend, MR7, MR8, IPC", "midas-rex-mr8")
    check("Midas Rex Legend, MR7, MR8, IPC", "medtronic-ipc")
    # the electronics standards body
    check("IPC J-STD-001 Certified IPC Specialist", "medtronic-ipc", False)
    check("ConMed Hall PowerPro", "conmed-hall-powerpro")
    check("ConMed Hall PowerPro", "hall-effect-sensor", False)
    check("Aesculap Acculan 4", "aesculap-acculan-4")
    check("BLDC motor and Hall sensor repair", "brushless-dc-motor")
    check("BLDC motor and Hall sensor repair", "hall-effect-sensor")
    check("Replace BLDC motors, Hall sensors, gearboxes and bearings", "gearbox")
    # the car's gearbox
    check("Valid driving licence (manual gearbox)", "gearbox", False)
    check("Rebuild to OEM specifications from exploded views", "exploded-view-diagrams")
    check("Stall torque with a torque analyzer", "torque-analyzer")
    check("Stall torque with a torque analyzer", "torque-speed-testing")
    check("Mark-10 torque gauge and test stand", "mark-10-torque-gauge")
    parent("mark-10-torque-gauge", "torque-analyzer")
    check("Rebuild NiMH and Li-ion battery packs", "nimh-battery")
    check("Rebuild NiMH and Li-ion battery packs", "equipment-battery-pack")
    check("Moved the shop to a sterilizable lubricant", "sterilizable-lubricant")
    check("Replaced worn PEEK bushings and re-passivated stainless shafts to ASTM A967", "peek")
    check("Replaced worn PEEK bushings and re-passivated stainless shafts to ASTM A967", "passivation")
    check("Replaced worn PEEK bushings and re-passivated stainless shafts to ASTM A967", "astm-a967")
    # a sneak peek and a semiconductor's passivated junction
    check("Gave the team a sneak peek of the new dashboard", "peek", False)
    check("Glass passivated rectifier diodes on the power board", "passivation", False)
    check("Troubleshooting, ESD-safe bench", "esd-workstation")
    check("Able to work under a stereo microscope", "stereo-microscope")
    check("Dissecting microscope for the anatomy lab", "stereo-microscope")
    check("Filed 4 user-facility MedWatch reports with risk management", "fda-medwatch")
    check("Compatible with reprocessing per the manufacturer's IFU", "reusable-device-reprocessing")
    # reprocessing of data and of single-use devices
    check("Seismic data reprocessing for the survey", "reusable-device-reprocessing", False)
    check("Decontaminate incoming devices before teardown", "decontamination")
    check("Decontaminate biohazardous waste in the autoclave", "decontamination", False)
    check("Work with MDRD on steam sterilizer breakdowns", "sterile-processing")
    # the eGFR equation
    check("Reported eGFR by the MDRD equation", "sterile-processing", False)


def test_round48_statuses(checker):
    status = status_check(checker)
    # another maker's solution of the same formula answers the posting's
    status("KPS-1 kidney perfusion solution", "Belzer MPS", "belzer-mps", "synonym")
    status("UW solution (SPS-1)", "Belzer UW", "belzer-uw", "synonym")
    # a resume's steam sterilizer shows reprocessing work without being it
    status(
        "Checked each repair for steam sterilization compatibility",
        "Keep each device compatible with reprocessing per the IFU",
        "reusable-device-reprocessing",
        "related",
    )
    status(
        "Navy 3-M PMS on shipboard lab equipment",
        "Preventive maintenance of analyzers",
        "preventive-maintenance",
        "synonym",
    )
    status("DoD CLIP-registered laboratory", "Follow CLIA regulations", "clia-88", "related")
