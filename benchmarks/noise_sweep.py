"""Page furniture around real reports: which kinds of it does the extractor take for figures?

    .venv/bin/python benchmarks/noise_sweep.py [--seed 31] [--k 3] [--part all|seeds|train|…] [--show 3]
                                              [--kinds counter,byline,…] [--keep DIR]

Every annotated document (the parts ``perturb_score.parts()`` loads: the seeds, both halves of ../shared/dev and
``checksets/rc*``) is wrapped in invented but realistic furniture of Vietnamese news sites and government portals,
drawn by a seeded generator (seeded by --seed, the run, the variant's number, the part and the document's name)
from independent kinds (:data:`KINDS`), each with many written forms: view and visit counters, bylines and
datelines, photo captions, related-article lists, menus and breadcrumbs, contacts and licences, copyright and
footers, share and like counts, reading tools (font size, print, listen), weather, a video player, pagination,
ratings, tags, comments, document numbers, attached files and market widgets (lottery, gold, exchange rates, fuel).

Furniture goes at the top (after the search tool's `` date …`` line when there is one), at the bottom and, for
captions, "Xem thêm" lines and a video player, between paragraphs: only after a line that ends a sentence and before
one that opens with a capital letter, never inside a sentence. The gold is unchanged (furniture adds no figure), so
every extra figure is a false positive, and a lost gold figure or attribute is a furniture kind breaking the reading
of real text.

Runs: ``clean`` (the documents as they are), ``mixed`` (K variants, each kind drawn with probability one half) and,
per kind, K variants with that kind alone. Each run is extracted and scored by :func:`dev_score.score` (the shared
scorer, the held-out sets' rules). Per run it prints: documents, figures extra (false positives beyond the clean
run's, K times), figures found inside the furniture itself, gold figures lost, and the attributes lost: org level,
province, period year, target and achievement (right answers fewer than the clean run's, K times). ``--show N``
prints, per kind, the first N furniture lines that gave a figure and the documents that lost an attribute.
Nothing is written into ``outputs/``.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
import tempfile
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import dev_score  # noqa: E402
from perturb_score import parts  # noqa: E402

# ---------------------------------------------------------------- numbers, dates and names as pages write them

FAMILY = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý"]
MIDDLE = ["Thị", "Thu", "Thanh", "Minh", "Ngọc", "Hồng", "Thị Thu", "Thị Minh", "Kim", "Văn"]
GIVEN = [
    "Hà",
    "Hoa",
    "Lan",
    "Hằng",
    "Hương",
    "Mai",
    "Trang",
    "Thủy",
    "Linh",
    "Anh",
    "Huyền",
    "Yến",
    "Nga",
    "Hiền",
    "Phương",
    "Tâm",
    "Vân",
    "Dung",
    "Nhung",
    "Quyên",
]
OUTLETS = [
    "PNVN",
    "PNO",
    "VOV",
    "TTXVN",
    "BGĐT",
    "BBK",
    "QTV",
    "GLO",
    "ABO",
    "PV",
    "HNM",
    "TN&MT",
    "CTV",
    "NTV",
    "Baotintuc.vn",
    "BĐT",
    "LĐ",
    "DNTV",
]
PAPERS = [
    "Báo Phụ nữ Việt Nam",
    "Báo Phụ nữ Thủ đô",
    "Cổng thông tin điện tử Hội LHPN Việt Nam",
    "Báo Phụ nữ TP.HCM",
    "Trang thông tin điện tử Hội LHPN tỉnh",
    "Báo Lao Động",
    "Báo Tin tức",
    "Báo Dân tộc và Phát triển",
    "Cổng Thông tin điện tử tỉnh",
    "Đài Phát thanh và Truyền hình tỉnh",
]
WEEKDAYS = [
    "Thứ Hai",
    "Thứ Ba",
    "Thứ Tư",
    "Thứ Năm",
    "Thứ Sáu",
    "Thứ Bảy",
    "Chủ Nhật",
    "Thứ hai",
    "Thứ ba",
    "Thứ tư",
    "Thứ năm",
    "Thứ sáu",
    "Thứ bảy",
    "Chủ nhật",
    "T2",
    "T4",
    "CN",
]
TOPICS = [
    "Hoạt động Hội",
    "Tin tức - Sự kiện",
    "Phụ nữ với kinh tế",
    "Gia đình",
    "Xã hội",
    "Hoạt động các cấp Hội",
    "Tin địa phương",
    "Phong trào thi đua",
    "Chuyển đổi số",
    "Văn bản chỉ đạo",
    "Hội cơ sở",
    "An sinh xã hội",
    "Thời sự",
    "Kinh tế",
    "Pháp luật",
    "Bình đẳng giới",
    "Giới thiệu",
    "Tư liệu",
    "Thông báo",
    "Video",
    "Ảnh",
    "Đại hội Phụ nữ các cấp",
    "Nông thôn mới",
    "Đề án 939",
    "Đề án 938",
    "Cuộc vận động 5 không 3 sạch",
]
STREETS = [
    "Hàng Chuối",
    "Lý Thường Kiệt",
    "Trần Hưng Đạo",
    "Lê Lợi",
    "Nguyễn Trãi",
    "Hùng Vương",
    "Quang Trung",
    "Nguyễn Du",
    "Phan Đình Phùng",
    "Bà Triệu",
    "Điện Biên Phủ",
    "Trần Phú",
    "Võ Thị Sáu",
]
WARDS = [
    "Phạm Đình Hổ",
    "Hai Bà Trưng",
    "Phường 1",
    "phường Tân Phong",
    "phường Hòa Cường",
    "phường Bến Thành",
    "phường Cửa Nam",
    "phường Đống Đa",
]
CITIES = ["Hà Nội", "TP.HCM", "Đà Nẵng", "Hải Phòng", "Cần Thơ", "Huế"]


def dotted(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def counter_number(rng: random.Random, lo: int, hi: int) -> str:
    """A site's counter: '1.234', '1234', '1,234' (grouped the English way), '1.234.567'."""
    n = rng.randint(lo, hi)
    form = rng.random()
    if form < 0.45:
        return dotted(n)
    if form < 0.7:
        return str(n)
    return f"{n:,}"


def person(rng: random.Random) -> str:
    return f"{rng.choice(FAMILY)} {rng.choice(MIDDLE)} {rng.choice(GIVEN)}"


def short_name(rng: random.Random) -> str:
    return rng.choice(
        [
            f"{rng.choice(MIDDLE).split()[-1]} {rng.choice(GIVEN)}",
            rng.choice(GIVEN) + " " + rng.choice(GIVEN),
            person(rng),
        ]
    )


def hhmm(rng: random.Random) -> str:
    return f"{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}"


@dataclass
class Page:
    """What the furniture of one document may name: its year and province (a page's dates and address are near)."""

    year: int
    province: str  # the site's: the report's own province (a provincial site) or Hà Nội (a national one)
    provinces: list[str]
    rng: random.Random
    published: tuple[int, int, int] | None = None  # the article's date when known (gold, or the ' date …' line)
    own: str | None = None  # the report's province when the gold names one

    def a_year(self) -> int:
        return self.year + self.rng.choice([0, 0, 0, 0, -1, 1])

    def date(self, with_year: bool = True, published: bool = False) -> str:
        """A date near the report's year, or the article's own (``published``: a page shows one publication date,
        and it follows the event the article reports)."""
        r = self.rng
        d, m, y = r.randint(1, 28), r.randint(1, 12), self.a_year()
        if published and self.published:
            y, m, d = self.published
        forms = [
            f"{d:02d}/{m:02d}/{y}",
            f"{d}/{m}/{y}",
            f"{d:02d}-{m:02d}-{y}",
            f"{d}.{m}.{y}",
            f"{d}-{m}-{y}",
            f"{y}-{m:02d}-{d:02d}",
            f"ngày {d} tháng {m} năm {y}",
            f"{d:02d}/{m:02d}/{str(y)[2:]}",
        ]
        if not with_year:
            forms = [f"{d:02d}/{m:02d}", f"{d}/{m}", f"{d}-{m}"]
        return r.choice(forms)

    def place(self) -> str:
        return self.rng.choice([self.province] * 2 + self.provinces)


# ---------------------------------------------------------------- the kinds of furniture


def k_counter(p: Page) -> list[str]:
    r = p.rng
    n = lambda lo=1, hi=99_999: counter_number(r, lo, hi)  # noqa: E731
    one = [
        f"Lượt xem: {n()}",
        f"Lượt xem {n()}",
        f"{n()} lượt xem",
        f"Đang truy cập {n(1, 999)}",
        f"Đang truy cập: {n(1, 999)}",
        f"Tổng lượt truy cập: {n(100_000, 99_999_999)}",
        f"Hôm nay{n(100, 9_999)}",
        f"Hôm nay: {n(100, 9_999)}",
        f"Tuần này {n(1_000, 99_999)}",
        f"Tháng này: {n(1_000, 999_999)}",
        f"Hôm qua {n(100, 9_999)}",
        f"Số người online: {n(1, 500)}",
        f"Đã xem: {n()}",
        f"Lượt truy cập: {n()}",
        f"Trực tuyến: {n(1, 300)}",
        f"Online {n(1, 300)}",
        f"Tổng số lượt xem: {n(100_000, 9_999_999)}",
        f"Số lượt truy cập: {n(100_000, 9_999_999)}",
        f"Đang online{n(1, 300)}",
        f"Lượt đọc: {n()}",
        f"👁 {n()}",
        f"{n()} lượt đọc",
        f"Lượt truy cập hôm nay: {n(100, 9_999)}",
    ]
    if r.random() < 0.35:  # a statistics box of the sidebar
        lines = [r.choice(["THỐNG KÊ TRUY CẬP", "Thống kê truy cập", "Thống kê", "LƯỢT TRUY CẬP"])]
        lines += r.sample(
            [
                f"Đang truy cập{r.choice(['', ': ', ' '])}{n(1, 500)}",
                f"Hôm nay{r.choice(['', ': ', ' '])}{n(100, 9_999)}",
                f"Hôm qua{r.choice(['', ': ', ' '])}{n(100, 9_999)}",
                f"Tuần này{r.choice(['', ': ', ' '])}{n(1_000, 99_999)}",
                f"Tháng này{r.choice(['', ': ', ' '])}{n(1_000, 999_999)}",
                f"Tổng lượt truy cập{r.choice(['', ': ', ' '])}{n(100_000, 99_999_999)}",
                f"Tất cả{r.choice(['', ': ', ' '])}{n(100_000, 99_999_999)}",
            ],
            r.randint(3, 6),
        )
        return lines
    return [r.choice(one)]


def k_byline(p: Page) -> list[str]:
    """A byline or dateline. Its date is the article's: the gold's publication date or the search tool's ' date …'
    line; without one only undated forms (a date drawn at random would put the article before its own event)."""
    r = p.rng
    wd, t = r.choice(WEEKDAYS), hhmm(r)
    undated = [
        f"Bài, ảnh: {short_name(r)}",
        f"{short_name(r)} ({r.choice(['Hội LHPN tỉnh', 'Hội LHPN huyện', 'CTV', 'TTVH'])})",
        f"Nguồn: {r.choice(PAPERS)}",
        f"Theo {r.choice(PAPERS)}",
        f"Cập nhật lúc {t}",
        f"{short_name(r)} | {t}",
        f"Người đăng: {short_name(r)}",
    ]
    if not p.published:
        return [r.choice(undated)]
    y, m, d = p.published
    pd_ = lambda: p.date(published=True)  # noqa: E731
    dated = [
        f"{wd}, {pd_()} - {t}",
        f"{wd}, {pd_()}, {t} (GMT+7)",
        f"Cập nhật: {t} | {pd_()}",
        f"Cập nhật lúc {t} ngày {pd_()}",
        f"{pd_()} {t}",
        f"{t} {pd_()}",
        f"{pd_()} | {t}",
        f"Ngày đăng: {pd_()}",
        f"Đăng ngày: {pd_()} {t}",
        f"Ngày đăng: {pd_()} | {t}",
        f"{person(r)} - {t} {pd_()}",
        f"Tác giả: {short_name(r)} | {pd_()}",
        f"{wd}, {pd_()} {t}:{r.randint(0, 59):02d}",
        f"{wd}, ngày {d} tháng {m} năm {y}",
        f"{short_name(r)} | {pd_()} | {t}",
        f"({r.choice(OUTLETS)}) {pd_()}",
        f"Thứ {r.choice(['ba', 'năm', 'sáu'])}, {d}-{m}-{str(y)[2:]} {t}:{r.randint(0, 59):02d}",
        f"{pd_()} - {t} | {r.choice(TOPICS)}",
        f"Người đăng: {short_name(r)} | Ngày: {pd_()}",
    ]
    return [r.choice(dated + undated)]


def byline_prefix(p: Page) -> str:
    """An outlet's mark opening the lede: '(PNVN) - ', '(GLO)-', 'PNO - ', 'VOV.VN - '."""
    r = p.rng
    o = r.choice(OUTLETS)
    return r.choice(
        [f"({o}) - ", f"({o})-", f"({o}) – ", f"{o} - ", f"{o.upper()}.VN - ", f"({o}) "]
        + ([f"{p.own} ({o}) - "] if p.own else [])  # a dateline names where the event was: the report's province
    )


TITLE_PARTS = [
    "{n} hộ nghèo được trao nhà",
    "trao {n} suất quà cho phụ nữ khó khăn",
    "{n} hội viên được vay vốn phát triển kinh tế",
    "ra mắt {n} mô hình “Chi hội 5 không, 3 sạch”",
    "tuyên dương {n} phụ nữ tiêu biểu",
    "khai giảng {n} lớp dạy nghề",
    "hỗ trợ {n} triệu đồng cho phụ nữ bị ảnh hưởng bởi bão",
    "{n} tập thể, cá nhân được khen thưởng",
    "Tổng kết {y} năm thực hiện Chỉ thị 05",
    "Đại hội Phụ nữ nhiệm kỳ {t}",
    "{n} cặp vợ chồng dự lễ cưới tập thể",
    "trao {n} con bò giống cho hộ nghèo",
    "khám bệnh miễn phí cho {n} phụ nữ cao tuổi",
    "Hội nghị sơ kết 6 tháng đầu năm {yr}",
    "gần {n} người tham gia ngày hội văn hóa",
    "ký kết chương trình phối hợp giai đoạn {t}",
    "trao tặng {n} xe đạp cho học sinh nghèo",
    "{n} chị em được tập huấn chuyển đổi số",
    "Hội LHPN tỉnh tổng kết công tác năm {yr}",
    "Hơn {n} phụ nữ tham gia đồng diễn áo dài",
    "Kỷ niệm {a} năm Ngày thành lập Hội LHPN Việt Nam",
    "“Mẹ đỡ đầu” cho {n} trẻ mồ côi",
    "{n} tỷ đồng cho vay ưu đãi",
    "Bế mạc Đại hội đại biểu phụ nữ lần thứ {o}",
    "Tháng hành động vì bình đẳng giới năm {yr}",
]


def title(p: Page) -> str:
    r = p.rng
    yr = p.a_year()
    s = r.choice(TITLE_PARTS).format(
        n=r.choice([r.randint(2, 60), r.randint(60, 999), r.randint(1000, 9999)]),
        y=r.choice([5, 10, 15, 20]),
        t=f"{yr}-{yr + 5}" if r.random() < 0.5 else f"{yr} - {yr + 5}",
        yr=yr,
        a=r.choice([90, 93, 94, 95]),
        o=r.choice(["XII", "XIII", "XIV", "XV", "I"]),
    )
    s = s[0].upper() + s[1:]
    if r.random() < 0.45:
        proper = s.startswith(("Hội", "Đại", "Kỷ", "Tháng", "Tổng", "Bế", "Hơn", "“"))
        s = f"{p.place()}: {s if proper else s[0].lower() + s[1:]}"
    return s


def dated(p: Page, s: str) -> str:
    r = p.rng
    return r.choice(
        [
            s,
            s,
            f"{s} ({p.date()})",
            f"{s} - {p.date()}",
            f"{s} ({p.date(False)})",
            f"{s}\n{p.date()} {hhmm(r)}",
            f"{s} {hhmm(r)} {p.date()}",
            f"{s}\n{r.randint(1, 23)} giờ trước",
            f"{s} - {r.randint(1, 6)} ngày trước",
        ]
    )


RELATED_HEADS = [
    "Tin liên quan",
    "TIN LIÊN QUAN",
    "Tin cùng chuyên mục",
    "Các tin khác",
    "Tin khác",
    "Bài viết liên quan",
    "Xem thêm",
    "Đọc thêm",
    "Tin mới nhất",
    "Tin đọc nhiều",
    "Có thể bạn quan tâm",
    "Tin nổi bật",
    "Các tin đã đưa",
    "Những tin cũ hơn",
    "Những tin mới hơn",
    "Tin đã đăng",
    "Bài cùng chuyên mục",
    "Các bài viết khác",
    "Tin bài khác",
    "CÁC TIN KHÁC",
    "Tin mới cập nhật",
    "Tin xem nhiều",
]


def k_related(p: Page) -> list[str]:
    r = p.rng
    head = r.choice(RELATED_HEADS)
    head = r.choice([head, head + ":", head + ".", "» " + head, head.upper()])
    lines = [head]
    for _ in range(r.randint(2, 6)):
        lines += dated(p, r.choice(["", "", "- ", "• ", "+ "]) + title(p)).split("\n")
    return lines


def k_see_also(p: Page) -> list[str]:
    """A single link between paragraphs: 'Xem thêm: …', 'Đọc thêm: …', '>> …'."""
    r = p.rng
    lead = r.choice(
        [
            "Xem thêm: ",
            "Xem thêm:",
            "Đọc thêm: ",
            ">> ",
            ">> Xem thêm: ",
            "Tin liên quan: ",
            "XEM THÊM: ",
            "Bài liên quan: ",
            "► ",
            "Mời xem: ",
        ]
    )
    return [lead + title(p)]


CAPTION_SCENES = [
    "Các đại biểu tham dự Hội nghị",
    "Quang cảnh Hội nghị",
    "Đại biểu chụp ảnh lưu niệm",
    "Lãnh đạo Hội LHPN tỉnh trao quà cho hội viên",
    "Đồng chí Chủ tịch Hội LHPN tỉnh phát biểu tại Hội nghị",
    "Ban Chấp hành khóa mới ra mắt Đại hội",
    "Hội viên phụ nữ tham gia lao động",
    "Trao giấy khen cho các tập thể",
    "Chị em phụ nữ tham gia hội thi",
    "Các đại biểu cắt băng khánh thành",
    "Quang cảnh Đại hội",
    "Tặng hoa chúc mừng Đại hội",
    "Phụ nữ xã tham gia dọn vệ sinh đường làng",
    "Một góc gian hàng trưng bày",
]


def k_caption(p: Page) -> list[str]:
    r = p.rng
    scene, who = (
        r.choice(CAPTION_SCENES),
        r.choice(
            [short_name(r), "PV", "CTV", "Hội LHPN", "BTC", "Minh họa", r.choice(OUTLETS), "Internet", "Nguồn Internet"]
        ),
    )
    i = r.randint(1, 9)
    forms = [
        f"Ảnh: {who}",
        f"Ảnh {i}: {scene}",
        f"Ảnh {i}: {scene}. (Ảnh: {who})",
        f"{scene} (ảnh: {who})",
        f"{scene}. Ảnh: {who}",
        f"{scene}. (Ảnh: {who})",
        f"{scene}",
        f"Hình {i}. {scene}",
        "Ảnh minh họa",
        f"{scene} (thứ {r.choice(['2', '3', '4', 'hai', 'ba'])} từ {r.choice(['trái', 'phải'])} sang)",
        f"Ảnh {i}, {i + 1}: {scene}",
        f"{scene}. Ảnh: {who} {p.date()}",
        f"(Ảnh: {who})",
        f"{scene}. Ảnh: IMG_{r.randint(1000, 9999)}",
        f"{scene} - Ảnh {i}/{i + r.randint(1, 5)}",
    ]
    return [r.choice(forms)]


def k_menu(p: Page) -> list[str]:
    r = p.rng
    crumbs = r.sample(TOPICS, r.randint(1, 3))
    sep = r.choice([" > ", " / ", " » ", " › ", " | ", " - "])
    menu = r.sample(TOPICS, r.randint(4, 8))
    forms = [
        [("Trang chủ" if r.random() < 0.7 else "TRANG CHỦ") + sep + sep.join(crumbs)],
        [" | ".join(menu)],
        ["  ".join(x.upper() for x in menu)],
        menu,
        [f"Chuyên mục: {crumbs[0]}"],
        [crumbs[0]],
        ["Đăng nhập | Đăng ký"],
        ["Menu", *menu],
        [f"Trang chủ{sep}{crumbs[0]}{sep}{p.place()}"],
        [" | ".join(menu + [f"Bầu cử {p.a_year()}", f"Kỷ niệm {r.choice([93, 94, 95])} năm thành lập Hội"])],
        ["Giới thiệu | Tin tức - Sự kiện | Văn bản | Liên hệ"],
        [f"{r.choice(TOPICS)}{sep}{r.choice(TOPICS)}"],
    ]
    return r.choice(forms)


def k_contact(p: Page) -> list[str]:
    r = p.rng
    city = r.choice([p.province, p.province, "Hà Nội"])
    phone = r.choice(
        [
            f"0243.{r.randint(100, 999)}.{r.randint(1000, 9999)}",
            f"024 {r.randint(1000, 9999)} {r.randint(1000, 9999)}",
            f"(0274) {r.randint(3000000, 3999999)}",
            f"0{r.randint(900, 989)} {r.randint(100, 999)} {r.randint(100, 999)}",
            f"0{r.randint(200, 299)}.{r.randint(3000000, 3999999)}",
            f"1900 {r.randint(1000, 9999)}",
            f"0{r.randint(900, 989)}.{r.randint(100, 999)}.{r.randint(100, 999)}",
        ]
    )
    lines = r.sample(
        [
            f"Số {r.randint(1, 199)} {r.choice(STREETS)}, {r.choice(WARDS)}, {city}",
            f"Địa chỉ: Số {r.randint(1, 199)} {r.choice(STREETS)}, {city}",
            f"Địa chỉ: {r.randint(1, 199)} {r.choice(STREETS)}, {city}",
            f"Tòa soạn: {r.randint(1, 199)} {r.choice(STREETS)}, {city}",
            f"ĐT: {phone}",
            f"Điện thoại: {phone}",
            f"Fax: {phone}",
            f"Hotline: {phone}",
            f"Đường dây nóng: {phone}",
            f"Email: hoiphunu{r.randint(1, 99)}@gmail.com",
            f"Giấy phép số {r.randint(10, 999)}/GP-BTTTT ngày {p.date()}",
            f"Giấy phép số {r.randint(10, 999)}/GP-TTĐT",
            f"Giấy phép xuất bản số {r.randint(10, 999)}/GP-STTTT do Sở Thông tin và Truyền thông cấp ngày {p.date()}",
            f"Cơ quan chủ quản: Hội LHPN {r.choice(['tỉnh', 'thành phố'])} {city}",
            f"Chịu trách nhiệm nội dung: Bà {person(r)}",
            f"Tổng biên tập: {person(r)}",
            f"ĐT: {phone} - Fax: {phone}",
            f"Tel: {phone}",
            f"Liên hệ quảng cáo: {phone}",
            f"Văn phòng đại diện phía Nam: {r.randint(1, 199)} {r.choice(STREETS)}, Quận {r.randint(1, 12)}, TP.HCM",
        ],
        r.randint(1, 4),
    )
    return lines


def k_footer(p: Page) -> list[str]:
    r = p.rng
    y = p.a_year()
    return [
        r.choice(
            [
                f"© {y} {r.choice(PAPERS)}",
                f"Bản quyền thuộc về Hội LHPN tỉnh {p.province}",
                f"Copyright © {y - 6} - {y} {r.choice(PAPERS)}",
                "Ghi rõ nguồn khi phát hành lại thông tin từ website này",
                f"Thiết kế bởi VNPT {p.province}",
                "Phát triển bởi Viettel",
                "Lên đầu trang",
                "Website đang chạy thử nghiệm chờ cấp phép",
                f"Copyright {y} by Hội LHPN Việt Nam. All rights reserved",
                f"Bản quyền © {y} thuộc {r.choice(PAPERS)}",
                f"Trang thông tin điện tử được xây dựng năm {y - r.randint(2, 9)}",
                "Ghi rõ nguồn “Báo Phụ nữ Việt Nam” khi phát hành lại thông tin từ website này",
            ]
        )
    ]


def k_share(p: Page) -> list[str]:
    r = p.rng
    n = lambda: r.randint(0, 999)  # noqa: E731
    return [
        r.choice(
            [
                f"Chia sẻ {n()}",
                f"Thích {n()}",
                f"Like {n()} | Share {n()}",
                "Chia sẻ: Facebook Zalo Twitter",
                f"Facebook {n()} | Zalo {n()}",
                "Tweet",
                f"{n()} lượt thích",
                "Gửi bài viết qua email",
                f"Chia sẻ {n()} Thích {n()}",
                f"Like {n()}",
                f"Share {n()}",
                f"{n()} lượt chia sẻ",
                f"Thích {n()} Chia sẻ",
                f"Bình chọn {n()}",
                f"👍 {n()}",
                f"Yêu thích ({n()})",
            ]
        )
    ]


def k_tools(p: Page) -> list[str]:
    r = p.rng
    return [
        r.choice(
            [
                "Cỡ chữ: A- A A+",
                "In bài viết",
                "Gửi bài",
                "Lưu bài",
                "Phóng to | Thu nhỏ",
                "Tăng cỡ chữ",
                "Giảm cỡ chữ",
                "Font: 14px 16px 18px",
                "Nghe đọc bài",
                "Đọc bài: Giọng nữ miền Bắc",
                f"Đọc bài 00:00 / 0{r.randint(1, 9)}:{r.randint(10, 59)}",
                "Tốc độ: 0.75x 1x 1.25x 1.5x",
                "A A A",
                "Cỡ chữ 16 18 20",
                "In trang | Gửi email | Lưu",
                "Nghe audio 1.0x",
                "Bản in",
                "Aa+ Aa-",
                f"Thời gian đọc: {r.randint(2, 9)} phút",
            ]
        )
    ]


def k_weather(p: Page) -> list[str]:
    r = p.rng
    c, t = r.choice(CITIES + [p.province]), r.randint(12, 38)
    return [
        r.choice(
            [
                f"{c} {t}°C",
                f"{c} {t} °C",
                f"{c} {t}°C - {t + 4}°C",
                f"Nhiệt độ: {t}°C, Độ ẩm: {r.randint(50, 95)}%",
                f"{c}, {t} - {t + 3} độ C",
                f"Nhiều mây, {t}°C",
                f"Thời tiết {c}: {t} - {t + 4}°C",
                f"{c} {t}ºC",
                f"Độ ẩm {r.randint(50, 95)}%",
                f"{c}: {t}°",
                f"Trời nắng {t}°C {c}",
                f"{c} ☀ {t}°C | {r.choice(CITIES)} ☁ {t - 3}°C",
            ]
        )
    ]


def k_video(p: Page) -> list[str]:
    r = p.rng
    mm, ss = r.randint(0, 15), r.randint(0, 59)
    dur = f"{mm:02d}:{ss:02d}"
    return [
        r.choice(
            [
                dur,
                f"00:00 / {dur}",
                "1.25x",
                "Tốc độ phát 1.5x",
                f"Video: {title(p)} ({dur})",
                f"Thời lượng: {mm}:{ss:02d}",
                f"▶ {dur}",
                "HD 720p",
                "1080p",
                f"{dur} / {mm + 1:02d}:{ss:02d}",
                "0.5x 0.75x 1x 1.25x 1.5x 2x",
                f"Xem video {dur}",
                "2X",
                f"Phát lại | {dur}",
            ]
        )
    ]


def k_pager(p: Page) -> list[str]:
    r = p.rng
    last = r.randint(5, 99)
    return [
        r.choice(
            [
                f"Trang 1 2 3 … {last}",
                "« 1 2 3 4 5 »",
                f"Trang 1/{last}",
                "Trang đầu 1 2 3 Trang cuối",
                f"Hiển thị 1 - 10 của {r.randint(50, 999)} kết quả",
                f"Tổng số: {r.randint(50, 999)} bài",
                "1 2 3 4 5 Tiếp »",
                f"Trang {r.randint(1, 5)} / {last}",
                f"‹ Trước 1 2 3 … {last} Sau ›",
                f"Xem tiếp ({r.randint(10, 99)})",
                f"Trang: 1 2 3 4 ... {last}",
            ]
        )
    ]


def k_rating(p: Page) -> list[str]:
    r = p.rng
    s, n = r.choice(["4.5", "4,5", "3.8", "5", "4", "4,2"]), r.randint(1, 99)
    return [
        r.choice(
            [
                f"{s}/5 ({n} bình chọn)",
                f"Đánh giá: {s}/5",
                f"Bình chọn: ★★★★☆ ({n} lượt)",
                f"Điểm của bài viết: {s}/5 ({n} lượt đánh giá)",
                f"Bài viết hữu ích? Có ({n}) Không ({r.randint(0, 9)})",
                f"Đánh giá bài viết: {s} điểm",
                f"{s} trong 5 đánh giá",
                f"Xếp hạng: {s}/5 - {n} phiếu",
                f"({n} lượt đánh giá)",
                f"Bạn thấy bài viết thế nào? {n} người đã đánh giá",
            ]
        )
    ]


def k_tags(p: Page) -> list[str]:
    r = p.rng
    y = p.a_year()
    tags = r.sample(
        [
            "Hội LHPN",
            "phụ nữ",
            "8/3",
            "20/10",
            "5 không 3 sạch",
            f"Đại hội {r.choice(['XIII', 'XIV'])}",
            f"nhiệm kỳ {y}-{y + 5}",
            "Đề án 939",
            "Đề án 938",
            "Chỉ thị 05",
            f"năm {y}",
            "Covid-19",
            "Tháng hành động vì bình đẳng giới",
            "Mẹ đỡ đầu",
            "Nghị quyết 57",
            "chuyển đổi số",
            f"{p.province}",
            "sinh kế",
            "Dự án 8",
        ],
        r.randint(2, 6),
    )
    if r.random() < 0.2:  # hashtags: '#HoiLHPN #ĐềÁn939 #năm2025'
        return [" ".join("#" + t.replace(" ", "") for t in tags)]
    return [r.choice(["Từ khóa: ", "Tags: ", "Tag: ", "Chủ đề: ", "Từ khoá: ", "TỪ KHÓA: "]) + ", ".join(tags)]


def k_comments(p: Page) -> list[str]:
    r = p.rng
    n = r.randint(0, 99)
    return [
        r.choice(
            [
                f"Bình luận ({n})",
                f"{n} bình luận",
                f"Ý kiến bạn đọc ({n})",
                "Gửi bình luận",
                "Viết bình luận",
                "Hãy là người bình luận đầu tiên",
                f"{n} Bình luận",
                f"Ý kiến ({n})",
                f"Tổng số bình luận: {n}",
                f"Có {n} bình luận",
                f"Bình luận: {n}",
                f"💬 {n}",
                f"Ý kiến của bạn (0/{r.choice([500, 1000])} ký tự)",
            ]
        )
    ]


def k_docnumber(p: Page) -> list[str]:
    """A document box: its number and, when the article's date is known, its date of issue (that date)."""
    r = p.rng
    n = r.randint(1, 399)
    kind = r.choice(["KH", "BC", "CV", "TB", "QĐ", "HD", "CTr"])
    org = r.choice(["HPN", "HLHPN", "ĐCT", "BTV", "HLHPNVN", "ĐĐ", "BCH"])
    forms = [
        [f"Số: {n}/{kind}-{org}"],
        [f"Số {n}/{kind}-{org}"],
        [f"Số: {n}-{kind}/{org}"],
        [f"Số ký hiệu: {n}/{kind}-{org}", f"Trích yếu: {r.choice(TOPICS)}"],
        [f"V/v tổ chức {r.choice(TOPICS).lower()}"],
    ]
    if p.published:
        y, m, d = p.published
        forms += [
            [f"Số: {n}/{kind}-{org}", f"{p.province}, ngày {d} tháng {m} năm {y}"],
            [f"Số ký hiệu: {n}/{kind}-{org}", f"Ngày ban hành: {p.date(published=True)}",
             f"Trích yếu: {r.choice(TOPICS)}"],
            [f"Số/Ký hiệu {n}/{kind}-{org} Ngày ban hành {p.date(published=True)}"],
            [f"Văn bản số {n}/{kind}-{org} ngày {p.date(published=True)}"],
            [f"Số hiệu: {n}/{y}/{kind}-{org}", f"Hiệu lực: {p.date(published=True)}"],
        ]
    return r.choice(forms)


def k_attachment(p: Page) -> list[str]:
    r = p.rng
    n, y = r.randint(1, 399), p.a_year()
    name = r.choice(
        [
            f"KH_{n}_{y}.pdf",
            f"IMG_{r.randint(1000, 9999)}.jpg",
            f"BC {r.choice([6, 9])} thang {y}.docx",
            f"{n}-KH-HPN.pdf",
            f"Quyet dinh so {n}.doc",
            f"bao_cao_{y}.pdf",
            f"IMG-{y}0{r.randint(1, 9)}{r.randint(10, 28)}-WA00{r.randint(10, 99)}.jpg",
            f"DSC_{r.randint(1000, 9999)}.JPG",
            f"anh {r.randint(1, 9)}.jpg",
            f"{n}.signed.pdf",
            f"CV {n}.pdf",
        ]
    )
    size = r.choice(
        [
            "",
            f" ({r.randint(20, 999)} KB)",
            f" ({r.randint(1, 9)},{r.randint(1, 9)} MB)",
            f" - {r.randint(1, 9)}.{r.randint(1, 9)} MB",
        ]
    )
    return [
        r.choice(["", "", "File đính kèm: ", "Tải về: ", "Tệp đính kèm: ", "Xem file: ", "Tải file: ", "📎 "])
        + name
        + size
    ]


def k_widget(p: Page) -> list[str]:
    r = p.rng
    g = r.randint(70, 90)
    usd = r.randint(23_000, 26_000)
    lines = r.sample(
        [
            f"Giá vàng SJC: {g},{r.randint(10, 90)} / {g + 2},{r.randint(10, 90)} triệu đồng/lượng",
            f"Vàng nhẫn 9999: {dotted(g * 1_000_000 + r.randint(0, 9) * 100_000)} đ",
            f"USD {dotted(usd)} - {dotted(usd + 330)}",
            f"Tỷ giá: USD {dotted(usd)} VND",
            f"EUR {dotted(usd + 2000)}",
            f"Giá xăng RON 95: {dotted(r.randint(19, 25) * 1000 + 50)} đồng/lít",
            f"VN-Index {dotted(r.randint(1000, 1300))},{r.randint(10, 99)} (+{r.randint(1, 9)},{r.randint(1, 9)}%)",
            f"Kết quả xổ số Miền Bắc: {r.randint(10000, 99999)}",
            f"XSMN {p.date(False)}: {r.randint(100000, 999999)}",
            f"Giải đặc biệt: {r.randint(10000, 99999)}",
            "GIÁ VÀNG - TỶ GIÁ",
            f"Mua {g},{r.randint(1, 9)} Bán {g + 2},{r.randint(1, 9)}",
            f"DOJI {g}.{r.randint(100, 999)}",
            f"Xăng E5 RON 92: {dotted(r.randint(19, 23) * 1000 + 170)}đ",
        ],
        r.randint(1, 4),
    )
    return lines


COMMUNES = ["Tân Lập", "Phú Khương", "Hòa Bình", "An Phú", "Long Hưng", "Bình Minh", "Thạnh Mỹ", "Đông Hải"]


def k_codes(p: Page) -> list[str]:
    """A Women's Union page after 2025: a portal's chain of local bodies, decision and resolution numbers, a ward's
    old number, service hotlines, vehicle plates, a donation's bank account, tax and postal codes, a road's km."""
    r = p.rng
    commune, y = r.choice(COMMUNES), p.a_year()
    n, big = r.randint(1, 399), r.randint(1000, 3999)
    account = r.choice([str(r.randint(10**9, 10**10 - 1)), f"{r.randint(1000, 9999)} {r.randint(1000, 9999)} "
                        f"{r.randint(100000, 999999)}", f"0{r.randint(10**11, 10**12 - 1)}"])
    bank = r.choice(["Vietcombank", "Agribank", "BIDV", "Vietinbank", "Ngân hàng Chính sách xã hội"])
    lines = r.sample(
        [
            f"HĐND - UBND {r.choice(['XÃ', 'PHƯỜNG'])} {commune.upper()}, TỈNH {p.province.upper()}",
            f"Cổng thông tin điện tử {r.choice(['xã', 'phường'])} {commune} - {p.province}",
            f"Cổng TTĐT Phường {r.randint(1, 14)} - Thành phố {r.choice(CITIES)}",
            f"Căn cứ Quyết định số {big}/QĐ-UBND ngày {p.date()} của UBND tỉnh {p.province}",
            f"Nghị quyết số {r.randint(1600, 1680)}/NQ-UBTVQH15 ngày 16/6/2025 về sắp xếp đơn vị hành chính cấp xã",
            "Nghị quyết 202/2025/QH15 về sắp xếp đơn vị hành chính cấp tỉnh",
            f"Quyết định {n}/QĐ-HLHPN ngày {p.date()}",
            f"Hội LHPN Phường {r.randint(1, 14)} (cũ), nay là phường {commune}",
            f"Phường {r.randint(1, 14)} cũ sáp nhập vào phường {commune}",
            f"Tổng đài quốc gia bảo vệ trẻ em: {r.choice(['111', '1800 1567'])}",
            f"Đường dây nóng phòng chống bạo lực gia đình: 1900 {r.randint(1000, 9999)}",
            f"Biển số xe: {r.randint(11, 99)}{r.choice('ABCDEFGH')}-{r.randint(100, 999)}.{r.randint(10, 99)}",
            f"Số tài khoản: {account} tại {bank}",
            f"STK: {account} - {bank} - Chủ TK: Hội LHPN xã {commune}",
            f"Mã số thuế: {r.randint(10**9, 10**10 - 1)}",
            f"MST: {r.randint(10**9, 10**10 - 1)}-{r.randint(1, 999):03d}",
            f"Mã bưu chính: {r.randint(10, 99)}0000",
            f"Địa chỉ: Quốc lộ {r.randint(1, 60)}, km {r.randint(1, 99)}, xã {commune}",
            f"Mã định danh: H{r.randint(10, 99)}.{r.randint(10, 99)}",
            f"Số: {n}/{y}/BC-HPN",
        ],
        r.randint(1, 4),
    )
    return lines


KINDS = {
    # kind: (maker, where it goes: top, bottom or between paragraphs)
    "counter": (k_counter, ("top", "bottom")),
    "byline": (k_byline, ("top",)),
    "caption": (k_caption, ("middle",)),
    "related": (k_related, ("bottom",)),
    "see_also": (k_see_also, ("middle",)),
    "menu": (k_menu, ("top",)),
    "contact": (k_contact, ("bottom",)),
    "footer": (k_footer, ("bottom",)),
    "share": (k_share, ("top", "bottom")),
    "tools": (k_tools, ("top",)),
    "weather": (k_weather, ("top",)),
    "video": (k_video, ("middle", "top")),
    "pager": (k_pager, ("bottom",)),
    "rating": (k_rating, ("bottom",)),
    "tags": (k_tags, ("bottom",)),
    "comments": (k_comments, ("bottom",)),
    "docnumber": (k_docnumber, ("top", "bottom")),
    "attachment": (k_attachment, ("bottom", "middle")),
    "widget": (k_widget, ("top", "bottom")),
    "codes": (k_codes, ("top", "bottom")),
}
"""Each kind's maker (a Page -> the furniture's lines) and where a page puts it."""
PREFIX_KIND = "byline"  # also opens the lede with an outlet's mark ('(PNVN) - Sáng 23/9, …') a third of the time


# ---------------------------------------------------------------- wrapping a document

_SENTENCE_END = re.compile(r"[.!?…”\"»)]\s*$")
_OPENS = re.compile(r"\s*[A-ZĐÀ-Ỹ“\"]")


@dataclass
class Wrapped:
    text: str
    spans: list[tuple[int, int, str]] = field(default_factory=list)  # (start, end, kind) of the furniture


def wrap(text: str, kinds: list[str], page: Page) -> Wrapped:
    """The document with furniture of ``kinds`` at the top, the bottom and between paragraphs."""
    r = page.rng
    lines = text.split("\n")
    head = 1 if lines and lines[0].startswith(" date ") else 0  # the search tool's ' date …' line stays first
    top: list[list[tuple[str, str]]] = []  # pieces of furniture, each kept whole (a related list under its heading)
    bottom: list[list[tuple[str, str]]] = []
    middle: dict[int, list[tuple[str, str]]] = defaultdict(list)
    gaps = [
        i
        for i in range(head + 1, len(lines))
        if lines[i - 1].strip()
        and _SENTENCE_END.search(lines[i - 1])
        and _OPENS.match(lines[i])
        and len(lines[i - 1]) > 60
    ]
    # an excerpt cut in mid-sentence ('… Trong năm 2025, Hội phụ nữ xã đã') has nothing after it: the page's bottom
    # furniture comes after a whole article only
    last = next((line for line in reversed(lines) if line.strip()), "")
    whole = bool(_SENTENCE_END.search(last))
    prefix = ""
    for kind in kinds:
        make, places = KINDS[kind]
        for _ in range(r.randint(1, 3)):
            where = r.choice(places)
            if where == "middle" and not gaps:
                where = "bottom"
            if where == "bottom" and not whole:
                continue
            made = [(line, kind) for line in make(page)]
            if where == "top":
                top.append(made)
            elif where == "bottom":
                bottom.append(made)
            else:
                middle[r.choice(gaps)] += made
        if kind == PREFIX_KIND and r.random() < 0.33:
            prefix = byline_prefix(page)
    r.shuffle(top)
    r.shuffle(bottom)
    out: list[tuple[str, str]] = [(line, "") for line in lines[:head]] + [x for piece in top for x in piece]
    lede = next((i for i in range(head, len(lines)) if len(lines[i]) > 120), None)
    for i in range(head, len(lines)):
        out += middle.get(i, [])
        if i == lede and prefix and _OPENS.match(lines[i]):
            out.append((prefix, PREFIX_KIND + "+"))  # glued to the lede: joined without a line break below
        out.append((lines[i], ""))
    out += [x for piece in bottom for x in piece]
    parts_, spans, pos = [], [], 0
    for j, (line, kind) in enumerate(out):
        glue = kind.endswith("+")
        parts_.append(line if glue else line + ("\n" if j < len(out) - 1 else ""))
        if kind:
            spans.append((pos, pos + len(line), kind.rstrip("+")))
        pos += len(parts_[-1])
    return Wrapped("".join(parts_), spans)


# ---------------------------------------------------------------- runs and scoring


_ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")


def published_date(gold: dict, text: str) -> tuple[int, int, int] | None:
    """The article's date: the gold's (a full day), else the search tool's ' date YYYY-MM-DD' first line."""
    for s in (gold.get("published") or "", text[:20] if text.startswith(" date ") else ""):
        if m := _ISO_DAY.search(s):
            return int(m.group(1)), int(m.group(2)), int(m.group(3))
    return None


def seed_for(*xs: object) -> int:
    return int(hashlib.sha256("|".join(map(str, xs)).encode()).hexdigest()[:12], 16)


PROVINCES = sorted(set(pd.read_csv(ROOT / "wuanalysis" / "data" / "provinces.csv", dtype=str)["name"]))

SUMMARY = {
    "tp": r"\btp=\s*(\d+)",
    "fp": r"\bfp=\s*(\d+)",
    "fn": r"\bfn=\s*(\d+)",
    "level": r"documents org_level: (\d+)/(\d+)",
    "province": r"documents province: (\d+)/(\d+)",
    "year": r"documents period_year: (\d+)/(\d+)",
    "target": r"attribute target: (\d+)/(\d+)",
    "achiev": r"attribute achievement_pct: (\d+)/(\d+)",
}


def read_summary(out: str) -> dict[str, int]:
    res = {}
    for key in ("tp", "fp", "fn"):
        res[key] = sum(int(x) for x in re.findall(SUMMARY[key], out))
    for key in ("level", "province", "year", "target", "achiev"):
        m = re.search(SUMMARY[key], out)
        res[key] = int(m.group(1)) if m else 0
    return res


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--seed", type=int, default=31)
    ap.add_argument("--k", type=int, default=3, help="variants of each document per run")
    ap.add_argument("--part", default="all", help="one part (seeds, train, heldout, rc1, …) or all")
    ap.add_argument("--kinds", default=",".join(KINDS), help="comma-separated: " + ",".join(KINDS))
    ap.add_argument(
        "--show",
        type=int,
        default=3,
        help="furniture lines giving a figure, and documents losing an attribute, to print per kind",
    )
    ap.add_argument("--keep", type=Path, help="write the wrapped documents and their furniture spans here")
    args = ap.parse_args()
    kinds = [k for k in args.kinds.split(",") if k]
    if bad := [k for k in kinds if k not in KINDS]:
        ap.error(f"unknown kind {bad[0]!r}: use {', '.join(KINDS)}")
    all_parts = parts(include_unseen=args.part != "all")  # an unseen set only when named
    if args.part != "all" and args.part not in all_parts:
        ap.error(f"unknown part {args.part!r}: use {', '.join(all_parts)} or all")
    docs = []  # (part, path, gold)
    for name, (files, gold) in all_parts.items():
        if args.part in (name, "all"):
            by_name = {g["doc"]: g for g in gold}
            docs += [(name, f, by_name[f.name]) for f in files if f.name in by_name]
    runs: list[tuple[str, list[str] | None]] = [("clean", None), ("mixed", kinds)] + [(k, [k]) for k in kinds]
    results: dict[str, dict[str, int]] = {}
    inside: dict[str, list[tuple[str, str, str]]] = defaultdict(list)  # kind -> (doc, figure, furniture line)
    doc_losses: dict[str, list[str]] = defaultdict(list)
    with tempfile.TemporaryDirectory() as tmp_:
        tmp = args.keep or Path(tmp_)
        tmp.mkdir(parents=True, exist_ok=True)
        clean_docs = None
        for run, run_kinds in runs:
            folder = tmp / f"in_{run}"
            folder.mkdir(exist_ok=True)
            files, gold_lines, spans_of = [], [], {}
            for part, path, gold in docs:
                text = path.read_text(encoding="utf-8")
                for v in range(1, (1 if run_kinds is None else args.k) + 1):
                    name = f"{run}{v}__{part}__{path.name}"
                    if run_kinds is None:
                        wrapped = Wrapped(text)
                    else:
                        rng = random.Random(seed_for(args.seed, run, v, part, path.name))
                        chosen = [k for k in run_kinds if len(run_kinds) == 1 or rng.random() < 0.5]
                        year = int(
                            (gold.get("published") or "")[:4]
                            or (gold.get("period") or {}).get("year")
                            or rng.randint(2016, 2025)
                        )
                        pub = published_date(gold, text)
                        site = gold.get("province") if gold.get("province") and rng.random() < 0.6 else "Hà Nội"
                        page = Page(year, site, PROVINCES, rng, pub, gold.get("province"))
                        wrapped = wrap(text, chosen, page)
                    (folder / name).write_text(wrapped.text, encoding="utf-8")
                    spans_of[name] = wrapped.spans
                    files.append(folder / name)
                    gold_lines.append(json.dumps({**gold, "doc": name}, ensure_ascii=False) + "\n")
            if args.keep:
                (tmp / f"spans_{run}.json").write_text(json.dumps(spans_of, ensure_ascii=False), encoding="utf-8")
            work = tmp / f"score_{run}"
            work.mkdir(exist_ok=True)
            out = dev_score.score(run, files, gold_lines, 0, work)
            results[run] = read_summary(out)
            facts = pd.read_csv(work / f"{run}_facts.csv", keep_default_na=False)
            documents = pd.read_csv(work / f"{run}_docs.csv", dtype=str, keep_default_na=False).set_index("doc")
            for row in facts.itertuples():
                for a, b, _kind in spans_of.get(row.doc, []):
                    if a <= int(row.start) < b:
                        line = (folder / row.doc).read_text(encoding="utf-8")[a:b]
                        inside[run].append((row.doc, f"{row.value:g} {row.unit_class}", line))
            if run == "clean":
                clean_docs = documents
            elif clean_docs is not None and args.show:
                for doc in documents.index:
                    base = doc.split("__", 1)[1]
                    base_row = clean_docs.loc["clean1__" + base]
                    for col in ("org_level", "province", "period_year"):
                        if documents.loc[doc, col] != base_row[col]:
                            doc_losses[run].append(f"{doc} {col}: {base_row[col]!r} -> {documents.loc[doc, col]!r}")
    print_table(results, inside, doc_losses, args)


def print_table(results: dict[str, dict[str, int]], inside: dict, doc_losses: dict, args: argparse.Namespace) -> None:
    clean = results["clean"]
    k = args.k
    print(f"noise sweep: seed {args.seed}, {k} variants per document, part {args.part}")
    print(
        f"clean: {clean['tp'] + clean['fn']} gold figures, {clean['tp']} found, {clean['fp']} false; "
        f"level {clean['level']}, province {clean['province']}, year {clean['year']}, target {clean['target']}, "
        f"achievement {clean['achiev']} right"
    )
    cols = ("extra", "inside", "lost", "level", "province", "year", "target", "achiev", "F1")
    print(f"\n| run | {' | '.join(cols)} |\n|---" + "|---" * len(cols) + "|")
    for run, res in results.items():
        mult = 1 if run == "clean" else k
        p = res["tp"] / max(1, res["tp"] + res["fp"])
        rec = res["tp"] / max(1, res["tp"] + res["fn"])
        f1 = 2 * p * rec / max(1e-9, p + rec)
        cells = [res["fp"] - clean["fp"] * mult, len(inside.get(run, [])), clean["tp"] * mult - res["tp"]]
        cells += [clean[a] * mult - res[a] for a in ("level", "province", "year", "target", "achiev")]
        print(f"| {run} | " + " | ".join(str(c) for c in cells) + f" | {f1:.3f} |")
    if args.show:
        print("\nfigures read inside the furniture (first examples per run), and documents whose attributes changed:")
        for run in results:
            if run in ("clean",):
                continue
            for doc, fig, line in inside.get(run, [])[: args.show]:
                print(f"  {run}: {fig} <- {line!r}  ({doc})")
            for loss in doc_losses.get(run, [])[: args.show]:
                print(f"  {run}: {loss}")


if __name__ == "__main__":
    main()
