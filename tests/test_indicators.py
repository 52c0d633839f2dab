"""The indicator catalogue and assign_indicators on real phrasings of the genre.

EXAMPLES holds, for every indicator of the catalogue, phrasings with the figure in [brackets]; each must be
assigned that indicator, and together they must contain every cue phrase of the indicator (so no cue is dead).
"""
from __future__ import annotations

import re
import time

import pandas as pd
import pytest

from wuanalysis.catalogue import TOPICS, UNIT_CLASSES, load_indicators
from wuanalysis.indicators import assign_indicators
from wuanalysis.text import match_form

C, V, P, A, M, OTHER = "count", "vnd", "percent", "area", "mass", "other"

# id -> [(phrase with the figure in [brackets], unit_class, unit)]
EXAMPLES: dict[str, list[tuple[str, str, str]]] = {
    "members_new": [("Toàn tỉnh đã kết nạp mới [4.677 hội viên].", C, "hội viên"),
                    ("Các cấp Hội kết nạp [1.200 hội viên] trong năm.", C, "hội viên"),
                    ("Tính đến ngày 30/10/2023 toàn tỉnh đã phát triển mới được [4.094 hội viên].", C, "hội viên"),
                    ("Có [350 hội viên mới] trong quý III.", C, "hội viên"),
                    ("Thu hút mới [500 phụ nữ] tham gia tổ chức Hội.", C, "phụ nữ")],
    "members_lost": [("Trong năm kết nạp mới 4.677 hội viên, giảm: [583 hội viên].", C, "hội viên")],
    "members_total": [("Nâng tổng số hội viên toàn tỉnh là [180.833 người].", C, "người"),
                      ("Tổng số hội viên toàn thành phố hiện là [412.000 hội viên].", C, "hội viên")],
    "members_residential": [("Trong đó, hội viên theo địa bàn dân cư là [111.062 người].", C, "người")],
    "women_recruited_pct": [("Tỷ lệ tập hợp phụ nữ vào Hội đạt [85,6%].", P, "%"),
                            ("Đã tập hợp [92%] phụ nữ trong độ tuổi vào tổ chức Hội.", P, "%"),
                            ("Vận động, thu hút phụ nữ tham gia tổ chức Hội đạt tỷ lệ [87%].", P, "%")],
    "branches": [("Toàn tỉnh có [1.245 chi hội] phụ nữ.", C, "chi hội"),
                 ("Sáp nhập còn [820 chi hội] ở thôn, tổ dân phố.", C, "chi hội")],
    "grassroots_unions_strong": [("Có [98 cơ sở Hội] được xếp loại vững mạnh.", C, "cơ sở"),
                                 ("Có [12 cơ sở Hội] hoàn thành xuất sắc nhiệm vụ.", C, "cơ sở"),
                                 ("[45 cơ sở Hội] hoàn thành tốt nhiệm vụ.", C, "cơ sở")],
    "grassroots_unions_strong_pct": [("Phấn đấu [90%] cơ sở Hội hoàn thành tốt nhiệm vụ trở lên.", P, "%"),
                                     ("Có [75%] cơ sở Hội vững mạnh.", P, "%")],
    "grassroots_unions_regular_activity": [
        ("[117 cơ sở Hội] duy trì ít nhất 1 loại hình hoạt động trở lên.", C, "cơ sở"),
        ("[56 cơ sở Hội] duy trì hoạt động thường xuyên.", C, "cơ sở")],
    "union_activities": [("Các cấp Hội đã tổ chức được [437 hoạt động] văn hóa, văn nghệ.", C, "hoạt động"),
                         ("Tổ chức [1.250 buổi sinh hoạt] Hội tại chi hội.", C, "buổi sinh hoạt")],
    "union_activities_funding_vnd": [("Các cấp Hội tổ chức 437 hoạt động với tổng kinh phí "
                                      "[trên 4,2 tỷ đồng].", V, "VND"),
                                     ("Hội dành kinh phí tổ chức hoạt động là [300 triệu đồng].", V, "VND")],
    "delegates": [("Đại hội có [250 đại biểu] tham dự.", C, "đại biểu")],
    "executive_committee_members": [("Ban Chấp hành khóa mới gồm [35 đồng chí].", C, "đồng chí"),
                                    ("BCH gồm [31 ủy viên].", C, "ủy viên")],
    "poor_households": [("Toàn tỉnh có [2.879 hộ nghèo].", C, "hộ"),
                        ("Đầu năm có [3.062 hộ cận nghèo].", C, "hộ")],
    "poor_households_supported": [("Giao chỉ tiêu hỗ trợ giúp đỡ ít nhất [2.500 hộ nghèo].", C, "hộ"),
                                  ("Có [320 hộ phụ nữ nghèo] được giúp đỡ.", C, "hộ"),
                                  ("Mỗi chi hội nhận giúp đỡ [15 hộ] khó khăn.", C, "hộ")],
    "households_out_of_poverty": [("Dự kiến có [1.129 hộ phụ nữ thoát nghèo].", C, "hộ"),
                                  ("Các cấp Hội giúp [7.046 hộ] phụ nữ thoát nghèo và cận nghèo.", C, "hộ"),
                                  ("Hội đã giúp thoát nghèo cho [45 hộ].", C, "hộ"),
                                  ("Có [30 hộ thoát nghèo] bền vững.", C, "hộ")],
    "households_out_of_near_poverty": [("Có [488 hộ phụ nữ thoát cận nghèo].", C, "hộ"),
                                       ("Có [20 hộ] đã thoát khỏi cận nghèo.", C, "hộ")],
    "charity_houses": [("Xây dựng [26 mái ấm tình thương] cho hội viên nghèo.", C, "mái ấm"),
                       ("Vận động xây mới [5 nhà tình thương].", C, "nhà"),
                       ("Bàn giao [3 căn] nhà đại đoàn kết.", C, "căn"),
                       ("Hỗ trợ xây [2 nhà] tình nghĩa.", C, "nhà"),
                       ("Hỗ trợ xây [4 MATT] cho hội viên.", C, "MATT")],
    "charity_houses_value_vnd": [("Xây dựng 26 mái ấm tình thương trị giá [2,8 tỷ đồng].", V, "VND"),
                                 ("Huy động, vận động xây dựng MATT [hơn 17 triệu đồng].", V, "VND"),
                                 ("Xây dựng nhà tình thương, nhà đại đoàn kết, nhà tình nghĩa "
                                  "trị giá [1,2 tỷ đồng].", V, "VND")],
    "houses_repaired": [("Sửa chữa [03 căn nhà] cho hội viên.", C, "căn nhà"),
                        ("Hỗ trợ sửa chữa nhà [8 căn].", C, "căn")],
    "toilets_built": [("Xây dựng [3 nhà vệ sinh].", C, "nhà vệ sinh"),
                      ("Có [15 công trình vệ sinh] được bàn giao.", C, "công trình")],
    "livelihood_support_vnd": [("Xây dựng mô hình sinh kế với tổng kinh phí [trên 4,850 tỷ đồng].", V, "VND"),
                               ("Trao tặng phương tiện sinh kế trị giá [500 triệu đồng].", V, "VND"),
                               ("Hỗ trợ cây, con giống trị giá [200 triệu đồng].", V, "VND")],
    "livelihood_support_households": [("Hỗ trợ phương tiện sinh kế cho [120 hộ].", C, "hộ"),
                                      ("Tặng cây giống cho [45 hộ].", C, "hộ"),
                                      ("Hỗ trợ con giống cho [30 hội viên].", C, "hội viên")],
    "women_startups_supported": [("Hỗ trợ [221 phụ nữ khởi nghiệp]/khởi sự kinh doanh.", C, "phụ nữ")],
    "startup_ideas": [("Lựa chọn được [10 ý tưởng] khởi nghiệp.", C, "ý tưởng"),
                      ("Trao giải Cuộc thi cho [15 dự án].", C, "dự án")],
    "startup_loans_vnd": [("Giúp phụ nữ tiếp cận, vay vốn khởi nghiệp [trên 5,1 tỷ đồng].", V, "VND"),
                          ("Giải ngân vốn khởi nghiệp [2 tỷ đồng].", V, "VND"),
                          ("Hỗ trợ phụ nữ khởi sự kinh doanh với số tiền [300 triệu đồng].", V, "VND")],
    "women_business_capacity_supported": [
        ("Hỗ trợ nâng cao năng lực cho [376 phụ nữ] là chủ doanh nghiệp, quản lý HTX, chủ hộ kinh doanh.", C, "phụ nữ"),
        ("Kết nối thị trường cho [50 doanh nghiệp nữ].", C, "doanh nghiệp"),
        ("Tập huấn cho [120 nữ chủ doanh nghiệp].", C, "nữ chủ doanh nghiệp")],
    "vocational_training": [("Mở 18 lớp cho [539 lao động nữ].", C, "lao động"),
                            ("Đào tạo nghề cho [300 phụ nữ].", C, "phụ nữ"),
                            ("Phối hợp dạy nghề cho [120 hội viên].", C, "hội viên"),
                            ("Hỗ trợ [80 phụ nữ] học nghề.", C, "phụ nữ")],
    "vocational_classes": [("Phối hợp mở [18 lớp] dạy nghề cho lao động nữ.", C, "lớp"),
                           ("Tổ chức [5 lớp đào tạo nghề].", C, "lớp"),
                           ("Mở [3 lớp] học nghề may.", C, "lớp")],
    "jobs_found": [("Giới thiệu việc làm cho [16.758 hội viên], phụ nữ.", C, "hội viên"),
                   ("Tạo việc làm tại chỗ cho [trên 500 hội viên].", C, "hội viên"),
                   ("Giúp [200 phụ nữ] có việc làm ổn định.", C, "phụ nữ")],
    "startup_shops": [("Thành lập mới [15 cửa hàng] tiêu thụ sản phẩm phụ nữ khởi nghiệp.", C, "cửa hàng"),
                      ("Trưng bày tại [20 gian hàng].", C, "gian hàng")],
    "products_sold_mass": [("Liên kết tiêu thụ [hơn 2.000 tấn] rau, củ, quả.", M, "tấn"),
                           ("Kết nối tiêu thụ [50 tấn] vải thiều.", M, "tấn")],
    "ocop_products": [("Có [12 sản phẩm] đạt chuẩn OCOP.", C, "sản phẩm")],
    "cooperatives_total": [("Nâng tổng số lên [11 Hợp tác xã].", C, "Hợp tác xã"),
                           ("Toàn tỉnh có [25 HTX] do phụ nữ quản lý.", C, "HTX")],
    "cooperatives_new": [("Hỗ trợ thành lập mới [05 HTX].", C, "HTX"),
                         ("Ra mắt [2 hợp tác xã] của phụ nữ.", C, "hợp tác xã"),
                         ("Thành lập [3 HTX] trong năm.", C, "HTX"),
                         ("Phát triển mới [5 hợp tác xã] do phụ nữ quản lý.", C, "hợp tác xã"),
                         ("Xây dựng mới [2 HTX] dịch vụ.", C, "HTX"), ("Xây mới [1 HTX] nông nghiệp.", C, "HTX")],
    "coop_groups_total": [("Nâng tổng số lên [83 Tổ hợp tác].", C, "Tổ hợp tác"),
                          ("Có [10 THT] hoạt động hiệu quả.", C, "THT")],
    "coop_groups_new": [("Hỗ trợ thành lập mới [22 tổ hợp tác].", C, "tổ hợp tác"),
                        ("Ra mắt [4 THT] trồng rau.", C, "THT"),
                        ("Xây dựng mới [12 tổ hợp tác].", C, "tổ hợp tác"), ("Phát triển mới [6 THT].", C, "THT"),
                        ("Xây mới [9 tổ hợp tác] chăn nuôi.", C, "tổ hợp tác")],
    "linkage_groups": [("Duy trì [160 Tổ liên kết] phụ nữ phát triển kinh tế.", C, "Tổ liên kết"),
                       ("Có [12 nhóm liên kết] sản xuất.", C, "nhóm liên kết")],
    "coop_members": [("Thành lập mới 05 HTX với [90 thành viên].", C, "thành viên"),
                     ("Mỗi hợp tác xã có [45 thành viên].", C, "thành viên"),
                     ("Các tổ hợp tác, tổ liên kết, THT với [3.660 thành viên].", C, "thành viên")],
    "policy_bank_outstanding_vnd": [
        ("Vốn vay thông qua Ngân hàng CSXH với tổng dư nợ là [hơn 1.000 tỷ đồng].", V, "VND"),
        ("Dư nợ ủy thác qua NHCSXH đạt [850 tỷ đồng].", V, "VND"),
        ("Ủy thác Ngân hàng Chính sách xã hội qua 582 tổ TK&VV với dư nợ [77,83 tỷ đồng].", V, "VND")],
    "women_fund_outstanding_vnd": [
        ("Nguồn vốn Quỹ Hỗ trợ phụ nữ phát triển dư nợ [gần 50 tỷ đồng].", V, "VND"),
        ("Chương trình tài chính vi mô có tổng dư nợ [35 tỷ đồng].", V, "VND"),
        ("Dư nợ tín dụng vi mô của Hội đạt [hơn 8 tỷ đồng].", V, "VND"),
        ("Chương trình hỗ trợ phụ nữ giảm nghèo hiện có dư nợ [21,4 tỷ đồng].", V, "VND")],
    "loans_outstanding_vnd": [("Tổng dư nợ các nguồn vốn do Hội quản lý [gần 1.293 tỷ đồng].", V, "VND"),
                              ("Nguồn vốn Hội quản lý hiện có [200 tỷ đồng].", V, "VND"),
                              ("Tổng nguồn vốn Hội Phụ nữ tỉnh Lạng Sơn quản lý [trên 1.100 tỷ đồng].", V, "VND")],
    "loans_disbursed_vnd": [
        ("Chương trình hỗ trợ phụ nữ giảm nghèo đã giải ngân [12,1 tỷ đồng].", V, "VND"),
        ("Hoạt động tín dụng vi mô giải ngân [8 tỷ đồng].", V, "VND"),
        ("Trong 6 tháng, Hội Phụ nữ tỉnh Sơn La cho vay mới [hơn 45 tỷ đồng].", V, "VND"),
        ("Doanh số cho vay trong năm đạt [312 tỷ đồng].", V, "VND"),
        ("Hỗ trợ vay vốn với số tiền [1,5 tỷ đồng].", V, "VND"),
        ("Hội viên vay mới [3,2 tỷ đồng] phát triển chăn nuôi.", V, "VND"),
        ("Hộ nghèo được vay [800 triệu đồng] từ nguồn vốn giải quyết việc làm.", V, "VND"),
        ("Ngân hàng cho vay [gần 2 tỷ đồng] để trồng cà phê.", V, "VND")],
    "savings_groups": [("Quản lý [582 tổ TK&VV].", C, "tổ"),
                       ("Có [920 tổ tiết kiệm] tại chi hội.", C, "tổ"),
                       ("Duy trì [300 tổ] tiết kiệm và vay vốn.", C, "tổ"),
                       ("Có [45 tổ góp vốn] xoay vòng.", C, "tổ"),
                       ("Có [12 tổ] phụ nữ tiết kiệm - tín dụng.", C, "tổ")],
    "savings_members": [("Có [41.735 phụ nữ] tham gia tiết kiệm.", C, "phụ nữ"),
                        ("Tiết kiệm tại NHCSXH có [25.709 hộ] tham gia.", C, "hộ")],
    "savings_mobilised_vnd": [("Phụ nữ tham gia tiết kiệm huy động được [trên 70 tỷ đồng].", V, "VND"),
                              ("Huy động tiết kiệm [5 tỷ đồng].", V, "VND"),
                              ("Tổ góp vốn xoay vòng với số tiền [3 tỷ đồng].", V, "VND"),
                              ("Tiết kiệm tại Chương trình tài chính vi mô với số tiền [1,008 tỷ đồng].", V, "VND")],
    "borrowers": [("Cho [3.000 hội viên] vay vốn.", C, "hội viên"),
                  ("Có [13.535 phụ nữ] được vay.", C, "phụ nữ"),
                  ("Giải ngân cho vay [1.109 thành viên].", C, "thành viên"),
                  ("Đã giải ngân cho [khoảng 420 hộ] ở Cao Bằng.", C, "hộ"),
                  ("Năm 2024 có [1.560 lượt hộ] vay mới.", C, "lượt hộ"),
                  ("Giúp [215 phụ nữ] tiếp cận vốn vay ưu đãi.", C, "phụ nữ")],
    "borrowers_outstanding": [("Có [34.874 hộ] đang vay đầu tư sản xuất.", C, "hộ"),
                              ("Hiện có [gần 9.000 hộ] còn dư nợ tại Phú Yên.", C, "hộ"),
                              ("Tổng dư nợ 640 tỷ đồng với [18.250 hộ] vay.", C, "hộ"),
                              ("[Trên 12.000 hội viên] đang vay vốn các chương trình.", C, "hội viên")],
    "households_5k3s": [("Có [947 hộ] đạt tiêu chí “5 không, 3 sạch”.", C, "hộ"),
                        ("Giúp đỡ [12.163 hộ gia đình] đạt 8 tiêu chí của cuộc vận động.", C, "hộ"),
                        ("Có [300 hộ] đạt gia đình năm không, ba sạch.", C, "hộ")],
    "households_5c3s": [("Có [644 hộ] đạt tiêu chí “5 có, 3 sạch”.", C, "hộ"),
                        ("Có [50 hộ] đạt năm có ba sạch.", C, "hộ")],
    "family_models": [("Thành lập mới [24 mô hình] “Gia đình 5 có, 3 sạch”.", C, "mô hình"),
                      ("Duy trì [10 câu lạc bộ] gia đình hạnh phúc.", C, "câu lạc bộ"),
                      ("Xây dựng [5 mô hình] phòng chống bạo lực gia đình.", C, "mô hình"),
                      ("Duy trì [8 CLB] gia đình 5 không, 3 sạch.", C, "CLB")],
    "gifts": [("Tặng [1.993 phần quà] cho tân binh.", C, "phần quà"),
              ("Trao [500 suất quà] cho hộ nghèo.", C, "suất quà"),
              ("Thăm, tặng quà [150 suất].", C, "suất")],
    "gift_value_vnd": [("Tặng quà, tiền mặt, nhu yếu phẩm với tổng trị giá [hơn 260 triệu đồng].", V, "VND"),
                       ("Tặng 1.993 phần quà trị giá [738 triệu đồng].", V, "VND"),
                       ("Vận động thăm hỏi, tặng quà trị giá [270 triệu đồng].", V, "VND"),
                       ("Tổng quà và tiền mặt trị giá [trên 15 tỷ đồng].", V, "VND")],
    "health_insurance_cards": [("Tặng [190 thẻ bảo hiểm y tế].", C, "thẻ"),
                               ("Trao [50 thẻ BHYT] cho hộ cận nghèo.", C, "thẻ")],
    "humanitarian_addresses": [("Vận động và duy trì được [362 địa chỉ] nhân đạo.", C, "địa chỉ")],
    "people_in_hardship_helped": [
        ("Giúp đỡ [310 hội viên], phụ nữ, trẻ em có hoàn cảnh đặc biệt khó khăn.", C, "hội viên"),
        ("Duy trì 362 địa chỉ giúp đỡ [310 người].", C, "người")],
    "savings_books_gifted": [("Tặng [40 sổ tiết kiệm] cho hội viên nghèo.", C, "sổ tiết kiệm")],
    "savings_books_value_vnd": [("Tặng 40 sổ tiết kiệm tổng trị giá [600 triệu đồng].", V, "VND")],
    "violence_victims_supported_pct": [
        ("Có [80%] phụ nữ, trẻ em gái là nạn nhân bạo lực gia đình, mua bán người được hỗ trợ.", P, "%")],
    "orphans_sponsored": [("Toàn tỉnh duy trì đỡ đầu cho [501 trẻ mồ côi].", C, "trẻ"),
                          ("Chương trình Mẹ đỡ đầu đã nhận đỡ đầu [3.037 cháu].", C, "cháu")],
    "sponsorship_value_vnd": [("Chương trình Mẹ đỡ đầu hỗ trợ trẻ mồ côi với số tiền [hơn 2 tỷ đồng].", V, "VND")],
    "scholarships": [("Trao [200 suất học bổng] cho học sinh.", C, "suất"),
                     ("Tặng học bổng cho [50 em].", C, "em")],
    "scholarships_value_vnd": [("Trao học bổng trị giá [300 triệu đồng].", V, "VND")],
    "children_cases_supported": [("Hỗ trợ [12 trường hợp] xâm hại trẻ em.", C, "trường hợp"),
                                 ("Thăm hỏi [12 trường hợp] trẻ em bị đuối nước.", C, "trường hợp"),
                                 ("Thăm hỏi [5 cháu] bị tai nạn giao thông.", C, "cháu")],
    "midautumn_gifts": [("Tặng [2.000 phần quà] Trung thu cho trẻ em.", C, "phần quà")],
    "propaganda_sessions": [("Kết quả: đã tuyên truyền [1.633 đợt].", C, "đợt"),
                            ("Tổ chức [103 cuộc] tuyên truyền.", C, "cuộc"),
                            ("Tổ chức [45 buổi] nói chuyện chuyên đề.", C, "buổi"),
                            ("Có [30 buổi] sinh hoạt chuyên đề.", C, "buổi"),
                            ("Tổ chức [20 buổi] truyền thông.", C, "buổi")],
    "propaganda_participants": [("Có [10.058 lượt phụ nữ] được tuyên truyền, nâng cao nhận thức.", C, "lượt"),
                                ("Với [32.000 lượt hội viên] tham dự.", C, "lượt"),
                                ("Có [1.439 hội viên] được cung cấp kiến thức.", C, "hội viên"),
                                ("Có [500 cán bộ] được học tập, quán triệt nghị quyết.", C, "cán bộ")],
    "digital_trained": [("Có [3343 lượt phụ nữ] được tập huấn kiến thức về chuyển đổi số.", C, "lượt"),
                        ("Tập huấn ứng dụng công nghệ thông tin, mạng xã hội, internet cho [900 cán bộ].", C, "cán bộ"),
                        ("Hướng dẫn kỹ năng số cho [200 hội viên].", C, "hội viên"),
                        ("Tập huấn thương mại điện tử cho [150 phụ nữ].", C, "phụ nữ"),
                        ("Tập huấn giáo dục tài chính, thanh toán không dùng tiền mặt cho [200 cán bộ].", C, "cán bộ")],
    "training_classes": [("Tổ chức [5 lớp tập huấn].", C, "lớp"),
                         ("Mở [3 lớp] bồi dưỡng cán bộ.", C, "lớp")],
    "trainees": [("Có [250 người] được tập huấn.", C, "người"),
                 ("Bồi dưỡng cho [120 cán bộ].", C, "cán bộ")],
    "news_articles": [("Xây dựng [127 tin bài] tuyên truyền.", C, "tin bài"),
                      ("Đăng tải [300 tin, bài] trên trang.", C, "tin, bài"),
                      ("Có [45 bài viết] trên trang thông tin.", C, "bài viết"),
                      ("Đưa [60 tin] hoạt động.", C, "tin")],
    "exemplars_honoured": [("Giới thiệu, tuyên dương [230 tập thể].", C, "tập thể"),
                           ("Có [461 gương] phụ nữ tiêu biểu, điển hình.", C, "gương")],
    "community_media_teams": [("Thành lập [46 Tổ truyền thông cộng đồng].", C, "Tổ truyền thông cộng đồng"),
                              ("Duy trì [20 tổ] truyền thông cộng đồng.", C, "tổ")],
    "media_points": [("Tổ chức [06 điểm truyền thông] mẫu.", C, "điểm")],
    "digital_products": [("Xây dựng [24 sản phẩm truyền thông] trên nền tảng số.", C, "sản phẩm"),
                         ("Có [21 sản phẩm] dự thi ứng dụng công nghệ thông tin.", C, "sản phẩm")],
    "digital_groups": [("Thành lập [120 nhóm Zalo].", C, "nhóm"),
                       ("Có [15 fanpage] và trang Facebook.", C, "fanpage"),
                       ("Có [30 tài khoản] mạng xã hội TikTok.", C, "tài khoản")],
    "mediation_cases": [("Tham gia hòa giải [176 vụ việc].", C, "vụ việc")],
    "mediation_successful": [("Trong đó hòa giải thành [129 vụ].", C, "vụ")],
    "mediation_referred": [("Chuyển cơ quan chức năng [47 vụ].", C, "vụ"),
                           ("Chuyển cơ quan [5 vụ] khác.", C, "vụ")],
    "legal_counselling": [("Tư vấn pháp luật cho [08 lượt] hội viên.", C, "lượt"),
                          ("Trợ giúp pháp lý cho [20 trường hợp].", C, "trường hợp"),
                          ("Tư vấn cho [35 người].", C, "người")],
    "court_cases": [("Tham gia xét xử [31 vụ việc].", C, "vụ việc"),
                    ("Hội thẩm nhân dân tham gia [20 vụ án].", C, "vụ án")],
    "trusted_addresses": [("Ra mắt [10 Địa chỉ tin cậy] cộng đồng.", C, "Địa chỉ tin cậy")],
    "ntm_works": [("Thực hiện [248 công trình], phần việc xây dựng nông thôn mới.", C, "công trình"),
                  ("Có [36 công trình phần việc] về xây dựng NTM và đô thị văn minh.", C, "công trình")],
    "ntm_works_value_vnd": [("Thực hiện 248 công trình, phần việc trị giá [gần 5 tỷ đồng].", V, "VND"),
                            ("Hỗ trợ [41 triệu đồng] làm đường nội đồng.", V, "VND"),
                            ("Góp phần xây dựng nông thôn mới, NTM, đô thị văn minh trị giá [1 tỷ đồng].", V, "VND")],
    "workdays": [("Huy động [1.838 ngày công].", C, "ngày công")],
    "flower_roads": [("Trồng mới [21 đoạn đường hoa].", C, "đoạn đường hoa")],
    "flower_roads_km": [("Trồng [5,3 km] đường hoa.", OTHER, "km")],
    "green_hedges_length": [("Trồng [800 mét] hàng rào xanh.", OTHER, "mét"),
                            ("Xây dựng [1,2 km] hàng rào cây xanh.", OTHER, "km")],
    "land_donated_area": [("Hiến [hơn 3.000m2 đất].", A, "m2")],
    "waste_facilities": [("Hỗ trợ xây [16 lò đốt rác].", C, "lò đốt rác"),
                         ("Đặt [200 thùng rác].", C, "thùng rác"),
                         ("Đào [50 hố rác].", C, "hố rác"),
                         ("Xây [12 lò] xử lý rác.", C, "lò")],
    "awards": [("Khen thưởng [54 cán bộ Hội giỏi].", C, "cán bộ"),
               ("Có [731 phụ nữ] đạt danh hiệu “Phụ nữ tiêu biểu”.", C, "phụ nữ"),
               ("Có [3 tập thể] nhận Bằng khen.", C, "tập thể"),
               ("Có [10 cá nhân] được tặng giấy khen.", C, "cá nhân")],
    "targets_met": [("Đạt và vượt [8 chỉ tiêu] Đại hội.", C, "chỉ tiêu")],
}

_NUMBER = re.compile(r"^(?:hơn|trên|gần|khoảng|ít nhất)?\s*[\d.,/]+\s*")


def fact(phrase: str, unit_class: str, unit: str, doc: str = "t.txt") -> dict:
    """One fact row from a phrase with the figure in [brackets], shaped like the extractor's output."""
    start = phrase.index("[")
    sentence = phrase.replace("[", "").replace("]", "")
    end = phrase.index("]") - 1
    figure = sentence[start:end]
    if unit_class in ("vnd", "percent"):
        subject = " ".join(sentence[:start].split(",")[-1].split()[-4:])
    else:
        subject = _NUMBER.sub("", figure)
    return dict(doc=doc, value=1.0, unit_class=unit_class, unit=unit, subject=subject, sentence=sentence,
                start=100 + start, end=100 + end, sentence_start=100)


CASES = [(ind, *example) for ind, examples in EXAMPLES.items() for example in examples]


# ---------------------------------------------------------------- the catalogue


def test_catalogue_shape():
    df = load_indicators()
    assert len(df) >= 40
    assert df["id"].is_unique
    assert df["id"].str.fullmatch(r"[a-z][a-z0-9_]*").all()
    assert set(df["topic"]) <= set(TOPICS)
    assert set(df["unit_class"]) <= set(UNIT_CLASSES)
    assert df["additive"].map(type).eq(bool).all()
    assert not df.loc[df.unit_class == "percent", "additive"].any()  # rates are never summed
    assert (df["label_vi"] != "").all() and (df["label_en"] != "").all() and (df["cues"] != "").all()
    assert df.loc[df.unit_class == "vnd", "id"].str.endswith("_vnd").all()


def test_every_topic_but_other_has_indicators():
    assert set(load_indicators()["topic"]) == set(TOPICS)


def test_every_indicator_has_an_example():
    assert set(EXAMPLES) == set(load_indicators()["id"])


@pytest.mark.parametrize("indicator", sorted(EXAMPLES))
def test_every_cue_occurs_in_an_example(indicator):
    row = load_indicators().set_index("id").loc[indicator]
    text = " | ".join(match_form(p.replace("[", "").replace("]", "")).lower() for p, *_ in EXAMPLES[indicator])
    for cue in row["cues"].split(";"):
        cue = match_form(cue.strip()).lower()
        assert re.search(rf"(?<!\w){re.escape(cue)}(?!\w)", text), f"{indicator}: cue {cue!r} has no example"


@pytest.mark.parametrize("indicator, phrase, unit_class, unit", CASES)
def test_example_gets_its_indicator(indicator, phrase, unit_class, unit):
    out = assign_indicators(pd.DataFrame([fact(phrase, unit_class, unit)]))
    assert out.loc[0, "indicator"] == indicator, phrase
    assert out.loc[0, "topic"] == load_indicators().set_index("id").loc[indicator, "topic"]


# ---------------------------------------------------------------- assign_indicators


def test_output_is_a_copy_with_two_columns():
    facts = pd.DataFrame([fact("Tặng [190 thẻ bảo hiểm y tế].", "count", "thẻ")])
    out = assign_indicators(facts)
    assert "indicator" not in facts.columns
    assert list(out.columns) == list(facts.columns) + ["indicator", "topic"]


def test_empty_frame():
    out = assign_indicators(pd.DataFrame(columns=["unit_class", "unit", "subject", "sentence", "start", "end",
                                                  "sentence_start", "doc"]))
    assert len(out) == 0 and {"indicator", "topic"} <= set(out.columns)


def test_tone_placement_and_case_do_not_matter():
    for phrase in ("Phối hợp tham gia HOÀ GIẢI [176 vụ việc].", "Phối hợp tham gia hoà giải [176 vụ việc]."):
        got = assign_indicators(pd.DataFrame([fact(phrase, "count", "vụ việc")])).loc[0, "indicator"]
        assert got == "mediation_cases"


def test_unit_class_must_fit():
    # The same words, but a VND figure never gets a count indicator and the other way round.
    money = fact("Xây dựng 26 mái ấm tình thương trị giá [2,8 tỷ đồng].", "vnd", "VND")
    count = fact("Xây dựng [26 mái ấm tình thương] trị giá 2,8 tỷ đồng.", "count", "mái ấm")
    out = assign_indicators(pd.DataFrame([money, count]))
    assert out["indicator"].tolist() == ["charity_houses_value_vnd", "charity_houses"]


def _sentence_facts(sentence: str, figures: list[tuple[str, str, str]]) -> pd.DataFrame:
    """Facts for several figures of one sentence: (figure text, unit_class, unit), found left to right."""
    rows, pos = [], 0
    for text, unit_class, unit in figures:
        start = sentence.index(text, pos)
        pos = start + len(text)
        rows.append(dict(doc="d.txt", value=1.0, unit_class=unit_class, unit=unit, subject=_NUMBER.sub("", text),
                         sentence=sentence, start=start, end=pos, sentence_start=0))
    return pd.DataFrame(rows)


def test_each_figure_is_read_from_its_own_clause():
    sentence = ("Các cấp Hội phối hợp tham gia hòa giải 176 vụ việc liên quan đến tranh chấp đất đai, trong đó, "
                "hòa giải thành 129 vụ, chuyển cơ quan chức năng 47 vụ; tiếp và tư vấn pháp luật cho 08 lượt hội "
                "viên, phụ nữ; kịp thời thăm hỏi và hỗ trợ 12 trường hợp xâm hại trẻ em.")
    facts = _sentence_facts(sentence, [("176 vụ việc", "count", "vụ việc"), ("129 vụ", "count", "vụ"),
                                       ("47 vụ", "count", "vụ"), ("08 lượt", "count", "lượt"),
                                       ("12 trường hợp", "count", "trường hợp")])
    out = assign_indicators(facts)
    assert out["indicator"].tolist() == ["mediation_cases", "mediation_successful", "mediation_referred",
                                         "legal_counselling", "children_cases_supported"]


def test_breakdown_in_parentheses_takes_the_head_indicator():
    sentence = ("Dự kiến có 1.129 hộ phụ nữ thoát nghèo (trong đó: DTTS: 579, phụ nữ làm chủ hộ: 498 hộ); có 488 hộ "
                "phụ nữ thoát cận nghèo (trong đó: DTTS: 138, phụ nữ làm chủ hộ: 147 hộ), đạt 462%.")
    facts = _sentence_facts(sentence, [("1.129 hộ", "count", "hộ"), ("579", "count", "hộ"), ("498 hộ", "count", "hộ"),
                                       ("488 hộ", "count", "hộ"), ("138", "count", "hộ"), ("147 hộ", "count", "hộ"),
                                       ("462%", "percent", "%")])
    out = assign_indicators(facts)
    assert out["indicator"].tolist()[:6] == ["households_out_of_poverty"] * 3 + ["households_out_of_near_poverty"] * 3
    # "đạt 462%" is an achievement rate, not a level: no indicator, but the topic of what it qualifies
    assert out.loc[6, "indicator"] is None and out.loc[6, "topic"] == "poverty"


def test_a_list_shares_its_verb():
    sentence = "Các cấp Hội hướng dẫn hỗ trợ thành lập được 02 tổ hợp tác, 01 hợp tác xã."
    facts = _sentence_facts(sentence, [("02 tổ hợp tác", "count", "tổ hợp tác"),
                                       ("01 hợp tác xã", "count", "hợp tác xã")])
    assert assign_indicators(facts)["indicator"].tolist() == ["coop_groups_new", "cooperatives_new"]


def test_money_after_a_count_belongs_to_it():
    sentence = ("Kết nối nhà hảo tâm nhận đỡ đầu cho 3.037 cháu với số tiền gần 16,5 tỷ đồng; tặng 1.993 phần quà "
                "trị giá 738 triệu đồng cho tân binh.")
    facts = _sentence_facts(sentence, [("3.037 cháu", "count", "cháu"), ("gần 16,5 tỷ đồng", "vnd", "VND"),
                                       ("1.993 phần quà", "count", "phần quà"), ("738 triệu đồng", "vnd", "VND")])
    assert assign_indicators(facts)["indicator"].tolist() == ["orphans_sponsored", "sponsorship_value_vnd", "gifts",
                                                              "gift_value_vnd"]


@pytest.mark.parametrize("phrase, unit_class, unit", [
    ("Đạt [195%] so với chỉ tiêu đăng ký.", "percent", "%"),
    ("Hoạt động đối thoại chính sách đạt [83%] chỉ tiêu giai đoạn.", "percent", "%"),
    ("Tổng dư nợ gần 1.293 tỷ đồng (tăng [242 tỷ đồng] so với cùng kỳ năm 2022).", "vnd", "VND"),
])
def test_achievement_rates_and_changes_get_no_indicator(phrase, unit_class, unit):
    out = assign_indicators(pd.DataFrame([fact(phrase, unit_class, unit)]))
    assert out.loc[0, "indicator"] is None and out.loc[0, "topic"] in TOPICS


@pytest.mark.parametrize("phrase, unit_class, unit, topic", [
    ("Cuộc thi Phụ nữ khởi nghiệp có [200 người] dự lễ.", "count", "người", "economy_startup"),
    ("Hưởng ứng chương trình Mẹ đỡ đầu, có [12/12] trẻ được nhận.", "ratio", "trẻ", "child_support"),
    ("Tổ hòa giải ở cơ sở có [9 thành viên] nòng cốt.", "count", "thành viên", "mediation_legal"),
    ("Năm nay thời tiết có [3 đợt] nắng nóng.", "count", "đợt nắng", "other"),
])
def test_topic_fallback_from_cue_words(phrase, unit_class, unit, topic):
    out = assign_indicators(pd.DataFrame([fact(phrase, unit_class, unit)]))
    assert out.loc[0, "topic"] == topic


def test_no_indicator_for_a_figure_without_cues():
    out = assign_indicators(pd.DataFrame([fact("Năm nay thời tiết có [3 đợt] nắng nóng.", "count", "đợt nắng")]))
    assert out.loc[0, "indicator"] is None and out.loc[0, "topic"] == "other"


def test_missing_text_columns_are_read_as_empty():
    facts = pd.DataFrame([dict(value=5.0, unit_class="count", unit="HTX", subject="HTX thành lập mới")])
    out = assign_indicators(facts)
    assert out.loc[0, "indicator"] == "cooperatives_new"


def test_a_custom_catalogue():
    custom = load_indicators().head(0)
    custom.loc[0] = ["ocop_stars", "Sản phẩm OCOP 4 sao", "OCOP 4-star products", "count", "sản phẩm",
                     "economy_startup", True, "stock", "sản phẩm", "4 sao"]
    out = assign_indicators(pd.DataFrame([fact("Có [5 sản phẩm] đạt OCOP 4 sao.", "count", "sản phẩm")]), custom)
    assert out.loc[0, "indicator"] == "ocop_stars"


def test_speed():
    facts = pd.DataFrame([fact(p, c, u, doc=f"{i}.txt") for i, (_, p, c, u) in enumerate(CASES)] * 20)
    assign_indicators(facts.head(3))
    t = time.perf_counter()
    assign_indicators(facts)
    rate = len(facts) / (time.perf_counter() - t)
    assert rate > 2000, f"{rate:.0f} facts/s"


def test_which_indicators_a_unit_fits_is_worked_out_once_not_once_per_file(monkeypatch):
    """The build assigns indicators file by file (in the workers and for the cache): the units each indicator
    accepts are matched once per (class, unit, noun) for the process, as a batch of files would."""
    import wuanalysis.indicators as indicators

    sentence = "Năm 2026, các cấp Hội đã kết nạp 2.700 hội viên mới, giúp 280 hộ thoát nghèo."
    facts = pd.DataFrame([
        {"doc": "a.txt", "unit_class": "count", "unit": "hội viên", "subject": "hội viên", "sentence": sentence,
         "start": 33, "end": 45, "sentence_start": 0},
        {"doc": "a.txt", "unit_class": "count", "unit": "hộ", "subject": "hộ", "sentence": sentence,
         "start": 58, "end": 64, "sentence_start": 0}])
    first = assign_indicators(facts)
    calls = []
    real = indicators._unit_fits
    monkeypatch.setattr(indicators, "_unit_fits", lambda *a: calls.append(a) or real(*a))
    again = assign_indicators(facts.assign(doc="b.txt"))
    assert calls == []
    assert again["indicator"].tolist() == first["indicator"].tolist() == ["members_new", "households_out_of_poverty"]


def test_cue_tries_find_what_flat_alternations_find():
    """The cue and topic regexes are built as tries for speed: on every sentence of the seeds (and every clause cut
    out of it, so phrases at the edges count) they find the same cues at the same places as the flat alternation of
    the phrases, longest first, that they replace."""
    from pathlib import Path

    from wuanalysis.indicators import _default_matcher, _lower
    from wuanalysis.text import normalize_text, split_sentences

    m = _default_matcher()

    def flat(phrases, overlapping):
        body = "|".join(re.escape(p) for p in sorted(set(phrases), key=len, reverse=True))
        return re.compile(rf"(?=(?<!\w)({body})(?!\w))" if overlapping else rf"(?<!\w)(?:{body})(?!\w)")

    pairs = [(m.cue_regex, flat(m.cue_credit, True)), (m.topic_regex, flat(m.topic_of_cue, False))]
    seeds = sorted((Path(__file__).resolve().parents[1] / "seeds").glob("*.txt"))
    texts = [_lower(s.text) for p in seeds for s in split_sentences(normalize_text(p.read_text(encoding="utf-8")))]
    pieces = texts + [piece for t in texts for piece in re.split(r"[;,()]", t)]
    hits = 0
    for trie, reference in pairs:
        for text in pieces:
            found = [(h.span(), h.groups()) for h in trie.finditer(text)]
            assert found == [(h.span(), h.groups()) for h in reference.finditer(text)], text
            hits += len(found)
    assert hits > 1000
