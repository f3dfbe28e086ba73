"""Build resume.docx for heldout42-preclinical-imaging-core-tech.

Layout quirks: contact details sit in the DOCX page header (header_contact=True), skills are a two-column
table (label | content), and the certifications block comes near the bottom, after the experience.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("contact", "Renata M. Szalai, LAT  |  48 Orchard Hill Road, Apt 2, Chelmsford, MA 01824  |  (978) 555-0163  |  "
                "renata.szalai@example.com"),
    ("name", "Renata M. Szalai, LAT"),
    ("h", "Summary"),
    ("p", "Preclinical imaging technologist with five years in a cancer-center small animal imaging shared resource "
          "and three years before that as an animal care technician. I run in vivo imaging studies on µCT, PET/CT, "
          "PET/SPECT/CT, optical (BLI/FLI) and ultrasound systems for more than 40 labs, handle radiotracers every "
          "week, and enjoy teaching new users to image on their own."),
    ("h", "Skills & Instruments"),
    ("table", [
        ("Imaging systems", "µCT: PerkinElmer Quantum GX2\nPET/CT: Sofie GNEXT PET/CT; Siemens Inveon PET/SPECT/CT\n"
                            "Optical: PerkinElmer IVIS Spectrum (BLI/FLI, 3D DLIT)\n"
                            "Ultrasound: Fujifilm VisualSonics Vevo 3100 and VisualSonics Vevo 2100 (B-mode, M-mode, "
                            "PW Doppler, cardiac echo)"),
        ("Animal work", "Mouse and rat handling; inhalant anesthesia with isoflurane; lateral tail vein catheters and "
                        "injections; IP and subcutaneous dosing; D-luciferin kinetics; physiologic monitoring "
                        "(SA Instruments Model 1030); respiratory gating"),
        ("Anesthesia equipment", "Isoflurane vaporizers (VetEquip, Kent Scientific SomnoSuite), induction chamber, "
                                 "WAG scavenging with F/AIR canisters"),
        ("Radiation safety", "Radioactive materials handling; Capintec CRC-25R; Ludlum Model 3 with 44-9 pancake probe; "
                             "wipe tests; decay-in-storage; ALARA; ring and whole-body dosimeters"),
        ("Software", "Living Image 4.7, Vevo LAB, VivoQuant, Inveon Research Workplace, ImageJ, AMIDE, Horos; DICOM; "
                     "MATLAB (batch scripts); Excel, PowerPoint; iLab Solutions"),
        ("Compliance", "IACUC protocols and amendments; NRC Guide (8th ed.); PHS Policy and the AWA; Animal Biosafety "
                       "Level 2; specific-pathogen-free barrier practices"),
    ]),
    ("h", "Experience"),
    ("job", "Research Associate II, Small Animal Imaging Shared Resource - Merrimack Valley Cancer Institute, Lowell, MA "
            "- Aug 2021 to Present"),
    ("b", "Run 1,600+ imaging sessions a year for 42 investigator labs across µCT, PET/CT, optical and ultrasound; "
          "start 96% of booked sessions on time."),
    ("b", "Acquire BLI/FLI on the IVIS Spectrum for orthotopic and metastasis models; wrote the D-luciferin kinetic "
          "curve procedure now used by 15 labs."),
    ("b", "Give lateral tail vein injections of 18F-FDG, 18F-NaF and 89Zr-labelled antibodies (over 2,500 injections, "
          "94% first-stick success) and IP luciferin doses."),
    ("b", "Handle each radiotracer under the Institute's radioactive materials license: daily constancy on the Capintec "
          "CRC-25R, Ludlum Model 3 surveys after every session, weekly wipe tests and the decay-in-storage log; zero "
          "contamination findings in four annual radiation safety audits."),
    ("b", "Daily QC on the Quantum GX2 (HU calibration with water and HA phantoms) and monthly PET cross-calibration "
          "against the Capintec; keep SUV drift under 5%."),
    ("b", "Reconstruct PET data (OSEM3D/MAP image reconstruction) and run VivoQuant SUV and %ID/g analysis; measure "
          "trabecular bone microarchitecture (BV/TV, Tb.Th) from µCT scans."),
    ("b", "Set up respiratory gating for 300+ lung tumor scans; use ExiTron nano 12000 iodinated contrast for liver "
          "and vascular studies."),
    ("b", "Perform cardiac echo on the Vevo 3100 (LV function, ejection fraction, PW Doppler) for six cardiology labs "
          "and analyze studies in Vevo LAB."),
    ("b", "Schedule PMs and repair visits with PerkinElmer, Sofie and Fujifilm VisualSonics engineers; first-line "
          "troubleshooting cut unplanned downtime from 19 to 7 days a year."),
    ("b", "Specified a reconstruction workstation (dual Xeon, 128 GB RAM, RTX A5000) and wrote MATLAB scripts that "
          "batch-export DICOM, saving about six hours a week."),
    ("b", "Trained and signed off 57 independent users; manage scheduling and billing in iLab."),
    ("job", "Animal Care Technician II - Granite State University Animal Resources, Durham, NH - Jun 2018 to Jul 2021"),
    ("b", "Husbandry and daily health checks for 3,200 cages of specific-pathogen-free mice and rats in barrier "
          "housing."),
    ("b", "Assisted veterinary staff with isoflurane anesthesia, tail vein and IP dosing, and post-procedure "
          "monitoring."),
    ("b", "Kept IACUC and USDA records for AWA-covered species; two USDA inspections with no findings."),
    ("h", "Certifications & Training"),
    ("b", "Laboratory Animal Technician (LAT), AALAS, 2020"),
    ("b", "Radiation Safety for Radioisotope Users (24-hour course), Merrimack Valley Cancer Institute, 2021; annual "
          "refreshers"),
    ("b", "CITI Program: Working with the IACUC; Working with Mice in Research, 2024"),
    ("b", "Sofie GNEXT PET/CT operator training, 2022"),
    ("h", "Education"),
    ("p", "B.S., Biology (minor in Chemistry) - Granite State University, Durham, NH, 2018"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "resume.docx")
