"""Build posting.pdf and resume.pdf for heldout52-lab-middleware-interface-analyst.

Layout quirks: the posting is a job-board PDF (title as the name line, employer/location as the contact
line). The resume is a one-column PDF with a Technical Skills block in two columns and an
in-progress Epic certification under Certifications.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

POSTING = [
    ("name", "Laboratory Middleware and Instrument Interface Analyst (LIS Analyst II)"),
    ("contact", "Prairie Ridge Health  |  Laboratory Information Systems  |  Omaha, NE (hybrid)  |  Full-time  |  Req #L-24817"),
    ("h", "About Prairie Ridge Health"),
    ("p", "Prairie Ridge Health is a not-for-profit health system of seven hospitals and 60 clinics across eastern "
          "Nebraska and western Iowa. Our laboratory network performs 9 million billable tests a year in a CAP-accredited "
          "core laboratory and six rapid-response hospital labs. The Laboratory Information Systems team keeps more "
          "than 240 analyzers talking to the LIS around the clock."),
    ("h", "Position Summary"),
    ("p", "The Laboratory Middleware and Instrument Interface Analyst builds, validates and supports the instrument "
          "interfaces and middleware rules that move orders and results between analyzers, automation lines and the "
          "laboratory information system (LIS), Epic Beaker. You will be the go-to person when an analyzer stops "
          "resulting at 2 a.m. and the person who makes sure it never happens the same way twice."),
    ("h", "Essential Duties and Responsibilities"),
    ("b", "Build, test and maintain bidirectional instrument interfaces, including host query and batch download "
          "modes, between analyzers and the LIS."),
    ("b", "Configure and support the middleware layer: Data Innovations Instrument Manager (primary), Sysmex WAM "
          "for hematology and Abbott AlinIQ AMS for chemistry and immunoassay."),
    ("b", "Write, test and document middleware rules for autoverification, delta checks, reflex rules, rerun "
          "rules, serum index (HIL) holds, critical value flags and QC lockout using Westgard multirule QC, "
          "following CLSI AUTO10 and AUTO15."),
    ("b", "Establish analyzer connectivity over RS-232 serial and TCP/IP, including serial-to-Ethernet terminal "
          "servers; troubleshoot ASTM E1381 low-level and ASTM E1394 record-level traffic and HL7 v2.5.1 ORM, "
          "ORU and OML^O21 messages; apply the IHE Laboratory Analytical Workflow (LAW) profile on new analyzers."),
    ("b", "Support point-of-care connectivity through POCT1-A2 and the RALS data manager."),
    ("b", "Connect and support analyzers including the Roche cobas 8000, Abbott Alinity ci, Siemens Atellica "
          "Solution, Beckman Coulter AU5800 and DxI 800 on Power Express automation, Sysmex XN-9100, Stago STA R "
          "Max, bioMerieux VITEK 2 and BD BACTEC FX."),
    ("b", "Work with the integration team on interface engine routing in Epic Bridges and Cloverleaf."),
    ("b", "Maintain test and result code mapping, LOINC codes, units and reference ranges across the LIS and "
          "middleware."),
    ("b", "Write interface validation plans and scripts; verify every result, flag and comment end to end as "
          "required by the CAP Laboratory General checklist (GEN.48500) and CLIA (42 CFR 493); route validation "
          "packets to the laboratory medical director for sign-off."),
    ("b", "Follow change control for every build; manage incidents and requests in the ServiceNow ticketing "
          "system and take part in the tier 2 on-call rotation."),
    ("b", "Plan middleware version upgrades and maintain downtime procedures; write SQL queries for turnaround "
          "and autoverification-rate reports; keep servers patched on Windows Server and VMware in line with "
          "HIPAA security policy."),
    ("h", "Required Qualifications"),
    ("b", "Bachelor's degree in Medical Laboratory Science, Clinical Laboratory Science, Computer Science, "
          "Information Systems or a related field."),
    ("b", "Three years of lab informatics, LIS or middleware support experience, or five years as a bench "
          "MLS/MT in a hospital laboratory including a super-user role."),
    ("b", "Working knowledge of HL7 v2 and ASTM instrument protocols."),
    ("b", "Hands-on experience with Data Innovations Instrument Manager or another middleware such as Sysmex "
          "WAM or Beckman Coulter REMISOL Advance."),
    ("b", "Experience with a hospital LIS such as Epic Beaker, Oracle Health PathNet or Sunquest Laboratory."),
    ("b", "Familiarity with CAP and CLIA requirements for LIS and interface validation."),
    ("h", "Preferred Qualifications"),
    ("b", "MLS(ASCP) or MT(AMT) certification."),
    ("b", "Epic Beaker Clinical Pathology certification, or ability to obtain it within six months of hire."),
    ("b", "Experience with an interface engine such as Cloverleaf, Rhapsody or Mirth Connect."),
    ("b", "ITIL 4 Foundation certification."),
    ("b", "Experience building an autoverification program from scratch."),
    ("h", "Schedule and Pay"),
    ("p", "Monday to Friday, 8:00 a.m. to 4:30 p.m., hybrid (two days a week on site at the Core Laboratory, "
          "Omaha), plus a one-week-in-six on-call rotation with on-call pay. Pay range $78,000 to $104,000 a year "
          "based on experience."),
    ("h", "Benefits"),
    ("p", "Medical, dental and vision coverage from day one; 403(b) with up to 6% employer match; PTO starting at "
          "24 days a year; tuition assistance and paid certification exams; employee assistance program."),
    ("h", "Equal Opportunity Employer"),
    ("p", "Prairie Ridge Health is an Equal Opportunity Employer. All qualified applicants will receive "
          "consideration for employment without regard to race, color, religion, sex, sexual orientation, gender "
          "identity, national origin, age, disability, protected veteran status or any other characteristic "
          "protected by law. Reasonable accommodations are available on request during the application process."),
]

RESUME = [
    ("name", "DEVON R. OKAFOR, MLS(ASCP)CM"),
    ("contact", "5120 Ridgewood Circle, Council Bluffs, IA 51503  |  (402) 555-0163  |  devon.okafor@example.com  |  "
                "linkedin.com/in/devon-okafor-lis"),
    ("h", "Summary"),
    ("p", "Laboratory informatics analyst and former chemistry MLS with 9 years in hospital laboratories, the last "
          "4 building and supporting instrument interfaces and middleware for a four-hospital system. Comfortable "
          "at every layer from the RS232 pinout to the LIS result screen; wrote the auto-verification rules that "
          "now release 78% of our core chemistry results without a human touch."),
    ("h", "Certifications"),
    ("b", "MLS(ASCP)CM - ASCP Board of Certification, 2016"),
    ("b", "Epic Clinical Pathology (Beaker) certification - employer-sponsored, exam scheduled March 2027"),
    ("b", "Data Innovations Instrument Manager System Administration course, 2022"),
    ("h", "Technical Skills"),
    ("cols", [
        ("Middleware and LIS:", "Standards and protocols:"),
        ("DI Instrument Manager v8/v9", "HL7 (v2.3 and v2.5.1)"),
        ("Sysmex Work Area Manager", "ORM^O01, ORU^R01"),
        ("Roche cobas infinity", "CLSI LIS1-A, LIS2-A2"),
        ("Cerner Millennium PathNet", "CLSI AUTO10-A"),
        ("Mirth Connect", "CAP, CLIA '88, HIPAA"),
        ("Analyzers interfaced:", "IT tools:"),
        ("Roche cobas 8000, c 503", "SQL (SQL Server), Excel"),
        ("Abbott Alinity ci-series", "Windows Server 2019"),
        ("Beckman Coulter AU5800", "Lantronix UDS1100"),
        ("Sysmex XN-9000, STA R Max 2", "BMC Remedy"),
        ("VITEK 2 XL, BacT/ALERT 3D", "Wireshark, PuTTY"),
    ]),
    ("h", "Professional Experience"),
    ("job", "Laboratory Information Systems Analyst - Lakeshore Regional Health, Council Bluffs, IA - "
            "Jan 2022 to Present"),
    ("b", "Built and validated 46 bidirectional instrument interfaces to Cerner Millennium PathNet through DI "
          "Instrument Manager, including host query and batch modes, for a four-hospital system."),
    ("b", "Wrote 320 auto-verification rules in Instrument Manager using delta check, HIL index, critical "
          "value, linearity and QC lockout logic under CLSI AUTO10-A; autoverification rate in chemistry rose "
          "from 41% to 78%, cutting median ED potassium turnaround by 9 minutes."),
    ("b", "Added reflex rules and repeat-testing rules for 28 assays; retired 15 manual rerun work lists."),
    ("b", "Moved 31 analyzers from RS232 cabling to TCP/IP through Lantronix UDS1100 serial device servers; "
          "traced ASTM framing errors and HL7 ACK failures with Wireshark."),
    ("b", "Interface validation for every go-live and upgrade: scripted 100% of order codes, result codes, "
          "flags and comments and filed the packets for the College of American Pathologists inspection, "
          "which closed with no LIS findings in 2024."),
    ("b", "Maintained test and result code mapping, units and reference ranges for 2,100 orderables during the "
          "2023 Sysmex XN-9000 and Alinity ci-series installs."),
    ("b", "Worked 1,400 BMC Remedy incidents a year at tier 2 with a median time to restore of 38 minutes; "
          "presented all LIS change requests to the CAB under the change management process."),
    ("b", "Upgraded Instrument Manager from v8.14 to v9 on Windows Server 2019 with 22 minutes of downtime and "
          "rewrote the laboratory downtime procedures."),
    ("b", "Wrote SQL reports on rule-hit rates and turnaround time for the laboratory directors."),
    ("b", "Built a Mirth Connect channel to pass reference-lab results into PathNet during a vendor outage."),
    ("job", "Medical Laboratory Scientist, Chemistry - Mercy Loess Hills Hospital, Council Bluffs, IA - "
            "Jun 2016 to Dec 2021"),
    ("b", "Bench MLS on the Roche cobas 8000 and Beckman Coulter AU5800; super user for middleware and the "
          "Sysmex Work Area Manager on the hematology bench."),
    ("b", "Helped validate the Roche cobas infinity roll-out across three sites (2019)."),
    ("b", "Reviewed QC with Westgard rules on L-J charts and handled daily instrument connectivity failures "
          "before LIS took over; set AST and ALT delta check limits with the chemistry director."),
    ("h", "Education"),
    ("p", "B.S., Medical Technology - Loess Hills State University, Council Bluffs, IA, 2016"),
    ("p", "Graduate Certificate, Health Informatics - University of the Midlands (online), 2021"),
]

if __name__ == "__main__":
    write_pdf(POSTING, HERE / "posting.pdf")
    print("wrote", HERE / "posting.pdf")
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
