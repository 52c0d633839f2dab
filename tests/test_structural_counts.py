"""Counts of a report's own frame are no figures (issue 11, SCHEMA: "structural counts of the text's own items"):
the places a plan's targets are shared out to, the members of an emulation cluster, the administrative census of a
province or commune after the 2025 merger, a union named with its places ("Hội LHPN huyện và 12 xã"), the banks whose
capital the Union manages. Invented phrasings of the genre; the guards are results told with the same words (places
reached, units founded, the union's own units and members counted)."""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text


def values(text: str) -> list[float]:
    return [float(f["value"]) for f in extract_facts(normalize_text(text))]


@pytest.mark.parametrize("text, kept", [
    # the places a plan's targets are shared out to
    ("Ban Thường vụ Hội LHPN tỉnh giao chỉ tiêu cho 124 xã, phường, đặc khu để triển khai trong năm 2026.", []),
    ("Hội LHPN thành phố phân bổ chỉ tiêu phát triển hội viên cho 168 phường, xã (có phụ lục kèm theo).", []),
    ("Thường trực Hội phân bổ kế hoạch vốn cụ thể tới 45 cơ sở Hội để thực hiện.", []),
    ("Kế hoạch giao chỉ tiêu về các 12 huyện, thị xã, thành phố.", []),
    ("Giao chỉ tiêu cho 12 xã, trong đó 10 xã đã hoàn thành.", [10.0]),
    # the members of a cluster or a bloc
    ("Cụm thi đua có 8 đơn vị thành viên là Hội LHPN các tỉnh duyên hải miền Trung.", []),
    ("Khối thi đua gồm 6 tỉnh, thành thành viên đã ký kết giao ước.", []),
    ("Năm 2025, 7 tỉnh thành viên của Cụm đã hoàn thành 100% chỉ tiêu.", [100.0]),
    # an administrative census
    ("Sau sắp xếp, toàn tỉnh có 11 phường, 85 xã và 3 đặc khu với 412.000 hội viên.", [412000.0]),
    ("Hiện nay toàn thành phố có 168 xã, phường.", []),
    ("Toàn huyện gồm 15 xã và 2 thị trấn; Hội LHPN huyện có 3.450 hội viên.", [3450.0]),
    ("Toàn xã hiện có 14 thôn, bản với 2.130 hội viên sinh hoạt tại 14 chi hội.", [2130.0, 14.0]),
    # a union named with its places
    ("Hội LHPN huyện và 12 xã, thị trấn đã tổ chức 150 buổi tuyên truyền.", [150.0]),
    ("Hội LHPN quận Ba Đình và 14 phường đã ra quân dọn vệ sinh.", []),
    # where an event's teams or guests came from
    ("Hội thi có 12 đội đến từ Hội LHPN 10 xã, phường tham gia.", [12.0]),
    ("Gần 300 hội viên đến từ các 15 xã, thị trấn tham dự ngày hội.", [300.0]),
    # the members of a cluster named next, after a list of the kinds of place
    ("Cụm thi đua số 3 gồm Hội LHPN 4 tỉnh, thành: Hải Phòng, Quảng Ninh, Hưng Yên và Ninh Bình.", []),
    ("Khối thi đua gồm Hội LHPN 6 tỉnh, thành phố: Hà Nội, Bắc Ninh, Phú Thọ, Lào Cai và Thái Nguyên.", []),
    ("Đoàn công tác làm việc với Hội LHPN 3 xã, phường: Tân Mai, Hòa Bình và Phú Lợi về mô hình sinh kế.", []),
    # the banks whose capital the Union manages
    ("Tổng dư nợ ủy thác qua 2 ngân hàng đạt 1.250 tỷ đồng.", [1.25e12]),
    ("Hội phối hợp với 02 ngân hàng giải ngân cho 430 hộ vay vốn.", [430.0]),
])
def test_structural_counts_are_no_figures(text, kept):
    assert values(text) == kept


@pytest.mark.parametrize("text, kept", [
    # places reached, units founded, the union's own units: results
    ("Hội đã tổ chức tuyên truyền tại 12 xã, phường với hơn 2.000 lượt người tham dự.", [12.0, 2000.0]),
    ("Năm 2025, Hội thành lập mới 11 chi hội và 3 tổ hợp tác.", [11.0, 3.0]),
    ("Đến nay, toàn tỉnh có 45 xã, phường hoàn thành Đại hội điểm.", [45.0]),
    ("Toàn huyện có 12 xã đạt chuẩn nông thôn mới nâng cao.", [12.0]),
    ("Toàn tỉnh hiện có 124 cơ sở Hội xã, phường, đặc khu với hơn 350.000 hội viên.", [124.0, 350000.0]),
    ("Hội hỗ trợ 12 xã, phường xây dựng mô hình; giao chỉ tiêu thi đua cho các chi hội.", [12.0]),
    ("Hợp tác xã có 25 hộ thành viên, doanh thu 1,2 tỷ đồng.", [25.0, 1.2e9]),
    ("Hội LHPN 10 xã không ngừng đổi mới nội dung sinh hoạt.", [10.0]),
    ("Quà được chuyển từ 15 xã về trung tâm huyện, tổng cộng 420 suất.", [15.0, 420.0]),
    ("Hội vận động 5 ngân hàng và doanh nghiệp tài trợ 800 triệu đồng.", [5.0, 8e8]),
    ("Cụm gồm 5 tỉnh, thành đã kết nạp 2.000 hội viên mới.", [2000.0]),
    ("Năm 2025, 5 tỉnh, thành của Cụm giúp 1.200 hộ thoát nghèo.", [5.0, 1200.0]),
    ("Hội hỗ trợ 4 xã, phường xây dựng mô hình: Tân Mai đạt 2 mô hình.", [4.0, 2.0]),
])
def test_results_told_with_the_same_words_stay(text, kept):
    assert values(text) == kept
