#!/usr/bin/env python3
"""Build resume.pdf for heldout34-glp-histology-technician (plain single-column PDF)."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_pdf  # noqa: E402

RESUME = [
    ("name", "DANIELLE R. OKAFOR, HT(ASCP)"),
    ("contact", "2217 S. Cliff Ave, Sioux Falls, SD 57105  |  (605) 555-0138  |  danielle.okafor@example.com"),
    ("h", "Summary"),
    ("p", "Histotechnician with 9 years of histology experience in a regional hospital laboratory and a veterinary "
          "diagnostic laboratory. Embeds and cuts 160-200 blocks a shift with a recut rate under 1%, runs routine "
          "and special stains and immunohistochemistry, and keeps inspection-ready records. Looking to bring "
          "veterinary tissue experience into preclinical research."),
    ("h", "Certifications"),
    ("b", "HT(ASCP) - ASCP Board of Certification, 2017"),
    ("b", "HTL(ASCP) - exam scheduled November 2026 (eligible through B.S. completed 2025)"),
    ("h", "Technical Skills"),
    ("b", "Grossing and accessioning: grossing of small biopsies under pathologist supervision; cassette and slide "
          "labeling on Leica IPC/IPS printers; wet tissue retention"),
    ("b", "Processing and embedding: Tissue-Tek VIP 6 AI processors; Tissue-Tek TEC 6 embedding centers; "
          "fixation in 10% NBF; paraffin embedding of biopsies, resections and bone; decal with formic acid and EDTA"),
    ("b", "Sectioning: Leica RM2235 rotary microtome, 3-5 micron sections, levels and serial sections; frozen "
          "sections on the Leica CM1950 cryostat"),
    ("b", "Staining: hematoxylin and eosin on the Tissue-Tek Prisma Plus with Film coverslipper; special stains - "
          "Masson's trichrome, PAS, GMS, AFB, iron stain, reticulin, LFB, Congo red"),
    ("b", "Immunohistochemistry: Ventana BenchMark ULTRA, about 60 antibodies; HER2 and PD-L1 controls"),
    ("b", "Digital pathology: Aperio AT2 slide scanning for tumor board and outside consults"),
    ("b", "Quality and safety: daily QC, CAP Anatomic Pathology checklist, nonconforming events, SOPs, "
          "chain-of-custody, formaldehyde exposure monitoring"),
    ("b", "Systems: Cerner CoPathPlus, Excel"),
    ("h", "Experience"),
    ("job", "Histotechnician - Big Sioux Valley Medical Center, Sioux Falls, SD - Aug 2020 to Present"),
    ("b", "Embed and section 160-200 blocks per shift of surgical, GI, dermatology and autopsy cases for a 450-bed "
          "regional hospital with a 9-pathologist group."),
    ("b", "Cut frozen sections for intraoperative consults; average turnaround 11 minutes."),
    ("b", "Worked the 3 PM - 11:30 PM evening shift from 2020 to 2023, running processors and stainers and "
          "finishing the day's levels and special stains."),
    ("b", "Perform scheduled maintenance and daily checks on processors, stainers and microtomes; keep temperature "
          "and reagent logs."),
    ("b", "Process autopsy and coroner cases with chain-of-custody documentation for medicolegal specimens."),
    ("b", "Archived blocks and slides under the 10-year retention policy and complete block and slide "
          "reconciliation at the end of each shift."),
    ("b", "Document nonconforming events and corrective actions; CAP inspections in 2022 and 2024 closed with no "
          "histology deficiencies."),
    ("b", "Process and section mouse tissues for university investigators through the hospital's research "
          "histology core (about 15% of volume)."),
    ("b", "Trained 5 new histotechnicians and 4 student interns on embedding and sectioning."),
    ("job", "Histology Technician - Prairie State Veterinary Diagnostic Laboratory, Brookings, SD - Jun 2017 to Jul 2020"),
    ("b", "Processed canine and feline biopsies and postmortem tissues from bovine and equine cases for 4 "
          "veterinary pathologists; about 120 blocks per day."),
    ("b", "Handled decal of bone and hoof samples and cut large-format blocks."),
    ("b", "Ran routine and special stains by hand and on a linear stainer; kept stain QC records."),
    ("h", "Education"),
    ("p", "B.S., Biology (degree completion) - Dakota Plains University, Sioux Falls, SD - 2025"),
    ("p", "A.A.S., Histotechnology - Missouri River Technical College, Mitchell, SD - 2017 (NAACLS-accredited)"),
    ("h", "Professional Affiliations"),
    ("b", "National Society for Histotechnology (NSH), member since 2016"),
    ("b", "Dakota Histology Society, secretary 2023-2025; co-presented the poster \"Cutting recuts: a bench-level "
          "audit of embedding errors\" with Sakura Ito at the 2024 regional meeting"),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
