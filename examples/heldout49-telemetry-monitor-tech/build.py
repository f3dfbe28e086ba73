"""Build resume.docx for heldout49-telemetry-monitor-tech.

Layout quirks: DOCX with the contact line in the page header (header_contact=True), certifications before the
summary, a two-column skills table, and the candidate's older training under "Education and Training".
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("name", "Renata J. Solberg, CET"),
    ("contact", "41 Mallets Bay Road, Colchester, VT 05446  |  (802) 555-0147  |  renata.solberg@example.com"),
    ("h", "Certifications"),
    ("b", "Certified EKG Technician (CET), NHA - 2020, renewed 2024"),
    ("b", "BLS Provider, American Heart Association - expires 11/2026"),
    ("b", "CRAT (Certified Rhythm Analysis Technician), Cardiovascular Credentialing International - exam scheduled "
          "March 2027"),
    ("h", "Summary"),
    ("p", "Monitor tech with almost five years on nights watching tele for cardiac step-down, PCU and med-surg "
          "patients from a central monitoring room. Quick and accurate with strips, calm when the screen lights up, "
          "and the person the floor nurses call when a tele box keeps dropping signal. Looking for a larger CMU with "
          "more complex cardiac patients."),
    ("h", "Skills"),
    ("table", [
        ("Rhythm interpretation", "Arrhythmia recognition and strip measurement (rate, PR, QRS, QT, QTc by Bazett)\n"
                                  "A-fib, atrial flutter, SVT, Wenckebach, 2nd-degree type II, complete heart block\n"
                                  "V-tach, V-fib, asystole, paced rhythms, failure to capture / failure to sense"),
        ("Monitoring systems", "GE CARESCAPE Central Station, GE ApexPro CH telemetry transmitters\n"
                               "PIIC iX central station, Philips IntelliVue MX400 / MX450 bedside monitors\n"
                               "GE MAC 5500 HD 12-lead EKG cart, MUSE"),
        ("Alarms and troubleshooting", "Alarm escalation, lead and electrode troubleshooting, artifact vs. true events\n"
                                       "Electrode placement and skin prep for 3- and 5-lead monitoring\n"
                                       "Pacer detection checks, battery and transmitter management"),
        ("Computer", "Epic (flowsheets, strip upload, ADT), Microsoft Excel, typing 62 wpm"),
    ]),
    ("h", "Experience"),
    ("job", "Monitor Technician II (Nights) - Champlain Valley Community Hospital, Middlebury, VT - Feb 2023 to Present"),
    ("b", "Monitor up to 40 patients a shift on the GE CARESCAPE Central Station for the 30-bed PCU, cardiac step-down "
          "and overflow med-surg tele beds."),
    ("b", "Print, measure and interpret strips at shift start, every 4 hours and with every rhythm change; 99.2% on-time "
          "strip compliance in the 2024 unit audit. Strips go into Epic with my interpretation."),
    ("b", "Called about 1,100 lethal or critical alarms to the RN within 60 seconds; started 46 Code Blue and RRT calls "
          "(V-fib, V-tach, asystole, complete heart block)."),
    ("b", "Cut average leads-off alarm time by 38% after teaching electrode placement and skin prep to 120 nurses and "
          "PCAs on all three units."),
    ("b", "Pair, track and clean 64 ApexPro CH telemetry transmitters; change batteries and tag broken units for biomed "
          "(about 8 repair tickets a month)."),
    ("b", "Sit on the hospital alarm committee: pulled 6 months of alarm data for our Joint Commission clinical alarm "
          "safety NPSG work. Revised default limits cut non-actionable alarms by 27%."),
    ("b", "Check pacer detection on every paced admission and flag failure to capture or failure to sense to the RN and "
          "cardiology."),
    ("job", "Monitor Technician - St. Brendan's Medical Center, Plattsburgh, NY - Jun 2020 to Jan 2023"),
    ("b", "Watched 24-32 patients on the Philips PIIC iX central station for ICU step-down and cardiac telemetry."),
    ("b", "Measured QTc twice a shift for dofetilide and sotalol loads and IV antiarrhythmic drips and reported QTc over "
          "500 ms."),
    ("b", "Float coverage for the step-down unit, where bedside monitoring was on Philips IntelliVue MX400 and MX450 "
          "monitors."),
    ("b", "Gave SBAR handoff to the oncoming monitor tech for every patient, every shift."),
    ("job", "Licensed Nursing Assistant / EKG Tech - Green Ridge Health Care, Rutland, VT - Aug 2018 to May 2020"),
    ("b", "Ran about 25 resting 12-lead EKGs a day on a GE MAC 5500 HD and sent them to MUSE for overread."),
    ("b", "Vital signs, glucose checks and patient care on a 28-bed medical unit."),
    ("h", "Education and Training"),
    ("b", "EKG Technician Certificate (120 hours) - Otter Valley Technical Center, Rutland, VT, 2020"),
    ("b", "Basic Arrhythmia Course (24 hours), Champlain Valley Community Hospital, 2023"),
    ("b", "High School Diploma - Otter Creek Union High School, Brandon, VT, 2016"),
    ("b", "Medical Terminology (3 credits) - Community College of Vermont, 2019"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "resume.docx")
