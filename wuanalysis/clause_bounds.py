"""Sentence and clause bounds of a text (:class:`Bounds`), and the literal searches of the one text whose rates and
targets are being decided (:func:`find_all`); split from :mod:`wuanalysis.rates`, which still names them for the rules
that read them there. Patterns run on the lower-cased match form of the text (see ``wuanalysis.text``).
"""
from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from .text import finditer_at

if TYPE_CHECKING:  # pragma: no cover
    from collections.abc import Iterator


# "đề ra 08 chỉ tiêu: 1. Hằng năm …; 2. Mỗi năm …": the point after an inline item number ends nothing
# one character class first (not an alternation) so that the search skips to candidates: 2x faster, same matches
# "TP. Hồ Chí Minh", "TP. Huế": the point of the abbreviated city ends nothing either
_SENTENCE_END = re.compile(r"[.!?\n](?:(?<=\n)|(?<![.:;] \d.)(?<![.:;] \d\d.)(?<![Tt][Pp].)(?=\s|$))")
CLAUSE_END = re.compile(r"[.!?](?<![.:;] \d.)(?<![.:;] \d\d.)(?<![Tt][Pp].)(?=\s|$)|[\n;]")


class Bounds:
    """Sentence and clause boundaries of a text, found once and looked up by bisection."""

    def __init__(self, m: str):
        self.n = len(m)
        self.sentence_ends = [mt.start() for mt in finditer_at(_SENTENCE_END, m, ".!?\n")]
        # a clause ends where a sentence does and at every ";" (one regex scan, not two)
        self.clause_ends = sorted(self.sentence_ends + list(find_all(m, ";"))) if ";" in m else self.sentence_ends

    @staticmethod
    def _around(ends: list[int], pos: int, n: int) -> tuple[int, int]:
        k = bisect.bisect_left(ends, pos)
        return (ends[k - 1] + 1 if k else 0), (ends[k] if k < len(ends) else n)

    # (the three below are :meth:`_around` written out: the rules call them for every figure)
    def clause(self, pos: int) -> tuple[int, int]:
        ends = self.clause_ends
        k = bisect.bisect_left(ends, pos)
        return (ends[k - 1] + 1 if k else 0), (ends[k] if k < len(ends) else self.n)

    def sentence(self, pos: int) -> tuple[int, int]:
        ends = self.sentence_ends
        k = bisect.bisect_left(ends, pos)
        return (ends[k - 1] + 1 if k else 0), (ends[k] if k < len(ends) else self.n)

    def sentence_start(self, pos: int) -> int:
        ends = self.sentence_ends
        k = bisect.bisect_left(ends, pos)
        return ends[k - 1] + 1 if k else 0

    def sentence_starts(self, positions: list[int]) -> list[int]:
        """:meth:`sentence_start` of positions in ascending order, in one walk (not a bisection each)."""
        ends, k, n, out = self.sentence_ends, 0, len(self.sentence_ends), []
        for pos in positions:
            while k < n and ends[k] < pos:
                k += 1
            out.append(ends[k - 1] + 1 if k else 0)
        return out


def _find_all(text: str, word: str):
    i = text.find(word)
    while i != -1:
        yield i
        i = text.find(word, i + 1)


# The places of the words looked for in the one text whose rates and targets are being decided (the rules look for
# "chỉ tiêu" a dozen times over); opened and dropped by target_statements.decide_rates_and_targets around its rules, so
# nothing is kept from one text to the next. A tuple rebound at once: another thread's text only misses it.
_FOUND: tuple[str | None, dict[str, list[int]]] = (None, {})


def remember_searches(text: str) -> tuple[str | None, dict[str, list[int]]]:
    """Keep the places :func:`find_all` finds in ``text`` until :func:`forget_searches`."""
    global _FOUND
    found: tuple[str | None, dict[str, list[int]]] = (text, {})
    _FOUND = found
    return found


def forget_searches(found: tuple[str | None, dict[str, list[int]]]) -> None:
    global _FOUND
    if _FOUND is found:
        _FOUND = (None, {})


def find_all(text: str, word: str) -> Iterator[int]:
    """Every start of a literal word in a text (a literal search, far cheaper than a regex scan); once per word for
    the text being decided (:func:`remember_searches`)."""
    found = _FOUND
    if found[0] is not text:
        return _find_all(text, word)
    places = found[1].get(word)
    if places is None:
        places = found[1][word] = list(_find_all(text, word))
    return iter(places)
