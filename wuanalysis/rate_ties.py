"""Stated rates without an indicator ("…, đạt 462%", "hoạt động đối thoại chính sách đạt 83% chỉ tiêu"): tied to
a figure of their clause, or returned as orphans under the indicator their clause names, else :data:`UNASSIGNED`.

:func:`wuanalysis.measures.measure_rows` measures the orphans as rows without a value (see its module docstring).
"""
from __future__ import annotations

import re
from functools import lru_cache

import numpy as np
import pandas as pd

from .catalogue import load_indicators
from .text import match_form

UNASSIGNED = "unassigned"  # the indicator of a stated rate whose clause names none
TALLY = "targets_met"  # "đạt và vượt 9/10 chỉ tiêu": the indicator of a tally of targets

_CLAUSE_END = re.compile(r"[\s,:;(–-]*(?:\b(?:đạt|vượt|hoàn thành|bằng|kết quả|tỷ lệ|chỉ|chưa|vẫn|đã|cũng|đều|từ)\b"
                         r"[\s,:]*)*$", re.IGNORECASE)  # "… chỉ đạt 90%", "… đạt từ 73-75%": the rate's adverbs
# ("mới": new members)


def tie_rates(facts: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Stated rates without an indicator ("…, đạt 462%", "hoạt động đối thoại chính sách đạt 83% chỉ tiêu"):
    a rate that a figure of its sentence already carries is done (the extractor tied it, with or without an
    indicator); else it goes to the first figure with an indicator and no rate in its clause (from the previous ";"
    to the rate), which is returned in a copy of ``facts`` — unless the rate's own words name another indicator
    ("…, riêng chỉ tiêu kết nạp hội viên chỉ đạt 95%": the first figure of that one, if any), and never to a tally of
    targets ("đạt và vượt 9/10 chỉ tiêu, riêng chỉ tiêu … đạt 82%": the rate is another target's); the others come
    back as orphans (fact rows with ``rate_label``, the rate's own words, and ``indicator``, the one they name or
    :data:`UNASSIGNED`)."""
    if "achievement_pct" not in facts or not (has_rate := facts["achievement_pct"].notna().to_numpy()).any():
        return facts, facts.iloc[:0]
    target = facts["is_target"].fillna(False).astype(bool).to_numpy()
    has_indicator = facts["indicator"].notna().to_numpy()
    if not (rate := has_rate & ~has_indicator & ~target).any():
        return facts, facts.iloc[:0]
    docs, sentence_starts = facts["doc"].to_numpy(dtype=object), facts["sentence_start"].to_numpy()
    rates, starts = facts["achievement_pct"].to_numpy(dtype="float64"), facts["start"].to_numpy()
    in_docs = facts["doc"].isin(set(docs[rate])).to_numpy()  # the reports that state such a rate
    # the figures of the sentences that hold one: a rate is tied within its sentence, so only they are looked at
    keys = pd.MultiIndex.from_arrays([facts["doc"].to_numpy(), sentence_starts])
    in_sentences = in_docs & keys.isin(keys[rate])
    carried = has_indicator & has_rate
    done = set(zip(*(a[has_rate & ~rate & ~target & in_sentences] for a in (docs, sentence_starts, rates))))
    tally = (facts["indicator"] == TALLY).to_numpy()  # "9/10 chỉ tiêu": a count of targets takes no rate
    free = in_docs & has_indicator & ~has_rate & ~target & ~tally
    indicators = facts["indicator"].to_numpy(dtype=object)
    ends = facts["end"].to_numpy()
    near, ends_before = _sentence_figures(docs, sentence_starts, starts, ends, free & in_sentences, in_sentences,
                                          tally)
    known = free | carried & in_docs  # the indicators those reports measure
    measured = set(zip(docs[known], indicators[known]))
    rate_rows = np.flatnonzero(rate)
    sentences = dict(zip(rate_rows, facts["sentence"].iloc[rate_rows].tolist()))  # only the rates' (a long column)
    tied = rates.copy()
    orphans, seen = [], set()
    last_orphan: dict[tuple, tuple[int, str, str, str]] = {}  # (doc, sentence) → its last orphan's end and words
    for i in rate_rows:
        key = (docs[i], sentence_starts[i], rates[i])
        if key in done or key in seen:
            continue
        seen.add(key)
        sentence = sentences[i] if isinstance(sentences[i], str) else ""
        at = int(starts[i]) - int(sentence_starts[i])
        clause_from = sentence.rfind(";", 0, max(at, 0)) + 1
        lo = int(sentence_starts[i]) + clause_from
        hits = sorted((s, j) for s, j in near.get((docs[i], sentence_starts[i]), []) if lo <= s < starts[i])
        clause = _own_words(sentence, int(sentence_starts[i]), clause_from, at,
                            ends_before[(docs[i], sentence_starts[i])])
        indicator, topic = _indicator_named(clause)
        if not clause and (prev := last_orphan.get((docs[i], sentence_starts[i]))) and (
                not sentence[prev[0] - int(sentence_starts[i]):at].strip(" -–")):
            indicator, topic, clause = prev[1:]  # "2/9 chỉ tiêu đạt từ 73-75%": the range's upper end, its words
        if indicator != UNASSIGNED:  # the rate's own words name what it measures
            hits = [(s, j) for s, j in hits if indicators[j] == indicator]
        if hits:
            tied[hits[0][1]] = rates[i]
            continue
        # the row speaks for its indicator unless the report gives a figure of it too (which stays the headline)
        headline = indicator == UNASSIGNED or (docs[i], indicator) not in measured
        orphans.append((i, indicator, topic, clause or None, headline))
        last_orphan[(docs[i], sentence_starts[i])] = (int(ends[i]), indicator, topic, clause)
    if not np.array_equal(tied, rates, equal_nan=True):
        facts = facts.assign(achievement_pct=tied)
    if not orphans:
        return facts, facts.iloc[:0]
    rows, indicators, topics, labels, headlines = zip(*orphans)
    out = facts.iloc[list(rows)].assign(indicator=list(indicators), topic=list(topics), rate_label=list(labels),
                                        headline=list(headlines))
    return facts, out.reset_index(drop=True)


def _sentence_figures(docs, sentence_starts, starts, ends, free, in_sentences, tally) -> tuple[dict, dict]:
    """By (doc, sentence start): the free figures with an indicator, as (start, row); and every figure of the
    sentences that hold a rate as (start, end, is a tally) — a rate's own words start after the figure before it
    ("chỉ tiêu hỗ trợ phụ nữ khởi nghiệp vượt 200%, chỉ tiêu giúp hộ thoát nghèo vượt 141%")."""
    near: dict[tuple, list[tuple[int, int]]] = {}
    for i in np.flatnonzero(free):
        near.setdefault((docs[i], sentence_starts[i]), []).append((int(starts[i]), int(i)))
    ends_before: dict[tuple, list[tuple[int, int, bool]]] = {}
    for i in np.flatnonzero(in_sentences):
        ends_before.setdefault((docs[i], sentence_starts[i]), []).append((int(starts[i]), int(ends[i]), bool(tally[i])))
    return near, ends_before


def _own_words(sentence: str, sentence_start: int, clause_from: int, at: int,
               before: list[tuple[int, int, bool]]) -> str:
    """A rate's own words: its clause after the last figure before it (from a tally of targets on: "2 chỉ tiêu còn
    lại đạt trên 90%" names the targets it measures), after a list's colon, without the rate's adverbs."""
    words_from, tally_start = clause_from, None
    for s, e, is_tally in before:
        if clause_from <= e - sentence_start <= at and e - sentence_start >= words_from:
            words_from, tally_start = e - sentence_start, (s - sentence_start if is_tally else None)
    if tally_start is not None and tally_start >= clause_from and not any(c in sentence[words_from:at] for c in ",()"):
        words_from = tally_start  # (the tally's own clause: not "9/10 chỉ tiêu, riêng chỉ tiêu … đạt 82%")
    clause = _CLAUSE_END.sub("", sentence[words_from:at]).strip(" ,;:-–")
    return clause.rsplit(":", 1)[-1].strip() or clause  # "nhiều chỉ tiêu vượt xa: hỗ trợ hộ thoát nghèo"


@lru_cache(maxsize=4096)
def _indicator_named(clause: str) -> tuple[str, str]:
    """The indicator whose longest cue the clause holds, the one nearest its end on a tie; else unassigned."""
    low = match_form(clause).lower()
    best = None
    for indicator, topic, cues in _cues():
        for cue in cues:
            i = low.rfind(cue)
            j = i + len(cue)
            if i >= 0 and (i == 0 or not low[i - 1].isalnum()) and (j == len(low) or not low[j].isalnum()):
                rank = (len(cue), i)
                if best is None or rank > best[0]:
                    best = (rank, indicator, topic)
    return (best[1], best[2]) if best else (UNASSIGNED, "other")


_CUES: list[tuple[str, str, tuple[str, ...]]] = []
# Cues that name an activity of any kind, not one indicator ("hoạt động đối thoại chính sách" is no union activity
# count); a clause holding only these is unassigned.
_VAGUE_CUES = {"hoạt động", "tổng số", "nâng tổng số", "thành lập", "thành lập mới", "xây dựng", "duy trì", "hỗ trợ",
               "tham gia", "tổ chức", "giúp đỡ", "hỗ trợ thành lập", "tuyên truyền", "vận động"}


def _cues() -> list[tuple[str, str, tuple[str, ...]]]:
    """(indicator, topic, cues) of the catalogue but the tally of targets (a rate never measures it: "vượt chỉ tiêu"
    is the rate's verdict); cues shorter than two words are too vague for a clause."""
    if not _CUES:
        for i, t, c in load_indicators()[["id", "topic", "cues"]].itertuples(index=False):
            if i == TALLY:
                continue
            cues = tuple(match_form(x.strip()).lower() for x in c.split(";")
                         if len(x.strip().split()) >= 2 and match_form(x.strip()).lower() not in _VAGUE_CUES)
            _CUES.append((i, t, cues))
    return _CUES
