"""Facts → measurements: one row per (province, period, indicator, role, value), with every source.

The same figure repeated by several reports of one province and period (an article and the province's
own summary of the same year) is one measurement with several sources. Two reports giving different
values for the same measurement are both kept and flagged ``conflict``; nothing is averaged or dropped.

Within one report the first figure of an indicator is its ``headline`` ("1.129 hộ thoát nghèo (trong đó:
DTTS: 579 …)" gives 1.129, not its breakdown); the other figures are kept as measurements too, with
``headline`` false. Two reports conflict when each one's headline is absent from everything the other
reports for that indicator.

A measurement belongs to one union: a district's or a commune's figures are never the province union's, even
when they are of the same province and period (``org_level`` and ``place`` are part of the key).

Achievement is ``stated`` when the text gives the rate; otherwise it is computed against the target that applies
(:func:`wuanalysis.linking.link_targets`: from the text, a congress's yearly targets, a plan, a user's targets
file), and null when none does. A stated rate that no figure carries ("hoạt động đối thoại chính sách đạt 83% chỉ
tiêu giai đoạn") is still a measurement: of the figure its clause holds, else a row without a value under the
indicator its clause names, else under ``unassigned``, with the clause in ``rate_label``; "đạt 7/9 chỉ tiêu" is the
report's ``targets_met``, measured against the 9.
"""
from __future__ import annotations

from collections.abc import Mapping

import numpy as np
import pandas as pd

from .linking import LINK_COLUMNS, compute_targets, link_targets
from .quantities import format_vi
from .rate_ties import tie_rates
from .target_tally import tally_targets

MEASUREMENT_COLUMNS = [
    "measurement_id", "province", "province_2025", "org_level", "period_year", "period_span", "indicator", "topic",
    "role", "headline", "unit_class", "unit", "value", "qualifier", "denominator", "target", "target_source",
    "achievement_pct",
    "achievement_source", "conflict", "conflict_values", "n_sources", "sources", "docs", "quote", "sentence",
    # added for issue 11 (after the columns the scorecard reads)
    "place", "estimate", "rate_label", *LINK_COLUMNS,
    # a reviewer's correction (wuanalysis.corrections) of a figure of the measurement, and why
    "corrected", "correction_note",
]
# The facts' columns that the targets table (:func:`wuanalysis.target_table.compute_targets`) and the measurements
# read: a build measures a frame of only these (the facts' ``subject`` and ``sentence_end`` are not measured).
MEASURED_FACT_COLUMNS = (
    "doc", "fact_id", "value", "unit_class", "unit", "qualifier", "denominator", "target", "achievement_pct",
    "is_target", "estimate", "indicator", "topic", "quote", "start", "end", "sentence", "sentence_start",
    "corrected", "correction_note",
)


def compute_measurements(documents: pd.DataFrame, facts: pd.DataFrame, targets: pd.DataFrame | None = None,
                         texts: Mapping[str, str] | None = None) -> pd.DataFrame:
    """Measurements from the documents and facts tables (see the module docstring for the rules).

    ``targets``: a targets table (:func:`wuanalysis.linking.compute_targets`), or the rows of a targets file as
    :func:`wuanalysis.catalogue.load_targets` returns them (the reports' own targets are then read here), or None
    for the reports' targets and the national defaults. ``texts`` (``Corpus.texts``) lets a target in a list take
    its period from the list's heading (:func:`wuanalysis.linking.compute_targets`).

    Linear in the number of facts: every step is a sort, a group operation or a merge over the whole table.
    :func:`wuanalysis.measure_parts.measurement_parts` gives the same rows a few provinces at a time.
    """
    return measure_rows(documents, facts, targets, texts)[0]


def measure_rows(documents: pd.DataFrame, facts: pd.DataFrame, targets: pd.DataFrame | None = None,
                 texts: Mapping[str, str] | None = None) -> tuple[pd.DataFrame, int]:
    """:func:`compute_measurements`, and how many of its rows are the figures' (the rest are rates alone)."""
    if facts.empty or "indicator" not in facts:
        return pd.DataFrame(columns=MEASUREMENT_COLUMNS), 0
    if "duplicate_of" in documents:
        documents = documents[documents["duplicate_of"].isna()]  # the same text under another name counts once
    documents = documents if "place" in documents else documents.assign(place=None)
    if targets is None or "cadence" not in targets:
        targets = compute_targets(documents, facts, targets, texts)
    facts, parts = tally_targets(facts)  # a count of targets met, and its breakdowns ("trong đó 2/10 chỉ tiêu đạt")
    facts, orphans = tie_rates(facts)
    meta = documents[["doc", "province", "province_2025", "org_level", "place", "period_year", "period_span"]]
    f = _keyed_facts(facts, parts, meta, targets)
    if f.empty and orphans.empty:
        return pd.DataFrame(columns=MEASUREMENT_COLUMNS), 0
    out, part = _figure_rows(f, facts)
    del f  # one row per fact: let go before the targets are linked (the measuring's peak)
    _targets_met(out, part)
    n_figures = len(out)
    if len(orphans):
        out = pd.concat([out, _orphan_rows(orphans, meta)], ignore_index=True)
    return _linked(out, targets), n_figures


def _keyed_facts(facts: pd.DataFrame, parts: np.ndarray, meta: pd.DataFrame,
                 targets: pd.DataFrame | None = None) -> pd.DataFrame:
    """The facts with an indicator, as a narrow frame that knows each fact's row in ``facts`` (``_row``), its report's
    place and period (a target's own year when it is set for another: :func:`_targets_own_years`), its role, headline
    flag, measurement key (``_key``) and (key, value) group (``_group``), sorted by group: the long text columns are
    fetched once, for the evidence of each measurement (moving them through every sort and filter was most of the
    time)."""
    rows = np.flatnonzero(facts["indicator"].notna().to_numpy())
    f = facts[["doc", "start", "value", "is_target", "indicator", "target", "achievement_pct"]].iloc[rows]
    f = f.assign(_row=rows, _part=parts[rows]).merge(meta, on="doc", how="inner")
    f = f.assign(role=f["is_target"].map({True: "target", False: "result"})).sort_values(["doc", "start"])
    _targets_own_years(f, facts, targets)
    f["headline"] = _headlines(f, facts)
    key = ["province", "org_level", "place", "period_year", "period_span", "indicator", "role"]
    f["_key"] = f.groupby(key, dropna=False, sort=False).ngroup()
    # One measurement per (key, value): groups numbered in key order (missing keys last); a stable sort keeps order
    f["_group"] = f.groupby(key + ["value"], dropna=False, sort=True).ngroup()
    return f.sort_values("_group", kind="stable").reset_index(drop=True)


def _targets_own_years(f: pd.DataFrame, facts: pd.DataFrame, targets: pd.DataFrame | None) -> None:
    """A target a report sets for one later or earlier year than its own ("Năm 2026, Hội phấn đấu kết nạp ít nhất
    9.500 hội viên" closing a review of 2025) is measured in that year, not the report's (it made 2026's aims rows
    of the 2025 scorecard, "no result yet"); a term's targets and the report's own year's stay (in place)."""
    if targets is None or targets.empty or "fact_id" not in targets or not (f["role"] == "target").any():
        return
    start = pd.to_numeric(targets["period_start"], errors="coerce")
    one_year = (targets["source"] == "text").to_numpy(dtype=bool, na_value=False) & start.eq(
        pd.to_numeric(targets["period_end"], errors="coerce")).to_numpy(dtype=bool, na_value=False) \
        & targets["fact_id"].notna().to_numpy()
    if not one_year.any():
        return
    periods = pd.DataFrame({"year": start.to_numpy()[one_year], "span": targets["period_span"].to_numpy()[one_year]},
                           index=targets["fact_id"].to_numpy()[one_year])
    periods = periods[~periods.index.duplicated()]
    mine = (f["role"] == "target").to_numpy()
    own = periods.reindex(facts["fact_id"].to_numpy()[f["_row"].to_numpy()[mine]])
    year = own["year"].to_numpy(dtype=float)
    report = pd.to_numeric(f["period_year"], errors="coerce").to_numpy(dtype=float)[mine]
    moved = ~np.isnan(year) & ~np.isnan(report) & (year != report)
    if moved.any():
        at = f.index[np.flatnonzero(mine)[moved]]
        f.loc[at, "period_year"] = year[moved].astype(int)
        f.loc[at, "period_span"] = own["span"].to_numpy()[moved]


def _figure_rows(f: pd.DataFrame, facts: pd.DataFrame) -> tuple[pd.DataFrame, np.ndarray]:
    """One row per (key, value) group of :func:`_keyed_facts`, with its evidence, stated target and rate, sources
    and conflicts; and whether each is a breakdown of a count of targets met (every fact of the group one)."""
    group = f["_group"].to_numpy()
    starts = np.flatnonzero(np.r_[True, group[1:] != group[:-1]]) if len(group) else np.array([], dtype=int)
    ends = np.r_[starts[1:], len(group)].astype(int)
    # The evidence is the group's first headline fact, else its first fact.
    ordered = np.lexsort((~f["headline"].to_numpy(dtype=bool), group))
    first = ordered[np.r_[True, group[ordered][1:] != group[ordered][:-1]]] if len(group) else ordered
    out = f.iloc[first][["province", "province_2025", "org_level", "place", "period_year", "period_span", "indicator",
                         "role", "headline", "value", "_key"]].reset_index(drop=True)
    evidence = facts[["topic", "unit_class", "unit", "qualifier", "denominator", "quote", "sentence"]]
    out = pd.concat([out, evidence.iloc[f["_row"].to_numpy()[first]].reset_index(drop=True)], axis=1)
    stated = f.groupby("_group", sort=True)[["target", "achievement_pct"]].first()  # first non-null of each
    out["target"] = stated["target"].to_numpy()
    out["target_source"] = np.where(out["target"].notna(), "text", np.array(None, dtype=object))
    out["achievement_pct"] = stated["achievement_pct"].to_numpy()
    out["achievement_source"] = np.where(out["achievement_pct"].notna(), "stated", np.array(None, dtype=object))
    part = _sources(out, f, facts, starts, ends)
    f["_doc"] = pd.factorize(f["doc"])[0]
    out = _flag_conflicts(out, f.loc[f["province"].notna().to_numpy(), ["_key", "_doc", "value", "headline"]])
    return out.drop(columns="_key"), part


def _sources(out: pd.DataFrame, f: pd.DataFrame, facts: pd.DataFrame, starts: np.ndarray,
             ends: np.ndarray) -> np.ndarray:
    """Write into ``out`` what each group's facts (``f[starts[i]:ends[i]]``) share: their number, fact ids, reports,
    estimate flag and corrections; give whether each group is a breakdown of a count of targets met."""
    out["n_sources"] = ends - starts
    out["sources"] = _joined(facts["fact_id"], f["_row"].to_numpy(), starts, out.index)
    # a group's facts are in report order, so a report's facts are consecutive: its first one names it
    docs = f["doc"].to_numpy()
    first_of_doc = np.r_[True, docs[1:] != docs[:-1]] if len(docs) else np.array([], dtype=bool)
    first_of_doc[starts] = True
    kept = np.flatnonzero(first_of_doc)
    out["docs"] = _joined(f["doc"], kept, np.searchsorted(kept, starts), out.index)
    # an estimate ("dự kiến", "ước đạt") unless some report gives the figure as final
    estimate = (facts["estimate"].fillna(False).astype(bool).to_numpy()[f["_row"].to_numpy()]
                if "estimate" in facts else np.zeros(len(f), dtype=bool))
    # and a breakdown of a count of targets met (every fact of the group one) is not measured against the whole
    out["estimate"], part = (np.logical_and.reduceat(a, starts) if len(starts) else np.array([], dtype=bool)
                             for a in (estimate, f["_part"].to_numpy(dtype=bool)))
    out["rate_label"] = None
    out["corrected"], out["correction_note"] = _corrections(facts, f["_row"].to_numpy(), starts, ends)
    return part


def _targets_met(out: pd.DataFrame, part: np.ndarray) -> None:
    """"đạt 7/9 chỉ tiêu": the report's own completion of its targets, measured against their number (in place)."""
    met = (out["indicator"] == "targets_met").to_numpy() & out["target"].isna().to_numpy() \
        & pd.to_numeric(out["denominator"], errors="coerce").gt(0).to_numpy() & ~part
    out.loc[met, "target"] = out.loc[met, "denominator"]
    out.loc[met, "target_source"] = "text"


def _linked(out: pd.DataFrame, targets: pd.DataFrame) -> pd.DataFrame:
    """The measurements linked to their targets, with their ids and the columns' types fixed, in column order."""
    for col in ("value", "denominator", "target", "achievement_pct"):
        out[col] = pd.to_numeric(out[col], errors="coerce").astype("float64")
    out = link_targets(out, targets)
    out["measurement_id"] = _measurement_ids(out)
    out["period_year"] = pd.to_numeric(out["period_year"], errors="coerce").astype("Int64")
    out[["indicator", "topic"]] = out[["indicator", "topic"]].astype("str")  # facts hold them as objects
    out["estimate"] = out["estimate"].fillna(False).astype(bool)
    out["corrected"] = out["corrected"].fillna(False).astype(bool)
    out["correction_note"] = out["correction_note"].astype("object").where(out["correction_note"].notna(), None)
    out["rate_mismatch"] = out["rate_mismatch"].fillna(False).astype(bool)
    _fixed_text_types(out)
    return out[MEASUREMENT_COLUMNS].reset_index(drop=True)


# A lede rounds ("hơn 3.000 hội viên") and the body gives the exact figure with its rate or target ("kết nạp 3.126
# hội viên, đạt 104% kế hoạch"): the exact one speaks for the indicator when it fits the hedge (within a quarter).
_FITS = {"more_than": (1, 1.25), "at_least": (1, 1.25), "nearly": (0.8, 1), "about": (0.8, 1.2), "less_than": (0.8, 1)}


def _headlines(f: pd.DataFrame, facts: pd.DataFrame) -> np.ndarray:
    """Each fact's ``headline`` flag: the first figure of its indicator and role in its report that is no part of a
    count of targets met (:mod:`.target_tally`), unless a hedged result and a later exact one with a stated rate or
    target fits its hedge (a breakdown, "trong đó 600 …", never)."""
    key = ["doc", "indicator", "role"]
    head = ~f.duplicated(key + ["_part"], keep="first").to_numpy() & ~f["_part"].to_numpy()
    qualifier, unit_class = (facts[c].to_numpy(dtype=object)[f["_row"].to_numpy()] for c in ("qualifier", "unit_class"))
    hedged = head & (f["role"] == "result").to_numpy() & np.isin(qualifier, list(_FITS))
    exact = ~head & (f["role"] == "result").to_numpy() & (qualifier == "exact") \
        & (f["target"].notna() | f["achievement_pct"].notna()).to_numpy()
    if not (hedged.any() and exact.any()):
        return head
    heads = f.loc[hedged, key + ["value"]].assign(_h=np.flatnonzero(hedged), _q=qualifier[hedged],
                                                  _u=unit_class[hedged]).rename(columns={"value": "_hv"})
    pairs = f.loc[exact, key + ["value"]].assign(_c=np.flatnonzero(exact), _u=unit_class[exact]).merge(
        heads, on=key + ["_u"])
    lo, hi = (pairs["_q"].map({q: b[k] for q, b in _FITS.items()}).astype(float) * pairs["_hv"] for k in (0, 1))
    pairs = pairs[(pairs["value"] >= lo) & (pairs["value"] <= hi)].sort_values("_c").drop_duplicates("_h")
    head[pairs["_h"].to_numpy()], head[pairs["_c"].to_numpy()] = False, True
    return head


# Text columns that pandas would type from what they hold (``str`` when a column built by ``np.where`` has some
# text, objects when it has none, or when an object was written into it): a column's type is fixed here, as a
# national corpus has it, so that measuring a few provinces at a time (:mod:`wuanalysis.measure_parts`) gives each
# part the types of the whole table. The facts' categorical ``sentence`` is left as it is.
_STR_COLUMNS = ("measurement_id", "province", "province_2025", "org_level", "period_span", "indicator", "topic",
                "role", "unit_class", "unit", "qualifier", "achievement_source", "sources", "docs", "quote",
                "sentence", "place", "status")
_OBJECT_COLUMNS = ("target_source", "conflict_values", "rate_label", "target_id", "target_qualifier", "target_basis",
                   "target_cadence", "target_period", "target_doc", "target_sentence", "link", "on_pace",
                   "correction_note")


def _fixed_text_types(out: pd.DataFrame) -> None:
    for col in _STR_COLUMNS:
        if out[col].dtype == object:
            out[col] = out[col].astype("str")
    for col in _OBJECT_COLUMNS:  # missing is None (a column that was ``str`` holds NaN)
        values = out[col].astype(object)
        out[col] = values.where(values.notna().to_numpy(), None)


def _corrections(facts: pd.DataFrame, rows: np.ndarray, starts: np.ndarray, ends: np.ndarray):
    """Per group of facts: corrected when a reviewer corrected any of its figures, and their notes (each once,
    "; "-joined). Facts without the columns (no corrections file) give False and None."""
    if "corrected" not in facts or not len(starts):
        return np.zeros(len(starts), dtype=bool), np.full(len(starts), None, dtype=object)
    flags = facts["corrected"].fillna(False).astype(bool).to_numpy()[rows]
    notes = facts["correction_note"].to_numpy(dtype=object)[rows]
    joined = [("; ".join(dict.fromkeys(n for n in notes[a:b] if isinstance(n, str) and n)) or None)
              if flags[a:b].any() else None for a, b in zip(starts, ends)]
    return np.logical_or.reduceat(flags, starts), np.array(joined, dtype=object)


def _joined(values: pd.Series, rows: np.ndarray, starts: np.ndarray, index: pd.Index) -> pd.Series:
    """``"; "``-joined text of ``values`` at ``rows``, one per run of ``rows`` beginning at each of ``starts``,
    joined by Arrow (a national table has a million measurements: no Python string per source)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    text = pa.array(values.to_numpy(dtype=object) if values.dtype == object else values.array, pa.string())
    text = text.combine_chunks() if isinstance(text, pa.ChunkedArray) else text
    lists = pa.ListArray.from_arrays(pa.array(np.r_[starts, len(rows)].astype(np.int32)), text.take(rows))
    return pd.Series(pc.binary_join(lists, "; ").to_pandas().array, index=index)


ID_ROWS = 16_384  # rows whose ids are made at a time: each is ten Python objects while it is made


def _measurement_ids(out: pd.DataFrame) -> list[str]:
    """:func:`_measurement_id` of every row of ``out``, a slice of rows at a time (a national table's ten key
    columns as Python lists at once were the measuring's peak)."""
    columns = ("province", "org_level", "place", "period_year", "period_span", "indicator", "role", "value",
               "achievement_pct", "rate_label")
    ids: list[str] = []
    for start in range(0, len(out), ID_ROWS):
        part = out.iloc[start:start + ID_ROWS]
        ids += [_measurement_id(*row) for row in zip(*(part[c].tolist() for c in columns))]
    return ids


def _measurement_id(province, level, place, year, span, indicator, role, value, rate, label) -> str:
    """``province|year|span|indicator|role|value``; a district's or commune's province reads ``province/place``
    (a district's figure is not the province's), a report without a province (a cluster's) its place, the
    cluster's name (two clusters' figures never share an id), a rate without a figure ``rate83`` for its value."""
    named = isinstance(place, str) and bool(place)
    where = "NA" if _missing(province) or not province else province
    if level in ("district", "commune"):
        where += "/" + (place if named else level)
    elif where == "NA" and named:
        where = place
    if _missing(value):
        number = f"rate{rate:.12g}" + ("" if not isinstance(label, str) else f":{label[:40]}")
    else:
        number = f"{value:.12g}"
    period = f"{'' if _missing(year) else int(year)}|{'NA' if _missing(span) else span}"
    return f"{where}|{period}|{indicator}|{role}|{number}"


def _missing(value) -> bool:
    """``pd.isna`` of one cell, without its call for the cells a row holds most (text, floats, whole numbers):
    ten a measurement, a million measurements in a national table."""
    kind = type(value)
    if kind is str or kind is int or kind is bool:
        return False
    if kind is float:
        return value != value
    return value is None or bool(pd.isna(value))


# ------------------------------------------------- stated rates that no figure carries (tied in rate_ties)

def _orphan_rows(orphans: pd.DataFrame, meta: pd.DataFrame) -> pd.DataFrame:
    """One measurement per orphan rate and scope, period, indicator, clause and rate (a rate two reports repeat
    is one row with two sources); no value, the rate stated."""
    o = orphans.merge(meta, on="doc", how="inner")
    if o.empty:
        return pd.DataFrame(columns=MEASUREMENT_COLUMNS)
    o = o.sort_values(["doc", "start"], kind="stable")
    o["estimate"] = o["estimate"].fillna(False).astype(bool) if "estimate" in o else False
    key = ["province", "org_level", "place", "period_year", "period_span", "indicator", "rate_label", "achievement_pct"]
    g = o.groupby(key, dropna=False, sort=True)
    out = g[["province_2025", "topic", "headline", "qualifier", "quote", "sentence"]].first().reset_index()
    out["n_sources"] = g.size().to_numpy()
    out["sources"] = g["fact_id"].agg("; ".join).to_numpy()
    out["docs"] = g["doc"].agg(lambda d: "; ".join(dict.fromkeys(d))).to_numpy()
    out["estimate"] = g["estimate"].all().to_numpy()
    return out.assign(role="result", unit_class="percent", unit="%", value=np.nan, denominator=np.nan, target=np.nan,
                      target_source=None, achievement_source="stated", conflict=False, conflict_values=None,
                      headline=out["headline"].astype(bool))


def _flag_conflicts(out: pd.DataFrame, facts: pd.DataFrame) -> pd.DataFrame:
    """Flag headline values that another report of the same measurement contradicts (see module docstring).

    Report a's headline h(a) clashes when some other report b of the same key holds neither h(a) nor has its own
    headline h(b) among a's values. Rather than pairing every two reports of a key, count, for each report a,
    the others that do *not* clash with it: those holding h(a) (c1), those whose headline a holds (c2), minus those
    doing both (c12, from a count of (headline, value held) per key). a clashes when n - 1 > c1 + c2 - c12.
    ``facts`` holds _key (the measurement key without the value), _doc (the report as a number), value and
    headline, for the facts of known provinces; a report has at most one headline per key (:func:`_headlines`).
    The counts are made on integer codes with numpy (sorts and searches, no frame merged: five merges and five
    group-bys per part were a fifth of the measuring).
    """
    keys, docs = facts["_key"].to_numpy(dtype=np.int64), facts["_doc"].to_numpy(dtype=np.int64)
    codes, uniques = pd.factorize(facts["value"].to_numpy(dtype="float64"), use_na_sentinel=False)
    n_values, n_docs = max(len(uniques), 1), int(docs.max()) + 1 if len(docs) else 1
    report = keys * n_docs + docs  # a (key, report) as one number, then a (key, value) as one: key * n_values + code
    held, first = np.unique(report * n_values + codes, return_index=True)  # the values a report holds, each once
    held_report, held_code = report[first], codes[first]
    headline = facts["headline"].to_numpy(dtype=bool)
    order = np.argsort(report[headline], kind="stable")
    head_report, head_code = report[headline][order], codes[headline][order]
    head_key = head_report // n_docs
    # the held values of the reports with a headline, each with its report's headline (a: the report's place)
    a = np.searchsorted(head_report, held_report)
    kept = _found(head_report, a, held_report)
    a, held_report, held_code = a[kept], held_report[kept], held_code[kept]
    held_key, held_head = held_report // n_docs, head_code[a]
    held_pair, head_pair = held_key * n_values + held_code, head_key * n_values + head_code
    c1 = _counts(held_pair, head_pair)  # the reports holding a's headline
    # the reports headed by each value a holds, and those of them holding a's headline: (key, headline) pairs
    # numbered, then (pair, value held) counted
    pairs, pair_of = np.unique(held_key * n_values + held_head, return_inverse=True)
    at = np.searchsorted(pairs, held_pair)
    known = _found(pairs, at, held_pair)
    both = np.where(known, _counts(pair_of.reshape(-1) * n_values + held_code, at * n_values + held_head), 0)
    c2 = np.bincount(a, weights=_counts(head_pair, held_pair), minlength=len(head_report))
    c12 = np.bincount(a, weights=both, minlength=len(head_report))
    clash = _counts(head_key, head_key) - 1 > (c1 - 1) + (c2 - 1) - (c12 - 1)
    clashing = np.unique(head_pair[clash])
    clash_key = clashing // n_values
    clash_value = np.asarray(uniques, dtype="float64")[clashing % n_values] if len(clashing) else np.zeros(0)
    order = np.lexsort((clash_value, clash_key))  # the values as numbers, smallest first (present words them)
    clash_key, clash_value = clash_key[order], clash_value[order]
    runs = np.flatnonzero(np.r_[True, clash_key[1:] != clash_key[:-1]]) if len(clash_key) else np.zeros(0, dtype=int)
    values = dict(zip(clash_key[runs].tolist(), (clash_value[start:end].tolist()
                                                 for start, end in zip(runs, np.r_[runs[1:], len(clash_key)]))))
    hit = pd.MultiIndex.from_frame(out[["_key", "value"]]).isin(pd.MultiIndex.from_arrays([clash_key, clash_value]))
    out["conflict"] = hit
    out["conflict_values"] = pd.Series([values[k] if h else None for k, h in zip(out["_key"], hit)],
                                       index=out.index, dtype=object)
    return out


def _found(sorted_values: np.ndarray, at: np.ndarray, wanted: np.ndarray) -> np.ndarray:
    """Whether each of ``wanted`` is in ``sorted_values`` at ``at`` (its ``np.searchsorted`` place)."""
    found = at < len(sorted_values)
    found[found] = sorted_values[at[found]] == wanted[found]
    return found


def _counts(values: np.ndarray, of: np.ndarray) -> np.ndarray:
    """How many of ``values`` equal each of ``of``."""
    uniques, counts = np.unique(values, return_counts=True)
    at = np.searchsorted(uniques, of)
    found = _found(uniques, at, of)
    return np.where(found, counts[np.where(found, at, 0)] if len(uniques) else 0, 0)


UNMATCHED_COLUMNS = ["indicator", "scope", "period", "period_span", "value", "source", "reason"]
_UNMATCHED_READS = ["province", "period_year", "org_level", "role", "indicator", "target", "target_id"]


def unmatched_reads(measurements: pd.DataFrame) -> pd.DataFrame:
    """The few rows and columns of ``measurements`` that :func:`unmatched_targets` reads, in order: of the rows of
    province unions with a year, the first of each (province, year, indicator, role), the first of those with a
    target, and the first of each target id. It gives the same answer from them as from the whole table, and a
    table measured in parts gives the same from its parts' put together (a part is whole provinces): a national
    build keeps a few thousand rows for it, not a million."""
    read = [c for c in _UNMATCHED_READS if c in measurements]
    if not {"province", "period_year", "org_level", "role", "indicator"} <= set(read):
        return measurements[read]
    m = measurements.loc[measurements["province"].notna() & measurements["period_year"].notna()
                         & (measurements["org_level"].isin(["province"]) | measurements["org_level"].isna()), read]
    key = ["province", "period_year", "indicator", "role"]
    keep = ~m.duplicated(key).to_numpy()
    if "target" in m:
        stated = m["target"].notna().to_numpy()
        keep[stated] |= ~m[stated].duplicated(key).to_numpy()
    if "target_id" in m:
        linked = m["target_id"].notna().to_numpy()
        keep[linked] |= ~m.loc[linked, "target_id"].duplicated().to_numpy()
    return m[keep]


def unmatched_targets(measurements: pd.DataFrame, targets: pd.DataFrame | None) -> pd.DataFrame:
    """The province targets (rows of ``targets``, as :func:`wuanalysis.catalogue.load_targets` returns them) that
    no result was measured against, with the reason in plain words: no report of that province, none for that
    period, no result for that indicator, a target per grassroots union, or another target (the reports' own, a
    plan's) used instead. National targets are left out: by design they are never compared with one province's
    figure. Columns: :data:`UNMATCHED_COLUMNS`."""
    if targets is None or targets.empty or "scope" not in targets:
        return pd.DataFrame(columns=UNMATCHED_COLUMNS)
    m = unmatched_reads(measurements)  # only the rows and columns read: a national table is not copied whole
    used = set(m["target_id"].dropna()) if "target_id" in m else set()
    years: dict[str, set[int]] = {}
    for province, year in zip(m["province"], m["period_year"].astype(int)):
        years.setdefault(province, set()).add(year)
    res = m[m["role"] == "result"]
    results = set(zip(res["province"], res["period_year"].astype(int), res["indicator"]))
    other: dict[tuple, tuple] = {}  # (province, year, indicator) → the target used instead
    for p, y, i, t, tid in zip(res["province"], res["period_year"].astype(int), res["indicator"], res["target"],
                               res["target_id"] if "target_id" in res else [None] * len(res)):
        if pd.notna(t):
            other.setdefault((p, y, i), (t, tid))
    stated = set(zip(m.loc[m["role"] == "target", "province"], m.loc[m["role"] == "target", "period_year"].astype(int),
                     m.loc[m["role"] == "target", "indicator"]))
    rows = []
    for label, r in targets.iterrows():
        if r["scope"] == "national" or f"targets:{label}" in used:
            continue
        period = str(r["period"])
        first, _, last = period.partition("-")
        span = range(int(first), int(last or first) + 1)
        key_years = [y for y in span if y in years.get(r["scope"], set())]
        instead = [other[k] for y in key_years if (k := (r["scope"], y, r["indicator"])) in other]
        if (r.get("basis") or "total") != "total":
            unit = "branch (chi hội)" if r.get("basis") == "per_branch" else "grassroots union"
            reason = f"a target per {unit} is not compared with the province's total"
        elif r["scope"] not in years:
            reason = f"no report of {r['scope']}"
        elif not key_years:
            reason = (f"no report of {r['scope']} for {period} "
                      f"(reports for {', '.join(str(y) for y in sorted(years[r['scope']]))})")
        elif not any((r["scope"], y, r["indicator"]) in results for y in key_years):
            only = any((r["scope"], y, r["indicator"]) in stated for y in key_years)
            reason = f"no result for {r['indicator']} in {r['scope']} {period}" + (" (only a target)" if only else "")
        elif instead and str(instead[0][1] or "").startswith(("text:", "stated:")):
            reason = f"the reports state their own target ({format_vi(instead[0][0])}), which is used"
        elif instead:
            reason = f"another target ({format_vi(instead[0][0])}) applies to the same results and is used"
        else:
            reason = "no result of the province union fits its period and kind (a term total needs yearly results)"
        rows.append({"indicator": r["indicator"], "scope": r["scope"], "period": r["period"],
                     "period_span": r.get("period_span"), "value": float(r["value"]), "source": r.get("source"),
                     "reason": reason})
    return pd.DataFrame(rows, columns=UNMATCHED_COLUMNS)
