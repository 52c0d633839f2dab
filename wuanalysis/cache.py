"""The extraction cache: what each report yielded, kept in the output folder so that a re-run reads only what
changed.

An entry is keyed by the SHA-256 of the file's bytes; the whole cache is valid for one *fingerprint* of the
extractor (the tool's version and the source and data files of the package that extraction depends on, so an
edited extractor never serves stale rows, even before the version is bumped). A file's entry holds its document
row (without ``doc`` and ``path``, which depend on where the file was found, not on what it says), its compressed
text and its facts (without ``doc`` and ``fact_id``). Files that could not be read are not cached: they are rare,
and their reasons name their paths. The size cap (``--max-mb``) is checked before the cache is asked, so it needs
no part of the key.

On disk: ``.wuanalysis/extract/`` in the output folder holds ``meta.json`` (format, fingerprint, the facts'
files), ``documents.parquet`` and the facts in ``facts.parquet``, ``facts-00001.parquet`` … (one row per fact,
with the ``key`` of its file; a file's facts are all in one of them). ``meta.json`` is removed first and written
last, so a build killed half-way leaves no cache that looks whole. A build saves into its new folder
(:meth:`ExtractionCache.start`): the facts are written a few thousand at a time as the reports are read
(:meth:`ExtractionCache.put`), not held until the end.
"""
from __future__ import annotations

import hashlib
import json
import os
import re
from collections import OrderedDict
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import pyarrow as pa

FORMAT = 3  # 2: the sentence of a fact is dictionary-encoded; 3: the facts in files of a few thousand
FOLDER = "extract"


# Data files only scores and pages read (every other data file counts for extraction).
_DOWNSTREAM_DATA = frozenset({"labels.csv", "targets.csv", "clusters.csv"})


# ``from .name import …``, ``from . import a, b`` (parenthesised over lines, too) and ``from wuanalysis.name import …``
_IMPORT = re.compile(r"^[ \t]*from[ \t]+(?:\.(?!\.)|wuanalysis\.)(\w*)[\w.]*[ \t]+import[ \t]+(\([^)]*\)|[^\n]*)",
                     re.MULTILINE)


def extraction_modules(package: Path) -> frozenset[str]:
    """The package's modules a worker's extraction runs: ``corpus`` and everything it imports, transitively (relative
    imports anywhere in a module, as ``tests/test_architecture.py`` walks them). Derived, not listed, so a module
    added later counts exactly when extraction uses it, and editing a page module keeps the cache. The imports are
    found by a pattern over each module's lines, not by parsing it (every build and no-change re-run asks: parsing
    ~30 modules was 0.1–0.2 s of CPU); a line in a docstring that reads like an import can only add a module."""
    return _extraction_modules(str(package), tuple(
        (p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in sorted(Path(package).glob("*.py"))))


@lru_cache(maxsize=4)
def _extraction_modules(package: str, _stamps: tuple) -> frozenset[str]:
    seen: set[str] = set()
    todo = ["corpus"]
    while todo:
        name = todo.pop()
        path = Path(package) / f"{name}.py"
        if name in seen or not path.exists():
            continue
        seen.add(name)
        for module, names in _IMPORT.findall(path.read_text(encoding="utf-8")):
            if module:
                todo.append(module)
            else:  # from . import a, b as c  # comment
                names = re.sub(r"#[^\n]*", "", names).strip("()")
                todo.extend(part.split()[0] for part in names.split(",") if part.split())
    return frozenset(f"{name}.py" for name in seen)


@lru_cache(maxsize=2)
def fingerprint(everything: bool = False) -> str:
    """The tool's version and a digest of the package's code and data that extraction depends on (with
    ``everything``: all of it, which a whole build depends on)."""
    from . import __version__

    package = Path(__file__).resolve().parent
    used = extraction_modules(package)
    digest = hashlib.sha256(f"wuanalysis {__version__} cache {FORMAT}".encode())
    for path in sorted([*package.glob("*.py"), *package.glob("data/*.csv"), *package.glob("data/*.json")]):
        counts = path.name in used if path.suffix == ".py" else path.name not in _DOWNSTREAM_DATA
        if everything or counts:
            digest.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return f"{__version__}+{digest.hexdigest()[:16]}"


def file_key(path: str | os.PathLike, max_bytes: int) -> tuple[str | None, int | None]:
    """(SHA-256 of the file's bytes, its size), or (None, size) when it is over ``max_bytes`` or cannot be read:
    such a file goes to the reader, which says why."""
    try:
        size = os.stat(path).st_size
        if size > max_bytes:
            return None, size
        digest = hashlib.sha256()
        with open(path, "rb") as handle:
            for chunk in iter(lambda: handle.read(1 << 20), b""):
                digest.update(chunk)
    except OSError:
        return None, None
    return digest.hexdigest(), size


class ExtractionCache:
    """The entries found in ``folder`` (``out/.wuanalysis``) for the current fingerprint.

    ``documents`` is a dict key → document row (a dict with ``text_z``, the zlib-compressed text) and ``spans`` a
    dict key → (facts file, first row, number of rows) in it; a file's facts are read when :meth:`get` asks."""

    def __init__(self, folder: str | os.PathLike, *, load: bool = True):
        self.folder = Path(folder) / FOLDER
        self.documents: dict[str, dict] = {}
        self.spans: dict[str, tuple[int, int, int]] = {}  # key -> (facts file, first row, rows)
        self._names: list[str] = []  # the facts' files
        self._chunks: OrderedDict = OrderedDict()  # the facts' files read last
        self._misses = 0
        self.pending: dict[str, tuple[dict, pa.Table]] | None = None  # what the last read found, to be saved
        self.save_into: Path | None = None  # an out/.wuanalysis where a build's entries are written as they come
        self._stream: _Stream | None = None
        self._put: dict[str, tuple[dict, pa.Table]] = {}
        self._failed = False
        if load:
            self._load()

    def _load(self) -> None:
        import pyarrow.compute as pc
        import pyarrow.parquet as pq

        try:
            meta = json.loads((self.folder / "meta.json").read_text(encoding="utf-8"))
            if meta.get("format") != FORMAT or meta.get("fingerprint") != fingerprint():
                return
            documents = pq.read_table(self.folder / "documents.parquet")
            spans: dict[str, tuple[int, int, int]] = {}
            for number, name in enumerate(meta["facts"]):  # only the keys now: a file's facts when asked for
                keys = pq.read_table(self.folder / name, columns=["key"]).column("key").combine_chunks()
                if not len(keys):
                    continue
                # facts of one file are consecutive: where the key changes
                starts = [0, *(pc.indices_nonzero(pc.not_equal(keys[1:], keys[:-1])).to_numpy() + 1).tolist()]
                ends = [*starts[1:], len(keys)]
                for first, end, key in zip(starts, ends, keys.take(starts).to_pylist()):
                    spans[key] = (number, first, end - first)
        except (OSError, ValueError, KeyError):  # no cache yet, or one we cannot read: it is only a cache
            return
        except Exception:  # pyarrow's errors for a damaged file (ArrowInvalid is a ValueError, but not all are)
            return
        rows = documents.to_pylist()
        self.documents = {row.pop("key"): row for row in rows}
        self.spans, self._names = spans, list(meta["facts"])

    def row(self, key: str) -> dict:
        """The document row of the file with this key (:meth:`has` it first); its facts are not read."""
        return self.documents[key]

    def ref(self, key: str) -> CachedFacts | None:
        """Where the facts of the file with this key are (None when it has none): a build's new cache links that
        file instead of writing them again, and a measuring worker reads them from it."""
        if key not in self.spans:
            return None
        number, first, n = self.spans[key]
        return CachedFacts(str(self.folder / self._names[number]), first, n)

    def has(self, key: str | None) -> bool:
        """Whether the file with this key was extracted before (its facts are not read)."""
        return key is not None and key in self.documents

    def get(self, key: str | None):
        """(document row, facts table or None when it has none) of the file with this key, or None (also when its
        facts cannot be read). The facts are read from the cache's files a file of a few thousand at a time, as
        the files are asked for in the order they were saved; a cache asked in another order is read whole."""
        if key is None or key not in self.documents:
            return None
        row = self.documents[key]
        if key not in self.spans:
            return row, None
        number, first, n = self.spans[key]
        try:
            table = self._chunk(number)
        except (OSError, ValueError, KeyError):
            return None
        except Exception:  # pyarrow's errors for a damaged file
            return None
        return row, table.slice(first, n)

    def _chunk(self, number: int):
        import pyarrow.parquet as pq

        if number in self._chunks:
            self._chunks.move_to_end(number)
            return self._chunks[number]
        self._misses += 1
        table = pq.read_table(self.folder / self._names[number])
        table = table.drop_columns(["key"])
        self._chunks[number] = table
        keep = len(self._names) if self._misses > len(self._names) + 8 else 2  # asked out of order: keep all
        while len(self._chunks) > keep:
            self._chunks.popitem(last=False)
        return table

    def start(self, new: bool = True) -> None:
        """A read begins: the entries :meth:`put` gives are this run's. With :attr:`save_into` set and a file ``new``
        (else what was loaded is linked, or a subset rewritten, by :meth:`save`), they are written there as they
        come, a few thousand facts a file, and only the document rows are kept until :meth:`save`."""
        self._put, self.pending, self._failed = {}, None, False
        if self.save_into is not None and new:
            try:
                self._stream = _Stream(Path(self.save_into) / FOLDER, self._next_number(), self._names)
            except OSError:  # held until save, which says nothing either: it is only a cache
                self._stream = None

    def _next_number(self) -> int:
        """The number of the next facts file: after the files loaded, which a new cache may link."""
        numbers = [int(name[6:11]) if name != "facts.parquet" else 0 for name in self._names]
        return max(numbers, default=-1) + 1

    def put(self, key: str, entry: dict, table) -> None:
        """A file's entry (document row, facts table, or :class:`CachedFacts` where its facts already are: a
        build's new cache links that file) found by this run."""
        if key in self._put or (self._stream is not None and key in self._stream.keys):
            return  # the same bytes under two paths: one entry
        if self._stream is not None:
            try:
                self._stream.add(key, entry, table)
            except OSError:  # a cache that cannot be written costs time on the next run, nothing else
                self._stream, self._failed = None, True
        elif not self._failed:
            self._put[key] = (entry, table)

    def stop(self) -> None:
        """The read is over: :attr:`pending` holds its entries for :meth:`save` (None when they are being written
        as they come: :meth:`save` finishes that)."""
        self.pending = None if self._stream is not None or self._failed else self._put
        self._put = {}

    def save(self, entries: dict[str, tuple[dict, pa.Table]] | None = None,
             folder: str | os.PathLike | None = None) -> None:
        """Write ``entries`` (key → (document row, facts table); default: ``pending``) as the cache in ``folder``
        (an ``out/.wuanalysis``; default: where it was loaded from). When they are exactly the entries loaded, the
        files loaded are linked (or copied) there instead, or left alone. When they were written as they came
        (:meth:`start`), only the documents table and ``meta.json`` are left to write."""
        if self._stream is not None and entries is None:
            stream, self._stream = self._stream, None
            stream.close()
            return
        entries = self.pending if entries is None else entries
        if entries is None:
            return
        target = self.folder if folder is None else Path(folder) / FOLDER
        target.mkdir(parents=True, exist_ok=True)
        if set(entries) == set(self.documents) and self._names:
            if target.resolve() != self.folder.resolve():
                meta = json.loads((self.folder / "meta.json").read_text(encoding="utf-8"))
                for name in ("documents.parquet", *meta["facts"], "meta.json"):
                    link_or_copy(self.folder / name, target / name)
            return
        stream = _Stream(target, self._next_number(), self._names)
        for key, (entry, table) in entries.items():
            stream.add(key, entry, table)
        stream.close()


CHUNK_FACTS = 16_384  # facts written to the cache at a time (a file each)


class CachedFacts:
    """A file's facts where a cache holds them: rows ``first`` to ``first + rows`` of the facts file ``path``. It
    pickles (a measuring worker reads them: :func:`wuanalysis.facts_parts.read_facts`)."""

    def __init__(self, path: str, first: int, rows: int):
        self.path, self.first, self.rows = path, first, rows

    @property
    def num_rows(self) -> int:
        return self.rows

    def read(self, columns=None):
        """The facts, as the cache keeps them (without ``key``)."""
        import pyarrow.parquet as pq

        table = pq.read_table(self.path, columns=columns)
        return table.slice(self.first, self.rows)


class _Stream:
    """The cache being written into ``folder`` (an ``extract`` folder) an entry at a time: ``meta.json`` and the
    facts files there are removed first; the facts go out in files of about :data:`CHUNK_FACTS` facts, numbered
    from ``start``; an entry whose facts are in a file of the cache loaded (:class:`CachedFacts`) links that file
    instead (it may also hold facts of files read no more: a few, kept until no entry needs the file); ``rows``
    keeps each entry's document row for the documents table."""

    def __init__(self, folder: Path, start: int = 0, order: list[str] | None = None):
        folder.mkdir(parents=True, exist_ok=True)
        for old in [folder / "meta.json", *folder.glob("facts*.parquet")]:
            old.unlink(missing_ok=True)
        self.folder = folder
        self.rows: dict[str, dict] = {}
        self.keys = self.rows.keys()
        self.names: list[str] = []
        self._linked: dict[str, str] = {}  # files of the cache loaded that entries' facts are in: name -> path
        self._live: dict[str, set[str]] = {}  # the keys each linked file still serves, and their facts
        self._live_rows: dict[str, int] = {}
        self._start, self._order = start, order or []
        self._held: list[tuple[str, pa.Table]] = []
        self._n = 0

    def add(self, key: str, entry: dict, table) -> None:
        self.rows[key] = entry
        if isinstance(table, CachedFacts):
            name = Path(table.path).name
            if name not in self._linked:
                link_or_copy(Path(table.path), self.folder / name)
                self._linked[name] = table.path
            self._live.setdefault(name, set()).add(key)
            self._live_rows[name] = self._live_rows.get(name, 0) + table.rows
        elif table is not None and table.num_rows:
            self._held.append((key, table))
            self._n += table.num_rows
            if self._n >= CHUNK_FACTS:
                self._flush()

    def close(self) -> None:
        """What is held written, then the documents table and ``meta.json`` (last: the cache is whole)."""
        import pyarrow as pa

        if self._held:
            self._flush()
        self._compact()
        _write_documents(pa.Table.from_pylist([{"key": k, **row} for k, row in self.rows.items()]), self.folder)
        _write_meta(self.folder, [name for name in self._order if name in self._linked] + self.names)

    def _compact(self) -> None:
        """A linked file that serves less than half its facts (the others' files were changed or removed) written
        again with only those it serves, so a cache kept over many builds stays about the size of its facts."""
        import pyarrow.compute as pc
        import pyarrow.parquet as pq

        for name in self._linked:
            path = self.folder / name
            if 2 * self._live_rows.get(name, 0) >= pq.read_metadata(path).num_rows:
                continue
            table = pq.read_table(path)
            table = table.filter(pc.is_in(table.column("key"), value_set=_strings(sorted(self._live[name]))))
            path.unlink()  # the link: the loaded cache's file stays as it was
            pq.write_table(table, path)

    def _flush(self) -> None:
        import numpy as np
        import pyarrow as pa
        import pyarrow.parquet as pq

        keys = [k for k, _ in self._held]
        lengths = [t.num_rows for _, t in self._held]
        facts = pa.concat_tables([t for _, t in self._held], promote_options="permissive")
        facts = facts.append_column("key", pa.array(np.repeat(np.array(keys, dtype=object), lengths), pa.string()))
        number = self._start + len(self.names)
        name = f"facts-{number:05d}.parquet" if number else "facts.parquet"
        pq.write_table(facts, self.folder / name)
        self.names.append(name)
        self._held, self._n = [], 0


def _strings(values: list[str]):
    import pyarrow as pa

    return pa.array(values, pa.string())


def _write_documents(documents, target: Path) -> None:
    import pyarrow.parquet as pq

    temporary = target / ".documents.parquet.tmp"
    pq.write_table(documents, temporary)
    os.replace(temporary, target / "documents.parquet")


def _write_meta(target: Path, names: list[str]) -> None:
    temporary = target / ".meta.json.tmp"
    temporary.write_text(json.dumps({"format": FORMAT, "fingerprint": fingerprint(), "facts": names}) + "\n",
                         encoding="utf-8")
    os.replace(temporary, target / "meta.json")


def link_or_copy(source: Path, target: Path) -> None:
    """``target`` made a hard link to ``source`` (a copy where links cannot be made), replacing what was there."""
    import shutil

    try:
        target.unlink()
    except FileNotFoundError:
        pass
    try:
        os.link(source, target)
    except OSError:
        shutil.copy2(source, target)
