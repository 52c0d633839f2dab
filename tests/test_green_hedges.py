"""A length of green hedges ("1.258 mét “hàng rào xanh”") is not the length of flower roads: in a list of works the
figure after a flower road's length took its cue from the clause before it. The catalogue names the hedges
(``green_hedges_length``: cues "hàng rào xanh", "hàng rào cây xanh"); flower roads keep theirs. Invented reports."""
from __future__ import annotations

import pytest

from wuanalysis import read_reports

HEAD = "Hội LHPN xã Tân Phú tổng kết nhiệm kỳ 2021 - 2025\n\n"


def indicators(tmp_path, body: str) -> dict[str, object]:
    (tmp_path / "r.txt").write_text(HEAD + body, encoding="utf-8")
    facts = read_reports(tmp_path, workers=1).facts
    return dict(zip(facts["quote"], facts["indicator"]))


@pytest.mark.parametrize(("body", "quote"), [
    ("Nhiệm kỳ qua, hội viên vận động xây dựng 600 mét “con đường hoa”, 950 mét “hàng rào xanh”, trồng 2.000 cây "
     "xanh.", "950 mét"),
    ("Các chi hội đã trồng 2,5 km đường hoa, 800 m hàng rào xanh và chăm sóc 40 tuyến đường tự quản.", "800 m"),
    ("Hội phối hợp làm mới 3 km đường hoa; xây dựng 1,2 km hàng rào cây xanh tại các khu dân cư.", "1,2 km"),
])
def test_a_hedge_is_no_flower_road(tmp_path, body, quote):
    found = indicators(tmp_path, body)
    assert found[quote] == "green_hedges_length"


@pytest.mark.parametrize(("body", "quote"), [
    # guards: the flower roads keep their length
    ("Nhiệm kỳ qua, hội viên vận động xây dựng 600 mét “con đường hoa”, 950 mét “hàng rào xanh”, trồng 2.000 cây "
     "xanh.", "600 mét"),
    ("Các chi hội đã trồng 2,5 km đường hoa, 800 m hàng rào xanh và chăm sóc 40 tuyến đường tự quản.", "2,5 km"),
    ("Hội viên tham gia trồng 3.200 cây xanh, làm mới 4,5 km đường hoa ven hàng rào của trường học.", "4,5 km"),
])
def test_a_flower_road_keeps_its_length(tmp_path, body, quote):
    assert indicators(tmp_path, body)[quote] == "flower_roads_km"
