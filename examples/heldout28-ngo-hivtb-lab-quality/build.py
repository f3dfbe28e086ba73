#!/usr/bin/env python3
"""Build resume.docx for heldout28-ngo-hivtb-lab-quality (contact in the page header, skills in a 2-column table)."""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_docx  # noqa: E402

RESUME = [
    ("contact", "Grace Atieno Ouma  |  P.O. Box 1043-40100, Kisumu, Kenya  |  +254 (20) 555-0147  |  grace.ouma@example.com"),
    ("name", "GRACE ATIENO OUMA"),
    ("p", "Medical Laboratory Technologist  |  Laboratory Quality Assurance  |  HIV & TB Diagnostics"),
    ("h", "Profile"),
    ("p", "Medical Laboratory Technologist with 9 years in HIV and TB laboratories in Siaya and Kisumu counties, the last "
          "4 as Quality Assurance focal person for a PEPFAR-supported county referral laboratory. Took the laboratory "
          "from a 1-star SLIPTA score in 2021 to ISO 15189 accreditation by KENAS in 2024. Hands-on with GeneXpert, "
          "HIV-1 viral load, EID and CD4, and at home mentoring spoke sites on EQA, IQC and biosafety. Known for "
          "building a culture of quality that survives staff turnover."),
    ("h", "Core Competencies"),
    ("table", [
        ("Molecular", "GeneXpert IV and XVI (Xpert MTB/RIF Ultra, Xpert HIV-1 Viral Load); Abbott m2000 RealTime "
                      "system (m2000sp / m2000rt); infant HIV DNA PCR (EID) from dried blood spot (DBS) samples"),
        ("Immunology & HIV serology", "CD4 counts on BD FACSCount and Pima CD4 analyser; HIV RDTs (Determine HIV-1/2, "
                      "First Response HIV 1-2-0) on the national serial testing algorithm; Asante rapid recency assay"),
        ("TB microscopy", "ZN and auramine LED-FM smear microscopy for AFB; TB LAM"),
        ("Quality systems", "ISO 15189:2012 (transition to 2022 version under way); SLMTA; SLIPTA checklist; QMS "
                      "documentation, document control and SOPs; IQC with L-J charts and Westgard rules; EQA / "
                      "proficiency testing (NPHL, DTS panels, CDC VL and Xpert panels); internal audits; "
                      "nonconformities and CAPA; method verification"),
        ("Biosafety & equipment", "Class II biological safety cabinets; autoclaves and centrifuges; maintenance "
                      "logbooks; temperature monitoring; colour-coded waste segregation; spill management; PPE"),
        ("Data & commodities", "LIMS (BLIS); NASCOP EID/VL web portal; KHIS; MS Excel (pivot tables, VLOOKUP); "
                      "forecasting and quantification; bin cards; KEMSA orders"),
    ]),
    ("h", "Professional Experience"),
    ("job", "Laboratory Technologist & Quality Assurance Focal Person - Siaya County Referral Hospital Laboratory "
            "(supported by Nyanza Health Alliance) - July 2021 to present"),
    ("b", "Run the QMS of a 24-staff laboratory; led the accreditation project that earned ISO 15189 accreditation "
          "from KENAS in August 2024 for haematology, chemistry, TB and molecular sections."),
    ("b", "Mentored 11 spoke laboratories through SLMTA; 7 moved up at least two stars on their next SLIPTA audit."),
    ("b", "Run GeneXpert testing (about 1,100 cartridges a month) and arrange annual module calibration with the "
          "Cepheid field engineer."),
    ("b", "Coordinate three EQA schemes; 100% satisfactory on CDC VL and Xpert panels 2023-2025. Traced one DTS "
          "failure to a transcription error and closed the CAPA in 9 days."),
    ("b", "Set up the hub and spoke sample referral network for 19 facilities with motorbike riders: triple packaging, "
          "cold chain boxes and TAT tracking from collection to result return. Median VL TAT fell from 18 to 9 days."),
    ("b", "Keep maintenance logbooks, temperature monitoring and service records for 46 pieces of equipment; raise "
          "work orders with the county biomedical engineering unit and schedule preventive maintenance."),
    ("b", "Wrote the method verification for the Xpert HIV-1 Viral Load assay before it went live in 2023."),
    ("b", "Introduced incident reports and a monthly management review; report laboratory indicators in KHIS and "
          "reconcile LIMS against the EID/VL web portal every week."),
    ("job", "Medical Laboratory Technologist - Bondo Sub-County Hospital - March 2017 to June 2021"),
    ("b", "Rotated through serology, haematology, TB microscopy and CD4; ran HIV-1 viral load on the Abbott m2000 "
          "at the regional hub during the 2019 backlog clearance."),
    ("b", "Supervised HTS providers at 6 facilities on the RDT algorithm and DTS proficiency testing rounds."),
    ("b", "Collected and dispatched DBS samples for EID; cut rejected DBS cards from 7% to under 2%."),
    ("b", "Managed laboratory commodities on bin cards with monthly consumption reports and KEMSA orders; no "
          "GeneXpert cartridge stock-outs in 2020."),
    ("b", "Processed sputum for GeneXpert in Class II biological safety cabinets and kept the daily cabinet log."),
    ("job", "Intern Medical Laboratory Technologist - Lakeside Teaching and Referral Hospital, Kisumu - 2016 to 2017"),
    ("b", "Bench rotations in haematology, clinical chemistry, blood transfusion, parasitology and TB."),
    ("h", "Education"),
    ("p", "Master of Public Health (MPH) - Lake Basin University, Kisumu - part-time, in progress, expected 2027"),
    ("p", "BSc (Hons) Medical Laboratory Sciences - Winam University, 2016"),
    ("h", "Registration, Training and Certificates"),
    ("b", "Registered Medical Laboratory Technologist, KMLTTB; annual practising licence current to December 2026"),
    ("b", "ISO 15189 Internal Auditor Training - KENAS, 2022"),
    ("b", "SLMTA Implementer training - 2019"),
    ("b", "IATA DGR, shipping of infectious substances - 2023"),
    ("b", "Good Clinical Laboratory Practice (GCLP) - online course in progress, completion expected February 2027"),
    ("h", "Professional Membership"),
    ("p", "Member, Association of Kenya Medical Laboratory Scientific Officers (AKMLSO)"),
    ("h", "Languages"),
    ("p", "English (fluent), Kiswahili (fluent), Dholuo (native)"),
    ("h", "Referees"),
    ("p", "Available on request."),
]


def main() -> None:
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote resume.docx")


if __name__ == "__main__":
    main()
