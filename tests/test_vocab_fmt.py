"""`resumefit vocab fmt`: one canonical block layout, comments kept, data unchanged, checked on vocab/."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from typer.testing import CliRunner

from resumefit.cli.app import app
from resumefit.errors import VocabularyError
from resumefit.vocabfmt import format_text

VOCAB = Path(__file__).resolve().parent.parent / "vocab"
FLOW = (
    "version: 1\nconcepts:\n  # --- pumps ---\n"
    "  - {id: infusion-pump, name: Infusion pump, category: equipment, track: equipment,"
    " aliases: [IV pump, {text: LVP, guards: [equipment-work]}], broader: [medical-equipment]}\n"
)


def test_the_shipped_vocabulary_is_in_canonical_layout():
    files = sorted(VOCAB.glob("*.yaml"))
    assert files
    for path in files:
        text = path.read_text(encoding="utf-8")
        assert format_text(text, str(path)) == text, f"{path.name}: run `resumefit vocab fmt vocab/`"


def test_flow_style_becomes_block_style_with_the_same_data_and_comments():
    out = format_text(FLOW)
    assert yaml.safe_load(out) == yaml.safe_load(FLOW)
    assert "# --- pumps ---" in out
    assert "  - id: infusion-pump\n" in out and "{" not in out
    assert format_text(out) == out  # idempotent


def test_invalid_yaml_is_one_clear_error():
    with pytest.raises(VocabularyError, match="invalid YAML at line"):
        format_text("concepts: [\n", "mine.yaml")


def test_check_changes_nothing_and_exits_one_when_a_file_would_change(tmp_path):
    import resumefit.cli.vocab  # noqa: F401  (registers the vocab commands)

    mine = tmp_path / "mine.yaml"
    mine.write_text(FLOW, encoding="utf-8")
    checked = CliRunner().invoke(app, ["vocab", "fmt", "--check", str(mine)])
    assert checked.exit_code == 1 and mine.read_text(encoding="utf-8") == FLOW
    written = CliRunner().invoke(app, ["vocab", "fmt", str(mine)])
    assert written.exit_code == 0
    assert CliRunner().invoke(app, ["vocab", "fmt", "--check", str(mine)]).exit_code == 0


@pytest.mark.parametrize(
    "value",
    [
        "Sysmex XN-1000",
        "MLS(ASCP)",
        "yes",
        "No",
        "NULL",
        "Off",
        "y",
        "a  b",
        "e.g.",
        "A,B",
        "I/O",
        "x",
        "rock & roll",
    ],
)
def test_a_string_written_without_the_emitter_is_written_as_the_emitter_writes_it(value):
    from resumefit.vocabfmt import _written

    expected = yaml.safe_dump(value, allow_unicode=True, width=float("inf"), default_flow_style=False)
    assert _written(str, value) == expected.removesuffix("\n...\n").removesuffix("\n")
