"""Build resume.pdf for heldout45-relationship-dna-testing-analyst.

Layout quirks: one-page-plus PDF, a Certifications block straight after the contact block (with a credential
still being pursued), and the skills in two columns.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("name", "Marisol T. Venegas, M.S."),
    ("contact", "2718 Glenmore Avenue, Cincinnati, OH 45211  |  (513) 555-0163  |  marisol.venegas@example.com"),
    ("h", "Certifications & Training"),
    ("b", "Technologist in Molecular Biology, MB(ASCP) - eligible; exam scheduled March 2027"),
    ("b", "OSHA Bloodborne Pathogens training - completed annually, current through 2026"),
    ("b", "Promega and Thermo Fisher STR interpretation workshops, 2024 and 2025"),
    ("h", "Summary"),
    ("p", "DNA analyst with three years in an AABB-accredited parentage testing laboratory and forensic DNA "
          "training from a crime laboratory internship. Comfortable across the whole workflow, from cheek swab "
          "kit intake and chain-of-custody review to STR typing, CE, kinship statistics and technical review. "
          "About 9,000 cases a year through my bench with no amended reports for analyst error since 2024."),
    ("h", "Skills"),
    ("cols", [
        ("Laboratory methods:", "Analysis, statistics and QC:"),
        ("Cheek swab and FTA card processing", "GMIDX v1.6 genotype calls"),
        ("Chelex and EZ1 Advanced XL extraction", "Stutter, pull-up, mutation review"),
        ("qPCR: Quantifiler Trio (QuantStudio 5)", "CPI, probability of paternity"),
        ("GlobalFiler and Yfiler Plus kits", "Sibship index, Familias 3"),
        ("Direct amp of FTA punches", "Allele frequency databases"),
        ("ProFlex 96-well PCR System", "QC trending, CAPA, internal audits"),
        ("ABI 3500xL CE, spectral calibration", "LIMS, MS Excel, Word"),
    ]),
    ("h", "Experience"),
    ("job", "DNA Laboratory Technologist II, Parentage Testing - Tri-River Genetic Identity Services, Cincinnati, OH "
            "- Aug 2023 to Present"),
    ("b", "Process 35-50 legal and peace-of-mind cases a day in an AABB-accredited parentage testing laboratory "
          "working to the AABB parentage testing standards (about 9,000 cases a year)."),
    ("b", "Accessioned cheek swab kits and verified chain-of-custody forms, photo ID and collector signatures; cut "
          "documentation holds from 6% to 2.5% of cases by rewriting the collector checklist."),
    ("b", "Performed DNA extraction with Chelex and on two EZ1 Advanced XL instruments; quantified blood and tissue "
          "extracts by qPCR with Quantifiler Trio."),
    ("b", "Amplified autosomal STRs with GlobalFiler on ProFlex thermal cyclers, including direct amp of FTA card "
          "punches; ran Yfiler Plus Y-STR typing for about 300 paternal-lineage cases a year."),
    ("b", "Ran fragment analysis on two ABI 3500xL instruments (CE); performed spectral calibration after array "
          "changes and cut the reinjection rate from 4.1% to 1.8%."),
    ("b", "Reviewed electropherograms in GMIDX, assessing stutter, pull-up and dye blobs; flagged mutations and "
          "exclusions for second review."),
    ("b", "Calculated CPI, probability of paternity, sibship index and other LRs in Familias 3 and a validated "
          "Excel workbook, using allele frequency databases for four population groups."),
    ("b", "Performed technical review of about 120 cases a month for two junior analysts; amended-report rate "
          "under 0.3%."),
    ("b", "Reviewed QC daily (positive and negative controls, allelic ladder placement); completed six CAP parentage "
          "proficiency surveys with 100% concordance; took part in two internal audits and wrote CAPA for four "
          "findings."),
    ("b", "Kept a one-way workflow between pre- and post-amplification rooms; zero contamination events in 2025."),
    ("b", "Handled about 40 USCIS immigration cases a month, including embassy collection kits; tracked all cases in "
          "the laboratory LIMS."),
    ("job", "Forensic Biology Intern - Tri-County Forensic Science Center, Hamilton County, OH - Jan 2023 to Jun 2023"),
    ("b", "Completed DNA casework training under the FBI QAS; ran more than 200 mock and validation samples through "
          "extraction, quantitation, amplification and CE."),
    ("b", "Assisted with a sensitivity study for the M.S. thesis on touch DNA recovery from steering wheels."),
    ("job", "Research Technician, Department of Molecular Genetics - University of the Ohio Valley, Dayton, OH - "
            "Jun 2020 to Jul 2022"),
    ("b", "Prepared NGS libraries for more than 1,100 samples on the Illumina MiSeq for a zebrafish genetics group."),
    ("b", "Managed reagent ordering and a $40,000 supply budget for the PI; trained five undergraduates in sterile "
          "technique and pipetting."),
    ("h", "Education"),
    ("p", "M.S., Forensic Science (DNA concentration) - Ohio Valley State University, Athens, OH, 2023. Relevant "
          "coursework: molecular biology, population genetics, biostatistics, forensic DNA analysis."),
    ("p", "B.S., Biochemistry, minor in Genetics - University of the Ohio Valley, Dayton, OH, 2020."),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
