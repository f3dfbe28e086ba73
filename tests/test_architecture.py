"""Data flows one way: no stage imports a later stage, the CLI or a reporter; only the CLI prints or exits."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "resumefit"
CORE = (
    "models",
    "errors",
    "vocab",
    "nlp",
    "documents",
    "sections",
    "matching",
    "posting",
    "rules",
    "scoring",
)
LATER = (
    "resumefit.cli",
    "resumefit.reporters",
    "resumefit.pipeline",
    "resumefit.history",
    "resumefit.batch",
    "resumefit.settings",
)


def modules(stage: str) -> list[Path]:
    path = PACKAGE / stage
    return sorted(path.rglob("*.py")) if path.is_dir() else [path.with_suffix(".py")]


def imported(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("stage", CORE)
def test_core_stages_never_import_later_stages(stage):
    for path in modules(stage):
        bad = {name for name in imported(path) if name.startswith(LATER)}
        assert not bad, f"{path.relative_to(PACKAGE)} imports {sorted(bad)}"


def test_reporters_never_import_the_cli_pipeline_or_history():
    for path in modules("reporters"):
        bad = {
            n
            for n in imported(path)
            if n.startswith(("resumefit.cli", "resumefit.pipeline", "resumefit.history"))
        }
        assert not bad, f"{path.relative_to(PACKAGE)} imports {sorted(bad)}"


def test_only_the_cli_prints_or_exits():
    for path in sorted(PACKAGE.rglob("*.py")):
        if "cli" in path.relative_to(PACKAGE).parts or path.name == "__main__.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("print", "exit")
            ):
                pytest.fail(f"{path.relative_to(PACKAGE)}:{node.lineno} calls {node.func.id}()")
            if (
                isinstance(node, ast.Attribute)
                and node.attr == "exit"
                and getattr(node.value, "id", "") == "sys"
            ):
                pytest.fail(f"{path.relative_to(PACKAGE)}:{node.lineno} calls sys.exit()")
        assert "typer" not in {n.split(".")[0] for n in imported(path)}, path
