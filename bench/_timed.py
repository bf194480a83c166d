"""Run the codegen CLI with per-phase timings (read / openapi / python / formatting / write).

Usage: python bench/_timed.py TIMINGS.json codegen-args...  (the bench's cold run goes through
this wrapper; it is still one whole CLI process).
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from typing import Any

TIMINGS: dict[str, float] = {}


def _peak_mb(who: int) -> float:
    import resource

    return resource.getrusage(who).ru_maxrss / 1024


def _timed(name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    def wrapper(*a: Any, **k: Any) -> Any:
        t0 = time.perf_counter()
        try:
            return fn(*a, **k)
        finally:
            TIMINGS[name] = TIMINGS.get(name, 0.0) + time.perf_counter() - t0
            TIMINGS[f"rss_after_{name}"] = _peak_mb(0)

    return wrapper


def main() -> int:
    out, argv = sys.argv[1], sys.argv[2:]
    t0 = time.perf_counter()
    from codegen import cli, generate, output, regen

    plan = generate.plan
    generate.plan = lambda config, **kw: plan(config, **{**kw, "timings": TIMINGS})
    try:
        import codegen.emit.python as py
        from codegen.emit.python import format as fmt

        wrapped = _timed("format", fmt.format_package)
        fmt.format_package = wrapped
        py.format_package = wrapped  # type: ignore[attr-defined]
    except ImportError:
        pass
    # what is left of writing when the run commits (the spec files were staged meanwhile)
    output.TreeWriter.commit = _timed("write", output.TreeWriter.commit)  # type: ignore[method-assign]
    generate.load_apis = _timed("load", generate.load_apis)
    del regen
    rc = cli.main(argv)
    import resource

    TIMINGS["total"] = time.perf_counter() - t0
    # peak RSS of this process, and of the largest of its (finished) worker processes: a
    # forked worker's RSS counts the pages it shares with this process, so the two are
    # reported apart, never added
    TIMINGS["rss_main_mb"] = _peak_mb(resource.RUSAGE_SELF)
    TIMINGS["rss_workers_mb"] = _peak_mb(resource.RUSAGE_CHILDREN)
    with open(out, "w", encoding="utf-8") as fh:
        json.dump(TIMINGS, fh)
    return rc


if __name__ == "__main__":
    from codegen import cli

    cli.run(main)  # as the codegen command's process: its settings, and its end
