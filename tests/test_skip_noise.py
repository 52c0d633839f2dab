"""Page furniture around a report is no figure (issue 11, benchmarks/NOISE.md): market widgets, pagers, related
articles and "Xem thêm" links, attached files, ratings, weather, a video player, share and comment counters, reading
tools, contacts. Invented phrasings of each kind around a real-looking report; a report's own figures stay."""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text

HEAD = "Hội LHPN huyện Yên Thành tổng kết công tác Hội năm 2024"
LEDE = ("Sáng 12/12, Hội LHPN huyện Yên Thành tổ chức hội nghị tổng kết công tác Hội năm 2024. Trong năm, các cấp "
        "Hội đã kết nạp 1.245 hội viên mới, giúp 37 hộ thoát nghèo và trao 215 suất quà cho phụ nữ khó khăn.")
TAIL = ("Hội nghị đã khen thưởng các tập thể và cá nhân có thành tích xuất sắc trong phong trào thi đua của "
        "Hội năm 2024.")
REPORT = {1245.0, 37.0, 215.0}


def values(furniture: str, where: str = "bottom") -> set[float]:
    if where == "top":
        text = f"{furniture}\n{HEAD}\n{LEDE}\n{TAIL}"
    elif where == "middle":
        text = f"{HEAD}\n{LEDE}\n{furniture}\n{TAIL}"
    else:
        text = f"{HEAD}\n{LEDE}\n{TAIL}\n{furniture}"
    return {float(f["value"]) for f in extract_facts(normalize_text(text))}


def check(furniture: str, where: str = "bottom") -> None:
    assert values(furniture, where) == REPORT, furniture


@pytest.mark.parametrize("line", [
    "Giá vàng SJC: 84,50 / 86,50 triệu đồng/lượng",
    "Vàng nhẫn 9999: 82.400.000 đ",
    "USD 25.150 - 25.480",
    "Tỷ giá: USD 25.450 VND",
    "EUR 27.123",
    "Giá xăng RON 95: 21.050 đồng/lít",
    "Xăng E5 RON 92: 20.170đ",
    "VN-Index 1.234,56 (+0,5%)",
    "Kết quả xổ số Miền Bắc: 38805",
    "XSMN 22/12: 848544",
    "Giải đặc biệt: 47077",
    "DOJI 74.747",
    "Mua 73,8 Bán 75,1",
])
def test_market_widgets(line):
    check(line)
    check(line, "top")


@pytest.mark.parametrize("line", [
    "Trang: 1 2 3 4 ... 33", "‹ Trước 1 2 3 … 14 Sau ›", "Trang 1 2 3 … 61", "Hiển thị 1 - 10 của 747 kết quả",
    "Trang 5 / 62", "Trang 1/83", "Xem tiếp (54)", "« 1 2 3 … 9 »",
])
def test_pagers(line):
    check(line)


@pytest.mark.parametrize("head", [
    "Các tin đã đưa", "Những tin cũ hơn", "Những tin mới hơn", "Tin đã đăng", "Bài cùng chuyên mục",
    "Tin mới cập nhật", "Tin xem nhiều", "Các tin đã đưa:", "TIN CÙNG LOẠI",
])
def test_related_headings(head):
    check(f"{head}\nHà Tĩnh: trao 45 suất quà cho phụ nữ khó khăn (12/05/2024)\n- 120 hội viên được vay vốn phát "
          "triển kinh tế\nQuảng Ninh: khai giảng 4 lớp dạy nghề - 3 ngày trước")


@pytest.mark.parametrize("line", [
    "Xem thêm: Tuyên dương 75 phụ nữ tiêu biểu",
    "Bài liên quan: Hà Giang: khám bệnh miễn phí cho 346 phụ nữ cao tuổi",
    "Đọc thêm: “Mẹ đỡ đầu” cho 11 trẻ mồ côi",
    ">> Xem thêm: Khánh Hòa: 452 tỷ đồng cho vay ưu đãi",
    "XEM THÊM: Phú Thọ: hỗ trợ 37 triệu đồng cho phụ nữ bị ảnh hưởng bởi bão",
    "Mời xem: 29 chị em được tập huấn chuyển đổi số",
    "Tin liên quan: Hưng Yên: khai giảng 49 lớp dạy nghề",
    "Xem thêm:Hỗ trợ 90 triệu đồng cho phụ nữ bị ảnh hưởng bởi bão",
    ">> 34 hội viên được vay vốn phát triển kinh tế",
])
def test_see_also_lines(line):
    check(line, "middle")


@pytest.mark.parametrize("line", [
    "BC 6 thang 2022.docx (782 KB)", "File đính kèm: BC 9 thang 2024.docx - 3.5 MB", "DSC_2354.JPG (1,7 MB)",
    "KH_249_2021.pdf (569 KB)", "CV 169.pdf - 2.1 MB", "anh 4.jpg - 2.5 MB", "Quyet dinh so 266.doc",
    "Tải file: IMG_5832.jpg (417 KB)", "IMG-20180410-WA0084.jpg (626 KB)", "📎 354-KH-HPN.pdf (3,4 MB)",
])
def test_attached_files(line):
    check(line)


@pytest.mark.parametrize("line", [
    "Quang cảnh Đại hội. Ảnh: IMG_5041", "Chị em phụ nữ tham gia hội thi (Ảnh: DSC_3066)",
    "Các đại biểu tham dự Hội nghị. Ảnh: IMG_2034",
])
def test_camera_file_names_in_captions(line):
    check(line, "middle")


@pytest.mark.parametrize("line", [
    "Bình chọn: ★★★★☆ (68 lượt)", "Bạn thấy bài viết thế nào? 31 người đã đánh giá",
    "Bài viết hữu ích? Có (97) Không (8)", "Xếp hạng: 4,5/5 - 12 phiếu", "3.8/5 (32 bình chọn)",
    "4,5/5 (54 bình chọn)", "Xếp hạng: 4.5/5 - 93 phiếu",
])
def test_ratings(line):
    check(line)


@pytest.mark.parametrize("line", [
    "Nhiệt độ: 23°C, Độ ẩm: 73%", "Độ ẩm 75%", "Thời tiết Hà Nội: 14 - 18°C", "Hà Nội, 37 - 40 độ C",
    "Đà Nẵng, 15 - 18 độ C", "TP.HCM 32 °C",
])
def test_weather(line):
    check(line, "top")


@pytest.mark.parametrize("line", [
    "1080p", "HD 720p", "Video: Khai giảng 63 lớp dạy nghề (07:30)", "Video: Gần 425 người tham gia ngày hội (12:01)",
])
def test_video_player(line):
    check(line, "middle")


@pytest.mark.parametrize("line", [
    "👍 529", "💬 87", "👁 83.286", "Facebook 800 | Zalo 396", "Yêu thích (683)", "Ý kiến bạn đọc (13)",
    "Trực tuyến: 291", "Tất cả 94.515.789", "Tất cả: 51.406.340", "Tất cả91,771,283",
])
def test_counters(line):
    check(line)


@pytest.mark.parametrize("line", ["Font: 14px 16px 18px", "Cỡ chữ 14px | 16px"])
def test_reading_tools(line):
    check(line, "top")


@pytest.mark.parametrize("line", [
    "Liên hệ quảng cáo: (0274) 3003761", "Đường dây nóng: (0274) 3535266", "Địa chỉ: 53 Điện Biên Phủ, Hồ Chí Minh",
    "Tòa soạn: 128 Võ Thị Sáu, Tuyên Quang", "Liên hệ quảng cáo: 1900 4099", "Hotline: 1900.6868",
])
def test_contacts(line):
    check(line)


@pytest.mark.parametrize("text, kept", [
    # a report's own lines that look alike keep their figures
    ("Tổng kinh phí hỗ trợ: 25.000 USD từ dự án của tổ chức quốc tế", {25000.0}),
    ("Đạt 4/5 chỉ tiêu", {4.0}),
    ("Trao 20 suất quà cho hội viên nghèo (Ảnh: Thu Hà)", {20.0}),
    ("Đường dây nóng của Hội đã tiếp nhận 120 cuộc gọi", {120.0}),
    ("Trong năm, Hội đăng tải 118 tin, bài trên trang thông tin điện tử", {118.0}),
])
def test_real_lines_that_look_alike(text, kept):
    got = {float(f["value"]) for f in extract_facts(normalize_text(f"{HEAD}\n{LEDE}\n{text}"))}
    assert kept <= got


def test_a_related_box_above_the_story_ends_at_its_first_sentence():
    """Some scraped pages put a "Tin mới" box first; a story written in short lines keeps its figures."""
    text = ("Tin mới\nHà Tĩnh: trao 45 suất quà cho phụ nữ khó khăn\nQuảng Ninh: khai giảng 4 lớp dạy nghề\n"
            f"{HEAD}\nSáng 12/12, Hội LHPN huyện Yên Thành tổ chức hội nghị tổng kết công tác năm 2024.\n"
            "Trong năm, các cấp Hội đã kết nạp 1.245 hội viên mới, giúp 37 hộ thoát nghèo.\n"
            "Hội đã trao 215 suất quà cho phụ nữ khó khăn.")
    assert {float(f["value"]) for f in extract_facts(normalize_text(text))} == REPORT


@pytest.mark.parametrize("mark", ["(NTV)-", "(PNVN) - ", "(GLO)–", "(BGĐT) "])
def test_a_list_head_after_an_outlets_mark(mark):
    """"(NTV)-Chỉ tiêu 1: …": the outlet's dateline mark opens the lede; the list head is still a head."""
    text = f"{HEAD}\n{mark}Chỉ tiêu 1: Hằng năm kết nạp ít nhất 500 hội viên mới.\n{TAIL}"
    assert {float(f["value"]) for f in extract_facts(normalize_text(text))} == {500.0}
