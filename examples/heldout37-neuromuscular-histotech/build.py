"""Build resume.docx for heldout37-neuromuscular-histotech.

Layout quirks: contact line only in the page header, letter-spaced section headings,
skills in a two-column table.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("contact", "Renata V. Solberg, HT(ASCP)  |  2215 South 5th Street West, Missoula, MT 59801  |  (406) 555-0163  |  "
                "renata.solberg@example.com  |  Open to relocation"),
    ("name", "RENATA V. SOLBERG"),
    ("h", "S U M M A R Y"),
    ("p", "Histotechnician with 8 years in hospital and private-practice histology, the last 6 in a 300-bed regional "
          "medical center (about 32,000 surgical cases a year). Strong on frozen sections, IHC and special stains. "
          "I orient and freeze our muscle biopsies for send-out and want to move into neuromuscular pathology full time."),
    ("h", "C E R T I F I C A T I O N S"),
    ("b", "HT(ASCP) - Histotechnician, ASCP Board of Certification, 2017"),
    ("b", "QIHC(ASCP) - Qualification in Immunohistochemistry: application approved, exam scheduled February 2027"),
    ("b", "DOT/IATA Category B and dry ice shipping training, 2025"),
    ("h", "S K I L L S"),
    ("table", [
        ("Frozen sections", "Leica CM1950 and Thermo Scientific Cryotome FSE; intraoperative consults, Mohs backup, "
                            "DIF on skin and renal biopsies, ORO on frozen sections for lipid"),
        ("Tissue freezing", "Muscle oriented on cork in OCT and flash-frozen in 2-methylbutane chilled with LN2; "
                            "tumor bank aliquots to the -80°C freezer; packing on dry ice"),
        ("Special stains", "H&E (Leica ST5020/CV5030), PAS and PAS-D, GMS, AFB, Congo red, Masson trichrome, "
                           "reticulin, iron, mucicarmine, toluidine blue for mast cells"),
        ("IHC", "Ventana BenchMark ULTRA, about 70 antibodies on the menu; antibody validation and "
                "control block program"),
        ("Processing / microtomy", "Sakura Tissue-Tek VIP 6 AI, TEC 6 paraffin embedding center, Leica RM2255 "
                                   "microtomy; renal and nerve tissue fixed in glutaraldehyde for EM send-out"),
        ("Quality", "QC and temperature logs, daily pH meter calibration, CAP PT, CAP/NSH HQIP, "
                    "CAP ANP checklist, SOPs"),
        ("Systems / safety", "Sunquest CoPathPlus LIS; Leica Vantage block and slide tracking; 10% NBF and xylene "
                             "handling under OSHA; cryogen PPE"),
    ]),
    ("h", "E X P E R I E N C E"),
    ("job", "Histotechnician II - Bitterroot Regional Medical Center, Missoula, MT - Jun 2019 to Present"),
    ("b", "Cut 40-60 frozen sections a month for intraoperative consults with an average turnaround of 11 minutes."),
    ("b", "Receive 3-5 muscle biopsies a month from neurology and general surgery; orient them on cork, flash-freeze them "
          "and ship them on dry ice to the neuromuscular reference lab; fix sural nerve biopsies in glutaraldehyde "
          "for send-out EM."),
    ("b", "Run about 1,100 IHC slides a month on the Ventana BenchMark ULTRA; validated 18 new antibodies with "
          "Dr. Ellen Cox, medical director."),
    ("b", "Keep QC, reagent and temperature logs for stainers, processors and the frozen section room, and document "
          "corrective action when a control fails."),
    ("b", "On the CAP inspection team in 2021, 2023 and 2025; no ANP checklist deficiencies in histology."),
    ("b", "Wrote or revised 14 histology SOPs and trained two HT students from Big Sky Community College."),
    ("job", "Histology Technician - Clark Fork Pathology Associates, Missoula, MT - Jul 2017 to May 2019"),
    ("b", "Embedded and cut 150-180 GI and dermatology blocks a day; recut rate under 1%."),
    ("b", "Ran special stains and H&E for a four-pathologist private practice."),
    ("h", "E D U C A T I O N"),
    ("p", "B.S., Biology - Western Montana State University (online degree completion), 2023"),
    ("p", "Histotechnician Certificate, NAACLS-accredited - Big Sky Community College, Missoula, MT, 2017"),
    ("h", "C O N T I N U I N G   E D U C A T I O N"),
    ("b", "NSH Symposium/Convention 2024 workshop: Muscle Biopsy Handling and Enzyme Histochemistry"),
    ("b", "NSH webinar 2025: Frozen Section Artifacts and How to Prevent Them"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "resume.docx")
