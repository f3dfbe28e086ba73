"""Build resume.pdf for heldout36-dxa-cbct-fse (plain single-column PDF)."""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("name", "GRAHAM T. OYELARAN"),
    ("contact", "48 Kestrel Dr., Wethersfield, CT 06109  |  (860) 555-0138  |  graham.oyelaran@example.com"),
    ("h", "Summary"),
    ("p", "X-ray service engineer with 9 years on radiographic, R/F, mammography and dental equipment, the last 5 in "
          "the field for an independent service organization covering Connecticut and western Massachusetts. Strongest "
          "on generators, tubes and digital detectors. I work well with physicists, and I leave the techs knowing what "
          "their daily QC is telling them."),
    ("h", "Technical Skills"),
    ("b", "Mammography: Hologic Selenia Dimensions and 3Dimensions (2D/DBT), GE Senographe Pristina; MQSA equipment "
          "evaluations, ACR phantom image quality"),
    ("b", "Radiography and R/F: Carestream DRX-Evolution Plus and DRX-Revolution, Siemens Ysio Max, Shimadzu "
          "SONIALVISION G4, GE OEC 9900 Elite C-arms, Fujifilm CR readers"),
    ("b", "Dental: intraoral (Planmeca ProX, Gendex), pan/ceph (Sirona Orthophos XG 5, Planmeca ProMax 2D), "
          "Planmeca ProMax 3D Mid; Romexis"),
    ("b", "Generators and tubes: HF generator calibration and board repair, x-ray tube replacement and seasoning, "
          "HV cables, collimators, AEC calibration"),
    ("b", "Detectors: flat-panel detector replacement, gain/offset and defect-map calibrations, digital retrofits of "
          "legacy CR rooms"),
    ("b", "Test equipment: RaySafe X2, Radcal Accu-Gold, Fluke 451P ion chamber, Fluke 87V multimeter, Tektronix "
          "oscilloscope, HV divider"),
    ("b", "IT: DICOM, PACS, MWL, Windows 10/11, TCP/IP addressing; Salesforce Field Service"),
    ("b", "Safety: radiation safety, ALARA, personal dosimeter"),
    ("h", "Experience"),
    ("job", "Field Service Engineer, X-ray & Mammography - Horizon Medical Imaging Services, Hartford, CT - Mar 2021 to Present"),
    ("b", "Cover about 120 systems at 40 hospital, imaging center, OB/GYN, orthopedic and dental sites across "
          "Connecticut and western Massachusetts; 94% first-visit fix rate."),
    ("b", "Installed 14 Hologic 3Dimensions and Selenia Dimensions systems, from pre-install site surveys through "
          "physicist acceptance testing."),
    ("b", "Work alongside the medical physicist on MQSA equipment evaluations and correct failures (AEC, compression "
          "force, half-value layer) before sign-off."),
    ("b", "Replace x-ray tubes, HV cables and HF generator boards; calibrate kVp, mA and exposure time with the RaySafe X2."),
    ("b", "Run tube-housing leakage checks and room scatter surveys with the Fluke 451P after installs and tube changes."),
    ("b", "File state X-ray registrations for new and moved units and complete the Report of Assembly (Form FDA 2579) "
          "for every certified component installed."),
    ("b", "Service two Planmeca ProMax 3D Mid units at oral surgery practices, including geometry calibration with the "
          "Planmeca phantom kit and image quality checks in Romexis."),
    ("b", "Configure DICOM send, MWL and PACS connections with hospital IT; most 'down' rooms turn out to be an AE title "
          "or IP address problem."),
    ("b", "Give operator training to technologists and dental staff after every install and major repair."),
    ("b", "Complete scheduled PMs on time for 98% of the contract base; log calls and parts in Salesforce Field Service "
          "and return defective parts under RMA within 48 hours."),
    ("job", "Imaging Equipment Technician - St. Aldric Medical Center, New Britain, CT - Jun 2016 to Feb 2021"),
    ("b", "In-house service for 22 radiographic rooms, 4 R/F rooms, portables, C-arms and 3 mammography units in a "
          "380-bed hospital."),
    ("b", "Converted 9 CR rooms to flat-panel detectors (Carestream DRX-Evolution Plus) and ran detector calibration "
          "after each install."),
    ("b", "Supported the RSO and the consulting physicist during annual equipment testing; kept dosimeter records for "
          "the service team."),
    ("h", "Certifications & Registrations"),
    ("b", "CRES (Certified Radiology Equipment Specialist), AAMI Credentials Institute - in progress, exam scheduled May 2027"),
    ("b", "Registered X-ray service provider - Connecticut DEEP Radiation Division; Massachusetts Radiation Control Program"),
    ("b", "CompTIA Network+, 2020"),
    ("h", "Factory Training"),
    ("b", "Hologic Selenia Dimensions / 3Dimensions service, 2021"),
    ("b", "Carestream DRX detector and generator service, 2018"),
    ("b", "Planmeca ProMax 2D/3D service course, 2023"),
    ("h", "Education"),
    ("p", "A.A.S., Electronics Engineering Technology - Quinebaug Ridge Community College, 2015"),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
