"""The issue's acceptance folder, shared by the linking and targets-section tests: a province's congress
report that sets yearly and term targets, its later annual report, and a district's report of the same year."""

CONGRESS = """Đại hội đại biểu Phụ nữ tỉnh Bắc Kạn lần thứ XV, nhiệm kỳ 2025 - 2030
Ngày 20/8/2025, Hội LHPN tỉnh Bắc Kạn long trọng tổ chức Đại hội đại biểu Phụ nữ tỉnh lần thứ XV, nhiệm kỳ 2025 - 2030.
Nhiệm kỳ qua, các cấp Hội trong tỉnh đã kết nạp mới 12.400 hội viên, giúp 1.450 hộ thoát nghèo.
Đại hội đề ra các chỉ tiêu chủ yếu của nhiệm kỳ 2025 - 2030:
- Hằng năm kết nạp ít nhất 2.500 hội viên mới.
- Mỗi năm giúp 300 hộ phụ nữ thoát nghèo.
- Đến cuối nhiệm kỳ, hỗ trợ thành lập mới 25 hợp tác xã do phụ nữ quản lý.
- Mỗi cơ sở Hội giúp ít nhất 3 hộ thoát nghèo.
- Trên 85% hội viên tham gia sinh hoạt thường xuyên.
"""
ANNUAL_2026 = """Hội LHPN tỉnh Bắc Kạn tổng kết công tác Hội năm 2026
Ngày 15/12/2026, Hội LHPN tỉnh Bắc Kạn tổ chức Hội nghị tổng kết công tác Hội và phong trào phụ nữ năm 2026.
Năm 2026, các cấp Hội trong tỉnh đã kết nạp 2.700 hội viên mới, giúp 280 hộ phụ nữ thoát nghèo.
Trong năm, Hội đã hỗ trợ thành lập mới 8 hợp tác xã do phụ nữ quản lý.
"""
DISTRICT_2026 = """Hội LHPN huyện Chợ Đồn tổng kết công tác Hội năm 2026
Ngày 10/12/2026, Hội LHPN huyện Chợ Đồn, tỉnh Bắc Kạn tổ chức Hội nghị tổng kết công tác Hội năm 2026.
Năm 2026, Hội LHPN huyện đã kết nạp 310 hội viên mới, giúp 45 hộ phụ nữ thoát nghèo.
"""
