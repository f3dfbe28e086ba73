"""Build resume.docx for heldout41-wireless-telemetry-rf-engineer.

Layout quirks: contact details in the DOCX page header, certifications straight after the summary, skills in a
two-column table, an "Other" section at the end (amateur radio licence, languages).
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("contact", "Teodor M. Vasquez-Lind, CWNA  |  Pensacola, FL 32504  |  (850) 555-0137  |  "
                "t.vasquezlind@example.com"),
    ("name", "Teodor M. Vasquez-Lind"),
    ("p", "Wireless / RF Specialist - Healthcare Technology Management"),
    ("h", "Summary"),
    ("p", "RF and wireless specialist with nine years in the field: four in cable-plant RF and five in hospital "
          "Healthcare Technology Management (HTM), supporting WMTS patient telemetry, Wi-Fi for medical devices and "
          "secondary alarm notification across a four-hospital system. Comfortable in the ceiling with a survey kit and "
          "in a conference room explaining to nursing leadership why the telemetry packs on 6 North keep dropping."),
    ("h", "Certifications"),
    ("b", "CWNA - Certified Wireless Network Administrator (CWNP), 2021, renewed 2024"),
    ("b", "CompTIA Network+, 2019"),
    ("b", "AAMI CBET - eligibility approved; exam scheduled March 2027"),
    ("b", "SCTE Broadband Premises Installer, 2015"),
    ("h", "Technical Skills"),
    ("table", [
        ("RF and telemetry",
         "WMTS (608-614 MHz and 1.4 GHz); Philips IntelliVue Telemetry System with MX40 telemetry packs; "
         "Philips PIC iX (Patient Information Center iX); in-building DAS; RSSI and dropout trending; RFI hunting; "
         "spectrum sweeps with a Keysight FieldFox N9914A and a Signal Hound SA44B"),
        ("Wi-Fi design and validation",
         "Ekahau AI Pro with Sidekick 2; predictive designs, active and passive site surveys; channel plans for "
         "2.4 and 5 GHz; -67 dBm / 25 dB signal-to-noise ratio design targets; 802.11ac/ax; WMM; Wireshark"),
        ("Networking and security",
         "Cisco Catalyst 9800-40 WLCs and Cisco APs; Cisco ISE device profiling; VLANs; TCP/IP; "
         "WPA2-Enterprise with EAP-TLS certificates; ACLs"),
        ("Clinical devices",
         "BD Alaris 8015 PC units; Baxter Sigma Spectrum pumps; Philips IntelliVue MX450 / MX800 bedside monitors; "
         "Vocera B3000n badges; Spectralink 84-Series handsets"),
        ("Alarms, risk and compliance",
         "Vocera Engage; alarm management; TJC NPSG 06.01.01; IEC 80001-1; RF coexistence testing per ANSI C63.27; "
         "EOC rounds and reporting"),
        ("Systems",
         "AIMS (Phoenix Data Systems) asset and work-order records; CenTrak staff and asset tags; ServiceNow; Visio"),
    ]),
    ("h", "Professional Experience"),
    ("job", "Clinical Systems Wireless Specialist - Gulf Pines Health, Pensacola, FL - Jan 2021 to Present"),
    ("b", "Own WMTS patient telemetry for four hospitals: about 620 Philips IntelliVue MX40 telemetry packs, "
          "in-building DAS on 14 units and nine Philips PIC iX servers and viewing consoles."),
    ("b", "Kept the WMTS registrations with ASHE current for every antenna location and filed updates after two "
          "DAS expansions (2022, 2025)."),
    ("b", "Ran quarterly spectrum sweeps of the WMTS band and after every construction project; traced RFI from an "
          "LED lighting retrofit and a contractor's two-way radio repeater; presented results to the EOC committee."),
    ("b", "Designed and validated Wi-Fi for 1,900 BD Alaris 8015 PC units, 300 bedside monitors and 1,100 Vocera and "
          "Spectralink handsets using Ekahau predictive designs and post-install site surveys; rewrote the 5 GHz "
          "channel plans for two hospitals."),
    ("b", "Onboarded medical devices onto dedicated VLANs with WPA2-Enterprise and EAP-TLS; worked with the network "
          "team on WMM priorities and roaming for voice and alarm traffic on the Cisco 9800 WLCs."),
    ("b", "Built and tested Vocera Engage rules that route bedside monitor and pump alarms to Vocera badges and "
          "Spectralink handsets; sit on the alarm management committee and supported the 2023 TJC survey of "
          "NPSG 06.01.01."),
    ("b", "Completed IEC 80001-1 medical IT-network risk assessments for 11 wireless projects and ran RF "
          "coexistence testing per ANSI C63.27 on new wireless devices before go-live."),
    ("b", "Reviewed RSSI and packet-loss logs with Philips support during dropout investigations; cut 'no signal' "
          "alarms on the cardiac step-down units by 38% in 2024."),
    ("b", "Maintained MAC address, IP and firmware records for 4,800 wireless assets in AIMS; closed 96% of wireless "
          "work orders within target."),
    ("job", "Biomedical Equipment Technician II - Gulf Pines Health HTM, Pensacola, FL - Jun 2017 to Dec 2020"),
    ("b", "Repaired and performed scheduled maintenance on infusion systems, bedside and transport monitors, "
          "defibrillators and ventilators; first-line support for telemetry and the pump Wi-Fi."),
    ("b", "Helped deploy CenTrak tags for pump and telemetry-pack tracking on eight units."),
    ("job", "RF Field Technician - Bluewave Spectrum Cable, Pensacola, FL - Jul 2013 to May 2017"),
    ("b", "Sweep-and-balance and signal-leakage detection on the HFC plant; installed and repaired cable modems and "
          "in-home coax; trained four new technicians."),
    ("h", "Education"),
    ("p", "BSEE - Emerald Coast State University, Pensacola, FL, 2013. Senior project: 900 MHz patch antenna design."),
    ("h", "Other"),
    ("b", "FCC Amateur Radio Operator license (General class), since 2011"),
    ("b", "Languages: English, Spanish (professional working proficiency)"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "resume.docx")
