"""Build resume.docx for heldout36-depot-repair-tech (contact in page header, skills table, letter-spaced headings)."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("contact", "Devon L. Marchetti  |  718 Larkspur Ct, Eau Claire, WI 54701  |  (715) 555-0163  |  devon.marchetti@example.com"),
    ("name", "DEVON L. MARCHETTI"),
    ("h", "S U M M A R Y"),
    ("p", "BMET I with three years at a 310-bed regional hospital, where I took over most of the IV pump and "
          "physiological monitor bench repairs that used to go back to the manufacturer. Before biomed I spent five "
          "years doing board-level repair on retail electronics, so I am at home with a soldering iron and a "
          "schematic. Looking to move into full-time depot repair."),
    ("h", "C E R T I F I C A T I O N S"),
    ("b", "CBET (Certified Biomedical Equipment Technician), AAMI Credentials Institute - exam scheduled March 2027"),
    ("b", "BD Alaris System technical service course (8015 PC unit; 8100 LVP, 8110 syringe and 8120 PCA modules), 2023"),
    ("b", "Philips IntelliVue MX-series service training, 2024"),
    ("b", "Bloodborne Pathogens (OSHA 29 CFR 1910.1030), renewed annually"),
    ("h", "S K I L L S"),
    ("table", [
        ("Infusion", "BD Alaris 8015 PC units with LVP, syringe and PCA modules; CADD-Solis ambulatory pumps"),
        ("Monitoring", "Philips IntelliVue MX450 / MX800 and X3; Welch Allyn Connex Spot; NIBP, SpO2, ECG and MMS module swaps"),
        ("Bench repair", "Hand soldering; SMD and through-hole rework (Hakko FX-951, FR-810 hot air); fault isolation "
                         "from service manual schematics and wiring diagrams"),
        ("Test equipment", "Fluke ESA620, Fluke IDA-5, Fluke ProSim 8, Fluke 87V, Tektronix TBS1052B, bench power supply"),
        ("Standards", "IEC 62353, NFPA 99, AAMI EQ56, TJC EC standards"),
        ("Software", "Nuvolo CMMS, Alaris Systems Manager, IntelliVue Support Tool, Excel, Epicor"),
    ]),
    ("h", "E X P E R I E N C E"),
    ("job", "Biomedical Equipment Technician I - Riverbend Regional Medical Center, Eau Claire, WI - Jun 2022 to Present"),
    ("b", "Do most in-house bench repairs for a fleet of 1,150 Alaris channels and 380 IntelliVue physiological "
          "monitors; cut OEM depot send-outs by about 60% and saved roughly $48,000 in FY2024."),
    ("b", "Repair IV pumps down to the module: pumping mechanism, door and latch assemblies, air-in-line detectors, "
          "keypads and Li-ion battery packs."),
    ("b", "Isolate monitor faults to the board using the service manual schematics; replace NIBP pumps, MMS modules, "
          "SpO2 boards and LCD assemblies."),
    ("b", "After every repair run the manufacturer's functional checks and performance verification: flow-rate accuracy "
          "and occlusion pressure on the IDA-5, ECG/SpO2/NIBP on the ProSim 8, and electrical safety testing on the "
          "ESA620 to IEC 62353."),
    ("b", "Teardown and fault analysis on repeat failures; traced a cracked door-latch root cause across 22 pumps and "
          "sent the data to the manufacturer, which later issued a field correction."),
    ("b", "Send out-of-scope repairs back to the OEM under an RMA and track RMA numbers, loaners and turnaround in Nuvolo."),
    ("b", "Load software upgrades and drug library updates with Alaris Systems Manager and the IntelliVue Support Tool."),
    ("b", "Complete planned maintenance on about 110 devices a month with 98% on-time completion."),
    ("b", "Filed two user-facility MDR reports (FDA Form 3500A) with the risk manager after pump incidents."),
    ("b", "Set up the shop's static-control bench: wrist strap, grounded dissipative mat and ionizer."),
    ("b", "Support ERBE VIO 3 generators and endoscopy towers for the GI lab's ESD and EMR cases."),
    ("b", "Worked the 3 PM to 11:30 PM shift for my first year, covering ED, ICU and OR calls."),
    ("b", "Received the 2024 Harold Baxter Award for Service Excellence (hospital-wide, nominated by nursing)."),
    ("job", "Electronics Repair Technician - Crestline Retail Systems, Altoona, WI - Apr 2017 to May 2022"),
    ("b", "Did board-level repair on NCR and Verifone point-of-sale terminals, receipt printers and card readers; "
          "about 15 units a day at a 97% first-pass yield."),
    ("b", "Replaced fine-pitch SMD parts with hot air and hand soldering; reworked through-hole connectors and power jacks."),
    ("b", "Logged repairs, parts and serial numbers in Epicor and shipped units back to customers against the RMA."),
    ("h", "E D U C A T I O N"),
    ("p", "A.A.S., Electronics Technology - Red Cedar Technical College, Menomonie, WI, 2017"),
    ("p", "Biomedical Equipment Technician Certificate (evening program) - Red Cedar Technical College, 2022"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "resume.docx")
