#!/usr/bin/env python3
"""Build resume.docx for heldout29-blood-component-lab.

Layout that troubles an ATS: contact details only in the Word page header, and the skills
section in a two-column table. Run with /work/main/.venv/bin/python (needs python-docx).
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_docx  # noqa: E402

RESUME = [
    ("contact", "Caleb J. Whitford  |  Fort Wayne, IN 46808  |  (260) 555-0138  |  caleb.whitford@example.com"),
    ("name", "CALEB J. WHITFORD, PBT(ASCP)"),
    ("h", "Summary"),
    ("p", "Blood component processing technician with 18 months on the evening shift of an FDA-licensed community "
          "blood center, turning whole blood into red cells, FFP, PF24, cryo and platelets. B.S. in biology with three "
          "years of research bench work before that. Currently completing a post-baccalaureate MLS certificate. "
          "Careful with paperwork, quick on the expressor, and at home in a cGMP lab."),
    ("h", "Certifications"),
    ("b", "Phlebotomy Technician, PBT(ASCP) - ASCP Board of Certification, 2021"),
    ("b", "MLS(ASCP) - in progress: post-baccalaureate MLS certificate program, expected completion August 2027; exam eligibility to follow"),
    ("h", "Skills"),
    ("table", [
        ("Component processing", "Whole blood processing: red cells, FFP, PF24, cryo pools, random donor platelets "
                                 "(PRP method), pooled platelets, apheresis platelet splits; hard- and soft-spin centrifugation; "
                                 "leukocyte reduction by in-line filtration"),
        ("Equipment", "Sorvall RC12BP refrigerated centrifuges; Fenwal plasma expressors; Terumo TSCD-II; Sebra tube sealers; "
                      "Rad Source RS 3400 blood irradiator; Helmer platelet incubators and agitators; BacT/ALERT 3D"),
        ("Quality and regulatory", "cGMP; FDA 21 CFR 606 and 640; AABB Standards; component QC; equipment QC; "
                                   "visual inspection; deviations and BPDRs; SOPs"),
        ("Systems", "MAK-SYSTEM Progesa; ISBT 128 labeling; Rees Centron temperature monitoring; Microsoft Excel, GraphPad Prism"),
    ]),
    ("h", "Experience"),
    ("job", "Component Processing Technician - Three Rivers Community Blood Bank, Toledo, OH - Mar 2025 to Present"),
    ("b", "Process 250 to 300 whole blood units per evening shift into red cells, FFP, PF24, cryo and random donor platelets; "
          "spin on Sorvall RC12BP refrigerated centrifuges and separate on Fenwal plasma expressors."),
    ("b", "Check in units from mobile drives: transport temperature, time since collection (8-hour and 24-hour limits) "
          "and bag and segment integrity."),
    ("b", "Leukocyte reduction by in-line filtration; prepare pooled platelets and cryo pools under the pooling SOP "
          "using the Terumo TSCD-II for every sterile weld."),
    ("b", "Irradiate red cell and platelet components on the Rad Source RS 3400 blood irradiator and read the RadSure "
          "indicators before labeling."),
    ("b", "Label every component with ISBT 128 labels and do second-person label checks in Progesa."),
    ("b", "Perform component release to hospital inventory once infectious disease test results clear in Progesa."),
    ("b", "Sample apheresis platelets by LVDS at 36 hours or later for BacT/ALERT culture."),
    ("b", "Component QC: rWBC counts on the ADAM-rWBC, platelet counts and pH on apheresis platelets, Hct and volume on "
          "red cells; visual inspection of every unit for hemolysis, lipemia and clots."),
    ("b", "Daily equipment QC: centrifuge rpm, timer and temperature with a tachometer and NIST-traceable thermometer, "
          "scale calibration with certified weights, and thermometer checks against the reference thermometer."),
    ("b", "Answer Rees Centron alarms on blood bank refrigerators, plasma freezers and platelet incubators and move "
          "product under the storage-failure SOP."),
    ("b", "Pack validated shipping coolers for routine and STAT hospital orders."),
    ("b", "Record deviations in the QA system and helped draft two BPDRs in 2025."),
    ("job", "Research Technician - Maumee Valley University, Department of Biochemistry, Toledo, OH - Jun 2022 to Feb 2025"),
    ("b", "Ran Western blots, ELISAs and cell culture for a cardiac signaling lab of six."),
    ("b", "Built standard curves in Excel and GraphPad Prism (slope, y-intercept, R-squared) for ELISA quantitation."),
    ("b", "Kept the -80 freezer inventory and logs; maintained the lab centrifuges and biosafety cabinet."),
    ("job", "COVID-19 Contact Tracer (part time) - Lucas County Health Department, Toledo, OH - Sep 2020 to May 2021"),
    ("b", "Called cases and close contacts, explained quarantine and isolation periods, and entered interviews in the "
          "state surveillance system."),
    ("h", "Education"),
    ("p", "B.S., Biology, minor in Chemistry - Maumee Valley University, Toledo, OH, 2022"),
    ("p", "Post-baccalaureate Medical Laboratory Science Certificate (NAACLS-accredited) - Northwest Ohio College of "
          "Health Sciences - in progress, expected August 2027"),
]

DOCUMENTS = {"resume.docx": (RESUME, {"header_contact": True})}


def main() -> None:
    for name, (blocks, options) in DOCUMENTS.items():
        write_docx(blocks, HERE / name, **options)
        print(f"wrote {HERE.name}/{name}")


if __name__ == "__main__":
    main()
