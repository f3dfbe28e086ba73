"""How a resume answers posting terms the vocabulary does not know: literally, by lemma, by acronym or
long form (defined in either document, or spelt by initials), or by a near-miss spelling."""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import replace
from functools import lru_cache

from resumefit.advice import choices, mirror_wording
from resumefit.guards import Place, Verdict, check_guard
from resumefit.matching import (
    AT_RISK_REGIONS,
    PURSUED_LATER,
    TRADEMARKS,
    TermMatcher,
    about_schooling,
    assess_terms,
    continues,
    is_degree,
    is_literal,
    near_spellings,
    plainly_more,
    pursued_after,
    said_after,
    spelled_after,
    spelled_before,
)
from resumefit.models import (
    Category,
    Document,
    Importance,
    Line,
    Mention,
    Posting,
    Requirement,
    SourceFormat,
    Status,
    SurfaceForm,
    TermResult,
    Track,
    UnknownTerm,
)
from resumefit.openterms import (
    CONNECTORS,
    LABELLED_COMPOUND,
    NESTED_ACRONYM,
    NESTED_INITIALS,
    NUMBER_WORDS,
    PAREN_ACRONYM,
    TITLED_DOCUMENT,
    defined_long_form_start,
    everyday_word,
    is_open,
    known_form_keys,
    long_form_start,
    prefix_initials,
    verb_capable,
)
from resumefit.posting import MODEL_TOKEN
from resumefit.postingnoise import EMAIL_ADDRESS, PLACE
from resumefit.spacyload import stop_words
from resumefit.variants import umlaut_spellings, wording_key
from resumefit.vocab import PURSUED_GUARD, Vocabulary

# initials, then what they stand for in brackets: 'PAMET (Philippine Association of Medical Technologists)'
_SHORT_THEN_LONG = re.compile(r"^(?P<short>[A-Z][A-Z0-9&]{1,9})\s+\(\s*(?P<long>[A-Z][^()]{5,}?)\s*\)$")
# not 'SI(ASCP)'; initials with a bracket inside them too: '... Regulations 2017 (IR(ME)R)'
_DEFINED = re.compile(rf"^(?P<long>.+?)\s+\(\s*(?P<short>[A-Z][A-Za-z0-9&/-]{{1,9}}|{NESTED_INITIALS})\s*\)$")
_PREFIXED = re.compile(r"^([a-z]{1,2})([A-Z][A-Z0-9]+)$")
_RANK = {Status.LITERAL: 3, Status.SYNONYM: 2, Status.RELATED: 1, Status.MISSING: 0}


def assess_posting_terms(
    posting: Posting,
    posting_mentions: Sequence[Mention],
    resume_mentions: Sequence[Mention],
    resume: Document,
    matcher: TermMatcher,
    track: Track | None = None,
) -> tuple[TermResult, ...]:
    """Every requirement's TermResult, in the posting's order: vocabulary terms by concept (``track`` as in
    ``assess_terms``), the others by their wording."""
    known = [r for r in posting.requirements if r.known]
    assessed = assess_terms(
        known, posting_mentions, resume_mentions, resume, matcher, track, posting.document.lines
    )
    results = dict(zip(map(id, known), assessed, strict=True))
    degrees = [m for m in resume_mentions if is_degree(m.concept_id, matcher.vocabulary)]
    # 'working toward an M.S. in forensic science': a subject on a line whose only degree is pursued
    pursued = {m.line for m in degrees if m.in_progress} - {m.line for m in degrees if not m.in_progress}
    reader = _ResumeReader(
        resume, matcher, frozenset(pursued), tuple(resume_mentions), posting.document.lines
    )
    for req in known:
        result = _with_open_choices(results[id(req)], reader)
        result = _written_otherwise_known(_model_named(result, matcher, resume.lines), reader)
        result = _by_the_postings_initials(result, posting.document.lines, reader)
        result = _by_the_postings_short_form(result, posting.document.lines, reader)
        result = _by_an_equivalent_qualification(result, posting.document.lines, reader)
        result = _by_a_part_of_the_pair(result, reader)
        results[id(req)] = _subject_under_way(result, reader)
    # a known term's result by its concept: what an open term that narrows it falls back on
    reader.known_results = {r.concept_id: results[id(r)] for r in known}
    return _one_word_one_answer(
        [results[id(r)] if r.known else assess_open(r, reader) for r in posting.requirements]
    )


def _one_word_one_answer(results: list[TermResult]) -> tuple[TermResult, ...]:
    """'collimators' read as two known things (an X-ray tube's and a gamma camera's), 'IRT' as two (a
    trial's randomisation system and a newborn screen): where the resume answers the posting's word in one
    sense, that is the sense it is asked in, never present and missing at once. The unanswered sense goes."""
    met = {
        (r.requirement.line, r.requirement.posting_form.lower())
        for r in results
        if r.requirement.known and r.status.is_met and not r.requirement.alternatives
    }
    return tuple(
        r
        for r in results
        if not (
            r.status is Status.MISSING
            and r.requirement.known
            and not r.requirement.alternatives
            and (r.requirement.line, r.requirement.posting_form.lower()) in met
        )
    )


_SPACES = re.compile(r"\s*")


def _by_the_postings_initials(result: TermResult, lines: Sequence[Line], reader: _ResumeReader) -> TermResult:
    """'microscopy, culture and sensitivity (M/C/S)': the initials the posting defines for the long form a
    known term stands in, written on the resume ('Performed M/C/S'), are the term under another name; not
    where the resume spells them out as something else ('CASA (Court Appointed Special Advocates)')."""
    req = result.requirement
    if result.status is not Status.MISSING or req.line is None or req.line >= len(lines):
        return result
    text = lines[req.line].text
    at = text.find(req.posting_form)
    if at < 0:
        return result
    match = PAREN_ACRONYM.match(text, _SPACES.match(text, at + len(req.posting_form)).end())
    if match is None:  # the initials must come right after the wording
        return result
    initials = match.group(1)
    start = defined_long_form_start(text[: match.start()].rstrip(), initials)
    # initials the vocabulary knows ('CT', 'PM', 'CAH') were read on the resume by their own forms and guards:
    # a 'CT' there may be a state's
    if start is None or start > at or wording_key(initials) in known_form_keys(reader.matcher.vocabulary):
        return result
    pattern = re.compile(rf"(?<![\w/&-]){re.escape(initials)}(?![\w/&-])")
    wording = text[start : match.start()]
    for line in reader.lines:
        for found in pattern.finditer(line.text):
            hit = Mention("", found.group(0), line.index, *found.span(), line.page, line.region)
            if not _refused_here(hit, reader, wording):
                return _result(req, Status.SYNONYM, hit, req.posting_form)
    return result


def _by_the_postings_short_form(
    result: TermResult, lines: Sequence[Line], reader: _ResumeReader
) -> TermResult:
    """'TLD badge' asked, 'TLD monitoring' on the resume; 'BSH guidelines' asked, 'the BSH zero tolerance
    labelling rules' written; 'platelets' asked and written beside 'red cells', not beside 'plasma': the
    posting itself writes the term's initials or word (a form of the vocabulary that needs a word of its
    kind beside it, which the resume's line lacks), and the resume's same initials or word have
    a word of the posting's beside them ('labelling', 'ALARA'), so they are the term the posting means;
    not where the resume spells them out otherwise, a guard refuses them, a place or organisation is named
    by them, or the vocabulary reads another of its terms there ('UPS Ground', 'Wright-Patterson AFB')."""
    req = result.requirement
    concept = reader.matcher.vocabulary.concepts.get(req.concept_id)
    if result.status is not Status.MISSING or concept is None or req.line is None or req.line >= len(lines):
        return result
    asked = lines[req.line].text
    # its initials, or a word that needs one of its kind beside it ('platelets' beside 'plasma' or 'FFP')
    shorts = {
        f.text
        for f in concept.forms
        if (_is_acronym(f.text) and len(f.text) >= 3) or (f.context and re.fullmatch(r"[a-z]{5,}", f.text))
    }
    for short in sorted(s for s in shorts if s.lower() in reader.lower):  # else no pattern to build
        plain = not _is_acronym(short)
        pattern = re.compile(rf"(?<![\w/&.-]){re.escape(short)}(?![\w/&-])", re.IGNORECASE if plain else 0)
        if not pattern.search(asked):
            continue
        for line in reader.lines:
            for found in pattern.finditer(line.text):
                hit = Mention("", found.group(0), line.index, *found.span(), line.page, line.region)
                elsewhere = any(
                    m.line == hit.line
                    and m.start < hit.end
                    and hit.start < m.end
                    and m.concept_id != concept.id
                    for m in reader.mentions
                )
                if (
                    not elsewhere
                    and _same_neighbours(hit, req, short, reader)
                    and not _in_place_name(hit, reader.lines)
                    and not _refused_here(hit, reader, concept.name)
                ):
                    status = Status.LITERAL if req.posting_form == short else Status.SYNONYM
                    return _result(req, status, hit, req.posting_form)
    return result


def _by_a_part_of_the_pair(result: TermResult, reader: _ResumeReader) -> TermResult:
    """'PET/CT' asked, 'CT' read on the resume: a known pair of things written with a slash is partly met by
    one of them, as the vocabulary read it there (`related`)."""
    req = result.requirement
    parts = req.posting_form.split("/")
    if (
        result.status is not Status.MISSING
        or len(parts) != 2
        or not all(re.fullmatch(r"[A-Z]{2,6}", p) for p in parts)
    ):
        return result
    for mention in reader.mentions:
        if mention.form in parts and not mention.in_progress and mention.concept_id != req.concept_id:
            return replace(_result(req, Status.RELATED, mention, req.posting_form), via=mention.concept_id)
    return result


def _by_an_equivalent_qualification(
    result: TermResult, lines: Sequence[Line], reader: _ResumeReader
) -> TermResult:
    """'High school diploma or GED' met by 'GCSEs' or 'KCSE' (or any qualification after school); 'an
    Associate degree ..., or equivalent technical training' met by 'City & Guilds Level 3 NVQ Diploma' or
    'HND': the other countries' and trades' ways to the level the posting asks, on a line of the resume's
    education, where the posting accepts an equivalent (a high school diploma's always has one)."""
    req = result.requirement
    if result.status is not Status.MISSING or req.line is None or req.line >= len(lines):
        return result
    levels = reader.matcher.vocabulary.lexicon.degree_levels
    if req.concept_id not in levels[:2]:
        return result
    school = req.concept_id == levels[0]
    if not school and not _EQUIVALENT_TRAINING.search(lines[req.line].text):
        return result
    ways = (_SCHOOL_LEAVING, _AFTER_SCHOOL) if school else (_AFTER_SCHOOL,)
    for line in reader.lines:
        if not school and _SCHOOL_LEAVING.search(line.text) and not _AFTER_SCHOOL.search(line.text):
            continue
        for way in ways:
            found = way.search(line.text)
            if found and _of_schooling(line, reader):
                hit = Mention("", found.group(0), line.index, *found.span(), line.page, line.region)
                return _result(req, Status.SYNONYM, hit, req.posting_form)
    return result


def _of_schooling(line: Line, reader: _ResumeReader) -> bool:
    """A line of the resume's education section, or one that says it is about schooling."""
    from resumefit.matching import about_schooling

    here = [m for m in reader.mentions if m.line == line.index]
    probe = here[0] if here else Mention("", "", line.index, 0, 0, line.page, line.region)
    return about_schooling(probe, reader.lines) or bool(_AWARDED.search(line.text))


# '..., or equivalent technical training (military or trade school)'
_EQUIVALENT_TRAINING = re.compile(
    r"\bor\s+(?:an?\s+)?equivalent\s+(?:\w+\s+){0,2}(?:training|qualifications?|education|diploma|"
    r"certificate|programme|program)\b",
    re.IGNORECASE,
)
# the certificates of finishing school: England's, Kenya's, West Africa's, Malaysia's, Ontario's, Ireland's
_SCHOOL_LEAVING = re.compile(
    r"\b(?:I?GCSEs?|A[- ]?levels?|O[- ]?levels?|KCSE|WASSCE|SSCE|WAEC|SPM|STPM|OSSD|Leaving Certificate|"
    r"HSC|SSLC|matric(?:ulation)?|(?:secondary|high)\s+school\s+(?:diploma|certificate))\b"
)
# what a trade school, college or apprenticeship awards
_AFTER_SCHOOL = re.compile(
    r"\b(?:NVQ|BTEC|City\s*(?:&|and)\s*Guilds|HNC|HND|Higher National (?:Diploma|Certificate)|"
    r"(?:trade|technical|vocational)\s+(?:school|college|diploma|certificate)|(?:completed\s+)?apprenticeship|"
    r"(?<!Secondary School )(?<!High School )Diploma(?:\s+(?:in|of)\b|,)|Certificate\s+(?:III|IV)\b|ITI)\b"
)
_AWARDED = re.compile(r"\b(?:19|20)\d\d\b|\b(?:College|Institute|Polytechnic|School|University)\b")


def _one_word_fewer(wording: str, reader: _ResumeReader) -> Mention | None:
    """'flow accuracy' for 'flow rate accuracy', 'red cells' for 'red blood cells', 'ACR phantom' for 'ACR
    large phantom', 'Ziehm RFD 3D' for 'Ziehm Vision RFD 3D': the posting's wording of three or four words
    with one word inside it left out, its first and last words kept (the thing and what kind it is)."""
    words = wording.split()
    # 'Xpert Ultra' for 'Xpert MTB/RIF Ultra': a slashed pair inside is one word
    # a model's number may end it: 'Ziehm RFD 3D' for 'Ziehm Vision RFD 3D'
    # five with a model number: 'Servomex 5200 paramagnetic analyzer' for 'Servomex MiniMP 5200 ...'
    longest = 5 if any(c.isdigit() for c in wording) else 4
    if not 3 <= len(words) <= longest or not all(re.fullmatch(r"[A-Za-z0-9][\w/+-]*", w) for w in words):
        return None
    for inner in range(1, len(words) - 1):
        if words[inner].lower() in CONNECTORS:
            continue
        shorter = " ".join(words[:inner] + words[inner + 1 :])
        hit = _literal(shorter, reader)
        if hit is not None and not _in_place_name(hit, reader.lines):
            return hit
    return None


# the words before a bare head on the resume: no other kind of it is named ('blood, marrow', 'each pool')
_BARE_BEFORE = re.compile(
    r"(?:^|[,;:(/•·-]|\b(?:and|or|the|each|all|of|in|on|from|for|with|\d+))\s*$", re.IGNORECASE
)
_CLASS_HEADS = frozenset(
    "analyzer analyser instrument system device unit equipment machine specimen sample vial tube kit "
    "assay panel module software".split()
)


def _head_alone(wording: str, reader: _ResumeReader) -> Mention | None:
    """'marrow' for 'bone marrow', 'iontophoresis' for 'pilocarpine iontophoresis': a two-word wording's
    head by itself, a word of the trade (no everyday word, no class such as 'analyzers'), where the resume
    names no other kind of it before it ('hematology analyzers' is no 'chemistry analyzers')."""
    words = wording.split()
    if len(words) != 2 or not all(re.fullmatch(r"[a-z][a-z-]+", w) for w in words):
        return None
    head = words[1]
    if everyday_word(head) or _singular_stem(head).lower() in _CLASS_HEADS or len(head) < 5:
        return None
    pattern = re.compile(rf"(?<![\w-]){re.escape(_singular_stem(head))}(?:e?s)?(?![\w-])", re.IGNORECASE)
    for line in reader.lines:
        for found in pattern.finditer(line.text):
            # written in lower case: a capital opens a heading or a name ('Cytometry Core', 'Media: ...')
            if found.group(0)[0].islower() and _BARE_BEFORE.search(line.text[: found.start()]):
                return Mention("", found.group(0), line.index, *found.span(), line.page, line.region)
    return None


def _subject_under_way(result: TermResult, reader: _ResumeReader) -> TermResult:
    """'A.A.S., Healthcare Administration - ..., in progress': a degree's subject met only on lines whose
    degree is still worked toward is in progress, however the wording was found."""
    req = result.requirement
    if (
        result.status in (Status.LITERAL, Status.SYNONYM, Status.RELATED)
        and is_degree(req.concept_id, reader.matcher.vocabulary)
        and req.concept_id not in reader.matcher.vocabulary.lexicon.degree_levels
        and result.mentions
        and all(m.line in reader.pursued_degree_lines for m in result.mentions)
    ):
        return replace(result, status=Status.IN_PROGRESS)
    return result


def unchecked_apart(posting: Posting, terms: Sequence[TermResult]) -> tuple[Posting, tuple[TermResult, ...]]:
    """A tentative reading the resume does not answer ('toluidine blue' read from what no reader of the
    posting's structure took) is no term to add: it joins the posting's terms the vocabulary does not
    know, listed for the reader to check, never reported missing."""
    unchecked = [t for t in terms if (t.requirement.tentative or _bare_duty_word(t)) and _unanswered(t)]
    if not unchecked:
        return posting, tuple(terms)
    kept = tuple(t for t in terms if t not in unchecked)
    listed = {u.text for u in posting.unknown_terms}
    extra = tuple(
        UnknownTerm(
            text=t.requirement.posting_form,
            count=t.requirement.count,
            snippet=t.requirement.snippet,
            tentative=True,
        )
        for t in unchecked
        if t.requirement.posting_form not in listed
    )
    return replace(posting, unknown_terms=posting.unknown_terms + extra), kept


def _bare_duty_word(term: TermResult) -> bool:
    """Everyday words the vocabulary does not know, read only from the duties: one word ('storage',
    'status', 'hardware') or a phrase of them ('room changes', 'serial number', 'performance checks'). Too
    little to tell the user to add, so they are listed for the user to check instead. One thing counted in
    the plural ('freezers', 'ovens', 'scales') is a thing to have worked on, and stays."""
    req = term.requirement
    form = req.posting_form.strip()
    if req.importance is Importance.MENTIONED and _done_to_results(form):
        return True  # 'release results', 'Verify results': a duty done, a known skill's verb form or not
    if not (is_open(req.concept_id) and req.importance is Importance.MENTIONED) or req.narrows:
        return False  # a kind of a known term the posting asks for
    if re.fullmatch(r"[a-z]+", form):
        return not form.endswith("s") and everyday_word(form)
    words = [w.removesuffix("'s") for w in re.split(r"[\s-]+", form) if w not in _LINKING]
    plain = re.fullmatch(r"[a-z][a-z' -]*[a-z]", form)
    return bool(plain) and len(words) > 1 and all(map(everyday_word, words))


_LINKING = frozenset({"of", "and", "or", "the", "to", "for", "in", "on", "a", "an", "with"})
_WORK_DONE_TO = frozenset({"results", "specimens", "samples"})


def _done_to_results(form: str) -> bool:
    """'release results', 'reports results', 'Verify results': a verb and the plain things it is done to,
    which every lab posting's duties say; no wording for a resume to take."""
    words = form.split()
    return len(words) == 2 and words[1].lower() in _WORK_DONE_TO and verb_capable(words[0].lower())


def _unanswered(term: TermResult) -> bool:
    """A tentative reading the resume lacks, or a single word it has only as a near spelling or a pursuit:
    'diagnosis' is not met by the resume's 'Diagnostics', nor 'registration' by a licence in progress. Its
    British spelling ('aluminium') and the trade's other word for it ('canine' for 'dog') meet it."""
    if term.status is Status.MISSING:
        return True
    if " " in term.requirement.posting_form.strip() or term.status is Status.LITERAL:
        return False
    return term.status is Status.IN_PROGRESS or term.misspelt is not None


def _written_otherwise_known(result: TermResult, reader: _ResumeReader) -> TermResult:
    """A known term the resume writes another way ('leak tests on sealed sources', 'rad surveys', a model with
    its revision letter) is there."""
    if result.status is not Status.MISSING or result.requirement.alternatives:
        return result
    form = result.requirement.posting_form
    hit = _inflected(form, reader) or _unless_a_form(_as_a_verb(form, reader), reader)
    if hit is not None:  # 'Precepted' for 'precepting', 'refurbished' for 'refurbishment': its own word
        return _result(result.requirement, Status.LITERAL, hit, form)
    hit = (
        _written_otherwise(form, reader)
        or _model_revision(form, reader)  # 'Agilent 5977B' for the 5977
        or _cfr_parts(form, reader.lines)  # '21 CFR 1020.32' of '21 CFR 1020.30-.32'
        or _one_word_fewer(form, reader)  # 'ACR phantom' for the ACR large phantom
        or _eponym_alone(form, reader)  # 'Kinyoun' for Kinyoun stains
        or _initialled_unknown(form, reader)  # 'Bio-Rad URT' for Bio-Rad Unity Real Time
        or _unknown_head_alone(form, reader)  # 'marrow' for bone marrow
        or _name_by_its_initials(form, reader)  # 'MLTB' for the Medical Laboratory Technologists Board
        or _with_a_slash_sibling(form, reader)  # 'QIAsymphony SP/AS' for the QIAsymphony SP
    )
    if hit is not None:
        return _result(result.requirement, Status.SYNONYM, hit, form)
    narrowed = _code_inside(form, reader)  # 'factor VIII and IX assays' for factor assays: kinds of them
    if narrowed is not None:
        return _result(result.requirement, Status.RELATED, narrowed, form)
    compound = _compound_head(form, reader)  # 'platelet agitator-incubator' for platelet incubators
    return _result(result.requirement, Status.SYNONYM, compound, form) if compound else result


# a code or number that names a kind ('VIII', 'BIMO', 'CD4', 'II'), and a run of them ('VIII and IX')
_KIND_CODE = r"(?:[A-Z]{2,6}|[IVX]{1,5}|[A-Z]{0,4}\d{1,4}[A-Za-z]{0,2})"
_KIND_CODES = rf"{_KIND_CODE}(?:\s*(?:,|/|&|\band\b|\bor\b)\s*{_KIND_CODE}){{0,3}}"


def _code_inside(form: str, reader: _ResumeReader) -> Mention | None:
    """'factor VIII and IX assays' for 'factor assays', 'FDA BIMO inspection' for 'FDA inspections': a
    two-word wording with the codes of its kinds between its words, which names those kinds of it."""
    return _between_its_two_words(form, reader, 2, rf"{_KIND_CODES}\s+")


def _compound_head(form: str, reader: _ResumeReader) -> Mention | None:
    """'platelet agitator-incubator' for 'platelet incubators': the head of a two-word wording as the last
    part of a hyphened compound, one device doing both."""
    return _between_its_two_words(form, reader, 3, r"[a-z]{3,}-")


def _between_its_two_words(form: str, reader: _ResumeReader, shortest: int, between: str) -> Mention | None:
    """A wording's two words on the resume with ``between`` (a pattern) after the first, when each is of
    letters only and ``shortest`` long at least, and the resume holds both (else there is no pattern to
    build)."""
    words = form.split()
    if len(words) != 2 or not all(re.fullmatch(rf"[A-Za-z]{{{shortest},}}", w) for w in words):
        return None
    if not all(_singular_stem(w).lower() in reader.lower for w in words):
        return None
    first, head = re.escape(words[0]), _plural_free(words[1:])
    return reader.first(re.compile(rf"(?<![\w-])(?i:{first})\s+{between}(?i:{head})(?![\w-])"))


# a method named for the people who made it: 'Kinyoun stains', 'Ziehl-Neelsen stain', 'Westergren method'
_EPONYM = re.compile(
    r"(?P<name>[A-Z][a-zà-ÿ]{2,}(?:-[A-Z][a-zà-ÿ]{2,})?)\s+(?:stains?|staining|media|medium|agar|tests?|"
    r"methods?|technique|procedure|reagent|solution|rules)"
)


def _eponym_alone(form: str, reader: _ResumeReader) -> Mention | None:
    """'Kinyoun' for 'Kinyoun stains': a method named for its makers is written by their names alone (never
    a name that is also an English word: 'Gram', 'Wright')."""
    from resumefit.postingnoise import english_words

    named = _EPONYM.fullmatch(form.strip())
    if named is None or any(part.lower() in english_words() for part in named["name"].split("-")):
        return None
    return reader.first(re.compile(rf"(?<![\w-]){re.escape(named['name'])}(?![\w-])"))


def _first_words_initialled(wording: str, reader: _ResumeReader) -> Mention | None:
    """'TMS derivatization' for 'trimethylsilyl derivatization', 'LC method' for 'liquid chromatography
    method': the first words by their initials (a prefix counting as a word), the rest as written."""
    words = wording.split()
    if not 2 <= len(words) <= 4 or not all(re.fullmatch(r"[a-z][a-z-]+", w) for w in words):
        return None
    for count in range(1, len(words)):
        letters = "".join(c for w in words[:count] for c in prefix_initials(w)).upper()
        if len(letters) < 2:
            continue
        hit = _literal(f"{letters} {' '.join(words[count:])}", reader)
        if hit is not None:
            return hit
    return None


_TITLE_WORD = re.compile(r"[A-Z][a-z]+(?:-[A-Z][a-z]+)?")


def _name_initialled(wording: str, reader: _ResumeReader, anchored: bool = False) -> Mention | None:
    """'HSWA 2015' for 'Health and Safety at Work Act 2015', 'HPCA Act' for 'Health Practitioners Competence
    Assurance Act 2003': a name of capitalised words (its small words give no letter) by its initials, or by
    the initials of all but its last word and that word as written; its year may follow, no other number."""
    words = wording.split()
    year = words.pop() if words and re.fullmatch(r"(?:19|20)\d\d", words[-1]) else None
    # a body's initials before it may be written or not: 'FBI QAS', 'SSRCR' of the CRCPD's regulations
    body = words.pop(0) if len(words) > 3 and re.fullmatch(r"[A-Z][A-Z0-9&]{1,5}", words[0]) else None
    titled = [w for w in words if _TITLE_WORD.fullmatch(w)]
    if len(titled) < 3 or any(w not in titled and not re.fullmatch(r"[a-z]{2,4}", w) for w in words):
        return None
    if words[0] not in titled or words[-1] not in titled:
        return None
    after = rf"(?:\s+{year})?(?![\w-])(?!\s*\d)" if year else r"(?![\w-])(?!\s*\d)"
    initials = "".join(w[0] for w in titled)
    # ``anchored``: only with a word written as it is beside the initials, a maker's or a body's
    shapes = [] if anchored else [(initials, ""), (initials[:-1], rf"\s+{re.escape(titled[-1])}")]
    if len(titled) >= 4 and words[0] == titled[0]:  # 'Bio-Rad URT' for 'Bio-Rad Unity Real Time': the maker
        shapes.append((rf"{re.escape(titled[0])}\s+{initials[1:]}", ""))  # as written, its product initialled
    if body:
        shapes.insert(0, (rf"{re.escape(body)}\s+{initials}", ""))
    for letters, written in shapes:
        if letters.rsplit("+", 1)[-1].lower() not in reader.lower:
            continue  # no pattern to build
        hit = reader.first(re.compile(rf"(?<![\w-]){letters}{written}{after}"))
        if hit is not None:
            return hit
    return None


def _model_named(result: TermResult, matcher: TermMatcher, lines: Sequence[Line]) -> TermResult:
    """'TEG 6s' asked for, 'TEG 5000' on the resume: the family is there, the model is not, so related.
    (Only for a model the concept's own forms do not hold: 'EVIS EXERA III' is met by its CV-190.)"""
    req = result.requirement
    if result.status not in (Status.LITERAL, Status.SYNONYM) or req.alternatives:
        return result
    words = req.posting_form.split()
    if len(words) < 2 or not re.fullmatch(MODEL_TOKEN, words[-1]):
        return result
    if matcher.key(req.posting_form) in matcher.form_keys(req.concept_id):
        return result
    model = re.sub(r"[\W_]+", "", words[-1].lower())
    # the form and the word after it ('Abbott Afinion' of 'A1c (Abbott Afinion 2)': the model is written)
    after = [lines[m.line].text[m.end :].split()[:1] for m in result.mentions if m.line < len(lines)]
    written = " ".join([*result.resume_forms, *(w[0] for w in after if w)]).lower()
    if model and model not in re.sub(r"[\W_]+", "", written):
        return replace(result, status=Status.RELATED)
    return result


def open_wordings(
    posting: Posting, posting_mentions: Sequence[Mention], matcher: TermMatcher
) -> tuple[str, ...]:
    """Every wording open matching may compare with a resume (stored facts keep their keys): those it asks the
    key of when the resume meets nothing, so every way of writing a requirement is tried. Derived from the
    matching itself, so a new way of writing needs no list of its own here."""
    recorder = _KeyRecorder(matcher)
    empty = Document("", SourceFormat.TEXT, ())
    assess_posting_terms(posting, posting_mentions, (), empty, recorder)  # type: ignore[arg-type]
    return tuple(recorder.asked)


class _KeyRecorder:
    """The matcher, noting every text whose key it is asked for."""

    def __init__(self, matcher: TermMatcher) -> None:
        self._matcher = matcher
        self.asked: dict[str, None] = {}

    def key(self, text: str) -> tuple[str, ...]:
        self.asked[text] = None
        return self._matcher.key(text)

    def __getattr__(self, name: str) -> object:
        return getattr(self._matcher, name)


def _forms_by_text(vocabulary: Vocabulary) -> dict[str, list[SurfaceForm]]:
    """The vocabulary's forms by their text as written, built once per vocabulary."""
    forms = vocabulary.derived.get("forms_by_text")
    if forms is None:
        table: dict[str, list[SurfaceForm]] = defaultdict(list)
        for concept in vocabulary.concepts.values():
            for surface in concept.forms:
                table[surface.text].append(surface)
        forms = vocabulary.derived["forms_by_text"] = dict(table)
    return forms


def _inflected(form: str, reader: _ResumeReader) -> Mention | None:
    """A known term's posting wording on the resume in another inflection the vocabulary's forms do not
    spell ('Precepted' for 'precepting'); never a wording the vocabulary knows as a form, which its guards
    read ('plasma' beside no blood word may be another thing)."""
    if " " in form.strip() or _is_acronym(form):
        return None
    hit = _literal(form, reader)
    return None if hit is None or _in_place_name(hit, reader.lines) else _unless_a_form(hit, reader)


_DONE_NOUN = re.compile(r"([a-z]{5,}?)(e?ment|ation)")


def _as_a_verb(form: str, reader: _ResumeReader) -> Mention | None:
    """'refurbished' for 'refurbishment', 'superchlorinated' for 'superchlorination': a one-word term for
    work done, on the resume as the verb it is made from (the labels' calibrate / calibration); and with
    the word that says how, as its adverb ('technically validated' for 'technical validation')."""
    words = form.strip().lower().split()
    how = ""
    if len(words) == 2 and re.fullmatch(r"[a-z]{4,}(?:al|ic)", words[0]):
        how = rf"{words[0]}(?:ly)?\s+"  # 'technical validation': 'technically validated'
    elif len(words) != 1:
        return None
    found = _DONE_NOUN.fullmatch(words[-1])
    if found is None or found.group(1) not in reader.lower:
        return None
    stem, ending = found.groups()
    verb = "at(?:e[ds]?|ing)" if ending == "ation" else "(?:e?d|e?s|ing)?"  # 'refurbish', 'replaced'
    return reader.first(re.compile(rf"(?<![\w-]){how}{stem}{verb}(?![\w-])", re.IGNORECASE))


def _unless_a_form(hit: Mention | None, reader: _ResumeReader, *, any_case: bool = True) -> Mention | None:
    """A wording found for a known term, unless the vocabulary knows it as a form of its own (written so, or
    in any case): then the vocabulary and its guards have read it, and may mean another thing by it there."""
    if hit is None:
        return None
    forms = _forms_by_text(reader.matcher.vocabulary)
    if any_case:
        lower = reader.matcher.vocabulary.derived.get("forms_lower_text")
        if lower is None:
            lower = reader.matcher.vocabulary.derived["forms_lower_text"] = frozenset(map(str.lower, forms))
        return None if hit.form.strip().lower() in lower else hit
    return None if hit.form.strip() in forms else hit


def _unknown_head_alone(form: str, reader: _ResumeReader) -> Mention | None:
    """A known term's head by itself (_head_alone), where the vocabulary knows no form so written."""
    return _unless_a_form(_head_alone(form, reader), reader)


def _initialled_unknown(form: str, reader: _ResumeReader) -> Mention | None:
    """A known term's name by its initials ('MDR' is read by the vocabulary where it knows them)."""
    # bare initials may spell anything ('ACD tubes'): only beside a maker's or body's word as written
    return _unless_a_form(_name_initialled(form, reader, anchored=True), reader, any_case=False)


def _refused_here(hit: Mention, reader: _ResumeReader, wording: str) -> bool:
    """Whether initials found for the posting's ``wording`` stand for another thing where they are: the line
    spells them out otherwise ('CASA (Court Appointed Special Advocates)'), or a form of the vocabulary
    written so is refused there by a guard that names another sense (a not_after or not_before test, the
    form's own or a named guard's: 'MDR organism')."""
    text = reader.lines[hit.line].text
    letters = re.sub(r"[^A-Za-z]", "", hit.form)
    spelled = spelled_before(text[: hit.start], letters) or spelled_after(text[hit.end :], letters)
    if spelled is not None and not {w.lower() for w in spelled} & set(re.findall(r"[a-z]+", wording.lower())):
        return True
    vocabulary = reader.matcher.vocabulary
    before, after = text[: hit.start], text[hit.end :]
    for surface in _forms_by_text(vocabulary).get(hit.form.strip(), ()):
        tests = [(surface.not_after, surface.not_before, False)]
        tests += [
            (guard.not_after_regex, guard.not_before_regex, guard.both)
            for guard in (vocabulary.guards.get(name) for name in surface.guards)
            if guard is not None
        ]
        for not_after, not_before, both in tests:
            early = bool(not_after and re.search(not_after, before))
            late = bool(not_before and re.search(not_before, after))
            if (early and late) if both else (early or late):
                return True
    return False


_PROPER_NAMES = frozenset({Category.STANDARD, Category.CREDENTIAL, Category.LICENSE, Category.MANUFACTURER})


# a qualification's name: 'Bachelor of Medical Laboratory Science', 'Diploma in ...'
_SCHOOLING_NAME = re.compile(r"\b(?:Bachelor|Master|Diploma|Degree|Doctor)\b", re.IGNORECASE)


def _on_a_schooling_line(wording: str, reader: _ResumeReader) -> Mention | None:
    """The wording as written on a line about schooling, held ('Diploma in Medical Engineering - KMTC, 2019'),
    where it stands on other lines too."""
    key = reader.matcher.key(wording)
    for line, line_key in zip(reader.lines, reader.keys, strict=True):
        if key and is_literal(key, line_key):
            hit = _words_keyed(key, line, reader.matcher)
            if (
                hit is not None
                and about_schooling(hit, reader.lines)
                and not pursued_after(hit, reader.lines)
            ):
                return hit  # held: 'BTech Medical Engineering - in progress' is passed over for the diploma
    return None


def _held_apart(found: TermResult, pursued: TermResult, reader: _ResumeReader) -> bool:
    """Whether a choice found for a requirement the resume only pursues is held on a line of its own: not
    the pursued one's line ('ASQ CQT - exam scheduled') and not said to be pursued itself."""
    lines = {m.line for m in pursued.mentions}
    req = pursued.requirement
    schooling = req.category is Category.DISCIPLINE or is_degree(req.concept_id, reader.matcher.vocabulary)
    return (
        found.status is not Status.IN_PROGRESS
        and bool(found.mentions)
        and not any(
            m.line in lines
            or pursued_after(m, reader.lines)
            or PURSUED_LATER.search(reader.lines[m.line].text)
            or (schooling and not about_schooling(m, reader.lines))  # 'Field Service Engineer' is no degree
            for m in found.mentions
        )
    )


def _with_open_choices(result: TermResult, reader: _ResumeReader) -> TermResult:
    """A known requirement the resume misses, or only pursues, is still met by a choice the vocabulary does
    not know ('Diploma in Medical Engineering ..., OR a Bachelor's degree ...' with the bachelor's in
    progress and the diploma held)."""
    if result.status not in (Status.MISSING, Status.IN_PROGRESS):
        return result
    pursuing = result.status is Status.IN_PROGRESS
    degree = is_degree(result.requirement.concept_id, reader.matcher.vocabulary)
    for wording in result.requirement.open_alternatives:
        found = _assess_wording(result.requirement, wording, reader)
        if found is not None and degree and not any(about_schooling(m, reader.lines) for m in found.mentions):
            # 'Medical Engineering Technologist with seven years ...' first, the diploma in it further down
            schooled = _on_a_schooling_line(wording, reader)
            found = _result(result.requirement, Status.LITERAL, schooled, wording) if schooled else None
        if found is not None:
            schooling = degree or _SCHOOLING_NAME.search(f"{result.requirement.posting_form} {wording}")
            if schooling and any(pursued_after(m, reader.lines) for m in found.mentions):
                found = replace(found, status=Status.IN_PROGRESS)  # 'MSc Bioinformatics, in progress'
            if pursuing and not _held_apart(found, result, reader):
                continue
            return replace(found, alternative=wording, mirror=None)
    if pursuing:
        return result
    form = result.requirement.posting_form
    named = result.requirement.category in _PROPER_NAMES
    if not result.requirement.alternatives and not _is_acronym(form) and not named:
        # 'real-time RT-PCR' written 'rRT-PCR'; 'solid-phase extraction' written 'SPE'. Not a body's, maker's
        # or credential's name: the vocabulary holds the initials it goes by, and others stand for other
        # things ('ACD tubes' are no Accreditation Canada Diagnostics)
        hit = _prefixed_short(form, reader) or _by_initials(form, reader)
        # not initials that stand for another thing where they are: spelt out so ('CASA (Court Appointed
        # Special Advocates)'), or refused there by a guard of the vocabulary ('MDR organism')
        if hit is not None and not _refused_here(hit, reader, form):
            return _result(result.requirement, Status.SYNONYM, hit, form)
    if not result.requirement.alternatives and _is_acronym(form):
        # the posting's 'DSA' is the resume's 'donor-specific antibody', whatever else DSA may stand for
        hit = _by_initials(form, reader) if not any(c.isdigit() for c in form) else None
        # not 'Midwest Biomedical Association'; a virus's letter aside ('hepatitis B virus')
        plain = re.sub(r"(?<=\s)[A-Z](?=\s)", "", hit.form[1:]) if hit is not None else ""
        if hit is not None and plain == plain.lower():
            return _result(result.requirement, Status.SYNONYM, hit, form)
    if result.requirement.category is Category.MANUFACTURER and not result.requirement.alternatives:
        hit = _maker_model(form, reader)
        if hit is not None:
            return _result(result.requirement, Status.RELATED, hit, form)
    if not result.requirement.alternatives:
        hit = _model_of_a_maker_of(result.requirement.concept_id, reader)
        if hit is not None:
            return _result(result.requirement, Status.RELATED, hit, form)
    return result


def _model_of_a_maker_of(concept_id: str, reader: _ResumeReader) -> Mention | None:
    """'Tektronix MSO44' for 'oscilloscopes': a model the vocabulary does not know, of a maker whose every
    product the vocabulary knows is a kind of the thing asked for, is one too, so the posting's wording is
    related (and still worth adding)."""
    for pattern in _maker_model_patterns(reader.matcher.vocabulary).get(concept_id, ()):
        hit = reader.first(pattern)
        if hit is not None:
            return hit
    return None


_MODEL_AFTER_MAKER = r"\s+(?=[\w+-]*\d)[A-Z0-9][\w+-]*"  # 'MSO44', '9DP', 'PLT200': a model's code


def _maker_model_patterns(vocabulary: Vocabulary) -> dict[str, tuple[re.Pattern[str], ...]]:
    """For each class, the patterns of a maker's name and a model code, for the makers whose products the
    vocabulary knows (by the maker's name opening the product's) are all kinds of that class. Built once per
    vocabulary."""
    found = vocabulary.derived.get("maker_model_patterns")
    if found is not None:
        return found
    concepts = vocabulary.concepts.values()
    names: dict[str, str] = {}  # a maker's name in lower case -> its id
    written: dict[str, str] = {}  # and as the maker writes it
    for concept in concepts:
        if concept.category is Category.MANUFACTURER:
            for form in concept.forms:
                if len(form.text) >= 4 and not form.guards and form.text[:1].isupper():
                    names.setdefault(form.text.lower(), concept.id)
                    written.setdefault(form.text.lower(), form.text)
    classes: dict[str, set[str]] = {}
    for concept in concepts:
        if concept.category is Category.MANUFACTURER:
            continue
        words = concept.name.split()
        for size in (3, 2, 1):
            maker = names.get(" ".join(words[:size]).lower()) if len(words) > size else None
            if maker:
                kinds = set(vocabulary.ancestors(concept.id)) | {concept.id}
                classes[maker] = classes[maker] & kinds if maker in classes else kinds
                break
    by_class: dict[str, list[re.Pattern[str]]] = {}
    for name, maker in names.items():
        for kind in classes.get(maker, ()):
            pattern = re.compile(rf"(?<![\w-]){re.escape(written[name])}{_MODEL_AFTER_MAKER}")
            by_class.setdefault(kind, []).append(pattern)
    found = vocabulary.derived["maker_model_patterns"] = {k: tuple(v) for k, v in by_class.items()}
    return found


def _maker_model(maker: str, reader: _ResumeReader) -> Mention | None:
    """'Mesa 90XL meter' for the maker 'Mesa Labs': the maker's first name before a model number is one of
    its products, so the maker is related."""
    first = maker.split()[0]
    if len(first) < 3 or not first[:1].isupper():
        return None
    return reader.first(re.compile(rf"(?<![\w-]){re.escape(first)}\s+[A-Z]*\d[\w+-]*"))


_GAPS = re.compile(r"[\s<>()/-]+")


_ADDRESS = re.compile(EMAIL_ADDRESS + r"|\b(?:https?://|www\.)\S+", re.IGNORECASE)


def _blank(match: re.Match[str]) -> str:
    return " " * len(match.group(0))


class _ResumeReader:
    """The resume's lines with their matching keys, computed once per check."""

    def __init__(
        self,
        resume: Document,
        matcher: TermMatcher,
        pursued_degree_lines: frozenset[int] = frozenset(),
        mentions: tuple[Mention, ...] = (),
        posting_lines: Sequence[Line] = (),
    ) -> None:
        self.lines = resume.lines
        self.matcher = matcher
        self.mentions = mentions  # the vocabulary terms the resume names
        self.known_results: dict[str, TermResult] = {}
        self.posting_lines = posting_lines  # the posting's, where a wording's neighbours are read
        self.pursued_degree_lines = pursued_degree_lines  # lines whose only degree is still worked toward
        self.keys = [matcher.key(line.text) for line in resume.lines]
        # a line and the next one it wraps into ('...the Extron matrix' / 'switchers, scalers and...')
        self.wrapped = [
            (line, self.keys[i] + self.keys[i + 1], f"{line.text} {self.lines[i + 1].text}")
            for i, line in enumerate(self.lines[:-1])
            if continues(line, self.lines[i + 1])
        ]
        self._common: list[tuple[str, ...]] | None = None
        self._word_lines: dict[int, dict[str, list[int]]] = {}
        self._shared: list[tuple[Line, tuple[str, ...], int, int]] | None = None
        self._squeezed: str | None = None
        # an e-mail address or a web address holds no term ('example' is not in 'pat@example.com')
        self.lower = _ADDRESS.sub(_blank, "\n".join(line.text for line in self.lines).lower())

    def first(self, pattern: re.Pattern[str]) -> Mention | None:
        """Where the pattern is first found on the resume: on a line, or across a line and the one it wraps
        into ('a platelet' / 'agitator-incubator; ...' in a PDF), starting on the first."""
        found = _first(pattern, self.lines)
        if found is not None:
            return found
        for line, _key, joined in self.wrapped:
            across = pattern.search(joined, 0, len(joined))
            if across and across.start() < len(line.text) < across.end():
                end = min(across.end(), len(line.text))
                return Mention("", across.group(0), line.index, across.start(), end, line.page, line.region)
        return None

    @property
    def squeezed(self) -> str:
        """The resume's text in lower case without the spaces, hyphens, slashes and brackets a wording may
        be written with or without (what _spaced_otherwise looks for, before it builds a pattern)."""
        if self._squeezed is None:
            self._squeezed = _GAPS.sub("", self.lower)
        return self._squeezed

    @property
    def shared_heads(self) -> list[tuple[Line, tuple[str, ...], int, int]]:
        """'kVp and timer checks' is also 'kVp checks': a word joined by 'and', 'or' or '&' to the next one
        shares the one to three words after it. Each reading with its line and the whole phrase's span, keyed
        word by word (stored facts hold every word's key)."""
        if self._shared is None:
            self._shared = []
            for line in self.lines:
                words = list(LINE_WORD.finditer(line.text))
                for i, word in enumerate(words[:-2]):
                    second = _joined_next(line.text, words, i)
                    if second is None or not word.group(0).replace("-", "").isalpha():
                        continue  # 'high-voltage and electrical safety' is also 'high-voltage safety'
                    first = self.matcher.key(word.group(0))
                    rest: tuple[str, ...] = ()
                    for k in range(second + 1, min(second + 4, len(words))):
                        if line.text[words[k - 1].end() : words[k].start()] != " ":
                            break
                        rest += self.matcher.key(words[k].group(0))
                        self._shared.append((line, first + rest, word.start(), words[k].end()))
                    # 'Scissor sharpening and realignment' is also 'scissor realignment': the word before
                    # the first of the two describes the second too
                    if i > 0 and line.text[words[i - 1].end() : word.start()] == " ":
                        before = self.matcher.key(words[i - 1].group(0))
                        after = self.matcher.key(words[second].group(0))
                        if before and after and words[i - 1].group(0).isalpha():
                            self._shared.append(
                                (line, before + after, words[i - 1].start(), words[second].end())
                            )
                self._shared += self._suspended(line)
        return self._shared

    def _suspended(self, line: Line) -> list[tuple[Line, tuple[str, ...], int, int]]:
        """'3- and 5-lead monitoring' is also '3-lead monitoring' (suspended_phrases)."""
        found = []
        for phrase, start, end in suspended_phrases(line.text):
            key = self.matcher.key(phrase)
            if key:
                found.append((line, key, start, end))
        return found

    def lines_for(self, key: tuple[str, ...], keys: list[tuple[str, ...]]) -> list[int]:
        """The indexes of the lines, of ``keys`` (the lines' keys or their common keys), where ``key`` may
        stand (is_literal): a line holds it only with a word that starts its letters run together, so the
        lines with none are never tried. In reading order."""
        index = self._word_lines.get(id(keys))
        if index is None:
            index = {}
            for number, line_key in enumerate(keys):
                for word in line_key:
                    lines = index.setdefault(word, [])
                    if not lines or lines[-1] != number:
                        lines.append(number)
            self._word_lines[id(keys)] = index
        joined = "".join(key)
        found = [index[joined[:size]] for size in range(1, len(joined) + 1) if joined[:size] in index]
        return found[0] if len(found) == 1 else sorted({n for lines in found for n in lines})

    @property
    def common_keys(self) -> list[tuple[str, ...]]:
        """The lines' keys in American spelling and the lexicon's first word of each group of equal words,
        made the first time a wording is looked for that way."""
        if self._common is None:
            self._common = [_common(key, self.matcher) for key in self.keys]
        return self._common


def _joined_next(text: str, words: list[re.Match[str]], i: int) -> int | None:
    """The index of the word joined to words[i] by ' and ', ' or ' or ' & ', or None."""
    if i + 1 >= len(words):
        return None
    if words[i + 1].group(0).lower() in {"and", "or"}:
        if text[words[i].end() : words[i + 1].start()] == " " and i + 2 < len(words):
            return i + 2 if text[words[i + 1].end() : words[i + 2].start()] == " " else None
        return None
    return i + 1 if text[words[i].end() : words[i + 1].start()] == " & " else None


def assess_open(req: Requirement, reader: _ResumeReader) -> TermResult:
    """The best status any choice of an open requirement reaches on the resume."""
    if req.narrows is not None:
        return _assess_narrowed(req, reader)
    best = TermResult(req, Status.MISSING, mirror=mirror_wording(req))
    options = choices(req.posting_form) if req.alternatives else (req.posting_form,)
    for option in options:
        found = _assess_wording(req, option, reader)
        respelt = _respelt(option) if found is None or not found.status.is_met else None
        if respelt:  # 'paramagnetic analyzer' in the other English spelling: 'paramagnetic analyser'
            again = _assess_wording(req, respelt, reader)
            if again is not None and again.status.is_met:
                found = replace(again, status=Status.SYNONYM) if again.status is Status.LITERAL else again
        if found is not None and _RANK[found.status] > _RANK[best.status]:
            best = found
    if best.status is Status.MISSING and not req.alternatives:
        best = _one_of_its_parts(req, reader) or _state_licence(req, reader) or best
    named = best.status.is_met and req.posting_form[:1].isupper() and best.mentions
    if named and all(_in_body_name(m, reader.lines) for m in best.mentions):  # the board's, read otherwise
        best = TermResult(req, Status.MISSING, mirror=mirror_wording(req))
    if best.status.is_met and best.mentions and all(_spelt_otherwise(m, reader, req) for m in best.mentions):
        best = TermResult(req, Status.MISSING, mirror=mirror_wording(req))
    if best.status.is_met and _pursued(best, reader):
        best = replace(best, status=Status.IN_PROGRESS)
    return best


def _spelt_otherwise(hit: Mention, reader: _ResumeReader, req: Requirement) -> bool:
    """Initials the resume spells out as another thing than the posting spells them ('CASSA (Court Appointed
    Special Support Advocates)' for 'computer-assisted sperm assessment (CASSA)'); where the posting writes
    the initials alone ('SFDA'), the resume's long form is the only one there is."""
    letters = re.escape(hit.form.rstrip("s"))
    spelt_here = re.search(rf"\S\s*\(\s*{letters}s?\s*\)", req.posting_form)
    return (
        bool(spelt_here)
        and _is_acronym(hit.form)
        and _refused_here(hit, reader, req.posting_form)
        and not _same_neighbours(hit, req, hit.form, reader)
    )


def _assess_narrowed(req: Requirement, reader: _ResumeReader) -> TermResult:
    """'geriatric venipuncture', a kind of a known term: the posting's wording (or its initials, or a near
    spelling) is there; or the narrowing words stand before the known term written another way ('Pediatric
    phlebotomy' for 'pediatric venipuncture'); or only the known term is there, the broader one. The looser
    readings of other open terms would drop the very words that narrow it."""
    wording = req.posting_form
    narrowing = reader.matcher.key(wording[: _narrowing_end(wording, req.narrows, reader)])
    for form in _forms(wording):
        hit = _literal(form, reader) or _by_initials(form, reader)
        if hit is not None and not _in_place_name(hit, reader.lines) and not _across_sentences(hit):
            return _result(req, Status.LITERAL if form == wording else Status.SYNONYM, hit, wording)
    hit = _near_miss(wording, reader)
    if hit is not None and not _across_sentences(hit):
        return replace(_result(req, Status.SYNONYM, hit, wording), misspelt=hit.form)
    known = reader.known_results.get(req.narrows)
    if known is not None and known.status.is_met and known.mentions:
        # 'leakage checks' for electrical safety testing, 'Unfors Xi' for a kVp meter
        held = list(known.mentions)
    else:
        held = [m for m in reader.mentions if m.concept_id == req.narrows and not m.in_progress]
    if not held:
        # the known term it narrows is missing too, and reported so: this one is listed for the reader to
        # check, not advised a second time
        return TermResult(replace(req, tentative=True), Status.MISSING, mirror=mirror_wording(req))
    for mention in held:
        hit = _narrowed_before(narrowing, mention, reader)
        if hit is not None:  # 'Pediatric phlebotomy'
            return replace(_result(req, Status.SYNONYM, hit, wording), via=req.narrows)
    first = held[0]
    narrower = known is not None and known.status is Status.RELATED  # 'Unfors Xi' for a kVp meter
    return replace(
        _result(req, Status.RELATED, first, wording),
        via=(known.via or req.narrows) if known is not None else req.narrows,
        broader=None if narrower else first.form,
    )


def _across_sentences(hit: Mention) -> bool:
    """'testing; method validation' is not 'test method validation': its words are in two phrases."""
    return bool(re.search(r"[.;:!?]\s", hit.form))


def _narrowing_end(wording: str, concept_id: str, reader: _ResumeReader) -> int:
    """Where the narrowing words of a wording end: before its longest last words that are a form of the
    known term ('geriatric' of 'geriatric venipuncture')."""
    keys = reader.matcher.form_keys(concept_id)
    words = wording.split()
    for count in range(len(words) - 1, 0, -1):
        tail = " ".join(words[-count:])
        if reader.matcher.key(tail) in keys:
            return len(wording) - len(tail)
    return len(wording) - len(words[-1])


def _narrowed_before(narrowing: tuple[str, ...], mention: Mention, reader: _ResumeReader) -> Mention | None:
    """The narrowing words among the four words before the resume's known term, in its sentence."""
    if not narrowing:
        return None
    line = reader.lines[mention.line]
    sentence = max(line.text.rfind(mark, 0, mention.start) for mark in ".;:!?")
    words = [w for w in LINE_WORD.finditer(line.text) if w.start() > sentence and w.end() <= mention.start][
        -4:
    ]
    keys = tuple(part for word in words for part in reader.matcher.key(word.group(0)))
    if not words or not is_literal(narrowing, keys):
        return None
    start = words[0].start()
    return Mention("", line.text[start : mention.end], line.index, start, mention.end, line.page, line.region)


_CREDENTIAL_WORDING = re.compile(
    r"\b(?:Certified|Registered|Licensed|Certification|Certificate|Licen[cs]e|Credential)\b|\([A-Z]{2,6}\)$"
    # what a board or institute grants: 'AIMS skills assessment', 'HCPC registration', 'CETA membership'
    r"|(?i:\b(?:skills? assessment|registration|membership|accreditation|qualification|licensure|licen[cs]e"
    # 'radiation user licence', 'radiopharmacy training program': lower case, as a posting writes them
    r"|certificate|certification|permit|program|programme|course|training)s?$)"
)


def _under_way(after: str, named: bool, opening: bool = False) -> bool:
    """'... in progress' right after a thing; and after a named thing ('Professional Engineer grade:
    application submitted October 2026, under review') anywhere in its clause, a long one when the thing
    opens its line ('Anerkennung (recognition) as ...: notice received Aug 2025, adaptation period in
    progress'): it is not done yet."""
    if _UNDER_WAY.match(after):
        return True
    clause = re.split(r"[.;]\s", after, maxsplit=1)[0][: 240 if opening else 90]
    return named and bool(PURSUED_LATER.search(clause) or _UNDER_REVIEW.search(clause))


_OPENS = re.compile(r"\s*(?:[-*•·–]\s*)?")  # nothing before a thing but a bullet: it opens its line
_UNDER_REVIEW = re.compile(r"\bunder review\b|\bto be (?:awarded|issued|granted)\b", re.IGNORECASE)
# the thing named, a word or two of it more, and that it is still under way, in one clause
_UNDER_WAY = re.compile(
    r"\s*(?:[\w()/-]+\s+){0,2}?(?:in progress|in process|pending|under ?way)\b", re.IGNORECASE
)
_CREDENTIAL_WORD = re.compile(
    r"certif|licen[cs]|credential|registr|exam|qualification|membership|accreditation|assessment|eligib",
    re.IGNORECASE,
)
_CREDENTIAL_NEXT = re.compile(r"\s*(?:certificate|certification|licen[cs]e|credential|registration)\b", re.I)


def _pursued(result: TermResult, reader: _ResumeReader) -> bool:
    """'NRRPT - exam eligible, sitting for the April 2026 administration': a credential the resume names
    as still pursued (an acronym or a credential or licence wording) is not held. The words are those of
    the vocabulary's 'pursued' guard, and those the line may say further on. A subject stands only on
    lines whose degree is still worked toward: that degree is not held either."""
    req = result.requirement
    subject_pursued = all(m.line in reader.pursued_degree_lines for m in result.mentions)
    if req.category is Category.DISCIPLINE and result.mentions and subject_pursued:
        return True  # a subject of a degree worked toward ('working toward an M.S. in forensic science')
    named = [req.posting_form, *(m.form for m in result.mentions)]  # 'CEPS or CCI' met by 'CEPS'
    coded = any(_is_acronym(n) or _BODY_NUMBER.match(n) for n in named)  # 'CEPS', 'ASSE 6010'
    last = req.posting_form.split()[-1] if req.posting_form.split() else ""
    if _plain(last) and not _CREDENTIAL_WORD.search(last):
        coded = False  # 'DOH audits' met by 'DOH': a thing done where the body's licence is pursued
    # 'Certified Hyperbaric Technologist (CHT)': a credential's wording, though the vocabulary lacks it
    worded = any(_CREDENTIAL_WORDING.search(n) for n in named) or any(
        _CREDENTIAL_NEXT.match(reader.lines[m.line].text[m.end :]) for m in result.mentions
    )  # 'VisaScreen Certificate (CGFNS) - in process': the resume names it a credential
    named_thing = req.posting_form[:1].isupper()  # 'Professional Engineer grade', not 'plate reading'
    if is_open(req.concept_id) and any(
        _under_way(
            said_after(m, reader.lines),
            named_thing,
            _OPENS.fullmatch(reader.lines[m.line].text[: m.start]) is not None,
        )
        for m in result.mentions
    ):
        return True  # 'DataFlow PSV in progress': the resume says the thing it names is not done yet
    if not (req.category in (Category.CREDENTIAL, Category.LICENSE) or coded or worded):
        return False
    guard = reader.matcher.vocabulary.guards.get(PURSUED_GUARD)
    for mention in result.mentions:
        text = reader.lines[mention.line].text
        place = Place(text[: mention.start], said_after(mention, reader.lines))
        if PURSUED_LATER.search(place.after) or (guard and check_guard(guard, place) is Verdict.IN_PROGRESS):
            return True
    return False


def _state_licence(req: Requirement, reader: _ResumeReader) -> TermResult | None:
    """'Louisiana Clinical Laboratory Scientist-Generalist license' held as 'Louisiana CLS-Generalist
    license': the same state's licence with the profession by its initials (three letters at least, so
    another level's licence, 'Louisiana MLT license', does not count)."""
    from resumefit.openterms import _STATE_LICENCE, _STATES

    if req.category is not Category.LICENSE or not _STATE_LICENCE.fullmatch(req.posting_form):
        return None
    state = re.match(rf"(?:{_STATES})", req.posting_form)
    words = re.findall(r"[A-Z][a-z]+", req.posting_form[state.end() :]) if state else []
    initials = "".join(w[0] for w in words)
    if state is None or len(initials) < 3:
        return None
    prefixes = [initials[:n] for n in range(len(initials), 2, -1)]
    pattern = re.compile(rf"\b(?:{'|'.join(prefixes)})\b")
    held = re.compile(rf"{re.escape(state.group(0))}\b.{{0,60}}?\b(?:licen[cs]\w*|registration)\b", re.I)
    for line in reader.lines:
        found = held.search(line.text)
        if found and pattern.search(found.group(0)):
            hit = Mention("", found.group(0), line.index, found.start(), found.end(), line.page, line.region)
            return _result(req, Status.SYNONYM, hit, req.posting_form)
    return None


def _slash_parts(req: Requirement) -> list[str]:
    """The parts of an unknown slash term given as one thing; none for a standard or credential ('ANSI/NCSL
    Z540.3' is one standard, not ANSI)."""
    if req.category in (Category.STANDARD, Category.CREDENTIAL):
        return []
    numbered = _NUMBERED_PAIR.fullmatch(req.posting_form.strip())
    if numbered:  # 'HSV-1/2 IgG': HSV-1 and HSV-2, each as the pair is written and alone
        stem, first, second, rest = numbered.groups()
        rest = rest or ""
        return [f"{stem}{first}{rest}", f"{stem}{second}{rest}", f"{stem}{first}", f"{stem}{second}"]
    parts = [p.strip() for p in req.posting_form.split("/")]
    if len(parts) < 2 or not all(parts):
        return []
    # 'QT/QTc interval': the last part's head belongs to each, and each part alone names it too
    *firsts, last = parts
    head = last.split(maxsplit=1)
    if len(head) == 2 and all(" " not in p for p in firsts) and re.fullmatch(r"[a-z][a-z -]*", head[1]):
        return [*(f"{p} {head[1]}" for p in firsts), last, *firsts, head[0]]
    return parts


_NUMBERED_PAIR = re.compile(r"([A-Z][A-Za-z]+-?)(\d)/(\d)(\s.*)?")


def _one_of_its_parts(req: Requirement, reader: _ResumeReader) -> TermResult | None:
    """'SARS-CoV-2/Flu/RSV' (one panel) with only 'SARS-CoV-2' on the resume: a part of it, so related."""
    for part in _slash_parts(req):
        if len(part) >= 3 and not part.isdigit():
            hit = _literal(part, reader)
            if hit is not None and not _in_place_name(hit, reader.lines):
                return _result(req, Status.RELATED, hit, req.posting_form)
    for part in _slash_parts(req):  # 'AMC/CMC' with 'annual maintenance contracts' spelt out
        if re.fullmatch(r"[A-Z]{3,6}", part):
            hit = _spelt_out(part, reader.lines)
            if hit is not None:
                return _result(req, Status.RELATED, hit, req.posting_form)
    return None


def _assess_wording(req: Requirement, wording: str, reader: _ResumeReader) -> TermResult | None:
    forms = _forms(wording)
    product = _without_maker(wording, reader.matcher)
    if product and product not in forms:  # 'Heidelberg HEYEX': the resume may leave the maker out
        forms.append(product)
        bare = _CLASS_AFTER_MODEL.sub("", product)
        if bare != product and bare not in forms:  # 'Getinge HCU 40 units' written 'HCU 40'
            forms.append(bare)
    forms.extend(f for f in _written_as(wording) if f not in forms)
    for index, form in enumerate(forms):
        hit = _literal(form, reader)
        if (
            hit is not None
            and _other_sense(wording, form, reader.matcher.vocabulary)
            and not _same_neighbours(hit, req, form, reader)
        ):
            continue  # 'postmortem (PM)' asked, 'PMs' on the resume: preventive maintenance, another thing
        if (
            hit is not None
            and _common_word_for_name(form, hit, reader.lines)
            and not _opens_sentence(form, req, reader)
        ):
            continue  # 'Capsule' (a product) asked, 'capsule endoscopy recorders' on the resume
        if hit is not None and not _in_place_name(hit, reader.lines):
            # 'CCT' of 'ASQ CCT' is another name; 'MRD' of 'minimal residual disease (MRD)' and 'FDG' of
            # '[18F]FDG' are the same wording
            same = (
                _DEFINED.match(wording.strip())
                or _SHORT_THEN_LONG.match(wording.strip())
                or re.match(LABELLED_COMPOUND, wording)
            )
            shortened = index and not same
            return _result(req, Status.SYNONYM if shortened else Status.LITERAL, hit, wording)
    hit = _with_revision(wording, reader) or _by_its_domain(wording, reader.lines)
    if hit is not None:  # 'ICH Q2' written 'ICH Q2(R1)': the guideline, its revision named
        return _result(req, Status.LITERAL, hit, wording)
    defined = _DEFINED.match(wording.strip())
    for form in forms:
        hit = (
            _by_initials(form, reader)
            or _acronym_with_its_head(form, reader)
            or _initials_and_year(form, reader.lines)
            or _small_letter_before(form, reader)
            or _first_words_initialled(form, reader)
            or _name_initialled(form, reader)
        )
        if hit is not None and defined and form == defined["short"] and not _shares_a_word(hit.form, wording):
            continue  # 'Computer Software Assurance (CSA)': 'Carolina-South Atlantic' is another CSA
        if hit is not None:
            return _result(req, Status.SYNONYM, hit, wording)
    hit = (
        _code_and_board(wording, reader)
        or _joint_body(wording, reader.lines)
        or _maker_and_code(wording, reader)
        or _maker_renamed(wording, reader)
        or _model_revision(wording, reader)
        or _firm_initials(wording, reader.lines)
        or _firm_shortened(wording, reader)
    )
    if hit is not None:
        return _result(req, Status.SYNONYM, hit, wording)
    hit = _one_word_fewer(wording, reader) or _head_alone(wording, reader)
    if hit is not None:  # 'flow accuracy' for 'flow rate accuracy', 'marrow' for 'bone marrow'
        return _result(req, Status.SYNONYM, hit, wording)
    hit = _near_miss(wording, reader)
    if hit is not None:  # 'fetal haemoglobin' is the British spelling, not a misspelling
        british = _spelt_alike(hit.form, wording)
        return replace(_result(req, Status.SYNONYM, hit, wording), misspelt=None if british else hit.form)
    hit = (
        _cfr_parts(wording, reader.lines)
        or _written_otherwise(wording, reader)
        # 'M. tuberculosis complex' for 'Mycobacterium tuberculosis complex (MTBC)'
        or next(filter(None, (_genus_short(form, reader) for form in forms)), None)
    )
    if hit is not None:
        return _result(req, Status.SYNONYM, hit, wording)
    for core in _cores(wording):
        written = _literal(core, reader)
        hit = written or _by_initials(core, reader) or _other_wording(core, reader) or _clipped(core, reader)
        if hit is not None and not _in_place_name(hit, reader.lines) and not _verb_for_noun(hit, core):
            key = reader.matcher.key  # 'CAP inspections' met by 'CAP' is the posting's own name
            plain = written is not None and plainly_more(key(wording), key(core), reader.matcher, hit.form)
            return _result(req, Status.LITERAL if plain else Status.SYNONYM, hit, wording)
    revision = _REVISION.match(wording) or _GRADED.match(wording) or _LINE_MODEL.match(wording)
    hit = _literal(revision[1], reader) if revision else None
    if hit is not None and not _model_follows(hit, reader.lines):
        # 'KKK-A-1822F' asked, 'KKK-A-1822' written: the standard, not its revision F; 'Chelex-100' asked,
        # 'Chelex' written: the brand, its grade not said
        return _result(req, Status.RELATED, hit, wording)
    for name in _slash_names(wording):  # a part of it, as for a slash term alone (_one_of_its_parts)
        hit = _literal(name, reader)
        if hit is not None and not _in_place_name(hit, reader.lines):
            return _result(req, Status.RELATED, hit, wording)
    hit = _words_close(wording, reader)
    if hit is not None:
        return _result(req, Status.SYNONYM, hit, wording)
    hit = _body_of_document(wording, reader)
    if hit is not None:  # 'AABB parentage testing standards' for 'the AABB Standards for Relationship ...'
        return _result(req, Status.SYNONYM, hit, wording)
    # 'high-resolution anorectal manometry (HR-ARM)': the kind its long form describes
    head = next(filter(None, map(_described_kind, _forms(wording))), None)
    hit = _literal(head, reader) if head else None
    if hit is not None and not _in_place_name(hit, reader.lines) and not _verb_for_noun(hit, head or ""):
        return _result(req, Status.RELATED, hit, wording)
    return None


_DOCUMENT_WORD = re.compile(r"\b(?:Standards|Regulations|Guidelines|Requirements|Rules|Criteria|Code)\b")


def _by_its_domain(wording: str, lines: Sequence[Line]) -> Mention | None:
    """'Sycle' written 'Sycle.net': a product named by its web name (not an address of the resume's own,
    and not an e-mail's)."""
    if not re.fullmatch(r"[A-Z][A-Za-z]{3,}", wording):
        return None
    pattern = re.compile(rf"(?<![\w@/.-]){wording}\.(?:net|com|io|app|cloud)(?![\w.@/-])")
    return _first(pattern, lines)


def _body_of_document(wording: str, reader: _ResumeReader) -> Mention | None:
    """A body's document by its title ('the AABB Standards for Relationship Testing Laboratories'): the body
    named on a line of the resume that names a document of the kind ('AABB parentage testing standards');
    its code after the title may be left out ('AERB Safety Code AERB/RF-MED/SC-1': 'AERB safety code for
    radiotherapy')."""
    coded = re.match(rf"(.+?\b{_DOCUMENT_WORD.pattern})\s+[A-Z][\w/.-]*\d[\w/.-]*$", wording)
    wording = coded.group(1) if coded else wording
    words = wording.split()
    document = _DOCUMENT_WORD.search(wording)
    titled = re.fullmatch(TITLED_DOCUMENT, wording) or re.fullmatch(
        r"[A-Z][A-Z0-9&]{1,5}(?:\s+[A-Z][a-z]+){0,3}\s+Code", wording
    )
    if document is None or not titled:
        return None
    if re.fullmatch(r"[A-Z][A-Z0-9&]{1,5}", words[0]):
        body = words[0]
    elif document.start() > 0:
        body = wording[: document.start()].strip()
    else:
        return None
    pattern = re.compile(rf"(?<![\w-]){re.escape(body)}(?![\w-])")
    kind = document.group(0).lower().rstrip("s")
    hit = _first(pattern, [line for line in reader.lines if kind in line.text.lower()])
    if hit is None and re.fullmatch(r"[A-Z]{3,6}", body):
        # 'as per National Blood Transfusion Council criteria' for 'NBTC Guidelines for ...': the body
        # spelt out beside a document of its own
        documents = [line for line in reader.lines if _DOCUMENT_WORD.search(line.text.title())]
        hit = _spelt_out(body, documents)
    return hit


def _with_revision(wording: str, reader: _ResumeReader) -> Mention | None:
    """A guideline's or standard's code with its revision in brackets after it: 'ICH Q2(R1)', 'ICH E6 (R2)'
    for 'ICH Q2', 'ICH E6'."""
    if not re.search(r"[A-Z]\d", wording) or wording.lower() not in reader.lower:
        return None  # no code, or not on the resume: no pattern to build
    pattern = re.compile(rf"(?<![\w-]){re.escape(wording)}\s?\((?:R|Rev\.?\s?)\d{{1,2}}\)")
    return reader.first(pattern)


def _shares_a_word(written: str, asked: str) -> bool:
    """Two long forms of one acronym that have a word in common, its first four letters at least ('Diving
    Medical Technician' and 'Diver Medic Technician (DMT)')."""

    def stems(text: str) -> set[str]:
        return {w.lower()[:4] for w in re.findall(r"[A-Za-z]{3,}", text) if w.lower() not in CONNECTORS}

    return bool(stems(written) & stems(asked))


_SMALL_WORDS = frozenset(
    "the and for with from into onto per via all any each every its their our your his her this that these "
    "those are was were has have had not but nor".split()
)


def _words_close(wording: str, reader: _ResumeReader) -> Mention | None:
    """'end-to-end testing of each alarm path' for 'end-to-end alarm testing': every word of a wording of
    two words or more on one line of the resume, with at most three other words among them, in the
    wording's order or turned round an 'of' ('kVp checks' is not 'timer checks; kVp meter repairs')."""
    order = [  # _SMALL_WORDS, not spaCy's stop words: stored facts are assessed without spaCy
        w
        for w in reader.matcher.key(wording)
        if (w not in _SMALL_WORDS and len(w) >= 3) or any(c.isdigit() for c in w)
    ]
    order = list(dict.fromkeys(order))
    if len(order) < 2 or len(wording.split()) < 2:
        return None
    wanted = set(order)
    for line, key in zip(reader.lines, reader.keys, strict=True):
        places = [i for i, w in enumerate(key) if w in wanted]
        for first in places:
            window = key[first : first + len(wanted) + 4]
            seen = list(dict.fromkeys(w for w in window if w in wanted))
            if set(seen) != wanted:
                continue
            last = max(i for i, w in enumerate(window) if w in wanted)
            if seen == order or "of" in window[: last + 1]:
                return Mention("", wording, line.index, 0, len(line.text), line.page, line.region)
    return _derived_turned(order, wording, reader) if len(order) == 2 else None


# endings that make one word of another: 'confirmation', 'confirmatory', 'confirmed' are all of 'confirm'
_DERIVED_END = re.compile(r"(?:ations?|atory|ative|ate|ion|ory|ive|ed)$")


def _derived(word: str) -> str:
    stem = _DERIVED_END.sub("", word)
    return stem if len(stem) >= 5 else word


def _derived_turned(order: list[str], wording: str, reader: _ResumeReader) -> Mention | None:
    """'confirmatory neutralization' for 'neutralization confirmation': a two-word wording with one word
    as written and the other made from the same word ('confirmatory' of 'confirmation'), in either order,
    side by side."""
    stems = [_derived(w) for w in order]
    wanted = set(order)
    for line, key in zip(reader.lines, reader.keys, strict=True):
        for first, second in itertools.pairwise(key):
            if first not in wanted and second not in wanted:
                continue  # one of the two is the wording's own word
            pair = [first, second]
            for turned in (pair, pair[::-1]):
                same = sum(a == b for a, b in zip(turned, order, strict=True))
                if same == 1 and [_derived(w) for w in turned] == stems:
                    return Mention("", wording, line.index, 0, len(line.text), line.page, line.region)
    return None


def _verb_for_noun(hit: Mention, wording: str) -> bool:
    """'driving' for the 'drives' of 'hard drives': a verb's form on the resume, sharing the noun's lemma,
    names another thing."""
    last = wording.split()[-1].lower()
    found = hit.form.split()[-1].lower() if hit.form.split() else ""
    same_word = found[:4] == last[:4] and found.isalpha()  # not 'amplicon-based' for 'amplicon'
    return same_word and found.endswith(("ing", "ed")) and not last.endswith(("ing", "ed"))


def _described_kind(wording: str) -> str | None:
    """'handpieces' of 'low-speed handpieces': the thing a describing word ('low-speed', 'portable') makes a
    kind of. A resume naming the thing names something related (maybe of another kind), so the posting's
    wording is advised, never taken as met. A noun before the head names another thing ('vacuum pumps' are
    no kind of infusion pump), and a head every posting uses ('systems', 'checks') says nothing."""
    from resumefit.openterms import _GENERIC, word_classes

    words = wording.split()
    if len(words) == 3 and all(map(_plain, words[1:])) and words[1].isalpha():
        # 'high-dose hook effect': a compound describing word before a thing of two words
        words = [words[0], " ".join(words[1:])]
        if not re.fullmatch(r"[a-z]+-[a-z]+", words[0]):
            return None
    if len(words) != 2 or not _plain(words[1].split()[-1]) or len(words[1]) < 6:
        return None
    first, head = words[0].lower(), words[1]
    last = head.split()[-1]
    if last in _GENERIC or last.rstrip("s") in _GENERIC or last in _LIGHT_HEADS:
        return None
    classes = word_classes()
    compound = re.fullmatch(r"[a-z]+-[a-z]+", first) is not None  # 'low-speed', 'fiber-optic'
    describing = first in classes["adj"] and first not in classes["noun"] and first not in classes["verb"]
    # 'sCMOS cameras': initials naming the type of a thing of one word ('CCD camera' is another type); a word
    # that is also a verb names work a body does as often ('CARF surveys', 'QSEAL audits')
    single = re.sub(r"(?<=[^s])s$", "", head)
    typed = " " not in head and _is_acronym(words[0]) and len(words[0]) >= 3 and single not in classes["verb"]
    return head if compound or describing or typed else None


# heads that name work or a whole, not a thing a resume names alone
_LIGHT_HEADS = frozenset(
    "checks testing tests inspections repairs maintenance calibration calibrations units components "
    "modules assemblies accessories products solutions methods techniques activities functions panels review "
    "reviews updates specimens samples results records reports monitoring processes changes orders studies "
    "study".split()
)


def _written_as(wording: str) -> list[str]:
    """Other ways a resume writes the wording itself: '3-phase motors' as 'three-phase motors', 'negative
    staining of fluid specimens' as 'negative staining', 'TDH-39' as 'TDH39'."""
    turned = (_numbers_otherwise(wording), _of_head(wording), _of_turned(wording), _without_edition(wording))
    adopted = _NATIONAL_ADOPTION.match(wording.strip())
    if adopted:  # 'BS EN 285' written 'IS EN 285' or 'EN 285': one European standard, adopted by each country
        turned = (*turned, adopted["standard"])
    # 'IR(ME)R' is written 'IRMER' too: initials with a bracket inside them, run together
    unbracketed = NESTED_ACRONYM.sub(lambda m: re.sub(r"[()]", "", m.group(0)), wording)
    spellings = (*_code_spellings(wording), *_antibody_written(wording), *umlaut_spellings(wording))
    spellings = (*spellings, unbracketed) if unbracketed != wording else spellings
    return [w for w in (*turned, *spellings) if w]


_ANTIBODY_TO = re.compile(
    r"anti-?([A-Z][A-Za-z0-9]{1,6})(?:\s+(Ig[AGME]|total))?((?:\s+(?:testing|tests?|assays?|screens?|screening))?)"
)


def _antibody_written(wording: str) -> list[str]:
    """An antibody by what it is against: 'anti-HAV IgM' is also written 'HAV IgM', 'anti-HBs' 'HBsAb' or
    'HBs antibody' (the laboratory's two ways of naming the one marker), with the test's word or without."""
    found = _ANTIBODY_TO.fullmatch(wording.strip())
    if found is None:
        return []
    target, kind, test = found.groups()
    if kind:
        names = [f"{target} {kind}", f"{target}-{kind}"]
    else:
        names = [f"{target}Ab", f"{target} Ab", f"{target} antibody", f"{target} antibodies"]
    return [f"{name}{test}" for name in names if test] + names


def _genus_short(wording: str, reader: _ResumeReader) -> Mention | None:
    """An organism with its genus cut to the initial, or spelt out: 'G. stearothermophilus' for
    'Geobacillus stearothermophilus', 'Escherichia coli' for 'E. coli'."""
    from resumefit.postingnoise import english_words

    found = re.fullmatch(r"([A-Z])(?:([a-z]{3,})|\.)\s*([a-z]{3,})((?:\s+\S+)*)", wording.strip())
    if found is None:
        return None
    initial, genus, species, rest = found.groups()
    written = r"\.\s*" if genus else r"[a-z]{3,}\s+"
    # 'Annual inspections' is no organism; 'Mycobacterium tuberculosis' is, whatever a dictionary holds: a
    # genus of seven letters or more ending as genera do
    latin = genus and len(genus) >= 6 and re.search(r"(?:um|us|ia|a|es|er|is|on|ella|ces)$", genus)
    if not latin and (
        (genus and f"{initial}{genus}".lower() in english_words()) or species in english_words()
    ):
        return None
    tail = r"\s+".join(re.escape(w) for w in rest.split())
    pattern = re.compile(rf"(?<![\w.]){initial}{written}{species}\b" + (rf"\s+{tail}" if tail else ""))
    return reader.first(pattern)


def _without_edition(wording: str) -> str | None:
    """'Alamut Visual' for 'Alamut Visual Plus': a named product without its edition word."""
    found = re.fullmatch(
        r"([A-Z][\w-]*(?:\s+[A-Z][\w-]*)*)\s+(?:Plus|Pro|Max|Ultra|Lite|Prime|Elite)", wording
    )
    return found.group(1) if found and len(found.group(1)) >= 5 else None


_NATIONAL_ADOPTION = re.compile(
    r"^(?:BS|I\.?S\.?|DIN|NF|UNE|SS|NS|SN|ÖNORM|UNI|NEN|DS|SFS|CSN|PN|NBN|ELOT|EVS|LST|MSZ|SR)\s+"
    r"(?P<standard>EN\s+(?:ISO\s+|IEC\s+)?\d.*)$"
)


def _code_spellings(wording: str) -> list[str]:
    """A model code's other spellings: 'TDH-39' is also written 'TDH39' and 'TDH 39', and the other way
    round."""
    code = re.fullmatch(r"([A-Z]{2,5})[- ]?(\d{1,5}[A-Za-z]{0,2})", wording.strip())
    if code is None:
        return []
    letters, number = code.groups()
    return [w for w in (f"{letters}-{number}", f"{letters}{number}", f"{letters} {number}") if w != wording]


def _of_head(wording: str) -> str | None:
    """The common words before 'of', two at least: 'negative staining' of 'negative staining of fluid
    specimens' (not of a name: 'American Board of Criminalistics')."""
    head = wording.split(" of ")[0]
    return head if head != wording and len(head.split()) >= 2 and head.islower() else None


def _of_turned(wording: str) -> str | None:
    """'penetration depth' for 'depth of penetration': one word of another, the other way round."""
    found = re.fullmatch(r"([a-z]{3,}) of (?:the )?([a-z]{3,})", wording)
    return f"{found.group(2)} {found.group(1)}" if found else None


_NUMBER_WORDS = "zero one two three four five six seven eight nine ten".split()


def _numbers_otherwise(wording: str) -> str | None:
    """The wording with its small numbers written the other way: '3-phase' <-> 'three-phase', 'two-person'
    <-> '2-person'; None when it has none."""
    digits = re.sub(r"(?<![\w.])(10|\d)(?=-)", lambda m: _NUMBER_WORDS[int(m.group(1))], wording)
    if digits != wording:
        return digits
    words = re.sub(
        rf"(?i)\b({'|'.join(_NUMBER_WORDS)})(?=-)",
        lambda m: str(_NUMBER_WORDS.index(m.group(1).lower())),
        wording,
    )
    return words if words != wording else None


def _without_maker(wording: str, matcher: TermMatcher) -> str | None:
    """The product a wording names after its maker ('Heidelberg HEYEX' -> 'HEYEX'): a maker the vocabulary
    knows or a name no dictionary has, before a product's own name (capitals or digits), not a class
    ('Heidelberg cameras') nor a level ('Class IV')."""
    from resumefit.postingnoise import english_words

    words = wording.split()
    if 3 <= len(words) <= 4 and all(_TITLE_WORD.fullmatch(w) for w in words[:-1]) and _coined_name(words[-1]):
        return words[-1]  # 'Medicinal Genomics PathoSEEK': a maker of two words, then a coined name
    rest = _product_after_first(wording)
    if rest is None:
        return None
    first = words[0]
    named = re.fullmatch(r"[A-Z][a-z]{3,}", first) and first.lower() not in english_words()
    # 'UKG Kronos': a maker known by its initials, before a name no dictionary has
    initials = re.fullmatch(r"[A-Z]{2,5}", first) and rest.split()[0].lower() not in english_words()
    return rest if first.lower() in _makers(matcher) or named or initials else None


def _model_follows(hit: Mention, lines: Sequence[Line]) -> bool:
    """A number or code right after a resume's wording: 'Chelex 20' is another grade, not the brand alone."""
    return bool(re.match(r"[\s-]?[A-Z]?-?\d", lines[hit.line].text[hit.end :]))


def _coined_name(word: str) -> bool:
    """A made-up name, a capital inside it after a small letter ('PathoSEEK', 'AriaMx', 'GeneXpert')."""
    from resumefit.postingnoise import english_words

    return bool(re.fullmatch(r"[A-Z]?[a-z]+[A-Z][A-Za-z]*", word)) and word.lower() not in english_words()


_CLASS_AFTER_MODEL = re.compile(r"(?<=\d)(?:\s+[a-z][a-z-]*){1,2}$")


def _product_after_first(wording: str) -> str | None:
    """What follows a wording's first word when it reads as a product's own name (capitals or digits, or a
    capitalised word no dictionary has: 'Romexis')."""
    from resumefit.postingnoise import english_words

    rest = wording.strip().partition(" ")[2]
    if not rest[:1].isupper():
        return None
    if re.search(r"[A-Z]{2}|\d|[a-z][A-Z]", rest):
        return rest
    first = rest.split()[0]
    return rest if re.fullmatch(r"[A-Z][a-z]{3,}", first) and first.lower() not in english_words() else None


_MODEL_CODE = re.compile(r"(?=[\w.+-]*\d)(?=[\w.+-]*[A-Za-z])[A-Za-z0-9][\w.+-]*")


def _maker_and_code(wording: str, reader: _ResumeReader) -> Mention | None:
    """'Leica EM UC7' written 'Leica UC7': the maker and the model's code on one line, the series between
    them left out (the maker must be there: 'Ion S5' is no 'LivaNova S5')."""
    words = wording.split()
    if len(words) < 3 or not _MODEL_CODE.fullmatch(words[-1]):
        return None
    if _without_maker(wording, reader.matcher) is None:
        return None
    maker = re.compile(rf"(?<![\w-]){re.escape(words[0])}(?![\w-])", re.IGNORECASE)
    code = re.compile(rf"(?<![\w-]){re.escape(words[-1])}(?![\w-])", re.IGNORECASE)
    for line in reader.lines:
        found = code.search(line.text)
        if found and maker.search(line.text):
            return Mention("", found.group(0), line.index, *found.span(), line.page, line.region)
    return None


def _model_revision(wording: str, reader: _ResumeReader) -> Mention | None:
    """'Agilent 5977 MSD' written 'Agilent 5977B MSD': the model's number with a revision letter after it,
    beside every other word of the wording on one line ('Agilent 5977' is no 'Thermo 5977B')."""
    words = wording.split()
    numbers = [i for i, w in enumerate(words) if re.fullmatch(r"\d{3,5}", w)]
    if len(words) < 2 or len(numbers) != 1:
        return None
    code = re.compile(rf"(?<![\w-]){words[numbers[0]]}[A-Za-z]{{1,2}}(?![\w-])")
    others = [
        re.compile(rf"(?<![\w-]){re.escape(w)}(?![\w-])", re.IGNORECASE)
        for i, w in enumerate(words)
        if i != numbers[0]
    ]
    for line in reader.lines:
        found = code.search(line.text)
        if found and all(o.search(line.text) for o in others):
            return Mention("", found.group(0), line.index, *found.span(), line.page, line.region)
    return None


def _maker_renamed(wording: str, reader: _ResumeReader) -> Mention | None:
    """'Sorin 3T' for 'LivaNova 3T': the model after another of its maker's names (a former or short one)."""
    words = wording.split()
    if len(words) < 2 or not re.search(r"[A-Z0-9]", " ".join(words[1:])):
        return None
    names = _maker_names(reader.matcher.vocabulary).get(words[0].lower(), ())
    rest = r"\s+".join(re.escape(w) for w in words[1:])
    for name in names:
        if name != words[0].lower():
            hit = reader.first(re.compile(rf"(?<![\w-])(?i:{re.escape(name)})\s+{rest}(?![\w-])"))
            if hit is not None:
                return hit
    return None


def _maker_names(vocabulary: Vocabulary) -> dict[str, tuple[str, ...]]:
    """Each maker's one-word names (lower case), and every one-word name of the same maker, by name."""
    table = vocabulary.derived.get("maker_names")
    if table is None:
        table = {}
        for concept in vocabulary.concepts.values():
            if concept.category is Category.MANUFACTURER:
                texts = [concept.name, *(form.text for form in concept.forms)]
                firsts = tuple(dict.fromkeys(t.split()[0].lower() for t in texts if t.split()))
                for first in firsts:
                    table.setdefault(first, firsts)
        vocabulary.derived["maker_names"] = table
    return table


def _makers(matcher: TermMatcher) -> frozenset[str]:
    """The one-word names of the vocabulary's makers, lower case."""
    return _vocabulary_lists(matcher.vocabulary)[1]


_BOARD_CREDENTIAL = re.compile(r"^(?P<code>[A-Z][A-Za-z0-9-]{1,8})\((?P<board>[A-Z]{2,6}i?)\)$")
_PURSUED = re.compile(r"eligib|candidate|pursu|in progress|scheduled|expected|anticipated", re.IGNORECASE)


_BODY_NUMBER = re.compile(r"^(?P<body>[A-Z]{2,6})\s?(?P<number>\d{2,6}(?:[.-]\d+)*)$")


def _joint_body(wording: str, lines: Sequence[Line]) -> Mention | None:
    """'ASSE 6040' written 'ASSE/ANSI 6040' or 'ANSI/ASSE 6040': the same standard issued jointly; an IEC
    or ISO standard written as its European adoption ('BS EN 60645', 'EN ISO 13485')."""
    parts = _BODY_NUMBER.match(wording.strip())
    if parts is None:
        return None
    body, number = re.escape(parts.group("body")), re.escape(parts.group("number"))
    named = rf"(?:[A-Z]{{2,6}}/)*{body}(?:/[A-Z]{{2,6}})*\s?"
    if parts.group("body") in {"IEC", "ISO"}:  # its European adoption: 'BS EN 60645', 'EN ISO 13485'
        named = rf"(?:{named}|(?:[A-Z]{{2,3}}\s)?EN\s(?:{body}\s)?)"
    pattern = re.compile(rf"(?<![\w-]){named}{number}(?![\w-]|\.\d)")
    return _first(pattern, lines)


def _firm_initials(wording: str, lines: Sequence[Line]) -> Mention | None:
    """'Bruel & Kjaer' written 'B&K': a firm of two names by their initials around the ampersand."""
    names = re.fullmatch(r"([A-Z])[a-z]+\s?&\s?([A-Z])[a-z]+", wording.strip())
    if names is None:
        return None
    return _first(re.compile(rf"(?<![\w&]){names[1]}\s?&\s?{names[2]}(?![\w&])"), lines)


# the word a firm's name ends in that says what kind of firm it is: 'Leica Microsystems', 'Rees Scientific'
_FIRM_KIND = re.compile(
    r"^(?P<name>[A-Z][A-Za-z]+(?:[- ][A-Z][A-Za-z]+)?)\s+(?:Microsystems|Biosystems|Systems|Medical|"
    r"Healthcare|HealthCare|Scientific|Diagnostics|Instruments|Technologies|Biosciences|Surgical|Photonics|Optics|"
    r"Corporation|Corp\.?|Inc\.?|International|Life\s+Sciences)$"
)


def _firm_shortened(wording: str, reader: _ResumeReader) -> Mention | None:
    """'Leica Microsystems' written 'Leica': a firm by its name alone, without the word for its kind of
    business. Not when the name alone is an English word or a place ('Boston Scientific' is not 'Boston')."""
    from resumefit.postingnoise import english_words

    firm = _FIRM_KIND.match(wording.strip())
    if firm is None or firm["name"].lower() in english_words():
        return None
    name = firm["name"]
    if name.lower() not in reader.lower:
        return None  # no pattern to build
    hit = reader.first(re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])"))
    return None if hit is None or _in_place_name(hit, reader.lines) else hit


def _code_and_board(wording: str, reader: _ResumeReader) -> Mention | None:
    """'CPT(NHA)' written 'Certified Phlebotomy Technician (CPT) - National Healthcareer Association (NHA)':
    the credential's code and its board on one line of the resume, not as a credential being pursued."""
    parts = _BOARD_CREDENTIAL.match(wording.strip())
    if parts is None:
        return None
    code = re.compile(rf"(?<![\w-]){re.escape(parts.group('code'))}(?![\w-])(?!\s+codes?\b)")
    board = re.compile(rf"(?<![\w-]){re.escape(parts.group('board'))}(?![\w-])")
    for line in reader.lines:
        found = code.search(line.text)
        if found and board.search(line.text) and not _PURSUED.search(line.text):
            return _locate(parts.group("code"), line)
    return None


def _in_place_name(hit: Mention, lines: Sequence[Line]) -> bool:
    """'Lyme' in 'Old Lyme, CT' is a town, not the posting's 'Lyme' nor the core of 'Lyme disease'; 'EMC'
    after 'Eastbrook Medical Center (EMC)' is the employer, not electromagnetic compatibility."""
    text = lines[hit.line].text
    if any(m.start() <= hit.start and hit.end <= m.end() for m in PLACE.finditer(text)):
        return True
    return _is_acronym(hit.form) and _names_an_organisation(hit.form, lines)


_ORGANISATION_END = re.compile(
    r"\b(?:Center|Centre|Hospitals?|Clinics?|University|College|Health|Healthcare|Health\s+System|"
    r"Medical\s+Group|Institute|Inc\.?|Corporation|Corp\.?|Company|Co\.|LLC)\s*$"
)


def _names_an_organisation(acronym: str, lines: Sequence[Line]) -> bool:
    """The resume writes the acronym in brackets after the name of a hospital, school or firm whose
    capitals it takes ('Eastbrook Medical Center (EMC)')."""
    bracketed = re.compile(rf"\(\s*{re.escape(acronym)}\s*\)")
    for line in lines:
        for found in bracketed.finditer(line.text):
            before = line.text[: found.start()].rstrip()
            if not _ORGANISATION_END.search(before):
                continue
            start = long_form_start(before, acronym)
            if start is not None and before[start:][:1].isupper():
                return True
    return False


def _cores(wording: str) -> list[str]:
    """The wording without its trailing common nouns, shortest last: 'retention time problems' ->
    'retention time'. A resume that names the core names the term. A core is one word only when the
    wording has two ('WAGD connections' -> 'WAGD', but 'RF shielding tests' stops at 'RF shielding') or
    it is a long word no dictionary has ('biotinidase enzyme assays' -> 'biotinidase'), and never a bare
    ordinary word ('laboratory experience' is not met by 'laboratory'). The words before 'of' have cores
    too ('pronase treatment of donor cells' -> 'pronase')."""
    cores = _trailing_cores(wording)
    body = _BODY_VOUCHED.match(wording)
    if body and len(wording.split()) > 1:  # 'JRCERT-accredited medical dosimetry program'
        cores.append(body[0])
    code = _BODY_CODE.match(wording)
    if code:  # 'SAE J3043' -> 'J3043': the standard's own code names it without its body
        cores.append(code["code"])
    action, of, thing = wording.partition(" of ")
    # ('quantitation of opioids': a word rare in everyday English names a thing on its own)
    alone = _plain(thing) and not everyday_word(thing)
    if of and action.lower() in _WORK_ON and (len(thing.split()) >= 2 or alone):
        cores.append(thing)  # 'inspection of medical electrical equipment': the thing the work is done on
    if of and action.lower() in {"membership", "member", "fellowship", "fellow"} and thing[:1].isupper():
        cores.append(thing)  # 'Membership of AKMLSO': the body is named by its own name on a resume
    head = wording.split(" of ")[0].split()
    if of and len(head) == 1 and re.fullmatch(r"[a-z]+(?:-[a-z]+)+", head[0]) and len(head[0]) >= 10:
        cores.append(head[0])  # 'decay-in-storage of waste': a compound names the work on its own
    if 2 <= len(head) < len(wording.split()) and not all(w[:1].isupper() for w in head):
        cores.extend(c for c in _trailing_cores(" ".join(head)) if c not in cores)  # not a name's 'of'
    cores.extend(_heads(wording.split()) or _described_heads(wording.split()))
    stained = (
        re.fullmatch(r"([A-Z][A-Za-z]{2,}|[a-z]{4,})-[a-z]{3,}ed", wording.split()[0]) if wording else None
    )
    if stained and (stained[1][0].isupper() or not everyday_word(stained[1])):
        cores.append(stained[1])  # 'Giemsa-stained': what it is stained, based or treated with names it
    setting = wording.split()
    if (
        len(setting) == 2
        and setting[1].lower() in _SETTINGS
        and re.fullmatch(r"[a-z]{5,}", setting[0])
        and setting[0] not in _PLAIN_SETTINGS
        and setting[0] not in cores
    ):
        cores.append(setting[0])  # 'a pediatric laboratory': the setting's kind names the experience
    return cores


# where work is done: 'a pediatric laboratory', 'an oncology unit' ask for the kind of setting
_SETTINGS = frozenset(
    "laboratory laboratories lab labs setting settings environment unit units facility".split()
)
# kinds every setting of the trade is: no kind named
_PLAIN_SETTINGS = frozenset("clinical medical hospital research general central reference diagnostic".split())


# work done on a thing, named before 'of' it
_WORK_ON = frozenset(
    "inspection inspections testing maintenance repair repairs servicing calibration calibrations "
    "installation installations quantitation quantification measurement measurements analysis detection "
    "identification verification validation cleaning decontamination disinfection handling storage "
    "operation".split()
)
_BODY_VOUCHED = re.compile(r"^([A-Z][A-Z0-9]{2,})-(?:accredited|approved|certified|registered|cleared)\b")
_BODY_CODE = re.compile(r"^[A-Z]{2,6}\s+(?P<code>[A-Z]{1,3}-?\d{2,}(?:\.\d+)?)$")


def _trailing_cores(wording: str) -> list[str]:
    from resumefit.postingnoise import english_words

    words, cores = wording.split(), []
    common = english_words()
    while len(words) > 1 and _trailing_noun(words, common) and words[-2].lower() not in CONNECTORS:
        cut = words[-1]
        words = words[:-1]
        if (
            len(words) > 1
            or (len(wording.split()) == 2 and _distinctive(words[0], common))
            # 'compressor service': the thing the work is done on names the work
            or (len(wording.split()) == 2 and cut.lower() in _ACTIVITY and _thing_word(words[0]))
            or _rare(words[0])
            or _code(words[0])
            or (cut in _BASICS and _FIELD.search(words[0]))  # 'metrology fundamentals' -> 'metrology'
            # 'dosimetry measurements', 'spirometry testing': a field's own work names the field
            or (len(wording.split()) == 2 and cut.lower() in _FIELD_WORK and _FIELD.search(words[0]))
            or (_is_acronym(words[0]) and len(words[0]) >= 3)  # 'CCD image sensors' -> 'CCD'
            or _brand_word(words[0], common)  # 'Nanotrap magnetic particle capture' -> 'Nanotrap'
        ):
            cores.append(" ".join(words))
    if len(words) == 1 and words[0].endswith("+") and _is_acronym(words[0][:-1]):
        cores.append(words[0][:-1])  # 'ALCOA+': the principles it extends
    if len(words) == 2 and words[0].islower() and _is_acronym(words[1]) and len(words[1]) >= 3:
        cores.append(words[1])  # 'high-sensitivity PNH testing': the acronym, its describing word left out
    elif len(words) >= 2 and _is_acronym(words[-1]) and len(words[-1]) >= 3 and all(map(_coined, words[:-1])):
        cores.append(words[-1])  # 'PPTA IQPP', 'gene-specific ClinGen VCEP': the program's own initials
    # an antibody class names no test of its own: 'cytomegalovirus IgM' is not met by any IgM
    return [core for core in cores if not _ANTIBODY_CLASS.fullmatch(core)]


_ANTIBODY_CLASS = re.compile(r"Ig[AGMED]s?")


_ACTIVITY = frozenset(
    "service servicing repair repairs maintenance replacement replacements overhaul".split()
)


def _thing_word(word: str) -> bool:
    """A plain noun naming a thing, not a word every posting uses ('field service', 'customer service')."""
    from resumefit.openterms import _GENERIC, word_classes

    low = word.lower()
    return (
        word.islower()
        and low not in _GENERIC
        and low in word_classes()["noun"]
        and low not in word_classes()["adj"]
    )


def _coined(word: str) -> bool:
    """An acronym, a coined name with a capital inside ('ClinGen') or a hyphened describing word
    ('gene-specific'): never a plain capitalised word, which may be a maker's ('Epic EHR')."""
    inner_capital = (
        word[:1].isupper() and any(c.isupper() for c in word[1:]) and any(c.islower() for c in word)
    )
    return _is_acronym(word) or inner_capital or (word.islower() and "-" in word)


_REVISION = re.compile(r"^([A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*-\d{3,})[A-Z]$")
# a brand and its grade or size: 'Chelex-100' (the resin), 'Sephadex G-25'
_GRADED = re.compile(r"^([A-Z][a-z]{3,}[a-z]*)(?:-|\s[A-Z]-?)\d{2,4}$")
# a maker's product line and its model number: 'Hettich Rotanta 460' (the resume's 'Hettich Rotanta')
_LINE_MODEL = re.compile(r"^((?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]{3,})\s+\d{2,5}[A-Za-z]?$")


def _brand_word(word: str, common: frozenset[str]) -> bool:
    """'Nanotrap', 'Trima': a capitalised word of five letters or more that no dictionary has, a brand."""
    return (
        len(word) >= 5
        and word[:1].isupper()
        and word[1:].islower()
        and word.isalpha()
        and not _common_noun(word.lower(), common)
    )


def _slash_names(wording: str) -> list[str]:
    """'OPTN/UNOS requirements': each name of a slash pair of acronyms before common nouns, met as written
    only (an acronym of three letters spells out too much by chance)."""
    from resumefit.postingnoise import english_words

    words = wording.split()
    if not words or not re.fullmatch(r"[A-Z][A-Z0-9]{2,}(?:/[A-Z][A-Z0-9]{2,})+", words[0]):
        return []
    if len(words) < 2 or not all(_common_noun(w, english_words()) for w in words[1:]):
        return []
    return words[0].split("/")


# what is known of a field, so the field's name alone meets it; and a field's name
_BASICS = frozenset("fundamentals basics principles concepts theory essentials".split())
_FIELD = re.compile(r"^[a-z]{3,}(?:ology|metry|graphy|istry|onics|ysics)$")
_FIELD_WORK = frozenset(
    "measurement measurements testing tests test procedures studies study services work analysis".split()
)


def _heads(words: list[str]) -> list[str]:
    """The wording without its first word when that only qualifies a head the resume may name alone:
    'open deviations' -> 'deviations', 'measurement uncertainty budgets' -> 'uncertainty budgets'. Never
    a head of words every posting uses ('hospital laboratory experience' is not met by 'laboratory')."""
    from resumefit.openterms import _GENERIC, _WORK_HEADS

    if len(words) >= 3 and _is_acronym(words[0]) and all(_plain(w) for w in words[1:]):
        return [" ".join(words[1:])]  # 'CRO central laboratory': a central laboratory, of whatever kind
    if len(words) < 2 or not all(_plain(w) for w in words):
        return []
    rest = words[1:]
    if len(rest) >= 2 and words[0] in _MAKER_WORDS:
        return [" ".join(rest)]  # 'manufacturer safety notices': whoever issues them, 'field safety notices'
    if any(w in _GENERIC or w.rstrip("s") in _GENERIC or w in CONNECTORS for w in rest):
        return []
    if len(words) == 2:  # only a word of state or time, or the field's class, before the head
        if rest[0] in _WORK_HEADS:
            return []  # 'equipment checks' is not met by any 'checks'
        return [rest[0]] if words[0] in _STATE_WORDS or words[0] in _CLASS_WORDS else []
    return [" ".join(rest)]


def _described_heads(words: list[str]) -> list[str]:
    """'written work instructions' -> 'work instructions': a describing first word ('written', 'formal',
    'documented') before a head the resume may name alone, even one with a word every posting uses."""
    from resumefit.openterms import _GENERIC, word_classes

    if len(words) < 3 or not all(_plain(w) for w in words):
        return []
    first, rest = words[0], words[1:]
    describing = first.endswith(("ed", "en")) or (
        first in word_classes()["adj"] and first not in word_classes()["noun"]
    )
    if not describing or all(w in _GENERIC or w.rstrip("s") in _GENERIC for w in rest):
        return []
    return [" ".join(rest)]


# 'device interrogations' is 'interrogations' on a resume of the field: the class names only the field
_MAKER_WORDS = frozenset("manufacturer manufacturers vendor vendors oem".split())

_CLASS_WORDS = frozenset("device devices equipment instrument instruments".split())

_STATE_WORDS = frozenset(
    "open new existing current pending outstanding active routine daily weekly monthly annual planned "
    "unplanned scheduled".split()
)


def _trailing_noun(words: list[str], common: frozenset[str]) -> bool:
    """The last word is a common noun; a body's documents in capitals after its initials too, as a title
    writes them ('HMBANA Standards', 'CAP Checklists'; a product after its maker's is a name: 'MIM
    Maestro')."""
    last, before = words[-1], words[-2]
    if last.lower() in _BODY_DOCUMENTS and last[:1].isupper() and _is_acronym(before) and len(before) >= 3:
        return True
    if last.lower() in _MEASURING and _code(before):  # 'Ki-67 quantitation': the marker names the work
        return True
    return _common_noun(last, common)


# the lab's words for measuring a marker, which no everyday dictionary holds
_MEASURING = frozenset("quantitation quantification quantitations genotyping titration titer titre".split())


_BODY_DOCUMENTS = frozenset(
    "standards standard guidelines guideline guidance requirements checklist checklists regulations rules "
    "criteria recommendations procedures policies".split()
)


def _common_noun(word: str, common: frozenset[str]) -> bool:
    """An ordinary lower-case word, plural or not ('assays', 'connections', 'method')."""
    singular = f"{word[:-3]}y" if word.endswith("ies") else word  # 'studies' of 'method transfer studies'
    return _plain(word) and any(form in common for form in (word, word[:-1], word[:-2], singular))


def _plain(word: str) -> bool:
    return word.isalpha() and word.islower()


def _code(word: str) -> bool:
    """Letters and digits together, a code a resume names alone: 'UN1845' of 'UN1845 dry ice'."""
    return len(word) >= 4 and bool(re.search(r"[A-Za-z]", word)) and bool(re.search(r"\d", word))


def _rare(word: str) -> bool:
    """A long lower-case word no English dictionary has: 'biotinidase' of 'biotinidase enzyme assays'."""
    from resumefit.postingnoise import english_words

    return _plain(word) and len(word) >= 7 and not _common_noun(word, english_words())


def _distinctive(word: str, common: frozenset[str]) -> bool:
    """An acronym, a compound ('lyse-wash'), a code, or a word no English dictionary has ('biotinidase')."""
    if any(c.isdigit() for c in word) or "-" in word or sum(c.isupper() for c in word) >= 2:
        return True
    return not _common_noun(word.lower(), common)


def _common_word_for_name(form: str, hit: Mention, lines: Sequence[Line]) -> bool:
    """Whether a one-word name the posting capitalises ('Capsule', a device-integration product) is, on the
    resume, the English word in small letters ('capsule endoscopy')."""
    from resumefit.postingnoise import english_words

    if not re.fullmatch(r"[A-Z][a-z]{3,}", form) or form.lower() not in english_words():
        return False
    written = lines[hit.line].text[hit.start : hit.end]
    return written[:1].islower()


def _opens_sentence(form: str, req: Requirement, reader: _ResumeReader) -> bool:
    """Whether the posting writes the word with a capital only because a bullet or a sentence opens with it
    ('- Maintenance, calibration and ...'): an everyday word then, no name."""
    if req.line is None or req.line >= len(reader.posting_lines):
        return False
    text = reader.posting_lines[req.line].text
    return any(
        _OPENS.fullmatch(text, 0, found.start()) or re.search(r"[.!?:]\s+$", text[: found.start()])
        for found in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", text)
    )


_ACRONYM_WORDS = "acronym_words"  # Vocabulary.derived: each short form -> the words of its concepts' forms


def _other_sense(wording: str, form: str, vocabulary: Vocabulary) -> bool:
    """Whether the acronym of a posting's 'long form (ACR)' is, in the vocabulary, only the name of things
    whose forms share no word with that long form: the resume's bare acronym then means one of them."""
    defined = _DEFINED.match(wording.strip())
    if not defined or form != defined.group("short"):
        return False
    index = vocabulary.derived.get(_ACRONYM_WORDS)
    if index is None:
        index = vocabulary.derived[_ACRONYM_WORDS] = defaultdict(set)
        for concept in vocabulary.concepts.values():
            for short in (f.text for f in concept.forms if re.fullmatch(r"[A-Z][A-Z0-9]{1,5}", f.text)):
                index[short] |= concept.words()
    known = index.get(form)
    wanted = {w.lower() for w in re.findall(r"[A-Za-z]{3,}", defined.group("long"))}
    return known is not None and not known & wanted


def _same_neighbours(hit: Mention, req: Requirement, short: str, reader: _ResumeReader) -> bool:
    """'pressure swing adsorption (PSA) oxygen generators' asked, 'PSA oxygen generators' written: the
    initials have a word of the posting's beside them on the resume too (within six words either side,
    a word of four letters or more), so they mean what the posting means by them."""
    if req.line is None or req.line >= len(reader.posting_lines):
        return False
    text, letters = reader.lines[hit.line].text, re.sub(r"[^A-Za-z]", "", hit.form)
    if spelled_before(text[: hit.start], letters) or spelled_after(text[hit.end :], letters):
        return False  # 'CASA (Court Appointed Special Advocates)': the resume says what it means by them
    near = [_beside(reader.posting_lines[req.line].text, short), _beside(reader.lines[hit.line].text, short)]
    return bool(near[0] & near[1])


def _beside(text: str, short: str) -> set[str]:
    words = [w.group(0) for w in LINE_WORD.finditer(text)]
    stops = stop_words()
    found: set[str] = set()
    same = short.lower().rstrip("s")
    for i, word in enumerate(words):
        if word.lower().rstrip("s") == same:
            found.update(
                w.lower()
                for w in words[max(0, i - 6) : i + 7]
                if len(w) >= 4 and w.lower() not in stops and w.lower().rstrip("s") != same
            )
    return found


def _forms(wording: str) -> list[str]:
    """'minimal residual disease (MRD)' is written either way on a resume; 'FBI Security Risk Assessment'
    is also 'Security Risk Assessment' (and so 'SRA'): the body's acronym before a name may be left out."""
    defined = _DEFINED.match(wording.strip())
    if defined:
        return [defined.group("long"), defined.group("short")]
    spelled = _SHORT_THEN_LONG.match(wording.strip())  # 'PAMET (Philippine Association of Medical ...)'
    if spelled:
        return [spelled.group("short"), spelled.group("long")]
    named = _BODY_THEN_NAME.match(wording.strip())
    if named:
        return [wording, named.group("name")]
    coded = _BODY_THEN_CODE.match(wording.strip())  # 'ASQ CCT': the resume may name the credential alone
    if coded:
        return [wording, coded.group("code")]
    made = _MAKER_THEN_PRODUCT.match(wording.strip())  # 'GE FASTlab 2': the resume may leave the maker out
    if made:
        return [wording, made.group("product")]
    labelled = re.match(LABELLED_COMPOUND, wording)  # '[18F]FDG' is 'FDG' written with its label
    if labelled:
        return [wording, wording[labelled.end() :]]
    report = _REPORT_NUMBER.match(wording.strip())  # 'NCRP Report No. 147' is also 'NCRP 147'
    if report:
        return [wording, f"{report.group('body')} {report.group('number')}"]
    part = _CFR_PART.search(wording)  # '21 CFR Part 212' is '21 CFR 212', and the other way round
    if part:
        other = "CFR " if part.group(1) else "CFR Part "
        return [wording, wording[: part.start()] + other + wording[part.end() :]]
    return [wording]


_CFR_PART = re.compile(r"CFR\s+([Pp]art\s+)?(?=\d)")
_CFR_LIST = re.compile(
    r"\b(\d{1,2})\s?CFR\s?(?:[Pp]arts?\s?)?(\d{1,4}(?:\.\d+)*(?:(?:,\s?|,?\s(?:and|&)\s|\s?[-–]\s?(?:\d{1,4})?\.?"
    r"(?=\d))\d{1,4}(?:\.\d+)*)*)"
)
# '1020.30-.32', '1020.30-1020.33', '1020.30 – 33': a run of sections of one part
_CFR_RUN = re.compile(r"(\d{1,4})\.(\d+)\s?[-–]\s?(?:\1)?\.?(\d+)")


def _cfr_numbers(text: str) -> set[str]:
    """The parts and sections a CFR list names, a run of sections counted one by one."""
    numbers = set(re.findall(r"\d+(?:\.\d+)*", _CFR_RUN.sub("", text)))
    for part, first, last in _CFR_RUN.findall(text):
        if len(first) == len(last) and int(first) <= int(last) <= int(first) + 20:
            numbers |= {f"{part}.{n:0{len(first)}d}" for n in range(int(first), int(last) + 1)}
    return numbers


def _cfr_parts(wording: str, lines: Sequence[Line]) -> Mention | None:
    """'10 CFR Parts 19, 20 and 35' met by '10 CFR 19, 20, 35': the same title and every part asked for,
    however the list is written."""
    asked = _CFR_LIST.fullmatch(wording.strip())
    if not asked:
        return None
    title, parts = asked.group(1), _cfr_numbers(asked.group(2))
    held: set[str] = set()
    first = None
    for line in lines:
        for found in _CFR_LIST.finditer(line.text):
            if found.group(1) == title:
                held |= _cfr_numbers(found.group(2))
                first = first or Mention(
                    "", found.group(0), line.index, *found.span(), line.page, line.region
                )
    return first if parts and parts <= held else None


def _turned_round(wording: str, reader: _ResumeReader) -> Mention | None:
    """'sealed source leak tests' written 'leak tests on sealed sources', 'method verification' written
    'verification of new methods': the head first, then what it is done on or for, with a describing word
    before it or none (two words turn only round 'of', so a short wording is not taken apart)."""
    words = wording.split()
    if len(words) < 2 or not all(w.isalpha() for w in words):
        return None
    if not all(_singular_stem(w).lower() in reader.lower for w in words):
        return None  # a word is nowhere on the resume: no pattern to build
    lines = reader.lines
    for cut in range(1, max(len(words) - 1, 2)):
        what, head = words[:cut], words[cut:]
        pattern = re.compile(
            r"(?<![\w-])"
            + _plural_free(head)
            + (r"\s+of\s+" if len(words) == 2 else r"\s+(?:on|of|for|in)\s+")
            + r"(?:the\s+|all\s+)?(?:[a-z]{3,}\s+)?"
            + _plural_free(what)
            + r"(?![\w-])",
            re.IGNORECASE,
        )
        hit = _first(pattern, lines)
        if hit is not None:
            return hit
    return None


# '3- and 5-lead', 'pre-, intra- and post-analytical': words left hanging on their hyphens, joined to the
# hyphenated word that ends the list, and up to two words after it
_SUSPENDED = re.compile(
    r"(?<![\w-])(?P<hanging>[\w.]+-(?:,\s*[\w.]+-)*),?\s+(?:and|or|&|to)\s+[\w.]+-(?P<part>[A-Za-z][\w]*)"
    r"(?P<after>(?:\s+[A-Za-z][\w-]*){0,2})"
)


def suspended_phrases(text: str) -> list[tuple[str, int, int]]:
    """'3- and 5-lead monitoring' is also '3-lead' and '3-lead monitoring': a word left hanging on its hyphen
    takes the second part of the hyphenated word the list ends with, and the words after it; each phrase with
    the span of the words it is read from."""
    found = []
    for match in _SUSPENDED.finditer(text):
        after = match.group("after").split()
        for word in re.findall(r"([\w.]+)-", match.group("hanging")):
            for size in range(len(after) + 1):
                phrase = " ".join([f"{word}-{match.group('part')}", *after[:size]])
                found.append((phrase, match.start(), match.end("part")))
    return found


def _written_otherwise(wording: str, reader: _ResumeReader) -> Mention | None:
    """The wording turned round, with a word cut short, with its describing word made a noun, or in the other
    English spelling."""
    return (
        _turned_round(wording, reader)
        or _modifiers_reordered(wording, reader)
        or _clipped(wording, reader)
        or _describer_as_noun(wording, reader.lines)
        or _other_wording(wording, reader)
        or _with_shared_head(wording, reader)
    )


def _modifiers_reordered(wording: str, reader: _ResumeReader) -> Mention | None:
    """'vendor remote access' written 'remote vendor access': the same words side by side, the same head
    last, the words before it in another order (three words at least)."""
    key = reader.matcher.key(wording)
    if len(key) < 3 or len(set(key)) < len(key):
        return None
    size, wanted = len(key), sorted(key)
    for line, line_key in zip(reader.lines, reader.keys, strict=True):
        for i in range(len(line_key) - size + 1):
            window = line_key[i : i + size]
            if window[-1] == key[-1] and window != key and sorted(window) == wanted:
                return _words_keyed(window, line, reader.matcher) or Mention(
                    "", wording, line.index, 0, len(line.text), line.page, line.region
                )
    return None


def _with_shared_head(wording: str, reader: _ResumeReader) -> Mention | None:
    """'kVp checks' written 'kVp and timer checks': the wording's first word shares the head of the word it
    is joined to. Not as written, so the posting's wording is worth adding."""
    turned = _of_turned(wording)  # 'realignment of scissors' is 'scissor realignment'
    keys = {reader.matcher.key(w) for w in (wording, turned) if w}
    keys = {key for key in keys if len(key) >= 2}
    if not keys:
        return None
    for line, shared_key, start, end in reader.shared_heads:
        if shared_key in keys:
            return Mention("", line.text[start:end], line.index, start, end, line.page, line.region)
    return None


def _clipped(wording: str, reader: _ResumeReader) -> Mention | None:
    """'radiation surveys' written 'rad surveys', 'decontamination' written 'Decon': one long word of the
    wording cut short, as the bench and the shop say it, the other words as written (singular or plural).
    Alone, the cut word must be no English word ('path' is not 'pathology') and start only one family of
    the vocabulary's words ('cyto' starts cytology, cytometry and cytogenetics, so it names none)."""
    words = wording.split()
    if len(words) > 4 or not all(re.fullmatch(r"[\w-]+", w) for w in words):
        return None
    initialled = _initial_joined(words, reader.lines)
    if initialled is not None:
        return initialled
    least = 3 if len(words) > 1 else 4
    stems = [_singular_stem(w) for w in words]
    for index, word in enumerate(words):
        if not word.isalpha() or len(word) < 7 or _is_acronym(word):
            continue
        if not all(
            stem.lower() in reader.lower for stem in [*stems[:index], word[:least], *stems[index + 1 :]]
        ):
            continue  # a word, or the shortest cut, is nowhere on the resume: no pattern to build
        cuts = "|".join(re.escape(word[:k]) for k in range(len(word) - 2, least - 1, -1))
        # 'auto-changeover' for 'automatic changeover'; the cut run into the word after it, 'hydrotest'
        # for 'hydrostatic test'
        fused = r"\s+|-|(?<=\w)" if index == 0 and len(words) == 2 else r"\s+|-"
        pattern = re.compile(
            r"(?<![\w-])"
            + "".join(_plural_free([w]) + r"\s+" for w in words[:index])
            + rf"(?P<cut>{cuts})(?:s\b|\.|\b|(?=-)|(?=[a-z]))"
            + "".join(rf"(?:{fused}){_plural_free([w])}" for w in words[index + 1 :])
            + r"(?![\w-])",
            re.IGNORECASE,
        )
        # each line, then each line joined to the next it wraps into ('... ESUs and smoke' / 'evacs.')
        texts = [(line, line.text) for line in reader.lines] + [
            (line, text) for line, _k, text in reader.wrapped
        ]
        for line, text in texts:
            for found in pattern.finditer(text):
                if len(words) == 1 and not _one_family(
                    found.group("cut").lower(), word.lower(), reader.matcher
                ):
                    continue
                return Mention("", found.group(0), line.index, *found.span(), line.page, line.region)
    return None


def _initial_joined(words: list[str], lines: Sequence[Line]) -> Mention | None:
    """'mRDT' for 'malaria RDT', 'e-gun' for 'electron gun': the first word by its initial, joined to the
    initials after it, or by its initial and a hyphen to the word after it (a long first word only)."""
    if len(words) != 2 or not words[0].isalpha() or _is_acronym(words[0]):
        return None
    first, last = words
    if _is_acronym(last) and len(last) >= 3:
        pattern = re.compile(rf"(?<![\w-]){first[0].lower()}{re.escape(last)}s?(?![\w-])")
    elif len(first) >= 6 and last.isalpha() and len(last) >= 3:
        pattern = re.compile(rf"(?<![\w-]){first[0]}-{_plural_free([last])}(?![\w-])", re.IGNORECASE)
    else:
        return None
    return _first(pattern, lines)


def _other_wording(wording: str, reader: _ResumeReader) -> Mention | None:
    """'fiber optic delivery' written 'fibre-optic delivery', 'liquid oxygen' written 'liquid O2', 'alarm
    tests' written 'alarm checks': the wording in the other English spelling (spaCy's table of British and
    American spellings, and the 'haem-' and 'oe-' of medical words) or with the other word of a group of the
    lexicon's equal words."""
    key = reader.matcher.key(wording)
    if not key:
        return None
    common = _common(key, reader.matcher)
    for number in reader.lines_for(common, reader.common_keys):
        line, line_key, plain = reader.lines[number], reader.keys[number], reader.common_keys[number]
        if is_literal(common, plain) and not is_literal(key, line_key):  # not as written: guards said no
            return _words_keyed(common, line, reader.matcher, common=True) or Mention(
                "", wording, line.index, 0, len(line.text), line.page, line.region
            )
    return None


def _words_keyed(
    key: tuple[str, ...], line: Line, matcher: TermMatcher, common: bool = False
) -> Mention | None:
    """The fewest words of the line that read as the key (``common``: as the key in American spelling with
    the lexicon's equal words): 'N2O' for 'nitrous oxide', never the 'nitrogen, CO2' that merely starts like
    it; 'gas detectors' in 'gaskets and gas detectors', not 'gaskets and'. A run of words reads as its
    words' keys one after another (stored facts hold each word's key, see line_words)."""
    words = list(LINE_WORD.finditer(line.text))
    keys = [matcher.key(word.group(0)) for word in words]

    def runs() -> Iterator[_Run]:
        """The runs of the line's words, the fewest words first, with their keys."""
        for size in range(1, len(key) + 3):
            for i in range(len(words) - size + 1):
                found = tuple(part for word_key in keys[i : i + size] for part in word_key)
                yield (
                    words[i].start(),
                    words[i + size - 1].end(),
                    _common(found, matcher) if common else found,
                )

    # the run that reads as the key, else the run whose keys hold it ('RhD grouping' in 'ABO/RhD grouping')
    span = next(((s, e) for s, e, found in runs() if found == key), None) or next(
        ((s, e) for s, e, found in runs() if _holds(found, key)), None
    )
    if span is None:
        return None
    start, end = span
    return Mention("", line.text[start:end], line.index, start, end, line.page, line.region)


_Run = tuple[int, int, tuple[str, ...]]  # a run of words: where it starts and ends, and its key


def _holds(found: tuple[str, ...], key: tuple[str, ...]) -> bool:
    """Whether a run's key holds the key, one part after another."""
    return any(found[j : j + len(key)] == key for j in range(len(found) - len(key) + 1))


LINE_WORD = re.compile(r"[\w+&/.-]*\w")


def line_words(lines: Sequence[Line]) -> list[str]:
    """Every word of the lines, once, and the phrases read from words left hanging on their hyphens: the texts
    whose keys locate a wording on a line."""
    words = (word.group(0) for line in lines for word in LINE_WORD.finditer(line.text))
    hanging = (phrase for line in lines for phrase, _, _ in suspended_phrases(line.text))
    return list(dict.fromkeys([*words, *hanging]))


def _common(key: tuple[str, ...], matcher: TermMatcher) -> tuple[str, ...]:
    """The key in American spelling, each of the lexicon's equal words written as the first of its group."""
    key = _american(key)
    equal = _equal_keys(matcher)
    if not equal or not set(key) & equal[0]:
        return key
    words: list[str] = []
    at = 0
    while at < len(key):
        for written, first in equal[1]:
            if key[at : at + len(written)] == written:
                words += first
                at += len(written)
                break
        else:
            words.append(key[at])
            at += 1
    return tuple(words)


def _equal_keys(matcher: TermMatcher) -> tuple[frozenset[str], list[tuple[tuple[str, ...], tuple[str, ...]]]]:
    """The keys of the lexicon's equal words, the longest first, each with its group's first key; and the
    words they start with (a key holding none of them is left as it is). Built once per vocabulary."""
    vocabulary = matcher.vocabulary
    found = vocabulary.derived.get("equal_keys")
    if found is None:
        pairs = []
        for group in vocabulary.lexicon.equal_words:
            first = _american(matcher.key(group[0]))
            pairs += [(_american(matcher.key(w)), first) for w in group[1:]]
        pairs = [(written, first) for written, first in pairs if written and written != first]
        pairs.sort(key=lambda pair: -len(pair[0]))
        found = vocabulary.derived["equal_keys"] = (frozenset(w[0] for w, _ in pairs), pairs)
    return found


def _american(key: tuple[str, ...]) -> tuple[str, ...]:
    """A wording's key in American spelling, by the spellings table and the haem/oe rules."""
    from resumefit.spacyload import MEDICAL_BRITISH, american_spellings

    norms = american_spellings()
    words = []
    for word in key:
        word = norms.get(word, word)
        for pattern, american in MEDICAL_BRITISH:
            word = pattern.sub(american, word)
        words.append(word)
    return tuple(words)


def _describer_as_noun(wording: str, lines: Sequence[Line]) -> Mention | None:
    """'in-service training' written 'in-services', 'frozen sections' written 'frozens': the describing word
    of a two-word wording made a plural noun, as the bench says it. Never a word that is a noun already
    ('monitors' is no 'monitor mount')."""
    from resumefit.openterms import word_classes

    words = wording.split()
    if len(words) != 2 or not re.fullmatch(r"[a-z]+(?:-[a-z]+)*", words[0]):
        return None
    if words[0] in word_classes()["noun"] or len(words[0]) < 5:
        return None
    return _first(re.compile(rf"(?<![\w-]){re.escape(words[0])}s(?![\w-])", re.IGNORECASE), lines)


def _one_family(cut: str, word: str, matcher: TermMatcher) -> bool:
    """Whether a cut word alone stands for the posting's word only: no English word, and the vocabulary's
    words it starts all go on like that word for three more letters ('tymp' for 'tympanometers', which the
    vocabulary does not know; not 'cyto', which starts cytology, cytometry and cytogenetics)."""
    from resumefit.postingnoise import english_words

    if cut in english_words():
        return False
    starts = {w[: len(cut) + 3] for w in _vocabulary_words(matcher) if w.startswith(cut)}
    # a shorter word of the family ('broncho' of 'aScope Broncho') goes on like the word as far as it goes
    return all(word.startswith(start) for start in starts)


def _vocabulary_words(matcher: TermMatcher) -> frozenset[str]:
    """The long lower-case words of the vocabulary's forms."""
    return _vocabulary_lists(matcher.vocabulary)[0]


def _vocabulary_lists(vocabulary: Vocabulary) -> tuple[frozenset[str], frozenset[str]]:
    """The vocabulary's long words and its makers' one-word names, built once per vocabulary."""
    found = vocabulary.derived.get("word_lists")
    if found is None:
        concepts = vocabulary.concepts.values()
        words = frozenset(
            w.lower()
            for concept in concepts
            for form in concept.forms
            for w in re.findall(r"[A-Za-z]{7,}", form.text)
        )
        makers = frozenset(
            form.text.lower()
            for concept in concepts
            if concept.category is Category.MANUFACTURER
            for form in concept.forms
            if " " not in form.text and len(form.text) >= 3
        )
        found = vocabulary.derived["word_lists"] = (words, makers)
    return found


def _plural_free(words: list[str]) -> str:
    """The words in a row, each in the singular or plural."""
    return r"\s+".join(re.escape(_singular_stem(w)) + r"(?:s|es)?" for w in words)


def _singular_stem(word: str) -> str:
    """A word without the -s a plural may end in ('pumps' -> 'pump'; 'gas' stays)."""
    return word[:-1] if word.lower().endswith("s") and len(word) > 3 else word


_REPORT_NUMBER = re.compile(
    r"^(?P<body>[A-Z]{2,6})\s+(?:Report|Publication|Pub\.|Bulletin)\s+(?:No\.\s?|Number\s)?(?P<number>\d{1,4})$"
)


_MAKER_THEN_PRODUCT = re.compile(
    r"^[A-Z]{2,4}\s+(?P<product>(?:[A-Z]{2,}[a-z]{2,}|[A-Za-z]*[a-z][A-Z])\S*(?:\s+\S+)*)$"
)


_BODY_THEN_CODE = re.compile(r"^[A-Z]{2,6}\s+(?P<code>[A-Z][A-Za-z-]*[A-Z][A-Za-z0-9+-]*)$")


_BODY_THEN_NAME = re.compile(r"^[A-Z]{2,6}\s+(?P<name>[A-Z][a-z]+(?:\s+[A-Z][a-z]+){1,3})$")


def _shouted_name(form: str) -> bool:
    """A word of seven capitals or more with three vowels, which initials seldom have ('CAPILLARYS')."""
    return re.fullmatch(r"[A-Z]{7,}", form) is not None and sum(c in "AEIOU" for c in form) >= 3


def _is_acronym(form: str) -> bool:
    letters = [c for c in form if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) >= max(2, len(letters) - 1) and " " not in form


# the end of a body's name before what it is named for: 'Board of Licensure for', 'Society of', 'Registry of'
_BODY_NAMED_FOR = re.compile(
    r"\b(?:Board|Society|Association|Registry|Council|Institute|College|Academy|Commission|Federation"
    r"|Foundation)(?:\s+[A-Z][a-z]+|\s+of|\s+and|\s+&)*?\s+(?:of|for|on)\s+(?:the\s+)?$"
)


def _in_body_name(hit: Mention, lines: Sequence[Line]) -> bool:
    """'Professional Engineers' in 'Maine State Board of Licensure for Professional Engineers'."""
    return bool(_BODY_NAMED_FOR.search(lines[hit.line].text[: hit.start]))


def _literal(form: str, reader: _ResumeReader) -> Mention | None:
    """The form on the resume: an acronym as written (a plural aside), anything else by its lemma key. A
    long name in capitals is a name shouted, not initials: 'PHORESIS' is the resume's 'Phoresis'. A trade
    mark's sign is no part of it ('KWIK-STIK™')."""
    form = TRADEMARKS.sub("", form).strip()
    if _is_acronym(form) and not _shouted_name(form):
        return reader.first(_acronym_pattern(form))
    key = reader.matcher.key(form)
    if not key:
        return None
    for number in reader.lines_for(key, reader.keys):
        line = reader.lines[number]
        if is_literal(key, reader.keys[number]):
            keyed = _words_keyed(key, line, reader.matcher)
            if keyed is not None and form[:1].isupper() and _in_body_name(keyed, reader.lines):
                continue  # 'State Board of Licensure for Professional Engineers': the body, not the title
            return (
                keyed
                or _locate(form, line)
                or Mention("", form, line.index, 0, len(line.text), line.page, line.region)
            )
    for line, joined_key, joined in reader.wrapped:  # the form runs on into the next line
        if is_literal(key, joined_key):
            return _locate(form, replace(line, text=joined)) or Mention(
                "", form, line.index, 0, len(line.text), line.page, line.region
            )
    return _spaced_otherwise(form, reader)


def _spaced_otherwise(form: str, reader: _ResumeReader) -> Mention | None:
    """The same letters and digits with other spaces, hyphens or brackets between them: 'clean room' for
    'cleanroom', 'dead weight testers' for 'deadweight testers', 'USP 797' for 'USP <797>'."""
    squeezed = re.sub(r"[\W_]+", "", form.lower())
    # a possessive may lose its apostrophe, however short ('Hb Barts' for "Bart's")
    if len(squeezed) < (4 if "'" in form else 6):
        return None
    if squeezed.endswith("s"):
        squeezed = squeezed[:-1]
    if squeezed not in reader.squeezed:  # nowhere, whatever the gaps: no pattern to build
        return None
    gaps = r"[\s<>()/-]{0,2}"
    pattern = re.compile(
        r"(?<![\w-])" + gaps.join(re.escape(c) for c in squeezed) + r"(?:s|es)?(?![\w-])", re.IGNORECASE
    )
    return reader.first(pattern)


@lru_cache(maxsize=4096)  # the same acronyms recur across a batch's postings
def _acronym_pattern(acronym: str) -> re.Pattern[str]:
    """An acronym as a word of its own, a plural aside; a type number may follow ('HIV' in 'HIV-1/2'). Its
    parts may be joined by a hyphen, a slash or the double colon of a gene fusion ('BCR::ABL1'), and one of
    letters and digits may be hyphenated anywhere ('4D-CT')."""
    parts = re.split(r"::|[-/]", acronym)
    # 'TB LAM' too; and 'FTIR' for 'FT-IR', when each part is letters
    joint = (
        "(?:-|/|::| )?"
        if len(parts) > 1 and all(re.fullmatch(r"[A-Z]{2,}", p) for p in parts)
        else "(?:-|/|::| )"
    )
    body = joint.join(re.escape(part) for part in parts)
    if re.fullmatch(r"[A-Z]{2,6}", acronym):  # 'O.C.T.' for 'OCT', 'EH&S' for 'EHS', 'FT-IR' for 'FTIR'
        hyphened = f"|{'-?'.join(acronym)}" if len(acronym) >= 4 else ""
        body = rf"(?:{body}|{'[.] ?'.join(acronym)}[.]|{'&?'.join(acronym)}{hyphened})"
    elif re.fullmatch(r"(?=.*\d)[A-Z0-9]{3,8}", acronym):  # '4D-CT' for '4DCT', 'HL-7' for 'HL7'
        body = "-?".join(re.escape(c) for c in acronym)
    # never the first part of another name ('ICH-GCP'), but 'IQPP-certified' and 'CLIA-waived' name it
    vouched = r"-(?:certified|accredited|approved|licensed|registered|compliant|waived|trained|based)\b"
    return re.compile(rf"(?:(?<![\w-])|(?<=[A-Z]-)){body}s?(?:(?={vouched})|(?!\w|-[A-Za-z]))")


def _first(pattern: re.Pattern[str], lines: Sequence[Line]) -> Mention | None:
    for line in lines:
        found = pattern.search(line.text)
        if found:
            return Mention("", found.group(0), line.index, found.start(), found.end(), line.page, line.region)
    return None


def _locate(form: str, line: Line) -> Mention | None:
    """Where the form stands in the line: as many words as it has, from its first word's stem."""
    size = len(form.split())
    stem = form.split()[0].lower()[: max(3, len(form.split()[0]) - 2)]
    words = list(re.finditer(r"[\w+&/-]+", line.text))
    for i, word in enumerate(words):
        if word.group(0).lower().startswith(stem):
            last = words[min(i + size, len(words)) - 1]
            written = line.text[word.start() : last.end()]
            return Mention("", written, line.index, word.start(), last.end(), line.page, line.region)
    return None


def _by_initials(form: str, reader: _ResumeReader) -> Mention | None:
    """An acronym spelt out on the resume ('MRD' / 'minimal residual disease'), or the other way round."""
    if _is_acronym(form):
        prefixed = _PREFIXED.match(form)
        if prefixed:  # cPRA / 'calculated PRA', eGFR / 'estimated GFR'
            small, rest = prefixed.groups()
            words = r"[\s-]+".join(rf"[{c}{c.upper()}][a-z]{{2,}}" for c in small)
            hit = reader.first(re.compile(rf"(?<![\w-]){words}[\s-]+{re.escape(rest)}s?(?![\w-])"))
            # or every letter spelt: eMAR / 'electronic medication administration record'
            hit = hit or _spelt_out(form.upper(), reader.lines)
            if hit is None and small == "c":  # 'current' good practice: cGTP / 'GTP', cGMP / 'GMP'
                hit = reader.first(re.compile(rf"(?<![\w-]){re.escape(rest)}(?![\w-])"))
            return hit
        letters = [c for c in form if c.isalpha()]
        if len(letters) < 3:
            return None
        if re.fullmatch(r"[A-Z]{3,}s", form):  # 'VFDs' spelt 'variable frequency drives'
            form = form[:-1]
        if re.search(r"\d{2,}", form):
            # 'ISO10936', 'IEC60529': a body's letters and its standard's number; words that spell the
            # letters ('independent service organization') name no standard
            return None
        return (
            _spelt_out(form, reader.lines)
            or _spelt_before_acronym(form, reader)
            or _name_by_lead_syllable(form, reader.lines)
        )
    for acronym in _initials(form):
        # 'nucleated red blood cells' is also written 'nRBC': a small first letter for the describing word
        if acronym.lower() not in reader.lower:
            continue  # no pattern to build
        written = rf"(?:{acronym}|{acronym[0].lower()}{acronym[1:]})"
        hit = reader.first(re.compile(rf"(?<![\w-]){written}s?(?![\w-])"))
        if hit is not None:
            return hit
    return _prefixed_short(form, reader) or _partly_initials(form, reader)


def _with_a_slash_sibling(form: str, reader: _ResumeReader) -> Mention | None:
    """'QIAsymphony SP/AS' for 'QIAGEN QIAsymphony SP': a product's model code and, after a slash, the
    code of the module sold with it; the maker may be left out."""
    words = form.split()
    if (
        len(words) < 2
        or not re.fullmatch(r"[A-Z0-9][A-Za-z0-9-]{0,7}", words[-1])
        or words[-1].lower() not in reader.lower
    ):
        return None
    for start in range(min(2, len(words) - 1)):  # with the maker's name or without it
        name = r"\s+".join(map(re.escape, words[start:]))
        hit = reader.first(
            re.compile(rf"(?<![\w-]){name}/[A-Z0-9][A-Za-z0-9-]{{0,7}}(?![\w-])", re.IGNORECASE)
        )
        if hit is not None:
            return hit
    return None


def _name_by_its_initials(form: str, reader: _ResumeReader) -> Mention | None:
    """'MLTB' for 'Medical Laboratory Technologists Board': a body's or a scheme's name of three
    capitalised words or more, by its four initials or more in capitals on the resume, with its first word
    or without it ('OHSA' for the 'Ontario Occupational Health and Safety Act'); never initials the
    vocabulary reads as something of its own, with its guards."""
    words = [w for w in form.split() if w.lower() not in CONNECTORS]
    if len(words) < 3 or not all(re.fullmatch(r"[A-Z][a-z]+", w) for w in words):
        return None
    known = known_form_keys(reader.matcher.vocabulary)
    # with the place it is of or without it: 'Ontario Occupational Health and Safety Act' is the OHSA there
    shorter = _initials(" ".join(form.split()[1:])) if len(words) >= 4 else []
    for acronym in dict.fromkeys([*_initials(form), *shorter]):
        # four letters at least: three spell too many other things ('ACD tubes' are no Accreditation
        # Canada Diagnostics)
        if len(acronym) < 4 or acronym.lower() not in reader.lower or wording_key(acronym) in known:
            continue
        hit = reader.first(re.compile(rf"(?<![\w/&-]){acronym}(?![\w/&-])"))
        if hit is not None:
            return hit
    return None


def _acronym_with_its_head(form: str, reader: _ResumeReader) -> Mention | None:
    """'AMC contracts' written 'annual maintenance contracts': initials followed by the word their last
    letter already stands for (an ATM machine), spelt out on the resume."""
    found = re.fullmatch(r"([A-Z]{2,6})\s+([a-z]{3,})", form.strip())
    if found is None or found[1][-1].lower() != found[2][0]:
        return None
    hit = _spelt_out(found[1], reader.lines)
    if hit is None or _singular_stem(hit.form.split()[-1]).lower() != _singular_stem(found[2]).lower():
        return None
    return hit


def _small_letter_before(form: str, reader: _ResumeReader) -> Mention | None:
    """'mRDT' for 'RDT' (a malaria rapid diagnostic test): the initials with a describing word's small
    initial before them, where the vocabulary knows no such form (it reads 'eGFR', 'mRNA' itself)."""
    if not re.fullmatch(r"[A-Z]{3,6}", form):
        return None
    return _unless_a_form(reader.first(re.compile(rf"(?<![\w-])[a-z]{re.escape(form)}s?(?![\w-])")), reader)


def _initials_and_year(form: str, lines: Sequence[Line]) -> Mention | None:
    """'PSSR 2000' written 'Pressure Systems Safety Regulations 2000': a regulation's initials and year,
    its long form spelt out before the same year."""
    coded = re.fullmatch(r"([A-Z]{3,7})\s+((?:19|20)\d\d)", form.strip())
    if coded is None:
        return None
    for line in lines:
        for year in re.finditer(rf"(?<!\d){coded[2]}(?!\d)", line.text):
            before = line.text[: year.start()].rstrip(" ,(")
            start = long_form_start(before, coded[1])
            if start is not None and before[start:][:1].isupper():
                return Mention(
                    "", line.text[start : year.end()], line.index, start, year.end(), line.page, line.region
                )
    return None


def _name_by_lead_syllable(acronym: str, lines: Sequence[Line]) -> Mention | None:
    """'KENAS' written 'Kenya Accreditation Service', 'KEMRI' 'Kenya Medical Research Institute': a body's
    name whose first word gives two or three letters and each further word its initial (the small words
    of a name none), every word capitalised."""
    if not re.fullmatch(r"[A-Z]{4,7}", acronym):
        return None
    for lead in (3, 2):
        rest = acronym[lead:]
        words = r"(?:\s+(?:of|and|for|the|&))?\s+".join(rf"{c}[a-z]+" for c in rest)
        pattern = re.compile(rf"(?<![\w-]){acronym[0]}{acronym[1:lead].lower()}[a-z]*\s+{words}(?![\w-])")
        hit = _first(pattern, lines)
        if hit is not None:
            return hit
    return None


def _spelt_before_acronym(form: str, reader: _ResumeReader) -> Mention | None:
    """'PICU' written 'pediatric ICU', 'MICU' written 'medical ICU': the acronym's first letter spelt as a
    word before the acronym of its other letters."""
    if not re.fullmatch(r"[A-Z]{4,6}", form):
        return None
    head, rest = form[0], form[1:]
    pattern = re.compile(rf"(?<![\w-])[{head}{head.lower()}][a-z]{{3,}}[\s-]+{rest}s?(?![\w-])")
    return reader.first(pattern)


def _partly_initials(form: str, reader: _ResumeReader) -> Mention | None:
    """'atrial fibrillation burden' written 'AF burden', 'point of care testing' written 'POC testing':
    the first two or three words by their initials, the rest as written (singular or plural)."""
    words = form.split()
    if len(words) == 2 and all(w.isalpha() for w in words):  # 'electrophysiology studies' / 'EP studies'
        split = prefix_initials(words[0])
        if len(split) == 2 and "".join(split).lower() in reader.lower:
            pattern = rf"(?<![\w-]){''.join(split).upper()}s?\s+(?i:{_plural_free(words[1:])})(?![\w-])"
            return reader.first(re.compile(pattern))
    # a hyphened word gives a letter for each part: 'varicella-zoster virus IgG' written 'VZV IgG'
    if len(words) < 3 or not all(re.fullmatch(r"[A-Za-z]+(?:-[A-Za-z]+)*", w) for w in words):
        return None
    for size in (3, 2):
        lead, rest = words[:size], words[size:]
        if not rest or lead[0].lower() in CONNECTORS or lead[-1].lower() in CONNECTORS:
            continue
        parts = [part for word in lead for part in word.split("-")]
        initials = "".join(w[0].upper() for w in parts if w.lower() not in CONNECTORS or w.lower() == "of")
        if len(initials) < 2 or initials.lower() not in reader.lower:
            continue
        pattern = re.compile(rf"(?<![\w-]){initials}s?\s+(?i:{_plural_free(rest)})(?![\w-])")
        hit = reader.first(pattern)
        if hit is not None:
            return hit
    return None


_SPELT_PREFIX = re.compile(
    r"^(?P<words>[A-Za-z]+(?:-[A-Za-z]+)?(?:\s+[A-Za-z]+)?)\s+(?P<acronym>[A-Z][A-Za-z0-9/-]+)$"
)


def _prefixed_short(form: str, reader: _ResumeReader) -> Mention | None:
    """'real-time RT-PCR' written 'rRT-PCR', 'calculated PRA' written 'cPRA': the small letters stand for
    the words before the acronym."""
    spelt = _SPELT_PREFIX.match(form.strip())
    if spelt is None or not _is_acronym(spelt.group("acronym")):
        return None
    words = spelt.group("words").split()
    pieces = [piece for word in words for piece in word.split("-")]
    prefixes = {"".join(w[0] for w in words).lower(), "".join(p[0] for p in pieces).lower()}
    if all(w[:1].isupper() for w in words):  # 'Wisconsin DNR' written 'WDNR', 'Illinois EPA' 'IEPA'
        prefixes |= {p.upper() for p in prefixes}
    for prefix in sorted(prefixes):
        hit = reader.first(_acronym_pattern(prefix + spelt.group("acronym")))
        if hit is not None:
            return hit
    return None


_PAIR_AND = re.compile(r"([A-Za-z]+) (?:and|&) ([A-Za-z]+)((?: [A-Za-z]+)*)(?:,? (?:19|20)\d\d)?")


def _initials(form: str) -> list[str]:
    """The acronyms a long form is written as: 'donor-specific antibody' -> DSA; 'products of conception'
    -> POC (with its small words) as well as PC when that is long enough."""
    form = re.sub(r"['’]s\b", "", form)  # a possessive's 's' gives no letter: "Master's degree" is no MSD
    # 'LearnBloodTransfusion' is LBT: the words of a name run together each give their capital
    form = (
        re.sub(r"(?<=[a-z])(?=[A-Z][a-z])", " ", form) if re.fullmatch(r"(?:[A-Z][a-z]+){3,}", form) else form
    )
    words = re.findall(r"[A-Za-z]+", form)
    content = [w for w in words if w.lower() not in CONNECTORS]
    found = ["".join(w[0].upper() for w in content)] if len(content) >= 3 else []
    with_of = [w for w in words if w.lower() not in CONNECTORS or w.lower() == "of"]
    if len(with_of) >= 3 and len(with_of) > len(content):
        found.append("".join(w[0].upper() for w in with_of))
    # 'transcutaneous oxygen monitor' -> TCOM: a prefix counts as a word of its own
    prefixed = [c.upper() for w in content for c in prefix_initials(w)]
    if len(content) >= 2 and len(prefixed) > len(content) and "".join(prefixed) not in found:
        found.append("".join(prefixed))
    # 'decay-in-storage' -> DIS: a compound's small words are letters of it too
    compound = [
        part[0].upper()
        for token in form.split()
        for part in re.findall(r"[A-Za-z]+", token)
        if token.count("-") >= 2 or part.lower() not in CONNECTORS
    ]
    if len(compound) >= 3 and "".join(compound) not in found:
        found.append("".join(compound))
    # 'Drugs and Cosmetics Act, 1940' -> 'D&C Act', 'operations and maintenance' -> 'O&M': the two words
    # joined by 'and' by their initials and an ampersand, the rest as written (the year left out)
    paired = _PAIR_AND.fullmatch(form.strip())
    if paired:
        first, second, rest = paired.groups()
        found.append(f"{first[0].upper()}&{second[0].upper()}{rest}")
    if len(content) >= 3 and content[0].lower() in NUMBER_WORDS:  # 'six-minute walk test' -> 6MWT
        found.append(NUMBER_WORDS[content[0].lower()] + "".join(w[0].upper() for w in content[1:]))
    spaced = [w for w in form.split() if w.lower() not in CONNECTORS]
    if len(spaced) >= 4 and spaced[0].islower():  # 'telemetry distributed antenna system' -> DAS too
        # (a hyphenated first word is one describing word: 'high-pressure oxygen cylinders' is no POC)
        found.append("".join(w[0].upper() for w in content[len(re.findall(r"[A-Za-z]+", spaced[0])) :]))
    return found


_BODY_WORD = re.compile(
    r"\b(?:Registry|Board|Association|Society|Council|Commission|Institute|College|Academy|Agency|Department|"
    r"Committee|Bureau|Federation)\b"
)


# a negation spells its letter as any word does: 'QNS', 'quantity not sufficient'
_NEGATIONS = frozenset({"not", "no", "non"})


_GENUS_INITIAL = re.compile(r"(?<![\w.])[A-Z]\.\s(?=[a-z]{3,})")


def _spelt_out(acronym: str, lines: Sequence[Line]) -> Mention | None:
    last = next((c.lower() for c in reversed(acronym) if c.isalpha()), "")
    for line in lines:
        for word in re.finditer(r"[A-Za-z][A-Za-z'-]*", line.text):
            # a long form ends in a word (or a hyphenated piece) that gives the acronym's last letter
            if last not in {word.group(0)[0].lower(), word.group(0).rsplit("-", 1)[-1][:1].lower()}:
                continue
            start = long_form_start(line.text[: word.end()], acronym)
            if start is None:
                continue
            written = line.text[start : word.end()]
            # a genus by its initial ('Shiga toxin-producing E. coli' for STEC) is a word of it too
            plain = _GENUS_INITIAL.sub("", written)
            words = [w for w in re.findall(r"[A-Za-z]+", plain) if w.lower() not in CONNECTORS]
            # a long form opens with its own word: 'MDS2 and cybersecurity review' spells no ACR
            opening = written.split()[0].lower() not in CONNECTORS
            # nor across a clause, nor with small words for letters: 'assessments; member of the' spells no
            # AMT, 'coursework in progress through' no CPT
            spelt = re.findall(r"[A-Za-z]+", written)
            if acronym[:1].isdigit():  # 'six-minute walk test' for 6MWT: the number is spelt as a word
                spelt = [w for w in spelt if w.lower() not in NUMBER_WORDS]
            closing = not re.search(r"[;:.,()]", plain) and not any(
                w.lower() in stop_words() and w.lower() not in CONNECTORS | _NEGATIONS for w in spelt
            )
            closing = closing and word.group(0).lower() not in CONNECTORS
            # nor a body's name cut short: 'National Registry of Certified' of '... Certified Chemists'
            closing = closing and not (
                _BODY_WORD.search(written) and re.match(r"\s+[A-Z][a-z]", line.text[word.end() :])
            )
            # (a virus's letter is a word of its name: 'hepatitis B virus' for HBV)
            lettered = all(len(w) >= 3 or (len(w) == 1 and w.isupper() and w in acronym) for w in words)
            if lettered and len(words[0]) >= 3 and written[0].isalpha() and opening and closing:
                return Mention("", written, line.index, start, word.end(), line.page, line.region)
    return None


def _respelt(wording: str) -> str | None:
    """The wording in the other English spelling ('paramagnetic analyzer': 'paramagnetic analyser';
    'haemolysis': 'hemolysis'); None when no word of it has another. What the resume writes is not asked:
    a posting's stored facts hold the key of every wording its check may compare."""
    from resumefit.spacyload import american_word

    def respell(found: re.Match[str]) -> str:
        word = found.group(0)
        lower = word.lower()
        other = american_word(lower)
        if other == lower:
            other = _british_word(lower)
        if other is None or other == lower:
            return word
        return other.capitalize() if word[:1].isupper() else other

    respelt = re.sub(r"(?<![\w-])[A-Za-z]{5,}(?![\w-])", respell, wording)
    return respelt if respelt != wording else None


_BRITISH_WAYS = (
    (re.compile(r"(?<=[a-z]{3})yz(e|ed|er|ers|ing)$"), r"ys\1"),
    (re.compile(r"ization"), "isation"),
    (re.compile(r"^(an)?hem(?=at|og|ol|orr|op)"), r"\1haem"),
    (re.compile(r"emi(a|as|c)$"), r"aemi\1"),
    (re.compile(r"^(ortho)?ped(?=ia)"), r"\1paed"),
    (re.compile(r"^(fib|cent|lit)er(s?)$"), r"\1re\2"),
    (re.compile(r"^colo(?=rs?$)"), "colou"),
)


def _british_word(lower: str) -> str | None:
    """The British spelling of an American word by the rules of the trades' words, where it spells back to
    it ('analyzer' -> 'analyser', 'hematology' -> 'haematology', 'fiber' -> 'fibre'); not by the table of
    spellings, whose British words may be another word ('check' is also 'cheque')."""
    from resumefit.spacyload import american_word

    for pattern, replacement in _BRITISH_WAYS:
        other = pattern.sub(replacement, lower)
        if other != lower and american_word(other) == lower:
            return other
    return None


def _spelt_alike(written: str, asked: str) -> bool:
    """The same words in American spelling ('aluminium' and 'aluminum')."""
    from resumefit.spacyload import american_word

    def american(text: str) -> list[str]:
        return [american_word(w) for w in re.findall(r"[a-z]+", text.lower())]

    return american(written) == american(asked)


def _near_miss(wording: str, reader: _ResumeReader) -> Mention | None:
    """The posting's long wording misspelt on the resume; never for acronyms or model numbers."""
    if len(wording) < 8 or any(c.isdigit() for c in wording) or _is_acronym(wording) or "(" in wording:
        return None
    return next(near_spellings(wording, reader.lines), None)


def _result(req: Requirement, status: Status, hit: Mention, wording: str) -> TermResult:
    mention = Mention(req.concept_id, hit.form, hit.line, hit.start, hit.end, hit.page, hit.region)
    grouped = bool(req.alternatives)
    return TermResult(
        req,
        status,
        (hit.form,),
        (mention,),
        at_risk=hit.region in AT_RISK_REGIONS,
        alternative=wording if grouped else None,
        mirror=None if grouped else mirror_wording(req),
    )
