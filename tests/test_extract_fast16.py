"""The per-document gate of the skip chain (issue 10/11 throughput): a rule whose words a document lacks is not run
there, and extraction is the same as with every rule run on every number."""
from __future__ import annotations

from pathlib import Path

import pytest

import wuanalysis.extract as extract
from wuanalysis import skip_rules
from wuanalysis.extract import extract_figures
from wuanalysis.skip_rules import RULES, _NEEDS, absent_rules
from wuanalysis.text import match_form, normalize_text

ROOT = Path(__file__).resolve().parent.parent
SETS = ROOT / "benchmarks" / "checksets"


def _study_texts() -> list[Path]:
    unseen = {line.strip() for line in (SETS / "UNSEEN").read_text(encoding="utf-8").splitlines()
              if line.strip() and not line.startswith("#")}
    paths = sorted((ROOT / "seeds").glob("*.txt"))
    for folder in sorted(SETS.iterdir()):
        if folder.is_dir() and folder.name not in unseen:
            paths += sorted((folder / "docs").glob("*.txt"))
    return paths


def _ungated(monkeypatch) -> None:
    monkeypatch.setattr(extract, "absent_rules", lambda low, furniture: frozenset())


def _dump(text: str) -> tuple:
    figures, skipped = extract_figures(text)
    return [vars(f) for f in figures], [(s.start, s.end, s.reason, s.kind) for s in skipped]


def test_gated_rules_are_rules_of_the_chain():
    assert set(_NEEDS) <= set(RULES)
    assert all(words and all(w == w.lower() for w in words) for words in _NEEDS.values())


def test_the_gate_changes_nothing_on_the_study_texts(monkeypatch):
    paths = _study_texts()
    assert len(paths) > 100
    gated = [_dump(normalize_text(p.read_text(encoding="utf-8"))) for p in paths]
    _ungated(monkeypatch)
    assert [_dump(normalize_text(p.read_text(encoding="utf-8"))) for p in paths] == gated


@pytest.mark.parametrize("text, reason", [
    ("Cụm thi đua 5 tỉnh Tây Nguyên tổ chức hội nghị.", "cluster_named"),
    ("Khối gồm 6 tỉnh, thành thành viên.", "cluster_members"),
    ("Trường THCS Nguyễn Du 2 tổ chức ngày hội.", "school_name"),
    ("Sau sắp xếp, 130 Hội LHPN xã, phường trực thuộc Hội LHPN tỉnh.", "unions_under_the_province"),
    ("Hội phối hợp với 02 ngân hàng trên địa bàn.", "partner_banks"),
    ("Các đội thi đến từ Hội LHPN 08 xã, thị trấn.", "places_they_came_from"),
    ("Mẹ có 3 người con là liệt sĩ.", "kin_count"),
    ("Ủng hộ qua số tài khoản: 1234567890 của Hội.", "account_or_code"),
])
def test_a_gated_rule_still_answers_where_its_words_are(text, reason):
    _, skipped = extract_figures(normalize_text(text))
    assert reason in [s.reason for s in skipped]


def test_a_document_without_the_words_leaves_the_rule_out():
    m = match_form("Kết nạp 120 hội viên mới, đạt 110% kế hoạch.")
    absent = absent_rules(m.lower(), furniture=False)
    assert {skip_rules.cluster_named, skip_rules.partner_banks, skip_rules.furniture_line} <= absent
    assert skip_rules.read_value not in absent and skip_rules.year not in absent


def test_furniture_rule_runs_where_the_page_has_furniture_lines():
    m = match_form("Lượt xem: 1.234\nKết nạp 120 hội viên.")
    assert skip_rules.furniture_line not in absent_rules(m.lower(), furniture=True)
