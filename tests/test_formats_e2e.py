"""Issue 5 end to end: a folder with the seeds plus one seed saved in every format and encoding analysts meet,
plus hostile files. Every copy must yield the same figures as the original; the bad files get issue rows."""
from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

from test_readers import article_html, cp1258_form, make_docx
from wuanalysis import read_reports
from wuanalysis.legacy_fonts import encode_legacy
from wuanalysis.text import normalize_text

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_8ca3ed94d4963485.txt"


@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    folder = tmp_path_factory.mktemp("reports")
    for p in sorted((ROOT / "seeds").glob("*.txt")):
        (folder / p.name).write_bytes(p.read_bytes())
    text = SEED.read_text(encoding="utf-8")
    (folder / "copy_nfd.txt").write_text(unicodedata.normalize("NFD", text), encoding="utf-8")
    (folder / "copy_utf16.txt").write_bytes(text.encode("utf-16"))
    (folder / "copy_bom.txt").write_bytes(text.encode("utf-8-sig"))
    (folder / "copy_cp1258.txt").write_bytes(cp1258_form(normalize_text(text)).encode("cp1258"))
    (folder / "copy_tcvn3.txt").write_bytes(encode_legacy(normalize_text(text), "tcvn3").encode("cp1252"))
    (folder / "copy_page.html").write_text(article_html(normalize_text(text)), encoding="utf-8")
    lines = [line for line in normalize_text(text).split("\n") if line.strip()]
    make_docx(folder / "copy_word.docx", lines)
    (folder / "empty.txt").write_bytes(b"")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200))
    (folder / "dangling.txt").symlink_to(folder / "gone.txt")
    return read_reports(folder, workers=1)


def figures_of(corpus, doc: str) -> list[tuple]:
    f = corpus.facts[corpus.facts["doc"] == doc]
    return sorted(zip(f["value"], f["unit_class"], f["qualifier"], f["is_target"]))


@pytest.mark.parametrize("copy", ["copy_nfd.txt", "copy_utf16.txt", "copy_bom.txt", "copy_cp1258.txt",
                                  "copy_tcvn3.txt", "copy_page.html"])
def test_each_copy_yields_the_same_figures(batch, copy):
    assert figures_of(batch, copy) == figures_of(batch, SEED.name)


def test_the_word_copy_yields_the_same_figures_plus_its_table(batch):
    word, original = figures_of(batch, "copy_word.docx"), figures_of(batch, SEED.name)
    extra = list(word)
    for fig in original:
        extra.remove(fig)  # every figure of the original is there
    assert sorted(v for v, *_ in extra) == [2500.0, 4094.0]  # the two figures of the table the Word file adds


def test_encodings_are_recorded(batch):
    enc = dict(zip(batch.documents["doc"], batch.documents["encoding"]))
    assert enc["copy_utf16.txt"] == "utf-16" and enc["copy_cp1258.txt"] == "cp1258"
    assert enc["copy_tcvn3.txt"] == "tcvn3" and enc["copy_bom.txt"] == "utf-8-sig"
    fmt = dict(zip(batch.documents["doc"], batch.documents["format"]))
    assert fmt["copy_page.html"] == "html" and fmt["copy_word.docx"] == "docx"


def test_bad_files_are_reported_and_copies_of_the_same_text_flagged(batch):
    reasons = {}
    for row in batch.issues.itertuples():
        reasons.setdefault(row.doc, set()).add(row.reason)
    assert reasons["empty.txt"] == {"empty"}
    assert reasons["binary.txt"] == {"binary"}
    assert reasons["dangling.txt"] == {"missing"}
    # NFD, UTF-16, BOM and cp1258 copies normalise to the very same text as the original
    for copy in ("copy_nfd.txt", "copy_utf16.txt", "copy_bom.txt", "copy_cp1258.txt"):
        assert "duplicate" in reasons[copy]
    assert batch.summary().startswith("12 reports, ")
