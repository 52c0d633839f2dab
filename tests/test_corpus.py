"""read_reports over the seed folder and over bad input; the CLI as a user runs it."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from wuanalysis import read_reports
from wuanalysis.cli import main
from wuanalysis.corpus import DOCUMENT_COLUMNS, FACT_COLUMNS, ISSUE_COLUMNS, read_table, write_table

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def seeds():
    return read_reports(ROOT / "seeds", workers=1)


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_every_fact_slices_back_to_its_phrase_inside_its_sentence(seeds, path):
    text = seeds.texts[path.name]
    facts = seeds.facts[seeds.facts["doc"] == path.name]
    assert len(facts) > 0
    for f in facts.itertuples():
        assert text[f.start:f.end] == f.quote
        assert text[f.sentence_start:f.sentence_start + len(f.sentence)] == f.sentence
        assert f.sentence_start <= f.start and f.end <= f.sentence_start + len(f.sentence)
        assert f.unit_class in {"count", "vnd", "percent", "ratio", "area", "mass", "other"}
        assert f.qualifier in {"exact", "more_than", "at_least", "about", "nearly", "less_than"}


@pytest.mark.parametrize("path", SEEDS, ids=lambda p: p.name)
def test_page_furniture_never_becomes_a_figure(seeds, path):
    facts = seeds.facts[seeds.facts["doc"] == path.name]
    for f in facts.itertuples():
        for furniture in ("truy cập", "Hôm nay", "Tháng hiện tại", "bình luận", "Thời gian chờ", "đánh giá bài viết"):
            assert furniture not in f.sentence[max(0, f.start - f.sentence_start - 20):f.end - f.sentence_start + 5]
    assert not ((facts["value"] == 2057) | (facts["value"] == 4912) | (facts["value"] == 1257142)).any()


def test_tables_have_their_columns(seeds):
    assert list(seeds.documents.columns) == DOCUMENT_COLUMNS
    assert list(seeds.facts.columns[: len(FACT_COLUMNS)]) == FACT_COLUMNS
    assert list(seeds.issues.columns) == ISSUE_COLUMNS
    assert seeds.facts["fact_id"].is_unique
    assert seeds.summary() == f"5 reports, {len(seeds.facts)} figures, 0 problems"


def test_document_metadata_of_the_seeds(seeds):
    docs = seeds.documents.set_index("doc")
    bk = docs.loc["000_8ca3ed94d4963485.txt"]
    assert (bk.province, bk.province_2025, bk.org_level, bk.period_span, bk.period_year) == (
        "Bắc Kạn", "Thái Nguyên", "province", "9m", 2024)
    city = docs.loc["002_314f76d32c6c7190.txt"]
    assert (city.org_level, city.province, city.period_span, city.period_year) == ("district", "Bắc Kạn", "6m", 2023)
    bp = docs.loc["001_55075b7f74037a93.txt"]
    assert (bp.province, bp.published, bp.period_span) == ("Bình Phước", "2024-01-05", "year")
    cluster = docs.loc["004_3e3c112e424d7ca8.txt"]
    assert cluster.org_level == "cluster" and pd.isna(cluster.province) and cluster.period_year == 2022


def test_the_bad_files_of_a_batch_each_get_an_issue_and_the_batch_goes_on(tmp_path):
    (tmp_path / "good.txt").write_text(SEEDS[0].read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "copy.txt").write_text(SEEDS[0].read_text(encoding="utf-8"), encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (tmp_path / "nofigures.txt").write_text("Hội LHPN tỉnh tổ chức hội nghị sơ kết.", encoding="utf-8")
    (tmp_path / "dangling.txt").symlink_to(tmp_path / "nowhere.txt")
    corpus = read_reports([tmp_path, tmp_path / "missing.txt"], workers=1)
    reasons = dict(zip(corpus.issues["doc"], corpus.issues["reason"]))
    # folders are read in name order, so "good.txt" is the duplicate of "copy.txt": read, but flagged
    assert set(corpus.documents["doc"]) == {"copy.txt", "good.txt", "nofigures.txt"}
    assert reasons["good.txt"] == "duplicate"
    assert corpus.documents.set_index("doc").loc["good.txt", "duplicate_of"] == "copy.txt"
    assert reasons["empty.txt"] == "empty"
    assert reasons["image.txt"] == "binary"
    assert reasons["nofigures.txt"] == "no_figures"
    assert reasons["missing.txt"] == "missing"
    assert reasons["dangling.txt"] == "missing"
    assert all(corpus.issues["detail"].str.len() > 10)


def test_cli_extract_writes_each_format_and_prints_a_summary(tmp_path, capsys):
    code = main(["extract", str(ROOT / "seeds"), "--facts", str(tmp_path / "f.jsonl"),
                 "--documents", str(tmp_path / "d.csv"), "--issues", str(tmp_path / "i.parquet"), "--quiet"])
    out = capsys.readouterr().out
    assert code == 0
    assert out.strip() == "5 files: 5 reports read, 200 figures, 0 problems"
    first = json.loads((tmp_path / "f.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert {"doc", "value", "unit_class", "qualifier", "sentence", "start", "end"} <= set(first)
    assert len(read_table(tmp_path / "d.csv")) == 5
    assert read_table(tmp_path / "i.parquet").empty


def test_cli_exit_status(tmp_path, capsys):
    (tmp_path / "empty.txt").write_bytes(b"")
    assert main(["extract", str(tmp_path), "--facts", str(tmp_path / "f.csv"), "-q"]) == 1
    assert "empty.txt: empty" in capsys.readouterr().err
    (tmp_path / "ok.txt").write_text("Hội LHPN xã đã giúp 12 hộ thoát nghèo.", encoding="utf-8")
    assert main(["extract", str(tmp_path), "--facts", str(tmp_path / "f.csv"), "-q"]) == 0
    assert main(["extract", str(tmp_path), "--facts", str(tmp_path / "f.csv"), "-q", "--strict"]) == 1
    with pytest.raises(SystemExit) as caught:  # an argument error, before anything is read
        main(["extract", str(tmp_path), "--facts", str(tmp_path / "f.xlsx"), "-q"])
    assert caught.value.code == 2
    assert "unknown table format" in capsys.readouterr().err


def test_python_dash_m_runs_the_same_cli(tmp_path):
    done = subprocess.run([sys.executable, "-m", "wuanalysis", "extract", str(SEEDS[0]),
                           "--facts", str(tmp_path / "f.csv")], capture_output=True, text=True, check=True)
    assert done.stdout.startswith("1 file: 1 report read, ")
    assert len(pd.read_csv(tmp_path / "f.csv")) > 10


# -- document ids ------------------------------------------------------------------------------------------
# How real archives are kept: one file name, many folders. Each report is the Bình Phước seed moved to another
# province, with its new-members figure changed, so a figure that lands under the wrong province shows.
PROVINCE_FOLDERS = {"bac-kan": ("Bắc Kạn", "7.771"), "ha-nam": ("Hà Nam", "5.123"), "nghe-an": ("Nghệ An", "6.321")}


def _three_province_archive(root: Path) -> Path:
    seed = (ROOT / "seeds" / "003_1bd7b950d73e6ed6.txt").read_text(encoding="utf-8")
    for folder, (province, members) in PROVINCE_FOLDERS.items():
        path = root / folder / "2023" / "bao-cao.txt"
        path.parent.mkdir(parents=True)
        moved = seed.replace("Bình Phước", province).replace("BÌNH PHƯỚC", province.upper())  # headline in capitals
        path.write_text(moved.replace("4.094", members), encoding="utf-8")
    return root


def test_one_file_name_in_several_folders_keeps_each_province_its_own_figures(tmp_path):
    from wuanalysis.catalogue import load_targets
    from wuanalysis.measures import compute_measurements

    archive = _three_province_archive(tmp_path / "archive")
    corpus = read_reports(archive, workers=1)
    docs = corpus.documents.set_index("doc")
    assert sorted(docs.index) == ["bac-kan/2023/bao-cao.txt", "ha-nam/2023/bao-cao.txt", "nghe-an/2023/bao-cao.txt"]
    assert corpus.facts["fact_id"].is_unique
    measurements = compute_measurements(corpus.documents, corpus.facts, load_targets())
    for folder, (province, members) in PROVINCE_FOLDERS.items():
        doc = f"{folder}/2023/bao-cao.txt"
        assert docs.loc[doc, "province"] == province
        facts = corpus.facts[corpus.facts["doc"] == doc]
        new_members = float(members.replace(".", ""))
        assert new_members in set(facts["value"])
        others = {float(m.replace(".", "")) for f, (_p, m) in PROVINCE_FOLDERS.items() if f != folder}
        assert not others & set(facts["value"]), f"{doc} holds another province's figure"
        mine = measurements[measurements["province"] == province]
        assert new_members in set(mine["value"]) and not others & set(mine["value"])
        assert all(d == doc for docs_ in mine["docs"] for d in str(docs_).split(", ") if d), province
    # the same ids on a second run, whatever the order or spelling of the root
    again = read_reports(str(archive) + "/", workers=1)
    assert list(again.documents["doc"]) == list(corpus.documents["doc"])
    assert list(again.facts["fact_id"]) == list(corpus.facts["fact_id"])


def test_ids_are_relative_to_each_root_and_a_file_given_directly_keeps_its_name(tmp_path):
    archive = _three_province_archive(tmp_path / "archive")
    corpus = read_reports([archive / "ha-nam", archive / "nghe-an" / "2023" / "bao-cao.txt"], workers=1)
    assert list(corpus.documents["doc"]) == ["2023/bao-cao.txt", "bao-cao.txt"]
    # two roots holding the same relative path: the root's name tells them apart
    corpus = read_reports([archive / "ha-nam", archive / "nghe-an"], workers=1)
    assert list(corpus.documents["doc"]) == ["2023/bao-cao.txt", "nghe-an/2023/bao-cao.txt"]
    # the seeds, a flat folder: ids are the file names (the shared scorer matches on them)
    assert list(read_reports(ROOT / "seeds", workers=1).documents["doc"]) == [p.name for p in SEEDS]


def test_formula_safe_csv_marks_only_risky_text_cells_and_keeps_text_columns_text(tmp_path):
    from wuanalysis.corpus import defuse_formulas, write_table

    frame = pd.DataFrame({"sentence": pd.array(["=HYPERLINK(\"x\")", "- 120 hộ", "Kết nạp 4.094 hội viên", None],
                                               dtype="str"),
                          "extra": [None, "+84 912", 3, "@x"], "value": [-1.0, 2.0, 3.0, 4.0]})
    safe = defuse_formulas(frame)
    assert safe["sentence"].dtype == frame["sentence"].dtype  # not a column of Python objects
    assert list(frame["sentence"][:3]) == ["=HYPERLINK(\"x\")", "- 120 hộ", "Kết nạp 4.094 hội viên"]  # untouched
    write_table(frame, tmp_path / "t.csv", formula_safe=True)
    assert (tmp_path / "t.csv").read_text(encoding="utf-8").splitlines() == [
        "sentence,extra,value", "'=HYPERLINK(\"\"x\"\")\",,-1.0".replace("'=", "\"'=", 1), "'- 120 hộ,'+84 912,2.0",
        "Kết nạp 4.094 hội viên,3,3.0", ",'@x,4.0"]


def test_facts_say_which_figures_are_estimates(tmp_path):
    """'ước đạt', 'dự kiến': a figure not yet final is marked in its own column, after is_target, as a bool."""
    (tmp_path / "bao_cao.txt").write_text(
        "Hội LHPN tỉnh Bắc Kạn tổng kết công tác Hội năm 2026\n"
        "Năm 2026, các cấp Hội đã giúp 280 hộ thoát nghèo, ước thực hiện kết nạp 2.700 hội viên mới.\n",
        encoding="utf-8")
    facts = read_reports(tmp_path, workers=1).facts
    assert FACT_COLUMNS[FACT_COLUMNS.index("is_target") + 1] == "estimate"
    assert list(facts.columns[: len(FACT_COLUMNS)]) == FACT_COLUMNS and facts["estimate"].dtype == bool
    assert dict(zip(facts["value"], facts["estimate"])) == {280: False, 2700: True}


def test_a_sentence_is_held_once_per_sentence_and_written_as_plain_text(seeds, tmp_path):
    facts = seeds.facts
    assert isinstance(facts["sentence"].dtype, pd.CategoricalDtype)  # one copy per sentence, not one per figure
    assert len(facts["sentence"].cat.categories) < len(facts) / 2
    plain = facts.astype({"sentence": "str"})
    write_table(facts, tmp_path / "facts.parquet")
    write_table(plain, tmp_path / "plain.parquet")
    back = read_table(tmp_path / "facts.parquet")
    assert back["sentence"].dtype == "str"  # readers get the column they always got
    pd.testing.assert_frame_equal(back, read_table(tmp_path / "plain.parquet"))
    write_table(facts, tmp_path / "facts.csv", formula_safe=True)
    write_table(plain, tmp_path / "plain.csv", formula_safe=True)
    assert (tmp_path / "facts.csv").read_bytes() == (tmp_path / "plain.csv").read_bytes()


def test_a_table_is_written_a_row_group_at_a_time_with_the_same_result(seeds, tmp_path, monkeypatch):
    import wuanalysis.tables_io as tables_io

    write_table(seeds.facts, tmp_path / "whole.parquet")
    monkeypatch.setattr(tables_io, "ROW_GROUP", 7)  # types taken from the whole table, not from each slice
    write_table(seeds.facts, tmp_path / "sliced.parquet")
    pd.testing.assert_frame_equal(read_table(tmp_path / "sliced.parquet"), read_table(tmp_path / "whole.parquet"))


def test_a_risky_sentence_is_defused_in_its_categories(tmp_path):
    frame = pd.DataFrame({"sentence": pd.Categorical(["=HYPERLINK(\"x\")", "Kết nạp 4.094 hội viên",
                                                      "=HYPERLINK(\"x\")", None])})
    write_table(frame, tmp_path / "risky.csv", formula_safe=True)
    write_table(frame.astype("str"), tmp_path / "plain.csv", formula_safe=True)
    lines = (tmp_path / "risky.csv").read_text(encoding="utf-8").splitlines()
    assert lines[1:4] == ["\"'=HYPERLINK(\"\"x\"\")\"", "Kết nạp 4.094 hội viên", "\"'=HYPERLINK(\"\"x\"\")\""]
    assert (tmp_path / "risky.csv").read_bytes() == (tmp_path / "plain.csv").read_bytes()


def test_csv_bytes_are_those_pandas_writes(seeds, tmp_path):
    import numpy as np

    awkward = pd.DataFrame({
        "text": pd.array(["4.094 hội viên", "a, b", 'say "x"', "two\nlines", "cr\rhere", "", None], dtype="str"),
        "value": [4094.0, 0.1, 1e16, 1e-05, -0.0, np.nan, 123456789.123],
        "year": pd.array([2023, None, 2019, 2020, 2021, 2022, 2024], dtype="Int64"),
        "flag": [True, False, True, False, True, False, True],
        "mixed": [None, True, 1.5, "x,y", np.nan, "plain", 3],
        "sentence": pd.Categorical(["Câu một, có phẩy.", None, "Câu một, có phẩy.", "Câu hai", "", "Câu hai", "c"]),
        "n": np.arange(7),
    })
    frames = {"awkward": awkward, **{name: getattr(seeds, name) for name in ("documents", "facts", "issues")}}
    for name, frame in frames.items():
        write_table(frame, tmp_path / f"{name}.csv")
        frame.to_csv(tmp_path / f"{name}.pandas.csv", index=False, encoding="utf-8")
        assert (tmp_path / f"{name}.csv").read_bytes() == (tmp_path / f"{name}.pandas.csv").read_bytes(), name


@pytest.mark.parametrize("negative_zero", [False, True])
def test_long_columns_are_written_as_pandas_writes_them(tmp_path, negative_zero):
    """The paths taken for long columns (each distinct float formatted once, only the risky cells of a text column
    quoted, integers and flags through Arrow) give pandas's bytes; -0.0 beside 0.0 too."""
    import numpy as np

    rng = np.random.default_rng(7)
    n = 3000
    values = rng.choice([4094.0, 0.1, 1e16, 1e-05, 0.0, np.nan, 123456789.123, 2.5e-7, 100.0], n)
    if negative_zero:
        values[::97] = -0.0
    frame = pd.DataFrame({
        "value": values,
        "rate": np.where(rng.random(n) < 0.9, np.nan, rng.random(n) * 200),
        "text": pd.array(rng.choice(["hội viên", "a, b", 'say "x"', "two\nlines", "", "plain"], n), dtype="str"),
        "ids": pd.array([f"Bắc Kạn|2023|year|members|result|{k}" for k in range(n)], dtype="str"),
        "year": pd.array(np.where(rng.random(n) < 0.1, None, rng.integers(2019, 2026, n)).tolist(), dtype="Int64"),
        "flag": rng.random(n) < 0.5,
        "n": rng.integers(-5, 10**9, n),
    })
    write_table(frame, tmp_path / "long.csv")
    frame.to_csv(tmp_path / "long.pandas.csv", index=False, encoding="utf-8")
    assert (tmp_path / "long.csv").read_bytes() == (tmp_path / "long.pandas.csv").read_bytes()


def test_one_file_given_under_two_paths_is_read_once(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    report = folder / SEEDS[0].name
    report.write_bytes(SEEDS[0].read_bytes())
    (tmp_path / "link.txt").symlink_to(report)
    corpus = read_reports([folder, report, tmp_path / "link.txt"], workers=1)
    assert len(corpus.files) == 1 and len(corpus.documents) == 1


def test_the_facts_frame_is_the_same_from_one_shared_dictionary_or_one_per_document(seeds):
    import pyarrow as pa

    from wuanalysis.facts_arrow import facts_from_pieces

    facts = seeds.facts
    table = pa.Table.from_pandas(facts.drop(columns=["doc", "fact_id"]), preserve_index=False)
    bounds = facts.groupby("doc", sort=False).size()
    starts = bounds.cumsum() - bounds
    shared = [(doc, table.slice(int(a), int(n))) for doc, a, n in zip(bounds.index, starts, bounds)]  # as cached
    own = []  # as read: each document's own dictionary
    for doc, piece in shared:
        column = piece.column("sentence").cast(pa.string()).combine_chunks().dictionary_encode()
        own.append((doc, piece.set_column(piece.schema.get_field_index("sentence"), "sentence", column)))
    for pieces in (shared, own):
        frame = facts_from_pieces(pieces)
        assert frame["sentence"].cat.categories.is_unique
        pd.testing.assert_frame_equal(frame.astype({"sentence": "str"}), facts.astype({"sentence": "str"}))


def test_a_table_written_in_parts_has_the_bytes_of_the_whole(seeds, tmp_path, monkeypatch):
    """PartsWriter: the Parquet and CSV files of a table given a part at a time are those written from the whole
    table, though the first part's ``rate_label`` and ``target_source`` hold nothing (typed from a later part)
    and row groups straddle the parts; the spill folder is gone after."""
    import wuanalysis.tables_io as tables_io
    from wuanalysis.linking import compute_targets
    from wuanalysis.measures import compute_measurements
    from wuanalysis.output_folder import csv_for_excel, write_csv_for_excel

    targets = compute_targets(seeds.documents, seeds.facts, None, seeds.texts)
    whole = compute_measurements(seeds.documents, seeds.facts, targets, seeds.texts)
    assert whole["rate_label"].notna().any() and whole["target_source"].notna().any()
    first = whole[whole["rate_label"].isna() & whole["target_source"].isna()].index[:5]
    assert len(first) == 5
    monkeypatch.setattr(tables_io, "ROW_GROUP", 7)
    for cuts in ([], [3], [3, 40, 41, 90]):
        bounds = [0, *cuts, len(whole)]
        ordered = pd.concat([whole.loc[first], whole.drop(index=first)], ignore_index=True)  # first: nothing in either
        writer = tables_io.PartsWriter(tmp_path / "parts.parquet", tmp_path / "parts.csv", tmp_path / "spill",
                                       prepare=csv_for_excel)
        write_table(ordered, tmp_path / "whole.parquet")
        write_csv_for_excel(ordered, tmp_path / "whole.csv")
        for a, b in zip(bounds, bounds[1:]):
            writer.add(ordered.iloc[a:b])
        assert writer.close() == [] and not (tmp_path / "spill").exists()
        assert (tmp_path / "parts.parquet").read_bytes() == (tmp_path / "whole.parquet").read_bytes()
        assert (tmp_path / "parts.csv").read_bytes() == (tmp_path / "whole.csv").read_bytes()


def test_a_part_file_that_cannot_be_written_is_reported_and_the_other_is_written(seeds, tmp_path):
    import wuanalysis.tables_io as tables_io

    (tmp_path / "facts.csv").mkdir()  # a folder where the CSV copy should go
    writer = tables_io.PartsWriter(tmp_path / "facts.parquet", tmp_path / "facts.csv", tmp_path / "spill")
    writer.add(seeds.facts.iloc[:10])
    writer.add(seeds.facts.iloc[10:])
    failed = writer.close()
    assert [path for path, _exc in failed] == [tmp_path / "facts.csv"]
    pd.testing.assert_frame_equal(read_table(tmp_path / "facts.parquet"), read_table_of(seeds.facts, tmp_path))


def read_table_of(frame: pd.DataFrame, folder: Path) -> pd.DataFrame:
    write_table(frame, folder / "whole.parquet")
    return read_table(folder / "whole.parquet")
