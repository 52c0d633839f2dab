"""The build's shortcuts outside extraction find what the plain forms found (issue 10): the candidate places of a
province mention, searched as "prefix name|name" instead of "(prefix)? name", on the reports we may read (the seeds,
the check sets that are not kept unseen) and on invented spellings of prefixes and names."""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from wuanalysis import catalogue
from wuanalysis.catalogue import find_provinces
from wuanalysis.text import match_form, normalize_text

ROOT = Path(__file__).resolve().parents[1]
CHECKSETS = ROOT / "benchmarks" / "checksets"
_UNSEEN = {line.strip() for line in (CHECKSETS / "UNSEEN").read_text(encoding="utf-8").splitlines()
           if line.strip() and not line.startswith("#")}
TEXTS = sorted([*(ROOT / "seeds").glob("*.txt"),
                *(p for p in CHECKSETS.glob("*/docs/*.txt") if p.parent.parent.name not in _UNSEEN)])

INVENTED = [
    "Hội LHPN tỉnh Bắc Kạn phối hợp với thành phố  Hà Nội và TP.HCM, Tp Hồ Chí Minh, T.P Cần Thơ.",
    "tinh bac kan, thanh pho ha noi, tphcm, tp hcm, t p da nang; Thừa Thiên - Huế, BR-VT, Bà Rịa - Vũng Tàu",
    "Tỉnh Hòa Bình tổ chức; hòa bình là mong ước; tỉnhHà Nam, thành phốĐà Nẵng, TPHCM, tp.",
    "các xã Gia Hội, Bình Thuận; bà Nguyễn Thị Thái Bình; tư tưởng Hồ Chí Minh; Tây Ninh, Thái Bình, Tuyên Quang",
    "t", "tp", "tỉnh", " thành phố ", "",
]


def _plain_candidates() -> re.Pattern:
    """The candidate pattern as it was written before: the prefix an optional group in front of the names."""
    pattern = catalogue._candidate_regex().pattern
    prefixes, both = pattern[len(" (?=(?:"):-len(r")(?!\w))")].split(" *", 1)
    names = both[:len(both) // 2]  # "names|names"
    assert pattern == rf" (?=(?:{prefixes} *{names}|{names})(?!\w))"  # the two halves split where they join
    return re.compile(rf" (?=(?:{prefixes} *)?{names}(?!\w))")


def _places(regex: re.Pattern, text: str) -> list[int]:
    return [m.start() for m in regex.finditer(" " + catalogue._folded(match_form(text)))]


def test_texts_are_read():
    assert len(TEXTS) >= 100


@pytest.mark.parametrize("text", INVENTED)
def test_candidates_of_invented_spellings(text):
    assert _places(catalogue._candidate_regex(), text) == _places(_plain_candidates(), text)


def test_invented_spellings_are_found():
    found = {name for text in INVENTED for _s, _e, name in find_provinces(text)}
    assert {"Bắc Kạn", "Hà Nội", "Hồ Chí Minh", "Cần Thơ", "Đà Nẵng", "Tây Ninh"} <= found


def test_candidates_of_every_report():
    new, plain = catalogue._candidate_regex(), _plain_candidates()
    for path in TEXTS:
        text = normalize_text(path.read_text(encoding="utf-8"))
        assert _places(new, text) == _places(plain, text), path.name


# ---------------------------------------------------------------- conflicts counted on codes

def _conflicts_by_frames(out, facts):
    """measures._flag_conflicts as it was written with frames (merges and group-bys), the reference."""
    import numpy as np
    import pandas as pd

    f = facts.rename(columns={"_doc": "doc"})
    held = f[["_key", "doc", "value"]].drop_duplicates()
    head = f.loc[f["headline"], ["_key", "doc", "value"]].rename(columns={"value": "head"})
    held = held.merge(head, on=["_key", "doc"])
    holders = held.groupby(["_key", "value"]).size().rename("c1").reset_index().rename(columns={"value": "head"})
    headers = head.groupby(["_key", "head"]).size().rename("c2").reset_index().rename(columns={"head": "value"})
    both = (held.groupby(["_key", "head", "value"]).size().rename("c12").reset_index()
            .rename(columns={"head": "value", "value": "head"}))
    c2 = held.merge(headers, on=["_key", "value"], how="left").groupby(["_key", "doc"])["c2"].sum()
    c12 = held.merge(both, on=["_key", "value", "head"], how="left").groupby(["_key", "doc"])["c12"].sum()
    a = head.merge(holders, on=["_key", "head"]).set_index(["_key", "doc"])
    n = head.groupby("_key").size()
    others = n.reindex(a.index.get_level_values("_key")).to_numpy() - 1
    agree = (a["c1"] - 1) + (c2.reindex(a.index) - 1) - (c12.reindex(a.index) - 1)
    clash = a.loc[others > agree.to_numpy(), "head"].reset_index()[["_key", "head"]].drop_duplicates()
    clash = clash.sort_values(["_key", "head"])
    keys, heads = clash["_key"].to_numpy(), clash["head"].tolist()
    runs = np.flatnonzero(np.r_[True, keys[1:] != keys[:-1]]) if len(keys) else np.array([], dtype=int)
    values = pd.Series([[float(v) for v in heads[a:b]] for a, b in zip(runs, np.r_[runs[1:], len(keys)])],
                       index=keys[runs], dtype=object)
    hit = pd.MultiIndex.from_frame(out[["_key", "value"]]).isin(pd.MultiIndex.from_frame(clash))
    out["conflict"] = hit
    out["conflict_values"] = pd.Series([values[k] if h else None for k, h in zip(out["_key"], hit)],
                                       index=out.index, dtype=object)
    return out


def _random_measure(seed: int):
    """Facts of a few keys and reports (one headline per report and key, values repeated across reports) and the
    measurements of their (key, value) groups, plus a key no fact of a known province holds."""
    import numpy as np
    import pandas as pd

    rng = np.random.default_rng(seed)
    n = int(rng.integers(0, 40))
    facts = pd.DataFrame({"_key": rng.integers(0, 4, n), "_doc": rng.integers(0, 6, n),
                          "value": rng.choice([1.0, 2.0, 3.0, 5.5, 1200.0], n)})
    facts["headline"] = ~facts.duplicated(["_key", "_doc"]).to_numpy()
    out = facts[["_key", "value"]].drop_duplicates().sort_values(["_key", "value"]).reset_index(drop=True)
    out = pd.concat([out, pd.DataFrame({"_key": [9], "value": [1.0]})], ignore_index=True)
    out["other"] = "x"
    return out, facts


@pytest.mark.parametrize("seed", range(60))
def test_conflicts_as_the_frames_flagged_them(seed):
    from wuanalysis.measures import _flag_conflicts

    out, facts = _random_measure(seed)
    got, want = _flag_conflicts(out.copy(), facts), _conflicts_by_frames(out.copy(), facts)
    assert got.drop(columns="conflict_values").equals(want.drop(columns="conflict_values"))
    assert list(got["conflict_values"]) == list(want["conflict_values"])


def test_conflicts_are_found():
    """Two reports of one key heading different values, neither holding the other's: both values clash; a third
    report holding both clashes with neither."""
    import pandas as pd

    from wuanalysis.measures import _flag_conflicts

    facts = pd.DataFrame({"_key": [0, 0, 1, 1, 1, 1], "_doc": [0, 1, 0, 1, 2, 2],
                          "value": [10.0, 12.0, 5.0, 5.0, 5.0, 7.0], "headline": [True, True, True, True, True, False]})
    out = pd.DataFrame({"_key": [0, 0, 1, 1], "value": [10.0, 12.0, 5.0, 7.0]})
    got = _flag_conflicts(out, facts)
    assert got["conflict"].tolist() == [True, True, False, False]
    assert got["conflict_values"].tolist() == [[10.0, 12.0], [10.0, 12.0], None, None]
