"""Build resume.pdf for heldout51-oxygen-plant-medical-gas-tech.

Layout quirks: PDF; certifications straight under the summary, skills in two columns (labels ending ':'),
a UK-trained candidate who mixes NHS/HTM wording (MGPS, terminal units, AVSUs, VIE, AGSS) with US wording.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("name", "DECLAN R. HARGREAVES"),
    ("contact", "2217 Orchard Mesa Drive, Grand Junction, Colorado 81503  |  (970) 555-0163  |  "
                "declan.hargreaves@example.com"),
    ("h", "Summary"),
    ("p", "Medical gas and oxygen plant technician with 14 years on hospital medical gas pipeline systems (MGPS) "
          "and compressed air systems in the UK and the US, including three years commissioning and servicing PSA "
          "oxygen generators and cylinder filling plants for a gas-systems contractor. Former NHS Authorised "
          "Person, AP (MGPS), now ASSE 6040 certified and working toward ASSE 6020."),
    ("h", "Certifications and Training"),
    ("b", "ASSE/IAPMO/ANSI 6040 Medical Gas Maintenance Personnel - 2022, renewed 2025"),
    ("b", "ASSE 6020 Medical Gas Inspector - exam scheduled March 2027"),
    ("b", "EPA 608 Universal technician certification - 2022"),
    ("b", "OSHA 30-Hour General Industry - 2023"),
    ("b", "Hazmat transport training (49 CFR 172.704) - renewed 2024"),
    ("b", "Authorised Person (MGPS) to HTM 02-01 - appointed 2015, IHEEM-accredited course"),
    ("h", "Technical Skills"),
    ("cols", [
        ("Plant and source equipment:", "Pipeline systems:"),
        ("PSA oxygen generators (Atlas Copco OGP+)", "MGPS: terminal units, AVSUs"),
        ("Molecular sieve bed changes", "Master and area alarm panels"),
        ("Atlas Copco GA 37 VSD+ screw compressors", "Pressure regulators, relief valves"),
        ("Powerex scroll medical air compressors", "Brazing with nitrogen purge"),
        ("Rotary vane vacuum pumps, AGSS", "Cross-connection and pressure tests"),
        ("Refrigerated dryers, coalescing filters", "Standards and compliance:"),
        ("Heatless regenerative dryers", "NFPA 99, HTM 02-01, NFPA 70E"),
        ("VIE and cylinder manifolds", "USP Oxygen 93%, ISO 8573-1"),
        ("Haskel gas booster, cylinder filling", "cGMP batch records, batch release"),
        ("Testing and instruments:", "DOT-3AA cylinders, hydrotest dates"),
        ("Servomex 5200 paramagnetic analyser", "TJC surveys, EOC rounds, LOTO"),
        ("Maxtec MaxO2+, calibration gas", "Controls and software:"),
        ("PDP and CO monitors", "PLC/HMI, BMS (Siemens Desigo CC)"),
        ("Fluke 87V, insulation tester", "IBM Maximo, Microsoft Excel"),
    ]),
    ("h", "Experience"),
    ("job", "Medical Gas and Utilities Technician - St. Brendan Regional Hospital, Grand Junction, Colorado - "
            "Aug 2022 to Present"),
    ("b", "Day-shift medical gas technician for a 260-bed hospital: MGPS with about 1,450 terminal units, 38 AVSUs, "
          "2 master alarm panels and 41 area alarm panels."),
    ("b", "Run planned preventive maintenance (PPM) on Powerex scroll medical air compressors, three rotary vane "
          "vacuum pumps and the AGSS; 99% on-time PM completion over three years in IBM Maximo."),
    ("b", "Answer 15-20 medical gas alarm calls a month on a 1-in-4 on-call rota; average on-site response 18 minutes."),
    ("b", "Replaced 220 terminal units and 6 AVSUs in the 2024 ICU renovation: brazing with nitrogen purge, "
          "O2-clean components, cross-connection and pressure tests before the third-party verifier - no findings."),
    ("b", "Look after the VIE and the high-pressure cylinder manifolds with auto-changeover; cut cylinder rental "
          "spend 18% by reworking changeover set points."),
    ("b", "Supported two TJC surveys and monthly EOC rounds with no medical gas findings; wrote LOTO procedures for "
          "14 pieces of source equipment."),
    ("b", "Trend plant pressures, PDP and CO through the BMS (Siemens Desigo CC)."),
    ("job", "Field Service Engineer, Oxygen Systems - Oxyquest Gas Systems Ltd, Wakefield, UK (projects in Kenya, "
            "Uganda and Oman) - Mar 2019 to Jul 2022"),
    ("b", "Commissioned and serviced 27 hospital PSA oxygen generators (Atlas Copco OGP+ and own-brand units, "
          "10-60 Nm3/h) producing USP Oxygen 93% for hospitals of 80-600 beds; built the hospitals' oxygen plant "
          "log sheets and operator checklists."),
    ("b", "Changed molecular sieve beds on 19 plants and traced PLC/HMI faults (valve timing, pressure "
          "transducers, O2 sensor drift) remotely and on site."),
    ("b", "Set up 9 cylinder filling plants with Haskel gas boosters: pre-fill checks of DOT-3AA and ISO 9809 "
          "cylinders and hydrotest dates, filling, O2 purity testing with Servomex 5200 paramagnetic analysers and "
          "Maxtec MaxO2+ handhelds checked against calibration gas, and cGMP batch records with batch release."),
    ("b", "Serviced Atlas Copco GA 37 VSD+ screw compressors, refrigerated dryers, heatless regenerative dryers "
          "and coalescing filters; tested feed air to ISO 8573-1."),
    ("b", "Trained more than 60 hospital plant operators and biomedical staff in daily plant checks and safe "
          "cylinder handling."),
    ("job", "Estates Technician, Medical Gases - Calder Valley Hospitals NHS Trust, Halifax, UK - Sep 2010 to Feb 2019"),
    ("b", "Authorised Person (MGPS) from 2015 under HTM 02-01 for three hospital sites; issued permits to work for "
          "about 120 MGPS jobs a year."),
    ("b", "PPM on the VIE, cylinder manifolds, medical air plant, vacuum plant and AGSS; replaced 300+ terminal "
          "units and 25 AVSUs."),
    ("b", "Troubleshot three-phase motors, DOL and star-delta starters and variable frequency drives from P&IDs "
          "and wiring diagrams."),
    ("h", "Education"),
    ("b", "City & Guilds Level 3 NVQ Diploma in Mechanical Engineering Maintenance - Calderdale Technical "
          "College, 2010"),
    ("b", "GCSEs (8, including Maths and Physics) - Brighouse High School, 2006"),
    ("h", "Professional Affiliations"),
    ("b", "American Society for Health Care Engineering (ASHE) - member since 2022"),
    ("b", "Institute of Healthcare Engineering and Estate Management (IHEEM) - member 2014-2022"),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
