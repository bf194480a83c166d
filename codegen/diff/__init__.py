"""Breaking-change reports: compare two OpenAPI documents route by route.

:func:`compare` returns a :class:`Report` — a sorted list of :class:`Change` values, each with a
severity (``breaking`` / ``non-breaking`` / ``info``) — and :func:`suggest_bump` turns it into a
semantic-version bump for the generated package. :mod:`codegen.diff.render` prints it as
markdown, text or JSON; :mod:`codegen.diff.load` reads a spec file (JSON or YAML).
"""

from __future__ import annotations

from codegen.diff.report import BREAKING, INFO, NON_BREAKING, Change, Report, suggest_bump
from codegen.diff.spec import compare

__all__ = [
    "BREAKING",
    "INFO",
    "NON_BREAKING",
    "Change",
    "Report",
    "compare",
    "suggest_bump",
]
