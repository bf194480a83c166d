"""A GFM table block rule for markdown-it-py that yields one token per row.

markdown-it-py's own table rule emits an ``inline`` token and two wrappers for every cell
(about 23 tokens for a 7-column row) and splits cells with a character loop. Contract documents
are mostly field tables, so that rule was most of the reading time. This rule accepts exactly the
tables the stock rule accepts (same delimiter-row checks, same terminators, same cell splitting
and escaping) but emits::

    table_open   map=[first, end]  meta={"header": [cells...]}
    table_row    map=[line, line+1] meta={"cells": [cells...]}    (one per body row)
    table_close

Cells are trimmed; ``\\|`` inside a cell is a literal pipe. A body row keeps the cells it has
(it is not padded to the header's width), so callers can report a short or long row.
"""

from __future__ import annotations

import re

from markdown_it import MarkdownIt
from markdown_it import rules_block as stock
from markdown_it.rules_block import StateBlock

# CommonMark whitespace for trimming, as the stock rule uses
_TRIM = " \t\n\r\f\v"
_DELIM_ROW = re.compile(r"(?:[|:][-|: \t]|-[-|:])[-|: \t]*")
_DELIM_CELL = re.compile(r":?-+:?")
_PIPE = re.compile(r"(?<!\\)\|")
#: A line can only start one of markdown-it's own block rules (fence, blockquote, hr, list,
#: html block, heading) when its first character is one of these.
_BLOCK_STARTERS = frozenset("`~>*-_+<#0123456789")
_STOCK_TERMINATORS = frozenset(
    {stock.fence, stock.blockquote, stock.hr, stock.list_block, stock.html_block, stock.heading}
)
#: the stock rule stops a table that would need more than this many padding cells
_MAX_PADDING = 0x10000


def split_cells(line: str) -> list[str]:
    """Cells of one table line: split on unescaped pipes, outer empty cells dropped, trimmed."""
    parts = _PIPE.split(line)
    if parts and parts[0] == "":
        parts.pop(0)
    if parts and parts[-1] == "":
        parts.pop()
    return [(p.replace("\\|", "|") if "\\|" in p else p).strip(_TRIM) for p in parts]


def _line(state: StateBlock, n: int) -> str:
    return state.src[state.bMarks[n] + state.tShift[n] : state.eMarks[n]]


def _delimiter_width(text: str) -> int:
    """Columns of a delimiter row (``| --- | :-: |``), or 0 when ``text`` is not one."""
    if not _DELIM_ROW.fullmatch(text):
        return 0
    cols = text.split("|")
    width = 0
    for i, c in enumerate(cols):
        t = c.strip(_TRIM)
        if not t:
            if i == 0 or i == len(cols) - 1:
                continue
            return 0
        if not _DELIM_CELL.fullmatch(t):
            return 0
        width += 1
    return width


def table_rows(state: StateBlock, start: int, end: int, silent: bool) -> bool:
    if start + 2 > end:
        return False
    delim = start + 1
    if state.sCount[delim] < state.blkIndent or state.is_code_block(delim):
        return False
    width = _delimiter_width(_line(state, delim))
    if not width:
        return False
    head = _line(state, start).strip(_TRIM)
    if "|" not in head or state.is_code_block(start):
        return False
    header = split_cells(head)
    if len(header) != width:
        return False
    if silent:
        return True

    parent = state.parentType
    state.parentType = "table"
    terminators = state.md.block.ruler.getRules("blockquote")
    # with only stock terminators, a row whose first character starts no block skips them
    prefilter = all(rule in _STOCK_TERMINATORS for rule in terminators)
    opened = state.push("table_open", "table", 1)
    opened.map = [start, 0]
    opened.meta = {"header": header}
    padding = 0
    n = start + 2
    while n < end:
        if state.sCount[n] < state.blkIndent:
            break
        first = state.src[state.bMarks[n] + state.tShift[n] : state.bMarks[n] + state.tShift[n] + 1]
        if (not prefilter or first in _BLOCK_STARTERS) and any(
            rule(state, n, end, True) for rule in terminators
        ):
            break
        text = _line(state, n).strip(_TRIM)
        if not text or state.is_code_block(n):
            break
        cells = split_cells(text)
        padding += width - len(cells)
        if padding > _MAX_PADDING:
            break
        row = state.push("table_row", "tr", 0)
        row.map = [n, n + 1]
        row.meta = {"cells": cells}
        n += 1
    state.push("table_close", "table", -1)
    opened.map[1] = n
    state.parentType = parent
    state.line = n
    return True


def use_row_tables(md: MarkdownIt) -> MarkdownIt:
    """Replace ``md``'s table rule with :func:`table_rows` (it must already be enabled)."""
    md.block.ruler.at("table", table_rows, {"alt": ["paragraph", "reference"]})
    return md
