"""Table cells of generated API docs: row splitting, type cells, the ``Notes`` column.

Generated tables are regular but not always valid markdown: descriptions may hold ``|``
(``Code，HTTP status code | HTTP状态码``) and rows may or may not wrap in pipes. Rows are therefore
split here from their raw lines, with the table header deciding the pipe style.
"""

from __future__ import annotations

import ast
import html
import re
from dataclasses import dataclass
from typing import Any

_LINKED = re.compile(r"^\[\*{0,3}(?P<name>.*?)\*{0,3}\]\((?P<link>[^)]*)\)$")
_BOLD = re.compile(r"^(?:Pointer to )?\*{1,3}(?P<name>.*?)\*{1,3}$")
_DEFAULT = re.compile(r"\[default to (?P<v>.*?)\](?=\s*(?:\[|$))", re.S)
_DEFAULT_PROSE = re.compile(r"the server will use the default value of (?P<v>.+?)\s*$")
_ENUM = re.compile(r"\[enum: (?P<v>.*?)\](?=\s*(?:\[|$))", re.S)
_BOLD_NAME = re.compile(r"^\*{1,3}(.*?)\*{1,3}$")


def unescape(s: str) -> str:
    """HTML entities (``&#39;``, ``&#x60;``, ``&lt;``) and the generators' ``\\"`` quoting."""
    return html.unescape(s).replace('\\"', '"')


@dataclass(frozen=True)
class TypeCell:
    """A type as a doc writes it: ``[**list[str]**](str.md)`` → name ``list[str]``, link ``str.md``."""

    name: str
    link: str | None = None

    @property
    def model_link(self) -> str | None:
        """The linked model document, when the link names one (``.md`` alone names nothing)."""
        if not self.link:
            return None
        target = self.link.split("#", 1)[0]
        return target if target and not target.startswith(".md") and target != ".md" else None


@dataclass(frozen=True)
class Row:
    """One row of a ``Name | Type | Description | Notes`` table."""

    name: str
    type: TypeCell
    description: str
    notes: str
    line: int

    @property
    def optional(self) -> bool:
        return "[optional]" in self.notes.lower() or self.notes.strip().lower() == "optional"

    @property
    def default_raw(self) -> str | None:
        m = _DEFAULT.search(self.notes) or _DEFAULT_PROSE.search(self.notes)
        if m is None or m.group("v").strip().lower() in ("none", "null", "nil"):
            return None
        return m.group("v")

    @property
    def enum_raw(self) -> str | None:
        m = _ENUM.search(self.notes)
        return m.group("v") if m else None


def split_row(line: str, piped: bool) -> list[str]:
    """Cells of a raw table row; ``piped`` rows wrap in ``| … |`` (Java style)."""
    s = line.strip()
    if piped:
        s = s[1:] if s.startswith("|") else s
        s = s[:-1] if s.endswith("|") and not s.endswith("\\|") else s
    cells = re.split(r"(?<!\\)\|", s)
    return [c.strip().replace("\\|", "|") for c in cells]


def is_delimiter(line: str) -> bool:
    return bool(re.fullmatch(r"\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*", line))


def parse_type_cell(cell: str) -> TypeCell:
    s = unescape(cell.strip())
    m = _LINKED.match(s)
    if m:
        return TypeCell(m.group("name").strip("* "), m.group("link").strip())
    m = _BOLD.match(s)
    if m:
        return TypeCell(m.group("name").strip("* "))
    return TypeCell(s.strip("* "))


def parse_rows(lines: list[str], first_line: int) -> list[Row]:
    """Rows of a parameter/property table given its raw lines (header and delimiter included).

    ``first_line`` is the 1-based line number of ``lines[0]``.
    """
    if not lines:
        return []
    piped = lines[0].strip().startswith("|")
    rows: list[Row] = []
    for k, raw in enumerate(lines[1:], start=1):
        if not raw.strip() or is_delimiter(raw):
            continue
        cells = split_row(raw, piped)
        if len(cells) < 2:
            continue
        name_m = _BOLD_NAME.match(cells[0])
        name = unescape(name_m.group(1) if name_m else cells[0]).strip()
        if not name:
            continue
        if len(cells) >= 4:
            desc, notes = " | ".join(cells[2:-1]), cells[-1]
        else:
            desc, notes = (cells[2] if len(cells) > 2 else ""), ""
        rows.append(
            Row(name, parse_type_cell(cells[1]), unescape(desc).strip(), notes, first_line + k)
        )
    return rows


def literal(raw: str) -> Any:
    """A default/enum value as written in the notes: Python, Java or JSON literal, else text."""
    s = unescape(raw).strip()
    low = s.lower()
    if low in ("true", "false"):
        return low == "true"
    if low in ("null", "none", "nil"):
        return None
    try:
        return ast.literal_eval(s)
    except (ValueError, SyntaxError, MemoryError, RecursionError):
        pass
    if len(s) >= 2 and s[0] == s[-1] and s[0] in "\"'":
        return s[1:-1]
    return s
