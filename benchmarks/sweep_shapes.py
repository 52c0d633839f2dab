"""The second round of ``target_sweep.py``'s parts (issue 11): the shapes a result's target and rate take beyond one
sentence, each an independent part drawn by the sweep's seeded generator.

- **Word tables** (:func:`result_table`): ``|`` rows (with or without a border) or tab cells; the head's cells drawn
  from several wordings of the row number, label, unit, plan, result, rate, change (``So với cùng kỳ (%)``, a
  distractor) and notes columns, the columns after the result in varied order; a share row (``Tỷ lệ … (%)``, a
  ``%`` unit cell or cells with their sign); row numbers (no figures).
- **A result's target after it** (:func:`target_after`): a pledge (``so với giao ước thi đua đầu năm (4.500 hộ)``),
  a body that set it (``chỉ tiêu Tỉnh hội giao (…)``, ``… Thành hội giao là …``, ``chỉ tiêu Cụm đề ra là …``,
  ``chỉ tiêu Nghị quyết Đại hội … đề ra (…)``), a verdict with the target in brackets (``vượt chỉ tiêu năm (15
  tổ)``), the done and the planned in brackets (``đạt 88% (thực hiện 1.320 người, chỉ tiêu 1.500 người)``,
  ``(thực hiện 12.690/15.000 hội viên)``), results as ``R/T <unit>`` (``1.978 hộ/2.000 hộ chỉ tiêu``).
- **A result's target in the next clause** (``next_sentence``, ``semicolon_giver``): ``… giúp 18 hộ thoát nghèo.
  Chỉ tiêu được giao là 15 hộ``, ``…; chỉ tiêu Đảng ủy xã giao 15 hộ`` (a commune's committees set targets since
  the 2025 reform, as givers of the other shapes too).
- **The next year's plan with the plan's verbs** (:func:`next_year_verbs`): ``Năm 2026, bảo đảm 100% chi hội …``,
  ``giữ vững 100% …``, ``nâng tỷ lệ … lên 85%``, ``giảm số hộ nghèo … xuống còn 12 hộ`` after a review.
- **Comparisons with the past** (:func:`past_versus`): ``bằng X% cùng kỳ``, ``bằng X% năm 2024``, ``tăng X% so với
  kỳ trước``, alone or beside a true achievement (``đạt 104% kế hoạch, bằng 112% cùng kỳ``).
- **Baselines** (:func:`baseline_item`, :func:`baseline_result`): ``nâng tỷ lệ … từ 68% lên 75%`` (the level risen
  from is where things stand; the level risen to is the target, or in a review the result).
- **A closed term's review** (:func:`closed_term`): ``Đến cuối nhiệm kỳ 2020 – 2025, tỷ lệ … đã đạt 82%`` is a
  result, beside the new term's ``Đến cuối nhiệm kỳ, tỷ lệ … đạt 85%`` (a target, the sweep's cadence).
- **A headline repeating a result** (:func:`headline`): the title's figure takes the body's target and rate.

Every function appends lines to the passage and their gold figures (``make`` is the sweep's ``Fact``).
"""
from __future__ import annotations

from typing import Any
from collections.abc import Callable

# (label in a table, predicate in a sentence with {N}, noun after a number, short noun, unit cell)
COUNTS = [("Phát triển hội viên mới", "kết nạp {N}", "hội viên mới", "hội viên", "Hội viên"),
          ("Giúp hộ phụ nữ thoát nghèo", "giúp {N} thoát nghèo", "hộ phụ nữ", "hộ", "Hộ"),
          ("Xây dựng “Mái ấm tình thương”", "xây dựng {N} “Mái ấm tình thương”", "căn nhà", "căn", "Căn"),
          ("Thành lập tổ hợp tác", "thành lập {N}", "tổ hợp tác", "tổ hợp tác", "Tổ"),
          ("Hỗ trợ phụ nữ khởi nghiệp", "hỗ trợ {N} khởi nghiệp", "phụ nữ", "phụ nữ", "Người"),
          ("Nhận đỡ đầu trẻ em mồ côi", "nhận đỡ đầu {N} mồ côi", "trẻ em", "trẻ", "Trẻ"),
          ("Giới thiệu hội viên ưu tú cho Đảng", "giới thiệu {N} ưu tú cho Đảng", "hội viên", "người", "Người")]
SHARES = ["chi hội đạt vững mạnh", "hội viên tham gia sinh hoạt", "hộ gia đình đạt tiêu chí “5 không, 3 sạch”",
          "cơ sở Hội có trang mạng xã hội"]
ROW_NUMBER_HEADS = ["TT", "STT", "Số TT", ""]
LABEL_HEADS = ["Chỉ tiêu", "Nội dung", "Nội dung chỉ tiêu", "Tên chỉ tiêu"]
UNIT_HEADS = ["ĐVT", "Đơn vị tính"]
PLAN_HEADS = ["Kế hoạch năm {Y}", "Kế hoạch", "KH", "Chỉ tiêu giao", "Chỉ tiêu năm {Y}", "Nghị quyết", "Kế hoạch giao",
              "KH năm {Y}"]
RESULT_HEADS = ["Thực hiện", "Kết quả", "TH", "Kết quả thực hiện", "Thực hiện {P}", "Ước thực hiện cả năm",
                "Kết quả đạt được"]
RATE_HEADS = ["Tỷ lệ (%)", "Tỷ lệ đạt (%)", "Tỷ lệ so với KH (%)", "% so với kế hoạch", "Đạt (%)", "So sánh (%)",
              "Tỷ lệ %"]
CHANGE_HEADS = ["So với cùng kỳ (%)", "% so với cùng kỳ", "So với năm {L} (%)"]
NOTE_HEADS = ["Ghi chú", "Đánh giá"]


def _dotted(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def _comma(x: float) -> str:
    return (f"{x:.2f}".rstrip("0").rstrip(".")).replace(".", ",")


def _rate(p: Any, value: float, target: float) -> float | None:
    """value over target in percent, one decimal; None when that percent is used already in the passage."""
    r = round(100 * value / target, 1)
    if ("percent", r) in p.used:
        return None
    p.used.add(("percent", r))
    return r


def result_table(p: Any, level: str, gp: dict, make: Callable, year: int, half: bool) -> None:
    """A table of plans and results pasted from Word, introduced by a line of its own."""
    rng = p.rng
    sep = rng.choice(["bars", "bars_open", "tabs"])
    number, label = rng.choice(ROW_NUMBER_HEADS), rng.choice(LABEL_HEADS)
    unit = rng.choice(UNIT_HEADS) if rng.random() < 0.3 else ""
    plan = rng.choice(PLAN_HEADS).format(Y=year)
    result = rng.choice(RESULT_HEADS).format(P="6 tháng" if half else "năm " + str(year))
    after = [c for c in ("rate", "change") if rng.random() < {"rate": 0.75, "change": 0.35}[c]]
    rng.shuffle(after)  # the plan's rate and the change against last year, in either order
    if rng.random() < 0.3:
        after.append("notes")  # "Ghi chú" / "Đánh giá" closes a table
    heads = {"rate": rng.choice(RATE_HEADS), "change": rng.choice(CHANGE_HEADS).format(L=year - 1),
             "notes": rng.choice(NOTE_HEADS)}
    columns = ([("number", number)] if number else []) + [("label", label)] + ([("unit", unit)] if unit else []) \
        + [("plan", plan), ("result", result)] + [(c, heads[c]) for c in after]
    head_id = f"{sep}:{'+'.join(c for c, _h in columns)}"

    def line(cells: list[str]) -> str:
        if sep == "tabs":
            return "\t".join(cells)
        body = " | ".join(cells)
        return f"| {body} |" if sep == "bars" else body

    p.lines.append(rng.choice(["Kết quả thực hiện các chỉ tiêu:", "Kết quả cụ thể như sau:",
                               "Kết quả thực hiện một số chỉ tiêu chủ yếu:"]))
    p.lines.append(line([h for _c, h in columns]))
    rows = rng.sample(COUNTS, rng.randint(2, 4))
    share_at = rng.randrange(len(rows) + 1) if rng.random() < 0.6 else -1
    kinds: list[Any] = list(rows)
    if share_at >= 0:
        kinds.insert(share_at, rng.choice(SHARES))
    for n, row in enumerate(kinds, 1):
        _table_row(p, level, gp, make, n, row, columns, head_id, line)
    p.lines.append(rng.choice(["Các chỉ tiêu còn lại đang tiếp tục triển khai.", "Nhìn chung, các chỉ tiêu cơ bản "
                               "đạt tiến độ đề ra."]))


def _table_row(p: Any, level: str, gp: dict, make: Callable, n: int, row: Any, columns: list, head_id: str,
               line: Callable) -> None:
    rng = p.rng
    parts = dict(gp, layout="table", cadence="-", subject="-", basis="-", hedge="-", writing="-", head=head_id)
    share = isinstance(row, str)
    for _ in range(50):
        if share:
            t = float(p.fresh("percent", 60, 90))
            v = float(min(99, t + rng.randint(-8, 9)))
            if ("percent", v) in p.used or v == t:
                continue
            kind = "percent"
        else:
            t = float(p.fresh("count", 20, 900) if level == "commune" else p.fresh("count", 300, 5000))
            v = float(p.fresh("count", max(1, int(t * 0.4)), int(t * 1.4)))
            kind = "count"
        rate = _rate(p, v, t)
        if rate is not None and rate != v and rate != t:
            break
    p.used.add(("percent", v) if share else ("count", v))
    cols = [c for c, _h in columns]
    sign = share and "unit" not in cols and rng.random() < 0.4
    if share:
        written = "Tỷ lệ " + row + (" (%)" if not sign else "")
        if "unit" in cols and rng.random() < 0.5:
            written = _cap(row)
    else:
        written = row[0] + (f" ({row[3]})" if "unit" not in cols and rng.random() < 0.3 else "")
    cells = []
    facts = []
    for c in cols:
        if c == "number":
            cells.append(str(n))
        elif c == "label":
            cells.append(written)
        elif c == "unit":
            cells.append("%" if share else row[4])
        elif c == "plan":
            w = _comma(t) + ("%" if sign else "") if share else _dotted(int(t))
            cells.append(w)
            facts.append(make(w, t, kind, target=t, parts=dict(parts, wording="table_plan", indicator="table_row")))
        elif c == "result":
            w = _comma(v) + ("%" if sign else "") if share else _dotted(int(v))
            cells.append(w)
            facts.append(make(w, v, kind, target=t, achievement_pct=rate if "rate" in cols else None,
                              parts=dict(parts, wording="table_result", indicator="table_row")))
        elif c == "rate":
            cells.append(_comma(rate))
            facts.append(make(_comma(rate), rate, "percent", achievement_pct=rate,
                              parts=dict(parts, wording="table_rate", indicator="table_row")))
        elif c == "change":
            ch = float(p.fresh("percent", 101, 140))
            cells.append(_comma(ch))
            facts.append(make(_comma(ch), ch, "percent", parts=dict(parts, wording="table_change",
                                                                      indicator="table_row")))
        else:
            cells.append("Vượt" if v > t else "Chưa đạt")
    p.lines.append(line(cells))
    p.facts += facts


def _unused_count(p: Any, among: list | None = None) -> tuple:
    """An indicator not yet told as a result in the passage (one result per indicator, as the sweep's first round:
    a second result of one indicator may take the first's target, a reading SCHEMA allows)."""
    among = among or COUNTS
    free = [c for c in among if ("result", c[1]) not in p.used]
    choice = p.rng.choice(free or among)
    p.used.add(("result", choice[1]))
    return choice


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _count(p: Any, level: str, share_of: float = 0.0) -> tuple[int, int]:
    """A result and its target, both fresh."""
    for _ in range(50):
        t = p.fresh("count", 40, 900) if level == "commune" else p.fresh("count", 1200, 9000)
        v = p.fresh("count", max(1, int(t * 0.6)), int(t * 1.3))
        if v != t:
            return v, t
    raise RuntimeError("no fresh pair")


TARGET_AFTER = ["pledge_paren", "pledge_cluster", "giver_paren", "giver_la", "cum_de_ra_la", "nq_de_ra_paren",
                "verdict_paren", "th_ct_paren", "th_slash_paren", "noun_slash_ct", "rt_colon", "next_sentence",
                "semicolon_giver"]
# who set it; since the 2025 reform a commune's party or people's committee too
GIVERS = ["Tỉnh hội", "Thành hội", "Hội LHPN tỉnh", "Trung ương Hội", "Huyện hội", "Đảng ủy xã", "UBND phường",
          "Đảng ủy phường", "cấp ủy"]


def target_after(p: Any, level: str, gp: dict, lead: str, make: Callable) -> None:
    """One result whose target is said after it, in one of :data:`TARGET_AFTER`'s shapes."""
    rng = p.rng
    shape = rng.choice(TARGET_AFTER)
    label, predicate, noun, short, _unit = _unused_count(p)
    parts = dict(gp, layout="-", cadence="-", subject="-", basis="-", hedge="-", writing="-", head="-",
                 wording=shape, indicator=predicate.split(" {N}")[0])
    for _ in range(50):
        v, t = _count(p, level)
        if shape == "verdict_paren" and v <= t:
            continue
        rate = _rate(p, v, t)
        if rate is not None:
            break
    words, tw = f"{_dotted(v)} {noun}", f"{_dotted(t)} {short}"
    said = predicate.replace("{N}", words)
    giver = rng.choice(GIVERS)
    result = make(words, float(v), "count", target=float(t), achievement_pct=rate, parts=parts)
    target = make(tw, float(t), "count", target=float(t), parts=parts)
    pct = make(f"{_comma(rate)}%", rate, "percent", achievement_pct=rate, parts=parts)
    facts = [result, target, pct]
    if shape == "pledge_paren":
        text = f"{lead} {said}, đạt {_comma(rate)}% so với giao ước thi đua đầu năm ({tw})"
    elif shape == "pledge_cluster":
        text = f"{lead} {said}, đạt {_comma(rate)}% chỉ tiêu giao ước thi đua với Cụm ({tw})"
    elif shape == "giver_paren":
        text = f"{lead} {said}, đạt {_comma(rate)}% chỉ tiêu {giver} giao ({tw})"
    elif shape == "giver_la":
        text = f"{lead} {said}, bằng {_comma(rate)}% chỉ tiêu {giver} giao là {tw}"
    elif shape == "cum_de_ra_la":
        text = f"{lead} {said}, đạt {_comma(rate)}% so với chỉ tiêu Cụm đề ra là {tw}"
    elif shape == "nq_de_ra_paren":
        text = f"{lead} {said}, đạt {_comma(rate)}% chỉ tiêu Nghị quyết Đại hội nhiệm kỳ 2021 – 2026 đề ra ({tw})"
    elif shape in ("next_sentence", "semicolon_giver"):  # "… giúp 18 hộ thoát nghèo. Chỉ tiêu được giao là 15 hộ"
        p.used.discard(("percent", rate))
        result.achievement_pct = None
        facts = [result, target]
        told = (rng.choice(["Chỉ tiêu được giao là", "Chỉ tiêu năm:", "Kế hoạch năm là"]) if shape == "next_sentence"
                else f"chỉ tiêu {giver} giao")
        text = f"{lead} {said}{'. ' if shape == 'next_sentence' else '; '}{told} {tw}"
    elif shape == "verdict_paren":
        p.used.discard(("percent", rate))
        result.achievement_pct = None
        facts = [result, target]
        verdict = rng.choice(["vượt chỉ tiêu năm", "hoàn thành sớm chỉ tiêu cả năm", "vượt chỉ tiêu Tỉnh hội giao"])
        text = f"{lead} {said}, {verdict} ({tw})"
    elif shape == "th_ct_paren":  # "chỉ tiêu … đạt 88% (thực hiện 1.320 người, chỉ tiêu 1.500 người)"
        result.quote = f"{_dotted(v)} {short}"
        text = (f"Chỉ tiêu {label[:1].lower() + label[1:]} {'mới ' if v < t else ''}đạt {_comma(rate)}% "
                f"(thực hiện {_dotted(v)} {short}, chỉ tiêu {tw})")
    elif shape == "th_slash_paren":  # "(thực hiện 12.690/15.000 hội viên)": the ratio's whole is the target
        text = (f"Chỉ tiêu {label[:1].lower() + label[1:]} đạt {_comma(rate)}% "
                f"(thực hiện {_dotted(v)}/{_dotted(t)} {short})")
        facts = [make(f"{_dotted(v)}/{_dotted(t)} {short}", float(v), "ratio", target=float(t),
                      achievement_pct=rate, denominator=float(t), parts=parts), pct]
    elif shape == "noun_slash_ct":  # "Số hộ … là 1.978 hộ/2.000 hộ chỉ tiêu, đạt 98,9%"
        result.quote = f"{_dotted(v)} {short}"
        text = f"{lead} {predicate.replace('{N}', '')} {_dotted(v)} {short}/{tw} chỉ tiêu, đạt {_comma(rate)}%"
        text = " ".join(text.split())
    else:  # rt_colon: "Phát triển hội viên mới: 1.250/1.200 hội viên, đạt 104,2% kế hoạch"
        text = f"{label}: {_dotted(v)}/{_dotted(t)} {short}, đạt {_comma(rate)}% kế hoạch"
        facts = [make(f"{_dotted(v)}/{_dotted(t)}", float(v), "ratio", target=float(t), achievement_pct=rate,
                      denominator=float(t), parts=parts), pct]
    p.lines.append(text + ".")
    p.facts += facts


PAST = ["bang_cung_ky", "bang_nam", "tang_ky_truoc", "bang_ky_truoc", "dat_then_bang", "bang_then_dat"]


def past_versus(p: Any, level: str, gp: dict, lead: str, make: Callable, year: int) -> None:
    """A result compared with the past (no achievement), alone or beside its plan's rate (an achievement)."""
    rng = p.rng
    shape = rng.choice(PAST)
    _label, predicate, noun, _short, _unit = _unused_count(p)
    parts = dict(gp, layout="-", cadence="-", subject="-", basis="-", hedge="-", writing="-", head="-",
                 wording="past:" + shape, indicator=predicate.split(" {N}")[0])
    v = p.fresh("count", 40, 900) if level == "commune" else p.fresh("count", 1200, 9000)
    y = float(p.fresh("percent", 101, 160))
    a = float(p.fresh("percent", 80, 140))
    words = f"{_dotted(v)} {noun}"
    past = {"bang_cung_ky": f"bằng {_comma(y)}% cùng kỳ", "bang_nam": f"bằng {_comma(y)}% năm {year - 1}",
            "tang_ky_truoc": f"tăng {_comma(y - 100)}% so với kỳ trước",
            "bang_ky_truoc": f"bằng {_comma(y)}% kỳ trước"}
    if shape in past:
        y_written = y - 100 if shape == "tang_ky_truoc" else y
        text = f"{lead} {predicate.replace('{N}', words)}, {past[shape]}"
        facts = [make(words, float(v), "count", parts=parts), make(f"{_comma(y_written)}%", y_written, "percent",
                                                                  parts=parts)]
    else:
        versus = rng.choice([f"bằng {_comma(y)}% cùng kỳ", f"bằng {_comma(y)}% năm {year - 1}"])
        plan = f"đạt {_comma(a)}% kế hoạch"
        both = f"{plan}, {versus}" if shape == "dat_then_bang" else f"{versus}, {plan}"
        text = f"{lead} {predicate.replace('{N}', words)}, {both}"
        facts = [make(words, float(v), "count", achievement_pct=a, parts=parts),
                 make(f"{_comma(a)}%", a, "percent", achievement_pct=a, parts=parts),
                 make(f"{_comma(y)}%", y, "percent", parts=parts)]
    p.lines.append(text + ".")
    p.facts += facts


BASELINE_SHARES = ["tập hợp hội viên", "hội viên tham gia sinh hoạt thường xuyên", "chi hội xếp loại vững mạnh"]


def baseline_item(p: Any, make: Callable, parts: dict) -> tuple[str, list]:
    """A target raised from where things stand: "nâng tỷ lệ tập hợp hội viên từ 68% lên 75%" (68% no target),
    "nâng số hộ hội viên vay vốn từ 1.200 hộ lên 1.500 hộ"."""
    rng = p.rng
    parts = dict(parts, wording="baseline", indicator="baseline", head="-")
    if rng.random() < 0.6:
        b = float(p.fresh("percent", 55, 80))
        t = float(p.fresh("percent", int(b) + 2, 95))
        hedge, q = rng.choice([("", "exact"), ("trên ", "more_than"), ("ít nhất ", "at_least")])
        text = f"nâng tỷ lệ {rng.choice(BASELINE_SHARES)} từ {_comma(b)}% lên {hedge}{_comma(t)}%"
        return text, [make(f"{_comma(b)}%", b, "percent", parts=parts),
                      make(f"{hedge}{_comma(t)}%", t, "percent", q, target=t, parts=parts)]
    b = p.fresh("count", 300, 1500)
    t = p.fresh("count", b + 50, b + 900)
    text = f"nâng số hộ hội viên được vay vốn ưu đãi từ {_dotted(b)} hộ lên {_dotted(t)} hộ"
    return text, [make(f"{_dotted(b)} hộ", float(b), "count", parts=parts),
                  make(f"{_dotted(t)} hộ", float(t), "count", target=float(t), parts=parts)]


def baseline_result(p: Any, gp: dict, lead: str, make: Callable) -> None:
    """In a review, the level risen to is a result: "… đã nâng tỷ lệ … từ 68% lên 74%" (neither a target)."""
    parts = dict(gp, layout="-", cadence="-", subject="-", basis="-", hedge="-", writing="-", head="-",
                 wording="baseline_result", indicator="baseline")
    b = float(p.fresh("percent", 55, 80))
    t = float(p.fresh("percent", int(b) + 2, 95))
    p.lines.append(f"{lead} nâng tỷ lệ {p.rng.choice(BASELINE_SHARES)} từ {_comma(b)}% lên {_comma(t)}%.")
    p.facts += [make(f"{_comma(b)}%", b, "percent", parts=parts), make(f"{_comma(t)}%", t, "percent", parts=parts)]


def closed_term(p: Any, gp: dict, start: int, make: Callable) -> None:
    """A congress reviews the term that closes: "Đến cuối nhiệm kỳ 2020 – 2025, tỷ lệ … đã đạt 82%" is a result."""
    rng = p.rng
    parts = dict(gp, layout="-", cadence="-", subject="-", basis="-", hedge="-", writing="-", head="-",
                 wording="closed_term", indicator="closed_term")
    s = float(p.fresh("percent", 60, 97))
    term = f"{start - 5}{rng.choice([' – ', ' - ', '-'])}{start}"
    opener = rng.choice([f"Đến cuối nhiệm kỳ {term}", f"Kết thúc nhiệm kỳ {term}", f"Tính đến cuối nhiệm kỳ {term}"])
    verb = rng.choice(["đã đạt", "đạt", "được nâng lên"])
    p.lines.append(f"{opener}, tỷ lệ {rng.choice(BASELINE_SHARES)} {verb} {_comma(s)}%.")
    p.facts.append(make(f"{_comma(s)}%", s, "percent", parts=parts))


def headline(p: Any, gp: dict, union: str, label: str, level: str, make: Callable) -> str:
    """A title that repeats a result of the body ("Hội LHPN xã X: năm 2025 kết nạp 215 hội viên mới, đạt 104% kế
    hoạch"); the body says it again with its target. Returns the title; the body's sentence is appended."""
    rng = p.rng
    _label, predicate, noun, short, _unit = _unused_count(p, COUNTS[:2])
    parts = dict(gp, layout="-", cadence="-", subject="-", basis="-", hedge="-", writing="-", head="-",
                 indicator=predicate.split(" {N}")[0])
    for _ in range(50):
        v, t = _count(p, level)
        rate = _rate(p, v, t)
        if rate is not None:
            break
    words = f"{_dotted(v)} {noun}"
    with_rate = rng.random() < 0.5
    title = f"{union}: {label} {predicate.replace('{N}', words)}" + (
        f", đạt {_comma(rate)}% kế hoạch" if with_rate else "")
    tparts = dict(parts, wording="headline_title" + ("_rate" if with_rate else ""))
    p.facts.append(make(words, float(v), "count", target=float(t), achievement_pct=rate, parts=tparts))
    if with_rate:
        p.facts.append(make(f"{_comma(rate)}%", rate, "percent", achievement_pct=rate, parts=tparts))
    bparts = dict(parts, wording="headline_body")
    p.lines.append(f"{_cap(label)}, Hội đã {predicate.replace('{N}', words)}, đạt {_comma(rate)}% kế hoạch năm "
                   f"({_dotted(t)} {short}).")
    p.facts += [make(words, float(v), "count", target=float(t), achievement_pct=rate, parts=bparts),
                make(f"{_comma(rate)}%", rate, "percent", achievement_pct=rate, parts=bparts),
                make(f"{_dotted(t)} {short}", float(t), "count", target=float(t), parts=bparts)]
    return title


NEXT_YEAR_SHARES = ["chi hội sinh hoạt định kỳ hằng tháng", "cơ sở Hội đạt vững mạnh", "hội viên có hoàn cảnh khó khăn "
                    "được thăm hỏi, hỗ trợ", "chi hội không có hội viên vi phạm pháp luật"]


def next_year_verbs(p: Any, gp: dict, make: Callable, year: int) -> None:
    """After a review, the next year's target said with a plan's verb and no "phấn đấu": "Năm 2026, bảo đảm 100% chi
    hội …", "giữ vững 100% …", "nâng tỷ lệ tập hợp hội viên lên 85%", "giảm số hộ nghèo … xuống còn 12 hộ"."""
    rng = p.rng
    shape = rng.choice(["bao_dam", "giu_vung", "nang_len", "giam_con"])
    parts = dict(gp, layout="next_year", cadence="next_year", subject="-", basis="-", hedge="-", writing="-",
                 head="-", wording="next_year:" + shape, indicator="next_year")
    if shape in ("bao_dam", "giu_vung"):
        verb = {"bao_dam": rng.choice(["bảo đảm", "đảm bảo"]), "giu_vung": "giữ vững"}[shape]
        t = 100.0 if rng.random() < 0.6 or ("percent", 100.0) in p.used else float(p.fresh("percent", 80, 99))
        p.used.add(("percent", t))
        text, fact = f"{verb} {_comma(t)}% {rng.choice(NEXT_YEAR_SHARES)}", make(f"{_comma(t)}%", t, "percent",
                                                                                 target=t, parts=parts)
    elif shape == "nang_len":
        t = float(p.fresh("percent", 70, 95))
        text = f"nâng tỷ lệ {rng.choice(BASELINE_SHARES)} lên {_comma(t)}%"
        fact = make(f"{_comma(t)}%", t, "percent", target=t, parts=parts)
    else:
        t = p.fresh("count", 3, 40)
        text = f"giảm số hộ nghèo do phụ nữ làm chủ hộ xuống còn {t} hộ"
        fact = make(f"{t} hộ", float(t), "count", target=float(t), parts=parts)
    p.lines.append(f"Năm {year + 1}, {text}.")
    p.facts.append(fact)
