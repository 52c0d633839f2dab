"""The scorecards as files: ``scorecards.parquet`` (every column, one table) and ``scorecards.xlsx``: a summary
sheet first (one row per province: period, counts of met / below / no target, the headline figures), then one
sheet per province; headers, names, statuses and units in the build's language; numbers as numbers with
thousands separators (never 1E+12), the figure as the report said it ("trên 1.000 tỷ đồng": money in tỷ/triệu)
and its qualifier beside them; the header row frozen, every column sized; no cell Excel could read as a formula."""
from __future__ import annotations

import os
from pathlib import Path

import pandas as pd

from .wording import check_lang, label, labels, period_text, result_text, row_label, unit_text

# The scorecard columns of a sheet, in order (their headers: the label table's ``xlsx.*`` rows).
XLSX_COLUMNS = ("predecessor", "label_vi", "value", "unit", "shown", "qualifier", "target", "achievement_pct",
                "status", "previous_value", "previous_period_span", "previous_year_value", "rank_all", "n_all",
                "rank_cluster", "n_cluster", "n_sources", "conflict", "correction_note", "sentence", "docs",
                "indicator", "period_year", "period_span")
# Number columns shown with thousands separators ("#,##0": 1.000.000.000.000 in a Vietnamese Excel, never 1E+12)
_NUMBER_COLUMNS = ("value", "target", "previous_value", "previous_year_value")
# Widths in characters: the long texts wrap at these, the rest fit their header or content (8..60)
_WIDE = {"label_vi": 48, "shown": 24, "sentence": 60, "docs": 30, "status": 18, "correction_note": 30}


def xlsx_headers(lang: str = "vi") -> dict[str, str]:
    """The workbook's columns (scorecard column → header), in sheet order, from the label table."""
    return {c: label(f"xlsx.{c}", lang) for c in XLSX_COLUMNS}


def _qualifier_text(qualifier, estimate, lang: str) -> str:
    """The hedge word alone: "trên", "gần", "ít nhất", "ước" ("" for an exact figure)."""
    words = labels("qualifier", lang)
    parts = [words["estimate"].format(x="").strip()] if bool(estimate) else []
    if isinstance(qualifier, str) and qualifier in words and qualifier != "estimate":
        parts.append(words[qualifier].format(x="").strip())
    return "; ".join(parts)


def compute_sheet(card: pd.DataFrame, lang: str = "vi") -> pd.DataFrame:
    """One province's sheet: the ``XLSX_COLUMNS`` worded in ``lang`` (numbers stay numbers), headers not yet
    applied."""
    statuses = labels("status", lang)
    sheet = card.reindex(columns=list(XLSX_COLUMNS)).copy()
    # a stated rate by its own clause; ids outside the catalogue named too
    sheet["label_vi"] = [row_label(i, r, lang) for i, r in zip(card["indicator"], card["rate_label"])]
    sheet["unit"] = [unit_text(u, lang) for u in card["unit"]]
    # the figure as the report said it: "ước 1.129 hộ", "trên 1.000 tỷ đồng" (the value column stays a number)
    sheet["shown"] = [result_text(v, c, u, lang, qualifier=q, estimate=bool(e), quote=t)
                      for v, c, u, q, e, t in zip(card["value"], card["unit_class"], card["unit"], card["qualifier"],
                                                  card["estimate"], card["quote"])]
    sheet["qualifier"] = [_qualifier_text(q, e, lang) for q, e in zip(card["qualifier"], card["estimate"])]
    sheet["status"] = [statuses.get(s, s) for s in sheet["status"]]
    sheet["conflict"] = sheet["conflict"].map({True: label("xlsx.conflict_yes", lang), False: ""})
    sheet["correction_note"] = sheet["correction_note"].where(sheet["correction_note"].notna(), "")  # the reviewer's
    for col in ("rank_all", "n_all", "rank_cluster", "n_cluster", "n_sources", "period_year"):
        sheet[col] = sheet[col].astype("float64")  # Excel has no nullable integers; blanks stay blank
    return sheet


def compute_summary(cards: dict[str, pd.DataFrame], lang: str = "vi") -> pd.DataFrame:
    """The summary sheet: one row per province with its period, how many rows, met or exceeded, below target,
    without a target, and its headline figures (:func:`page_data.headline_figures`) as the report said them."""
    from .page_data import headline_figures

    rows = []
    for province, card in cards.items():
        status = card["status"]
        heads = headline_figures(card)
        rows.append({
            "province": province,
            "period": period_text(card["period_year"].iloc[0], card["period_span"].iloc[0], lang),
            "rows": len(card), "met": int(status.isin(["achieved", "exceeded"]).sum()),
            "below": int((status == "below").sum()), "no_target": int((status == "no_target").sum()),
            "headlines": "; ".join(
                result_text(r.value, r.unit_class, r.unit, lang, qualifier=r.qualifier, estimate=bool(r.estimate),
                            quote=r.quote) + f" ({row_label(r.indicator, r.rate_label, lang)})"
                for r in heads.itertuples()),
        })
    columns = ["province", "period", "rows", "met", "below", "no_target", "headlines"]
    return pd.DataFrame(rows, columns=columns).rename(columns={c: label(f"xlsx.summary_{c}", lang) for c in columns})


def write_scorecards(measurements: pd.DataFrame, out_dir: str | os.PathLike, clusters: pd.DataFrame | None = None,
                     provinces: list[str] | None = None, lang: str = "vi") -> list[Path]:
    """Every province's latest scorecard into ``scorecards.parquet`` (all columns, one table) and
    ``scorecards.xlsx`` (a summary sheet, then one sheet per province, in ``lang``)."""
    from .page_data import with_corrections
    from .scorecard import SCORECARD_COLUMNS, compute_scorecards, provinces_with_data

    lang = check_lang(lang)
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    provinces = provinces_with_data(measurements) if provinces is None else provinces
    # each row with the reviewer's correction of its figure, if any (page_data.with_corrections)
    cards = {p: with_corrections(card, measurements)
             for p, card in compute_scorecards(measurements, list(provinces), clusters=clusters).items()}
    cards = {p: c for p, c in cards.items() if len(c)}
    combined = pd.concat(list(cards.values()), ignore_index=True) if cards else pd.DataFrame(columns=SCORECARD_COLUMNS)
    parquet = out_dir / "scorecards.parquet"
    combined.to_parquet(parquet, index=False)
    xlsx = out_dir / "scorecards.xlsx"
    headers = xlsx_headers(lang)
    with pd.ExcelWriter(xlsx, engine="openpyxl") as writer:
        used: set[str] = {label("xlsx.summary_sheet", lang)}
        if cards:
            summary = compute_summary(cards, lang)
            summary.to_excel(writer, sheet_name=label("xlsx.summary_sheet", lang), index=False)
            _layout(writer.sheets[label("xlsx.summary_sheet", lang)], summary, {summary.columns[-1]: 80}, "B2")
        for province, card in cards.items():
            sheet = compute_sheet(card, lang)
            name = _sheet_name(province, used)
            sheet.rename(columns=headers).to_excel(writer, sheet_name=name, index=False)
            ws = writer.sheets[name]
            _layout(ws, sheet, _WIDE, "C2")
            _number_formats(ws, sheet)
            _cells_as_text(ws)
        if not cards:
            empty = pd.DataFrame({label("xlsx.empty_note", lang): [label("xlsx.empty_text", lang)]})
            empty.to_excel(writer, sheet_name=label("xlsx.empty_sheet", lang), index=False)
    return [parquet, xlsx]


def _layout(ws, frame: pd.DataFrame, wide: dict, freeze: str) -> None:
    """Frozen header (and first columns), bold header, every column as wide as its header or content (8..60
    characters, long texts at their ``wide`` width, wrapped)."""
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    for k, column in enumerate(frame.columns, start=1):
        letter = get_column_letter(k)
        header = ws.cell(row=1, column=k)
        header.font = Font(bold=True)
        header.alignment = Alignment(wrap_text=True, vertical="top")
        if column in wide:
            width = wide[column]
            for cell in ws[letter][1:]:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
        else:
            texts = [str(header.value or "")] + [str(v) for v in frame[column].head(200) if not pd.isna(v)]
            width = max(len(t) for t in texts) + 2
        ws.column_dimensions[letter].width = max(8, min(60, width))
    ws.freeze_panes = freeze


def _number_formats(ws, sheet: pd.DataFrame) -> None:
    """Numbers with thousands separators: "#,##0" for whole numbers (1.293.000.000.000 in a Vietnamese Excel, not
    1E+12), "#,##0.0##" with decimals; achievement rates "0" or "0.0"."""
    for k, column in enumerate(sheet.columns, start=1):
        if column not in _NUMBER_COLUMNS and column != "achievement_pct":
            continue
        for cell in ws.iter_cols(min_col=k, max_col=k, min_row=2).__next__():
            v = cell.value
            if not isinstance(v, (int, float)):
                continue
            whole = float(v).is_integer()
            if column == "achievement_pct":
                cell.number_format = "0" if whole else "0.0"
            else:
                cell.number_format = "#,##0" if whole else "#,##0.0##"


# A text cell beginning with one of these is what Excel (and LibreOffice) read as a formula or a command once a
# user edits or re-types it: "=HYPERLINK(…)" quoted from a report, a file named "=cmd|calc!A0.txt".
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cells_as_text(ws) -> None:
    """Every text cell of ``ws`` stays text: openpyxl turns a string beginning with "=" into a formula cell; here
    it is stored as a string with Excel's quote prefix (shown as typed, never evaluated, even after an edit).
    The tool writes no formula of its own."""
    for row in ws.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and cell.value.startswith(_FORMULA_STARTS):
                cell.data_type = "s"
                cell.quotePrefix = True


def _sheet_name(province: str, used: set[str]) -> str:
    # Excel: at most 31 characters, none of []:*?/\, no apostrophe at either end
    base = "".join(c for c in province if c not in "[]:*?/\\")[:31].strip("'") or "Sheet"
    name, k = base, 2
    while name in used:
        name = f"{base[:28]}~{k}"
        k += 1
    used.add(name)
    return name

