"""Vocabulary added where the forty-ninth round of held-out pairs showed it thin.

Hospital telemetry / central monitoring technicians (telemetry-monitoring.yaml), Philippine medical
technologists (philippines-laboratory-practice.yaml), microbiology media preparation
(microbiology-media-prep.yaml), NHS renal technologists (uk-renal-technology.yaml), the cytology preparation
bench and the clinical engineering student's coursework (cytology-prep-coursework.yaml), with the concepts of
older files they extend. Each ambiguous form is checked in its other sense too.
"""

from __future__ import annotations

from tests.test_vocab import line_check, parent_check


def test_telemetry_monitoring_terms(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    check("Interpret dysrhythmias and AV blocks including Mobitz I", "cardiac-arrhythmias")
    check("Interpret dysrhythmias and AV blocks including Mobitz I", "av-block")
    check("Interpret dysrhythmias and AV blocks including Mobitz I", "mobitz-i")
    check("Recognised complete heart block, Wenckebach and V-fib", "complete-heart-block")
    check("Recognised complete heart block, Wenckebach and V-fib", "mobitz-i")
    check("Recognised complete heart block, Wenckebach and V-fib", "ventricular-fibrillation")
    parent("mobitz-i", "av-block")
    parent("complete-heart-block", "av-block")
    parent("ventricular-fibrillation", "ventricular-arrhythmias")
    check("Shockable rhythms: VF and pulseless VT", "ventricular-fibrillation")
    # VF is also the visual field of the eye clinic
    check("Humphrey VF testing and OCT imaging", "ventricular-fibrillation", False)
    # CHB is also a children's hospital
    check("Phlebotomist at CHB, Boston", "complete-heart-block", False)
    check("Clinical alarm safety NPSG and alarm fatigue", "tjc-npsg-alarm-safety")
    check("ST-segment monitoring and QTc monitoring", "st-segment-monitoring")
    check("ST-segment monitoring and QTc monitoring", "qt-interval-monitoring")
    check("Respond to leads off and artifact alarms", "leads-off-alarm")
    check("Respond to leads off and artifact alarms", "ecg-artifact")
    parent("leads-off-alarm", "technical-alarms")
    # an imaging artifact is no ECG artifact
    check("Reduced MRI zipper artifact and motion artifact on scans", "ecg-artifact", False)
    check("Skin preparation and electrode placement for telemetry", "ecg-electrode-placement")
    # surgical skin prep is another thing
    check("Surgical skin preparation with chlorhexidine before incision", "ecg-electrode-placement", False)
    check("5-lead monitoring on the step-down unit", "five-lead-ecg-monitoring")
    check("5-lead monitoring on the step-down unit", "progressive-care")
    check("Paced rhythms: failure to capture and failure to sense", "pacemaker-failure-to-capture")
    check("Paced rhythms: failure to capture and failure to sense", "pacemaker-failure-to-sense")
    check("Central Monitoring Unit watching 96 telemetry beds", "central-monitoring-unit")
    check("Call Code Blue and the Rapid Response Team", "code-blue")
    check("Call Code Blue and the Rapid Response Team", "rapid-response-team")
    # RRT is also the respiratory therapists' credential
    check("RRT, registered respiratory therapist", "rapid-response-team", False)
    check("Alarm escalation per unit policy", "alarm-escalation")
    check("Completed Basic Arrhythmia Course, 2023", "basic-dysrhythmia-course")
    check("Certified EKG Technician (CET), NHA", "cet-nha")
    check("Certified Cardiographic Technician (CCT)", "cct-cci")
    check("CCI CRAT, 2024", "crat-cci")
    # the ASQ calibration technician and critical care transport also write CCT
    check("ASQ CCT certified calibration technician", "cct-cci", False)
    check("Typing 62 wpm", "data-entry")


def test_philippine_laboratory_terms(checker):
    check = line_check(checker)
    check("Republic Act 5527 and the Practice of Medical Technology", "ph-ra-5527")
    check("30 CPD units toward the CPD Act of 2016 requirement", "ph-ra-10912")
    check("Compliance with RA 10912 and RA 5527", "ph-ra-10912")
    check("PAMET - Quezon City Chapter, member since 2022", "pamet")
    check(
        "Laboratory Biosafety and Biosecurity Training - RITM, 2022",
        "laboratory-biosafety-biosecurity-training",
    )
    check("Laboratory Biosafety and Biosecurity Training - RITM, 2022", "ph-ritm")
    check("HIV Proficiency Certificate - SACCL, San Lazaro Hospital", "ph-saccl")
    check("Records for the 2024 DOH licensing inspection", "ph-doh-laboratory-licensing")
    # the Abu Dhabi DOH licence, still to come, is not Philippine laboratory licensing
    check(
        "DOH Abu Dhabi: DataFlow PSV in progress; DOH licence to follow after DataFlow report",
        "ph-doh-laboratory-licensing",
        False,
    )
    check(
        "Generalist medtech in a DOH-licensed, PhilHealth-accredited hospital",
        "ph-doh-laboratory-licensing",
        False,
    )
    check("Urinalysis, routine stool exam, FOBT", "routine-stool-examination")
    check("Perform fecalysis and urinalysis", "routine-stool-examination")
    check("Rotated through Clinical Chemistry, Clinical Microscopy and Blood Bank", "clinical-microscopy")
    check("TTI screening: HBsAg, anti-HCV, RPR", "donor-infectious-disease-testing")
    check("Compatibility testing (DiaMed gel)", "crossmatch")
    # electromagnetic and software compatibility testing are other things
    check("EMC compatibility testing of devices", "crossmatch", False)
    check("Browser compatibility testing of the web portal", "crossmatch", False)
    check("GeneXpert MTB/RIF", "xpert-mtb-rif")
    check("GeneXpert MTB/RIF Ultra", "xpert-mtb-rif", False)


def test_media_preparation_terms(checker, vocabulary):
    check = line_check(checker)
    parent = parent_check(vocabulary)
    check("Integra MEDIACLAVE/MEDIAJET or similar media preparators", "integra-mediaclave")
    check("Integra MEDIACLAVE/MEDIAJET or similar media preparators", "integra-mediajet")
    parent("integra-mediajet", "automated-plate-pourer")
    check("Systec Mediaprep media preparator and APS One plate-pouring machine", "automated-plate-pourer")
    check("Filled tubed media with an Integra DOSE IT peristaltic pump", "integra-dose-it")
    check("Dehydrated media (Difco, Oxoid, Remel); selenite cystine broth", "dehydrated-culture-media")
    check("Dehydrated media (Difco, Oxoid, Remel); selenite cystine broth", "selenite-broth")
    check("Dehydrated media (Difco, Oxoid, Remel); selenite cystine broth", "oxoid")
    # selenium and selenite in chemistry
    check("Trace elements: selenium, selenite supplementation studies", "selenite-broth", False)
    check("QC strains such as E. coli ATCC 25922", "qc-reference-strains")
    check("Reference strains from Microbiologics KWIK-STIK lyophilised stocks", "microbiologics-kwik-stik")
    check("Following CLSI M22 for commercially prepared media", "clsi-m22")
    check("Media QC to ISO 11133", "iso-11133")
    check("Rotate stock FIFO and order supplies", "fifo-stock-rotation")
    check("Stock rotated first in, first out", "fifo-stock-rotation")
    # a FIFO buffer of digital logic
    check("The FIFO buffer in the FPGA design", "fifo-stock-rotation", False)
    check("DOT/IATA Division 6.2 shipping training", "division-6-2-shipping")
    parent("category-b-shipping", "division-6-2-shipping")
    check("Bowie-Dick tests and weekly spore tests", "biological-indicator-testing")
    check("Working in a Class II cabinet at Containment Level 2", "cl-2")
    check("Stained on the autostainer and the automated stainer", "slide-stainer")


def test_renal_technology_terms(checker):
    check = line_check(checker)
    check("Online haemodiafiltration (HDF) on the 5008S", "hemodiafiltration")
    check("Ultrapure dialysate checks", "ultrapure-dialysis-fluid")
    # HDF beside nothing renal: the haemolytic disease is HDFN, a file format is HDF5
    check("Stored the data as HDF files for the analysis", "hemodiafiltration", False)
    check("Arrange chemical water analysis for contaminant screening", "dialysis-water-chemical-analysis")
    check("Knowledge of the Legionella Approved Code of Practice (L8) and HSG274", "hse-l8")
    check("Knowledge of the Legionella Approved Code of Practice (L8) and HSG274", "hse-hsg274")
    check("Legionella awareness training (L8), City & Guilds", "hse-l8")
    # L8 is also a lumbar level of nothing, but a vertebra-like code elsewhere
    check("Loaded the L8 pallet racking", "hse-l8", False)
    check("Fresenius AquaBplus twin-pass RO", "fresenius-aquabplus")
    check("Monthly TVC and endotoxin sampling of the RO plant", "dialysate-cultures")
    check("Investigated 9 exceedances in 2024", "oos-investigation")
    check("Fault finding on hydraulic circuits", "hydraulics")
    check("Heat disinfection of the distribution ring main", "water-distribution-loop")
    check("Pre-treatment: activated carbon vessels and softeners", "activated-carbon-filter")
    check("Working knowledge of BS ISO 23500", "iso-23500")


def test_cytology_and_coursework_terms(checker):
    check = line_check(checker)
    check("Cellient Automated Cell Block System", "hologic-cellient")
    check("CT/NG and Trichomonas on Aptima", "trichomonas-testing")
    check("HPV, chlamydia/gonorrhea and Trich aliquots", "trichomonas-testing")
    check("Completed coursework in circuits and biomedical instrumentation", "electronics")
    check(
        "Completed coursework in circuits and biomedical instrumentation",
        "biomedical-instrumentation-coursework",
    )
    # the breathing circuits of anaesthesia machines
    check("Replaced ventilator breathing circuits", "electronics", False)
    check("Knowledge of ANSI/AAMI EQ89", "aami-eq89")
