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
from wuanalysis.corpus import DOCUMENT_COLUMNS, FACT_COLUMNS, ISSUE_COLUMNS, read_table

ROOT = Path(__file__).resolve().parent.parent
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def seeds():
    return read_reports(ROOT / "seeds")


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
    corpus = read_reports([tmp_path, tmp_path / "missing.txt"])
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
    assert out.strip().startswith("5 reports, ") and out.strip().endswith("0 problems")
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
    assert main(["extract", str(tmp_path), "--facts", str(tmp_path / "f.xlsx"), "-q"]) == 2
    assert "unknown table format" in capsys.readouterr().err


def test_python_dash_m_runs_the_same_cli(tmp_path):
    done = subprocess.run([sys.executable, "-m", "wuanalysis", "extract", str(SEEDS[0]), "--facts", str(tmp_path / "f.csv")],
                          capture_output=True, text=True, check=True)
    assert done.stdout.startswith("1 report, ")
    assert len(pd.read_csv(tmp_path / "f.csv")) > 10
