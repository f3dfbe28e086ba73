#!/usr/bin/env python3
"""Build resume.pdf of the heldout11-or-integration-tech pair with the PDF writer of build_examples.py.

Run with a Python that has fpdf2.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_pdf  # noqa: E402

RESUME = [
    ("name", "Marcus J. Tiedemann"),
    (
        "contact",
        "62144 Larkspur Ln, Bend, OR 97702  |  (541) 555-0148  |  marcus.tiedemann@example.com",
    ),
    ("h", "Summary"),
    (
        "p",
        "BMET II who came to hospital work from broadcast TV and commercial AV. For the last four years I have been "
        "the go-to biomed for surgical video at a 14-OR hospital: video towers, camera consoles, light sources, "
        "booms and lights, and the OR integration systems that tie them together. I know what a dropped SDI feed "
        "looks like from the control-room side, which helps when a surgeon is waiting on a picture.",
    ),
    ("h", "Experience"),
    (
        "job",
        "BMET II - Surgical Services | Cascade Crest Medical Center, Bend, OR | Aug 2021 - Present",
    ),
    (
        "b",
        "Primary biomed for 14 ORs and the GI lab: Stryker 1588 and 1688 AIM cameras and camera consoles, camera "
        "heads, L10 and L11 light sources, PneumoSure insufflators, Storz IMAGE1 S towers in ENT and urology, and "
        "Olympus EVIS EXERA III (CV-190/CLV-190) in GI.",
    ),
    (
        "b",
        "Cover 6 integrated ORs on SwitchPoint Infinity 3 and 2 EndoALPHA rooms: touch panels, boom monitor "
        "routing and room-to-room video for proctored cases.",
    ),
    (
        "b",
        "Answer case-in-progress calls (average 6 minutes to the room); OR attire and staying out of the sterile "
        "field are second nature.",
    ),
    (
        "b",
        "Replaced the OR 7-12 DVI runs with 12G SDI over fiber extenders; maintain the Extron matrix switchers, "
        "scalers and HDMI-over-HDBaseT links feeding the 4K surgical monitors.",
    ),
    (
        "b",
        "SDC3 video recording: set up DICOM capture from the SDC3s to PACS with Imaging IT (MWL queries, AE "
        "titles, ports) and chase C-STORE failures when studies do not show up.",
    ),
    (
        "b",
        "PMs on 30 Skytron and STERIS Harmony booms and surgical lights: drift and brake adjustments, arm "
        "counterbalance, light-head intensity with a light meter.",
    ),
    ("b", "Electrical safety testing per NFPA 99 with a Fluke ESA620; close every work order in AIMS (our CMMS)."),
    (
        "b",
        "Send cameras and scopes to the Stryker and Storz depot, manage loaners, and work recalls through to "
        "closure.",
    ),
    (
        "b",
        "Tech lead for the 2023 build-out of two new ORs: reviewed the AV riser drawings with the integrator, "
        "did incoming inspections and ran in-service training for OR staff.",
    ),
    (
        "b",
        "Assign static IPs and request VLANs from IT for SDC3s and integration servers; fill out MDS2 forms "
        "for every new networked device.",
    ),
    (
        "b",
        "Swap da Vinci Si vision cart monitors and route the surgeon console feed to the boom monitors on request.",
    ),
    (
        "b",
        "Weekend call rotation also covers patient monitors and telemetry in the CCU and ICU.",
    ),
    ("job", "AV Systems Technician | Summit Peak AV Integration, Portland, OR | Mar 2017 - Jul 2021"),
    (
        "b",
        "Installed, programmed (basic) and serviced Crestron and Extron control systems in conference rooms, "
        "lecture halls and two hospital boardrooms.",
    ),
    (
        "b",
        "Pulled and terminated Cat6/Cat6A and coax; terminated and tested fiber runs; certified copper with a "
        "Fluke DSX.",
    ),
    ("b", "Read schematics and signal-flow drawings; built rack elevations and punch lists for commissioning."),
    (
        "job",
        "Broadcast Maintenance Technician / Master Control Operator | KCXT-TV, Eugene, OR | Jun 2014 - Feb 2017",
    ),
    (
        "b",
        "Maintained the station's SDI plant: Grass Valley router, frame syncs, up/down/cross converters for "
        "720p, 1080i and 1080p.",
    ),
    (
        "b",
        "Checked levels and timing on Tektronix and Leader waveform monitors; component-level board repair with "
        "a DMM and scope.",
    ),
    ("h", "Certifications & Training"),
    ("b", "AVIXA CTS (Certified Technology Specialist), 2019, renewed 2025"),
    ("b", "CompTIA Network+, 2022"),
    ("b", "AAMI CBET - approved candidate, exam scheduled June 2026"),
    ("b", "Stryker Endoscopy 1688 AIM service school, San Jose, 2023"),
    ("b", "Skytron boom and surgical light service training, 2022"),
    ("h", "Technical Skills"),
    (
        "p",
        "Video: surgical video, video routing, SDI (3G/12G), HDMI, DVI, HDBaseT, fiber extenders, matrix "
        "switchers, scalers, 4K surgical monitors (Sony, Barco)",
    ),
    ("p", "Networking: TCP/IP, static IPs, VLANs, basic Wireshark captures"),
    (
        "p",
        "Test equipment: Fluke ESA620, DMM, Tektronix/Leader waveform monitors, light meter, Fluke DSX cable "
        "analyzer",
    ),
    ("p", "Other: valid OR driver's license, comfortable on ladders and scissor lifts"),
    ("h", "Education"),
    ("p", "A.A.S., Electronics Technology - Central Cascades Community College, Bend, OR, 2014"),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote resume.pdf in", HERE.name)
