"""Properties of the readers: legacy-font tables are exact inverses, and no byte string crashes read_document."""
from __future__ import annotations

import unicodedata
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wuanalysis.errors import InputError
from wuanalysis.legacy_fonts import decode_legacy, encode_legacy, tcvn3_table, vni_table
from wuanalysis.readers import RawDocument, read_document

_LOWER = sorted(c for c in tcvn3_table() if c.islower())
_ALL = sorted(vni_table())
_ASCII = list("abcdeghiklmnopqrstuvxy ABCDGHKLMNPQSTVX 0123456789.,;:()/-%\n")


@given(st.text(alphabet=st.sampled_from(_LOWER + _ASCII[:30] + list(" .,0123456789")), max_size=200))
def test_tcvn3_round_trip(text):
    assert decode_legacy(encode_legacy(text, "tcvn3"), "tcvn3") == text


@given(st.text(alphabet=st.sampled_from(_ALL + _ASCII), max_size=200))
def test_vni_round_trip(text):
    # A VNI mark right after an unmarked vowel ("o" then "â") is read as one letter, exactly as the font draws it.
    assert decode_legacy(encode_legacy(text, "vni"), "vni") == unicodedata.normalize("NFC", text)


def test_tables_are_one_to_one():
    for table in (tcvn3_table(), vni_table()):
        assert len(set(table.values())) == len(table)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.binary(min_size=0, max_size=600), suffix=st.sampled_from([".txt", ".html", ".docx", ".pdf", ".md"]))
def test_any_bytes_give_a_document_or_an_input_error(tmp_path, data, suffix):
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    try:
        doc = read_document(path)
    except InputError as error:
        assert error.reason in {"empty", "binary", "encoding", "legacy_font", "unsupported", "scanned_pdf"}
        assert str(path) in error.detail
    else:
        assert isinstance(doc, RawDocument) and doc.text.strip()
        assert doc.text == unicodedata.normalize("NFC", doc.text)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(prefix=st.sampled_from([b"%PDF-1.4\n", b"PK\x03\x04", b"\xff\xfe", b"\xfe\xff", b"\xef\xbb\xbf", b"<html>"]),
       data=st.binary(max_size=400))
def test_hostile_headers_never_crash(tmp_path, prefix, data):
    path = Path(tmp_path) / "hostile.txt"
    path.write_bytes(prefix + data)
    try:
        read_document(path)
    except InputError:
        pass
