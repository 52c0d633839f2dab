"""The scorecards as files: ``scorecards.parquet`` (every column, one table) and ``scorecards.xlsx`` (one sheet per
province, Vietnamese headers, numbers as numbers, no cell Excel could read as a formula)."""
from __future__ import annotations

import os
from pathlib import Path

import pandas as pd

XLSX_HEADERS = {
    "predecessor": "Tỉnh (trước 1/7/2025)", "label_vi": "Nội dung", "value": "Kết quả", "unit": "Đơn vị",
    "target": "Chỉ tiêu", "achievement_pct": "Tỷ lệ đạt (%)", "status": "Đánh giá", "previous_value": "Kỳ trước",
    "previous_period_span": "Kỳ trước là", "previous_year_value": "Cùng kỳ năm trước", "rank_all": "Xếp hạng",
    "n_all": "Số tỉnh", "rank_cluster": "Xếp hạng trong cụm", "n_cluster": "Số tỉnh trong cụm",
    "n_sources": "Số nguồn", "conflict": "Số liệu khác nhau", "sentence": "Câu trích dẫn", "docs": "Tài liệu",
    "indicator": "Mã chỉ tiêu", "period_year": "Năm", "period_span": "Kỳ",
}


def write_scorecards(measurements: pd.DataFrame, out_dir: str | os.PathLike, clusters: pd.DataFrame | None = None,
                     provinces: list[str] | None = None) -> list[Path]:
    """Every province's latest scorecard into ``scorecards.parquet`` (all columns, one table) and
    ``scorecards.xlsx`` (one sheet per province, Vietnamese headers, numbers as numbers)."""
    from .present import STATUS_TEXT
    from .scorecard import compute_scorecard, provinces_with_data

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    provinces = provinces_with_data(measurements) if provinces is None else provinces
    cards = {p: compute_scorecard(measurements, p, clusters=clusters) for p in provinces}
    cards = {p: c for p, c in cards.items() if len(c)}
    from .scorecard import SCORECARD_COLUMNS

    combined = pd.concat(list(cards.values()), ignore_index=True) if cards else pd.DataFrame(columns=SCORECARD_COLUMNS)
    parquet = out_dir / "scorecards.parquet"
    combined.to_parquet(parquet, index=False)
    xlsx = out_dir / "scorecards.xlsx"
    with pd.ExcelWriter(xlsx, engine="openpyxl") as writer:
        used: set[str] = set()
        for province, card in cards.items():
            sheet = card[list(XLSX_HEADERS)].copy()
            sheet["status"] = [STATUS_TEXT["vi"].get(s, s) for s in sheet["status"]]
            sheet["conflict"] = sheet["conflict"].map({True: "có", False: ""})
            for col in ("rank_all", "n_all", "rank_cluster", "n_cluster", "n_sources", "period_year"):
                sheet[col] = sheet[col].astype("float64")  # Excel has no nullable integers; blanks stay blank
            sheet = sheet.rename(columns=XLSX_HEADERS)
            name = _sheet_name(province, used)
            sheet.to_excel(writer, sheet_name=name, index=False)
            ws = writer.sheets[name]
            for column, width in zip("ABCDEFGH", (22, 48, 14, 14, 12, 12, 16, 12)):
                ws.column_dimensions[column].width = width
            ws.freeze_panes = "C2"
            _cells_as_text(ws)
        if not cards:
            pd.DataFrame({"Ghi chú": ["Chưa có số liệu"]}).to_excel(writer, sheet_name="Trống", index=False)
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

