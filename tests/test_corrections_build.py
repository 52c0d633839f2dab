"""Issue 12's judgement of analyst corrections, end to end: a corrections file changes a figure on the page and in
every table, survives a re-run, an edited file builds again, and a stale correction is reported (issues.csv and
the command line's message)."""
from __future__ import annotations

import contextlib
import html
import io
import shutil
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from wuanalysis.cli import main

ROOT = Path(__file__).resolve().parent.parent
BAC_KAN = "000_8ca3ed94d4963485.txt"  # Bắc Kạn, 9 months 2024: "hơn 1.000 tỷ đồng" (#14), "gần 50 tỷ đồng" (#15)
HEADER = "fact_id,doc,quote,action,value,qualifier,indicator,target,note,reviewer\n"
NOTE = "Sổ sách NHCSXH 31/8/2024 <b>"  # markup in a note is text on the page
ROWS = (f",{BAC_KAN},hơn 1.000 tỷ đồng,set,1.200 tỷ,,,,{NOTE},Lan\n"
        f"{BAC_KAN}#15,,,drop,,,,,Số của năm trước,Lan\n"
        f"{BAC_KAN}#999,,,drop,,,,,Số cũ,Lan\n")


@pytest.fixture(scope="module")
def built(seeds_site, pages_here, tmp_path_factory):
    """The README's main job over the seeds with a corrections file (one set, one drop, one stale row), run again
    over the folder of a build without it, as a reviewer does: the exit code, the folder, the file, and what the
    command line said on stdout and stderr. (The pages the corrections change are rendered anew, here in this
    process's warm kernel rather than a worker's (conftest.py); the others may be copied from the earlier build.)"""
    folder = tmp_path_factory.mktemp("corrected")
    corrections = folder / "review.csv"
    corrections.write_text(HEADER + ROWS, encoding="utf-8")
    out = Path(shutil.copytree(seeds_site, folder / "out", symlinks=True))
    said, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(said), pages_here():
        # one worker, as the main job's (conftest.py): two pages to render, on cores the test workers already use
        code = main(["build", str(ROOT / "seeds"), "--out", str(out), "--corrections", str(corrections),
                     "--workers", "1"])
    return code, out, corrections, said.getvalue(), err.getvalue()


def test_the_corrected_figure_is_in_every_table(built):
    code, out, _corrections, _said, _err = built
    assert code == 0
    facts = pd.read_parquet(out / "facts.parquet")
    fixed = facts[facts["fact_id"] == f"{BAC_KAN}#14"].iloc[0]
    assert (fixed["value"], fixed["qualifier"], fixed["corrected"], fixed["correction_note"]) == (
        1.2e12, "more_than", True, NOTE)  # only the value was given: the report's "hơn" stays
    assert f"{BAC_KAN}#15" not in set(facts["fact_id"])  # dropped
    m = pd.read_parquet(out / "measurements.parquet")
    loans = m[(m["province"] == "Bắc Kạn") & (m["indicator"] == "policy_bank_outstanding_vnd")]
    assert loans["value"].tolist() == [1.2e12] and loans["correction_note"].tolist() == [NOTE]
    assert loans["corrected"].tolist() == [True] and int(m["corrected"].sum()) == 1
    assert not ((m["province"] == "Bắc Kạn") & (m["indicator"] == "women_fund_outstanding_vnd")).any()
    csv = pd.read_csv(out / "measurements.csv", encoding="utf-8-sig")
    assert csv.loc[csv["correction_note"].notna(), "value"].tolist() == [1.2e12]
    cards = pd.read_parquet(out / "scorecards.parquet")
    assert 1.2e12 in cards["value"].tolist() and 1e12 not in cards["value"].tolist()
    applied = pd.read_csv(out / "corrections_applied.csv", encoding="utf-8-sig")
    assert applied["action"].tolist() == ["set", "drop"] and applied["note"].tolist() == [NOTE, "Số của năm trước"]


def test_the_workbook_shows_the_corrected_figure_and_the_note(built):
    _code, out, _corrections, _said, _err = built
    book = openpyxl.load_workbook(out / "scorecards.xlsx")
    sheet = book["Bắc Kạn"]
    header = [c.value for c in sheet[1]]
    rows = [dict(zip(header, (c.value for c in r))) for r in sheet.iter_rows(min_row=2)]
    fixed = [r for r in rows if r["Hiệu chỉnh"]]
    assert len(fixed) == 1 and fixed[0]["Kết quả"] == 1.2e12 and fixed[0]["Hiệu chỉnh"] == NOTE
    assert fixed[0]["Kết quả như báo cáo ghi"] == "hơn 1.200 tỷ đồng"
    cells = [c.value for s in book for r in s.iter_rows() for c in r]
    assert 1e12 not in cells and 5e10 not in cells


def test_the_page_shows_the_corrected_figure_and_not_the_dropped_one(built):
    _code, out, _corrections, _said, _err = built
    raw = (out / "briefings" / "bac-kan.html").read_text(encoding="utf-8")
    assert NOTE not in raw  # a note's markup is never written as markup
    page = html.unescape(raw)
    assert "hơn 1.200 tỷ đồng" in page
    assert "hơn 1.000 tỷ đồng</td>" not in page and "hơn 1.000 tỷ đồng</div>" not in page  # only in the quote
    assert "gần 50 tỷ đồng</div>" not in page and "gần 50 tỷ đồng</td>" not in page


def test_the_page_says_corrected_with_the_note_next_to_the_evidence(built):
    _code, out, _corrections, _said, _err = built
    raw = (out / "briefings" / "bac-kan.html").read_text(encoding="utf-8")
    assert f"đã hiệu chỉnh: {html.escape(NOTE)}" in raw


def test_a_stale_correction_is_in_issues_and_the_command_lines_message(built):
    _code, out, corrections, said, err = built
    issues = pd.read_csv(out / "issues.csv", encoding="utf-8-sig")
    stale = issues[issues["reason"] == "correction_stale"]
    assert stale["path"].tolist() == [str(corrections)] and stale["detail"].str.startswith("line 4 ").all()
    assert f"{corrections}: correction_stale: line 4 ({BAC_KAN}#999)" in err
    assert "2 corrections applied (corrections_applied.csv), 1 not (see issues.csv)" in said


def test_the_correction_survives_a_rerun_and_an_edited_file_builds_again(built, tmp_path, capsys):
    _code, built_out, corrections, _said, _err = built
    out = Path(shutil.copytree(built_out, tmp_path / "out"))
    edited = tmp_path / "review.csv"
    shutil.copy(corrections, edited)
    # in this process (one worker, as the main job's): four builds of five reports, no pool forked for each
    argv = ["build", str(ROOT / "seeds"), "--out", str(out), "--workers", "1", "--corrections", str(edited),
            "--no-briefings"]
    assert main(argv) == 0
    assert "up to date" not in capsys.readouterr().out  # other options (no briefings): a new build
    assert main(argv) == 0
    assert "up to date" in capsys.readouterr().out  # nothing changed: cheap, and the correction is still there
    assert pd.read_parquet(out / "facts.parquet")["corrected"].sum() == 1
    edited.write_text(edited.read_text(encoding="utf-8").replace("1.200 tỷ", "1.250 tỷ"), encoding="utf-8")
    assert main(argv) == 0
    assert "up to date" not in capsys.readouterr().out
    facts = pd.read_parquet(out / "facts.parquet")
    assert facts.loc[facts["fact_id"] == f"{BAC_KAN}#14", "value"].tolist() == [1.25e12]
    assert main(argv[:-3] + ["--no-briefings"]) == 0  # the file left out: the figure as the report said it
    facts = pd.read_parquet(out / "facts.parquet")
    assert facts.loc[facts["fact_id"] == f"{BAC_KAN}#14", "value"].tolist() == [1e12]
    assert not (out / "corrections_applied.csv").exists()


def test_a_scorecard_with_its_corrections_says_so_in_the_evidence_the_scorecard_and_the_card(built):
    """What the page shows once its scorecard carries the corrections (page_data.with_corrections gives them from
    the measurements): "đã hiệu chỉnh: <note>" under the quote and in the scorecard's note, a mark on the card;
    the note escaped; in English "corrected: <note>"."""
    from wuanalysis.page_data import compute_evidence, headline_figures, with_corrections
    from wuanalysis.present import table_evidence, table_scorecard
    from wuanalysis.scorecard import compute_scorecard
    from wuanalysis.sections import html_headlines

    _code, out, _corrections, _said, _err = built
    m = pd.read_parquet(out / "measurements.parquet")
    card = with_corrections(compute_scorecard(m, "Bắc Kạn"), m)
    assert card.loc[card["correction_note"].notna(), "indicator"].tolist() == ["policy_bank_outstanding_vnd"]
    evidence = table_evidence(compute_evidence(card)).as_raw_html()
    assert f"đã hiệu chỉnh: {html.escape(NOTE)}" in evidence and NOTE not in evidence
    assert f"corrected: {html.escape(NOTE)}" in table_evidence(compute_evidence(card), "en").as_raw_html()
    scorecard = html.unescape(table_scorecard(card).as_raw_html())
    assert f"đã hiệu chỉnh: {NOTE}" in scorecard
    heads = headline_figures(card)
    cards = html_headlines(heads).data
    fixed = heads["correction_note"].notna().sum()
    assert cards.count('class="wu-corrected"') == fixed and NOTE not in cards
    assert with_corrections(card, m) is card  # a card that carries them already is left as it is
    plain = compute_scorecard(m.drop(columns=["corrected", "correction_note"]), "Bắc Kạn")
    assert "đã hiệu chỉnh" not in table_evidence(compute_evidence(plain)).as_raw_html()
