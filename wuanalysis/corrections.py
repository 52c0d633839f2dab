"""Analyst corrections: a CSV file in which a reviewer fixes a figure once, and every build applies it.

A provincial officer who finds a wrong number in a briefing writes one row in ``corrections.csv``::

    fact_id,doc,quote,action,value,qualifier,indicator,target,note,reviewer
    000_8ca3ed94d4963485.txt#14,,,set,,,policy_bank_outstanding_vnd,,Dư nợ NHCSXH do Hội quản lý,Lan
    ,000_8ca3ed94d4963485.txt,ít nhất 2.500 hộ,set,2.600,,,,Theo NQ đã sửa,Lan
    000_8ca3ed94d4963485.txt#3,,,drop,,,,,Sản phẩm của cấp huyện,Lan

A row names its figure by the facts table's ``fact_id``, or by ``doc`` and ``quote`` (the figure's words as the
facts table quotes them, or more of its sentence around them to tell two alike figures apart). With both, the
quote checks the id: extraction numbers a report's figures in order, so an id can come to hold another figure
after the extractor changes, and the quote finds the figure again. ``action`` is ``set`` (change ``value``,
``qualifier``, ``indicator`` or ``target``; the others stay as extracted) or ``drop`` (the figure is not one:
it leaves the tables). ``note`` (why) is required; ``reviewer`` is optional. Numbers are read the Vietnamese way
("1.293" = 1293, "4,2" = 4.2) with an optional scale word ("1.293 tỷ"); ``indicator`` and ``target`` take
``none`` to clear them. The file is UTF-8 (a BOM is fine), "," or ";" separated, as the targets file.

:func:`load_corrections` reads and checks the file (``ConfigError`` naming the file, line, column, what is wrong
and how to fix it); :func:`apply_corrections` applies it to a facts table and says which corrections no longer
find their figure. Notes and quotes are data: they are kept as written, and the writers of CSV and HTML make
them harmless there (``write_table(formula_safe=True)``, escaping on pages).
"""
from __future__ import annotations

import difflib
import math
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from .catalogue import load_indicators
from .config_files import _read_config, parse_config_number
from .quantities import QUALIFIERS, SCALES, format_vi, parse_hedge
from .text import match_form, normalize_text

COLUMNS = ("fact_id", "doc", "quote", "action", "value", "qualifier", "indicator", "target", "note", "reviewer")
FIELDS = ("value", "qualifier", "indicator", "target")
# Columns of the table load_corrections returns: the file's, parsed, with the line each row came from.
CORRECTION_COLUMNS = ["line", "fact_id", "doc", "quote", "action", "value", "qualifier", "indicator", "target",
                      "clear", "note", "reviewer"]
APPLIED_COLUMNS = ["line", "fact_id", "doc", "quote", "action", "matched_by", "changed", "before", "after", "note",
                   "reviewer"]
# The same columns as the build's issue rows (build.PROBLEM_COLUMNS), so they can be appended to them.
PROBLEM_COLUMNS = ["doc", "path", "reason", "detail"]
# reason codes of the problems apply_corrections reports
STALE, AMBIGUOUS, NO_CHANGE, INVALID, CONFLICT, MOVED = (
    "correction_stale", "correction_ambiguous", "correction_no_change", "correction_invalid",
    "correction_conflict", "correction_moved")
NOT_APPLIED = frozenset({STALE, AMBIGUOUS, NO_CHANGE, INVALID, CONFLICT})  # a moved one is applied, and said

_ACTIONS = {"set": "set", "sửa": "set", "drop": "drop", "bỏ": "drop", "xóa": "drop", "xoá": "drop"}
_CLEAR = {"none", "không", "-"}
_EXAMPLE = "000_8ca3ed94d4963485.txt#14,set,Dư nợ NHCSXH do Hội quản lý"
_FACT_ID = re.compile(r".+#\d+")


def load_corrections(path: str | os.PathLike[str]) -> pd.DataFrame:
    """The corrections in ``path`` as a table (:data:`CORRECTION_COLUMNS`), one row per correction in file order.

    ``value`` and ``target`` are floats (NaN: unchanged), ``qualifier`` one of ``quantities.QUALIFIERS`` (the
    file may write the report's word: "hơn", "gần", "ít nhất"), ``indicator`` an id of the catalogue; ``clear``
    names the fields set to ``none``. ``attrs["path"]`` keeps the file's path for the problems
    :func:`apply_corrections` reports. Raises :class:`~wuanalysis.errors.ConfigError` (one line: the file, line,
    column, what is wrong, how to fix it) for a file that cannot be read, a missing column, an unknown action or
    indicator, a number that is not one, a row without its figure or its note, or the same figure twice."""
    where = str(path)
    config = _read_config(Path(path), where, ("fact_id", "action", "note"), "correction", _EXAMPLE)
    has = set(config.header)
    indicators = load_indicators().set_index("id")
    rows: list[dict[str, Any]] = []
    seen: dict[tuple[str, str, str], int] = {}
    for line, raw in config.rows:
        row = {c: " ".join(raw.get(c, "").split()) for c in COLUMNS}
        action = _ACTIONS.get(row["action"].lower())
        if action is None:
            config.fail(line, "action", f"action {row['action']!r} is neither set nor drop" if row["action"]
                        else "action is empty", "write set to change a figure's value, qualifier, indicator or "
                        "target, or drop to remove a figure that is not one")
        fact_id, doc, quote = row["fact_id"], row["doc"].replace("\\", "/"), row["quote"]
        if fact_id and not _FACT_ID.fullmatch(fact_id):
            config.fail(line, "fact_id", f"fact_id {fact_id!r} is not an id of the facts table",
                        "copy it from facts.csv (the report's name, '#' and a number, e.g. bao-cao.txt#12), or leave "
                        "it empty and give doc and quote")
        if not fact_id and not (doc and quote):
            missing = " and ".join(c for c in ("doc", "quote") if not row[c]) if "doc" in has and "quote" in has \
                else "the doc and quote columns"
            config.fail(line, "fact_id", f"no figure named: fact_id is empty and so is {missing}",
                        "give the figure's fact_id from facts.csv, or its report (doc) and its words (quote)")
        if not row["note"]:
            config.fail(line, "note", "note is empty", "say why the figure is corrected (it is shown with it)")
        parsed: dict[str, Any] = {"line": line, "fact_id": fact_id, "doc": doc, "quote": quote, "action": action,
                                  "value": math.nan, "qualifier": None, "indicator": None, "target": math.nan,
                                  "clear": "", "note": row["note"], "reviewer": row["reviewer"]}
        given = [c for c in FIELDS if row[c]]
        if action == "drop" and given:
            config.fail(line, given[0], f"drop removes the figure, yet {given[0]} is given",
                        f"leave {', '.join(given)} empty, or write set to change the figure")
        if action == "set" and not given:
            config.fail(line, "action", "set changes nothing: value, qualifier, indicator and target are empty",
                        "give the new value (e.g. 1.293 tỷ), qualifier (hơn, gần, ít nhất, exact), indicator "
                        "or target; or write drop to remove the figure")
        clear: list[str] = []
        for column in ("value", "target"):
            if row[column].lower() in _CLEAR and column == "target":
                clear.append(column)
            elif row[column]:
                try:
                    parsed[column] = parse_figure_number(row[column])
                except ValueError as e:
                    config.fail(line, column, str(e))
        if row["qualifier"]:
            parsed["qualifier"] = _qualifier(config, line, row["qualifier"])
        if row["indicator"].lower() in _CLEAR:
            clear.append("indicator")
        elif row["indicator"]:
            if row["indicator"] not in indicators.index:
                close = difflib.get_close_matches(row["indicator"], list(indicators.index), n=1, cutoff=0.75)
                hint = f"did you mean {close[0]!r}? " if close else ""
                config.fail(line, "indicator", f"unknown indicator {row['indicator']!r}",
                            hint + "the ids are listed in wuanalysis/data/indicators.csv; write none to remove the "
                            "figure's indicator")
            parsed["indicator"] = row["indicator"]
        parsed["clear"] = ";".join(clear)
        key = (fact_id, doc if not fact_id else "", _key(quote) if not fact_id else "")
        if key in seen:
            config.fail(line, "fact_id" if fact_id else "quote", f"the same figure as line {seen[key]}",
                        "keep one row per figure (a set row can change several fields at once)")
        seen[key] = line
        rows.append(parsed)
    frame = pd.DataFrame(rows, columns=CORRECTION_COLUMNS)
    frame["value"] = frame["value"].astype("float64")
    frame["target"] = frame["target"].astype("float64")
    frame.attrs["path"] = where
    return frame


def parse_figure_number(text: str) -> float:
    """A corrected figure's number, read the Vietnamese way with an optional scale word and "đồng":
    "1.293" → 1293, "4,2" → 4.2, "1.293 tỷ" → 1.293e12, "600 triệu đồng" → 6e8, "83%" → 83. ValueError says what
    to write instead ("1,2,3" is not a number)."""
    t = " ".join(text.split())
    t = re.sub(r"\s*(?:đồng|vnđ|vnd|đ)$", "", t, flags=re.IGNORECASE)
    scale = 1.0
    m = re.fullmatch(r"(.*?)\s*((?:\s*(?:" + "|".join(sorted(map(re.escape, SCALES), key=len, reverse=True))
                     + r"))+)", t, flags=re.IGNORECASE)
    if m and m.group(1):
        t = m.group(1)
        for word in m.group(2).split():
            scale *= SCALES[word.lower()]
    t = t.removesuffix("%").strip()
    if t.startswith("-"):
        raise ValueError(f"{text!r} is negative; a reported figure is zero or more")
    return parse_config_number(t) * scale


def _qualifier(config, line: int, text: str) -> str:
    """A qualifier code from its code ("more_than") or the report's word ("hơn", "gần", "ít nhất")."""
    code = text.lower().replace(" ", "_")
    if code in QUALIFIERS:
        return code
    hedge, width = parse_hedge(" " + text.lower())
    if width == len(text):
        return hedge
    if text.lower() in ("chính xác", "đúng", "bằng"):
        return "exact"
    return config.fail(line, "qualifier", f"qualifier {text!r} is not one the facts table uses",
                       f"write one of {', '.join(QUALIFIERS)}, or the report's word (hơn, gần, khoảng, ít nhất, "
                       "dưới)")


def _key(quote: str) -> str:
    """A quote as it is compared: normalised, tone marks in the new style, lower case, spaces collapsed."""
    return " ".join(match_form(normalize_text(quote)).lower().split())


# ---------------------------------------------------------------- applying corrections to a facts table


@dataclass
class _Problems:
    path: str
    rows: list[dict[str, str]]

    def add(self, reason: str, line: int, what: str, detail: str) -> None:
        self.rows.append({"doc": Path(self.path).name, "path": self.path, "reason": reason,
                          "detail": f"line {line} ({what}): {detail}"})


def apply_corrections(facts: pd.DataFrame, corrections: pd.DataFrame
                      ) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    """``(corrected_facts, applied, problems)``: the corrections of :func:`load_corrections` applied to ``facts``.

    ``corrected_facts`` is a new table (``facts`` is not changed) with two more columns: ``corrected`` (True on a
    figure a ``set`` changed) and ``correction_note``. A ``set`` changes only the fields it gives (and what
    follows from them: the indicator's topic; the target of a target figure, which is its value). A ``drop``
    removes the figure. ``applied`` (:data:`APPLIED_COLUMNS`) lists every correction applied, drops included,
    with how its figure was found and the fields before and after. ``problems`` has the build's issue columns
    (doc, path, reason, detail) for the corrections not applied: ``correction_stale`` (its figure is no longer
    in the reports), ``correction_ambiguous`` (its quote fits several figures: they are named),
    ``correction_no_change`` (the figure already says so), ``correction_invalid`` (an indicator of another kind
    of unit), ``correction_conflict`` (a figure corrected twice), and ``correction_moved`` for one applied
    whose fact_id now holds another figure (the file should name the new id)."""
    out = facts.copy()
    if "corrected" not in out:
        out["corrected"] = False
    if "correction_note" not in out:
        out["correction_note"] = None
    out["corrected"] = out["corrected"].fillna(False).astype(bool)
    problems = _Problems(str(corrections.attrs.get("path", "corrections.csv")), [])
    text = ["fact_id", "doc", "quote", "qualifier", "indicator", "clear", "note", "reviewer"]
    corrections = corrections.assign(**{c: corrections[c].fillna("").astype(str) for c in text})
    applied: list[dict[str, Any]] = []
    position = {fid: i for i, fid in enumerate(out["fact_id"])}
    quote_keys = [_key(q) if isinstance(q, str) else "" for q in out["quote"]]
    sentence_keys = [_key(s) if isinstance(s, str) else "" for s in out["sentence"]] if "sentence" in out \
        else quote_keys
    docs = out["doc"].to_numpy()
    indicators = load_indicators().set_index("id")
    taken: dict[int, int] = {}  # row → the line that corrected it
    drop: list[int] = []
    for c in corrections.itertuples(index=False):
        what = c.fact_id or f"{c.doc}: {c.quote!r}"
        row, matched_by = _find(c, position, quote_keys, sentence_keys, docs, out, problems, what)
        if row is None:
            continue
        if row in taken:
            problems.add(CONFLICT, c.line, what, f"the figure {out['fact_id'].iat[row]} was already corrected on "
                         f"line {taken[row]}; put both changes on one row")
            continue
        before, after = _changes(c, out, row, indicators, problems, what)
        if before is None:
            continue
        taken[row] = c.line
        record = {"line": c.line, "fact_id": out["fact_id"].iat[row], "doc": docs[row], "quote": out["quote"].iat[row],
                  "action": c.action, "matched_by": matched_by, "changed": ";".join(after),
                  "before": _describe(before), "after": _describe(after), "note": c.note, "reviewer": c.reviewer}
        applied.append(record)
        if c.action == "drop":
            drop.append(row)
            continue
        for column, value in after.items():
            out.iat[row, out.columns.get_loc(column)] = value
        out.iat[row, out.columns.get_loc("corrected")] = True
        out.iat[row, out.columns.get_loc("correction_note")] = c.note
    corrected = out.drop(index=out.index[drop]).reset_index(drop=True) if drop else out
    return (corrected, pd.DataFrame(applied, columns=APPLIED_COLUMNS),
            pd.DataFrame(problems.rows, columns=PROBLEM_COLUMNS))


def _find(c, position, quote_keys, sentence_keys, docs, facts, problems: _Problems, what: str):
    """The row of the figure a correction names and how it was found, or (None, "") after reporting why not."""
    row = position.get(c.fact_id) if c.fact_id else None
    if row is not None and (not c.quote or _fits(_key(c.quote), quote_keys[row], sentence_keys[row])):
        return row, "fact_id"
    doc = c.doc or (c.fact_id.rsplit("#", 1)[0] if c.fact_id else "")
    if not c.quote:
        gone = "" if doc in set(docs) else f"; the report {doc} is not among the reports read"
        problems.add(STALE, c.line, what, f"no figure has this id any more{gone}; find the figure in facts.csv and "
                     "write its new fact_id, or add doc and quote so it is found by its words")
        return None, ""
    key = _key(c.quote)
    in_doc = [i for i in range(len(docs)) if docs[i] == doc]
    if not in_doc:
        problems.add(STALE, c.line, what, f"the report {doc!r} is not among the reports read; check doc against "
                     "the doc column of facts.csv, or delete the row if the report was removed")
        return None, ""
    hits = [i for i in in_doc if quote_keys[i] == key] \
        or [i for i in in_doc if key in quote_keys[i]] \
        or [i for i in in_doc if quote_keys[i] and quote_keys[i] in key and key in sentence_keys[i]]
    if not hits:
        problems.add(STALE, c.line, what, f"no figure of {doc} reads {c.quote!r} any more; check the quote against "
                     "facts.csv, or delete the row if the report no longer says it")
        return None, ""
    if len(hits) > 1:
        named = "; ".join(f"{facts['fact_id'].iat[i]} in “{_excerpt(facts, i)}”" for i in hits[:5])
        problems.add(AMBIGUOUS, c.line, what, f"{len(hits)} figures read {c.quote!r} ({named}); write the fact_id "
                     "of the one meant, or quote more of its sentence")
        return None, ""
    found = hits[0]
    if c.fact_id:
        now = facts["quote"].iat[row] if row is not None else None
        held = f"now holds {now!r}" if now is not None else "no longer exists"
        problems.add(MOVED, c.line, what, f"applied to {facts['fact_id'].iat[found]}, found by its quote: "
                     f"{c.fact_id} {held}; write {facts['fact_id'].iat[found]} in the file")
        return found, f"quote (fact_id {c.fact_id} moved)"
    return found, "doc+quote"


def _fits(key: str, quote_key: str, sentence_key: str) -> bool:
    return key == quote_key or key in quote_key or (quote_key in key and key in sentence_key)


def _excerpt(facts: pd.DataFrame, row: int, width: int = 80) -> str:
    if "sentence" not in facts:
        return str(facts["quote"].iat[row])
    sentence, quote = str(facts["sentence"].iat[row]), str(facts["quote"].iat[row])
    at = max(0, sentence.find(quote) - width // 2)
    text = sentence[at:at + width]
    return ("…" if at else "") + text + ("…" if at + width < len(sentence) else "")


def _changes(c, facts: pd.DataFrame, row: int, indicators: pd.DataFrame, problems: _Problems, what: str):
    """The fields a correction changes on ``row`` (before, after), or (None, None) after reporting why none."""
    current = facts.iloc[row]
    if c.action == "drop":
        return {}, {}
    wanted: dict[str, Any] = {}
    if not math.isnan(c.value):
        wanted["value"] = c.value
    if isinstance(c.qualifier, str) and c.qualifier:
        wanted["qualifier"] = c.qualifier
    if isinstance(c.indicator, str) and c.indicator:
        wanted["indicator"] = c.indicator
    if not math.isnan(c.target):
        wanted["target"] = c.target
    for column in filter(None, str(c.clear or "").split(";")):
        wanted[column] = None
    if wanted.get("indicator"):
        kind = indicators.at[wanted["indicator"], "unit_class"]
        if isinstance(current.get("unit_class"), str) and kind != current["unit_class"]:
            problems.add(INVALID, c.line, what, f"{wanted['indicator']} counts {kind} but the figure "
                         f"{current['quote']!r} is {current['unit_class']}; choose an indicator of its kind")
            return None, None
    if "value" in wanted and current.get("unit_class") == "vnd" and wanted["value"] < 1e6:
        # "1.293" for "gần 1.293 tỷ đồng" would be 1.293 đồng: the scale word was forgotten, never meant
        number = format_vi(c.value)
        problems.add(INVALID, c.line, what, f"value {number} on the money figure {current['quote']!r} is {number} "
                     f"đồng; write the scale word, e.g. {number} tỷ or {number} triệu")
        return None, None
    changed = {k: v for k, v in wanted.items() if not _same(current.get(k), v)}
    if not changed:
        problems.add(NO_CHANGE, c.line, what, f"the figure {current['fact_id']} ({current['quote']!r}) already "
                     "says what the correction says; delete the row")
        return None, None
    # what follows from the fields given: an indicator's topic; a target figure's target is its own value
    if changed.get("indicator") and "topic" in facts:
        changed["topic"] = indicators.at[changed["indicator"], "topic"]
    if "value" in changed and "target" not in wanted and bool(current.get("is_target")) \
            and _same(current.get("target"), current.get("value")):
        changed["target"] = changed["value"]
    before = {k: (None if _missing(current.get(k)) else current.get(k)) for k in changed}
    return before, changed


def _missing(v) -> bool:
    return v is None or (isinstance(v, float) and math.isnan(v)) or v is pd.NA


def _same(a, b) -> bool:
    if _missing(a) or _missing(b):
        return _missing(a) and _missing(b)
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return math.isclose(float(a), float(b), rel_tol=1e-12)
    return a == b


def _describe(fields: dict[str, Any]) -> str:
    """``value=1000000000000; qualifier=more_than``: codes and plain numbers, for the table of applied ones."""
    def text(v):
        if _missing(v):
            return "none"
        if isinstance(v, float) and v.is_integer():
            return str(int(v))
        return str(v)
    return "; ".join(f"{k}={text(v)}" for k, v in fields.items())
