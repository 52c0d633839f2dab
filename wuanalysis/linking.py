"""Results measured against their targets: linking, and the status of a result.

The targets table (one row per target statement, with its scope, period, cadence and basis) is built by
:mod:`wuanalysis.target_table`; :func:`compute_targets`, :func:`with_user_targets`, :func:`target_period`,
:func:`target_basis` and :data:`TARGET_TABLE_COLUMNS` are re-exported here.

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

import numpy as np
import pandas as pd

from .catalogue import load_indicators
from .scorecard import ACHIEVED_FROM, EXCEEDED_FROM, rate_status
from .scorecard import is_missing as _missing
from .target_table import (
    TARGET_TABLE_COLUMNS,
    TERM_YEARS,
    compute_targets,
    target_basis,
    target_period,
    with_user_targets,
)

__all__ = [
    "ACHIEVED_FROM", "EXCEEDED_FROM", "LINK_COLUMNS", "POINTS_TOLERANCE", "PROGRESS_COLUMNS", "RATE_TOLERANCE",
    "STOCKS", "TARGET_TABLE_COLUMNS", "TERM_YEARS", "compute_status", "compute_target_progress", "compute_targets",
    "link_targets", "target_basis", "target_period", "with_user_targets",
]

# Columns link_targets adds to the measurements table (at its end, after the existing ones).
LINK_COLUMNS = [
    "target_id", "target_qualifier", "target_basis", "target_cadence", "target_period", "target_doc",
    "target_sentence", "link", "compared_value", "computed_pct", "gap", "rate_mismatch", "status", "elapsed_pct",
    "on_pace",
]
RATE_TOLERANCE = 1.0  # points: "đạt 108%" for 108.4 is rounding, not a disagreement
POINTS_TOLERANCE = 0.5  # a share is judged in points: 84.6 % for "đạt 85%" is rounding
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
    return rate_status(rate)


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
        _take_best(m, _rank_pairs(m, pairs), targets)
    has_stated = _rates(m, results)
    status = np.where(results, "no_target", np.array(None, dtype=object))  # an object array: None or a status
    judged = np.flatnonzero(results & (m["target"].notna().to_numpy() | m["achievement_pct"].notna().to_numpy()))
    cols = [m[c].to_numpy(dtype=object)[judged] for c in ("compared_value", "qualifier", "target", "target_qualifier",
                                                            "target_basis", "achievement_pct")]
    extra = [m[c].to_numpy(dtype=object)[judged] for c in ("link", "target_period", "period_year", "period_span")]
    status[judged] = [_status_of_row(True, *row) for row in zip(*cols, has_stated[judged], *extra)]
    m["status"] = status
    _pace(m)
    return m


# a result's column ← its chosen target's column in the targets table, then in the candidate pairs
_FROM_TARGET = (("target", "value"), ("target_source", "source"), ("target_id", "target_id"),
                ("target_qualifier", "qualifier"), ("target_basis", "basis"), ("target_cadence", "cadence"),
                ("target_period", "period"), ("target_doc", "doc"), ("target_sentence", "sentence"))
_FROM_PAIR = (("link", "_link"), ("compared_value", "_compared"))
# the target columns the pairs need to be told apart and ranked (the rest is read for the chosen ones only)
_PAIR_COLUMNS = ["indicator", "period_start", "period_end", "period_span", "cadence", "basis", "source", "target_id"]
_SCOPE_COLUMNS = ("org_level", "province", "place")


def _take_best(m: pd.DataFrame, pairs: pd.DataFrame, targets: pd.DataFrame) -> None:
    """Each result's best-ranked candidate target (then the latest, then by id) written into its row."""
    best = pairs.sort_values(["_m", "_rank", "_late", "target_id"], kind="stable").drop_duplicates("_m")
    idx = m.index[best["_m"].to_numpy()]
    chosen = targets.iloc[best["_t"].to_numpy()]
    for col, source in _FROM_TARGET:
        m.loc[idx, col] = chosen[source].to_numpy()
    for col, source in _FROM_PAIR:
        m.loc[idx, col] = best[source].to_numpy()


def _rates(m: pd.DataFrame, results: np.ndarray) -> np.ndarray:
    """The rate computed from each linked target (``computed_pct``, ``gap``), ``rate_mismatch`` against a stated
    rate of the same period, and the achievement filled where the text stated none; returns where it did."""
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
    return has_stated


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


def _scope_of(frame: pd.DataFrame, rows=slice(None)) -> pd.Series:
    """:func:`_scope` of some rows, reading only the columns it needs (not a copy of every column of them)."""
    return _scope(frame.loc[rows, [c for c in _SCOPE_COLUMNS if c in frame.columns]])


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
    usable = (targets["stated_for"].isna() & targets["indicator"].notna()
              & targets["basis"].isin(["total", "share"])).to_numpy()
    if not usable.any():
        return pd.DataFrame()
    t = targets.loc[usable, _PAIR_COLUMNS]
    t["_scope"] = _scope_of(targets, usable)
    t["_t"] = np.flatnonzero(usable)  # the target's row: its other columns are read for the chosen pair only
    r = m.loc[need, ["indicator", "period_year", "period_span", "unit_class", "value", "headline"]]
    r = r.rename(columns={"value": "_rvalue"})
    r["_scope"] = _scope_of(m, need)
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
    rows = ((m["role"] == "result") & (m["period_span"] == "year") & m["headline"].fillna(True).astype(bool)
            & m["period_year"].notna()).to_numpy()
    y = m.loc[rows, ["indicator", "unit_class", "period_year", "value", "n_sources"]]
    y["_scope"] = _scope_of(m, rows)
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


_PART_OF_A_YEAR = frozenset({"month", "quarter", "6m", "9m"})


def _status_of_row(is_result, value, qualifier, target, target_qualifier, basis, achievement, stated_rate, link,
                   period, year, span=None) -> str | None:
    if not is_result:
        return None
    status = _judged(value, qualifier, target, target_qualifier, basis, achievement, stated_rate, link, period, year)
    if status == "below" and span in _PART_OF_A_YEAR:
        # a quarter's, half-year's or nine months' result against a year's or a term's target (the targets table
        # holds no shorter period): on its way, not short of it ("quý I … đạt 28% kế hoạch năm")
        return "in_progress"
    return status


def _judged(value, qualifier, target, target_qualifier, basis, achievement, stated_rate, link, period,
            year) -> str | None:
    if stated_rate and link != "stated" or (_missing(target) and not _missing(achievement)):
        # the report's own rate, against the target it names: the scorecard's thresholds
        return rate_status(achievement)
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
