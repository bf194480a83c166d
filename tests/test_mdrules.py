"""The fast markdown-it rules the contract reader uses accept exactly what the stock rules
accept: the same lists and tables, over the same lines, with the same text."""

from __future__ import annotations

from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token

from codegen.readers.mdlists import use_simple_bullets
from codegen.readers.mdtable import use_row_tables

RULES = ["heading", "table", "list", "blockquote", "fence", "code"]

LINES = [
    "- a",
    "- Summary: 获取/Fetch",
    "-  two spaces",
    "- # h",
    "- > q",
    "- - nested",
    "* star",
    "+ plus",
    "1. one",
    "",
    "",
    "text",
    "  indented",
    "    code",
    "#### Notes",
    "| Field | Type |",
    "| --- | --- |",
    "| a \\| b | `x` |",
    "a | b",
    "|:-:|--|",
    "> quote",
    "```",
    "- `code`",
    "-",
    "- ",
    "- x  ",
    "\t- tab",
    "---",
    " - one space",
    "  - two",
    "- a |b",
]

docs = st.lists(st.sampled_from(LINES), min_size=1, max_size=14).map("\n".join)


def _md(*, rows: bool, bullets: bool) -> MarkdownIt:
    md = MarkdownIt("zero").enable(RULES)
    md.disable("inline")
    if rows:
        use_row_tables(md)
    if bullets:
        use_simple_bullets(md)
    return md


STOCK, ROWS, FAST = (
    _md(rows=False, bullets=False),
    _md(rows=True, bullets=False),
    _md(rows=True, bullets=True),
)


def _sig(tokens: list[Token]) -> list[tuple[Any, ...]]:
    return [
        (t.type, t.tag, t.nesting, t.level, t.map, t.content, t.markup, t.hidden, t.info)
        for t in tokens
    ]


@settings(max_examples=400, deadline=None)
@given(docs)
def test_simple_bullets_give_the_stock_tokens(doc: str) -> None:
    assert _sig(FAST.parse(doc)) == _sig(ROWS.parse(doc))


def _tables_stock(tokens: list[Token]) -> list[tuple[Any, ...]]:
    """(table lines, header cells, [(row line, cells)]) per table, from the stock tokens."""
    out: list[tuple[Any, ...]] = []
    row: list[str] | None = None
    for t in tokens:
        if t.type == "table_open":
            out.append((t.map, [], []))
        elif t.type == "tr_open":
            row = []
            if out[-1][1]:  # the header is read: body rows follow
                out[-1][2].append((t.map, row))
        elif t.type == "inline" and row is not None:
            row.append(t.content)
        elif t.type == "tr_close" and row is not None:
            if not out[-1][1]:
                out[-1][1].extend(row)
            row = None
    return out


def _tables_rows(tokens: list[Token]) -> list[tuple[Any, ...]]:
    out: list[tuple[Any, ...]] = []
    for t in tokens:
        if t.type == "table_open":
            width = len(t.meta["header"])
            out.append((t.map, list(t.meta["header"]), []))
        elif t.type == "table_row":
            cells = (list(t.meta["cells"]) + [""] * width)[:width]  # the stock rule pads/cuts
            out[-1][2].append((t.map, cells))
    return out


@settings(max_examples=400, deadline=None)
@given(docs)
def test_row_tables_accept_the_stock_tables(doc: str) -> None:
    assert _tables_rows(ROWS.parse(doc)) == _tables_stock(STOCK.parse(doc))
    assert _sig(_outside_tables(ROWS.parse(doc))) == _sig(_outside_tables(STOCK.parse(doc)))


def _outside_tables(tokens: list[Token]) -> list[Token]:
    out, depth = [], 0
    for t in tokens:
        if t.type == "table_open":
            depth += 1
        elif t.type == "table_close":
            depth -= 1
        elif not depth:
            out.append(t)
    return out
