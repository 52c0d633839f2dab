"""Targets and the results measured against them: the targets table, linking, and the status of a result.

A target is read where it is stated: in a report ("Hằng năm kết nạp ít nhất 2.500 hội viên", "(chỉ tiêu 200
hộ)"), in a user's ``--targets`` file, or in the national defaults (``data/targets.csv``). :func:`compute_targets`
puts them all in one table, one row per target statement, with its scope (level, province, place), its period
(a term such as 2025-2030, or a year), its cadence (``per_year``: "hằng năm", "mỗi năm"; ``by_end``: "đến cuối
nhiệm kỳ", "đến năm 2030", and any term target without a cadence; ``once``: a year's target) and its basis
(``total``; ``per_grassroots_union``: "mỗi cơ sở Hội"; ``per_branch``: "mỗi chi hội"; ``share``: a percentage).
A congress report's targets belong to the term it opens (a congress of year Y opens Y-Y+5, unless the text names
the term); a plan's, to the period planned.

:func:`link_targets` gives each result measurement the target that applies: the same indicator and scope (a
province union's target never measures a district's or a commune's figures), a period that covers the result,
and the right cadence. A year's result is measured against that year's target or the term's yearly one; a
half-year or nine-month result is ``progress`` toward the year's target; a term target (``by_end``) measures the
term-to-date sum of the yearly results of an additive indicator, else the latest level (shares, and stocks such as
the total members or the outstanding loans: :data:`STOCKS`). Targets per grassroots union or per branch are never
compared with a total. :func:`compute_status` judges a result against its target, respecting both qualifiers ("ít
nhất 2.500" is met by 2.500, "trên 85%" needs more than 85) and judging shares in percentage points.
:func:`compute_target_progress` lists each target with the latest result measured against it.
"""
from __future__ import annotations

import re

import numpy as np
import pandas as pd

from .catalogue import load_indicators, load_targets, province_2025
from .scorecard import is_missing as _missing

TARGET_TABLE_COLUMNS = [
    "target_id", "indicator", "topic", "org_level", "province", "province_2025", "place", "period", "period_start",
    "period_end", "period_span", "cadence", "basis", "value", "qualifier", "unit_class", "unit", "source", "doc",
    "fact_id", "sentence", "start", "end", "stated_for", "label_vi",
]
# Columns link_targets adds to the measurements table (at its end, after the existing ones).
LINK_COLUMNS = [
    "target_id", "target_qualifier", "target_basis", "target_cadence", "target_period", "target_doc",
    "target_sentence", "link", "compared_value", "computed_pct", "gap", "rate_mismatch", "status", "elapsed_pct",
    "on_pace",
]
TERM_YEARS = 5  # a congress of year Y opens the term Y-(Y+5)
RATE_TOLERANCE = 1.0  # points: "đạt 108%" for 108.4 is rounding, not a disagreement
EXCEEDED_FROM = 100.5  # the scorecard's thresholds for a plain target (scorecard.status_of)
ACHIEVED_FROM = 99.5
POINTS_TOLERANCE = 0.5  # a share is judged in points: 84.6 % for "đạt 85%" is rounding

_TERM = re.compile(r"(20\d\d)\s*[-–—]\s*(20\d\d)")
_PER_YEAR = re.compile(r"hằng năm|hàng năm|mỗi năm|bình quân(?: mỗi)? năm|/năm\b", re.IGNORECASE)
_BY_YEAR = re.compile(r"(?:đến|tới|trước)(?: hết| cuối)? năm (20\d\d)", re.IGNORECASE)
_BY_END = re.compile(r"(?:đến|tới) (?:cuối|hết) nhiệm kỳ|cuối nhiệm kỳ|trong nhiệm kỳ|cả nhiệm kỳ|nhiệm kỳ tới",
                     re.IGNORECASE)
_YEAR = re.compile(r"\bnăm (20\d\d)\b", re.IGNORECASE)
_NEXT_YEAR = re.compile(r"\bnăm tới\b|\bnăm sau\b|\bnăm \d{4} tới\b", re.IGNORECASE)
_PER_UNION = re.compile(r"mỗi cơ sở(?: hội)?\b|mỗi csh\b|mỗi hội cơ sở\b", re.IGNORECASE)
_PER_BRANCH = re.compile(r"mỗi chi hội\b", re.IGNORECASE)
_SHORT_SPANS = ("6m", "9m", "quarter", "month")
# Levels, not flows: the catalogue's ``additive`` says figures of several provinces add up, but a year's total
# members or outstanding loans do not add up over the years of a term. A term target for one of these ("đến cuối
# nhiệm kỳ có 180.000 hội viên") measures the latest level. (A ``kind`` column in indicators.csv would say it there.)
STOCKS = frozenset({
    "members_total", "members_residential", "branches", "grassroots_unions_strong",
    "grassroots_unions_regular_activity", "poor_households", "cooperatives_total", "coop_groups_total",
    "linkage_groups", "coop_members",
    "policy_bank_outstanding_vnd", "women_fund_outstanding_vnd", "loans_outstanding_vnd", "savings_groups",
    "savings_members", "family_models", "humanitarian_addresses", "community_media_teams", "digital_groups",
    "trusted_addresses",
})


# ---------------------------------------------------------------- the targets table


def compute_targets(documents: pd.DataFrame, facts: pd.DataFrame, user_targets: pd.DataFrame | None = None,
                    texts: dict[str, str] | None = None) -> pd.DataFrame:
    """One row per target statement (:data:`TARGET_TABLE_COLUMNS`): the targets the reports state (``source``
    ``text``; ``stated_for`` names the result a "(chỉ tiêu 200)" was stated with), and the rows of
    ``user_targets`` (a frame as :func:`wuanalysis.catalogue.load_targets` returns it: ``national default`` for
    the package's rows, ``targets file`` for a user's). ``None`` takes the national defaults alone. ``texts``
    (the reports' normalised texts, ``Corpus.texts``) lets a list item take its period and cadence from the heading
    it sits under ("Phương hướng, nhiệm vụ năm 2027:\n- Kết nạp ít nhất 3.000 hội viên mới." is for 2027)."""
    if "duplicate_of" in documents:
        documents = documents[documents["duplicate_of"].isna()]
    files = _file_targets(load_targets() if user_targets is None else user_targets)
    parts = [_text_targets(documents, facts, texts or {}), files]
    out = pd.concat([p for p in parts if len(p)], ignore_index=True) if any(len(p) for p in parts) else None
    return pd.DataFrame(columns=TARGET_TABLE_COLUMNS) if out is None else _typed(out)


def with_user_targets(targets: pd.DataFrame, user_targets: pd.DataFrame | None) -> pd.DataFrame:
    """A targets table (as written to ``targets.parquet``) with its file and default rows replaced by those of
    ``user_targets`` (a load_targets frame): the reports' own targets, read once with their texts, are kept, so a
    data folder can be re-measured against another targets file without the reports."""
    text = targets[targets["source"] == "text"]
    files = _file_targets(load_targets() if user_targets is None else user_targets)
    out = pd.concat([d for d in (text, files) if len(d)], ignore_index=True) if len(text) or len(files) else None
    return pd.DataFrame(columns=TARGET_TABLE_COLUMNS) if out is None else _typed(out)


def _typed(out: pd.DataFrame) -> pd.DataFrame:
    for col in ("value", "start", "end"):
        out[col] = pd.to_numeric(out[col], errors="coerce").astype("float64")
    for col in ("period_start", "period_end"):
        out[col] = pd.to_numeric(out[col], errors="coerce").astype("Int64")
    return out[TARGET_TABLE_COLUMNS].reset_index(drop=True)


def _text_targets(documents: pd.DataFrame, facts: pd.DataFrame, texts: dict[str, str]) -> pd.DataFrame:
    if facts.empty or "is_target" not in facts:
        return pd.DataFrame(columns=TARGET_TABLE_COLUMNS)
    is_target = facts["is_target"].fillna(False).astype(bool)
    stated = ~is_target & facts["target"].notna()
    f = facts[is_target | stated]
    meta = documents.reindex(columns=["doc", "org_level", "province", "province_2025", "place", "period_year",
                                      "period_span", "period_label"]).rename(columns={"period_span": "doc_span"})
    f = f.assign(stated_target=stated[is_target | stated].to_numpy()).merge(meta, on="doc", how="inner")
    if f.empty:
        return pd.DataFrame(columns=TARGET_TABLE_COLUMNS)
    rows = []
    for r in f.itertuples(index=False):
        sentence = r.sentence if isinstance(r.sentence, str) else ""
        at = None if pd.isna(r.start) or pd.isna(r.sentence_start) else int(r.start) - int(r.sentence_start)
        if r.stated_target:  # "Giúp 245 hộ (chỉ tiêu 200 hộ)": the target of that result, for its own period
            year = None if pd.isna(r.period_year) else int(r.period_year)
            start, end, span, cadence = year, year, r.doc_span if isinstance(r.doc_span, str) else "year", "once"
            if r.doc_span == "term":  # a term's result against the term's target
                start, end, span, _cadence = target_period(r.period_year, "term", r.period_label, "")
                cadence = "by_end"
            value, qualifier = r.target, "exact"
        else:
            heading = _heading(texts.get(r.doc), r.sentence_start)
            context, shift = (heading + "\n" + sentence, len(heading) + 1) if heading else (sentence, 0)
            start, end, span, cadence = target_period(r.period_year, r.doc_span, r.period_label, context,
                                                      None if at is None else at + shift)
            value, qualifier = r.value, r.qualifier
        rows.append({
            "indicator": r.indicator, "topic": r.topic, "org_level": r.org_level, "province": r.province,
            "province_2025": r.province_2025, "place": r.place, "period_start": start, "period_end": end,
            "period_span": span, "cadence": cadence, "basis": target_basis(sentence, r.unit_class, at),
            "value": value, "qualifier": qualifier, "unit_class": r.unit_class, "unit": r.unit, "source": "text",
            "doc": r.doc, "fact_id": r.fact_id, "sentence": r.sentence, "start": r.start, "end": r.end,
            "stated_for": r.fact_id if r.stated_target else None, "label_vi": None,
        })
    out = pd.DataFrame(rows)
    out["period"] = [_period_text(s, e, p)
                     for s, e, p in zip(out["period_start"], out["period_end"], out["period_span"])]
    out["target_id"] = [("stated:" if s else "text:") + f for s, f in zip(out["stated_for"].notna(), out["fact_id"])]
    return out


_ITEM = re.compile(r"[ \t]*(?:[-+•*–]|\d{1,2}[.)]|\(\d{1,2}\)|[a-zđ]\))")


def _heading(text: str | None, sentence_start) -> str:
    """The heading a list item sits under: going up from the item's line over the items before it, the first other
    line if it ends with ":" ("Phương hướng, nhiệm vụ năm 2027:"), else ""."""
    if not text or sentence_start is None or pd.isna(sentence_start):
        return ""
    pos = int(sentence_start)
    line_start = text.rfind("\n", 0, pos) + 1
    if not _ITEM.match(text, line_start):
        return ""
    floor = max(0, pos - 3000)
    while line_start > floor:
        prev = text.rfind("\n", 0, line_start - 1) + 1
        line = text[prev:line_start - 1]
        if not _ITEM.match(line) and line.strip():
            return line.strip() if line.rstrip().endswith(":") else ""
        line_start = prev
    return ""


def target_period(year, doc_span, doc_label, sentence: str,
                  at: int | None = None) -> tuple[int | None, int | None, str, str]:
    """(first year, last year, span, cadence) of a target stated in ``sentence`` (the figure at offset ``at``)
    of a report of ``year`` and ``doc_span``. A term named in the sentence or the report's period ("nhiệm kỳ 2025 -
    2030") is the period; a congress report (span ``term``) opens the term of its year; "đến năm 2030" ends the
    period in 2030; "năm 2027" in a report of 2026 plans that year, and "năm tới" the next. The cadence is the
    cue nearest before the figure ("Phấn đấu hàng năm 100% …; đến năm 2030 có trên 90% …": the 90 % is for 2030),
    else the first after it in its clause ("kết nạp 2.500 hội viên mỗi năm")."""
    y = None if year is None or pd.isna(year) else int(year)
    label = doc_label if isinstance(doc_label, str) else ""
    cue = _cue(sentence, at, _CADENCE)
    kind = next((k for k, v in cue.groupdict().items() if v is not None), None) if cue is not None else None
    per_year = kind == "per_year"
    term = _TERM.search(sentence) or (_TERM.search(label) if doc_span == "term" else None)
    start = end = None
    if term and int(term.group(2)) > int(term.group(1)):
        start, end = int(term.group(1)), int(term.group(2))
    elif doc_span == "term" and y is not None:
        start, end = y, y + TERM_YEARS
    by = _BY_YEAR.search(cue.group(0)) if kind == "by_year" else None
    if by and (y is None or int(by.group(1)) > y):
        return (start if start is not None else y), int(by.group(1)), "term", "by_end"
    if start is not None:
        return start, end, "term", "per_year" if per_year else "by_end"
    planned = [int(v) for v in _YEAR.findall(sentence) if y is None or int(v) >= y]
    if planned:
        y = planned[0]
    elif y is not None and _NEXT_YEAR.search(sentence):
        y += 1
    return y, y, "year", "per_year" if per_year else "once"


_CADENCE = re.compile(
    rf"(?P<per_year>{_PER_YEAR.pattern})|(?P<by_year>{_BY_YEAR.pattern})|(?P<by_end>{_BY_END.pattern})", re.IGNORECASE)


def _cue(sentence: str, at: int | None, pattern: re.Pattern, clause: bool = False) -> re.Match | None:
    """The match of ``pattern`` nearest before offset ``at`` (in the figure's clause, up to the previous ";", when
    ``clause``), else the first after it up to the next ";"; with no offset, the first in the sentence."""
    if at is None:
        return pattern.search(sentence)
    at = max(0, min(int(at), len(sentence)))
    lo = sentence.rfind(";", 0, at) + 1 if clause else 0
    # a cue that closes its clause ("kết nạp 2.500 hội viên mỗi năm; …") is that clause's, not the next ones'
    before = [m for m in pattern.finditer(sentence, lo, at)
              if not (0 <= (end := sentence.find(";", m.end(), at)) and not sentence[m.end():end].strip(" ,.)"))]
    if before:
        return before[-1]
    hi = sentence.find(";", at)
    return pattern.search(sentence, at, hi if hi >= 0 else len(sentence))


def target_basis(sentence: str, unit_class, at: int | None = None) -> str:
    """``per_grassroots_union`` ("mỗi cơ sở Hội giúp ít nhất 3 hộ"), ``per_branch`` ("mỗi chi hội xây dựng 1 mô
    hình"), ``share`` (a percentage: "trên 85% hội viên"), else ``total``; the per-unit words count in the
    figure's clause (from the previous ";") when its offset ``at`` is known."""
    if unit_class == "percent":
        return "share"
    if _cue(sentence or "", at, _PER_UNION, clause=True):
        return "per_grassroots_union"
    if _cue(sentence or "", at, _PER_BRANCH, clause=True):
        return "per_branch"
    return "total"


def _period_text(start, end, span) -> str | None:
    if start is None or pd.isna(start):
        return None
    return f"{int(start)}-{int(end)}" if span == "term" else str(int(start))


def _file_targets(targets: pd.DataFrame | None) -> pd.DataFrame:
    """The rows of a load_targets frame in the targets table; ``target_id`` is ``targets:<row label>``."""
    if targets is None or targets.empty:
        return pd.DataFrame(columns=TARGET_TABLE_COLUMNS)
    defaults = load_targets()
    default_keys = set(zip(defaults["indicator"], defaults["scope"], defaults["period"], defaults["basis"],
                           defaults["value"]))
    catalogue = load_indicators().set_index("id")
    rows = []
    for label, r in zip(targets.index, targets.to_dict("records")):
        national = r["scope"] == "national"
        term = _TERM.fullmatch(str(r["period"]))
        start, end = (int(term.group(1)), int(term.group(2))) if term else (int(r["period"]), int(r["period"]))
        span = "term" if term else (r["period_span"] if r["period_span"] != "term" else "year")
        cadence = ("per_year" if r["period_span"] == "year" else "by_end") if term else "once"
        unit = r.get("unit") if isinstance(r.get("unit"), str) else None
        unit_class = "percent" if unit == "%" else (catalogue.at[r["indicator"], "unit_class"]
                                                    if r["indicator"] in catalogue.index else None)
        basis = r.get("basis") or "total"
        basis = "share" if unit_class == "percent" and basis == "total" else basis
        key = (r["indicator"], r["scope"], r["period"], r.get("basis") or "total", r["value"])
        rows.append({
            "target_id": f"targets:{label}", "indicator": r["indicator"],
            "topic": catalogue.at[r["indicator"], "topic"] if r["indicator"] in catalogue.index else None,
            "org_level": "central" if national else "province", "province": None if national else r["scope"],
            "province_2025": None if national else province_2025(r["scope"]), "place": None,
            "period": r["period"], "period_start": start, "period_end": end, "period_span": span, "cadence": cadence,
            "basis": basis, "value": float(r["value"]), "qualifier": r.get("qualifier") or "exact",
            "unit_class": unit_class, "unit": unit,
            "source": "national default" if key in default_keys else "targets file", "doc": r.get("source") or None,
            "fact_id": None, "sentence": r.get("label_vi") or None, "start": None, "end": None, "stated_for": None,
            "label_vi": r.get("label_vi") or None,
        })
    return pd.DataFrame(rows)


# ---------------------------------------------------------------- status


def compute_status(value, qualifier, target, target_qualifier=None, basis: str = "total") -> str:
    """``exceeded``, ``achieved``, ``below``, ``no_target`` or ``no_result`` for a result against its target.

    A plain target keeps the scorecard's thresholds (exceeded ≥ 100.5 %, achieved ≥ 99.5 %: reports round their
    rates). A hedged target is a bound: "ít nhất 2.500" (``at_least``) is met by 2.500 and not by 2.499, "trên
    85%" (``more_than``) needs more than 85, "dưới 5%" / "không quá 5" (``less_than``) is met at or under it. A
    result's own hedge counts: "hơn 2.500" meets "trên 2.500". A ``share`` target (a percentage) is judged in
    percentage points: 92 % against 85 % is exceeded (not 108 %), 84.6 % against a plain 85 % achieved."""
    if _missing(target):
        return "no_target"
    if _missing(value):
        return "no_result"
    value, target = float(value), float(target)
    if target_qualifier == "less_than":
        return "achieved" if value <= target else "below"
    share = basis == "share"
    if target_qualifier in ("at_least", "more_than"):
        met = value > target or (value == target and (target_qualifier == "at_least" or qualifier == "more_than"))
        if not met:
            return "below"
        ahead = (value - target >= POINTS_TOLERANCE if share
                 else target > 0 and round(value / target * 100, 1) >= EXCEEDED_FROM)
        return "exceeded" if ahead else "achieved"
    if share:
        if value - target >= POINTS_TOLERANCE:
            return "exceeded"
        return "achieved" if value - target >= -POINTS_TOLERANCE else "below"
    if target <= 0:
        return "achieved" if value >= target else "below"
    rate = round(value / target * 100, 1)  # as computed_pct shows it: 1.005 of 1.000 is 100.5
    return "exceeded" if rate >= EXCEEDED_FROM else "achieved" if rate >= ACHIEVED_FROM else "below"


# ---------------------------------------------------------------- linking


# Which target wins when several apply to one result: a year's own target (a plan) before the term's yearly
# one, the reports' before a file's, a term total last.
_RANK = {("year", "text"): 0, ("per_year", "text"): 1, ("year", "targets file"): 2, ("per_year", "targets file"): 3,
         ("by_end", "text"): 4, ("by_end", "targets file"): 5}


def link_targets(measurements: pd.DataFrame, targets: pd.DataFrame) -> pd.DataFrame:
    """``measurements`` with the target that applies to each result (see the module docstring) and
    :data:`LINK_COLUMNS` added at the end; ``target``, ``target_source``, ``achievement_pct`` and
    ``achievement_source`` are filled where the text stated none. A stated rate stays the achievement; the rate
    computed from the linked target is ``computed_pct``, and ``rate_mismatch`` flags the two disagreeing by more
    than :data:`RATE_TOLERANCE` points. ``link`` says how: ``stated`` (the text gave the target with the result),
    ``same_period`` (the year's own target), ``per_year`` (a term's yearly target), ``progress`` (a 6- or 9-month
    result toward the year's target), ``term_to_date`` (the yearly results of the term so far, summed, against
    the term's total), ``latest_level`` (a share or stock against the term's end target).

    Linear: one merge of the results with the targets of their scope and indicator (a handful each). The index
    of the result is a fresh range."""
    m = measurements.reset_index(drop=True)
    for col in LINK_COLUMNS:
        m[col] = None
    m["rate_mismatch"] = False
    if m.empty:
        return m
    results = (m["role"] == "result").to_numpy()
    stated = results & m["target"].notna().to_numpy()
    m.loc[stated, "link"] = "stated"
    m.loc[stated, "target_source"] = "text"
    m.loc[stated, "compared_value"] = m.loc[stated, "value"]
    _stated_evidence(m, stated)
    pairs = _candidates(m, targets, results & ~stated)
    if len(pairs):
        pairs = _rank_pairs(m, pairs)
        best = pairs.sort_values(["_m", "_rank", "_late", "target_id"], kind="stable").drop_duplicates("_m")
        idx = m.index[best["_m"].to_numpy()]
        m.loc[idx, "target"] = best["value"].to_numpy()
        m.loc[idx, "target_source"] = best["source"].to_numpy()
        m.loc[idx, "target_id"] = best["target_id"].to_numpy()
        m.loc[idx, "target_qualifier"] = best["qualifier"].to_numpy()
        m.loc[idx, "target_basis"] = best["basis"].to_numpy()
        m.loc[idx, "target_cadence"] = best["cadence"].to_numpy()
        m.loc[idx, "target_period"] = best["period"].to_numpy()
        m.loc[idx, "target_doc"] = best["doc"].to_numpy()
        m.loc[idx, "target_sentence"] = best["sentence"].to_numpy()
        m.loc[idx, "link"] = best["_link"].to_numpy()
        m.loc[idx, "compared_value"] = best["_compared"].to_numpy()
    m["target"] = pd.to_numeric(m["target"], errors="coerce").astype("float64")
    m["compared_value"] = pd.to_numeric(m["compared_value"], errors="coerce").astype("float64")
    ok = (results & m["target"].notna().to_numpy() & (m["target"] > 0).to_numpy()
          & m["compared_value"].notna().to_numpy())
    computed = np.full(len(m), np.nan)
    computed[ok] = (m["compared_value"].to_numpy()[ok] / m["target"].to_numpy()[ok] * 100).round(1)
    m["computed_pct"] = computed
    m["gap"] = (m["compared_value"] - m["target"]).where(pd.Series(results, index=m.index))
    m["achievement_pct"] = pd.to_numeric(m["achievement_pct"], errors="coerce").astype("float64")
    has_stated = m["achievement_pct"].notna().to_numpy()
    # only a rate of the same period can disagree: "đạt 195% chỉ tiêu năm" says nothing of the term's total
    same = np.isin(m["link"].to_numpy(dtype=object).astype(str), ["stated", "same_period", "per_year"])
    m["rate_mismatch"] = has_stated & ok & same & (np.abs(m["achievement_pct"].to_numpy() - computed) > RATE_TOLERANCE)
    fill = ok & ~has_stated
    m.loc[fill, "achievement_pct"] = computed[fill]
    m.loc[fill, "achievement_source"] = np.where(same[fill], "computed", m["link"].to_numpy(dtype=object)[fill])
    status = np.where(results, "no_target", None).astype(object)
    judged = np.flatnonzero(results & (m["target"].notna().to_numpy() | m["achievement_pct"].notna().to_numpy()))
    cols = [m[c].to_numpy(dtype=object)[judged] for c in ("compared_value", "qualifier", "target", "target_qualifier",
                                                            "target_basis", "achievement_pct")]
    extra = [m[c].to_numpy(dtype=object)[judged] for c in ("link", "target_period", "period_year")]
    status[judged] = [_status_of_row(True, *row) for row in zip(*cols, has_stated[judged], *extra)]
    m["status"] = status
    _pace(m)
    return m


def _pace(m: pd.DataFrame) -> None:
    """For a term total measured to date: the share of the term's years gone (``elapsed_pct``: 2027 of 2025-2030
    is 3 of 6 years, 50 %) and whether the sum so far keeps up with it (``on_pace``)."""
    m["elapsed_pct"] = np.nan
    m["on_pace"] = None
    todate = (m["link"] == "term_to_date").to_numpy()
    if not todate.any():
        return
    period = m.loc[todate, "target_period"].astype(str).str.split("-", expand=True).astype(float)
    year = m.loc[todate, "period_year"].astype("float64")
    elapsed = ((year - period[0] + 1) / (period[1] - period[0] + 1) * 100).clip(upper=100).round(1)
    m.loc[todate, "elapsed_pct"] = elapsed.to_numpy()
    m.loc[todate, "on_pace"] = (m.loc[todate, "computed_pct"] >= elapsed).to_numpy()


def _stated_evidence(m: pd.DataFrame, stated: np.ndarray) -> None:
    """Evidence of the targets stated with their results: the result's own sentence."""
    if not stated.any():
        return
    m.loc[stated, "target_qualifier"] = "exact"
    m.loc[stated, "target_basis"] = np.where(m.loc[stated, "unit_class"] == "percent", "share", "total")
    m.loc[stated, "target_cadence"] = "once"
    m.loc[stated, "target_sentence"] = m.loc[stated, "sentence"]
    first = m.loc[stated, "sources"].astype(str).str.split("; ").str[0]
    m.loc[stated, "target_id"] = "stated:" + first
    m.loc[stated, "target_doc"] = first.str.rsplit("#", n=1).str[0]
    m.loc[stated, "target_period"] = m.loc[stated, "period_year"].astype("string")


def _scope(frame: pd.DataFrame) -> pd.Series:
    """The key of a union: its level, province and place ("province|Bắc Kạn|", "district|Bắc Kạn|huyện Chợ Đồn")."""
    def s(col):
        return frame[col].astype("string").fillna("") if col in frame else pd.Series("", index=frame.index)
    level, province, place = s("org_level"), s("province"), s("place")
    # a report of a province whose level could not be told, and that names no district or commune, is the province's
    level = level.mask((level == "") & (province != "") & (place == ""), "province")
    return level + "|" + province + "|" + place


def _candidates(m: pd.DataFrame, targets: pd.DataFrame, need: np.ndarray) -> pd.DataFrame:
    """(result, target) pairs of the same scope and indicator whose period and basis fit."""
    if targets is None or targets.empty or not need.any():
        return pd.DataFrame()
    t = targets[targets["stated_for"].isna() & targets["indicator"].notna()
                & targets["basis"].isin(["total", "share"])].copy()
    if t.empty:
        return pd.DataFrame()
    t["_scope"] = _scope(t)
    r = m.loc[need, ["indicator", "period_year", "period_span", "unit_class", "value", "headline"]]
    r = r.rename(columns={"value": "_rvalue"})
    r["_scope"] = _scope(m.loc[need])
    r["_m"] = np.flatnonzero(need)
    pairs = r.merge(t, on=["_scope", "indicator"], suffixes=("", "_t"))
    if pairs.empty:
        return pairs
    year = pd.to_numeric(pairs["period_year"], errors="coerce").astype("float64")  # NaN, not NA: masks stay bool
    start, end = pairs["period_start"].astype("float64"), pairs["period_end"].astype("float64")
    share = (pairs["basis"] == "share").to_numpy()
    percent = (pairs["unit_class"] == "percent").to_numpy()
    span = pairs["period_span"]
    short = span.isin(_SHORT_SPANS).to_numpy()
    per_year = (pairs["cadence"] != "by_end").to_numpy()
    t_span = pairs["period_span_t"]
    # a half-year target measures the half-year only; a year's target measures the year and its progress
    same = (start == year).to_numpy() & (~t_span.isin(_SHORT_SPANS) | (t_span == span)).to_numpy()
    covers = np.where(t_span.eq("term").to_numpy(), ((start <= year) & (year <= end)).to_numpy(), same)
    fits = (covers & (share == percent) & pairs["headline"].fillna(True).astype(bool).to_numpy()
            & span.isin(("year",) + _SHORT_SPANS).to_numpy())
    # a term result (the closing term of a congress report) is measured by that term's end target only
    term_result = span.eq("term").to_numpy() & ~per_year & (end == year).to_numpy()
    fits = fits | (term_result & (share == percent))
    # a yearly target never measures a term's total, and a half-year has no place in a term's total
    fits &= ~(short & ~per_year & ~share)
    return pairs[fits].reset_index(drop=True)


def _rank_pairs(m: pd.DataFrame, pairs: pd.DataFrame) -> pd.DataFrame:
    additive = load_indicators().set_index("id")["additive"].to_dict()
    pairs = pairs.copy()
    kind = np.where(pairs["cadence"] == "by_end", "by_end",
                    np.where(pairs["cadence"] == "per_year", "per_year", "year"))
    source = np.where(pairs["source"] == "text", "text", "targets file")
    pairs["_rank"] = [_RANK[(k, s)] for k, s in zip(kind, source)]
    pairs["_late"] = -pairs["period_start"].astype("float64").fillna(0)  # the latest term or plan first
    short = pairs["period_span"].isin(_SHORT_SPANS).to_numpy()
    adds = (np.array([bool(additive.get(i, False)) and i not in STOCKS for i in pairs["indicator"]])
            & (pairs["basis"] != "share").to_numpy())
    link = np.where(kind == "by_end", np.where(adds, "term_to_date", "latest_level"),
                    np.where(short, "progress", np.where(kind == "per_year", "per_year", "same_period")))
    link = np.where(pairs["period_span"].eq("term").to_numpy() & (kind == "by_end"), "latest_level", link)
    pairs["_link"] = link
    pairs["_compared"] = pairs["_rvalue"].astype("float64")
    sums = pairs["_link"] == "term_to_date"
    if sums.any():
        pairs.loc[sums, "_compared"] = _term_to_date(m, pairs[sums])
    return pairs


def _term_to_date(m: pd.DataFrame, pairs: pd.DataFrame) -> np.ndarray:
    """For each (result, term target) pair: the sum of the scope's yearly headline results of the indicator from
    the term's first year to the result's year (one value a year: the first headline, the most sources first)."""
    y = m[(m["role"] == "result") & (m["period_span"] == "year") & m["headline"].fillna(True).astype(bool)
          & m["period_year"].notna()].copy()
    y["_scope"] = _scope(y)
    y = (y.assign(_n=y["n_sources"].fillna(0)).sort_values(["_n"], ascending=False, kind="stable")
         .drop_duplicates(["_scope", "indicator", "unit_class", "period_year"])
         [["_scope", "indicator", "unit_class", "period_year", "value"]]
         .rename(columns={"period_year": "_year", "value": "_v"}))
    p = pairs[["_scope", "indicator", "unit_class", "period_year", "period_start"]].reset_index(drop=True)
    p["_pair"] = np.arange(len(p))
    j = p.merge(y, on=["_scope", "indicator", "unit_class"])
    j = j[(j["_year"].astype("float64") >= j["period_start"].astype("float64"))
          & (j["_year"].astype("float64") <= j["period_year"].astype("float64"))]
    sums = j.groupby("_pair")["_v"].sum()
    return sums.reindex(np.arange(len(p))).to_numpy(dtype="float64")


def _status_of_row(is_result, value, qualifier, target, target_qualifier, basis, achievement, stated_rate, link,
                   period, year) -> str | None:
    if not is_result:
        return None
    if stated_rate and link != "stated" or (_missing(target) and not _missing(achievement)):
        # the report's own rate, against the target it names: the scorecard's thresholds
        return "exceeded" if achievement >= EXCEEDED_FROM else "achieved" if achievement >= ACHIEVED_FROM else "below"
    if _missing(target):
        return "no_target"
    status = compute_status(value, qualifier, target, target_qualifier, basis or "total")
    if status == "below" and link == "progress":
        return "in_progress"
    if status == "below" and link in ("term_to_date", "latest_level") and isinstance(period, str) and "-" in period:
        end = int(period.split("-")[1])
        if not _missing(year) and int(year) < end:
            return "in_progress"  # the term is not over
    return status



# ---------------------------------------------------------------- each target and where it stands

PROGRESS_COLUMNS = [
    *TARGET_TABLE_COLUMNS, "result_measurement_id", "result_period_year", "result_period_span", "result_value",
    "compared_value", "achievement_pct", "achievement_source", "link", "status", "elapsed_pct", "on_pace",
    "estimate", "result_sentence", "result_docs",
]
_SPAN_ORDER = {"month": 0, "quarter": 1, "6m": 2, "9m": 3, "year": 4, "term": 5}


def compute_target_progress(targets: pd.DataFrame, measurements: pd.DataFrame) -> pd.DataFrame:
    """One row per target (:func:`compute_targets`; not the national defaults, nor the targets stated with a
    single result) with the latest result measured against it (:data:`PROGRESS_COLUMNS`): its period, value, the
    value compared (a term's sum so far), achievement, status, pace, and both sentences. A target no result was
    measured against has status ``no_data``; one per grassroots union or per branch, ``not_comparable`` (a total
    is never divided by the number of unions)."""
    t = targets[targets["stated_for"].isna() & (targets["source"] != "national default")].reset_index(drop=True)
    if t.empty:
        return pd.DataFrame(columns=PROGRESS_COLUMNS)
    m = measurements[(measurements["role"] == "result") & measurements["target_id"].notna()]
    m = m.assign(_y=pd.to_numeric(m["period_year"], errors="coerce").fillna(-1),
                 _s=m["period_span"].map(_SPAN_ORDER).fillna(-1), _h=m["headline"].fillna(True).astype(bool))
    latest = (m.sort_values(["_y", "_s", "_h"], kind="stable").drop_duplicates("target_id", keep="last")
              [["target_id", "measurement_id", "period_year", "period_span", "value", "compared_value",
                "achievement_pct", "achievement_source", "link", "status", "elapsed_pct", "on_pace", "estimate",
                "sentence", "docs"]]
              .rename(columns={"measurement_id": "result_measurement_id", "period_year": "result_period_year",
                               "period_span": "result_period_span", "value": "result_value",
                               "sentence": "result_sentence", "docs": "result_docs"}))
    out = t.merge(latest, on="target_id", how="left")
    comparable = out["basis"].isin(["total", "share"])
    out["status"] = out["status"].where(out["result_measurement_id"].notna(),
                                        np.where(comparable, "no_data", "not_comparable"))
    out["result_period_year"] = pd.to_numeric(out["result_period_year"], errors="coerce").astype("Int64")
    return out[PROGRESS_COLUMNS]
