"""resolve_place in the era a report was written: after 1 July 2025 communes and wards were merged and renamed, so
a name may be one province's before the reform and another's after ("phường Ba Đình": Thanh Hóa, then Hà Nội)."""
from __future__ import annotations

import pytest

from wuanalysis.catalogue import resolve_place


# (place, province before 1 July 2025, province since): one province in each era, a different one
CHANGED = [
    ("phường Ba Đình", "Thanh Hóa", "Hà Nội"),
    ("phường Hai Bà Trưng", "Vĩnh Phúc", "Hà Nội"),
    ("phường Long Xuyên", "Hải Dương", "An Giang"),
    ("phường Hoa Lư", "Gia Lai", "Ninh Bình"),
    ("phường Lê Đại Hành", "Hà Nội", "Hải Phòng"),
]


@pytest.mark.parametrize("place, before, since", CHANGED)
def test_a_name_that_changed_province_resolves_in_the_report_era(place, before, since):
    assert resolve_place(place, "commune", era="pre2025")[0] == before
    assert resolve_place(place, "commune", era="2025")[0] == since


@pytest.mark.parametrize("place, before, since", CHANGED)
def test_without_an_era_such_a_name_stays_ambiguous(place, before, since):
    found, reason = resolve_place(place, "commune")
    assert found is None and set(reason.removeprefix("ambiguous: ").split(", ")) == {before, since}
    assert resolve_place(place, "commune", era=None) == (found, reason)


def test_the_reason_says_the_era_decided():
    assert resolve_place("phường Ba Đình", "commune", era="2025") == ("Hà Nội", "unique phường (2025 era)")
    assert resolve_place("phường Ba Đình", "commune", era="pre2025") == ("Thanh Hóa", "unique phường (pre2025 era)")


@pytest.mark.parametrize("place, level, era, province", [
    # one province in both eras: the era changes nothing
    ("phường Cam Linh", "commune", "2025", "Khánh Hòa"),
    ("phường Cam Linh", "commune", "pre2025", "Khánh Hòa"),
    # a commune the reform merged away has no 2025 hit: its old province, as without an era
    ("xã An Khương", "commune", "2025", "Bình Phước"),
    # a ward that exists only since the reform: its 2025 province whatever the era
    ("phường Kiến An", "commune", "pre2025", "Hải Phòng"),
    # districts ended with the reform: a 2025 report's district resolves as before
    ("huyện Yên Định", "district", "2025", "Thanh Hóa"),
    ("tỉnh Bắc Cạn", "province", "2025", "Bắc Kạn"),
])
def test_controls_unchanged_by_the_era(place, level, era, province):
    assert resolve_place(place, level, era=era)[0] == province
    assert resolve_place(place, level)[0] == province


def test_a_name_ambiguous_within_its_era_stays_ambiguous():
    # "xã Yên Định" is Bắc Ninh's and Thanh Hóa's after the reform
    found, reason = resolve_place("xã Yên Định", "commune", era="2025")
    assert found is None and set(reason.removeprefix("ambiguous: ").split(", ")) == {"Bắc Ninh", "Thanh Hóa"}


def test_a_bad_era_is_refused():
    with pytest.raises(ValueError, match="era must be"):
        resolve_place("phường Ba Đình", "commune", era="2024")
