"""Advice about posting terms, worded in one place: matching records evidence, rules and reporters format it.

Three promises hold for every sentence built here: an either/or group ("CBET or CRES") is never offered as
wording to paste, a requisition number ("BME-24117") is never offered as a term, and a job condition (a
driver's license, lifting, shifts) is listed, never failed on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from resumefit.models import Category, Importance, Posting, Requirement, Status, TermResult

# the words that open a class's examples, in a bracket or not: 'automated liquid handlers (e.g., Hamilton
# Microlab STAR, Tecan Fluent)', 'a laboratory information system such as Meditech, Cerner or Sunquest'
# ('including' names a part the posting asks for too: 'infusion pumps (including PCA)')
EXAMPLES_OPEN = r"(?:\(\s*|,?\s+)(?:e\.g\.|eg\.?|for example|such as)[,:]?\s*(?:(?:the|an?)\s+)?"
_GROUP = re.compile(rf"\s*,?\s+(?:or|and/or)\s+|\s*/\s*|\s*,\s*|\s*{EXAMPLES_OPEN}", re.IGNORECASE)
# no space inside: "IEC 62353" and "NFPA 99" are standards, "BME-24117" and "REQ88812" are requisitions
_REQUISITION = re.compile(r"^#?[A-Z]{1,6}[-_]?\d{3,}(?:-\d+)?$", re.IGNORECASE)
_REQUISITION_CONTEXT = re.compile(
    r"\b(?:req(?:uisition)?|job\s*(?:id|#|no\.?|number)|posting\s*(?:id|#)|reference|ref\.?)\b", re.IGNORECASE
)
# a requisition or job number named as one, whatever the number's shape: 'Req ID R-26-0417', 'Req. FSE-2611'
# 'VACANCY NO. MWCPSB/HLTH/041/2026', 'Advert ref. 349-EF-2615': a vacancy's or advert's number too
_NUMBERED = (
    r"\b(?:req(?:uisition)?|job|vacancy|advert(?:isement)?)\b\.?\s*(?:id|#|no\.?|number|ref\.?|reference)?"
    r"\s*[:#]?\s*"
)
_NUMBERED_ANYWHERE = re.compile(_NUMBERED, re.IGNORECASE)
_NUMBERED_REQUISITION = re.compile(_NUMBERED + r"[\w/-]*\d[\w/-]*", re.IGNORECASE)
CONDITION_CONCEPTS = frozenset({"drivers-license", "on-call-support"})  # terms of work, not skills
_CONDITION = re.compile(
    r"driver'?s?'? licen[cs]e|driving record|(?:lift|carry|push)\w*\s+(?:up to\s+)?\d+\s*(?:lbs?|pounds|kg)"
    r"|\b(?:rotating|day|night|evening|weekend|overnight|12-hour|8-hour|10-hour|first|second|third|swing|"
    r"graveyard)\s+shifts?\b|\bon-call\b"
    r"|\bweekends?\b|\bholidays?\b|\btravel\b[^.;\n]*?\d+\s*%|\bbackground check\b|\bdrug screen\w*"
    r"|\bovernight\s+(?:stays?|travel)\b"
    # a federal job's conditions: English, citizenship, investigation, probation, Selective Service
    r"|\b(?:spoken|written)\s+(?:and\s+(?:spoken|written)\s+)?English\b|\bEnglish\s+(?:language\s+)?proficiency"
    r"|\bU\.?S\.?\s+citizen\w*|\bcitizenship\b|\bnon-citizens?\b|\bbackground(?:/suitability)?\s+investigation"
    r"|\bprobationary\s+period\b|\bSelective\s+Service\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Advice:
    """A finding's sentence and what to do about it."""

    message: str
    hint: str


# --- what may be offered ---------------------------------------------------------------------------


def choices(form: str) -> tuple[str, ...]:
    """The parts of an either/or wording ("CBET or CRES" -> CBET, CRES; "Vitros, Atellica, Alinity c" ->
    three); one part when it is not a group. No part keeps the list's commas."""
    parts = (part.strip(" ,;") for part in _GROUP.split(form))
    # the examples' closing bracket is no part of the last ('MLS(ASCP)' keeps its own)
    return tuple(p[:-1] if p.endswith(")") and "(" not in p else p for p in parts if p)


def is_group(form: str) -> bool:
    """True when the posting's wording offers a choice ("A or B", "A/B"), which is never pasted as is."""
    return len(choices(form)) > 1


def offers_choice(requirement: Requirement) -> bool:
    """True when the requirement is an either/or group; 'CT/NG' (one assay) is one term, not CT or NG."""
    grouped = bool(requirement.alternatives or requirement.open_alternatives)
    return grouped and is_group(requirement.posting_form)


def is_requisition(text: str, snippet: str = "") -> bool:
    """A requisition or job number ("BME-24117", "Req #88812"): never a term to add to a resume."""
    compact = text.strip()
    if _NUMBERED_REQUISITION.fullmatch(compact) or (
        any(c.isdigit() for c in compact)
        and _NUMBERED_ANYWHERE.search(snippet)  # else no pattern to build
        and re.search(_NUMBERED + re.escape(compact), snippet, re.IGNORECASE)
    ):
        return True
    if not _REQUISITION.match(compact):
        return False
    digits = sum(c.isdigit() for c in compact)
    return digits >= 5 or bool(_REQUISITION_CONTEXT.search(snippet))


def is_condition(requirement: Requirement) -> bool:
    """A job condition (driver's license, lifting, shifts): the posting's terms of work, not a skill."""
    return requirement.concept_id in CONDITION_CONCEPTS or bool(_CONDITION.search(requirement.posting_form))


def mentions_condition(text: str) -> bool:
    """True when the text states a job condition (a driver's license, lifting, shifts, travel)."""
    return bool(_CONDITION.search(text))


def job_conditions(posting: Posting | None) -> tuple[str, ...]:
    """The posting's conditions of work, each the clause that states it, in order, without repeats."""
    if posting is None:
        return ()
    found: dict[str, str] = {}
    for text in _sentences_across_lines([line.text for line in posting.document.lines]):
        for clause in _CLAUSE_SPLIT.split(text):
            if _CONDITION.search(clause):
                phrase = _condition_phrase(clause)
                found.setdefault(phrase.casefold(), phrase)
    for requirement in posting.requirements:
        if requirement.concept_id in CONDITION_CONCEPTS:
            found.setdefault(requirement.posting_form.casefold(), requirement.posting_form)
    return _without_contained(tuple(found.values()))


def _sentences_across_lines(texts: list[str]) -> list[str]:
    """The lines, each joined to the lines it wraps onto ('... a motor vehicle record check and' / 'a
    pre-employment drug screen'), by the posting reader's rule for a wrapped line."""
    from resumefit.openterms import continues  # the posting reader imports this module

    joined: list[str] = []
    for text in texts:
        if joined and continues(joined[-1], text):
            joined[-1] = f"{joined[-1].rstrip()} {text.strip()}"
        else:
            joined.append(text)
    return joined


_CLAUSE_SPLIT = re.compile(r"(?<=[.;|!?])\s+|\s+\|\s+")
MAX_CONDITION = 90


def _condition_phrase(text: str) -> str:
    phrase = " ".join(text.strip(" -*•\t|").split()).rstrip(".;")
    return phrase if len(phrase) <= MAX_CONDITION else phrase[: MAX_CONDITION - 1].rstrip() + "…"


def _without_contained(phrases: tuple[str, ...]) -> tuple[str, ...]:
    """Drop a phrase that another one contains ("driver's license" inside "Valid driver's license")."""
    lowered = [p.casefold() for p in phrases]
    return tuple(
        p for p, low in zip(phrases, lowered, strict=True) if not any(low in o and low != o for o in lowered)
    )


def mirror_wording(requirement: Requirement, satisfied_by: str | None = None) -> str | None:
    """The posting wording worth pasting: for a group, only the choice ``satisfied_by`` (a concept id)."""
    form = requirement.posting_form.strip()
    if is_requisition(form, requirement.snippet):
        return None
    parts = choices(form)
    if len(parts) == 1 or not offers_choice(requirement):
        return form
    ids = (requirement.concept_id, *requirement.alternatives)
    if satisfied_by in ids and len(parts) == len(ids):
        return parts[ids.index(satisfied_by)]
    return None


# --- inflections -----------------------------------------------------------------------------------

_IRREGULAR = {
    "shoot": ("shot",),
    "lead": ("led",),
    "build": ("built",),
    "teach": ("taught",),
    "write": ("wrote", "written"),
    "oversee": ("oversaw", "overseen"),
    "run": ("ran",),
    "set": ("set",),
    "drive": ("drove", "driven"),
}


def inflections(word: str) -> set[str]:
    """Regular and common irregular forms of an English word, lower case ("troubleshoot" -> "troubleshot")."""
    low = word.lower()
    stem = low[:-1] if low.endswith("e") else low
    forms = {low, low + "s", low + "es", low + "ed", low + "d", stem + "ing", stem + "ed"}
    for base, irregular in _IRREGULAR.items():
        if low.endswith(base):
            forms.update(low[: -len(base)] + form for form in irregular)
    return forms


def is_inflection(written: str, form: str) -> bool:
    """True when ``written`` is the posting's ``form`` inflected ("Troubleshot" for "troubleshoot")."""
    ours, theirs = written.lower().split(), form.lower().split()
    if len(ours) != len(theirs) or not ours:
        return False
    same_start = ours[:-1] == theirs[:-1]
    return same_start and (ours[-1] in inflections(theirs[-1]) or theirs[-1] in inflections(ours[-1]))


# --- sentences -------------------------------------------------------------------------------------


def _quoted(forms: tuple[str, ...] | list[str], limit: int = 2) -> str:
    unique = list(dict.fromkeys(f"'{form}'" for form in forms))[:limit]
    if len(unique) <= 1:
        return "".join(unique) or "another name"
    return ", ".join(unique[:-1]) + " and " + unique[-1]


def resume_wording(result: TermResult) -> str:
    """How the resume writes a posting term: its first few distinct forms (ignoring case), quoted."""
    forms = result.resume_forms or tuple(m.form for m in result.mentions)
    first_of_each: dict[str, str] = {}
    for form in forms:
        first_of_each.setdefault(form.lower(), form)
    return _quoted(list(first_of_each.values()))


def _either(requirement: Requirement) -> str:
    return " or ".join(f"'{part}'" for part in choices(requirement.posting_form))


def _named(requirement: Requirement) -> str:
    """The requirement as a message names it: the posting's wording, or its choices for a group."""
    mirror = mirror_wording(requirement)
    if mirror is None and offers_choice(requirement):
        return _either(requirement)
    return f"'{mirror or requirement.term}'"


def missing_advice(result: TermResult, alternatives: tuple[str, ...] = ()) -> Advice:
    """K001/K002: the posting asks for a term the resume does not name under any name.

    ``alternatives`` are the display names of the other concepts the posting accepts.
    """
    req = result.requirement
    verb = "requires" if req.importance is Importance.REQUIRED else "prefers"
    clause = f" (or {', '.join(alternatives)})" if alternatives and not offers_choice(req) else ""
    neither = "mentions neither" if offers_choice(req) else _not_named(req)
    message = f"The posting {verb} {_named(req)}{clause}; the resume {neither}."
    mirror = mirror_wording(req)
    if mirror is None:
        hint = "Name the one you have, in the posting's wording, in your skills or certifications section."
    elif req.importance is Importance.REQUIRED:
        hint = (
            f"If it is true of your work, add '{mirror}' in the posting's wording to your skills section "
            "and to "
            "the experience bullet where you used it."
        )
    else:
        hint = (
            f"If you have it or have worked with it, name '{mirror}' in the posting's wording "
            "(skills section or "
            "an experience bullet); if you are working toward it, say so with a date."
        )
    return Advice(message, hint + _evidence_sentence(result) + unverified_sentence(req))


UNVERIFIED = "not in resumefit's vocabulary: checked by its wording only"


def _not_named(requirement: Requirement) -> str:
    """What a missing term's message can claim: a vocabulary term is named under no name the vocabulary
    knows; a term it does not know was looked for only as the posting words it."""
    return "does not mention it" if requirement.known else "does not use this wording"


def unverified_sentence(requirement: Requirement) -> str:
    """For a term read from the posting's structure: say plainly that the vocabulary did not verify it."""
    if requirement.known:
        return ""
    return (
        " resumefit does not know this term (it was read from the posting's wording, not verified by the "
        "vocabulary), so it could not check other names for it."
    )


def in_progress_advice(result: TermResult) -> Advice:
    """K001/K002 for a credential or licence the resume names as pursued ("MLS(ASCP) eligible"): not held,
    so not met; the resume should say when the exam is."""
    req = result.requirement
    verb = "requires" if req.importance is Importance.REQUIRED else "prefers"
    message = (
        f"The posting {verb} {_named(req)}; your resume names {resume_wording(result)} as in progress, "
        "not held."
    )
    hint = (
        "Keep the date you expect to sit the exam or receive it next to it (e.g. 'exam scheduled June "
        "2027'), and list it under certifications as in progress; do not write it as held until you have it."
    )
    if req.category is Category.DISCIPLINE:  # a degree: 'B.S. ... (in progress, expected Dec 2026)'
        hint = (
            "Keep the expected completion date next to the degree (e.g. 'expected December 2026'); do not "
            "write it as held until it is conferred."
        )
    return Advice(message, hint)


def _evidence_sentence(result: TermResult) -> str:
    mirror = mirror_wording(result.requirement)
    named = f"'{mirror}'" if mirror else "one of them"
    if result.broader:
        return f" Your resume names only the broader '{result.broader}'; if {named} applies, name it as well."
    return ""


def synonym_advice(result: TermResult) -> Advice:
    """K003: the resume names the term only under another name (or misspells it)."""
    req, ours = result.requirement, resume_wording(result)
    mirror = result.mirror if result.mirror is not None else mirror_wording(req)
    # a group met by one choice quotes that choice ('laboratory information system', not its examples too)
    said = _either(req) if mirror is None else f"'{mirror if offers_choice(req) else req.posting_form}'"
    message = f"The posting says {said} ({req.importance.value}); your resume says {ours}."
    if result.misspelt:
        right = mirror or req.term
        hint = f"'{result.misspelt}' looks like a misspelling of '{right}': fix it so an ATS finds it."
    elif mirror is None:
        hint = f"Keep {ours}; the posting accepts {_either(req)}: name the one you have in its wording."
    else:
        first = (result.resume_forms or (req.term,))[0]
        hint = (
            f"Add the posting's exact wording '{mirror}' next to {ours}, e.g. '{mirror} ({first})': "
            "an ATS may match only the literal phrase."
        )
    return Advice(message, hint + unverified_sentence(req))


def related_advice(result: TermResult, broader: bool) -> Advice:
    """K004: only a narrower (or broader) concept answers the posting's term."""
    req, ours = result.requirement, resume_wording(result)
    mirror = mirror_wording(req)
    named = f"'{mirror}'" if mirror else _either(req)
    if broader:
        return Advice(
            f"The posting asks for {named}; your resume names only the broader {ours}.",
            f"If you have used {named} itself, name it next to {ours}.",
        )
    first = (result.resume_forms or (req.term,))[0]
    example = f", e.g. '{first} ({mirror})'" if mirror else ""
    return Advice(
        f"The posting asks for {named}; your resume names only the narrower {ours}.",
        f"Name the posting's term {named} too{example}.",
    )


def at_risk_advice(result: TermResult, places: str) -> Advice:
    """K005: the term is on the resume only where some parsers do not read."""
    named = _named(result.requirement)
    return Advice(
        f"{named} appears only in {places}, where some ATS parsers do not read.",
        f"Repeat {named} in the body text (a skills or certifications section, or an experience bullet), "
        "not only in headers, footers, tables or text boxes.",
    )


def action_text(result: TermResult) -> str:
    """The fix-first sentence for one posting term."""
    req = result.requirement
    term = f"{_named(req)} ({req.importance.value})"
    if result.status is Status.MISSING:
        if mirror_wording(req) is None:
            importance = req.importance.value
            return f"Name {_either(req)} ({importance}), whichever you have — your resume names neither"
        return f"Add {term} if it is true of your work — your resume {_not_named(req)}"
    if result.status is Status.IN_PROGRESS:
        if req.category is Category.DISCIPLINE:  # a degree or its subject: 'M.S. ... in progress'
            return f"Keep the expected completion date next to {term} — your resume names it as in progress"
        return f"Keep the exam date next to {term} — your resume names it as in progress"
    if result.status is Status.SYNONYM:
        if result.alternative:  # met by a choice the posting accepts (a higher degree): nothing to add
            return ""
        if result.misspelt:
            return f"Fix the spelling '{result.misspelt}' to {term}"
        if (result.mirror if result.mirror is not None else mirror_wording(req)) is None:
            return ""
        return f"Add {term} — your resume says {resume_wording(result)}"
    if result.status is Status.RELATED:
        return f"Name {term} too — your resume names only {resume_wording(result)}"
    return f"Repeat {term} in the body text — it is only in a header, footer, table or text box"


def term_note(result: TermResult) -> list[tuple[str, str]]:
    """What to do about one posting term, as (kind, text) parts for a table cell.

    ``kind`` is "plain", "strong" (wording to paste), "emphasis" (evidence) or "risk".
    """
    req = result.requirement
    mirror = result.mirror if result.mirror is not None else mirror_wording(req)
    forms = ", ".join(result.resume_forms)
    parts: list[tuple[str, str]] = []
    if result.status is Status.MISSING:
        if mirror is None and offers_choice(req):
            parts.append(("plain", f"any of: {' or '.join(choices(req.posting_form))}"))
        elif mirror and mirror.casefold() != req.term.casefold():
            parts.append(("plain", f"posting wrote: {mirror}"))
    elif result.status is Status.IN_PROGRESS:
        when = (
            "keep the expected completion date next to it"
            if req.category is Category.DISCIPLINE
            else "keep the exam date next to it"
        )
        parts.append(("plain", f"{forms} is named as in progress, not held; {when}"))
    elif (
        result.status is Status.SYNONYM and result.alternative
    ):  # a choice the posting accepts: a higher degree
        parts.append(("plain", f"met by {result.alternative}, which the posting accepts"))
    elif result.status is Status.SYNONYM and result.misspelt:
        parts.append(("emphasis", f"fix the spelling: {result.misspelt} → {mirror or req.term}"))
    elif result.status is Status.SYNONYM and mirror:
        parts.append(("plain", "use the posting's wording: "))
        parts.append(("strong", mirror))
        parts.append(("plain", f" (you wrote {forms})"))
    elif result.status is Status.SYNONYM:
        parts.append(("plain", f"{forms} meets it (the posting accepts any of its choices)"))
    elif result.status is Status.RELATED:
        parts.append(("plain", f"{forms or 'a related term'} is related; name "))
        parts.append(("strong", mirror or " or ".join(choices(req.posting_form))))
        parts.append(("plain", " if it applies"))
    else:
        parts.extend(_literal_note(result))
    if result.broader:
        parts.append(("emphasis", f"your resume names only the broader {result.broader}"))
    if not req.known:
        parts.append(("emphasis", UNVERIFIED))
    return parts


def term_note_text(result: TermResult) -> str | None:
    """term_note() as plain text: the parts of its sentence joined as written, its separate notes
    (evidence, "not in the vocabulary") after a semicolon each."""
    sentences: list[str] = []
    sentence = ""
    for kind, text in term_note(result):
        if kind == "emphasis":
            sentences += [sentence, text] if sentence else [text]
            sentence = ""
        else:
            sentence += text
    if sentence:
        sentences.append(sentence)
    return "; ".join(s.strip() for s in sentences if s.strip()) or None


def evidence_note(result: TermResult) -> str | None:
    """One sentence on the evidence (a misspelling, a broader term, an alternative met), or None."""
    right = result.mirror or result.requirement.term
    if result.misspelt:
        return f"'{result.misspelt}' looks like a misspelling of '{right}'"
    if result.broader:
        return f"your resume names only the broader '{result.broader}'"
    if result.alternative:
        return f"met by '{result.alternative}', which the posting accepts"
    return None


def _literal_note(result: TermResult) -> list[tuple[str, str]]:
    if result.alternative:
        return [("plain", f"met by {result.alternative}")]
    return []


def not_understood_advice(text: str, importance: Importance) -> Advice:
    """K008: a requirement bullet from which no term could be read."""
    return Advice(
        f"resumefit could not read a term from this {importance.value} posting line, so it did not check it: "
        f"'{text}'.",
        "Read it yourself: if it is true of your work, say so on your resume in the posting's words.",
    )


def unknown_term_advice(text: str, count: int) -> Advice:
    """K007: a posting term the vocabulary does not know."""
    times = "1 time" if count == 1 else f"{count} times"
    return Advice(
        f"The posting mentions '{text}' ({times}); it is not on your resume.",
        f"If you have worked with '{text}', add it in exactly that wording; "
        "resumefit cannot check other names for it.",
    )
