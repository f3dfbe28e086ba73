"""Build resume.docx for heldout42-gi-motility-lab-tech.

Layout quirks: contact details sit in the DOCX page header (header_contact=True), skills are a
two-column table (area / equipment and methods), and certifications come near the bottom, after
education. The candidate's earlier employer is a family practice called "Bravo Family Medicine"
(not the Bravo wireless pH capsule, which she has not used).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("contact", "Marisol T. Vanterpool, CCMA  |  47 Chandler Street, Apt 2, Worcester, MA 01609  |  (508) 555-0163  |  "
                "marisol.vanterpool@example.com"),
    ("name", "MARISOL T. VANTERPOOL, CCMA"),
    ("h", "Profile"),
    ("p", "GI Motility Technician with four years in a hospital GI lab and three years before that as a clinical "
          "medical assistant. Perform about 1,100 motility and breath studies a year: esophageal high-resolution "
          "manometry, anorectal manometry with pelvic floor biofeedback, multichannel intraluminal impedance-pH and "
          "H2/CH4 breath testing. Careful with catheters, calibration records and nervous first-time patients."),
    ("h", "Technical Skills"),
    ("table", [
        ("Esophageal", "Medtronic ManoScan ESO with ManoView ESO 3.3 analysis; esophageal high-resolution manometry "
                       "with impedance; CCv4.0 reporting (integrated relaxation pressure, peristaltic patterns)"),
        ("Reflux", "Diversatek ZepHr recorders; ZVU analysis software; 24-hour multichannel intraluminal impedance-pH; "
                   "AET, symptom index (SI) and SAP per Lyon Consensus 2.0"),
        ("Anorectal", "Medtronic ManoScan AR; anorectal manometry with RAIR, rectal sensory thresholds and balloon "
                      "expulsion test; pelvic floor biofeedback for pelvic floor dyssynergia"),
        ("Breath testing", "QuinTron BreathTracker SC; H2/CH4 breath testing for small intestinal bacterial overgrowth "
                           "and lactose and fructose malabsorption; BreathTek UBT for Helicobacter pylori"),
        ("Reprocessing", "Manual cleaning, leak testing, HLD in Cidex OPA with MEC test strips per manufacturer "
                         "instructions for use; SGNA Standards; catheter inventory and use-count tracking"),
        ("QC & calibration", "Daily pressure calibration, two-point buffer calibration (pH 4.0 / 7.0), calibration gas "
                             "checks, QC and temperature logs"),
        ("Systems", "MEDITECH Expanse, eClinicalWorks, Excel, Word, Outlook"),
    ]),
    ("h", "Experience"),
    ("job", "GI Motility Technician - St. Brendan Medical Center, GI Motility Lab, Worcester, MA - Aug 2022 to Present"),
    ("b", "Perform 9-12 studies a day in a two-room GI lab serving 26 gastroenterologists and a surgical foregut "
          "program; 1,090 studies in 2025."),
    ("b", "Run esophageal high-resolution manometry on the Medtronic ManoScan ESO and draft ManoView reports with "
          "CCv4.0 diagnoses for the reading physician, including achalasia subtypes and EGJ outflow obstruction."),
    ("b", "Place each transnasal catheter (pressure and impedance) with a 96% first-pass success rate; check vital "
          "signs before and after every study."),
    ("b", "Set up and download about 320 ZepHr studies a year; edit meal and supine periods and calculate AET, SI "
          "and SAP for the physician report."),
    ("b", "Perform anorectal manometry with RAIR, rectal sensory thresholds and the balloon expulsion test; run "
          "six-session pelvic floor biofeedback programs for about 40 patients a year with pelvic floor dyssynergia."),
    ("b", "Run H2/CH4 breath testing (glucose, lactulose, lactose, fructose) on the QuinTron BreathTracker SC and "
          "BreathTek UBT kits; cut repeat breath tests from 9% to 3% by rewriting the patient prep sheet."),
    ("b", "Reprocess 14 motility catheters: manual cleaning, leak testing and HLD in Cidex OPA, with an MEC test "
          "strip check before each cycle; no reprocessing findings at the 2024 TJC survey."),
    ("b", "Perform daily pressure calibration and two-point buffer calibration; tagged and returned 6 failing "
          "catheters for vendor repair in 2025 and kept the catheter inventory and use-count log in Excel."),
    ("b", "Called the Rapid Response Team (RRT) for two vasovagal episodes during catheter placement; both patients "
          "recovered and completed testing."),
    ("b", "Member of the lab's performance improvement team that cut new-patient wait time from 7 to 3 weeks."),
    ("b", "Trained 3 new technicians and 9 GI fellows; completed annual infection prevention, universal precautions "
          "and HIPAA competencies."),
    ("job", "Clinical Medical Assistant - Bravo Family Medicine, Shrewsbury, MA - Jun 2019 to Jul 2022"),
    ("b", "Roomed 25-30 patients a day for four physicians; took vital signs, ran 12-lead ECGs and point-of-care "
          "tests and performed about 15 venipunctures a day."),
    ("b", "Documented visits, refills and referrals in eClinicalWorks; kept the practice's CLIA-waived testing log."),
    ("h", "Education"),
    ("p", "A.S., Health Sciences - Blackstone Valley Community College, Worcester, MA, 2019. Coursework: Anatomy and "
          "Physiology I and II, medical terminology, microbiology, pharmacology for allied health."),
    ("h", "Certifications & Training"),
    ("b", "CCMA - Certified Clinical Medical Assistant, National Healthcareer Association (NHA), 2019; renewed 2025"),
    ("b", "AHA Basic Life Support, Healthcare Provider course, valid to 11/2027"),
    ("b", "Medtronic ManoScan ESO and ManoScan AR operator training, 2022"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "resume.docx")
