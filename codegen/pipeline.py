"""Reading a set of documents into one API model: expand → load → read → merge.

``read_all`` consults an optional :class:`codegen.cache.Cache`: a document whose path and
decoded text were read before is not parsed again. Cache misses are parsed in worker
processes when there are enough of them to pay for the start-up.
"""

from __future__ import annotations

import itertools
import json
import os
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from codegen.merge import PrefixMap, combine
from codegen.model import Api, Diagnostic, ReadResult
from codegen.readers import Document, expand_paths, load_document, read_document

if TYPE_CHECKING:
    from concurrent.futures import Future, ProcessPoolExecutor

    from codegen.cache import Cache

#: progress(done, total) — called as documents are read.
Progress = Callable[[int, int], None]

#: Parse in worker processes only when at least this many documents miss the cache.
PARALLEL_MIN = 8


@dataclass
class Loaded:
    api: Api
    diagnostics: list[Diagnostic] = field(default_factory=list)

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.level == "error"]


def read_all(
    paths: Sequence[str],
    *,
    cache: Cache | None = None,
    progress: Progress | None = None,
    jobs: int | None = None,
) -> tuple[list[ReadResult], list[Diagnostic]]:
    files, diags = expand_paths(paths)
    rc = hits = None
    ahead: Iterable[Parsed] = ()
    ahead_of: set[str] = set()
    if cache is not None and cache.enabled:
        from codegen.cache.reads import ReadCache

        rc = ReadCache(cache, files)
        misses = [f for f in files if not rc.stored(f)]
        if misses and len(misses) < len(files):
            # the documents that changed are parsed in other processes while this one
            # loads the cached results of the rest (one file changed of 72: its 0.05 s of
            # parsing beside 0.17 s of loading)
            ahead = _parse(misses, files, jobs, now=True)
            ahead_of = set(misses)
        try:
            hits = rc.lookup()
        except BaseException:
            if isinstance(ahead, _Pending):
                ahead.close()
            raise
    results: dict[str, ReadResult] = {}
    load_diags: dict[str, list[Diagnostic]] = {}
    # entries the lookup refused (damaged, stale) are read here after all
    todo = [f for f in files if not (hits and f in hits) and f not in ahead_of]
    for f, hit in (hits or {}).items():
        load_diags[f], results[f] = hit
    total = len(results) + len(todo) + len(ahead_of)
    done = len(results)
    if progress and total:
        progress(done, total)
    for f, found_diags, res, dumped, siblings in itertools.chain(ahead, _parse(todo, files, jobs)):
        load_diags[f] = found_diags
        if res is None:
            continue
        results[f] = res
        if rc is not None:
            rc.store(f, found_diags, res, dumped, siblings)
        done += 1
        if progress:
            progress(done, total)
    out = []
    for f in files:
        diags.extend(load_diags.get(f, ()))
        if f in results:
            out.append(results[f])
            diags.extend(results[f].diagnostics)
    return out, diags


#: path, load diagnostics, the result (None: the file could not be loaded), its JSON when
#: already made, whether a reader of the document reads its siblings too
Parsed = tuple[str, list[Diagnostic], ReadResult | None, bytes | None, bool]


def _parse(
    todo: list[str], files: list[str], jobs: int | None, *, now: bool = False
) -> Iterable[Parsed]:
    """Load and read the documents ``todo`` (``files``: every document of the set, which
    readers of linked documents may look at, each loaded when first asked for). Worker
    processes read many documents; with ``now`` they start at once on as few as one (the
    caller has work of its own meanwhile)."""
    cpus = jobs or os.cpu_count() or 1
    workers = min(cpus, len(todo))
    if cpus >= 2 and workers and (now or len(todo) >= PARALLEL_MIN) and _can_fork():
        return _parse_parallel(todo, files, workers)
    return _parse_here(todo, files)


def _parse_here(todo: list[str], files: list[str]) -> Iterator[Parsed]:
    from codegen.cache.reads import uses_siblings

    docs = _Documents(files)  # a reader of a changed file may look at unchanged siblings
    for f in todo:
        doc, found = docs.load(f)
        if doc is None:
            yield f, found, None, None, False
        else:
            yield f, found, read_document(doc, docs), None, uses_siblings(doc)


def _can_fork() -> bool:
    import multiprocessing

    return "fork" in multiprocessing.get_all_start_methods()


class _Documents(Mapping[str, Document]):
    """The documents of a set, each loaded when first asked for (in a parse worker: its own
    documents, and the others only when a reader looks at siblings)."""

    def __init__(self, files: Sequence[str]) -> None:
        self._files = list(files)
        self._known = set(files)
        self._loaded: dict[str, tuple[Document | None, list[Diagnostic]]] = {}

    def load(self, path: str) -> tuple[Document | None, list[Diagnostic]]:
        if path not in self._loaded:
            self._loaded[path] = load_document(path)
        return self._loaded[path]

    def __getitem__(self, path: str) -> Document:
        doc = self.load(path)[0] if path in self._known else None
        if doc is None:
            raise KeyError(path)
        return doc

    def __iter__(self) -> Iterator[str]:
        return (f for f in self._files if self.load(f)[0] is not None)

    def __len__(self) -> int:
        return sum(1 for _ in self)


_SHARED = _Documents(())


_Read = tuple[str, str, bytes | None, bool]


def _read_one(path: str) -> _Read:
    """In a worker: load and read one document; (path, load diagnostics as JSON, the result
    as UTF-8 JSON or None, whether its reader looks at siblings). JSON crosses the pipe and
    is rebuilt (and cached) several times faster than a pickled model."""
    from codegen.cache.reads import dump, uses_siblings

    doc, found = _SHARED.load(path)
    diags = json.dumps([d.model_dump() for d in found], ensure_ascii=False)
    if doc is None:
        return path, diags, None, False
    return path, diags, dump(read_document(doc, _SHARED)), uses_siblings(doc)


def _parse_parallel(todo: list[str], files: list[str], workers: int) -> _Pending:
    """Load and read in forked workers, largest files first; each worker decodes what it
    reads (decoding 72 files took 0.09 s in this process before any worker could start).
    The workers start now; iterating the result collects what they read."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    global _SHARED
    _SHARED = _Documents(files)
    ctx = multiprocessing.get_context("fork")
    biggest_first = sorted(todo, key=lambda f: -_size(f))
    try:
        pool = ProcessPoolExecutor(max_workers=workers, mp_context=ctx)
        try:
            futures = [pool.submit(_read_one, f) for f in biggest_first]
        except BaseException:
            pool.shutdown(cancel_futures=True)
            raise
    finally:
        _SHARED = _Documents(())  # the workers have their own copy
    return _Pending(pool, futures)


class _Pending:
    """Documents being read in worker processes: iterate to collect them as they come."""

    def __init__(self, pool: ProcessPoolExecutor, futures: list[Future[_Read]]) -> None:
        self.pool = pool
        self.futures = futures

    def __iter__(self) -> Iterator[Parsed]:
        from concurrent.futures import as_completed

        try:
            for fut in as_completed(self.futures):
                path, diags, dumped, siblings = fut.result()
                found = [Diagnostic(**d) for d in json.loads(diags)]
                res = ReadResult.model_validate_json(dumped) if dumped is not None else None
                yield path, found, res, dumped, siblings
        finally:
            self.close()

    def close(self) -> None:
        """Stop the workers (what they have not started is dropped) and wait for them."""
        self.pool.shutdown(wait=True, cancel_futures=True)


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def load_api(
    paths: Sequence[str],
    *,
    prefix_map: PrefixMap = (),
    title: str | None = None,
    version: str | None = None,
    servers: Sequence[str] | None = None,
    description: str | None = None,
    cache: Cache | None = None,
    progress: Progress | None = None,
    precedence: Sequence[str] = (),
) -> Loaded:
    results, diags = read_all(paths, cache=cache, progress=progress)
    api, more = combine(
        results,
        prefix_map=prefix_map,
        title=title,
        version=version,
        servers=servers,
        description=description,
        precedence=precedence,
    )
    diags.extend(more)
    return Loaded(api, sort_diagnostics(diags))


def sort_diagnostics(diags: list[Diagnostic]) -> list[Diagnostic]:
    seen: set[tuple[str, int, str, str]] = set()
    out = []
    for d in sorted(diags, key=lambda d: (d.file, d.line, d.code, d.message)):
        k = (d.file, d.line, d.code, d.message)
        if k not in seen:
            seen.add(k)
            out.append(d)
    return out
