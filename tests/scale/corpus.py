"""Generated resumes and postings for the scale tests and benchmark: fictional people, vocabulary terms.

Each posting asks for one or two credentials and a handful of its track's instruments, equipment,
techniques, software and standards; each resume is written for one posting (most of its terms, its
credentials, a few unrelated ones), so the posting a resume was written for is known.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from resumefit.models import Category, Concept, Track
from resumefit.vocab import Vocabulary

TERM_CATEGORIES = {
    Category.INSTRUMENT,
    Category.EQUIPMENT,
    Category.TEST_EQUIPMENT,
    Category.TECHNIQUE,
    Category.SOFTWARE,
    Category.MODALITY,
}
FIRST = "Avery Blake Casey Devon Emery Finley Harper Jordan Kendall Logan Morgan Parker Quinn Riley".split()
LAST = "Adams Brooks Carter Diaz Ellis Foster Garcia Hayes Ingram Jensen Kim Lopez Morris Nguyen".split()
CITIES = "Springfield Riverton Lakeside Fairview Georgetown Ashland Clinton Madison".split()
TITLES = {Track.LAB: "Medical Laboratory Scientist", Track.EQUIPMENT: "Biomedical Equipment Technician"}
# Credentials with plain names that each track's postings require.
CREDENTIALS = {
    Track.LAB: ("mls-ascp", "mlt-ascp", "sbb-ascp", "sh-ascp", "htl-ascp", "c-ascp", "m-ascp"),
    Track.EQUIPMENT: ("cbet", "cres", "chtm", "cles"),
}


@dataclass(frozen=True)
class Posting:
    path: Path
    track: Track
    credentials: tuple[str, ...]  # concept ids
    required: tuple[str, ...]  # term names
    preferred: tuple[str, ...]


@dataclass(frozen=True)
class Resume:
    path: Path
    track: Track
    written_for: int  # index of the posting
    credentials: tuple[str, ...]


@dataclass(frozen=True)
class Corpus:
    postings: tuple[Posting, ...]
    resumes: tuple[Resume, ...]


def plain_name(concept: Concept) -> bool:
    """The concept's name is one of its forms, matched without context words or guards."""
    form = next((f for f in concept.forms if f.text == concept.name), None)
    if form is None or form.context or form.not_after or form.not_before or form.case_sensitive:
        return False
    return len(concept.name) >= 4 and concept.name.isascii() and not any(c in concept.name for c in "()/,")


def term_pools(vocabulary: Vocabulary) -> dict[Track, list[str]]:
    """Each track's plain-named terms, sorted (ids) so a seed gives the same corpus everywhere."""
    pools: dict[Track, list[str]] = {Track.LAB: [], Track.EQUIPMENT: []}
    for cid in sorted(vocabulary.concepts):
        concept = vocabulary.concepts[cid]
        if concept.track in pools and concept.category in TERM_CATEGORIES and plain_name(concept):
            pools[concept.track].append(concept.name)
    return pools


def write_corpus(folder: Path, vocabulary: Vocabulary, postings: int, resumes: int, seed: int = 7) -> Corpus:
    """Write ``postings`` postings and ``resumes`` resumes (text files) under folder/postings and /resumes."""
    rng = random.Random(seed)
    pools = term_pools(vocabulary)
    (folder / "postings").mkdir(parents=True, exist_ok=True)
    (folder / "resumes").mkdir(parents=True, exist_ok=True)
    made = [_posting(folder, i, rng, pools, vocabulary) for i in range(postings)]
    people = [_resume(folder, i, i % postings, made, rng, pools, vocabulary) for i in range(resumes)]
    return Corpus(tuple(made), tuple(people))


def _posting(folder: Path, i: int, rng: random.Random, pools, vocabulary: Vocabulary) -> Posting:  # noqa: ANN001
    track = (Track.LAB, Track.EQUIPMENT)[i % 2]
    credentials = (rng.choice(CREDENTIALS[track]),)
    terms = rng.sample(pools[track], 10)
    path = folder / "postings" / f"posting-{i:04d}.txt"
    posting = Posting(path, track, credentials, tuple(terms[:6]), tuple(terms[6:]))
    names = [vocabulary.concepts[c].name for c in credentials]
    city = rng.choice(CITIES)
    lines = [
        f"{TITLES[track]} - {city} General Hospital (Req #{1000 + i})",
        "",
        "About the role",
        f"We are seeking a {TITLES[track]} to join our team in {city}.",
        "",
        "Responsibilities",
        *(f"- Operate, maintain and troubleshoot {term}" for term in posting.required[:3]),
        "",
        "Required qualifications",
        *(f"- {name} certification required" for name in names),
        *(f"- Experience with {term}" for term in posting.required),
        "",
        "Preferred qualifications",
        *(f"- {term}" for term in posting.preferred),
        "",
        "We are an equal opportunity employer. Apply today.",
    ]
    posting.path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return posting


def _resume(folder: Path, i: int, target: int, postings, rng: random.Random, pools, vocabulary) -> Resume:  # noqa: ANN001
    posting = postings[target]
    track = posting.track
    first, last = FIRST[i % len(FIRST)], LAST[(i // len(FIRST)) % len(LAST)]
    wanted = [*posting.required, *posting.preferred]
    terms = rng.sample(wanted, 7) + rng.sample(pools[track], 3)
    names = [vocabulary.concepts[c].name for c in posting.credentials]
    lines = [
        f"{first} {last}",
        f"{first.lower()}.{last.lower()}{i}@example.com | (555) 555-01{i % 100:02d} | {rng.choice(CITIES)}",
        "",
        "SUMMARY",
        f"{TITLES[track]} with {3 + i % 12} years of experience.",
        "",
        "CERTIFICATIONS",
        *(f"{name}, 2019" for name in names),
        "",
        "EXPERIENCE",
        f"{TITLES[track]}, {rng.choice(CITIES)} Medical Center, 2018 - Present",
        *(f"- Maintained and calibrated {term}, cutting downtime 20%" for term in terms[:5]),
        f"{TITLES[track]}, {rng.choice(CITIES)} Regional Hospital, 2014 - 2018",
        *(f"- Operated {term} for 40 tests a day" for term in terms[5:8]),
        "",
        "SKILLS",
        ", ".join(terms[8:]),
        "",
        "EDUCATION",
        "B.S., Clinical Laboratory Science, State University, 2014",
    ]
    path = folder / "resumes" / f"resume-{i:04d}.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return Resume(path, track, target, posting.credentials)
