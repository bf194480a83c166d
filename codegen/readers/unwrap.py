"""Documents that arrive wrapped in another view, unwrapped before any reader sees them.

A package registry's diff view prints every line of a file as five lines of frame
(``|``, ``|``, the line number, ``|``, ``+``/``-``/space) followed by the line itself. The new
version of the file is the added and context lines, in order; line numbers in diagnostics then
refer to the embedded file's own lines.
"""

from __future__ import annotations

import re

_FRAME = re.compile(r"^\|\n\|\n(\d+)\n\|\n([+ -])\n(.*)$", re.M)


def unwrap_diff_view(text: str) -> tuple[str, bool]:
    """The embedded file of a registry diff view; ``(text, False)`` when it is not one."""
    if text.count("\n|\n|\n") < 20:
        return text, False
    out: list[str] = []
    frames = 0
    for m in _FRAME.finditer(text):
        frames += 1
        if m.group(2) == "-":
            continue
        out.append(m.group(3))
    if frames < 20 or frames * 6 < text.count("\n") * 0.8:
        return text, False
    return "\n".join(out) + "\n", True
