"""The registries in wuanalysis/data and their loaders: provinces across the 2025 reform, aliases, places,
clusters and targets."""
from __future__ import annotations

import time
import unicodedata
from pathlib import Path

import pandas as pd
import pytest

from wuanalysis import catalogue
from wuanalysis.catalogue import (
    cluster_of,
    find_provinces,
    is_central_city,
    load_clusters,
    load_indicators,
    load_province_aliases,
    load_provinces,
    load_targets,
    predecessors,
    province_2025,
    resolve_place,
    resolve_province,
)
from wuanalysis.errors import ConfigError
from wuanalysis.text import fold, normalize_text

SEEDS = Path(__file__).resolve().parents[1] / "seeds"


# ---------------------------------------------------------------- provinces.csv


def test_old_and_new_eras_have_63_and_34_provinces_with_unique_ids():
    df = load_provinces()
    assert df["era"].value_counts().to_dict() == {"pre2025": 63, "2025": 34}
    assert df["id"].is_unique
    assert not df.duplicated(["era", "code"]).any()
    assert not df.duplicated(["era", "name"]).any()
    assert set(df["kind"]) == {"province", "city"}


def test_every_old_province_maps_to_exactly_one_of_the_34():
    df = load_provinces()
    new_names = set(df.loc[df.era == "2025", "name"])
    old = df[df.era == "pre2025"]
    assert old["name_2025"].isin(new_names).all()
    assert old.groupby("name")["name_2025"].nunique().eq(1).all()


def test_the_34_new_names_are_exactly_the_distinct_merge_targets():
    df = load_provinces()
    assert set(df.loc[df.era == "2025", "name"]) == set(df.loc[df.era == "pre2025", "name_2025"])
    assert df.loc[df.era == "pre2025", "name_2025"].nunique() == 34


def test_a_reused_name_keeps_its_territory():
    # Every 2025 name was also an old name, and that old province went into the new one of the same name.
    df = load_provinces()
    old = df[df.era == "pre2025"].set_index("name")["name_2025"]
    for name in df.loc[df.era == "2025", "name"]:
        assert old[name] == name


def test_codes_were_reused_so_ids_carry_the_era():
    rows = load_provinces().set_index("id")
    assert rows.loc["old:15", "name"] == "Yên Bái"
    assert rows.loc["new:15", "name"] == "Lào Cai"
    assert rows.loc["old:52", "name"] == "Bình Định"
    assert rows.loc["new:52", "name"] == "Gia Lai"
    assert rows.loc["old:46", "former_name"] == "Thừa Thiên Huế"
    assert (rows["source"] != "").all()


def test_the_data_readme_warns_about_reused_codes():
    readme = (Path(catalogue.__file__).parent / "data" / "README.md").read_text(encoding="utf-8")
    assert "reuse" in readme and "Never key data by `code` without its era" in readme


# ---------------------------------------------------------------- aliases


def test_aliases_are_nfc_unique_after_folding_and_point_at_known_names():
    aliases = load_province_aliases()
    names = set(load_provinces()["name"])
    assert all(unicodedata.is_normalized("NFC", a) for a in aliases["alias"])
    assert aliases["alias"].map(fold).is_unique
    assert set(aliases["name"]) <= names
    assert names <= set(aliases["alias"])  # every canonical name is its own alias


@pytest.mark.parametrize("spelling, canonical", [
    ("TP.HCM", "Hồ Chí Minh"), ("TP. HCM", "Hồ Chí Minh"), ("Tp. HCM", "Hồ Chí Minh"), ("TPHCM", "Hồ Chí Minh"),
    ("TP Hồ Chí Minh", "Hồ Chí Minh"), ("Thành phố Hồ Chí Minh", "Hồ Chí Minh"),
    ("thành phố Hồ Chí Minh", "Hồ Chí Minh"),
    ("Sài Gòn", "Hồ Chí Minh"), ("tp ho chi minh", "Hồ Chí Minh"),
    ("BR-VT", "Bà Rịa - Vũng Tàu"), ("Bà Rịa – Vũng Tàu", "Bà Rịa - Vũng Tàu"),
    ("Bà Rịa-Vũng Tàu", "Bà Rịa - Vũng Tàu"),
    ("tỉnh Bà Rịa - Vũng Tàu", "Bà Rịa - Vũng Tàu"),
    ("Thừa Thiên Huế", "Huế"), ("Thừa Thiên - Huế", "Huế"), ("thừa thiên huế", "Huế"), ("Huế", "Huế"),
    ("Bắc Cạn", "Bắc Kạn"), ("Bắc Kạn", "Bắc Kạn"), ("tỉnh Bắc Kạn", "Bắc Kạn"), ("BẮC KẠN", "Bắc Kạn"),
    ("Đắc Lắc", "Đắk Lắk"), ("Đắk Lăk", "Đắk Lắk"), ("Dak Lak", "Đắk Lắk"), ("Đăk Nông", "Đắk Nông"),
    ("Hoà Bình", "Hòa Bình"), ("Hòa Bình", "Hòa Bình"), ("Khánh Hoà", "Khánh Hòa"), ("Thanh Hoá", "Thanh Hóa"),
    ("Ha Noi", "Hà Nội"), ("Thủ đô Hà Nội", "Hà Nội"), ("TP. Hà Nội", "Hà Nội"), ("Can Tho", "Cần Thơ"),
    ("Bình Phước", "Bình Phước"), ("  Bình   Phước ", "Bình Phước"), ("Kontum", "Kon Tum"),
    ("Ð\u1eafk Lắk", "Đắk Lắk"),  # Icelandic eth for Đ, as web pages write it
])
def test_resolve_province_spellings(spelling, canonical):
    assert resolve_province(spelling) == canonical


@pytest.mark.parametrize("name", ["", "   ", "Việt Nam", "hòa bình thế giới", "Hội LHPN", "Châu Thành", "Tp."])
def test_resolve_province_unknown_is_none(name):
    assert resolve_province(name) is None


@pytest.mark.parametrize("name, merged", [
    ("Bắc Kạn", "Thái Nguyên"), ("Bình Phước", "Đồng Nai"), ("TP.HCM", "Hồ Chí Minh"), ("Bình Dương", "Hồ Chí Minh"),
    ("BR-VT", "Hồ Chí Minh"), ("Yên Bái", "Lào Cai"), ("Hải Dương", "Hải Phòng"), ("Quảng Nam", "Đà Nẵng"),
    ("Hà Giang", "Tuyên Quang"), ("Thừa Thiên Huế", "Huế"), ("Cao Bằng", "Cao Bằng"), ("Đăk Nông", "Lâm Đồng"),
])
def test_province_2025(name, merged):
    assert province_2025(name) == merged


def test_province_2025_of_unknown_is_none():
    assert province_2025("Atlantis") is None


def test_predecessors():
    assert predecessors("Thái Nguyên") == ["Bắc Kạn", "Thái Nguyên"]
    assert predecessors("TP.HCM") == ["Bình Dương", "Bà Rịa - Vũng Tàu", "Hồ Chí Minh"]  # in old-code order
    assert predecessors("Cao Bằng") == ["Cao Bằng"]
    assert predecessors("Bắc Kạn") == []  # not a 2025 province
    assert sum(len(predecessors(n)) for n in load_provinces().query("era == '2025'")["name"]) == 63


@pytest.mark.parametrize("name, central", [
    ("Hà Nội", True), ("Hải Phòng", True), ("Đà Nẵng", True), ("TP.HCM", True), ("Cần Thơ", True), ("Huế", True),
    ("Thừa Thiên Huế", False), ("Bắc Kạn", False), ("Bình Dương", False), ("nowhere", False),
])
def test_is_central_city(name, central):
    assert is_central_city(name) is central


# ---------------------------------------------------------------- find_provinces


def _names(text: str) -> list[str]:
    return [name for _, _, name in find_provinces(text)]


def test_find_provinces_in_the_cluster_list_of_seed_004():
    text = normalize_text((SEEDS / "004_3e3c112e424d7ca8.txt").read_text(encoding="utf-8"))
    start = text.index("(gồm 9 tỉnh:")
    sentence = text[start: text.index(")", start) + 1]
    assert _names(sentence) == ["Thái Bình", "Quảng Ninh", "Vĩnh Phúc", "Bắc Ninh", "Hải Dương", "Hà Nam",
                                "Ninh Bình", "Nam Định", "Hưng Yên"]


def test_find_provinces_offsets_slice_back_into_the_text():
    text = normalize_text((SEEDS / "001_55075b7f74037a93.txt").read_text(encoding="utf-8"))
    found = find_provinces(text)
    assert found and {name for *_, name in found} == {"Bình Phước"}
    for start, end, name in found:
        assert resolve_province(text[start:end]) == name


@pytest.mark.parametrize("text, expected", [
    ("HỘI LIÊN HIỆP PHỤ NỮ TỈNH BÌNH PHƯỚC NHẬN BẰNG KHEN", ["Bình Phước"]),
    ("Hội LHPN tỉnh Bắc Kạn triển khai nhiệm vụ 3 tháng cuối năm", ["Bắc Kạn"]),
    ("Hội nghị diễn ra tại Hưng Yên, có đại biểu Hà Nam, Ninh Bình, Nam Định.",
     ["Hưng Yên", "Hà Nam", "Ninh Bình", "Nam Định"]),
    ("Phụ nữ chung tay vì hòa bình và phát triển", []),
    ("Hội LHPN tỉnh hòa bình phát động phong trào", ["Hòa Bình"]),
    ("Hội LHPN tỉnh Hoà Bình và Khánh Hoà", ["Hòa Bình", "Khánh Hòa"]),
    ("Chủ tịch Hội LHPN Nguyễn Thị Huệ dự hội nghị", []),
    ("Phụ nữ TP.HCM, Tp. HCM và thành phố Hồ Chí Minh", ["Hồ Chí Minh", "Hồ Chí Minh", "Hồ Chí Minh"]),
    ("Hội LHPN tỉnh Thừa Thiên - Huế và Đăk Lăk", ["Huế", "Đắk Lắk"]),
    ("đội ngũ cán bộ long an tâm công tác", []),
    ("Đoàn công tác tỉnh Long An thăm Cần Thơ", ["Long An", "Cần Thơ"]),
    ("Quảng Bình Định hướng phát triển", ["Quảng Bình"]),
    ("Hà Nội: Hà Nộii không phải", ["Hà Nội"]),
])
def test_find_provinces_made_up_sentences(text, expected):
    assert _names(normalize_text(text)) == expected


def test_find_provinces_span_excludes_the_prefix():
    text = "Hội LHPN tỉnh Bình Phước"
    ((start, end, name),) = find_provinces(text)
    assert text[start:end] == "Bình Phước" and name == "Bình Phước"


def test_find_provinces_is_fast():
    text = normalize_text((SEEDS / "003_1bd7b950d73e6ed6.txt").read_text(encoding="utf-8")) * 20  # ~400k chars
    find_provinces("warm up")
    t = time.perf_counter()
    find_provinces(text)
    assert time.perf_counter() - t < 1.0


# ---------------------------------------------------------------- resolve_place


@pytest.mark.parametrize("name, level, province", [
    ("huyện Yên Định", "district", "Thanh Hóa"),
    ("thành phố Bắc Kạn", "district", "Bắc Kạn"),
    ("TP Đồng Xoài", "district", "Bình Phước"),
    ("thị xã Đồng Xoài", "district", "Bình Phước"),  # a thị xã until 2018: the type may be out of date
    ("phường Cam Linh", "commune", "Khánh Hòa"),
    ("huyện Bố Trạch", "district", "Quảng Bình"),
    ("thành phố Hà Nội", "district", "Hà Nội"),
    ("tỉnh Bắc Cạn", "province", "Bắc Kạn"),
])
def test_resolve_place_unambiguous(name, level, province):
    found, reason = resolve_place(name, level)
    assert found == province, reason


@pytest.mark.parametrize("name, level, some", [
    ("huyện Châu Thành", "district", {"An Giang", "Bến Tre", "Tiền Giang"}),
    ("xã Tân Lập", "commune", {"Bình Phước", "Hà Nội"}),
])
def test_resolve_place_ambiguous(name, level, some):
    found, reason = resolve_place(name, level)
    assert found is None and reason.startswith("ambiguous: ")
    assert some <= set(reason.removeprefix("ambiguous: ").split(", "))


def test_resolve_place_unknown_and_bad_level():
    assert resolve_place("huyện Không Có Thật", "district") == (None, "not found")
    with pytest.raises(ValueError):
        resolve_place("huyện Yên Định", "village")


def test_places_provinces_are_canonical_names_of_their_era():
    places = pd.read_csv(Path(catalogue.__file__).parent / "data" / "places.csv", dtype=str, keep_default_na=False)
    df = load_provinces()
    for era in ("pre2025", "2025"):
        assert set(places.loc[places.era == era, "province"]) == set(df.loc[df.era == era, "name"])
    assert set(places["type"]) == set(catalogue.DISTRICT_TYPES) | set(catalogue.COMMUNE_TYPES)


# ---------------------------------------------------------------- clusters


def test_default_clusters():
    clusters = load_clusters()
    assert clusters.groupby("cluster_id")["province"].count().to_dict() == {"central_cities": 5, "red_river_delta": 9}
    assert cluster_of("TP.HCM") == "central_cities"
    assert cluster_of("Hải Dương") == "red_river_delta"
    assert cluster_of("Bình Phước") is None
    assert cluster_of("nowhere") is None


def test_user_clusters_replace_the_default_and_take_aliases(tmp_path):
    path = tmp_path / "clusters.csv"
    path.write_text("cluster_id,name_vi,era,province\n"
                    "southeast,Cụm Đông Nam Bộ,pre2025,Bình Phước\n"
                    "southeast,Cụm Đông Nam Bộ,pre2025,BR-VT\n", encoding="utf-8")
    clusters = load_clusters(path)
    assert clusters["province"].tolist() == ["Bình Phước", "Bà Rịa - Vũng Tàu"]
    assert cluster_of("Bình Phước", clusters) == "southeast"
    assert cluster_of("TP.HCM", clusters) is None


@pytest.mark.parametrize("body, message", [
    ("cluster_id,name_vi,era,province\nx,Cụm X,pre2025,Hà Nội\nx,Cụm X,pre2025,Gotham\n",
     "line 3, column 4 (province): unknown province 'Gotham'"),
    ("cluster_id,name_vi,era,province\nx,Cụm X,2030,Hà Nội\n", "line 2, column 3 (era): era"),
    ("cluster_id,name_vi,province\nx,Cụm X,Hà Nội\n", "line 1: missing column era"),
])
def test_bad_user_clusters_raise_config_error(tmp_path, body, message):
    path = tmp_path / "clusters.csv"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(ConfigError, match=message.replace("(", r"\(").replace(")", r"\)")):
        load_clusters(path)


def test_unreadable_user_clusters_raise_config_error(tmp_path):
    path = tmp_path / "clusters.csv"
    path.write_bytes(b"\xff\xfe\x00\x00garbage")
    with pytest.raises(ConfigError):
        load_clusters(path)


# ---------------------------------------------------------------- targets


def test_default_targets_are_the_national_ones_with_indicators():
    targets = load_targets()
    assert len(targets) == 7
    assert set(targets["indicator"]) <= set(load_indicators()["id"])
    assert (targets["scope"] == "national").all()
    assert targets["source"].str.startswith("https://").all()
    row = targets.set_index("target_id").loc["households_out_of_poverty"]
    assert (row["indicator"], row["value"], row["period_span"]) == ("households_out_of_poverty", 33500.0, "year")
    assert targets.dtypes["value"] == "float64"


def test_default_targets_say_which_are_bounds():
    # "Hằng năm, mỗi cơ sở Hội duy trì thường xuyên ít nhất 01 loại hình hoạt động"
    targets = load_targets().set_index("target_id")
    assert targets.loc["members_activity_each_base", "qualifier"] == "at_least"
    assert (targets.drop("members_activity_each_base")["qualifier"] == "exact").all()


def test_user_targets_are_added_and_override(tmp_path):
    path = tmp_path / "targets.csv"
    path.write_text(
        "indicator,scope,period,period_span,value,unit,label_vi,source\n"
        "households_out_of_poverty,national,2022-2027,year,40000,hộ,Giúp 40.000 hộ thoát nghèo,test\n"
        "members_new,tỉnh Bình Phước,2023,year,\"2100,5\",hội viên,Kết nạp mới 2.100 hội viên,NQ tỉnh\n",
        encoding="utf-8")
    targets = load_targets(path)
    assert len(targets) == 8
    national = targets[(targets.indicator == "households_out_of_poverty") & (targets.basis == "total")]
    assert national["value"].tolist() == [40000.0]
    provincial = targets[targets.scope == "Bình Phước"]
    assert provincial["value"].tolist() == [2100.5]
    assert len(load_targets()) == 7  # the default is not changed by a user file


@pytest.mark.parametrize("row, message", [
    ("no_such_indicator,national,2023,year,1,hộ,x,y", "unknown indicator"),
    ("members_new,Gotham,2023,year,1,hộ,x,y", "scope"),
    ("members_new,national,năm 2023,year,1,hộ,x,y", "period"),
    ("members_new,national,2023,decade,1,hộ,x,y", "period_span"),
    ("members_new,national,2023,year,nhiều,hộ,x,y", "is not a number"),
])
def test_bad_user_targets_raise_config_error(tmp_path, row, message):
    path = tmp_path / "targets.csv"
    path.write_text("indicator,scope,period,period_span,value,unit,label_vi,source\n" + row + "\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=f"line 2, column .*{message}"):
        load_targets(path)


def test_loaders_return_copies():
    load_provinces().drop(columns="name")
    df = load_provinces()
    df.loc[:, "name"] = "x"
    assert "x" not in set(load_provinces()["name"])


@pytest.mark.parametrize("text, expected", [
    # the person, not the city: nearly every report quotes the movement "học tập và làm theo tư tưởng, đạo đức, phong
    # cách Hồ Chí Minh"; only a city word ("TP", "thành phố") or an abbreviation makes it the city
    ("Hội LHPN tỉnh Gia Lai đẩy mạnh học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", ["Gia Lai"]),
    ("cuộc vận động “Học tập và làm theo tấm gương đạo đức Hồ Chí Minh” gắn với Chủ tịch Hồ Chí Minh", []),
    ("Đoàn TNCS Hồ Chí Minh phối hợp với Hội LHPN TP Hồ Chí Minh và TP.HCM", ["Hồ Chí Minh", "Hồ Chí Minh"]),
    ("HỌC TẬP VÀ LÀM THEO TƯ TƯỞNG, ĐẠO ĐỨC, PHONG CÁCH HỒ CHÍ MINH", []),
])
def test_find_provinces_the_person_ho_chi_minh_is_no_city(text, expected):
    assert _names(normalize_text(text)) == expected
