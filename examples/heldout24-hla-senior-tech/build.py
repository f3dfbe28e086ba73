#!/usr/bin/env python3
"""Build resume.docx for heldout24-hla-senior-tech.

Layout: contact details in the Word page header; the whole body is a two-column
table (section label on the left, content on the right), as many Word resume
templates do it.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx  # noqa: E402

RESUME = [
    ("contact", "Marisol V. Quintero, CHT(ABHI), MT(ASCP)  |  3318 Fall Creek Parkway, Indianapolis, IN 46205  |  "
                "(317) 555-0163  |  marisol.quintero@example.com"),
    ("name", "MARISOL V. QUINTERO"),
    ("table", [
        ("PROFILE",
         "Histocompatibility technologist with 9 years in an ASHI-accredited HLA laboratory supporting solid organ "
         "transplant (kidney, liver, heart, lung) and the adult hematopoietic stem cell transplant program, after 4 years in "
         "hospital microbiology. Lead technologist for deceased donor call and for the NGS typing bench. "
         "Comfortable owning a case from the DonorNet offer to the final virtual XM call."),
        ("CREDENTIALS",
         "CHT(ABHI) - Certified Histocompatibility Technologist, American Board of Histocompatibility and "
         "Immunogenetics, 2019 (recertified 2024)\n"
         "MT(ASCP) - Medical Technologist, ASCP Board of Certification, 2013\n"
         "CHS(ABHI) - Certified Histocompatibility Specialist: eligible, exam scheduled February 2027"),
        ("TECHNICAL SKILLS",
         "HLA typing: SSO (One Lambda LABType) on Luminex 200; Micro SSP; qPCR (LinkSeq 384); SBT for ambiguity "
         "resolution; NGS (AlloSeq Tx17 on MiSeq) with TypeStream Visual\n"
         "Solid phase antibody testing: HLA antibody screening (LABScreen Mixed), antibody ID by SAB (LABScreen "
         "Single Antigen), MFI interpretation, unacceptable antigen listing, calculated PRA, C1qScreen, DTT and "
         "EDTA treatment for prozone\n"
         "Crossmatch: T/B flow crossmatch (FCXM) with pronase; virtual XM; BD FACSCanto II with FACSDiva\n"
         "Cells and DNA: lymphocyte isolation from whole blood, lymph node and spleen (Ficoll, EasySep); DNA "
         "extraction (QIAsymphony SP); thermal cyclers (Veriti, QuantStudio 5)\n"
         "Engraftment: chimerism by short tandem repeat (AmpFLSTR, GeneMapper) for engraftment monitoring\n"
         "Software: HLA Fusion 4.6, TypeStream Visual, HLAMatchmaker (eplet analysis); LIS: HistoTrac; UNet; DonorNet\n"
         "Quality and regulatory: QC, PT surveys (ASHI and CAP), corrective action, instrument maintenance, "
         "assay validation, standard operating procedures; ASHI, CAP, FACT, CLIA '88, OPTN Policy 4"),
        ("EXPERIENCE",
         "Histocompatibility Technologist III (Lead) - Crossroads Regional Transplant Immunology Laboratory, "
         "Indianapolis, IN - Jan 2022 to Present\n"
         "\u2022 Lead technologist for deceased donor call (1 week in 4): STAT deceased donor typing by qPCR, results "
         "entered in UNOS UNet in a median 3.6 hours from sample receipt.\n"
         "\u2022 Run virtual XM for DonorNet offers and call results to surgeons and transplant coordinators; "
         "310 deceased donor workups in 2025.\n"
         "\u2022 Validated AlloSeq Tx17 NGS typing (accuracy, reproducibility, 11-locus concordance with SBT) and "
         "moved 90% of living donor and stem cell donor typing to NGS.\n"
         "\u2022 Review SAB results for about 1,900 waitlisted candidates a year; update unacceptable antigens in "
         "UNet and support our kidney paired exchange program (NKR).\n"
         "\u2022 Perform T/B flow crossmatches for living and deceased donors; monitor post-transplant DSA with "
         "C1qScreen and serum dilutions.\n"
         "\u2022 Coordinate chimerism testing and allele-level typing for the hematopoietic stem cell transplant "
         "program; process Be The Match confirmatory typing requests.\n"
         "\u2022 Write and revise standard operating procedures; tracer in the 2023 ASHI and 2024 CAP inspections, "
         "which closed with no deficiencies for the HLA lab.\n"
         "\u2022 Train new technologists and trainees; complete competency assessments for 8 staff twice a year.\n"
         "Histocompatibility Technologist I-II - Crossroads Regional Transplant Immunology Laboratory, "
         "Indianapolis, IN - Jun 2017 to Dec 2021\n"
         "\u2022 Rotated through typing, antibody and crossmatch benches; lymphocyte isolation for crossmatch.\n"
         "\u2022 Performed HLA-B27 typing and abacavir hypersensitivity (B*5701) screening for the outpatient clinics.\n"
         "\u2022 Daily QC and instrument maintenance on two Luminex 200 analyzers and the FACSCanto II.\n"
         "Microbiology Technologist - St. Brendan Community Hospital, Muncie, IN - Jul 2013 to May 2017\n"
         "\u2022 Bench microbiology: cultures, Gram stains, MALDI-TOF identification and VITEK 2 susceptibility testing.\n"
         "\u2022 Referred reportable isolates to the state public health laboratory and the CDC; kept the CAP "
         "microbiology checklist current."),
        ("EDUCATION",
         "B.S., Biology (Medical Technology concentration) - Wabash Valley University, Terre Haute, IN, 2013\n"
         "Clinical year: St. Brendan Community Hospital School of Medical Technology, 2012-2013"),
        ("AFFILIATIONS",
         "American Society for Histocompatibility and Immunogenetics (ASHI), member since 2017\n"
         "ASHI Annual Meeting attendee 2023, 2024, 2025; poster, 2024: \"Turnaround of STAT deceased donor typing by qPCR\""),
    ]),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote resume.docx")
