"""Build resume.pdf for heldout42-spect-ct-field-service-engineer.

Layout quirks: PDF with a two-column skills block (label rows end in ':'), and certifications
at the very bottom, where the CRES is listed as an exam still to be taken. The candidate is a
USAF-trained BMET who moved into nuclear medicine service; a former employer sits in Hartford, CT,
and a company leadership programme is called LEAP (not the collimator).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("name", "TOMAS R. QUINTANA"),
    ("contact", "Rio Rancho, NM 87124  |  (505) 555-0178  |  tomas.quintana@example.com  |  "
                "Open to 50% travel"),
    ("h", "Summary"),
    ("p", "Field service engineer with 10 years on medical imaging equipment, the last 6 in nuclear medicine and "
          "SPECT/CT for a multi-vendor service company covering New Mexico and West Texas. I own 41 gamma camera and "
          "SPECT/CT systems at 23 sites. Former USAF Biomedical Equipment "
          "Technician; strongest on detector calibration, CT subsystem repair and radiation safety."),
    ("h", "Technical Skills"),
    ("cols", [
        ("Systems:", "Detector and calibration:"),
        ("Siemens Symbia Intevo Bold, Symbia T6, T2", "PMT tuning and PMT replacement"),
        ("Siemens e.cam Signature", "Uniformity correction, linearity maps"),
        ("GE Discovery NM/CT 670, Optima NM/CT 640", "COR and MHR calibrations"),
        ("GE Infinia Hawkeye 4", "NM/CT alignment"),
        ("Digirad Cardius 3 XPO (cardiac)", "Intrinsic floods, four-quadrant bar phantom"),
        ("Collimators: LEHR, LEGP, MEGP, HEGP", "Jaszczak phantom, ACR phantom data"),
        ("CT subsystem:", "Radiation safety:"),
        ("CT tube and HV generator replacement", "Cobalt-57 sheet and line sources"),
        ("Slip ring, data acquisition system", "Survey meter, wipe tests, dosimeter"),
        ("Air calibrations, CTDIvol checks", "ALARA, 10 CFR Part 20, DOT hazmat"),
        ("Software and IT:", "Test equipment:"),
        ("GE Xeleris 4 DR, DICOM, PACS", "Fluke 87V, Tektronix oscilloscope"),
        ("Salesforce Field Service, Windows 11", "Ludlum Model 14C survey meter"),
    ]),
    ("h", "Experience"),
    ("job", "Field Service Engineer II, Nuclear Medicine - Sandia Imaging Services, Albuquerque, NM - Mar 2020 to Present"),
    ("b", "Support 41 gamma cameras and SPECT/CT systems at 23 hospitals, cardiology practices and imaging centers; "
          "98.9% contract uptime in 2025 against a 97% guarantee."),
    ("b", "Installed 7 new systems (4 Symbia Intevo Bold, 2 Discovery NM/CT 670, 1 Digirad Cardius 3 XPO), including "
          "rigging, de-installation of the old cameras, acceptance testing and ACR accreditation phantom data for "
          "the customer's physicist."),
    ("b", "Complete about 160 preventive maintenance (PM) visits a year: gantry and detector drive checks, "
          "collimator inspections and exchanges, table and pallet checks, and image quality verification."),
    ("b", "Troubleshoot detector faults to component-level using schematics; replaced 60+ PMTs and three cracked "
          "sodium iodide crystals and cut the repeat-visit rate from 14% to 6%."),
    ("b", "Run PMT tuning, uniformity correction, linearity, COR, MHR and NM/CT alignment after every detector repair, "
          "and verify with intrinsic floods, bar phantoms and a Jaszczak phantom before handing back the system."),
    ("b", "Service the CT side of hybrid cameras: 11 CT tube replacements, HV generator and slip ring repairs, data "
          "acquisition system swaps, air calibrations and CTDIvol checks after service; file Form FDA 2579 for "
          "every assembly."),
    ("b", "Handle Cobalt-57 sources under each customer's RAM license (New Mexico is an Agreement State); package "
          "sources for return under DOT hazmat rules, survey every work area and perform wipe tests; zero dosimeter "
          "readings above the ALARA Level I investigation level in six years."),
    ("b", "Configure DICOM nodes between Xeleris workstations and PACS; close service calls in Salesforce Field "
          "Service the same day (99% compliance)."),
    ("b", "Follow LOTO and NFPA 70E on every job; selected for the company's LEAP emerging leaders program in 2024 "
          "and mentor two junior engineers."),
    ("job", "Imaging Field Service Engineer I - Charter Oak Imaging Service, Hartford, CT - Jul 2016 to Feb 2020"),
    ("b", "Serviced GE Infinia Hawkeye 4, Siemens Symbia T6/T2 and e.cam cameras, plus radiographic rooms and mobile "
          "C-arms, for 30 customers in Connecticut and western Massachusetts."),
    ("b", "Took first-line calls on 16-slice CT scanners and assisted senior engineers with CT tube changes and air "
          "calibrations."),
    ("job", "Biomedical Equipment Technician (AFSC 4A2X1), Staff Sergeant - United States Air Force - 2010 to 2016"),
    ("b", "Maintained about 1,900 medical devices, including radiographic and fluoroscopic systems, at stateside and "
          "overseas military treatment facilities; repaired to component-level with schematics and standard test "
          "equipment."),
    ("h", "Education"),
    ("p", "Associate of Applied Science, Biomedical Equipment Technology - Community College of the Air Force, 2014"),
    ("p", "USAF Biomedical Equipment Technician course (4A231), 2010"),
    ("h", "Certifications and Training"),
    ("b", "CRES - Certified Radiology Equipment Specialist, AAMI Credentials Institute - exam scheduled February 2027"),
    ("b", "CompTIA A+, 2019"),
    ("b", "Siemens Symbia Intevo factory service training, 2021; GE Discovery NM/CT 670 factory service training, 2018"),
    ("b", "DOT hazmat employee training (49 CFR 172 Subpart H), renewed 2025; NFPA 70E qualified person, 2024"),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
