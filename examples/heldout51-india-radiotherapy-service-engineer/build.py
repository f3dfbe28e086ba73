"""Build posting.pdf and resume.docx for heldout51-india-radiotherapy-service-engineer.

Layout quirks: posting is an Indian hospital-group job advert as PDF (Key Responsibilities / Desired
Candidate Profile / Compensation); resume is DOCX with the contact line in the page header, a two-column
skills table, trainings after experience and an Indian Personal Details / Declaration block at the end.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

POSTING = [
    ("name", "Service Engineer - Radiotherapy (Medical Linear Accelerators)"),
    ("contact", "Navjeevan Cancer Care Hospitals Pvt. Ltd.  |  Biomedical Engineering Department  |  Nashik, Maharashtra "
                "(with travel to Aurangabad, Kolhapur and Nagpur centres)  |  Experience: 3-7 years  |  "
                "Job ID: NCH-BME-RT-0426"),
    ("h", "About Navjeevan"),
    ("p", "Navjeevan Cancer Care runs six comprehensive cancer hospitals across Maharashtra, with eleven linacs, two "
          "brachytherapy suites and a telecobalt unit treating more than 9,000 new patients a year. Our in-house "
          "Biomedical Engineering team keeps this radiotherapy fleet running, working closely with our medical "
          "physicists and the OEMs."),
    ("h", "Role Summary"),
    ("p", "We are looking for a hands-on Service Engineer to own first- and second-line service of our radiotherapy "
          "equipment at the Nashik and Aurangabad centres, and to support the other sites during breakdowns, "
          "installations and AERB inspections. You will join a 24x7 on-call rota shared by four engineers."),
    ("h", "Key Responsibilities"),
    ("b", "Fault diagnosis and repair of medical linear accelerators (Varian TrueBeam and Clinac iX, Elekta Versa HD "
          "and Synergy, Panacea Siddharth II)."),
    ("b", "Service the RF and beam generation chain: magnetron, klystron, thyratron, electron gun, "
          "waveguide, SF6 gas system and bending magnet, plus the cooling circuit, MLC (multileaf collimator) and motion systems."),
    ("b", "Carry out planned preventive maintenance (PPM) as per OEM schedules and keep machine uptime above 97% as "
          "committed under our CMC (comprehensive maintenance contract) terms with the OEMs."),
    ("b", "Support beam QA with the medical physics team: output, flatness and symmetry, energy checks (PDD and "
          "TPR20,10) and MLC positional accuracy, using water phantoms (PTW MP3 or IBA Blue Phantom), Farmer-type "
          "ion chambers with a PTW UNIDOS electrometer, and the Sun Nuclear Daily QA 3; work to AAPM TG-142 "
          "tolerances and IAEA TRS-398 dosimetry."),
    ("b", "Maintain image guidance hardware: kV cone-beam CT (Varian OBI, Elekta XVI) and EPID."),
    ("b", "Support treatment planning and record and verify (R&V) systems - Eclipse, Monaco, ARIA and MOSAIQ - "
          "including DICOM RT connectivity, servers and backups with the IT team."),
    ("b", "Test safety interlocks at every PPM: door interlock, emergency-off (EMO) switches, beam-on warning "
          "lamps and the area radiation monitor, and record results in the logbook required by AERB."),
    ("b", "Prepare QA, safety and service records for AERB licence renewals and inspections on the e-LORA "
          "portal, and take part in commissioning of new equipment."),
    ("b", "Follow radiation safety practice: TLD badge, calibrated survey meter, ALARA, and lockout/tagout (LOTO) "
          "on high voltage circuits."),
    ("b", "Maintain HDR brachytherapy afterloaders (Elekta microSelectron and Flexitron) and the Bhabhatron-II "
          "telecobalt unit, and coordinate source replacement with BRIT."),
    ("b", "Log all work in the hospital CMMS, use OEM remote service (Varian SmartConnect or Elekta IntelliMax) and "
          "manage spares and escalations with the OEMs."),
    ("h", "Desired Candidate Profile"),
    ("p", "Required:"),
    ("b", "B.E./B.Tech in Electronics and Communication, Electrical and Electronics, Biomedical or Instrumentation "
          "Engineering, or Diploma in Electronics Engineering with 6+ years of relevant experience."),
    ("b", "Minimum 3 years of hands-on service of medical linear accelerators (Varian, Elekta, Accuray or Panacea)."),
    ("b", "Sound knowledge of high voltage pulsed power, RF and microwave systems, vacuum systems and PLC-based "
          "control circuits; confident fault-finding with an oscilloscope and digital multimeter."),
    ("b", "Working knowledge of the AERB Safety Code AERB/RF-MED/SC-1 (Rev. 1) for radiotherapy and the Atomic "
          "Energy (Radiation Protection) Rules, 2004."),
    ("b", "RSO certification approved by AERB, or willingness to qualify within 12 months of joining."),
    ("b", "Valid driving licence and willingness to travel up to 40% of the time."),
    ("p", "Preferred:"),
    ("b", "OEM factory training on TrueBeam or Versa HD/Agility."),
    ("b", "Experience with CT simulators and HDR brachytherapy."),
    ("b", "Exposure to DICOM, HL7 and hospital networking; CCNA is an advantage."),
    ("b", "Experience of acceptance testing of new linac installations and bunker shielding surveys."),
    ("b", "Familiarity with ISO 13485 and IEC 60601-2-1."),
    ("h", "Compensation & Benefits"),
    ("p", "CTC Rs. 7.5-12 LPA depending on experience, plus on-call allowance. PF, gratuity, group Mediclaim for "
          "self, spouse and children, TA/DA for outstation visits, company laptop and mobile, and sponsored OEM "
          "training. Immediate joiners or candidates with up to 30 days notice period preferred."),
    ("h", "Equal Opportunity"),
    ("p", "Navjeevan Cancer Care is an equal opportunity employer and welcomes applications from women engineers "
          "and persons with disabilities. We never ask candidates for any fee or deposit at any stage of "
          "recruitment; please report any such request to careers@navjeevan.example.com."),
]

RESUME = [
    ("name", "ARJUN PRAKASH KULKARNI"),
    ("contact", "Nashik, Maharashtra  |  Mobile: 555-0163  |  arjun.kulkarni@example.com"),
    ("h", "Profile Summary"),
    ("p", "Radiotherapy service engineer with 8+ years in the field, the last five on Elekta and Varian linacs, HDR "
          "and telecobalt units for a multi-vendor service partner. Comfortable with RF and HV troubleshooting down to "
          "board level, PMs, beam QA support with physicists and AERB documentation. Looking for an in-house "
          "hospital role in Maharashtra."),
    ("h", "Technical Skills"),
    ("table", [
        ("Linear accelerators", "Elekta Versa HD (Agility MLC), Elekta Synergy and Precise; Varian Clinac iX and Unique "
                                "(Millennium 120 MLC); IMRT, VMAT and stereotactic cones"),
        ("RF and HV", "Magnetron and klystron replacement and conditioning, thyratron, PFN modulator, e-gun, "
                      "waveguide vacuum (ion pumps), SF6 gas system, bending magnet supply, chiller"),
        ("Imaging", "XVI CBCT, iViewGT portal imager, Varian OBI, Siemens SOMATOM CT sim"),
        ("Dosimetry and QA tools", "PTW MP3 3D water tank (MEPHYSTO), PTW 30013 Farmer chamber, UNIDOS webline "
                                   "electrometer, Sun Nuclear Daily QA 3, IBA MatriXX"),
        ("Brachytherapy / cobalt", "HDR brachytherapy: Elekta microSelectron V3 afterloader; Bhabhatron-II and "
                                   "Theratron Equinox telecobalt"),
        ("Software and networking", "MOSAIQ, Monaco TPS, Elekta Integrity, IntelliMax, DICOM RT, Windows Server, "
                                    "basic TCP/IP networking"),
        ("Regulatory and safety", "AERB e-LORA, AERB safety code for radiotherapy, TG-142, ALARA, TLD monitoring, "
                                  "LOTO"),
        ("Test equipment", "Tektronix DSO, Fluke 87V multimeter, HV divider probe, helium leak detector, "
                           "Nucleonix survey meter"),
    ]),
    ("h", "Professional Experience"),
    ("job", "Senior Field Service Engineer - Radiotherapy | Kaveri Oncology Systems Pvt. Ltd., Pune | Jun 2020 - Present"),
    ("b", "Look after 14 linear accelerators and 3 HDR units at 9 customer sites in Maharashtra, Karnataka and Goa "
          "(Elekta Versa HD, Synergy, Varian Clinac iX and Unique)."),
    ("b", "Completed 160+ scheduled PM visits to OEM checklists; fleet uptime 97.8% in FY 2024-25 "
          "against a 95% uptime guarantee in our service contracts."),
    ("b", "Replaced 11 magnetrons and 2 klystrons, rebuilt 3 thyratron/modulator faults and recovered waveguide "
          "vacuum after 2 ion pump failures; average call-to-beam-on time 9 hours."),
    ("b", "Supported physicists with beam QA after major repairs: output, flatness and symmetry, percentage depth dose and MLC leaf "
          "position checks with the PTW MP3 water tank and Farmer chamber, bringing beams back within TG-142 "
          "tolerances."),
    ("b", "Tested door interlocks, E-stop buttons, radiation zone monitors and beam-on warning lamps at every "
          "PM; helped 2 centres close AERB inspection observations in 2023."),
    ("b", "Prepared QA and safety records for AERB licence renewals of 5 centres on e-LORA and coordinated "
          "Bhabhatron-II source replacement with the Board of Radiation and Isotope Technology."),
    ("b", "Moved MOSAIQ and Monaco workstations to a new hospital VLAN with the IT team; fixed DICOM RT export "
          "failures between the TPS and MOSAIQ at 3 sites."),
    ("b", "Run SF6 purity checks (moisture below 100 ppm) and chiller water treatment as part of PMs; cut "
          "unplanned SF6 top-ups by half."),
    ("b", "Plan spare parts stock for the western region with Elekta and Varian logistics teams."),
    ("job", "Service Engineer - Radiotherapy and Imaging | Sudarshan Meditech Services, Chennai | Jul 2017 - May 2020"),
    ("b", "Serviced Elekta Precise linacs, Theratron Equinox and Bhabhatron-II telecobalt units and Siemens SOMATOM "
          "CT sim units at 12 sites in Tamil Nadu and Kerala, including CMC Vellore."),
    ("b", "Assisted the Elekta installation team with two Elekta Synergy installs: mechanical alignment, "
          "ATP and commissioning support."),
    ("b", "Carried out radiation surveys with a Nucleonix survey meter after every source change."),
    ("job", "Graduate Engineer Trainee - X-ray and C-arm Service | Medisys Imaging, Coimbatore | Jul 2016 - Jun 2017"),
    ("b", "Installed and serviced 40+ X-ray and C-arm units; first exposure to HV generators."),
    ("h", "Trainings & Certifications"),
    ("b", "Elekta factory training - Versa HD / Agility service course, Level 1 and 2, Crawley (UK), 2021"),
    ("b", "Radiological Safety Officer (RSO), radiotherapy - BARC course completed Oct 2025; AERB certification "
          "exam scheduled Feb 2026"),
    ("b", "Electrical safety and LOTO for HV equipment - in-house, 2019"),
    ("h", "Educational Qualifications"),
    ("b", "B.E., Electronics and Communication Engineering - Godavari Institute of Engineering, Nashik (Savitribai "
          "Phule Pune University), 2016, CGPA 7.6"),
    ("b", "HSC (Science), Maharashtra State Board, 2012; SSC, 2010"),
    ("h", "Personal Details"),
    ("p", "Languages: Marathi, Hindi, English, working Tamil  |  Driving licence: LMV and two-wheeler  |  "
          "Notice period: 30 days"),
    ("h", "Declaration"),
    ("p", "I hereby declare that the information given above is true to the best of my knowledge."),
]

if __name__ == "__main__":
    write_pdf(POSTING, HERE / "posting.pdf")
    print("wrote", HERE / "posting.pdf")
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "resume.docx")
