#!/usr/bin/env python3
"""Build resume.docx for heldout26-cord-blood-processing (contact in the page header, skills in a 2-column table).

Run with: /work/main/.venv/bin/python build.py
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx  # noqa: E402

RESUME = [
    ("contact", "Dana R. Whitfield, MT(ASCP)  |  2715 S. Larkspur Avenue, Sioux Falls, SD 57105  |  (605) 555-0163  |  dana.whitfield@example.com"),
    ("name", "Dana R. Whitfield, MT(ASCP)"),
    ("h", "Summary"),
    ("p", "Cellular therapy technologist with 12 years in public cord blood banking and HPC processing, the last 7 as lead "
          "technologist in a cord blood bank licensed under a Biologics License Application and accredited by NetCord-FACT "
          "and AABB. Strong in cord blood processing, rate-controlled freezing and CD34 enumeration, and the person the lab "
          "calls when a freeze run or an inspection goes sideways."),
    ("h", "Certifications"),
    ("b", "MT(ASCP) - Medical Technologist, ASCP Board of Certification, 2008 (Credential Maintenance current)"),
    ("b", "ASQ Certified Quality Auditor (CQA) - exam scheduled March 2027"),
    ("b", "Lean Six Sigma Yellow Belt, 2022; Green Belt project in progress (expected 2027)"),
    ("h", "Technical Skills"),
    ("table", [
        ("Processing", "Cord blood processing on the AXP AutoXpress platform (RBC/plasma depletion); manual steps in a "
                       "Class II BSC; DMSO/Dextran 40 addition; Terumo TSCD-II sterile welder; RF sealer"),
        ("Cryopreservation & storage", "Rate-controlled freezing in Thermo CryoMed 7456 freezers with freeze curve review; "
                                       "LN2 vapor-phase storage in BioArchive systems; shipping dewars and dry shippers"),
        ("Testing", "Total nucleated cell count and CBC on Sysmex XN-550; CD34 enumeration and 7-AAD viability with the "
                    "BD Stem Cell Enumeration Kit on a BD FACSCanto II; CFU assays (MethoCult); ABO/Rh; sterility testing; "
                    "Endosafe nexgen-PTS"),
        ("Clean room", "EM program (viable air, surface and non-viable particle counts) for an ISO Class 7 clean room; "
                       "gowning qualification; aseptic technique"),
        ("Quality & regulatory", "21 CFR Part 1271 (current Good Tissue Practice), cGMP, CLIA, NetCord-FACT and AABB "
                                 "Standards; SOPs, deviations, CAPA, change control, IQ/OQ/PQ, process validation, "
                                 "internal audits, GDP"),
        ("Systems", "StemLab; eQMS (Veeva Vault QMS); Rees Centron monitoring; ISBT 128 labeling; Excel (pivot tables, "
                    "control charts)"),
    ]),
    ("h", "Professional Experience"),
    ("job", "Lead Cord Blood Processing Technologist - Prairie Rivers Cord Blood Program, Sioux Falls, SD - Jun 2019 to Present"),
    ("b", "Lead a processing team of 7 that handles about 2,400 units per year; 96% of banked units are release-ready within 48 hours of collection."),
    ("b", "Process HPC, Cord Blood units on four AXP AutoXpress devices; raised average post-processing nucleated cell recovery from 78% to 84% after retraining staff on bag-set loading."),
    ("b", "Perform flow cytometry for CD34 enumeration and 7-AAD viability; validated the move from a FACSCalibur to the FACSCanto II in 2021."),
    ("b", "Review every freeze curve and move units to LN2 vapor-phase storage; manage 6 BioArchive systems and the shipping dewars."),
    ("b", "Handle confirmatory typing requests from Be The Match, pull attached segments for testing, and pack units in dry shippers for transplant centers."),
    ("b", "Track IDM testing on maternal samples and HLA typing results through to unit eligibility in StemLab."),
    ("b", "Wrote or revised 41 SOPs; open, investigate and close deviations and CAPA; wrote the corrective action plans (CAPs) for two FDA 483 observations, both closed on follow-up."),
    ("b", "Front-line host for the 2021 and 2024 NetCord-FACT on-site inspections, the 2023 routine FDA inspection and two AABB assessments."),
    ("b", "Coordinate PT events and annual competency assessments for 9 technologists; trained 12 new hires."),
    ("b", "Perform IQ/OQ/PQ on new freezers and BSCs, schedule vendor PMs, and answer Rees Centron alarms on a 1-in-4 on-call rotation."),
    ("b", "Led a waste-stream project that achieved a 35% volume reduction in regulated medical waste from the processing lab."),
    ("job", "Cord Blood Processing Technologist II - Prairie Rivers Cord Blood Program, Sioux Falls, SD - Aug 2014 to May 2019"),
    ("b", "Performed RBC/plasma depletion, DMSO/Dextran 40 addition and rate-controlled freezing for public and family-directed units."),
    ("b", "Made sterile connections with the Terumo TSCD-II and sealed tubing with the RF sealer inside a Class II BSC."),
    ("b", "Inoculated sterility testing samples and ran the Endosafe nexgen-PTS; aerobic and anaerobic bottles were incubated by the hospital microbiology lab."),
    ("b", "Maintained chain of custody and ISBT 128 labeling for every unit from receipt to storage."),
    ("b", "Ran EM sampling and particle counts in the ISO Class 7 clean room."),
    ("b", "Completed CRFs for a multicenter cord blood expansion clinical trial."),
    ("job", "Medical Technologist - Big Sioux Regional Hospital, Sioux Falls, SD - Jun 2008 to Jul 2014"),
    ("b", "Generalist evening bench in hematology, chemistry and blood bank: ABO/Rh typing, antibody screens and crossmatches."),
    ("b", "Ran hematology QC and daily maintenance on the Sysmex analyzers."),
    ("h", "Education"),
    ("p", "B.S., Medical Technology - James River State University, 2008"),
    ("h", "Professional Development"),
    ("b", "NetCord-FACT inspector training course, 2024"),
    ("b", "AABB Annual Meeting, cellular therapy track, 2023 and 2025"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "resume.docx")
