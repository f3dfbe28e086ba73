#!/usr/bin/env python3
"""Build resume.pdf for heldout17-special-chem-cls.

Layout: single-column PDF whose section headings are letter-spaced ("S U M M A R Y"),
as many resume templates do; the contact line sits under the name.
Run with /work/main/.venv/bin/python.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_pdf  # noqa: E402


def spaced(title: str) -> str:
    """Letter-space a heading: 'Summary' -> 'S U M M A R Y' (words split by three spaces)."""
    return "   ".join(" ".join(word.upper()) for word in title.split())


RESUME = [
    ("name", "ALANA K. WHITFORD, MLT(ASCP)"),
    ("contact", "St. Helena, CA 94574  |  (707) 555-0152  |  alana.whitford@example.com  |  Relocating to the Sacramento area, January 2027"),
    ("h", spaced("Summary")),
    ("p", "Medical laboratory technician with 4 years as a generalist on the day and evening bench of a 150-bed community "
          "hospital (chemistry, hematology, coag, UA and serology), now finishing my California CLS trainee year with a "
          "special chemistry rotation at a regional reference lab. Careful with QC, quick on the analyzers, and most "
          "interested in electrophoresis and hemoglobin work."),
    ("h", spaced("Certification & Licensure")),
    ("b", "MLT(ASCP) - ASCP Board of Certification, 2022"),
    ("b", "California Medical Laboratory Technician (MLT) license, 2022"),
    ("b", "California Clinical Laboratory Scientist Trainee license, 2026"),
    ("b", "MLS(ASCP) - eligible; exam scheduled December 2026"),
    ("b", "California Clinical Laboratory Scientist (generalist) license - application to be filed after the MLS(ASCP) exam; expected February 2027"),
    ("h", spaced("Technical Skills")),
    ("b", "Chemistry and immunoassay: Beckman Coulter AU680; DxI 800 chemiluminescent immunoassay (TSH, free T4, hs troponin I, hCG, ferritin, PSA, CEA)"),
    ("b", "HbA1c by HPLC on the Bio-Rad D-10"),
    ("b", "Hematology and coag: Sysmex XN-1000; Stago STA Compact Max (PT/INR, aPTT, D-dimer)"),
    ("b", "UA: Siemens CLINITEK Novus; manual microscopy"),
    ("b", "Quality: QC review with Westgard multirules and L-J charts; corrective action; CAP surveys; cal vers and AMR (linearity) studies; reagent lot-to-lot comparisons; method verification"),
    ("b", "Bench: manual pipetting, centrifugation, specimen processing, analyzer maintenance and troubleshooting"),
    ("b", "LIS and middleware: Meditech LIS; Data Innovations Instrument Manager"),
    ("b", "Safety: OSHA bloodborne pathogens training (annual); chemical spill response"),
    ("h", spaced("Experience")),
    ("job", "Medical Laboratory Technician - Silverado Valley Community Hospital, St. Helena, CA - Aug 2022 to Present"),
    ("b", "Perform moderate complexity testing in chemistry, hematology, coagulation, urinalysis and serology on day and evening shifts, about 350 results per shift."),
    ("b", "Run daily QC on the AU680 and DxI 800, apply Westgard multirules and document corrective action before results go out."),
    ("b", "Run HbA1c on the D-10 and review chromatograms for abnormal peaks; flag possible Hb variant patterns for send-out confirmation."),
    ("b", "Call critical results to nurses and providers with read-back; average 6 minutes from verification."),
    ("b", "Helped with method verification when the lab replaced its A1c analyzer in 2024 (precision, accuracy, reportable range)."),
    ("b", "Perform weekly and monthly analyzer maintenance and first-line troubleshooting with Beckman technical support."),
    ("b", "Chemistry bench member of the 2025 CAP inspection team; no chemistry deficiencies."),
    ("job", "Laboratory Assistant - Silverado Valley Community Hospital, St. Helena, CA - Jul 2020 to Aug 2022"),
    ("b", "Specimen processing, centrifugation, aliquoting and send-out packaging for a reference lab; outpatient phlebotomy."),
    ("h", spaced("Clinical Rotations")),
    ("job", "Special Chemistry (4 weeks) - Capitol Regional Reference Laboratory, Sacramento, CA - 2026"),
    ("b", "Ran SPEP/UPEP and IFE on the Sebia CAPILLARYS 2 Flex Piercing and HYDRASYS 2; wrote practice interpretations of M-spikes and went over them with the pathologist."),
    ("b", "Hb variant screens on the VARIANT II; reviewed HbA2 and HbF quantitation with the lead CLS."),
    ("b", "Observed sweat chloride testing: iontophoresis, Macroduct collection and chloride titration on the ChloroChek."),
    ("b", "Ran manual ELISA plates (tTG IgA) and 25-OH vitamin D on the DxI 800."),
    ("b", "LC-MS/MS: prepared testosterone and vitamin D batches by protein precipitation and SPE plates on a SCIEX 4500; reviewed peak integration in MultiQuant."),
    ("job", "Core Lab, Microbiology and Blood Bank - Valley Oaks Medical Center, Sacramento, CA - 2026"),
    ("b", "Trainee rotations in chemistry, hematology, microbiology and blood bank under CLS preceptors."),
    ("h", spaced("Education")),
    ("p", "Clinical Laboratory Scientist Training Program - Valley Oaks Medical Center, Sacramento, CA - in progress, completion expected December 2026"),
    ("p", "Medical Laboratory Technician Certificate - Redwood Empire College, Santa Rosa, CA - 2022"),
    ("p", "B.S., Biology - Sonoma Hills State University - 2020"),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
