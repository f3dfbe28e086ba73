"""Build resume.pdf for heldout51-uk-medical-laboratory-assistant.

Layout quirks: PDF with a UK personal statement, key skills in two columns (labels ending ':'),
employment history before education, a training block after education and a References line.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("name", "KEELEY A. ADEBAYO"),
    ("contact", "Flat 3, 21 Brindley Road, Stockport SK4 2HD  |  0161 555-0142  |  keeley.adebayo@example.com"),
    ("h", "Personal Statement"),
    ("p", "Medical Laboratory Assistant with three years in NHS and independent pathology laboratories, most of it "
          "in a busy specimen reception serving Blood Sciences, Microbiology and Cellular Pathology. Quick and "
          "accurate at booking in, confident with centrifuges, track loading and send-away samples, and working "
          "towards a trainee Biomedical Scientist post through the IBMS route."),
    ("h", "Key Skills"),
    ("cols", [
        ("Specimen reception:", "Laboratory and safety:"),
        ("Booking in on WinPath and PAS", "Centrifuging (Hettich Rotanta, Rotina)"),
        ("Order comms requests (Cyberlab)", "Aliquoting and sample sorting"),
        ("Sample acceptance policy and rejections", "Beckman Coulter Power Express track"),
        ("NHS number and demographic checks", "Sysmex XN-1000 rack loading"),
        ("Send-away samples, UN3373 packaging", "Blood culture bottles (BacT/ALERT)"),
        ("Sample archive filing and retrieval", "Class II microbiological safety cabinet"),
        ("Quality:", "COSHH, clinical waste segregation"),
        ("SOPs, Q-Pulse, Datix", "Infection control, hand hygiene, PPE"),
        ("IQC loading, fridge and freezer temps", "IT:"),
        ("UKAS ISO 15189 assessments", "Microsoft Word, Excel and Outlook"),
        ("Non-conformance logging", "Fast, accurate data entry"),
    ]),
    ("h", "Employment History"),
    ("job", "Medical Laboratory Assistant (Band 2) - Central Specimen Reception, Mersey Meadows Teaching Hospitals "
            "NHS Trust, Stockport - October 2022 to present"),
    ("b", "Receive, sort and book in 900-1,200 samples a shift for Blood Sciences, Microbiology and Cellular "
          "Pathology on the laboratory information system (LIS), WinPath; booking error rate under 0.2% on monthly audit."),
    ("b", "Receipt electronic requests from Cyberlab order comms and check NHS number, patient demographics and "
          "request details against each sample; register paper requests from 60 GP surgeries."),
    ("b", "Apply the sample acceptance policy and the BSH zero tolerance labelling rules for blood bank samples; "
          "reject around 40 unlabelled or mislabelled samples a week and log each one as a non-conformance."),
    ("b", "Centrifuge up to 400 samples an hour on six Hettich Rotanta and Rotina centrifuges, aliquot for "
          "send-away tests and flag haemolysed or underfilled samples to the duty Biomedical Scientist, cutting "
          "pre-analytical errors reaching the analysers."),
    ("b", "Load and clear input and output racks on the Beckman Coulter Power Express track and load Sysmex "
          "XN-1000 analysers at peak times; keep urgent samples (potassium, ammonia on ice) moving within 15 "
          "minutes of arrival."),
    ("b", "Unload the air tube system station and prioritise ED and ward urgents over GP work during the "
          "evening peak."),
    ("b", "Load IQC material and carry out daily maintenance on centrifuges; record fridge and freezer "
          "temperatures and escalate excursions to the section lead."),
    ("b", "Pack and dispatch 150-200 send-away samples a day to reference laboratories as UN3373 Category B, "
          "and file and retrieve samples from the sample archive for add-on requests."),
    ("b", "Helped prepare reception for our UKAS ISO 15189 reassessment in 2024 by rewriting four SOPs in "
          "Q-Pulse; no findings were raised against the reception area."),
    ("b", "Report incidents on Datix; stock control lead for reception consumables since 2024."),
    ("job", "Laboratory Assistant - Microbiology, Northgate Diagnostics Ltd, Manchester - September 2021 to "
            "September 2022"),
    ("b", "Set up 250-300 urines, swabs and faeces a day on the BD Kiestra InoqulA and by hand, and loaded "
          "blood culture bottles onto BacT/ALERT VIRTUO instruments."),
    ("b", "Poured and quality checked agar plates and broths, recording lot numbers and expiry dates."),
    ("b", "Processed all open specimens in a Class II microbiological safety cabinet; segregated clinical "
          "waste and autoclaved discard for collection."),
    ("job", "Customer Assistant (part time) - Boots UK, Stockport - June 2019 to August 2021"),
    ("b", "Till, stock and pharmacy counter support while studying; store customer care award 2020."),
    ("h", "Education"),
    ("b", "BTEC Level 3 National Extended Diploma in Applied Science (D*DD) - Stockport College, 2021"),
    ("b", "A level Biology (C) - Stockport College, 2021"),
    ("b", "9 GCSEs at grades 9-4 including English Language (6) and Maths (5) - Marple Hall School, 2019"),
    ("h", "Training and Certificates"),
    ("b", "IBMS Certificate of Achievement Part I - training portfolio in progress, completion expected March 2026"),
    ("b", "Statutory and mandatory training up to date on ESR (Electronic Staff Record): fire safety, manual "
          "handling, infection control, and Data Security Awareness including GDPR"),
    ("b", "Safe transport of diagnostic specimens (UN3373) - in-house course, 2023"),
    ("h", "References"),
    ("p", "Available on request."),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
