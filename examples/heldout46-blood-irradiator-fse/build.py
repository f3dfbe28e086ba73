"""Build resume.pdf for heldout46-blood-irradiator-fse.

Layout quirks: PDF from an ex-Navy electronics technician turned BMET / field engineer, skills in two columns
(labels ending ':'), a Military Training block (read as education) before Education, certifications last.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("name", "MARCUS D. HOLLOWAY"),
    ("contact", "Chesapeake, VA 23320  |  (757) 555-0147  |  marcus.holloway@example.com  |  U.S. Navy veteran"),
    ("h", "Summary"),
    ("p", "Navy-trained electronics technician and BMET with 14 years on high-voltage, RF and radiation-producing "
          "equipment. Since 2019 I have worked on diagnostic X-ray, blood irradiators and preclinical irradiators: "
          "installs, dose mapping with the customer's physicist, leakage surveys, PMs and end-user training. Led the "
          "hospital side of a cesium-137 to X-ray irradiator swap under the NNSA ORS CIRP program."),
    ("h", "Technical Skills"),
    ("cols", [
        ("Equipment:", "Test equipment and dosimetry:"),
        ("Rad Source RS 3400 blood irradiators", "Victoreen 451P survey meter"),
        ("Precision X-RAD 320 and X-RAD 225Cx", "PTW Farmer ion chamber"),
        ("Gammacell 1000 Elite (cesium-137)", "PTW UNIDOS webline electrometer"),
        ("GE OEC 9900 C-arms, Siemens rad rooms", "Gafchromic MD-V3 film, FilmQA Pro"),
        ("HV generators, X-ray tubes, HV cables", "Fluke ESA612, Fluke 87V DMM"),
        ("Allen-Bradley PLCs, touchscreen HMIs", "Tektronix TBS2000 oscilloscope"),
        ("Haskris water chillers", "RaySafe X2 kV/dose meter"),
        ("Compliance and safety:", "Software:"),
        ("AABB, NRC, FDA cabinet X-ray standard", "Salesforce Field Service"),
        ("ALARA (time/distance/shielding)", "Nuvolo CMMS"),
        ("LOTO, NFPA 70E, IEC 60601-1, NFPA 99", "MS Office (Excel, Word, Outlook)"),
        ("10 CFR 37 unescorted access approval", "Navy 3-M / SKED"),
    ]),
    ("h", "Experience"),
    ("job", "Field Service Engineer - Chesapeake Scientific Imaging Services, Chesapeake, VA - Apr 2022 to Present"),
    ("b", "Cover 38 accounts in VA, MD and NC: hospital blood banks, two regional blood centers and four university "
          "research cores; about 1,100 billable hours a year with a 96% first-time fix rate."),
    ("b", "Installed 9 Rad Source RS 3400 blood irradiators and 4 X-RAD 320 preclinical irradiators; ran acceptance "
          "testing, leakage surveys and the state X-ray registrations for each site."),
    ("b", "Annual and post-repair dose mapping on 30+ irradiators with Gafchromic MD-V3 film read in FilmQA Pro; "
          "dose-rate checks with a PTW Farmer ion chamber and UNIDOS electrometer against the physicist's baseline."),
    ("b", "PMs to OEM schedules: X-ray tube and HV cable inspection, high-voltage generators, Haskris chillers, "
          "turntable, door interlock and E-stop checks; 99% of PMs closed on time in 2025."),
    ("b", "Component-level repair of filament and HV control boards from schematics with oscilloscope and DMM; cut "
          "repeat calls by 30% in two years."),
    ("b", "Traced PLC and touchscreen HMI faults on Allen-Bradley controllers and wrote three troubleshooting guides "
          "now used by the whole service team."),
    ("b", "End-user training and in-services for 200+ blood bank techs and lab managers; check RadTag labels and QC "
          "logs with the blood bank supervisor before AABB assessments."),
    ("b", "Close work orders in Salesforce Field Service the same day; carry out FCOs and feed complaint files and "
          "corrective and preventive actions into the company's QSR quality system."),
    ("job", "Biomedical Equipment Technician II - Tidewater Regional Medical Center, Norfolk, VA - Aug 2019 to Mar 2022"),
    ("b", "Supported 2,400 devices in Nuvolo CMMS; imaging lead for 6 diagnostic X-ray rooms, 9 C-arms and the "
          "blood bank irradiator."),
    ("b", "Hospital lead for the cesium-137 to X-ray swap funded by NNSA ORS through CIRP: worked with the RSO, "
          "the vendor and the OSRP recovery team to remove our Gammacell 1000 Elite and commission a Rad "
          "Source RS 3400; blood bank back on line in 3 days."),
    ("b", "Electrical safety testing with a Fluke ESA612 on about 1,800 devices a year to NFPA 99 and IEC 60601-1."),
    ("b", "Supported an NRC inspection of the irradiator security program with zero findings; held 10 CFR 37 "
          "trustworthiness and reliability approval for unescorted access."),
    ("b", "Calibration and PMs on C-arms and rad rooms alongside the OEM engineer; took first call on 70% of imaging "
          "faults."),
    ("job", "Electronics Technician Second Class (ET2) - U.S. Navy, Arleigh Burke-class destroyer, Naval Station "
            "Norfolk, VA - Jun 2011 to Jul 2019"),
    ("b", "Maintained AN/SPS-67 and AN/SPQ-9B radars, HF/UHF transmitters and high-voltage power supplies to "
          "component level; 97% operational availability over three deployments."),
    ("b", "Work center supervisor for six technicians; 3-M PMS completion of 98% on every inspection."),
    ("b", "Ran RADHAZ and tag-out (TUMS) programs for the combat systems department; trained 14 junior sailors."),
    ("h", "Military Training"),
    ("b", "Navy ET \"A\" School and Advanced Electronics Technical Core (AETC), Great Lakes, IL - 2011-2012"),
    ("b", "Navy Miniature/Microminiature (2M) Electronic Repair, 2014"),
    ("h", "Education"),
    ("b", "A.A.S., Electronics Engineering Technology - Elizabeth River Community College, Chesapeake, VA - 2018 "
          "(completed on active duty)"),
    ("b", "Rad Source RS 3400 factory training, Buford, GA - 2022"),
    ("b", "Precision X-Ray X-RAD service school, North Branford, CT - 2023"),
    ("h", "Certifications and Licenses"),
    ("b", "AAMI CBET - eligible; exam scheduled February 2027"),
    ("b", "NFPA 70E arc flash training - 2025"),
    ("b", "Radiation Safety for X-ray Equipment Users (8-hour) - 2022"),
    ("b", "Valid Virginia driver's license, clean record"),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
