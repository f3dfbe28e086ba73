"""Build resume.docx for heldout42-sterilization-dosimetry-tech.

Layout quirks: contact details sit in the DOCX page header (header_contact=True), the skills are a
two-column Word table (label | content), certifications come near the bottom after Education, and a
References block closes the resume.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("contact", "Derrick O. Almanza  |  84 Cobalt Ridge Ct, Statesville, NC 28625  |  (704) 555-0162  |  "
                "derrick.almanza@example.com"),
    ("name", "DERRICK O. ALMANZA"),
    ("h", "Summary"),
    ("p", "Dosimetry technician with five years at a contract radiation processing facility: routine dosimetry, dose mapping and "
          "dosimetric release for Co-60 gamma and 10 MeV electron beam (EB) sterilization of medical devices. Before "
          "that, two years as a QC lab technician for a Class II device maker. Careful with data, calm in FDA "
          "inspection rooms, and the person operators call when a min/max dose looks wrong."),
    ("h", "Technical Skills"),
    ("table", [
        ("Dosimeters", "Harwell Red 4034 and Amber 3042; GEX B3 film dosimeters; alanine pellets; "
                       "transfer-standard alanine dosimeters (NPL, NIST)"),
        ("Readers & gauges", "Thermo GENESYS 10S UV-Vis spectrophotometers; Bruker EMXnano EPR spectrometer; "
                             "Mitutoyo digital micrometer"),
        ("Dose work", "Absorbed dose from calibration curves; calibration irradiation of dosimeter lots; uncertainty "
                      "budget; OQ/PQ dose mapping; DUR; routine dosimeters placement"),
        ("Microbiology support", "Bioburden (ISO 11737-1) and tests of sterility; verification dose experiments; "
                                 "VDmax25 dose establishment; quarterly dose audits"),
        ("Standards & regs", "ISO 11137-1/-2/-3; ISO/ASTM 51649; ASTM E1261; ISO 13485; QSR; cGMP; GDP; "
                             "10 CFR Part 37"),
        ("Radiation safety", "ALARA; Ludlum Model 3 survey meter; Landauer Luxel+ badge program; safety interlock "
                             "tests"),
        ("Software", "SAP S/4HANA (batch records, QM); MS Excel; Minitab 21; dosimetry system database"),
    ]),
    ("h", "Experience"),
    ("job", "Dosimetry Technician - Piedmont Radiation Processing, LLC, Graham, NC - Apr 2021 to Present"),
    ("b", "Read and evaluate about 260 routine dosimeters a day across a Co-60 tote irradiator and a 10 MeV electron "
          "beam line; issue certificates of irradiation for 35-50 customer lots per shift."),
    ("b", "Perform dosimetric release against customer process specifications; confirm conveyor speed, beam current "
          "and dwell time on the batch records before signing."),
    ("b", "Opened 41 NCRs for out-of-range doses in 2024, led 9 of the investigations and wrote the RCA sections; "
          "zero repeat excursions after the CAPA for the low-density load configurations."),
    ("b", "Ran dose mapping for 63 new or changed product families during IQ/OQ/PQ work and reported DUR and "
          "Dmin/Dmax locations to the validation engineer."),
    ("b", "Calibrated 14 Harwell and B3 lots by calibration irradiation with NIST-traceable alanine transfer "
          "dosimeters; kept the uncertainty budget under 4.5% (k=2)."),
    ("b", "Scheduled bioburden and tests of sterility with two contract micro labs; tracked 120+ quarterly dose "
          "audits with no missed audit in four years."),
    ("b", "Ran max acceptable dose studies for 22 polymer components and summarized them for customers."),
    ("b", "Performed daily safety interlock tests and weekly area surveys; my Luxel+ dose has stayed under 20 mrem a year."),
    ("b", "Supported three FDA inspections, eight internal audits and 30+ customer audits with no dosimetry observations; "
          "wrote or revised 12 work instructions and logged deviations in TrackWise."),
    ("job", "QC Laboratory Technician - Catawba Surgical Products, Hickory, NC - Jun 2019 to Mar 2021"),
    ("b", "Tested incoming resin and finished catheters under cGMP and ISO 13485; ran tensile, dimensional and "
          "UV-Vis tests on about 90 lots a month."),
    ("b", "Pulled product for bioburden and packed samples for sterilization validation at the contract sterilizer."),
    ("h", "Education"),
    ("p", "B.S., Biology (minor in Chemistry) - Blue Ridge State University, Boone, NC, 2019. Gamma Sigma Delta honor "
          "society."),
    ("h", "Certifications & Training"),
    ("b", "ASQ Certified Quality Technician (CQT) - exam scheduled March 2027"),
    ("b", "Powered industrial truck (PIT) certification, OSHA 1910.178, renewed 2025"),
    ("b", "Radiation safety for irradiator operators, 40 hours, Piedmont RSO program, 2021; annual refresher"),
    ("b", "Unescorted access granted under 10 CFR Part 37 trustworthiness and reliability review, 2021"),
    ("b", "Panel on irradiation dosimetry, ASTM E61 committee meeting attendee, 2024"),
    ("h", "References"),
    ("p", "Sal Ferraro, Dosimetry Manager, Piedmont Radiation Processing - (336) 555-0118"),
    ("p", "Dr. Priya Raman, Validation Engineer, Piedmont Radiation Processing - available on request"),
]

if __name__ == "__main__":
    write_docx(RESUME, HERE / "resume.docx", header_contact=True)
    print("wrote", HERE / "resume.docx")
