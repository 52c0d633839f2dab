"""The period year is not a starting point or a programme's name (rc6 C1 patterns; invented wordings)."""
from __future__ import annotations

import pytest

from wuanalysis.documents import extract_document_info
from wuanalysis.text import normalize_text


def period(text: str) -> tuple:
    got = extract_document_info(normalize_text(text))
    return got["period_span"], got["period_year"]


@pytest.mark.parametrize("text, year", [
    # a model launched years ago, its members counted "đến nay"
    ("date 2024-10-02 Mô hình “Tổ phụ nữ tiết kiệm” ở thôn Nà Hin\n\nNăm 2021, khi mới thành lập, tổ có 12 thành "
     "viên. Đến nay, tổ đã có 40 thành viên, tiết kiệm được 90 triệu đồng.", 2024),
    ("date 2025-06-15 Hiệu quả câu lạc bộ “Phụ nữ với pháp luật”\n\nNăm 2019, câu lạc bộ được Hội LHPN huyện Yên "
     "Thế chọn làm điểm. Đến nay, câu lạc bộ có 60 hội viên sinh hoạt đều đặn.", 2025),
    # a campaign looked back on over many years
    ("date 2026-01-20 Phụ nữ Sơn La với cuộc vận động “Gia đình 5 có”\n\nNăm 2016, mô hình điểm được triển khai ở 10 "
     "xã. 10 năm qua, các cấp hội đã giúp trên 4.000 hộ đạt tiêu chí.", 2026),
    # no dash in the comma-free opener: "Năm 2022 khi ra mắt"
    ("date 2024-03-01 Chi hội phụ nữ ấp 3 làm đường hoa\n\nNăm 2022 khi ra mắt, tuyến đường hoa dài 300 m. Hiện nay "
     "tuyến đường đã dài 1,2 km.", 2024),
])
def test_a_starting_year_is_not_the_period(text, year):
    assert period(text) == ("unknown", year)


@pytest.mark.parametrize("text", [
    # a year review dated in January of the next year still reports its year
    "date 2025-01-10 Hội LHPN xã Tân Phú tổng kết công tác Hội\n\nNăm 2024, Hội đã giúp 15 hộ thoát nghèo. Đến nay, "
    "toàn xã còn 40 hộ nghèo.",
    # a year opening the sentence of a report dated the same year
    "date 2024-12-20 Phụ nữ Tân Phú làm kinh tế giỏi\n\nNăm 2024, Hội vận động 30 hộ vay vốn. Đến nay, các hộ đều có "
    "thu nhập ổn định.",
])
def test_the_report_year_at_a_sentence_start_stays(text):
    assert period(text)[1] == 2024


@pytest.mark.parametrize("text, year", [
    # the programme's period inside its quoted name; the span reported comes later
    ("Đề án “Hỗ trợ phụ nữ tham gia phát triển kinh tế tập thể giai đoạn 2019 - 2025” được triển khai tại huyện. "
     "Giai đoạn 2020 - 2023, Hội LHPN huyện đã thành lập 6 tổ hợp tác.", 2023),
    ("Hưởng ứng phong trào \"Toàn dân đoàn kết xây dựng đô thị văn minh giai đoạn 2021-2025\", Hội phụ nữ quận đã "
     "vận động hội viên. Từ 2021 – 2024, hội viên đóng góp 300 ngày công.", 2024),
])
def test_a_programme_named_in_quotes_is_not_the_period(text, year):
    assert period(text) == ("unknown", year)


@pytest.mark.parametrize("text", [
    "Ra mắt mô hình “Chi hội 5 có, 3 sạch” tại thôn Đông\n\nMô hình gắn với phong trào \"Cả nước chung tay vì người "
    "nghèo giai đoạn 2021-2025\". Tại buổi ra mắt, 80 thành viên đã thông qua quy chế.",
    "Ra mắt tổ phụ nữ tự quản\n\nViệc ra mắt tổ nhằm thực hiện Đề án “Phụ nữ tham gia bảo vệ môi trường giai đoạn "
    "2022 – 2026”. Tổ có 25 thành viên.",
])
def test_only_a_quoted_programme_gives_no_year(text):
    assert period(text) == ("unknown", None)


@pytest.mark.parametrize("text, year", [
    # "từ năm 2022 đến nay" starts the sum; the award's year is the report's
    ("Chi hội phụ nữ tổ 5, phường Nam Lý có 120 hội viên. Từ năm 2022 đến nay, chi hội thu được 20 triệu đồng từ "
     "bán phế liệu. Chi hội được công nhận danh hiệu “Chi hội phụ nữ tiêu biểu năm 2024”.", 2024),
    ("Quỹ tiết kiệm của chi hội duy trì từ năm 2021 đến nay với 50 triệu đồng. Hội LHPN thị xã tặng giấy khen "
     "“Chi hội xuất sắc năm 2023”.", 2023),
])
def test_a_start_since_then_is_not_the_year(text, year):
    assert period(text)[1] == year


def test_quotes_pair_up_from_the_line_start():
    text = ("Ra mắt tổ “Phụ nữ tự quản” ở thôn Bắc\n\nTổ gắn với các cuộc vận động \"Xây dựng gia đình "
            "5 không, 3 sạch\", \"Gia đình 5 có, 3 sạch\" (có ngôi nhà an toàn, có sinh kế bền vững, có sức "
            "khỏe, có kiến thức, có nếp sống văn hóa; sạch nhà, sạch bếp, sạch ngõ) và phong trào \"Cả nước "
            "chung tay xây dựng nông thôn mới giai đoạn 2021-2025\". Tổ có 30 thành viên.")
    assert period(text) == ("unknown", None)
