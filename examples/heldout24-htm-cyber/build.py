#!/usr/bin/env python3
"""Build posting.docx for heldout24-htm-cyber (the resume is plain text, written by hand)."""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from build_examples import write_docx  # noqa: E402

POSTING = [
    ("name", "Medical Device Cybersecurity & Network Integration Specialist - Clinical Engineering"),
    ("contact", "Stonebridge Regional Health  |  Healthcare Technology Management (HTM)  |  Harrisburg, PA  |  "
                "Full time, day shift  |  Req. 2026-04418"),
    ("h", "About Stonebridge Regional Health"),
    ("p", "Stonebridge Regional Health is a five-hospital, 1,300-bed not-for-profit system serving central "
          "Pennsylvania. Our Healthcare Technology Management department of 58 biomedical and imaging professionals "
          "supports more than 41,000 medical devices, about 9,000 of them on the network."),
    ("h", "Position Summary"),
    ("p", "The Medical Device Cybersecurity & Network Integration Specialist is the HTM team's link between clinical "
          "engineering, Information Services and IT Security. You will own the security of networked medical devices "
          "from pre-purchase review through retirement, and you will lead the technical side of connecting patient "
          "monitors, infusion pumps and other devices to the network and to our Epic EHR."),
    ("h", "Essential Duties"),
    ("b", "Maintain an accurate medical device inventory in the CMMS, including MAC and IP address, operating system, "
          "software version and network location for every connected device."),
    ("b", "Perform cybersecurity risk assessments on new and installed networked medical devices; review the "
          "Manufacturer Disclosure Statement for Medical Device Security (MDS2) and software bill of materials (SBOM) "
          "for every purchase and record residual risk in the medical device cybersecurity risk register."),
    ("b", "Design and document network segmentation for medical devices with Network Engineering: VLANs, firewall "
          "rules, access control lists (ACLs) and network access control (NAC) profiles in Cisco ISE."),
    ("b", "Lead the network integration of patient monitoring systems (Philips IntelliVue, GE CARESCAPE), central "
          "stations and telemetry, and of large-volume infusion pumps (BD Alaris, Baxter Novum IQ), including wireless "
          "drug library updates and EHR auto-programming."),
    ("b", "Support medical device integration (MDI) middleware, HL7 interfaces to Epic, and secondary alarm "
          "notification with Clinical Informatics."),
    ("b", "Run the vulnerability management program for medical devices: track CVEs and CISA ICS medical advisories "
          "(ICSMA), rate exposure with CVSS, and coordinate vulnerability scanning with IT Security so that scans do "
          "not disrupt patient care."),
    ("b", "Coordinate OEM-validated patch management, antivirus/EDR exclusions and application allowlisting with "
          "manufacturers; put compensating controls in place for devices running legacy operating systems."),
    ("b", "Manage vendor remote access through the enterprise VPN and BeyondTrust, and review vendor access logs "
          "each month."),
    ("b", "Investigate suspected device security incidents with the Security Operations Center (SOC), take part in "
          "incident response and tabletop exercises, and keep clinical downtime procedures current."),
    ("b", "Troubleshoot connectivity of monitors, pumps, ventilators and imaging modalities using Wireshark, switch "
          "port data and DHCP/DNS records."),
    ("b", "Write security requirements into pre-purchase evaluations and contracts; submit network changes through "
          "ServiceNow change management."),
    ("b", "Support Joint Commission Environment of Care surveys and keep HTM policies in line with IEC 80001-1, "
          "AAMI TIR57, AAMI TIR97 and the NIST Cybersecurity Framework."),
    ("b", "Mentor BMETs on networked device setup and basic security hygiene."),
    ("h", "Required Qualifications"),
    ("b", "Associate degree in biomedical equipment technology, electronics, information technology or a related "
          "field, or equivalent military training."),
    ("b", "4+ years in HTM, clinical engineering or hospital IT, including hands-on work with networked medical devices."),
    ("b", "Working knowledge of TCP/IP networking, subnetting, DHCP, DNS and VLANs."),
    ("b", "Experience reviewing MDS2 forms and assessing medical device security risk."),
    ("b", "CompTIA Network+ or CompTIA Security+ (or obtained within 12 months of hire)."),
    ("h", "Preferred Qualifications"),
    ("b", "CBET or CHTM through the AAMI Credentials Institute."),
    ("b", "CISSP, CCNA or GICSP."),
    ("b", "Bachelor's degree in a technical field."),
    ("b", "Hands-on experience with a medical device security platform such as Claroty (Medigate), Armis, Ordr or Cynerio."),
    ("b", "Experience with SBOM analysis, HICP (405(d)) practices or IEC 62443."),
    ("b", "Scripting in PowerShell or Python for inventory and reporting."),
    ("b", "Familiarity with the FDA postmarket cybersecurity guidance, the HIPAA Security Rule and ISO 14971."),
    ("h", "Schedule"),
    ("p", "Monday to Friday, 8:00 a.m. to 4:30 p.m., with a shared after-hours on-call rotation (about one week in six) "
          "for network-related device outages. Some travel between our five campuses."),
    ("h", "Pay and Benefits"),
    ("p", "Pay range: $74,000 to $102,000 per year, based on experience and certifications. Medical, dental and vision "
          "insurance from the first of the month after hire; 403(b) with up to 6% match; tuition assistance; paid "
          "certification exam fees and continuing education; 27 days of PTO."),
    ("h", "Equal Opportunity Employer"),
    ("p", "Stonebridge Regional Health is an Equal Opportunity Employer. All qualified applicants will receive "
          "consideration for employment without regard to race, color, religion, sex, sexual orientation, gender "
          "identity, national origin, age, disability, genetic information or protected veteran status. If you need "
          "an accommodation to apply, call Human Resources at (717) 555-0100."),
]


if __name__ == "__main__":
    write_docx(POSTING, HERE / "posting.docx")
    print("wrote posting.docx")
