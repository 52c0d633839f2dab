"""User configuration files (--targets, --clusters): every defect is one ConfigError line naming the file, the line,
the column, what is wrong and how to fix it; numbers are read the Vietnamese way ("2.100" = 2100, "2,5" = 2.5)."""
from __future__ import annotations

from pathlib import Path

import pytest

from wuanalysis import read_reports
from wuanalysis.catalogue import load_clusters, load_targets
from wuanalysis.config_files import parse_config_number
from wuanalysis.errors import ConfigError
from wuanalysis.measures import compute_measurements

ROOT = Path(__file__).resolve().parent.parent
TARGETS_HEADER = "indicator,scope,period,period_span,value,unit,label_vi,source\n"
CLUSTERS_HEADER = "cluster_id,name_vi,era,province\n"


def write(tmp_path: Path, body: str | bytes, name: str = "config.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(body if isinstance(body, bytes) else body.encode("utf-8"))
    return path


def refused(load, path: Path) -> str:
    with pytest.raises(ConfigError) as info:
        load(path)
    message = str(info.value)
    assert "\n" not in message and message.startswith(str(path)), message
    return message


# ---------------------------------------------------------------- numbers the Vietnamese way


@pytest.mark.parametrize("text, value", [
    ("2100", 2100), ("2.100", 2100), ("1.234.567", 1234567), ("2,5", 2.5), ("2100,5", 2100.5), ("0,125", 0.125),
    ("1.234,5", 1234.5), ("80", 80), ("0", 0), (" 2.100 ", 2100), ("33.500", 33500),
])
def test_config_numbers_are_read_the_vietnamese_way(text, value):
    assert parse_config_number(text) == value


@pytest.mark.parametrize("text, hint", [
    ("2.5", "2,5"), ("2.50", "2,5"), ("1,000.5", "1.000,5"), ("1,000", "1.000"), ("1,234,567", "1.234.567"),
    ("12.34.567", "thousands"), ("nhiều", "number"), ("", "empty"), ("-5", "negative"), ("2 100", "2.100"),
    ("1e3", "number"), ("80%", "unit"),
])
def test_ambiguous_or_malformed_config_numbers_are_refused_with_a_fix(text, hint):
    with pytest.raises(ValueError, match=hint):
        parse_config_number(text)


def test_a_target_written_2_100_is_two_thousand_one_hundred_end_to_end(tmp_path):
    # Today "2.100" was read as 2.1 and the seed's 4.677 new members gave 222714 % achievement.
    path = write(tmp_path,
                 TARGETS_HEADER + "members_new,Bình Phước,2023,year,2.100,hội viên,Kết nạp 2.100 hội viên,NQ\n")
    targets = load_targets(path)
    assert targets.loc[targets.scope == "Bình Phước", "value"].tolist() == [2100.0]
    corpus = read_reports(ROOT / "seeds" / "003_1bd7b950d73e6ed6.txt", workers=1)  # Bình Phước's report on its members
    m = compute_measurements(corpus.documents, corpus.facts, targets)
    # the headline 4.094 (its breakdown "kết nạp mới 4.677" is not measured against the province's target)
    row = m[(m.province == "Bình Phước") & (m.indicator == "members_new") & (m.value == 4094)]
    assert row["target"].tolist() == [2100.0]
    assert row["computed_pct"].tolist() == [195.0]  # and the report says "đạt 195%"
    assert row["achievement_pct"].tolist() == [195.0] and not row["rate_mismatch"].any()


def test_an_ambiguous_target_value_names_line_column_and_fix(tmp_path):
    path = write(tmp_path, TARGETS_HEADER + "members_new,Bình Phước,2023,year,2100,hv,x,y\n"
                                            "households_out_of_poverty,Bình Phước,2023,year,2.5,hộ,x,y\n")
    message = refused(load_targets, path)
    assert ", line 3, column 5 (value): " in message and "'2.5'" in message and "2,5" in message


# ---------------------------------------------------------------- the file itself


@pytest.mark.parametrize("load, header", [(load_targets, TARGETS_HEADER), (load_clusters, CLUSTERS_HEADER)])
def test_an_empty_file_is_refused(tmp_path, load, header):
    message = refused(load, write(tmp_path, b""))
    assert "empty" in message and header.strip() in message


@pytest.mark.parametrize("load, header", [(load_targets, TARGETS_HEADER), (load_clusters, CLUSTERS_HEADER)])
def test_a_header_only_file_is_refused(tmp_path, load, header):
    message = refused(load, write(tmp_path, header))
    assert "no rows" in message and "line 2" in message


@pytest.mark.parametrize("load", [load_targets, load_clusters])
def test_a_missing_file_is_refused(tmp_path, load):
    message = refused(load, tmp_path / "nope.csv")
    assert "no such file" in message


@pytest.mark.parametrize("encoding, named", [("utf-16", "UTF-16"), ("cp1258", "not UTF-8")])
def test_a_file_in_another_encoding_is_refused_with_where_and_how_to_save(tmp_path, encoding, named):
    # Windows-1258 writes tone marks as combining characters: "Bi\u0300nh"
    body = TARGETS_HEADER + "members_new,Bi\u0300nh Dương,2023,year,2100,hv,x,y\n"
    message = refused(load_targets, write(tmp_path, body.encode(encoding)))
    assert named in message and "CSV UTF-8" in message and "line" in message


def test_a_non_utf8_byte_is_located(tmp_path):
    body = TARGETS_HEADER + "members_new,Bi\u0300nh Dương,2023,year,2100,hv,x,y\n"
    message = refused(load_targets, write(tmp_path, body.encode("cp1258")))
    assert ", line 2, column 15" in message  # the tone mark of "Bình" (0xcc), the first byte that is not UTF-8


def test_utf8_with_bom_and_excel_semicolons_are_read(tmp_path):
    body = "\ufeff" + TARGETS_HEADER.replace(",", ";") + "members_new;Bình Phước;2023;year;2.100;hội viên;x;y\n"
    targets = load_targets(write(tmp_path, body))
    assert targets.loc[targets.scope == "Bình Phước", "value"].tolist() == [2100.0]


def test_a_missing_column_is_named_with_the_header_to_use(tmp_path):
    header = TARGETS_HEADER.replace("period_span,", "").replace("value", "values")
    message = refused(load_targets, write(tmp_path, header + "members_new,Bình Phước,2023,2100,hv,x,y\n"))
    assert ", line 1: " in message and "period_span" in message and "value" in message
    assert "did you mean" in message and TARGETS_HEADER.strip() in message


@pytest.mark.parametrize("row, where", [
    ("members_new,Bình Phước,2023,year,2100,hội viên,Giúp 1.000, hộ,y", "line 2: 9 values"),
    ("members_new,Bình Phước,2023,year,2100,hội viên,x", "line 2: 7 values"),
])
def test_a_row_with_too_many_or_too_few_values_is_refused(tmp_path, row, where):
    message = refused(load_targets, write(tmp_path, TARGETS_HEADER + row + "\n"))
    assert where in message and "8 columns" in message


def test_a_quoted_value_over_two_lines_counts_lines_of_the_file(tmp_path):
    body = TARGETS_HEADER + 'members_new,Bình Phước,2023,year,2100,hv,"Kết nạp\n2.100 hội viên",y\n' \
                            "members_new,Gotham,2023,year,2100,hv,x,y\n"
    assert ", line 4, column 2 (scope): " in refused(load_targets, write(tmp_path, body))


# ---------------------------------------------------------------- values


@pytest.mark.parametrize("row, where, words", [
    ("members_nw,national,2023,year,1,hộ,x,y", "column 1 (indicator)",
     ["unknown indicator 'members_nw'", "members_new"]),
    ("members_new,Bình Phướcc,2023,year,1,hộ,x,y", "column 2 (scope)",
     ["unknown province 'Bình Phướcc'", "Bình Phước"]),
    ("members_new,Gotham,2023,year,1,hộ,x,y", "column 2 (scope)", ["unknown province 'Gotham'", "national"]),
    ("members_new,national,năm 2023,year,1,hộ,x,y", "column 3 (period)", ["'năm 2023'", "2022-2027"]),
    ("members_new,national,2027-2022,term,1,hộ,x,y", "column 3 (period)", ["2027-2022"]),
    ("members_new,national,2023,decade,1,hộ,x,y", "column 4 (period_span)", ["'decade'", "9m"]),
    ("members_new,national,2023,year,nhiều,hộ,x,y", "column 5 (value)", ["'nhiều'"]),
    (",national,2023,year,1,hộ,x,y", "column 1 (indicator)", ["empty"]),
])
def test_a_bad_target_value_names_line_column_and_fix(tmp_path, row, where, words):
    message = refused(load_targets, write(tmp_path, TARGETS_HEADER + row + "\n"))
    assert f", line 2, {where}: " in message
    for word in words:
        assert word in message


def test_a_bad_basis_is_refused(tmp_path):
    body = TARGETS_HEADER.replace("source\n", "source,basis\n") + "members_new,national,2023,year,1,hộ,x,y,each\n"
    message = refused(load_targets, write(tmp_path, body))
    assert ", line 2, column 9 (basis): " in message and "per_grassroots_union" in message


def test_a_target_per_branch_and_a_hedged_target_are_read(tmp_path):
    body = (TARGETS_HEADER.replace("source\n", "source,basis,qualifier\n")
            + "members_new,Bắc Kạn,2026,year,2.500,hội viên,Kết nạp ít nhất 2.500 hội viên,NQ,,ít nhất\n"
            + "ntm_works,Bắc Kạn,2025-2030,year,1,công trình,Mỗi chi hội 1 công trình,NQ,per_branch,\n"
            + "households_out_of_poverty,Bắc Kạn,2026,year,300,hộ,Trên 300 hộ,NQ,total,more_than\n")
    targets = load_targets(write(tmp_path, body)).query("scope == 'Bắc Kạn'").set_index("indicator")
    assert targets.loc["members_new", "qualifier"] == "at_least"
    assert targets.loc["ntm_works", "basis"] == "per_branch" and targets.loc["ntm_works", "qualifier"] == "exact"
    assert targets.loc["households_out_of_poverty", "qualifier"] == "more_than"
    plain = load_targets(write(tmp_path, TARGETS_HEADER + "members_new,Bắc Kạn,2026,year,2.500,hv,x,y\n", "plain.csv"))
    assert plain.query("scope == 'Bắc Kạn'")["qualifier"].tolist() == ["exact"]  # the column is optional


def test_a_bad_qualifier_is_refused(tmp_path):
    body = TARGETS_HEADER.replace("source\n", "source,qualifier\n") + "members_new,Bắc Kạn,2026,year,1,hộ,x,y,nhiều\n"
    message = refused(load_targets, write(tmp_path, body))
    assert ", line 2, column 9 (qualifier): " in message and "at_least" in message and "ít nhất" in message


def test_the_same_target_twice_in_one_file_is_refused(tmp_path):
    body = (TARGETS_HEADER + "members_new,Bình Phước,2023,year,2100,hv,x,y\n"
            "members_new,tỉnh Bình Phước,2023,year,2200,hv,x,y\n")
    message = refused(load_targets, write(tmp_path, body))
    assert ", line 3" in message and "line 2" in message


def test_blank_rows_and_stray_spaces_are_harmless(tmp_path):
    body = TARGETS_HEADER + " members_new , Bình Phước ,2023 ,year, 2.100 ,hv,x,y\n,,,,,,,\n\n"
    targets = load_targets(write(tmp_path, body))
    assert targets.loc[targets.scope == "Bình Phước", ["indicator", "period", "value"]].values.tolist() == [
        ["members_new", "2023", 2100.0]]


@pytest.mark.parametrize("row, where, words", [
    ("x,Cụm X,pre2025,Gotham", "line 2, column 4 (province)", ["unknown province 'Gotham'"]),
    ("x,Cụm X,pre2025,Hà Nộii", "line 2, column 4 (province)", ["Hà Nội"]),
    ("x,Cụm X,2030,Hà Nội", "line 2, column 3 (era)", ["'2030'", "pre2025"]),
    (",Cụm X,pre2025,Hà Nội", "line 2, column 1 (cluster_id)", ["empty"]),
    ("x,Cụm X,2025,Bình Phước", "line 2, column 4 (province)", ["Bình Phước", "Đồng Nai"]),
])
def test_a_bad_cluster_value_names_line_column_and_fix(tmp_path, row, where, words):
    message = refused(load_clusters, write(tmp_path, CLUSTERS_HEADER + row + "\n"))
    assert f", {where}: " in message
    for word in words:
        assert word in message


def test_a_province_in_two_clusters_of_one_era_is_refused(tmp_path):
    body = CLUSTERS_HEADER + "x,Cụm X,pre2025,Hà Nội\ny,Cụm Y,pre2025,Bình Phước\ny,Cụm Y,pre2025,TP Hà Nội\n"
    message = refused(load_clusters, write(tmp_path, body))
    assert ", line 4, column 4 (province): " in message and "line 2" in message


def test_the_package_files_pass_their_own_checks():
    assert len(load_targets()) == 7 and len(load_clusters()) == 14


@pytest.mark.parametrize("option, body, process", [
    ("--targets", b"", False), ("--clusters", b"", False), ("--targets", "x;y\n".encode("utf-16"), False),
    ("--targets", f"{TARGETS_HEADER}members_new,Bình Phước,2023,year,2.5,hv,x,y\n".encode(), True)])
def test_the_command_line_prints_one_line_and_no_traceback(tmp_path, capsys, option, body, process):
    """Through ``cli.main``; the last case as a user runs it, in a process of its own (what the interpreter itself
    might print at start or exit is seen there)."""
    import subprocess
    import sys

    from wuanalysis.cli import main

    path = write(tmp_path, body)
    argv = ["build", str(ROOT / "seeds"), "--out", str(tmp_path / "out"), "--no-briefings", "-q", option, str(path)]
    if process:
        run = subprocess.run([sys.executable, "-m", "wuanalysis", *argv], capture_output=True, text=True, timeout=120)
        code, err = run.returncode, run.stderr
    else:
        code, err = main(argv), capsys.readouterr().err
    assert code == 2 and "Traceback" not in err
    assert err.strip().count("\n") == 0 and str(path) in err
    assert not (tmp_path / "out").exists()


def test_a_value_under_a_column_without_a_name_is_refused_not_dropped(tmp_path):
    body = TARGETS_HEADER.replace("source\n", "source,\n") + "members_new,Bình Phước,2023,year,2100,hv,x,y,\n" \
                                                            "members_new,Bắc Kạn,2023,year,300,hv,x,y,ghi chú\n"
    message = refused(load_targets, write(tmp_path, body))
    assert ", line 3, column 9: " in message and "'ghi chú'" in message and "no name" in message
    trailing = TARGETS_HEADER.replace("source\n", "source,\n") + "members_new,Bình Phước,2023,year,2100,hv,x,y,\n"
    assert len(load_targets(write(tmp_path, trailing))) == 8  # Excel's empty trailing column is harmless


def test_a_term_target_needs_a_term_period(tmp_path):
    message = refused(load_targets, write(tmp_path,
                                          TARGETS_HEADER + "members_new,Bình Phước,2023,term,10.000,hv,x,y\n"))
    assert ", line 2, column 4 (period_span): " in message and "2021-2026" in message


@pytest.mark.parametrize("first", ["wuanalysis.config_files", "wuanalysis.catalogue"])
def test_config_files_and_the_catalogue_import_in_either_order(first, fresh_python):
    # config_files validates against the catalogue's registries and the catalogue's loaders read through
    # config_files: only one of the two may import the other at the top, or a fresh interpreter (conftest.py) fails
    code = f"import {first}; from wuanalysis.config_files import read_targets_file; import wuanalysis.catalogue"
    done = fresh_python(code)
    assert done.returncode == 0, done.stderr
