#!/usr/bin/env python3
"""Build resume.pdf and posting.docx of the heldout7-immunology-mls pair with the writers of build_examples.py."""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_docx, write_pdf  # noqa: E402

RESUME = [
    ("name", "RENATA KOWALCZYK, MT(ASCP)"),
    ("contact", "14 Ferry Road, Old Lyme, CT 06371  |  (860) 555-0148  |  renata.kowalczyk@example.com  |  Open to relocation"),
    ("h", "Summary"),
    (
        "p",
        "Medical technologist with 18 years of clinical laboratory work, the last 11 in a high-volume autoimmune "
        "reference laboratory. Reads 150+ ANA slides a day, pre-reads SPEP/UPEP and IFE for the pathologists, and "
        "takes new assays from validation to go-live. Looking for a specialty immunology bench in the Mountain West.",
    ),
    ("h", "Certification"),
    ("b", "MT(ASCP), ASCP Board of Registry, 2007 (Credential Maintenance current)"),
    ("h", "Technical Skills"),
    (
        "b",
        "Autoimmune IFA: ANA on HEp-2 (titer and pattern), ANCA (c-ANCA, p-ANCA, atypical), anti-dsDNA by CLIFT; "
        "fluorescence microscopy (Zeiss Axio Scope, EUROIMMUN EUROPattern)",
    ),
    ("b", "Immunoassay: ELISA on the DSX four-plate processor; BIO-FLASH; BioPlex 2200 ANA Screen and vasculitis panels"),
    (
        "b",
        "Antibody testing: extractable nuclear antigens (SSA, SSB, Sm, RNP, Scl-70, Jo-1), RF, anti-CCP, "
        "anticardiolipin, tTG-IgA",
    ),
    ("b", "Allergy: RAST panels and total IgE on the ImmunoCAP 250"),
    (
        "b",
        "Proteins: SPEP/UPEP and IFE on the Sebia HYDRASYS 2; M-spike quantitation; FLC kappa/lambda ratio and "
        "quantitative immunoglobulins on the Siemens BN II",
    ),
    ("b", "Infectious serology: HBsAg, anti-HCV, HIV Ag/Ab combo, RPR, TP-PA, rubella IgG"),
    (
        "b",
        "Quality: QC with L-J charts and Westgard rules, external proficiency testing (API and College of American "
        "Pathologists surveys), assay validation, reference range studies",
    ),
    ("b", "Systems: Sunquest and Beaker LIS, Data Innovations Instrument Manager"),
    ("h", "Experience"),
    ("job", "Medical Technologist II - Immunology/Serology, Shoreline Specialty Laboratories, New London, CT - 2014 to Present"),
    ("b", "Read 150-180 ANA IFA slides per day on HEp-2 with titer and pattern; second reader for discordant screens."),
    ("b", "Pre-read about 60 SPEP/UPEP and IFE gels a day and flag M-spike changes for the pathologist on call."),
    (
        "b",
        "Validated the BioPlex 2200 ANA Screen (precision, method comparison with IFA, reference range study on 120 "
        "donors); live in 11 weeks.",
    ),
    ("b", "Moved RAST testing from send-out to the ImmunoCAP 250; turnaround dropped from 6 days to 2."),
    (
        "b",
        "Kept QC and proficiency testing records for 48 assays; the section had zero deficiencies at the last two "
        "College of American Pathologists inspections.",
    ),
    ("b", "Trained 12 new technologists and 20 students on ANA pattern reading."),
    ("job", "Medical Technologist - Thames Valley Hospital, Norwich, CT - 2007 to 2014"),
    ("b", "Generalist on chemistry, hematology and infectious serology; ran hepatitis, HIV Ag/Ab combo and RPR/TP-PA testing."),
    ("b", "Performed SPEP and quantitative immunoglobulins on the BN II; backed up blood bank on weekends."),
    ("b", "Verified and released about 900 results per shift in the Sunquest LIS."),
    ("h", "Education"),
    ("p", "Medical Technology Certificate (NAACLS-accredited) - Eastern Shore School of Medical Technology, Hartford, CT, 2007"),
    ("p", "B.S., Biology - Coastal Connecticut State University, 2006"),
]

POSTING = [
    ("name", "Medical Laboratory Scientist - Immunology/Serology"),
    ("contact", "Treasure Valley Health - Laboratory Services  |  Boise, ID  |  Full time, day shift  |  Req #LAB-25-1183"),
    ("h", "About Us"),
    (
        "p",
        "Treasure Valley Health is a 520-bed regional system with a central laboratory that performs specialty "
        "testing for 40 hospitals and clinics in Idaho, eastern Oregon and northern Nevada. Our Immunology section "
        "runs about 1,200 tests a day.",
    ),
    ("h", "Position Summary"),
    (
        "p",
        "The Medical Laboratory Scientist in Immunology/Serology performs autoimmune, protein and infectious disease "
        "testing, reviews results for accuracy, and keeps the section ready for inspection.",
    ),
    ("h", "Essential Duties"),
    (
        "b",
        "Perform and read antinuclear antibody (ANA) screens by indirect immunofluorescence on HEp-2 cells, with "
        "titer and pattern reporting.",
    ),
    (
        "b",
        "Read ANCA and anti-dsDNA (Crithidia luciliae) slides by fluorescence microscopy and on the NOVA View "
        "automated slide reader.",
    ),
    (
        "b",
        "Run ELISA on the Dynex DSX and chemiluminescent immunoassays, and run multiplex bead assays for ANA and ENA "
        "screening.",
    ),
    ("b", "Perform rheumatoid factor and anti-CCP testing, and specific IgE allergy testing on the Phadia 250."),
    (
        "b",
        "Perform serum and urine protein electrophoresis and immunofixation on the Sebia CAPILLARYS 3 and HYDRASYS 2; "
        "identify M-proteins and pre-read gels for pathologist review.",
    ),
    ("b", "Set up oligoclonal bands on paired CSF and serum."),
    (
        "b",
        "Perform quantitative immunoglobulins and serum free light chains by nephelometry and turbidimetry.",
    ),
    (
        "b",
        "Perform infectious disease serology, including RPR with treponemal confirmation and Lyme disease two-tier "
        "testing.",
    ),
    ("b", "Run quality control and review Levey-Jennings charts against Westgard rules."),
    ("b", "Perform proficiency testing and assist with method validation for new assays."),
    ("b", "Follow CAP and CLIA requirements."),
    ("b", "Verify and release results in the laboratory information system."),
    ("h", "Minimum Qualifications"),
    ("b", "Bachelor's degree in medical laboratory science, medical technology, or a chemical or biological science."),
    ("b", "Completion of a NAACLS-accredited program or equivalent training and experience."),
    ("b", "MLS(ASCP), MLS(AMT), or equivalent certification."),
    ("b", "One year of clinical laboratory experience; new graduates with an immunology rotation are welcome to apply."),
    ("h", "Preferred Qualifications"),
    ("b", "SI(ASCP) certification."),
    ("b", "Experience with Epic Beaker."),
    ("h", "Schedule and Pay"),
    (
        "p",
        "Monday-Friday, 6:30 AM to 3 PM, with one weekend in four and a holiday rotation. Pay range $33.40 - $47.85 "
        "per hour based on experience, plus weekend differential. Relocation assistance available.",
    ),
    ("h", "Benefits"),
    (
        "p",
        "Medical, dental and vision insurance; 403(b) with employer match; paid time off that starts accruing on day "
        "one; tuition assistance; paid continuing education and certification maintenance.",
    ),
    ("h", "Equal Opportunity Employer"),
    (
        "p",
        "Treasure Valley Health is an equal opportunity employer. All qualified applicants will receive consideration "
        "for employment without regard to race, color, religion, sex, sexual orientation, gender identity, national "
        "origin, age, disability, genetic information, or protected veteran status.",
    ),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    write_docx(POSTING, HERE / "posting.docx")
    print("wrote resume.pdf and posting.docx in", HERE.name)
