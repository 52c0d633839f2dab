"""Reading and validating the user's configuration files, ``--clusters`` and ``--targets`` (and the package's own
defaults, which are read the same way): one line of ConfigError naming the file, line, column, what is wrong and
how to fix it. The cached loaders that use these readers are :func:`wuanalysis.catalogue.load_clusters` and
:func:`wuanalysis.catalogue.load_targets`.
"""
from __future__ import annotations

import csv
import difflib
import io
import re
import unicodedata
from dataclasses import dataclass
from typing import Any, NoReturn

import pandas as pd

from .catalogue import PERIOD_SPANS, _alias_index, _indicators, _key, _provinces, _to_2025, resolve_province
from .errors import ConfigError
from .quantities import parse_number
from .text import fold

# Clusters and targets are typed by people, mostly in Excel, so their reader says exactly where a file is wrong
# and how to fix it, in one line (ConfigError), and reads what Excel writes: UTF-8 with a BOM, and ";" as the
# separator (Excel's list separator wherever the decimal mark is ",", as in Vietnamese settings).

_SAVE_AS_UTF8 = "save it as 'CSV UTF-8 (Comma delimited)' (Excel: File > Save As) or re-encode it as UTF-8"


@dataclass(frozen=True)
class _ConfigFile:
    where: str                                  # the path as the user gave it
    header: list[str]                           # column names, stripped and lower case
    rows: list[tuple[int, dict[str, str]]]      # (line in the file, value by column), values stripped

    def fail(self, line: int, column: str | None, problem: str, fix: str = "") -> NoReturn:
        where = f"{self.header.index(column) + 1} ({column})" if column else None
        raise ConfigError(self.where, problem, fix, line=line, column=where)


def _read_config(source, where: str, columns: tuple[str, ...], what: str, example: str) -> _ConfigFile:
    """A configuration CSV with the line of every row; ConfigError for anything that is not a clean table with
    ``columns`` (a file that cannot be read, another encoding, no rows, a missing column, a ragged row)."""
    header_line = ",".join(columns)
    try:
        data = source.read_bytes()
    except FileNotFoundError:
        raise ConfigError(where, "no such file", "check the path") from None
    except IsADirectoryError:
        raise ConfigError(where, "is a folder, not a CSV file", "give the path of the .csv file") from None
    except OSError as e:
        raise ConfigError(where, f"cannot be read ({e.strerror or e})",
                          "check that the file exists and is readable") from None
    if data.startswith(b"PK\x03\x04"):
        raise ConfigError(where, "is a workbook (.xlsx), not a CSV file", _SAVE_AS_UTF8)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ConfigError(where, "the file is UTF-16 (Excel's 'Unicode Text'), not UTF-8", _SAVE_AS_UTF8, line=1)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        start = data.rfind(b"\n", 0, e.start) + 1
        column = len(data[start:e.start].decode("utf-8-sig")) + 1
        raise ConfigError(where, f"the file is not UTF-8 (byte 0x{data[e.start]:02x}; Windows-1258 or TCVN3?)",
                          _SAVE_AS_UTF8, line=data.count(b"\n", 0, e.start) + 1, column=str(column)) from None
    text = unicodedata.normalize("NFC", text)
    if not text.strip():
        raise ConfigError(where, "the file is empty", f"write the header {header_line} and one row per {what}, "
                                                      f"e.g. {example}")
    first = text.lstrip().split("\n", 1)[0]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=";" if ";" in first and "," not in first else ",")
    records, previous = [], 0
    try:
        for fields in reader:
            if any(f.strip() for f in fields):  # blank lines and Excel's ",,,,," rows hold nothing
                records.append((previous + 1, fields))
            previous = reader.line_num
    except csv.Error as e:
        raise ConfigError(where, f"not a valid CSV row ({e})", "check the quotes on this line",
                          line=reader.line_num) from None
    (line, names), rows = records[0], records[1:]
    header = [n.strip().lower() for n in names]
    missing = [c for c in columns if c not in header]
    if missing:
        guesses = [f"{g!r} for {c!r}" for c in missing for g in difflib.get_close_matches(c, header, n=1, cutoff=0.7)]
        raise ConfigError(where, f"missing column{'s' if len(missing) > 1 else ''} {', '.join(missing)}"
                          + (f" (did you mean {', '.join(guesses)}?)" if guesses else ""),
                          f"the first line must name the columns {header_line}", line=line)
    doubled = sorted({n for n in header if n and header.count(n) > 1})
    if doubled:
        raise ConfigError(where, f"column {doubled[0]} is named twice", "keep one of the two columns", line=line)
    if not rows:
        raise ConfigError(where, "the file has a header but no rows",
                          f"add one row per {what}, e.g. {example}; or leave the option out", line=line + 1)
    out = []
    for line, fields in rows:
        if len(fields) > len(header) and not any(f.strip() for f in fields[len(header):]):
            fields = fields[:len(header)]  # trailing empty cells
        if len(fields) != len(header):
            raise ConfigError(where, f"{len(fields)} values but the header has {len(header)} columns",
                              'put a value that holds a comma in quotes ("Giúp 1.000 hộ, …") and give every column '
                              "a value, even an empty one (,,)", line=line)
        stray = [(i, f.strip()) for i, (n, f) in enumerate(zip(header, fields), start=1) if not n and f.strip()]
        if stray:
            raise ConfigError(where, f"value {stray[0][1]!r} is in a column that has no name in the header",
                              "name the column on the first line, or delete the value", line=line,
                              column=str(stray[0][0]))
        out.append((line, {n: f.strip() for n, f in zip(header, fields) if n}))
    return _ConfigFile(where, header, out)


def _did_you_mean(word: str, choices, key=lambda s: s) -> str:
    keyed = {key(c): c for c in choices}
    close = difflib.get_close_matches(key(word), list(keyed), n=1, cutoff=0.75)
    return f"did you mean {keyed[close[0]]!r}? " if close else ""


def _unknown_province(config: _ConfigFile, line: int, column: str, name: str, fix: str) -> NoReturn:
    close = difflib.get_close_matches(_key(name), list(_alias_index()), n=1, cutoff=0.75) if name else []
    hint = f"did you mean {_alias_index()[close[0]][0]!r}? " if close else ""
    config.fail(line, column, f"unknown province {name!r}" if name else f"{column} is empty", hint + fix)


_VI_NUMBER = re.compile(r"\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?")


def parse_config_number(text: str) -> float:
    """A number in a configuration file, read the Vietnamese way: "." groups thousands, "," is the decimal mark.
    "2100" and "2.100" → 2100, "2,5" → 2.5, "1.234,5" → 1234.5. Ambiguous or malformed numbers ("2.5", "1,000",
    "1,000.5", "2 100", "80%") raise ValueError whose message says what to write instead."""
    t = (text or "").strip()
    if not t:
        raise ValueError("the value is empty; write a number such as 2.100 or 2,5")
    if t.startswith("-"):
        raise ValueError(f"{t!r} is negative; a target is zero or more")
    if t.endswith("%"):
        raise ValueError(f"{t!r} carries a unit; write {t[:-1].strip()} and put % in the unit column")
    if re.fullmatch(r"\d+(?: \d{3})+", t):
        raise ValueError(f"{t!r} has spaces inside; write {t.replace(' ', '.')}")
    if re.fullmatch(r"[1-9]\d{0,2}(?:,\d{3})+", t):
        # "1,000": one thousand to an English reader, 1 with three decimals to a Vietnamese one
        decimal = t.count(",") == 1 and f" or {parse_number(t):g}".replace(".", ",")
        raise ValueError(f"{t!r} is ambiguous (',' is the decimal mark in Vietnamese, a thousands separator in "
                         f"English); write {t.replace(',', '.')} for thousands{decimal or ''}")
    if re.fullmatch(r"\d{1,3}(?:,\d{3})+\.\d+", t):
        raise ValueError(f"{t!r} is written the English way; write {t.translate(str.maketrans(',.', '.,'))}")
    if re.fullmatch(r"\d+\.\d{1,2}|\d+\.\d{4,}", t):
        whole, frac = t.split(".")
        thousands = f" or {whole}.{frac[:3].ljust(3, '0')} for thousands" if len(frac) < 3 else ""
        raise ValueError(f"{t!r} is ambiguous ('.' groups thousands in Vietnamese: 2.100 = 2100); write "
                         f"{whole},{frac} for a decimal{thousands}")
    if not _VI_NUMBER.fullmatch(t):
        if re.fullmatch(r"[\d.,]+", t):
            raise ValueError(f"{t!r} is malformed: '.' separates thousands in groups of three digits (1.234.567) "
                             "and ',' is the decimal mark (2,5)")
        raise ValueError(f"{t!r} is not a number; write digits such as 2.100 (two thousand one hundred) or 2,5")
    return float(t.replace(".", "").replace(",", "."))


CLUSTER_COLUMNS = ("cluster_id", "name_vi", "era", "province")


def _validate_clusters(config: _ConfigFile) -> pd.DataFrame:
    eras = _provinces().groupby("era")["name"].agg(set).to_dict()
    seen: dict[tuple[str, str], tuple[int, str]] = {}
    provinces = []
    for line, row in config.rows:
        if not row["cluster_id"]:
            config.fail(line, "cluster_id", "cluster_id is empty",
                        "give every row the id of its cluster, e.g. red_river_delta")
        era = row["era"]
        if era not in ("pre2025", "2025"):
            config.fail(line, "era", f"era {era!r} is neither pre2025 nor 2025",
                        "write pre2025 for the clusters before the 1 July 2025 merger, 2025 for those after")
        canonical = resolve_province(row["province"])
        if canonical is None:
            _unknown_province(config, line, "province", row["province"],
                              "write a province name such as 'Bình Phước' (any spelling or alias)")
        if canonical not in eras[era]:
            merged = _to_2025()[canonical]
            config.fail(line, "province", f"{canonical} is not a province since the 1 July 2025 merger (it is part "
                        f"of {merged})", f"write {merged}, or set era to pre2025")
        if (era, canonical) in seen:
            first, cluster = seen[(era, canonical)]
            config.fail(line, "province", f"{canonical} is already in cluster {cluster!r} (line {first})",
                        "a province belongs to one cluster per era: remove one of the two rows")
        seen[(era, canonical)] = (line, row["cluster_id"])
        provinces.append(canonical)
    df = pd.DataFrame([row for _, row in config.rows], columns=[n for n in config.header if n])
    df["province"] = provinces
    return df


def read_clusters_file(source, where: str) -> pd.DataFrame:
    """A clusters CSV (``source``: a path or a package resource; ``where``: its name in messages), validated."""
    example = "red_river_delta,Cụm thi đua các tỉnh Đồng bằng sông Hồng,pre2025,Thái Bình"
    return _validate_clusters(_read_config(source, where, CLUSTER_COLUMNS, "member of a cluster", example))


TARGET_COLUMNS = ("indicator", "scope", "period", "period_span", "value", "unit", "label_vi", "source")
TARGET_BASES = ("total", "per_grassroots_union", "per_branch")
# The optional qualifier column: a target is a bound when the resolution says so ("ít nhất 2.500", "trên 85%").
TARGET_QUALIFIERS = {"exact": "exact", "at_least": "at_least", "ít nhất": "at_least", "tối thiểu": "at_least",
                     "more_than": "more_than", "trên": "more_than", "hơn": "more_than", "less_than": "less_than",
                     "dưới": "less_than", "không quá": "less_than"}
_NATIONAL = ("national", "toan quoc", "ca nuoc")  # folded: "toàn quốc", "cả nước"


def _validate_targets(config: _ConfigFile) -> pd.DataFrame:
    ids = set(_indicators()["id"])
    seen: dict[tuple[str, str, str, str], int] = {}
    out = []
    for line, fields in config.rows:
        row: dict[str, Any] = dict(fields)  # the value becomes a number, the scope may be None until refused
        indicator = row["indicator"]
        if indicator not in ids:
            config.fail(line, "indicator", f"unknown indicator {indicator!r}" if indicator else "indicator is empty",
                        _did_you_mean(indicator, ids) + "the ids are listed in wuanalysis/data/indicators.csv")
        if fold(row["scope"]) in _NATIONAL:
            row["scope"] = "national"
        else:
            canonical = resolve_province(row["scope"])
            if canonical is None:
                _unknown_province(config, line, "scope", row["scope"],
                                  "write 'national' or a province name such as 'Bình Phước' (any spelling or alias)")
            row["scope"] = canonical
        period = re.sub(r"\s*[-–—]\s*", "-", row["period"])
        m = re.fullmatch(r"(\d{4})(?:-(\d{4}))?", period)
        if not m or (m.group(2) and m.group(2) <= m.group(1)):
            config.fail(line, "period", f"period {row['period']!r} is neither a year nor a term",
                        "write a year (2023) or a term, first year first (2022-2027)")
        row["period"] = period
        if row["period_span"] not in PERIOD_SPANS:
            config.fail(line, "period_span",
                        f"period_span {row['period_span']!r} is not one of {', '.join(PERIOD_SPANS)}",
                        "write year for a yearly target, term for the whole term, or 6m, 9m, quarter, month")
        if row["period_span"] == "term" and not m.group(2):
            config.fail(line, "period_span", f"period_span term needs a term as the period, not {period!r}",
                        "write the term as the period (2021-2026), or year for a target of one year")
        row["basis"] = row.get("basis") or "total"
        if row["basis"] not in TARGET_BASES:
            config.fail(line, "basis", f"basis {row['basis']!r} is not one of {', '.join(TARGET_BASES)}",
                        "write total (or leave it empty), per_grassroots_union for a target of each cơ sở Hội, or "
                        "per_branch for a target of each chi hội")
        qualifier = TARGET_QUALIFIERS.get((row.get("qualifier") or "exact").lower())
        if qualifier is None:
            config.fail(line, "qualifier", f"qualifier {row['qualifier']!r} is not a bound the resolution states",
                        "write at_least (ít nhất), more_than (trên), less_than (dưới), or leave it empty for exact")
        row["qualifier"] = qualifier
        try:
            row["value"] = parse_config_number(row["value"])
        except ValueError as e:
            config.fail(line, "value", str(e))
        key = (row["indicator"], row["scope"], row["period"], row["basis"])
        if key in seen:
            config.fail(line, None, f"the same target as line {seen[key]} ({', '.join(key)})",
                        "keep one of the two rows")
        seen[key] = line
        out.append(row)
    df = pd.DataFrame(out, columns=[n for n in config.header if n])
    for column, default in (("basis", "total"), ("qualifier", "exact"), ("target_id", ""), ("label_en", ""),
                            ("verified", "")):
        if column not in df.columns:
            df[column] = default
    df["value"] = df["value"].astype(float)
    return df


def read_targets_file(source, where: str) -> pd.DataFrame:
    """A targets CSV (``source``: a path or a package resource; ``where``: its name in messages), validated."""
    example = "members_new,Bình Phước,2023,year,2.100,hội viên,Kết nạp 2.100 hội viên mới,NQ tỉnh"
    return _validate_targets(_read_config(source, where, TARGET_COLUMNS, "target", example))
