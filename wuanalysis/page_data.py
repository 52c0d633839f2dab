"""A scorecard → the briefing's per-page tables: the targets section, the headline cards, the evidence, the notes on
the data, and the local (district and commune) reports. Pure functions over a scorecard
(:func:`wuanalysis.scorecard.compute_scorecard`) and the measurements table: numbers and codes, no words.
"""
from __future__ import annotations

import pandas as pd

from .linking import PROGRESS_COLUMNS, compute_target_progress
from .scorecard import (indicator_order, is_missing, own_level, province_results, resolve_period, result_status,
                        same_period, scorecard_members)

# ---------------------------------------------------------------- the local reports

# The levels below the province, whose reports have their own section: never part of a province's scorecard, trend,
# ranks or sums (:data:`wuanalysis.scorecard.OWN_LEVELS`).
LOCAL_LEVELS = ("district", "commune")
LOCAL_COLUMNS = ["province", "org_level", "place", "period_year", "period_span", "indicator", "rate_label",
                 "unit_class", "unit", "value", "qualifier", "estimate", "achievement_pct", "status", "quote",
                 "sentence", "docs", "role", "target_basis", "target_cadence", "target_period"]


def compute_local_reports(measurements: pd.DataFrame, province: str, period_year: int | None = None,
                          period_span: str | None = None, targets: pd.DataFrame | None = None) -> pd.DataFrame:
    """The figures of a province's districts, cities, communes and wards (``org_level`` district or commune), for
    the briefing's own section ("Báo cáo cấp huyện, xã"): one row per result or target (``role``: a district's
    plan, "TX Đông Hòa phấn đấu trong năm 2025 giúp đỡ 30 hộ …", is what its province's page can show of it), by
    place then catalogue order, in the period of the province's scorecard (default: the latest period of the
    province's own figures, else of these). With the build's ``targets``, a target carries its basis, cadence and
    period from its row there ("5 hộ" set for each grassroots union is "5 hộ mỗi cơ sở Hội", not 5 in all).
    Columns: :data:`LOCAL_COLUMNS`. Never part of the province's scorecard, trend, ranks or sums."""
    name, members = scorecard_members(province)
    if "org_level" not in measurements:
        return pd.DataFrame(columns=LOCAL_COLUMNS)
    mine = measurements[measurements["province"].isin(members)]
    local = mine[mine["org_level"].isin(LOCAL_LEVELS) & mine["role"].isin(("result", "target"))]
    if local.empty:
        return pd.DataFrame(columns=LOCAL_COLUMNS)
    year, span = resolve_period(own_level(mine), members, period_year, period_span)
    if span is None or not same_period(local, year, span).any():
        year, span = resolve_period(local, members, period_year, period_span)
    local = local[same_period(local, year, span)]
    order = indicator_order()
    local = local.assign(_p=local["place"].fillna(""), _o=[order.get(i, (99, 999)) for i in local["indicator"]],
                         _r=(local["role"] != "result"))
    local = local.sort_values(["_p", "_r", "_o"], kind="stable").drop(columns=["_p", "_r", "_o"])
    out = local.reindex(columns=LOCAL_COLUMNS).reset_index(drop=True)
    out["status"] = [result_status(r) if r["role"] == "result" else None for _, r in local.iterrows()]
    if targets is not None and len(targets) and "fact_id" in targets:
        said = targets[targets["fact_id"].notna()].drop_duplicates("fact_id").set_index("fact_id")
        sources = local["sources"].to_numpy() if "sources" in local else [None] * len(out)
        first = [str(s).split(";")[0].strip() if r == "target" else None for s, r in zip(sources, out["role"])]
        for column, source in (("target_basis", "basis"), ("target_cadence", "cadence"), ("target_period", "period")):
            out[column] = [said.at[f, source] if f is not None and f in said.index else None for f in first]
    return out


# ---------------------------------------------------------------- figures the catalogue cannot place

OTHER_COLUMNS = ["doc", "topic", "unit_class", "unit", "value", "qualifier", "estimate", "quote", "sentence"]


def compute_other_figures(facts: pd.DataFrame, documents: pd.DataFrame, province: str,
                          period_year: int | None = None, period_span: str | None = None,
                          scorecard: pd.DataFrame | None = None) -> pd.DataFrame:
    """The figures of the province union's own reports in the scorecard's period that no indicator of the catalogue
    holds (``indicator`` empty: "sinh hoạt tại 243 chi hội, câu lạc bộ", "1.000 áo thun"), for the briefing's
    "other figures" list: never under a wrong label, never in the scorecard, ranks or sums. Stated achievement
    rates ("đạt 83% chỉ tiêu") and targets are left out: the targets section shows them. One row per figure, by
    document then place in it; the period is as asked, else the ``scorecard``'s, else the latest of the province's
    own reports.
    Columns: :data:`OTHER_COLUMNS`."""
    name, members = scorecard_members(province)
    if facts is None or facts.empty or "indicator" not in facts or documents is None or documents.empty:
        return pd.DataFrame(columns=OTHER_COLUMNS)
    docs = own_level(documents)
    docs = docs[docs["province"].isin(members)]
    if docs.empty:
        return pd.DataFrame(columns=OTHER_COLUMNS)
    if period_year is None and period_span is None and scorecard is not None and len(scorecard):
        period_year, period_span = scorecard["period_year"].iloc[0], scorecard["period_span"].iloc[0]
    year, span = resolve_period(docs, members, period_year, period_span)
    wanted = set(docs.loc[same_period(docs, year, span), "doc"])
    f = facts[facts["doc"].isin(wanted) & facts["indicator"].isna()]
    if "achievement_pct" in f:
        f = f[f["achievement_pct"].isna()]
    if "is_target" in f:
        f = f[~f["is_target"].fillna(False).astype(bool)]
    f = f.sort_values([c for c in ("doc", "start") if c in f], kind="stable")
    return f.reindex(columns=OTHER_COLUMNS).reset_index(drop=True)


# ---------------------------------------------------------------- the targets section

SECTION_EXTRA = ["kind", "year", "rate_label", "rate_mismatch", "computed_pct", "result_unit_class", "result_unit",
                 "result_qualifier", "result_quote"]
# Statuses a reader counts: met, below, in progress, no data (a per-unit target is not compared: no data).
OUTCOMES = {"exceeded": "met", "achieved": "met", "below": "below", "in_progress": "in_progress",
            "no_data": "no_data", "not_comparable": "no_data", "no_target": "no_data", "no_result": "no_data"}
# What a stated rate's row brings to the target row it is the result of (see _one_row_per_target).
_RESULT_PART = ["result_value", "result_unit_class", "result_unit", "result_qualifier", "result_quote",
                "result_period_year", "result_period_span", "achievement_pct", "achievement_source", "status",
                "estimate", "rate_mismatch", "computed_pct", "link", "elapsed_pct", "on_pace", "result_sentence",
                "result_docs"]


def compute_targets_section(targets: pd.DataFrame, measurements: pd.DataFrame, province: str,
                            year: int | None = None, scorecard: pd.DataFrame | None = None) -> pd.DataFrame:
    """The briefing's first section: each target of the province's current term and year with the latest result
    measured against it (:func:`wuanalysis.linking.compute_target_progress`; ``kind`` ``target``), then the
    achievement rates the reports state without a target of the table (``kind`` ``stated``: seed 003's "đạt 83% /
    50% / 38% chỉ tiêu giai đoạn"), below-target first. A stated rate whose result is that of a target row still
    without one ("đặt chỉ tiêu … thành lập 10 hợp tác xã", then "thành lập 3 hợp tác xã, … đạt 30% chỉ tiêu năm")
    fills that row instead of being a second line.

    The province union's own targets only (``org_level`` province or unknown): a district's never. The current
    year is ``year``, else the scorecard's, else the latest year of the province's own results; the targets shown
    are those whose period covers it (the congress's term, the year's plan), else the latest ones stated. Each
    result carries its qualifier and quote (``result_qualifier``, ``result_quote``: "hơn 3.000 hội viên").
    Columns: :data:`wuanalysis.linking.PROGRESS_COLUMNS` and :data:`SECTION_EXTRA`."""
    columns = PROGRESS_COLUMNS + SECTION_EXTRA
    name, members = scorecard_members(province)
    if scorecard is not None and len(scorecard) and year is None:
        year = scorecard["period_year"].iloc[0]
    if year is None or is_missing(year):
        own = province_results(measurements)
        own = own[own["province"].isin(members)]
        year = own["period_year"].max() if len(own) else None
    rows = []
    current = _current_targets(targets, measurements, members, year)
    if len(current):
        rows.append(current)
    if scorecard is not None and len(scorecard):
        stated = _stated_rows(scorecard, set(current["target_id"].dropna()) if len(current) else set(), year)
        if len(stated):
            rows.append(stated)
    ahead = _targets_ahead(targets, members, year)
    if len(ahead):
        rows.append(ahead)
    if not rows:
        return pd.DataFrame(columns=columns)
    out = pd.concat([r.reindex(columns=columns) for r in rows], ignore_index=True)
    out = _one_row_per_target(out)
    out["estimate"] = out["estimate"].astype("boolean").fillna(False).astype(bool)
    out["rate_mismatch"] = out["rate_mismatch"].astype("boolean").fillna(False).astype(bool)
    for col in ("value", "result_value", "achievement_pct", "elapsed_pct", "computed_pct", "compared_value"):
        out[col] = pd.to_numeric(out[col], errors="coerce").astype("float64")
    return out


def _current_targets(targets: pd.DataFrame | None, measurements: pd.DataFrame, members: list[str],
                     year) -> pd.DataFrame:
    """The ``target`` rows: the members' own targets whose period covers ``year`` (else the latest stated), each
    with its latest result, the result's qualifier and quote from its measurement."""
    t = own_level(targets) if targets is not None else None
    if t is None or t.empty:
        return pd.DataFrame(columns=PROGRESS_COLUMNS)
    t = t[t["province"].isin(members)]
    progress = compute_target_progress(t, measurements) if len(t) else pd.DataFrame(columns=PROGRESS_COLUMNS)
    if progress.empty:
        return progress
    start = pd.to_numeric(progress["period_start"], errors="coerce")
    end = pd.to_numeric(progress["period_end"], errors="coerce")
    current = (start <= year) & (end >= year) if year is not None and not is_missing(year) else end.isna()
    if not current.any():  # the latest stated before ``year`` (a later year's are the ``ahead`` rows)
        begun = (start <= year).fillna(False) if year is not None and not is_missing(year) else start.notna() | True
        current = begun & (end == end[begun].max())
    progress = progress[current.fillna(False).to_numpy()]
    said = measurements.set_index("measurement_id")[["qualifier", "quote"]] if "quote" in measurements else None
    ids = progress["result_measurement_id"]
    known = ids.isin(said.index) if said is not None else pd.Series(False, index=ids.index)
    qualifier = [said.at[i, "qualifier"] if k else None for i, k in zip(ids, known)] if said is not None else None
    quote = [said.at[i, "quote"] if k else None for i, k in zip(ids, known)] if said is not None else None
    return progress.assign(kind="target", year=year, result_unit_class=progress["unit_class"],
                           result_unit=progress["unit"], result_qualifier=qualifier, result_quote=quote)


def _targets_ahead(targets: pd.DataFrame | None, members: list[str], year) -> pd.DataFrame:
    """The ``ahead`` rows: the members' own targets for the next year the reports set one for after ``year`` ("Năm
    2026, Hội phấn đấu kết nạp ít nhất 4.500 hội viên" closing a review of 2025), no result yet (status
    ``upcoming``); a term's targets are the current rows'."""
    t = own_level(targets) if targets is not None else None
    if t is None or t.empty or year is None or is_missing(year):
        return pd.DataFrame(columns=PROGRESS_COLUMNS)
    start = pd.to_numeric(t["period_start"], errors="coerce")
    later = t["province"].isin(members).to_numpy() & (start > year).to_numpy(dtype=bool, na_value=False) & (
        start == pd.to_numeric(t["period_end"], errors="coerce")).to_numpy(dtype=bool, na_value=False)
    if not later.any():
        return pd.DataFrame(columns=PROGRESS_COLUMNS)
    t = t[later & (start == start[later].min()).to_numpy()]
    return t.reindex(columns=PROGRESS_COLUMNS).assign(kind="ahead", year=year, status="upcoming")


def _stated_rows(scorecard: pd.DataFrame, shown: set, year) -> pd.DataFrame:
    """The ``stated`` rows: the scorecard's rates the reports state, but those of a target row already shown,
    below target first."""
    rated = scorecard[scorecard["achievement_pct"].notna() & ~scorecard["combined"]]
    rated = rated[~rated["target_id"].isin(shown)]
    if rated.empty:
        return rated
    rated = rated.assign(_o=[{"below": 0, "in_progress": 1}.get(s, 2) for s in rated["status"]])
    rated = rated.sort_values(["_o", "achievement_pct"], kind="stable")
    return pd.DataFrame({
        "kind": "stated", "year": year, "indicator": rated["indicator"], "topic": rated["topic"],
        "province": rated["predecessor"], "org_level": "province", "value": rated["target"],
        "unit_class": rated["unit_class"], "unit": rated["unit"], "result_value": rated["value"],
        "result_unit_class": rated["unit_class"], "result_unit": rated["unit"],
        "result_qualifier": rated.get("qualifier"), "result_quote": rated.get("quote"),
        "result_period_year": rated["period_year"], "result_period_span": rated["period_span"],
        "achievement_pct": rated["achievement_pct"], "achievement_source": rated["achievement_source"],
        "status": rated["status"], "estimate": rated["estimate"], "rate_label": rated["rate_label"],
        "rate_mismatch": rated["rate_mismatch"], "computed_pct": rated["computed_pct"],
        "link": rated["link"], "elapsed_pct": rated["elapsed_pct"], "on_pace": rated["on_pace"],
        "sentence": rated["target_sentence"], "result_sentence": rated["sentence"],
        "result_docs": rated["docs"], "target_id": rated["target_id"],
    })


def _one_row_per_target(out: pd.DataFrame) -> pd.DataFrame:
    """A target row without a result and a stated rate of the same province, indicator and target value with a
    result of the target's year (or of no known year) are one target: the rate's result fills the target row
    and its own line goes. Only one stated row fills one target row; rates with a clause of their own
    (``rate_label``: "chương trình 2") are their own lines."""
    empty = out.index[(out["kind"] == "target") & out["result_value"].isna() & out["indicator"].notna()]
    dropped: list = []
    for i in empty:
        t = out.loc[i]
        twins = out.index[(out["kind"] == "stated") & (out["indicator"] == t["indicator"])
                          & (out["province"] == t["province"]) & (out["value"] == t["value"])
                          & (out["unit_class"] == t["unit_class"]) & out["result_value"].notna()
                          & out["rate_label"].isna() & ~out.index.isin(dropped)]
        twins = [j for j in twins if _same_year(t, out.loc[j])]
        if not twins:
            continue
        out.loc[i, _RESULT_PART] = out.loc[twins[0], _RESULT_PART].to_numpy()
        dropped.append(twins[0])
    return out.drop(index=dropped).reset_index(drop=True)


def _same_year(target: pd.Series, stated: pd.Series) -> bool:
    """Whether a stated rate's result falls within the target's period (its start to its end year)."""
    year = stated["result_period_year"]
    if is_missing(year):
        return True
    start, end = (pd.to_numeric(pd.Series([target.get("period_start"), target.get("period_end")]), errors="coerce")
                  .tolist())
    return (is_missing(start) or start <= year) and (is_missing(end) or year <= end)


# ---------------------------------------------------------------- headlines, evidence, notes


# The indicators a provincial leader asks about first (members, poverty, loans, co-operatives, savings), in the
# order the cards take among themselves; every other indicator follows in the catalogue's order.
CORE_HEADLINES = ("members_new", "members_total", "households_out_of_poverty", "households_out_of_near_poverty",
                  "poor_households_supported", "loans_outstanding_vnd", "policy_bank_outstanding_vnd",
                  "women_fund_outstanding_vnd", "cooperatives_new", "cooperatives_total", "savings_mobilised_vnd")
# A decrease and the gain it is read against: "583 hội viên — Hội viên giảm" is no headline beside 4.094 new members.
DECREASES = {"members_lost": "members_new"}


def _decrease_is_story(card: pd.DataFrame, indicator: str) -> bool:
    """A loss leads only when it outnumbers its gain (the union shrank) or the page has no gain to show."""
    gain = card.loc[card["indicator"] == DECREASES[indicator], "value"]
    loss = card.loc[card["indicator"] == indicator, "value"]
    return gain.empty or float(loss.max()) > float(gain.max())


def headline_figures(scorecard: pd.DataFrame, n: int = 4) -> pd.DataFrame:
    """The at most ``n`` (4) figures to lead a briefing with, chosen by one rule:

    1. only rows with a figure; on a merged province the combined row stands for its predecessors' rows;
    2. a decrease (``DECREASES``: members lost) is left out unless it is the story — the loss outnumbers the gain it
       is read against (members lost > new members) or there is no gain on the page;
    3. core indicators (``CORE_HEADLINES``: members, poverty, loans, co-operatives, savings) before all others;
    4. within each of those two groups, rows with an achievement rate first (highest first), then the order of
       ``CORE_HEADLINES`` or of the catalogue (membership, poverty, economy …).
    """
    card = scorecard[scorecard["value"].notna()]
    if card["combined"].any():
        summed = card["indicator"].isin(card.loc[card["combined"], "indicator"])
        card = pd.concat([card[card["combined"]], card[~card["combined"] & ~summed]])
    hidden = [i for i in DECREASES if (card["indicator"] == i).any() and not _decrease_is_story(card, i)]
    card = card[~card["indicator"].isin(hidden)]
    order = indicator_order()
    core = {i: k for k, i in enumerate(CORE_HEADLINES)}
    card = card.assign(
        _core=[i not in core for i in card["indicator"]],
        _rate=card["achievement_pct"].notna(), _a=card["achievement_pct"].fillna(-1),
        _o=[(core[i], 0) if i in core else order.get(i, (99, 999)) for i in card["indicator"]],
    ).sort_values(["_core", "_rate", "_a", "_o"], ascending=[True, False, False, True], kind="stable")
    return card.drop(columns=["_core", "_rate", "_a", "_o"]).head(n).reset_index(drop=True)


def with_corrections(card: pd.DataFrame, measurements: pd.DataFrame) -> pd.DataFrame:
    """``card`` (a scorecard) with the reviewer's corrections of its figures: ``corrected`` and ``correction_note``
    of the measurement each row shows (found by its sources, the fact ids only that measurement holds). A card
    that already carries them, or measurements without them (no corrections file), give ``card`` as it is."""
    if "correction_note" in card or "correction_note" not in measurements or card.empty:
        return card
    fixed = measurements.loc[measurements["corrected"].fillna(False).astype(bool), ["sources", "correction_note"]]
    notes = dict(zip(fixed["sources"], fixed["correction_note"]))
    found = [notes.get(s) if isinstance(s, str) else None for s in card["sources"]]
    return card.assign(corrected=[s in notes for s in card["sources"]], correction_note=found)


def compute_evidence(scorecard: pd.DataFrame, documents: pd.DataFrame | None = None) -> pd.DataFrame:
    """Figure → quoted sentence → document, one row per scorecard figure that has a quote: indicator, label_vi,
    label_en, predecessor, value, unit_class, unit, target, achievement_pct, quote, sentence, rate_label, qualifier,
    estimate, doc, title, published, correction_note (a reviewer's, when the card carries it:
    :func:`with_corrections`). A row without a value is a reported target (its figure is ``target``)."""
    card = scorecard[scorecard["quote"].notna() & ~scorecard["combined"]]
    out = card[["indicator", "label_vi", "label_en", "predecessor", "value", "unit_class", "unit", "target",
                "achievement_pct", "quote", "sentence"]].copy()
    out["rate_label"] = card["rate_label"] if "rate_label" in card else None
    # the figure as the report hedged it ("hơn 215.000 lượt", "ước 1.129 hộ")
    out["qualifier"] = card["qualifier"] if "qualifier" in card else None
    out["estimate"] = card["estimate"] if "estimate" in card else False
    out["correction_note"] = card["correction_note"] if "correction_note" in card else None
    out["doc"] = [d.split("; ")[0] if isinstance(d, str) else None for d in card["docs"]]
    out["title"], out["published"] = None, None
    if documents is not None and len(out):
        meta = documents.set_index("doc")
        out["title"] = [meta.at[d, "title"] if d in meta.index else None for d in out["doc"]]
        out["published"] = [meta.at[d, "published"] if d in meta.index else None for d in out["doc"]]
    return out.reset_index(drop=True)


NOTE_COLUMNS = ["kind", "province", "indicator", "detail", "doc", "values", "n", "of"]
# Problems of the issues table that are no unreadable file, each its own kind of note (the others are "unreadable"):
# our own pages and notebooks met in the input, files skipped or read once as duplicates, target rows that no result
# was measured against, outputs that could not be written.
_ISSUE_KINDS = frozenset({"warning", "no_figures", "own_output", "skipped", "duplicate", "target_unmatched",
                          "write_failed"})


def compute_data_notes(scorecard: pd.DataFrame | None = None, issues: pd.DataFrame | None = None,
                       documents: pd.DataFrame | None = None) -> pd.DataFrame:
    """What a reader should know about the data behind a scorecard: ``conflict`` (reports disagree; their
    ``values``), ``no_target`` (``n`` of ``of`` figures without a target), ``no_result`` (a target without a
    result), and the issues of the documents (for the scorecard's own documents when a scorecard is given, else
    all): ``unreadable`` files, and ``warning``, ``no_figures``, ``own_output``, ``skipped``, ``duplicate``,
    ``target_unmatched``, ``write_failed`` as such, ``detail`` holding the issue's reason and detail.
    Columns: :data:`NOTE_COLUMNS`; the wording is :func:`wuanalysis.present.table_data_notes`'."""
    rows = []
    docs_used: set[str] = set()
    if scorecard is not None and len(scorecard):
        card = scorecard[~scorecard["combined"]]
        for r in card[card["conflict"]].itertuples():
            rows.append({"kind": "conflict", "province": r.predecessor, "indicator": r.indicator,
                         "values": r.conflict_values, "doc": r.docs})
        for r in card[card["status"] == "no_result"].itertuples():
            rows.append({"kind": "no_result", "province": r.predecessor, "indicator": r.indicator, "doc": r.docs})
        missing = card[card["status"] == "no_target"]
        if len(missing):
            rows.append({"kind": "no_target", "province": card["province"].iloc[0], "n": len(missing), "of": len(card)})
        for d in card["docs"].dropna():
            docs_used.update(d.split("; "))
    if issues is not None and len(issues):
        mine = issues
        if scorecard is not None and documents is not None and len(documents):
            # the province's documents: those used, plus any of its documents that gave nothing
            theirs = documents["province"].isin(set(scorecard["predecessor"].dropna()))
            province_docs = set(documents.loc[theirs, "doc"])
            mine = issues[issues["doc"].isin(docs_used | province_docs)]
        elif scorecard is not None:
            mine = issues[issues["doc"].isin(docs_used)]
        for r in mine.itertuples():
            kind = r.reason if r.reason in _ISSUE_KINDS else "unreadable"
            rows.append({"kind": kind, "detail": f"{r.reason}: {r.detail}", "doc": r.doc})
    out = pd.DataFrame(rows, columns=NOTE_COLUMNS)
    for col in ("n", "of"):
        out[col] = pd.to_numeric(out[col]).astype("Int64")
    for col in ("kind", "province", "indicator", "detail", "doc", "values"):
        out[col] = out[col].astype(object)
    return out


# ---------------------------------------------------------------- reports above the province

# A competition cluster's report ("Cụm thi đua các tỉnh Đồng bằng sông Hồng") has its own page and the central
# union's reports their own section of the overview: their figures are the cluster's or the country's, never a
# province's (their measurements have no province).
ABOVE_LEVELS = ("cluster", "central")
REPORT_COLUMNS = ["doc", "org_level", "cluster_id", "cluster_name", "members", "title", "published", "period_year",
                  "period_span"]
FIGURE_COLUMNS = ["doc", "indicator", "rate_label", "unit_class", "unit", "value", "qualifier", "estimate",
                  "achievement_pct", "status", "quote", "sentence", "combined"]
# Words every cluster's name has, left out when a report's title is matched to a cluster: "Cụm thi đua Đồng bằng
# sông Hồng: Đạt và vượt 8 chỉ tiêu" names "Cụm thi đua các tỉnh Đồng bằng sông Hồng".
_CLUSTER_NAME_WORDS = ("cum thi dua", "cac tinh", "cac thanh pho")


def _cluster_key(name: str) -> str:
    from .text import fold

    key = fold(name)
    for words in _CLUSTER_NAME_WORDS:
        key = key.replace(words, " ")
    return " ".join(key.split())


def _match_cluster(title: object, year, clusters: pd.DataFrame) -> str | None:
    """The cluster a report's title names (in the era of the report's period first); None when it names none."""
    from .scorecard import cluster_era
    from .text import fold

    if not isinstance(title, str) or clusters.empty:
        return None
    folded = " ".join(fold(title).split())
    names = clusters.drop_duplicates(["cluster_id", "era"])
    era = cluster_era(year)
    found = [(r.era == era, len(_cluster_key(r.name_vi)), r.cluster_id) for r in names.itertuples()
             if _cluster_key(r.name_vi) and _cluster_key(r.name_vi) in folded]
    return max(found)[2] if found else None


def compute_above_reports(documents: pd.DataFrame, clusters: pd.DataFrame, level: str = "cluster") -> pd.DataFrame:
    """The reports of a level above the province (``cluster`` or ``central``), one row each, by period then
    document: a cluster report with the cluster its title names (``cluster_id``, ``cluster_name``) and the member
    provinces of that cluster in the report's era (``members``, a tuple; empty when the title names no cluster of
    the registry). Columns: :data:`REPORT_COLUMNS`."""
    from .scorecard import cluster_era
    from .text import fold

    if "org_level" not in documents:
        return pd.DataFrame(columns=REPORT_COLUMNS)
    docs = documents[documents["org_level"] == level].sort_values(["period_year", "doc"], kind="stable")
    rows = []
    for r in docs.itertuples():
        cluster_id = _match_cluster(r.title, r.period_year, clusters) if level == "cluster" else None
        mine = clusters[clusters["cluster_id"] == cluster_id]
        in_era = mine[mine["era"] == cluster_era(r.period_year)]
        mine = in_era if len(in_era) else mine
        rows.append({"doc": r.doc, "org_level": level, "cluster_id": cluster_id,
                     "cluster_name": mine["name_vi"].iloc[0] if len(mine) else None,
                     "members": tuple(sorted(mine["province"].drop_duplicates(), key=fold)),
                     "title": r.title, "published": r.published, "period_year": r.period_year,
                     "period_span": r.period_span})
    out = pd.DataFrame(rows, columns=REPORT_COLUMNS)
    out["cluster_id"] = out["cluster_id"].astype(object).where(out["cluster_id"].notna(), None)
    return out


def cluster_pages(reports: pd.DataFrame) -> dict[str, list[str]]:
    """The pages of the cluster reports (:func:`compute_above_reports`): a cluster of the registry → its reports'
    documents; a report whose title names no cluster has a page of its own, keyed by its document."""
    pages: dict[str, list[str]] = {}
    for r in reports.itertuples():
        pages.setdefault(r.cluster_id if isinstance(r.cluster_id, str) else r.doc, []).append(r.doc)
    return pages


def compute_cluster_reports(documents: pd.DataFrame, clusters: pd.DataFrame, cluster: str) -> pd.DataFrame:
    """The reports of one cluster page (a key of :func:`cluster_pages`: a cluster_id, or the document of a report
    whose title names no cluster). ``ValueError`` naming the pages there are when the build has no such report."""
    reports = compute_above_reports(documents, clusters)
    pages = cluster_pages(reports)
    if cluster not in pages:
        raise ValueError(f"{cluster}: no cluster report of this cluster in the tables; "
                         f"cluster pages: {', '.join(pages) or 'none'}")
    return reports[reports["doc"].isin(pages[cluster])].reset_index(drop=True)


def compute_report_figures(measurements: pd.DataFrame, docs) -> pd.DataFrame:
    """The results the reports ``docs`` (a cluster's or the central union's) gave, as they said them (qualifier,
    estimate, unit, the sentence), one row per figure in catalogue order; ``doc`` is the first report it was read
    from. Columns: :data:`FIGURE_COLUMNS` (``combined`` always False, so the headline rule takes the rows as they
    are)."""
    from .scorecard import result_status

    wanted = set(docs)
    if "org_level" not in measurements or not wanted:
        return pd.DataFrame(columns=FIGURE_COLUMNS)
    above = measurements[measurements["org_level"].isin(ABOVE_LEVELS) & (measurements["role"] == "result")]
    first = [next((d for d in str(ds).split("; ") if d in wanted), None) for ds in above["docs"]]
    above = above.assign(doc=first)
    above = above[above["doc"].notna()]
    if above.empty:
        return pd.DataFrame(columns=FIGURE_COLUMNS)
    order = indicator_order()
    above = above.assign(_o=[order.get(i, (99, 999)) for i in above["indicator"]])
    above = above.sort_values(["doc", "_o", "value"], ascending=[True, True, False], kind="stable")
    out = above.reindex(columns=FIGURE_COLUMNS).reset_index(drop=True)
    out["status"] = [result_status(r) for _, r in above.iterrows()]
    out["combined"] = False
    return out
