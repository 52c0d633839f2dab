"""When a report was written, for the communes and wards the 1 July 2025 reform merged and renamed: a name may be one
province's before the reform and another's after ("phường Ba Đình": Thanh Hóa's, then Hà Nội's). :class:`Era` reads
the article's date, else its lede's dated meeting, else what the text says of the reform; :mod:`wuanalysis.reporter`
passes the answer to :func:`wuanalysis.catalogue.resolve_place`.
"""
from __future__ import annotations

import re

from .headline import _headline, _lede_date, _published
from .text import match_form

# A report that says it comes after the 1 July 2025 reform: a commune's or ward's congress of the first term since
# ("Đại hội đại biểu Phụ nữ phường Hai Bà Trưng lần thứ I, nhiệm kỳ 2025 – 2030"), "sau sắp xếp", a new commune
# ("phường Ba Đình (mới)", "là xã mới thành lập"), the two-level local government ("chính quyền địa phương 2 cấp")
_AFTER_THE_REFORM = re.compile(r"nhiệm kỳ 2025 ?[-–—] ?2030|sau (?:khi )?sắp xếp|\(mới\)"
                               r"|(?:xã|phường|đặc khu) mới(?: thành lập| được thành lập|[,.;:)]|$)"
                               r"|chính quyền (?:địa phương )?(?:2|hai) cấp", re.MULTILINE)
# An undated review of a period that ends after 30 June 2025 is written after the reform: "sơ kết công tác Hội 9 tháng
# đầu năm 2025", "tổng kết … năm 2025", "quý IV/2025", and any period of 2026 on ("sơ kết 6 tháng đầu năm 2026"); so
# is a branch's meeting of such a quarter ("sinh hoạt chuyên đề quý III năm 2025"); a
# plan ("triển khai nhiệm vụ năm 2025"), a review to come ("chuẩn bị tổng kết năm 2025") and the first half of 2025
# date nothing. Read in the headline and lede (lower case, match_form).
_LATER_QUARTER = r"quý (?:iii|iv|3|4)(?: năm|/)?\s*2025"
_FROM_2026 = r"(?:năm|(?:\d+ tháng|quý \w+)(?: đầu| cuối)?(?: năm|/)?)\s*20(?:2[6-9]|3\d)"
_REVIEW_AFTER_THE_REFORM = re.compile(
    r"(?:(?:tổng|sơ) kết(?: (?:công tác|hoạt động)(?: hội)?(?: và phong trào phụ nữ)?)? (?:(?:năm|9 tháng(?: đầu)?"
    rf"(?: năm)?|6 tháng cuối năm)\s*2025|{_LATER_QUARTER}|{_FROM_2026})"
    rf"|sinh hoạt(?: chuyên đề)? (?:{_LATER_QUARTER}|{_FROM_2026}))(?!\d)")
_REVIEW_TO_COME = re.compile(r"(?:chuẩn bị|tiến tới|hướng dẫn|kế hoạch|dự kiến|sẽ)(?:\s+tốt)?(?:\s+cho)?\s*$")
_REFORM_MONTH = "2025-07"
# the lede's meeting: "Chiều 16/7/2025, …", and a sentence, line or dateline opened by "Ngày 15/10/2025, Chi hội …",
# "(PNVN) - Ngày 28/12/2025, …" (a capital "Ngày": a cited plan's "Kế hoạch số 45 ngày 12/3/2025" is no meeting)
_MEETING_DAY = re.compile(r"(?:(?i:sáng|chiều|tối|trưa)\s+(?:nay\s+)?(?:ngày\s+)?|(?:^|(?<=[-–—).:]\s)|(?<=[-–—)]))"
                          r"Ngày\s+)\d{1,2}[/.-](\d{1,2})[/.-]2025(?!\d)", re.MULTILINE)


class Era:
    """When a report was written, for the communes and wards the 2025 reform merged and renamed (a name may be one
    province's before and another's after): ``"2025"`` for an article dated on or after 1 July 2025, ``"pre2025"``
    for one dated before (the article's date, else its lede's dated meeting: "Chiều 16/7/2025, …"); an undated one
    (or dated only "2025") is ``"2025"`` when it says it comes after the reform (:data:`_AFTER_THE_REFORM`), else
    None. Read on first call: most reports never resolve a commune's name. ``published`` is None when the caller has
    not read the text's date (it is read here then), "" when it has and found none."""

    def __init__(self, text: str, published: str | None) -> None:
        self._text, self._published, self._read = text, published, False
        self._era: str | None = None

    def __call__(self) -> str | None:
        if not self._read:
            self._era, self._read = self._decide(), True
        return self._era

    def written_before(self, month: str) -> bool:
        """Whether the article's own date (its "date …" prefix or date line; "YYYY-MM") comes before ``month``; False
        when it is undated or dated only by a year that does not decide."""
        published = self._date()
        if not published or not re.match(r"\d{4}", published):
            return False
        return published[:len(month)] < month if len(published) >= len(month) else published[:4] < month[:4]

    def _date(self) -> str | None:
        """The article's date: the caller's, else read from the text (unless the caller read it and found none)."""
        if self._published is None:
            self._published = _published_in(self._text) or ""
        return self._published or None

    def _decide(self) -> str | None:
        published = self._date()
        if published and not re.match(r"\d{4}(?:-\d\d)?", published):
            published = None  # not a date this reads ("2025-07", "2025-07-15", "2024")
        if not published and (published := _lede_date(self._text)) == "2025":
            # no article date: the lede's dated meeting ("Chiều 16/7/2025, Hội LHPN xã Lộc Hưng tổ chức …")
            day = _MEETING_DAY.search(self._text[:800])
            published = f"2025-{int(day.group(1)):02d}" if day and 1 <= int(day.group(1)) <= 12 else published
        if published and published[:4] != "2025":
            return "2025" if published[:4] > "2025" else "pre2025"
        if published and len(published) >= 7:
            # the date decides: "sau sắp xếp", "xã mới" in the first half of 2025 are the communes merged on 1 January
            return "2025" if published[:7] >= _REFORM_MONTH else "pre2025"
        # undated, or only the reform's year
        low = match_form(self._text).lower()
        if _AFTER_THE_REFORM.search(low):
            return "2025"
        lede = low[:1500]
        return "2025" if any(not _REVIEW_TO_COME.search(lede, max(0, m.start() - 24), m.start())
                             for m in _REVIEW_AFTER_THE_REFORM.finditer(lede)) else None


def _published_in(text: str) -> str | None:
    """The article's date as :mod:`wuanalysis.documents` reads it, for a caller that did not pass it."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    return _published(text, lines, _headline(lines)[0])
