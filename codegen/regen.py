"""``generate`` and ``check``: incremental runs, the breaking-change report, CI exit codes.

1. Whole-run cache: when config, sources, templates, formatter and codegen are all unchanged
   the cached manifest says what the tree must hold; if the disk already holds it, the run
   ends there — nothing is read, rendered or written.
2. Otherwise plan (documents that did not change come from the per-document cache), then
   compare each API's spec on disk with the new one, write the tree (only files whose bytes
   change), and write ``CHANGES.md`` when some spec changed — else keep the previous one.
3. ``--fail-on SEVERITY`` exits 1 *after* writing and printing the report: CI shows what
   changed and can upload the tree; a local run still leaves an up-to-date tree.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from codegen import memory
from codegen.cache import Cache, scope
from codegen.cache import runs as run_cache

if TYPE_CHECKING:
    from codegen.changes import Early
    from codegen.output import TreeWriter

EXIT_OK, EXIT_DRIFT, EXIT_USAGE = 0, 1, 2

PlanFn = Callable[[argparse.Namespace], Any]
PrintFn = Callable[[Sequence[Any], str], None]


@dataclass
class Run:
    """What a run produces, from the cache or from planning."""

    output: Path
    files: dict[str, str]
    apis: dict[str, int] = field(default_factory=dict)
    cached: bool = False
    label: str = "generated"
    documents: dict[str, dict[str, Any]] = field(default_factory=dict)  # planned specs
    early_reports: Early = field(default_factory=dict)  # see changes.early
    #: records the planned run in the cache, given the digests of its files when known
    save: Callable[[dict[str, str] | None], None] | None = None
    #: the files planning already staged for ``output`` (see :func:`codegen.generate.plan`)
    writer: TreeWriter | None = None


def _key(args: argparse.Namespace, cache: Cache, mode: str) -> str | None:
    if not cache.enabled:
        return None
    return run_cache.run_key(
        getattr(args, "config", None),
        list(args.templates or ()),
        getattr(args, "formatter", None),
        mode,
    )


def _from_cache(
    args: argparse.Namespace, cache: Cache, key: str | None, print_diags: PrintFn
) -> tuple[run_cache.Manifest, Path] | None:
    if key is None:
        return None
    manifest = run_cache.load(cache, key)
    found = run_cache.locate(getattr(args, "config", None))
    if manifest is None or found is None:
        return None
    print_diags(manifest.diagnostics, args.format)
    return manifest, found[0] / manifest.output


def _planned(args: argparse.Namespace, cache: Cache, key: str | None, plan: PlanFn) -> Run | None:
    config, result = plan(args)
    if result is None:
        return None
    apis = {name: len(api.routes) for name, api in result.apis.items()}
    if key is not None:
        diags = [
            run_cache.CachedDiag(d.level, d.file, d.line, d.code, d.message)
            for d in result.diagnostics
        ]
        manifest = run_cache.Manifest(config.output, apis=apis, diagnostics=diags)

        def save(digests: dict[str, str] | None) -> None:
            run_cache.save(cache, key, manifest, result.files, digests)
            if cache.prune_now():
                cache.prune(used_since=_STARTED)

    return Run(
        Path(config.output).absolute(),
        result.files,
        apis,
        label=config.output,
        documents=result.documents,
        early_reports=result.early_reports,
        save=save if key is not None else None,
        writer=getattr(result, "writer", None),
    )


#: set by the ``codegen`` command, whose process ends right after the run (``os._exit``): a
#: run's objects (route model, documents, file texts: hundreds of thousands of objects) are
#: then left to the exit instead of being freed one by one on the way out (0.05 s of a
#: one-file run on 1,000 routes)
KEEP_UNTIL_EXIT = False
_KEPT: list[Any] = []
#: entries the cache holds from before this moment and this run did not use may be pruned
_STARTED = time.time() - 1.0  # filesystem timestamps may be coarser than time.time()


def generate(args: argparse.Namespace, cache: Cache, plan: PlanFn, print_diags: PrintFn) -> int:
    key = _key(args, cache, "generate")
    hit = _from_cache(args, cache, key, print_diags)
    run: Run | None = None
    if hit is not None:
        manifest, root = hit
        if run_cache.tree_matches(root, manifest):
            _summary(manifest.apis, len(manifest.files), 0, cached=True)
            return EXIT_OK
        files = run_cache.files_of(cache, manifest)
        if files is not None:
            run = Run(root, files, manifest.apis, True, manifest.output)
    if run is None:
        run = _planned(args, cache, key, plan)
        if run is None:
            return EXIT_USAGE
    try:
        return _write(args, run)
    finally:
        if KEEP_UNTIL_EXIT:
            _KEPT.append(run)


def _write(args: argparse.Namespace, run: Run) -> int:
    from codegen import changes
    from codegen.diff.render import markdown, render
    from codegen.output import TreeWriter

    memory.release()  # planning is over: give its freed memory back before comparing trees
    writer = run.writer or TreeWriter(run.output, {})
    try:
        reports = changes.reports(
            run.output, run.files, run.documents, run.early_reports, writer.unchanged
        )
        files = dict(run.files)
        previous = run.output / changes.CHANGES
        if reports:
            files[changes.CHANGES] = markdown(reports)
        elif previous.is_file():
            files[changes.CHANGES] = previous.read_text(encoding="utf-8")
        touched = writer.commit(files)
    except BaseException:
        writer.abandon()
        raise
    fail_on = getattr(args, "fail_on", None)
    digests = writer.digests or {}
    if run.save is not None:
        save = run.save
        # storing the run's files in the cache (hashing and disk writes, which let go of
        # the GIL) goes on beside the rest; the command waits for it before it ends
        scope.later(lambda: save(digests))
    if reports:
        github = getattr(args, "format", "text") == "github"
        # on GitHub Actions: each change annotated at the line documenting its route
        sys.stderr.write(render(reports, "github" if github else "text", fail_on))
        if github:  # and the report in the job's summary
            from codegen.ghactions import add_to_step_summary

            add_to_step_summary(files[changes.CHANGES])
    _summary(run.apis, len(run.files), len(touched), cached=run.cached)
    if changes.fails(reports, fail_on):
        print(
            f"codegen: the spec changes include {args.fail_on} changes (--fail-on {args.fail_on})",
            file=sys.stderr,
        )
        return EXIT_DRIFT
    return EXIT_OK


def _summary(apis: dict[str, int], n: int, changed: int, *, cached: bool) -> None:
    routes = sum(apis.values())
    note = " (cached)" if cached else ""
    print(
        f"codegen: {len(apis)} API(s), {routes} routes, {n} files; {changed} changed{note}",
        file=sys.stderr,
    )


#: what ``check --format github`` says of a file of the output tree that is out of date
_DRIFT_TEXT = {
    "missing": "is missing: the contracts generate it",
    "drifted": "differs from what the contracts generate",
    "stale": "is no longer generated from the contracts",
}


def check(args: argparse.Namespace, cache: Cache, plan: PlanFn, print_diags: PrintFn) -> int:
    from codegen.output import changes, diff

    key = _key(args, cache, "generate")
    hit = _from_cache(args, cache, key, print_diags)
    run: Run | None = None
    if hit is not None:
        manifest, root = hit
        if run_cache.tree_matches(root, manifest):
            run = Run(root, {}, manifest.apis, True, manifest.output)
        else:
            files = run_cache.files_of(cache, manifest)
            run = Run(root, files, manifest.apis, True, manifest.output) if files else None
    if run is None:
        run = _planned(args, cache, key, plan)
        if run is None:
            return EXIT_USAGE
        if run.save is not None:
            run.save(None)
    label = run.label
    if run.cached and not run.files:
        print(f"codegen: {label}/ is up to date", file=sys.stderr)
        return EXIT_OK
    added, changed, removed = changes(run.output, run.files)
    if not (added or changed or removed):
        print(f"codegen: {label}/ is up to date", file=sys.stderr)
        return EXIT_OK
    github = getattr(args, "format", "text") == "github"
    for what, items in (("missing", added), ("drifted", changed), ("stale", removed)):
        for rel in items:
            if github:
                from codegen.ghactions import annotation

                line = annotation(
                    "error",
                    f"{label}/{rel} {_DRIFT_TEXT[what]}; run `make generate`",
                    file=f"{label}/{rel}",
                    title="codegen: generated file out of date",
                )
                print(line, file=sys.stderr)
            else:
                print(f"{what}: {label}/{rel}", file=sys.stderr)
    sys.stdout.write(diff(run.output, run.files, label))
    print("codegen: generated files are out of date; run `make generate`", file=sys.stderr)
    return EXIT_DRIFT
