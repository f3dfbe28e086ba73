"""`resumefit vocab fmt`: one canonical block-style layout for vocabulary YAML, full-line comments kept.

PyYAML reads and writes the data; the layout is written here so that the key order is fixed and every
mapping and list is in block style. Full-line comments stay attached to the top-level key, concept, guard
or list item they stand above (PyYAML's node marks give each one's line), which is every comment the
shipped files hold; a comment at the end of a line inside a flow mapping cannot be placed and is dropped.
The result is checked to load to the same data as the input before anything is written.
"""

from __future__ import annotations

import re
import textwrap
from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from resumefit.errors import VocabularyError

TOP_KEYS = (
    "version",
    "description",
    "defaults",
    "issuing_bodies",
    "state_codes",
    "english_acronyms",
    "degree_levels",
    "degree_subjects",
    "equal_words",
    "guards",
    "headings",
    "head_nouns",
    "concepts",
    "add_forms",
    "ignore",
)
CONCEPT_KEYS = (
    "id",
    "name",
    "long_form",
    "category",
    "track",
    "source",
    "xrefs",
    "guards",
    "aliases",
    "abbreviations",
    "legacy",
    "misspellings",
    "broader",
    "same_as",
    "related",
    "note",
)
FORM_KEYS = ("text", "case_sensitive", "guards", "context", "not_after", "not_before")
GUARD_KEYS = (
    "description",
    "in_progress",
    "topical",
    "near",
    "not_near",
    "not_after",
    "not_before",
    "gap",
    "not_after_regex",
    "not_before_regex",
    "both",
    "examples",
)
_ORDER_BY_FIRST_KEY = {"id": CONCEPT_KEYS, "text": FORM_KEYS}
_INDENT = "  "
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_FOLD_OVER = 100  # prose longer than this is written as a folded block, wrapped
_WRAP = 110


def format_text(text: str, where: str = "vocabulary") -> str:
    """The text in canonical layout; raises VocabularyError when it is not YAML or would change meaning."""
    data = _load(text, where)
    if data is None:
        return text
    if not isinstance(data, dict):
        raise VocabularyError(f"{where}: expected a mapping at the top level")
    comments = _comments(text)
    out = "".join(_document(data, comments, where))
    if out != text and _load(out, where) != data:  # the text as it was holds its own data
        raise VocabularyError(f"{where}: the canonical layout would change the data; please report this file")
    return out


def _load(text: str, where: str) -> Any:
    try:
        return yaml.load(text, Loader=_LOADER)  # noqa: S506 - a safe loader, the C one when available
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" at line {mark.line + 1}" if mark else ""
        raise VocabularyError(f"{where}: invalid YAML{line}; fix the syntax") from None


# --- comments --------------------------------------------------------------------------------------


def _comments(text: str) -> dict[tuple[Any, ...], list[str]]:
    """Full-line comments, by the anchor they stand above: ('key', name), ('item', key, index),
    ('entry', key, name) or ('end',)."""
    lines = text.splitlines()
    comment_lines = [i for i, line in enumerate(lines) if line.lstrip().startswith("#")]
    if not comment_lines:
        return {}
    anchors = sorted(_anchors(yaml.compose(text, Loader=_LOADER)))
    found: dict[tuple[Any, ...], list[str]] = {}
    for number in comment_lines:
        anchor = next((a for line, a in anchors if line > number), ("end",))
        found.setdefault(anchor, []).append(lines[number].strip())
    return found


def _anchors(root: yaml.Node | None) -> Iterator[tuple[int, tuple[Any, ...]]]:
    if not isinstance(root, yaml.MappingNode):
        return
    for key_node, value_node in root.value:
        key = key_node.value
        yield key_node.start_mark.line, ("key", key)
        if isinstance(value_node, yaml.SequenceNode):
            for index, item in enumerate(value_node.value):
                yield item.start_mark.line, ("item", key, index)
        elif isinstance(value_node, yaml.MappingNode):
            for entry_key, _ in value_node.value:
                yield entry_key.start_mark.line, ("entry", key, entry_key.value)


# --- writing ---------------------------------------------------------------------------------------


def _document(data: dict[str, Any], comments: dict[tuple[Any, ...], list[str]], where: str) -> Iterator[str]:
    for number, key in enumerate(_ordered(data, TOP_KEYS)):
        if number:
            yield "\n"
        yield from (f"{c}\n" for c in comments.get(("key", key), ()))
        yield from _top_value(key, data[key], comments)
    yield from (f"{c}\n" for c in comments.get(("end",), ()))


def _top_value(key: str, value: Any, comments: dict[tuple[Any, ...], list[str]]) -> Iterator[str]:
    if isinstance(value, list) and value:
        yield f"{key}:\n"
        for index, item in enumerate(value):
            yield from (f"{_INDENT}{c}\n" for c in comments.get(("item", key, index), ()))
            yield from _item(item, 1)
    elif isinstance(value, dict) and value:
        yield f"{key}:\n"
        order = GUARD_KEYS if key == "guards" else ()
        for name, entry in value.items():
            yield from (f"{_INDENT}{c}\n" for c in comments.get(("entry", key, name), ()))
            yield from _pair(name, entry, 1, order)
    else:
        yield from _pair(key, value, 0)


def _pair(key: Any, value: Any, depth: int, order: tuple[str, ...] = ()) -> Iterator[str]:
    pad = _INDENT * depth
    name = _scalar(key)
    if isinstance(value, dict) and value:
        yield f"{pad}{name}:\n"
        for sub in _ordered(value, order or _ORDER_BY_FIRST_KEY.get(next(iter(value)), ())):
            yield from _pair(sub, value[sub], depth + 1)
    elif isinstance(value, list) and value:
        yield f"{pad}{name}:\n"
        for item in value:
            yield from _item(item, depth + 1)
    else:
        yield f"{pad}{name}: {_text(value, depth) or _scalar(value)}\n"


def _item(item: Any, depth: int) -> Iterator[str]:
    """One list item: '- value', or a mapping whose first key follows the dash."""
    pad = _INDENT * depth
    if isinstance(item, dict) and item:
        keys = _ordered(item, _ORDER_BY_FIRST_KEY.get("id" if "id" in item else "text", ()))
        lines = [line for key in keys for line in _pair(key, item[key], depth + 1)]
        first = lines[0][len(_INDENT) * (depth + 1) :]
        yield f"{pad}- {first}"
        yield from lines[1:]
    elif isinstance(item, list) and item:
        raise VocabularyError("a list inside a list is not part of the vocabulary format")
    else:
        yield f"{pad}- {_scalar(item)}\n"


def _text(value: Any, depth: int) -> str | None:
    """A long prose string as a folded block ('>' or '>-'), wrapped; None when folding would change it."""
    if not isinstance(value, str) or len(value) <= _FOLD_OVER:
        return None
    body = value.removesuffix("\n")
    if "\n" in body or "  " in body or body != body.strip() or "\t" in body:
        return None
    pad = _INDENT * (depth + 1)
    lines = textwrap.wrap(body, _WRAP - len(pad), break_long_words=False, break_on_hyphens=False)
    folded = (">" if value.endswith("\n") else ">-") + "".join(f"\n{pad}{line}" for line in lines)
    return folded if _load(f"k: {folded}\n", "fold") == {"k": value} else None


def _ordered(mapping: dict[Any, Any], order: Iterable[str]) -> list[Any]:
    known = [key for key in order if key in mapping]
    return known + [key for key in mapping if key not in known]


def _scalar(value: Any) -> str:
    """A scalar as PyYAML writes it in block context: plain where safe, else quoted, on one line."""
    if isinstance(value, dict):
        return "{}"
    if isinstance(value, list):
        return "[]"
    return _written(type(value), value)


# A string PyYAML writes plain, as it stands: a letter first (so no number, date or indicator), then letters,
# digits and a few marks that mean nothing in block context, no space at either end; a word YAML 1.1 reads
# as true, false or null is quoted, so it goes the long way
_PLAIN = re.compile(r"[A-Za-z](?:[A-Za-z0-9 ()./,+&-]*[A-Za-z0-9).])?")
_NOT_PLAIN = frozenset({"yes", "no", "true", "false", "on", "off", "null", "y", "n"})


@lru_cache(maxsize=65_536)  # the same ids, categories and words recur; 1 and True are told apart by type
def _written(kind: type, value: Any) -> str:
    if kind is str and _PLAIN.fullmatch(value) and "  " not in value and value.lower() not in _NOT_PLAIN:
        return value  # most forms and ids: what yaml.safe_dump would give, about 60 times faster
    text = yaml.safe_dump(value, allow_unicode=True, width=float("inf"), default_flow_style=False)
    return text.removesuffix("\n...\n").removesuffix("\n")


# --- files -----------------------------------------------------------------------------------------


def vocabulary_paths(paths: Iterable[Path]) -> list[Path]:
    """The YAML files named, and those in the folders named, in order, each once."""
    found: list[Path] = []
    for path in paths:
        found += sorted(path.glob("*.yaml")) if path.is_dir() else [path]
    return list(dict.fromkeys(found))


def format_file(path: Path, write: bool) -> bool:
    """True when the file is not in canonical layout; rewritten when ``write``."""
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise VocabularyError(f"{path}: cannot read vocabulary file ({exc.strerror})") from None
    formatted = format_text(text, str(path))
    if formatted == text:
        return False
    if write:
        from resumefit.atomic import write_atomically

        write_atomically(path, formatted)  # an interrupted fmt never leaves half a vocabulary file
    return True
