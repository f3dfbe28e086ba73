"""The curated vocabulary: YAML files in vocab/ read into validated Concepts, with user overlays."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

from resumefit.errors import VocabularyError
from resumefit.guards import failing_examples
from resumefit.models import Category, Concept, Guard, SectionKind, SurfaceForm, Track
from resumefit.yamlfile import parse_yaml, read_text_file, read_yaml_file

HEADINGS_FILE = "headings.yaml"
LEXICON_FILE = "lexicon.yaml"
COMPILED_FILE = "compiled.json"
_COMPILED_FORMAT = 13
ANCHOR_WORDS = "anchor_words"  # Vocabulary.derived: each form's anchor words, stored by the compiled file
FORM_KEYS = "form_keys"  # Vocabulary.derived: the wording keys of the forms an open term may not repeat
_ID = re.compile(r"^[a-z0-9][a-z0-9.+-]*$")
_FORM_LISTS = {
    "aliases": "alias",
    "abbreviations": "abbreviation",
    "legacy": "legacy",
    "misspellings": "misspelling",
}
_CONCEPT_KEYS = {
    "id",
    "name",
    "category",
    "track",
    "source",
    "broader",
    "same_as",
    "related",
    "long_form",
    "note",
    "guards",
    "xrefs",
    *_FORM_LISTS,
}
_FORM_KEYS = {"text", "context", "not_after", "not_before", "case_sensitive", "guards"}
_TOP_KEYS = {"version", "concepts", "ignore", "add_forms", "description", "defaults", "guards"}
_LEXICON_LISTS = ("issuing_bodies", "state_codes", "english_acronyms", "degree_levels", "degree_subjects")
_DEFAULT_KEYS = ("category", "track", "source", "guards")
_GUARD_LISTS = ("near", "not_near", "not_after", "not_before", "gap")
_GUARD_KEYS = {
    *_GUARD_LISTS,
    "not_after_regex",
    "not_before_regex",
    "both",
    "in_progress",
    "topical",
    "description",
    "examples",
}
# Identifiers in openly licensed classifications only (docs/vocabulary.md says each licence).
XREF_SCHEMES: Mapping[str, re.Pattern[str]] = {
    "onet": re.compile(r"^\d{2}-\d{4}\.\d{2}$"),  # O*NET-SOC, CC BY 4.0
    "fda": re.compile(r"^[A-Z]{3}$"),  # FDA device product code, public domain
    "esco": re.compile(r"^http://data\.europa\.eu/esco/(occupation|skill)/[0-9a-f-]{36}$"),  # CC BY 4.0
}


@dataclass(frozen=True, slots=True)
class Lexicon:
    """Word lists the matcher needs beside the concepts (vocab/lexicon.yaml)."""

    issuing_bodies: tuple[str, ...] = ()  # written in brackets after a credential: MLS(ASCP), MLT(AMT)
    state_codes: frozenset[str] = frozenset()  # "Hartford, CT" is a place: the guard 'place' decides
    english_acronyms: frozenset[str] = frozenset()  # OR, IT, US: never trusted on a line in capitals
    degree_levels: tuple[str, ...] = ()  # degree concepts, lowest first: a higher degree meets a lower one
    degree_subjects: frozenset[str] = frozenset()  # a subject's degree: held or pursued like a degree level
    # words the trade writes two ways ('O2' and 'oxygen', 'leak checks' and 'leak tests'); the first of each
    # group is the one compared
    equal_words: tuple[tuple[str, ...], ...] = ()


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """Concepts by id, section heading aliases, and the files they came from."""

    concepts: Mapping[str, Concept]
    headings: Mapping[SectionKind, tuple[str, ...]]
    files: tuple[str, ...] = ()
    ignored: frozenset[str] = field(default_factory=frozenset)
    guards: Mapping[str, Guard] = field(default_factory=dict)
    lexicon: Lexicon = field(default_factory=lambda: shipped_lexicon())
    head_nouns: Mapping[str, SectionKind] = field(default_factory=dict)
    # derived: each concept's direct narrower concepts, so descendants() need not scan every concept
    children: Mapping[str, tuple[str, ...]] = field(default_factory=dict, compare=False, repr=False)
    # derived indexes built on first use by the modules that read them (form keys, lower-case forms)
    derived: dict[str, Any] = field(default_factory=dict, init=False, compare=False, repr=False)

    def __post_init__(self) -> None:
        children: dict[str, list[str]] = {}
        for concept in self.concepts.values():
            for parent in concept.broader:
                children.setdefault(parent, []).append(concept.id)
        object.__setattr__(self, "children", MappingProxyType({k: tuple(v) for k, v in children.items()}))

    def __len__(self) -> int:
        return len(self.concepts)

    def ancestors(self, concept_id: str) -> frozenset[str]:
        """Every broader concept, transitively (TMS -> CMMS -> ...)."""
        seen: set[str] = set()
        stack = list(self.concepts[concept_id].broader) if concept_id in self.concepts else []
        while stack:
            parent = stack.pop()
            if parent not in seen and parent in self.concepts:
                seen.add(parent)
                stack.extend(self.concepts[parent].broader)
        return frozenset(seen)

    def descendants(self, concept_id: str) -> frozenset[str]:
        """Every narrower concept, transitively."""
        seen: set[str] = set()
        stack = list(self.children.get(concept_id, ()))
        while stack:
            child = stack.pop()
            if child not in seen:
                seen.add(child)
                stack.extend(self.children.get(child, ()))
        return frozenset(seen)

    def related_from(self, concept_id: str) -> tuple[str, ...]:
        """The concepts that list this one as ``related``."""
        table = self.derived.get("related_from")
        if table is None:
            built: dict[str, list[str]] = {}
            for concept in self.concepts.values():
                for target in concept.related:
                    built.setdefault(target, []).append(concept.id)
            table = self.derived["related_from"] = {k: tuple(v) for k, v in built.items()}
        return table.get(concept_id, ())

    def showing(self, concept_id: str) -> frozenset[str]:
        """The concepts a resume may name to show experience of this one without naming it: those that list
        it (or a narrower concept) as ``related``, and everything narrower than them ('GeneXpert' for
        real-time PCR, through the sample-to-answer systems that list the method)."""
        cache = self.derived.setdefault("showing", {})
        if concept_id not in cache:
            sources = {
                source
                for target in (concept_id, *self.descendants(concept_id))
                for source in self.related_from(target)
            }
            cache[concept_id] = frozenset(sources.union(*(self.descendants(s) for s in sources)))
        return cache[concept_id]


def default_vocab_dir() -> Path:
    """The packaged vocab/ (inside the wheel), else the repository's vocab/ in a source checkout."""
    packaged = resources.files("resumefit") / "vocab"
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parent.parent / "vocab"


def load_vocabulary(
    extra_files: Iterable[str | Path] = (),
    ignore: Iterable[str] = (),
    vocab_dir: Path | None = None,
    cache: bool = True,
) -> Vocabulary:
    """Read the default vocabulary plus user or project files, validated; raise VocabularyError.

    Read from YAML (a source checkout, whose vocab/ has no compiled copy), the shipped vocabulary is compiled
    into the user's cache once it has passed its checks, and read from there while the YAML is unchanged
    (``cache=False``: the YAML, always). Another folder (``vocab_dir``) is read as it is."""
    cache = cache and vocab_dir is None
    directory = vocab_dir or default_vocab_dir()
    if not directory.is_dir():
        raise VocabularyError(f"{directory}: vocabulary folder not found; reinstall resumefit")
    files = _vocabulary_files(directory)
    digest = _digest(directory, files)  # the YAML as it is now: what a compiled copy must be built from
    concepts, origin, ignored, guards, stored = _base_vocabulary(directory, files, digest, cache)
    from_yaml = not stored
    ignore = list(ignore)
    ignored.update(ignore)
    for extra in extra_files:
        _merge_file(Path(extra), _Parts(concepts, origin, ignored, guards), overlay=True)
    if extra_files:
        _guard_pursuables(concepts, guards)
    dropped = [cid for cid in ignored if cid in concepts]
    for cid in dropped:
        concepts.pop(cid, None)
    as_built = bool(stored) and not extra_files and not dropped  # the compiled file's concepts, unchanged
    if not as_built:
        _check_references(concepts, origin, guards)  # the compiled file's were checked when it was built
    if cache and from_yaml and not extra_files and not ignore and not dropped:
        _write_cache(directory, digest, (concepts, origin, ignored, guards))
    headings, head_nouns = _load_headings(directory / HEADINGS_FILE)
    names = tuple(str(p) for p in [*files, *map(Path, extra_files)])
    vocabulary = Vocabulary(
        MappingProxyType(concepts),
        MappingProxyType(headings),
        names,
        frozenset(ignored),
        guards=MappingProxyType(guards),
        lexicon=load_lexicon(directory / LEXICON_FILE),
        head_nouns=MappingProxyType(head_nouns),
    )
    if stored.get(ANCHOR_WORDS):
        vocabulary.derived[ANCHOR_WORDS] = stored[ANCHOR_WORDS]
    if as_built and stored.get(FORM_KEYS):
        vocabulary.derived[FORM_KEYS] = stored[FORM_KEYS]
    return vocabulary


@dataclass(slots=True)
class _Parts:
    """What the files read so far add up to (mutable while loading only)."""

    concepts: dict[str, Concept]
    origin: dict[str, Path]
    ignored: set[str]
    guards: dict[str, Guard]


def _vocabulary_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.glob("*.yaml") if p.name not in (HEADINGS_FILE, LEXICON_FILE))


# the concepts, their files, the ids ignored, the named guards, and what the compiled file stores for the
# matcher (ANCHOR_WORDS, FORM_KEYS; empty when read from the YAML)
_Base = tuple[dict[str, Concept], dict[str, Path], set[str], dict[str, Guard], dict[str, Any]]


def _base_vocabulary(directory: Path, files: list[Path], digest: str, cache: bool = False) -> _Base:
    """The shipped vocabulary: from the wheel's compiled copy when it matches the YAML, else from the user's
    cache when it does (and ``cache``), else the YAML."""
    compiled = _read_compiled(directory / COMPILED_FILE, directory, digest)
    if compiled is None and cache:
        compiled = _read_compiled(_cache_path(digest), directory, digest)
    if compiled is not None:
        return compiled
    parts = _Parts({}, {}, set(), {})
    for path in files:
        _merge_file(path, parts, overlay=False)
    _guard_pursuables(parts.concepts, parts.guards)
    return parts.concepts, parts.origin, parts.ignored, parts.guards, {}


def compile_vocabulary(directory: Path) -> str:
    """The validated vocabulary as JSON, built into the wheel so that a check need not parse YAML."""
    files = _vocabulary_files(directory)
    digest = _digest(directory, files)
    concepts, origin, ignored, guards, _stored = _base_vocabulary(directory, files, digest)
    _check_references(concepts, origin, guards)
    return _compiled_json(directory, digest, (concepts, origin, ignored, guards))


_CACHE_KEPT = 4  # compiled vocabularies kept in the user's cache (checkouts of other versions)


def _cache_path(digest: str) -> Path:
    """Where the user's cache keeps the compiled vocabulary of one version of the YAML."""
    root = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(root) / "resumefit" / f"vocabulary-{digest[:32]}.json"


def _write_cache(directory: Path, digest: str, parts: tuple) -> None:
    """Keep the checked vocabulary compiled in the user's cache, written whole or not at all; a cache that
    cannot be written is no error (the next check reads the YAML again)."""
    path = _cache_path(digest)
    written = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(
            "w", encoding="utf-8", dir=path.parent, prefix=".vocabulary-", suffix=".tmp", delete=False
        ) as handle:
            written = handle.name
            handle.write(_compiled_json(directory, digest, parts))
        os.replace(written, path)
        written = None
        kept = sorted(path.parent.glob("vocabulary-*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
        for stale in kept[_CACHE_KEPT:]:
            stale.unlink(missing_ok=True)
    except OSError:
        if written is not None:
            with contextlib.suppress(OSError):
                os.unlink(written)


def _compiled_json(directory: Path, digest: str, parts: tuple) -> str:
    from resumefit.variants import anchor_words, credential_regexes, form_keys, word_counts

    concepts, origin, ignored, guards = parts
    credentials = credential_regexes(load_lexicon(directory / LEXICON_FILE).issuing_bodies)
    words: dict[str, dict[str, str]] = {"exact": {}, "folded": {}}
    counts = word_counts(form.text for concept in concepts.values() for form in concept.forms)
    for concept in concepts.values():
        for form in concept.forms:
            table = words["exact" if form.case_sensitive else "folded"]
            if form.text not in table:
                table[form.text] = " ".join(anchor_words(form, credentials, counts))
    data = {
        "format": _COMPILED_FORMAT,
        "digest": digest,
        "ignored": sorted(ignored),
        "guards": [_guard_data(guard) for guard in guards.values()],
        "concepts": [_concept_data(concept, origin[cid].name) for cid, concept in concepts.items()],
        ANCHOR_WORDS: words,  # what the matcher's anchors start from (they depend on the lexicon too)
        FORM_KEYS: sorted(" ".join(key) for key in form_keys(concepts.values())),
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _guard_data(guard: Guard) -> dict[str, Any]:
    return {name: getattr(guard, name) for name in Guard.__slots__}


def _guard_from_data(item: dict[str, Any]) -> Guard:
    return Guard(**{k: tuple(v) if isinstance(v, list) else v for k, v in item.items()})


def _digest(directory: Path, files: list[Path]) -> str:
    """The concept files' and the lexicon's contents (the credential notation of the lexicon's issuing
    bodies shapes the stored anchor words)."""
    digest = hashlib.sha256(str(_COMPILED_FORMAT).encode())
    lexicon = directory / LEXICON_FILE
    for path in [*files, lexicon] if lexicon.is_file() else files:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _read_compiled(path: Path, directory: Path, digest: str) -> _Base | None:
    """The compiled vocabulary at ``path`` when it was compiled from the YAML as it is now."""
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("format") != _COMPILED_FORMAT or data.get("digest") != digest:
        return None  # stale: the YAML changed since it was compiled
    concepts = {item["id"]: _concept_from_data(item) for item in data["concepts"]}
    paths = {name: directory / name for name in {item["file"] for item in data["concepts"]}}
    origin = {item["id"]: paths[item["file"]] for item in data["concepts"]}
    guards = {item["name"]: _guard_from_data(item) for item in data["guards"]}
    keys = frozenset(tuple(key.split(" ")) if key else () for key in data.get(FORM_KEYS) or ())
    stored = {ANCHOR_WORDS: data.get(ANCHOR_WORDS) or {}, FORM_KEYS: keys}
    return concepts, origin, set(data["ignored"]), guards, stored


def _concept_data(concept: Concept, file: str) -> dict[str, Any]:
    data = _asdict(concept)
    data.update(category=concept.category.value, track=concept.track.value, file=file)
    # each form as a row in SurfaceForm's field order: 18,000 forms load far faster than as mappings
    data["forms"] = [[getattr(f, name) for name in SurfaceForm.__slots__] for f in concept.forms]
    return data


def _concept_from_data(item: dict[str, Any]) -> Concept:
    forms = tuple(
        SurfaceForm(
            text,
            kind,
            case,
            tuple(context) if context else (),
            after,
            before,
            tuple(guards) if guards else (),
        )
        for text, kind, case, context, after, before, guards in item["forms"]
    )
    return Concept(
        id=item["id"],
        name=item["name"],
        category=Category(item["category"]),
        track=Track(item["track"]),
        forms=forms,
        broader=tuple(item["broader"]),
        same_as=tuple(item["same_as"]),
        related=tuple(item["related"]),
        source=item["source"],
        note=item["note"],
        long_form=item["long_form"],
        xrefs=tuple((scheme, tuple(ids)) for scheme, ids in item["xrefs"]),
    )


def _read_yaml(path: Path) -> Any:
    # Bounded: a regular file under 5 MB, plain values only, aliases that cannot expand without limit.
    return read_yaml_file(path, VocabularyError, "vocabulary file")


@dataclass(frozen=True, slots=True)
class _FileContent:
    """What one vocabulary file says, validated: the same text always says the same."""

    guards: tuple[Guard, ...]
    concepts: tuple[Concept, ...]  # in the file's order; an error names one by its index
    ignored: tuple[str, ...]
    add_forms: tuple[tuple[str, tuple[SurfaceForm, ...]], ...]  # (concept id, its extra forms)


# Parsed file contents by (text digest, overlay): the compile, lint and check commands of one process, and
# a test session, read the same files many times. Bounded: a vocabulary has a few dozen files.
_PARSED: dict[tuple[str, bool], _FileContent] = {}
_PARSED_MAX = 512


def _file_content(path: Path, overlay: bool) -> _FileContent:
    text = read_text_file(path, VocabularyError, "vocabulary file")
    key = (hashlib.sha256(text.encode("utf-8")).hexdigest(), overlay)
    content = _PARSED.get(key)
    if content is None:
        content = _parse_file(path, parse_yaml(text, path, VocabularyError), overlay)
        if len(_PARSED) >= _PARSED_MAX:
            _PARSED.clear()
        _PARSED[key] = content
    return content


def _parse_file(path: Path, data: Any, overlay: bool) -> _FileContent:
    if data is None:
        return _FileContent((), (), (), ())
    if not isinstance(data, dict):
        raise VocabularyError(f"{path}: expected a mapping with a 'concepts' list at the top level")
    unknown = set(data) - _TOP_KEYS
    if unknown:
        raise VocabularyError(f"{path}: unknown top-level key '{sorted(unknown)[0]}'")
    if data.get("version", 1) not in (1, 2):
        raise VocabularyError(f"{path}: key 'version' is '{data['version']}', expected 1 or 2")
    guards = [
        parse_guard(str(name), raw, f"{path}: guards.{name}")
        for name, raw in _mapping(data.get("guards"), f"{path}: guards").items()
    ]
    defaults = _defaults(data.get("defaults"), f"{path}: defaults")
    concepts = []
    for i, raw in enumerate(data.get("concepts") or []):
        raw = {**defaults, **raw} if isinstance(raw, dict) else raw
        concepts.append(parse_concept(raw, f"{path}: concepts[{i}]", require_source=not overlay))
    add_forms = []
    for cid, forms in (data.get("add_forms") or {}).items():
        where = f"{path}: add_forms.{cid}"
        if not isinstance(forms, dict):
            raise VocabularyError(f"{where}: expected a mapping of aliases/abbreviations lists")
        add_forms.append((str(cid), _parse_forms(forms, where)))
    ignored = _string_list(data.get("ignore"), f"{path}: ignore")
    return _FileContent(tuple(guards), tuple(concepts), tuple(ignored), tuple(add_forms))


def _merge_file(path: Path, parts: _Parts, overlay: bool) -> None:
    content = _file_content(path, overlay)
    for guard in content.guards:
        if guard.name in parts.guards and not overlay:
            raise VocabularyError(f"{path}: guards: duplicate guard name '{guard.name}'")
        parts.guards[guard.name] = guard
    concepts = parts.concepts
    for i, concept in enumerate(content.concepts):
        if concept.id in concepts and not overlay:
            raise VocabularyError(f"{path}: concepts[{i}]: duplicate id '{concept.id}'")
        concepts[concept.id] = concept
        parts.origin[concept.id] = path
    parts.ignored.update(content.ignored)
    for cid, extra in content.add_forms:
        if cid not in concepts:
            raise VocabularyError(f"{path}: add_forms.{cid}: no concept with id '{cid}'")
        old = concepts[cid]
        concepts[cid] = Concept(**{**_asdict(old), "forms": old.forms + extra})


PURSUED_GUARD = "pursued"  # vocab/guards.yaml: the words that say a credential is still worked toward


def _guard_pursuables(concepts: dict[str, Concept], guards: Mapping[str, Guard]) -> None:
    """A credential or licence, in whatever file, is read as pursued after 'studying for', 'eligible for'
    and the like: every form of it carries the pursued guard, where the vocabulary defines one
    (credentials.yaml sets it as a default; a domain file or a user's file need not)."""
    if PURSUED_GUARD not in guards:
        return
    for cid, concept in concepts.items():
        if concept.category not in (Category.CREDENTIAL, Category.LICENSE):
            continue
        if all(PURSUED_GUARD in form.guards for form in concept.forms):
            continue
        forms = tuple(
            form if PURSUED_GUARD in form.guards else replace(form, guards=(*form.guards, PURSUED_GUARD))
            for form in concept.forms
        )
        concepts[cid] = replace(concept, forms=forms)


def _mapping(value: Any, where: str) -> dict[Any, Any]:
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise VocabularyError(f"{where}: expected a mapping")
    return value


def _defaults(value: Any, where: str) -> dict[str, Any]:
    """File-level defaults: keys every concept of the file takes unless it says otherwise."""
    defaults = _mapping(value, where)
    unknown = set(defaults) - set(_DEFAULT_KEYS)
    if unknown:
        allowed = ", ".join(_DEFAULT_KEYS)
        raise VocabularyError(f"{where}: unknown key '{sorted(unknown)[0]}' (defaults may set {allowed})")
    return defaults


def parse_guard(name: str, raw: Any, where: str) -> Guard:
    """Validate one named guard; word lists, optional regular expressions, examples."""
    raw = _mapping(raw, where)
    unknown = set(raw) - _GUARD_KEYS
    if unknown:
        raise VocabularyError(f"{where}: unknown key '{sorted(unknown)[0]}'")
    if not _ID.match(name):
        raise VocabularyError(f"{where}: a guard name must be lower-case letters, digits, '.', '+' or '-'")
    for key in ("not_after_regex", "not_before_regex"):
        _check_regex(raw.get(key), where, key)
    examples = _mapping(raw.get("examples"), f"{where}: examples")
    extra = set(examples) - {"match", "ignore"}
    if extra:
        raise VocabularyError(f"{where}: examples: unknown key '{sorted(extra)[0]}' (use match and ignore)")
    lists = {key: tuple(_string_list(raw.get(key), f"{where}: {key}")) for key in _GUARD_LISTS}
    return Guard(
        name=name,
        **lists,
        not_after_regex=raw.get("not_after_regex"),
        not_before_regex=raw.get("not_before_regex"),
        both=bool(raw.get("both", False)),
        in_progress=bool(raw.get("in_progress", False)),
        topical=bool(raw.get("topical", False)),
        description=" ".join(str(raw.get("description") or "").split()),
        match=tuple(_string_list(examples.get("match"), f"{where}: examples.match")),
        ignore=tuple(_string_list(examples.get("ignore"), f"{where}: examples.ignore")),
    )


def _check_regex(pattern: Any, where: str, key: str) -> None:
    if not pattern:
        return
    try:
        re.compile(pattern)
    except (re.error, TypeError) as exc:
        raise VocabularyError(f"{where}: key '{key}' is not a valid regular expression ({exc})") from None


def _xrefs(value: Any, where: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """Identifiers in open classifications, by scheme: {onet: [29-2011.00], fda: [JJE]}."""
    xrefs = []
    for scheme, ids in _mapping(value, where).items():
        pattern = XREF_SCHEMES.get(scheme)
        if pattern is None:
            raise VocabularyError(
                f"{where}: unknown scheme '{scheme}', expected one of: {', '.join(XREF_SCHEMES)}"
            )
        codes = tuple(_string_list(ids, f"{where}.{scheme}"))
        bad = next((code for code in codes if not pattern.match(code)), None)
        if bad is not None:
            raise VocabularyError(f"{where}.{scheme}: '{bad}' is not a {scheme} identifier")
        xrefs.append((str(scheme), codes))
    return tuple(xrefs)


def _asdict(concept: Concept) -> dict[str, Any]:
    return {name: getattr(concept, name) for name in Concept.__slots__}


def parse_concept(raw: Any, where: str, require_source: bool = True) -> Concept:
    """Validate one concept mapping; the error names the file, the entry and the key."""
    if not isinstance(raw, dict):
        raise VocabularyError(f"{where}: expected a mapping, got {type(raw).__name__}")
    cid = raw.get("id")
    if cid is not None:
        where = f"{where} (id '{cid}')"
    unknown = set(raw) - _CONCEPT_KEYS
    if unknown:
        raise VocabularyError(f"{where}: unknown key '{sorted(unknown)[0]}'")
    required = ("id", "name", "category", "track") + (("source",) if require_source else ())
    for key in required:
        if not raw.get(key):
            raise VocabularyError(f"{where}: missing key '{key}'")
    if not isinstance(cid, str) or not _ID.match(cid):
        raise VocabularyError(f"{where}: key 'id' must be lower-case letters, digits, '.', '+' or '-'")
    category = _enum(Category, raw["category"], where, "category")
    track = _enum(Track, raw["track"], where, "track")
    name = str(raw["name"])
    guards = tuple(_string_list(raw.get("guards"), f"{where}: guards"))
    forms = (_form(name, "name"), *_parse_forms(raw, where))
    if guards:
        forms = tuple(replace(f, guards=tuple(dict.fromkeys(f.guards + guards))) for f in forms)
    return Concept(
        id=cid,
        name=name,
        category=category,
        track=track,
        forms=forms,
        broader=tuple(_string_list(raw.get("broader"), f"{where}: broader")),
        same_as=tuple(_string_list(raw.get("same_as"), f"{where}: same_as")),
        related=tuple(_string_list(raw.get("related"), f"{where}: related")),
        source=str(raw.get("source") or ""),
        note=str(raw.get("note") or ""),
        long_form=str(raw["long_form"]) if raw.get("long_form") else None,
        xrefs=_xrefs(raw.get("xrefs"), f"{where}: xrefs"),
    )


def _enum(kind: type, value: Any, where: str, key: str) -> Any:
    try:
        return kind(value)
    except ValueError:
        allowed = ", ".join(member.value for member in kind)
        raise VocabularyError(f"{where}: key '{key}' is '{value}', expected one of: {allowed}") from None


def _string_list(value: Any, where: str) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if not isinstance(value, list) or not all(isinstance(v, (str, int, float)) for v in value):
        raise VocabularyError(f"{where}: expected a list of strings")
    return [str(v) for v in value]


def _parse_forms(raw: dict[str, Any], where: str) -> tuple[SurfaceForm, ...]:
    forms: list[SurfaceForm] = []
    for key, kind in _FORM_LISTS.items():
        entries = raw.get(key) or []
        if not isinstance(entries, list):
            raise VocabularyError(f"{where}: key '{key}' must be a list")
        for j, entry in enumerate(entries):
            forms.append(_parse_form(entry, kind, f"{where}: {key}[{j}]"))
    return tuple(forms)


def _parse_form(entry: Any, kind: str, where: str) -> SurfaceForm:
    if isinstance(entry, (str, int, float)):
        return _form(str(entry), kind)
    if not isinstance(entry, dict) or "text" not in entry:
        raise VocabularyError(f"{where}: expected a string or a mapping with 'text'")
    unknown = set(entry) - _FORM_KEYS
    if unknown:
        raise VocabularyError(f"{where}: unknown key '{sorted(unknown)[0]}'")
    for key in ("not_after", "not_before"):
        _check_regex(entry.get(key), where, key)
    base = _form(str(entry["text"]), kind)
    return SurfaceForm(
        text=base.text,
        kind=kind,
        case_sensitive=bool(entry.get("case_sensitive", base.case_sensitive)),
        context=tuple(_string_list(entry.get("context"), f"{where}: context")),
        not_after=entry.get("not_after"),
        not_before=entry.get("not_before"),
        guards=tuple(_string_list(entry.get("guards"), f"{where}: guards")),
    )


def _form(text: str, kind: str) -> SurfaceForm:
    text = " ".join(text.split())
    return SurfaceForm(text=text, kind=kind, case_sensitive=_is_case_sensitive(text, kind))


def _is_case_sensitive(text: str, kind: str) -> bool:
    """Abbreviations match as written; so does any short all-capitals form (OR, IT, PM, CT), but not a
    product or standard named by a word of four letters or more and its number ('AMSCO 600', 'V-PRO 1',
    'ADVIA 2120', 'NFPA 99'): resumes write 'Amsco 600' and 'V-Pro 1', and no English word hides there."""
    letters = [c for c in text if c.isalpha()]
    if kind == "abbreviation":
        return True
    short_capitals = bool(letters) and not any(c.islower() for c in letters) and len(letters) <= 5
    return short_capitals and not _NAMED_NUMBER.fullmatch(text)


_NAMED_NUMBER = re.compile(r"[A-Z](?:-?[A-Z]){3,}[\s-]?\d[\w.+/-]*")


def _check_references(
    concepts: Mapping[str, Concept], origin: Mapping[str, Path], guards: Mapping[str, Guard]
) -> None:
    for concept in concepts.values():
        where = f"{origin.get(concept.id, 'vocabulary')}: concept '{concept.id}'"
        for key in ("broader", "same_as", "related"):
            for ref in getattr(concept, key):
                if ref not in concepts:
                    raise VocabularyError(f"{where}: key '{key}' names unknown concept '{ref}'")
                if ref == concept.id:
                    raise VocabularyError(f"{where}: key '{key}' names the concept itself")
        for form in concept.forms:
            unknown = next((name for name in form.guards if name not in guards), None)
            if unknown is not None:
                raise VocabularyError(
                    f"{where}: form '{form.text}' names unknown guard '{unknown}'; define it under 'guards:'"
                )


def _load_headings(path: Path) -> tuple[dict[SectionKind, tuple[str, ...]], dict[str, SectionKind]]:
    """Whole-line heading aliases and the head nouns that end a heading, by section kind."""
    data = _read_yaml(path) if path.is_file() else None
    if data is None:
        return {}, {}
    table = data.get("headings") if isinstance(data, dict) else None
    if not isinstance(table, dict):
        raise VocabularyError(f"{path}: expected a 'headings' mapping of section kind to heading aliases")
    return _by_kind(table, path, "headings"), _head_nouns(data.get("head_nouns"), path)


def _by_kind(table: dict[str, Any], path: Path, key: str) -> dict[SectionKind, tuple[str, ...]]:
    found: dict[SectionKind, tuple[str, ...]] = {}
    for kind, words in table.items():
        section = _enum(SectionKind, kind, str(path), f"{key}.{kind}")
        found[section] = tuple(w.lower() for w in _string_list(words, f"{path}: {key}.{kind}"))
    return found


def _head_nouns(table: Any, path: Path) -> dict[str, SectionKind]:
    nouns = _by_kind(_mapping(table, f"{path}: head_nouns"), path, "head_nouns")
    return {noun: kind for kind, words in nouns.items() for noun in words}


@lru_cache(maxsize=1)
def shipped_lexicon() -> Lexicon:
    """The lexicon of the shipped vocabulary, read once."""
    return load_lexicon(default_vocab_dir() / LEXICON_FILE)


def load_lexicon(path: Path) -> Lexicon:
    """vocab/lexicon.yaml: issuing bodies, state codes, English-word acronyms, degree levels and subjects,
    and the words the trade writes two ways; empty when absent."""
    data = _mapping(_read_yaml(path) if path.is_file() else None, str(path))
    unknown = set(data) - {"version", "description", "equal_words", *_LEXICON_LISTS}
    if unknown:
        raise VocabularyError(f"{path}: unknown top-level key '{sorted(unknown)[0]}'")
    words = {key: _string_list(data.get(key), f"{path}: {key}") for key in _LEXICON_LISTS}
    return Lexicon(
        issuing_bodies=tuple(words["issuing_bodies"]),
        state_codes=frozenset(words["state_codes"]),
        english_acronyms=frozenset(w.lower() for w in words["english_acronyms"]),
        degree_levels=tuple(words["degree_levels"]),
        degree_subjects=frozenset(words["degree_subjects"]),
        equal_words=_word_groups(data.get("equal_words"), f"{path}: equal_words"),
    )


def _word_groups(value: Any, where: str) -> tuple[tuple[str, ...], ...]:
    """'oxygen: [O2]': each wording with the other ways the trade writes it."""
    if value is None:
        return ()
    if not isinstance(value, dict):
        raise VocabularyError(f"{where}: expected a mapping of a wording to its other wordings")
    groups = tuple((str(key), *_string_list(others, f"{where}: {key}")) for key, others in value.items())
    if any(len(group) < 2 for group in groups):
        raise VocabularyError(f"{where}: each wording needs one other wording or more")
    return groups


def lint_vocabulary(
    vocab: Vocabulary, tokens: Callable[[str, bool], tuple[str, ...]] | None = None
) -> list[str]:
    """Problems a curator should fix: shared forms, aliases that are another concept's form, cycles,
    missing sources, guards without examples or whose examples fail; with ``tokens`` (a form's normalised
    tokens as the matcher reads them), unguarded forms that read as a guarded form of their concept."""
    problems: list[str] = []
    owners: dict[str, list[str]] = {}
    for concept in vocab.concepts.values():
        if not concept.source:
            problems.append(f"{concept.id}: no source")
        for form in concept.forms:
            if _is_guarded(form, vocab.guards):
                continue  # guarded ambiguous forms may be shared on purpose
            key = form.text if form.case_sensitive else form.text.lower()
            if concept.id not in owners.setdefault(key, []):
                owners[key].append(concept.id)
        if concept.id in vocab.ancestors(concept.id):
            problems.append(f"{concept.id}: 'broader' makes a cycle")
    for form, ids in sorted(owners.items()):
        if len(ids) > 1:
            problems.append(f"form '{form}' is claimed by {', '.join(sorted(ids))}")
    problems += _aliases_of_others(vocab)
    problems += _guard_problems(vocab)
    problems += [
        f"lexicon: degree '{degree}' is no concept"
        for degree in (*vocab.lexicon.degree_levels, *sorted(vocab.lexicon.degree_subjects))
        if degree not in vocab.concepts
    ]
    seen: dict[str, int] = {}
    for number, group in enumerate(vocab.lexicon.equal_words):
        for wording in group:
            if seen.setdefault(wording.lower(), number) != number:
                problems.append(f"lexicon: '{wording}' is in two groups of equal_words")
    if tokens is not None:
        problems += _bypassed_guards(vocab, tokens)
    return problems


def _bypassed_guards(vocab: Vocabulary, tokens: Callable[[str, bool], tuple[str, ...]]) -> list[str]:
    """'VMs' next to a guarded 'VM': the matcher folds the plural (and, unless a form keeps its case, the
    case), so the unguarded form matches every 'VM' the guard turns away."""
    from resumefit.variants import form_variants

    problems = []
    for concept in vocab.concepts.values():
        guarded = [form for form in concept.forms if _is_guarded(form, vocab.guards)]
        if not guarded:
            continue  # nothing to bypass (most concepts): their forms need not go through the tokenizer
        free = {}
        for form in concept.forms:
            if not _is_guarded(form, vocab.guards):
                for text in form_variants(form):  # 'core-lab' is also matched as 'core lab'
                    free.setdefault((form.case_sensitive, tokens(text, form.case_sensitive)), form.text)
        for form in guarded:
            for exact in (False, True):
                other = free.get((exact, tokens(form.text, exact)))
                if other is not None and other != form.text:
                    problems.append(
                        f"{concept.id}: '{other}' has no guard but reads as the guarded '{form.text}'; "
                        "guard it the same way or drop it"
                    )
    return problems


def _is_guarded(form: SurfaceForm, guards: Mapping[str, Guard]) -> bool:
    """A guard that can drop the form makes it safe to share; one that only marks it in progress does not."""
    named = any(name in guards and not guards[name].in_progress for name in form.guards)
    return bool(form.context or form.not_after or form.not_before or named)


def _aliases_of_others(vocab: Vocabulary) -> list[str]:
    """An unguarded alias written exactly as another concept's form (of any kind): one text, two meanings."""
    forms: dict[str, set[str]] = {}
    for concept in vocab.concepts.values():
        for form in concept.forms:
            forms.setdefault(form.text.lower(), set()).add(concept.id)
    problems = []
    for concept in vocab.concepts.values():
        for form in concept.forms:
            others = forms[form.text.lower()] - {concept.id}
            unguarded = not _is_guarded(form, vocab.guards)
            if form.kind in ("alias", "legacy", "misspelling") and others and unguarded:
                problems.append(
                    f"{concept.id}: alias '{form.text}' is also a form of {', '.join(sorted(others))}"
                )
    return problems


def _guard_problems(vocab: Vocabulary) -> list[str]:
    problems = []
    for guard in vocab.guards.values():
        if not guard.match or not guard.ignore:
            problems.append(
                f"guard '{guard.name}': give examples (match: and ignore:) that show what it does"
            )
        problems += failing_examples(guard)
    return problems
