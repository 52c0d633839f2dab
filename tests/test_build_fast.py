"""The build's shortcuts outside extraction find what the plain forms found (issue 10): the candidate places of a
province mention, searched as "prefix name|name" instead of "(prefix)? name", on the reports we may read (the seeds,
the check sets that are not kept unseen) and on invented spellings of prefixes and names."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from wuanalysis import catalogue
from wuanalysis.catalogue import find_provinces
from wuanalysis.text import match_form, normalize_text

ROOT = Path(__file__).resolve().parents[1]
CHECKSETS = ROOT / "benchmarks" / "checksets"
_UNSEEN = {line.strip() for line in (CHECKSETS / "UNSEEN").read_text(encoding="utf-8").splitlines()
           if line.strip() and not line.startswith("#")}
TEXTS = sorted([*(ROOT / "seeds").glob("*.txt"),
                *(p for p in CHECKSETS.glob("*/docs/*.txt") if p.parent.parent.name not in _UNSEEN)])

INVENTED = [
    "Hội LHPN tỉnh Bắc Kạn phối hợp với thành phố  Hà Nội và TP.HCM, Tp Hồ Chí Minh, T.P Cần Thơ.",
    "tinh bac kan, thanh pho ha noi, tphcm, tp hcm, t p da nang; Thừa Thiên - Huế, BR-VT, Bà Rịa - Vũng Tàu",
    "Tỉnh Hòa Bình tổ chức; hòa bình là mong ước; tỉnhHà Nam, thành phốĐà Nẵng, TPHCM, tp.",
    "các xã Gia Hội, Bình Thuận; bà Nguyễn Thị Thái Bình; tư tưởng Hồ Chí Minh; Tây Ninh, Thái Bình, Tuyên Quang",
    "t", "tp", "tỉnh", " thành phố ", "",
]


def _plain_candidates() -> re.Pattern:
    """The candidate pattern as it was written before: the prefix an optional group in front of the names."""
    pattern = catalogue._candidate_regex().pattern
    prefixes, both = pattern[len(" (?=(?:"):-len(r")(?!\w))")].split(" *", 1)
    names = both[:len(both) // 2]  # "names|names"
    assert pattern == rf" (?=(?:{prefixes} *{names}|{names})(?!\w))"  # the two halves split where they join
    return re.compile(rf" (?=(?:{prefixes} *)?{names}(?!\w))")


def _places(regex: re.Pattern, text: str) -> list[int]:
    return [m.start() for m in regex.finditer(" " + catalogue._folded(match_form(text)))]


def test_texts_are_read():
    assert len(TEXTS) >= 100


@pytest.mark.parametrize("text", INVENTED)
def test_candidates_of_invented_spellings(text):
    assert _places(catalogue._candidate_regex(), text) == _places(_plain_candidates(), text)


def test_invented_spellings_are_found():
    found = {name for text in INVENTED for _s, _e, name in find_provinces(text)}
    assert {"Bắc Kạn", "Hà Nội", "Hồ Chí Minh", "Cần Thơ", "Đà Nẵng", "Tây Ninh"} <= found


def test_candidates_of_every_report():
    new, plain = catalogue._candidate_regex(), _plain_candidates()
    for path in TEXTS:
        text = normalize_text(path.read_text(encoding="utf-8"))
        assert _places(new, text) == _places(plain, text), path.name
