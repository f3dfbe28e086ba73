"""What in a posting is never a term: employer, department and place names, requisitions, pay grades."""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from resumefit.advice import is_requisition, mentions_condition
from resumefit.models import Importance, Line, Mention

_HEADER_LINES = 8
_BULLET = re.compile(r"^\s*(?:[-*•▪◦‣●○■□➢►–—]|\d+[.)])\s+")
_EMPLOYER = re.compile(
    r"\b((?:[A-Z][\w'&.-]*\s+){1,5}(?:Health(?:care)?|Hospitals?|Medical Cent(?:er|re)|Clinics?|"
    r"Laborator(?:y|ies)|Labs|University|Institute|,?\s?Inc\.?|LLC|Corp\.?|Corporation|Company|Group|Partners|Care|"
    r"Diagnostics|Network|System)\b)"
)
# 'The HSE is an equal opportunities employer': the employer, by the name it goes by
_EQUAL_EMPLOYER = re.compile(
    r"(?:^|[.!?]\s+)(?:The\s+)?((?:[A-Z][\w'&.-]*\s+){1,5})(?:is|are)\s+(?:an?\s+)?(?:proud\s+)?"
    r"(?:[Ee]qual|EEO|[Aa]ffirmative)"
)
# 'our Loveland and Windsor Heart & Lung clinics': the employer's own sites, named before a small place word
_OUR_SITES = re.compile(
    r"\bour\s+((?:[A-Z][\w'&.-]*\s+(?:(?:and|&)\s+)?){1,6})(?:clinics?|sites?|campus(?:es)?|hospitals?|"
    r"locations?|offices?|cent(?:er|re)s?|facilities|labs?|laboratories)\b"
)
_DEFINED_INITIALS = re.compile(r"((?:[A-Z][\w&'-]*\s+(?:and\s+)?){1,8})\(\s*([A-Z][A-Z&]{1,7})\s*\)")
_UNIT_INITIALS = re.compile(
    r"\b(?:Office|Department|Dept\.|Division|Bureau)\s+(?:of|for)\s+(?:(?:[A-Z][\w&'-]*|and|&)\s+){1,7}"
    r"\(\s*([A-Z][A-Z&]{1,7})\s*\)"
)
_COUNTY = re.compile(r"\b((?:[A-Z][a-z]+\s+){1,2})(?:County|Parish|Borough|Township)\b")
_ABOUT = re.compile(r"^\s*(?:about|join|working at|life at|why)\s+(.+?)\s*:?\s*$", re.IGNORECASE)
# a federal pay grade ('GS-11') or an NHS Agenda for Change band ('Band 6', 'Band 8a')
_PAY_GRADE = re.compile(
    r"^(?:(?:GS|WG|WS|WL|GG|NH|NF|GL|NS|AD|VN|RN)-?\d{1,2}(?:/\d{1,2})?|Band\s?[2-9][a-d]?)$"
)
_DEPARTMENT_AFTER = re.compile(
    r"^\s*(?:department|dept\.?|division|services? (?:department|line))\b", re.IGNORECASE
)
# the word a department's name ends in: 'Biomedical Engineering Department', 'Pathology Directorate'
_DEPARTMENT_WORD = r"(?:Department|Dept\.?|Directorate)"
_DEPARTMENT_NAME = re.compile(
    r"\b(?:Department|Dept\.|Division|School|Faculty)\s+of\s+(?:the\s+)?[A-Z][\w'-]*"
    r"(?:(?:\s+|\s*,\s*|\s+(?:and|&)\s+)[A-Z][\w'-]*)*"
    rf"|\b[A-Z][\w'-]*(?:\s+(?:and\s+|&\s+)?[A-Z][\w'-]*){{0,4}}\s+{_DEPARTMENT_WORD}\b"
)
_NAMED_DEPARTMENT = re.compile(rf"\s{_DEPARTMENT_WORD}$")
_DEPARTMENT_BEFORE = re.compile(r"\b(?:department|dept\.?|division) of\s*$", re.IGNORECASE)
_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december am pm".split()
)
# 'night duty', 'weekend rotation', 'on-call': when the work is done, not what it is (or its pay status)
_SCHEDULE = frozenset(
    "night nights day days evening evenings weekend weekends holiday holidays shift shifts duty rotation "
    "rotations rotating on-call overtime overnight nightly graveyard swing "
    "exempt non-exempt nonexempt job-share job-shares job-sharing jobshare".split()
)
_STATES = frozenset(
    (
        "AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY "
        "NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY DC PR"
    ).split()
)
STATE_NAMES = (
    "Alabama Alaska Arizona Arkansas California Colorado Connecticut Delaware Florida Georgia Hawaii Idaho "
    "Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland Massachusetts Michigan Minnesota "
    "Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon Pennsylvania Tennessee Texas Utah "
    "Vermont Virginia Washington Wisconsin Wyoming"
).split() + [
    "New Hampshire",
    "New Jersey",
    "New Mexico",
    "New York",
    "North Carolina",
    "North Dakota",
    "Rhode Island",
    "South Carolina",
    "South Dakota",
    "West Virginia",
    "Puerto Rico",
]
_STATE_NAMES = frozenset(
    {w.lower() for name in STATE_NAMES for w in name.split()} | {"usa", "america", "united", "states"}
)
# 'Hartford, CT': a town and its state code; not 'Datix, MS Office' (letters that go on into a name)
# ('Montréal, QC': a town's letters after its capital are small, accented or not)
PLACE = re.compile(r"\b((?:[A-Z][^\W\d_A-Z]+\s+){0,2}[A-Z][^\W\d_A-Z]+),\s*([A-Z]{2})\b(?!\s+[A-Z][a-z]|-\w)")
# Canada's province and territory codes: after a town ('Winnipeg, MB', 'Montréal, QC') a place, no term
_PROVINCES = frozenset("AB BC MB NB NL NS NT NU ON PE QC SK YT".split())
# Acronyms every posting uses that are not skills: employment terms, hospital units, EEO and benefits words.
_ORDINARY = frozenset(
    """US USA EEO EOE AA AAP LLC INC II III IV PTO FTE BS BA MS MBA AS AAS GED HR FAQ OK CEO CFO COO CNO AM PM
    ADA DOE VEVRAA OFCCP EEOC COVID ASAP NA TBD USD FT PT PRN ICU NICU PICU CCU ED ER OR PACU L&D MICU SICU
    CVICU ICUs EDs HSA FSA LTD STD AD&D EAP DOB SSN VA DOD DOL EST CST MST PST ET CT MT PT NOTE JOB ROLE LAB
    DUTIES SHIFT TEAM RNs LPN LPNs CNA MD MDs DO PA NP APP I A AND OR THE OF TO IN ON AT BY FOR WITH NEW
    HQ DBA USPS UPS KPI KPIs ROI SLA SLAs FAQ NOW ALL Inc Ltd Corp Co GmbH KSA KSAs""".split()
)


# 'central and southern Ohio', 'Northern Virginia', 'upstate New York': a region is a place, not a term
_COMPASS = frozenset(
    "north south east west northern southern eastern western central northeast northwest southeast southwest "
    "northeastern northwestern southeastern southwestern upstate downstate midwest greater".split()
)


@cache
def word_classes() -> dict[str, frozenset[str]]:
    """Ordinary English words by part of speech (noun, verb, adj, adv) from the lookup tables, once."""
    from resumefit.spacyload import lookup_table

    index = lookup_table("lemma_index")
    return {pos: frozenset(index.get(pos, ())) for pos in ("noun", "verb", "adj", "adv")}


@cache
def english_words() -> frozenset[str]:
    """Ordinary English words of any part of speech."""
    return frozenset().union(*word_classes().values())


# an e-mail address, anywhere in a line
EMAIL_ADDRESS = r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"

COMMON_WORDS_FILE = "common-words.txt"
# a word more frequent than this (natural log of its probability in spaCy's English word frequencies) is
# everyday English: 'patients', 'repair', 'firmware' are; 'deviations', 'transducers', 'refrigerant' are not
COMMON_LOG_PROB = -13.0


@cache
def common_words() -> frozenset[str]:
    """The everyday words of English, lower case (resumefit/common-words.txt, from common_word_list)."""
    path = Path(__file__).with_name(COMMON_WORDS_FILE)
    return frozenset(path.read_text(encoding="utf-8").split())


def common_word_list(log_probs: Mapping[str, float]) -> list[str]:
    """The lower-case words of spacy-lookups-data's 'lexeme_prob' table (MIT licence) above
    COMMON_LOG_PROB, sorted: the content of common-words.txt."""
    words = {w.lower() for w, p in log_probs.items() if p > COMMON_LOG_PROB}
    return sorted(w for w in words if re.fullmatch(r"[a-z][a-z'-]*", w))


@dataclass(frozen=True, slots=True)
class PostingNames:
    """The names a posting uses for itself (employer, department, places) and where its body starts."""

    words: frozenset[str]  # lower case
    body_start: int
    headings: frozenset[int]

    def is_heading(self, index: int) -> bool:
        return index in self.headings


def read_names(
    lines: Sequence[Line], importances: Sequence[Importance | None], headings: Collection[int]
) -> PostingNames:
    """Employer, department and place words: from the header block, 'About X' headings, employer-shaped
    phrases ('Harborview Regional Health System') and 'City, ST' pairs anywhere in the posting."""
    body_start = _body_start(lines, headings)
    words: set[str] = set()
    for line in lines[1:body_start]:
        words.update(_header_named(line.text))
    for line in lines[1:_HEADER_LINES]:
        # 'Grand Rapids, MI (regional role covering Grand Rapids, Holland, Muskegon and Greenville)': a line
        # near the top that opens with a place names places
        if PLACE.match(line.text.strip()):
            words.update(w for w in _named(line.text) if not _is_english(w))
    for line in lines:
        text = line.text
        about = _ABOUT.match(text) if line.index in headings or len(text.split()) <= 5 else None
        if about:
            words.update(_capitalised(about.group(1)))
        for match in [*_EMPLOYER.finditer(text), *_OUR_SITES.finditer(text)]:
            words.update(_capitalised(match.group(1)))
        for match in PLACE.finditer(text):
            words.update(w.lower() for w in match.group(1).split())
            if match.group(2) in _PROVINCES:
                words.add(match.group(2).lower())
        if importances[line.index] is None and line.index not in headings:
            # 'We are an OSHA-recognized NRTL': an acronym alone in the blurb is what the employer is or
            # holds, which the duties may ask for too; the employer's own initials stand in its name
            # ('UCSF Health') or are defined for it
            alone = _acronyms_alone(text)
            words.update(w for w in _named(text) - alone if not _is_english(w))
    whole = " ".join(line.text for line in lines)
    # 'serving Westchester' / 'County and the northern Bronx': a county, parish or borough, perhaps wrapped
    for match in _COUNTY.finditer(whole):
        words.update(w.lower() for w in match.group(1).split())
    # 'Hollis-Grant University's Research Core Facilities (RCF)': the initials the institution goes by;
    # 'The Advanced Light Microscopy Core (ALMC) is a recharge facility', 'The Breath Alcohol Program (BAP)
    # of the Bureau supports ...': the employer's own unit introducing itself
    for match in _DEFINED_INITIALS.finditer(whole):
        name = match.group(1).strip()
        if _INSTITUTION_END.search(name) or (
            _UNIT_END.search(name) and _describes_itself(match.group(0).strip(), whole)
        ):
            words.add(match.group(2).lower())
    # 'The HSE is an equal opportunities employer': the employer, and the name its initials stand for
    # ('Health Service Executive (HSE) - HSE West and North West')
    for name in equal_opportunity_employers(whole):
        words.update(_capitalised(name))
    # 'Office of Animal Resources (OAR)', 'Department of Environmental Health and Safety (EHS)': the
    # employer's own office or department, by its initials
    for match in _UNIT_INITIALS.finditer(whole):
        words.add(match.group(1).lower())
    return PostingNames(frozenset(words), body_start, frozenset(headings))


def equal_opportunity_employers(text: str) -> set[str]:
    """The names the employer goes by in its equal-opportunity line ('The HSE is an equal opportunities
    employer'), with the name its initials stand for where the posting spells it ('Health Service Executive
    (HSE)')."""
    names = set()
    for match in _EQUAL_EMPLOYER.finditer(text):
        subject = match.group(1).strip()
        names.add(subject)
        if re.fullmatch(r"[A-Z]{2,8}", subject):
            pattern = rf"((?:[A-Z][\w'&-]*\s+(?:(?:of|and|for)\s+)?){{1,6}})\(\s*{subject}\s*\)"
            for spelt in re.finditer(pattern, text):
                words = spelt.group(1).split()
                for start in range(len(words)):  # 'Co. Clare / Health Service Executive (HSE)': its own words
                    if "".join(w[0] for w in words[start:] if w[0].isupper()) == subject:
                        names.add(" ".join(words[start:]))
                        break
    return names


def _acronyms_alone(text: str) -> set[str]:
    """The acronyms inside a sentence of a line with no capitalised word right beside them ('We are an
    OSHA-recognized NRTL, an IECEE CB Testing Laboratory' gives NRTL, not CB), lower case."""
    words = list(re.finditer(r"[\w'&-]+", text))
    alone = set()
    for i, word in enumerate(words):
        if not re.fullmatch(r"[A-Z]{2,6}s?", word.group(0)):
            continue
        if _SENTENCE_OPENING.fullmatch(text[: word.start()]):
            continue  # 'TCLHD is an equal opportunity employer', 'The FCCSR is staffed by': the subject
        near = [words[j] for j in (i - 1, i + 1) if 0 <= j < len(words)]
        # a word right beside it, or the name before its bracket ('Shared Resource (FCCSR)')
        beside = [
            w.group(0)
            for w in near
            if text[min(w.end(), word.end()) : max(w.start(), word.start())] in (" ", " (")
        ]
        if not any(re.fullmatch(r"[A-Z][A-Za-z'&]*", b) for b in beside):  # 'OSHA-recognized' is no name
            alone.add(word.group(0).lower())
    return alone


_SENTENCE_OPENING = re.compile(r"(?:.*[.!?:])?\s*(?:The\s+)?", re.DOTALL)


def _body_start(lines: Sequence[Line], headings: Collection[int]) -> int:
    for previous, line in zip(lines, lines[1:_HEADER_LINES], strict=False):
        if _BULLET.match(line.text):
            return line.index
        # 'Field Service Engineer II - Mass Spectrometry &' / 'Chromatography': the title wrapped, no heading
        if line.index in headings and not _TITLE_GOES_ON.search(previous.text):
            return line.index
    return min(1, len(lines))


_TITLE_GOES_ON = re.compile(r"(?:[&/,–-]|\b(?:and|of|for|in|or|the))\s*$", re.IGNORECASE)


_BEFORE_NUMBER = re.compile(r"\b([A-Z][A-Za-z]*)(?=(?:/[A-Z]+)*[\s-]?\d)")


# the words of a job title: 'GI Motility Technician II', 'Field Service Engineer'
TITLE_WORDS = re.compile(
    r"\b(technologist|technician|scientist|engineer|specialist|bmet|coordinator|manager|supervisor|"
    r"tech|lead|director|analyst|assistant|phlebotomist|histotech\w*|cytotech\w*|mls|mlt|cls|"
    r"\w*biologist|chemist|planner|officer|dosimetrist|inspector|consultant|administrator|physicist|"
    r"perfusionist|sonographer|therapist|educator|intern|co-op|preservationist|apprentice|auditor)\b",
    re.IGNORECASE,
)


def title_head(text: str) -> str | None:
    """The job title a line opens with, the part before a dash or bar ('Phlebotomy and Specimen Collection
    Supervisor - Patient Service Centers (East Valley)'), when that part is short and names a role."""
    text = text.strip()
    head = re.split(r"\s+[|–—]\s+|\s+-\s+", text)[0].strip()
    if 0 < len(head.split()) <= 10 and not text.endswith(".") and TITLE_WORDS.search(head):
        return head
    return None


def _header_named(text: str) -> set[str]:
    """The words of a header line that may name the employer: not those of the job title it opens with ('GI
    Motility Technician II - Digestive Disease Center': the GI of a 'GI lab' asked for is the trade's, not
    the employer's), but those of the unit after it."""
    head = title_head(text)
    return _named(text[text.find(head) + len(head) :] if head else text)


def _named(text: str) -> set[str]:
    """The capitalised words of a line that may name the employer, not the body or model letters before a
    number ('our ISO/IEC 17025-accredited lab': IEC 61672 is no employer's name)."""
    return _capitalised(text) - {m.group(1).lower() for m in _BEFORE_NUMBER.finditer(text)}


def _capitalised(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"\b[A-Z][\w'&-]*", text)}


def _is_english(word: str) -> bool:
    return word.lower() in english_words()


# a person's title before the name: 'Dr. ', 'Prof '
HONORIFIC = r"\b(?:Dr|Mr|Mrs|Ms|Mx|Prof)\.?\s+"
# a person named with a title, and the letters after the name: 'Dr. Miriam Roche, PhD, FACMG'
_TITLED_PERSON = re.compile(
    HONORIFIC + r"[A-Z][\w'’-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][\w'’-]+)?(?:\s*,\s*[A-Z][A-Za-z()]{1,12}(?![\w-]))*"
)


def titled_people(text: str) -> list[tuple[int, int]]:
    """Where the text names a person with a title ('Dr. Miriam Roche, PhD'): a name and its letters."""
    return [match.span() for match in _TITLED_PERSON.finditer(text)]


_ANY_SCHOOL = re.compile(
    r"(?:(?:an?|any|other|equivalent|similarly)\s+)*(?:recogni[sz]ed|accredited|approved|registered|"
    r"reputable)\s+(?:institutions?|universit(?:y|ies)|colleges?|schools?|training institutions?|"
    r"institutes?|programs?|programmes?)",
    re.IGNORECASE,
)


# a qualification's subject, first or a choice after it: 'degree in X or \0', 'Diploma in \0'
_A_SUBJECT = re.compile(
    r"\b(?:degree|diploma|certificate|bachelor'?s?|master'?s?|B\.?Sc|M\.?Sc|B\.?Tech|B\.?S\.?|M\.?S\.?)\s+"
    r"(?:in|of)\s+(?:[\w'&-]+\s+){0,6}?(?:(?:or|and|,)\s+)?\0",
    re.IGNORECASE,
)


def is_conduct_check(text: str, context: str) -> bool:
    """A check of the candidate's conduct or record, or a body it comes from: 'a Certificate of Conduct
    (VOG)', 'an enhanced DBS check', 'clearance from KRA, HELB, EACC, DCI and an approved CRB'."""
    if _CONDUCT_CHECK.fullmatch(text):
        return True
    marked = context.replace(text, "\0", 1)
    return bool(_CLEARANCES.search(marked) or _CHECK_INITIALS.search(marked))


def is_noise_text(text: str, context: str, names: PostingNames) -> bool:
    """True for a candidate term that is a name, place, requisition, pay grade, date or employment word."""
    stripped = text.strip(" .,;:'\"")
    words = re.findall(r"[A-Za-z0-9][\w&'-]*", stripped)
    if not words or is_requisition(stripped, context) or _PAY_GRADE.match(stripped):
        return True
    at = context.find(stripped)
    if at >= 0 and any(s <= at and at + len(stripped) <= e for s, e in titled_people(context)):
        return True
    if _requisition_like(stripped) or mentions_condition(stripped) or _amount_of_money(stripped, context):
        return True
    if is_job_particulars(context) or is_address_or_link(context):
        return True
    if _VISA.fullmatch(stripped) and _SPONSORSHIP.search(context):  # 'H-1B and EB-3 sponsorship'
        return True
    if is_conduct_check(stripped, context):
        return True
    if _PAPERWORK.fullmatch(stripped) or _REFERENCE_PART.search(context.replace(stripped, "\0", 1)):
        return True  # 'SF-50', 'VA Form 10-2850c', 'FY2027', 'VA Handbook 5005', the 'G24' of 'Appendix G24'
    if re.fullmatch(r"Non-(?:federal|citizens?|sensitive)\b.*", stripped, re.IGNORECASE):
        return True
    if _region(stripped, context):
        return True  # 'the people of Clare and north Tipperary': a region, in any country
    at = context.find(stripped)
    if any(m.start() <= at < m.end() for m in _HOSPITAL_UNIT.finditer(context)):
        return True  # 'Labor & Delivery': a unit the hospital has, not a skill
    # 'the Department of Cell and Developmental Biology': the employer's department, each of its words
    departments = _DEPARTMENT_NAME.finditer(context) if at >= 0 and stripped[:1].isupper() else ()
    if any(m.start() <= at and at + len(stripped) <= m.end() for m in departments):
        return True
    # 'Northfield State Public Health Laboratory (NSPHL)': the employer's name and the initials it goes by
    defined = re.fullmatch(r"(.+?)\s*\(\s*([A-Z]{2,8})\s*\)", stripped)
    # 'The Ocean State Laboratory of Public Health (OSLPH) is the state's reference laboratory'
    named = defined and (_INSTITUTION_END.search(defined[1]) or _UNIT_END.search(defined[1]))
    if named and _describes_itself(stripped, context):
        return True
    if re.search(r"\bpay$", stripped, re.IGNORECASE):
        return True  # 'standby pay', 'call-back pay': what the hours pay
    if _ANY_SCHOOL.fullmatch(stripped):
        return True  # 'or any other recognised institution': where a qualification is from, any school
    if re.search(r"[a-z]", stripped) and _A_SUBJECT.search(context.replace(stripped, "\0", 1)):
        return False  # 'a Bachelor's degree in Biomedical Engineering or Medical Engineering': a subject,
        # though the employer's unit shares its words ('Medical Engineering Unit')
    if defined and _INSTITUTION_END.search(defined[1]):
        words = re.findall(r"[A-Za-z0-9][\w&'-]*", defined[1])
    elif re.fullmatch(r"[A-Z]{2,8}", stripped) and _noise_word(stripped, names):
        return True  # 'RCF', the initials of 'Research Core Facilities (RCF)' anywhere in the posting
    elif re.fullmatch(r"[A-Z]{2,8}", stripped):  # 'NSPHL' where the posting defines it so
        named = re.search(rf"((?:[A-Z][\w&'-]*\s+){{1,8}})\(\s*{stripped}\s*\)", context)
        if named and _INSTITUTION_END.search(named[1].strip()):
            words = re.findall(r"[A-Za-z0-9][\w&'-]*", named[1])
    return all(_noise_word(w, names) for w in words)


def _describes_itself(name: str, context: str) -> bool:
    """An institution's name that a sentence goes on to describe ('... (OSLPH) is the state's reference
    laboratory'): the employer introducing itself."""
    at = context.find(name)
    return at >= 0 and bool(
        re.match(
            r"\s*,?\s*(?:is|are|was|serves|supports|provides|operates|runs|offers|of\s+the)\b",
            context[at + len(name) :],
        )
    )


# a postcode: British ('BB9 4QT'), Canadian ('K1A 0B1'), or an American state and ZIP code ('NY 10595')
_POSTCODE = re.compile(
    r"\b(?:[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}|[A-Z]\d[A-Z]\s?\d[A-Z]\d|[A-Z]{2}\s\d{5}(?:-\d{4})?)\b"
)
_ADDRESS_LENGTH = 160


def is_address_or_link(text: str) -> bool:
    """'Calderbrook Royal Infirmary, Moor Lane, Calderbrook, BB9 4QT' (a short line with a postcode) or
    'Job Description and Person Specification (PDF, 412.3KB)' (a link to a document): no requirement."""
    address = len(text) <= _ADDRESS_LENGTH and bool(_POSTCODE.search(text)) and "," in text
    return address or bool(_DOCUMENT_LINK.search(text))


# a link to a document, with its size
_DOCUMENT_LINK = re.compile(r"\(\s*(?:PDF|DOCX?|RTF|XLSX?)\s*,?\s*\d[\d.,]*\s?[KMG]B\s*\)", re.IGNORECASE)
# the paperwork of an application and the parts of the posting's own references: a form, a fiscal year, a
# handbook and its chapters, appendices and paragraphs
_PAPERWORK = re.compile(
    r"(?:(?:SF|OF|DD)[-\s]\d{2,4}[a-z]?|(?:[A-Z]{2,4}\s+)?Form\s+[\d-]+[a-z]?|FY\s?(?:20)?\d{2}|"
    r"(?:[A-Z]{2,4}\s+)?Handbook(?:\s+\d+)?|Appendix\s+[A-Z]?\d+|Chapter\s+\d+|paragraph\s+\d+[a-z]?|"
    r"Login\.gov|USAJOBS|Resume/CV|Transcripts?|Knowledge,?\s+Skills,?\s+(?:and|&)\s+Abilities(?:\s+\(KSAs?\))?)",
    re.IGNORECASE,
)
# a check of the candidate's conduct or record, asked before the start, never a skill for a resume
_CONDUCT_CHECK = re.compile(
    r"(?:an?\s+)?(?:(?:certificate|declaration)\s+of\s+(?:good\s+)?conduct|police\s+(?:clearance|check|"
    r"certificate)s?|(?:criminal\s+)?(?:record|background)\s+checks?|criminal\s+record\s+check|"
    r"garda\s+vetting|(?:enhanced\s+)?DBS\s+check|disclosure\s+and\s+barring\s+service|"
    r"vulnerable\s+sector\s+check)(?:\s*\([A-Z]{2,6}\))?",
    re.IGNORECASE,
)
# the bodies a clearance comes from: 'clearance from KRA, HELB, EACC, DCI and an approved CRB'
_CLEARANCES = re.compile(r"\bclearances?\s+(?:certificates?\s+)?from\s+[^.;:()]*\0")
_CHECK_INITIALS = re.compile(
    rf"(?:{_CONDUCT_CHECK.pattern})\s*\(\s*\0\s*\)|\benhanced\s+\0\s+check|\0\s+(?:check|vetting)\b",
    re.IGNORECASE,
)
_REFERENCE_PART = re.compile(r"\b(?:Appendix|Chapter|paragraph|Handbook)\s+\0", re.IGNORECASE)
# a visa the employer sponsors ('H-1B and EB-3 (permanent residency) sponsorship')
_VISA = re.compile(r"(?:H-?1B|H-?2B|EB-?[1-5]|J-?1|TN|O-?1|E-?3|L-?1)(?:\s+visas?)?")
_SPONSORSHIP = re.compile(
    r"\b(?:sponsor\w*|visas?|immigra\w+|green card|permanent residen\w+)", re.IGNORECASE
)
# the units a hospital names in its own description ('a busy Emergency Department, Labor & Delivery')
_HOSPITAL_UNIT = re.compile(
    r"\b(?:Labou?r\s+(?:&|and)\s+Delivery|Mother[- ]Baby|Med[- ]Surg(?:ical)?|Emergency\s+Department|"
    r"Women's\s+(?:&|and)\s+Children's)\b"
)


# the employer's own unit, named by the posting that introduces it: 'Advanced Light Microscopy Core'
_UNIT_END = re.compile(r"\b(?:Core|Program|Programme|Unit|Section|Facility|Services?)$")
# the last words of an institution's own name: a laboratory, hospital, health service, university
_INSTITUTION_END = re.compile(
    r"\b(?:Laborator(?:y|ies)|Hospitals?|Health(?:care)?|Medical\s+Cent(?:er|re)|Clinics?|University|Institute|"
    r"Core\s+Facilit(?:y|ies)|Research\s+Cores?|(?:Medicine|Laboratory|Engineering)\s+Service)$"
)


def is_header_bar_line(line: Line) -> bool:
    """'Northfield State Department of Health | Public Health Laboratory, Division of ... |', 'Eastport, NF |
    Full time | Recruitment #PHL-26-0418': a line near the top split by bars into its employer, department,
    place and terms, no requirement."""
    return line.index < _HEADER_LINES and len(re.findall(r"\s\|(?:\s|$)", line.text)) >= 2


def is_job_particulars(text: str) -> bool:
    """'Employment Type: Permanent Full-Time', 'Grade: RT-56', 'Posting End Date: 20-OCT-2026', 'Hours per
    Shift: 7.75', 'Permanent Change of Station (PCS): Not authorized': a line giving one of the job's
    particulars by its label; its value is no requirement. So is a line with an e-mail address or a phone
    number ('Contact Bonita Sheeran, the EDRP Coordinator, at ...@example.com'): whom to ask."""
    return bool(_JOB_FIELD.match(text) or _YES_NO_FIELD.match(text) or _CONTACT.search(text))


_YES_NO_FIELD = re.compile(
    r"^\W*[^:]{2,60}:\s*(?:not\s+(?:authorized|available|required|applicable)|yes|no|none|n/a)\s*[.;]?\s*$",
    re.IGNORECASE,
)
_CONTACT = re.compile(EMAIL_ADDRESS + r"|\(?\b\d{3}\)?[-.\s]\d{3}-\d{4}\b")


# a label then a colon (or a table's cell rule, 'Location | Eastern Region'): a word of the job's terms,
# perhaps after a word or two ('Primary Location:', 'Hours per Shift:'); a type, status or number of the
# employment itself ('Employment Type:', 'Job ID:', bare 'Status:'), not of a thing asked for
# ('Certification status:', 'Vaccination category:' are asked)
_JOB_FIELD = re.compile(
    r"^\W*(?:(?:[A-Za-z]+\s+){0,2}(?:grade|band|classification|award|department|division|location|site|salary"
    r"|pay|compensation|fte|posted|union|schedule|shifts?|hours|duration|openings|vacancies|requisition|req"
    r"|competition|family|cycle|off|dates?|closes?|available|start|week|range|rate|reports\s+to|term)"
    r"|(?:employment|job|time|work|position|contract|appointment|pay|flsa|exempt|employee|requisition|req"
    r"|competition|posting|cost)\s+(?:[A-Za-z]+\s+)?(?:type|status|category|code|number|no\.?|id|unit|reference|ref\.?"
    r"|cent(?:er|re)|#)|status|type|flsa)\s*#?\s*(?::|\|\s)",  # a colon, or the cell rule of a table's row
    re.IGNORECASE,
)


def _amount_of_money(text: str, context: str) -> bool:
    """'5.8M' in 'a $5.8M operating budget'."""
    if not any(sign in context for sign in "$€£"):
        return False
    return bool(re.search(r"[$€£]\s?" + re.escape(text) + r"(?!\w)", context))


def _requisition_like(text: str) -> bool:
    """'2025-BT-118', 'BME-24117', 'TIS-FSE-0926', 'REQ55012', '26-0874-LAB': letters and at least three
    digits, no spaces; not a model or a UN number ('ESA620', 'UN2814')."""
    if " " in text or not re.search(r"\d{3}", text):
        return False
    # 'PPHS-26-1187', 'WNW-LAB-26-118': letters, a year, a number
    if re.fullmatch(r"(?:[A-Z]{2,6}-){1,3}\d{2}-\d{3,6}", text):
        return True
    if re.fullmatch(r"[A-Z0-9]+(?:-[A-Z0-9]+)+", text) and re.search(r"(?:^|-)\d{5,}(?:-|$)", text):
        return True  # 'CBTE-12817044-26-JRW': an announcement number, one of its parts five digits or more
    coded = re.fullmatch(r"(?:\d{2,4}-)?(?:[A-Z]{1,6}-){0,2}[A-Z]{1,6}-?\d{3,}(?:-\d+)?", text)
    # a model or a UN number ('ESA620', 'UN2814') is letters and three or four digits, no hyphen
    model = re.fullmatch(r"[A-Z]{1,4}\d{3,4}", text) and not re.match(r"(?:REQ|JOB|JR|POS|ID)", text)
    return bool(
        (coded and not model)
        or re.fullmatch(r"\d{2,4}-\d{3,6}(?:-[A-Z0-9]{1,6}){1,2}", text)  # '26-0874-LAB'
    )


def _noise_word(word: str, names: PostingNames) -> bool:
    low = word.lower()
    if word in _ORDINARY or word.rstrip("s") in _ORDINARY or word in _STATES:
        return True
    if low in names.words or low in _STATE_NAMES or low in _CALENDAR or low in _COMPASS or low in _SCHEDULE:
        return True
    return word.isdigit() or bool(re.fullmatch(r"\d+(?:st|nd|rd|th|%|k)?", low))


_COMPASS_WORDS = "|".join(sorted(_COMPASS))
_REGION = re.compile(rf"(?:{_COMPASS_WORDS})\s+[A-Z][a-z]+(?: [A-Z][a-z]+)?")


def _region(text: str, context: str) -> bool:
    """A name no dictionary has, written after a compass word in small letters ('north Tipperary', 'southern
    Ohio'); not 'central Sterile Processing'."""
    region = _REGION.fullmatch(text)
    name = text.split(maxsplit=1)[1] if region else text
    if not re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?", name) or any(_is_english(w) for w in name.split()):
        return False
    return bool(region or re.search(rf"(?<![\w-])(?:{_COMPASS_WORDS})\s+{re.escape(text)}\b", context))


def is_department_mention(mention: Mention, line: Line) -> bool:
    """'Clinical Engineering Department', 'Department of Pathology', or a whole field of a header line
    such as 'Cedar Hollow Health | Healthcare Technology Management | Salem, OR': the employer's unit."""
    return bool(
        _DEPARTMENT_AFTER.match(line.text[mention.end :])
        or _NAMED_DEPARTMENT.search(mention.form)  # the form says it itself
        or _DEPARTMENT_BEFORE.search(line.text[: mention.start])
        or _header_field(mention, line.text)
        or _it_people(mention, line.text)
    )


def is_titled_office(mention: Mention, line: Line) -> bool:
    """'... reporting through Risk Management', 'Review MDS2 forms with IT Security': a work's name, each word
    capitalised in the middle of a sentence after the word that says whom the work goes through, names an
    office of the employer (not after what a person has: 'Experience with Quality Control')."""
    words = mention.form.split()
    titled = len(words) >= 2 and all(w[:1].isupper() for w in words) and not mention.form.isupper()
    before = line.text[: mention.start]
    through = re.search(r"(\w+)[,]?\s+(?:through|with|to|via)\s+(?:the\s+|our\s+)?$", before)
    return bool(titled and through and through[1][:1].islower() and not _HAVING.fullmatch(through[1]))


# what a person has or does with a thing: 'experience with', 'familiar with', 'trained to'
_HAVING = re.compile(
    r"experience[ds]?|familiar(?:ity)?|knowledge(?:able)?|skill(?:ed|s)?|proficien(?:t|cy)|competen(?:t|ce|cy)|"
    r"work(?:s|ed|ing)?|train(?:ed|ing)|comfortable|expertise|background|exposure|able|ability",
    re.IGNORECASE,
)


def _it_people(mention: Mention, text: str) -> bool:
    """'Partner with IT on ...', 'with customer IT', 'the imaging IT team': the people of the IT department,
    whom the job works with, not a skill ('IT support' and 'IT systems' are forms of their own)."""
    if text[mention.start : mention.end] != "IT":
        return False
    after = text[mention.end :]
    return bool(_PEOPLE_AFTER.match(after)) or bool(
        _PARTY_BEFORE.search(text[: mention.start]) and _CLAUSE_END.match(after)
    )


_PEOPLE_AFTER = re.compile(
    r"^\s*(?:teams?|staff|department|dept|groups?|partners?|colleagues|personnel|leadership)\b", re.I
)
_PARTY_BEFORE = re.compile(
    r"\b(?:with|customer|client|hospital|facility|site|local|corporate|our|your|the)\s*$", re.I
)
_CLAUSE_END = re.compile(r"^\s*(?:$|[,.;:)]|(?:and|or|on|to|for|in|about)\b)", re.I)


def _header_field(mention: Mention, text: str) -> bool:
    if text.count(" | ") < 2:
        return False
    before, after = text[: mention.start], text[mention.end :]
    return bool(re.search(r"(?:^|\|)\s*$", before) and re.match(r"\s*(?:\||$)", after)) and bool(
        _PLACE_FIELD.search(text)
    )


# A header line names a place or a requisition in one of its fields ('Salem, OR', 'Req. 26-04418').
_PLACE_FIELD = re.compile(
    r"\|\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)*,\s*[A-Z]{2}\b|\breq(?:uisition)?\b", re.IGNORECASE
)


def is_employer_name_mention(mention: Mention, line: Line) -> bool:
    """'Reference Laboratory' in 'Prairie Ridge Pathology Reference Laboratory | Omaha, NE': a term inside
    the employer's own name (a capitalised name that goes on before the term and ends with it or after it)."""
    for match in _EMPLOYER.finditer(line.text):
        start, end = match.span(1)
        if not (start < mention.start and mention.end <= end):
            continue
        if re.match(r"\s+[A-Z]", line.text[end:]):  # 'Clinical Laboratory Scientist' goes on: a title
            continue
        before = line.text[start : mention.start]
        if re.fullmatch(r"(?:[A-Z][\w'&.-]*\s+)+", before) and not _TITLE_CASE_GLUE.search(before):
            return True
    return False


# 'Pinnacle Ridge Health', 'Halcyon Cancer Care', 'Lucas County EMS', 'Beckman Transplant Institute':
# capitalised words going on from a name to a word of a care organisation make the name the organisation's (a
# maker's name before 'Health' or 'Healthcare' is the maker's own: 'Baxter Healthcare')
_CARE_PLACE = (
    r"Hospitals?|Medical\s+Cent(?:er|re)|Clinics?|University|Institute|Cancer\s+(?:Cent(?:er|re)|Care)|"
    r"Surgery\s+Cent(?:er|re)|Surgical\s+Cent(?:er|re)|EMS|Health\s+System|Regional\s+Health"
)
_CARE_ORGANISATION = re.compile(
    rf"^(?:\s+[A-Z][\w'&.-]*){{0,3}}?\s+(?:{_CARE_PLACE}|Health(?:care)?|(?:Urgent|Home|Senior)\s+Care)\b"
)
_MAKERS_CARE_ORGANISATION = re.compile(rf"^(?:\s+[A-Z][\w'&.-]*){{0,3}}?\s+(?:{_CARE_PLACE})\b")


def opens_a_care_organisation(text: str, start: int, end: int, maker: bool = False) -> bool:
    """Whether the name at text[start:end] opens the name of a hospital, clinic, institute or EMS agency
    ('Pinnacle' of 'Pinnacle Ridge Health'). A name after other capitalised words is left to
    is_employer_name_mention."""
    if re.search(r"[A-Z][\w'&.-]*\s+$", text[:start]):
        return False
    pattern = _MAKERS_CARE_ORGANISATION if maker else _CARE_ORGANISATION
    return bool(pattern.match(text[end:]))


# Words that join a sentence written in Title Case, never an employer's name: 'Experience With Infusion
# Pumps In Critical Care' is a requirement, not a company ending in 'Care'.
_TITLE_CASE_GLUE = re.compile(r"\b(?:With|In|On|At|For|To|From|Using|Including|Experience|Knowledge)\b")
