"""The facts cache: Parquet files in one folder, a row per (content hash, role, version), read through
pyarrow. Rows are only ever appended (one part file per run, written to a temporary name and renamed),
so a folder on shared or object storage can be filled by many workers; stale versions are ignored."""

from __future__ import annotations

import os
import time
from collections.abc import Iterable, Sequence
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from resumefit.errors import ResumefitError
from resumefit.facts import Facts, Role, facts_from_json, facts_to_json
from resumefit.scale.profiles import Profile

SCHEMA = pa.schema(
    [
        ("sha256", pa.string()),
        ("role", pa.string()),
        ("version", pa.string()),
        ("path", pa.string()),
        ("error", pa.string()),
        ("track", pa.string()),
        ("concepts", pa.list_(pa.string())),
        ("weights", pa.list_(pa.float32())),
        ("required", pa.list_(pa.string())),
        ("quality", pa.float32()),
        ("facts", pa.string()),
    ]
)
PROFILE_COLUMNS = ["sha256", "role", "path", "error", "track", "concepts", "weights", "required", "quality"]


class CacheError(ResumefitError):
    """A cache folder that cannot be used."""


def facts_row(facts: Facts, profile: Profile) -> dict:
    """The cache row of one document's facts."""
    return {
        "sha256": facts.document.sha256,
        "role": facts.role.value,
        "version": facts.version,
        "path": facts.document.path,
        "error": None,
        "track": profile.track,
        "concepts": list(profile.concepts),
        "weights": list(profile.weights),
        "required": list(profile.required),
        "quality": profile.quality,
        "facts": facts_to_json(facts),
    }


def error_row(sha256: str, role: Role, version: str, path: str, message: str) -> dict:
    """The cache row of a document that could not be read: the same bytes fail the same way."""
    return {"sha256": sha256, "role": role.value, "version": version, "path": path, "error": message}


def rows_table(rows: Sequence[dict]) -> pa.Table:
    """Rows as a table of the cache's schema."""
    return pa.Table.from_pylist(list(rows), schema=SCHEMA)


class FactsCache:
    """Facts by content hash, role and version, in ``directory`` (or in memory when it is None)."""

    def __init__(self, directory: Path | None, version: str) -> None:
        self.directory = directory
        self.version = version
        self._memory: list[pa.Table] = []  # rows added by this run, read from memory, not from disk
        self._written: set[str] = set()
        if directory is not None:
            _prepare(directory)

    def known(self) -> dict[tuple[str, str], str]:
        """(sha256, role) -> the path it was first read from, for every row of this version."""
        table = self._scan(["sha256", "role", "path"])
        keys = zip(table["sha256"].to_pylist(), table["role"].to_pylist(), strict=True)
        return dict(zip(keys, table["path"].to_pylist(), strict=True))

    def add(self, table: pa.Table) -> None:
        """Append rows: a new part file, written under a temporary name then renamed."""
        if not table.num_rows:
            return
        if self.directory is None:
            self._memory.append(table)
            return
        name = f"part-{time.time_ns()}-{os.getpid()}.parquet"
        temporary = self.directory / f".{name}.tmp"
        pq.write_table(table, temporary, compression="zstd")
        temporary.rename(self.directory / name)
        self._written.add(name)
        self._memory.append(table)

    def profiles(self, keys: Iterable[tuple[str, str]]) -> pa.Table:
        """The profile columns of the rows with these keys (one row per key, the latest)."""
        wanted = set(keys)
        shas = sorted({sha for sha, _ in wanted})
        table = self._scan(PROFILE_COLUMNS, pc.field("sha256").isin(shas))
        return _latest(table, wanted)

    def facts(self, keys: Iterable[tuple[str, Role]]) -> dict[tuple[str, Role], Facts]:
        """The stored facts of these documents, read in one scan; CacheError when one is not stored."""
        wanted = {(sha, role.value) for sha, role in keys}
        shas = sorted({sha for sha, _ in wanted})
        table = _latest(self._scan(["sha256", "role", "facts"], pc.field("sha256").isin(shas)), wanted)
        rows = [row for row in table.to_pylist() if row["facts"] is not None]
        found = {(row["sha256"], Role(row["role"])): row["facts"] for row in rows}
        missing = [(sha, Role(role)) for sha, role in sorted(wanted) if (sha, Role(role)) not in found]
        if missing:
            sha, role = missing[0]
            raise CacheError(f"no stored facts for {sha[:12]} as a {role.value}; index it again")
        return {key: facts_from_json(text) for key, text in found.items()}

    def _scan(self, columns: list[str], keep: pc.Expression | None = None) -> pa.Table:
        """Rows of this version from the folder's part files and this run's additions."""
        condition = pc.field("version") == self.version
        condition = condition if keep is None else condition & keep
        parts = [t.filter(condition).select(columns) for t in self._memory]
        if self.directory is not None:
            found = self.directory.glob("part-*.parquet")
            files = sorted(str(p) for p in found if p.name not in self._written)
            dataset = ds.dataset(files, schema=SCHEMA, format="parquet")
            parts.insert(0, dataset.to_table(columns=columns, filter=condition))
        return pa.concat_tables(parts) if parts else SCHEMA.empty_table().select(columns)


def _prepare(directory: Path) -> None:
    if directory.exists() and not directory.is_dir():
        raise CacheError(f"{directory}: not a folder; give --cache a folder for the facts cache")
    try:
        directory.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise CacheError(f"{directory}: cannot create the cache folder ({error.strerror})") from None


def _latest(table: pa.Table, wanted: set[tuple[str, str]]) -> pa.Table:
    """One row per wanted key: the last one stored."""
    keys = zip(table["sha256"].to_pylist(), table["role"].to_pylist(), strict=True)
    last = {key: i for i, key in enumerate(keys) if key in wanted}
    return table.take(sorted(last.values()))


__all__ = ["CacheError", "FactsCache", "PROFILE_COLUMNS", "SCHEMA", "error_row", "facts_row", "rows_table"]
