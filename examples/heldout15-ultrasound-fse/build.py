#!/usr/bin/env python3
"""Build resume.docx of the heldout15-ultrasound-fse pair with the DOCX writer of build_examples.py.

Section headings are letter-spaced ("E X P E R I E N C E") and the skills are a two-column table.
The engineer trained and worked in the UK before moving to a US OEM service organisation, so some
spellings are British. Run with a Python that has python-docx.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_docx  # noqa: E402

RESUME = [
    ("name", "Rhys D. Callaghan"),
    (
        "contact",
        "412 Larchmont Ave, Steubenville, OH 43952  |  (740) 555-0163  |  rhys.callaghan@example.com  |  "
        "US permanent resident",
    ),
    ("h", "P R O F I L E"),
    (
        "p",
        "Ultrasound field service engineer with eleven years on the tools: the last four in an OEM's US ultrasound "
        "service organisation, and seven before that in the UK with a manufacturer-authorised service partner "
        "looking after NHS hospitals. Board-level fault-finding on general imaging, cardiac (echo) and OB/GYN "
        "systems, probe testing, DICOM connectivity and image quality checks. Used to covering a big patch on my "
        "own and keeping contract uptime where it should be.",
    ),
    ("h", "K E Y   S K I L L S"),
    (
        "table",
        [
            (
                "Systems",
                "Aurivance Clarus 9, Clarus 7 and Clarus CV (OEM fleet)\n"
                "GE LOGIQ E9, Vivid E95, Voluson E10; Philips EPIQ 7G, Affiniti 70, iE33 (multivendor contracts)\n"
                "Aplio i800, i700 and Aplio 500 (Toshiba / Canon); SonoSite Edge II and X-Porte (POCUS)",
            ),
            (
                "Hardware",
                "Front-end/beamformer boards, Tx/Rx boards, motherboards, PSUs, HDDs/SSDs, operator panels and "
                "trackballs; multimeter and scope work down to board level",
            ),
            (
                "Probes",
                "FirstCall aPerio probe testing (dead elements, lens delamination, cable and strain relief faults); "
                "TOE probe leakage checks; articulation checks",
            ),
            (
                "Software",
                "Software reloads and upgrades, option licences, customer presets backup/restore, "
                "Windows 7/10 embedded, remote service tools",
            ),
            (
                "Connectivity",
                "DICOM MWL, C-STORE to PACS, storage commit, DICOM SR for OB and echo calcs, AE titles, "
                "static IPs and VLANs with hospital IT; DVTk for log review",
            ),
            (
                "Image quality",
                "ATS 539 multipurpose phantom: penetration depth, resolution (axial, lateral), uniformity, caliper "
                "accuracy; ACR and ICAEL QC support for customers",
            ),
            (
                "Electrical safety",
                "IEC 62353 and 60601-1 leakage limits; Rigel 288+ (UK), Fluke ESA620 (US)",
            ),
            (
                "Admin",
                "Salesforce FSL for calls, SAP PM module for parts and orders, service reports the same day",
            ),
        ],
    ),
    ("h", "E X P E R I E N C E"),
    (
        "job",
        "Sr. Field Service Engineer, Ultrasound - Aurivance Medical Systems, Inc. (US Service Organisation), "
        "Pittsburgh, PA region - Aug 2022 to Present",
    ),
    (
        "b",
        "Cover 85 accounts across western PA, eastern Ohio and the West Virginia panhandle for the Clarus fleet "
        "and our multivendor ultrasound contracts (GE and Philips), about 1,100 miles a week.",
    ),
    (
        "b",
        "PPMs and breakdown calls; 88% first-time fix and 98.5% uptime on contracted accounts in 2025, against a "
        "97% contract target.",
    ),
    (
        "b",
        "Board-level fault-finding on front-end/beamformer boards, PSUs and motherboards; RMA of failed boards "
        "to the depot with failure notes for the repair line.",
    ),
    (
        "b",
        "Installs and de-installs of new systems and trade-ins; software reloads, upgrades and option licences.",
    ),
    (
        "b",
        "Worked FMIs and field safety notices (FSNs) across the Clarus fleet, including a 2024 PSU retrofit on "
        "140 systems.",
    ),
    (
        "b",
        "Set up MWL, C-STORE and storage commit with hospital IT and PACS admins; mapped DICOM SR so OB and echo "
        "measurements land in the reporting system.",
    ),
    ("b", "Wipe patient data from HDDs before trade-ins leave site and leave the customer a certificate."),
    (
        "job",
        "Field Service Engineer, Ultrasound - Pennant Medical Imaging Ltd, Warrington, UK - May 2015 to Jul 2022",
    ),
    (
        "b",
        "Authorised service partner for Toshiba (from 2018 Canon) ultrasound across NHS trusts in the North West: "
        "Aplio i800, i700 and 500, Xario and Viamo.",
    ),
    (
        "b",
        "PPMs to manufacturer schedules and IEC 62353 electrical safety tests with a Rigel 288+; breakdown "
        "response to a 4-hour target under NHS maintenance contracts.",
    ),
    (
        "b",
        "Probe testing on a FirstCall aPerio and TOE probe leakage checks for the cardiology and theatres teams.",
    ),
    (
        "b",
        "Monthly phantom checks for the breast screening and obstetric units; wrote the colour Doppler and "
        "penetration test sheets the trusts still use.",
    ),
    ("b", "GDPR-compliant disk wipes on decommissioned systems; work logged under Pennant's ISO 13485 system."),
    (
        "job",
        "Apprentice Electronics Technician - Halewood Avionics Repair, Liverpool, UK - Sep 2011 to Apr 2015",
    ),
    ("b", "Bench repair of avionics power supplies and displays to component level; IPC soldering."),
    ("h", "E D U C A T I O N   &   T R A I N I N G"),
    ("p", "HNC Electrical and Electronic Engineering - Mersey Vale College, Liverpool, 2014"),
    ("p", "Aurivance Clarus service school, Levels 1-3, 2022-2023"),
    ("p", "Philips EPIQ and Affiniti service training (purchased OEM course), Bothell, WA, 2023"),
    ("p", "Toshiba Medical Aplio factory training, Zoetermeer, NL, 2016 and 2019"),
    ("h", "C E R T I F I C A T I O N S   &   L I C E N C E S"),
    ("b", "CompTIA Network+ - studying, exam booked Jan 2027"),
    ("b", "Ohio driver's licence, clean MVR; full UK driving licence"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx")
    print("wrote resume.docx in", HERE.name)
