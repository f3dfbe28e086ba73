"""`index` and `match` as library calls: hash, extract what the cache lacks, score all pairs, short-list."""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import pyarrow as pa

from resumefit.assess import assess, default_vocabulary
from resumefit.facts import Facts, Role, default_extractor
from resumefit.models import Report
from resumefit.scale.cache import FactsCache
from resumefit.scale.engine import AUTO, run_local, run_ray
from resumefit.scale.inputs import InputError, Source, find_documents, hashed
from resumefit.scale.matrix import TopK, posting_side, resume_side, slot_columns, top_k
from resumefit.scale.profiles import Profile
from resumefit.vocab import Vocabulary

LOCAL, RAY = "local", "ray"


@dataclass(frozen=True)
class Engine:
    """Where the extract stage runs: this process, or Ray Data with ``workers`` actors."""

    name: str = LOCAL
    workers: int = 2
    address: str | None = None

    def __post_init__(self) -> None:
        if self.name not in (LOCAL, RAY):
            raise InputError(f"--engine must be {LOCAL} or {RAY}, not '{self.name}'")


@dataclass(frozen=True)
class Indexed:
    """Documents with their facts in the cache, and what it took."""

    sources: tuple[Source, ...]  # readable documents, each with its role decided
    extracted: int
    cached: int
    errors: tuple[str, ...]  # one line per document that could not be read
    seconds: float


def open_cache(directory: Path | None) -> tuple[FactsCache, Vocabulary]:
    """The cache (in memory when ``directory`` is None) for the shipped vocabulary's version."""
    vocabulary, version = default_vocabulary()
    return FactsCache(directory, version), vocabulary


def index(
    paths: Iterable[str | Path], cache: FactsCache, role: str = AUTO, engine: Engine = Engine()
) -> Indexed:
    """Facts for every document under ``paths`` in the cache; only documents it lacks are extracted."""
    documents = find_documents(paths)
    if not documents:
        raise InputError("no documents found (.pdf, .docx, .txt, .md, .html); give files or folders")
    return ensure_facts([(path, role) for path in documents], cache, engine)


def ensure_facts(wanted: Sequence[tuple[Path, str]], cache: FactsCache, engine: Engine) -> Indexed:
    """Hash each document, look it up, extract the misses on ``engine``; errors are kept, not raised.

    Documents with the same content and role are extracted once and share the facts."""
    started = time.perf_counter()
    known = cache.known()
    found: dict[int, Source] = {}
    errors: list[str] = []
    pending: dict[tuple[str, str], list[tuple[int, Source]]] = {}
    for position, (path, role) in enumerate(wanted):
        source = hashed(path, Role.RESUME if role == AUTO else Role(role))
        cached = _cached_role(known, source, role)
        if source.error:
            errors.append(source.error)
        elif cached is not None:
            found[position] = replace(source, role=cached)
        else:
            pending.setdefault((source.sha256, role), []).append((position, source))
    cached_count = len(found)
    outcome = _extract([group[0][1] for group in pending.values()], [r for _, r in pending], cache, engine)
    for key, group in pending.items():
        result = outcome.get(key, f"{group[0][1].path}: not extracted")
        for position, source in group:
            if isinstance(result, Role):
                found[position] = replace(source, role=result)
            else:
                errors.append(result if position == group[0][0] else f"{source.path}: as {result}")
    sources = tuple(found[i] for i in sorted(found))
    return Indexed(sources, len(pending), cached_count, tuple(errors), time.perf_counter() - started)


def _cached_role(known: dict[tuple[str, str], str], source: Source, role: str) -> Role | None:
    roles = (Role.RESUME, Role.POSTING) if role == AUTO else (Role(role),)
    return next((r for r in roles if (source.sha256, r.value) in known), None)


def _extract(
    sources: Sequence[Source], roles: Sequence[str], cache: FactsCache, engine: Engine
) -> dict[tuple[str, str], Role | str]:
    """Extract and store; (sha256, asked role) -> the role read, or the error line."""
    if not sources:
        return {}
    items = [{"path": s.path, "role": role} for s, role in zip(sources, roles, strict=True)]
    asked = {s.path: (s.sha256, role) for s, role in zip(sources, roles, strict=True)}
    outcome: dict[tuple[str, str], Role | str] = {}
    for table in _batches(items, engine, cache):
        good = table.filter(pa.compute.is_null(table["error"]))
        cache.add(good)
        for row in table.select(["path", "role", "error"]).to_pylist():
            outcome[asked[row["path"]]] = row["error"] or Role(row["role"])
    return outcome


def _batches(items: list[dict], engine: Engine, cache: FactsCache) -> Iterator[pa.Table]:
    if engine.name == RAY:
        return run_ray(items, engine.workers, engine.address)
    extractor = default_extractor()
    if extractor.version != cache.version:
        raise InputError("the default vocabulary changed while running; run the command again")
    return run_local(items, extractor)


# --- match -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Matched:
    """The short list both ways, with what produced it."""

    resumes: tuple[Source, ...]
    postings: tuple[Source, ...]
    resume_profiles: tuple[Profile, ...]
    posting_profiles: tuple[Profile, ...]
    top: TopK
    indexed: Indexed
    seconds: float  # scoring all pairs
    errors: tuple[str, ...] = field(default=())


def match(
    resumes: Iterable[str | Path],
    postings: Iterable[str | Path],
    cache: FactsCache,
    vocabulary: Vocabulary,
    k: int,
    *,
    engine: Engine = Engine(),
    gate: bool = True,
    block: bool = True,
) -> Matched:
    """Every resume against every posting: the k best postings per resume and resumes per posting."""
    resume_paths, posting_paths = find_documents(resumes), find_documents(postings)
    wanted = [(p, Role.RESUME.value) for p in resume_paths] + [(p, Role.POSTING.value) for p in posting_paths]
    indexed = ensure_facts(wanted, cache, engine)
    chosen_r = tuple(s for s in indexed.sources if s.role is Role.RESUME)
    chosen_p = tuple(s for s in indexed.sources if s.role is Role.POSTING)
    if not chosen_r or not chosen_p:
        raise InputError("no readable resume or no readable posting: nothing to match")
    started = time.perf_counter()
    r_profiles, p_profiles = load_profiles(cache, chosen_r), load_profiles(cache, chosen_p)
    columns = slot_columns(p_profiles)
    best = top_k(
        resume_side(r_profiles, columns, vocabulary),
        posting_side(p_profiles, columns),
        k,
        gate=gate,
        block=block,
    )
    elapsed = time.perf_counter() - started
    return Matched(chosen_r, chosen_p, r_profiles, p_profiles, best, indexed, elapsed, indexed.errors)


def load_profiles(cache: FactsCache, sources: Sequence[Source]) -> tuple[Profile, ...]:
    """Each source's profile, read from the cache's profile columns only."""
    table = cache.profiles((s.sha256, s.role.value) for s in sources).to_pylist()
    rows = {(row["sha256"], row["role"]): row for row in table}
    return tuple(_profile(rows[(s.sha256, s.role.value)]) for s in sources)


def _profile(row: dict) -> Profile:
    concepts, required = tuple(row["concepts"] or ()), tuple(row["required"] or ())
    weights = tuple(float(w) for w in row["weights"] or ())
    return Profile(concepts, weights, required, row["track"], row["quality"] or 0.0)


def full_reports(
    matched: Matched, cache: FactsCache, vocabulary: Vocabulary
) -> dict[tuple[int, int], Report]:
    """The full Report of every short-listed pair (resume index, posting index), from stored facts."""
    pairs = sorted(short_list(matched.top))
    resumes = _stored(cache, matched.resumes, {r for r, _ in pairs})
    postings = _stored(cache, matched.postings, {p for _, p in pairs})
    return {(r, p): assess(resumes[r], postings[p], vocabulary=vocabulary) for r, p in pairs}


def _stored(cache: FactsCache, sources: Sequence[Source], chosen: set[int]) -> dict[int, Facts]:
    """The facts of the chosen sources, each with its own path (equal files share stored facts)."""
    stored = cache.facts((sources[i].sha256, sources[i].role) for i in chosen)
    facts = {}
    for i in chosen:
        one = stored[(sources[i].sha256, sources[i].role)]
        facts[i] = replace(one, document=replace(one.document, path=sources[i].path))
    return facts


def short_list(top: TopK) -> set[tuple[int, int]]:
    """Every (resume, posting) pair in either direction's top k."""
    pairs = {(r, int(p)) for r, row in enumerate(top.postings_for_resume) for p in row if p >= 0}
    pairs |= {(int(r), p) for p, row in enumerate(top.resumes_for_posting) for r in row if r >= 0}
    return pairs


__all__ = ["Engine", "Indexed", "LOCAL", "Matched", "RAY", "ensure_facts", "full_reports", "index", "match"]
