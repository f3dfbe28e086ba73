"""Allow `python -m resumefit`."""

from resumefit.cli import run

if __name__ == "__main__":
    run()
