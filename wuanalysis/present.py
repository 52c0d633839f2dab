"""DataFrames → great_tables tables and Altair charts. No file IO.

Every table has a fixed ``id`` (``GT(df, id="scorecard")``) so its HTML is the same run after run; every text
cell is escaped (great-tables escapes plain cells; the few cells built here as HTML escape their parts with
:func:`html.escape`). Words, numbers and money in words ("1.293 tỷ đồng") come from :mod:`.wording`, table
numbers from great-tables' locale of the page's language ("4.094", "12,5"). Charts are drawn to static SVG by
vl-convert in the shipped font (:mod:`.fonts`): no script, no CDN, byte-identical run to run.
"""
from __future__ import annotations

import html

import altair as alt
import pandas as pd
from great_tables import GT, loc, style

from . import wording
# Some names are imported to be found here too (notebooks and users' code have used present.format_figure,
# present.enable_offline_charts, present.FONT_FAMILY, …): hence the noqa.
from .fonts import (FONT_FAMILY, FONT_STACK, enable_offline_charts, font_dir, font_face_css,  # noqa: F401
                    register_chart_font)
from .scorecard import is_missing
from .wording import (check_lang, format_figure, format_money, format_number, format_percent,  # noqa: F401
                      format_values, indicator_labels, labels, period_text, result_text, row_label, target_text,
                      unit_text)

STATUS_COLOURS = {"exceeded": "#1a7f37", "achieved": "#4c9a2a", "below": "#d4700a", "no_target": "#8c8c8c",
                  "no_result": "#8c8c8c", "in_progress": "#0b6e99", "no_data": "#8c8c8c", "not_comparable": "#8c8c8c"}


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
    """A great-tables table in the page's font (the shipped one, embedded in every page)."""
    return GT(data, **kwargs).tab_options(table_font_names=[FONT_FAMILY, "Noto Sans", "Arial", "sans-serif"])


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
        gt = gt.fmt(lambda v, text=text: html.escape(text), columns="value", rows=[i])
    return gt


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
    rate_label = card["rate_label"] if "rate_label" in card else pd.Series(None, index=card.index, dtype=object)
    label = pd.Series([row_label(i, r, lang) for i, r in zip(card["indicator"], rate_label)], index=card.index)
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


def html_folded(table: GT, summary: str, css_class: str):
    """A table folded in a ``<details>`` element under a one-line ``summary``: one click away, without
    JavaScript, so the page opens on the targets and the headline cards."""
    from IPython.display import HTML

    return HTML(f'<details class="{html.escape(css_class)}" style="margin:1em 0">'
                f'<summary style="cursor:pointer;font-size:1.15em;font-weight:600;padding:.4em 0">'
                f'{html.escape(summary)}</summary>{table.as_raw_html()}</details>')


def html_scorecard(scorecard: pd.DataFrame, lang: str = "vi", id: str = "scorecard"):
    """The full scorecard (:func:`table_scorecard`, grouped by topic) folded in ``<details>``."""
    lang = check_lang(lang)
    return html_folded(table_scorecard(scorecard, lang, id=id),
                       wording.label("word.full_scorecard", lang, n=len(scorecard)), "wu-scorecard")


def html_evidence(evidence: pd.DataFrame, lang: str = "vi", id: str = "evidence"):
    """Each figure's quoted sentence and document (:func:`table_evidence`) folded in ``<details>``."""
    lang = check_lang(lang)
    return html_folded(table_evidence(evidence, lang, id=id),
                       wording.label("word.full_evidence", lang, n=len(evidence)), "wu-evidence")


def html_data_notes(notes: pd.DataFrame, lang: str = "vi", id: str = "data-notes"):
    """Conflicts, figures without targets and unreadable files (:func:`table_data_notes`) folded in
    ``<details>``."""
    lang = check_lang(lang)
    return html_folded(table_data_notes(notes, lang, id=id),
                       wording.label("word.full_notes", lang, n=len(notes)), "wu-notes")


def html_headlines(headlines: pd.DataFrame, lang: str = "vi"):
    """Headline figures as cards (an IPython HTML object; every text escaped)."""
    from IPython.display import HTML

    lang = check_lang(lang)
    st = labels("status", lang)
    cards = []
    rate_label = headlines["rate_label"] if "rate_label" in headlines else [None] * len(headlines)
    names = [row_label(i, r, lang) for i, r in zip(headlines["indicator"], rate_label)]
    for r, label in zip(headlines.itertuples(), names):
        rate = (f'<div class="wu-rate" style="color:{STATUS_COLOURS.get(r.status, "#333")}">'
                f'{html.escape(format_percent(r.achievement_pct, lang))} · '
                f'{html.escape(st.get(r.status, r.status))}</div>'
                if not is_missing(r.achievement_pct) else "")
        who = f'<div class="wu-who">{html.escape(str(r.predecessor))}</div>' if getattr(r, "combined", False) else ""
        figure = result_text(r.value, r.unit_class, r.unit, lang, qualifier=getattr(r, "qualifier", None),
                             quote=getattr(r, "quote", None),
                             estimate=bool(getattr(r, "estimate", False)))
        cards.append(
            # four cards side by side in 1280 px, short enough to end on the first screen with the targets
            '<div class="wu-card" style="display:inline-block;vertical-align:top;width:220px;margin:0 12px 8px 0;'
            'padding:10px 14px;border:1px solid #d0d7de;border-radius:8px;background:#f6f8fa">'
            f'<div class="wu-value" style="font-size:22px;font-weight:600;line-height:1.25">'
            f'{html.escape(figure)}</div>'
            f'<div class="wu-label" style="font-size:14px;color:#444">{html.escape(str(label))}</div>{rate}{who}</div>'
        )
    heading = f'<h2 style="font-size:1.25em">{html.escape(wording.label("word.headlines", lang))}</h2>'
    if not cards:
        cards.append(f"<p>{html.escape(wording.label('word.no_data', lang))}</p>")
    return HTML(heading + '<div class="wu-headlines">' + "".join(cards) + "</div>")


def _sentence_html(sentence, quote) -> str:
    """The sentence with its quoted figure marked; every part escaped."""
    if not isinstance(sentence, str):
        return ""
    quote = quote if isinstance(quote, str) else ""
    at = sentence.find(quote) if quote else -1
    if at < 0:
        return html.escape(sentence)
    return (html.escape(sentence[:at]) + "<mark>" + html.escape(quote) + "</mark>"
            + html.escape(sentence[at + len(quote):]))


def table_evidence(evidence: pd.DataFrame, lang: str = "vi", id: str = "evidence") -> GT:
    """Figure → quoted sentence (the figure marked) → document."""
    lang = check_lang(lang)
    w = labels("word", lang)
    ev = evidence.reset_index(drop=True)
    rate_label = ev["rate_label"] if "rate_label" in ev else [None] * len(ev)
    label = [row_label(i, r, lang) for i, r in zip(ev["indicator"], rate_label)]
    shown = pd.DataFrame({
        "indicator": label,
        "figure": [format_figure(v, u, n, lang) if not is_missing(v)
                   else f"{w['target']}: {format_figure(t, u, n, lang)}"
                   for v, t, u, n in zip(ev["value"], ev["target"], ev["unit_class"], ev["unit"])],
        "sentence": [_sentence_html(s, q) for s, q in zip(ev["sentence"], ev["quote"])],
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
    """The notes of :func:`wuanalysis.scorecard.compute_data_notes`, each kind and detail in words."""
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
    shown["latest"] = [period_text(y, s, lang) if isinstance(s, str) else "" for y, s in
                       zip(coverage["latest_year"], coverage["latest_span"])]
    shown["periods"] = [", ".join(period_text(*_split_period(p), lang) for p in str(ps).split("; ") if p)
                        for ps in coverage["periods"].fillna("")]
    return _table(shown, id=id).cols_label(
        province=w["province"], province_2025=w["province_2025"], n_documents=w["n_documents"], periods=w["periods"],
        n_indicators=w["n_indicators"], n_with_rate=w["n_with_rate"], n_conflicts=w["n_conflicts"], latest=w["period"],
    ).sub_missing(missing_text="").tab_header(title=w["coverage"]).tab_options(heading_align="left")


def _split_period(code: str) -> tuple:
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


def _achievement_names(a: pd.DataFrame, lang: str) -> list[str]:
    """Each rate's name: the indicator's, or a stated rate's own clause ("Hoạt động đối thoại chính sách")."""
    rate_label = a["rate_label"] if "rate_label" in a else [None] * len(a)
    return [row_label(i, r, lang) for i, r in zip(a["indicator"], rate_label)]


def table_achievement(achievement: pd.DataFrame, lang: str = "vi", id: str = "achievement",
                      title: str | None = None) -> GT:
    lang = check_lang(lang)
    w, st = labels("word", lang), labels("status", lang)
    a = achievement.reset_index(drop=True)
    shown = pd.DataFrame({
        "province": a["province"],
        "period": [period_text(y, s, lang) for y, s in zip(a["period_year"], a["period_span"])],
        "indicator": _achievement_names(a, lang),
        "figure": [format_figure(v, "count", u, lang) for v, u in zip(a["value"], a["unit"])],
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


# ---------------------------------------------------------------- the targets section

_CELL = 'style="padding:4px 8px;border-bottom:1px solid #e5e7eb;vertical-align:top;text-align:left"'


def _period_of(row) -> str:
    if isinstance(row.period, str) and row.period:
        return row.period
    return period_text(row.result_period_year, row.result_period_span, "vi") if isinstance(
        row.result_period_span, str) else ""


def _result_cell(row, lang: str) -> str:
    """The latest result as the report said it, its period, the term's sum so far and the pace."""
    if is_missing(row.result_value):
        return ""
    unit_class = row.result_unit_class if isinstance(row.result_unit_class, str) else row.unit_class
    unit = row.result_unit if isinstance(row.result_unit, str) else row.unit
    text = html.escape(result_text(row.result_value, unit_class, unit, lang, estimate=row.estimate))
    if isinstance(row.result_period_span, str):
        when = period_text(row.result_period_year, row.result_period_span, lang)
        text += f' <span style="color:#666">({html.escape(when)})</span>'
    if row.link == "term_to_date" and not is_missing(row.compared_value) and row.compared_value != row.result_value:
        summed = format_figure(row.compared_value, unit_class, unit, lang)
        text += "<br>" + html.escape(wording.label("targets.to_date", lang, x=summed))
    if not is_missing(row.elapsed_pct) and not is_missing(row.on_pace):
        key = "targets.on_pace" if bool(row.on_pace) else "targets.behind"
        text += "<br>" + html.escape(wording.label(key, lang, elapsed=format_percent(round(row.elapsed_pct), lang)))
    return text


def _status_cell(row, lang: str) -> str:
    st = labels("status", lang)
    colour = STATUS_COLOURS.get(row.status, "#333")
    text = f'<span style="color:{colour};font-weight:600">{html.escape(st.get(row.status, str(row.status)))}</span>'
    if bool(row.rate_mismatch) and not is_missing(row.computed_pct):
        text += "<br>" + html.escape(wording.label("targets.rate_mismatch", lang,
                                                   x=format_percent(row.computed_pct, lang)))
    return text


def _sentences_cell(row, lang: str) -> str:
    """Both sentences, the target's and the result's, a click away (``<details>``; no script)."""
    parts = []
    for key, sentence, doc in (("targets.target_sentence", row.sentence, row.doc),
                               ("targets.result_sentence", row.result_sentence, row.result_docs)):
        if isinstance(sentence, str) and sentence:
            where = f' <span style="color:#666">({html.escape(str(doc).split("; ")[0])})</span>' if isinstance(
                doc, str) and doc else ""
            parts.append(f"<p style=\"margin:4px 0\"><b>{html.escape(wording.label(key, lang))}</b> "
                         f"{html.escape(sentence)}{where}</p>")
    if not parts:
        return ""
    return (f'<details class="wu-quote"><summary style="cursor:pointer;color:#0b6e99">'
            f'{html.escape(wording.label("targets.show", lang))}'
            f'</summary>{"".join(parts)}</details>')


def _target_words(sentence, limit: int = 90) -> str:
    """A target without an indicator is named by its own words: its sentence without the list marker, cut short."""
    if not isinstance(sentence, str):
        return ""
    text = sentence.strip().lstrip("-+•*–").strip().rstrip(".;")
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


def targets_summary(section: pd.DataFrame) -> dict[str, int]:
    """How many rows of a targets section are met, below, in progress and without data."""
    from .scorecard import OUTCOMES

    counts = dict.fromkeys(("met", "below", "in_progress", "no_data"), 0)
    for status in section["status"]:
        counts[OUTCOMES.get(status, "no_data")] += 1
    return counts


def html_targets(section: pd.DataFrame, lang: str = "vi", province: str | None = None):
    """The briefing's first section (:func:`wuanalysis.scorecard.compute_targets_section`): a one-line count
    (met, below, in progress, no data), then one line per target — what it is, the target as the report said it
    ("ít nhất 2.500 hội viên/năm"), its period, the latest result (marked "ước" when an estimate), achievement,
    status and pace — and both sentences a click away. On the page of ``province``, a row of another province
    (a predecessor of a merged 2025 province) names it. Every text escaped; no script."""
    from IPython.display import HTML

    lang = check_lang(lang)
    w = labels("word", lang)
    title = f'<h2 style="font-size:1.25em;margin:8px 0 4px">{html.escape(wording.label("targets.title", lang))}</h2>'
    if section.empty:
        return HTML(f'<div class="wu-targets">{title}<p>{html.escape(wording.label("targets.none", lang))}</p></div>')
    summary = html.escape(wording.label("targets.summary", lang, **targets_summary(section)))
    head = [w["indicator"], wording.label("targets.target", lang), wording.label("targets.period", lang),
            wording.label("targets.result", lang), w["achievement"], w["status"], wording.label("targets.source", lang)]
    lines = []
    for kind in ("target", "stated"):
        rows = section[section["kind"] == kind]
        if rows.empty:
            continue
        if kind == "stated":
            lines.append(f'<tr><td colspan="7" {_CELL}><b>{html.escape(wording.label("targets.stated", lang))}'
                         f'</b></td></tr>')
        for r in rows.itertuples():
            target = target_text(r.value, r.qualifier, r.unit_class, r.unit, r.cadence, r.basis, r.period, lang)
            name = row_label(r.indicator, r.rate_label, lang, fallback=_target_words(r.sentence))
            if province is not None and isinstance(r.province, str) and r.province != province:
                name = f"{name} ({r.province})"
            cells = [html.escape(name),
                     html.escape(target),
                     html.escape(_period_of(r) if kind == "target" else ""), _result_cell(r, lang),
                     html.escape(format_percent(r.achievement_pct, lang)), _status_cell(r, lang),
                     _sentences_cell(r, lang)]
            lines.append("<tr>" + "".join(f"<td {_CELL}>{c}</td>" for c in cells) + "</tr>")
    widths = "".join(f'<col style="width:{w}%">' for w in (25, 15, 9, 17, 10, 11, 13))
    table = ('<table class="wu-targets-table" style="border-collapse:collapse;font-size:14px;width:100%">'
             f'<colgroup>{widths}</colgroup><thead><tr>'
             + "".join(f'<th {_CELL}>{html.escape(h)}</th>' for h in head) + '</tr></thead>'
             '<tbody>' + "".join(lines) + '</tbody></table>')
    return HTML(f'<div class="wu-targets">{title}<p style="margin:0 0 6px">{summary}</p>{table}</div>')


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
    gt = _table(shown, id=id).cols_label(province=w["province"], below_list=wording.label("targets.below_list", lang),
                                         **out)
    return gt.tab_header(title=wording.label("targets.overview", lang)).tab_options(heading_align="left")


def table_local_reports(local: pd.DataFrame, lang: str = "vi", id: str = "local-reports"):
    """The figures of a province's districts, cities, communes and wards
    (:func:`wuanalysis.scorecard.compute_local_reports`): place, period, what, figure and the sentence, grouped by
    place. Nothing (an empty HTML object) when the province has none."""
    lang = check_lang(lang)
    if local.empty:
        from IPython.display import HTML

        return HTML("")
    w = labels("word", lang)
    shown = pd.DataFrame({
        "place": local["place"].fillna(""),
        "period": [period_text(y, s, lang) for y, s in zip(local["period_year"], local["period_span"])],
        "indicator": [row_label(i, r, lang) for i, r in zip(local["indicator"], local["rate_label"])],
        "figure": [result_text(v, u, n, lang, qualifier=q, estimate=e, quote=t) for v, u, n, q, e, t in zip(
            local["value"], local["unit_class"], local["unit"], local["qualifier"], local["estimate"],
            local["quote"])],
        "sentence": [_sentence_html(s, q) for s, q in zip(local["sentence"], local["quote"])],
    }, columns=["place", "period", "indicator", "figure", "sentence"])
    gt = _table(shown, groupname_col="place", id=id).fmt(lambda v: v, columns="sentence")
    gt = gt.cols_label(period=w["period"], indicator=w["indicator"], figure=w["figure"], sentence=w["sentence"])
    return gt.tab_header(title=w["local_reports"]).tab_options(heading_align="left", table_font_size="13px")


def html_local_reports(local: pd.DataFrame, lang: str = "vi", id: str = "local-reports"):
    """The district and commune figures (:func:`table_local_reports`) folded in ``<details>``: never the
    province's own figures, one click away; nothing when the province has none."""
    from IPython.display import HTML

    lang = check_lang(lang)
    if local.empty:
        return HTML("")
    return html_folded(table_local_reports(local, lang, id=id),
                       wording.label("word.full_local", lang, n=len(local)), "wu-local")


# ---------------------------------------------------------------- charts


def _empty_chart(text: str) -> alt.Chart:
    return alt.Chart(pd.DataFrame({"t": [text]})).mark_text(fontSize=14, color="#666").encode(text="t:N").properties(
        width=400, height=40)


def chart_achievement(scorecard: pd.DataFrame, lang: str = "vi") -> alt.LayerChart | alt.Chart | None:
    """Achievement rate per indicator as bars against a rule at 100 %, coloured by status; ``None`` (nothing
    shown) without any rate."""
    lang = check_lang(lang)
    w = labels("word", lang)
    card = scorecard[scorecard["achievement_pct"].notna()]
    if card.empty:
        return None  # nothing to draw: the targets section already says no rate was reported
    several = card["predecessor"].nunique() > 1  # a merged province: say whose rate each bar is
    rate_label = card["rate_label"] if "rate_label" in card else [None] * len(card)
    names = [row_label(i, r, lang) for i, r in zip(card["indicator"], rate_label)]
    label = [f"{lab} ({p})" if several else lab for lab, p in zip(names, card["predecessor"])]
    # labelLimit 0: the whole label, the chart widens to hold it (a clipped "Lớp tập huấn, bồi…" says nothing)
    bars, rule = _achievement_bars(label, card["achievement_pct"], card["status"], lang, label_limit=0)
    text = bars.mark_text(align="left", dx=3).encode(text=alt.Text("achievement:Q", format=",.1~f"),
                                                     color=alt.value("#333"))
    return (bars + text + rule).properties(width=420, height=alt.Step(26), title=w["achievement_chart"])


def _achievement_bars(label, achievement, status, lang: str, label_limit: int) -> tuple[alt.Chart, alt.Chart]:
    """Bars of achievement rates coloured by status, and the dashed rule at 100 % they are read against."""
    w, words = labels("word", lang), labels("status", lang)
    data = pd.DataFrame({"label": list(label), "achievement": pd.Series(achievement).astype(float).to_numpy(),
                         "status": [words.get(s, s) for s in status]})
    shown = ("exceeded", "achieved", "below") + (("in_progress",) if "in_progress" in set(status) else ())
    bars = alt.Chart(data).mark_bar().encode(
        y=alt.Y("label:N", sort="-x", title=None, axis=alt.Axis(labelLimit=label_limit)),
        x=alt.X("achievement:Q", title=w["achievement_chart"], scale=alt.Scale(domainMin=0)),
        color=alt.Color("status:N", scale=alt.Scale(domain=[words[s] for s in shown],
                                                    range=[STATUS_COLOURS[s] for s in shown]), title=w["status"]),
    )
    rule = alt.Chart(pd.DataFrame({"x": [100.0]})).mark_rule(color="#222", strokeDash=[4, 3], size=2).encode(x="x:Q")
    return bars, rule


def _wrapped(names, width: int = 38) -> list[str]:
    """Panel titles broken into lines of at most ``width`` characters ("\n" between them; the header's
    labelExpr splits there), so a long name wraps instead of being cut with "…"."""
    import textwrap

    return ["\n".join(textwrap.wrap(str(n), width)) or str(n) for n in names]


# A panel header drawn on several lines (Vega draws an array of strings one per line), never cut
_HEADER = {"labelLimit": 0, "labelExpr": "split(datum.label, '\\n')"}


def chart_cluster(comparison: pd.DataFrame, lang: str = "vi") -> alt.Chart | None:
    """The province's figure beside the other provinces of its cluster, one small panel per indicator; ``None``
    (nothing shown) unless two or more provinces have figures."""
    lang = check_lang(lang)
    w = labels("word", lang)
    if comparison.empty or comparison["province"].nunique() < 2:
        return None  # a province alone is no comparison: the page shows no chart
    data = pd.DataFrame({
        "indicator": _wrapped(indicator_labels(comparison["indicator"], lang)),
        "province": comparison["province"], "value": comparison["value"].astype(float),
        "who": [w["self"] if s else w["others"] for s in comparison["is_self"]],
    })
    base = alt.Chart(data).mark_bar().encode(
        y=alt.Y("province:N", title=None, sort="-x"),
        x=alt.X("value:Q", title=None,
                axis=alt.Axis(format=wording.label("chart.axis_format", lang), labelOverlap=True)),
        color=alt.Color("who:N", scale=alt.Scale(domain=[w["self"], w["others"]], range=["#0b6e99", "#b8c4cc"]),
                        title=None),
    ).properties(width=260, height=alt.Step(18))
    return base.facet(facet=alt.Facet("indicator:N", title=None, header=alt.Header(**_HEADER),
                                      sort=list(dict.fromkeys(data["indicator"]))), columns=2).resolve_scale(
        x="independent", y="independent").properties(title=w["cluster_chart"])


def _with_unit(name: str, unit) -> str:
    """"Chi hội (chi hội)" says its unit twice: the unit in brackets only when the name does not say it."""
    if not isinstance(unit, str) or not unit or unit.strip("“”").lower() in name.lower():
        return name
    return f"{name} ({unit})"


def chart_trend(trend: pd.DataFrame, lang: str = "vi", max_indicators: int = 6) -> alt.Chart | None:
    """Each indicator's value across the province's reporting periods, one small panel per indicator with its own
    scale, only for indicators seen in two or more periods (a panel with one dot is no trend); ``None`` (nothing
    shown) when no indicator has two."""
    lang = check_lang(lang)
    w = labels("word", lang)
    if trend.empty:
        return None
    spread = trend.groupby("indicator")["period_order"].nunique()
    spread = spread[spread >= 2]
    if spread.empty:
        return None
    chosen = sorted(spread.index, key=lambda i: (-spread[i], i))[:max_indicators]
    t = trend[trend["indicator"].isin(chosen)]
    periods = t.drop_duplicates("period_order").sort_values("period_order")
    order = [period_text(y, s, lang) for y, s in zip(periods["period_year"], periods["period_span"])]
    data = pd.DataFrame({
        "indicator": _wrapped(_with_unit(name, unit_text(u, lang))
                              for name, u in zip(indicator_labels(t["indicator"], lang), t["unit"])),
        "period": [period_text(y, s, lang) for y, s in zip(t["period_year"], t["period_span"])],
        "value": t["value"].astype(float), "province": t["province"],
    })
    base = alt.Chart(data).encode(
        x=alt.X("period:O", sort=order, title=None, axis=alt.Axis(labelAngle=0)),
        y=alt.Y("value:Q", title=None, axis=alt.Axis(format=",~f")),
        color=alt.Color("province:N", title=None),
    )
    layer = (base.mark_line(point=False) + base.mark_point(filled=True, size=70)).properties(width=240, height=140)
    return layer.facet(facet=alt.Facet("indicator:N", title=None, header=alt.Header(**_HEADER)), columns=2
                       ).resolve_scale(y="independent").properties(title=w["trend_chart"])


def html_title(scorecard: pd.DataFrame, province: str, lang: str = "vi"):
    """The briefing's heading: province, period, where the province sits across the 2025 reform, and how many
    reports its figures come from."""
    from IPython.display import HTML

    from .catalogue import predecessors, province_2025, resolve_province

    lang = check_lang(lang)
    name = resolve_province(province) or province
    lines = []
    if len(scorecard):
        lines.append(period_text(scorecard["period_year"].iloc[0], scorecard["period_span"].iloc[0], lang).capitalize())
    else:
        lines.append(wording.label("word.no_data", lang))
    shown = sorted(set(scorecard["predecessor"].dropna()) - {name}) if len(scorecard) else []
    before = predecessors(name)
    if len(before) > 1 and (shown or name not in set(scorecard.get("predecessor", []))):
        joined = ", ".join(before)
        lines.append(wording.label("title.merged_from", lang, names=joined))
    elif (after := province_2025(name)) and after != name:
        lines.append(wording.label("title.part_of", lang, name=after))
    docs = {d.strip() for ds in scorecard.get("docs", pd.Series(dtype=object)).dropna() for d in str(ds).split(";")}
    if docs - {""}:
        n = len(docs - {""})
        lines.append(wording.label("title.sources" if n > 1 else "title.source_one", lang, n=n))
    heading = wording.label("title.briefing", lang)
    return HTML(f'<div class="wu-title"><h1>{html.escape(heading)}: {html.escape(name)}</h1>'
                f'<p>{html.escape(" · ".join(lines))}</p></div>')


def html_overview_title(overview: dict, lang: str = "vi"):
    """The overview's heading: how many provinces, documents and figures."""
    from IPython.display import HTML

    lang = check_lang(lang)
    cov = overview["coverage"]
    n_docs = int(cov["n_documents"].sum()) if len(cov) else 0
    line = wording.label("title.overview_line", lang, n=len(cov), n_documents=n_docs,
                         n_unattributed=len(overview["unattributed"]))
    heading = wording.label("word.overview", lang)
    return HTML(f'<div class="wu-title"><h1>{html.escape(heading)}</h1><p>{html.escape(line)}</p></div>')


def chart_topics(topics: pd.DataFrame, lang: str = "vi") -> alt.Chart:
    """Indicators with figures per province and topic, as a heat map."""
    lang = check_lang(lang)
    w = labels("word", lang)
    if topics.empty:
        return _empty_chart(w["no_data"])
    long = topics.melt(id_vars="province", var_name="topic", value_name="n")
    long["topic"] = [labels("topic", lang).get(t, t) for t in long["topic"]]
    order = [labels("topic", lang).get(t, t) for t in topics.columns if t != "province"]
    base = alt.Chart(long).encode(x=alt.X("topic:N", sort=order, title=None,
                                          axis=alt.Axis(labelAngle=-35, labelLimit=200)),
                                  y=alt.Y("province:N", title=None))
    rect = base.mark_rect().encode(color=alt.Color("n:Q", scale=alt.Scale(scheme="blues"), title=w["n_indicators"]))
    text = base.mark_text(fontSize=11).encode(text="n:Q", color=alt.condition("datum.n > 5", alt.value("white"),
                                                                                alt.value("#222")))
    return (rect + text).properties(width=alt.Step(60), height=alt.Step(28), title=w["topics"])


def chart_overview_achievement(achievement: pd.DataFrame, lang: str = "vi", n: int = 20) -> alt.Chart:
    """Every reported achievement rate, by province, against the 100 % rule."""
    lang = check_lang(lang)
    w = labels("word", lang)
    if achievement.empty:
        return _empty_chart(w["no_rate"])
    a = achievement.head(n)
    label = [f"{p}: {lab}" for p, lab in zip(a["province"], _achievement_names(a, lang))]
    bars, rule = _achievement_bars(label, a["achievement_pct"], a["status"], lang, label_limit=360)
    return (bars + rule).properties(width=420, height=alt.Step(24), title=w["achievement_chart"])
