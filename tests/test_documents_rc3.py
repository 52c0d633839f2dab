"""Document facts on the genre patterns of the third fresh checkset (benchmarks/checksets/rc3/FINDINGS.md, C):
a labelled publication date line ("Ngày đăng : 06:02, 25/03/2021") and a venue that is not the reporter."""
from __future__ import annotations

import pytest

from wuanalysis.documents import extract_document_info

_CONGRESS = ("Đại hội đại biểu Phụ nữ xã Tân Lập lần thứ XX, nhiệm kỳ 2021-2026\n"
             "Hội LHPN xã Tân Lập tổ chức Đại hội đại biểu Phụ nữ xã lần thứ XX, nhiệm kỳ 2021-2026. Đại hội đã bầu "
             "Ban Chấp hành nhiệm kỳ 2021-2026 gồm 15 đồng chí.\n")


@pytest.mark.parametrize("dateline", [
    "Ngày đăng: 25/03/2021 06:02",
    "Ngày đăng : 06:02, 25/03/2021",
    "Cập nhật: 25/03/2021 06:02",
])
def test_a_labelled_date_line_above_the_headline_is_the_publication_date(dateline):
    # a time beside the date above the headline usually is the site's clock; labelled, it is the article's date
    info = extract_document_info(dateline + "\n" + _CONGRESS)
    assert info["published"] == "2021-03-25"
    assert info["period_year"] == 2021  # the year the congress meets, not the end of its term


@pytest.mark.parametrize("text", [
    # the central union's chair reports national results at a meeting held in the capital
    "Hỗ trợ phụ nữ khởi nghiệp giai đoạn 2017-2025\n"
    "Sáng 12/6, tại TP. Hà Nội, bà Hà Thị Nga, Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam chủ trì hội nghị tổng kết Đề án "
    "939. Theo báo cáo, các cấp Hội đã hỗ trợ 15.000 ý tưởng khởi nghiệp và thành lập 1.200 hợp tác xã.\n",
    "Tổng kết Đề án 939\n"
    "Hội nghị diễn ra tại Trung tâm Hội nghị quốc gia, Hà Nội. Báo cáo của Chủ tịch Hội LHPN Việt Nam cho biết các "
    "cấp Hội đã hỗ trợ 15.000 ý tưởng khởi nghiệp.\n",
    "Phụ nữ cả nước hỗ trợ 5.000 phụ nữ khởi nghiệp\n"
    "Chiều 20/10, tại Hà Nội, Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam tổ chức lễ tổng kết. Trong năm, cả nước đã "
    "hỗ trợ 5.000 phụ nữ khởi nghiệp.\n",
])
def test_a_venue_is_not_the_reporter(text):
    info = extract_document_info(text)
    assert (info["org_level"], info["province"]) == ("central", None)


def test_the_central_union_organising_a_contest_does_not_make_a_provincial_review_central():
    text = ("Hội thi \"Phụ nữ khởi nghiệp\" cấp tỉnh năm 2023\n"
            "Năm 2023, các cấp Hội phụ nữ trong tỉnh đã hỗ trợ 320 ý tưởng khởi nghiệp. Toàn tỉnh có 45 hội viên dự "
            "cuộc thi \"Phụ nữ khởi nghiệp\" do Trung ương Hội LHPN Việt Nam tổ chức; hội thi cấp tỉnh chọn 10 ý "
            "tưởng.\n")
    assert extract_document_info(text)["org_level"] == "province"


def test_a_venue_does_not_override_the_union_that_reports():
    # the provincial union named as the organiser keeps its province, wherever it meets
    text = ("Hội LHPN tỉnh Bắc Kạn tổng kết công tác Hội năm 2023\n"
            "Sáng 5/1, tại TP. Hà Nội, Hội LHPN tỉnh Bắc Kạn tổ chức hội nghị tổng kết. Toàn tỉnh phát triển mới "
            "1.200 hội viên.\n")
    info = extract_document_info(text)
    assert (info["org_level"], info["province"]) == ("province", "Bắc Kạn")


@pytest.mark.parametrize("text", [
    "Đại hội đại biểu Phụ nữ Thành phố Hồ Chí Minh lần thứ I, nhiệm kỳ 2025–2030\n11/12/2025\n"
    "Đại hội đại biểu Phụ nữ Thành phố Hồ Chí Minh lần thứ I, nhiệm kỳ 2025–2030 sẽ diễn ra vào chiều 20/12. "
    "Nhiệm kỳ 2021–2025, các cấp Hội đã vận động 45.000 hội viên mới.\n",
    "Hội LHPN tỉnh Bắc Kạn chuẩn bị Đại hội nhiệm kỳ 2026-2031\nNgày đăng: 02/12/2025\n"
    "Sáng 28/12, Hội LHPN tỉnh Bắc Kạn sẽ tổ chức Đại hội đại biểu Phụ nữ tỉnh lần thứ XIII, nhiệm kỳ 2026-2031.\n",
])
def test_a_meeting_announced_for_the_coming_weeks_is_in_the_articles_year(text):
    assert extract_document_info(text)["period_year"] == 2025


def test_a_meeting_weeks_before_a_january_article_is_last_years():
    text = ("Hội LHPN huyện Đà Bắc tổng kết công tác Hội năm 2024\n05/01/2025\n"
            "Chiều 28/12, Hội LHPN huyện Đà Bắc tổ chức hội nghị tổng kết công tác Hội năm. Trong năm, toàn huyện "
            "phát triển 230 hội viên mới.\n")
    assert extract_document_info(text)["period_year"] == 2024


def test_the_note_says_a_province_named_only_as_the_venue_is_the_venue():
    text = ("Tổng kết Đề án 939\nHội nghị diễn ra tại Trung tâm Hội nghị quốc gia, Hà Nội. Báo cáo của Chủ tịch Hội "
            "LHPN Việt Nam cho biết các cấp Hội đã hỗ trợ 15.000 ý tưởng khởi nghiệp.\n")
    assert extract_document_info(text)["province_note"] == "only the venue names Hà Nội"
