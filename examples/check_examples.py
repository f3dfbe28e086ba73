#!/usr/bin/env python3
"""Consistency check for the evaluation set (not a matcher).

For every examples/<pair>/expected.yaml this checks that:
  * the file follows the documented schema (keys, enums, any_of lists);
  * every `posting:` wording (and every `any_of` option) occurs in the posting's visible text;
  * every `resume:` wording occurs in the resume text;
  * every trap `text` occurs in the document named by `in`;
and prints per-pair and total counts of terms, statuses and traps.

Matching here is a plain case-insensitive substring test after collapsing whitespace, so
it only proves the expected file quotes the documents correctly.

Usage:  python examples/check_examples.py      (needs PyYAML, python-docx, pdfplumber and its pypdfium2)
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from html.parser import HTMLParser
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
# PyYAML's C loader when it was built with libyaml (ten times faster on the 200-odd label files), else its own
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
SECTION_KINDS = {
    "contact",
    "summary",
    "certifications",
    "licenses",
    "skills",
    "experience",
    "clinical_rotations",
    "education",
    "affiliations",
    "continuing_education",
    "projects",
    "other",
}
IMPORTANCE = {"required", "preferred", "mentioned"}
STATUS = {"literal", "synonym", "related", "in_progress", "missing"}
TOP_KEYS = {"title", "track", "resume_sections", "terms", "traps"}


class _VisibleText(HTMLParser):
    """Collect text outside script/style/nav/header/footer/aside and cookie banners."""

    SKIP = {"script", "style", "nav", "header", "footer", "aside", "noscript", "button"}

    def __init__(self) -> None:
        super().__init__()
        self.depth = 0
        self.stack: list[bool] = []
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        marker = " ".join(filter(None, [attrs.get("id", ""), attrs.get("class", "")])).lower()
        skip = tag in self.SKIP or "cookie" in marker or "gdpr" in marker
        if tag in {"meta", "link", "br", "img", "input"}:
            return
        self.stack.append(skip)
        if skip:
            self.depth += 1

    def handle_endtag(self, tag):
        if tag in {"meta", "link", "br", "img", "input"} or not self.stack:
            return
        if self.stack.pop():
            self.depth -= 1

    def handle_data(self, data):
        if self.depth == 0:
            self.parts.append(data)


def read_text(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in {".txt", ".md"}:
        return path.read_text(encoding="utf-8")
    if suffix in {".html", ".htm"}:
        parser = _VisibleText()
        parser.feed(path.read_text(encoding="utf-8"))
        return " ".join(parser.parts)
    if suffix == ".docx":
        import docx

        doc = docx.Document(str(path))
        parts = []
        for section in doc.sections:
            parts += [p.text for p in section.header.paragraphs]
        parts += [p.text for p in doc.paragraphs]
        for table in doc.tables:
            for row in table.rows:
                for cell in row.cells:
                    parts.append(cell.text)
        return "\n".join(parts)
    if suffix == ".pdf":
        # pdfium (installed with pdfplumber) reads the same text as pdfplumber's extract_text on every
        # example, after whitespace is collapsed, fifty times faster
        import pypdfium2

        pdf = pypdfium2.PdfDocument(str(path))
        try:
            return "\n".join(page.get_textpage().get_text_range() for page in pdf)
        finally:
            pdf.close()
    raise ValueError(f"unsupported file: {path}")


def norm(text: str) -> str:
    text = text.replace("\u2019", "'").replace("\u2013", "-").replace("\u2014", "-")
    return re.sub(r"\s+", " ", text).strip().lower()


def _word_in(wording: str, text: str) -> bool:
    """Whole-word, case-insensitive occurrence of wording (or its singular/plural form) in text."""
    w = norm(wording)
    forms = {w}
    if len(w) > 4:  # leave short abbreviations such as "CMS" alone
        forms |= {w[:-1] if w.endswith("s") else w + "s", w[:-2] if w.endswith("es") else w}
    return any(form and re.search(r"(?<![\w(])" + re.escape(form) + r"(?![\w(])", text) for form in forms)


def find_doc(pair: Path, stem: str) -> Path:
    found = sorted(p for p in pair.iterdir() if p.stem == stem and p.suffix != ".yaml")
    if len(found) != 1:
        raise SystemExit(f"{pair.name}: expected exactly one {stem}.* file, found {found}")
    return found[0]


def check_pair(pair: Path, totals: Counter) -> list[str]:
    errors: list[str] = []
    data = yaml.load((pair / "expected.yaml").read_text(encoding="utf-8"), Loader=_LOADER)
    resume_path, posting_path = find_doc(pair, "resume"), find_doc(pair, "posting")
    docs = {"resume": norm(read_text(resume_path)), "posting": norm(read_text(posting_path))}

    if not TOP_KEYS <= set(data) <= TOP_KEYS | {"not_terms"}:
        errors.append(f"top-level keys {sorted(data)}")
    for text in data.get("not_terms") or []:  # wordings judged no term after a report listed them
        if norm(text) not in docs["posting"]:
            errors.append(f"not_terms wording not in posting: {text!r}")
    if data.get("track") not in {"lab", "equipment"}:
        errors.append(f"bad track {data.get('track')}")
    if norm(data["title"]) not in docs["posting"]:
        errors.append(f"title not in posting: {data['title']!r}")
    for kind in data["resume_sections"]:
        if kind not in SECTION_KINDS:
            errors.append(f"bad section kind {kind}")

    counts = Counter()
    seen = set()
    for term in data["terms"]:
        keys = set(term)
        wordings = term.get("any_of") or [term.get("posting")]
        label = term.get("posting") or " | ".join(term["any_of"])
        if ("posting" in keys) == ("any_of" in keys):
            errors.append(f"{label}: needs exactly one of posting/any_of")
        if term.get("importance") not in IMPORTANCE:
            errors.append(f"{label}: bad importance")
        status = term.get("status")
        if status not in STATUS:
            errors.append(f"{label}: bad status")
        if status == "missing" and "resume" in term:
            errors.append(f"{label}: missing term has a resume wording")
        if status != "missing" and "resume" not in term:
            errors.append(f"{label}: present term lacks a resume wording")
        if keys - {"posting", "any_of", "importance", "status", "resume", "pooled", "homonym"}:
            errors.append(f"{label}: unknown keys {keys}")
        for wording in wordings:
            if norm(wording) not in docs["posting"]:
                errors.append(f"{label}: posting wording {wording!r} not in posting")
            if norm(wording) in seen:
                errors.append(f"{label}: duplicate wording {wording!r}")
            seen.add(norm(wording))
        # a pursued credential is named, with its exam date; a homonym is on the resume in another sense (SCIEX's
        # Analyst software, an 'Instrument Analyst II' job title)
        if status not in ("literal", "in_progress") and not term.get("homonym"):
            for wording in wordings:
                if _word_in(wording, docs["resume"]):
                    errors.append(
                        f"{label}: status {status} but posting wording {wording!r} is on the resume"
                    )
        if "resume" in term and norm(term["resume"]) not in docs["resume"]:
            errors.append(f"{label}: resume wording {term['resume']!r} not in resume")
        counts[status] += 1
        counts["any_of" if "any_of" in term else "single"] += 1

    for trap in data["traps"]:
        if set(trap) != {"text", "in", "not"} or trap["in"] not in docs:
            errors.append(f"bad trap {trap}")
            continue
        if norm(trap["text"]) not in docs[trap["in"]]:
            errors.append(f"trap text {trap['text']!r} not in {trap['in']}")

    n_terms = len(data["terms"])
    print(
        f"{pair.name:20s} {resume_path.suffix:6s} {posting_path.suffix:6s} terms={n_terms:2d} "
        f"literal={counts['literal']:2d} synonym={counts['synonym']:2d} related={counts['related']:2d} "
        f"missing={counts['missing']:2d} any_of={counts['any_of']} traps={len(data['traps'])}"
    )
    totals.update(counts)
    totals["terms"] += n_terms
    totals["traps"] += len(data["traps"])
    totals["pairs"] += 1
    return [f"{pair.name}: {e}" for e in errors]


def main() -> int:
    totals: Counter = Counter()
    errors: list[str] = []
    for pair in sorted(p for p in HERE.iterdir() if (p / "expected.yaml").exists()):
        errors += check_pair(pair, totals)
    print(
        f"\n{totals['pairs']} pairs, {totals['terms']} terms (literal {totals['literal']}, synonym "
        f"{totals['synonym']}, related {totals['related']}, missing {totals['missing']}; "
        f"{totals['any_of']} any_of groups), {totals['traps']} traps"
    )
    for error in errors:
        print("ERROR", error)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
