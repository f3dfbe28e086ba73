"""Open-vocabulary posting reading: every requirement becomes a term, known to the vocabulary or not.

The vocabulary finds the terms it knows; this module reads the rest from the posting's own structure:
standard numbers ("ANSI/AAMI/ISO 23500", "21 CFR 606"), acronyms and the long forms a document defines for
them, capitalised product and model names ("NxStage", "Fresenius 2008K2"), the other items of a list whose
items are known concepts ("ventilators, anesthesia units and infusion pumps"), and the objects of
"experience with X" / "knowledge of X". Employer, department and place names, requisition numbers, pay
grades and boilerplate never become terms. A requirement bullet that yields no term at all is kept, with
its text, as not understood.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache

from resumefit.models import (
    Category,
    Document,
    Importance,
    Line,
    Mention,
    NotUnderstood,
    Requirement,
    Track,
)
from resumefit.postingnoise import (
    PLACE,
    STATE_NAMES,
    PostingNames,
    common_words,
    english_words,
    is_address_or_link,
    is_header_bar_line,
    is_job_particulars,
    is_noise_text,
    read_names,
    word_classes,
)
from resumefit.variants import NAME_MARK, form_keys, is_form_key, wording_key
from resumefit.vocab import FORM_KEYS, Vocabulary

OPEN_PREFIX = "open:"
_RANK = {Importance.REQUIRED: 3, Importance.PREFERRED: 2, Importance.MENTIONED: 1}
_BULLET = re.compile(r"^\s*(?:[-*•▪◦‣●○■□➢►–—]|\d+[.)])\s+")

_BODIES = r"ANSI|AAMI|ISO|IEC|CLSI|NFPA|ASTM|ASHRAE|UL|IEEE|NEMA|ASME|USP|NCCLS|NCSL|IPC|ICH|ISA|SAE"
# 'IR(ME)R': the Ionising Radiation (Medical Exposure) Regulations' initials, a bracket inside them
INNER_BRACKET = r"\([A-Z]{1,3}\)[A-Z]{1,3}"
NESTED_INITIALS = rf"[A-Z]{{1,4}}{INNER_BRACKET}"
NESTED_ACRONYM = re.compile(rf"(?<![\w(]){NESTED_INITIALS}(?![\w(])")
_STANDARD = re.compile(
    rf"(?<![\w/])(?:(?:{_BODIES})(?:/(?:{_BODIES}))*\s?(?:[A-Z]{{1,4}}(?:-STD)?)?\s?-?"
    r"\d{1,5}(?:[-.:]\d+)*(?:-A\d+)?(?:\s?<\d+>)?)"
    # a CFR title and its parts, or the title alone ('DOT 49 CFR: UN3373 ...')
    r"|\b\d{1,2}\s?CFR(?:\s?(?:[Pp]arts?\s?)?\d{1,4}(?:\.\d+)*(?:(?:,\s?|,?\s(?:and|&)\s)\d{1,4}(?:\.\d+)*)*|\b)"
    r"|\bUSP\s?<\d{1,4}>"  # a USP general chapter: 'USP <41>'
    # a test method by its number: 'EPA 200.8', 'EPA Method 8270D', 'SW-846 6020B', 'AOAC 2007.01'
    r"|(?<![\w/])(?:EPA|AOAC|SW-846)\s(?:(?:Official\s)?Method\s)?\d{3,4}(?:\.\d{1,2})?[A-Z]?(?![\w.-])"
    # a state's administrative code by its chapter: 'FAC Chapter 290-5-22', 'WAC 246-225', 'Chapter 64E-5'
    r"|(?<![\w/])(?:[A-Z]{2,6}\s)?(?:Chapter|Rule)\s\d{1,4}[A-Z]?(?:-\d{1,4}[A-Z]?)+(?![\w-])"
    r"|(?<![\w/])(?:WAC|OAR|IAC|NAC|CCR|AAC|FAC|TAC|NYCRR|NJAC)\s\d{1,4}(?:-\d{1,4}[A-Z]?)+(?![\w-])"
)
# A body's document by its title: 'the FBI Quality Assurance Standards', 'the AABB Standards for Relationship
# Testing Laboratories', 'CRCPD Suggested State Regulations for Control of Radiation' (capitalised words, a
# document's word among them, small joining words between them), or by its number: 'IPEM Report 81'
TITLED_DOCUMENT = (
    r"(?:[A-Z][A-Z0-9&]{1,5}\s+)?(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+(?:(?:of|for|and|on|in)\s+)?){0,5}"
    r"(?:Standards|Regulations|Guidelines?|Guidance|Recommendations|Conditions|Requirements|Rules|Criteria|"
    # ... or a course of training: 'Supervisory Skills Development Course'
    r"Code of Practice|Act|(?:Report|Publication|Bulletin)\s(?:No\.\s?)?\d{1,4}(?![\w-]|\.\d)|"
    r"(?:(?<=Development )|(?<=Leadership )|(?<=Management )|(?<=Induction )|(?<=Orientation ))Course)"
    r"(?:\s+(?:for|of|on)\s+(?:the\s+)?[A-Z][a-z]+(?:\s+(?:(?:of|and|for|in|on)\s+)?[A-Z][a-z]+){0,4})?"
    r"(?:\s+\([A-Z]{2,8}\))?"
)
_TITLED_DOCUMENT = re.compile(rf"(?<![\w-]){TITLED_DOCUMENT}")
_PARTS = re.compile(
    r"\bParts?\s+[A-Z]{1,2}(?:(?:,\s*|,?\s+(?:and|or)\s+)[A-Z]{1,2})*\b(?![-\w])"
    # 'BS ISO 23500 parts 1-5', 'IEC 62353 Part 2': a numbered standard's parts
    r"|(?<=\d\s)[Pp]arts?\s+\d{1,2}(?:\s*(?:[-–]|to|and|,)\s*\d{1,2})*\b(?![-\w])"
)
_DOCUMENT_ONLY = re.compile(r"\s+[A-Z][a-z]+(?:\s+\([A-Z]{2,8}\))?")
_SUBPART = re.compile(r"\bCFR\s?(?:[Pp]arts?\s?)?\d{1,4}(?:\.\d+)*,?\s+([Ss]ubparts?\s+[A-Z]{1,2})\b")
# A law or regulation by its title and year: 'Electricity at Work Regulations 1989', 'Medical Devices
# Regulations 2002', 'Care Act 2014', 'Bio-Medical Waste Management Rules, 2016' (capitalised words, small
# joining words between them; not 'to' or 'the', which join a sentence's verb to it: 'Work to the Electricity
# at Work Regulations 1989'); a European act with its number ('EU Directive 2002/98/EC', 'Regulation (EU)
# 2017/746'); an Irish or British statutory instrument ('S.I. No. 360 of 2005')
LEGISLATION = re.compile(
    r"(?<![\w-])(?:(?:[A-Z][a-z][\w'-]*|EU|EC|EEC|UK|\((?:[A-Z][a-z]+\s?){1,3}\))\s+(?:(?:at|of|and|for|in|on)\s+)*){1,6}"
    r"(?:Regulations?|Act|Directive|Order|Rules),?\s+(?:\((?:EU|EC|EEC)\)\s+)?(?:No\.?\s+)?(?:19|20)\d\d"
    r"(?:/\d{1,4}(?:/(?:EC|EU|EEC))?(?![\w/])|\b)"
    # its initials in brackets after it: '(IRR17)', '(IR(ME)R)'
    rf"(?:\s+\((?:{NESTED_INITIALS}|[A-Z][A-Za-z0-9]{{1,8}})\))?"
    r"|(?<![\w.])S\.\s?I\.\s+No\.\s+\d{1,4}\s+of\s+(?:19|20)\d\d\b"
    r"|(?<![\w-])Regulation\s+\((?:EU|EC|EEC)\)\s+(?:No\.?\s+)?\d{1,4}/\d{1,4}\b"
)
# A compound labelled with its isotope in brackets: '[18F]FDG', '[18F]sodium fluoride', '[13N]ammonia'.
LABELLED_COMPOUND = r"\[\d{1,3}[A-Z][a-z]?\]"
_LABELLED = re.compile(LABELLED_COMPOUND + r"[A-Za-z][\w-]*(?: (?!and\b|or\b)[a-z]{4,})?(?![\w-])")
# A crystal and its doping element, one name: 'Nd:YAG', 'Ho:YAG', 'Er:YAG', 'Ti:Sapphire'
_DOPED = re.compile(r"(?<![\w:])[A-Z][a-z]?:(?:[A-Z][A-Za-z]{1,5}(?![\w:])|[A-Z][a-z]{3,9}\b)")
_STATES = "|".join(STATE_NAMES)
# A state's licence or registration named with its profession: one term, whatever known words it holds.
_STATE_LICENCE = re.compile(
    rf"\b(?:{_STATES})(?:\s+(?:state|State))?\s+(?:[A-Za-z()-]+\s+){{0,4}}?"
    r"(?:license|licence|licensure|registration|certificate)\b"
)
# Boards written in brackets onto their credentials: 'MLT(ASCP)', 'SI(ASCP)', 'RT(ARRT)'.
_BOARDS = "ASCPi?|AMT|AAB|NCA|ARRT|ABB|NRCM|NCCT|AMCA|ABMRS|ASQ|AAMI|ABHI|NHA|ASPT|NPA|ACA"
# an acronym before what a body does ('IACUC-approved procedures', 'CAP-accredited'): the body is named
_BODY_DOES = r"-(?:approved|accredited|certified|registered|compliant|licensed|recognized|regulated)\b"
_ACRONYM = re.compile(
    r"(?<![\w/-])([A-Z][A-Z0-9&]*[A-Z][A-Z0-9&]*(?:[-/][A-Z0-9][A-Za-z0-9]*|(?<=\d)\.\d+)*"
    rf"(?:\((?:{_BOARDS})\)|{INNER_BRACKET}\b)?\+?)(?:s\b)?(?!\w|-(?!{_BODY_DOES[1:]}))"
)
# a body whose initials mix cases, before what it does: 'CoARC-accredited', 'CoAEMSP-accredited'
_MIXED_BODY = re.compile(rf"(?<![\w/-])(?=[A-Za-z]*[a-z])([A-Z][a-z]?[A-Z][A-Za-z]{{1,6}})(?={_BODY_DOES})")
_BODY_FIRST = re.compile(rf"([A-Z][\w&]*){_BODY_DOES}\s+(?=\S+\s+\S)")
PAREN_ACRONYM = re.compile(r"\(\s*([A-Z][A-Za-z0-9&/-]{1,9})\s*\)")
_WORD = re.compile(r"[A-Za-z0-9][\w+&./-]*[\w+]|[A-Za-z0-9]")
# the short words whose dot ends no clause: 'C22.2 No. 60601-1', a saint's or a mount's ('St. Louis')
_SHORT_TITLES = ("No", "St", "Mt", "Ft")
# A frame's object runs to the clause's end, through the dot of a number ('CAN/CSA-C22.2 No. 60601-1'), of a
# short title and of initials ('U.S.').
_OBJECT = (
    r"(?P<object>(?:[^.;:()]|\.(?=\d)|"
    + "".join(rf"(?<=\b{title})\.|" for title in _SHORT_TITLES)
    + r"(?<=\b[A-Z])\.(?=[A-Z]\.)|(?<=\b[A-Z]\.[A-Z])\.)+)"
)
_FRAME = re.compile(
    r"\b(?:experience|experienced|proficien\w*|familiar\w*|knowledge|knowledgeable|expertise|competen\w*|"
    r"skill(?:ed|s)?|trained|training|background|understanding|fluency|hands-on|work(?:ing)?)\s+"
    r"(?:[a-z]+ly\s+)?"  # 'working safely around Class 4 lasers'
    r"(?:with|in|of|on|using|operating|servicing|maintaining|performing|supporting|repairing|troubleshooting|"
    r"installing|calibrating|around|near|alongside)\s+" + _OBJECT,
    re.IGNORECASE,
)
# 'Completion of a nuclear pharmacy technician training program', 'Graduate of an accredited MLT program': the
# schooling a posting asks for
_COMPLETION = re.compile(
    r"\b(?:completion|graduation|graduate)\s+(?:of|from)\s+" + _OBJECT,
    re.IGNORECASE,
)
# A duty whose verb says only that the thing is done: what it names is the thing ('perform environmental
# monitoring', 'Perform total nucleated cell counts on the hematology analyzer', 'Write reports and perform
# technical review').
_LIGHT_DUTY = re.compile(
    r"(?:^[\W\d]*|[;]\s*|,\s*(?:and\s+)?|\band\s+)"
    r"(?:perform|performs|conduct|conducts|carry out|carries out)\s+"
    r"(?!and\b|or\b)" + _OBJECT,
    re.IGNORECASE,
)
# 'years supporting pharmacy automation equipment': the time asked for and the thing it is spent on
_YEARS_DOING = re.compile(
    r"\b(?:years?|yrs?\.?)\s+(?:of\s+)?(?:experience\s+)?(?:supporting|servicing|maintaining|repairing|"
    r"troubleshooting|installing|calibrating|operating|running|performing)\s+" + _OBJECT,
    re.IGNORECASE,
)
# A bullet opened by the verbs of equipment work names what the work is done on ('Repair low-speed
# handpieces', 'Install and calibrate gas blenders').
_EQUIPMENT_DUTY = re.compile(
    r"^[\W\d]*(?:(?:troubleshoot|repair|maintain|service|calibrate|install|inspect|rebuild|operate)"
    r"(?:\s*,\s*|\s+and\s+|\s*/\s*)?)+\s+(?!and\b|or\b|the\s+department)" + _OBJECT,
    re.IGNORECASE,
)
# 'Superconducting magnet experience', 'Cyclotron service experience': what the experience is of, named
# before it at the start of the bullet
_FRAME_BEFORE = re.compile(
    r"^(?:\W*\s)?(?P<object>[A-Za-z][^.;:()\d]*?)\s+(?:(?:field\s+)?(?:service|repair|maintenance|support)\s+)?"
    r"(?:experience|expertise|knowledge|background)\b",
    re.IGNORECASE,
)
_FRAME_WORDS = frozenset({"experience", "expertise", "knowledge", "background"})
_BEFORE_GENERIC = frozenset(
    "field work job industry customer clinical hospital laboratory lab management leadership supervisory "
    "technical professional related relevant previous prior direct practical recent equivalent hands-on "
    "post-qualification post-registration postgraduate".split()
)
_FRAME_END = re.compile(
    r"\s+(?:is|are|preferred|required|a plus|desired|strongly|highly|helpful|to|for|at|in a|within|"
    r"under|across|per|according|as|from|that|which|who|when|while|through|by)\b.*$|,\s*(?:including|such as|"
    r"e\.g\.|preferably|ideally).*$",
    re.IGNORECASE,
)
_LIST_SPLIT = re.compile(r"\s*(?:,\s*(?:and|or|and/or)\s+|,\s*|\s+and/or\s+|\s+and\s+|\s+or\s+|\s*&\s*)\s*")
_OR_JOIN = re.compile(r"\s+(?:or|and/or)\s+|,\s*or\s+", re.IGNORECASE)
# a clause ends at a stop, but not at the dot of 'Z316.7' or 'C22.2 No. 60601-1'
# no break after 'No.', nor after the short title of a saint or a mount ('St. Louis encephalitis virus'), nor
# inside initials ('an official U.S. military course')
_CLAUSE = re.compile(
    r"[;()\[\]]|"
    + "".join(rf"(?<!\b{title})" for title in _SHORT_TITLES)
    + r"(?<!\b[A-Z])[.:](?!\d)|\s[-–—]\s"
)
_LEAD = re.compile(
    r"^(?:[-*•▪◦‣●○■□➢►–—]\s+)?(?:(?:the|a|an|all|any|other|various|multiple|common|current|modern|new|our|their|its|"
    r"similar|equivalent|comparable|relevant|related|applicable|appropriate|"
    r"including|such as|e\.g\.|for example|for instance|like|and|or|with|of|on|in|for|to|using|both|either|"
    r"prior|previous|recent|plus|substantial|significant|extensive|considerable|"
    r"additional|annual|yearly|semi-?annual|biannual|biennial|quarterly|monthly|weekly|daily|routine|regular|"
    r"ongoing|timely|accurate|valid|periodic)\s+)*",
    re.IGNORECASE,
)
_TAIL = re.compile(
    r"\s+(?:in|on|at|for|to|across|within|per|from|according|under|during|as|that|which|where|when|with|"
    r"sufficient|adequate|enough|following|"  # 'triple packaging following IATA': by the rules of
    r"using|by|via|including)\b.*$",
    re.IGNORECASE,
)
_GENERIC = frozenset(
    """
    ability abilities all another any areas aspects attention basic both computer computers communication
    customer customers daily detail details duties environment environments equivalent equipment etc
    experience fast-paced field following general good high hospital hospitals including independently
    knowledge level minimal multiple needed new other others patient patients people practices priorities
    procedures program programs related relevant required service services setting settings similar skill
    skills staff strong supervision support systems system team teams teamwork tasks time tools type types
    various variety work working year years written verbal oral interpersonal organizational excellent
    demonstrated proven ability willingness able must plus preferred desired sound solid working familiarity
    accuracy safety quality clinical medical technical appropriate applicable department departments
    leadership management operations documentation requirement requirements standards instruments devices
    device issues problems problem solving troubleshooting basic advanced general-purpose hand tools line
    lines part parts instrument material materials combination
    diploma degree certification certifications license licensure state federal local regulations
    regulatory policies policy guidelines related science sciences manufacturer manufacturers report reports
    laboratory laboratories lab labs result results operation operations recommendation recommendations
    literature record records packet packets supervisory lead repair repairs
    eligibility eligible equivalency completion hire hiring candidate candidates
    interest interests comfort request requests training meeting meetings building buildings accordance
    machine machines amendment amendments
    """.split()
)
_MAX_WORDS = 5
_PAY_BAND = re.compile(r"\s+\(?Band\s?[2-9][a-d]?\)?$")  # an NHS Agenda for Change band
_WRAP_WIDTH = 70  # a bullet line this long without closing punctuation was wrapped, not ended
# Headings postings write in sentence case ("Required qualifications", "Nice to have", "What you'll bring").
_SENTENCE_HEADING = re.compile(
    r"^(?:about (?:the|this) (?:role|job|position|team|opportunity)|about us|who we are|"
    r"what you(?:'ll| will) (?:do|bring|need|get|be doing)|what we(?:'re| are) looking for|who you are|"
    r"(?:the|your) (?:role|job|position)|in this (?:role|job|position)|"
    r"what we (?:offer|provide)|why join us|shift|hours|shift and schedule|work schedule|"
    r"(?:key |main |primary |essential )?(?:responsibilities|duties|functions)"
    r"(?: (?:and|&) (?:responsibilities|duties))?(?: of the (?:job|post|role))?|"
    # a British or Irish job description's: 'Job summary', 'Main purpose of the job', 'Person specification'
    r"(?:job|role|position) (?:summary|purpose|overview)|main purpose of the (?:job|post|role)|"
    r"person specification|(?:essential|desirable)(?: criteria)?|"
    # 'Required qualifications and experience', 'Preferred skills & knowledge'
    r"(?:required|minimum|basic|preferred|desired|additional|essential)(?: (?:qualifications|skills|"
    r"experience|requirements|education|knowledge)(?:,? (?:and|&) (?:experience|skills|qualifications|"
    r"education|training|knowledge|abilities))?)?|qualifications|requirements|must[- ]haves?|must have|"
    r"nice[- ]to[- ]haves?|"
    r"bonus(?: points)?|pluses|working conditions|physical demands|work environment|schedule|"
    r"(?:pay|compensation)(?: and benefits)?|benefits|perks|education(?: and experience)?|"
    r"licenses?(?: and certifications?)?|certifications?(?: and licens(?:es|ure))?|skills|"
    # an Irish or British job specification's: 'Eligibility Criteria - Qualifications and/or Experience'
    r"(?:eligibility(?: criteria)?\s*[-–:]?\s*)?qualifications and(?:/or)? experience"
    r"|eligibility(?: criteria)?|"
    # a European posting's: 'Your tasks', 'Your profile', 'What we expect', 'What you bring'
    r"your (?:tasks|profile|qualifications|skills|experience)|(?:candidate|applicant) profile|"
    r"what (?:we expect|you bring|awaits you|we ask)(?: (?:from|of) you)?|we expect|"
    r"qualification (?:and|&) experience|"
    r"knowledge,? skills,? (?:and|&) abilities|terms of (?:appointment|employment)|terms and conditions)"
    r"\s*:?$",
    re.IGNORECASE,
)
# Words of job titles and ranks: 'Senior BMET', 'Level II' are no product names.
_TITLE_WORDS = frozenset("senior junior level lead chief principal associate assistant head staff".split())
_PERSON_END = re.compile(
    r"\b(?:specialist|technologist|technician|engineer|manager|director|supervisor|coordinator|"
    r"professional|officer|physicist|pathologist|analyst|administrator|lead|graduate|therapist|clinician"
    # 'testing personnel', 'clinical staff', 'sponsors and regulators': the people the work is for or by
    r"|nurse|physician|surgeon|student|sponsor|vendor|auditor|inspector|investigator)s?$|\b(?:personnel|staff)$"
    r"|\b(?:installation|project|program|product|implementation)\s+PMs?$",  # 'Installation PM': a person
    re.IGNORECASE,
)
# What the body does at work: 'able to ... work in tight mechanical spaces', 'wear scrubs', 'stand for long
# periods', 'work around animal allergens'. What follows is the job's physical terms, no thing to have done.
_BODILY = (
    r"(?:work(?:ing)?\s+(?:in|around|near|under|inside)|wear(?:ing)?|don(?:ning)?|tolerat(?:e|ing)|"
    r"(?:exposure|exposed)\s+to|stand(?:ing)?|sit(?:ting)?|walk(?:ing)?|kneel(?:ing)?|stoop(?:ing)?|"
    r"bend(?:ing)?|climb(?:ing)?|crouch(?:ing)?|crawl(?:ing)?|reach(?:ing)?)"
)
_BODILY_BEFORE = re.compile(rf"(?<![\w-]){_BODILY}\s+(?:(?:the|a|an|in|at|for)\s+)?$", re.IGNORECASE)
_BODILY_FIRST = re.compile(rf"{_BODILY}\b", re.IGNORECASE)
_ABLE = re.compile(r"\bable\s+to\b|\bphysical(?:ly)?\b|\bmust\s+be\s+able\b", re.IGNORECASE)


def _physical(text: str, before: str) -> bool:
    """The wording is what the body does, or follows it ('wear scrubs'; 'work in' tight mechanical spaces)."""
    return bool(_BODILY_FIRST.match(text) or _BODILY_BEFORE.search(before))


_EVERY_KIND = re.compile(r"(?:ages|sizes|types|kinds|levels|shifts|backgrounds|makes|models)", re.IGNORECASE)
_INNER = frozenset({"of", "and", "for", "&"})
# Nouns that name where or for what work is done, not a thing to have done: 'in a research setting', 'in
# chemistry or a related scientific discipline', 'case assignment' ('transplant cases' names work, and stays)
_WHERE_HEADS = frozenset(
    "environment environments setting settings discipline disciplines need needs issue issues task tasks "
    "area areas activity activities assignment assignments function functions".split()
)
_PEOPLE_AND_PLACES = frozenset(
    """director manager leader specialist physicist staff preceptor supervisor trainer educator mentor
    physician nurse pathologist anesthesiologist surgeon anesthetist visitor applicant candidate
    technologist technician engineer employee customer clinician provider personnel member student resident
    team colleague coworker patient people campus center centre hospital clinic practice facility facilitie
    site region location floor office department building city county state area territory metro valley
    district corridor province woman women man men child
    children adult infant neonate newborn mother donor recipient""".split()
)


@dataclass(frozen=True, slots=True)
class _Unit:
    """A requirement-bearing stretch of the posting: one bullet or line, with its wrapped continuation."""

    lines: tuple[int, ...]
    text: str
    starts: tuple[int, ...]  # offset of each line's text within ``text``
    bullet: bool


@dataclass(frozen=True, slots=True)
class _Found:
    """One open term read from a unit."""

    text: str
    unit: int
    start: int
    end: int
    category: Category
    group: int | None = None  # candidates of one "A or B" list share a group number
    with_known: bool = False  # a choice in an "A or B" list whose other choices the vocabulary knows
    tentative: bool = False  # read from what no other reader took: asked for only if the resume has it
    narrows: str | None = None  # the known term a word of the posting's own narrows ('geriatric phlebotomy')


# the words before a credential's body: 'Certified Biomedical Equipment Technician (CBET) from '
_GRANTING_BODY = re.compile(
    r"\(\s*[A-Z][\w()-]{1,12}\s*\)\s+(?:from|by)\s+(?:the\s+)?$"
    # 'a CBNT or CHT through BONENT, or CCHT through NNCC': a credential's initials named as a choice, then
    # the body that grants them (not 'report to SFDA through NCMDR')
    r"|(?:\b(?:a|an|or|as|and)|,)\s+[A-Z]{2,6}(?:\([A-Z]{2,6}\))?\s+(?:through|from)\s+(?:the\s+)?$"
)
_BODY_INITIALS = re.compile(r"[A-Z][A-Z&-]{1,7}")


def granting_body(before: str, name: str) -> bool:
    """Whether ``name``, after ``before`` on its line, is the body that grants the credential before it
    ('Certified Biomedical Equipment Technician (CBET) from AAMI', 'CCHT through NNCC'): asked of no one."""
    return bool(_GRANTING_BODY.search(before) and _BODY_INITIALS.fullmatch(name))


def open_requirements(
    document: Document,
    mentions: Sequence[Mention],
    importances: Sequence[Importance | None],
    headings: Sequence[int],
    known: Sequence[Requirement],
    category_of: dict[str, Category],
    track: Track | None = None,
    known_forms: frozenset[tuple[str, ...]] = frozenset(),
    taken: frozenset[tuple[str, ...]] = frozenset(),
) -> tuple[tuple[Requirement, ...], tuple[Requirement, ...], tuple[NotUnderstood, ...]]:
    """The known requirements with the unknown choices of their either/or groups, requirements for the
    posting's other terms the vocabulary does not know, and the bullets left unread.

    ``importances`` holds each line's importance (None for boilerplate); ``category_of`` maps the concept ids
    of ``mentions`` to their categories, so a list's unknown item takes its siblings' category;
    ``known_forms`` are the wording keys of the vocabulary's forms: a form the vocabulary knows but did not
    take here (its guards said no: 'CT' in 'Hartford, CT') is never read back as an unknown term;
    ``taken`` are the wording keys of the vocabulary terms the posting does name (a job title too): a bullet
    whose only wording is a known form taken nowhere in the posting is shown as not understood.
    """
    lines = document.lines
    names = read_names(lines, importances, headings)
    units = _units(lines, importances, names)
    found: list[_Found] = []
    enumerated = False
    for number, unit in enumerate(units):
        covered = _covered(unit, mentions)
        enumerated = _enumerates(unit, units[number - 1] if number else None, enumerated)
        read = _read_unit(unit, number, covered, mentions, category_of, names, track, enumerated)
        # 'Technician (CBET) from AAMI': the body that grants a credential is asked of no one
        found += [f for f in read if not granting_body(unit.text[: f.start], f.text)]
    asked = {wording_key(r.posting_form) for r in known}
    joined = _attach([f for f in found if f.with_known], known, units, lines)
    requirements = _requirements(
        [f for f in found if not f.with_known], units, importances, lines, asked | known_forms, asked
    )
    # a wording held back only because the vocabulary's guards said no ('ABR' beside no radiology word)
    # leaves its bullet unread, and so shown as not understood
    said = asked | taken
    # (of the keys the found wordings could have, not of the ~30,000 forms: is_form_key asks for no other)
    candidates = {wording_key(f.text) for f in found} - {()}
    candidates |= {(NAME_MARK + k[0], *k[1:]) for k in candidates}
    held_back = {k for k in (candidates & known_forms) - said if (k[0].lstrip(NAME_MARK), *k[1:]) not in said}
    used = {f.unit for f in found if not is_form_key(f.text, held_back)}
    used |= _units_with_mentions(units, mentions, category_of)
    return joined, requirements, _not_understood(units, used, importances)


def _attach(
    found: list[_Found], known: Sequence[Requirement], units: list[_Unit], lines: Sequence[Line]
) -> tuple[Requirement, ...]:
    """'Associate degree in electronics, or equivalent military biomedical training': the unknown choice
    joins the known requirement nearest to it in its bullet, so meeting either satisfies the group."""
    result = list(known)

    def place(unit: _Unit, req: Requirement) -> int:  # where a requirement stands in the unit's text
        line = unit.lines.index(req.line)
        return unit.starts[line] + max(lines[req.line].text.find(req.posting_form), 0)

    for item in found:
        unit = units[item.unit]
        # 'surgical technology, radiologic technology or biomedical electronics': each choice of a list joins
        # the known choice nearest to the list's choices, not the nearest to itself; a wrapped bullet's
        # choices are one list ('such as the QIAGEN EZ1 Advanced XL or' / 'Promega Maxwell RSC')
        offsets = [f.start for f in found if f.unit == item.unit and f.group == item.group]
        nearby = [
            (min(abs(place(unit, r) - offset) for offset in offsets), i)
            for i, r in enumerate(result)
            if r.line in unit.lines
        ]
        if not nearby:
            continue
        _, chosen = min(nearby)
        req = result[chosen]
        if item.text not in req.open_alternatives:
            result[chosen] = replace(req, open_alternatives=(*req.open_alternatives, item.text))
    return tuple(result)


# --- units ---------------------------------------------------------------------------------------


def is_sentence_case_heading(text: str) -> bool:
    """A line that is only a heading phrase, whatever its capitals: 'Required qualifications'."""
    return bool(_SENTENCE_HEADING.match(text.strip().strip("#*").strip()))


def _units(
    lines: Sequence[Line], importances: Sequence[Importance | None], names: PostingNames
) -> list[_Unit]:
    """Requirement-bearing lines after the posting's header block, wrapped lines joined to their bullet."""
    units: list[_Unit] = []
    current: list[int] = []
    for line in lines[names.body_start :]:
        text = line.text.strip()
        usable = bool(text) and importances[line.index] is not None and not names.is_heading(line.index)
        usable = usable and not is_header_bar_line(line)
        if not usable:
            _close(current, lines, units)
            current = []
        elif current and continues(lines[current[-1]].text, line.text):
            current.append(line.index)
        else:
            _close(current, lines, units)
            current = [line.index]
    _close(current, lines, units)
    return units


def ends_sentence(previous: str, text: str) -> bool:
    """Whether ``previous`` ends its sentence before ``text``: a full stop, not one after an initial that a
    lower-case word goes on from ('Shiga toxin-producing E.' / 'coli (STEC)')."""
    end = previous.rstrip()
    if not end or end[-1] not in ".:;!?":
        return False
    return not (re.search(r"(?:^|[\s(])[A-Z]\.$", end) and text.lstrip()[:1].islower())


def continues(previous: str, text: str) -> bool:
    """True when ``text`` is the wrapped continuation of the bullet or sentence on ``previous``."""
    if _BULLET.match(text) or not previous.strip() or ends_sentence(previous, text):
        return False
    stripped = text.lstrip()
    return (
        stripped[:1].islower()
        or stripped[:1] == "("
        or (text[:1].isspace() and bool(_BULLET.match(previous)))
        # a long bullet or paragraph line cut mid-phrase goes on under it, even with a capital: '... on
        # Siemens Atellica' / 'Solution and Roche cobas analyzers.', 'Genomics, Proteomics & Mass' /
        # 'Spectrometry, ...' (readers drop the indent that would have said so)
        or (
            len(previous.strip()) >= _WRAP_WIDTH
            and not is_sentence_case_heading(text)
            and not _FIELD_LABEL.match(stripped)  # 'Competition Reference: WNW-LAB-26-118' opens a field
        )
    )


_FIELD_LABEL = re.compile(r"[A-Z][\w'’()&/-]*(?: [\w'’()&/-]+){0,3}:\s")


def _close(indices: list[int], lines: Sequence[Line], units: list[_Unit]) -> None:
    if not indices:
        return
    text, starts = joined_lines(indices, lines)
    bullet = bool(_BULLET.match(lines[indices[0]].text))
    units.append(_Unit(tuple(indices), text, starts, bullet))


def joined_lines(indices: Sequence[int], lines: Sequence[Line]) -> tuple[str, tuple[int, ...]]:
    """The lines joined with a space, and where each starts in the joined text."""
    parts, starts, offset = [], [], 0
    for index in indices:
        text = lines[index].text
        starts.append(offset)
        parts.append(text)
        offset += len(text) + 1
    return " ".join(parts), tuple(starts)


def _covered(unit: _Unit, mentions: Sequence[Mention]) -> list[tuple[int, int]]:
    """Spans of the unit's text that known vocabulary terms cover."""
    spans = []
    for mention in mentions:
        if mention.line in unit.lines:
            index = unit.lines.index(mention.line)
            base = unit.starts[index]
            spans.append((base + mention.start, base + mention.end))
            # a term wrapped onto the next line ('network' / 'segmentation') covers its first words too
            rest = len(mention.form.split()) - len(
                unit.text[base + mention.start : base + mention.end].split()
            )
            if rest > 0 and index + 1 < len(unit.starts):
                following = unit.starts[index + 1]
                words = re.match(r"\s*\S+" * rest, unit.text[following:])
                if words:
                    spans.append((following, following + words.end()))
    return spans


def _maker_spans(
    unit: _Unit, mentions: Sequence[Mention], category_of: dict[str, Category]
) -> list[tuple[int, int]]:
    """Spans of the unit's text that name a known maker."""
    makers = [m for m in mentions if category_of.get(m.concept_id) is Category.MANUFACTURER]
    return _covered(unit, makers)


def _units_with_mentions(
    units: list[_Unit], mentions: Sequence[Mention], category_of: dict[str, Category]
) -> set[int]:
    lines_with = {m.line for m in mentions if m.concept_id in category_of}
    return {number for number, unit in enumerate(units) if lines_with.intersection(unit.lines)}


# --- reading one unit ----------------------------------------------------------------------------


def _read_unit(
    unit: _Unit,
    number: int,
    covered: list[tuple[int, int]],
    mentions: Sequence[Mention],
    category_of: dict[str, Category],
    names: PostingNames,
    track: Track | None,
    enumerated: bool = False,
) -> list[_Found]:
    from resumefit.advice import mentions_condition  # the advice module imports this one

    found: list[_Found] = []
    taken = list(covered)
    places = _town_lists(unit.text, names) + _partner_lists(unit.text) + _places_of_work(unit.text)
    # 'Must be able to stand and walk for prolonged periods, lift up to 25 pounds': a line of the job's
    # physical terms names no thing by a bare word
    terms_of_work = mentions_condition(unit.text)
    bodily = terms_of_work or bool(_ABLE.search(unit.text))

    def add(
        text: str,
        start: int,
        category: Category,
        group: int | None = None,
        contains: bool = False,
        tentative: bool = False,
        narrows: str | None = None,
    ) -> bool:
        text = _PAY_BAND.sub("", text)  # 'EBME Technician Band 6': the post's pay band is no part of it
        # 'CAN/CSA-C22.2 No' of 'CAN/CSA-C22.2 No. 60601-1' (the number is a known standard's)
        text = re.sub(r"\s+(?:No|Number)\.?$", "", text)
        last = text.rsplit(None, 1)
        if len(last) == 2 and last[1] in _KEPT_STATES and _KEPT.search(unit.text, 0, start):
            # 'keep the laser SOPs current': the SOPs are the thing kept; 'keep the machines and water systems
            # running': one everyday word left ('systems') names nothing
            if re.fullmatch(r"[a-z-]+", last[0]):
                return False
            text = last[0]
        body = _BODY_FIRST.match(text)
        if body and not _overlaps(start, start + body.end(1), taken):
            # 'a CoARC-accredited respiratory care program': the body is read on its own
            text, start = text[body.end() :], start + body.end()
        quantity = _QUANTITY_BEFORE.search(unit.text, 0, start) if _UNIT_FIRST.match(text) else None
        if quantity:  # '-80 C freezers': the temperature is part of the thing
            text, start = unit.text[quantity.start(1) : start + len(text)], quantity.start(1)
        end = start + len(text)
        spans = [
            (s, e) for s, e in taken if not (contains and start <= s and e <= end and e - s < end - start)
        ]
        if not text or _overlaps(start, end, spans) or is_noise_text(text, unit.text, names):
            return False
        if text.endswith("-"):  # the 'pre-' of 'pre- and post-amplification rooms' is half a word
            return False
        if re.search(r"\d[.,]$", unit.text[:start]):  # the '5T' of '1.5T' is the tail of a number
            return False
        if _CONCENTRATION.fullmatch(text) or re.search(r"[µμ]$", unit.text[:start]):
            return False  # the 'g/dL' of '45 µg/dL': a unit of measure
        if re.fullmatch(r"\d{1,2}/[A-Z]\*?", text) and re.search(r"\bgrades?\s*$", unit.text[:start], re.I):
            return False  # 'at grade 4/C or above': a school grade
        if re.fullmatch(
            r"(?:senior|junior|lead|chief|principal|staff|fellow|other)\s+[A-Z]{2,6}s", text, re.I
        ):
            return False  # 'working with senior BMETs': the people the work is done with
        if terms_of_work and re.fullmatch(r"[a-z]+", text):
            return False
        if text.islower() and text.split()[-1] in _WHERE_HEADS:
            if len(text.split()) < 3:
                return False  # 'a research setting', 'a related scientific discipline': where, not what
            text = text.rsplit(None, 1)[0]  # 'oxygen monitor function': the thing is the oxygen monitor
            end = start + len(text)
        if bodily and text.islower() and _physical(text, unit.text[:start]):
            return False  # 'able to lift 50 lb and work in tight mechanical spaces': where the work is done
        if any(s <= start and end <= e for s, e in places) and text[:1].isupper():
            return False  # 'in Mesa, Gilbert, Chandler and Queen Creek': towns beside the posting's own
        if _PERSON_END.search(text):  # 'Systems Integration Specialist': a person, not a term
            return False
        if _EVERY_KIND.fullmatch(text) and re.search(r"\ball\s+$", unit.text[:start]):
            return False  # 'patients of all ages', 'analyzers of all sizes': every kind, no thing
        # 'minipool (MP-NAT) testing' is read with its bracket blanked: one space stands for it
        text = re.sub(r"\s{2,}", " ", text)
        found.append(_Found(text, number, start, end, category, group, tentative=tentative, narrows=narrows))
        taken.append((start, end))
        return True

    for match in [*_LABELLED.finditer(unit.text), *_DOPED.finditer(unit.text)]:  # '[18F]FDG', 'Nd:YAG'
        add(match.group(0), match.start(), Category.SKILL, contains=True)
    for match in _STATE_LICENCE.finditer(unit.text):  # 'Illinois pharmacy technician registration'
        named = [(s, e) for s, e in covered if s == match.start() and e < match.end()]
        if named and re.fullmatch(r"\s*\w+", unit.text[max(e for _, e in named) : match.end()]):
            continue  # 'California Clinical Laboratory Scientist license': the known licence and its word
        add(match.group(0), match.start(), Category.LICENSE, contains=True)
    for start, end in legislation(unit.text):  # 'the Electricity at Work Regulations 1989': one name
        add(unit.text[start:end], start, Category.STANDARD, contains=True)
    for start, end in titled_documents(unit.text):  # 'the FBI Quality Assurance Standards (QAS)'
        if any(s == start and _DOCUMENT_ONLY.fullmatch(unit.text, e, end) for s, e in covered):
            continue  # 'Joint Commission Standards': the known body's, no other title
        add(re.sub(r"\s+", " ", unit.text[start:end]), start, Category.STANDARD, contains=True)
    for match in _STANDARD.finditer(unit.text):  # 'CLSI H62' holds the known 'CLSI'
        numbered = [(s, e) for s, e in covered if match.start() <= s and e <= match.end()]
        if not any(re.search(r"\d", unit.text[s:e]) for s, e in numbered):  # 'CLSI EP15-A3': EP15 is known
            add(match.group(0).strip(), match.start(), Category.STANDARD, contains=True)
    for match in _SUBPART.finditer(unit.text):  # '49 CFR 172 Subpart H': the part's subpart, no term alone
        taken.append(match.span(1))
    for match in _PARTS.finditer(unit.text):  # '... for Control of Radiation, Parts B, D and F': its parts
        taken.append(match.span())
    for text, start in _defined_long_forms(unit.text):
        add(text, start, Category.SKILL)
    for match in _NAMED_QUALIFICATION.finditer(unit.text):
        add(match.group(0), match.start(), Category.DISCIPLINE)  # 'Diploma in Medical Engineering': one name
    for match in _BODY_NAME.finditer(unit.text):
        # 'registered by the Pharmacy and Poisons Board': one name, asked for after a frame of membership or
        # registration; elsewhere ('in keeping with Ministry of Health and Wellness requirements') only listed
        # (one without 'and' is left to the readers below there: 'for NRC and Ohio Department of Health
        # inspections')
        framed = _BODY_FRAME.search(unit.text, 0, match.start())
        if framed or re.search(r"\s(?:and|&)\s", match.group(0)):
            add(match.group(0), match.start(), Category.SKILL, tentative=framed is None)
    for text, start, concept_id in _narrowed_terms(unit, mentions, category_of, covered):
        add(text, start, category_of[concept_id], contains=True, narrows=concept_id)
    for text, start in _whole_bullet(unit, covered):
        add(text, start, _product_category(track))
    for text, start, category, group in _list_siblings(unit, number, covered, mentions, category_of):
        # 'servers and backups', 'rechargeable units and their chargers': a lone word of everyday English
        # beside known terms is asked for only where the resume names it
        plain = re.fullmatch(r"[a-z]+", text) is not None and everyday_word(text)
        add(text, start, category, group, tentative=plain)
    for text, start, group in _frame_objects(unit.text, number):
        add(text, start, _product_category(track), group)
    for match in _PRODUCT_CREDENTIAL.finditer(unit.text):
        # 'Epic Bridges certification': a known product's module the vocabulary lacks, and its certificate
        name_start, name_end = match.span("name")
        known = [(s, e) for s, e in covered if s == name_start and e < name_end]
        if known and not _overlaps(max(e for _, e in known), name_end, covered):
            add(match.group(0), name_start, Category.CREDENTIAL, contains=True)
        elif _PERSON_END.search(match.group("name")) and not _overlaps(name_start, name_end, covered):
            # "the Program's Breath Alcohol Technician certification": a title's certificate is a credential
            add(match.group(0), name_start, Category.CREDENTIAL)
    makers = _maker_spans(unit, mentions, category_of)
    for text, start in _product_names(unit.text):
        kind = _class_after(unit.text, start + len(text))
        maker_end = next((e for s, e in makers if s == start and e < start + len(text)), None)
        if maker_end is not None and not _overlaps(maker_end, start + len(text), covered):
            # 'Stryker MOSES Pulse 120H': a known maker and a model the vocabulary does not know, one term
            # (not 'Philips CT': the rest is known)
            add(text, start, _product_category(track), contains=True)
            continue
        if _coined_then_known(unit.text, start, text, covered):
            # 'Oncentra Brachy': a name no dictionary has before a known word is one product's name
            add(text, start, _product_category(track), contains=True)
            continue
        if kind and text.endswith("+"):  # 'CD34+ selection': a marker and what is done with it, one term
            add(unit.text[start : kind[1] + len(kind[0])], start, Category.SKILL)
        elif kind and re.fullmatch(r"[A-Z][a-z]+-[a-z]+", text):
            # 'Hall-effect sensors', 'Gram-negative rods': a name joined to a plain word describes the thing
            # after it, one term, no product of its own
            add(unit.text[start : kind[1] + len(kind[0])], start, _product_category(track))
        elif add(text, start, _product_category(track)) and kind:
            # 'TRACERlab FX2 N synthesis modules': the product's class is asked for too
            add(*kind, _product_category(track))
    members = _member_lists(unit.text, covered)
    # 'TYPICAL WORK ACTIVITIES (illustrative only)': a line shouted in capitals shouts its short words too
    shouting = any(_shouted_word(w) for w in re.findall(r"\b[A-Z]{5,}\b", unit.text))
    for match in _MIXED_BODY.finditer(unit.text):
        add(match.group(1), match.start(1), Category.SKILL)
    for match in _ACRONYM.finditer(unit.text):
        if shouting and match.group(1).isalpha() and match.group(1).lower() in english_words():
            continue
        if re.fullmatch(_BOARDS, match.group(1)) and re.search(r"\S\s*\(\s*$", unit.text[: match.start(1)]):
            continue  # 'CPT (NHA)': the credential's board, written with a space, is part of it
        if _overlaps(match.start(1), match.end(1), members):
            continue  # 'factor assays (one-stage FII, FV, FVII ...)': the known term's members, not terms
        if _unit_of_measure(unit.text, match.start(1), match.group(1)):
            continue  # '480 VAC', '150 kW': a quantity's unit is no term
        if match.group(1) in MODEL_WORDS and any(e == match.start(1) - 1 for _, e in covered):
            continue  # 'Radiometer ABL90 FLEX PLUS': the known product's model word, no acronym
        if _glosses_a_read_term(unit.text, match, [*covered, *((f.start, f.end) for f in found)]):
            continue  # 'a total laboratory automation (TLA) track': the initials of the term read before them
        if not _shouted_word(match.group(1)):
            tail = _acronym_tail(unit.text, match.end(1))
            credential = "(" in match.group(1)  # 'SI(ASCP)' holds the known board 'ASCP'
            if any(f.start == match.end(1) + 1 and f.text.endswith(")") for f in found):
                continue  # "DOJ/FBI Security Risk Assessment (SRA)": the body of the defined name after it
            licence = _LICENCE_AFTER.match(unit.text, match.end(1))
            if licence and add(match.group(1) + licence.group(0), match.start(1), Category.LICENSE):
                continue  # 'Active DOH licence': a body's licence, whichever body the vocabulary may mean
            if not (tail and add(match.group(1) + tail, match.start(1), Category.SKILL)):
                added = add(
                    match.group(1),
                    match.start(1),
                    Category.CREDENTIAL if credential else Category.SKILL,
                    contains=credential,
                )
                kind = (
                    _class_after(unit.text, match.end(1))
                    if added and re.search(r"\d", match.group(1))
                    else None
                )
                if kind:  # 'B-71 bone conductors': the model's class is asked for too
                    add(*kind, _product_category(track))
    # a list anchored by an unknown term read above: 'dry-well calibrators, pressure calibrators and
    # deadweight testers'
    anchors = covered + [(f.start, f.end) for f in found]
    for text, start, category, group in _list_siblings(unit, number, anchors, mentions, category_of):
        add(text, start, category, group)
    if not found and all(_opening_verb(unit.text, s, e) for s, e in covered):
        # nothing else named but the verb ('Calibrate' is a known term): what the equipment work is done on
        # ('Repair low-speed handpieces', 'Calibrate measurement microphones')
        taken = [(s, e) for s, e in taken if not _opening_verb(unit.text, s, e)]
        for text, start, group in _frame_objects(unit.text, number, (_EQUIPMENT_DUTY,)):
            add(text, start, _product_category(track), group)
    read = _link_choices(unit, number, _body_code_pairs(unit.text, found), covered)
    before = len(found)
    if enumerated:
        # '- traction tables and powered treatment tables;' under '... on therapy equipment, including:': an
        # entry of a list the line before announced names things, two or more, the first too. Tentative: a
        # resume names such things by their makes and models ('Triton DTS' for traction tables)
        for text, start in _enumerated_things(unit.text, covered):
            add(text, start, _product_category(track), tentative=True)
    for text, start in _duty_objects(unit.text, covered):
        # what each duty of a run of duties is done on ('diagnose cascade systems, replace compressors
        # and controllers'): tentative, as a duty's object may be an everyday thing
        add(text, start, _product_category(track), tentative=True)
    for text, start in _noun_series(unit.text, covered):
        # what no reader above took of a series of things: tentative, as the series may be the posting's prose
        # ('surfaces, storage and consumables') and its things go by names no vocabulary holds ('CSF', 'Hg')
        add(text, start, _product_category(track), tentative=True)
    for text, start in _leftovers(unit.text, taken):
        # 'and with toluidine blue when the surgeon asks': a noun phrase the readers above passed over,
        # never a choice of another term's group
        add(text, start, _product_category(track), tentative=True)
    return read + found[before:]


# the known terms a word of the posting's own may narrow: the work and the kinds of thing, not a name, nor a
# discipline ('molecular biology' is a discipline of its own, not a kind of biology to advise)
_NARROWABLE = frozenset(
    {
        Category.SKILL,
        Category.TECHNIQUE,
        Category.QUALITY,
        Category.MODALITY,
        Category.EQUIPMENT,
        Category.INSTRUMENT,
        Category.TEST_EQUIPMENT,
    }
)
# words that say how often, how well or how much, never what kind: 'daily QC', 'accurate pipetting'
_PLAIN_QUALIFIERS = frozenset(
    """
    daily weekly monthly quarterly annual yearly routine regular periodic ongoing scheduled unscheduled
    basic advanced general all any each every other additional various multiple several many new existing
    current relevant related required necessary appropriate proper accurate timely effective efficient safe
    good excellent strong solid complex simple standard specific certain key major minor primary overall
    full entire complete comprehensive thorough independent proficient competent reliable prompt same
    similar different correct hands-on on-site onsite own
    """.split()
)
# the end of a noun phrase: a mark, a joining word, or the end of the text
_PHRASE_END = re.compile(
    r"\s*(?:$|[,;:.()\[\]/!?]|(?:and|or|nor|with|for|in|on|to|from|per|using|via|at|by|as|including|across|"
    r"within|under|during|when|while|after|before|of|into|through|throughout|that|which|if)\b)",
    re.IGNORECASE,
)


def _narrowed_terms(
    unit: _Unit,
    mentions: Sequence[Mention],
    category_of: dict[str, Category],
    covered: Sequence[tuple[int, int]],
) -> list[tuple[str, int, str]]:
    """'geriatric venipuncture', 'brightfield microscopy', 'scanner uptime', 'test method validation (TMV)':
    a known term the posting narrows with a word of its own is asked for as written, a kind of the known
    term; a resume naming only the known term names the broader one. Words that say how often or how well
    ('daily QC'), the duty's verb ('Track scanner uptime'), a known term ('coil QA') or a name end the
    narrowing words."""
    found = []
    for mention in mentions:
        if mention.line not in unit.lines or category_of.get(mention.concept_id) not in _NARROWABLE:
            continue
        base = unit.starts[unit.lines.index(mention.line)]
        start, end = base + mention.start, base + mention.end
        form = unit.text[start:end]
        if not (form[:1].islower() or form.removesuffix("s").isupper()) or not _PHRASE_END.match(
            unit.text, end
        ):
            continue  # 'Sysmex XN' is a name; 'microscopy slides' are slides
        prefix = re.search(r"(?<![\w/-])[A-Z]{1,4}-$", unit.text[:start]) if form.isupper() else None
        if prefix and not _overlaps(prefix.start(), prefix.end() - 1, covered):
            # 'ID-LC-MS/MS': isotope dilution, a kind of LC-MS/MS named by a prefix of its own
            found.append((unit.text[prefix.start() : end], prefix.start(), mention.concept_id))
            continue
        words = _narrowing_words(unit.text, start, covered)
        if words:
            begin = start - len(" ".join(words)) - 1
            found.append((unit.text[begin:end], begin, mention.concept_id))
    return found


_CLAUSE_OPENER = re.compile(r"(?:[;:]|\b(?:and|or|to|that|which|who|will|can|must|should|may|shall))\s*$")


def _narrowing_words(text: str, start: int, known: Sequence[tuple[int, int]]) -> list[str]:
    """The one or two words of the posting's own right before a known term that say what kind it is."""
    classes = word_classes()
    words: list[str] = []
    position = start
    while len(words) < 2:
        match = re.search(r"(?:^|(?<=\s))([a-z][a-z]+(?:-[a-z]+)*) $", text[:position])
        if not match:
            break
        word = match.group(1)
        at = match.start(1)
        opening = not re.search(r"[A-Za-z0-9)]", re.sub(r"\b(?:and|or)\s*$", "", text[:at]).rstrip(" ,;:-"))
        # 'instruments that hold formalin', 'units that carry patient telemetry': the verb of a clause
        clause_start = opening or bool(_CLAUSE_OPENER.search(text[:at]))
        if (
            _is_stop(word)
            or word in _PLAIN_QUALIFIERS
            or word in _GENERIC
            or _overlaps(at, at + len(word), known)
            or _verb_only(word)
            or (_verb_capable(word) and clause_start)  # 'Track scanner uptime': the duty's verb
            or (word.endswith("ly") and word in classes["adv"])
            or (word.endswith("ed") and word in _PLAIN_PARTICIPLES)
            or word.endswith("ing")  # 'experience servicing CT': the work done on it, not a kind of it
        ):
            break
        words.insert(0, word)
        position = at
    return words


_CHUNK_BREAK = re.compile(
    r"[,;:()\[\]]|\s(?:and|or|nor|with|for|in|on|to|from|per|using|via|when|while|after|before|at|by|into|"
    r"as|including|such as|if|then|than|so|that|which|who"
    # 'confirm that essential performance is identified', 'the file against ISO 14971', 'in our 3 m
    # semi-anechoic chamber together with': a verb of being, a relation or a quantity ends a phrase too (a
    # bare number does not: 'Technician Band 6' is a pay band, read as one)
    r"|is|are|be|been|was|were|against|under|within|through|during|across|without|together"
    r"|\d[\d.,]*\s?(?:m|mm|cm|ft|kg|lb|mL|L|V|W))(?=\s)",
    re.IGNORECASE,
)


# 'keep the laser safety SOPs and signage current', 'keeping phototoxicity low': the state a thing is kept in
_KEPT = re.compile(r"\b(?:keep|keeps|keeping|kept)\b[^.;!?]*$", re.IGNORECASE)
_KEPT_STATES = frozenset(
    "current low high clean safe running operational compliant ready available accurate organized organised "
    "stocked functional secure dry tidy calibrated minimal".split()
)
_OBJECT_LEAD = re.compile(r"\b(?:on|in|with|for|of|from|per|via|into|at|by|using|under)$", re.IGNORECASE)


def _leftovers(text: str, taken: Sequence[tuple[int, int]]) -> list[tuple[str, int]]:
    """The noun phrases of a requirement no reader took: 'toluidine blue', 'basal cell carcinoma',
    'permanent-section'. A verb, a small or generic word leaves a stretch out ('the surgeon requests
    it'). They are tentative: a term only where the resume has them."""
    breaks = [p for m in _CHUNK_BREAK.finditer(text) for p in m.span()]
    cuts = sorted({0, len(text), *breaks, *(p for span in taken for p in span)})
    classes = word_classes()
    found = []
    for start, end in zip(cuts, cuts[1:], strict=False):
        if _overlaps(start, end, taken):
            continue
        chunk = text[start:end]
        phrase, offset = _noun_phrase(_BULLET.sub("", chunk).strip())
        phrase = phrase.rstrip(".!?")
        offset += chunk.index(_BULLET.sub("", chunk).strip()) if chunk.strip() else 0
        words = phrase.split()
        opening = _sentence_start(text, start + offset) or len(words) >= 3  # 'and lead monthly fire drills'
        dutied = len(words) > 1 and opening and _verb_capable(words[0])
        if dutied:
            offset += len(words[0]) + 1  # 'Package permanent-section': the duty's verb opens it
            words = words[1:]
            phrase = " ".join(words)
        if not 1 <= len(words) <= 3 or not all(re.fullmatch(r"[A-Za-z][a-z]+(?:-[a-z]+)?", w) for w in words):
            continue
        lower = [w.lower() for w in words]
        # 'depth of penetration': one word of another is one thing; any other small word breaks it
        own = [w for i, w in enumerate(lower) if not (w == "of" and 0 < i < len(lower) - 1)]
        # 'patient care', 'safety'; not 'source positioning accuracy', two words of its own before the head
        generic = (own[-1] in _GENERIC and len(own) < 3) or all(w in _GENERIC for w in own)
        generic = generic or _singulars(own[-1]) & _JOB_WORDS  # 'entry-level role', 'technical go-to person'
        # 'repair pumps', 'read urine': a duty; not what is left once its verb is off ('record root cause'),
        # nor the object of a preposition or of a known term used as a verb ('ship aliquots on dry ice', 'QC
        # culture media')
        before = text[: start + offset].rstrip()
        objected = bool(_OBJECT_LEAD.search(before)) or any(e == len(before) for _, e in taken)
        verb_first = len(own) < 3 and _any_verb(" ".join(own)) and not dutied and not objected
        if generic or verb_first or any(_is_stop(w) or _verb_only(w) for w in own):
            continue
        last = lower[-1]
        named = all(w[:1].isupper() for w in words)  # 'Boston Scientific': a name, whatever its words
        if not named and last in english_words() and not _singulars(last) & classes["noun"]:
            continue  # 'stain colors apart', 'especially cardiac': no thing ends it
        if lower[0] in classes["adv"] and lower[0] not in classes["adj"] | classes["noun"]:
            continue
        describing = len(lower) > 1 and lower[0] in classes["adj"] and lower[0] not in classes["noun"]
        if describing and _singulars(lower[-1]) & _WORK_HEADS:
            continue  # 'urgent testing', 'abnormal findings': how the work is, not a thing to have
        ordinary = all(len(p) < 6 or _singulars(p) & english_words() for p in lower[0].split("-"))
        # 'in-house', 'reagents': ordinary words alone; not a trade's noun ('deviations', 'refrigerant')
        one_word = len(words) == 1 and ordinary and not _trade_noun(words[0])
        begin = start + offset
        end = begin + len(phrase)
        # 'certified diagnostic' of 'certified diagnostic x-ray components': part of a longer term
        touching = any(re.fullmatch(r"[\s-]*", text[end:s]) for s, _ in taken if s >= end)
        # 'criteria' of 'specimen rejection criteria': one word after a known term is that term's head
        after = [e for _, e in taken if e <= begin]
        headed = len(words) == 1 and any(re.fullmatch(r"[\s-]*", text[e:begin]) for e in after)
        # one word only if no dictionary has it, or it is a trade's noun ('refrigerant', which the dictionary
        # lists as an adjective too)
        term_like = _is_term_like(phrase) or (len(words) == 1 and _trade_noun(words[0]))
        if term_like and not one_word and not touching and not headed:
            found.append((phrase, begin))
    return found


_CONCENTRATION = re.compile(r"[mµμnpk]?(?:g|mol|mmol|IU|U|mEq)/(?:d|m|c)?L")

# what a posting says about the job itself, never a thing to have: 'hands-on role', 'mileage allowance'
_JOB_WORDS = frozenset(
    "role position person resource opportunity job post shift hour allowance vehicle school representative "
    "timeframe".split()
)

_WORK_HEADS = frozenset(
    "testing test tests review reviews finding findings result results work check checks analysis "
    "reporting report reports care support".split()
)

_UNITS = frozenset(
    "V VAC VDC AC DC kV kVA kVAR kW kWh MW A mA W Hz kHz MHz GHz PSI PSIG psi psig BTU BTUs CFM GPM LPM RPM "
    "dB dBA T mT G".split()
)


_NAME = r"[A-Z][a-z][\w'-]*(?:\s+[A-Z][a-z][\w'-]*)?"
_NAMES = r"[A-Z][a-z][\w'-]*(?:\s+[A-Z][a-z][\w'-]*)*"  # any number of capitalised words
_TOWN_LIST = re.compile(
    rf"\b(?:in|across|at|near|serving|covering|throughout)\s+({_NAME}(?:\s*,\s*{_NAME})*,?\s+(?:and|or)\s+{_NAME})"
)


def _town_lists(text: str, names: PostingNames) -> list[tuple[int, int]]:
    """'nine PSCs in Mesa, Gilbert, Chandler and Queen Creek': a list of capitalised names after 'in' with one
    of the posting's own place names among them (from its location line) names places, each one."""
    spans = []
    for match in _TOWN_LIST.finditer(text):
        items = re.split(r"\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+", match.group(1))
        if any(item.lower() in names.words for item in items):
            spans.append(match.span(1))
    return spans


# 'You will work daily with the Transfusion Service, Laboratory, Pharmacy, Tissue Services and Facilities':
# the capitalised names after working with someone are departments and teams, never things
_PARTNER_LIST = re.compile(
    r"\b(?:(?:partner(?:s|ing)?|collaborat\w*|liais\w*|coordinat\w*|communicat\w*)(?:\s+(?:daily|closely|directly))?"
    r"|work(?:s|ing)?\s+(?:daily|closely|directly|regularly|together|alongside))\s+with\s+(?:the\s+|our\s+)?"
    rf"({_NAMES}(?:\s*,\s*(?:and\s+|or\s+)?(?:the\s+)?{_NAMES})*(?:,?\s+(?:and|or)\s+(?:the\s+)?{_NAMES})?)"
)


# 'factory training in San Diego', 'based in Fort Wayne': where the work or the training takes place
_WHERE = re.compile(
    r"\b(?:training|trainings|travel(?:l?ing)?|based|located|headquartered|relocat\w+|offices?|campus)\s+"
    rf"(?:in|to|at|near|from)\s+({_NAME}(?:\s+{_NAME})?)(?=\s*(?:[.;,)]|$|\s+(?:and|or)\b))"
)


_PLACE_WORDS = frozenset(
    "fort lake city saint st mount park beach falls springs bay harbor valley heights".split()
)


def _places_of_work(text: str) -> list[tuple[int, int]]:
    """The capitalised name of the place the work or training is in ('factory training in San Diego'): words
    no dictionary holds but for a place's own ('Fort', 'Lake'), so 'training in Orchard Harvest' (a product)
    stays."""
    common = english_words()
    return [
        match.span(1)
        for match in _WHERE.finditer(text)
        if all(w.lower() not in common or w.lower() in _PLACE_WORDS for w in match.group(1).split())
    ]


def _partner_lists(text: str) -> list[tuple[int, int]]:
    """The departments and teams a duty is done with: a list of capitalised names after 'work closely with'
    or 'coordinate with' (a bare 'work with' is also said of systems: 'work with Epic Beaker')."""
    return [match.span(1) for match in _PARTNER_LIST.finditer(text)]


def _opening_verb(text: str, start: int, end: int) -> bool:
    """Whether the span is the verb that opens the bullet ('Calibrate' of '- Calibrate measurement mics')."""
    return _sentence_start(text, start) and _verb_capable(text[start:end]) and " " not in text[start:end]


def _unit_of_measure(text: str, start: int, acronym: str) -> bool:
    """An acronym written as a unit straight after a number: '480 VAC', '3 T', '150 kW'."""
    return acronym in _UNITS and bool(re.search(r"\d\s?$", text[:start]))


# 'IBHRE CEPS or CCI RCES', 'NBRC RRT or AARC RRT-ACCS': a body's acronym before each choice's code
_PAIRED_CHOICE = re.compile(
    r"(?<![\w/-])([A-Z]{2,6} [A-Z][A-Z0-9-]{1,9})(?: or | and/or |/)"
    r"([A-Z]{2,6} [A-Z][A-Z0-9-]{1,9})(?![\w/(-])"
)


def _body_code_pairs(text: str, found: list[_Found]) -> list[_Found]:
    """Each choice of 'IBHRE CEPS or CCI RCES' is a body and its code, one term each (not 'CEPS or CCI')."""
    result = list(found)
    for match in _PAIRED_CHOICE.finditer(text):
        for side in (1, 2):
            start, end = match.span(side)
            inside = [f for f in result if start <= f.start and f.end <= end]
            if len(inside) == 2:
                result = [f for f in result if f not in inside]
                result.append(replace(inside[0], text=match.group(side), start=start, end=end))
    return sorted(result, key=lambda f: f.start)


_UNIT_FIRST = re.compile(r"°?[CFK]\b")
_QUANTITY_BEFORE = re.compile(r"(?:^|\s)([-−]?\d+(?:\.\d+)?\s?°?\s?)$")
_NUMBER_TAIL = re.compile(
    # 'HTM 07-01', 'HBN 04-01': a memorandum's numbered code
    r"\s(?:\d{1,2}(?:st|nd|rd|th)\s+[Ee]dition|\d{2}-\d{2}(?:-\d{2})?|(?:[Tt]ype\s+)?(?:\d{1,4}[A-Za-z]?|II|III|IV))"
    r"(?!\s*(?:%|\+|years?|yrs?|months?|hours?|hrs?|days?|weeks?|[AaPp]\.?[Mm]\b)|[\w:/.-])"
)
_NAME_TAIL = re.compile(
    r"(?:\s[A-Z][a-z]{2,}){1,2}\s(?:No\.|Number)\s?\d{1,4}\b"  # 'NCRP Report No. 147'
    r"|(?:\s[A-Z][a-z]{2,}){1,3}"
    r"(?:\s\d{1,3}(?![\w.,:/%-]|\s*(?:years?|yrs?|months?|hours?)\b))?\b"  # 'ISO Class 7', not '2 years'
    r"|(?:\s[A-Z]{3,}){1,2}\s(?:II|III|IV|\d{1,4})(?![\w-])"  # 'EVIS EXERA III'; never 'BLS ACLS PALS'
)


def _acronym_tail(text: str, end: int) -> str:
    """What an acronym's name goes on with: a number ('SOC 2', 'WHO 6th edition'), capitalised words
    ('NIST Cybersecurity Framework') or more capitals ('EVIS EXERA III'); never a count ('ASCP 2 years')
    or an ordinary sentence word."""
    number = _NUMBER_TAIL.match(text, end)
    if number:
        return number.group(0)
    name = _NAME_TAIL.match(text, end)
    if name is None:
        return ""
    words = name.group(0).split()
    while words and (_is_stop(words[-1]) or words[-1].lower() in _TAIL_STOPS):
        words.pop()
    return " " + " ".join(words) if words else ""


_PRODUCT_CREDENTIAL = re.compile(
    r"(?P<name>\b[A-Z][\w+-]*(?:\s+[A-Z][\w+-]*){1,3})\s+(?:certification|certificate|credential)\b"
)
_LICENCE_AFTER = re.compile(r"\s+licen[cs]e\b", re.IGNORECASE)
_TAIL_STOPS = frozenset({"certification", "certified", "experience", "required", "preferred", "license"})


# after a choice, the body that grants it: ' through the National Healthcareer Association (NHA)',
# ' from AAMI' (up to the comma or 'or' that goes on to the next choice)
GRANTED_AFTER = re.compile(
    r"\s*(?:\([A-Z]{2,6}\)\s*)?(?:through|via|from|by)\s+(?:the\s+)?"
    r"[A-Z][\w'&-]*(?:\s+(?:of|for|and|&|[A-Z][\w'&-]*))*(?:\s*\([A-Z]{2,8}\))?"
    # '... from KMTC or any other recognised institution, OR a ...': any school of that standing
    r"(?:\s*,?\s*or\s+(?:(?:an?|any|other|equivalent|similar)\s+)*(?:recogni[sz]ed|accredited|approved)\s+"
    r"(?:institution|university|college|school)s?)?(?=\s*(?:,|\bor\b))"
)
_CHOICE_GAP = re.compile(
    r"^\s*(?:,\s*)?(?:or|and/or|/)\s*(?:(?:the|an?|equivalent|comparable|similar|other|relevant)\s+)*$|^\s*,\s*$",
    re.IGNORECASE,
)
_OR = re.compile(r"\bor\b|/", re.IGNORECASE)


def _link_choices(
    unit: _Unit, number: int, found: list[_Found], covered: list[tuple[int, int]]
) -> list[_Found]:
    """Terms written 'A or B', 'A/B' or 'A, B, or C' are one either/or requirement; an unknown choice next
    to a known one ('CytoVision or Applied Spectral Imaging') joins the known requirement."""
    spans = sorted([(f.start, f.end, i) for i, f in enumerate(found)] + [(s, e, -1) for s, e in covered])
    runs: list[list[tuple[int, int, int]]] = []
    for span in spans:
        end = runs[-1][-1][1] if runs else 0
        granted = GRANTED_AFTER.match(unit.text, end) if runs else None
        if granted and end <= span[0] and span[1] <= granted.end():
            continue  # 'CET through the NHA, CCT ...': a choice's body neither joins nor ends the run
        gap = unit.text[granted.end() if granted and granted.end() <= span[0] else end : span[0]]
        if runs and _CHOICE_GAP.match(gap) and span[0] >= end:
            runs[-1].append(span)
        else:
            runs.append([span])
    result = list(found)
    runs = [
        run
        for run in runs
        if len(run) >= 2
        and (
            any(_OR.search(unit.text[a[1] : b[0]]) for a, b in zip(run, run[1:], strict=False))
            or _trailing_or(unit.text, run[-1][1])
        )
    ]
    for run in runs + _bracketed_examples(unit.text, spans):
        run = _with_class_before(unit.text, run, spans)
        known = any(i < 0 for _, _, i in run)
        for _, _, i in run:
            if i >= 0:
                result[i] = replace(result[i], group=number * 1000 + run[0][0], with_known=known)
    return result


_EXAMPLES_BEFORE = re.compile(
    r"\b(?:equivalent|comparable|similar|such as|one of|any of)\b[^().;:]{0,60}\(\s*$", re.IGNORECASE
)
_EXAMPLES_INSIDE = re.compile(r"\(\s*(?:e\.g\.|such as|for example)[,:]?\s", re.IGNORECASE)


def _bracketed_examples(text: str, spans: list[tuple[int, int, int]]) -> list[list[tuple[int, int, int]]]:
    """'equivalent military training (U.S. Army 68A, Navy HM BMET, Air Force 4A2)', '(e.g. Sysmex, Beckman
    or Roche)': the terms in a bracket of examples are choices of one group, however the list between
    them is written."""
    runs = []
    for bracket in re.finditer(r"\([^()]*\)", text):
        if not (
            _EXAMPLES_BEFORE.search(text[: bracket.start() + 1]) or _EXAMPLES_INSIDE.match(bracket.group(0))
        ):
            continue
        inside = [span for span in spans if span[0] >= bracket.start() and span[1] <= bracket.end()]
        if len(inside) >= 2:
            runs.append(inside)
    return runs


def _with_class_before(
    text: str, run: list[tuple[int, int, int]], spans: list[tuple[int, int, int]]
) -> list[tuple[int, int, int]]:
    """'validation software (Ellab ValSuite, Kaye ValProbe RT, or equivalent)': the class named right
    before a bracket of its examples is a choice of their group too."""
    opening = re.search(r"\(\s*$", text[: run[0][0]])
    if opening is None or not EXAMPLE_LIST_END.match(text, run[-1][1]):
        return run
    before = [
        span
        for span in spans
        if span[1] <= opening.start() and re.fullmatch(r"\s*", text[span[1] : opening.start()])
    ]
    return [before[-1], *run] if before and before[-1] not in run else run


# what ends a bracket of examples: '..., or equivalent)', ', etc.)'
EXAMPLE_LIST_END = re.compile(
    r"[^()]*?(?:,\s*|\s+)(?:or|and/or)\s+(?:an?\s+)?(?:equivalent|similar|comparable|other)\b[^()]*\)"
    r"|[^()]*?,\s*etc\.?\s*\)",
    re.IGNORECASE,
)


def _trailing_or(text: str, end: int) -> bool:
    """'X, Y, or equivalent': the list is a choice even when its last item is no term."""
    # the last item's model letters or number may come first: 'Kaye ValProbe RT, or equivalent'
    return bool(
        re.match(
            r"(?-i:\s+(?:[A-Z][A-Z0-9+-]{0,5}|\d{1,4}))?\s*,?\s*(?:or|and/or)\b", text[end:], re.IGNORECASE
        )
    )


def _whole_bullet(unit: _Unit, covered: list[tuple[int, int]]) -> list[tuple[str, int]]:
    """A bullet that is only a noun phrase ('- Chromosome breakage studies (DEB/MMC)', '- Infinicyt
    software') is itself the term."""
    if not unit.bullet:
        return []
    bullet = _BULLET.match(unit.text)
    start = bullet.end() if bullet else 0
    body = re.sub(r"\s+\([^)]*\)", "", unit.text[start:])
    body = _BULLET_TAIL.sub("", body.strip(" .;,")).strip(" .;,")  # '- XYZ certification preferred.'
    lead = _LEAD.match(body)  # '- Prior POCT coordinator experience': the term starts after 'Prior'
    if lead and lead.end():
        body, start = body[lead.end() :], start + lead.end()
    if (
        not body
        or _FRAME.search(body)  # '- Knowledge of GCP': the frame reads its object
        or _overlaps(start, start + len(body), covered)
        or _may_be_verb(body)
        or not _is_term_like(body)
    ):
        return []
    if len(body.split()) > 4 or not unit.text[start:].startswith(body):
        return []
    return _acronyms_joined(body, start) or [(body, start)]


_ACRONYM_WORD = re.compile(r"[A-Z][A-Z0-9]{1,7}s?")


def _acronyms_joined(body: str, start: int) -> list[tuple[str, int]]:
    """'- IVUS and FFR systems': two acronyms joined by 'and' or 'or' name two things; each is a term."""
    parts = re.fullmatch(r"(\S+)(\s+(?:and|or|&)\s+)(\S+)((?:\s+[a-z]+)?)", body)
    if not parts or not all(_ACRONYM_WORD.fullmatch(parts[i]) for i in (1, 3)):
        return []
    second = start + parts.end(2)
    return [(parts[1], start), (parts[3] + parts[4], second)]


_BULLET_TAIL = re.compile(
    r"\s*(?:,|-|–)?\s*(?:\bis\s+)?(?:preferred|required|a plus|desired|highly desired|strongly preferred|"
    r"an advantage|helpful|experience|knowledge|skills?|certification)\s*$",
    re.IGNORECASE,
)


# the words a maker puts after a product's name for a model: 'FLEX PLUS', 'XN-L PRO', 'STA R MAX'
MODEL_WORDS = frozenset(
    "PLUS PRO MAX ULTRA LITE ELITE PRIME EVO TOUCH SMART FLEX DUO MINI NEO NEXT ONE".split()
)


def _glosses_a_read_term(text: str, match: re.Match[str], read: Sequence[tuple[int, int]]) -> bool:
    """Initials in brackets right after the words they abbreviate, where a term read above is those words:
    the gloss of that term, no term of its own (the resume's initials meet the term by definition)."""
    before = text[: match.start(1)]
    opening = re.search(r"\(\s*$", before)
    if opening is None or not re.match(r"\s*\)", text[match.end(1) :]):
        return False
    words_end = len(before[: opening.start()].rstrip())
    start = defined_long_form_start(before[: opening.start()], match.group(1))
    # the term read spans the whole long form: 'electron microscopy' is no gloss's term in 'Scanning electron
    # microscopy (SEM)'
    return start is not None and any(s <= start and e == words_end for s, e in read)


def _shouted_word(word: str) -> bool:
    """'SCHEDULE', 'DUTIES': an English word written in capitals is not an acronym ('MRD' may be one)."""
    # 'DISTINGUISHING FEATURES', 'TYPICAL WORK ACTIVITIES': the English word may be inflected
    return (
        word.isalpha() and len(word) >= 5 and bool((_singulars(word) | _verb_forms(word)) & english_words())
    )


def _overlaps(start: int, end: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


def _product_category(track: Track | None) -> Category:
    return Category.EQUIPMENT if track is Track.EQUIPMENT else Category.INSTRUMENT


def _defined_long_forms(text: str) -> list[tuple[str, int]]:
    """'minimal residual disease (MRD)', 'Chromosome Analysis Suite (ChAS)': the long form with its
    acronym, as one term; also 'SCYM(ASCP) (Specialist in Cytometry)', the acronym with its long form."""
    found = []
    for match in PAREN_ACRONYM.finditer(text):
        acronym = match.group(1)
        before = text[: match.start()].rstrip()
        long_start = defined_long_form_start(before, acronym)
        if long_start is not None:
            found.append((text[long_start : match.end()], long_start))
    for match in _ACRONYM_THEN_LONG.finditer(text):
        inner = match.group("long")
        if defined_long_form_start(inner, match.group("short")) == 0:
            found.append((match.group(0), match.start()))
    return found


_ACRONYM_THEN_LONG = re.compile(
    r"(?<![\w-])(?P<short>[A-Z][A-Za-z0-9&]{1,8}(?:\([A-Z]{2,5}i?\))?)\s+"
    r"\((?P<long>[A-Za-z][A-Za-z' -]{5,60})\)"
)


def defined_long_form_start(before: str, acronym: str) -> int | None:
    """Where, in the text before '(ACR)', the long form that the acronym abbreviates starts (Schwartz and
    Hearst's rule: the acronym's letters in order, its first letter starting a word, within a few words)."""
    # 'Adverse Analytical Findings (AAFs)': the plural's 's' is no letter of the long form
    core = re.sub(r"(?<=[A-Z]{2})s$", "", re.sub(r"\(.*", "", acronym))
    letters = [c.lower() for c in core if c.isalnum()]
    if len(letters) < 2 or not letters[0].isalpha():
        return None
    words = list(re.finditer(r"\S+", before))[-(len(letters) + 4) :]
    if not words:
        return None
    last = words[-len(letters) :]
    if len(last) == len(letters) and [w.group(0)[0].lower() for w in last] == letters:
        return last[0].start()  # a word for each letter: 'Adverse Analytical Findings (AAFs)'
    base = words[0].start()
    window = before[base:].lower()
    position = len(window) - 1
    for index in range(len(letters) - 1, -1, -1):
        wanted = letters[index]
        while position >= 0 and (
            window[position] != wanted or (index == 0 and position > 0 and window[position - 1].isalnum())
        ):
            position -= 1
        if position < 0:
            return None
        position -= 1
    start = window.rfind(" ", 0, position + 2) + 1
    return base + start if len(window[start:].split()) >= 2 or len(letters) <= 2 else None


_PREFIXES = re.compile(
    r"^(anti|inter|intra|trans|electro|hyper|hypo|micro|ultra|immuno|neuro|cardio|thermo|photo|radio|"
    # the combining forms of medicine and chemistry: 'cerebrospinal fluid' (CSF), 'hemodialysis' (HD),
    # 'trimethylsilyl' (TMS)
    r"cerebro|broncho|gastro|entero|hemo|haemo|myelo|osteo|nephro|pneumo|tri|methyl|ethyl)"
    r"(?=[a-z]{4})",
    re.IGNORECASE,
)


def prefix_initials(word: str) -> list[str]:
    """The initials a word gives an acronym when each of its prefixes counts as a word of its own:
    'antitachycardia' gives a and t (ATP, antitachycardia pacing), 'electrocardiogram' e, c and g (ECG)."""
    initials, rest = [word[0].lower()], word
    while len(initials) < 4 and (prefix := _PREFIXES.match(rest)):
        rest = rest[prefix.end() :]
        initials.append(rest[0].lower())
    return initials


def long_form_start(before: str, acronym: str) -> int | None:
    """Where the words just before a point spell an acronym by their initials ('Bowie-Dick test' for
    'BDT'), or None: stricter than a defined long form, for text that does not pair the two."""
    # a leading number is spelt as a word: '6MWT' for 'six-minute walk test'
    count = re.match(r"\d{1,2}(?=[A-Z])", acronym)
    letters = [*([count.group(0)] if count else []), *(c.lower() for c in acronym if c.isalpha())]
    if len(letters) < 2:
        return None
    words = list(re.finditer(r"[A-Za-z][A-Za-z'-]*", before))
    position = len(letters)
    for word in reversed(words):
        if position == 0:
            break
        pieces = [p for p in re.split(r"-", word.group(0)) if p]
        initials = [NUMBER_WORDS.get(p.lower(), p[0].lower()) for p in pieces]
        split = [c for p in pieces for c in prefix_initials(p)]  # 'antitachycardia pacing' for ATP
        if len(split) <= position and split == letters[position - len(split) : position]:
            initials = split
        # 'signal-to-noise ratio' for SNR: the small word inside a hyphened word gives no letter
        inner = [p[0].lower() for p in pieces if p.lower() not in CONNECTORS]
        if len(pieces) > 2 and inner and inner == letters[max(position - len(inner), 0) : position]:
            initials = inner
        if initials == letters[position - len(initials) : position]:
            position -= len(initials)
            if position == 0:
                return word.start()
        elif initials[0] == letters[position - 1]:
            position -= 1
            if position == 0:
                return word.start()
        elif word.group(0).lower() not in CONNECTORS:
            return None
    return None


# the small words of a long form that give its acronym no letter ('Department of Health' is DOH)
CONNECTORS = frozenset({"of", "and", "the", "for", "in", "&", "to", "on"})
_NUMBERS = "zero one two three four five six seven eight nine ten eleven twelve"
NUMBER_WORDS = {word: str(number) for number, word in enumerate(_NUMBERS.split())}


# the last words of a list's first item after 'in' ('certificate in surgical technology'): the list's member
_OBJECT_OF_IN = re.compile(r"\sin\s+((?:[A-Za-z][\w'-]*\s?){1,4})$")


def _list_siblings(
    unit: _Unit,
    number: int,
    covered: list[tuple[int, int]],
    mentions: Sequence[Mention],
    category_of: dict[str, Category],
) -> list[tuple[str, int, Category, int | None]]:
    """The unknown items of a list whose other items are known terms, with the known items' category."""
    found = []
    lists = []
    for clause_start, clause in _clauses(unit.text):
        items = _items(clause, clause_start, covered)
        lists += [(clause_start, part) for part in _split_at_examples(items, unit.text, covered)]
    for clause_start, items in lists:
        if len(items) < 2:
            continue
        items = _from_list_start(items, unit.text, covered)
        known = [i for i in items if _overlaps(i[1], i[1] + len(i[0]), covered)]
        things = _listed_after_colon(unit.text, clause_start, items)  # 'power: shore power connections, ...'
        things = things or _bracketed_after_known(unit.text, clause_start, items, covered)
        if not known and not things:
            # 'replace worn TC inserts on needle holders and forceps': the things a duty is done on
            items, things = _objects_of_duty(items, unit.text)
        if (not known and not things) or _duty_list(items, unit.text):
            continue
        category = _sibling_category(known, unit, mentions, category_of)
        # 'X-ray equipment (radiographic, fluoroscopic, mammography or dental)': a describing word in brackets
        # right after a known term names a kind of it
        kinds = _right_after_known(unit.text, clause_start, covered)
        first_item = _BULLET.sub("", items[0][0]).strip()
        # '- Troubleshoot and repair pumps': a bare verb opens a list of verbs
        duties = _sentence_start(unit.text, items[0][1]) and (
            _any_verb(items[0][0]) or (first_item.isalpha() and _verb_only(first_item))
        )
        group = None
        first_verb, series = _verb_series(items, unit.text)
        # '... with a survey meter, perform leak tests, wear dosimetry at all times and practice ALARA': every
        # item after the first opens with a word that may be a verb, one with a word that is only a verb: a
        # list of duties, each with its own verb
        own_verbs = (
            len(items) >= 3
            and all(_opens_with(t, _bare_verb) for t, _ in items[1:])
            and any(_opens_with(t, _verb_only) for t, _ in items[1:])
        )
        for text, start in items:
            if series and items[first_verb][1] <= start < items[series][1]:
                continue  # 'Load, transport, set up and tear down lithotripters': each item a verb
            if series and start == items[series][1] and (text, start) not in known:
                text, start = _series_object(text, start)
            if (text, start) in known:
                head = _head_before_known(text, start, covered, _parallel_word(found, items, text))
                if head:  # 'buffy coat by centrifugation': the item's own thing before the known method
                    found.append((*head, category, group))
                thing = _object_after_known(text, start, covered)
                if thing:  # 'preventive maintenance on freezers': what the known duty is done on
                    found.append((*thing, category, group))
                continue
            if duties and _coordinated_duty(unit.text, start, text):
                continue  # 'Perform Gram stains and read urine': another duty of the bullet
            if _EXAMPLE_MARK.fullmatch(text.strip(" ,")):
                continue  # '(for example, Navy nuclear ET)': the words that open the examples
            if _SAID_OF_BEFORE.match(text):
                continue  # 'postmortem redistribution and its effect on interpretation'
            if _MORE_OF_THE_KIND.match(text):
                continue  # 'Puristeril 340 and other agents': the kind of the items before, no thing
            # '...; sharpens knives and changes saw blades', '..., wear dosimetry at all times': what the
            # duty's own verb is done to
            if _third_person_duty(unit.text, start, text) or (own_verbs and _opens_with(text, _bare_verb)):
                rest = text[len(text.split()[0]) :].lstrip()
                start += len(text) - len(rest)
                text = rest
            phrase, offset = _noun_phrase(text)
            if not phrase or _end_of_a_name(unit.text[: start + offset], phrase):
                continue
            inner = _OBJECT_OF_IN.search(text) if (text, start) != items[-1] else None
            member = inner.group(1) if inner and _is_term_like(inner.group(1)) else ""
            member = _noun_phrase(member)[0] or member  # 'triple packaging following IATA'
            if inner and offset + len(phrase) <= inner.start() and member:
                # 'technical certificate in surgical technology, radiologic technology or ...': the list's
                # first member is what follows 'in'; the thing it is in is the item's own phrase
                found.append((member, start + inner.start(1), category, group))
            after = unit.text[start + offset + len(phrase) :]
            verb_with = re.match(r"\s+with\s+", after)
            if " " not in phrase and _verb_capable(phrase) and verb_with:
                # 'assist with patient positioning': the verb's thing follows 'with'
                rest = offset + len(phrase) + verb_with.end()
                phrase, cut = _noun_phrase(text[rest:])
                offset = rest + cut
                if not phrase:
                    continue
            elif " " not in phrase and _verb_capable(phrase) and re.match(r"\s+(?:as|the|an?|to)\b", after):
                continue  # '... and serve as chamber operator': a duty's verb, no thing
            # '..., and record deviations, nonconformances and CAPA': a coordinated duty's verb opens it too
            lead = _BULLET.sub("", unit.text[: start + offset])
            paired = re.search(r"(?:^|[.;:!?]\s*)([A-Za-z]+)\s+(?:or|and|and/or)\s+$", lead)
            first = phrase.split()[0]
            if paired and " " in phrase and _verb_capable(paired.group(1)) and _verb_capable(first):
                if not _plural_noun(first):
                    # 'Load or update software and firmware': two verbs, and the thing both are done to
                    phrase, offset = phrase[len(first) + 1 :], offset + len(first) + 1
                    if " " not in phrase and phrase.lower() in english_words():
                        continue  # 'software': an everyday word alone is no term
            elif " " in phrase and _third_person_duty(unit.text, start + offset, phrase):
                # 'Checks cooler temperatures each shift and reports alarms': the next duty's thing
                phrase, offset = phrase[len(first) + 1 :], offset + len(first) + 1
            coordinated = re.search(r"(?:[,;]\s*and|;)\s*$", unit.text[: start + offset]) and " " in phrase
            opening = (_sentence_start(unit.text, start + offset) or coordinated) and _any_verb(phrase)
            opening = opening and not (things and not _verb_only(phrase.split()[0]))
            if (
                opening
                and (start, text) == (items[0][1], items[0][0])
                and not any(_coordinated_duty(unit.text, s, t) for t, s in items[1:])
            ):
                phrase, offset = _object_of_duty(phrase, offset)  # 'Calibrate thermometers and RTDs, ...'
                opening = not phrase
            # 'read electrical and pneumatic schematics': a describing word names nothing, but in brackets
            # after a known term it names a kind of it
            describing = bool(phrase) and _describing_end(phrase)
            a_kind = bool(kinds) and phrase.isalpha()
            if (
                (
                    _is_term_like(phrase)
                    or _gerund_thing(phrase, unit.text, start + offset, bool(things))
                    or (things and _plain_noun(phrase))
                    or (a_kind and known and describing)
                )
                and not opening
                and (things or not _long_duty(phrase) or _determined(text, phrase))
                and not _verb_only(phrase.split()[-1])  # 'help write and revise SOPs': a duty, no thing
                and not (describing and not a_kind)
            ):
                found.append((phrase, start + offset, category, group))
    return found


_PARTICLE = frozenset("up down out off in back over".split())


def _end_of_a_name(before: str, phrase: str) -> bool:
    """'Infection Prevention and Control', 'Quality Assurance and Improvement': one everyday word in capitals
    after two others and 'and' ends a name, a department's or a programme's, and is no term (not in a list:
    'Giemsa, Gram and Steiner'; not after a maker's name: 'Alaris and Spectrum')."""
    name = re.search(r"(?<![\w-])([A-Z][a-z]+)\s+([A-Z][a-z]+)\s+(?:and|&)\s+$", before)
    words = english_words()
    return (
        name is not None
        and bool(re.fullmatch(r"[A-Z][a-z]+", phrase))
        and all(w.lower() in words for w in (phrase, *name.groups()))
    )


def _verb_series(items: list[tuple[str, int]], text: str) -> tuple[int, int]:
    """'Load, transport, set up and tear down lithotripters', 'Centrifuge, aliquot, package and ship
    specimens': a bullet opening with bare verbs in a row; also a subject's verbs in a row ('the technician
    prepares, dispenses, packages and ships radiopharmaceuticals'). The range of the items that are verbs (or
    a subject and its first verb) and, at its end, the index of the item whose verb names what they are all
    done to; (0, 0) when there is no such row. A plural noun ('Pumps, monitors and ...') or a capitalised name
    in an opening row reads as a list of things."""
    if len(items) < 3:
        return 0, 0
    if not _sentence_start(text, items[0][1]) or len(items[0][0].split()) > 2:
        # 'The Component Laboratory Technologist manufactures, labels and releases ...': a subject opens it
        return _subject_verbs(items)
    heads = _bare_heads(items, 0)
    last = len(heads)
    # 'Fill, exchange and leak-check vaporizers': a compound verb is a verb by its last part
    if last < 2 or last == len(items) or not _verb_capable(items[last][0].split()[0].split("-")[-1]):
        return 0, 0
    if any(not h.isalpha() or h[1:] != h[1:].lower() or _plural_noun(h) for h in heads):
        return 0, 0
    if any(h[:1].isupper() for h in heads[1:]) or not _verb_capable(heads[0]):
        return 0, 0
    return (0, last) if sum(map(_verb_capable, heads)) * 2 > len(heads) else (0, 0)


@lru_cache(maxsize=4096)
def legislation(text: str) -> tuple[tuple[int, int], ...]:
    """Where laws stand by their titles and years (LEGISLATION), less a duty's verb a name opens with
    ('Follow Bio-Medical Waste Management Rules, 2016'): a verb that is no noun, before another capitalised
    word ('Work Health and Safety Act 2011' keeps its first word, a noun too)."""
    spans = []
    for law in LEGISLATION.finditer(text):
        start = law.start()
        first = re.match(r"([A-Z][a-z]+)\s+(?=[A-Z])", law.group(0))
        if (
            first
            and _bare_verb(first.group(1).lower())
            and first.group(1).lower() not in word_classes()["noun"]
        ):
            start += first.end()
        spans.append((start, law.end()))
    return tuple(spans)


def _bare_verb(word: str) -> bool:
    """A verb's bare form ('wear', 'perform'), not a form that may describe a noun ('engineering')."""
    return word in word_classes()["verb"] and not word.endswith(("ing", "ed", "s"))


def _opens_with(item: str, kind: Callable[[str], bool]) -> bool:
    """An item of two words or more whose first, a lowercase word, is of the kind ('perform leak tests')."""
    words = _BULLET.sub("", item).split()
    return len(words) >= 2 and words[0].isalpha() and words[0].islower() and kind(words[0])


def _bare_heads(items: list[tuple[str, int]], begin: int) -> list[str]:
    """The words of the one-word items (or a verb and its particle) from the item 'begin' on."""
    heads = []
    for item, _ in items[begin:]:
        words = _BULLET.sub("", item).split()
        if not words or len(words) > 2 or (len(words) == 2 and words[1].lower() not in _PARTICLE):
            break
        heads.append(words[0])
    return heads


def _third_person(word: str) -> bool:
    """'prepares', 'ships': a verb's -s form."""
    return (
        word.isalpha()
        and word.islower()
        and word.endswith("s")
        and not word.endswith("ss")
        and _verb_capable(word)
    )


def _subject_verbs(items: list[tuple[str, int]]) -> tuple[int, int]:
    """'the technician prepares, dispenses, packages and ships radiopharmaceuticals': an item ending with a
    subject's verb, one-word -s verbs after it and an item opening with one; one verb at least is no noun."""
    for first, (item, _) in enumerate(items[:-2]):
        verb = item.split()[-1] if item.split() else ""
        if len(item.split()) < 2 or not _third_person(verb):
            continue
        heads = _bare_heads(items, first + 1)
        last = first + 1 + len(heads)
        if not heads or last == len(items) or not all(map(_third_person, heads)):
            continue
        # 'The Component Laboratory Technologist manufactures, labels and releases': a person's verbs, though
        # each is a noun too
        subject = " ".join(item.split()[:-1])
        person = bool(_PERSON_END.search(subject)) or subject.lower().split()[-1] in _SUBJECTS
        if _third_person(items[last][0].split()[0]) and (person or any(map(_verb_only, [verb, *heads]))):
            return first, last
    return 0, 0


_SUBJECTS = frozenset({"who", "we", "you", "team"})  # 'the team supports, tests and ...'


def _series_object(text: str, start: int) -> tuple[str, int]:
    """What a row of verbs is done to: 'lithotripters' of 'tear down lithotripters'."""
    words = text.split()
    cut = 2 if len(words) > 2 and words[1].lower() in _PARTICLE else 1
    skip = len(" ".join(words[:cut])) + 1
    return text[skip:], start + skip


def _plural_noun(word: str) -> bool:
    """'monitors', 'balances': a plural noun, though its singular is a verb too."""
    low = word.lower()
    return low.endswith("s") and low[:-1] in word_classes()["noun"]


def _determined(item: str, phrase: str) -> bool:
    """'the water cooling circuits': a plain phrase after an article names a thing, though its first word
    may be a verb too ('water')."""
    return phrase.islower() and bool(re.match(r"(?:the|an?|all|our|its)\s", item, re.IGNORECASE))


def _long_duty(phrase: str) -> bool:
    """'Run daily maintenance checks': three words or more opening with a verb, no participle."""
    return len(phrase.split()) >= 3 and _may_be_verb(phrase) and not _participle(phrase)


_EXAMPLE_WORDS = r"(?:including|such as|e\.g\.,?|for example,?)"
_EXAMPLES_LEAD = re.compile(rf"\b{_EXAMPLE_WORDS}\s+$", re.IGNORECASE)  # right before the first thing
_EXAMPLES_OPEN = re.compile(rf"{_EXAMPLE_WORDS}\s", re.IGNORECASE)  # the first item opening with them


def _examples_start(item: str, start: int, text: str) -> bool:
    """Whether the item is the first of the things 'including' or 'such as' lists."""
    return bool(_EXAMPLES_LEAD.search(text[:start]) or _EXAMPLES_OPEN.match(item))


_AFTER_PREPOSITION = re.compile(r"\s(?:on|of|for|with)\s+(?:the\s+|all\s+|our\s+)?$")


# a series of three or more short phrases: 'whole blood, urine and serum', 'lead, mercury, arsenic ... and
# zinc', '(sputum, bronchoalveolar lavage, cerebrospinal fluid, tissue)'; no item runs on past a preposition
_SERIES_WORD = r"(?!(?:for|on|in|with|to|from|of|at|by|using|via|per|and|or)\b)[A-Za-z][\w-]*"
_SERIES_ITEM = rf"{_SERIES_WORD}(?:\s+{_SERIES_WORD}){{0,3}}"
_SERIES = re.compile(
    rf"(?<![\w-])(?P<series>{_SERIES_ITEM}(?:\s*,\s*{_SERIES_ITEM})+,?\s+(?:and|or)\s+{_SERIES_ITEM})"
    rf"|\((?P<bracketed>{_SERIES_ITEM}(?:\s*,\s*{_SERIES_ITEM}){{2,}})\)"
)
_SERIES_LEAD = frozenset("and or the a an all both either".split())


def _noun_series(text: str, covered: Sequence[tuple[int, int]]) -> list[tuple[str, int]]:
    """'analyze whole blood, urine and serum specimens for lead, mercury, arsenic, cadmium ... and zinc': a
    series of three or more things none of which the vocabulary knows, every item a noun phrase of one to
    three words (a thing, not a duty, a quality or a person; one word that may also be a verb, 'lead', among
    four or more things). A series with any other item is prose and gives nothing."""
    found: list[tuple[str, int]] = []
    for match in _SERIES.finditer(text):
        name = "series" if match.group("series") else "bracketed"
        start = match.start(name)
        items = [(t, start + o) for t, o in _series_items(match.group(name))]
        if len(items) < 3 or any(_overlaps(o, o + len(t), covered) for t, o in items):
            continue
        first, offset = items[0]
        words = first.split()
        # the first item's lead-in: the duty's verb ('analyze whole blood')
        while len(words) > 1 and (
            words[0].lower() in _SERIES_LEAD or (_verb_capable(words[0]) and not _plural_noun(words[0]))
        ):
            offset += len(words[0]) + 1
            words = words[1:]
        items[0] = (" ".join(words), offset)
        phrases = []
        for item, at in items:
            phrase, cut = _noun_phrase(item)
            phrases.append((phrase, at + cut))
        loose = [p for p, _ in phrases if not _series_thing(p)]
        if not loose or (len(phrases) >= 4 and len(loose) == 1 and _series_thing(loose[0], verb=True)):
            found += phrases
    return found


# a lead-in that announces a list below it: a sentence ending in a small word and a colon ('... therapy
# equipment, including:', 'Hands-on experience with the following:'), not a label ('Qualifications:')
_LIST_LEAD = re.compile(r"\S+(?:\s+\S+){3,}\s+[a-z][a-z-]*:\s*$")
# where an entry stops naming things: a clause of what is done with them, where, or how
_ENTRY_CLAUSE = re.compile(
    r"\s+(?:used|with|from|for|per|in|on|at|to|that|which|when|where|as|under|across|via)\b"
    r"|\s*[;:(]|\s+[-–—]\s"
)
_ENTRY_OPENING = re.compile(r"^(?:and|or|other|including|such\s+as|both|all)\s+", re.IGNORECASE)
_ABSTRACT_END = re.compile(r"(?:tion|sion|ment|ance|ence|ing|ity|ness)$")


def _enumerates(unit: _Unit, previous: _Unit | None, before: bool) -> bool:
    """Whether a bullet is an entry of a list a lead-in announced: the bullet right after the lead-in, or
    after another entry, and opened by no verb (an entry that is a duty ends the list)."""
    if not unit.bullet or previous is None or previous.lines[-1] + 1 != unit.lines[0]:
        return False
    if not (_LIST_LEAD.search(previous.text) or before):
        return False
    first = _BULLET.sub("", unit.text).split(" ", 1)[0]
    return bool(first) and not (_verb_capable(first) and not _plural_noun(first))


def _enumerated_things(text: str, covered: Sequence[tuple[int, int]]) -> list[tuple[str, int]]:
    """The things an entry of an announced list names: 'treadmills, upper body ergometers, recumbent
    steppers, bikes and other commercial fitness equipment used in our therapy gyms' gives the five before
    'used'. Each is a noun phrase of one to four words; a generic word alone ('equipment') is none."""
    bullet = _BULLET.match(text)
    begin = bullet.end() if bullet else 0
    clause = _ENTRY_CLAUSE.search(text, begin)
    stretch = text[begin : clause.start() if clause else len(text)].rstrip(" .,;")
    found = []
    for item, offset in _series_items(stretch):
        opening = _ENTRY_OPENING.match(item)
        while opening:
            offset += opening.end()
            item = item[opening.end() :]
            opening = _ENTRY_OPENING.match(item)
        phrase = item.strip(" ,")
        at = begin + offset + item.index(phrase) if phrase else 0
        words = phrase.split()
        if not 1 <= len(words) <= 4 or not all(
            re.fullmatch(r"[A-Za-z][A-Za-z]*(?:-[A-Za-z]+)*", w) for w in words
        ):
            continue
        lower = [w.lower() for w in words]
        if any(w in FUNCTION_WORDS or w in _PLAIN_QUALIFIERS for w in lower):
            continue
        if all(w in _GENERIC for w in lower) or _describing_end(phrase):
            continue
        if _singulars(lower[-1]) & _PEOPLE_AND_PLACES or _is_verb_first(lower):
            continue
        if len(words) == 1 and (not _could_be_name(words[0]) or _ABSTRACT_END.search(lower[0])):
            continue  # 'verification': a thing done, not a thing
        if not _overlaps(at, at + len(phrase), covered):
            found.append((phrase, at))
    return found


def _duty_objects(text: str, covered: Sequence[tuple[int, int]]) -> list[tuple[str, int]]:
    """The objects of a run of two or more duties, each opened by its verb: 'diagnose cascade systems,
    replace compressors and controllers, recover and charge refrigerant, and perform brazing'."""
    found: list[tuple[str, int]] = []
    for clause_start, clause in _clauses(text):
        duties = []
        for part in re.finditer(r"[^,]+", clause):
            body = re.sub(r"^\s*(?:and\s+|or\s+)?", "", part.group(0))
            offset = clause_start + part.start() + len(part.group(0)) - len(body)
            verbs = re.match(r"([A-Za-z]+)\s+(?:(?:and|or)\s+[A-Za-z]+\s+)?", body)
            if verbs is None or not _verb_only(verbs.group(1)):
                continue  # 'recover and charge refrigerant': the first verb is only ever a verb
            duties.append((body[verbs.end() :], offset + verbs.end()))
        if len(duties) < 2:
            continue
        for rest, at in duties:
            for item, offset in _series_items(rest):
                phrase, cut = _noun_phrase(item)
                begin = at + offset + cut
                if (
                    phrase
                    and _series_thing(phrase, verb=" " not in phrase)
                    and not _overlaps(begin, begin + len(phrase), covered)
                ):
                    found.append((phrase, begin))
    return found


def _series_items(series: str) -> list[tuple[str, int]]:
    """The items of a series as the list splitter cuts them, each with its offset."""
    items, start = [], 0
    for split in _LIST_SPLIT.finditer(series):
        items.append((series[start : split.start()], start))
        start = split.end()
    items.append((series[start:], start))
    return items


def _series_thing(phrase: str, verb: bool = False) -> bool:
    """An item of a series of things: one to three words, no generic or describing word alone, no person or
    place, and (unless ``verb``) no word that is only ever a verb first."""
    words = phrase.split()
    if not 1 <= len(words) <= 3 or not all(re.fullmatch(r"[A-Za-z][a-z]+(?:-[a-z]+)*", w) for w in words):
        return False
    lower = [w.lower() for w in words]
    if any(w in FUNCTION_WORDS or w in _PLAIN_QUALIFIERS for w in lower):
        return False
    if verb and len(words) == 1:  # 'lead' among metals, whatever else the word may be
        return bool(_singulars(lower[0]) & word_classes()["noun"]) or _verb_capable(words[0])
    if any(w in _GENERIC for w in lower) or _describing_end(phrase):
        return False
    if _singulars(lower[-1]) & _PEOPLE_AND_PLACES:
        return False
    if _verb_capable(words[0]) and not _singulars(lower[0]) & word_classes()["noun"]:
        return False  # 'verify results'
    if len(words) == 1:
        return _could_be_name(words[0])
    return not _is_verb_first(lower)


# the words that join or point, never name: a series item holding one is prose
FUNCTION_WORDS = frozenset(
    "a an the and or nor of for to in on at by with from as is are be been this that these those it its "
    "their our your his her we you they me my any all each every some no not".split()
)


def _objects_of_duty(items: list[tuple[str, int]], text: str) -> tuple[list[tuple[str, int]], bool]:
    """A list of short noun phrases that a duty is done on: after its preposition ('replace worn inserts on
    needle holders and forceps') or after its verb ('adjust box locks and ratchets')."""
    if len(items) < 2:
        return items, False
    first, start = items[0]
    words = _BULLET.sub("", first).split()
    if _AFTER_PREPOSITION.search(text[:start]):
        rest = items
    elif len(words) >= 2 and _verb_only(words[0]) and _sentence_start(text, start + first.index(words[0])):
        cut = first.index(words[0]) + len(words[0]) + 1
        rest = [(first[cut:], start + cut), *items[1:]]
    else:
        return items, False
    phrases = [_noun_phrase(item)[0] for item, _ in rest]
    # 'Inspect beds, repair pumps and log work': items opening with a verb, two or more, run on the duties
    verbed = [p for p in phrases[1:] if p and len(p.split()) == 2 and _verb_capable(p.split()[0])]
    if len(verbed) >= 2:
        return items, False
    plain = all(
        p and p.islower() and len(p.split()) <= 3 and _is_term_like(p) and not _verb_only(p.split()[0])
        for p in phrases
    ) and not any(_describing_end(p) for p in phrases)
    # one of two words at least: 'needle holders and forceps', not 'accounts and stores'
    plain = plain and any(" " in p for p in phrases)
    return (rest, True) if plain else (items, False)


def _bracketed_after_known(
    text: str, clause_start: int, items: list[tuple[str, int]], covered: list[tuple[int, int]]
) -> bool:
    """'machine QA (beam output, proton range, spot position and spot size)': two or more noun phrases in
    brackets after a known term are the things it is done on or made of."""
    if len(items) < 2 or not _right_after_known(text, clause_start, covered, through_class=False):
        return False
    phrases = [_noun_phrase(item)[0] for item, _ in items]
    named = [p for p in phrases if p and _is_term_like(p) and not _verb_only(p.split()[0])]
    # 'toxicology (femoral blood, heart blood, vitreous humor, urine, gastric contents and liver)': a plain
    # noun among named things is one of them
    plain = [p for p in phrases if p not in named and _plain_noun(p)]
    return (
        len(named) + len(plain) == len(phrases)
        and len(named) >= 2 * len(plain)
        # not the members 'FII, FV, FVII' of factor assays
        and all(" " in p or p.isalpha() and p.islower() for p in phrases)
    )


def _right_after_known(
    text: str, clause_start: int, covered: list[tuple[int, int]], through_class: bool = True
) -> bool:
    """Whether the clause is in brackets opened right after a known term, or (``through_class``) after a
    known term and a word for its class ('X-ray equipment (')."""
    before = text[:clause_start]
    if not before.endswith("("):
        return False
    head = before[:-1].rstrip()
    ends = {len(head)}
    if through_class:
        ends.add(len(re.sub(r"\s+(?:equipment|systems?|devices?|instruments?|units?|machines?)$", "", head)))
    return any(e in ends for _, e in covered)


def _plain_noun(phrase: str) -> bool:
    """One lower-case word that is a noun and no verb only: 'urine', 'liver'."""
    return (
        phrase.isalpha()
        and phrase.islower()
        and len(phrase) > 3
        and bool(_singulars(phrase) & word_classes()["noun"])
        and not _verb_only(phrase)
        and phrase not in _GENERIC
    )


def _split_at_examples(
    items: list[tuple[str, int]], text: str, covered: list[tuple[int, int]]
) -> list[list[tuple[str, int]]]:
    """'Maintain the chamber, including oxygen hoods, transcutaneous monitors and patient grounding': two or
    more things 'including' lists after what they are part of are a list of their own. After a list of
    known terms, they go on that list ('oxygen concentrators ..., including oxygen conserving devices')."""
    for index, (item, start) in enumerate(items):
        if 0 < index < len(items) - 1 and _examples_start(item, start, text):
            if any(_overlaps(s, s + len(i), covered) for i, s in items[:index]):
                break
            lead = _EXAMPLES_OPEN.match(item)
            first = (item[lead.end() :], start + lead.end()) if lead else (item, start)
            return [items[:index], [first, *items[index + 1 :]]]
    return [items]


def _listed_after_colon(text: str, clause_start: int, items: list[tuple[str, int]]) -> bool:
    """'Troubleshoot coach power: shore power connections, 480 VAC three-phase distribution, automatic
    transfer switches and on-board diesel generators': three or more noun phrases after a colon, or after
    'including' ('including electronic simulator checks, downloaders and docking stations'), are the things
    a duty names, whether or not the vocabulary knows one of them."""
    example = bool(items) and _examples_start(*items[0], text)
    if len(items) < 3 - bool(example) or not (text[:clause_start].rstrip().endswith(":") or example):
        return False
    phrases = [_noun_phrase(item)[0] for item, _ in items]
    things = sum(bool(p) and _is_term_like(p) and not _verb_only(p.split()[0]) for p in phrases)
    return things >= (2 if example else 3) and things >= len(items) - 1


def _parallel_word(found: list, items: list[tuple[str, int]], text: str) -> bool:  # noqa: ANN001
    """Whether an earlier item of the list was taken as one capitalised word, as the word before this item's
    known term is: 'Salmonella and Shigella serotyping' types both, though 'shigella' is in the dictionary."""
    words = _BULLET.sub("", text).split()
    if len(words) < 2 or not words[0][:1].isupper():
        return False
    earlier = {t for t, *_ in found if re.fullmatch(r"[A-Z][a-z]+", t)}
    return any(t.split()[-1].strip(" ,.;") in earlier for t, _ in items if t.split())


def _head_before_known(
    text: str, start: int, covered: list[tuple[int, int]], parallel: bool = False
) -> tuple[str, int] | None:
    """The item's own thing beside the known term it holds: 'buffy coat' of 'buffy coat by centrifugation',
    'thermometers' of 'Calibrate thermometers' (the known duty opens it). With ``parallel``, the one
    capitalised word before the known term is a thing too, as an earlier item of the list was."""
    bullet = _BULLET.match(text)
    if bullet:
        text, start = text[bullet.end() :], start + bullet.end()
    inside = sorted((s - start, e - start) for s, e in covered if start <= s and e <= start + len(text))
    if not inside:
        return None
    first_start, first_end = inside[0]
    if (
        first_start == 0
        and len(inside) == 1
        and " " not in text[:first_end]
        and _verb_capable(text[:first_end])
    ):
        rest = text[first_end:]
        phrase, cut = _noun_phrase(rest.lstrip())
        offset = first_end + len(rest) - len(rest.lstrip()) + cut
        if phrase and len(phrase.split()) <= 3 and _is_term_like(phrase) and not _any_verb(phrase):
            return phrase, start + offset
        return None
    before = text[:first_start].strip()
    if parallel and re.fullmatch(r"[A-Z][a-z]+", before):
        return before, start + text.index(before)
    phrase, offset = _noun_phrase(text)
    if (
        not phrase
        or len(phrase) == len(text)
        or _overlaps(start + offset, start + offset + len(phrase), covered)
    ):
        return None
    words = phrase.split()
    if words[-1].lower().endswith("ed"):
        return None  # 'products collected by apheresis': a clause, not a thing
    plain_word = len(words) == 1 and words[0].lower() in english_words()
    if (
        plain_word
        or words[0].lower() in word_classes()["adj"]
        or not _is_term_like(phrase)
        or _any_verb(phrase)
    ):
        return None
    return phrase, start + offset


def _object_after_known(text: str, start: int, covered: list[tuple[int, int]]) -> tuple[str, int] | None:
    """'freezers' of 'preventive maintenance on freezers': the thing a known duty or method is done on, when
    the item ends with it."""
    ends = [e - start for s, e in covered if start <= s and e <= start + len(text)]
    if not ends:
        return None
    last = max(ends)
    match = re.match(r"\s+(?:on|of)\s+(?:the\s+|all\s+)?", text[last:])
    if not match:
        return None
    offset = last + match.end()
    phrase = text[offset:].strip(" ,.;")
    if (
        not phrase
        or _overlaps(start + offset, start + len(text), covered)
        or len(phrase.split()) > 3
        or not _is_term_like(phrase)
        or phrase.split()[0].lower() in word_classes()["adj"]
    ):
        return None
    return phrase, start + offset


def _object_of_duty(phrase: str, offset: int) -> tuple[str, int]:
    """The object of a duty that opens a list: 'thermometers' of 'Calibrate thermometers'; nothing when the
    rest is no term ('Perform and')."""
    verb, _, rest = phrase.partition(" ")
    if not rest or not _verb_only(verb) or len(rest.split()) > 3:
        return "", offset
    rest_phrase, cut = _noun_phrase(rest)
    if (
        not rest_phrase
        or rest_phrase.endswith("-")
        or not _is_term_like(rest_phrase)
        or _any_verb(rest_phrase)
    ):
        return "", offset
    return rest_phrase, offset + len(verb) + 1 + cut


_LIST_OPENER = re.compile(r"\b(?:in|on|with|of|for|including|such as|across)\s+$")


def _from_list_start(
    items: list[tuple[str, int]], text: str, covered: list[tuple[int, int]]
) -> list[tuple[str, int]]:
    """The items from where the list of terms begins: 'Perform and result routine and urgent testing in
    chemistry, hematology ...' lists departments from 'chemistry' on; what comes before is the duty. (A
    last item such as 'MRD panels on BD FACSLyric' ends the list rather than opening one.)"""
    for index, (item, start) in enumerate(items):
        end = start + len(item)
        inside = [s for s, e in covered if start <= s < end]
        if not inside:
            continue
        first = min(inside)
        if 0 < index < len(items) - 1 and first > start and _LIST_OPENER.search(text[start:first]):
            return [(text[first:end], first), *items[index + 1 :]]
        return items
    return items


def _member_lists(text: str, covered: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Bracketed lists right after a known term: they name its members ('factor assays (FII, FV, FVII)').
    A list whose items are themselves known terms names things of their own ('inspections (FDA BIMO, CAP,
    NYSDOH)'), each a term."""
    ends = {e for _, e in covered}
    spans = []
    for match in re.finditer(r"\s?\(([^()]*,[^()]*)\)", text):
        if match.start() in ends or match.start() - 1 in ends:
            start, end = match.span(1)
            if sum(start <= s and e <= end for s, e in covered) < 2:
                spans.append((start, end))
    return spans


def _coordinated_duty(text: str, start: int, item: str) -> bool:
    """An item joined by 'and' / 'or' that opens with a plain verb: the bullet's next duty ('... and read
    urine'), unlike a list item after a comma ('HPLC pressure, peak shape') or a compound ('open-channel')."""
    first = item.split()[0]
    plural = _plural_noun(first)  # 'and balances'
    return (
        first.isalpha()
        and _verb_capable(first)
        and not plural
        and not first.lower().endswith("ed")  # 'and phased array probes': a duty opens with a bare verb
        and bool(re.search(r"\b(?:and|or)\s+$", text[:start]))
    )


def _third_person_duty(text: str, start: int, item: str) -> bool:
    """'Checks cooler temperatures each shift and reports alarms', '...; sharpens knives and changes saw
    blades': in a duty written with a verb's -s form, an item joined by 'and' that opens with another such
    verb is the next duty, though the verb ('changes', 'reports') is also a plural noun."""
    words = item.split()
    if len(words) < 2 or not _third_person(words[0]) or not re.search(r"\band\s+$", text[:start]):
        return False
    clause = re.split(r"[.;:!?]", _BULLET.sub("", text[:start]))[-1].split()
    opening = clause[0].lower() if clause else ""
    return _third_person(opening) and opening != words[0].lower()


def _duty_list(items: list[tuple[str, int]], text: str) -> bool:
    """'Review QC, investigate unacceptable results and prepare reports': items that open with a verb. The
    first item after 'using', 'with' ... names a thing ('using gowning procedures and aseptic technique'),
    and a participle describes one ('scheduled preventive maintenance', 'refrigerated storage')."""
    verbs = sum(
        _verb_only(item.split()[0]) and not _after_lead(text, start) and not _participle(item)
        for item, start in items
    )
    return verbs >= 1 and verbs * 2 >= len(items) - 1


def _clauses(text: str) -> list[tuple[int, str]]:
    """The text's clauses with their offsets; an acronym in parentheses ('(CVS)') is blanked, not a break,
    and a board's bracket written onto its credential ('SI(ASCP)'), or inside initials ('IR(ME)R'), is kept
    whole."""
    board = re.compile(rf"(?<=\w)\((?:{_BOARDS})\)")
    kept = [m.span() for m in board.finditer(text)]
    kept += [m.span() for m in NESTED_ACRONYM.finditer(text)]  # 'IR(ME)R' is one word
    blank = PAREN_ACRONYM.sub(
        lambda m: (
            m.group(0) if any(s <= m.start() and m.end() <= e for s, e in kept) else " " * len(m.group(0))
        ),
        text,
    )
    # 'the energy selection system (degrader), beamline magnets and ...': a bracket inside a list is a clause
    # of its own, and the list goes on around it
    inner = []
    for match in _INSIDE_LIST.finditer(blank):
        goes_on = _INSIDE_LIST_GOES_ON.match(blank, match.end())
        if goes_on and not any(s <= match.start() < e for s, e in kept):
            inner.append((match.start(1), match.group(1)))
            blank = blank[: match.start()] + " " * len(match.group(0)) + blank[match.end() :]
    pieces, start = [], 0
    for match in _CLAUSE.finditer(blank):
        if not any(s <= match.start() < e for s, e in kept):
            pieces.append((start, blank[start : match.start()]))
            start = match.end()
    pieces.append((start, blank[start:]))
    return [(s, p) for s, p in [*pieces, *inner] if p.strip()]


_INSIDE_LIST = re.compile(r"\(([^()\[\].;:]{1,120})\)")
_INSIDE_LIST_GOES_ON = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or|and/or)\s+)(?=\S)")


def _items(clause: str, base: int, covered: Sequence[tuple[int, int]] = ()) -> list[tuple[str, int]]:
    """The items of a list clause with their offsets; a first item's lead-in words are left out later."""
    items, start = [], 0
    for match in _LIST_SPLIT.finditer(clause):
        if match.group(0).strip() == "&" and _one_name(clause, match):
            continue
        if match.group(0).strip() in {"and", "&"} and _inside_a_body_name(clause, match):
            continue  # 'the Pharmacy and Poisons Board': one name
        items.append((clause[start : match.start()], base + start))
        start = match.end()
    items.append((clause[start:], base + start))
    result = []
    for text, offset in items:
        stripped = text.strip()
        if stripped:
            result.append((stripped, offset + text.index(stripped)))
    if len(result) > 1:
        first, offset = result[0]
        words = first.split()
        if len(words) > 3:  # "Provide technical escalation on infusion pumps": the list starts after "on"
            cut = _last_lead_word(first)
            if not cut:  # the last two words, and the capitalised name they end ('Windows Server hosts')
                keep = len(words) - 2
                while keep > 1 and words[keep][:1].isupper() and words[keep - 1][:1].isupper():
                    keep -= 1
                keep = _modifiers_before(words, keep, offset, covered)
                cut = len(" ".join(words[:keep])) + 1
            result[0] = (first[cut:], offset + cut)
    return result


def _one_name(clause: str, match: re.Match[str]) -> bool:
    """'&' inside one name: 'R&D', 'B&K', and a firm's names ('Bruel & Kjaer', 'Johnson & Johnson'), two
    capitalised words that are no English words."""
    if match.group(0) == "&":
        return True
    before = re.search(r"(\w+)\W*$", clause[: match.start()])
    after = re.match(r"\W*(\w+)", clause[match.end() :])
    return bool(
        before
        and after
        and all(w[0].isupper() and w.lower() not in english_words() for w in (before[1], after[1]))
    )


def _modifiers_before(words: list[str], keep: int, offset: int, covered: Sequence[tuple[int, int]]) -> int:
    """Where the last words' noun phrase starts: 'distributed antenna system' of 'Maintain the telemetry
    distributed antenna system' (a word ending in -ed inside the phrase describes; a known term, a small
    word or the duty's verb ends it)."""
    if keep >= len(words) or _verb_only(words[keep]):
        return keep  # 'performs routine': the last words are a duty
    while keep > 1 and len(words) - keep < 4:
        word = words[keep - 1]
        # describing words are written small ('Laboratory Scientist performs' is a sentence), or are an
        # acronym that names the kind ('Support PAP titration devices')
        acronym = len(word) > 1 and word.isupper() and word.isalpha()
        if not word.islower() and not acronym:
            break
        start = offset + len(" ".join(words[: keep - 1])) + (1 if keep > 1 else 0)
        if _is_stop(word) or not word.isalpha() or _overlaps(start, start + len(word), covered):
            break
        if _verb_only(word) and not word.lower().endswith("ed"):
            break
        if _verb_capable(word) and not any(w.isalpha() for w in words[: keep - 1]):
            break  # the duty's verb that opens the bullet ('Record cold ischemia time')
        keep -= 1
    return keep


def _after_lead(text: str, start: int) -> bool:
    """Whether the words at ``start`` follow a preposition or 'using': a thing, whatever its first word."""
    return bool(re.search(r"\b(?:using|with|on|of|including|such as|like)\s+$", text[:start]))


def _last_lead_word(text: str) -> int:
    best = 0
    for match in re.finditer(
        r"\b(?:on|with|of|in|for|including|such as|like|using|to|across|from|at|into|between|as)\s+", text
    ):
        best = match.end()
    return best


def _sibling_category(known, unit: _Unit, mentions: Sequence[Mention], category_of) -> Category:  # noqa: ANN001
    for text, start in known:
        for mention in mentions:
            if mention.line in unit.lines:
                base = unit.starts[unit.lines.index(mention.line)]
                if start <= base + mention.start < start + len(text):
                    return category_of.get(mention.concept_id, Category.SKILL)
    return Category.SKILL


def _frame_objects(
    text: str, number: int, frames: Sequence[re.Pattern[str]] = ()
) -> list[tuple[str, int, int | None]]:
    """The objects of 'experience with X', 'knowledge of X and Y', split into items; an acronym with a bracket
    inside it ('IR(ME)R') is one word of them."""
    nested = NESTED_ACRONYM.findall(text)
    for acronym in nested:  # its brackets hidden, the same length, so every offset holds
        text = text.replace(acronym, acronym.replace("(", _OPENING).replace(")", _CLOSING))
    found = []
    for match in (
        m
        for frame in (frames or (_FRAME, _LIGHT_DUTY, _YEARS_DOING, _FRAME_BEFORE, _COMPLETION))
        for m in frame.finditer(text)
    ):
        if match.re is _FRAME_BEFORE and (
            _noun_phrase(match.group("object"))[0].lower() in _BEFORE_GENERIC
            or _FRAME.search(match.group("object"))
        ):
            continue
        duty = match.re not in (_FRAME, _FRAME_BEFORE, _COMPLETION)
        obj = _FRAME_END.sub("", match.group("object"))
        base = match.start("object")
        group = None
        # 'Perform ambient noise surveys of audiometric test rooms and sound booths': the surveys too
        head = _OF_HEAD.match(obj)
        if head and not _LIST_SPLIT.search(head.group(1)):
            phrase, cut = _noun_phrase(head.group(1))
            if len(phrase.split()) >= 2 and _is_term_like(phrase) and not _any_verb(phrase):
                found.append((phrase, base + cut, group))
        for index, (item, offset) in enumerate(_items(obj, base)):
            if index and (_SAID_OF_BEFORE.match(item) or _MORE_OF_THE_KIND.match(item)):
                continue  # 'postmortem redistribution and its effect on interpretation': said of the first
            phrase, cut = _noun_phrase(item)
            if phrase and not _is_term_like(phrase) and " of " in phrase:
                phrase = phrase[: phrase.index(" of ")]  # 'ambient noise surveys of test rooms'
            if phrase and _is_term_like(phrase) and not (duty and _not_a_done_thing(phrase, index)):
                found.append((phrase, offset + cut, group))
    if nested:
        found = [(p.replace(_OPENING, "(").replace(_CLOSING, ")"), at, group) for p, at, group in found]
    return found


_OPENING, _CLOSING = "\u2039", "\u203a"  # the brackets hidden while a frame's objects are read


# the words that open a list of examples, as an item of their own ('(for example, Navy nuclear ET)')
_EXAMPLE_MARK = re.compile(
    rf"{_EXAMPLE_WORDS}|(?:for\s+)?(?:example|instance)|e\.g\.?|i\.e\.?", re.IGNORECASE
)
# 'and other agents', 'or other approved disinfectants': one plain word after 'other' (and a word that says
# which) is the kind the list's items are
_MORE_OF_THE_KIND = re.compile(
    r"(?:(?:and|or)\s+)?other\s+(?:(?:similar|such|comparable|equivalent|suitable|appropriate|[a-z]+ed)\s+)?"
    r"[a-z]+\s*$"
)
# a list item that speaks of the one before ('and its effect on interpretation'; not 'and their treadmills')
_SAID_OF_BEFORE = re.compile(
    r"(?:its|their)\s+(?:effects?|impacts?|influence|roles?|relationships?|significance|uses?|applications?|"
    r"limitations?|implications?|interpretation|causes?|consequences?|amendments?|revisions?|updates?)\b",
    re.IGNORECASE,
)
_OF_HEAD = re.compile(r"([^,;()]+?) of (?=\S)")  # the thing a frame's object is done of


def _not_a_done_thing(phrase: str, index: int) -> bool:
    """What 'perform' does not name: another duty after the first item ('read urine', 'capture'), half a
    word ('moderate-') or how urgent the work is ('critical testing', 'urgent testing')."""
    words = phrase.split()
    return (
        (index > 0 and _verb_capable(words[0]) and not _ACTION_NOUN.search(words[-1]))
        or _verb_only(words[-1])
        or phrase.endswith("-")
        or (len(words) == 2 and words[0].lower() in word_classes()["adj"] and words[1].lower() in _WORK_WORDS)
    )


# A phrase ending in the name of a job done is a thing, whatever its first word ('strain relief replacement',
# 'housing repair'); 'read urine cultures' is another duty.
_ACTION_NOUN = re.compile(r"(?:ment|tion|sion|ance|ence|ing|ysis|repairs?|tests?|checks?)$", re.IGNORECASE)
_WORK_WORDS = frozenset(
    "testing tests test work cases specimens samples procedures duties records logs".split()
)


def _noun_phrase(text: str) -> tuple[str, int]:
    """An item without its lead-in ('the', 'such as') and trailing clause ('in a hospital'); its offset."""
    lead = _LEAD.match(text)
    cut = lead.end() if lead else 0
    rest = text[cut:]
    bare = rest.lstrip("/& ")  # '/ PVHO-2' of 'ASME PVHO-1 / PVHO-2': the slash joins, it is no part
    cut += len(rest) - len(bare)
    phrase = _TAIL.sub("", bare).strip(" ,'\"/&")
    return _without_manner(phrase), cut


def _without_manner(phrase: str) -> str:
    """'biohazardous specimens safely' less the word that says how the work is done; 'assembly' and 'daily'
    are kept, as they can name or describe a thing."""
    head, _, last = phrase.rpartition(" ")
    low = last.lower()
    classes = word_classes()
    if head and low.endswith("ly") and low in classes["adv"] and low not in classes["noun"] | classes["adj"]:
        return head.rstrip(" ,")
    return phrase


def _describing_end(phrase: str) -> bool:
    """A phrase that ends in a word only ever describing ('electrical'), so it names nothing."""
    last = phrase.split()[-1].lower()
    return last in word_classes()["adj"] and last not in word_classes()["noun"]


def _gerund_thing(phrase: str, text: str, start: int, listed: bool = False) -> bool:
    """'gowning procedures' after 'using', or among things ``listed``: an -ing word before a noun names a
    kind of thing there ('docking stations')."""
    words = phrase.split()
    return (
        (listed or _after_lead(text, start))
        and len(words) == 2
        and words[0].lower().endswith("ing")
        and words[1].isalpha()
        and not _is_stop(words[1].lower())
        and not _verb_capable(words[1])
    )


def _is_term_like(phrase: str) -> bool:
    """A short noun phrase naming a thing: not a duty ('verify results'), a person ('Medical Director'), a
    place ('Pittsburgh campus'), a size ('310-bed') or words every posting uses."""
    words = re.findall(r"[A-Za-z0-9][\w+&/-]*", phrase)
    if not words or len(words) > _MAX_WORDS or len(phrase) < 2 or re.match(r"\d+(?:[-–]\w+)?$", words[0]):
        return False
    lower = [w.lower() for w in words]
    if re.search(r"\d+\+?\s*(?:years?|yrs?|months?|hours?)|/hr\b|\$", phrase, re.IGNORECASE):
        return False
    if any(_is_stop(w) for w in lower[1:-1] if w not in _INNER) or _is_stop(lower[0]) or _is_stop(lower[-1]):
        return False
    if lower[-1] in _FRAME_WORDS:
        return False  # 'Hands-on experience': what the experience is of is the term, read by the frames
    if len(lower) > 2 and lower[1] == "of" and lower[0] in _GENERIC:
        return False  # 'combination of education', 'variety of analyzers': the thing is what comes after
    if (
        _singulars(lower[-1]) & _PEOPLE_AND_PLACES  # 'campuses', 'facilities', 'technologists'
        or _is_verb_first(lower)
    ):
        return False
    if len(lower) == 2 and _singulars(lower[0]) & _PEOPLE_AND_PLACES and lower[1].endswith("ed"):
        return False  # 'patients supported on durable LVADs': the people and what is done for them
    if len(words) == 1 and not _could_be_name(words[0]):
        return False
    # 'patient specimens', 'clinical testing': words every posting uses and the work they name
    return any(
        w not in _GENERIC and w.rstrip("s") not in _GENERIC and w not in _WORK_WORDS and not _is_stop(w)
        for w in lower
    )


def _is_verb_first(lower: list[str]) -> bool:
    """'verify results', 'investigate occurrences': a duty, not a term (a noun such as 'flag' may lead)."""
    first = lower[0]
    if first.endswith("ed") and len(lower) > 1 and first not in _PLAIN_PARTICIPLES:
        return False  # 'confined space entry', 'controlled substances': the participle describes the thing
    # ('superconducting magnet': an -ing word of no verb describes the thing)
    return _verb_only(first) or (first.endswith("ing") and len(lower) > 1 and _verb_capable(first))


# participles that open the phrases every posting writes ('demonstrated experience', 'required training')
_PLAIN_PARTICIPLES = frozenset(
    "demonstrated proven required preferred desired related documented established detailed combined "
    "needed expected qualified skilled experienced assigned scheduled designated increased reduced "
    "improved updated focused dedicated motivated organized varied continued".split()
)


def _verb_forms(word: str) -> set[str]:
    """The bare forms a word may inflect: 'performs' -> perform, 'validated' -> validate, validat."""
    low = word.lower()
    forms = {low}
    for suffix, bases in (
        ("ies", ("y",)),
        ("es", ("",)),
        ("s", ("",)),
        ("ed", ("", "e")),
        ("ing", ("", "e")),
    ):
        if low.endswith(suffix) and len(low) > len(suffix) + 2:
            forms.update(low[: -len(suffix)] + base for base in bases)
    return forms


def _verb_capable(word: str) -> bool:
    return bool(_verb_forms(word) & word_classes()["verb"])


verb_capable = _verb_capable  # for the matcher of open terms: a word that can be a verb


def _verb_only(word: str) -> bool:
    """A word that can only be a verb here ('verify', 'performs'), never a noun ('review', 'flag')."""
    nouns = word_classes()["noun"]
    if word.lower().endswith("ing") and _PREFIXED.sub("", word.lower()) in nouns:
        return False  # 'decommissioning': the work a noun names, undone or done again
    return _verb_capable(word) and not _singulars(word) & nouns


def _any_verb(phrase: str) -> bool:
    return _verb_capable(phrase.split()[0])


def _participle(phrase: str) -> bool:
    """'distributed antenna system': a list item opening with an -ed word describes its noun."""
    return phrase.split()[0].lower().endswith("ed")


def _may_be_verb(phrase: str) -> bool:
    """A duty bullet opens with its verb ('Run', 'Load', 'Lead'): such an item is no sibling of a term."""
    words = phrase.split()
    return _verb_capable(words[0]) and (_verb_only(words[0]) or len(words) >= 3)


_BARE_ACTIONS = frozenset(
    "review reviews analysis analyses characterization support upkeep oversight coordination documentation "
    "stage stages maintenance operation operations repair repairs servicing inspection inspections".split()
)


_PREFIXED = re.compile(r"^(?:de|re|pre|post|dis|sub)-?(?=[a-z]{6})")


def _could_be_name(word: str) -> bool:
    """A one-word item names a thing when it is no verb form, adjective or adverb ('optical', 'calibrate',
    'depending', 'constitutional')."""
    low = word.lower()
    if not low.isalpha() or word[1:] != word[1:].lower():
        return True
    classes = word_classes()
    # 'plumbing', 'commissioning', 'wiring': an -ing word the dictionary has as a noun names a trade's work
    ing_noun = low.endswith("ing") and low in classes["noun"]
    # 'decommissioning', 'recommissioning': the work named by such a noun, undone or done again
    ing_noun = ing_noun or (low.endswith("ing") and _PREFIXED.sub("", low) in classes["noun"])
    if (low.endswith(("ing", "ed", "ly")) and not ing_noun) or low in classes["adv"] or low in classes["adj"]:
        return False
    if word.islower() and low in _BARE_ACTIONS:
        return False  # 'analysis', 'characterization', 'review': work done, without what it is done on
    if low not in classes["noun"] and not ing_noun and _verb_capable(word) and not _plural_noun(word):
        return False  # 'Qualifies as a general supervisor' (but 'ratchets' are things)
    return low in classes["noun"] or ing_noun or low not in english_words()


def _is_stop(word: str) -> bool:
    from resumefit.spacyload import stop_words

    STOP_WORDS = stop_words()

    return word.lower() in STOP_WORDS


_NUMBERED_DOCUMENT = re.compile(r"^[A-Z][A-Z0-9&]{1,5}\s+(?:Report|Publication|Bulletin)\s(?:No\.\s?)?\d")


@lru_cache(maxsize=4096)
def titled_documents(text: str) -> tuple[tuple[int, int], ...]:
    """Where a body's documents stand by their titles: three capitalised words at least (a body's initials
    count as one); a sentence's first word is left out when it is an everyday word ('Follow the ...')."""
    from resumefit.postingnoise import english_words

    found = []
    for match in _TITLED_DOCUMENT.finditer(text):
        start, end = match.span()
        first = re.match(r"\S+\s+", match.group(0))
        if first and _sentence_start(text, start) and first.group(0).strip().lower() in english_words():
            start += first.end()
        title = re.sub(r"\s*\([A-Z]{2,8}\)$", "", text[start:end])
        if text[:start].rstrip().endswith("("):
            continue  # 'CBAHI ESRs (Essential Safety Requirements)': the long form of the acronym before it
        # (or a body's initials and its document's number: 'IPEM Report 81')
        if len(re.findall(r"\b[A-Z][A-Za-z0-9&]*", title)) >= 3 or _NUMBERED_DOCUMENT.search(title):
            found.append((start, end))
    return tuple(found)


def _product_names(text: str) -> list[tuple[str, int]]:
    """Capitalised product and model names: 'NxStage System One', 'Fresenius 2008K2', 'STARLIMS'."""
    # '1.5T': the decimal part of a number is no name
    words = [w for w in _WORD.finditer(text) if not re.search(r"\d[.,]$", text[: w.start()])]
    found, i = [], 0
    while i < len(words):
        if not _is_brand(words[i].group(0), _sentence_start(text, words[i].start())):
            named = _titled_name_end(text, words, i)
            if named:  # 'Blue Mountain RAM': ordinary words in capitals that end in a product's letters
                # and the model after them: 'Boston Scientific MOSES Pulse 120H'
                end = named + 1
                while end < len(words) and end - named < 3 and _extends(text, words[end - 1], words[end]):
                    end += 1
                if end > named + 1 and not re.search(r"\d", words[end - 1].group(0)):
                    end = named + 1  # only a model number ends the longer name
                found.append((text[words[i].start() : words[end - 1].end()], words[i].start()))
                i = end
            else:
                i += 1
            continue
        j = i + 1
        while j < len(words) and j - i < 4 and _extends(text, words[j - 1], words[j]):
            j += 1
        if j < len(words) and _species_after(text, words[j - 1], words[j]):
            j += 1  # 'Crithidia luciliae': a genus and its species
        first = i
        # 'GE PETtrace 880', 'KARL STORZ OR1': a maker's capitals right before its product's name
        while first > max(0, i - 2) and _maker_letters(text, words[first - 1], words[first]):
            first -= 1
        found.append((text[words[first].start() : words[j - 1].end()], words[first].start()))
        i = j
    # 'Cascadia Department of Health': a body of the employer's, no product
    return [(name, start) for name, start in found if name.split()[-1].lower() not in _BODY_WORDS]


_CAPITALISED = r"[A-Z][a-z][\w'-]*"
# the words that end a body's name ('... Radiation Protection Board'); the posting's reader takes a few more
BODY_NAME_ENDS = r"(?:Board|Council|Authority|Agency|Commission|Society|Association)"
_BODY_HEADS = rf"(?:{BODY_NAME_ENDS}|Institute|Institution|Services?)"
_BODY_OPENS = r"(?:Ministry|Department|Board|Council|Institute|Institution|Society|Association|Office)"
# a body's name, with 'and' inside it or 'of' after its first word: 'Pharmacy and Poisons Board', 'Ministry
# of Health and Wellness', 'Institute of Physics and Engineering in Medicine', 'Institution of Engineers of
# Kenya'
_BODY_NAME = re.compile(
    rf"(?<![\w-])(?:(?:(?:{_CAPITALISED}|[A-Z]{{2,}})\s+){{0,3}}{_BODY_OPENS}\s+(?:of|for)\s+(?:the\s+)?"
    rf"{_CAPITALISED}(?:\s+{_CAPITALISED}){{0,2}}"
    rf"(?:\s+(?:and|&)\s+{_CAPITALISED}(?:\s+(?:in\s+)?{_CAPITALISED}){{0,2}})?"
    rf"|{_CAPITALISED}(?:\s+{_CAPITALISED}){{0,2}}\s+(?:and|&)\s+{_CAPITALISED}(?:\s+{_CAPITALISED}){{0,2}}"
    rf"\s+{_BODY_HEADS})(?:\s+(?:of|for)\s+(?:the\s+)?{_CAPITALISED}(?:\s+{_CAPITALISED}){{0,2}})?(?![\w-])"
)


# a qualification named by its kind and subject: 'Diploma in Medical Engineering', 'Higher National Diploma in
# Electrical Engineering', 'Certificate in Medical Laboratory Technology'
_NAMED_QUALIFICATION = re.compile(
    rf"(?<![\w-])(?:(?:Higher|National|Advanced|Ordinary|Graduate|Postgraduate|Post-?graduate)\s+)*"
    rf"(?:Diploma|Certificate)\s+(?:in|of)\s+{_CAPITALISED}(?:\s+(?:(?:and|&)\s+)?{_CAPITALISED}){{0,4}}(?![\w-])"
)


# what asks for a body: 'registered by the', 'Membership of the', 'accredited by'
_BODY_FRAME = re.compile(
    r"\b(?:regist(?:ered|ration)|licen[cs](?:ed|e)|members?(?:hip)?|accredit(?:ed|ation)|certified|approved|"
    r"recogni[sz]ed|enrolled)\s+(?:with|by|of|in|from)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


def _inside_a_body_name(clause: str, match: re.Match[str]) -> bool:
    """Whether the 'and' of ``match`` is inside a body's name that the clause holds."""
    return any(m.start() < match.start() < m.end() for m in _BODY_NAME.finditer(clause))


_BODY_WORDS = frozenset(
    {"department", "division", "ministry", "bureau", "agency", "office", "board", "council", "authority"}
)


def _coined_then_known(text: str, start: int, name: str, covered: Sequence[tuple[int, int]]) -> bool:
    """'Oncentra Brachy': a first word no dictionary has, and the rest of the name one known term."""
    words = name.split()
    if len(words) != 2 or words[0].lower() in english_words() or not words[0][:1].isupper():
        return False
    rest = start + len(words[0]) + 1
    return any(s == rest and e == start + len(name) for s, e in covered) and not _overlaps(
        start, rest - 1, covered
    )


def _titled_name_end(text: str, words: list[re.Match[str]], i: int) -> int | None:
    """The index of the acronym or brand ending a run of capitalised words from ``i``, mid-sentence."""
    if _sentence_start(text, words[i].start()):
        return None
    j = i
    while j < len(words) and j - i < 3:
        token = words[j].group(0)
        if j > i and re.fullmatch(r"[A-Z]{2,6}", token) and not re.fullmatch(r"[IVX]+", token):
            return j
        low = token.lower()
        if not re.fullmatch(r"[A-Z][a-z]{2,}", token) or _is_stop(token) or low in _TITLE_WORDS:
            return None
        if j + 1 < len(words) and text[words[j].end() : words[j + 1].start()] != " ":
            return None
        j += 1
    return None


def _class_after(text: str, end: int) -> tuple[str, int] | None:
    """The lower-case words naming a product's class right after its name, up to a small word."""
    match = re.match(r" ((?:[a-z][a-z-]+ ){0,2}[a-z][a-z-]+)(?![\w-])", text[end:])
    if not match:
        return None
    words = match.group(1).split()
    while words and (_is_stop(words[-1]) or (words[-1].endswith("ed") and _verb_capable(words[-1]))):
        words.pop()  # 'Prometric exam passed': what became of it is no part of the class
    cut = next((i for i, w in enumerate(words) if _is_stop(w)), len(words))
    words = words[:cut]
    if not words or {words[0], words[-1]} & _WEAK_CLASS:
        return None
    phrase = " ".join(words)
    if not _is_term_like(phrase) or _verb_only(words[0]):  # 'bone conductors' (bone is a verb too)
        return None
    return phrase, end + 1


# Words after a name that say what it is made of or used for, not the kind of thing it is ('HEp-2 cells',
# 'Lyme disease two-tier testing'), or that it is one of a line of models ('Sumitomo RDK-408 series').
_WEAK_CLASS = frozenset(
    "cell cells product products disease diseases test tests testing sample samples specimen specimens kit "
    "kits result results data line lines participation enrollment membership experience knowledge training "
    "support candidates applicants exam exams examination series family range".split()
)


def _species_after(text: str, previous: re.Match[str], word: re.Match[str]) -> bool:
    token = word.group(0)
    return (
        bool(re.fullmatch(r"[A-Z][a-z]{3,}", previous.group(0)))
        and text[previous.end() : word.start()] == " "
        and bool(re.fullmatch(r"[a-z]{4,}", token))
        and not {token, token.removesuffix("s")} & english_words()
        and not _verb_capable(token)
        and not _is_stop(token)  # 'Hyperbaric Safety Director with the ...': no species
    )


def _maker_letters(text: str, previous: re.Match[str], word: re.Match[str]) -> bool:
    """'GE' of 'GE PETtrace 880', 'KARL STORZ' of 'KARL STORZ OR1': a maker's capitals right before its
    product's name; a word of five capitals or more counts only when it is no English word ('SERIES',
    'MODEL' are no maker)."""
    capitals = previous.group(0)
    maker = bool(re.fullmatch(r"[A-Z]{2,4}", capitals)) or (
        bool(re.fullmatch(r"[A-Z]{5,8}", capitals)) and capitals.lower() not in english_words()
    )
    return maker and text[previous.end() : word.start()] == " "


_PLURALS = (("ies", "y"), ("es", ""), ("s", ""))


def _singulars(word: str) -> set[str]:
    """The word in lower case and every singular it may be the plural of ('duties' -> duty, 'switches' ->
    switch, 'pumps' -> pump)."""
    low = word.lower()
    return {low} | {low[: -len(end)] + base for end, base in _PLURALS if low.endswith(end)}


def _trade_noun(word: str) -> bool:
    """A lower-case noun of the dictionary that is rare in everyday English ('refrigerant', 'transducers'):
    not a person or place ('visitors') nor a state or quality ('occurrences', 'purity')."""
    singulars = _singulars(word)
    if not word.islower() or singulars & _PEOPLE_AND_PLACES or re.search(r"(?:[ae]nces?|ity|ness)$", word):
        return False
    return bool(singulars & word_classes()["noun"]) and not everyday_word(word)


def everyday_word(word: str) -> bool:
    """A word of everyday English, by itself or by a singular ('patients', 'repairs'): a dictionary lists
    it and it is frequent in English text."""
    singulars = _singulars(word)
    return bool(singulars & english_words() and singulars & common_words())


def _is_brand(word: str, at_start: bool) -> bool:
    """A product-like word: camel case (NxStage), letters with digits (2008K2), or a capitalised word that
    is not English and not at the start of a sentence (Fresenius)."""
    if (re.search(r"[a-z][A-Z]", word) or re.match(r"[A-Z]{2,}[a-z]{2,}", word)) and word[0].isalpha():
        return True  # 'NxStage', 'PETtrace', 'TRACERlab'

    if re.search(r"[A-Z]", word) and re.search(r"\d", word) and len(word) >= 3:
        return True
    plain = word.rstrip(".")
    if plain[:1].isupper() and plain[1:].islower() and len(plain) >= 4:
        low = plain.lower()
        # 'Guidelines' is an English word in the plural
        english = bool(_singulars(low) & english_words())  # 'Responsibilities', 'Duties' are English too
        parts = low.split("-")  # 'Foreign-educated', 'Detail-oriented': English words describing
        described = len(parts) == 2 and parts[1].endswith("ed") and min(map(len, parts)) >= 3
        english = english or (described and all(_singulars(p) & english_words() for p in parts))
        return not english and not _is_stop(plain) and _could_be_name(plain)
    return False


def _extends(text: str, previous: re.Match[str], word: re.Match[str]) -> bool:
    """A product name goes on over a space to a capitalised word or a model number ('System One')."""
    if text[previous.end() : word.start()] != " ":
        return False
    token = word.group(0)
    # 'rRNA' of '16S rRNA': a small letter before capitals goes on a name too
    small_acronym = re.fullmatch(r"[a-z]{1,2}[A-Z]{2,}", token) is not None
    return token[:1].isupper() or token[:1].isdigit() or small_acronym


def _sentence_start(text: str, start: int) -> bool:
    before = _BULLET.sub("", text[:start]).rstrip()
    return not before or before[-1] in ".!?:;|"


# --- requirements --------------------------------------------------------------------------------


def open_id(text: str) -> str:
    """The concept id of an open term: 'open:' and its wording key."""
    return OPEN_PREFIX + "-".join(wording_key(text))


def is_open(concept_id: str) -> bool:
    return concept_id.startswith(OPEN_PREFIX)


def open_words(concept_id: str) -> str:
    """The words an open term's id was made of ('open:review-result' -> 'review result'), for a place that
    holds the id and not the posting's wording."""
    return concept_id.removeprefix(OPEN_PREFIX).replace("-", " ")


def display_name(vocabulary: Vocabulary, concept_id: str) -> str:
    """A concept's name, or the words of its id when the vocabulary does not know it (an open term)."""
    concept = vocabulary.concepts.get(concept_id)
    return concept.name if concept is not None else open_words(concept_id)


def _requirements(
    found: list[_Found],
    units: list[_Unit],
    importances: Sequence[Importance | None],
    lines: Sequence[Line],
    known_keys: set[tuple[str, ...]],
    asked: set[tuple[str, ...]],
) -> tuple[Requirement, ...]:
    by_key: dict[tuple[str, ...], list[_Found]] = defaultdict(list)
    # 'Mycobacterium tuberculosis complex (MTBC)' once defined, 'MTBC' on a later line is the same term
    defined = {}
    # 'cardiopulmonary exercise testing' in one duty and 'cardiopulmonary exercise testing (CPET)' in
    # another: one term, the wording that defines the acronym
    spelt: dict[tuple[str, ...], tuple[str, ...]] = {}
    for item in found:
        short = _DEFINED_AT_END.search(item.text)
        if short and item.group is None:
            defined.setdefault(short.group(1), wording_key(item.text))
            spelt.setdefault(wording_key(item.text[: short.start() + 1]), wording_key(item.text))
    known_short = _short_forms_of_known(lines, asked)
    listed = _listed_beside(found, units)
    for item in found:
        key = wording_key(item.text)
        if item.group is None and item.text.removesuffix("s") in defined:
            key = defined[item.text.removesuffix("s")]
        elif item.group is None and key in spelt:
            key = spelt[key]
        elif item.group is None and item.text.removesuffix("s") in known_short:
            continue  # 'scheduled maintenance (SM)', then 'at every SM': the known term, reported as such
        if key and (not is_form_key(item.text, known_keys) or id(item) in listed):
            by_key[key].append(item)
    groups = _groups(by_key)
    result = []
    for key, items in by_key.items():
        if key in groups.grouped:
            continue
        result.append(_requirement(items, units, importances, lines))
    result += [_group_requirement(members, by_key, units, importances, lines) for members in groups.members]
    return tuple(result)


def _listed_beside(found: list[_Found], units: list[_Unit]) -> set[int]:
    """'RF and microwave systems', 'high voltage, RF, vacuum': initials the vocabulary knows in another
    sense (its guards refused them here), listed with another wording read from the same bullet, are the
    posting's own item of that list and read as such; 'Hartford, CT' is a place, not a list."""
    listed: set[int] = set()
    for item in found:
        if not re.fullmatch(r"[A-Z][A-Z0-9]{1,5}", item.text):
            continue
        text = units[item.unit].text
        if any(p.start() <= item.start and item.end <= p.end() for p in PLACE.finditer(text)):
            continue
        for other in found:
            if other is item or other.unit != item.unit:
                continue
            gap = text[item.end : other.start] if other.start >= item.end else text[other.end : item.start]
            if re.fullmatch(r"\s*(?:,|and|or|&|/|,\s*and|,\s*or)\s*", gap):
                listed.add(id(item))
                break
    return listed


@dataclass(frozen=True, slots=True)
class _Groups:
    members: tuple[tuple[tuple[str, ...], ...], ...]
    grouped: frozenset[tuple[str, ...]]


def _groups(by_key: dict[tuple[str, ...], list[_Found]]) -> _Groups:
    """Open terms written as 'A or B' form one either/or requirement."""
    numbered: dict[int, list[tuple[str, ...]]] = defaultdict(list)
    for key, items in by_key.items():
        for item in items:
            if item.group is not None and key not in numbered[item.group]:
                numbered[item.group].append(key)
    members = tuple(tuple(keys) for keys in numbered.values() if len(keys) > 1)
    grouped = frozenset(k for keys in members for k in keys)
    return _Groups(members, grouped)


def _importance(
    items: Sequence[_Found], units: list[_Unit], importances: Sequence[Importance | None]
) -> Importance:
    levels = [importances[units[i.unit].lines[0]] or Importance.MENTIONED for i in items]
    return max(levels, key=lambda level: _RANK[level])


def _requirement(items: list[_Found], units, importances, lines) -> Requirement:  # noqa: ANN001
    importance = _importance(items, units, importances)
    first = next(
        i for i in items if (importances[units[i.unit].lines[0]] or Importance.MENTIONED) is importance
    )
    line = _line_of(units[first.unit], first.start)
    # the wording that defines an acronym stands for it wherever the acronym alone is written
    text = next((i.text for i in items if _DEFINED_AT_END.search(i.text)), first.text)
    return Requirement(
        concept_id=open_id(text),
        term=text,
        category=first.category,
        importance=importance,
        posting_form=text,
        count=len(items),
        snippet=_snippet(units[first.unit].text),
        line=line,
        known=False,
        tentative=all(i.tentative for i in items),
        narrows=first.narrows,
    )


def _short_forms_of_known(lines: Sequence[Line], asked: set[tuple[str, ...]]) -> set[str]:
    """The acronyms the posting defines for a known term it asks for ('Perform scheduled maintenance (SM)',
    'TJC Environment of Care (EC)'): written alone later, they are that term, reported as such, not a new
    one. ``asked`` holds the wording keys of the known requirements; the defined words end one of them."""
    shorts = set()
    for line in lines:
        for match in PAREN_ACRONYM.finditer(line.text):
            before = line.text[: match.start()].rstrip()
            start = defined_long_form_start(before, match.group(1))
            key = wording_key(before[start:]) if start is not None else ()
            if key and any(asked_key[-len(key) :] == key for asked_key in asked):
                shorts.add(match.group(1))
    return shorts


_DEFINED_AT_END = re.compile(r"\S\s+\(\s*([A-Z][A-Za-z0-9&/-]{1,9})\s*\)$")


def _group_requirement(members, by_key, units, importances, lines) -> Requirement:  # noqa: ANN001
    items = [i for key in members for i in by_key[key]]
    importance = _importance(items, units, importances)
    firsts = [by_key[key][0] for key in members]
    return Requirement(
        concept_id=open_id(firsts[0].text),
        term=" / ".join(f.text for f in firsts),
        category=firsts[0].category,
        importance=importance,
        posting_form=" or ".join(f.text for f in firsts),
        count=len(items),
        snippet=_snippet(units[firsts[0].unit].text),
        alternatives=tuple(open_id(f.text) for f in firsts[1:]),
        line=_line_of(units[firsts[0].unit], firsts[0].start),
        known=False,
        tentative=all(i.tentative for i in items),
    )


def _line_of(unit: _Unit, offset: int) -> int:
    index = 0
    for position, start in enumerate(unit.starts):
        if start <= offset:
            index = position
    return unit.lines[index]


def _snippet(text: str, limit: int = 160) -> str:
    text = " ".join(_BULLET.sub("", text).split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


_JOB_NUMBER = re.compile(  # "Req #BME-24117", "Job ID: 88812": the posting's own number, not a requirement
    r"^\W*(?:req(?:uisition)?|job|position|posting)\s*(?:#|no\.?|number|id|code)?\s*[:#]?\s*[A-Z0-9][\w-]*\W*$",
    re.IGNORECASE,
)


def _not_understood(
    units: list[_Unit], used: set[int], importances: Sequence[Importance | None]
) -> tuple[NotUnderstood, ...]:
    """Requirement bullets (and lines under a qualifications heading) that yielded no term."""
    from resumefit.advice import mentions_condition

    result = []
    for number, unit in enumerate(units):
        importance = importances[unit.lines[0]] or Importance.MENTIONED
        requirement_line = unit.bullet or importance is not Importance.MENTIONED
        if (
            number in used
            or not requirement_line
            or mentions_condition(unit.text)
            or _JOB_NUMBER.match(unit.text)
            or is_job_particulars(unit.text)
            or is_address_or_link(unit.text)
        ):
            continue
        text = _snippet(unit.text, 240)
        if len(text.split()) >= 2:
            result.append(NotUnderstood(text=text, line=unit.lines[0], importance=importance))
    return tuple(result)


def known_form_keys(vocabulary: Vocabulary) -> frozenset[tuple[str, ...]]:
    """The wording keys of the forms the vocabulary knows (built once per vocabulary, or stored by the
    compiled file), but for a plain lower-case wording held back only by its context words: 'thermometer'
    needs a patient-care word to be the medical thermometer, and a metrology posting's 'Calibrate
    thermometers' still names a thing."""
    keys = vocabulary.derived.get(FORM_KEYS)
    if keys is None:
        keys = vocabulary.derived[FORM_KEYS] = form_keys(vocabulary.concepts.values())
    return keys
