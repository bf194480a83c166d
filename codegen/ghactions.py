"""GitHub Actions output: workflow-command annotations and the job's step summary.

An annotation is one line on stderr, ``::error file=F,line=N,title=T::message``; GitHub shows it
in the run and, when ``file`` is in the pull request, on the diff. Property values and the
message are escaped as the runner expects (``%``, line breaks, and ``:`` / ``,`` in
properties), so text from the docs can never start another command.
"""

from __future__ import annotations

import contextlib
import os

_MESSAGE = {"%": "%25", "\r": "%0D", "\n": "%0A"}
_PROPERTY = {**_MESSAGE, ":": "%3A", ",": "%2C"}


def _escape(text: str, table: dict[str, str]) -> str:
    return "".join(table.get(ch, ch) for ch in text)


def annotation(
    kind: str,
    message: str,
    *,
    file: str | None = None,
    line: int | None = None,
    title: str | None = None,
) -> str:
    """One workflow-command line (``kind``: ``error``, ``warning`` or ``notice``), no newline."""
    props = []
    if file:
        props.append(f"file={_escape(file, _PROPERTY)}")
        if line:
            props.append(f"line={line}")
    if title:
        props.append(f"title={_escape(title, _PROPERTY)}")
    head = f"::{kind} {','.join(props)}" if props else f"::{kind}"
    return f"{head}::{_escape(message, _MESSAGE)}"


def split_source(source: str) -> tuple[str | None, int | None]:
    """``file:line`` (or a bare file) → (file, line); ``""`` → (None, None)."""
    if not source:
        return None, None
    path, sep, tail = source.rpartition(":")
    if sep and path and tail.isdigit():
        return path, int(tail)
    return source, None


def add_to_step_summary(markdown: str) -> bool:
    """Append ``markdown`` to the job summary when the runner gives one
    (``GITHUB_STEP_SUMMARY``); whether it was written. A summary that cannot be written is
    skipped: the report is on stderr and in ``CHANGES.md`` anyway."""
    path = os.environ.get("GITHUB_STEP_SUMMARY")
    if not path:
        return False
    with contextlib.suppress(OSError):
        with open(path, "a", encoding="utf-8") as fh:
            fh.write(markdown if markdown.endswith("\n") else markdown + "\n")
        return True
    return False
