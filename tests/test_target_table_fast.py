"""The targets table's cue search skips a stretch of text that holds none of a pattern's words: it finds what the
plain scan of the pattern found, at every offset of invented target sentences and of the seeds' sentences."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from wuanalysis import target_table
from wuanalysis.text import normalize_text, split_sentences

ROOT = Path(__file__).resolve().parents[1]

INVENTED = [
    "Hằng năm, mỗi cơ sở Hội giúp ít nhất 3 hộ thoát nghèo; đến năm 2030 có trên 90% hội viên tham gia.",
    "Phấn đấu đến cuối nhiệm kỳ kết nạp 25.000 hội viên mới; bình quân mỗi năm thành lập 10 tổ hợp tác.",
    "HÀNG NĂM MỖI CHI HỘI XÂY DỰNG 1 MÔ HÌNH; TRONG NHIỆM KỲ TỚI VẬN ĐỘNG 2 TỶ ĐỒNG.",
    "Nhiệm kỳ qua, toàn tỉnh giúp 1.200 hộ (chỉ tiêu 1.000 hộ); 5 năm vừa qua kết nạp 3.000 hội viên.",
    "Mỗi Hội LHPN xã, phường hỗ trợ ít nhất 10 phụ nữ khởi nghiệp, 300 hội viên/năm.",
    "Trước hết năm 2027 hoàn thành 100% chỉ tiêu; cả nhiệm kỳ giữ vững 95% cơ sở Hội khá.",
    "Kết nạp 1.500 hội viên, vận động 2 tỷ đồng, giúp 45 hộ.",  # none of the words: nothing to find
    "Giữa nhiệm kỳ qua đạt 60%; nửa nhiệm kỳ kết thúc với 50 mô hình; mỗi xã viên góp 2 triệu đồng.",
    "Tới \u212aỳ họp cuối năm 2026 mỗi năm 12 lớp",  # the Kelvin sign, which the patterns read as "k"
]


def _plain_cue(sentence: str, at: int | None, pattern: re.Pattern, clause: bool = False) -> re.Match | None:
    """``_cue`` without the look for the pattern's words first."""
    if at is None:
        return pattern.search(sentence)
    at = max(0, min(int(at), len(sentence)))
    lo = sentence.rfind(";", 0, at) + 1 if clause else 0
    before = [m for m in pattern.finditer(sentence, lo, at)
              if not (0 <= (end := sentence.find(";", m.end(), at)) and not sentence[m.end():end].strip(" ,.)"))]
    if before:
        return before[-1]
    hi = sentence.find(";", at)
    return pattern.search(sentence, at, hi if hi >= 0 else len(sentence))


def _span(m: re.Match | None):
    return None if m is None else (m.start(), m.end(), m.group(0))


def _seed_sentences() -> list[str]:
    return [s.text for p in sorted((ROOT / "seeds").glob("*.txt"))
            for s in split_sentences(normalize_text(p.read_text(encoding="utf-8")))]


@pytest.mark.parametrize("pattern", list(target_table._NEEDS))
def test_cue_finds_what_the_plain_scan_finds(pattern):
    seeds = _seed_sentences()
    assert len(seeds) > 50
    for sentence in INVENTED + seeds:
        offsets = range(len(sentence) + 1) if sentence in INVENTED else [m.start() for m in re.finditer(r"\d+",
                                                                                                         sentence)]
        for at in [None, *offsets]:
            for clause in (False, True):
                assert _span(target_table._cue(sentence, at, pattern, clause)) == _span(
                    _plain_cue(sentence, at, pattern, clause)), (sentence, at, clause)


def test_every_match_holds_one_of_the_words():
    for pattern, words in target_table._NEEDS.items():
        for sentence in INVENTED + _seed_sentences():
            for m in pattern.finditer(sentence):
                assert any(w in m.group(0).lower() for w in words), (pattern.pattern, m.group(0))


def test_upper_case_cues_are_still_found():
    assert target_table.target_period(2025, "year", "", "HẰNG NĂM KẾT NẠP 500 HỘI VIÊN", 18)[3] == "per_year"
    assert target_table.target_basis("MỖI CHI HỘI XÂY DỰNG 1 MÔ HÌNH", "count", 20) == "per_branch"
    # and a stretch without the words takes none ("xã viên" is no commune)
    assert target_table.target_basis("mỗi xã viên góp 2 triệu đồng", "vnd", 16) == "total"
    assert target_table.target_period(2025, "year", "", "Kết nạp 500 hội viên", 8) == (2025, 2025, "year", "once")
