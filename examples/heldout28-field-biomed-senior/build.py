#!/usr/bin/env python3
"""Build resume.pdf for heldout28-field-biomed-senior (letter-spaced headings, equipment list in two columns)."""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_pdf  # noqa: E402

RESUME = [
    ("name", "IBRAHIM S. CONTEH"),
    ("contact", "Senior Biomedical Technician  |  Freetown, Sierra Leone - available for field deployment\n"
                "+232 (76) 555-0163  |  ibrahim.conteh@example.com"),
    ("h", "P R O F I L E"),
    ("p", "Biomedical technician with 16 years in hospitals and humanitarian field settings, including 9 years "
          "deploying with Type 2 Emergency Medical Team field hospitals to Sierra Leone, South Sudan, Mozambique, "
          "Yemen, Bangladesh and Turkiye. I set up and run the biomed side of tented and hard-wall hospitals: "
          "medical oxygen from concentrators to a PSA oxygen generator, theatre, ICU, lab and imaging, and the power "
          "that keeps it all running. Strongest on oxygen systems and off-grid power. I leave behind trained local "
          "technicians, a clean asset register and equipment that can be kept alive with the spares on the shelf."),
    ("h", "E Q U I P M E N T   &   S Y S T E M S"),
    ("cols", [
        ("Oxygen:", "Power & electrical:"),
        ("oxygen concentrators (DeVilbiss, Nuvo 8)", "diesel gensets 20-100 kVA, ATS panels"),
        ("PSA oxygen generator (20 Nm3/h skid)", "solar PV, MPPT charge controllers"),
        ("O2 cylinders, regulators, flow meters", "lithium battery banks, inverters"),
        ("cylinder manifolds, booster compressor", "uninterruptible power supplies"),
        ("O2 analyser (Maxtec MaxO2+)", "AVRs, earthing, 3-phase wiring"),
        ("Lifebox oximeters", "electrical installations, load sizing"),
        ("", ""),
        ("Theatre, ICU & maternity:", "Imaging & lab:"),
        ("anaesthesia machines, Glostavent Helix", "mobile X-ray (Fujifilm FDR D-EVO panel)"),
        ("draw-over vaporisers (OMV, EMO)", "SonoSite M-Turbo, Butterfly iQ"),
        ("multiparameter monitors (Mindray iMEC)", "haematology analysers, Piccolo Xpress"),
        ("HeartStart defibrillators", "centrifuges, microscopes"),
        ("aspirators (electric and foot-operated)", "blood bank fridges, SDD fridges"),
        ("syringe drivers, volumetric pumps", ""),
        ("diathermy, OT lights, 12-lead ECG machines", "Test equipment:"),
        ("radiant warmers", "Rigel 288+ electrical safety tester"),
        ("", "Rigel Uni-Pulse, Fluke ProSim 4, Fluke 117"),
        ("Sterile services:", ""),
        ("steam sterilisation, autoclaves", ""),
        ("CSSD set-up, Bowie-Dick tests", ""),
    ]),
    ("h", "F I E L D   E X P E R I E N C E"),
    ("job", "Biomedical Referent, Emergency Pool - Harmattan Medical Relief (HMR) - 2018 to present"),
    ("p", "Eight deployments of 6 to 12 weeks as biomed lead for 40- to 80-bed field hospitals."),
    ("b", "Bangladesh (Cox's Bazar), 2018: commissioned a 20 Nm3/h PSA oxygen generator with booster compressor and "
          "cylinder filling for 3 health posts; zero hours without oxygen over 5 months."),
    ("b", "Mozambique (Cyclone Idai), 2019: powered a 60-bed tented hospital with two 60 kVA gensets, AVRs, earthing "
          "and uninterruptible power supplies for theatre and lab; did the energy load sizing for each tent."),
    ("b", "Yemen (COVID-19), 2020-2021: installed 42 oxygen concentrators and a cylinder manifold feeding 24 beds "
          "through copper O2 pipework; trained nurses in oxygen therapy and daily concentrator filter cleaning."),
    ("b", "South Sudan, 2022: designed a 12 kWp solar PV system with lithium battery banks for the maternity ward and "
          "the vaccine cold chain (SDD fridges)."),
    ("b", "Turkiye (earthquake), 2023: ran the biomed workshop for a 50-bed field hospital: theatre, ICU, mobile "
          "X-ray, ultrasound and lab equipment; PPM and corrective maintenance logged in GMAO."),
    ("b", "Wrote tech specs for the 2024 oxygen and theatre kits and checked every donation against the WHO donation "
          "guidelines; turned down 11 donated ventilators that came without service manuals or spares."),
    ("b", "Organised import of spare parts and test equipment with the logistics team, including customs clearance "
          "for shipments sent by DHL and UPS."),
    ("b", "Closed each mission with an updated asset register, decommissioning and disposal plan, and a handover "
          "to national technicians."),
    ("job", "Biomedical Technician - Kissy Road General Hospital, Freetown - 2010 to 2018"),
    ("b", "Maintained theatre, ICU and lab equipment for a 300-bed referral hospital; ran the PPM schedule for "
          "about 900 devices."),
    ("b", "2014-2015 Ebola response: set up autoclaves, CSSD and oxygen concentrators in two Ebola treatment "
          "units with the IPC team."),
    ("b", "Checked electrical safety with the Rigel 288+ and repaired diathermy, monitors and infant incubators."),
    ("job", "Electrical Technician - Lungi Power Services, Freetown - 2008 to 2010"),
    ("b", "Installed and maintained 3-phase distribution and standby gensets for commercial buildings."),
    ("h", "T R A I N I N G   &   C E R T I F I C A T I O N"),
    ("b", "Electrical safety testing to IEC 62353 - Rigel Medical course, 2019"),
    ("b", "PSA generator operation and maintenance, to the WHO/UNICEF technical specifications - 2021"),
    ("b", "Radiation safety for mobile X-ray users - 2022"),
    ("b", "Hostile Environment Awareness Training (HEAT) - 2018"),
    ("b", "CBET (AAMI Credentials Institute) - application accepted, exam window January to March 2027"),
    ("b", "Authorised Person (MGPS) course - booked for March 2027"),
    ("h", "E D U C A T I O N"),
    ("p", "Certificate in Biomedical Equipment Technology - Freetown Technical Institute, 2011"),
    ("p", "Higher National Diploma (HND), Electrical & Electronic Engineering - Freetown Polytechnic College, 2008"),
    ("h", "L A N G U A G E S   &   S K I L L S"),
    ("p", "English (fluent), Krio (native), French (working). Excel (asset lists, oxygen calculators), GMAO, "
          "basic AutoCAD for power layouts. Driving licence, manual."),
]


def main() -> None:
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote resume.pdf")


if __name__ == "__main__":
    main()
