"""Readings the forty-fourth round of held-out pairs asked for, each one for any trade: a posting's heading
as high as the boilerplate heading before it ends the boilerplate, whatever its words; 'The job' heads the
duties."""

from __future__ import annotations

from resumefit.documents import load_document
from tests.conftest import text_document

_PAGE = """<!DOCTYPE html><html><head><title>X-Ray / Lab Technician</title></head><body>
<h1>X-Ray / Lab Technician</h1>
<h2>Who we are</h2>
<p>We are a group of six walk-in clinics serving local employers.</p>
<h2>Radiology</h2>
<ul><li>Operate the Carestream DRX-1 and send studies to PACS.</li></ul>
<h2>Laboratory</h2>
<ul><li>Run HbA1c on the Abbott Afinion 2 and urinalysis on the Siemens CLINITEK Status+.</li></ul>
<h2>Benefits</h2>
<h3>Health</h3>
<ul><li>Medical plans through Aetna Choice POS II and a free Peloton membership.</li></ul>
</body></html>
"""


def _posting_forms(checker, posting) -> set[str]:  # noqa: ANN001
    report = checker.check_documents(text_document("Skills\n- Phlebotomy\n", "resume.txt"), posting)
    return {t.requirement.posting_form for t in report.terms}


def test_a_heading_as_high_as_the_boilerplates_ends_it(checker, tmp_path):
    page = tmp_path / "posting.html"
    page.write_text(_PAGE, encoding="utf-8")
    forms = _posting_forms(checker, load_document(page))
    text = " ".join(forms)
    # the duties under headings of their own trade's words ('Radiology', 'Laboratory') are read ...
    assert "PACS" in forms and "HbA1c" in forms, forms
    assert "Afinion" in text and "CLINITEK" in text, forms
    # ... and a lower heading under 'Benefits' is still the benefits
    assert not any(w in text for w in ("Aetna", "Peloton", "Choice POS")), forms


def test_the_job_heads_the_duties(checker):
    posting = (
        "About us\n"
        "We have served hospitals since 1994 with our Acme Water Cloud portal.\n"
        "\n"
        "The job\n"
        "You will service RO membranes and TOC analyzers at customer sites.\n"
    )
    forms = _posting_forms(checker, text_document(posting, "posting.txt"))
    assert any("TOC" in f for f in forms) and any("RO" in f.split() for f in forms), forms
    assert not any("Acme" in f for f in forms), forms
