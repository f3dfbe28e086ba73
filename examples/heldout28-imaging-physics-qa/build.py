#!/usr/bin/env python3
"""Build resume.docx for heldout28-imaging-physics-qa (contact in the page header, skills in a two-column table)."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx  # noqa: E402

RESUME = [
    ("contact", "Danielle R. Okafor, R.T.(R)(M)(ARRT)  |  Westerville, OH 43081  |  (614) 555-0163  |  danielle.okafor@example.com  |  Relocating to Lancaster, PA"),
    ("name", "Danielle R. Okafor"),
    ("h", "Summary"),
    ("p", "Imaging QA technologist with 7 years in a consulting medical physics practice and 6 years before that as a "
          "radiographer and mammographer. I collect and analyze accreditation phantom data on CT, MR, mammo and US units "
          "at 40+ client sites, measure beam quality and patient dose on rad and fluoro rooms, and keep MQSA and state "
          "registration files ready for inspectors. Comfortable working alone in the field and reporting to the QMP."),
    ("h", "Certifications & Registrations"),
    ("b", "ARRT Radiography (R), 2012, and Mammography (M), 2015 - R.T.(R)(M)(ARRT), in good standing"),
    ("b", "NRRPT: application approved; sitting the RRPT exam April 2027"),
    ("b", "BLS, American Heart Association, 2025"),
    ("h", "Technical Skills"),
    ("table", [
        ("Accreditation & phantoms", "ACR accreditation (CT, MRI, Mammography, US); ACR CT phantom (Gammex 464), ACR MRI phantom (large and medium), ACR Digital Mammography phantom, CIRS 040GSE general-purpose US phantom; results tracked against ACR action limits"),
        ("Beam quality & dose", "RaySafe X2 (R/F and MAM sensors), Radcal Accu-Gold+ with 10X6-6 chamber; HVL, kVp and timer accuracy, output reproducibility, entrance air kerma rate; 16/32 cm CTDI phantoms with 10 cm pencil chamber; CTDIvol and DLP verification"),
        ("Radiation detection", "Ludlum Model 3 with 44-9 pancake GM probe; Fluke Biomedical 451P ion chamber survey meter; daily source checks and annual calibration tracking; Landauer OSL badges and ring dosimeters"),
        ("Display QC", "Diagnostic monitor QC with AAPM TG-18 patterns; Konica Minolta LS-110 luminance meter; DICOM Part 14 (GSDF) calibration; EIZO RadiCS / RadiNET Pro"),
        ("Dose tracking", "GE DoseWatch: protocol mapping, CT dose alerts, ACR DIR submissions"),
        ("Regulatory", "MQSA (21 CFR 900), The Joint Commission diagnostic imaging standards, NCRP 147 shielding, ALARA, Ohio Administrative Code 3701:1-66"),
        ("Software", "Python (pydicom, pandas), ImageJ, Microsoft Excel (pivot tables, VBA) and Word, Synapse PACS, DICOM header review"),
    ]),
    ("h", "Professional Experience"),
    ("job", "Imaging Physics Assistant - Buckeye Medical Physics Consultants, Columbus, OH - Jun 2019 to Present"),
    ("b", "Perform phantom testing for ACR accreditation and annual physics surveys on about 130 units a year (CT, MRI, mammography, sonography, radiographic and fluoro rooms) at hospitals, imaging centers and orthopedic clinics."),
    ("b", "Complete MQSA annual surveys and Mammography Equipment Evaluations (MEEs) on Hologic Selenia Dimensions and 3Dimensions units, including DBT, and review technologist QC binders for the physicist's sign-off."),
    ("b", "Measure entrance air kerma rate, HVL, reference point air kerma and KAP on IR and cath lab fluoroscopy systems; flag units outside state limits to the QMP, reporting to Dr. Mei-Lin Sato, DABR."),
    ("b", "Run acceptance testing on new installs, including flat-panel detector calibration checks and exposure index (EI/DI) trending on digital radiography (Carestream DRX-1, Fujifilm FDR) and CR readers."),
    ("b", "Completed shielding surveys for 14 new and renovated x-ray and CT rooms and drafted shielding calculations for physicist review."),
    ("b", "Administer GE DoseWatch for three hospital clients as our dose tracking software lead; cut unmapped CT protocols from 212 to 9."),
    ("b", "Keep ODH registration and inspection files current for 22 facilities under Ohio Administrative Code 3701:1-66; no citations at 2024-2025 ODH inspections."),
    ("b", "Run dose calibrator constancy and linearity checks (Capintec CRC-55tR) at two nuc med clients."),
    ("b", "Walk MR safety zones with site MR techs and document Zone IV signage at every annual MRI survey."),
    ("b", "Manage the personnel dosimetry program for 9 clinic clients and run the practice's radiation safety program meetings."),
    ("b", "Wrote Python scripts that pull DICOM header data and ACR phantom results into Excel trend reports."),
    ("job", "Mammography Technologist - St. Agnes Hospital, Hartford, CT - Mar 2015 to May 2019"),
    ("b", "Performed screening and diagnostic mammography and DBT; lead QC technologist for three Hologic units (weekly phantom, compression, artifact checks)."),
    ("b", "Prepared the department for two MQSA inspections with no Level 1 or Level 2 findings."),
    ("job", "Radiologic Technologist - St. Agnes Hospital, Hartford, CT - Jul 2012 to Mar 2015"),
    ("b", "General radiography, portable and fluoroscopy in a 310-bed hospital; ED and OR coverage."),
    ("h", "Education"),
    ("p", "B.S., Radiologic Sciences - Capitol Region State University, Hartford, CT, 2012"),
    ("p", "AAPM/ACR course work: Mammography Physics for Physics Assistants (2021); CT Dosimetry Workshop (2023)"),
]


def main() -> None:
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "resume.docx")


if __name__ == "__main__":
    main()
