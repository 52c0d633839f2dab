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
