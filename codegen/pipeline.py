"""Reading a set of documents into one API model: expand → load → read → merge.

``read_all`` consults an optional :class:`codegen.cache.Cache`: a document whose path and
decoded text were read before is not parsed again. Cache misses are parsed in worker
processes when there are enough of them to pay for the start-up.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from codegen.merge import PrefixMap, combine
from codegen.model import Api, Diagnostic, ReadResult
from codegen.readers import Document, expand_paths, load_document, read_document

if TYPE_CHECKING:
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
    if cache is not None and cache.enabled:
        from codegen.cache.reads import ReadCache, uses_siblings

        rc = ReadCache(cache, files)
        hits = rc.lookup()
    results: dict[str, ReadResult] = {}
    load_diags: dict[str, list[Diagnostic]] = {}
    docs: dict[str, Document] = {}
    for f in files:
        if hits and f in hits:
            load_diags[f], results[f] = hits[f]
            continue
        doc, load_diags[f] = load_document(f)
        if doc is not None:
            docs[f] = doc
    todo = [f for f in files if f in docs]
    if hits and any(uses_siblings(docs[f]) for f in todo):
        for f in hits:  # a reader of a changed file may look at unchanged siblings
            doc, _ = load_document(f)
            if doc is not None:
                docs[f] = doc
    total = len(results) + len(todo)
    done = len(results)
    if progress and total:
        progress(done, total)
    for f, res, dumped in _parse(todo, docs, jobs):
        results[f] = res
        if rc is not None:
            rc.store(docs[f], load_diags[f], res, dumped)
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


Parsed = tuple[str, ReadResult, str | None]  # path, result, its JSON when already made


def _parse(todo: list[str], docs: dict[str, Document], jobs: int | None) -> Iterator[Parsed]:
    workers = min(jobs or os.cpu_count() or 1, len(todo))
    if workers < 2 or len(todo) < PARALLEL_MIN or not _can_fork():
        return ((f, read_document(docs[f], docs), None) for f in todo)
    return _parse_parallel(todo, docs, workers)


def _can_fork() -> bool:
    import multiprocessing

    return "fork" in multiprocessing.get_all_start_methods()


_SHARED: dict[str, Document] = {}


def _read_one(path: str) -> tuple[str, str]:
    """In a worker: the result as JSON, which crosses the pipe and is rebuilt (and cached)
    several times faster than a pickled model."""
    from codegen.cache.reads import dump

    return path, dump(read_document(_SHARED[path], _SHARED))


def _parse_parallel(todo: list[str], docs: dict[str, Document], workers: int) -> Iterator[Parsed]:
    """Parse in forked workers (they inherit ``docs`` instead of receiving it); largest first."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed

    global _SHARED
    _SHARED = docs
    ctx = multiprocessing.get_context("fork")
    biggest_first = sorted(todo, key=lambda f: -len(docs[f].text))
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=ctx) as pool:
            futures = [pool.submit(_read_one, f) for f in biggest_first]
            for fut in as_completed(futures):
                path, dumped = fut.result()
                yield path, ReadResult.model_validate_json(dumped), dumped
    finally:
        _SHARED = {}


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
