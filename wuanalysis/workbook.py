"""The scorecards as files: ``scorecards.parquet`` (every column, one table) and ``scorecards.xlsx`` (one sheet per
province, Vietnamese headers, numbers as numbers, no cell Excel could read as a formula)."""
from __future__ import annotations

import os
from pathlib import Path

import pandas as pd

from .wording import label, labels, result_text, row_label

# The scorecard columns of a sheet, in order (their headers: the label table's ``xlsx.*`` rows).
XLSX_COLUMNS = ("predecessor", "label_vi", "value", "unit", "shown", "target", "achievement_pct", "status", "previous_value",
                 "previous_period_span", "previous_year_value", "rank_all", "n_all", "rank_cluster", "n_cluster",
                 "n_sources", "conflict", "sentence", "docs", "indicator", "period_year", "period_span")


def xlsx_headers(lang: str = "vi") -> dict[str, str]:
    """The workbook's columns (scorecard column → header), in sheet order, from the label table."""
    return {c: label(f"xlsx.{c}", lang) for c in XLSX_COLUMNS}


def write_scorecards(measurements: pd.DataFrame, out_dir: str | os.PathLike, clusters: pd.DataFrame | None = None,
                     provinces: list[str] | None = None) -> list[Path]:
    """Every province's latest scorecard into ``scorecards.parquet`` (all columns, one table) and
    ``scorecards.xlsx`` (one sheet per province, Vietnamese headers, numbers as numbers)."""
    from .scorecard import SCORECARD_COLUMNS, compute_scorecard, provinces_with_data

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    provinces = provinces_with_data(measurements) if provinces is None else provinces
    cards = {p: compute_scorecard(measurements, p, clusters=clusters) for p in provinces}
    cards = {p: c for p, c in cards.items() if len(c)}
    combined = pd.concat(list(cards.values()), ignore_index=True) if cards else pd.DataFrame(columns=SCORECARD_COLUMNS)
    parquet = out_dir / "scorecards.parquet"
    combined.to_parquet(parquet, index=False)
    xlsx = out_dir / "scorecards.xlsx"
    headers, statuses = xlsx_headers("vi"), labels("status", "vi")
    with pd.ExcelWriter(xlsx, engine="openpyxl") as writer:
        used: set[str] = set()
        for province, card in cards.items():
            sheet = card.reindex(columns=list(XLSX_COLUMNS)).copy()
            # a stated rate by its own clause; ids outside the catalogue named too
            sheet["label_vi"] = [row_label(i, r, "vi") for i, r in zip(card["indicator"], card["rate_label"])]
            # the figure as the report said it: "ước 1.129 hộ", "trên 1.000 tỷ đồng" (the value column stays a number)
            sheet["shown"] = [result_text(v, c, u, "vi", qualifier=q, estimate=bool(e)) for v, c, u, q, e in zip(
                card["value"], card["unit_class"], card["unit"], card["qualifier"], card["estimate"])]
            sheet["status"] = [statuses.get(s, s) for s in sheet["status"]]
            sheet["conflict"] = sheet["conflict"].map({True: label("xlsx.conflict_yes", "vi"), False: ""})
            for col in ("rank_all", "n_all", "rank_cluster", "n_cluster", "n_sources", "period_year"):
                sheet[col] = sheet[col].astype("float64")  # Excel has no nullable integers; blanks stay blank
            sheet = sheet.rename(columns=headers)
            name = _sheet_name(province, used)
            sheet.to_excel(writer, sheet_name=name, index=False)
            ws = writer.sheets[name]
            for column, width in zip("ABCDEFGHI", (22, 48, 14, 14, 22, 12, 12, 16, 12)):
                ws.column_dimensions[column].width = width
            ws.freeze_panes = "C2"
            _cells_as_text(ws)
        if not cards:
            empty = pd.DataFrame({label("xlsx.empty_note", "vi"): [label("xlsx.empty_text", "vi")]})
            empty.to_excel(writer, sheet_name=label("xlsx.empty_sheet", "vi"), index=False)
    return [parquet, xlsx]


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

