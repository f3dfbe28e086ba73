"""The evaluation set quotes its documents correctly: every labelled wording and trap is really there."""

from __future__ import annotations

import importlib.util
from collections import Counter
from pathlib import Path

import pytest

from tests.evaluation import example_dirs

SCRIPT = Path(__file__).resolve().parent.parent / "examples" / "check_examples.py"


@pytest.fixture(scope="module")
def label_checker():
    spec = importlib.util.spec_from_file_location("check_examples", SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("folder", example_dirs(""), ids=lambda p: p.name)
def test_expected_file_quotes_its_documents(label_checker, folder):
    assert label_checker.check_pair(folder, Counter()) == []
