"""Pass 20, lot 5: the one fault found was another setting's phrase on an unguarded short alias.

"tone and probe" (the cable toner kit) read a sales coaching line ("set the tone and probe for
customer needs"); it now needs a cabling or network word on or near its line.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_CASES = [
    ("Sales coach: set the tone and probe for customer needs", "tone-generator-probe", False),
    ("Traced network cables with a tone and probe", "tone-generator-probe", True),
    ("Tone and probe kit, punch-down tool", "tone-generator-probe", True),
]


def test_pass20_5_forms_read_only_in_their_own_sense(checker):
    each_case(_CASES, line_check(checker))
