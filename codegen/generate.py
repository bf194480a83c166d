"""Planning the whole ``generated/`` tree from a config: every API through every target."""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from codegen import memory, pipeline
from codegen.cache import scope
from codegen.config import ApiConfig, Config
from codegen.emit import openapi
from codegen.model import Api, Diagnostic
from codegen.readers import expand_paths

if TYPE_CHECKING:
    from pathlib import Path

    from codegen.cache import Cache
    from codegen.changes import Early
    from codegen.output import TreeWriter

#: A target renders one API into files: (api, its config, the project config) → {path: text}.
Target = Callable[[Api, ApiConfig, Config], dict[str, str]]


def openapi_target(api: Api, cfg: ApiConfig, config: Config) -> dict[str, str]:
    return openapi.render(openapi.plan(api, cfg.name), list(config.templates) or None)


def _targets() -> list[tuple[str, Target]]:
    from codegen.emit.python import python_target
    from codegen.emit.tests import tests_target

    return [("openapi", openapi_target), ("python", python_target), ("tests", tests_target)]


def _prefetch(config: Config, apis: dict[str, Api]) -> None:
    """Start what can run beside the openapi target (the client's models) in the background."""
    from codegen.emit.python import prefetch

    for cfg in config.api:
        prefetch(apis[cfg.name], cfg)


#: Emit the client and its tests in a forked process beside the spec from this many routes on.
FORK_MIN_ROUTES = 200
#: Warm a model worker up during reading when the sources (of APIs with a client) are this big.
PRESTART_MIN_BYTES = 1 << 20


class _Forked:
    """Targets running in a forked child; :meth:`join` returns their files or re-raises.

    ``extra``: an answer file for a grandchild the child may start (the client's tests,
    beside the client, in a cold run). The grandchild then answers this process itself, and
    the child only waits for it to end: what it made is not read back and written again."""

    def __init__(self, pid: int, fd: int, extra: int | None = None) -> None:
        self.pid, self.fd, self.extra = pid, fd, extra

    def join(self) -> tuple[dict[str, str], dict[str, float], Early]:
        _, status = os.waitpid(self.pid, 0)  # the child waits for its grandchild
        try:
            outcome, payload, clock, made, at_fork = _read_answer(self.fd, status)
            if outcome == "error":
                raise payload
            if at_fork is not None and self.extra is not None:
                extra, self.extra = self.extra, None
                outcome, more, sub_clock, _, _ = _read_answer(extra, None)
                if outcome == "error":
                    raise more
                payload.update(more)
                for k in sub_clock.keys() | clock.keys():  # what each added since the fork
                    clock[k] = clock.get(k, 0.0) + sub_clock.get(k, 0.0) - at_fork.get(k, 0.0)
            return payload, clock, made
        finally:
            self._close_extra()

    def stop(self) -> None:
        import signal

        with contextlib.suppress(OSError):
            os.kill(self.pid, signal.SIGKILL)
        with contextlib.suppress(OSError):
            os.waitpid(self.pid, 0)
        with contextlib.suppress(OSError):
            os.close(self.fd)
        self._close_extra()

    def _close_extra(self) -> None:
        if self.extra is not None:
            with contextlib.suppress(OSError):
                os.close(self.extra)
            self.extra = None


def _read_answer(fd: int, status: int | None) -> tuple[str, Any, dict[str, float], Early, Any]:
    """(outcome, files or error, clock, early reports, the clock when the child forked a
    grandchild that answers for itself, or None) from an answer file, which is closed."""
    import pickle

    with os.fdopen(fd, "rb") as fh:
        fh.seek(0)  # the child's writes moved the offset both processes share
        data = fh.read()
    if not data:
        how = f"status {status}" if status is not None else "no answer from its tests"
        raise ForkedTargetError(f"client generation stopped unexpectedly ({how})")
    # our own child's answer, in a file only the processes of this run hold (in memory, or
    # unlinked as soon as it was made)
    outcome, payload, clock, made, *rest = pickle.loads(data)
    return outcome, payload, clock, made, rest[0] if rest else None


class ForkedTargetError(Exception):
    """The process emitting the client ended without an answer."""


def _fork_targets(
    config: Config,
    apis: dict[str, Api],
    targets: list[tuple[str, Target]],
    clock: dict[str, float],
    *,
    shared: bool = False,
    compare_with: Path | None = None,
    answer: int | None = None,
) -> _Forked | None:
    """Run ``targets`` for every API in a forked child while this process emits the specs.

    Only inside a run, on a platform that forks, with no other thread alive (a lock held by
    another thread would stay held in the child) and enough routes to pay for it. The spec
    document is built first, so both processes share it. ``shared``: called in such a child
    once the client context exists; the grandchild inherits it. ``compare_with``: the output
    folder whose specs the child compares with the planned ones (see :func:`changes.early`).
    ``answer``: the file the child answers in (by default one made for it).
    """
    import threading

    routes = sum(len(a.routes) for a in apis.values())
    if (
        not targets
        or not scope.in_run()
        or not hasattr(os, "fork")
        or routes < FORK_MIN_ROUTES
        or threading.active_count() > 1
    ):
        return None
    if not shared:
        for api in apis.values():
            openapi.document(api)
    made: list[int] = []
    try:
        if answer is None:
            answer = _answer_file()
            made.append(answer)
        # for a grandchild that answers this process itself (see _Forked)
        extra = None if shared else _answer_file()
        if extra is not None:
            made.append(extra)
        pid = os.fork()
    except OSError:
        for fd in made:
            os.close(fd)
        return None
    if pid:
        _let_go_of_model_worker()  # the child took the warmed-up model worker over
        return _Forked(pid, answer, extra)
    _child(config, apis, targets, answer, clock, shared, compare_with, extra)
    raise AssertionError("unreachable")  # _child never returns


def _answer_file() -> int:
    """A file, in memory where the platform has such files, that a forked child writes its
    answer to and the parent reads once the child has ended. Over a pipe, the 8 MB of client
    and tests of 1,000 routes crossed 64 KB at a time, each turn waiting for both processes
    (0.04 s of a one-file run); the child now writes at once and ends."""
    make = getattr(os, "memfd_create", None)
    if make is not None:
        with contextlib.suppress(OSError):
            fd: int = make("codegen-answer", getattr(os, "MFD_CLOEXEC", 0))
            return fd
    import tempfile

    fd, path = tempfile.mkstemp(prefix="codegen-answer-")
    with contextlib.suppress(OSError):
        os.unlink(path)  # the open descriptor keeps it until both processes are done
    return fd


def _child(
    config: Config,
    apis: dict[str, Api],
    targets: list[tuple[str, Target]],
    fd: int,
    clock: dict[str, float],
    shared: bool = False,
    compare_with: Path | None = None,
    extra: int | None = None,
) -> None:
    import pickle

    code = 0
    handed_over: dict[str, float] | None = None  # the clock when a grandchild took the tests
    try:
        scope.detach()  # the parent's background work and clean-ups are not ours
        _close_spare_validator()
        files: dict[str, str] = {}
        made: Early = {}
        if not shared:  # a grandchild finds the models made and memoised by its parent
            _prefetch(config, apis)
        if compare_with is not None:
            # while the models are made (or, with cached models, while the main process
            # is still busy with the spec): this process has the time, and the planned
            # documents; the specs on disk are not written before it answers
            from codegen import changes

            docs = {cfg.name: openapi.document(apis[cfg.name]) for cfg in config.api}
            made = changes.early(compare_with, docs)
        sub = None
        if len(targets) > 1:
            # the targets share the client's context (its models above all): make it once,
            # then, when the models had to be made (the targets' caches are likely cold
            # too), the later targets run in a grandchild beside the first. With warm
            # caches they are quick, and a grandchild would cost more than it saves: every
            # page of the inherited heap it touches is copied (measured: tests from cached
            # chunks take 0.07 s of CPU here, 0.29 s in a grandchild, on 1,000 routes).
            if any(name == "tests" for name, _ in targets):
                _prepare_tests(config, apis)
            _client_context(config, apis)
            at_fork = dict(clock)
            if _models_made():
                sub = _fork_targets(config, apis, targets[1:], clock, shared=True, answer=extra)
            if sub is not None:
                targets = targets[:1]
                if extra is not None:  # the grandchild answers the main process itself
                    handed_over = at_fork
        try:
            for cfg in config.api:
                for name, target in targets:
                    t0 = time.perf_counter()
                    files.update(target(apis[cfg.name], cfg, config))
                    clock[name] = clock.get(name, 0.0) + time.perf_counter() - t0
        except BaseException:
            if sub is not None:
                sub.stop()
            raise
        if sub is not None and handed_over is None:
            more, sub_clock, _ = sub.join()
            files.update(more)
            for k, v in sub_clock.items():
                clock[k] = clock.get(k, 0.0) + v - at_fork.get(k, 0.0)
        scope.wind_up()
        answer = pickle.dumps(
            ("ok", files, clock, made, handed_over), protocol=pickle.HIGHEST_PROTOCOL
        )
    except BaseException as exc:  # handed to the parent, which raises it
        try:
            answer = pickle.dumps(("error", exc, {}, {}))
            pickle.loads(answer)  # some exceptions cannot be rebuilt: send their text instead
        except Exception:
            failed = ForkedTargetError(f"{type(exc).__name__}: {exc}")
            answer = pickle.dumps(("error", failed, {}, {}))
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(answer)
        if handed_over is not None and sub is not None:
            os.waitpid(sub.pid, 0)  # its answer is complete when it has ended
    except BaseException:
        code = 1
    finally:
        os._exit(code)


def _client_context(config: Config, apis: dict[str, Api]) -> None:
    """Make (and memoise for this run) the client context of every API with a client."""
    from codegen.emit.python import context, package_name

    for cfg in config.api:
        if cfg.client:
            context(apis[cfg.name], package_name(cfg))


def _prepare_tests(config: Config, apis: dict[str, Api]) -> None:
    """While the models of an API are made in another process, the tests' work that needs
    none (see :func:`codegen.emit.tests.plan.prepare`)."""
    from codegen.emit.python import datamodels
    from codegen.emit.tests import plan as tests_plan

    for cfg in config.api:
        doc = openapi.document(apis[cfg.name])
        if cfg.client and datamodels.pending(doc):
            tests_plan.prepare(doc)


def _models_made() -> bool:
    from codegen.emit.python import datamodels

    return datamodels.made_in_run()


def _prestart_model_worker(config: Config, cache: Cache | None) -> None:
    """Warm a model worker up while documents are read, when models will likely have to be
    made (called when the cache holds no models yet, see :func:`_warm`): for sources large
    enough to pay for a process."""
    if cache is None or not cache.enabled:
        return
    size = 0
    for cfg in config.api:
        if not cfg.client:
            continue
        files, _ = expand_paths(config.source_paths(cfg))
        for f in files:
            with contextlib.suppress(OSError):
                size += os.stat(f).st_size
    if size >= PRESTART_MIN_BYTES:
        from codegen.emit.python import datamodels

        datamodels.prestart()


def _warm(cache: Cache | None) -> bool:
    """Whether an earlier run left models in ``cache`` (this run will likely find its work
    done, but for what changed)."""
    return cache is not None and cache.holds_any("models")


def _let_go_of_model_worker() -> None:
    from codegen.emit.python import datamodels

    datamodels.SPARE.release(reap=True)


def _close_spare_validator() -> None:
    """In a forked child: let go of the pipes to the parent's spec-validation worker."""
    openapi.SPARE.release(reap=False)


@dataclass
class Plan:
    files: dict[str, str] = field(default_factory=dict)
    diagnostics: list[Diagnostic] = field(default_factory=list)
    apis: dict[str, Api] = field(default_factory=dict)
    #: the OpenAPI document of each API, as planned (what its spec files show)
    documents: dict[str, dict[str, Any]] = field(default_factory=dict)
    #: change reports made while planning (see ``compare_with`` of :func:`plan`)
    early_reports: Early = field(default_factory=dict)
    #: the files staged for the output folder so far (see ``stage_in`` of :func:`plan`)
    writer: TreeWriter | None = None

    @property
    def errors(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.level == "error"]


def load_apis(
    config: Config,
    *,
    cache: Cache | None = None,
    progress: pipeline.Progress | None = None,
) -> tuple[dict[str, Api], list[Diagnostic]]:
    apis: dict[str, Api] = {}
    diags: list[Diagnostic] = []
    for cfg in config.api:
        loaded = pipeline.load_api(
            config.source_paths(cfg),
            prefix_map=tuple(cfg.prefix_map.items()),
            title=cfg.title,
            version=cfg.version,
            servers=cfg.servers or None,
            description=cfg.description,
            precedence=cfg.precedence,
            cache=cache,
            progress=progress,
        )
        diags.extend(loaded.diagnostics)
        if not loaded.api.routes and not loaded.errors:
            diags.append(
                Diagnostic(
                    level="error",
                    file=config.file,
                    line=0,
                    code="no-routes",
                    message=f"API {cfg.name!r}: its sources hold no routes",
                )
            )
        apis[cfg.name] = loaded.api
    return apis, diags


def plan(
    config: Config,
    *,
    cache: Cache | None = None,
    progress: pipeline.Progress | None = None,
    timings: dict[str, float] | None = None,
    compare_with: Path | None = None,
    stage_in: Path | None = None,
) -> Plan:
    """Read every API of ``config`` and render every target.

    ``cache`` skips re-reading unchanged documents and lets the emitters reuse work whose
    inputs did not change (see :mod:`codegen.cache.scope`); ``progress(done, total)`` is told as
    documents are read; ``timings`` (when given) receives seconds per phase:
    ``read`` and one entry per target (``openapi``, ``python``). ``compare_with``: the
    output folder whose specs are about to be replaced; when the client is emitted in
    another process, that process also compares them with the planned documents
    (:attr:`Plan.early_reports`). ``stage_in``: the output folder the files are for; the
    spec files are staged for it (:class:`codegen.output.TreeWriter`, :attr:`Plan.writer`) in
    another thread while the run waits for the client process and the spec validator.
    """
    clock = timings if timings is not None else {}
    result = Plan()
    try:
        return _plan(config, result, clock, cache, progress, compare_with, stage_in)
    except BaseException:
        if result.writer is not None:
            result.writer.abandon()
        raise


def _plan(
    config: Config,
    result: Plan,
    clock: dict[str, float],
    cache: Cache | None,
    progress: pipeline.Progress | None,
    compare_with: Path | None,
    stage_in: Path | None,
) -> Plan:
    with scope.run(cache):
        warm = _warm(cache)
        if warm:
            memory.keep_big_blocks()
        openapi.prestart()  # the spec validator warms up while documents are read
        if not warm:
            _prestart_model_worker(config, cache)  # and so does the model generator
        t0 = time.perf_counter()
        result.apis, result.diagnostics = load_apis(config, cache=cache, progress=progress)
        clock["read"] = clock.get("read", 0.0) + time.perf_counter() - t0
        if warm and cache is not None and cache.misses > cache.hits:
            memory.keep_big_blocks(False)  # most documents were read anew: a cold run after all
        if result.errors:
            return result
        targets = _targets()
        at_fork = dict(clock)
        forked = _fork_targets(
            config,
            result.apis,
            [t for t in targets if t[0] != "openapi"],
            clock,
            compare_with=compare_with,
        )
        if forked is not None:
            targets = [t for t in targets if t[0] == "openapi"]
        else:
            _prefetch(config, result.apis)
        for cfg in config.api:  # after the fork: the worker is talked to from a thread
            openapi.prove_units_soon(result.apis[cfg.name], cfg.name)
        if stage_in is not None:
            from codegen.output import TreeWriter

            result.writer = TreeWriter(stage_in, {})
            if warm:
                # each spec text is staged as soon as it is final (the JSON while the YAML
                # is rendered). Not in a cold run: its peak memory is the higher one, and
                # the JSON's bytes would be held through the YAML's rendering (+15 MB)
                scope.staging(result.writer.stage_soon)
        try:
            for cfg in config.api:
                api = result.apis[cfg.name]
                for name, target in targets:
                    t0 = time.perf_counter()
                    result.files.update(target(api, cfg, config))
                    clock[name] = clock.get(name, 0.0) + time.perf_counter() - t0
        except BaseException:
            if forked is not None:
                forked.stop()  # its work is of no use now: no orphan, no zombie
            raise
        result.documents = {cfg.name: openapi.document(result.apis[cfg.name]) for cfg in config.api}
        if result.writer is not None:
            result.writer.stage_soon(result.files)  # what is not staged yet
        if forked is not None:
            t0 = time.perf_counter()
            files, child_clock, result.early_reports = forked.join()
            result.files.update(files)
            if result.writer is not None:  # staged while the run waits for the validator
                result.writer.stage_soon(files)
            for k, v in child_clock.items():  # what the child added to its copy of the clock
                clock[k] = clock.get(k, 0.0) + v - at_fork.get(k, 0.0)
            clock["joined"] = clock.get("joined", 0.0) + time.perf_counter() - t0
        t0 = time.perf_counter()
        scope.finish()  # specs validated in the background: nothing is returned unproven
        waited = time.perf_counter() - t0
        clock["openapi"] = clock.get("openapi", 0.0) + waited
        clock["waited"] = clock.get("waited", 0.0) + waited
    return result
