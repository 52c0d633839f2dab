"""A build's facts as they are read, and the targets read from them (:mod:`wuanalysis.build_steps` measures and
writes with them; only it and :mod:`wuanalysis.build` import this module).

:class:`StreamedFacts` takes the facts document by document as ``read_reports`` gives them: written to
``facts.parquet`` and ``facts.csv``, bucketed by province for the measuring workers, a re-run's unchanged reports'
rows copied from the previous build's tables, and the few facts the targets are read from kept. :func:`_targets` is
the targets table of a build (a re-run's unchanged reports' rows taken from the previous build:
:func:`_spliced_targets`); :func:`_documents_written` and :func:`_facts_closed` finish the facts' files and the
documents table while the workers measure.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from .output_folder import write_failure, write_tables

if TYPE_CHECKING:  # pandas is imported when a build runs: `import wuanalysis` stays cheap
    import pandas as pd


def _measured_columns() -> tuple[str, ...]:
    from .measures import MEASURED_FACT_COLUMNS

    return MEASURED_FACT_COLUMNS


def _facts_writer(staging: Path):
    """The writer of ``facts.parquet`` and ``facts.csv``, given the facts a part at a time as they are read."""
    import tempfile

    from .output_folder import csv_for_excel
    from .tables_io import PartsWriter

    spill = Path(tempfile.mkdtemp(prefix=".facts-", dir=staging))
    return PartsWriter(staging / "facts.parquet", staging / "facts.csv", spill, prepare=csv_for_excel)


class StreamedFacts:
    """A build's facts as they are read (``read_reports``'s ``facts_sink`` is :meth:`add`, its ``piece_sink`` is
    ``buckets.add``): written to ``facts.parquet`` and ``facts.csv`` (:func:`_facts_writer`), bucketed by province
    for the measuring workers (:class:`wuanalysis.facts_parts.FactsBuckets`, in a folder of the staging folder
    removed by :meth:`remove`), and the few facts the targets are read from (stated targets, results stated with
    their target) kept. No process holds the whole facts table."""

    def __init__(self, staging: Path, previous=None):
        import tempfile
        from collections import deque

        from .facts_parts import FactsBuckets
        from .facts_splice import FactsIndex

        self.writer = _facts_writer(staging)
        self.folder = Path(tempfile.mkdtemp(prefix=".facts-parts-", dir=staging))
        self.buckets = FactsBuckets(self.folder, _measured_columns())
        self._targets: list[pd.DataFrame] = []
        self._target_facts: pd.DataFrame | None = None
        self.failures: list | None = None  # what the writer could not write, once closed
        self._parquet = None  # facts.parquet being written by a worker (start_parquet)
        self.previous = previous  # the previous build's facts tables (facts_splice.PreviousFacts), or None
        self.index = FactsIndex()  # what this build's tables hold, document by document
        self._fresh: deque = deque()  # documents whose facts come to add() next: (doc, sha256, facts)
        self._run: list | None = None  # documents copied side by side: [csv start, length, rows, targets]
        self.text_targets: tuple | None = None  # this build's targets stated in the reports, documents' keys

    def reuse(self, doc: str, row: dict) -> bool:
        """Whether ``doc``'s rows are copied from the previous build's tables (``read_reports``'s ``reuse``)."""
        return self.previous is not None and self.previous.reusable(doc, row) is not None

    def piece(self, doc: str, table, row: dict) -> None:
        """A document's facts as they are read (``read_reports``'s ``piece_sink``): bucketed; a cached document's
        whose rows the previous build's tables hold are copied from them, in their place."""
        from .cache import CachedFacts
        from .facts_splice import PreviousRows

        self.buckets.add(doc, table, row)
        n = table.num_rows if table is not None else 0
        if not isinstance(table, CachedFacts):
            if n:
                self._fresh.append((doc, row["sha256"], n))
            return
        assert self.previous is not None
        found = self.previous.reusable(doc, row)
        assert found is not None, doc
        start, length, first, rows, filled = found
        targets = self.previous.target_range(doc)
        self.index.add(doc, row["sha256"], n, length, filled)
        run = self._run
        follows = targets[0] < 0 or run is not None and (run[3][0] < 0 or run[3][1] == targets[0])
        if run is not None and run[0] + run[1] == start and follows and run[2].extend(first, rows, filled):
            run[1] += length
            if targets[0] >= 0:
                run[3] = [run[3][0] if run[3][0] >= 0 else targets[0], targets[1]]
            return
        self._copy()
        self._run = [start, length, PreviousRows(self.previous.parquet, first, rows, filled, self.previous.columns),
                     list(targets)]

    def _copy(self) -> None:
        """The documents copied side by side so far, given to the writer (and their target facts kept)."""
        if self._run is None:
            return
        start, length, rows, targets = self._run
        self._run = None
        assert self.previous is not None
        self.writer.add_copied(rows.rows, self.previous.header, self.previous.csv, start, length, rows)
        if targets[1] > targets[0]:
            self._targets.append(self.previous.targets_between(*targets))
        self.index.header, self.index.columns = self.previous.header, self.previous.columns

    def done(self) -> None:
        """The reading is over."""
        self._copy()

    def add(self, frame: pd.DataFrame) -> None:
        import numpy as np
        import pandas as pd

        from .facts_splice import doc_starts, filled_bits

        self._copy()
        lengths: list = []
        self.writer.add(frame, lengths)
        starts = doc_starts(frame)
        docs = [self._fresh.popleft() for _ in range(len(starts))] if len(self._fresh) >= len(starts) else []
        if any(length is None for length in lengths) or [d for d, _s, _n in docs] != \
                frame["doc"].to_numpy()[starts].tolist():
            self.index.valid = False  # written by pandas: each document's length is not known
        if self.index.valid and len(frame):
            sizes = np.add.reduceat(np.concatenate(lengths), starts).tolist()
            columns = list(frame.columns)
            for (doc, sha, n), size, filled in zip(docs, sizes, filled_bits(frame, starts, columns)):
                self.index.add(doc, sha, n, size, filled)
            self.index.header, self.index.columns = self.writer.header, columns
        stated = frame["is_target"].fillna(False).astype(bool) | frame["target"].notna()
        if stated.any():
            columns = [c for c in frame.columns if c in _measured_columns()]
            rows = frame.loc[stated.to_numpy(), columns].reset_index(drop=True)
            shared = [c for c in rows.columns if isinstance(rows[c].dtype, pd.CategoricalDtype)]
            # the rows' own sentences: a part's categories are all its sentences (the corpus's, over the parts)
            self._targets.append(rows.assign(**{c: rows[c].astype(object) for c in shared}) if shared else rows)

    def target_facts(self) -> pd.DataFrame:
        """The facts :func:`wuanalysis.linking.compute_targets` reads (the rest give it nothing), in order."""
        import pandas as pd

        from .corpus import FACT_COLUMNS

        if self._target_facts is not None:
            return self._target_facts
        if not self._targets:
            frame = pd.DataFrame(columns=[c for c in FACT_COLUMNS if c in _measured_columns()])
        else:
            frame = pd.concat(self._targets, ignore_index=True) if len(self._targets) > 1 else self._targets[0]
        self._target_facts, self._targets = frame, []
        return frame

    def write_index(self, folder: Path, staging: Path) -> None:
        """What this build's facts tables hold, document by document, for the next build (facts_splice)."""
        try:
            self.index.write(folder, staging / "facts.csv", staging / "facts.parquet", self.target_facts(),
                             self.text_targets)
        except OSError:  # the next build formats every row again, nothing else
            pass

    def reader(self):
        """Each part's facts, read where it is measured (:func:`wuanalysis.facts_parts.read_facts`; it pickles)."""
        import functools

        from .facts_parts import read_facts

        return functools.partial(read_facts, str(self.folder), _measured_columns())

    def start_parquet(self, pool) -> None:
        """``facts.parquet`` written by one of ``pool``'s processes (from the parts spilled as the facts were read;
        the first task it is given, while the others measure): the parent is spared its row groups."""
        if pool is not None and self.writer.parquet not in self.writer.failed and self.writer.rows:
            self._parquet = pool.apply_async(self.writer.parquet_job())

    def close(self) -> list:
        """The facts' files finished (once; ``facts.parquet`` waited for, when a worker writes it): what could not
        be written."""
        from .facts_splice import forget

        if self.failures is None:
            handle, self._parquet = self._parquet, None
            try:
                self.failures = self.writer.close(run=(lambda _job: handle.get()) if handle is not None else None)
            finally:
                forget()  # written here (one process): the previous file is let go
        return self.failures

    def whole(self):
        """The measured columns of every fact, in order, read back from the buckets (when ``facts.parquet`` could
        not be written, the build keeps them in memory instead)."""
        from .facts_parts import read_all

        return read_all(self.folder, _measured_columns())

    def abort(self) -> None:
        self.writer.abort()
        self.remove()

    def remove(self) -> None:
        import shutil

        shutil.rmtree(self.folder, ignore_errors=True)



# the documents' columns a report's rows of the targets table depend on (with its facts: its text and the code)
_TARGET_KEY = ["doc", "sha256", "n_facts", "duplicate_of", "org_level", "province", "province_2025", "place",
               "period_year", "period_span", "period_label"]


def _targets(corpus, target_facts: pd.DataFrame, target_table, streamed: StreamedFacts) -> pd.DataFrame:
    """:func:`wuanalysis.linking.compute_targets` of the corpus, the rows stated in a report whose document is as
    it was in the previous build taken from that build's (:func:`_spliced_targets`), the others computed; the rows
    stated in the reports and each document's key kept for the next build."""
    import pandas as pd

    from .linking import compute_targets

    documents = corpus.documents
    keys = pd.DataFrame({"doc": documents["doc"].astype(object), "key": pd.util.hash_pandas_object(
        documents.reindex(columns=_TARGET_KEY).astype(str), index=False).to_numpy().astype("int64")})
    previous = streamed.previous.text_targets() if streamed.previous is not None else None
    rows = _spliced_targets(corpus, target_facts, target_table, keys, *previous) if previous is not None else None
    if rows is None:
        rows = compute_targets(documents, target_facts, target_table, corpus.texts)
    streamed.text_targets = (rows[rows["source"] == "text"].reset_index(drop=True), keys)
    return rows


def _spliced_targets(corpus, target_facts: pd.DataFrame, target_table, keys: pd.DataFrame, before: pd.DataFrame,
                     before_keys: pd.DataFrame) -> pd.DataFrame | None:
    """The targets table, the reports' rows of the documents whose key is unchanged taken from ``before`` (the
    previous build's, with its documents' keys ``before_keys``), the others' computed, each column typed as one
    frame of all the rows is (:func:`wuanalysis.target_table.compute_targets` makes its frame of plain rows);
    None when ``before`` lacks a column."""
    import numpy as np
    import pandas as pd

    from .catalogue import load_targets
    from .linking import TARGET_TABLE_COLUMNS, compute_targets, with_user_targets

    if list(before.columns) != TARGET_TABLE_COLUMNS:
        return None
    known = dict(zip(before_keys["doc"], before_keys["key"]))
    same = np.array([known.get(d) == k for d, k in zip(keys["doc"], keys["key"])], dtype=bool)
    kept = set(keys.loc[same, "doc"])
    documents = corpus.documents
    fresh = documents[~same]
    facts = target_facts[~target_facts["doc"].isin(kept)] if len(target_facts) else target_facts
    computed = compute_targets(fresh, facts, load_targets().iloc[0:0], corpus.texts) if len(fresh) else None
    parts = [before[before["doc"].isin(kept)]] + ([computed[computed["source"] == "text"]] if computed is not None
                                                   else [])
    rows = pd.concat([p for p in parts if len(p)], ignore_index=True) if any(len(p) for p in parts) else parts[0]
    place = dict(zip(documents["doc"], range(len(documents))))
    rows = rows.iloc[np.argsort(rows["doc"].map(place).to_numpy(), kind="stable")]
    # each column as pandas infers it from the rows' plain values, as compute_targets's frame of them is made
    plain = {c: [None if v is None or v is pd.NA or (isinstance(v, float) and v != v) else v
                 for v in rows[c].astype(object).tolist()] for c in rows.columns}
    records = [dict(zip(plain, values)) for values in zip(*plain.values())]
    frame = pd.DataFrame(records, columns=list(rows.columns)) if records else rows.iloc[0:0]
    return with_user_targets(frame, target_table)


def _documents_written(corpus, streamed: StreamedFacts, staging: Path, out: Path) -> list[dict]:
    """While the workers measure: ``facts.csv`` finished and the documents table written (its ``write_failed``
    rows)."""
    import pandas as pd

    from .corpus import FACT_COLUMNS

    streamed.writer.close_csv()
    tables = {"documents": corpus.documents}
    if not streamed.writer.rows:  # no figure at all: the empty table, as the whole frame writes it
        tables["facts"] = pd.DataFrame(columns=FACT_COLUMNS)
    return write_tables(tables, staging, out)


def _facts_closed(corpus, streamed: StreamedFacts, staging: Path, out: Path) -> list[dict]:
    """The facts' files finished (``facts.parquet`` waited for): their ``write_failed`` rows. When
    ``facts.parquet`` could not be written, the corpus keeps the facts' measured columns (read back from the
    buckets before they go)."""
    failures = streamed.close()
    if any(Path(path).name == "facts.parquet" for path, _exc in failures):
        corpus.facts = streamed.whole()  # they cannot be read back from the file
    return [write_failure(path, exc, staging, out) for path, exc in failures]
