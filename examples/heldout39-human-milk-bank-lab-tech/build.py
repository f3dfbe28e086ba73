"""Build posting.docx and resume.pdf for heldout39-human-milk-bank-lab-tech.

Posting: a Word file from a nonprofit donor human milk bank (HMBANA member).
Resume: one-page PDF with a two-column skills block; the applicant is an MLT from a hospital microbiology and
specimen processing bench who also spent two years in a dairy cooperative QC lab, with a B.S. still in progress.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

POSTING = [
    ("name", "Laboratory Technician II - Donor Milk Processing & Quality Control"),
    ("p", "Two Rivers Donor Milk Bank, Inc.  |  Sioux Falls, SD  |  Full-time, days  |  Requisition 26-014"),
    ("h", "About Two Rivers"),
    ("p", "Two Rivers Donor Milk Bank is a nonprofit, HMBANA-accredited milk bank that screens donors and processes, "
          "tests and dispenses pasteurized donor human milk (PDHM) to 41 neonatal intensive care units and to "
          "outpatient families across the Dakotas, Minnesota, Iowa and Nebraska. Last year our team of eleven turned "
          "148,000 ounces of donated breast milk into safe nutrition for premature and medically fragile infants, "
          "and every bottle we release can be traced back to the mothers who gave it."),
    ("h", "What You Will Do"),
    ("b", "Review each donor's screening file before her milk is released to processing: confirm that donor "
          "screening serology for HIV-1/2, HTLV-I/II, hepatitis B surface antigen (HBsAg), hepatitis C antibody "
          "(anti-HCV) and syphilis is complete, non-reactive and current, and refer any discrepancy to the Donor "
          "Services RN."),
    ("b", "Thaw raw donor milk and carry out pooling under aseptic technique in a Class II biosafety cabinet; build "
          "each pool from three to five donors to meet target caloric content, then bottle, cap and label it."),
    ("b", "Run Holder pasteurization (62.5 \u00b0C for 30 minutes) on Sterifeed S90 pasteurizers or equivalent; "
          "review the time/temperature printout for every cycle, then release or reject the batch."),
    ("b", "Inoculate pre-pasteurization cultures on every pool and post-pasteurization cultures on every batch "
          "(blood agar and MacConkey agar); read plates at 24 and 48 hours, do colony counts and Gram stains, and "
          "reject pools above 10^5 CFU/mL total or 10^4 CFU/mL of Staphylococcus aureus or Enterobacteriaceae. Any "
          "growth after pasteurization means the batch is discarded."),
    ("b", "Measure creamatocrit (CMT) in duplicate on every pool and run macronutrient analysis (fat, protein, "
          "carbohydrate, kcal/oz) on the Miris Human Milk Analyzer; perform daily calibration checks and QC and "
          "chart the results."),
    ("b", "Monitor and record temperatures of donor milk freezers (-20 \u00b0C), ultra-low freezers (-80 \u00b0C), "
          "refrigerators and the walk-in cold room on our continuous temperature monitoring system (Rees Centron) "
          "and on paper temperature logs; take after-hours alarm calls on a rotating on-call schedule."),
    ("b", "Keep lot traceability from donor to recipient hospital: assign pool and batch numbers, print ISBT 128 "
          "bottle labels and keep the milk bank inventory current."),
    ("b", "Clean, sanitize and perform preventive maintenance on pasteurizers, the biosafety cabinet and freezers; "
          "verify thermometers and probes every quarter against a NIST-traceable reference thermometer."),
    ("b", "Collect environmental monitoring samples in the processing room every week (ATP bioluminescence and "
          "contact plates) and trend the results."),
    ("b", "Document deviations, nonconformances and CAPA; take part in internal audits, mock recalls, the HMBANA "
          "accreditation site visit and any FDA or state health department inspection."),
    ("b", "Write and revise SOPs and train volunteers and new staff on processing-room procedures."),
    ("h", "What You Need"),
    ("b", "Associate degree in Medical Laboratory Technology, Microbiology or a related biological science, or an "
          "equivalent combination of education and experience."),
    ("b", "At least 2 years of bench experience in clinical microbiology, food microbiology or a dairy laboratory."),
    ("b", "Solid bacteriology skills: aseptic technique, plate streaking, colony counts and Gram stain "
          "interpretation."),
    ("b", "Working knowledge of HACCP principles and FDA food-safety rules (Food Safety Modernization Act), and "
          "willingness to learn and work to the HMBANA Standards for Donor Human Milk Banking."),
    ("b", "Habit of recording temperatures and reviewing charts under Good Documentation Practices."),
    ("b", "Able to stand for long periods, lift 40 lb and work in a cold room for up to 20 minutes at a time."),
    ("h", "Nice to Have"),
    ("b", "MLT(ASCP) or MLT(AMT) certification; MLS(ASCP) welcome."),
    ("b", "Bachelor's degree in a biological, chemical or clinical laboratory science."),
    ("b", "Experience in a human milk bank, NICU milk room, blood bank or tissue bank."),
    ("b", "ServSafe Food Protection Manager or Preventive Controls Qualified Individual (PCQI) training."),
    ("b", "Hands-on time with a mid-infrared (MIR) milk analyzer."),
    ("b", "Experience with a laboratory information system, Microsoft Excel and barcode label printers."),
    ("h", "Schedule, Pay and Benefits"),
    ("p", "Monday through Friday, 7:00 AM to 3:30 PM, plus one Saturday processing shift a month and a rotating "
          "on-call week for freezer alarms (about one week in six). Pay: $22.50 to $28.75 an hour, depending on "
          "certification and experience, with a $1.25/hour differential for Saturday shifts. Medical, dental and "
          "vision from day one; 403(b) with a 4% match; 160 hours of PTO; tuition help of up to $3,000 a year."),
    ("p", "Reports to: Jenna Holder, MS, Laboratory and Quality Manager"),
    ("p", "Two Rivers Donor Milk Bank is an equal opportunity employer. We consider all qualified applicants without "
          "regard to race, color, religion, sex, sexual orientation, gender identity, national origin, age, "
          "disability, veteran status or any other protected status."),
]

RESUME = [
    ("name", "TAMSIN R. VUKOVICH, MLT(ASCP)CM"),
    ("contact", "2215 Larkspur Avenue, Sioux Falls, SD 57106  |  (605) 555-0163  |  tamsin.vukovich@example.com"),
    ("h", "Summary"),
    ("p", "Medical laboratory technician with five years on the clinical micro and specimen processing benches of a "
          "310-bed hospital, including donor milk cultures for a regional milk bank, plus two years in a dairy QC "
          "lab. Careful with aseptic technique, cold-chain records and plate reading."),
    ("h", "Certifications"),
    ("b", "MLT(ASCP)CM - ASCP Board of Certification, 2021"),
    ("b", "ServSafe Manager - National Restaurant Association, 2019 (renewed 2024)"),
    ("h", "Skills"),
    ("cols", [
        ("Bacteriology:", "Cold chain and quality:"),
        ("SBA, MAC, CNA and CHOC plates", "TempTrak wireless temperature monitoring"),
        ("Streaking for isolation, colony counts", "-80 \u00b0C ULT freezers, daily temp logs"),
        ("Gram stains, CFU/mL quantitation", "NIST-certified thermometer checks"),
        ("VITEK 2, VITEK MS, BacT/ALERT 3D", "Environmental monitoring, RODAC plates"),
        ("Class II A2 BSC", "3M Clean-Trace ATP swabs"),
        ("Serology and milk testing:", "HACCP, FSMA, good documentation practice"),
        ("HIV-1/2 Ag/Ab, HBsAg, HCV Ab, RPR", "Epic Beaker, MS Excel, Zebra ZT410"),
        ("Crematocrit, Bentley FTS components", ""),
    ]),
    ("h", "Experience"),
    ("job", "MLT, Microbiology & Specimen Processing - Big Sioux Regional Medical Center - 2021 to Present"),
    ("b", "Plate, read and work up 90-120 cultures a shift; IDs on VITEK MS, susceptibilities on VITEK 2."),
    ("b", "Set up about 60 donor milk cultures a week for a regional milk bank: raw-milk screening cultures on each "
          "pool and post-pasteurization sterility checks, with quantitative colony counts read against Human Milk "
          "Banking Association of North America limits for S. aureus and Enterobacterales."),
    ("b", "Run crematocrits on NICU expressed breast milk (about 25 a week): capillary tubes filled from sterile "
          "Pasteur pipettes and spun in the microhematocrit centrifuge."),
    ("b", "Cover the serology bench one day a week: HIV-1/2 Ag/Ab, HBsAg, HCV Ab and RPR."),
    ("b", "Watch 34 refrigerators and ULT freezers on TempTrak; answer after-hours alarms 24/7."),
    ("b", "Perform scheduled maintenance on the BacT/ALERT 3D and BSCs; log nonconforming events and corrective "
          "and preventive action; two CAP inspections with no micro deficiencies."),
    ("b", "Lead the evening processing team (3 PM to 11:30 PM): accession 700+ specimens a shift in Epic Beaker and "
          "cut unlabeled-specimen rejections 35%. Rewrote 9 standard operating procedures."),
    ("job", "Laboratory Assistant (part-time) - Tri-County Dairy Cooperative Quality Lab - 2019 to 2021"),
    ("b", "Ran Standard Plate Counts and Petrifilm coliform counts on raw and finished milk; confirmed HTST "
          "pasteurization with alkaline phosphatase tests on every lot."),
    ("b", "Did milk component testing (fat, protein, lactose) on the Bentley FTS with daily calibration checks."),
    ("b", "Took environmental monitoring and ATP swabs; logged HACCP CCP checks and FSMA records; helped run "
          "quarterly mock recalls, with lot tracking from farm pickup to finished case in under 2 hours."),
    ("h", "Education"),
    ("p", "B.S., Medical Laboratory Science (MLT-to-MLS) - Dakota Plains State University - in progress, "
          "expected May 2027"),
    ("p", "A.A.S., Medical Laboratory Technician - Southeast Prairie Technical College, Sioux Falls, SD, 2021"),
]

if __name__ == "__main__":
    write_docx(POSTING, HERE / "posting.docx")
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "posting.docx", HERE / "resume.pdf")
