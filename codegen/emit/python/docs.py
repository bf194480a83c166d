"""Readable docstring text from doc prose (plain text; templates escape it with ``docstring``)."""

from __future__ import annotations

import re
import textwrap
from functools import lru_cache

from codegen.model import Text

_FENCE = re.compile(r"^\s*(```|~~~)")
_HEADING = re.compile(r"(^|\s)#{1,6}\s+")
_LANG_MARK = re.compile(r"^\s*#\s*\[[^\]]*\]\s*$")
_EMPH = re.compile(r"\*\*|__|`")
_WIDTH = 88
_CTRL_SPACE = re.compile(r"[\t\n\r\x0b\x0c]")


def _wrap(text: str, width: int, initial_indent: str = "", **kw: object) -> list[str]:
    """``textwrap.wrap``, skipping its regex work for the common line that already fits."""
    if (
        text
        and len(initial_indent) + len(text) <= width
        and text == text.strip()
        and not _CTRL_SPACE.search(text)
    ):
        return [initial_indent + text]
    return textwrap.wrap(text, width, initial_indent=initial_indent, **kw)  # type: ignore[arg-type]


def first_line(t: Text | None, limit: int = 160) -> str:
    """One line of a description (whitespace collapsed, shortened to ``limit`` characters)."""
    if t is None or not t:
        return ""
    s = " ".join(_EMPH.sub("", t.text).split())
    return s if len(s) <= limit else s[: limit - 1].rstrip() + "…"


def trim(
    t: Text | None, max_lines: int = 10, width: int = _WIDTH, max_chars: int = 600
) -> list[str]:
    """The description cut to its opening lines: English half when bilingual, no code blocks,
    no markdown markers, wrapped to ``width``."""
    if t is None or not t:
        return []
    return list(_trimmed(t.en or t.text, max_lines, width, max_chars))


@lru_cache(maxsize=4096)
def _trimmed(src: str, max_lines: int, width: int, max_chars: int) -> tuple[str, ...]:
    """:func:`trim` of a text (once per process: a cold run asks for every route's while the
    models are made, see ``codegen.emit.python._meanwhile``, and its client and tests
    processes inherit the answers)."""
    out: list[str] = []
    in_fence = False
    for raw in src.splitlines():
        if _FENCE.match(raw):
            in_fence = not in_fence
            continue
        if in_fence or _LANG_MARK.match(raw):
            continue
        line = _EMPH.sub("", _HEADING.sub(r"\1", raw)).strip()
        if len(line) > max_chars:
            line = line[:max_chars].rsplit(" ", 1)[0] + " …"
        if not line:
            if out and out[-1]:
                out.append("")
            continue
        out.extend(_wrap(line, width, break_long_words=True) or [""])
        if len(out) >= max_lines:
            out = out[:max_lines]
            out.append("…")
            break
    while out and not out[-1]:
        out.pop()
    return tuple(out)


def method_doc(
    summary: Text,
    method: str,
    path: str,
    description: Text,
    params: list[tuple[str, str]],
    returns: str,
) -> str:
    """The whole docstring text of a route method."""
    lines = [first_line(summary, 200) or f"{method} {path}", "", f"``{method} {path}``"]
    body = trim(description)
    if body:
        lines += ["", *body]
    if params:
        lines += ["", "Args:"]
        for name, desc in params:
            lines += _wrap(
                f"{name}: {desc}" if desc else name,
                _WIDTH - 4,
                initial_indent="    ",
                subsequent_indent="        ",
            )
    lines += ["", "Returns:", f"    {returns}"]
    return "\n".join(lines)
