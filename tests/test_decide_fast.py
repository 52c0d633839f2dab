"""The literal looks that let the target rules skip their patterns (issue 10/11 throughput) decide as the patterns
did: each look is a necessary condition of the pattern it guards, on invented phrasings and on every gap between two
figures of the seed reports."""
from __future__ import annotations

from pathlib import Path

import pytest

from wuanalysis import target_cues, target_listed_pairs
from wuanalysis.extract import extract_facts, extract_figures
from wuanalysis.text import normalize_text

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))

GAPS = [
    " căn nhà tại khu phố 5 và khu phố 12 (kế hoạch năm: ",
    " hộ ở ấp 4, ấp 7, đạt ",
    " suất quà, tổ chức ",
    " hội viên tại thôn 2, 3 (chỉ tiêu ",
    " người thuộc tổ dân phố  9, vượt ",
    " nhà “5 không, 3 sạch” tại bản Cà Đạc, bản Phách (chỉ tiêu ",
    " buổi tại khối\t11 (kh ",
    "",
]


def _seed_gaps() -> list[str]:
    gaps = []
    for path in SEEDS:
        text = normalize_text(path.read_text(encoding="utf-8"))
        low = text.lower()
        figures, _ = extract_figures(text)
        gaps += [low[a.end:b.start] for a, b in zip(figures, figures[1:])]
    return gaps


@pytest.fixture(scope="module")
def seed_gaps() -> list[str]:
    return _seed_gaps()


def _plain_place_look(between: str) -> bool:
    return any(word in between for word in target_cues._PLACE_WORDS)


@pytest.mark.parametrize("between", GAPS)
def test_numbered_places_need_a_place_then_a_number(between: str) -> None:
    if target_cues._NUMBERED_PLACES.search(between):
        assert target_cues._a_place_then_a_number(between)
    assert target_cues._a_place_then_a_number(between) <= _plain_place_look(between)


def test_place_look_on_the_seeds(seed_gaps: list[str]) -> None:
    for between in seed_gaps:
        if target_cues._NUMBERED_PLACES.search(between):
            assert target_cues._a_place_then_a_number(between), between


def _taken_out(between: str) -> str:
    """The gap as ``_linked_result`` rewrites it before its gate."""
    if target_cues._DIGIT.search(between) and _plain_place_look(between) and (
            places := target_cues._NUMBERED_PLACES.sub("P", between)) != between:
        between = places
    if "“" in between or '"' in between:
        between = target_cues._QUOTED_NAME.sub("Q", between)
    if " tại " in between and "," in between:
        between = target_cues._PLACES_LISTED.sub(" tại P", between)
    return between


@pytest.mark.parametrize("between", GAPS)
def test_taking_out_places_makes_no_gate_piece(between: str) -> None:
    assert target_cues._holds_a_piece(_taken_out(between)) <= target_cues._holds_a_piece(between)


def test_gate_first_on_the_seeds(seed_gaps: list[str]) -> None:
    for between in seed_gaps:
        assert target_cues._holds_a_piece(_taken_out(between)) <= target_cues._holds_a_piece(between), between


def test_holds_one_is_any() -> None:
    words = ["chỉ tiêu", "kế hoạch", "nq"]
    for between in [*GAPS, "trong khi nq giao", "so với kế hoạch", ""]:
        assert target_listed_pairs._holds_one(between, words) == any(word in between for word in words)
    assert not target_listed_pairs._holds_one("chỉ tiêu", [])


def _row(text: str, value: float) -> dict:
    return next(r for r in extract_facts(normalize_text(text)) if r["value"] == value)


@pytest.mark.parametrize("text, value, target", [
    ("Hội xây mới 4 căn nhà tại khu phố 5 và khu phố 12 (kế hoạch năm: 6 căn).", 4, 6),
    ("Các chi hội giúp 35 hộ vay vốn tại ấp 3, ấp 8 (chỉ tiêu 30 hộ).", 35, 30),
    ("Năm 2026 kết nạp 212 hội viên mới (chỉ tiêu 200 hội viên).", 212, 200),
])
def test_bracketed_target_still_links(text: str, value: float, target: float) -> None:
    row = _row(text, value)
    assert row["target"] == target and not row["is_target"]


@pytest.mark.parametrize("text, value", [
    ("Hội tổ chức 15 buổi sinh hoạt tại tổ 4, thu hút 300 hội viên tham dự.", 300),
    ("Các chi hội trao 120 suất quà, tổng trị giá 60 triệu đồng.", 120),
])
def test_no_target_word_no_target(text: str, value: float) -> None:
    row = _row(text, value)
    assert row["target"] is None and not row["is_target"]


def test_bounds_written_out_as_around() -> None:
    from wuanalysis.clause_bounds import Bounds
    texts = [normalize_text(path.read_text(encoding="utf-8")) for path in SEEDS]
    texts += ["", "Một câu.", "Hai câu. Ba câu; bốn.\n", "Không dấu chấm cuối"]
    for text in texts:
        bounds = Bounds(text)
        for pos in range(0, len(text) + 2, 7 if len(text) > 500 else 1):
            assert bounds.sentence(pos) == Bounds._around(bounds.sentence_ends, pos, bounds.n)
            assert bounds.clause(pos) == Bounds._around(bounds.clause_ends, pos, bounds.n)
            assert bounds.sentence_start(pos) == Bounds._around(bounds.sentence_ends, pos, bounds.n)[0]


@pytest.mark.parametrize("between", [*GAPS, ' mô hình "Nhà sạch" và “3 sạch', ' tại xóm A, xóm B, rồi'])
def test_quotes_and_listed_places_need_their_closing_marks(between: str) -> None:
    if target_cues._QUOTED_NAME.search(between):
        assert ("“" in between and "”" in between) or between.count('"') > 1
    if target_cues._PLACES_LISTED.search(between):
        assert "(" in between


def test_closing_marks_on_the_seeds(seed_gaps: list[str]) -> None:
    for between in seed_gaps:
        if target_cues._QUOTED_NAME.search(between):
            assert ("“" in between and "”" in between) or between.count('"') > 1
        if target_cues._PLACES_LISTED.search(between):
            assert "(" in between
