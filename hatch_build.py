"""Wheel build hook: compile the YAML vocabulary into JSON, so a check starts without parsing YAML."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from hatchling.builders.hooks.plugin.interface import BuildHookInterface


class VocabularyBuildHook(BuildHookInterface):
    """Adds resumefit/vocab/compiled.json to the wheel (the loader checks it still matches the YAML)."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict) -> None:
        if self.target_name != "wheel" or version == "editable":
            return  # an editable install reads the YAML in the checkout
        sys.path.insert(0, self.root)
        try:
            from resumefit.vocab import COMPILED_FILE, compile_vocabulary
        finally:
            sys.path.remove(self.root)
        compiled = Path(tempfile.mkdtemp(prefix="resumefit-vocab-")) / COMPILED_FILE
        compiled.write_text(compile_vocabulary(Path(self.root) / "vocab"), encoding="utf-8")
        build_data["force_include"][str(compiled)] = f"resumefit/vocab/{COMPILED_FILE}"
