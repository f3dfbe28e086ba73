"""Build resume.docx for heldout54-us-iso-c-arm-fluoroscopy-service-technician.

Layout quirks: DOCX with the contact line in the page header, credentials straight under the summary,
skills in a two-column table (label, content), military experience after the civilian job.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("name", "TRAVIS M. LINDQVIST, CBET"),
    ("contact", "Camp Hill, PA 17011  |  (717) 555-0147  |  travis.lindqvist@example.com  |  linkedin.com/in/tlindqvist-imaging"),
    ("h", "Summary"),
    ("p", "Imaging field service engineer with nine years on surgical C-arms, fluoroscopy and general diagnostic X-ray: "
          "four years as a U.S. Air Force biomedical equipment technician and five years with a multi-vendor ISO "
          "covering hospitals, ASCs and pain clinics in Ohio and West Virginia. Board-level troubleshooter on HV "
          "generators, image chains and flat-panel detectors; comfortable owning the compliance paperwork from "
          "Form FDA 2579 to state inspections. Relocated to the Harrisburg area in 2026."),
    ("h", "Certifications and Training"),
    ("b", "CBET - Certified Biomedical Equipment Technician, AAMI Credentials Institute, 2019"),
    ("b", "CRES - Certified Radiology Equipment Specialist: exam scheduled March 2027"),
    ("b", "CompTIA Network+ - in progress, exam scheduled January 2027"),
    ("b", "GE OEC 9900 Elite factory service training, Salt Lake City, UT, 2021"),
    ("b", "Philips BV Pulsera and BV Endura factory service course, 2020"),
    ("b", "Registered X-ray service provider, Ohio Department of Health, 2021-2026"),
    ("h", "Technical Skills"),
    ("table", [
        ("C-arms and fluoro", "GE OEC 9800 and 9900 Elite; Philips BV Pulsera and BV Endura; Siemens Arcadis Orbic and "
                              "Arcadis Avantic; Ziehm 8000 and Ziehm Vision FD; Fluoroscan InSight mini C-arms (Hologic); "
                              "Shimadzu and GE Precision R/F rooms"),
        ("Image chain", "Image intensifier tubes, CCD cameras, flat-panel detectors, image processor boards, "
                        "ABC (automatic brightness control), gain/offset calibration\nDICOM storage and MWL, PACS push, "
                        "static IP and VLAN setup"),
        ("X-ray test equipment", "Unfors RaySafe X2 non-invasive X-ray test meter, RTI Piranha, Radcal Dynalyzer III, "
                                 "KAP meter, Victoreen 451P survey meter, Leeds TOR 18FG phantom"),
        ("Electrical and bench", "Fluke ESA620, Fluke 87V DMM, Tektronix TBS1000 oscilloscope, schematics, "
                                 "board-level repair, soldering"),
        ("Regulations and standards", "21 CFR 1020 (FDA performance standard), Form FDA 2579, NFPA 99, IEC 60601-1, "
                                      "state X-ray registrations, ALARA"),
        ("Software", "Salesforce Field Service, GE OEC service software, Microsoft Excel and Word"),
    ]),
    ("h", "Experience"),
    ("job", "Imaging Field Service Engineer - Buckeye Surgical Imaging (multi-vendor ISO), Columbus, OH - "
            "Mar 2021 to Jun 2026"),
    ("b", "Covered 160 mobile C-arms, 35 mini C-arms and 12 R/F rooms at 58 hospitals, ASCs and pain clinics; "
          "96.8% uptime across the territory in 2025."),
    ("b", "Completed about 310 preventive maintenance visits and 450 break-fix repairs a year with an 82% "
          "first-time fix rate."),
    ("b", "Troubleshot HV generators, single-tank assemblies, X-ray tubes and collimators to board level; replaced "
          "22 image intensifier tubes and 40 X-ray tubes and tanks."),
    ("b", "Ran acceptance testing and annual compliance testing on every unit: kVp accuracy, timer accuracy, "
          "mA linearity, HVL, entrance exposure rate and HLC limits, collimation, and image quality with a "
          "Leeds TOR 18FG phantom."),
    ("b", "Filed Form FDA 2579 within 15 days for 95 installs and reassemblies; kept state X-ray registrations "
          "current for all client sites and closed out 27 state inspection citations."),
    ("b", "Performed gain/offset calibrations and defect maps on Ziehm Vision FD flat-panel units; re-set ABC "
          "curves after every II or camera swap."),
    ("b", "Electrical safety testing to NFPA 99 at every PM with a Fluke ESA620."),
    ("b", "Set up DICOM storage and MWL to PACS on 48 C-arms, working with hospital IT on VLANs and static IPs."),
    ("b", "Installed or de-installed 31 systems and refurbished 18 trade-in C-arms in the Columbus shop."),
    ("b", "Logged all work, parts and test results in Salesforce Field Service; wore a Landauer Luxel+ badge, "
          "annual dose under 10 mrem."),
    ("job", "Biomedical Equipment Technician (AFSC 4A2X1), SSgt - U.S. Air Force, 88th Medical Group, "
            "Wright-Patterson AFB, OH - Jan 2017 to Feb 2021"),
    ("b", "Maintained 1,400 medical devices including two OEC 9800 C-arms, a Siemens Arcadis Orbic and three fixed "
          "radiography rooms; 98% scheduled maintenance completion."),
    ("b", "Performed calibrations, radiation safety checks and annual performance checks with the base medical "
          "physicist; supported two Joint Commission surveys with no equipment findings."),
    ("b", "Trained 11 junior technicians on X-ray theory, schematics and safe high-voltage work."),
    ("h", "Education"),
    ("p", "A.A.S., Biomedical Equipment Technology - Community College of the Air Force, 2019"),
    ("p", "Biomedical Equipment Technician course (4A231), METC, Fort Sam Houston, TX, 2017"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "resume.docx")
