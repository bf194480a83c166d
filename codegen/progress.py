"""A progress bar for long runs: shown only on a terminal, never in CI or when piped."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

#: Show the bar only when at least this many documents still have to be parsed.
MIN_WORK = 4


def wanted() -> bool:
    return sys.stderr.isatty() and not os.environ.get("CI") and os.environ.get("TERM") != "dumb"


@contextmanager
def reading(enabled: bool | None = None) -> Iterator[Callable[[int, int], None] | None]:
    """Yield a ``progress(done, total)`` callback (or None when no bar should be drawn)."""
    if not (wanted() if enabled is None else enabled):
        yield None
        return
    state: dict[str, Any] = {}

    def update(done: int, total: int) -> None:
        if "bar" not in state:
            if total - done < MIN_WORK:
                return
            from rich.console import Console
            from rich.progress import Progress

            # no refresh thread: parsing may fork worker processes
            bar = Progress(console=Console(stderr=True), transient=True, auto_refresh=False)
            bar.start()
            state["bar"], state["task"] = bar, bar.add_task("reading documents", total=total)
        bar = state["bar"]
        bar.update(state["task"], completed=done, total=total)
        bar.refresh()

    try:
        yield update
    finally:
        if "bar" in state:
            state["bar"].stop()
