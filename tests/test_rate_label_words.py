"""A stated rate's row is named by its clause, without the sentence's connective: "Tuy nhiên, chỉ tiêu thu hồi nợ
đến hạn" reads "Chỉ tiêu thu hồi nợ đến hạn" on the page. Invented clauses."""
from __future__ import annotations

import pytest

from wuanalysis.wording import row_label


@pytest.mark.parametrize(("clause", "shown"), [
    ("Tuy nhiên, chỉ tiêu thu hồi nợ đến hạn", "Chỉ tiêu thu hồi nợ đến hạn"),
    ("Riêng chỉ tiêu thành lập tổ hợp tác", "Chỉ tiêu thành lập tổ hợp tác"),
    ("Ngoài ra, hoạt động đối thoại chính sách", "Hoạt động đối thoại chính sách"),
    ("trong đó chỉ tiêu giới thiệu hội viên ưu tú", "Chỉ tiêu giới thiệu hội viên ưu tú"),
    ("Bên cạnh đó, tỷ lệ chi hội có mô hình", "Tỷ lệ chi hội có mô hình"),
])
def test_a_rate_s_row_drops_the_sentence_s_connective(clause, shown):
    assert row_label("unassigned", clause, "vi") == shown
    assert row_label("unassigned", clause, "en") == f"“{shown}”"


@pytest.mark.parametrize(("clause", "shown"), [
    ("Riêng có tổ hợp tác", "Riêng có tổ hợp tác"),                  # "Riêng có" is no connective before a clause
    ("Tỷ lệ hội viên tham gia", "Tỷ lệ hội viên tham gia"),
    ("tuyên truyền cho hội viên", "Tuyên truyền cho hội viên"),     # "tuy" inside another word
])
def test_other_clauses_keep_their_words(clause, shown):
    assert row_label("unassigned", clause, "vi") == shown
