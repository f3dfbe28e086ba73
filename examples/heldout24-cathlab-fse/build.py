#!/usr/bin/env python3
"""Build resume.pdf for heldout24-cathlab-fse (the posting is plain text, written by hand).

Layout: letter-spaced section headings (typed with spaces between the letters, as many resume
templates do) and a two-column skills block (build_examples.write_pdf's "cols" block).
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_pdf  # noqa: E402


def spaced(title: str) -> str:
    """'Technical Skills' -> 'T E C H N I C A L   S K I L L S'"""
    return "   ".join(" ".join(word.upper()) for word in title.split())


RESUME = [
    ("name", "CALVIN R. OSEI, CRES"),
    ("contact", "League City, TX 77573  |  (281) 555-0148  |  calvin.osei@example.com"),
    ("h", spaced("Professional Profile")),
    ("p", "Senior field service engineer with 17 years on diagnostic and interventional x-ray, the last 11 on cath/angio "
          "systems in cath labs, interventional radiology and EP labs for an OEM. Former Navy electronics technician (radar and "
          "communications). Lead engineer for biplane and hybrid OR installs across the Gulf Coast district, "
          "district escalation contact for image chain and geometry faults, and the person the day shift calls "
          "when the fluoro won't come up."),
    ("h", spaced("Certifications")),
    ("b", "CRES - Certified Radiology Equipment Specialist, AAMI Credentials Institute, 2015 (recertified 2024)"),
    ("b", "Texas DSHS x-ray service registration - application submitted September 2026"),
    ("b", "NFPA 70E electrical safety / arc flash training, 2023"),
    ("h", spaced("Technical Skills")),
    ("cols", [
        ("Interventional systems:", "Test and measurement:"),
        ("Philips Allura Xper FD10, FD20, FD10/10", "RaySafe X2, Radcal Accu-Gold+"),
        ("Philips Azurion 7 C20 and B20/15", "Dynalyzer III HV divider"),
        ("Siemens ARTIS zee, ARTIS icono biplane", "Tektronix TBS2000 oscilloscope"),
        ("GE Innova 3100 / 4100 (legacy)", "Fluke 87V, Fluke ESA612"),
        ("XperCT, 3D-RA, monoplane and biplane", "Leeds TOR 18FG phantoms"),
        ("Injectors and hemo:", "Systems and IT:"),
        ("ACIST CVi", "DICOM: MWL, storage commitment, RDSR"),
        ("Bayer MEDRAD Mark 7 Arterion", "PACS, DoseWatch"),
        ("GE Mac-Lab / CardioLab", "ServiceMax, SAP"),
        ("Siemens AXIOM Sensis XP", "Windows 10, Linux, remote desktop"),
        ("Volcano s5 IVUS", "Schematics, component-level repair"),
    ]),
    ("h", spaced("Professional Experience")),
    ("job", "Senior Field Service Engineer, Interventional X-ray - Philips Healthcare, Gulf Coast District, "
            "Houston, TX - 2015 to Present"),
    ("b", "Lead engineer for 46 cath lab, interventional radiology, EP and hybrid OR rooms (Allura Xper and Azurion, "
          "monoplane and biplane) across Houston, Beaumont and Lake Charles; 98.9% contract uptime in 2025."),
    ("b", "Installed 19 Azurion systems and 4 hybrid ORs, from rigging and ceiling rails to acceptance testing with "
          "the customer's physicist; filed the FDA 2579 for every install and reassembly."),
    ("b", "Isolate faults in the image chain, HV generator, geometry and patient table down to component-level "
          "repair; fixed collimator shutter and wedge drive faults and C-arm collision sensor failures."),
    ("b", "Replaced 70+ flat detectors and MRC tubes; ran FD gain/offset/defect calibrations, tube conditioning "
          "and generator calibration after each swap."),
    ("b", "PM and post-repair radiation output checks: kVp accuracy, mA linearity, HVL, AKR, ABC response and DAP "
          "accuracy; line-pair resolution and low-contrast detectability on phantoms to confirm image quality."),
    ("b", "Keep every system in the territory compliant with 21 CFR 1020 and with Texas and Louisiana radiation "
          "control regulations; complete the state paperwork for each install and tube or detector change."),
    ("b", "Configured MWL, storage commitment and RDSR to DoseWatch and PACS on every new system; worked network "
          "faults with hospital IT."),
    ("b", "Service ceiling-mounted monitor suspensions and FlexVision displays, including counterbalance and brake "
          "adjustments."),
    ("b", "Logged every call and part in ServiceMax; top-quartile first-time fix rate in the district four years running."),
    ("b", "Mentored 7 engineers through their first year; taught radiation safety, ALARA and LOTO refreshers "
          "for the district. Zero dosimetry badge overexposures in 11 years."),
    ("job", "Imaging Equipment Engineer (in-house) - Harbor Point Hospital, New Haven, CT - 2009 to 2015"),
    ("b", "Maintained two GE Innova 4100 cath labs, a Siemens ARTIS zee interventional radiology suite, general "
          "radiography and R/F rooms, portables and mobile C-arms for a 520-bed teaching hospital."),
    ("b", "Repaired ACIST CVi and MEDRAD Mark 7 Arterion power injectors, GE Mac-Lab hemo and AXIOM Sensis XP "
          "recording systems, and Volcano s5 IVUS consoles."),
    ("b", "Performed leakage testing after every repair with the Fluke ESA612 and kept the CT DEEP x-ray "
          "registrations current; worked with the physicist on annual surveys."),
    ("b", "Cut cath lab unscheduled downtime 35% by stocking critical spares and moving PMs to weekends."),
    ("h", spaced("Military Service")),
    ("job", "Electronics Technician Second Class (ET2) - U.S. Navy, Norfolk, VA - 2002 to 2008"),
    ("b", "Maintained surface search radar, SATCOM and HF/UHF communications on a guided-missile destroyer; "
          "two deployments."),
    ("b", "Work center supervisor for 6 technicians; qualified in high-voltage and electrical safety tag-out."),
    ("h", spaced("Education and Training")),
    ("p", "A.A.S., Electronics Engineering Technology - Chesapeake Bay Technical College, 2009"),
    ("p", "Electronics Technician (ET) \"A\" School and radar \"C\" School - Naval Technical Training Center, "
          "Great Lakes, IL, 2002-2003"),
    ("p", "Factory training: Philips Azurion (2018) and Allura Xper FD series (2015); Siemens ARTIS zee (2012); "
          "GE Innova (2011); ACIST CVi service school (2013)"),
]


if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote resume.pdf")
