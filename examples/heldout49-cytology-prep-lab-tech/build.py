"""Build resume.pdf for heldout49-cytology-prep-lab-tech.

Layout quirks: PDF with a credentials line under the summary, skills in two columns (labels ending ':'),
a Canadian job written with Canadian/British spellings, and the education at the end.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("name", "TEODORA M. VANCE"),
    ("contact", "2214 Hardy Street, Apt 6, Hattiesburg, MS 39401  |  601-555-0162  |  teodora.vance@example.com"),
    ("h", "Summary"),
    ("p", "Cytology prep tech with six years of specimen processing and slide preparation in a high-volume "
          "cytopathology lab, after two years as a laboratory assistant in an Ontario hospital cytology lab. At home on "
          "ThinPrep and SurePath, quick with rapid stains at the bedside, and strict about the daily QC that keeps "
          "floaters off slides. Preparing for the HT(ASCP) exam to move toward histology and cell block work."),
    ("h", "Certifications and Training"),
    ("b", "HT(ASCP) - eligible; exam scheduled February 2027"),
    ("b", "OSHA BBP and Chemical Hygiene Plan training, renewed yearly"),
    ("b", "IATA/DOT Category B (UN3373) specimen shipping, 2024"),
    ("h", "Skills"),
    ("cols", [
        ("Instruments:", "Stains and preparations:"),
        ("ThinPrep 2000, ThinPrep Genesis", "Pap stain (Harris haematoxylin)"),
        ("BD SurePath PrepStain, PrepMate", "OG-6 and EA-50 counterstains"),
        ("Cytospin 4", "Diff-Quik for on-site adequacy"),
        ("Leica ST5020 autostainer", "Direct smears, air-dried and fixed"),
        ("Tissue-Tek Film coverslipper", "Cell blocks (Histogel, 10% NBF)"),
        ("ThinPrep Imager", "CytoLyt washes, RPMI needle rinses"),
        ("Hologic Panther", "Specimen types:"),
        ("Software:", "Gyn: PreservCyt and SurePath vials"),
        ("Cerner CoPathPlus", "Urine, CSF, body fluids"),
        ("MS Office (Excel, Word)", "Bronchial washings and brushings"),
    ]),
    ("h", "Experience"),
    ("job", "Cytology Prep Technician - Delta Gulf Pathology Laboratories, Hattiesburg, MS - Aug 2019 to Present"),
    ("b", "Accession and prepare 450-600 Pap and non-gyn specimens a day in Cerner CoPathPlus, with a two patient "
          "identifiers check at every handoff."),
    ("b", "Run two ThinPrep 2000 processors and a ThinPrep Genesis, plus the BD SurePath PrepStain line with PrepMate; "
          "cut average gyn turnaround from 4.1 to 2.6 days after re-balancing the morning batch."),
    ("b", "Pull aliquots from PreservCyt vials for HPV cotesting (Aptima HPV) and chlamydia/gonorrhea and Trich "
          "add-ons on the Hologic Panther; about 300 aliquots a day with no mislabels in 2024."),
    ("b", "Process urine, CSF, pleural and peritoneal fluids, bronchial washings and brushings: centrifuged, CytoLyt "
          "washes, Cytospin 4 preps and direct smears."),
    ("b", "Make cell blocks with Histogel and 10% NBF, about 25 a week, and send them to histology for embedding."),
    ("b", "Stain on a Leica ST5020 with our Pap protocol and coverslip on the Tissue-Tek Film; load gyn slides on the "
          "ThinPrep Imager for the cytotechs each morning."),
    ("b", "Go out with the cytopathologist for fine needle aspirations: set up the cart, make smears and Diff-Quik "
          "for on-site adequacy assessment in IR and for EBUS and endoscopic ultrasound cases (about 40 a month)."),
    ("b", "Do daily QC: stain checks, filtering and changing solutions to stop cross-contamination and floaters, "
          "instrument maintenance and temperature logs; kept every QC log complete through three College of American "
          "Pathologists cytopathology checklist inspections."),
    ("b", "Follow CLIA rules for slide filing; pull cases for cyto-histo correlation for the monthly QA meeting."),
    ("b", "Handle xylene and alcohols only in the fume hood; open unfixed fluids in the biosafety cabinet with full PPE "
          "and standard precautions."),
    ("job", "Laboratory Assistant, Cytology/AP - Escarpment General Hospital, Hamilton, ON - Mar 2017 to Jun 2019"),
    ("b", "Received and prepared gynaecological and non-gynaecological specimens for a centre screening about 60,000 "
          "Pap tests a year."),
    ("b", "Stained slides by hand and on the autostainer (Pap and May-Grünwald Giemsa); coverslipped 200-300 "
          "slides a shift."),
    ("b", "Checked stain quality under the microscope with the charge cytotechnologist every morning."),
    ("h", "Education"),
    ("b", "Medical Laboratory Assistant Diploma - Niagara Escarpment College, Hamilton, ON, 2016"),
    ("b", "Associate of Science (A.S.), Biology - Rose Valley Community College, Poplarville, MS, 2015"),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
