"""Build resume.docx for heldout50-mri-magnet-cryogenics-engineer.

Layout quirks: DOCX with the contact line in the page header (header_contact=True), skills in a two-column
table, Training & Certifications before Education; "GPA 3.8" in Education and a Sumitomo CSA-71A compressor
sit beside the terms as traps.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("name", "Caleb M. Strandquist"),
    ("contact", "Chesapeake, VA 23320  |  (757) 555-0162  |  caleb.strandquist@example.com"),
    ("h", "Summary"),
    ("p", "MR field engineer with 11 years on superconducting magnets: 8 years with Siemens Healthineers as a Customer "
          "Service Engineer and regional magnet/cryogen specialist, then 3 years at a multi-vendor service company, "
          "after six years as a U.S. Navy Electronics Technician. I have ramped, shimmed and recovered 1.5 T and 3 T "
          "magnets from Siemens, GE and Philips and done 300+ helium transfers without losing a magnet. Looking for a "
          "territory role focused on magnets, cryogenics and new installs."),
    ("h", "Technical Skills"),
    ("table", [
        ("Magnets & cryogenics", "Superconducting magnets, 1.5 T and 3 T\n"
                                 "LHe transfers from 250-1000 L dewars; boil-off and pressure trending\n"
                                 "Coldhead swaps (Sumitomo RDK-408D2); helium compressors (Sumitomo F-70, CSA-71A); "
                                 "adsorber changes; Haskris and KKT chillers\n"
                                 "Magnet ramps with the MPSU, quench recovery, ERDU checks\n"
                                 "ZBO upgrades; Philips BlueSeal install support"),
        ("Field & shim", "Passive shimming, B0 homogeneity mapping, Metrolab PT2026"),
        ("RF & gradients", "RFPA, RF coils, RF cabinet, RF shield testing\n"
                           "Gradient power amplifiers, gradient coils, eddy current compensation"),
        ("Siting & safety", "MRI siting, 5 G line, four-zone access control, ferromagnetic detection systems\n"
                            "Fluxgate magnetometer (Bartington Mag-03), RF/EMI site surveys, rigging\n"
                            "O2 monitors, MR Conditional labeling, lockout/tagout, NFPA 70E, cryogen safety\n"
                            "ACR Guidance Document on MR Safe Practices"),
        ("Systems & tools", "Siemens MAGNETOM Aera, Skyra, Avanto, Espree; GE SIGNA HDxt and SIGNA Artist; "
                            "Philips Achieva\n"
                            "Siemens SRS, GE InSite, GE CSD, SAP service notifications\n"
                            "Oscilloscope, Fluke 87V, VNA (Keysight FieldFox)"),
    ]),
    ("h", "Experience"),
    ("job", "Senior MR Field Engineer - Magnets & Cryogenics | Tidewater Imaging Service Co., Chesapeake, VA | "
            "Apr 2022 - Present"),
    ("b", "Cover magnets and cryogens for 74 MRI systems (Siemens, GE, Philips) across Virginia, North Carolina and "
          "Maryland; second-line support for 9 generalist engineers."),
    ("b", "Completed 118 LHe transfers from 250, 500 and 1000 L dewars; cut average helium used per fill by 18% by "
          "pre-cooling transfer lines and fixing siphon technique."),
    ("b", "Replaced 41 coldheads and rebuilt or swapped 23 helium compressors (Sumitomo F-70, CSA-71A), including "
          "adsorber changes and He gas top-offs."),
    ("b", "Ramped 26 magnets down and up for relocations, coil repairs and shim upgrades; led 3 quench recoveries "
          "back to field within 96 hours."),
    ("b", "Inspected and pressure-tested quench vent lines at 31 sites after roof work; rerouted 2 that failed "
          "back-pressure calculations."),
    ("b", "Passive shimming after ramps and installs; brought 40 cm DSV homogeneity within spec using a Metrolab "
          "PT2026 and OEM shim software."),
    ("b", "Planned 7 new installs and 4 magnet replacements: siting drawings, 5 G line, RF/EMI site surveys with a "
          "Bartington fluxgate magnetometer, rigging and crane plans, four-zone access control and ferromagnetic "
          "detection systems at Zone IV doors."),
    ("b", "Monitor magnet status through Siemens SRS and GE InSite; caught 12 coldhead failures before any helium "
          "was lost."),
    ("b", "Support the medical physicist for ACR accreditation: ACR phantom SNR, ghosting and geometric accuracy "
          "tests on 20 scanners a year."),
    ("job", "Customer Service Engineer, MR (Magnet & Cryogen Specialist from 2017) | Siemens Healthineers, Norfolk, VA | "
            "Jun 2014 - Mar 2022"),
    ("b", "Maintained 35 MAGNETOM systems (Avanto, Espree, Aera, Skyra) in a mixed hospital and outpatient territory "
          "with 98.9% uptime."),
    ("b", "Troubleshot RFPA, RF coil, RF cabinet and gradient power amplifier faults to board level; replaced 2 "
          "gradient coils and ran eddy current compensation after amplifier swaps."),
    ("b", "RF shield testing with the shielding vendor on 14 rooms (door fingerstock, penetration panels, waveguides)."),
    ("b", "Regional magnet/cryogen specialist from 2017: magnet ramps with the MPSU, helium fills, coldhead and "
          "compressor work, ERDU and O2 monitor checks."),
    ("b", "Siemens factory training in Erlangen and Cary: MAGNETOM system service, magnets & cryogenics, MR safety; "
          "trained 6 new CSEs on cryogen safety."),
    ("job", "Electronics Technician (ET2) | U.S. Navy, Norfolk, VA | Aug 2008 - May 2014"),
    ("b", "Maintained shipboard radar, communications and navigation electronics with oscilloscopes, signal "
          "generators and a vector network analyzer; work center supervisor for 7 technicians."),
    ("h", "Training & Certifications"),
    ("b", "Siemens Healthineers: MAGNETOM system service levels 1-3; Magnets & Cryogenics Specialist, 2017"),
    ("b", "GE SIGNA magnet and cryogen course, GE training center, Waukesha, WI, 2023"),
    ("b", "MRSO (ABMRS) - exam scheduled April 2026"),
    ("b", "OSHA 10-Hour General Industry; DOT HazMat for transport of cryogenic liquids"),
    ("h", "Education"),
    ("b", "B.S. Electrical Engineering (online, part-time) - Tidewater State University - 84 of 120 credits, "
          "expected December 2026"),
    ("b", "A.A.S. Electronics Engineering Technology - Elizabeth River Community College, 2013, GPA 3.8"),
    ("b", "U.S. Navy Electronics Technician \"A\" School, Great Lakes, IL, 2008"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "resume.docx")
