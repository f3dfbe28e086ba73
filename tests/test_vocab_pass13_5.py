"""An emergency response plan is no ERP system, and an addiction treatment center is no planning system.

In oil and gas, utilities and plant safety an "Emergency Response Plan (ERP)" and its "ERP drills" are
written and exercised every quarter; the abbreviation ERP no longer reads there as enterprise resource
planning software. Pinnacle Treatment Centers, an opioid treatment provider, no longer reads as the
Philips Pinnacle treatment planning system (its context word "treatment" is on both trades' lines).
The second table checks that ERP still counts as the business system it names, and Pinnacle as the
planning system.
"""

from __future__ import annotations

from tests.conftest import each_case
from tests.test_vocab import line_check

_OTHER_TRADES_NO_LONGER_READ_AS_OURS_PASS13_5 = [
    # oracle-erp: an emergency response plan
    ("Wrote the site Emergency Response Plan (ERP) for the compressor station", "oracle-erp", False),
    ("Led quarterly ERP drills with plant operators and the county fire service", "oracle-erp", False),
    ("Updated the emergency response plan ERP after the hydrogen sulfide release", "oracle-erp", False),
    # pinnacle-tps: an addiction treatment provider
    ("Intake counselor at Pinnacle Treatment Centers, an opioid treatment program", "pinnacle-tps", False),
]

_FORMS_GUARDED_IN_PASS13_5_STILL_COUNT_PASS13_5 = [
    ("Entered parts orders and service invoices in the ERP system (SAP)", "oracle-erp", True),
    ("Super user for the hospital's ERP rollout; trained buyers on requisitions", "oracle-erp", True),
    ("Commissioned Pinnacle beam models for the radiation oncology department", "pinnacle-tps", True),
    ("Dosimetrist: planned IMRT cases in Pinnacle and Eclipse", "pinnacle-tps", True),
]


def test_other_trades_no_longer_read_as_ours_pass13_5(checker):
    each_case(_OTHER_TRADES_NO_LONGER_READ_AS_OURS_PASS13_5, line_check(checker))


def test_forms_guarded_still_count_in_their_sense_pass13_5(checker):
    each_case(_FORMS_GUARDED_IN_PASS13_5_STILL_COUNT_PASS13_5, line_check(checker))
