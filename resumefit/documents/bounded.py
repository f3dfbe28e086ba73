"""Parsing a document in a forked child with a time and memory budget: no file can hang or exhaust us."""

from __future__ import annotations

import contextlib
import math
import os
import pickle
import select
import signal
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import NoReturn

from resumefit.errors import ConfigError, UnreadableDocument
from resumefit.models import Document

READ_SECONDS = 30.0  # a 50-page PDF reads in about 6 s on a slow, busy machine
READ_MEMORY_MB = 1024  # a 50-page PDF needs under 150 MB on top of what the process already holds
SECONDS_VARIABLE = "RESUMEFIT_READ_SECONDS"
MEMORY_VARIABLE = "RESUMEFIT_READ_MEMORY_MB"
_CHUNK = 1 << 20


@dataclass(frozen=True, slots=True)
class ReadBudget:
    """How long one document may take to parse, and how much memory it may add."""

    seconds: float = READ_SECONDS
    memory_mb: int = READ_MEMORY_MB

    @classmethod
    def from_environment(cls, environ: Mapping[str, str] | None = None) -> ReadBudget:
        """The defaults, or RESUMEFIT_READ_SECONDS / RESUMEFIT_READ_MEMORY_MB when set."""
        environ = os.environ if environ is None else environ
        seconds = _positive(environ, SECONDS_VARIABLE, READ_SECONDS, "a number of seconds")
        memory = _positive(environ, MEMORY_VARIABLE, READ_MEMORY_MB, "a whole number of megabytes")
        return cls(seconds=seconds, memory_mb=int(memory))


def _positive(environ: Mapping[str, str], name: str, default: float, what: str) -> float:
    text = environ.get(name, "").strip()
    if not text:
        return default
    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not value > 0 or math.isinf(value):
        raise ConfigError(f"{name} must be {what} above 0, not '{text}'; unset it to use the default")
    return value


def can_fork() -> bool:
    """Whether this platform can fork a reader (Linux, macOS); elsewhere documents are parsed in-process."""
    return hasattr(os, "fork")


def parse_within_budget(parse: Callable[[], Document], name: str, budget: ReadBudget) -> Document:
    """``parse()`` run in a forked child: its Document, or UnreadableDocument naming the limit it broke."""
    return start_within_budget(parse, name, budget).result()


@dataclass(slots=True)
class Running:
    """A document being parsed in a forked child; result() waits for it, cancel() ends it."""

    pid: int
    reader: int
    name: str
    budget: ReadBudget
    started: float
    done: bool = False

    def result(self) -> Document:
        """The child's Document, or UnreadableDocument naming the limit it broke (time counts from the
        fork)."""
        if self.done:
            raise RuntimeError(f"{self.name}: result already taken")
        reaped = False
        try:
            payload = _collect(self.reader, self.started + self.budget.seconds - time.monotonic())
            if payload is None:
                raise UnreadableDocument(self.name, _slow_reason(self.budget))
            status = _reap(self.pid)
            reaped = True
            return _result(payload, status, self.name, self.budget)
        finally:
            self.done = True
            os.close(self.reader)
            if not reaped:  # the budget ran out, or Ctrl-C: the child must not outlive this call
                _kill(self.pid)

    def cancel(self) -> None:
        """End the child if its result was not taken (an error or Ctrl-C elsewhere)."""
        if not self.done:
            self.done = True
            os.close(self.reader)
            _kill(self.pid)


def start_within_budget(parse: Callable[[], Document], name: str, budget: ReadBudget) -> Running:
    """Fork a child that runs ``parse()`` within ``budget``; the caller goes on and takes the result later."""
    reader, writer = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: parse, send the result, leave without running any of the parent's exit code
        os.close(reader)
        _child(parse, writer, budget)
    os.close(writer)
    return Running(pid, reader, name, budget, time.monotonic())


def _child(parse: Callable[[], Document], writer: int, budget: ReadBudget) -> NoReturn:
    try:
        signal.signal(signal.SIGINT, signal.SIG_DFL)  # Ctrl-C ends the child at once and quietly
        _limit(budget)
        _send(writer, _packed(_outcome(parse)))
    finally:
        os._exit(0)


def _outcome(parse: Callable[[], Document]) -> tuple[str, object]:
    try:
        return ("document", parse())
    except MemoryError:
        return ("memory", None)
    except UnreadableDocument as error:
        return ("unreadable", error.reason)
    except Exception as error:  # a fault in resumefit itself: reported as one, not blamed on the file
        return ("internal", f"{type(error).__name__}: {error}")


def _packed(outcome: tuple[str, object]) -> bytes:
    try:
        return pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL)
    except MemoryError:
        return pickle.dumps(("memory", None))
    except Exception as error:
        return pickle.dumps(("internal", f"{type(error).__name__}: {error}"))


def _limit(budget: ReadBudget) -> None:
    import resource

    # The CPU limit is a backstop for a child whose parent was killed before it could end the child.
    cpu = math.ceil(budget.seconds) + 2
    resource.setrlimit(resource.RLIMIT_CPU, (cpu, cpu + 1))
    held = _address_space()
    if held is not None:
        _, hard = resource.getrlimit(resource.RLIMIT_AS)
        limit = held + budget.memory_mb * 1_000_000
        resource.setrlimit(resource.RLIMIT_AS, (limit if hard < 0 else min(limit, hard), hard))


def _address_space() -> int | None:
    """The bytes of address space this process holds (Linux); None where /proc cannot tell."""
    try:
        with open("/proc/self/statm", "rb") as handle:  # noqa: PTH123 - a Linux-only pseudo-file
            pages = int(handle.read().split()[0])
    except (OSError, ValueError, IndexError):
        return None
    return pages * os.sysconf("SC_PAGE_SIZE")


def _send(writer: int, payload: bytes) -> None:
    view = memoryview(payload)
    while view:
        view = view[os.write(writer, view) :]


def _collect(reader: int, seconds: float) -> bytes | None:
    """Everything the child sends, or None when it has not finished within ``seconds``."""
    deadline = time.monotonic() + seconds
    chunks: list[bytes] = []
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0 or not select.select([reader], [], [], remaining)[0]:
            return None
        chunk = os.read(reader, _CHUNK)
        if not chunk:
            return b"".join(chunks)
        chunks.append(chunk)


def _reap(pid: int) -> int:
    while True:
        try:
            return os.waitpid(pid, 0)[1]
        except ChildProcessError:
            return 0
        except InterruptedError:
            continue


def _kill(pid: int) -> None:
    with contextlib.suppress(ProcessLookupError):
        os.kill(pid, signal.SIGKILL)
    _reap(pid)


def _result(payload: bytes, status: int, name: str, budget: ReadBudget) -> Document:
    if not payload:
        raise UnreadableDocument(name, _stopped_reason(status, budget))
    kind, value = pickle.loads(payload)  # noqa: S301 - written by our own forked child, never by a file
    if kind == "document":
        return value
    if kind == "memory":
        raise UnreadableDocument(name, _memory_reason(budget))
    if kind == "internal":
        raise RuntimeError(f"reading {name}: {value}")
    raise UnreadableDocument(name, str(value))


def _slow_reason(budget: ReadBudget) -> str:
    return (
        f"took longer than {budget.seconds:g} s to read (the limit); it may be damaged or built to stall "
        f"readers: re-export it and try again ({SECONDS_VARIABLE} raises the limit)"
    )


def _memory_reason(budget: ReadBudget) -> str:
    return (
        f"needs more than {budget.memory_mb} MB of memory to read (the limit); it may be damaged or built to "
        f"exhaust readers: re-export it and try again ({MEMORY_VARIABLE} raises the limit)"
    )


def _stopped_reason(status: int, budget: ReadBudget) -> str:
    if os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGXCPU:
        return _slow_reason(budget)
    if os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGINT:
        raise KeyboardInterrupt
    return "could not be read (the reader stopped abruptly); it looks damaged: re-export it and try again"
