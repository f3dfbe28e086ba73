"""resumefit: an ATS keyword and resume checker for clinical laboratory and biomedical equipment professionals."""

__version__ = "0.1.0"
