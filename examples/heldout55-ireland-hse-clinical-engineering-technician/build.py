"""Build resume.pdf for heldout55-ireland-hse-clinical-engineering-technician.

Layout quirks: PDF with Irish/British spelling, skills in two columns (labels ending ':'), a Level 8 add-on
degree named as in progress, professional memberships after Education.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("name", "CATHAL BRENNAN"),
    ("contact", "12 Retreat Road, Athlone, Co. Westmeath N37 X2F4  |  +353 87 555-0163  |  cathal.brennan@example.com"),
    ("h", "Profile"),
    ("p", "Clinical engineering technician with five years' experience in a private acute hospital and with a "
          "medical device distributor. Hands-on with critical care, theatre and ward equipment, from volumetric "
          "pumps to neonatal incubators, and used to working to IEC 62353 and EN 60601-1 in a busy equipment pool. "
          "Looking to move into the public health service closer to home."),
    ("h", "Key Skills"),
    ("cols", [
        ("Equipment:", "Test equipment:"),
        ("Volumetric pumps: B. Braun Space, Alaris GP", "Rigel 288+ electrical safety analyser"),
        ("Syringe pumps: B. Braun Perfusor Space", "Fluke Impulse 7000DP defib analyser"),
        ("Hamilton C1, Dräger Evita V800, Savina 300", "Fluke IDA-5 infusion device analyser"),
        ("Defibs: ZOLL AED Plus, Philips HeartStart MRx", "IMT Analytics PF-300 gas flow analyser"),
        ("Patient monitors: Philips IntelliVue MX450", "Multimeters, PAT testing"),
        ("Anaesthesia workstations: GE Aisys CS2", "Standards and regulation:"),
        ("Diathermy units: Valleylab FT10, Erbe VIO 3", "IEC 62353, EN 60601-1"),
        ("ECG recorders: GE MAC 2000", "EU MDR, HPRA vigilance, FSNs"),
        ("Neonatal incubators: Dräger Babyleo", "Systems:"),
        ("", "CMMS (asset register, work orders)"),
        ("", "Excel, Outlook"),
    ]),
    ("h", "Experience"),
    ("job", "Clinical Engineering Technician - Shannon Valley Private Hospital, Athlone - Mar 2022 to Present"),
    ("b", "Carry out planned preventative maintenance, performance verification and electrical safety testing on "
          "roughly 3,400 devices; PPM compliance above 95% for three years running."),
    ("b", "Troubleshooting and repair to board level on volumetric pumps, syringe pumps, patient monitors, "
          "anaesthesia workstations and diathermy units, working from service manuals and OEM engineers' advice."),
    ("b", "Commissioning of 480 new devices (incl. a 150-pump B. Braun Space roll-out), each entered on the "
          "asset register in the CMMS before release to the wards."),
    ("b", "Run the equipment pool for ICU and theatres: decontamination checks on returned devices and "
          "same-day turnaround on 90% of requests."),
    ("b", "Action HPRA FSNs and manufacturer recalls; logged and investigated 22 adverse incident reports with "
          "the Quality Manager in 2024."),
    ("b", "Wrote 14 SOPs and took part in risk assessments, procurement and tender evaluations for infusion and "
          "monitoring equipment."),
    ("b", "Deliver user training on pumps and defibs to nursing and theatre staff (40+ sessions a year)."),
    ("job", "Field Service Technician - MedServ Technical Ireland Ltd, Dublin 12 - Jun 2020 to Feb 2022"),
    ("b", "Service of Dräger ventilators (Evita V800, Savina 300) and Babyleo neonatal incubators at 18 hospital "
          "sites; PPMs and repairs under service contract."),
    ("b", "Installation and commissioning of Hamilton C1 transport ventilators and ZOLL AED Plus units."),
    ("b", "Electrical safety tests with the Rigel 288+; kept test analysers in calibration."),
    ("h", "Education"),
    ("b", "BEng (Hons) in Biomedical Engineering, NFQ Level 8 (add-on, part-time) - Technological University of "
          "the Shannon - in progress, expected June 2026"),
    ("b", "BEng in Biomedical Engineering, NFQ Level 7 - Technological University of the Shannon, Athlone - 2020"),
    ("h", "Professional Memberships"),
    ("b", "Member, BEAMS (Biomedical/Clinical Engineering Association of Ireland) - since 2021"),
    ("h", "Training and Other"),
    ("b", "Manual handling (HSeLanD), 2024; hand hygiene, 2024"),
    ("b", "Dräger Evita V800 factory service course, Lübeck, 2021"),
    ("b", "Full clean driving licence (Category B)"),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
