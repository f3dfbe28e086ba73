"""resumefit: ATS keyword and resume checks for clinical laboratory and biomedical equipment professionals."""

__version__ = "0.1.0"
