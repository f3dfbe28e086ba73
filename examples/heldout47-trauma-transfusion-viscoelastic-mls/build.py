"""Build resume.pdf for heldout47-trauma-transfusion-viscoelastic-mls.

Layout quirks: PDF with the credential in the name line, two pending credentials in the certification
block, skills in two columns (labels ending ':'), a generalist job with coagulation abbreviations.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("name", "RENATA J. ABERNATHY, MLS(ASCP)CM"),
    ("contact", "Bowling Green, KY 42101  |  (270) 555-0172  |  renata.abernathy@example.com"),
    ("h", "Profile"),
    ("p", "Medical laboratory scientist with nine years at the bench, the last five on the dedicated blood bank "
          "bench of a Level II trauma center's transfusion service. Comfortable running the bench alone during MTP "
          "activations, working up antibodies up to the point of IRL referral, and running TEG at the bedside. "
          "Relocating to middle Tennessee."),
    ("h", "Certifications and Licensure"),
    ("b", "MLS(ASCP)CM, 2017"),
    ("b", "SBB(ASCP) - exam scheduled March 2027"),
    ("b", "Tennessee Medical Laboratory Professional license (Medical Technologist) - application submitted "
          "September 2026"),
    ("b", "Lean Six Sigma Yellow Belt, 2023"),
    ("h", "Skills"),
    ("cols", [
        ("Immunohematology:", "Instruments:"),
        ("ABO/Rh typing, antibody screens", "Ortho VISION Max"),
        ("Antibody ID, phenotyping", "Immucor Echo Lumena"),
        ("DAT, elutions, warm autoadsorptions", "Haemonetics TEG 6s"),
        ("IS, AHG and computer crossmatch", "Raycell Mk2 X-ray blood irradiator"),
        ("Manual tube and gel methods", "Helmer blood bank refrigerators"),
        ("FMH rosette screens, KB stain", "Software:"),
        ("Transfusion reaction workups", "Cerner PathNet, Sunquest"),
        ("Regulatory and quality:", "Microsoft Excel"),
        ("AABB Standards, CAP TRM checklist", ""),
        ("FDA 21 CFR 606, GMP", ""),
        ("Proficiency testing, daily reagent QC", ""),
    ]),
    ("h", "Experience"),
    ("job", "Medical Laboratory Scientist II, Transfusion Service - Green River Valley Medical Center, "
            "Bowling Green, KY - Aug 2021 to Present"),
    ("b", "Dedicated blood bank bench for a 410-bed Level II trauma center: about 14,000 type and screens and "
          "16,000 blood components issued a year."),
    ("b", "Primary tech for 60-80 MTP activations a year; first cooler of uncrossmatched O-neg RBCs and thawed "
          "plasma out in under 10 minutes, and emergency-issue forms 100% reconciled within 24 hours in 2025."),
    ("b", "Pretransfusion testing on the Ortho VISION Max with Immucor Echo Lumena backup; computer crossmatch "
          "for about 70% of eligible patients."),
    ("b", "Worked up about 250 positive antibody screens a year: antibody ID with selected cells, phenotyping, DAT, "
          "acid elutions and warm autoadsorptions; sent 18 complex cases to the IRL."),
    ("b", "Thawed plasma, pooled cryo, irradiated components on the Raycell and made pedi aliquots for the 24-bed NICU; "
          "switched our platelet inventory to PR platelets in 2024 and cut platelet outdates by 30%."),
    ("b", "About 90 transfusion reaction workups a year; FMH rosette screens with KB stain follow-up for "
          "RhoGAM dosing."),
    ("b", "Ran thromboelastography (TEG 6s) as POCT in the trauma bay and cardiac OR from 2023; wrote the SOP, "
          "trained 22 staff and phoned results to anesthesia."),
    ("b", "Completed the validation studies for the TEG 6s (replacing a TEG 5000) and a second VISION Max: "
          "precision, accuracy, correlation and reportable range."),
    ("b", "Daily reagent QC, CAP proficiency testing and temperature charts for 9 blood bank refrigerators and "
          "platelet incubators; yearly competency assessments for 14 generalists."),
    ("b", "Wrote 6 BPDRs; AABB and CAP inspections in 2022 and 2024 with no transfusion medicine findings."),
    ("b", "Yellow Belt project: cut STAT type and screen turnaround from 62 to 41 minutes."),
    ("job", "Medical Laboratory Scientist (Generalist, Evenings) - Hopkinsville Community Hospital, Hopkinsville, KY - "
            "Jun 2017 to Jul 2021"),
    ("b", "Rotated through chemistry, hematology, coagulation (PT/INR, aPTT, fibrinogen on a Stago STA Compact Max) "
          "and blood bank, about 120 results an hour on busy evenings."),
    ("b", "Blood bank two shifts a week: ABO/Rh typing, antibody screens, IS crossmatch and tube testing."),
    ("b", "Super-user for the Cerner PathNet upgrade in 2019."),
    ("h", "Education"),
    ("p", "B.S., Clinical Laboratory Science - Pennyrile State University, Murray, KY, 2017"),
    ("h", "Continuing Education"),
    ("b", "AABB Annual Meeting 2025 - trauma resuscitation and patient blood management sessions"),
    ("b", "Specialist in Blood Banking online coursework, 2025-2026"),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
