"""Build resume.pdf for heldout57-quebec-english-hospital-medical-technologist.

Layout quirks: PDF with the professional order and certifications straight under the profile, skills in two
columns (labels ending ':'), Quebec French wording for the diploma and WHMIS, a Languages section at the end.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("name", "ÉLODIE NAKAMURA-GAGNON, T.M."),
    ("contact", "4420 rue Wellington, app. 3, Verdun, QC H4G 1W7  |  (514) 555-0163  |  elodie.nakamuragagnon@example.com"),
    ("h", "Profile"),
    ("p", "Bilingual medical technologist with six years in the clinical chemistry and hematology core lab of a "
          "280-bed regional hospital on the South Shore, on a day/evening/night rotation. Strong on instrument "
          "troubleshooting, QC review and accreditation preparation; looking to move to a high-volume teaching "
          "hospital laboratory in Montréal."),
    ("h", "Professional Order and Certifications"),
    ("b", "Member, Ordre professionnel des technologistes médicaux du Québec - permit no. 20-1184, since 2020"),
    ("b", "CSMLS General Medical Laboratory Technology certification - eligible; exam scheduled February 2027"),
    ("b", "SIMDUT 2015 - renewed annually, last 2026"),
    ("b", "TDG Class 6.2 (infectious substances) shipping certificate, 2025"),
    ("h", "Technical Skills"),
    ("cols", [
        ("Clinical chemistry / immunoassay:", "Hematology / coagulation:"),
        ("Roche cobas 6000 (c 501, e 601, ISE)", "Sysmex XN-1000 (x2), closed-tube mode"),
        ("hs-TnT, NT-proBNP, TSH, tumour markers", "Sysmex SP-10 slide maker/stainer"),
        ("Radiometer ABL90 FLEX blood gases", "Peripheral smears, RBC morphology"),
        ("Lactate, ionized calcium", "Manual differentials, ESR (Westergren)"),
        ("Serum indices, hemolysis checks", "Stago STA Compact Max (PT/INR, PTT)"),
        ("POCT glucose meters (Accu-Chek Inform II)", "Fibrinogen, D-dimer, mixing studies"),
        ("Quality:", "Systems:"),
        ("Westgard rules, L-J charts, URT (Bio-Rad)", "LIS (Softlab), Sysmex WAM middleware"),
        ("LSPQ proficiency testing", "Autoverification rules"),
        ("ISO 15189, Accreditation Canada", "MS Excel, SharePoint document control"),
    ]),
    ("h", "Experience"),
    ("job", "Medical Technologist - Core Lab (Clinical Chemistry and Hematology) - Hôpital du Haut-Richelieu-Est, "
            "CISSS de la Montérégie-Sud, Saint-Jean-sur-Richelieu, QC - Jun 2020 to Present"),
    ("b", "Run STAT and routine testing for a lab of 1.9 million tests a year on Roche cobas 6000 and Sysmex XN-1000 "
          "automated analyzers; meet the 60-minute emergency department turnaround target 96% of the time."),
    ("b", "Daily calibrations, QC and preventive maintenance on two cobas 6000 lines, two XN-1000 and two STA Compact "
          "Max; first-line troubleshooting with Roche and Sysmex hotline support cut unplanned downtime by about 30%."),
    ("b", "Review XN-1000 CBC flags and scattergrams, do about 40 manual differentials and read "
          "peripheral smears each shift and refer abnormal morphology to the hematologist."),
    ("b", "Phone panic values to nursing units and physicians and document read-back in the LIS; helped write 25 "
          "middleware autoverification rules that now release 68% of chemistry results without manual review."),
    ("b", "Reject or flag specimens on serum indices (H, I, L); cover specimen reception, centrifugation and aliquoting "
          "on the evening shift."),
    ("b", "Performed method verification and correlation studies for the 2023 coagulation reagent change and the "
          "2024 hs-TnT rollout; run new reagent lot crossovers for 35 chemistry and coagulation assays."),
    ("b", "QMS work: rewrote 18 SOPs, logged and followed up nonconformities, and helped prepare the 2022 and 2026 "
          "Accreditation Canada visits and ISO 15189 assessments (no major findings in chemistry or hematology)."),
    ("b", "Coordinate LSPQ proficiency testing for hematology (3 surveys a year, 100% acceptable since 2022); "
          "review L-J charts in URT and lead corrective action after Westgard rule violations."),
    ("b", "Cross-trained in the blood bank (ABO/Rh, antibody screens, crossmatches) for night coverage since 2022."),
    ("b", "POCT: train and certify 120 nurses a year on glucose meters; review POCT QC weekly."),
    ("b", "Preceptor for 12 students in their final DEC internship."),
    ("job", "Laboratory Assistant, Specimen Processing (part-time) - Centre de prélèvements Richelieu, "
            "Saint-Jean-sur-Richelieu, QC - Sep 2018 to Dec 2019"),
    ("b", "Received, centrifuged and packaged about 300 specimens a day for referral under TDG rules; entered "
          "requisitions in the LIS."),
    ("h", "Education"),
    ("p", "DEC en Technologie d'analyses biomédicales (140.C0) - Cégep de la Vallée-du-Richelieu, 2020. Final "
          "internship (15 weeks) in clinical chemistry, hematology, microbiology and blood bank."),
    ("h", "Languages"),
    ("p", "French (native), English (fluent, spoken and written)."),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
