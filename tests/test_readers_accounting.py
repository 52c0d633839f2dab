"""Issue 8 items 6 and 8: every file under an input folder is accounted for — read, or an issue row that says why
not and what to do — and the tool never reads its own output (an output folder, an index page, a briefing)."""
from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from test_readers import make_docx, write
from wuanalysis import read_reports
from wuanalysis.errors import InputError
from wuanalysis.readers import iter_report_paths, read_document
from wuanalysis.text import normalize_text

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_8ca3ed94d4963485.txt"


@pytest.fixture(scope="module")
def seed_text() -> str:
    return normalize_text(SEED.read_text(encoding="utf-8")).strip("\n")


def _zip(path: Path, members: dict[str, str]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        for name, text in members.items():
            archive.writestr(name, text)
    return path


# What an analyst's folder holds besides the reports we read, each with the words its fix must contain.
OTHER_FILES = {
    "bao-cao-cu.doc": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "save it as .docx"),
    "bao-cao.odt": (None, "save it as .docx"),
    "bao-cao.rtf": (b"{\\rtf1\\ansi Hoi LHPN tinh Bac Kan co 4.094 hoi vien}", "save it as .docx"),
    "so-lieu.xlsx": (None, "spreadsheet"),
    "so-lieu.xls": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "spreadsheet"),
    "chi-tieu.csv": ("Chỉ tiêu,Kết quả\nHội viên mới,4.094\n", "spreadsheet"),
    "trinh-chieu.pptx": (None, "PDF"),
    "anh-chup.jpg": (b"\xff\xd8\xff\xe0\x00\x10JFIF" + bytes(300), "OCR"),
    "anh-chup.png": (b"\x89PNG\r\n\x1a\n" + bytes(300), "OCR"),
    "tai-lieu.zip": (None, "unpack"),
    "ghi-chu": ("Hội viên mới 4.094", ".txt"),
}


@pytest.fixture(scope="module")
def folder(tmp_path_factory, seed_text) -> Path:
    root = tmp_path_factory.mktemp("mixed")
    for name, (data, _) in OTHER_FILES.items():
        path = root / name
        if name.endswith(".odt"):
            _zip(path, {"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<office/>"})
        elif name.endswith(".xlsx"):
            _zip(path, {"[Content_Types].xml": "<Types/>", "xl/workbook.xml": "<workbook/>"})
        elif name.endswith(".pptx"):
            _zip(path, {"[Content_Types].xml": "<Types/>", "ppt/presentation.xml": "<presentation/>"})
        elif name.endswith(".zip"):
            _zip(path, {"bao-cao.txt": seed_text})
        else:
            write(root, name, data)
    return root


def test_a_folder_of_unsupported_files_accounts_for_every_file(folder):
    corpus = read_reports(folder, workers=1)
    assert corpus.documents.empty
    rows = {Path(p).name: (reason, detail) for p, reason, detail in
            zip(corpus.issues["path"], corpus.issues["reason"], corpus.issues["detail"])}
    assert sorted(rows) == sorted(OTHER_FILES), "every file has an issue row"
    for name, (_, fix) in OTHER_FILES.items():
        reason, detail = rows[name]
        assert reason == "unsupported", (name, reason, detail)
        assert name in detail and fix in detail, (name, detail)
        assert detail.endswith(".")


def test_old_word_and_odt_say_which_program_to_use(folder):
    found = {Path(e.path).name: e.detail for e in iter_report_paths([folder]) if isinstance(e, InputError)}
    assert "an old Word .doc" in found["bao-cao-cu.doc"] and "LibreOffice" in found["bao-cao-cu.doc"]
    assert "OpenDocument" in found["bao-cao.odt"]
    assert "picture" in found["anh-chup.jpg"]


@pytest.mark.parametrize("name, zipped, fix", [
    ("bao-cao.odt", {"mimetype": "application/vnd.oasis.opendocument.text", "content.xml": "<x/>"}, "save it as .docx"),
    ("so-lieu.xlsx", {"xl/workbook.xml": "<workbook/>"}, "spreadsheet"),
    ("slides.pptx", {"ppt/presentation.xml": "<p/>"}, "PDF"),
    ("misnamed.docx", {"xl/workbook.xml": "<workbook/>"}, "spreadsheet"),
])
def test_a_file_named_explicitly_gets_the_same_advice(tmp_path, name, zipped, fix):
    path = _zip(tmp_path / name, zipped)
    with pytest.raises(InputError) as info:
        read_document(path)
    assert info.value.reason == "unsupported" and fix in info.value.detail and str(path) in info.value.detail


def test_rtf_and_pictures_named_explicitly(tmp_path):
    rtf = write(tmp_path, "a.rtf", b"{\\rtf1\\ansi Hoi LHPN}")
    with pytest.raises(InputError) as info:
        read_document(rtf)
    assert info.value.reason == "unsupported" and "save it as .docx" in info.value.detail
    png = write(tmp_path, "scan.txt", b"\x89PNG\r\n\x1a\n" + bytes(300))
    with pytest.raises(InputError) as info:
        read_document(png)
    assert "picture" in info.value.detail and "OCR" in info.value.detail


def test_hidden_files_and_system_clutter_are_skipped_without_a_row(tmp_path, seed_text):
    """Documented choice: dot-files and folders (.git, .DS_Store, ._copies made by macOS), Windows' Thumbs.db and
    desktop.ini and Office lock files (~$bao-cao.docx) are never reports and would bury the real problems."""
    write(tmp_path, "bao-cao.txt", seed_text)
    for name in (".DS_Store", "._bao-cao.txt", "Thumbs.db", "desktop.ini", "~$bao-cao.docx", ".~lock.bao-cao.odt#"):
        write(tmp_path, name, b"\x00\x01junk")
    (tmp_path / ".git").mkdir()
    write(tmp_path / ".git", "HEAD", "ref: refs/heads/main\n")
    assert list(iter_report_paths([tmp_path])) == [tmp_path / "bao-cao.txt"]


def test_a_reviewers_corrections_file_among_the_reports_is_skipped_without_a_row(tmp_path, seed_text):
    """corrections.csv kept with the reports is applied with build --corrections (the command line says so),
    never an 'unsupported spreadsheet' problem; another CSV still is one."""
    write(tmp_path, "bao-cao.txt", seed_text)
    write(tmp_path, "corrections.csv", "fact_id,action,note\nbao-cao.txt#1,drop,x\n")
    (tmp_path / "2024").mkdir()
    write(tmp_path / "2024", "Corrections.CSV", "fact_id,action,note\n")
    write(tmp_path, "so-lieu.csv", "a,b\n1,2\n")
    found = list(iter_report_paths([tmp_path]))
    assert found[0] == tmp_path / "bao-cao.txt" and len(found) == 2
    assert isinstance(found[1], InputError) and Path(found[1].path).name == "so-lieu.csv"


# ------------------------------------------------------------------------------------------------ our own output

def test_an_output_folder_with_a_manifest_is_skipped_with_one_row(tmp_path, seed_text):
    write(tmp_path, "bao-cao.txt", seed_text)
    out = tmp_path / "ket-qua"
    (out / "briefings").mkdir(parents=True)
    write(out, "wuanalysis-manifest.json", '{"tool": "wuanalysis"}')
    write(out, "index.html", "<html><body><p>Hội viên 4.094</p></body></html>")
    write(out / "briefings", "bac-kan.html", "<html><body><p>Hội viên 4.094</p></body></html>")
    write(out, "facts.csv", "doc,value\n")
    found = list(iter_report_paths([tmp_path]))
    assert found[0] == tmp_path / "bao-cao.txt"
    [skipped] = found[1:]
    assert isinstance(skipped, InputError) and skipped.reason == "own_output"
    assert skipped.path == str(out)
    assert "wuanalysis-manifest.json" in skipped.detail and "4 files" in skipped.detail
    assert skipped.n_files == 4


def test_an_output_folder_given_directly_is_skipped_too(tmp_path):
    write(tmp_path, "wuanalysis-manifest.json", "{}")
    write(tmp_path, "index.html", "<html><body><p>Hội viên 4.094</p></body></html>")
    corpus = read_reports(tmp_path, workers=1)
    assert corpus.documents.empty
    assert list(corpus.issues["reason"]) == ["own_output"]


def test_an_old_output_folder_without_manifest_is_still_recognised_and_counted(tmp_path, seed_text):
    out = tmp_path / "outputs"
    out.mkdir()
    for name in ("documents.parquet", "facts.parquet", "issues.csv"):
        write(out, name, b"PAR1")
    found = list(iter_report_paths([tmp_path]))
    assert [(Path(e.path).name, e.reason) for e in found] == [("outputs", "own_output")]


@pytest.fixture(scope="module")
def own_pages(seeds_site) -> dict[str, Path]:
    """A briefing and the index page as the build writes them (the seeds' site, built once per run: conftest.py)."""
    return {"briefing": seeds_site / "briefings" / "bac-kan.html", "index": seeds_site / "index.html"}


@pytest.mark.parametrize("page", ["briefing", "index"])
def test_our_own_pages_are_not_read_as_reports(own_pages, page):
    with pytest.raises(InputError) as info:
        read_document(own_pages[page])
    assert info.value.reason == "own_output"
    assert str(own_pages[page]) in info.value.detail and "wuanalysis" in info.value.detail


def test_pages_copied_among_the_reports_are_accounted_for_not_read(tmp_path, own_pages, seed_text):
    write(tmp_path, "bao-cao.txt", seed_text)
    for kind, page in own_pages.items():
        write(tmp_path, f"copy-{kind}.html", page.read_bytes())
    corpus = read_reports(tmp_path, workers=1)
    assert list(corpus.documents["doc"]) == ["bao-cao.txt"]
    skipped = corpus.issues[corpus.issues["reason"] == "own_output"]
    assert sorted(Path(p).name for p in skipped["path"]) == ["copy-briefing.html", "copy-index.html"]


@pytest.mark.parametrize("meta", [
    '<meta name="generator" content="wuanalysis 0.3">',
    "<META content='wuanalysis' NAME='generator'>",
])
def test_a_page_marked_by_the_generator_meta_is_skipped(tmp_path, seed_text, meta):
    page = f"<!DOCTYPE html><html><head>{meta}<title>Bắc Kạn</title></head><body><p>{seed_text}</p></body></html>"
    with pytest.raises(InputError) as info:
        read_document(write(tmp_path, "trang.html", page))
    assert info.value.reason == "own_output"


def test_a_news_page_that_mentions_wuanalysis_is_still_read(tmp_path, seed_text):
    page = (f'<html><head><meta name="generator" content="NukeViet v4.0"></head><body><article><p>{seed_text}</p>'
            "<p>Số liệu được tổng hợp bằng wuanalysis.</p></article></body></html>")
    assert "2.500 hộ" in read_document(write(tmp_path, "tin.html", page)).text


def test_a_docx_among_the_reports_still_reads(tmp_path, seed_text):
    lines = [line for line in seed_text.split("\n") if line.strip()]
    make_docx(tmp_path / "bao-cao.docx", lines)
    assert [p.name for p in iter_report_paths([tmp_path])] == ["bao-cao.docx"]


def test_a_briefing_notebook_copied_among_the_reports_is_our_own_output(tmp_path, seed_text):
    write(tmp_path, "bao-cao.txt", seed_text)
    write(tmp_path, "bac-kan.ipynb", (ROOT / "notebooks" / "briefing.ipynb").read_bytes())
    write(tmp_path, "phan-tich.ipynb", '{"cells": [], "metadata": {}, "nbformat": 4, "nbformat_minor": 5}')
    reasons = {Path(e.path).name: e.reason for e in iter_report_paths([tmp_path]) if isinstance(e, InputError)}
    assert reasons == {"bac-kan.ipynb": "own_output", "phan-tich.ipynb": "unsupported"}


def test_a_link_to_a_folder_is_not_followed_but_said(tmp_path, seed_text):
    elsewhere = tmp_path / "kho"
    elsewhere.mkdir()
    write(elsewhere, "bao-cao.txt", seed_text)
    reports = tmp_path / "reports"
    reports.mkdir()
    (reports / "kho-link").symlink_to(elsewhere)
    [error] = list(iter_report_paths([reports]))
    assert error.reason == "unsupported" and "link to the folder" in error.detail and str(elsewhere) in error.detail


@pytest.mark.parametrize("title", ["Bản tin các tỉnh, thành — Hội LHPN", "Province briefings — Women&#39;s Union"])
def test_an_index_page_from_before_the_generator_tag_is_recognised(tmp_path, title):
    page = (f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{title}</title></head><body>'
            '<table id="briefings"><tr><td><a href="briefings/bac-kan.html">Bắc Kạn</a></td>'
            "<td>4.094 hội viên mới</td></tr></table></body></html>")
    with pytest.raises(InputError) as info:
        read_document(write(tmp_path, "index.html", page))
    assert info.value.reason == "own_output"


@pytest.mark.parametrize("page", ["briefing", "index"])
def test_our_pages_without_the_generator_tag_are_still_recognised(tmp_path, own_pages, page):
    """Pages built before the tag existed (today's outputs folders) carry the notebook export's and the index
    page's own markers."""
    import re

    text = re.sub(r"<meta[^>]*generator[^>]*>", "", own_pages[page].read_text(encoding="utf-8"))
    with pytest.raises(InputError) as info:
        read_document(write(tmp_path, f"old-{page}.html", text))
    assert info.value.reason == "own_output"
