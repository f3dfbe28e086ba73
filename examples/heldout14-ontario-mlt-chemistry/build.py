#!/usr/bin/env python3
"""Build resume.docx of the heldout14-ontario-mlt-chemistry pair with the DOCX writer of build_examples.py.

The contact block sits in the page header and the skills are a two-column table.
Run with a Python that has python-docx.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_docx  # noqa: E402

RESUME = [
    (
        "contact",
        "Rhea Joy M. Villanueva, RMT, MLS(ASCPi)  |  Unit 1204, 88 Lakeview Crescent, Barrie, ON L4N 0X1  |  "
        "705-555-0142  |  rhea.villanueva@example.com",
    ),
    ("name", "RHEA JOY M. VILLANUEVA"),
    ("h", "Professional Summary"),
    (
        "p",
        "Medical Technologist with 8 years of hospital laboratory experience, 5 of them in the Core Lab (Clinical "
        "Chemistry and Special Chem) of a 450-bed CAP-accredited tertiary hospital in Riyadh. Trained and licensed in "
        "the Philippines, MLS(ASCPi) certified, and newly CSMLS certified after passing the national exam in October "
        "2026. Comfortable on high-volume automated analysers, QC review and result validation on nights and "
        "weekends. Permanent resident of Canada.",
    ),
    ("h", "Licences & Certifications"),
    ("b", "CSMLS General Medical Laboratory Technologist - passed national certification exam, October 2026"),
    (
        "b",
        "CMLTO General Certificate of Registration - application submitted November 2026, awaiting approval",
    ),
    ("b", "CSMLS Prior Learning Assessment - completed, found eligible to write the exam (March 2025)"),
    ("b", "MLS(ASCPi) - American Society for Clinical Pathology, International, 2019"),
    (
        "b",
        "Registered Medical Technologist (RMT) - Professional Regulation Commission (PRC), Philippines, 2016",
    ),
    ("b", "WHMIS 2015 - Barrie Safety Training Centre, September 2026"),
    ("h", "Technical Skills"),
    (
        "table",
        [
            (
                "Chemistry & immunoassay",
                "Roche cobas 6000 (c 501 / e 601) with cobas 8100 pre-analytics; ARCHITECT ci8200 on an "
                "Accelerator a3600 automation track; Beckman AU480 (backup); hs-cTnI, BNP, thyroid, fertility "
                "and tumour markers; CSF and body fluid chemistries; serum/urine osmolality",
            ),
            (
                "Blood gas",
                "ABG, CO-ox, lactate and iCa on ABL90 FLEX; GEM Premier 3500",
            ),
            (
                "Special chem",
                "SPEP and IFE on Helena SAS-3 (agarose gel), draft interpretive comments for pathologist sign-out; "
                "HbA1c by HPLC (Bio-Rad D-10); TDM (vancomycin, gentamicin, digoxin, phenytoin, valproic acid)",
            ),
            (
                "Quality",
                "Daily QC review, Westgard multirule, L-J charts, monthly interlab comparison (Bio-Rad Unity), "
                "EQA (CAP surveys, RIQAS), ISO 15189, method verification (CLSI EP15-A3, EP09), reagent lot "
                "crossovers, non-conformance reports, CAPA, QMS document updates, SOP writing",
            ),
            (
                "Instruments",
                "Calibration, daily/weekly/monthly maintenance, troubleshooting and service calls with vendor FSEs",
            ),
            (
                "Informatics",
                "LIS (Cerner Millennium PathNet), Instrument Manager middleware, autovalidation rules, delta checks, "
                "HIL index checks, panic values call-back and read-back",
            ),
            (
                "Safety",
                "WHMIS, standard precautions, Class II BSC, UN3373 triple packaging for send-outs",
            ),
            (
                "Pre-analytical",
                "Phlebotomy (adult and paediatric), accessioning, centrifugation, aliquoting",
            ),
        ],
    ),
    ("h", "Work Experience"),
    (
        "job",
        "Laboratory Assistant (part-time) - Northway Community Laboratories, Barrie, ON - April 2025 to Present",
    ),
    (
        "b",
        "Accession, centrifuge and aliquot about 600 community specimens a shift; evening shift, 3 PM to 11 PM.",
    ),
    (
        "b",
        "Prepare send-outs to the regional reference laboratory and check tube types (SST, lithium heparin, ACD "
        "tubes, EDTA) against requisitions before release.",
    ),
    ("b", "Perform phlebotomy at the patient service centre on Saturdays."),
    (
        "job",
        "Medical Technologist II - Core Lab (Clinical Chemistry & Special Chem) - Al Wafa Specialist Hospital, "
        "Riyadh, Saudi Arabia - January 2020 to December 2024",
    ),
    (
        "b",
        "Ran STAT and routine clinical chemistry and immunoassay on two Roche cobas 6000 (c 501 / e 601) lines fed "
        "by a cobas 8100; about 3,500 samples a day.",
    ),
    (
        "b",
        "Performed ABG, CO-ox and electrolyte testing on ABL90 FLEX analysers for the ICU and ER and reviewed "
        "their QC.",
    ),
    (
        "b",
        "Ran SPEP and IFE on the Helena SAS-3 and drafted interpretive comments (M-spikes, polyclonal increases) "
        "for the pathologist.",
    ),
    (
        "b",
        "Reviewed QC with Westgard multirule and L-J charts each shift and submitted monthly data to Bio-Rad Unity; "
        "handled CAP surveys and RIQAS EQA for the chemistry section.",
    ),
    (
        "b",
        "Took part in method verification when the Dimension RxL was replaced (precision, linearity, method "
        "comparison per CLSI EP15-A3 and EP09) and in reagent lot crossovers.",
    ),
    (
        "b",
        "Released results through Instrument Manager middleware into Cerner PathNet; maintained autovalidation rules, "
        "delta checks and HIL index limits with the section supervisor.",
    ),
    (
        "b",
        "Phoned panic values to nurses with read-back and documented them; wrote non-conformance reports and "
        "followed CAPA through to closure for CAP and JCI inspections.",
    ),
    (
        "job",
        "Medical Technologist - San Lorenzo Medical Center, Makati City, PH - June 2016 to December 2019",
    ),
    (
        "b",
        "Rotated through clinical chemistry, haematology and urinalysis in an ISO 15189 accredited hospital "
        "laboratory.",
    ),
    (
        "b",
        "Operated ARCHITECT ci8200 analysers on the Accelerator a3600 automation track and the GEM Premier 3500 "
        "for ABG.",
    ),
    ("b", "Ran HbA1c on the Bio-Rad D-10 (HPLC) and TDM for the renal and transplant wards."),
    ("b", "Reviewed POCT glucometer QC logs for 14 nursing units and retrained nurses after QC failures."),
    ("h", "Education"),
    (
        "p",
        "Bachelor of Science in Medical Technology - Our Lady of Mercy University, Iloilo City, Philippines, 2016 "
        "(including 12-month hospital internship)",
    ),
    ("h", "Continuing Education"),
    (
        "p",
        "Canadian Medical Laboratory Practice bridging course (Canadian QMS, jurisprudence and ethics, "
        "laboratory safety) - Huronia College, 2025",
    ),
    ("p", "CSMLS webinars: Laboratory Regulation in Ontario; Indigenous Cultural Safety for Lab Professionals (2026)"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote resume.docx in", HERE.name)
