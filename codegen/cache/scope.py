"""The run in progress: its cache, a memo of per-API results and work finished in the background.

``generate`` plans every target of every API inside :func:`run`. Emitters then reach the
cache with :func:`active` (content-addressed entries: formatted files, generated models,
validation results, YAML fragments) and share per-API results with :func:`memo` (the OpenAPI
document is built once, not once per target). Outside a run nothing is memoised and the cache
is not used, so library calls (``render_package``, ``openapi.render``) behave as before.

:func:`defer` hands over work that runs beside the rest of the run (validating a spec in
another process); :func:`run` waits for all of it before returning, and re-raises the first
failure, so nothing is written unless every piece of deferred work succeeded.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, TypeVar

from codegen.cache import Cache

T = TypeVar("T")


@dataclass
class _Scope:
    cache: Cache | None
    memo: dict[tuple[Any, ...], Any] = field(default_factory=dict)
    #: objects the memo keys refer to by id(): kept alive so an id is never reused in a run
    pinned: list[Any] = field(default_factory=list)
    pending: list[Callable[[], None]] = field(default_factory=list)
    cleanup: list[Callable[[], None]] = field(default_factory=list)
    #: takes output files whose text is final, to stage them for writing (see staging)
    stager: Callable[[dict[str, str]], None] | None = None


_SCOPE: _Scope | None = None


@contextlib.contextmanager
def run(cache: Cache | None) -> Iterator[None]:
    """Plan inside this block; on a normal exit, every deferred job has finished successfully."""
    global _SCOPE
    outer, _SCOPE = _SCOPE, _Scope(cache if cache is not None and cache.enabled else None)
    scope = _SCOPE
    try:
        yield
        finish()
    finally:
        _SCOPE = outer
        for wait in [*scope.pending, *scope.cleanup]:  # after a failure: still reap
            with contextlib.suppress(Exception):
                wait()


#: cache writes started by :func:`later` and not yet finished
_LATER: list[threading.Thread] = []
#: set by a command that waits for :func:`later`'s writes itself, at its very end (the
#: ``codegen`` command: see ``codegen.cli.main``); otherwise they are done on the spot
WRITE_LATER = False


def later(job: Callable[[], None]) -> None:
    """Run ``job``, a cache write nothing in the run reads back, beside the rest of the run
    when :data:`WRITE_LATER` is set (the command waits with :func:`written_later`), else
    now. Storing a spec's YAML pieces meant encoding and writing 15 MB on 1,000 routes
    (0.045 s) while the run waited to write the tree."""
    if not WRITE_LATER:
        job()
        return
    t = threading.Thread(target=job, daemon=True)
    t.start()
    _LATER.append(t)


def written_later() -> None:
    """Wait for every write :func:`later` started."""
    while _LATER:
        _LATER.pop().join()


def staging(stager: Callable[[dict[str, str]], None] | None) -> None:
    """Let emitters hand the run's writer each output file as soon as its text is final
    (:func:`final`): the writer encodes and writes it beside the run (``generate``)."""
    if _SCOPE is not None:
        _SCOPE.stager = stager


def final(files: dict[str, str]) -> None:
    """Output files (paths relative to the output folder) whose text will not change in
    this run: staged now when the run stages its output (see :func:`staging`)."""
    if _SCOPE is not None and _SCOPE.stager is not None:
        _SCOPE.stager(files)


def finish() -> None:
    """Wait for the deferred work of the current run (raises the first failure)."""
    scope = _SCOPE
    if scope is None:
        return
    while scope.pending:
        wait = scope.pending.pop(0)
        wait()


def detach() -> None:
    """In a forked child: drop the deferred work and clean-ups inherited from the parent."""
    if _SCOPE is not None:
        _SCOPE.pending.clear()
        _SCOPE.cleanup.clear()
        _SCOPE.stager = None  # the parent's writer, whose thread is not in this process


def wind_up() -> None:
    """In a forked child: finish its own deferred work, then run its own clean-ups."""
    finish()
    scope = _SCOPE
    if scope is not None:
        while scope.cleanup:
            scope.cleanup.pop(0)()


def active() -> Cache | None:
    """The cache of the run in progress (None outside a run or when caching is off)."""
    return _SCOPE.cache if _SCOPE is not None else None


def in_run() -> bool:
    return _SCOPE is not None


def memo(key: tuple[Any, ...], obj: Any, compute: Callable[[], T]) -> T:
    """``compute()`` once per run for (``key``, the object ``obj``); plain call outside a run."""
    scope = _SCOPE
    if scope is None:
        return compute()
    full = (*key, id(obj))
    if full not in scope.memo:
        scope.memo[full] = compute()
        scope.pinned.append(obj)
    return scope.memo[full]  # type: ignore[no-any-return]


def on_exit(fn: Callable[[], None]) -> None:
    """Call ``fn`` when the run ends, however it ends (e.g. stop an unused helper process)."""
    if _SCOPE is not None:
        _SCOPE.cleanup.append(fn)


def recall(key: tuple[Any, ...], obj: Any) -> Any:
    """What :func:`memo` holds for (``key``, ``obj``) in this run, or None."""
    scope = _SCOPE
    return None if scope is None else scope.memo.get((*key, id(obj)))


def forget(key: tuple[Any, ...], obj: Any) -> None:
    """Drop what :func:`memo` holds for (``key``, ``obj``): big results no longer needed."""
    if _SCOPE is not None:
        _SCOPE.memo.pop((*key, id(obj)), None)


def forget_all(key: tuple[Any, ...]) -> None:
    """Drop every :func:`memo` entry made under ``key`` (whatever object it was for)."""
    scope = _SCOPE
    if scope is not None:
        n = len(key)
        for k in [k for k in scope.memo if k[:n] == key]:
            del scope.memo[k]


def defer(wait: Callable[[], None]) -> bool:
    """Register ``wait`` (blocks until a background job ends, raises on failure); False
    outside a run, where the caller must do the work itself."""
    if _SCOPE is None:
        return False
    _SCOPE.pending.append(wait)
    return True
