#!/usr/bin/env python3
"""Build resume.docx for heldout36-sendout-testing-coordinator (contact in page header, skills in a table,
letter-spaced SKILLS heading)."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("contact", "Tamsin R. Quest, MLT(ASCP)CM  |  905 Yellowstone Ave, Billings, MT 59101  |  (406) 555-0163  |  tamsin.quest@example.com"),
    ("name", "TAMSIN R. QUEST"),
    ("h", "Summary"),
    ("p", "Medical laboratory technician with nine years in a 300-bed hospital laboratory: three years in central specimen "
          "processing and six on the core lab bench. Backup send-out tech on evenings since 2022, shipping frozen, "
          "refrigerated and ambient send-outs to reference labs every night. I know what the reference labs reject and how "
          "to keep a frozen specimen frozen from Billings to Rochester. Looking for a full-time send-out / referral testing role."),
    ("h", "Certifications"),
    ("b", "MLT(ASCP)CM - ASCP Board of Certification, 2020"),
    ("b", "CPT (NHA), 2017"),
    ("b", "Dangerous Goods Shipping Certification (IATA and 49 CFR; Division 6.2 and dry ice) - online course completed, "
          "exam scheduled November 2026"),
    ("b", "BLS for Healthcare Providers - American Heart Association, 2025"),
    ("h", "S K I L L S"),
    ("table", [
        ("Processing", "Accessioning; centrifugation (Beckman Coulter Allegra X-15R, Drucker Horizon 24); serum/plasma "
                       "separation; frozen, refrigerated and ambient storage; specimen stability and specimen requirements lookup"),
        ("Shipping", "UN 3373 Cat B shipments, dry ice, IATA packing instruction 650, Department of Transportation "
                     "hazmat labeling; FedEx Ship Manager"),
        ("Reference labs", "Mayo Medical Laboratories (MML) test catalog and MayoLINK; ARUP send-outs by interface"),
        ("Systems", "Cerner Millennium PathNet; MS Excel (pivot tables, VLOOKUP); Outlook"),
        ("Bench", "Beckman Coulter AU680, Sysmex XN-1000, Stago STA Compact Max, Iris iQ200"),
        ("Safety / quality", "OSHA BBP, HIPAA, CAP checklists, temp logs, Westgard QC review"),
    ]),
    ("h", "Experience"),
    ("job", "Medical Laboratory Technician - Absaroka Regional Medical Center, Billings, MT - Jun 2020 to Present"),
    ("b", "Evening-shift core lab MLT (chemistry, hematology, coagulation and urinalysis) for a 300-bed hospital; "
          "about 900 resulted tests per shift."),
    ("b", "Backup send-out technician since 2022: build send-out orders in Cerner, check specimen requirements and "
          "stability in the Mayo test catalog and ARUP's online directory, and ship 40-60 send-outs a night to Mayo "
          "Medical Laboratories and ARUP."),
    ("b", "Aliquoted serum, plasma, EDTA whole blood, cerebrospinal fluid and 24 hr urine specimens into transport tubes "
          "per reference lab temperature requirements; triple-packaged Cat B boxes with dry ice for the FedEx pickup."),
    ("b", "Worked the outstanding test list every shift and called the reference labs about quantity not sufficient and "
          "lost-in-transit specimens; manual result entry of faxed reports with second-tech verification."),
    ("b", "Routed Na heparin bone marrow and peripheral blood for leukemia/lymphoma immunophenotyping, chromosome "
          "analysis and BCR/ABL1 PCR so they arrived inside the 48-hour window."),
    ("b", "Checked MayoLINK for results that did not cross over and sent them to the lab systems analyst."),
    ("b", "Wrote four standard operating procedures for send-out packaging; tracked send-out TAT and the specimen "
          "rejection rate as QA monitors for the lab quality committee."),
    ("b", "Performed daily and preventative maintenance on centrifuges and chemistry analyzers; assisted with two "
          "CAP inspections."),
    ("job", "Specimen Processor / Laboratory Assistant - Absaroka Regional Medical Center, Billings, MT - Mar 2017 to May 2020"),
    ("b", "Accessioning, centrifugation and distribution of 1,200+ specimens per shift in central specimen processing; "
          "worked out preanalytical problems with nursing units and outreach clinics."),
    ("b", "Venipuncture and capillary collections for inpatients and the outpatient draw station; obtained Advance "
          "Beneficiary Notice signatures for Medicare outpatients."),
    ("b", "Trained six new processors on the processing bench."),
    ("h", "Education"),
    ("p", "B.S. in Medical Laboratory Science (MLT-to-MLS online program) - Big Sky State University - in progress, expected May 2027"),
    ("p", "A.A.S., Medical Laboratory Technology - Yellowstone Valley College, Billings, MT - 2019 (NAACLS-accredited)"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "resume.docx")
