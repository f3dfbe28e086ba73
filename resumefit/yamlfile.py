"""Reading YAML files (settings, vocabulary): a regular file of bounded size, no tags, no alias bombs."""

from __future__ import annotations

import re
import stat
from pathlib import Path
from typing import Any

import yaml

MAX_YAML_BYTES = 5_000_000  # the whole shipped vocabulary is about 0.7 MB
MAX_EXPANDED_NODES = 2_000_000  # values after expanding aliases; the shipped vocabulary has about 200,000
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
# Where an alias (*name) can start a value; "O*NET" inside a word is not one. Only then are aliases counted.
_ALIAS_HINT = re.compile(r"(?:^|[\s\[{,])\*", re.MULTILINE)


def read_yaml_file(path: Path, error: type[Exception], what: str) -> Any:
    """The data of the YAML file at ``path`` (a ``what``), or ``error(message)`` saying why it is refused."""
    return parse_yaml(read_text_file(path, error, what), path, error)


def parse_yaml(text: str, path: Path | str, error: type[Exception]) -> Any:
    """Safe-load ``text``: plain values only, and refused when aliases would expand past the limit."""
    loader = _LOADER(text)
    try:
        node = loader.get_single_node()
        if node is None:
            return None
        if _ALIAS_HINT.search(text):
            _refuse_alias_bombs(node, path, error)
        return loader.construct_document(node)
    except yaml.constructor.ConstructorError as exc:
        raise error(f"{path}: {_tag_problem(exc)}") from None
    except (yaml.YAMLError, RecursionError) as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise error(f"{path}: invalid YAML{where}; fix the syntax") from None
    finally:
        loader.dispose()


def read_text_file(path: Path, error: type[Exception], what: str) -> str:
    """The UTF-8 text of the regular file at ``path`` (a ``what``) of at most 5 MB, or ``error(message)``."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise error(f"{path}: is not a regular file; give the path of a {what}")
        if info.st_size > MAX_YAML_BYTES:
            raise error(f"{path}: is {info.st_size / 1_000_000:.1f} MB, over the 5 MB limit for a {what}")
        with path.open("rb") as handle:
            data = handle.read(MAX_YAML_BYTES + 1)
    except OSError as exc:
        raise error(f"{path}: cannot read the {what} ({exc.strerror})") from None
    if len(data) > MAX_YAML_BYTES:
        raise error(f"{path}: is over the 5 MB limit for a {what}")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        raise error(f"{path}: is not UTF-8 text; save the {what} as UTF-8") from None


def _tag_problem(exc: yaml.constructor.ConstructorError) -> str:
    mark = exc.problem_mark
    where = f" at line {mark.line + 1}" if mark else ""
    found = re.search(r"tag '([^']*)'", exc.problem or "")
    tag = found.group(1).replace("tag:yaml.org,2002:", "!!") if found else "an unknown tag"
    return f"uses the YAML tag {tag}{where}, which resumefit never runs; write plain values instead"


def _refuse_alias_bombs(root: yaml.Node, path: Path | str, error: type[Exception]) -> None:
    """Count the values the aliases expand to (each shared node once per use), without expanding them."""
    sizes: dict[int, int] = {}
    stack: list[tuple[yaml.Node, bool]] = [(root, False)]
    entered: set[int] = set()
    while stack:
        node, children_done = stack.pop()
        key = id(node)
        if children_done:
            sizes[key] = 1 + sum(sizes[id(child)] for child in _children(node))
            entered.discard(key)
            if sizes[key] > MAX_EXPANDED_NODES:
                raise error(_bomb_reason(path))
        elif key not in sizes:
            if key in entered:
                raise error(f"{path}: an alias refers to a value that contains it; write the values out")
            entered.add(key)
            stack.append((node, True))
            stack.extend((child, False) for child in _children(node) if id(child) not in sizes)


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    if isinstance(node, yaml.MappingNode):
        return [item for pair in node.value for item in pair]
    return []


def _bomb_reason(path: Path | str) -> str:
    return (
        f"{path}: its aliases (*name) expand to over {MAX_EXPANDED_NODES:,} values (a possible alias bomb); "
        "write the values out instead of repeating aliases"
    )


def duplicate_keys(text: str) -> list[tuple[int, str]]:
    """(line, key) of each key a YAML mapping repeats: a plain load keeps the last one silently, so a second
    guard or setting of the same name would replace the first unseen."""
    loader = _LOADER(text)
    try:
        root = loader.get_single_node()
    except yaml.YAMLError:
        return []  # the loader says what is wrong with the syntax
    finally:
        loader.dispose()
    found: list[tuple[int, str]] = []
    stack = [root] if root is not None else []
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.MappingNode):
            seen: set[str] = set()
            for key, value in node.value:
                if isinstance(key, yaml.ScalarNode):
                    if key.value in seen:
                        found.append((key.start_mark.line + 1, key.value))
                    seen.add(key.value)
                stack.append(value)
        elif isinstance(node, yaml.SequenceNode):
            stack.extend(node.value)
    return sorted(found)
