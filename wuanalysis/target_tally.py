"""A report's count of its targets met, and the breakdowns of that count (score layer).

"đạt và vượt 10/10 chỉ tiêu", "hoàn thành 11/12 chỉ tiêu", "8/9 chỉ tiêu đạt và vượt" is the report's verdict on
its targets: the ``targets_met`` figure, measured against the number of targets. The words after such a count
often name whose targets they are ("… 10/10 chỉ tiêu so với Nghị quyết Trung ương giao", "… chỉ tiêu Nghị quyết
Đại hội"), which reads like a rate's reference, so the count may reach the measuring without an indicator: a count
of targets whose own clause says met is ``targets_met`` here.

A breakdown of the verdict is a *part*: never the report's headline, never measured against the number of
targets (a leader would read "2/10 chỉ tiêu đạt" as 20 %, failing 8 of 10 targets). A count of targets is a part
when it follows "trong đó" ("(trong đó, có 8/10 chỉ tiêu vượt, 2/10 chỉ tiêu đạt)"), when it counts targets not
met ("vẫn còn 3 chỉ tiêu chưa đạt", "2 chỉ tiêu đạt thấp"), when it counts the exceeded ones beside another count
of targets in its sentence ("vượt 3 chỉ tiêu, hoàn thành 9/12 chỉ tiêu"), or the ones met ("đạt") beside the
exceeded ones ("2/10 chỉ tiêu đạt, 8 chỉ tiêu vượt"). A count alone in its sentence, and "đạt 6/9 chỉ tiêu, 3
chỉ tiêu chưa đạt" (a real shortfall) keep their verdict.
"""
from __future__ import annotations

import re

import numpy as np
import pandas as pd

from .text import match_form

TARGETS_MET = "targets_met"
_NOUN = "chỉ tiêu"
_SEP = re.compile(r"[;(),:.]")
_VERDICT = r"(?:đạt và vượt|hoàn thành và (?:hoàn thành )?vượt(?: mức)?|hoàn thành vượt(?: mức)?|hoàn thành|đạt|vượt)"
# "trong đó 9 chỉ tiêu", "(trong đó, có 8/10", "trong đó vượt 3 chỉ tiêu": the count opens a breakdown
_UNDER = re.compile(rf"trong đó[\s,:]*(?:có\s+)?(?:{_VERDICT}\s+)?$")
# "(trong đó, có 8/10 chỉ tiêu vượt, 2/10 chỉ tiêu đạt)": a bracket opened by "trong đó" holds the breakdown
_BRACKET = re.compile(r"\(\s*trong đó[^()]*$")
# a breakdown's list goes on to the next count unless a clause, a bracket or a figure (not a rate: "đạt từ 123,5% -
# 530% và 1 chỉ tiêu đạt 100%") ends it
_LIST_END = re.compile(r"[;)]|\d(?![\d.,]*\s*%)")
_NOT_MET = re.compile(r"(?<!\w)(?:chưa đạt|không đạt|chưa hoàn thành|đạt thấp|đang phấn đấu|còn lại)(?!\w)")
_BOTH = re.compile(r"(?<!\w)(?:đạt và vượt|hoàn thành và (?:hoàn thành )?vượt|đạt, vượt)(?!\w)")
_OVER = re.compile(r"(?<!\w)vượt(?!\w)")
_MET = re.compile(r"(?<!\w)(?:đạt|hoàn thành)(?!\w)")
_DONE = re.compile(r"(?<!\w)hoàn thành(?!\s+vượt)(?!\w)")


def tally_targets(facts: pd.DataFrame) -> tuple[pd.DataFrame, np.ndarray]:
    """``facts`` (a copy when a count of targets met had no indicator) and, per fact, whether it is a part of a
    count of targets met (the module's rules). Needs doc, unit, unit_class, indicator, sentence, start, end and
    sentence_start; other tables come back as they are."""
    part = np.zeros(len(facts), dtype=bool)
    needed = {"doc", "unit", "unit_class", "indicator", "sentence", "start", "end", "sentence_start"}
    if facts.empty or not needed <= set(facts.columns):
        return facts, part
    units = [u for u in pd.unique(facts["unit"].dropna()) if match_form(str(u)).lower().startswith(_NOUN)]
    counts = facts["unit"].isin(units).to_numpy() & facts["unit_class"].isin(["ratio", "count"]).to_numpy()
    if "is_target" in facts:
        counts &= ~facts["is_target"].fillna(False).astype(bool).to_numpy()
    indicator = facts["indicator"].to_numpy(dtype=object)
    counts &= pd.isna(indicator) | (indicator == TARGETS_MET)
    if not counts.any():
        return facts, part
    rows = np.flatnonzero(counts).tolist()
    sub = facts.iloc[rows]
    kinds: dict[int, str] = {}
    under: dict[int, bool] = {}
    sentences: dict[tuple, list[int]] = {}
    last: dict[tuple, tuple[int, int]] = {}  # the sentence's count before: (its row, where it ends)
    for row, doc, sentence, start, end, s0 in sorted(zip(rows, sub["doc"], sub["sentence"], sub["start"], sub["end"],
                                                         sub["sentence_start"]), key=lambda r: (r[1], r[5], r[3])):
        low = match_form(sentence).lower() if isinstance(sentence, str) else ""
        at, to = int(start) - int(s0), int(end) - int(s0)
        kinds[row] = _kind(low, at, to)
        under[row] = bool(_UNDER.search(low, 0, max(at, 0)) or _BRACKET.search(low, 0, max(at, 0)))
        if (doc, s0) in last and not under[row]:  # "(trong đó, có 8/10 chỉ tiêu vượt, 2/10 chỉ tiêu đạt)"
            before, ended = last[doc, s0]
            under[row] = under[before] and not _LIST_END.search(low, ended, max(at, ended))
        last[doc, s0] = (row, to)
        sentences.setdefault((doc, s0), []).append(row)
    found = [r for r in rows if pd.isna(indicator[r]) and kinds[r] != ""]
    adopted = set(found)
    for members in sentences.values():
        members = [r for r in members if not pd.isna(indicator[r]) or r in adopted]
        part[[r for r in members if _is_part(r, members, kinds, under)]] = True
    if found:
        facts = facts.copy()
        facts.iloc[found, facts.columns.get_loc("indicator")] = TARGETS_MET
    return facts, part


def _kind(low: str, at: int, to: int) -> str:
    """What the words of a count's clause say of its targets: "both" (met and exceeded, or met as a whole:
    "hoàn thành"), "met" (met, "đạt"), "over" (exceeded), "not" (not met), or "" (nothing: no verdict)."""
    before = low[max((m.end() for m in _SEP.finditer(low, 0, max(at, 0))), default=0):max(at, 0)]
    after_end = next((m.start() for m in _SEP.finditer(low, to)), len(low))
    words = before + " | " + low[to:after_end]
    if _NOT_MET.search(words):
        return "not"
    if _BOTH.search(words) or _DONE.search(words):
        return "both"
    if _OVER.search(words):
        return "over"
    return "met" if _MET.search(words) else ""


def _is_part(row: int, members: list[int], kinds: dict[int, str], under: dict[int, bool]) -> bool:
    kind, others = kinds[row], [kinds[r] for r in members if r != row]
    if under[row] or kind == "not":
        return True
    if kind == "over":  # the exceeded ones beside another count of targets of the sentence
        return bool(others)
    # the ones met exactly beside the exceeded ones (not those of a breakdown of this count, "trong đó")
    return kind == "met" and any(kinds[r] == "over" and not under[r] for r in members if r != row)
