"""Build posting.pdf and resume.pdf for heldout41-light-microscopy-core-tech.

Posting: a university HR posting saved as PDF (position summary with the instrument fleet, duties, minimum and
preferred qualifications, hours and pay, EEO text).
Resume layout quirks: British spelling (the applicant trained in Fiji and the UK), skills in two columns, the
certifications section at the very bottom after affiliations.
"""
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
from build_examples import write_docx, write_pdf  # noqa: E402,F401

POSTING = [
    ("name", "Imaging Specialist - Advanced Light Microscopy Core"),
    ("contact", "Whitlow University School of Medicine  |  Worcester, MA  |  Full-time, exempt  |  "
                "Requisition #2026-31475"),
    ("h", "Position Summary"),
    ("p", "The Advanced Light Microscopy Core (ALMC) is a recharge facility in the Department of Cell and "
          "Developmental Biology that serves about 140 research groups on campus and at two affiliated hospitals. "
          "We are looking for an Imaging Specialist to run day-to-day operations: keeping the instruments aligned and "
          "available, training users, and helping PIs design imaging experiments that answer their questions. The "
          "fleet includes point-scanning confocal microscopes (a Zeiss LSM 980 with Airyscan 2 and a Leica Stellaris 8 "
          "with FLIM), a Yokogawa spinning disk on a Nikon Ti2 with a stage-top incubator, a Zeiss Lightsheet 7, a "
          "Bruker multiphoton system with a tunable Ti:Sapphire laser, a Nikon TIRF system and two widefield "
          "microscopes for fluorescence and brightfield work. Analysis workstations run Imaris, Huygens, Fiji, arivis "
          "Vision4D and NIS-Elements."),
    ("h", "What you'll do"),
    ("b", "Train new users on the confocal, spinning disk, light-sheet, multiphoton and widefield systems, sign off "
          "independent use, and teach the core's twice-yearly microscopy workshop. User training is about a third of "
          "the job."),
    ("b", "Manage instrument booking, usage logs and monthly recharge billing in the core management system."),
    ("b", "Carry out weekly performance checks: laser power measurements with a power meter, cleaning and inspecting "
          "objectives, point spread function (PSF) measurements with sub-resolution beads, and Köhler illumination "
          "alignment on the transmitted-light systems."),
    ("b", "Schedule preventive maintenance (PM) visits and manage service contracts with vendor engineers; perform "
          "first-line troubleshooting and minor repairs and keep the instrument logbooks current."),
    ("b", "Act as Deputy Laser Safety Officer (LSO) for the core's high-power Class 4 lasers: keep the laser safety "
          "SOPs and signage current and deliver the core's laser safety orientation in line with ANSI Z136.1."),
    ("b", "Advise users on experimental design, such as the choice of fluorophores, objective NA, Nyquist sampling, "
          "spectral unmixing, and live-cell imaging conditions that keep phototoxicity low."),
    ("b", "Support sample preparation, including immunofluorescence and tissue clearing (CLARITY, iDISCO or CUBIC) "
          "for light-sheet imaging."),
    ("b", "Run deconvolution and image analysis for users, and help them move data from the acquisition PCs to "
          "university research storage and OMERO."),
    ("b", "Track instrument usage and recharge revenue and prepare the annual report that shows the core's return "
          "on investment (ROI) to the Dean's office."),
    ("h", "Minimum Qualifications"),
    ("b", "Bachelor's degree in a biological or physical science such as cell biology, biophysics or optics."),
    ("b", "Three years of hands-on experience operating confocal or multiphoton microscopes in a research setting."),
    ("b", "Sound understanding of fluorescence microscopy and of cameras and detectors (sCMOS, EMCCD, PMT and "
          "GaAsP)."),
    ("b", "Experience with at least one 3D image analysis package such as Imaris or Fiji."),
    ("b", "Completion of the university's laser safety training within 30 days of hire."),
    ("h", "Preferred Qualifications"),
    ("b", "Master's degree or PhD in a relevant field."),
    ("b", "Experience in a shared instrument core and involvement in the ABRF."),
    ("b", "Super-resolution experience (STED, SIM or SMLM); FLIM, FRET or FRAP experience."),
    ("b", "Scripting in Python or MATLAB; segmentation tools such as Cellpose or StarDist."),
    ("b", "Experience with core booking and billing software, either iLab or PPMS."),
    ("b", "Certified Laser Safety Officer (CLSO) or CMLSO certification."),
    ("h", "Hours and Pay"),
    ("p", "Monday to Friday, 8:30 AM to 5 PM, with occasional evening coverage for long live-cell runs. Salary range "
          "$62,000 - $78,500 (Grade 52), commensurate with experience."),
    ("h", "Benefits and Equal Opportunity"),
    ("p", "Whitlow University offers medical, dental and vision plans, tuition remission, a 403(b) plan with an 8% "
          "university contribution and 22 days of paid vacation. Whitlow University is an equal opportunity and "
          "affirmative action employer. All qualified applicants will receive consideration for employment without "
          "regard to race, color, religion, sex, sexual orientation, gender identity, national origin, age, "
          "disability, veteran status or any other protected characteristic. Applications will be reviewed on a "
          "rolling basis until the position is filled."),
]

RESUME = [
    ("name", "Litia M. Cakau-Whitfield, MSc"),
    ("contact", "Shrewsbury, MA 01545  |  (508) 555-0163  |  litia.cakauwhitfield@example.com  |  "
                "US permanent resident"),
    ("h", "Profile"),
    ("p", "Imaging scientist with eight years in shared light microscopy facilities in the UK and the US. I look after "
          "confocal, two-photon, SPIM and structured illumination systems, train users from first-year students to "
          "visiting PIs, and enjoy turning a vague imaging question into an experiment that works. Happiest when an "
          "instrument is aligned, booked solid and producing publishable data."),
    ("h", "Skills"),
    ("cols", [
        ("Microscopes:", "Analysis and data:"),
        ("Zeiss LSM 980 (Airyscan 2)", "Imaris 10: surfaces, spots, tracking"),
        ("Olympus FV3000 confocal", "ImageJ macros and plugins"),
        ("Yokogawa CSU-X1 on Nikon Ti2-E", "NIS-Elements AR, ZEN blue and black"),
        ("Thorlabs Bergamo II two-photon", "AutoQuant deconvolution"),
        ("Coherent Chameleon Ultra II", "CellProfiler pipelines"),
        ("mesoSPIM (open-source SPIM)", "Python: scikit-image, napari, Cellpose"),
        ("Nikon N-SIM S and N-STORM", "Stratocore PPMS booking and billing"),
        ("Wide-field and bright-field stands", "ROI-based intensity analysis"),
        ("Techniques:", "Detectors and QC:"),
        ("Live cell imaging, FRAP", "GaAsP and photomultiplier tubes"),
        ("Förster resonance energy transfer", "Andor iXon EMCCD"),
        ("Spectral unmixing", "Hamamatsu ORCA-Fusion"),
        ("Total internal reflection fluorescence", "Thorlabs PM100D laser power checks"),
        ("dSTORM localisation imaging", "PSF with 100 nm TetraSpeck beads"),
        ("IF staining, fluorophore selection", "Kohler illumination alignment"),
        ("Okolab H301 environmental control", "Cleaning objective lenses"),
    ]),
    ("h", "Experience"),
    ("job", "Senior Microscopy Technician, Light Microscopy Facility - Norcross Institute for Cell Research, "
            "Boston, MA - Aug 2021 to Present"),
    ("b", "Run seven systems used by 85 labs: a Zeiss LSM 980 with Airyscan 2, an Olympus FV3000, a Yokogawa CSU-X1 "
          "on a Nikon Ti2-E with an Okolab H301 chamber, a Thorlabs Bergamo II two-photon with a Coherent Chameleon "
          "Ultra II, a mesoSPIM and two wide-field stands."),
    ("b", "Deliver all user training: about 160 new users trained and signed off since 2021, plus a two-day "
          "introduction to fluorescence microscopy every term."),
    ("b", "Deputy Laser Safety Officer for the facility's Class 4 laser sources; wrote the laser safety SOPs and "
          "run the facility laser safety induction."),
    ("b", "Weekly QC on every system: laser power checks with a Thorlabs PM100D, PSF measurements with 100 nm "
          "TetraSpeck beads, Kohler illumination alignment and cleaning of objective lenses."),
    ("b", "Arrange preventative maintenance visits and service contracts with Zeiss, Nikon and Olympus; first-line "
          "troubleshooting has cut engineer call-outs by about a third."),
    ("b", "Imaged whole mouse brains processed with iDISCO+ and CUBIC on the mesoSPIM, and wrote the facility "
          "protocol for mounting and refractive-index matching."),
    ("b", "Advise users on fluorophore choice, spectral unmixing and live cell imaging settings that limit "
          "photodamage in long time-lapse runs."),
    ("b", "Provide deconvolution, image analysis and Imaris training; built CellProfiler and Cellpose pipelines "
          "for six labs and maintain the PPMS booking and billing records."),
    ("job", "Research Technician (Imaging) - Bioimaging Unit, Tyneside University, Newcastle upon Tyne, UK - "
            "Sep 2016 to Jul 2021"),
    ("b", "Ran the unit's Nikon N-SIM S for structured illumination (SIM) and N-STORM for dSTORM localisation "
          "imaging; trained 70 users."),
    ("b", "Supported FRAP and Förster resonance energy transfer (sensitised emission) experiments on the Olympus "
          "FV3000; calibrated the Andor iXon EMCCD and Hamamatsu ORCA-Fusion cameras."),
    ("b", "Prepared IF staining controls and teaching slides for the unit's summer microscopy course."),
    ("h", "Education"),
    ("p", "MSc Biophysics - Tyneside University, Newcastle upon Tyne, UK, 2016. Dissertation: optimising two-photon "
          "excitation of red fluorescent proteins in zebrafish."),
    ("p", "BSc Biology - Pacific Islands College of Science, Suva, Fiji, 2013."),
    ("h", "Professional Affiliations"),
    ("b", "ABRF member since 2022 (Light Microscopy Research Group meeting volunteer)"),
    ("b", "Royal Microscopical Society, member since 2015"),
    ("h", "Certifications and Training"),
    ("b", "University laser safety training (EHS), renewed 2025"),
    ("b", "Certified Laser Safety Officer (CLSO), Board of Laser Safety - application approved; exam scheduled "
          "March 2027"),
    ("b", "Animal handling, Home Office Personal Licence modules 1-4 (UK), 2017"),
]

if __name__ == "__main__":
    write_pdf(POSTING, HERE / "posting.pdf")
    write_pdf(RESUME, HERE / "resume.pdf")
    print("wrote", HERE / "posting.pdf", "and", HERE / "resume.pdf")
