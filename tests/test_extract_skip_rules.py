"""The skip rules as named units (issue 9): each rule has a name and a one-line docstring of the phrasing it
handles, the skip reason is the rule's name, and each rule answers for its own phrasing."""
from __future__ import annotations

import inspect

import pytest

from wuanalysis import skip_counts, skip_dates, skip_furniture, skip_names, skip_rules
from wuanalysis.extract import extract_figures
from wuanalysis.text import normalize_text


# a line long enough not to be a dateline
LONG = "Hội nghị diễn ra {} tại hội trường tỉnh với sự tham dự của đông đảo cán bộ, hội viên các cấp"


def reasons(text: str) -> list[str]:
    _figures, skipped = extract_figures(normalize_text(text))
    return [s.reason for s in skipped]


def test_every_rule_is_named_and_documented():
    names = [rule.__name__ for rule in skip_rules.RULES]
    assert len(names) == len(set(names))
    for rule in skip_rules.RULES:
        assert rule.__doc__ and rule.__doc__.strip(), rule.__name__


@pytest.mark.parametrize("family", [skip_counts, skip_dates, skip_furniture, skip_names])
def test_every_rule_of_a_family_runs_in_the_order(family):
    """A rule written in a family module but left out of ``RULES`` would never run."""
    written = {name for name, obj in vars(family).items() if inspect.isfunction(obj) and obj.__module__ == (
        family.__name__) and not name.startswith("_") and "t" in inspect.signature(obj).parameters}
    assert written and written <= {rule.__name__ for rule in skip_rules.RULES}


@pytest.mark.parametrize("text, rule", [
    ("Lượt xem: 1.234", "furniture_line"),
    ("Các chỉ tiêu: (1) kết nạp hội viên", "paren_list_marker"),
    ("1. Kết nạp hội viên mới", "line_list_marker"),
    ("đề ra 08 chỉ tiêu: 1. Hằng năm kết nạp hội viên", "inline_list_marker"),
    (" date 2025-10-06 Phụ nữ xã Thanh Phong phát huy vai trò trong xây dựng nông thôn mới", "iso_date"),
    ("phòng chống dịch Covid-19 tại địa phương", "glued_to_a_word"),
    ("liên hệ qua @2 ngay", "after_a_symbol"),
    ("trong nhiệm kỳ vừa qua [1] Hội đã", "footnote"),
    ("khai mạc lúc 7:30 tại hội trường", "clock_time"),
    ("nhiệt độ lên tới 38°C khiến", "temperature"),
    ("xem video tốc độ 1.25X nhé", "player_speed"),
    ("xem ảnh 2025.jpg đính kèm", "file_name"),
    ("đường dây 500 kV đi qua xã", "power_line"),
    ("(111 Bà Huyện Thanh Quan, TP HCM)", "street_address"),
    ("mô hình Phụ nữ 4.0 được nhân rộng", "version_number"),
    (LONG.format("30.10.2023"), "dotted_or_dashed_date"),
    ("gọi 0912.345.678 để được hỗ trợ", "phone_number"),
    ("Tổng số 1,234,567 lượt xem", "comma_grouped_counter"),
    ("Thực hiện Đề án 939 của Chính phủ", "name_word_before"),
    ("Trường THCS Nguyễn Du 2 tổ chức cho học sinh", "school_name"),
    ("phụ nữ trong độ tuổi từ 18 - 35 tham gia", "age_range"),
    ("mô hình “Tiết kiệm 1.000 đồng/ngày” được duy trì", "quoted_name"),
    (LONG.format("31/8/2024"), "full_date"),
    ("ban hành 12/2024/KH-HPN về việc", "slash_code"),
    ("đúng vào 23/9 Hội tổ chức", "day_and_month"),
    ("thực hiện 23-CT/TW của Ban Bí thư", "dash_code"),
    ("Triển khai 5 phong trào thi đua, 02 cuộc vận động và 3 nhiệm vụ trọng tâm", "standing_programmes"),
    ("Đây là 1 trong 3 địa phương đầu tiên tiến hành Đại hội", "rank_among"),
    ("trong 3 tháng qua", "period_or_structure_after"),
    ("Hội đề ra và thực hiện 9 chỉ tiêu chủ yếu", "count_of_targets"),
    ("Chỉ tiêu 2: Hằng năm kết nạp hội viên", "list_head"),
    ("Cụm thi đua gồm 9 tỉnh miền núi", "gom_structure"),
    ("Gian hàng 0 đồng", "zero"),
    ("Đoàn Kinh tế Tây Bắc 778, đóng quân tại xã", "proper_name_before"),
    ("100% cơ sở hội tổ chức ít nhất 2 hoạt động", "threshold_inside_a_share"),
    ("Toàn huyện có 287 mô hình có thu nhập trên 100 triệu đồng/năm", "income_class"),
])
def test_each_rule_answers_for_its_phrasing(text, rule):
    assert rule in reasons(text)


def test_a_list_of_names_goes_on_under_the_first_rule():
    assert reasons("Thực hiện Đề án 938, 939 của Chính phủ") == ["name_word_before", "name_word_before"]


# -- a proper name ending with a number, but not a place followed by its own figure ----------------------------
@pytest.mark.parametrize("text, expected", [
    ("Số hội viên mới: huyện Đồng Phú 120, huyện Lộc Ninh 95, thị xã Bình Long 60.", [120, 95, 60]),
    ("Kết quả theo tỉnh: Bình Phước 1.129; Bắc Kạn 300.", [1129, 300]),
    ("Hộ thoát nghèo: xã Thiệu Trung 12, phường Hạc Thành 8.", [12, 8]),
])
def test_place_by_place_figures_are_figures(text, expected):
    _figures, _ = extract_figures(normalize_text(text))
    assert [f.value for f in _figures] == [float(v) for v in expected]


@pytest.mark.parametrize("text", [
    "Đoàn Kinh tế Tây Bắc 778, đóng quân tại xã.",
    "Cảm ơn Trung đoàn Gia Định 3, Đội Sông Đà 7.",
])
def test_units_named_by_a_number_stay_names(text):
    assert extract_figures(normalize_text(text))[0] == []
