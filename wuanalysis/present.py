"""DataFrames → great_tables tables, whole or folded, and the notebooks' setup. No file IO.

Every table has a fixed ``id`` (``GT(df, id="scorecard")``) so its HTML is the same run after run; every text
cell is escaped (great-tables escapes plain cells; the few cells built here as HTML escape their parts with
:func:`html.escape`). Words, numbers and money in words ("1.293 tỷ đồng") come from :mod:`.wording`, table
numbers from great-tables' locale of the page's language ("4.094", "12,5"). Charts are :mod:`.charts`; the
hand-written HTML of a page (title, headline cards, the targets section, the fold) is :mod:`.sections`.
"""
from __future__ import annotations

import functools
import html
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import pandas as pd
from great_tables import GT, loc, style

from . import wording
from .fonts import FONT_FAMILY, STATUS_COLOURS, enable_offline_charts
from .scorecard import is_missing
from .sections import corrected_html, html_folded, sentence_html
from .wording import (check_lang, format_figure, format_money, format_number, format_percent, format_values,
                      indicator_labels, labels, period_text, result_text, row_label, row_labels, unit_text)

if TYPE_CHECKING:
    from IPython.display import HTML


# ---------------------------------------------------------------- notebook setup


def setup_notebook(lang: str = "vi") -> None:
    """Everything a briefing notebook sets once: static SVG charts (:func:`enable_offline_charts`) and a short,
    stable plain-text form for tables (great-tables' own repr spells out its whole state with memory addresses,
    which would make every executed notebook differ from the last)."""
    enable_offline_charts(lang)
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython ships with ipykernel
        return
    shell = get_ipython()
    if shell is not None:
        shell.display_formatter.formatters["text/plain"].for_type(
            GT, lambda gt, printer, cycle: printer.text(f"<great_tables.GT id={gt._options.table_id.value!r}>"))


# ---------------------------------------------------------------- tables


def _table(data: pd.DataFrame, **kwargs) -> GT:
    """A great-tables table in the page's font (the shipped one, embedded in every page).

    great-tables writes its output one cell at a time (``iloc``) into a frame of pandas strings, and reads the
    input one cell at a time: on pandas' Arrow-backed strings each write copies the column (~85 µs a cell, ~1,300
    cells a page). The same strings held in Python objects (input as ``object``, output as the ``python`` string
    storage) give the same HTML, byte for byte, at a fraction of the cost."""
    _quicker_great_tables()
    text = {c: object for c in data.columns if isinstance(data[c].dtype, pd.StringDtype)}
    with pd.option_context("mode.string_storage", "python"):
        gt = GT(data.astype(text) if text else data, **kwargs)
    return gt.tab_options(table_font_names=[FONT_FAMILY, "Noto Sans", "Arial", "sans-serif"])


@functools.cache
def _quicker_great_tables() -> None:
    """Once per process, two of great-tables' (1.1) per-call costs made per-process, with the same output: its
    locale tables (package CSV files, read again by every ``fmt_number``: ~15 reads a page) read once, and its
    cell write into a pandas frame done with ``iat`` (one scalar; ``iloc`` costs ~7× more). Checked on
    great-tables 1.1 (``constraints.txt``); another version is left as it is (the tables are then slower, never
    different): tests/test_wording.py fails on the upgrade until these are checked against it."""
    import great_tables

    if not great_tables.__version__.startswith("1.1."):
        return
    from great_tables import _formats, _tbl_data

    for name in ("_get_locales_data", "_get_default_locales_data"):
        read = getattr(_formats, name, None)
        if callable(read):
            setattr(_formats, name, functools.cache(read))  # lists of rows, only ever filtered by their callers
    set_cell = getattr(_tbl_data, "_set_cell", None)
    if set_cell is not None and hasattr(set_cell, "register"):
        @set_cell.register(pd.DataFrame)
        def _set_pandas_cell(data: pd.DataFrame, row: int, column: str, value: Any) -> None:
            data.iat[row, data.columns.get_loc(column)] = value


def _number_formats(gt: GT, frame: pd.DataFrame, column: str, lang: str) -> GT:
    """Format ``column`` row by row after the row's unit class: money in words, counts with the locale."""
    money = [i for i, u in enumerate(frame["unit_class"]) if u == "vnd"]
    other = [i for i in range(len(frame)) if i not in set(money)]
    if other:
        gt = gt.fmt_number(columns=column, rows=other, decimals=2, drop_trailing_zeros=True, locale=lang)
    if money:
        # formatter output is inserted as HTML: format_money returns digits and words only
        gt = gt.fmt(lambda v: html.escape(format_money(v, lang)), columns=column, rows=money)
    return gt.sub_missing(columns=column, missing_text="")


def _note_text(row, lang: str) -> str:
    """A scorecard row's note: the values reports disagree on; a stated rate that the figures do not bear out."""
    notes = []
    if row.conflict:
        notes.append(f"{labels('word', lang)['conflict']}: "
                     f"{format_values(row.conflict_values, row.unit_class, row.unit, lang)}")
    if bool(getattr(row, "rate_mismatch", False)) and not is_missing(getattr(row, "computed_pct", None)):
        notes.append(wording.label("targets.rate_mismatch", lang, x=format_percent(row.computed_pct, lang)))
    if isinstance(getattr(row, "correction_note", None), str):
        notes.append(wording.label("word.corrected", lang, note=row.correction_note))
    return "; ".join(notes)


def _hedged_values(gt: GT, card: pd.DataFrame, lang: str) -> GT:
    """The value cells of hedged figures and estimates as the report said them ("trên 1.000 tỷ đồng", "ước
    1.129")."""
    estimate = card["estimate"].fillna(False).astype(bool) if "estimate" in card else pd.Series(False, card.index)
    hedged = card["qualifier"].notna() & (card["qualifier"] != "exact")
    for i in [k for k, (e, h) in enumerate(zip(estimate, hedged)) if e or h]:
        r = card.iloc[i]
        unit = r["unit"] if r["unit_class"] == "vnd" else None
        text = result_text(r["value"], r["unit_class"], unit, lang, qualifier=r["qualifier"],
                           estimate=bool(estimate.iloc[i]), quote=r.get("quote"))
        gt = gt.fmt(_always(html.escape(text)), columns="value", rows=[i])
    return gt


def _always(text: str) -> Callable[[Any], str]:
    """A cell formatter that writes ``text`` whatever the cell holds."""
    return lambda _value: text


def _rank_text(row, lang: str) -> str:
    w = labels("word", lang)
    parts = []
    # a rank of one ("1/1") says nothing: shown only when another province reported the same figure
    if not is_missing(row.rank_all) and row.n_all > 1:
        parts.append(f"{row.rank_all}/{row.n_all} {w['of_all']}")
    if not is_missing(row.rank_cluster) and row.n_cluster > 1:
        parts.append(f"{row.rank_cluster}/{row.n_cluster} {w['in_cluster']}")
    return "; ".join(parts)


def _previous_text(value, year, span, unit_class, unit, lang: str) -> str:
    if is_missing(value):
        return ""
    figure = format_figure(value, unit_class, unit, lang)
    return f"{figure} ({period_text(year, span, lang)})" if not is_missing(span) else figure


def table_scorecard(scorecard: pd.DataFrame, lang: str = "vi", id: str = "scorecard", title: str | None = None) -> GT:
    """The scorecard as a great-tables table grouped by topic: result, unit, target, achievement, status, previous
    period, same period last year, rank, sources and a conflict note. A merged province adds a province column."""
    lang = check_lang(lang)
    w, st = labels("word", lang), labels("status", lang)
    card = scorecard.reset_index(drop=True)
    merged = card["predecessor"].nunique() > 1 or bool(card["combined"].any())
    label = pd.Series(row_labels(card, lang), index=card.index)
    year = card["period_year"]
    shown = pd.DataFrame({
        "topic": [labels("topic", lang).get(t, t) for t in card["topic"]],
        "indicator": label.fillna(card["indicator"]),
        "predecessor": [f"{w['combined']}: {p}" if c else p for p, c in zip(card["predecessor"], card["combined"])],
        "value": card["value"], "unit_class": card["unit_class"],
        "unit": [("" if u == "vnd" and (not isinstance(n, str) or n == "VND") else (unit_text(n, lang) or ""))
                 for u, n in zip(card["unit_class"], card["unit"])],
        "target": card["target"], "achievement_pct": card["achievement_pct"],
        "status": [st.get(s, s) for s in card["status"]],
        "previous": [_previous_text(v, y, s, u, n, lang) for v, y, s, u, n in zip(
            card["previous_value"], card["previous_period_year"], card["previous_period_span"], card["unit_class"],
            card["unit"])],
        "last_year": [_previous_text(v, (None if is_missing(y) else int(y) - 1), s, u, n, lang)
                      for v, y, s, u, n in zip(
            card["previous_year_value"], year, card["period_span"], card["unit_class"], card["unit"])],
        "rank": [_rank_text(r, lang) for r in card.itertuples()],
        "n_sources": card["n_sources"],
        "note": [_note_text(r, lang) for r in card.itertuples()],
    })
    gt = _table(shown, groupname_col="topic", id=id)
    gt = _number_formats(gt, shown, "value", lang)
    gt = _hedged_values(gt, card, lang)
    gt = _number_formats(gt, shown, "target", lang)
    gt = gt.fmt_number(columns="achievement_pct", decimals=1, drop_trailing_zeros=True, pattern="{x}%", locale=lang)
    gt = gt.sub_missing(columns=["achievement_pct", "n_sources"], missing_text="")
    gt = gt.cols_hide(["unit_class"] + ([] if merged else ["predecessor"]))
    gt = gt.cols_label(indicator=w["indicator"], predecessor=w["predecessor"], value=w["value"], unit=w["unit"],
                       target=w["target"], achievement_pct=w["achievement"], status=w["status"], previous=w["previous"],
                       last_year=w["last_year"], rank=w["rank"], n_sources=w["sources"], note=w["note"])
    for status, colour in STATUS_COLOURS.items():
        rows = [i for i, s in enumerate(card["status"]) if s == status]
        if rows:
            gt = gt.tab_style(style.text(color=colour, weight="bold" if status == "exceeded" else "normal"),
                              loc.body(columns="status", rows=rows))
    gt = gt.tab_header(title=title or w["scorecard"])
    return gt.tab_options(table_font_size="14px", row_group_font_weight="bold", heading_align="left")


def html_scorecard(scorecard: pd.DataFrame, lang: str = "vi", id: str = "scorecard") -> HTML:
    """The full scorecard (:func:`table_scorecard`, grouped by topic) folded in ``<details>``; nothing for a
    province without figures of its own (no empty table to unfold)."""
    from IPython.display import HTML

    lang = check_lang(lang)
    if scorecard.empty:
        return HTML("")
    return html_folded(table_scorecard(scorecard, lang, id=id),
                       wording.label("word.full_scorecard", lang, n=len(scorecard)), "wu-scorecard")


def html_evidence(evidence: pd.DataFrame, lang: str = "vi", id: str = "evidence") -> HTML:
    """Each figure's quoted sentence and document (:func:`table_evidence`) folded in ``<details>``; nothing
    without figures."""
    from IPython.display import HTML

    lang = check_lang(lang)
    if evidence.empty:
        return HTML("")
    return html_folded(table_evidence(evidence, lang, id=id),
                       wording.label("word.full_evidence", lang, n=len(evidence)), "wu-evidence")


def html_data_notes(notes: pd.DataFrame, lang: str = "vi", id: str = "data-notes") -> HTML:
    """Conflicts, figures without targets and unreadable files (:func:`table_data_notes`) folded in
    ``<details>``; nothing when there is no note (no "(0)" to unfold)."""
    from IPython.display import HTML

    lang = check_lang(lang)
    if notes.empty:
        return HTML("")
    return html_folded(table_data_notes(notes, lang, id=id),
                       wording.label("word.full_notes", lang, n=len(notes)), "wu-notes")


def table_evidence(evidence: pd.DataFrame, lang: str = "vi", id: str = "evidence") -> GT:
    """Figure → quoted sentence (the figure marked, and a reviewer's correction under it) → document."""
    lang = check_lang(lang)
    w = labels("word", lang)
    ev = evidence.reset_index(drop=True)
    shown = pd.DataFrame({
        "indicator": row_labels(ev, lang),
        # a figure as the report said it, hedge and estimate kept ("hơn 215.000 lượt hội viên", "ước 1.129 hộ")
        "figure": [result_text(v, u, n, lang, qualifier=q, estimate=bool(e) if not is_missing(e) else False, quote=o)
                   if not is_missing(v) else f"{w['target']}: {format_figure(t, u, n, lang)}"
                   for v, t, u, n, q, e, o in zip(ev["value"], ev["target"], ev["unit_class"], ev["unit"],
                                                  ev.get("qualifier", [None] * len(ev)),
                                                  ev.get("estimate", [False] * len(ev)), ev["quote"])],
        "sentence": [sentence_html(s, q) + corrected_html(n, lang) for s, q, n in zip(
            ev["sentence"], ev["quote"], ev["correction_note"] if "correction_note" in ev else [None] * len(ev))],
        "document": [f"{t} ({d})" if isinstance(t, str) and t else (d or "") for t, d in zip(ev["title"], ev["doc"])],
    })
    gt = _table(shown, id=id)
    # the sentence cell is HTML built above from escaped parts; the other cells are escaped by great-tables
    gt = gt.fmt(lambda v: v, columns="sentence")
    gt = gt.cols_label(indicator=w["indicator"], figure=w["figure"], sentence=w["sentence"], document=w["document"])
    gt = gt.tab_header(title=w["evidence"]).tab_options(heading_align="left", table_font_size="13px")
    return gt.cols_width({"sentence": "55%"})


def _note_detail(kind: str, detail, values, n, of, lang: str) -> str:
    """A data note's detail in words: the values reports disagree on, how many figures lack a target; an issue's
    reason and detail as the build recorded them."""
    if kind == "conflict" and (isinstance(values, (list, tuple)) or hasattr(values, "__array__")):
        return wording.label("note_detail.conflict", lang, values="; ".join(format_number(v, lang) for v in values))
    if kind == "no_result":
        return wording.label("note_detail.no_result", lang)
    if kind == "no_target" and not is_missing(n):
        return wording.label("note_detail.no_target", lang, n=int(n), total=int(of))
    return "" if is_missing(detail) else str(detail)


def table_data_notes(notes: pd.DataFrame, lang: str = "vi", id: str = "data-notes") -> GT:
    """The notes of :func:`wuanalysis.page_data.compute_data_notes`, each kind and detail in words."""
    lang = check_lang(lang)
    w = labels("word", lang)
    shown = pd.DataFrame({
        "kind": [labels("note", lang).get(k, k) for k in notes["kind"]],
        "province": notes["province"].fillna(""),
        "indicator": [row_label(i, None, lang) if isinstance(i, str) else "" for i in notes["indicator"]],
        "detail": [_note_detail(*r, lang) for r in zip(notes["kind"], notes["detail"], notes["values"], notes["n"],
                                                        notes["of"])],
        "doc": notes["doc"].fillna(""),
    })
    gt = _table(shown, id=id).cols_label(kind=w["kind"], province=w["province"], indicator=w["indicator"],
                                     detail=w["detail"], doc=w["document"])
    return gt.tab_header(title=w["notes"]).tab_options(heading_align="left")


def table_coverage(coverage: pd.DataFrame, lang: str = "vi", id: str = "coverage") -> GT:
    lang = check_lang(lang)
    w = labels("word", lang)
    shown = coverage[["province", "province_2025", "n_documents", "periods", "n_indicators", "n_with_rate",
                      "n_conflicts"]].copy()
    # a province whose reports hold no figure of the catalogue says so, not an empty cell
    shown["latest"] = [period_text(y, s, lang) if isinstance(s, str) else w["no_data"] if not n else "" for y, s, n in
                       zip(coverage["latest_year"], coverage["latest_span"], coverage["n_indicators"])]
    shown["periods"] = [", ".join(period_text(*_split_period(p), lang) for p in str(ps).split("; ") if p)
                        for ps in coverage["periods"].fillna("")]
    return _table(shown, id=id).cols_label(
        province=w["province"], province_2025=w["province_2025"], n_documents=w["n_documents"], periods=w["periods"],
        n_indicators=w["n_indicators"], n_with_rate=w["n_with_rate"], n_conflicts=w["n_conflicts"], latest=w["period"],
    ).sub_missing(missing_text="").tab_header(title=w["coverage"]).tab_options(heading_align="left")


def _split_period(code: str) -> tuple[int | None, str]:
    """"2023:6m" → (2023, "6m")."""
    year, _, span = code.partition(":")
    return (int(year) if year else None), span


def table_topics(topics: pd.DataFrame, lang: str = "vi", id: str = "topics") -> GT:
    lang = check_lang(lang)
    labels = {t: labels("topic", lang).get(t, t) for t in topics.columns if t != "province"}
    return _table(topics, id=id).cols_label(province=wording.label("word.province", lang), **labels).tab_header(
        title=wording.label("word.topics", lang)).tab_options(heading_align="left")


def table_rankings(rankings: pd.DataFrame, lang: str = "vi", id: str = "rankings") -> GT:
    lang = check_lang(lang)
    w = labels("word", lang)
    shown = pd.DataFrame({
        "indicator": indicator_labels(rankings["indicator"], lang),
        "period": [period_text(y, s, lang) for y, s in zip(rankings["period_year"], rankings["period_span"])],
        "province": rankings["province"], "value": rankings["value"],
        "unit": [unit_text(u, lang) or "" for u in rankings["unit"]],
        "rank": [f"{r}/{n}" for r, n in zip(rankings["rank"], rankings["n"])],
    })
    gt = _table(shown, groupname_col="indicator", id=id)
    gt = gt.fmt_number(columns="value", decimals=2, drop_trailing_zeros=True, locale=lang)
    gt = gt.cols_label(period=w["period"], province=w["province"], value=w["value"], unit=w["unit"], rank=w["rank"])
    return gt.tab_header(title=w["rankings"]).tab_options(heading_align="left")


def table_achievement(achievement: pd.DataFrame, lang: str = "vi", id: str = "achievement",
                      title: str | None = None) -> GT:
    lang = check_lang(lang)
    w, st = labels("word", lang), labels("status", lang)
    a = achievement.reset_index(drop=True)
    shown = pd.DataFrame({
        "province": a["province"],
        "period": [period_text(y, s, lang) for y, s in zip(a["period_year"], a["period_span"])],
        "indicator": row_labels(a, lang),
        "figure": [result_text(v, c if isinstance(c, str) else ("vnd" if u == "VND" else "count"), u, lang,
                               qualifier=q, quote=t)
                   for v, u, c, q, t in zip(a["value"], a["unit"], a.get("unit_class", [None] * len(a)),
                                            a.get("qualifier", [None] * len(a)), a.get("quote", [None] * len(a)))],
        "achievement_pct": a["achievement_pct"], "status": [st.get(s, s) for s in a["status"]],
    })
    gt = _table(shown, id=id).fmt_number(columns="achievement_pct", decimals=1, drop_trailing_zeros=True,
                                         pattern="{x}%",
                                     locale=lang)
    gt = gt.cols_label(province=w["province"], period=w["period"], indicator=w["indicator"], figure=w["value"],
                       achievement_pct=w["achievement"], status=w["status"])
    return gt.tab_header(title=title or w["strongest"]).tab_options(heading_align="left")


def table_conflicts(conflicts: pd.DataFrame, lang: str = "vi", id: str = "conflicts") -> GT:
    lang = check_lang(lang)
    w = labels("word", lang)
    c = conflicts.reset_index(drop=True)
    shown = pd.DataFrame({
        "province": c["province"].fillna(""),
        "period": [period_text(y, s, lang) for y, s in zip(c["period_year"], c["period_span"])],
        "indicator": indicator_labels(c["indicator"], lang),
        # a money figure in tỷ / billion ("12,1 tỷ đồng"), a count with its unit in the page's language
        "figure": [format_figure(v, "vnd" if u == "VND" else "count", u, lang) for v, u in zip(c["value"], c["unit"])],
        "quote": c["quote"].fillna(""), "doc": c["docs"].fillna(""),
    })
    gt = _table(shown, id=id).cols_label(province=w["province"], period=w["period"], indicator=w["indicator"],
                                     figure=w["figure"], quote=w["sentence"], doc=w["document"])
    return gt.tab_header(title=w["conflicts"]).tab_options(heading_align="left")


def table_target_overview(grid: pd.DataFrame, lang: str = "vi", id: str = "target-overview") -> GT:
    """Provinces × targets (:func:`wuanalysis.comparisons.compute_target_overview`): per province how many of
    its targets and stated rates are met, below, in progress or without data, and which are below."""
    lang = check_lang(lang)
    w, out = labels("word", lang), labels("outcome", lang)
    rows = []
    for province, g in grid.groupby("province", sort=True):
        below = g[g["outcome"] == "below"]
        rows.append({"province": province, **{k: int((g["outcome"] == k).sum()) for k in out},
                     "below_list": "; ".join(
                         f"{row_label(i, r, lang)} ({format_percent(a, lang)})" if not is_missing(a)
                         else row_label(i, r, lang)
                         for i, r, a in zip(below["indicator"], below["rate_label"], below["achievement_pct"]))})
    shown = pd.DataFrame(rows, columns=["province", *out, "below_list"])
    gt = _table(shown, id=id).cols_label(cases={"province": w["province"],
                                                "below_list": wording.label("targets.below_list", lang), **out})
    return gt.tab_header(title=wording.label("targets.overview", lang)).tab_options(heading_align="left")


def _local_figure(r, lang: str) -> str:
    """A local figure as the report said it; a target marked as one and said as one ("Chỉ tiêu: 30 hộ", "Chỉ
    tiêu: 5 hộ mỗi cơ sở Hội")."""
    if getattr(r, "role", "result") == "target":
        text = wording.target_text(r.value, r.qualifier, r.unit_class, r.unit, getattr(r, "target_cadence", None),
                                   getattr(r, "target_basis", None), getattr(r, "target_period", None), lang)
        return f'{wording.label("targets.target", lang)}: {text}'
    return result_text(r.value, r.unit_class, r.unit, lang, qualifier=r.qualifier, estimate=r.estimate, quote=r.quote)


def _local_period(r, lang: str) -> str:
    """A local figure's period: its report's; a target's, the period it is set for ("Năm 2025, … phấn đấu kết nạp
    1.000 hội viên" in the review of 2024 is 2025's; a term as written, "2025-2030")."""
    period = getattr(r, "target_period", None) if getattr(r, "role", "result") == "target" else None
    if isinstance(period, str) and period.strip():
        return period_text(int(period), "year", lang) if period.strip().isdecimal() else period.strip()
    return period_text(r.period_year, r.period_span, lang)


def table_local_reports(local: pd.DataFrame, lang: str = "vi", id: str = "local-reports") -> GT | HTML:
    """The figures of a province's districts, cities, communes and wards
    (:func:`wuanalysis.page_data.compute_local_reports`): place, period, what, figure and the sentence, grouped by
    place. Nothing (an empty HTML object) when the province has none."""
    lang = check_lang(lang)
    if local.empty:
        from IPython.display import HTML

        return HTML("")
    w = labels("word", lang)
    shown = pd.DataFrame({
        "place": local["place"].fillna(""),
        "period": [_local_period(r, lang) for r in local.itertuples()],
        "indicator": row_labels(local, lang),
        "figure": [_local_figure(r, lang) for r in local.itertuples()],
        "sentence": [sentence_html(s, q) for s, q in zip(local["sentence"], local["quote"])],
    }, columns=["place", "period", "indicator", "figure", "sentence"])
    gt = _table(shown, groupname_col="place", id=id).fmt(lambda v: v, columns="sentence")
    gt = gt.cols_label(period=w["period"], indicator=w["indicator"], figure=w["figure"], sentence=w["sentence"])
    return gt.tab_header(title=w["local_reports"]).tab_options(heading_align="left", table_font_size="13px")


def html_local_reports(local: pd.DataFrame, lang: str = "vi", id: str = "local-reports",
                       open_: bool = False) -> HTML:
    """The district and commune figures (:func:`table_local_reports`) folded in ``<details>``: never the
    province's own figures, one click away (``open_``: unfolded, when they are the only figures of the page);
    nothing when the province has none."""
    from IPython.display import HTML

    lang = check_lang(lang)
    if local.empty:
        return HTML("")
    return html_folded(table_local_reports(local, lang, id=id),
                       wording.label("word.full_local", lang, n=len(local)), "wu-local", open_=open_)


# ---------------------------------------------------------------- reports above the province


def _report_names(reports: pd.DataFrame, lang: str) -> dict[str, str]:
    """Each report's line for a group row: its title (the report's words, quoted in English), period and date."""
    names = {}
    for r in reports.itertuples():
        parts = [wording.quoted(str(r.title), lang) if isinstance(r.title, str) else str(r.doc),
                 period_text(r.period_year, r.period_span, lang), wording.date_text(r.published, lang)]
        names[r.doc] = " · ".join(p for p in parts if p)
    return names


def table_report_figures(figures: pd.DataFrame, reports: pd.DataFrame, lang: str = "vi", id: str = "report-figures",
                         title: str | None = None, by_report: bool | None = None) -> GT:
    """The figures of reports above the province (:func:`wuanalysis.page_data.compute_report_figures`): what, the
    figure as the report said it ("trên 3 tỷ đồng", "ước …") and the sentence it was read from; grouped by report
    (:func:`wuanalysis.page_data.compute_above_reports` names them) when ``by_report``, by default when there are
    several."""
    lang = check_lang(lang)
    w = labels("word", lang)
    names = _report_names(reports, lang)
    shown = pd.DataFrame({
        "report": [names.get(d, str(d)) for d in figures["doc"]],
        "indicator": row_labels(figures, lang),
        "figure": [result_text(v, u, n, lang, qualifier=q, estimate=bool(e), quote=t) for v, u, n, q, e, t in zip(
            figures["value"], figures["unit_class"], figures["unit"], figures["qualifier"],
            figures["estimate"].fillna(False), figures["quote"])],
        # the report's own words: between “ ” on a page in another language
        "sentence": [wording.quoted(sentence_html(s, q), lang) for s, q in zip(figures["sentence"], figures["quote"])],
    }, columns=["report", "indicator", "figure", "sentence"])
    grouped = shown["report"].nunique() > 1 if by_report is None else by_report
    gt = _table(shown if grouped else shown.drop(columns="report"), groupname_col="report" if grouped else None,
                id=id).fmt(lambda v: v, columns="sentence")
    gt = gt.cols_label(indicator=w["indicator"], figure=w["figure"], sentence=w["sentence"])
    if title:
        gt = gt.tab_header(title=title)
    return gt.tab_options(heading_align="left", table_font_size="13px")


def html_central_reports(reports: pd.DataFrame, figures: pd.DataFrame, lang: str = "vi",
                         id: str = "central-reports") -> HTML:
    """The overview's section of the central union's reports: a heading, that their figures are no province's,
    and their figures by report (:func:`table_report_figures`); nothing when the build has none."""
    from IPython.display import HTML

    lang = check_lang(lang)
    if reports.empty:
        return HTML("")
    head = (f'<h2 style="font-size:1.25em">{html.escape(wording.label("central.heading", lang))}</h2>'
            f'<p>{html.escape(wording.label("central.scope", lang))}</p>')
    if figures.empty:
        return HTML(head + f"<p>{html.escape(wording.label('word.no_data', lang))}</p>")
    return HTML(head + table_report_figures(figures, reports, lang, id=id, by_report=True).as_raw_html())
