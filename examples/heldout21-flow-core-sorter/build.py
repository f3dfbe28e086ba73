#!/usr/bin/env python3
"""Build resume.docx for heldout21-flow-core-sorter (contact block in the page header, skills in a table)."""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_docx  # noqa: E402

RESUME = [
    ("contact", "Theodora \"Teddy\" Marsh  |  14120 E. Colfax Ave., Apt 6B, Aurora, CO 80011  |  (720) 555-0163  |  teddy.marsh@example.com"),
    ("name", "THEODORA (TEDDY) MARSH"),
    ("p", "Flow Cytometry Technologist  |  Cell Sorting  |  Shared Resource Operations"),
    ("h", "Summary"),
    ("p", "Core facility flow cytometry technologist with 9 years at the bench and 5 years running cell sorters for a "
          "260-user shared resource lab (SRL). I run the sorts people are nervous about: sterile sorts of precious "
          "patient material, index sorts into plates for scRNA-seq, and BSL-2+ sorts of unfixed human and "
          "lentivirus-transduced cells. I also handle the parts of core life that are not on the instrument: "
          "training, SOPs, billing and the IBC paperwork."),
    ("h", "Certifications & Training"),
    ("b", "SCYM(ASCP) Specialist in Cytometry - eligibility approved; exam scheduled February 2027"),
    ("b", "Laser Safety Officer training, Laser Institute of America LSO course, 2023"),
    ("b", "Bloodborne pathogens training and BSL-2 biosafety training (annual, current through 2027)"),
    ("b", "BD FACSAria Fusion operator/maintenance course, BD Biosciences, San Jose, 2021"),
    ("h", "Technical Skills"),
    ("table", [
        ("Cell sorters", "BD FACSAria Fusion and BD FACSAria III (70/85/100/130 um nozzles); Beckman Coulter MoFlo "
                         "Astrios EQ; Sony SH800S. All jet-in-air; operator-assisted sorts and user-run sorts."),
        ("Analyzers", "BD LSRFortessa X-20, LSR II, FACSCanto II; BD FACSymphony A5 SE; Cytek Northern Lights (spectral cytometry); "
                      "Attune NxT"),
        ("Sorting", "Sterile sorts, 4-way purity sorts, single-cell deposition and index sorting into 96/384-well "
                    "plates, drop delay with Accudrop, drop break-off and stream troubleshooting, clog recovery, "
                    "post-sort reanalysis"),
        ("Instrument QC", "CS&T, Spherotech 8-peak Rainbow beads, L-J charts, PMT voltage optimization, laser "
                          "alignment, fluidics maintenance, PMs and repair visits with BD and Beckman field service"),
        ("Biosafety", "BSL-2 and BSL-2+ sorting; Class II BSC enclosures (Baker BioProtect IV); AMS checks; Glo Germ "
                      "bead containment test per ISAC cell sorter biosafety standards; decon; PAPR"),
        ("Panels & analysis", "High-parameter panel design, compensation, spectral unmixing (SpectroFlo), FMOs, "
                              "fixable viability dyes, gating strategies; FlowJo v10, FACSDiva 9, FCS Express 7; "
                              "R (flowCore) for batch QC"),
        ("Core operations", "Stratocore PPMS (calendars, billing, usage reports), user training and sign-off, "
                            "SOP writing, reagent and sheath fluid inventory"),
    ]),
    ("h", "Experience"),
    ("job", "Flow Cytometry Technologist II - Cytometry Shared Resource, Front Range University School of Medicine, "
            "Aurora, CO - June 2021 to present"),
    ("b", "Run about 650 operator-assisted sorts a year on two BD FACSAria Fusions and a MoFlo Astrios EQ; most are "
          "unfixed human PBMC, tumor digests or lentivirus-transduced lines sorted under BSL-2+."),
    ("b", "Built the core's Glo Germ containment test and monthly AMS checks; wrote the sorter biosafety SOPs and "
          "risk assessments that the IBC approved in 2022 and renewed in 2025; liaise with EHS on spills and "
          "incident reports."),
    ("b", "Set up index sorting and plate sorts for scRNA-seq (Smart-seq2) and bulk sorts ahead of 10x Genomics "
          "Chromium runs for 14 labs."),
    ("b", "Own daily instrument QC on the sorters and run preventive checks between vendor PMs; kept sorter "
          "uptime above 97% in FY2025."),
    ("b", "Trained and signed off 140 independent analyzer users; co-teach a 2-day spectral panel design workshop "
          "each spring."),
    ("b", "Administer PPMS for 9 instruments: calendars, usage reports and monthly billing; pulled three years of "
          "usage data for the finance office when the core reset its recharge rates in 2025."),
    ("job", "Research Associate II - Department of Immunology, Colorado Plains University, Fort Collins, CO - "
            "2017 to 2021"),
    ("b", "Designed and ran 18-color T-cell exhaustion panels on the BD FACSymphony A5 SE and maintained the lab's "
          "FACSCanto II."),
    ("b", "Independent user of the core's BD FACSAria III; ran my own sterile sorts for adoptive transfer "
          "experiments."),
    ("b", "Helped plan experimental design and controls for two R01-funded projects."),
    ("h", "Education"),
    ("p", "M.S., Biomedical Sciences (part-time) - Front Range University; in progress, expected May 2027"),
    ("p", "B.S., Microbiology - Colorado Plains University, 2017"),
    ("h", "Professional Affiliations"),
    ("b", "International Society for Advancement of Cytometry (ISAC) member since 2019; poster at CYTO 2024 on "
          "aerosol containment testing"),
    ("b", "Rocky Mountain Flow Cytometry Users Group, organizing committee"),
]


def main() -> None:
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote resume.docx")


if __name__ == "__main__":
    main()
