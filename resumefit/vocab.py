"""The curated vocabulary: YAML files in vocab/ read into validated Concepts, with user overlays."""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from resumefit.errors import VocabularyError
from resumefit.models import Category, Concept, SectionKind, SurfaceForm, Track
from resumefit.yamlfile import read_yaml_file

HEADINGS_FILE = "headings.yaml"
COMPILED_FILE = "compiled.json"
_COMPILED_FORMAT = 1
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
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
    "long_form",
    "note",
    *_FORM_LISTS,
}
_FORM_KEYS = {"text", "context", "not_after", "not_before", "case_sensitive"}


@dataclass(frozen=True, slots=True)
class Vocabulary:
    """Concepts by id, section heading aliases, and the files they came from."""

    concepts: Mapping[str, Concept]
    headings: Mapping[SectionKind, tuple[str, ...]]
    files: tuple[str, ...] = ()
    ignored: frozenset[str] = field(default_factory=frozenset)
    # derived: each concept's direct narrower concepts, so descendants() need not scan every concept
    children: Mapping[str, tuple[str, ...]] = field(default_factory=dict, compare=False, repr=False)

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
) -> Vocabulary:
    """Read the default vocabulary plus user or project files, validated; raise VocabularyError."""
    directory = vocab_dir or default_vocab_dir()
    if not directory.is_dir():
        raise VocabularyError(f"{directory}: vocabulary folder not found; reinstall resumefit")
    files = _vocabulary_files(directory)
    concepts, origin, ignored = _base_vocabulary(directory, files)
    ignored.update(ignore)
    for extra in extra_files:
        _merge_file(Path(extra), concepts, ignored, overlay=True, origin=origin)
    for cid in ignored:
        concepts.pop(cid, None)
    _check_references(concepts, origin)
    headings = _load_headings(directory / HEADINGS_FILE)
    names = tuple(str(p) for p in [*files, *map(Path, extra_files)])
    return Vocabulary(MappingProxyType(concepts), MappingProxyType(headings), names, frozenset(ignored))


def _vocabulary_files(directory: Path) -> list[Path]:
    return sorted(p for p in directory.glob("*.yaml") if p.name != HEADINGS_FILE)


def _base_vocabulary(
    directory: Path, files: list[Path]
) -> tuple[dict[str, Concept], dict[str, Path], set[str]]:
    """The shipped vocabulary: from the wheel's compiled copy when it matches the YAML, else the YAML."""
    compiled = _read_compiled(directory, _digest(files))
    if compiled is not None:
        return compiled
    concepts: dict[str, Concept] = {}
    origin: dict[str, Path] = {}
    ignored: set[str] = set()
    for path in files:
        _merge_file(path, concepts, ignored, overlay=False, origin=origin)
    return concepts, origin, ignored


def compile_vocabulary(directory: Path) -> str:
    """The validated vocabulary as JSON, built into the wheel so that a check need not parse YAML."""
    files = _vocabulary_files(directory)
    concepts, origin, ignored = _base_vocabulary(directory, files)
    _check_references(concepts, origin)
    data = {
        "format": _COMPILED_FORMAT,
        "digest": _digest(files),
        "ignored": sorted(ignored),
        "concepts": [_concept_data(concept, origin[cid].name) for cid, concept in concepts.items()],
    }
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"))


def _digest(files: list[Path]) -> str:
    digest = hashlib.sha256(str(_COMPILED_FORMAT).encode())
    for path in files:
        digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _read_compiled(
    directory: Path, digest: str
) -> tuple[dict[str, Concept], dict[str, Path], set[str]] | None:
    path = directory / COMPILED_FILE
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if data.get("format") != _COMPILED_FORMAT or data.get("digest") != digest:
        return None  # stale: the YAML changed since the wheel was built
    concepts = {item["id"]: _concept_from_data(item) for item in data["concepts"]}
    origin = {item["id"]: directory / item["file"] for item in data["concepts"]}
    return concepts, origin, set(data["ignored"])


def _concept_data(concept: Concept, file: str) -> dict[str, Any]:
    data = _asdict(concept)
    data.update(category=concept.category.value, track=concept.track.value, file=file)
    data["forms"] = [{name: getattr(f, name) for name in SurfaceForm.__slots__} for f in concept.forms]
    return data


def _concept_from_data(item: dict[str, Any]) -> Concept:
    forms = tuple(SurfaceForm(**{**f, "context": tuple(f["context"])}) for f in item["forms"])
    return Concept(
        id=item["id"],
        name=item["name"],
        category=Category(item["category"]),
        track=Track(item["track"]),
        forms=forms,
        broader=tuple(item["broader"]),
        same_as=tuple(item["same_as"]),
        source=item["source"],
        note=item["note"],
        long_form=item["long_form"],
    )


def _read_yaml(path: Path) -> Any:
    # Bounded: a regular file under 5 MB, plain values only, aliases that cannot expand without limit.
    return read_yaml_file(path, VocabularyError, "vocabulary file")


def _merge_file(
    path: Path, concepts: dict[str, Concept], ignored: set[str], overlay: bool, origin: dict[str, Path]
) -> None:
    data = _read_yaml(path)
    if data is None:
        return
    if not isinstance(data, dict):
        raise VocabularyError(f"{path}: expected a mapping with a 'concepts' list at the top level")
    unknown = set(data) - {"version", "concepts", "ignore", "add_forms", "description"}
    if unknown:
        raise VocabularyError(f"{path}: unknown top-level key '{sorted(unknown)[0]}'")
    for i, raw in enumerate(data.get("concepts") or []):
        concept = parse_concept(raw, f"{path}: concepts[{i}]", require_source=not overlay)
        if concept.id in concepts and not overlay:
            raise VocabularyError(f"{path}: concepts[{i}]: duplicate id '{concept.id}'")
        concepts[concept.id] = concept
        origin[concept.id] = path
    ignored.update(_string_list(data.get("ignore"), f"{path}: ignore"))
    for cid, forms in (data.get("add_forms") or {}).items():
        where = f"{path}: add_forms.{cid}"
        if cid not in concepts:
            raise VocabularyError(f"{where}: no concept with id '{cid}'")
        if not isinstance(forms, dict):
            raise VocabularyError(f"{where}: expected a mapping of aliases/abbreviations lists")
        extra = _parse_forms(forms, where)
        old = concepts[cid]
        concepts[cid] = Concept(**{**_asdict(old), "forms": old.forms + extra})


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
    forms = (_form(name, "name"), *_parse_forms(raw, where))
    return Concept(
        id=cid,
        name=name,
        category=category,
        track=track,
        forms=forms,
        broader=tuple(_string_list(raw.get("broader"), f"{where}: broader")),
        same_as=tuple(_string_list(raw.get("same_as"), f"{where}: same_as")),
        source=str(raw.get("source") or ""),
        note=str(raw.get("note") or ""),
        long_form=str(raw["long_form"]) if raw.get("long_form") else None,
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
        if entry.get(key):
            try:
                re.compile(entry[key])
            except re.error as exc:
                raise VocabularyError(
                    f"{where}: key '{key}' is not a valid regular expression ({exc})"
                ) from None
    base = _form(str(entry["text"]), kind)
    return SurfaceForm(
        text=base.text,
        kind=kind,
        case_sensitive=bool(entry.get("case_sensitive", base.case_sensitive)),
        context=tuple(_string_list(entry.get("context"), f"{where}: context")),
        not_after=entry.get("not_after"),
        not_before=entry.get("not_before"),
    )


def _form(text: str, kind: str) -> SurfaceForm:
    text = " ".join(text.split())
    return SurfaceForm(text=text, kind=kind, case_sensitive=_is_case_sensitive(text, kind))


def _is_case_sensitive(text: str, kind: str) -> bool:
    """Abbreviations match as written; so does any short all-capitals form (OR, IT, PM, CT)."""
    letters = [c for c in text if c.isalpha()]
    if kind == "abbreviation":
        return True
    return bool(letters) and not any(c.islower() for c in letters) and len(letters) <= 5


def _check_references(concepts: Mapping[str, Concept], origin: Mapping[str, Path]) -> None:
    for concept in concepts.values():
        for key in ("broader", "same_as"):
            for ref in getattr(concept, key):
                if ref not in concepts:
                    raise VocabularyError(
                        f"{origin.get(concept.id, 'vocabulary')}: concept '{concept.id}': "
                        f"key '{key}' names unknown concept '{ref}'"
                    )


def _load_headings(path: Path) -> dict[SectionKind, tuple[str, ...]]:
    data = _read_yaml(path) if path.is_file() else None
    if data is None:
        return {}
    table = data.get("headings") if isinstance(data, dict) else None
    if not isinstance(table, dict):
        raise VocabularyError(f"{path}: expected a 'headings' mapping of section kind to heading aliases")
    headings: dict[SectionKind, tuple[str, ...]] = {}
    for kind, aliases in table.items():
        section = _enum(SectionKind, kind, str(path), f"headings.{kind}")
        headings[section] = tuple(a.lower() for a in _string_list(aliases, f"{path}: headings.{kind}"))
    return headings


def lint_vocabulary(vocab: Vocabulary) -> list[str]:
    """Problems a curator should fix: forms claimed by two concepts, cycles, missing sources."""
    problems: list[str] = []
    owners: dict[str, list[str]] = {}
    for concept in vocab.concepts.values():
        if not concept.source:
            problems.append(f"{concept.id}: no source")
        for form in concept.forms:
            if form.context or form.not_after or form.not_before:
                continue  # guarded ambiguous forms may be shared on purpose
            key = form.text if form.case_sensitive else form.text.lower()
            if concept.id not in owners.setdefault(key, []):
                owners[key].append(concept.id)
        if concept.id in vocab.ancestors(concept.id):
            problems.append(f"{concept.id}: 'broader' makes a cycle")
    for form, ids in sorted(owners.items()):
        if len(ids) > 1:
            problems.append(f"form '{form}' is claimed by {', '.join(sorted(ids))}")
    return problems
