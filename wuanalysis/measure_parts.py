"""The measurements a few provinces at a time, in the order of :func:`wuanalysis.measures.compute_measurements`.

Every rule of measuring compares rows of one place only: a measurement's key starts with its province (the
conflicts of :func:`wuanalysis.measures._flag_conflicts` are within one key), a stated rate is tied within its
report, and a result is linked to the targets of its own scope (level, province, place:
:func:`wuanalysis.linking.link_targets`). So the facts of a run of consecutive provinces (in the order measuring
sorts them, the reports without a province last) measure to exactly the rows the whole table gives them, and a
national build holds one part's frames at a time instead of the whole table's (1 million measurements at 20,000
reports). The figures' rows of each part come in order; the rows of stated rates that no figure carries come last
(as in :func:`~wuanalysis.measures.compute_measurements`), all parts' together.
"""
from __future__ import annotations

import zlib
from collections.abc import Iterator, Mapping

import numpy as np
import pandas as pd

from .linking import compute_targets
from .measures import MEASUREMENT_COLUMNS, measure_rows

PART_FACTS = 50_000  # facts measured at a time (whole provinces: a part ends after the province that reaches it)
STABLE_EVERY = 8  # a stable plan also ends a part after one province in about this many (see part_plan)


def measurement_parts(documents: pd.DataFrame, facts: pd.DataFrame, targets: pd.DataFrame | None = None,
                      texts: Mapping[str, str] | None = None, part_facts: int | None = None) -> Iterator[pd.DataFrame]:
    """The rows of ``compute_measurements(documents, facts, targets, texts)``, a part at a time, in its order
    (concatenated, they are its table), each of whole provinces and about ``part_facts`` facts (default
    :data:`PART_FACTS`). ``targets`` is computed once, for the whole corpus, when not a targets table already.
    Parts with no rows are not given; when the table is empty, one empty part is."""
    if facts.empty or "indicator" not in facts:
        yield pd.DataFrame(columns=MEASUREMENT_COLUMNS)
        return
    if targets is None or "cadence" not in targets:
        targets = compute_targets(documents, facts, targets, texts)
    orphans, given = [], False
    for docs, rows in part_plan(documents, facts, part_facts):
        out, n_figures = measure_rows(docs, facts.iloc[rows], targets, texts)
        if n_figures:
            given = True
            yield out.iloc[:n_figures]
        if len(out) > n_figures:
            orphans.append(out.iloc[n_figures:])
        del out
    if orphans:
        yield pd.concat(orphans, ignore_index=True) if len(orphans) > 1 else orphans[0]
    elif not given:
        yield pd.DataFrame(columns=MEASUREMENT_COLUMNS)


def part_plan(documents: pd.DataFrame, facts: pd.DataFrame, part_facts: int | None = None,
              stable: bool = False) -> Iterator[tuple[pd.DataFrame, np.ndarray]]:
    """The parts of :func:`measurement_parts`, in order: each part's documents (duplicates left out, as measuring
    leaves them out) and the positions of its facts in ``facts`` (in their order in the table). Each part is a run
    of whole provinces of about ``part_facts`` facts (default :data:`PART_FACTS`), the reports without a province
    last. ``facts`` needs only its ``doc`` column."""
    documents, named, doc_part = _provinces(documents)
    part_of = dict(zip(documents["doc"], doc_part.tolist()))
    fact_part = np.array([part_of.get(d, -1) for d in facts["doc"].tolist()], dtype=np.int64)
    order = np.argsort(fact_part, kind="stable")  # each province's facts, in their order in the table
    counts = np.bincount(fact_part[fact_part >= 0], minlength=len(named) + 1)
    skipped = int((fact_part < 0).sum())  # facts of no document (a duplicate's) sort first: left out
    for first, last in _runs(named, counts, part_facts, stable):
        docs = documents[((doc_part >= first) & (doc_part <= last))]
        yield docs, order[skipped + counts[:first].sum():skipped + counts[:last + 1].sum()]


def province_plan(documents: pd.DataFrame, part_facts: int | None = None,
                  stable: bool = False) -> Iterator[tuple[pd.DataFrame, list[str | None]]]:
    """The parts of :func:`part_plan`, the same bounds, from the documents alone (their ``n_facts``): each part's
    documents and its provinces in order (None: the reports without a province), for facts kept by province
    (:mod:`wuanalysis.facts_parts`) rather than in one table."""
    documents, named, doc_part = _provinces(documents)
    n_facts = documents["n_facts"].fillna(0).to_numpy(dtype=np.int64)
    counts = np.bincount(doc_part, weights=n_facts, minlength=len(named) + 1).astype(np.int64)
    for first, last in _runs(named, counts, part_facts, stable):
        docs = documents[((doc_part >= first) & (doc_part <= last))]
        yield docs, [named[k] if k < len(named) else None for k in range(first, last + 1)]


def _provinces(documents: pd.DataFrame) -> tuple[pd.DataFrame, list[str], np.ndarray]:
    """(the documents measured: duplicates left out, the provinces named in the order measuring sorts them (text
    order; the reports without one come after them), each document's place in that order)."""
    if "duplicate_of" in documents:
        documents = documents[documents["duplicate_of"].isna()]  # as compute_measurements: counted once
    provinces = documents["province"]
    named = sorted(set(provinces.dropna()))
    number = {p: i for i, p in enumerate(named)}
    doc_part = np.array([number.get(p, len(named)) if isinstance(p, str) else len(named) for p in provinces],
                        dtype=np.int64)
    return documents, named, doc_part


def _runs(named: list[str], counts: np.ndarray, part_facts: int | None, stable: bool) -> Iterator[tuple[int, int]]:
    """(first, last) province of each part: whole provinces up to about ``part_facts`` facts; a stable plan also
    ends a part after about one province in :data:`STABLE_EVERY`, chosen by a hash of its name, so new reports
    move the bounds only up to the next such province. The last part always holds the reports without a province."""
    part_facts = part_facts or PART_FACTS
    bounds = np.r_[0, np.cumsum(counts)]
    ends = [stable and zlib.crc32(p.encode("utf-8")) % STABLE_EVERY == 0 for p in named]
    first = 0
    while first <= len(named):
        last = first
        while last < len(named) and not ends[last] and bounds[last + 1] - bounds[first] < part_facts:
            last += 1
        yield first, last
        first = last + 1


def concat_parts(parts: list[pd.DataFrame]) -> pd.DataFrame:
    """The parts of :func:`measurement_parts` as one table (a fresh index)."""
    kept = [p for p in parts if len(p)]
    if not kept:
        return parts[0].reset_index(drop=True) if parts else pd.DataFrame(columns=MEASUREMENT_COLUMNS)
    return pd.concat(kept, ignore_index=True) if len(kept) > 1 else kept[0].reset_index(drop=True)
