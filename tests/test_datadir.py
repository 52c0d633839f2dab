"""Reading a build folder for a page: the tables it needs, and the facts only when asked for."""
from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from wuanalysis import build
from wuanalysis.datadir import load_tables

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def folder(tmp_path_factory):
    out = tmp_path_factory.mktemp("datadir") / "out"
    build(ROOT / "seeds", out, briefings=False, workers=1)
    return out


def test_a_page_reads_the_facts_only_when_it_uses_them(folder, monkeypatch):
    import wuanalysis.corpus as corpus

    read: list[str] = []
    real = corpus.read_table
    monkeypatch.setattr(corpus, "read_table", lambda path: read.append(Path(path).name) or real(path))
    tables = load_tables(folder)
    assert "facts.parquet" not in read and {"documents.parquet", "measurements.parquet", "targets.parquet"} <= set(read)
    assert len(tables.measurements) and len(tables.documents) == 5
    facts = tables.facts
    assert read.count("facts.parquet") == 1 and len(facts) == 200
    assert tables.facts is facts  # read once
    pd.testing.assert_frame_equal(facts, real(folder / "facts.parquet"))


def test_measuring_again_against_a_targets_file_reads_the_facts(folder, tmp_path):
    path = tmp_path / "targets.csv"
    path.write_text("indicator,scope,period,period_span,value,unit,label_vi,source\n"
                    "members_new,Bình Phước,2023,year,2.100,hv,x,y\n", encoding="utf-8")
    tables = load_tables(folder, targets_path=path)
    assert len(tables.facts) == 200
    m = tables.measurements
    assert ((m["indicator"] == "members_new") & (m["province"] == "Bình Phước") & (m["target"] == 2100)).any()
