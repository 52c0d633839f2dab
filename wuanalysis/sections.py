"""The briefing's hand-written HTML: title lines, headline cards, the targets section, folded tables.

These are the parts of a page that are not a great-tables table (:mod:`.present`): strings of HTML built here,
every text from the reports or the label table escaped with :func:`html.escape`, no script, styles inline so a
page works offline. Each ``html_*`` returns an IPython ``HTML`` object for a notebook cell.
"""
from __future__ import annotations

from collections.abc import Callable
import html
import re
from typing import TYPE_CHECKING, Any

import pandas as pd

from . import wording
from .fonts import STATUS_COLOURS
from .scorecard import is_missing
from .wording import (check_lang, format_figure, format_percent, labels, period_text, result_text, row_label,
                      row_labels, target_text)

if TYPE_CHECKING:
    from IPython.display import HTML


def _html(text: str) -> HTML:
    from IPython.display import HTML

    return HTML(text)


def html_folded(table: Any, summary: str, css_class: str, open_: bool = False) -> HTML:
    """A table (anything with ``as_raw_html()``: a great-tables ``GT``) folded in a ``<details>`` element under a
    one-line ``summary``: one click away, without JavaScript, so the page opens on the targets and the headline
    cards; ``open_``: unfolded (the only figures a page has)."""
    opened = " open" if open_ else ""
    return _html(f'<details class="{html.escape(css_class)}"{opened} style="margin:1em 0">'
                 f'<summary style="cursor:pointer;font-size:1.15em;font-weight:600;padding:.4em 0">'
                 f'{html.escape(summary)}</summary>{table.as_raw_html()}</details>')


def sentence_html(sentence: object, quote: object) -> str:
    """The sentence with its quoted figure marked; every part escaped."""
    if not isinstance(sentence, str):
        return ""
    quote = quote if isinstance(quote, str) else ""
    at = sentence.find(quote) if quote else -1
    if at < 0:
        return html.escape(sentence)
    return (html.escape(sentence[:at]) + "<mark>" + html.escape(quote) + "</mark>"
            + html.escape(sentence[at + len(quote):]))


def corrected_html(note: object, lang: str = "vi") -> str:
    """"đã hiệu chỉnh: <the reviewer's note>" under a corrected figure's evidence (escaped), or "" for a figure
    nobody corrected (``note`` None)."""
    if not isinstance(note, str) or not note:
        return ""
    return (f'<div class="wu-corrected" style="font-size:.9em;color:#8a4b00">'
            f'{html.escape(wording.label("word.corrected", lang, note=note))}</div>')


# ---------------------------------------------------------------- titles and headline cards


def html_title(scorecard: pd.DataFrame, province: str, lang: str = "vi", local: pd.DataFrame | None = None) -> HTML:
    """The briefing's heading: province, period, where the province sits across the 2025 reform, and how many
    reports its figures come from. A province whose only figures are its districts' and communes' (``local``:
    :func:`wuanalysis.page_data.compute_local_reports`) says so and names their places, not "no data"."""
    from .catalogue import predecessors, province_2025, resolve_province

    lang = check_lang(lang)
    name = resolve_province(province) or province
    lines = []
    if len(scorecard):
        lines.append(period_text(scorecard["period_year"].iloc[0], scorecard["period_span"].iloc[0], lang).capitalize())
    elif local is not None and len(local):
        lines.append(local_only_line(local, lang))
    else:
        lines.append(wording.label("word.no_data", lang))
    shown = sorted(set(scorecard["predecessor"].dropna()) - {name}) if len(scorecard) else []
    before = predecessors(name)
    # a page of a period after the reform (2026 on) of a province it made from several is of all of them ("Hội LHPN
    # hai tỉnh (cũ)"), even under a name it kept (Hưng Yên over Thái Bình)
    after_reform = len(scorecard) and not is_missing(year := scorecard["period_year"].iloc[0]) and int(year) > 2025
    if len(before) > 1 and (shown or after_reform or name not in set(scorecard.get("predecessor", []))):
        joined = ", ".join(before)
        lines.append(wording.label("title.merged_from", lang, names=joined))
    elif (after := province_2025(name)) and after != name:
        lines.append(wording.label("title.part_of", lang, name=after))
    docs = {d.strip() for ds in scorecard.get("docs", pd.Series(dtype=object)).dropna() for d in str(ds).split(";")}
    if docs - {""}:
        n = len(docs - {""})
        lines.append(wording.label("title.sources" if n > 1 else "title.source_one", lang, n=n))
    heading = wording.label("title.briefing", lang)
    return _html(f'<div class="wu-title"><h1>{html.escape(heading)}: {html.escape(name)}</h1>'
                 f'<p>{html.escape(" · ".join(lines))}</p></div>')


def local_only_line(local: pd.DataFrame, lang: str = "vi") -> str:
    """"Chưa có số liệu của Hội LHPN cấp tỉnh; có số liệu của cấp huyện, xã: đặc khu Phú Quốc (nhiệm kỳ đến
    2025)": what a page or an index line of a province with only local figures holds (places as the reports
    name them: quoted on a page in another language)."""
    places = [wording.quoted(p, lang) for p in dict.fromkeys(local["place"].dropna().astype(str))]
    when = period_text(local["period_year"].iloc[0], local["period_span"].iloc[0], lang)
    return wording.label("title.local_only", lang, places=", ".join(places) or "?", period=when)


def html_overview_title(overview: dict, lang: str = "vi") -> HTML:
    """The overview's heading: how many provinces, documents and figures."""
    lang = check_lang(lang)
    cov = overview["coverage"]
    n_docs = int(cov["n_documents"].sum()) if len(cov) else 0
    line = wording.label("title.overview_line", lang, n=len(cov), n_documents=n_docs,
                         n_unattributed=len(overview["unattributed"]))
    heading = wording.label("word.overview", lang)
    return _html(f'<div class="wu-title"><h1>{html.escape(heading)}</h1><p>{html.escape(line)}</p></div>')


def html_cluster_title(reports: pd.DataFrame, lang: str = "vi") -> HTML:
    """A cluster page's heading (:func:`wuanalysis.page_data.compute_above_reports`, the rows of one cluster): the
    cluster's name, the period, its member provinces in the report's era, each report's title and date, and that
    the figures are the cluster's, not a province's. The report's title is its own words (quoted in English)."""
    lang = check_lang(lang)
    first = reports.iloc[0] if len(reports) else None
    name = wording.cluster_name(first["cluster_id"], first["cluster_name"], lang) if first is not None else ""
    heading = name or wording.label("cluster.heading", lang)
    lines = []
    periods = dict.fromkeys(period_text(y, s, lang) for y, s in zip(reports["period_year"], reports["period_span"]))
    if periods:
        lines.append(" · ".join(periods).capitalize())
    members = first["members"] if first is not None else ()
    lines.append(wording.label("cluster.members", lang, n=len(members), names=", ".join(members)) if len(members)
                 else wording.label("cluster.no_members", lang))
    for r in reports.itertuples():
        title = wording.quoted(str(r.title), lang) if isinstance(r.title, str) else str(r.doc)
        lines.append(wording.label("cluster.source", lang, title=title, date=wording.date_text(r.published, lang))
                     .replace(" ()", ""))
    lines.append(wording.label("cluster.scope", lang))
    return _html(f'<div class="wu-title"><h1>{html.escape(heading)}</h1>'
                 + "".join(f"<p>{html.escape(line)}</p>" for line in lines) + "</div>")


def html_headlines(headlines: pd.DataFrame, lang: str = "vi") -> HTML:
    """Headline figures as cards (an IPython HTML object; every text escaped)."""
    lang = check_lang(lang)
    st = labels("status", lang)
    cards = []
    for r, label in zip(headlines.itertuples(), row_labels(headlines, lang)):
        rate = (f'<div class="wu-rate" style="color:{STATUS_COLOURS.get(r.status, "#333")}">'
                f'{html.escape(format_percent(r.achievement_pct, lang))} · '
                f'{html.escape(st.get(r.status, r.status))}</div>'
                if not is_missing(r.achievement_pct) else "")
        who = f'<div class="wu-who">{html.escape(str(r.predecessor))}</div>' if getattr(r, "combined", False) else ""
        if isinstance(getattr(r, "correction_note", None), str):  # the note itself is in the evidence
            who += (f'<div class="wu-corrected" style="font-size:12px;color:#8a4b00">'
                    f'{html.escape(wording.label("word.corrected_mark", lang))}</div>')
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
    return _html(heading + '<div class="wu-headlines">' + "".join(cards) + "</div>")


# ---------------------------------------------------------------- the targets section

_CELL = 'style="padding:4px 8px;border-bottom:1px solid #e5e7eb;vertical-align:top;text-align:left"'


def _period_of(row: Any) -> str:
    if isinstance(row.period, str) and row.period:
        return row.period
    return period_text(row.result_period_year, row.result_period_span, "vi") if isinstance(
        row.result_period_span, str) else ""


def _result_cell(row: Any, lang: str) -> str:
    """The latest result as the report said it, its period, the term's sum so far and the pace."""
    if is_missing(row.result_value):
        return ""
    unit_class = row.result_unit_class if isinstance(row.result_unit_class, str) else row.unit_class
    unit = row.result_unit if isinstance(row.result_unit, str) else row.unit
    qualifier = getattr(row, "result_qualifier", None)
    text = html.escape(result_text(row.result_value, unit_class, unit, lang, estimate=row.estimate,
                                   qualifier=qualifier if isinstance(qualifier, str) else None,
                                   quote=getattr(row, "result_quote", None)))
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


def _status_cell(row: Any, lang: str) -> str:
    st = labels("status", lang)
    colour = STATUS_COLOURS.get(row.status, "#333")
    text = f'<span style="color:{colour};font-weight:600">{html.escape(st.get(row.status, str(row.status)))}</span>'
    if bool(row.rate_mismatch) and not is_missing(row.computed_pct):
        text += "<br>" + html.escape(wording.label("targets.rate_mismatch", lang,
                                                   x=format_percent(row.computed_pct, lang)))
    return text


def _sentences_cell(row: Any, lang: str) -> str:
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


def _target_words(sentence: object, limit: int = 90, value=None) -> str:
    """A target without an indicator is named by its own words: its sentence without the list marker, cut short; a
    table row by its subject; an item of a list of targets in one sentence ("Đại hội thông qua 9 chỉ tiêu: …; 60% chi
    hội có mô hình tiết kiệm; …") by the one item that holds its ``value``."""
    if not isinstance(sentence, str):
        return ""
    text = sentence.strip().lstrip("-+•*–").strip().rstrip(".;")
    # a table row ("Hộ gia đình đạt tiêu chí … | 95%", "3 | Xây dựng mô hình sinh kế | 12 mô hình") is named by its
    # subject, the first cell with words, not by its number cells
    cells = [c.strip() for c in re.split(r"\s*[|\t]\s*", text)]
    if len(cells) > 1:
        text = next((c for c in cells if re.search(r"[^\W\d_]{2}", c)), text)
    elif ";" in text and value is not None and not is_missing(value):
        text = _item_with(text, value) or text
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + " …"


def _item_with(text: str, value) -> str | None:
    """The one ";"-item of ``text`` (the list's heading before ":" left out) that writes ``value``, else None."""
    number = re.escape(wording.format_number(value, "vi"))
    items = [i.strip() for i in text.split(";")]
    items[0] = items[0].rsplit(":", 1)[-1].strip()
    hits = [i for i in items if re.search(rf"(?<![\d.,]){number}(?!\d|[.,]\d)", i)]
    return hits[0] if len(hits) == 1 else None


def targets_summary(section: pd.DataFrame) -> dict[str, int]:
    """How many rows of a targets section are met, below, in progress and without data."""
    from .page_data import OUTCOMES

    counts = dict.fromkeys(("met", "below", "in_progress", "no_data"), 0)
    kinds = section["kind"] if "kind" in section else pd.Series("target", index=section.index)
    for status, kind in zip(section["status"], kinds):
        if kind != "ahead":  # the next year's aims are no outcome yet
            counts[OUTCOMES.get(status, "no_data")] += 1
    return counts


def html_targets(section: pd.DataFrame, lang: str = "vi", province: str | None = None) -> HTML:
    """The briefing's first section (:func:`wuanalysis.page_data.compute_targets_section`): a one-line count
    (met, below, in progress, no data), then one line per target — what it is, the target as the report said it
    ("ít nhất 2.500 hội viên/năm"), its period, the latest result (marked "ước" when an estimate), achievement,
    status and pace — and both sentences a click away. On the page of ``province``, a row of another province
    (a predecessor of a merged 2025 province) names it. Every text escaped; no script."""
    lang = check_lang(lang)
    w = labels("word", lang)
    title = f'<h2 style="font-size:1.25em;margin:8px 0 4px">{html.escape(wording.label("targets.title", lang))}</h2>'
    if section.empty:
        return _html(f'<div class="wu-targets">{title}<p>{html.escape(wording.label("targets.none", lang))}</p></div>')
    summary = html.escape(wording.label("targets.summary", lang, **targets_summary(section)))
    head = [w["indicator"], wording.label("targets.target", lang), wording.label("targets.period", lang),
            wording.label("targets.result", lang), w["achievement"], w["status"], wording.label("targets.source", lang)]
    lines = []
    for kind in ("target", "stated", "ahead"):
        rows = section[section["kind"] == kind]
        if rows.empty:
            continue
        if kind != "target":  # the rates the reports state; the next year's aims ("Chỉ tiêu năm 2026")
            heading = wording.label("targets.stated", lang) if kind == "stated" else wording.label(
                "targets.ahead", lang, year=_period_of(rows.iloc[0]))
            lines.append(f'<tr><td colspan="7" {_CELL}><b>{html.escape(heading)}</b></td></tr>')
        for r in rows.itertuples():
            target = target_text(r.value, r.qualifier, r.unit_class, r.unit, r.cadence, r.basis, r.period, lang)
            # a target without an indicator is named by the report's own words: quoted on a page in another language
            own_words = wording.quoted(_target_words(r.sentence, value=r.value), lang)
            name = row_label(r.indicator, r.rate_label, lang, fallback=own_words)
            if province is not None and isinstance(r.province, str) and r.province != province:
                name = f"{name} ({r.province})"
            cells = [html.escape(name),
                     html.escape(target),
                     html.escape(_period_of(r) if kind != "stated" else ""), _result_cell(r, lang),
                     html.escape(format_percent(r.achievement_pct, lang)), _status_cell(r, lang),
                     _sentences_cell(r, lang)]
            lines.append("<tr>" + "".join(f"<td {_CELL}>{c}</td>" for c in cells) + "</tr>")
    widths = "".join(f'<col style="width:{pct}%">' for pct in (25, 15, 9, 17, 10, 11, 13))
    table = ('<table class="wu-targets-table" style="border-collapse:collapse;font-size:14px;width:100%">'
             f'<colgroup>{widths}</colgroup><thead><tr>'
             + "".join(f'<th {_CELL}>{html.escape(h)}</th>' for h in head) + '</tr></thead>'
             '<tbody>' + "".join(lines) + '</tbody></table>')
    return _html(f'<div class="wu-targets">{title}<p style="margin:0 0 6px">{summary}</p>{table}</div>')


# ---------------------------------------------------------------- figures the catalogue cannot place


def html_other_figures(other: pd.DataFrame, lang: str = "vi") -> HTML:
    """The figures no indicator holds (:func:`wuanalysis.page_data.compute_other_figures`), folded in ``<details>``:
    each as the report said it, under its topic, with its sentence (the figure marked) one click away. Nothing when
    there are none."""
    lang = check_lang(lang)
    if other is None or other.empty:
        return _html("")
    topics = labels("topic", lang)
    show = wording.label("word.show_sentence", lang)
    items = []
    for topic, quote, sentence in zip(other["topic"], other["quote"], other["sentence"]):
        # the sentence a click away, as the targets section shows its sentences: the figure alone says too little,
        # and the report's words stay in its language (a wu-quote fold)
        fold = (f'<details class="wu-quote" style="display:inline;margin-left:.5em"><summary style="cursor:pointer;'
                f'color:#0b6e99;display:inline">{html.escape(show)}</summary><p style="margin:4px 0">'
                f'{sentence_html(sentence, quote)}</p></details>') if isinstance(sentence, str) and sentence else ""
        items.append(f'<li style="margin:.3em 0"><span style="color:#555">'
                     f'{html.escape(topics.get(str(topic), topics["other"]))}</span>: '
                     f'<mark>{html.escape(wording.quoted(str(quote), lang))}</mark>{fold}</li>')
    return _html(f'<details class="wu-other" style="margin:1em 0">'
                 f'<summary style="cursor:pointer;font-size:1.15em;font-weight:600;padding:.4em 0">'
                 f'{html.escape(wording.label("word.full_other", lang, n=len(other)))}</summary>'
                 f'<ul style="font-size:13px;line-height:1.45">{"".join(items)}</ul></details>')


# ---------------------------------------------------------------- the overview's rankings and conflicts, folded

# The files of a build folder the overview (``overview.html``, in the same folder) links to for its whole tables.
_WHOLE_FILES = {"csv": "measurements.csv", "xlsx": "scorecards.xlsx"}


def _word(key: str, lang: str, **values) -> str:
    """A label of data/labels.csv (:func:`wording.label`)."""
    return wording.label(key, lang, **values)


def _whole_tables(key: str, n: int, lang: str) -> str:
    """The line that says where the whole table is, the files linked (relative: the overview sits beside them);
    nothing when the table is empty (nothing was folded away)."""
    if not n:
        return ""
    links = {k: f'<a href="{html.escape(f)}">{html.escape(f)}</a>' for k, f in _WHOLE_FILES.items()}
    text = html.escape(_word(key, lang)).format(n=html.escape(wording.format_number(n, lang)), **links)
    return f'<p class="wu-whole" style="margin:6px 0 0;font-size:13px;color:#444">{text}</p>'


def _overview_table(css_class: str, widths: tuple[int, ...], head: list[str], rows: list[list[str]]) -> str:
    """A plain table, its cells styled once by class (dozens of rows: the style is not repeated in each cell)."""
    cols = "".join(f'<col style="width:{pct}%">' for pct in widths)
    cell = _CELL.removeprefix('style="').removesuffix('"')
    return (f"<style>.{css_class} td,.{css_class} th{{{cell}}}</style>"
            f'<table class="{css_class}" style="border-collapse:collapse;font-size:14px;width:100%">'
            f'<colgroup>{cols}</colgroup><thead><tr>'
            + "".join(f"<th>{html.escape(h)}</th>" for h in head) + "</tr></thead><tbody>"
            + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in cells) + "</tr>" for cells in rows)
            + "</tbody></table>")


def _folded(kind: str, empty: bool, body: Callable[[], str], n_rows: int, lang: str) -> HTML:
    """One folded section of the overview (``kind``: "rankings" or "conflicts"): its heading, ``body()`` or the
    sentence saying there is nothing, and where the whole table (``n_rows`` rows) is."""
    w = labels("word", lang)
    title = f'<h2 style="font-size:1.25em;margin:8px 0 4px">{html.escape(w[kind])}</h2>'
    inner = f'<p>{html.escape(_word(f"overview.no_{kind}", lang))}</p>' if empty else body()
    return _html(f'<div class="wu-{kind}">{title}{inner}{_whole_tables(f"overview.{kind}_whole", n_rows, lang)}'
                 '</div>')


def _figure(value, unit_class, unit, lang: str, qualifier=None, quote=None) -> str:
    """A figure as the report said it ("hơn 2.300 tỷ đồng"), hedge and all."""
    return result_text(value, unit_class if isinstance(unit_class, str) and unit_class else None, unit, lang,
                       qualifier=qualifier, quote=quote)


def html_rankings_summary(summary: pd.DataFrame, n_rows: int, lang: str = "vi", few: int = 3) -> HTML:
    """The overview's rankings, folded (:func:`wuanalysis.comparisons.compute_rankings_summary`): one line per
    indicator with its latest ranked period, how many provinces it ranks, the ``few`` highest and the ``few``
    lowest, each "rank. province figure"; then where the whole table (``n_rows`` rows) is. Every text escaped."""
    lang = check_lang(lang)
    w = labels("word", lang)

    def body() -> str:
        rows = []
        keys = ["indicator", "unit_class", "period_year", "period_span"]
        names = dict(zip(summary["indicator"], wording.indicator_labels(summary["indicator"], lang)))
        for (indicator, _, year, span), g in summary.groupby(keys, sort=False, dropna=False):
            cells = {}
            for end in ("top", "bottom"):
                part = g[g["end"] == end]
                cells[end] = "<br>".join(
                    f'{int(k)}. {html.escape(str(p))} <span style="color:#555">'
                    f'{html.escape(_figure(v, c, u, lang, q, t))}</span>'
                    for k, p, v, c, u, q, t in zip(part["rank"], part["province"], part["value"], part["unit_class"],
                                                   part["unit"], part.get("qualifier", [None] * len(part)),
                                                   part.get("quote", [None] * len(part))))
            rows.append([html.escape(str(names[indicator])), html.escape(period_text(year, span, lang)),
                         html.escape(wording.format_number(g["n"].iloc[0], lang)), cells["top"], cells["bottom"]])
        line = f'<p style="margin:0 0 6px">{html.escape(_word("overview.rankings_line", lang, few=few))}</p>'
        return line + _overview_table(
            "wu-rankings-table", (28, 13, 7, 26, 26),
            [w["indicator"], w["period"], _word("overview.n_ranked", lang), _word("overview.highest", lang),
             _word("overview.lowest", lang)], rows)

    return _folded("rankings", summary.empty, body, n_rows, lang)


def html_conflicts_summary(summary: pd.DataFrame, n_rows: int, lang: str = "vi", few: int = 3) -> HTML:
    """The overview's conflicts, folded (:func:`wuanalysis.comparisons.compute_conflicts_summary`): one line per
    province with how many figures its reports disagree on and the first ``few`` of them ("Hội viên mới (năm
    2023): 900 hội viên; 1.000 hội viên", the documents beside), "and N more"; then where the whole table
    (``n_rows`` rows) is. Every text escaped."""
    lang = check_lang(lang)
    w = labels("word", lang)

    def body() -> str:
        rows = []
        names = dict(zip(summary["indicator"], wording.indicator_labels(summary["indicator"], lang)))
        counts = summary.drop_duplicates("province")
        for province, g in summary.groupby("province", sort=False):
            n = int(g["n_figures"].iloc[0])
            items = []
            for r in g.itertuples():
                values = "; ".join(x for x in (_figure(v, r.unit_class, u, lang) for v, u in zip(r.values, r.units))
                                   if x)
                when = period_text(r.period_year, r.period_span, lang)
                items.append(f'{html.escape(str(names[r.indicator]))} ({html.escape(when)}): '
                             f'{html.escape(values)} <span style="color:#666;font-size:12px">'
                             f'({html.escape(str(r.docs))})</span>')
            if n > len(g):
                items.append(f'<span style="color:#555">{html.escape(_word("overview.more", lang, n=n - len(g)))}'
                             '</span>')
            rows.append([html.escape(str(province)), html.escape(wording.format_number(n, lang)), "<br>".join(items)])
        line = html.escape(_word("overview.conflicts_line", lang, n=wording.format_number(
            int(counts["n_figures"].sum()), lang), p=len(counts), few=few))
        return f'<p style="margin:0 0 6px">{line}</p>' + _overview_table(
            "wu-conflicts-table", (16, 10, 74), [w["province"], w["n_conflicts"], _word("overview.examples", lang)],
            rows)

    return _folded("conflicts", summary.empty, body, n_rows, lang)
