"""Configuration: .resumefit.yaml found by walking up from the resume; defaults < user < project < flags."""

from __future__ import annotations

import os
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from resumefit.errors import ConfigError
from resumefit.models import Severity, Track
from resumefit.yamlfile import read_yaml_file

CONFIG_NAME = ".resumefit.yaml"
_KEYS = {
    "career_track",
    "track",
    "fail_on",
    "min_score",
    "select",
    "ignore",
    "vocab",
    "ignore_terms",
    "posting",
}
# Old spellings still read, each with a note saying what to write instead ("track" also names the history).
DEPRECATED_KEYS = {"track": "career_track"}


@dataclass(frozen=True, slots=True)
class Settings:
    """The effective configuration of one run, and where each part came from."""

    track: Track | None = None
    fail_on: Severity | None = Severity.ERROR
    min_score: int | None = None
    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    vocab: tuple[Path, ...] = ()
    ignore_terms: tuple[str, ...] = ()
    posting: Path | None = None
    sources: tuple[str, ...] = field(default=("defaults",), compare=False)
    notes: tuple[str, ...] = field(default=(), compare=False)  # deprecation notes for stderr


def user_config_path() -> Path:
    """The user's own configuration file (RESUMEFIT_CONFIG overrides it)."""
    if os.environ.get("RESUMEFIT_CONFIG"):
        return Path(os.environ["RESUMEFIT_CONFIG"])
    from platformdirs import user_config_dir

    return Path(user_config_dir("resumefit")) / "config.yaml"


def find_project_config(start: Path) -> Path | None:
    """The nearest .resumefit.yaml in the resume's folder or above it."""
    folder = start if start.is_dir() else start.parent
    for candidate in [folder.resolve(), *folder.resolve().parents]:
        path = candidate / CONFIG_NAME
        if path.is_file():
            return path
    return None


def load_settings(resume: Path, flags: dict[str, Any] | None = None) -> Settings:
    """Defaults, then the user file, then the project file, then the flags that were given."""
    settings = Settings()
    for path in (user_config_path(), find_project_config(resume)):
        if path is not None and path.is_file():
            settings = _apply(settings, read_config(path), str(path))
    given = {k: v for k, v in (flags or {}).items() if v not in (None, (), [])}
    if given:
        settings = _apply(settings, given, "flags")
    return settings


def read_config(path: Path) -> dict[str, Any]:
    """One configuration file, validated; relative paths in it are read from its folder."""
    data = read_yaml_file(path, ConfigError, "configuration") or {}  # bounded, no tags, no alias bombs
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping of settings")
    unknown = set(data) - _KEYS
    if unknown:
        raise ConfigError(f"{path}: unknown key '{sorted(unknown)[0]}' (known: {', '.join(sorted(_KEYS))})")
    return _parse(data, path)


def _parse(data: dict[str, Any], path: Path) -> dict[str, Any]:
    parsed: dict[str, Any] = {}
    notes = tuple(
        f"{path}: '{old}:' is deprecated; write '{new}:' ('track' names the version history)"
        for old, new in DEPRECATED_KEYS.items()
        if old in data
    )
    if notes:
        parsed["notes"] = notes
    data = {DEPRECATED_KEYS.get(key, key): value for key, value in data.items()}
    if "career_track" in data:
        data["track"] = data.pop("career_track")
    for key, value in data.items():
        try:
            parsed[key] = _convert(key, value, path.parent)
        except (ValueError, TypeError):
            raise ConfigError(f"{path}: key '{key}' has an invalid value '{value}'") from None
    return parsed


def _convert(key: str, value: Any, base: Path) -> Any:
    if key == "track":
        return Track(str(value).lower())
    if key == "fail_on":
        return None if str(value).lower() in ("none", "never") else Severity(str(value).lower())
    if key == "min_score":
        score = int(value)
        if not 0 <= score <= 100:
            raise ValueError(value)
        return score
    if key in ("select", "ignore"):
        return tuple(str(v).strip().upper() for v in _as_list(value))
    if key == "vocab":
        return tuple((base / str(v)).resolve() for v in _as_list(value))
    if key == "posting":
        return (base / str(value)).resolve()
    return tuple(str(v) for v in _as_list(value))


def _as_list(value: Any) -> list[Any]:
    if isinstance(value, str):
        return [v for v in value.split(",") if v.strip()]
    if isinstance(value, list):
        return value
    raise TypeError(value)


def _apply(settings: Settings, values: dict[str, Any], source: str) -> Settings:
    known = {f.name for f in fields(Settings)}
    updates = {k: v for k, v in values.items() if k in known and k not in ("sources", "notes")}
    notes = (*settings.notes, *values.get("notes", ()))
    return replace(settings, **updates, sources=(*settings.sources, source), notes=notes)


def describe(settings: Settings) -> dict[str, Any]:
    """The settings as plain values, for `resumefit config show`."""

    def plain(value: Any) -> Any:
        if isinstance(value, tuple):
            return [plain(v) for v in value]
        if isinstance(value, Path):
            return str(value)
        return getattr(value, "value", value)

    names = {"track": "career_track"}
    return {
        names.get(f.name, f.name): plain(getattr(settings, f.name))
        for f in fields(Settings)
        if f.name != "notes"
    }
