"""Measurements → scorecards: one row per indicator for a province and period, with status, history and ranks.

Pure functions over the measurements table (:func:`wuanalysis.measures.compute_measurements`): no IO, no
printing. A scorecard is asked for by a pre-2025 name ("Bình Phước") or by a merged 2025 name ("Đồng Nai",
"Thái Nguyên"); a merged province shows each predecessor's figures side by side (the ``predecessor``
column) and adds a ``combined`` row only where adding is meaningful: an additive indicator of the catalogue,
counted or money or area or mass, never a percentage, a ratio or a per-unit amount ("VND/hộ"). The briefing's
tables built from a scorecard are :mod:`wuanalysis.page_data`'s; comparisons across provinces, :mod:`.comparisons`'.
"""
from __future__ import annotations

import functools
import math
import re

import numpy as np
import pandas as pd

from .catalogue import TOPICS, load_clusters, load_indicators, load_provinces, predecessors, resolve_province

# Achievement status thresholds. Reports round their rates ("đạt 100% chỉ tiêu" for 99.6%), so a rate within
# half a point of 100 counts as achieved rather than as a hair's breadth above or below.
EXCEEDED_FROM = 100.5
ACHIEVED_FROM = 99.5

# Spans of one year, in the order they accumulate: the 6-month review ("sơ kết 6 tháng") precedes the 9-month
# one and the year's review ("tổng kết năm") closes the chain. A month or quarter names no place in that chain.
SPAN_ORDER = {"month": 0, "quarter": 1, "6m": 2, "9m": 3, "year": 4, "term": 5}
YEAR_CHAIN = ("6m", "9m", "year")

_ADDITIVE_CLASSES = ("count", "vnd", "area", "mass")

SCORECARD_COLUMNS = [
    "province", "predecessor", "combined", "period_year", "period_span", "indicator", "label_vi", "label_en", "topic",
    "unit_class", "unit", "value", "qualifier", "target", "target_source", "achievement_pct", "achievement_source",
    "status", "previous_period_year", "previous_period_span", "previous_value", "change", "previous_year_value",
    "change_yoy", "cluster_id", "rank_cluster", "n_cluster", "rank_all", "n_all", "n_sources", "sources", "docs",
    "quote", "sentence", "conflict", "conflict_values", "rate_label", "estimate", "rate_mismatch", "link",
    "elapsed_pct", "on_pace", "target_id", "target_sentence", "computed_pct", "corrected", "correction_note",
]
# A province's scorecard, trend, ranks and sums hold the provincial union's own figures: a district's, a city's or a
# commune's report of the province goes to its own section (:func:`wuanalysis.page_data.compute_local_reports`).
OWN_LEVELS = ("province",)


# ---------------------------------------------------------------- small pure helpers


def status_of(achievement_pct: float | None, has_result: bool = True) -> str:
    """``exceeded`` (≥ 100.5 %), ``achieved`` (≥ 99.5 %), ``below`` (< 99.5 %), ``no_target`` (no rate known),
    ``no_result`` (only a target was reported)."""
    if not has_result:
        return "no_result"
    if achievement_pct is None or is_missing(achievement_pct):
        return "no_target"
    return rate_status(achievement_pct)


def rate_status(achievement_pct: float) -> str:
    """``exceeded`` from 100.5 %, ``achieved`` from 99.5 %, else ``below``: the one threshold ladder of a rate."""
    if achievement_pct >= EXCEEDED_FROM:
        return "exceeded"
    if achievement_pct >= ACHIEVED_FROM:
        return "achieved"
    return "below"


def is_additive(indicator: str, unit_class: str | None, unit: str | None) -> bool:
    """True when figures of several provinces may be added: the catalogue says so, the unit is a count, money,
    area or mass, and the unit is not per something ("VND/hộ", "m2/người")."""
    catalogue = _catalogue()
    if indicator in catalogue.index and not bool(catalogue.at[indicator, "additive"]):
        return False
    if unit_class not in _ADDITIVE_CLASSES:
        return False
    return not (isinstance(unit, str) and "/" in unit)


def period_sort_key(year, span) -> tuple[int, int]:
    """Order periods: by year, then 6m < 9m < year within a year; unknown years and spans first."""
    return (-1 if is_missing(year) else int(year), SPAN_ORDER.get(span, -1) if isinstance(span, str) else -1)


def parse_period(period: str | int | None) -> tuple[int | None, str | None]:
    """A briefing's ``period`` parameter → (period_year, period_span): None → (None, None) (the latest period),
    "2023" → (2023, None) (that year's latest span), "2023:9m" or "9m 2023" → (2023, "9m")."""
    if period is None or (isinstance(period, str) and not period.strip()):
        return None, None
    text = str(period).strip()
    years = [t for t in re.split(r"[\s:/-]+", text) if t.isdecimal() and len(t) == 4]
    spans = [t for t in re.split(r"[\s:/-]+", text) if t in SPAN_ORDER]
    if len(years) != 1 or len(spans) > 1:
        raise ValueError(f"period must look like 2023 or 2023:9m (spans: {', '.join(SPAN_ORDER)}), not {period!r}")
    return int(years[0]), (spans[0] if spans else None)


def is_missing(x) -> bool:
    """None, NaN, NA or NaT (a scalar); never raises on a list or a string."""
    try:
        return x is None or bool(pd.isna(x))
    except (TypeError, ValueError):
        return False


def _catalogue() -> pd.DataFrame:
    return load_indicators().set_index("id")


def indicator_labels(indicators, lang: str = "vi") -> list[str]:
    """The catalogue's name of each indicator in ``lang`` (its ``label_<lang>`` column); an id the catalogue does
    not know stands for itself. The one lookup of indicator names."""
    names = _indicator_names(lang)
    return [names.get(i, i) for i in indicators]


@functools.cache
def _indicator_names(lang: str) -> dict[str, str]:
    """{id: name in ``lang``} of the catalogue, made once per language (a page looks up ~190 names)."""
    catalogue = load_indicators()
    return dict(zip(catalogue["id"], catalogue[f"label_{lang}"]))


def indicator_order() -> dict[str, tuple[int, int]]:
    """Each indicator's place in the pages' order: (its topic's place in ``TOPICS``, its line in the catalogue)."""
    cat = load_indicators()
    return {i: (TOPICS.index(t) if t in TOPICS else len(TOPICS), n)
            for n, (i, t) in enumerate(zip(cat["id"], cat["topic"]))}


def same_period(frame: pd.DataFrame, year, span) -> pd.Series:
    """The rows of ``frame`` in the period (``year``, ``span``); a missing year matches rows without one."""
    y = frame["period_year"].isna() if is_missing(year) else (frame["period_year"] == year).fillna(False)
    return y & (frame["period_span"] == span).fillna(False)


_RANK_KEYS = ["_head", "_has_rate", "_n", "_v"]


def _ranked(rows: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    """``rows`` sorted by ``keys``, then, within each group, the row that speaks for an indicator first: a report's
    headline figure (not a breakdown "trong đó …"), then one with a stated or computed rate, then the figure the
    most reports repeat, then the larger."""
    head = rows["headline"].fillna(True).astype(bool) if "headline" in rows else pd.Series(True, index=rows.index)
    return rows.assign(
        _head=head, _has_rate=rows["achievement_pct"].notna(), _n=rows["n_sources"].fillna(0),
        _v=rows["value"].fillna(-math.inf),
    ).sort_values(keys + _RANK_KEYS, ascending=[True] * len(keys) + [False] * len(_RANK_KEYS), kind="stable")


def _headline(rows: pd.DataFrame) -> pd.Series:
    """The one result row of an indicator that speaks for it (the :func:`_ranked` rule)."""
    return _ranked(rows, []).iloc[0]


def own_level(measurements: pd.DataFrame) -> pd.DataFrame:
    """The rows of a provincial union's own figures: ``org_level`` province, or not known (a table without the
    column, or a report whose level could not be told)."""
    if "org_level" not in measurements:
        return measurements
    level = measurements["org_level"]
    return measurements[level.isna() | level.isin(OWN_LEVELS)]


def province_results(measurements: pd.DataFrame, own: bool = True) -> pd.DataFrame:
    """The results with a province; ``own``: only the provincial unions' own (:func:`own_level`), as every
    scorecard, trend, rank and sum takes them."""
    m = own_level(measurements) if own else measurements
    return m[(m["role"] == "result") & m["province"].notna()]


def headline_rows(results: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    """One headline result row per group of ``keys`` (the :func:`_ranked` rule, in one sort)."""
    if results.empty:
        return results.reset_index(drop=True)
    ranked = _ranked(results, keys)
    return ranked.drop_duplicates(keys, keep="first").drop(columns=_RANK_KEYS).reset_index(drop=True)


# ---------------------------------------------------------------- provinces and periods


def scorecard_members(province: str, merged: bool | None = None) -> tuple[str, list[str]]:
    """(canonical name, provinces whose figures the scorecard shows). A 2025 province formed from several
    ("Đồng Nai" ← Bình Phước, Đồng Nai) shows all its predecessors unless ``merged=False``."""
    name = resolve_province(province) or province
    before = predecessors(name)
    if merged is None:
        merged = len(before) > 1
    if merged and before:
        return name, before if name in before else before + [name]
    return name, [name]


def latest_period(measurements: pd.DataFrame, provinces: list[str]) -> tuple[object, str | None]:
    """(period_year, period_span) of the latest period with a result for any of ``provinces``, else with a figure (a
    year's review that closes on next year's aims is read for its year; a plan alone, for the plan's)."""
    m = measurements[measurements["province"].isin(provinces)]
    if m.empty:
        return None, None
    if "role" in m and (results := m[m["role"] == "result"]).shape[0]:
        m = results
    periods = m[["period_year", "period_span"]].drop_duplicates()
    best = max(periods.itertuples(index=False), key=lambda p: period_sort_key(p.period_year, p.period_span))
    return best.period_year, best.period_span


def cluster_table(clusters: pd.DataFrame | None) -> pd.DataFrame:
    """The clusters given, else the package's (:func:`wuanalysis.catalogue.load_clusters`)."""
    return load_clusters() if clusters is None else clusters


def cluster_era(year) -> str:
    """The era of the clusters a period competes in: ``2025`` from 2025 on, else ``pre2025``."""
    return "2025" if (not is_missing(year) and int(year) >= 2025) else "pre2025"


def cluster_for(province: str, year, clusters: pd.DataFrame) -> str | None:
    """The cluster of a province in the era of the period: 2025-era clusters from 2025 on."""
    era = cluster_era(year)
    hits = clusters[clusters["province"] == province]
    in_era = hits[hits["era"] == era]
    hits = in_era if len(in_era) else hits
    return hits["cluster_id"].iloc[0] if len(hits) else None


def rank_of(values: pd.Series, value: float) -> int:
    """The rank of ``value`` among ``values``, largest first; equal values share a rank."""
    return int((values > value).sum()) + 1


# ---------------------------------------------------------------- the scorecard


def compute_scorecard(
    measurements: pd.DataFrame,
    province: str,
    period_year: int | None = None,
    period_span: str | None = None,
    clusters: pd.DataFrame | None = None,
    merged: bool | None = None,
) -> pd.DataFrame:
    """One row per indicator (per predecessor, for a merged 2025 province) for one province and period.

    ``province``: a pre-2025 name ("Bình Phước") or a 2025 name ("Đồng Nai"); any spelling
    :func:`~wuanalysis.catalogue.resolve_province` knows. ``period_year``/``period_span``: default the latest
    period with figures for the province (a year given alone takes its latest span).

    Columns (:data:`SCORECARD_COLUMNS`): the figure (``value``, ``unit``, ``qualifier``), its ``target`` and
    ``achievement_pct`` with ``achievement_source`` (stated | computed), ``status`` (see :func:`status_of`:
    exceeded ≥ 100.5 %, achieved ≥ 99.5 %, below, no_target, no_result for a target without a result), the
    previous period in the 6m → 9m → year chain of the same year (``previous_*``, ``change``), the same span a year
    before (``previous_year_value``, ``change_yoy``), ranks by value (largest first; equal values share a rank)
    among the provinces of the competition cluster and among all provinces with the indicator in the same period
    and unit class (``rank_*`` of ``n_*``), the evidence (``sources``, ``docs``, ``quote``, ``sentence``) and the
    conflict flag. ``combined`` rows of a merged province add up its predecessors' figures where
    :func:`is_additive` allows it, and name the provinces added in ``predecessor`` ("Bình Phước + Đồng Nai").
    """
    return _Scorecards(measurements, clusters).card(province, period_year, period_span, merged)


def compute_scorecards(measurements: pd.DataFrame, provinces: list[str], clusters: pd.DataFrame | None = None,
                       merged: bool | None = None) -> dict[str, pd.DataFrame]:
    """Each province's :func:`compute_scorecard` at its latest period, the work they share done once: the
    provincial unions' own rows, each province's rows, every province's headline per period for the ranks (the
    overview asks for 40 scorecards of one measurements table)."""
    shared = _Scorecards(measurements, clusters)
    return {p: shared.card(p, None, None, merged) for p in provinces}


class _Scorecards:
    """What every scorecard of one measurements table reads, computed once: the own rows, grouped by province;
    per period, each (indicator, unit class)'s competitors; each province's cluster."""

    def __init__(self, measurements: pd.DataFrame, clusters: pd.DataFrame | None):
        self.own = own_level(measurements)
        self.clusters = cluster_table(clusters)
        self._rows = self.own.groupby("province", sort=False).indices
        self._periods: dict[tuple, dict] = {}
        self._cluster_of: dict[tuple, str | None] = {}
        self._mates: dict[tuple, set] = {}

    def rows_of(self, members: list[str]) -> pd.DataFrame:
        """The own rows of ``members``, in the table's order."""
        parts = [self._rows[m] for m in members if m in self._rows]
        return self.own.iloc[np.sort(np.concatenate(parts))] if parts else self.own.iloc[:0]

    def competing(self, year, span) -> dict[tuple, tuple[np.ndarray, list]]:
        """(indicator, unit_class) → (values, provinces) of every province's headline result this period."""
        key = (None if is_missing(year) else int(year), span)
        if key not in self._periods:
            results = self.own[(self.own["role"] == "result") & self.own["province"].notna()]
            peers = headline_rows(results[same_period(results, year, span)], ["province", "indicator", "unit_class"])
            self._periods[key] = {
                k: (g["value"].to_numpy(dtype="float64", na_value=np.nan), list(g["province"]))
                for k, g in peers.groupby(["indicator", "unit_class"], sort=False)}
        return self._periods[key]

    def cluster(self, province: str, year) -> tuple[str | None, set]:
        """The province's cluster in the era of ``year`` and the provinces in it (with the province)."""
        era = cluster_era(year)
        if (province, era) not in self._cluster_of:
            cluster = cluster_for(province, year, self.clusters)
            self._cluster_of[(province, era)] = cluster
            if cluster is not None and (cluster, era) not in self._mates:
                c = self.clusters
                self._mates[(cluster, era)] = set(c.loc[(c["cluster_id"] == cluster) & (c["era"] == era), "province"])
        cluster = self._cluster_of[(province, era)]
        return cluster, (self._mates[(cluster, era)] | {province}) if cluster is not None else set()

    def card(self, province: str, period_year, period_span, merged: bool | None) -> pd.DataFrame:
        name, members = scorecard_members(province, merged)
        mine_all = self.rows_of(members)
        period_year, period_span = resolve_period(mine_all, members, period_year, period_span)
        if period_span is None:
            return pd.DataFrame(columns=SCORECARD_COLUMNS)
        mine_results = mine_all[mine_all["role"] == "result"]
        now = mine_all[same_period(mine_all, period_year, period_span)].reset_index(drop=True)
        # the place of each row in the headline order (:func:`_ranked`): a group's headline is its first
        rank_pos = pd.Series(np.arange(len(now)), index=_ranked(now, []).index).sort_index().to_numpy()
        history = _history_heads(mine_results)
        competing = self.competing(period_year, period_span)
        rows = []
        for member in members:
            mine = now[now["province"] == member]
            # a stated rate with its own clause ("đạt 50% chỉ tiêu tập huấn … huyện, xã", "38% … thôn, ấp") is a
            # row of its own, never hidden behind another row of the same indicator
            for _, g in mine.groupby(["indicator", _rate_labels(mine)], sort=False, dropna=False):
                res = g[g["role"] == "result"]
                if len(res):
                    head = now.iloc[res.index[np.argmin(rank_pos[res.index])]]
                    row = self._result_row(head, res, history, competing, period_year, period_span)
                else:
                    row = _target_only_row(g)
                row.update(province=name, predecessor=member, combined=False)
                rows.append(row)
        out = pd.DataFrame(rows, columns=SCORECARD_COLUMNS)
        if len(members) > 1 and not out.empty:
            out = pd.concat([out, _combined_rows(out, name)], ignore_index=True)
        if out.empty:
            return pd.DataFrame(columns=SCORECARD_COLUMNS)
        out["label_vi"] = indicator_labels(out["indicator"], "vi")
        out["label_en"] = indicator_labels(out["indicator"], "en")
        out["period_year"], out["period_span"] = period_year, period_span
        order = indicator_order()
        member_pos = {m: k for k, m in enumerate(members)}
        out = out.assign(_o=[order.get(i, (99, 999)) for i in out["indicator"]],
                         _p=[len(members) if c else member_pos.get(p, 0)
                             for p, c in zip(out["predecessor"], out["combined"])])
        out = out.sort_values(["_o", "_p"], kind="stable").drop(columns=["_o", "_p"]).reset_index(drop=True)
        return _typed(out)

    def _result_row(self, head: pd.Series, all_rows: pd.DataFrame, history: dict, competing: dict, year,
                    span) -> dict:
        """A scorecard row from an indicator's headline result; ``history`` holds the province's headline per
        indicator, unit class and period (:func:`_history_heads`), ``competing`` every province's headline
        this period."""
        row = {c: head.get(c) for c in SCORECARD_COLUMNS if c in head.index}
        row["conflict"], row["conflict_values"] = _conflict(all_rows)
        row["status"] = result_status(head)
        province, indicator, unit_class = head["province"], head["indicator"], head["unit_class"]
        known = not is_missing(unit_class) and isinstance(span, str)
        y = None if is_missing(year) else int(year)
        # previous period of the same year (the 9m review before the year's, the 6m before the 9m)
        if known and span in YEAR_CHAIN and YEAR_CHAIN.index(span) > 0:
            for prev_span in reversed(YEAR_CHAIN[: YEAR_CHAIN.index(span)]):
                prev = history.get((province, indicator, unit_class, y, prev_span))
                if prev is not None:
                    row.update(previous_period_year=year, previous_period_span=prev_span, previous_value=prev)
                    row["change"] = head["value"] - row["previous_value"]
                    break
        if known and y is not None:
            last = history.get((province, indicator, unit_class, y - 1, span))
            if last is not None:
                row["previous_year_value"] = last
                row["change_yoy"] = head["value"] - row["previous_year_value"]
        values, provinces = competing.get((indicator, unit_class), (np.empty(0), []))
        if len(values):
            row["rank_all"], row["n_all"] = int((values > head["value"]).sum()) + 1, len(values)
        cluster, mates = self.cluster(province, year)
        row["cluster_id"] = cluster
        if cluster is not None:
            in_cluster = values[[p in mates for p in provinces]] if len(values) else values
            if len(in_cluster):
                row["rank_cluster"], row["n_cluster"] = int((in_cluster > head["value"]).sum()) + 1, len(in_cluster)
        return row


def _history_heads(results: pd.DataFrame) -> dict[tuple, object]:
    """(province, indicator, unit_class, year or None, span) → the value of that period's headline result."""
    heads = headline_rows(results, ["province", "indicator", "unit_class", "period_year", "period_span"])
    return {(p, i, u, None if is_missing(y) else int(y), s): v
            for p, i, u, y, s, v in zip(heads["province"], heads["indicator"], heads["unit_class"],
                                        heads["period_year"], heads["period_span"], heads["value"])
            if not is_missing(u) and isinstance(s, str)}


def resolve_period(measurements: pd.DataFrame, members: list[str], year, span) -> tuple:
    """The period a scorecard shows: as asked; the latest with figures when nothing is asked; a year asked alone
    takes its latest span with figures ("year" when it has none)."""
    if year is None and span is None:
        return latest_period(measurements, members)
    if span is None:
        mine = measurements["province"].isin(members) & (measurements["period_year"] == year).fillna(False)
        spans = measurements.loc[mine, "period_span"]
        span = max(spans, key=lambda s: SPAN_ORDER.get(s, -1)) if len(spans) else "year"
    return year, span


def result_status(row: pd.Series) -> str:
    """A result's status: the one linking judged (:func:`wuanalysis.linking.compute_status`: it respects "ít
    nhất", "trên", shares in points, and half-years as ``in_progress``), else from the achievement rate."""
    status = row.get("status")
    if isinstance(status, str) and status:
        return status
    return status_of(row.get("achievement_pct"))


def _rate_labels(rows: pd.DataFrame) -> pd.Series:
    if "rate_label" not in rows:
        return pd.Series(None, index=rows.index, dtype=object)
    return rows["rate_label"]


def _conflict(rows: pd.DataFrame) -> tuple[bool, list[float] | None]:
    """(whether reports contradict each other on these rows, the values they give, smallest first). Only
    measurements flagged by measures._flag_conflicts count; a report's own breakdowns do not."""
    clashing = rows.loc[rows["conflict"].fillna(False).astype(bool), "value"].dropna()
    return (True, sorted(float(v) for v in clashing)) if len(clashing) else (False, None)


def _target_only_row(targets: pd.DataFrame) -> dict:
    target = targets.iloc[0]
    row = {c: target.get(c) for c in SCORECARD_COLUMNS if c in target.index}
    row.update(value=None, target=target["value"], target_source="text", achievement_pct=None,
               achievement_source=None, status="no_result")
    row["conflict"], row["conflict_values"] = _conflict(targets)
    return row


def _combined_rows(card: pd.DataFrame, name: str) -> pd.DataFrame:
    """Sums over predecessors for additive indicators reported by two or more of them in the same unit."""
    rows = []
    results = card[card["status"] != "no_result"]
    for (indicator, unit_class), g in results.groupby(["indicator", "unit_class"], sort=False):
        units = set(g["unit"].dropna())
        if len(g) < 2 or len(units) > 1 or not is_additive(indicator, unit_class, next(iter(units), None)):
            continue
        first = g.iloc[0]
        value = g["value"].sum()
        target = g["target"].sum() if g["target"].notna().all() else None
        rate = round(value / target * 100, 1) if target else None
        rows.append({
            "province": name, "predecessor": " + ".join(g["predecessor"]), "combined": True, "indicator": indicator,
            "topic": first["topic"], "unit_class": unit_class, "unit": first["unit"], "value": value,
            "qualifier": "exact" if (g["qualifier"] == "exact").all() else "approx", "target": target,
            "target_source": "sum" if target else None, "achievement_pct": rate,
            "achievement_source": "computed" if rate is not None else None, "status": status_of(rate),
            "n_sources": int(g["n_sources"].sum()), "sources": "; ".join(g["sources"].dropna()),
            "docs": "; ".join(dict.fromkeys("; ".join(g["docs"].dropna()).split("; "))),
            "conflict": bool(g["conflict"].any()),
        })
    return pd.DataFrame(rows, columns=SCORECARD_COLUMNS)


def _typed(out: pd.DataFrame) -> pd.DataFrame:
    for col in ("value", "target", "achievement_pct", "previous_value", "change", "previous_year_value", "change_yoy"):
        out[col] = pd.to_numeric(out[col], errors="coerce").astype("float64")
    for col in ("period_year", "previous_period_year", "rank_cluster", "n_cluster", "rank_all", "n_all", "n_sources"):
        out[col] = pd.to_numeric(out[col], errors="coerce").astype("Int64")
    out["combined"] = out["combined"].fillna(False).astype(bool)
    out["conflict"] = out["conflict"].fillna(False).astype(bool)
    out["estimate"] = out["estimate"].fillna(False).astype(bool)
    out["rate_mismatch"] = out["rate_mismatch"].fillna(False).astype(bool)
    out["corrected"] = out["corrected"].astype("boolean").fillna(False).astype(bool)
    for col in ("elapsed_pct", "computed_pct"):
        out[col] = pd.to_numeric(out[col], errors="coerce").astype("float64")
    out["on_pace"] = out["on_pace"].astype("object").where(out["on_pace"].notna(), None)
    for col in ("province", "predecessor", "indicator", "label_vi", "label_en", "topic", "unit_class", "unit",
                "qualifier", "target_source", "achievement_source", "status", "previous_period_span", "period_span",
                "cluster_id", "sources", "docs", "quote", "sentence", "conflict_values", "rate_label", "link",
                "target_id", "target_sentence", "correction_note"):
        out[col] = out[col].astype("object").where(out[col].notna(), None)
    return out[SCORECARD_COLUMNS]


def provinces_with_data(measurements: pd.DataFrame, documents: pd.DataFrame | None = None) -> list[str]:
    """Provinces to brief: every province with figures (as named in its reports), then each merged 2025 province
    two or more of whose predecessors have figures (side by side). A province named only by reports without
    figures (a news item, a district's plan whose targets hold no indicator) gets no page: its briefing would
    stop on :func:`~wuanalysis.datadir.check_province`; the overview's coverage lists its reports.
    ``documents`` is accepted for the callers that pass it and changes nothing."""
    del documents
    found = set(measurements["province"].dropna())
    names = sorted(found)
    provinces = load_provinces()
    merged = []
    for new in provinces.loc[provinces["era"] == "2025", "name"]:
        before = predecessors(new)
        if len(before) > 1 and len(found & set(before)) >= 2 and new not in names:
            merged.append(new)
    return names + sorted(merged)

