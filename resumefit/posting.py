"""Reading a job posting: its title, and each term it asks for with importance and alternatives."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from resumefit.advice import EXAMPLES_OPEN, is_requisition
from resumefit.guards import Place, Verdict, check_guard
from resumefit.matching import GRANTED_BY, PLACE_GUARD, is_degree
from resumefit.models import (
    PRODUCT_CATEGORIES,
    Category,
    Document,
    Importance,
    Line,
    Mention,
    Posting,
    Requirement,
    Track,
    UnknownTerm,
)
from resumefit.openterms import (
    EXAMPLE_LIST_END,
    GRANTED_AFTER,
    MODEL_WORDS,
    continues,
    defined_long_form_start,
    granting_body,
    is_sentence_case_heading,
    joined_lines,
    known_form_keys,
    legislation,
    open_requirements,
    titled_documents,
    wording_key,
)
from resumefit.postingnoise import (
    TITLE_WORDS,
    english_words,
    equal_opportunity_employers,
    is_conduct_check,
    is_department_mention,
    is_employer_name_mention,
    is_titled_office,
    opens_a_care_organisation,
    title_head,
    titled_people,
)
from resumefit.sections import normalise_heading
from resumefit.vocab import Vocabulary

_REQUIRED = re.compile(
    r"\b(required|requirements?|must|minimum|basic qualifications|qualifications|mandatory|essential"
    r" requirements|what you(?:'| wi)ll (?:need|bring)|you (?:will )?need|you have|eligib\w+|necessary|"
    r"who you are|what we(?:'re| are) looking for|must[- ]haves?|(?:selection|essential|key) criteria)\b",
    re.IGNORECASE,
)
# 'Person specification' / 'Essential': a British job description's requirement headings; 'Your profile',
# 'What we expect', 'What you bring': a European posting's (as words inside a line they ask nothing)
_REQUIRED_HEADING = re.compile(
    r"^\W*(?:person specification|essential(?: criteria)?|(?:your|candidate(?:'s)?|applicant) profile|"
    r"profile|what (?:we expect|you bring|you offer us|we ask)(?: (?:from|of) you)?|we expect|you bring|"
    r"your (?:skills|"
    r"experience|qualifications|skills and experience|knowledge and skills)|"
    # 'Qualification & Experience', 'Education and Experience', 'Knowledge, Skills and Abilities'
    r"(?:qualification|education|training)s?(?:,? (?:and|&) (?:experience|skills|training))?|"
    r"(?:knowledge|skills|experience)(?:,? (?:knowledge|skills|abilities|experience))*,? (?:and|&) "
    r"(?:abilities|experience|skills|qualifications?|education))\W*$",
    re.IGNORECASE,
)
_PREFERRED = re.compile(
    r"\b(preferred|preference|nice[- ]to[- ]have|a plus|an advantage|desired|desirable|bonus|ideally|"
    r"strongly considered|is helpful|would be helpful)\b",
    re.IGNORECASE,
)
_DUTIES = re.compile(
    r"\b(responsibilities|duties|what you(?:'| wi)ll do|essential functions|job summary|position summary|"
    r"about the role|the role|overview|day to day|key accountabilities|the job|the position|your role|"
    r"in this role|what you(?:'| wi)ll be doing|your tasks|(?:main |key )?tasks|what awaits you)\b",
    re.IGNORECASE,
)
_BOILERPLATE_HEADING = re.compile(
    r"\b(benefits|perks|working conditions|physical demands|work environment|"
    r"equal (?:employment )?opportunity|eeo|about us|who we are|our mission|"
    r"compensation|pay range|pay|salary|disclaimer|accommodations?|privacy|why join|what we offer|"
    r"our commitment|diversity|how you will be evaluated|required documents|how to apply|agency contact"
    r"|contact information|next steps|conditions of employment|terms of (?:appointment|employment|service)"
    r"|terms and conditions|conditions of service|fringe benefits|remuneration)\b"
    r"|^\s*why\s+(?:join\b|work\b|choose\b|us\b|[A-Z])"  # 'Why Bluegrass', 'Why work with us'
    # 'About Research Core Facilities', 'About Lakeshore Kidney Care': the employer's own description, not
    # 'About the role' (the duties) nor 'About you' (the requirements)
    r"|^\s*about\s+(?!(?:the|this|you|your|yourself)\b)[A-Z]",
    re.IGNORECASE,
)
# 'Schedule', 'WORKING HOURS', 'Schedule & Location', 'Shift and travel': a heading of when and where,
# whatever its capitals
_WHEN_WHERE_HEADING = re.compile(
    r"^\s*(?:(?:work(?:ing)?|shifts?|schedules?|hours|locations?|travel|and|&|/)\s*)+:?\s*$", re.IGNORECASE
)
_BOILERPLATE_LINE = re.compile(
    r"equal opportunity|without regard to|reasonable accommodation|protected veteran|sexual orientation|"
    r"401\s*\(?k\)?|paid time off|tuition (?:reimbursement|support|assistance)|dental and vision|e-verify|"
    r"drug[- ]free workplace|clinical ladder|we invest in our (?:people|staff|employees)|"
    r"loan (?:repayment|forgiveness)|relocation (?:assistance|package|bonus)|"
    r"pay (?:range|transparency|rate)|background check|all qualified applicants|salary|bargaining unit|"
    r"\bAward 20\d\d\b|shift penalt(?:y|ies)|salary packaging|"  # an Australian award and its loadings
    # pay by the hour, not a rate of anything else ("air changes per hour")
    r"sign-on bonus|\d(?:\.\d\d)?\s*(?:per|an|/)\s?(?:hour|hr)\b|hourly (?:rate|pay|wage)|"
    r"weekly gross|stipends?\b|total rewards|"
    r"^\s*(?:[-*•]\s*)?(?:location|job type|employment type|reports to|travel|posting (?:number|no\.?|#)|"
    r"job (?:id|number|code|group|grade)|site|union|status|position (?:number|status|type)|posted|"
    r"closing date|grade|fte|pay (?:grade|scale|band)|salary (?:scale|grade)|scale|"
    r"classification|reference|ref\.?|award|applications close|"
    r"cost cent(?:er|re)|"
    # the employer's own fields: 'Organization: Kestrel Medical Relief', 'Benefits: International health ...'
    r"organi[sz]ation|employer|company|hiring (?:organi[sz]ation|entity)|department|division|agency|benefits|"
    r"perks|compensation|contract (?:type|length)|duration|start date|fringe benefits|terms|duty hours|"
    r"working hours|hours of work)\s*:|"
    r"[$€£]\s?\d[\d,.]*\s*[kK]?\s*(?:-|–|to)\s*[$€£]?\s?\d|"  # a pay range: '$38.90 - $52.30'
    # a job board's facts about the post, each a line of its own: '- Full-time', '- Posted 3 days ago' (a
    # requisition's line, '- Req. FSE-2611', is read by is_requisition)
    r"^\s*(?:[-*•]\s*)?(?:(?:full|part)[- ]time|per diem|prn|temporary|permanent|remote|hybrid|on[- ]?site|"
    r"posted\s+(?:\d+\s+\w+\s+ago|today|yesterday))\s*$",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^\s*([-*•▪◦‣●○■□➢►–—]|\d+[.)])\s+")
_ALTERNATIVE_GAP = re.compile(
    # 'CPI Nonviolent Crisis Intervention (or equivalent de-escalation training)': the choice in brackets too
    r"^\s*(?:,\s*|\(\s*)?(?:or|and/or|/|either)(?:\s+(?:an?\s+)?(?:another|other|similar|comparable|equivalent|any"
    r"|foreign|overseas|international))?\s*$"
    r"|^\s*,\s*$"
    # "biology, animal science or medical laboratory science": choices the vocabulary does not know
    # between two it does (they join the group as open choices)
    r"|^\s*(?:,\s*[A-Za-z][\w'&-]*(?:\([A-Za-z]+\))?(?:\s+[\w'&-]+){0,3}\s*)+,?\s*(?:or|and/or)\s+$"
    # "a degree in X or Y, OR completion of Z": a second choice introduced by a few words
    r"|^\s*(?:,\s*or|,?\s*OR)\s+(?:(?:completion|completed|graduate|graduation|equivalent|current|of|from|"
    r"a|an|the|in|with)\s+){1,3}$"
    # "MLS(ASCP) or equivalent certification (MLS(AMT) accepted)": the equivalent named in brackets
    r"|^\s*,?\s*or\s+(?:an?\s+)?(?:equivalent|comparable|similar)(?:\s+[a-z]+){0,2}\s*\(\s*"
    r"(?:e\.g\.,?\s*|such as\s+|including\s+)?$"
    # "automated liquid handlers (e.g., Hamilton Microlab STAR, Tecan Fluent)": a class and its examples
    rf"|^\s*{EXAMPLES_OPEN}$",
    re.IGNORECASE,
)
_EXAMPLES_OPEN = re.compile(rf"^\s*{EXAMPLES_OPEN}$", re.IGNORECASE)
# "X, Y, or equivalent training"; "X, Y, animal science or a related science": the list ends in 'or' after
# a choice the vocabulary does not know
_TRAILING_OR = re.compile(
    r"^\s*,?\s*(?:or|and/or)\b|^\s*,\s*(?:[A-Za-z][\w'&-]*\s+){0,3}?[A-Za-z][\w'&-]*\s*,?\s+(?:or|and/or)\b",
    re.IGNORECASE,
)
_WORD_OR = re.compile(r"\bor\b", re.IGNORECASE)
_TRAILING_AND = re.compile(r"^\s*,?\s*(?:and|as well as)\b", re.IGNORECASE)
_LIST_ALTERNATIVE_CUES = re.compile(
    r"\b(?:one of|any of|such as|either|equivalent)\b|\be\.g\.", re.IGNORECASE
)
_TITLE_LABEL = re.compile(
    r"^\s*(?:job\s+title|position(?:\s+title)?|title|role)\s*[:\-]\s*(.+)$", re.IGNORECASE
)
_ACRONYM = re.compile(r"(?<![\w(])([A-Z][A-Z0-9]{1,6}(?:[-/][A-Z0-9]{1,6})?)(?![\w)])")
_PRODUCT = re.compile(r"\b([A-Z][a-z]+[A-Z][A-Za-z]+|[A-Z][A-Za-z]*-?\d{2,5}[A-Za-z]*)\b")
_COMMON_ACRONYMS = frozenset(
    (
        "US USA EEO EOE AA LLC INC II III IV PTO FTE RN BS BA MS MBA AS AAS GED HR ID FAQ OK CEO CFO "
        "AM PM AN IN OR IT IS AT ON BY TO OF THE A NEW NY CA TX FL NJ PA OH IL MA MI WA VA NC GA AZ CO "
        "MD MN WI ADA DOE VEVRAA OFCCP EEOC COVID ASAP NA N/A TBD USD"
    ).split()
)


@dataclass(frozen=True, slots=True)
class _LineContext:
    importance: Importance | None  # None: boilerplate, ignore the line


_RANKS = {Importance.REQUIRED: 3, Importance.PREFERRED: 2, Importance.MENTIONED: 1}


def _office_of_the_employer(mention: Mention, line: Line, vocabulary: Vocabulary) -> bool:
    """'through Risk Management', 'with IT Security': a work's name written as the employer's office (never a
    name that is capitalised anyway: 'with Epic Beaker')."""
    concept = vocabulary.concepts.get(mention.concept_id)
    if concept is None or concept.category not in _OFFICE_WORK:
        return False
    proper = any(word[:1].isupper() for word in concept.name.split()[1:])
    plain = all(word.lower() in english_words() for word in mention.form.split())  # not 'Infor Cloverleaf'
    return plain and not proper and is_titled_office(mention, line)


# 'Gulf Meridian Reference Laboratories is a CAP-accredited, CLIA-certified esoteric reference laboratory':
# what the employer is (not 'you are an ASCP-certified MLS', which asks it of the applicant)
_EMPLOYER_IS = re.compile(
    r"(?<!\byou )\b(?:is|are)\s+(?:a|an|the|one of the)\s+(?:[^.;:!?]*\s)?$", re.IGNORECASE
)
_VOUCHED = re.compile(r"-?(?:accredited|certified|designated|registered|licensed)\b", re.IGNORECASE)


def _describes_the_employer(mention: Mention, text: str) -> bool:
    """A body's accreditation the employer's own sentence says it holds ('is a CAP-accredited, CLIA-certified
    laboratory'): the employer's, not asked of anyone applying."""
    vouched = _VOUCHED.search(mention.form) or _VOUCHED.match(text, mention.end)
    return bool(vouched) and bool(_EMPLOYER_IS.search(text[: mention.start]))


# the kinds of work an office of the employer is named after ('Risk Management', 'Infection Prevention')
_OFFICE_WORK = frozenset({Category.SKILL, Category.QUALITY, Category.DISCIPLINE, Category.SOFTWARE})


def read_posting(document: Document, mentions: Sequence[Mention], vocabulary: Vocabulary) -> Posting:
    """The posting's requirements (one per concept or either/or group), title, track and unknown terms."""
    contexts = classify_lines(document.lines)
    # 'Health Service Executive' where 'The HSE is an equal opportunities employer': the employer's name
    whole = " ".join(line.text for line in document.lines)
    employer = {name.lower() for name in equal_opportunity_employers(whole)}
    usable = [
        m
        for m in mentions
        if contexts[m.line].importance is not None
        and m.form.lower() not in employer
        and _is_requirement(m, vocabulary, document.lines[m.line].text)
        and not is_department_mention(m, document.lines[m.line])
        and not _office_of_the_employer(m, document.lines[m.line], vocabulary)
        and not _describes_the_employer(m, document.lines[m.line].text)
        and not is_employer_name_mention(m, document.lines[m.line])
        and not _names_a_care_organisation(m, document.lines[m.line], vocabulary)
        and not _defined_otherwise(m, document.lines[m.line].text, mentions, vocabulary)
        and not _dated_otherwise(m, document.lines[m.line].text, vocabulary)
    ]
    usable = _with_elided_heads(usable, document.lines, vocabulary)
    usable = _with_model_tails(usable, document.lines, vocabulary)
    usable = _without_owners(usable, document.lines, vocabulary)
    usable, prefixed = _with_body_prefixes(usable, document.lines, vocabulary)
    usable = _without_lead_words(usable, document.lines, vocabulary)
    bullets = _wrapped_bullets(usable, document.lines)  # read once, for the groups and the degrees
    groups = _alternative_groups(bullets, vocabulary)
    groups, open_subjects = _degree_clauses(groups, bullets, vocabulary)
    requirements = _requirements(usable, groups, contexts, document.lines, vocabulary)
    requirements = _with_open_subjects(requirements, open_subjects, vocabulary)
    requirements = _degree_or_equivalent(requirements, bullets, vocabulary)
    track = _track(requirements, vocabulary)
    categories = {m.concept_id: vocabulary.concepts[m.concept_id].category for m in usable}
    importances = [c.importance for c in contexts]
    headings = [line.index for line in document.lines if _heading_importance(line) is not False]
    forms = known_form_keys(vocabulary)
    taken = frozenset(wording_key(m.form) for m in mentions)
    requirements, unread, not_understood = open_requirements(
        document, usable, importances, headings, requirements, categories, track, forms, taken
    )
    unread = _field_classes_named(unread, requirements, vocabulary)
    requirements = tuple(
        sorted(requirements + unread, key=lambda r: (r.line if r.line is not None else 0, r.term))
    )
    # 'ANSI/AAMI ES60601-1': the bodies are read with the number, no unknown term
    unknown = _unknown_terms(document, [*mentions, *prefixed], contexts, vocabulary)
    return Posting(
        document=document,
        title=find_title(document.lines),
        requirements=requirements,
        unknown_terms=_not_read(unknown, unread),
        track=track,
        not_understood=not_understood,
    )


# a year after initials: not a range ('2019-2024'), nor the year of the body's event ('the CAP 2026
# inspection')
_YEAR_AFTER = re.compile(
    r"\s+((?:19|20)\d\d)\b(?!\s*[-–/])(?!\s+(?:inspections?|surveys?|audits?|cycles?|editions?|checklists?|"
    r"visits?|assessments?|reviews?|updates?|versions?|conference|meeting|season|data|results?|reports?|"
    r"standards?)\b)"
)


def _dated_otherwise(mention: Mention, text: str, vocabulary: Vocabulary) -> bool:
    """'OSHA 1994' (Malaysia's Occupational Safety and Health Act): initials and a year that no form of the
    vocabulary's concept writes are another country's act of that year, read by the posting's own wording."""
    year = _YEAR_AFTER.match(text, mention.end)
    if year is None or not re.fullmatch(r"[A-Z]{3,6}", mention.form):
        return False
    concept = vocabulary.concepts.get(mention.concept_id)
    return concept is not None and not any(year.group(1) in form.text for form in concept.forms)


def _defined_otherwise(
    mention: Mention, text: str, mentions: Sequence[Mention], vocabulary: Vocabulary
) -> bool:
    """'Takes postmortem (PM) radiographs': the posting spells its acronym out as something no form of the
    vocabulary's concept says (PM is also preventive maintenance), and the long form names nothing the
    vocabulary knows, so the acronym is the posting's own word, not the concept."""
    acronym = text[mention.start : mention.end]
    if not re.fullmatch(r"[A-Z][A-Z0-9]{1,5}", acronym):
        return False
    before = text[: mention.start]
    after = _SPELT_AFTER.match(text, mention.end)
    if text[mention.end : mention.end + 1] == ")" and before.endswith("("):
        before = before[:-1].rstrip()
        start, end = defined_long_form_start(before, acronym), len(before)
    elif after is not None:
        # 'ESR (Institute of Environmental Science and Research)': the long form after the acronym, to the
        # bracket's end
        start = defined_long_form_start(after["long"], acronym)
        start, end = (None, 0) if start is None else (after.start("long") + start, after.end("long"))
    else:
        return False
    if start is None:
        return False
    named = [m for m in mentions if m.line == mention.line and m.start < end and m.end > start]
    words = _long_form_words(text[start:end])
    whole = _naming_whole(named, start, end)
    if whole:
        # the long form is a known thing's name: 'preventive maintenance (PM)' the acronym's own concept,
        # 'chemiluminescent immunoassay (CLIA)' another (CLIA is also the regulation)
        return _means_another(mention.concept_id, {m.concept_id for m in whole}, words, vocabulary)
    if named:
        return False  # a part of it is known: 'Certified Biomedical Equipment Technician (CBET)'
    return not words & vocabulary.concepts[mention.concept_id].words()


_BRACKETED_ACRONYM = re.compile(r"\(\s*([A-Z][A-Z0-9]{1,5})\s*\)")
# a long form in brackets after its acronym: two words at least, no bracket inside
_SPELT_AFTER = re.compile(r"\s*\(\s*(?P<long>[A-Za-z][^()]*?\s[^()]*?[A-Za-z])\s*\)")


def _long_form_words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z]{3,}", text)}


def _means_another(concept_id: str, named: set[str], words: set[str], vocabulary: Vocabulary) -> bool:
    """A long form names other concepts than the acronym's, none of its family, and shares no word with it
    ('chemiluminescent immunoassay' and the CLIA regulation; not 'single-donor platelet' and plateletpheresis,
    whose forms say 'platelet')."""
    if any(_one_family(concept_id, other, vocabulary) for other in named):
        return False
    return not words & vocabulary.concepts[concept_id].words()


def _naming_whole(mentions: Sequence[Mention], start: int, end: int) -> list[Mention]:
    """The mentions that name the whole of a long form (its first word to its last)."""
    return [m for m in mentions if m.start <= start and m.end >= end]


def _one_family(first: str, second: str, vocabulary: Vocabulary) -> bool:
    return first == second or first in vocabulary.ancestors(second) or second in vocabulary.ancestors(first)


def defined_otherwise(
    mentions: Sequence[Mention], lines: Sequence[Line], vocabulary: Vocabulary
) -> list[Mention]:
    """The mentions less the acronyms the document spells out as another thing, wherever it writes them: a
    resume's 'chemiluminescent immunoassay (CLIA)' makes its 'CLIFT and CLIA (BIO-FLASH)' no regulation."""
    meant: dict[str, list[tuple[set[str], set[str]]]] = {}  # an acronym -> its long forms' concepts and words
    for index, line in enumerate(lines):
        for found in _BRACKETED_ACRONYM.finditer(line.text):
            before = line.text[: found.start()].rstrip()
            start = defined_long_form_start(before, found[1])
            on_line = [m for m in mentions if m.line == index]
            whole = (
                {m.concept_id for m in _naming_whole(on_line, start, len(before))}
                if start is not None
                else ()
            )
            if whole:
                meant.setdefault(found[1], []).append((whole, _long_form_words(before[start:])))
    kept = []
    for mention in mentions:
        acronym = lines[mention.line].text[mention.start : mention.end]
        if any(_means_another(mention.concept_id, *long, vocabulary) for long in meant.get(acronym, ())):
            continue
        if _defined_otherwise(mention, lines[mention.line].text, mentions, vocabulary):
            continue
        kept.append(mention)
    return kept


# the field's own word before a class the vocabulary knows by it ('medical thermal printers', 'laboratory
# freezers'): a posting of the field leaves it out
_FIELD_WORDS = frozenset(
    "medical clinical hospital laboratory lab biomedical patient diagnostic healthcare".split()
)
_FIELD_CLASSES = "field_classes"  # Vocabulary.derived: a class's wording without its field word -> its id


def _field_classes_named(
    unread: Sequence[Requirement], known: Sequence[Requirement], vocabulary: Vocabulary
) -> tuple[Requirement, ...]:
    """'thermal printers' on a C-arm posting is the vocabulary's 'medical thermal printers': an open term
    whose wording is a class's form without the field's word before it is that class, so a resume naming
    a model of it meets it as narrower."""
    classes = vocabulary.derived.get(_FIELD_CLASSES)
    if classes is None:
        classes = vocabulary.derived[_FIELD_CLASSES] = _field_class_index(vocabulary)
    asked = {r.concept_id for r in known}
    result = []
    for req in unread:
        choice = req.alternatives or req.open_alternatives
        cid = None if choice else classes.get(wording_key(req.posting_form))
        if cid is None or cid in asked:
            result.append(req)
            continue
        concept = vocabulary.concepts[cid]
        result.append(replace(req, concept_id=cid, term=concept.name, category=concept.category, known=True))
    return tuple(result)


def _field_class_index(vocabulary: Vocabulary) -> dict[tuple[str, ...], str]:
    """Each class's plain wording without its leading field word, when no concept has that wording itself
    and only one class has it so."""
    taken = known_form_keys(vocabulary)
    found: dict[tuple[str, ...], set[str]] = defaultdict(set)
    for concept in vocabulary.concepts.values():
        if concept.category not in _CLASS_CATEGORIES:
            continue
        for form in concept.forms:
            if form.case_sensitive or form.context or form.guards:
                continue
            key = wording_key(form.text)
            tail = key[1:]
            if (
                2 <= len(tail) <= 3
                and key[0] in _FIELD_WORDS
                and tail not in taken
                and tail[0] not in _NOT_A_CLASS_START  # 'medical-grade monitor', 'patient care equipment'
                and tail[-1] not in _CONTAINER_HEADS  # 'vacuum system' is any plant's, 'power supply' any kit
            ):
                found[tail].add(concept.id)
    return {key: next(iter(ids)) for key, ids in found.items() if len(ids) == 1}


_CLASS_CATEGORIES = frozenset({Category.EQUIPMENT, Category.INSTRUMENT, Category.TEST_EQUIPMENT})
_NOT_A_CLASS_START = frozenset("grade care technology specific information handling surgical bed".split())
_CONTAINER_HEADS = frozenset("system unit device set supply key".split())


_OWN_REQUIREMENTS = frozenset({Category.STANDARD, Category.CREDENTIAL, Category.LICENSE})


def _without_lead_words(
    mentions: list[Mention], lines: Sequence[Line], vocabulary: Vocabulary
) -> list[Mention]:
    """'OEM factory training': OEM only qualifies the training (whose own forms open with 'OEM'), so it is
    no requirement of its own, and the training's wording takes it in."""
    by_line: dict[int, list[Mention]] = defaultdict(list)
    for mention in mentions:
        by_line[mention.line].append(mention)
    dropped: set[int] = set()
    widened: dict[int, Mention] = {}
    for found in by_line.values():
        found.sort(key=lambda m: (m.start, -m.end))
        for lead, head in zip(found, found[1:], strict=False):
            text = lines[lead.line].text
            if text[lead.end : head.start] != " " or lead.concept_id == head.concept_id:
                continue
            numbered = any(c.isdigit() for c in lead.form)  # 'NFPA 70E arc flash training' asks for both
            if lead.concept_id in vocabulary.ancestors(head.concept_id) and not numbered:  # 'CLSI EP15-A3'
                dropped.add(id(lead))
                widened[id(head)] = replace(head, form=text[lead.start : head.end], start=lead.start)
                continue
            if vocabulary.concepts[lead.concept_id].category in _OWN_REQUIREMENTS:
                continue  # 'NFPA 70E arc flash training' asks for the standard too
            opening = lead.form.lower() + " "
            concept = vocabulary.concepts[head.concept_id]
            if any(f.text.lower().startswith(opening) for f in concept.forms):
                dropped.add(id(lead))
                widened[id(head)] = replace(head, form=text[lead.start : head.end], start=lead.start)
    return [widened.get(id(m), m) for m in mentions if id(m) not in dropped]


# A model or version written after a known product or family: 'TEG 6s', 'da Vinci Xi', 'Chrono-log 700',
# 'EVIS X1', 'USP <800>' (never a quantity: 'pumps 24 hours', 'CT 2 years'). A dot is a code's only inside it
# ('v2.1'), never the full stop after it ('on the Abbott Afinion 2.').
_NUMBERED = r"\d(?:[\w+-]|\.(?=\w))*"  # a code from its first digit: '2', '6470', '2.5', '100i'
_CODE = rf"[A-Z]{{0,3}}{_NUMBERED}"
MODEL_TOKEN = (
    rf"(?:{_CODE}|[IVX]{{2,4}}|(?!(?:In|On|At|To|Of|Or|As|An|By|Is|It|Be|We|Us|Up|So|No|Do|If)\b)"
    r"[A-Z][a-z]|[A-Z]{2}[a-z]|<\d+>)"
)
_MODEL_TAIL = re.compile(
    rf"^\s+({MODEL_TOKEN})(?![\w<>])"
    r"(?!\s*(?:\+|%|years?|yrs?|months?|hours?|hrs?|days?|weeks?|beds?|AM|PM|am|pm|a\.m\.|p\.m\.)\b)"
)
_PRODUCTS = frozenset({Category.INSTRUMENT, Category.EQUIPMENT, Category.TEST_EQUIPMENT, Category.SOFTWARE})


def _with_model_tails(
    mentions: list[Mention], lines: Sequence[Line], vocabulary: Vocabulary
) -> list[Mention]:
    """'TEG 6s or ROTEM': the posting names a model of the known family, so its wording takes the model in
    (a resume naming the family alone then meets it only as a related term)."""
    starts = {(m.line, m.start) for m in mentions}
    makers = _makers_of_products(mentions, vocabulary)
    named_makers = set(makers.values())
    widened = []
    for mention in mentions:
        concept = vocabulary.concepts[mention.concept_id]
        text = lines[mention.line].text
        if id(mention) in makers:  # 'Fresenius Kabi Amicus separators': the product takes its maker's name
            _, start = makers[id(mention)]
            mention = replace(mention, form=text[start : mention.end], start=start)
        chained = [
            o for o in mentions if o.line == mention.line and mention.start < o.start < mention.end < o.end
        ]
        if any(mention.concept_id in vocabulary.ancestors(o.concept_id) for o in chained):
            continue  # 'Mindray Passport 12m': the model named from its second word asks for itself alone
        if concept.category is Category.MANUFACTURER and (
            _product_after_maker(text, mention.end, starts, mention)
            or (mention.line, mention.start) in named_makers
        ):
            continue  # 'GE PETtrace 880': the posting asks for the product, read whole as an unknown term
        tail = _MODEL_TAIL.match(text[mention.end :])
        if tail is None or chained or (mention.line, mention.end + tail.start(1)) in starts:
            widened.append(mention)
            continue
        model = tail.group(1)
        if concept.category in _PRODUCTS or (concept.category is Category.STANDARD and model.startswith("<")):
            end = mention.end + tail.end(1)
            widened.append(replace(mention, form=text[mention.start : end], end=end))
        else:
            widened.append(mention)
    return widened


def _without_owners(mentions: list[Mention], lines: Sequence[Line], vocabulary: Vocabulary) -> list[Mention]:
    """'Hillrom (Baxter) or Stryker': a maker in brackets right after another maker is the company that owns
    it, no choice of its own."""
    makers = [m for m in mentions if vocabulary.concepts[m.concept_id].category is Category.MANUFACTURER]
    owners = set()
    for mention in makers:
        text = lines[mention.line].text
        opening = re.search(r"\(\s*$", text[: mention.start])
        if opening is None or not re.match(r"\s*\)", text[mention.end :]):
            continue
        before = text[: opening.start()].rstrip()
        if any(o.line == mention.line and o.end == len(before) for o in makers):
            owners.add(id(mention))
    return [m for m in mentions if id(m) not in owners] if owners else mentions


# the bodies that publish a standard jointly, before its number: 'ANSI/AAMI ', 'BS EN ', 'CAN/CSA-', and a
# body's own series before the number it adopts ('CSA C22.2 No. 60601-1': Canada's IEC 60601-1)
_BODIES = r"(?:ANSI|AAMI|BS|EN|IEC|ISO|CSA|CAN|UL|NFPA|ASTM|CLSI|DIN|AS|NZS|IEEE)"
_BODY_PREFIX = re.compile(
    rf"(?<![\w/-]){_BODIES}(?:[/ -]{_BODIES})*(?:[ -]?[A-Z]\d{{1,3}}(?:\.\d{{1,2}})?\s+No\.?\s?|[ -]?)$"
)


def _with_body_prefixes(
    mentions: list[Mention], lines: Sequence[Line], vocabulary: Vocabulary
) -> tuple[list[Mention], list[Mention]]:
    """'ANSI/AAMI ES60601-1': a known standard's number after the bodies that publish it is asked for with
    them, one wording; the bodies' names in it ask for nothing of their own. The mentions so read, and the
    widened ones alone (the posting's unknown terms leave the bodies out too)."""
    widened: dict[int, Mention] = {}
    for mention in mentions:
        if vocabulary.concepts[mention.concept_id].category is not Category.STANDARD:
            continue
        text = lines[mention.line].text
        prefix = _BODY_PREFIX.search(text, 0, mention.start)
        if prefix is None or prefix.start() == mention.start or not re.search(r"\d", mention.form):
            continue
        widened[id(mention)] = replace(mention, form=text[prefix.start() : mention.end], start=prefix.start())
    if not widened:
        return mentions, []
    spans = [(w.line, w.start, w.end) for w in widened.values()]
    kept = [
        widened.get(id(m), m)
        for m in mentions
        if id(m) in widened
        or not any(line == m.line and start <= m.start and m.end <= end for line, start, end in spans)
    ]
    return kept, list(widened.values())


# A maker's product name: a word in mixed capitals or with digits, and its model number ('PETtrace 880',
# 'FASTlab 2', 'TRACERlab FX2 N'), not a plain capitalised word ('GE Healthcare', 'Siemens Eclipse').
_PRODUCT_AFTER_MAKER = re.compile(
    r"\s+(?:[A-Z]{2,}[a-z]{2,}|[A-Za-z]+[a-z][A-Z][A-Za-z]*|[A-Z][A-Za-z]*\d[A-Za-z\d]*)"
    rf"(?:\s+(?:{_CODE}|[A-Z]{{1,3}}\b))*"
    r"(?![\w-])"
)


# ... or an acronym and its model number ('Terumo CDI 550', 'Getinge HCU 40', 'Leica EM UC7'), or a name in
# capitals that is no part of a company's name ('Getinge Cardiosave Hybrid', 'Philips Trilogy Evo').
_CODE_AFTER_MAKER = re.compile(rf"\s+[A-Z]{{2,5}}(?:/[A-Z]{{2,5}})?\s+{_CODE}(?![\w-])")
_NAME_AFTER_MAKER = re.compile(
    rf"\s+([A-Z][a-z]{{2,}}(?:[A-Z][a-z]+)?)(?:\s+[A-Z][A-Za-z]*\+?|\s+{_NUMBERED})*(?![\w-])"
)
_COMPANY_WORDS = frozenset(
    """healthcare healthineers medical diagnostics scientific laboratories laboratory instruments instrument
    corporation corp company inc llc ltd gmbh group systems solutions technologies technology biosciences
    biomedical imaging surgical dental life health international industries service services field engineer
    engineers specialist technician technicians representative products equipment devices""".split()
)


def _product_after_maker(text: str, end: int, starts: set[tuple[int, int]], maker: Mention) -> bool:
    """Whether a product name follows the maker's name ('GE PETtrace 880', 'Terumo CDI 550', 'Getinge
    Cardiosave Hybrid'): the posting asks for the product, not for anything the maker makes. A known term
    after the maker ('GE Ultrasound', 'Getinge Cardiohelp') and a company's name ('GE Healthcare') are not."""
    if _PRODUCT_AFTER_MAKER.match(text, end) or _CODE_AFTER_MAKER.match(text, end):
        return True
    name = _NAME_AFTER_MAKER.match(text, end)
    if name is None or (maker.line, name.start(1)) in starts:
        return False
    return not any(word.lower().strip("+") in _COMPANY_WORDS for word in name.group(0).split())


def _makers_of_products(mentions: list[Mention], vocabulary: Vocabulary) -> dict[int, tuple[int, int]]:
    """'Getinge Cardiohelp': a known product of no narrower kinds, written with a capital, right after its
    maker's name is what the posting asks for, so the maker is no requirement there ('GE Ultrasound' asks
    for a modality and 'Eppendorf micromanipulators' for a kind of device: the maker stays). Each such
    product mention (by id) with the line and offset where its maker's name starts."""
    by_start: dict[tuple[int, int], list[Mention]] = defaultdict(list)
    for mention in mentions:
        by_start[(mention.line, mention.start)].append(mention)
    found = {}
    for maker in mentions:
        if vocabulary.concepts[maker.concept_id].category is not Category.MANUFACTURER:
            continue
        for other in by_start.get((maker.line, maker.end + 1), ()):
            concept = vocabulary.concepts[other.concept_id]
            if (
                other.form[:1].isupper()
                and concept.category in _PRODUCTS
                and not vocabulary.descendants(concept.id)
            ):
                found[id(other)] = (maker.line, maker.start)
    return found


_ELIDED = re.compile(r"\b([A-Za-z]+(?:'s)?)\s+(?:or|and/or|/)\s*$", re.IGNORECASE)
_HEADS = ("degree", "license", "licence", "certification", "certificate")


def _with_elided_heads(
    mentions: list[Mention], lines: Sequence[Line], vocabulary: Vocabulary
) -> list[Mention]:
    """'Associate or bachelor's degree': the first choice shares the second's head noun, so 'Associate'
    stands for the known 'associate degree' and joins the either/or group."""
    forms = _plain_forms(vocabulary)
    added = []
    for mention in mentions:
        head = mention.form.split()[-1].lower() if mention.form.split() else ""
        if head not in _HEADS:
            continue
        text = lines[mention.line].text
        before = _ELIDED.search(text[: mention.start])
        if before is None:
            continue
        concept = forms.get(f"{before.group(1).lower()} {head}")
        if concept and concept != mention.concept_id:
            start, end = before.span(1)
            added.append(replace(mention, concept_id=concept, form=text[start:end], start=start, end=end))
    return sorted([*mentions, *added], key=lambda m: (m.line, m.start)) if added else mentions


def _plain_forms(vocabulary: Vocabulary) -> dict[str, str]:
    """Every concept's forms in lower case, with the concept that has them (built once per vocabulary)."""
    found = vocabulary.derived.get("plain_forms")
    if found is None:
        found = {}
        for concept in vocabulary.concepts.values():
            for form in concept.forms:
                found.setdefault(form.text.lower(), concept.id)
        vocabulary.derived["plain_forms"] = found
    return found


def _not_read(unknown: tuple[UnknownTerm, ...], unread: tuple[Requirement, ...]) -> tuple[UnknownTerm, ...]:
    """Unknown terms that did not become open requirements (these are checked term by term instead)."""
    forms = " | ".join(r.posting_form for r in unread)
    return tuple(u for u in unknown if u.text not in forms)


def _is_requirement(mention: Mention, vocabulary: Vocabulary, text: str) -> bool:
    """A concept the posting asks for; a job title only where experience in it is asked ('3+ years of BMET
    experience', 'two years as a Medical Technologist'), not where it names the post."""
    concept = vocabulary.concepts.get(mention.concept_id)
    if concept is None:
        return False
    if concept.category not in (Category.TITLE, Category.CREDENTIAL, Category.LICENSE) and (
        _OTHER_OF_A_KIND.search(text, 0, mention.start) and _CREDENTIAL_AFTER.match(text, mention.end)
    ):
        return False  # 'or equivalent ECG credential': the kind of the other credential, not an ECG
    if concept.category is not Category.TITLE:
        return True
    return bool(_TITLE_EXPERIENCE.match(text, mention.end) or _AS_A_TITLE.search(text, 0, mention.start))


_OTHER_OF_A_KIND = re.compile(r"\b(?:equivalent|comparable|similar|other|another)\s+$", re.IGNORECASE)
_CREDENTIAL_AFTER = re.compile(
    r"\s+(?:credentials?|certifications?|certificates?|registrations?|licen[cs]es?|licensure)\b",
    re.IGNORECASE,
)


# experience in a job title, asked after it or before it
_TITLE_EXPERIENCE = re.compile(r"\s*(?:[IV]{1,3}\s+)?(?:level\s+)?(?:work\s+)?experience\b", re.IGNORECASE)
_AS_A_TITLE = re.compile(
    r"\b(?:experience|years?|yrs?|worked|working|employment)\s+(?:\w+\s+){0,3}as\s+an?\s+$", re.IGNORECASE
)


def _names_a_care_organisation(mention: Mention, line: Line, vocabulary: Vocabulary) -> bool:
    """'Pinnacle Ridge Health', 'Beckman Transplant Institute': a product's or maker's name opening the name
    of a hospital, clinic or institute (the employer, or a place named in its blurb) is no requirement."""
    concept = vocabulary.concepts.get(mention.concept_id)
    if concept is None or concept.category not in (*PRODUCT_CATEGORIES, Category.MANUFACTURER):
        return False
    maker = concept.category is Category.MANUFACTURER
    return opens_a_care_organisation(line.text, mention.start, mention.end, maker)


# A job board's field label on a line of its own, its value on the next ('Position sensitivity and risk' /
# 'Non-sensitive (NS)/Low Risk', as USAJOBS lays out its overview)
_FIELD_LABEL = re.compile(
    r"^(?:open\s+(?:&|and)\s+closing\s+dates|salary|pay\s+scale\s+(?:&|and)\s+grade|location|remote\s+job|"
    r"telework\s+eligible|travel\s+required|relocation\s+expenses\s+reimbursed|appointment\s+type|"
    r"work\s+schedule|service|promotion\s+potential|job\s+family\s+\(series\)|supervisory\s+status|"
    r"security\s+clearance|drug\s+test|position\s+sensitivity\s+and\s+risk|trust\s+determination\s+process|"
    r"financial\s+disclosure|bargaining\s+unit\s+status|announcement\s+number|control\s+number|"
    r"job\s+(?:id|number|type)|employment\s+type|closing\s+date|requisition(?:\s+(?:id|number))?)\s*$",
    re.IGNORECASE,
)
_VALUE_WORDS = 12


# 'Degree ... ; OR Diploma in ...', 'MLS(ASCP) OR MLT(ASCP)', 'OR equivalent': capitals that join
# alternatives; the operating room stays ('in the OR', 'hybrid OR imaging', 'surgical lights, OR tables')
_CAPITAL_OR = re.compile(
    r"(?:(?<=[;)\]])|(?<=[;)\]]\s))OR\b(?!\s*[,/])"
    r"|\bOR(?=\s+(?:equivalent|higher|related|similar|comparable|other|an?|the|any|one)\b)"
)
_NOT_JOINING = frozenset(
    "the our your their its this that each every per main into from with and for busy hospital's".split()
)


def conjunctions_lowered(document: Document) -> Document:
    """The posting with each 'OR' that joins alternatives written 'or' (same length, same offsets), so that it
    is read as the word it is and not as the operating room; a line set in capitals is left as it is."""

    def lowered(line: Line) -> str:
        if "OR" not in line.text or _mostly_capitals(line.text):
            return line.text
        return _CAPITAL_OR.sub(lambda m: _joining(m, line.text), line.text)

    return _lines_rewritten(document, lowered)


_LIST_STYLE = re.compile(r"\bList\b", re.IGNORECASE)


def list_items_marked(document: Document) -> Document:
    """The posting with a bullet's mark before each paragraph a DOCX sets as a list item ('List Bullet'):
    read as the bullet it is, as a web page's list item or a PDF's bullet is."""

    def marked(line: Line) -> str:
        listed = line.style and _LIST_STYLE.search(line.style)
        if listed and line.text.strip() and not _BULLET.match(line.text):
            return f"- {line.text.lstrip()}"
        return line.text

    return _lines_rewritten(document, marked)


def _lines_rewritten(document: Document, rewrite: Callable[[Line], str]) -> Document:
    """The document with each line's text as ``rewrite`` gives it; the same document when none changed."""
    lines = [
        line if (text := rewrite(line)) == line.text else replace(line, text=text) for line in document.lines
    ]
    if all(new is old for new, old in zip(lines, document.lines, strict=True)):
        return document
    return replace(document, lines=tuple(lines))


def _joining(match: re.Match[str], text: str) -> str:
    before = text[: match.start()].split()
    return "OR" if before and before[-1].lower() in _NOT_JOINING else "or"


def classify_lines(lines: Sequence[Line]) -> list[_LineContext]:
    """Each line's importance from the heading it sits under and its own wording; None for boilerplate,
    and for the wrapped lines of a boilerplate sentence ('... will receive' / 'consideration without
    regard to ...')."""
    section: Importance | None = Importance.MENTIONED
    boilerplate_level = 0  # the level of the boilerplate heading the lines are under; 0 when unstyled
    result: list[_LineContext] = []
    value_next = False
    forwarding = _forwarding_note(lines)
    for index, line in enumerate(lines):
        text = line.text.strip()
        if index in forwarding:
            result.append(_LineContext(None))
            continue
        label = bool(_FIELD_LABEL.match(text))
        value = value_next and len(text.split()) <= _VALUE_WORDS and _heading_importance(line) is False
        if label or value:
            # 'Announcement number' / 'CBTE-12817044-26-JRW': a job board's field and its value below it
            value_next = label and not value_next
            result.append(_LineContext(None))
            continue
        value_next = False
        heading = _heading_importance(line)
        level = _heading_level(line)
        if heading is False and section is None and level is not None and level <= boilerplate_level:
            # 'Who we are' (h2), then 'Radiology' (h2): a heading as high as the boilerplate's own ends it,
            # whatever its words; a lower one ('Medical and dental' under 'Benefits') is part of it
            heading = Importance.MENTIONED
        if heading is not False:
            section = heading  # type: ignore[assignment]
            boilerplate_level = (level or 0) if heading is None else 0
            result.append(_LineContext(section))
            continue
        wrapped = index > 0 and result[-1].importance is None and continues(lines[index - 1].text, line.text)
        if (
            _BOILERPLATE_LINE.search(text)
            or is_requisition(_BULLET.sub("", text))
            or section is None
            or wrapped
        ):
            result.append(_LineContext(None))
            continue
        result.append(_LineContext(_line_importance(text, section)))
    for index in _out_of_scope(lines):
        result[index] = _LineContext(None)
    return result


# 'microbiology instruments (VITEK 2, BacT/ALERT, Celsis) are qualified by our Microbiology Systems team and
# are not part of this role': what the posting names as another team's work is asked of no one applying
_OUT_OF_SCOPE = re.compile(
    r"\b(?:is|are)\s+not\s+(?:part\s+of|included\s+in|covered\s+by|within\s+the\s+scope\s+of)\s+"
    r"(?:this|the)\s+(?:role|position|job)\b|\boutside\s+(?:of\s+)?the\s+scope\s+of\s+(?:this|the)\s+"
    r"(?:role|position|job)\b|\bnot\s+(?:be\s+)?(?:required|expected)\s+(?:of|for)\s+(?:this|the)\s+"
    r"(?:role|position)\b",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.;!?](?:\s|$)")


def _out_of_scope(lines: Sequence[Line]) -> set[int]:
    """The lines of a sentence that puts what it names outside the role, when the sentence has those lines
    to itself (wrapped lines joined; a line that also holds another sentence is left as read)."""
    found: set[int] = set()
    for index, line in enumerate(lines):
        clause = _OUT_OF_SCOPE.search(line.text)
        if clause is None:
            continue
        first = last = index
        while first > 0 and continues(lines[first - 1].text, lines[first].text):
            first -= 1
        while last + 1 < len(lines) and continues(lines[last].text, lines[last + 1].text):
            last += 1
        before = " ".join(lines[i].text for i in range(first, index)) + " " + line.text[: clause.start()]
        after = line.text[clause.end() :] + " " + " ".join(lines[i].text for i in range(index + 1, last + 1))
        if not _SENTENCE_END.search(before) and len(_SENTENCE_END.findall(after.rstrip() + " ")) <= 1:
            found.update(range(first, last + 1))
    return found


_MAIL_HEADER = re.compile(r"^(?:From|Sent|Date|To|Cc|Bcc|Subject|Reply-To):\s", re.IGNORECASE)
_MAIL_SEPARATOR = re.compile(
    r"^\s*(?:[-_=*]{3,}.*|.*\b(?:forwarded message|original message)\b.*|begin forwarded message:?)\s*$",
    re.IGNORECASE,
)
_NOTE_LINES = 25  # a forwarder's note is short: a separator further down is the posting's own rule


def _forwarding_note(lines: Sequence[Line]) -> set[int]:
    """The lines of a forwarded e-mail that are not the posting: its header fields (From:, Sent:, To:,
    Subject:) and the forwarder's note below them, up to a separator line ('---------- Forwarded message
    ----------', '-----'). Without a separator only the header fields are left out."""
    texts = [(i, line.text.strip()) for i, line in enumerate(lines[: _NOTE_LINES * 2]) if line.text.strip()]
    fields = [i for i, text in texts[:8] if _MAIL_HEADER.match(text)]
    if len(fields) < 2:
        return set()
    last = fields[-1]
    separator = next(
        (i for i, text in texts if last < i <= last + _NOTE_LINES and _MAIL_SEPARATOR.match(text)), None
    )
    return set(range((separator if separator is not None else last) + 1))


def _heading_importance(line: Line) -> Importance | None | bool:
    """The importance a heading line sets for the lines under it; False when the line is no heading."""
    text = line.text.strip()
    words = normalise_heading(text).split()
    if not words or len(words) > 8 or _BULLET.match(text):
        return False
    if _WHEN_WHERE_HEADING.match(text):
        return None
    if not _looks_like_heading(line, text):
        return False
    if _BOILERPLATE_HEADING.search(text):
        return None
    if _PREFERRED.search(text):
        return Importance.PREFERRED
    if _REQUIRED.search(text) or _REQUIRED_HEADING.match(text):
        return Importance.REQUIRED
    if _DUTIES.search(text):
        return Importance.MENTIONED
    return False


def _heading_level(line: Line) -> int | None:
    """A styled heading's level ('Heading 2' of a DOCX paragraph or an HTML h2); None for any other line."""
    found = re.fullmatch(r"(?:heading|title)\s*(\d?)", (line.style or "").strip(), re.IGNORECASE)
    return (int(found[1]) if found[1] else 1) if found else None


def _looks_like_heading(line: Line, text: str) -> bool:
    if text.endswith(":") or (line.style or "").lower().startswith(("heading", "title")) or line.bold:
        return True
    if is_sentence_case_heading(text):
        return True
    words = [
        w for w in re.findall(r"[A-Za-z][\w'-]*", text) if w.lower() not in {"and", "of", "to", "the", "a"}
    ]
    return len(words) <= 6 and not text.endswith(".") and all(w[0].isupper() for w in words)


# 'in keeping with Ministry of Health requirements', 'the biosafety requirements for a Class II cabinet': a
# duty's rules, asked of no candidate (unlike 'Requirements: ...' or 'requirements include ...')
_RULES_OF_A_DUTY = re.compile(
    r"(?<=[a-z] )requirements?\b(?!\s*(?::|include|are\b|for (?:the|this) (?:role|post|job|position)))"
)


def _line_importance(text: str, section: Importance) -> Importance:
    if _PREFERRED.search(text):
        return Importance.PREFERRED
    if _REQUIRED.search(_RULES_OF_A_DUTY.sub(" ", text) if len(text.split()) > 4 else text):
        return Importance.REQUIRED
    return section


# 'A CDL is not required', 'a CDL is not\n required', 'CDL not needed': the posting says it does not ask
_NOT_ASKED = re.compile(
    r"^\s*(?:\([^)]*\)\s*)?(?:is\s+|are\s+)?not\s+(?:required|needed|necessary|a\s+requirement)\b",
    re.IGNORECASE,
)


# What the employer pays for or gives, not asks for: 'tuition reimbursement for graduate courses such as an
# MPH', 'paid AAMI CBET exam fees', 'Company-paid CMLSO exam' (a clinical trial's sponsor, 'sponsor audits',
# is no giving)
_GIVEN_BEFORE = re.compile(
    r"\b(?:tuition|reimburse(?:d|s|ment)?|sponsor(?:ed|ship)|stipends?)\b[^.;:!?]*$", re.IGNORECASE
)
_PAID_BEFORE = re.compile(r"\bpaid\s+(?:for\s+)?(?:the\s+|your\s+)?(?:[\w()-]+\s+){0,2}$", re.IGNORECASE)
_PAID_AFTER = re.compile(
    # 'paid ASCP and state license fees': up to three words before what is paid for
    r"^\s*(?:[\w()-]+\s+){0,3}?(?:exams?|examinations?|fees?|renewals?|dues|review courses?)\b",
    re.IGNORECASE,
)


def not_asked_for(
    mentions: Sequence[Mention], lines: Sequence[Line], known: frozenset[tuple[str, ...]] = frozenset()
) -> list[Mention]:
    """The mentions less those the posting says it does not ask for ('A CDL is not required') or gives
    ('paid AAMI CBET exam fees', 'tuition reimbursement for courses such as an MPH'), and the words of a
    title read as a term of its own (``known``: the wording keys of the vocabulary's forms, whose titles
    the vocabulary reads itself)."""
    kept = []
    for mention in mentions:
        text = lines[mention.line].text
        after, wrapped, shift = text[mention.end :], text, 0  # a title may go on over the lines around it
        if mention.line + 1 < len(lines) and continues(text, lines[mention.line + 1].text):
            after = f"{after} {lines[mention.line + 1].text}"
            wrapped = f"{text} {lines[mention.line + 1].text}"
        before = text[: mention.start]
        if mention.line > 0 and continues(lines[mention.line - 1].text, text):
            previous = lines[mention.line - 1].text
            before, wrapped, shift = f"{previous} {before}", f"{previous} {wrapped}", len(previous) + 1
        given = _GIVEN_BEFORE.search(before) or (_PAID_BEFORE.search(before) and _PAID_AFTER.match(after))
        # 'Dr. Miriam Roche, PhD': the director's own letters, not asked of the applicant
        given = given or any(s <= mention.start and mention.end <= e for s, e in titled_people(text))
        titled = (
            _in_a_law_title(mention, text, wrapped, shift, known)
            or _in_an_office(mention, text)
            or _in_a_course(mention, text)
        )
        # 'Certified Biomedical Equipment Technician (CBET) from AAMI': the body that grants the credential
        granting = granting_body(before, mention.form)
        if not _NOT_ASKED.match(after) and not given and not titled and not granting:
            kept.append(mention)
    return kept


# the rest of an office's name after a known term, and its initials in brackets: 'Radiation Protection'
# + ' Supervisor (RPS)', 'Medical Device Safety' + ' Officer (MDSO)'
_OFFICE_REST = re.compile(
    r"((?:\s+[A-Z][a-z]+){0,2}\s+(?:Supervisor|Officer|Adviser|Advisor|Expert|Lead|Coordinator|Manager))"
    r"\s*\(\s*([A-Z]{2,6})\s*\)"
)


def _in_an_office(mention: Mention, text: str) -> bool:
    """'Radiation Protection Supervisor (RPS) training': a known term opening the name of an office, spelt
    out before its initials, is a word of the office's name (read as a term of its own), not asked for."""
    rest = _OFFICE_REST.match(text, mention.end)
    if rest is None:
        return False
    start = defined_long_form_start(text[: rest.end(1)], rest.group(2))
    return start is not None and start <= mention.start


# the rest of a course's name after a known term: 'Supervisory Skills' + ' Development Course'
_COURSE_REST = re.compile(r"(?:\s+[A-Z][a-z]+){0,3}\s+(?:Course|Programme|Program)\b")


def _in_a_course(mention: Mention, text: str) -> bool:
    """'Supervisory Skills Development Course': a known term in capitals opening a course's name is a word
    of the course (read as a term of its own), not a skill asked for."""
    words = mention.form.split()
    return all(w[:1].isupper() for w in words) and _COURSE_REST.match(text, mention.end) is not None


def described_state(mention: Mention, vocabulary: Vocabulary) -> bool:
    """'a calibrated dialysate meter', 'keep equipment safe, calibrated and running': a skill's past
    participle says how a thing is, not what the job asks one to know."""
    concept = vocabulary.concepts.get(mention.concept_id)
    form = mention.form
    return (
        concept is not None
        and concept.category is Category.SKILL
        and form.isalpha()
        and form.islower()
        and form.endswith("ed")
    )


def _act_of(text: str, end: int, title_end: int) -> bool:
    """'the Occupational Health and Safety Act': an act is named by what it rules on, so the words before
    'Act' are its title's, never a body that publishes it (as 'AABB' is in 'AABB Standards')."""
    return re.fullmatch(r"\s+Act\b.*", text[end:title_end], re.DOTALL) is not None


def _in_a_law_title(
    mention: Mention, text: str, wrapped: str, shift: int, known: frozenset[tuple[str, ...]]
) -> bool:
    """'medical devices' in 'the Medical Devices Regulations 2002', 'AABB' in 'the AABB Standards for
    Relationship Testing Laboratories' (which may go on over the lines around it, ``wrapped``, where the
    mention's line starts at ``shift``): a word of a law's or a document's title (the title is read as a
    term of its own), not a thing asked for. A name in capitalised words that opens a document's title is
    the body's, asked for too ('Health Canada Medical Devices Regulations')."""
    spans = list(legislation(text))  # worked out once a line (each mention on it asks)
    form = text[mention.start : mention.end]
    opens, closes = mention.start + shift, mention.end + shift  # where the mention stands in ``wrapped``
    spans += [
        (s - shift, e - shift)
        for s, e in titled_documents(wrapped)
        if (s < opens or form.split()[0].isupper() or _act_of(wrapped, closes, e))
        and wording_key(wrapped[s:e]) not in known
    ]
    return any(
        start <= mention.start and mention.end <= end and end - start > mention.end - mention.start
        for start, end in spans
    )


def _makers_paired(first: Mention, second: Mention, gap: str, vocabulary: Vocabulary) -> bool:
    """'Getinge/Maquet', 'Philips/Respironics': two makers joined by a slash name one company and the brand
    it bought, not a choice between them."""
    kinds = {getattr(vocabulary.concepts.get(m.concept_id), "category", None) for m in (first, second)}
    return gap.strip() == "/" and kinds == {Category.MANUFACTURER}


def _alternative_groups(bullets: Sequence[_Bullet], vocabulary: Vocabulary) -> list[list[Mention]]:
    """Runs like 'CBET, CRES, or CHTM' and 'VITEK 2 or MicroScan': one of them satisfies the group."""
    groups: list[list[Mention]] = []
    for text, found, original in bullets:
        run: list[Mention] = []
        gaps: list[str] = []  # the text between one mention of the run and the next, folded ones too
        links: list[str] = []  # the gap before each mention of the run after the first
        tail: Mention | None = None  # the run's last mention: 'medical technology, clinical laboratory
        # science, biology' names one choice twice, and the run goes on from the later wording
        for mention in found:
            if tail is not None and tail.start <= mention.start and mention.end <= tail.end:
                continue  # 'Alinity' inside 'Alinity c' neither joins nor ends the run
            granted = GRANTED_AFTER.match(text, tail.end) if tail is not None else None
            if granted and mention.start < granted.end():
                continue  # 'CET through the NHA, CCT through CCI, or ...': a choice's body, in neither way
            if tail is not None and _joins(tail, mention, text):
                gap = text[tail.end : mention.start]
                if _makers_paired(tail, mention, gap, vocabulary):
                    gaps.append(gap.replace("/", " "))  # 'Getinge/Maquet': a maker and its brand, one maker
                elif all(m.concept_id != mention.concept_id for m in run):
                    run.append(mention)
                    gaps.append(gap)
                    links.append(gap)
                else:  # 'Getinge/Maquet' is one maker written twice; 'biology or biochemistry' two choices
                    gaps.append(gap.replace("/", " "))
                tail = mention
                continue
            _close_run(run, gaps, links, text, tail, groups, vocabulary)
            run, gaps, links, tail = [mention], [], [], mention
        _close_run(run, gaps, links, text, tail, groups, vocabulary)
        groups = [[original.get(id(m), m) for m in group] for group in groups]
    return groups


def _degree_clauses(
    groups: list[list[Mention]], bullets: Sequence[_Bullet], vocabulary: Vocabulary
) -> tuple[list[list[Mention]], dict[int, list[str]]]:
    """ "Bachelor's degree in biomedical engineering or a life science; or an associate degree in
    cardiovascular technology": two degree clauses joined by 'or' are one choice, so the levels are one group
    and the subjects another (either clause's subject meets it), and no clause's parts are asked for alone.
    Also returns, by the subjects' line, the subjects the vocabulary does not know ('cardiovascular
    technology'), open choices of that group."""
    levels_of = vocabulary.lexicon.degree_levels
    subjects_of = vocabulary.lexicon.degree_subjects
    open_subjects: dict[int, list[str]] = {}
    for text, found, original in bullets:
        levels = [m for m in found if m.concept_id in levels_of]
        joined = [
            (a, b)
            for a, b in zip(levels, levels[1:], strict=False)
            if a.concept_id != b.concept_id and _CLAUSE_OR.search(text[a.end : b.start])
        ]
        if not joined:
            continue
        chosen = [original.get(id(m), m) for m in levels]
        subjects = [original.get(id(m), m) for m in found if m.concept_id in subjects_of]
        taken = {id(m) for m in chosen}
        groups = [g for g in groups if not any(id(m) in taken for m in g)]
        groups.append(list({m.concept_id: m for m in chosen}.values()))
        # the subjects' own groups ('biomedical equipment technology or electronics') join into one
        theirs = [g for g in groups if any(id(m) in {id(x) for x in subjects} for m in g)]
        groups = [g for g in groups if g not in theirs]
        subjects = [*subjects, *(m for g in theirs for m in g)]
        unknown = [
            match.group(1).strip()
            for level in levels
            if (match := _SUBJECT_AFTER.match(text, level.end))
            and not any(m.start < match.end(1) and match.start(1) < m.end for m in found)
        ]
        if subjects and (len({m.concept_id for m in subjects}) > 1 or unknown):
            subjects.sort(key=lambda m: (m.line, m.start))
            groups.append(list({m.concept_id: m for m in subjects}.values()))
            open_subjects.setdefault(subjects[0].line, []).extend(unknown)
        else:
            groups.extend(theirs)
    return groups, open_subjects


def _with_open_subjects(
    requirements: tuple[Requirement, ...], open_subjects: dict[int, list[str]], vocabulary: Vocabulary
) -> tuple[Requirement, ...]:
    if not open_subjects:
        return requirements
    result = []
    for req in requirements:
        extra = open_subjects.get(req.line) if req.line is not None else None
        if extra and req.concept_id in vocabulary.lexicon.degree_subjects:
            req = replace(req, open_alternatives=tuple(dict.fromkeys((*req.open_alternatives, *extra))))
        result.append(req)
    return tuple(result)


# '... associate degree in cardiovascular technology with ...': the subject a degree clause names
_SUBJECT_AFTER = re.compile(
    r"\s+in\s+((?:(?!(?:with|and|or|from|plus|including|preferred|required)\b)[A-Za-z][\w'&-]*\s*){1,4})",
    re.IGNORECASE,
)


# '...; or an associate degree', ', or a master's degree': the next degree clause is the other choice
_CLAUSE_OR = re.compile(r"(?:^|[;,]|\s)\s*or\s+(?:an?\s+|the\s+)?$", re.IGNORECASE)


def _degree_or_equivalent(
    requirements: tuple[Requirement, ...], bullets: Sequence[_Bullet], vocabulary: Vocabulary
) -> tuple[Requirement, ...]:
    """'Associate degree in electronics, or equivalent military training': the equivalent stands in for the
    degree too, so it is an alternative of the degree's requirement (whose wording stays 'Associate degree'
    to paste); the subject's group stays as it is, and 'electronics' alone never meets the degree."""
    equivalents: dict[tuple[int, str], list[str]] = {}
    for text, found, original in bullets:
        for i, degree in enumerate(found):
            if not is_degree(degree.concept_id, vocabulary):
                continue
            rest = found[i + 1 :]
            if not rest or not re.fullmatch(r"\s+in\s+", text[degree.end : rest[0].start]):
                continue
            for previous, mention in zip(rest, rest[1:], strict=False):
                gap = text[previous.end : mention.start + 11]  # the choice's own form may hold 'equivalent'
                if not _OR_EQUIVALENT.fullmatch(gap):
                    continue
                if vocabulary.concepts[mention.concept_id].category in _EQUIVALENTS:
                    key = (original.get(id(degree), degree).line, degree.concept_id)
                    equivalents.setdefault(key, []).append(mention.concept_id)
                break
    if not equivalents:
        return requirements
    result = []
    for req in requirements:
        extra = equivalents.get((req.line, req.concept_id), [])  # type: ignore[arg-type]
        if extra and not req.alternatives:
            req = replace(req, alternatives=tuple(dict.fromkeys(extra)))
        result.append(req)
    return tuple(result)


_EQUIVALENTS = frozenset({Category.CREDENTIAL, Category.LICENSE})
# '..., or equivalent military training'; '... from a NAACLS-accredited program, or successful completion of
# an official U.S. military medical laboratory training course': the other way to the degree (a few words of
# the degree's own clause may come before the comma)
_OR_EQUIVALENT = re.compile(
    r"(?:\s+[\w-]+){0,3}\s*,?\s*or\s+(?:an?\s+)?(?:equivalent\b|(?:successful\s+)?(?:completion|graduation)\s+"
    r"(?:of|from)\b).*",
    re.IGNORECASE | re.DOTALL,
)


# a line with the lines it wraps onto, as one text; its mentions placed in it; the mention each stands for
_Bullet = tuple[str, list[Mention], dict[int, Mention]]


def _wrapped_bullets(mentions: list[Mention], lines: Sequence[Line]) -> list[_Bullet]:
    """Each line with the lines it wraps onto ('... Siemens Aptio' / 'Automation or Inpeco FlexLab.') as one
    text, with its mentions placed in that text (sorted; one spelled out and then abbreviated, 'Roche cobas
    connection modules (CCM)', placed as one) and the mention each placed one stands for."""
    by_line: dict[int, list[Mention]] = defaultdict(list)
    for mention in mentions:
        by_line[mention.line].append(mention)
    found = []
    index = 0
    while index < len(lines):
        block = _wrapped_from(index, lines)
        index = block.stop
        if not any(i in by_line for i in block):
            continue
        joined, starts = joined_lines(block, lines)
        original, placed = {}, []
        for i, offset in zip(block, starts, strict=True):
            text = lines[i].text
            for m in by_line.get(i, ()):
                visible = text[m.start :].rstrip()
                spill = len(m.form) - len(visible) if m.form.startswith(visible) and i != block[-1] else 0
                shifted = replace(m, start=m.start + offset, end=m.end + offset + max(spill, 0))
                original[id(shifted)] = m
                placed.append(shifted)
        placed = _abbreviations_folded(sorted(placed, key=lambda m: (m.start, -m.end)), joined, original)
        found.append((joined, placed, original))
    return found


def _wrapped_from(first: int, lines: Sequence[Line]) -> range:
    """A line and the lines its bullet or sentence wraps onto."""
    last = first
    while last + 1 < len(lines) and continues(lines[last].text, lines[last + 1].text):
        last += 1
    return range(first, last + 1)


def _abbreviations_folded(placed: list[Mention], text: str, original: dict[int, Mention]) -> list[Mention]:
    """'Roche cobas connection modules (CCM)': the bracketed abbreviation of the mention before it is part of
    that mention, so the list goes on after the bracket; so is a concept's subject after 'in' ('an HLO
    bachelor's degree in Biology and Medical Laboratory Research (BML)')."""
    kept: list[Mention] = []
    for m in placed:
        last = kept[-1] if kept else None
        if (
            last is not None
            and last.concept_id == m.concept_id
            and re.fullmatch(r"\s*\(\s*", text[last.end : m.start])
            and re.match(r"\s*\)", text[m.end :])
        ):
            close = text.index(")", m.end) + 1
            joined = replace(last, end=close)
            original[id(joined)] = original.get(id(last), last)
            kept[-1] = joined
            continue
        named = next(
            (
                k
                for k, prior in enumerate(kept)
                if prior.concept_id == m.concept_id and re.fullmatch(r"\s+in\s+", text[prior.end : m.start])
            ),
            None,
        )
        if named is not None:
            # "an HLO bachelor's degree in Biology and Medical Laboratory Research (BML)": one choice, named
            # by its kind and by its subject (and its initials); what the subject's words read besides goes
            bracket = re.match(r"\s*\([A-Z]{2,6}\)", text[m.end :])
            joined = replace(kept[named], end=m.end + (bracket.end() if bracket else 0))
            original[id(joined)] = original.get(id(kept[named]), kept[named])
            kept = [*kept[:named], joined, *(k for k in kept[named + 1 :] if k.start >= joined.end)]
            continue
        kept.append(m)
    return kept


def _joins(left: Mention, right: Mention, text: str) -> bool:
    if right.start < left.end:
        return False
    if GRANTED_BY.search(text[: left.start]):
        return False  # 'CER through HSPA or CFER through CBSPD': the body that grants one choice is no choice
    if re.fullmatch(r"\s*\(\s*", text[left.end : right.start]) and EXAMPLE_LIST_END.match(text, right.start):
        return True  # 'a CMMS (Nuvolo, TMS, or equivalent)': the class, then examples of it in its bracket
    return bool(_ALTERNATIVE_GAP.match(_without_definitions(text, left, right)))


def _after_choice(text: str, end: int) -> str:
    """The text after a choice that ends at ``end``, without the body that grants it ('CCT through CCI, or
    equivalent': ', or equivalent')."""
    granted = GRANTED_AFTER.match(text, end)
    return text[granted.end() if granted else end :]


_DEFINED_BEFORE = re.compile(r"(?:\bthe\s+)?\b([A-Z])[\w'&-]*(?:\s+(?:of|for|and|&|[A-Z][\w'&-]*))*\s*\($")


def _without_definitions(text: str, left: Mention, right: Mention) -> str:
    """The text between two mentions without their bodies' long names: 'given by the American Society for
    Clinical Pathology Board of Certification (ASCP BOC), American Medical Technologists (AMT), or the
    American Association of Bioanalysts (AAB)' lists three bodies, each defined by its initials."""
    gap = text[left.end : right.start]
    granted = GRANTED_AFTER.match(gap)
    if granted and re.match(r"\s*,", gap[granted.end() :]):
        gap = gap[granted.end() :]  # 'CET through the NHA, CCT ...': the first choice's body
    gap = re.sub(r"^\s*\([A-Z]{2,6}i?\)", "", gap)  # 'CPT (NHA), RPT (AMT) or NCPT (NCCT)': each one's board
    # '... Technician (CBET) from AAMI, or ...': the body that grants the first choice
    gap = re.sub(r"^\s+(?:from|by)\s+(?:the\s+)?[A-Z][A-Z&-]{1,7}(?=\s*,?\s*(?:or|and/or)\s)", "", gap)
    opening = text.rfind("(", 0, left.start)
    if opening > text.rfind(")", 0, left.start) and re.search(r"[A-Z][a-z]+\s*$", text[:opening]):
        # the rest of '... Board of Certification (ASCP BOC)'; not of 'CBET (AAMI)', a credential's board
        gap = re.sub(r"^\s*(?:[A-Z]{2,6}\s*)?\)", "", gap)
    defined = _DEFINED_BEFORE.search(gap)
    if (
        defined
        and text[right.start : right.start + 1] == defined.group(1)
        and text[right.end :].startswith(")")
    ):
        gap = gap[: defined.start()]
    return gap


def _close_run(
    run: list[Mention],
    gaps: list[str],
    links: list[str],
    text: str,
    tail: Mention | None,
    groups: list[list[Mention]],
    vocabulary: Vocabulary,
) -> None:
    """A run joined by 'or' is one either/or group; a comma list only after a cue ('one of', 'such as')
    and when its terms are of one kind, so a list of duties stays a list; else each slash pair in it is a
    group of its own."""
    if len(run) < 2 or tail is None:
        return
    opened = next(
        (i for i, gap in enumerate(links) if _EXAMPLES_OPEN.match(gap) or re.fullmatch(r"\s*\(\s*", gap)),
        None,
    )
    if opened is not None and not _examples_of_a_class(run, links, opened, text, tail, vocabulary):
        # 'a BOC credential, such as SBB or SH', 'test equipment such as analyzers, simulators and
        # oscilloscopes': no class of things, or a list of all of them; two runs, each read as it stands
        _close_run(run[: opened + 1], gaps[:opened], links[:opened], text, run[opened], groups, vocabulary)
        _close_run(run[opened + 1 :], gaps[opened + 1 :], links[opened + 1 :], text, tail, groups, vocabulary)
        return
    if opened is not None:
        # 'automated liquid handlers (e.g., Hamilton Microlab STAR, Tecan Fluent)': the class or any of its
        # examples meets it; what comes before the class is a run of its own
        _close_run(
            run[:opened], links[: opened - 1], links[: opened - 1], text, run[opened - 1], groups, vocabulary
        )
        groups.append(list(run[opened:]))
        return
    one_kind = len({vocabulary.concepts[m.concept_id].category for m in run}) == 1
    trailing_or = bool(_TRAILING_OR.match(_after_choice(text, tail.end)))
    # 'such as the choice of fluorophores, Nyquist sampling, spectral unmixing, and live-cell imaging': a
    # list that ends in 'and' asks for each of its things; the cue opens the list, before its first term
    cued = _LIST_ALTERNATIVE_CUES.search(text, 0, run[0].start) and not _TRAILING_AND.match(
        _after_choice(text, tail.end)
    )
    if any(_WORD_OR.search(g) for g in gaps) or trailing_or or (one_kind and cued):
        # 'or a chemical or biological science': a choice written twice ends the group at its later wording,
        # so the posting's words run to the subject's head
        later = (
            tail is not run[-1]
            and tail.start >= run[-1].end
            and any(m.concept_id == tail.concept_id for m in run)
        )
        groups.append([*run, tail] if later else list(run))
        return
    # only slashes: each slash pair is a choice, not the comma list it stands in ('HBeAg/anti-HBe, anti-HAV
    # IgM, and anti-HCV' asks for all three)
    pair: list[Mention] = [run[0]]
    for mention, gap in zip(run[1:], links, strict=True):
        if "/" in gap:
            pair.append(mention)
            continue
        if len(pair) > 1:
            groups.append(pair)
        pair = [mention]
    if len(pair) > 1:
        groups.append(pair)


def _examples_of_a_class(
    run: list[Mention], links: list[str], opened: int, text: str, tail: Mention, vocabulary: Vocabulary
) -> bool:
    """Whether the examples opened after run[opened] are choices of that class: always in a bracket ('(e.g.,
    Hamilton Microlab STAR, Tecan Fluent)'); without one, only after a class of things (equipment,
    instruments, software) and not as a list of all of them ('such as A, B and C')."""
    if "(" in links[opened]:
        return True
    if vocabulary.concepts[run[opened].concept_id].category not in _PRODUCTS:
        return False
    rest = links[opened + 1 :]
    if any(_WORD_OR.search(g) or "/" in g for g in rest) or _TRAILING_OR.match(_after_choice(text, tail.end)):
        return True
    return not _TRAILING_AND.match(_after_choice(text, tail.end)) and not any(
        re.search(r"\band\b", g) for g in rest
    )


def _requirements(
    mentions: list[Mention],
    groups: list[list[Mention]],
    contexts: list[_LineContext],
    lines: Sequence[Line],
    vocabulary: Vocabulary,
) -> tuple[Requirement, ...]:
    groups, by_concept = _standalone(mentions, groups, contexts, lines, vocabulary)
    found = [_single(cid, ms, contexts, lines, vocabulary) for cid, ms in by_concept.items()]
    found += _merge_groups(groups, contexts, lines, vocabulary)
    return tuple(sorted(found, key=lambda r: (r.line if r.line is not None else 0, r.term)))


def _standalone(
    mentions: list[Mention],
    groups: list[list[Mention]],
    contexts: list[_LineContext],
    lines: Sequence[Line],
    vocabulary: Vocabulary,
) -> tuple[list[list[Mention]], dict[str, list[Mention]]]:
    """The either/or groups that stay, and the concepts asked for on their own.

    A concept also written inside a group is folded into it ("CBET, CRES or CHTM required" ... "CBET a
    plus"), unless the posting asks for it on its own at least as strongly as the group ("servicing CT and
    MRI systems" required, "CT or MR platforms" required): then it is its own requirement too, and a group
    all of whose choices are asked for on their own says nothing more and is dropped. A degree's subject
    ('Master's degree in ... or bioinformatics') is no skill asked for: the skill written elsewhere ('Review
    bioinformatics pipeline output') stays a requirement of its own."""
    grouped = {id(m) for group in groups for m in group}
    wrapped = {
        (line, m.concept_id) for group in groups for m in group for line in _bullet_lines(group, lines)
    }
    # 'Meditech' of 'such as Meditech, Cerner or Sunquest' is two concepts (the EHR and the LIS): the words
    # a group holds are the group's under either reading
    spans = {(m.line, m.start, m.end) for group in groups for m in group}
    loose: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        if id(mention) in grouped or (mention.line, mention.concept_id) in wrapped:
            continue  # "... OR military BMET training\n  (e.g., METC)": the example stays with its group
        if (mention.line, mention.start, mention.end) in spans:
            continue
        loose[mention.concept_id].append(mention)
    group_rank: dict[str, int] = {}
    for group in groups:
        rank = _RANKS[_importance(group, contexts)]
        for m in group:
            group_rank[m.concept_id] = max(group_rank.get(m.concept_id, 0), rank)
    subjects = {
        m.concept_id
        for group in groups
        if any(is_degree(g.concept_id, vocabulary) for g in group)
        for m in group
        if not is_degree(m.concept_id, vocabulary)
    }
    alone = {
        cid
        for cid, ms in loose.items()
        if cid not in group_rank or cid in subjects or _RANKS[_importance(ms, contexts)] >= group_rank[cid]
    }
    kept = [group for group in groups if not all(m.concept_id in alone for m in group)]
    return kept, {cid: ms for cid, ms in loose.items() if cid in alone}


def _bullet_lines(group: list[Mention], lines: Sequence[Line]) -> range:
    """The group's line and the lines its bullet wraps onto."""
    return _wrapped_from(group[-1].line, lines)


def _importance(mentions: Sequence[Mention], contexts: list[_LineContext]) -> Importance:
    return max((contexts[m.line].importance for m in mentions), key=lambda i: _RANKS[i])  # type: ignore[index]


def _single(cid: str, mentions: list[Mention], contexts, lines, vocabulary: Vocabulary) -> Requirement:  # noqa: ANN001
    importance = _importance(mentions, contexts)
    first = next(m for m in mentions if contexts[m.line].importance is importance)
    concept = vocabulary.concepts[cid]
    return Requirement(
        concept_id=cid,
        term=concept.name,
        category=concept.category,
        importance=importance,
        posting_form=first.form,
        count=len(mentions),
        snippet=_snippet(lines[first.line].text),
        line=first.line,
    )


_FIELD_HEAD = re.compile(r"\s+(?:sciences?|studies|technology|engineering)\b")


def _merge_groups(groups, contexts, lines, vocabulary: Vocabulary) -> list[Requirement]:  # noqa: ANN001
    """One requirement per distinct either/or group, at the highest importance it was written with."""
    merged: dict[tuple[str, ...], list[list[Mention]]] = defaultdict(list)
    for group in groups:
        ids = tuple(dict.fromkeys(m.concept_id for m in group))
        merged[ids].append(group)
    result = []
    for ids, occurrences in merged.items():
        flat = [m for group in occurrences for m in group]
        importance = _importance(flat, contexts)
        first = next(g for g in occurrences if contexts[g[0].line].importance is importance)
        # a group may run onto the lines its bullet wraps to ('Aptio' / 'Automation or Inpeco FlexLab')
        text, starts = joined_lines(range(first[0].line, first[-1].line + 1), lines)
        concept = vocabulary.concepts[ids[0]]
        form = text[first[0].start : starts[-1] + first[-1].end]
        between = [text[a.end : b.start] for a, b in zip(first, first[1:], strict=False)]
        if form.count("(") > form.count(")"):
            # 'automated liquid handlers (e.g., Hamilton Microlab STAR, Tecan Fluent)': up to the examples'
            # closing bracket, or the class alone when it does not close soon
            end = starts[-1] + first[-1].end
            close = text.find(")", end, end + 80)
            form = text[first[0].start : close + 1] if close >= 0 else form[: form.rindex("(")].rstrip()
        end = first[0].start + len(form)
        head = None
        if re.search(r"[a-z](?:al|ic)$", form):  # the head may wrap onto the next line
            last = min(len(lines), first[-1].line + 2)
            head = _FIELD_HEAD.match(joined_lines(range(first[0].line, last), lines)[0], end)
        if head:  # 'or a biological' of 'or a biological science': the field's head word too
            form += head.group(0)
        if ";" in form:  # two clauses' choices ('Bachelor's degree in ...; or an associate degree')
            form = " or ".join(dict.fromkeys(m.form for m in first))
        elif any(_DEFINED_BEFORE.search(gap) or GRANTED_AFTER.match(gap) for gap in between):
            # 'BOC), American Medical Technologists (AMT), or the American Association of Bioanalysts', 'CET
            # through the NHA, CCT through CCI': the choices as named, without their long names or bodies
            named = list(dict.fromkeys(m.form for m in first))
            form = named[0] if len(named) == 1 else ", ".join(named[:-1]) + " or " + named[-1]
        form = " ".join(form.split())  # a wrapped line's indent is no part of the wording
        result.append(
            Requirement(
                concept_id=ids[0],
                term=" / ".join(vocabulary.concepts[i].name for i in ids),
                category=concept.category,
                importance=importance,
                posting_form=form,
                count=len(occurrences),
                snippet=_snippet(text),
                alternatives=ids[1:],
                line=first[0].line,
            )
        )
    return result


def _snippet(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def find_title(lines: Sequence[Line]) -> str | None:
    """The job title: a labelled 'Job Title:' line, else the first short title-like line near the top."""
    for line in lines[:40]:
        labelled = _TITLE_LABEL.match(line.text)
        if labelled and TITLE_WORDS.search(labelled.group(1)):
            return labelled.group(1).strip()
    for line in lines[:12]:
        text = line.text.strip()
        # 'Phlebotomy and Specimen Collection Supervisor - Patient Service Centers (East Valley)': the title
        # is the part before a dash or bar, and it is that part that must be short
        head = title_head(text)
        if head is not None:
            return head
    return None


def _track(requirements: Sequence[Requirement], vocabulary: Vocabulary) -> Track | None:
    votes = {Track.LAB: 0.0, Track.EQUIPMENT: 0.0}
    for req in requirements:
        concept = vocabulary.concepts.get(req.concept_id)
        if concept is not None and concept.track in votes:
            votes[concept.track] += req.importance.weight
    if not any(votes.values()):
        return None
    return max(votes, key=lambda t: votes[t])


def _mostly_capitals(text: str) -> bool:
    """A heading such as 'WHAT YOU WILL DO': its capitals are not acronyms."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) > 12 and sum(c.isupper() for c in letters) > 0.8 * len(letters)


def _is_ordinary(word: str) -> bool:
    from resumefit.spacyload import stop_words

    STOP_WORDS = stop_words()

    return word.upper() in _COMMON_ACRONYMS or word.isdigit() or word.lower() in STOP_WORDS


def _not_a_term(word: str, place: Place, vocabulary: Vocabulary) -> bool:
    """'WHAT YOU'LL DO': the tail of a contraction; 'Dubuque, IA': a state after its town, as the
    vocabulary's place guard reads a state code."""
    if place.before.endswith(("'", "\u2019")) or is_requisition(word, place.before[-40:] + word):
        return True  # 'Req ID R-26-0417' too
    guard = vocabulary.guards.get(PLACE_GUARD)
    states = vocabulary.lexicon.state_codes
    return word in states and guard is not None and check_guard(guard, place) is Verdict.REJECTED


def _unknown_terms(
    document: Document, mentions: Sequence[Mention], contexts: list[_LineContext], vocabulary: Vocabulary
) -> tuple[UnknownTerm, ...]:
    """Acronyms and product-like names the vocabulary does not know, outside boilerplate."""
    covered: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for mention in mentions:
        covered[mention.line].append((mention.start, mention.end))
    known = vocabulary.derived.get("form_texts")
    if known is None:
        known = vocabulary.derived["form_texts"] = {
            f.text for c in vocabulary.concepts.values() for f in c.forms
        }
    counts: dict[str, list[str]] = defaultdict(list)
    for line in document.lines:
        if contexts[line.index].importance is None or _mostly_capitals(line.text):
            continue
        if _heading_importance(line) is not False:
            continue  # 'WHAT WE ASK': a heading names no term
        # 'Dr. Miriam Roche, PhD, FACMG': a person's name and letters
        people = titled_people(line.text)
        for match in [*_ACRONYM.finditer(line.text), *_PRODUCT.finditer(line.text)]:
            word = match.group(1)
            inside = any(s <= match.start(1) < e for s, e in [*covered[line.index], *people])
            # 'Radiometer ABL90 FLEX PLUS': the known product's model word
            model_word = word in MODEL_WORDS and any(e == match.start(1) - 1 for _, e in covered[line.index])
            if (
                inside
                or model_word
                or is_conduct_check(word, line.text)
                or word in known
                or _is_ordinary(word)
                or _not_a_term(
                    word, Place(line.text[: match.start(1)], line.text[match.end(1) :]), vocabulary
                )
            ):
                continue
            counts[word].append(_snippet(line.text))
    return tuple(UnknownTerm(text=w, count=len(s), snippet=s[0]) for w, s in sorted(counts.items()))
