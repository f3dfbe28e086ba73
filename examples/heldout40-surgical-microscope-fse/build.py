"""Build resume.pdf for heldout40-surgical-microscope-fse.

Layout quirks: every section heading is letter-spaced ("E X P E R I E N C E", "P R O F I L E"), so the heading
words are not whole words in the extracted text; skills sit in a two-column block (left and right columns share a
line in the PDF text); certifications come after the experience and a pursued credential is listed among the held
ones; a closing "Additional" section holds the driver's licence line. The employer is described as an independent
service organization (ISO), and a bullet opens with the verb "Led".
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

RESUME = [
    ("name", "Elena V. Marchetti"),
    ("contact", "Aurora, CO 80014  |  (720) 555-0127  |  elena.marchetti@example.com  |  Willing to travel"),
    ("h", "P R O F I L E"),
    ("p", "Field service technician with ten years on operating microscopes, ophthalmic equipment and OR video. For "
          "the last seven I have covered Zeiss and Leica scopes, phaco systems and integrated OR suites for an "
          "independent service organization (ISO) along the Front Range, usually before first case. Strong on "
          "optics and mechanics, at ease with surgeons, and looking for a manufacturer-authorized role with "
          "newer platforms."),
    ("h", "T E C H N I C A L   S K I L L S"),
    ("cols", [
        ("Microscopes and optics:", "Video and integration:"),
        ("Zeiss OPMI Pentero 800, OPMI Vario 700", "Alcon NGENUITY 3D Visualization System"),
        ("Zeiss OPMI Lumera i / Lumera 700", "UHD medical monitors, HDMI and SDI routing"),
        ("Leica M844 F40, M822, M525 F40", "MediCapture MVR Pro HD, DICOM push to PACS"),
        ("Optical alignment, binocular heads", "Karl Storz OR1 and IMAGE1 S towers"),
        ("INFRARED 800 module (Pentero)", "Medtronic StealthStation S8 video link"),
        ("Ophthalmic and OR equipment:", "Test equipment and tools:"),
        ("Alcon Centurion, B+L Stellaris Elite", "Rigel 288+, Fluke 179"),
        ("Lumenis Selecta SLT and YAG lasers", "Extech light meter, dioptometer"),
        ("Haag-Streit BQ 900 slit lamps", "Schematics, OEM service laptops"),
    ]),
    ("h", "E X P E R I E N C E"),
    ("job", "Senior Field Service Technician - Front Range Ophthalmic & Surgical Services, Englewood, CO  |  "
            "Apr 2019 - present"),
    ("b", "Led a three-person field and depot team covering 140 customer sites (hospitals, ASCs and private eye "
          "practices) in Colorado, Wyoming and western Nebraska."),
    ("b", "Service about 180 operating microscopes a year for cataract, retina, neuro, spine and otolaryngology "
          "cases: Zeiss OPMI Lumera i and Lumera 700, OPMI Pentero 800, OPMI Vario 700, Leica M844 and M822."),
    ("b", "Scheduled PMs: optical alignment of binocular heads and beam splitters, collimated assistant and "
          "observer optics, checked focus tracking through zoom, adjusted counterbalance and EM brakes, replaced "
          "xenon lamp and halogen lamp modules and realigned coaxial illumination."),
    ("b", "Configured and troubleshot the INFRARED 800 module on two Pentero 800 systems for indocyanine green "
          "videoangiography in neuro cases; verified filter wheel and camera output after every repair."),
    ("b", "Installed and set up the Alcon NGENUITY 3D Visualization System for two retina practices, including UHD "
          "monitors and HDMI/SDI video routing to MediCapture MVR Pro HD units with DICOM push to PACS."),
    ("b", "Connected microscope video to integrated OR suites (Karl Storz OR1) and to Medtronic StealthStation S8 "
          "for image-guided surgery in the neuro and spine rooms of two Level II hospitals."),
    ("b", "Electrical safety checks to IEC 60601 and NFPA 99 limits with a Rigel 288+; lamp output checks with an "
          "Extech light meter."),
    ("b", "Loaded firmware updates on Pentero and Lumera systems and Alcon Centurion phaco consoles."),
    ("b", "Also service phaco systems, Lumenis SLT and YAG lasers and slit lamps in 60+ eye clinics."),
    ("job", "Biomedical Equipment Technician II - Sand Creek Regional Medical Center, Aurora, CO  |  "
            "Jun 2015 - Mar 2019"),
    ("b", "OR equipment support for 14 surgical suites: ESUs, surgical lights and booms, OR tables, Stryker and Karl "
          "Storz video towers, and the Zeiss and Leica scopes in the neuro, head-and-neck and eye rooms."),
    ("b", "First-line repairs on microscope stands: drape adapters, handgrip switches, light cables; escalated "
          "optical faults to the ISO that later hired me."),
    ("b", "Completed the Leica M844 factory service course (2017) when the hospital bought its second M844."),
    ("h", "C E R T I F I C A T I O N S"),
    ("b", "CBET (AAMI Credentials Institute) - eligible; exam scheduled January 2027"),
    ("b", "Laser Safety Officer training, ANSI Z136.3 (health care), 2022"),
    ("b", "Zeiss OPMI Pentero service seminar (third-party), 2020"),
    ("h", "E D U C A T I O N"),
    ("b", "Associate of Applied Science, Electronics Engineering Technology - Cherry Creek Technical College, "
          "Englewood, CO, 2015"),
    ("h", "A D D I T I O N A L"),
    ("b", "Valid Colorado driver's license, clean motor vehicle record; comfortable with overnight travel."),
    ("b", "OR attire and aseptic technique trained; current TB test and vaccinations."),
]

if __name__ == "__main__":
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "resume.pdf")
