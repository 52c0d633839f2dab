"""Issue 11, iv10's table, directive and opener patterns (P2, P4, P7, P12, P18) as genre rules, on invented phrasings
a secretary could write, with guards that must not match.

P2.  A plan's table whose value columns are targets with a scope ("Chỉ tiêu toàn xã", "Chỉ tiêu mỗi chi hội", "Mỗi
     tổ phụ nữ" beside them) or a bare horizon ("Mục tiêu đến 2030"): every value cell sets a target.
P4.  A target a meeting asks to be met, its progress so far a rate in brackets ("yêu cầu … hoàn thành chỉ tiêu giúp N
     hộ … (đến nay mới đạt X%)"): N is a target, X% the rate, the result told before whose quotient is X% takes both;
     a floor asked after the bracket ("đồng thời … ít nhất M căn") is a target still.
P7.  "Các chỉ tiêu khác:" / "Các chỉ tiêu còn lại:" opening a list whose items are measured against their plan ("(kế
     hoạch năm N …)", "2/3 câu lạc bộ theo kế hoạch", ", đạt X%") lists results (a plan's list stays targets).
P8.  "Ngoài ra:" / "Bên cạnh đó:" right after a plan's targets (a table's rows too) goes on listing them; last year's
     count in brackets ("(năm 2025 có 7 vụ)") stays a count.
P12. "Chỉ tiêu xây dựng N/M chi hội … vượt kế hoạch đề ra (T chi hội)": the ratio done is a result of target T.
P18. "đăng ký:" opening a list of pledges ("Cụm thống nhất đăng ký: …"; not "Có 120 hộ đăng ký: …", a registration).
"""
from __future__ import annotations

import pytest

from wuanalysis.extract import extract_facts
from wuanalysis.text import normalize_text


def marks(text: str) -> dict[float, tuple]:
    return {f["value"]: (f["target"], f["achievement_pct"]) for f in extract_facts(normalize_text(text))
            if f["value"] not in (2024.0, 2025.0, 2026.0, 2030.0, 2031.0)}


_ROWS = ("1 | Kết nạp hội viên mới | 420 hội viên | 30 hội viên\n"
         "2 | Giúp hộ phụ nữ thoát nghèo | 35 hộ | 3 hộ\n"
         "3 | Vận động tiết kiệm | 310 triệu đồng | 12 triệu đồng\n")


# P2: a scope in the head of a target column, or a scope column beside one
@pytest.mark.parametrize("head", [
    "TT | Nội dung | Chỉ tiêu cả huyện | Chỉ tiêu mỗi cơ sở Hội",
    "STT | Nội dung | Chỉ tiêu toàn phường | Mỗi tổ phụ nữ",
    "TT | Nhiệm vụ | Chỉ tiêu toàn tỉnh | Chỉ tiêu từng huyện",
    "STT | Nội dung | Kế hoạch toàn xã năm 2026 | Mỗi chi hội",
])
def test_a_scoped_target_column_sets_targets(head):
    got = marks("KẾ HOẠCH CÔNG TÁC HỘI NĂM 2026\nI. CHỈ TIÊU\n" + head.replace(" | ", "\t") + "\n"
                + _ROWS.replace(" | ", "\t") + "\nII. GIẢI PHÁP\nCác chi hội chủ động triển khai.\n")
    assert all(got[v][0] == v for v in (420.0, 30.0, 35.0, 3.0, 3.1e8, 1.2e7)), got


@pytest.mark.parametrize("head", ["Chỉ tiêu | Mục tiêu đến 2031", "Nội dung chỉ tiêu | Đến 2030",
                                  "Chỉ tiêu | Mục tiêu tới 2030"])
def test_a_bare_horizon_column_sets_targets(head):
    got = marks("Nghị quyết Đại hội đề ra các chỉ tiêu sau:\n" + head + "\nKết nạp hội viên mới | 12.000 người\n"
                "Tỷ lệ hội viên tham gia sinh hoạt | từ 85% trở lên\nHộ phụ nữ thoát nghèo | 900 hộ\n\nĐại hội bế mạc.")
    assert got[12000.0][0] == 12000.0 and got[85.0][0] == 85.0 and got[900.0][0] == 900.0


@pytest.mark.parametrize("head", [
    "TT | Nội dung | Thực hiện toàn xã | Mỗi chi hội",        # results, with a scope column
    "TT | Nội dung | Toàn xã | Mỗi chi hội",                  # scopes only: no target named
    "Chỉ tiêu | Kết quả 2025",
    "TT | Nội dung | Chỉ tiêu toàn xã | Kết quả toàn xã",
])
def test_guard_result_or_unnamed_columns_set_no_target(head):
    got = marks("BÁO CÁO KẾT QUẢ CÔNG TÁC HỘI NĂM 2025\n" + head + "\n1 | Kết nạp hội viên mới | 420 hội viên | "
                "431 hội viên\n\nNăm qua các chi hội đã cố gắng.")
    assert got[431.0][0] != 431.0


# P4: a target asked to be met, its progress so far a rate in brackets; the result told earlier whose quotient the
# rate states takes the target and the rate; a floor after the bracket is still asked
@pytest.mark.parametrize("text, result, target, rate, floor", [
    ("Sáu tháng đầu năm, các cấp Hội đã giúp 696 hộ phụ nữ thoát nghèo; tổ chức 40 lớp tập huấn.\n\nVề nhiệm vụ "
     "6 tháng cuối năm, Ban Thường vụ yêu cầu các cơ sở tập trung hoàn thành kế hoạch giúp 1.200 hộ phụ nữ thoát "
     "nghèo trong năm (tính đến nay đạt 58%), đồng thời bảo đảm mỗi chi hội có ít nhất 2 mô hình sinh kế.",
     696, 1200, 58, 2),
    ("Đến hết quý II, toàn tỉnh trao được 310 suất học bổng cho học sinh nghèo. Hội nghị đề nghị các huyện sớm "
     "hoàn thành chỉ tiêu trao 500 suất học bổng (hiện mới đạt 62%), đồng thời vận động mỗi huyện ít nhất 4 tỷ "
     "đồng cho Quỹ.", 310, 500, 62, 4e9),
])
def test_a_target_asked_with_its_rate_so_far(text, result, target, rate, floor):
    got = marks(text)
    assert got[target] == (target, None)
    assert got[result] == (target, rate)
    assert got[rate] == (None, rate)
    assert got[floor][0] == floor


def test_a_target_asked_with_its_rate_and_no_result_told():
    got = marks("Hội nghị yêu cầu các cơ sở hoàn thành chỉ tiêu kết nạp 800 hội viên mới (đến nay mới đạt 45%), "
                "đồng thời mỗi chi hội xây dựng ít nhất 1 mô hình.")
    assert got[800.0] == (800.0, None) and got[45.0] == (None, 45.0)


def test_guard_a_target_met_is_no_target_asked():
    got = marks("Hội đã hoàn thành chỉ tiêu giúp 300 hộ thoát nghèo (đạt 100%).")
    assert got[300.0] == (None, 100.0)


def test_guard_another_noun_whose_quotient_agrees_takes_nothing():
    got = marks("Các cấp Hội đã trao 290 suất quà. Hội nghị đề nghị sớm hoàn thành chỉ tiêu giúp 500 hộ thoát nghèo "
                "(hiện mới đạt 58%).")
    assert got[290.0] == (None, None)


# P7: "Các chỉ tiêu khác:" / "Các chỉ tiêu còn lại:" opening a list that reports (an item measured against its plan,
# a share of the plan done) lists results, not targets
@pytest.mark.parametrize("text, results, ratio", [
    ("Sau 6 tháng, Hội kết nạp 58 hội viên.\n\nCác chỉ tiêu còn lại: trao 45 suất quà, mỗi suất 300.000 đồng; ra "
     "mắt 1/2 câu lạc bộ theo kế hoạch.", (45.0, 3e5), (1.0, 2.0)),
    ("Các chỉ tiêu khác: tập huấn 85 lượt hội viên (kế hoạch năm 100 lượt, đạt 85%); hỗ trợ 6 phụ nữ vay vốn, mỗi "
     "chị 30 triệu đồng.", (6.0, 3e7), None),
    ("Năm 2025, xã hoàn thành 9/10 chỉ tiêu. Các chỉ tiêu khác: hỗ trợ 14 hộ vay vốn; thành lập 3/4 tổ hợp tác theo "
     "kế hoạch.", (14.0,), (3.0, 4.0)),
])
def test_the_other_targets_told_as_results(text, results, ratio):
    got = marks(text)
    assert all(got[v][0] is None for v in results), got
    if ratio:
        assert got[ratio[0]][0] == ratio[1]


@pytest.mark.parametrize("text", [
    "KẾ HOẠCH CÔNG TÁC HỘI NĂM 2026\n\nCác chỉ tiêu khác: kết nạp 50 hội viên; hỗ trợ 6 phụ nữ vay vốn, mỗi chị 20 "
    "triệu đồng.",
    "Các chỉ tiêu khác năm 2026: kết nạp 50 hội viên; hỗ trợ 6 phụ nữ vay vốn, mỗi chị 20 triệu đồng; thành lập 2 "
    "câu lạc bộ theo kế hoạch.",
])
def test_guard_the_other_targets_of_a_plan_stay_targets(text):
    got = marks(text)
    assert got[50.0][0] == 50.0 and got[6.0][0] == 6.0 and got[2e7][0] == 2e7


# P18: "đăng ký:" opening a list of pledges (not a count of those who registered)
@pytest.mark.parametrize("text, targets", [
    ("Năm 2026, các đơn vị trong Cụm đăng ký: kết nạp 300 hội viên; 100% cơ sở Hội có mô hình sinh kế.",
     (300.0, 100.0)),
    ("Chi hội đăng ký: 100% hội viên tham gia BHYT; 95% gia đình hội viên đạt danh hiệu gia đình văn hóa.",
     (100.0, 95.0)),
])
def test_a_pledge_list_after_đăng_ký_colon(text, targets):
    got = marks(text)
    assert all(got[v][0] == v for v in targets), got


@pytest.mark.parametrize("text, counted", [
    ("Năm qua có 120 hộ đăng ký: 80 hộ vay vốn sản xuất, 40 hộ vay vốn tạo việc làm.", (80.0, 40.0)),
    ("Kết quả rà soát, số hộ đăng ký vay: 45 hộ.", (45.0,)),
])
def test_guard_a_registration_counted_pledges_nothing(text, counted):
    got = marks(text)
    assert all(got[v][0] is None for v in counted), got


# P12: "Chỉ tiêu <task> N/M … vượt kế hoạch đề ra (T …)": the ratio done is a result whose target is the bracket's
@pytest.mark.parametrize("text, done, target", [
    ("Chỉ tiêu xây dựng 18/20 chi hội vững mạnh vượt kế hoạch đề ra (15 chi hội).", 18.0, 15.0),
    ("Năm 2025, chỉ tiêu xây dựng 9/12 tổ hội đạt vững mạnh vượt kế hoạch (8 tổ hội).", 9.0, 8.0),
])
def test_a_ratio_done_beyond_the_plan_in_brackets(text, done, target):
    got = marks(text)
    assert got[done][0] == target and got[target][0] == target, got


def test_guard_a_ratio_target_of_itself():
    assert marks("Chỉ tiêu năm 2026: xây dựng 25/31 chi hội vững mạnh.")[25.0][0] == 25.0


# P8: "Ngoài ra:" / "Bên cạnh đó:" right after a plan's targets (a table's rows, a sentence) goes on listing them;
# last year's count in brackets stays a count
@pytest.mark.parametrize("text, targets, baseline", [
    ("KẾ HOẠCH CÔNG TÁC HỘI NĂM 2026\nTT | Nội dung | Chỉ tiêu năm 2026\n1 | Kết nạp hội viên mới | 80 hội viên\n"
     "2 | Giúp hộ thoát nghèo | 6 hộ\nBên cạnh đó: 100% tổ hội có nhóm Zalo; tỷ lệ hội viên tham gia BHYT đạt trên "
     "90%.\n", (100.0, 90.0), None),
    ("Năm 2026, Hội phấn đấu kết nạp 80 hội viên, giúp 6 hộ thoát nghèo. Ngoài ra: 100% chi hội sinh hoạt định kỳ; "
     "giảm số vụ bạo lực gia đình xuống dưới 3 vụ (năm 2025 có 7 vụ).", (100.0, 3.0), 7.0),
])
def test_more_targets_after_ngoài_ra(text, targets, baseline):
    got = marks(text)
    assert all(got[v][0] == v for v in targets), got
    if baseline:
        assert got[baseline][0] is None


@pytest.mark.parametrize("text, told", [
    ("Năm 2026, Hội phấn đấu kết nạp 80 hội viên. Ngoài ra, năm 2025 Hội đã trao 30 suất quà.", 30.0),
    ("Năm 2025, Hội kết nạp 80 hội viên (chỉ tiêu 75 hội viên). Ngoài ra: 100% chi hội sinh hoạt định kỳ.", 100.0),
    ("Năm 2026, Hội phấn đấu kết nạp 80 hội viên. Ngoài ra: trong năm qua Hội trao 30 suất quà.", 30.0),
])
def test_guard_ngoài_ra_after_results_or_telling_the_past(text, told):
    assert marks(text)[told][0] is None
