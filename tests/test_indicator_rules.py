"""The genre rules that narrow a figure's candidate indicators (wuanalysis.indicator_rules); their behaviour on
report sentences is asserted in test_indicators.py."""
from __future__ import annotations

from wuanalysis import indicator_rules


def test_every_lending_word_holds_a_stem():
    """A stretch of text without a stem is never scanned for lending words: every word must hold one."""
    assert all(any(stem in word for stem in indicator_rules._LENDING_STEMS) for word in indicator_rules._LENDING_KIND)
