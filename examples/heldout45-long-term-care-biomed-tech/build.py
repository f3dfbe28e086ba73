"""Build resume.docx for heldout45-long-term-care-biomed-tech.

Layout quirks: contact details in the DOCX page header (header_contact=True), skills in a two-column
table (label, content), certifications and training block at the bottom after Education.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("contact", "Alicia M. Navarrete  |  2714 Heatherdowns Blvd, Toledo, OH 43614  |  (419) 555-0163  |  "
                "alicia.navarrete@example.com"),
    ("name", "ALICIA M. NAVARRETE"),
    ("h", "Summary"),
    ("p", "Biomedical Equipment Technician with six years of field and hospital service, the last three and a half "
          "covering 22 LTC and assisted-living contracts for a home medical equipment (HME) provider. Hands-on with "
          "resident care equipment from beds and lifts to oxygen, IV pumps and nurse call, and used to keeping "
          "equipment paperwork ready for CMS and state surveys."),
    ("h", "Technical Skills"),
    ("table", [
        ("Resident care equipment",
         "Invacare and Joerns full-electric and semi-electric beds; pressure-redistribution mattresses (LAL "
         "mattresses, alternating-pressure pumps); Hoyer patient lifts and Invacare stand-assist lifts; wheelchair "
         "and lift scales; Invacare Perfecto2 and Respironics EverFlo oxygen concentrators; Drive DeVilbiss suction "
         "aspirators"),
        ("Clinical devices",
         "BD Alaris 8015 IV pumps; Kangaroo Joey feeding pumps; Welch Allyn Connex VSMs and SureTemp thermometers; "
         "Nonin pulse oximeters; Respironics DreamStation CPAP; Verathon BladderScan"),
        ("Alarms and communication",
         "Nurse call (Rauland Responder 5, Jeron Provider 790); resident elopement alarms (Stanley WanderGuard); "
         "bed exit alarms; door and pager integration"),
        ("Test equipment",
         "Fluke ESA620 safety analyzer; Fluke IDA-4 Plus; Fluke ProSim SPOT Light; TSI Certifier FA flow analyzer; "
         "Maxtec oxygen analyzer; Fluke 87V"),
        ("Systems and standards",
         "AIMS; NFPA 99; NFPA 101; 42 CFR 483; JCAHO EC chapter; SMDA reporting; ECRI hazard alerts; "
         "FDA recall notices"),
    ]),
    ("h", "Experience"),
    ("job", "Field Service Biomedical Technician - Lakeshore Home Medical & Respiratory, Toledo, OH - Apr 2022 to Present"),
    ("b", "Service 22 LTC and assisted-living contracts (about 2,600 residents) on a weekly route across northwest "
          "Ohio and southeast Michigan; 96% on-time preventive maintenance completion over 40 months."),
    ("b", "Maintain about 1,100 beds, 380 patient lifts and 640 oxygen concentrators; load-tested every lift at 125% "
          "of rated load each year with zero lift-related resident injuries."),
    ("b", "Checked O2 purity (87% or better) and flow on every concentrator PM and swap; cut oxygen-related service "
          "calls 31% by replacing sieve beds on a 15,000-hour schedule."),
    ("b", "Completed entrapment zone checks (zones 1 to 4) on 1,100+ bed and rail combinations a year; flagged and "
          "replaced 74 rail assemblies before survey."),
    ("b", "Tested resident elopement alarms and nurse call at every door and room monthly; coordinated Rauland and "
          "Jeron panel repairs with the vendors."),
    ("b", "Ran electrical safety testing with the Fluke ESA620 (leakage current, protective earth resistance) on all "
          "line-powered resident care equipment."),
    ("b", "Prepared equipment logs for CMS and state surveys in 22 buildings; no equipment-related deficiencies "
          "cited in 2024 or 2025."),
    ("b", "Tracked FDA recall notices and ECRI hazard alerts; quarantined 210 affected devices during the 2024 "
          "bed-rail recall."),
    ("b", "In-serviced 400+ nurses and aides on lifts, concentrators and feeding pumps."),
    ("job", "Biomedical Equipment Technician I - Maumee Valley Community Hospital, Toledo, OH - Jun 2019 to Mar 2022"),
    ("b", "Worked the 3 PM to 11:30 PM shift for a 180-bed hospital and its 120-bed skilled nursing facility."),
    ("b", "Closed 70-90 preventive maintenance work orders a month in AIMS with 98% on-time completion."),
    ("b", "Repaired BD Alaris 8015 IV pumps, Welch Allyn Connex VSMs and Kangaroo Joey feeding pumps; average repair "
          "turnaround under two days."),
    ("b", "Performed incoming inspections on 600+ new devices during the 2021 IV pump and monitor replacement."),
    ("b", "Filed SMDA reports with Risk Management for nine device-related incidents and sequestered the equipment."),
    ("b", "Cleaned and disinfected returned equipment under the infection prevention policy; followed LOTO and OSHA "
          "rules on bed and lift repairs."),
    ("b", "Spot-checked 10% of contractor PMs each quarter and supported the JCAHO survey with no medical "
          "equipment findings."),
    ("h", "Education"),
    ("p", "A.A.S., Electronics Engineering Technology - Black Swamp Technical College, Perrysburg, OH, 2019. "
          "Coursework in circuit analysis, schematics and troubleshooting; biomedical equipment practicum at "
          "Maumee Valley Community Hospital."),
    ("h", "Certifications and Training"),
    ("b", "CBET (AAMI Credentials Institute) - exam scheduled March 2027"),
    ("b", "CompTIA A+, 2020"),
    ("b", "OSHA 10-Hour General Industry, 2022"),
    ("b", "Invacare Perfecto2 and Platinum concentrator service training, 2023"),
    ("b", "Rauland Responder 5 nurse call technician course, 2024"),
    ("b", "Valid Ohio driver's license; clean driving record"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "resume.docx")
