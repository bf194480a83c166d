"""The generated API doc as written: header, method table and one :class:`OpDoc` per operation.

This is the reader's own model of the format; :mod:`.convert` turns it into routes.

Operation sections are found from the method table's names, not by a markdown parser: an
operation's notes are arbitrary markdown (``# [中文] ### 用途: …`` at column 0, unclosed fences)
that must not be read as structure. The generated tail of each operation (``### Example`` …
``### HTTP request headers``) is regular and is walked as markdown-it block tokens.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from markdown_it import MarkdownIt

from codegen.readers.swagger_docs.cells import Row, is_delimiter, parse_rows, split_row, unescape

_TITLE = re.compile(r"^#\s+\\?(?:(?P<pkg>[\w.]+)\.)?(?P<cls>\w+)\s*$")
_BASE = re.compile(r"All URIs are relative to \*(?P<url>[^*]+)\*")
_TABLE_HEAD = re.compile(r"^\s*\|?\s*Method\s*\|\s*HTTP request\s*\|", re.I)
_TABLE_OP = re.compile(r"\[\*{0,2}(?P<op>\w+)\*{0,2}\]\((?P<link>[^)]*)\)")
_TABLE_REQ = re.compile(r"^\*\*(?P<method>[A-Za-z]+)\*\*\s+(?P<path>\S+)")
_SECTION = re.compile(r"^#{3,4}\s+(?P<name>[A-Za-z][A-Za-z ]*?)\s*$")
_PARAM_HEAD = re.compile(r"^\s*\|?\s*Name\s*\|\s*Type\s*\|", re.I)
_HEADER_ITEM = re.compile(r"^\s*[-*]\s*\*\*(?P<k>[\w-]+)\*\*\s*:\s*(?P<v>.*)$")
_AUTH_KIND = re.compile(r"^\s*[-*]\s*(?P<kind>[\w ]+?) Authentication \((?P<name>[^)]+)\)", re.M)
_STATUS_ROW = re.compile(r"^\s*\|?\s*\*\*(?P<status>\d{3}|default|\dXX)\*\*\s*\|(?P<rest>.*)$")
_PY_VAR = re.compile(r"^\s*(?P<var>\w+)\s*=\s*(?P<expr>[^#]*?)\s*(?:#\s*(?P<type>[^|]*)\|.*)?$")
_JAVA_VAR = re.compile(r"^\s*[\w<>\[\], ]+?\s+(?P<var>\w+)\s*=\s*new\s+(?P<cls>\w+)\s*\(")
_INSTANCE = re.compile(r"^[\w.]*\.?(?P<cls>[A-Z]\w*)\(")

PARAM_SECTIONS = {
    "parameters",
    "required parameters",
    "optional parameters",
    "path parameters",
    "other parameters",
    "query parameters",
}
KNOWN_SECTIONS = PARAM_SECTIONS | {
    "example",
    "return type",
    "authorization",
    "http request headers",
    "http response details",
}


@lru_cache(maxsize=1)
def _md() -> MarkdownIt:
    md = MarkdownIt("zero").enable(["heading", "table", "list", "fence", "code"])
    md.disable("inline")
    return md


@dataclass
class TableEntry:
    """A row of the method table: ``[**op**](X.md#op) | **POST** /path | summary``."""

    op: str
    method: str
    path: str
    summary: str
    line: int


@dataclass
class ParamRow:
    section: str  # "parameters", "required parameters", "path parameters", ...
    row: Row


@dataclass
class OpDoc:
    """One ``# **op**`` section."""

    name: str
    line: int
    signature: str = ""
    notes: list[str] = field(default_factory=list)
    notes_line: int = 0
    params: list[ParamRow] = field(default_factory=list)
    no_params: bool = False
    instances: dict[str, str] = field(default_factory=dict)  # example var → class it instantiates
    auth_kinds: dict[str, str] = field(default_factory=dict)  # scheme name → "Bearer", "Api Key"
    return_type: str = ""
    authorization: str = ""
    headers: dict[str, str] = field(default_factory=dict)
    responses: list[tuple[str, str, int]] = field(default_factory=list)
    sections: set[str] = field(default_factory=set)

    def positional(self) -> list[str] | None:
        """Names the signature passes positionally (required); ``None`` without a signature."""
        m = re.search(re.escape(self.name) + r"\s*\((?P<args>[^)]*)\)", self.signature)
        if not m:
            return None
        args = [a.strip() for a in m.group("args").split(",") if a.strip()]
        return [a for a in args if "=" not in a]


@dataclass
class ApiDoc:
    package: str = ""
    class_name: str = ""
    title_line: int = 0
    base_url: str | None = None
    table: list[TableEntry] = field(default_factory=list)
    ops: list[OpDoc] = field(default_factory=list)
    table_line: int = 0


def scan(text: str) -> ApiDoc:
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    doc = ApiDoc()
    for i, ln in enumerate(lines[:50]):
        m = _TITLE.match(ln)
        if m and not doc.class_name:
            doc.package, doc.class_name, doc.title_line = (
                m.group("pkg") or "",
                m.group("cls"),
                i + 1,
            )
        b = _BASE.search(ln)
        if b and doc.base_url is None:
            doc.base_url = b.group("url").strip()
    end = _scan_table(lines, doc)
    names = {e.op for e in doc.table}
    head = re.compile(r"^#{1,2}\s+(\*\*)?(?P<name>\w+)(\*\*)?\s*$")
    starts: list[tuple[int, str]] = []
    for i in range(end, len(lines)):
        m = head.match(lines[i])
        if m and (m.group("name") in names or (not names and m.group(1))):
            starts.append((i, m.group("name")))
    for k, (i, name) in enumerate(starts):
        stop = starts[k + 1][0] if k + 1 < len(starts) else len(lines)
        doc.ops.append(_scan_op(lines, i, stop, name))
    return doc


def _scan_table(lines: list[str], doc: ApiDoc) -> int:
    """Read the method table; return the line index after it (0 when there is none)."""
    start = next((i for i, ln in enumerate(lines) if _TABLE_HEAD.match(ln)), None)
    if start is None:
        return 0
    doc.table_line = start + 1
    piped = lines[start].strip().startswith("|")
    i = start + 1
    while i < len(lines) and "|" in lines[i]:
        ln = lines[i]
        i += 1
        if is_delimiter(ln):
            continue
        cells = split_row(ln, piped)
        if len(cells) < 2:
            continue
        op, req = _TABLE_OP.search(cells[0]), _TABLE_REQ.match(cells[1])
        if op and req:
            summary = unescape(" | ".join(c for c in cells[2:] if c) if len(cells) > 2 else "")
            doc.table.append(
                TableEntry(
                    op.group("op"),
                    req.group("method").upper(),
                    req.group("path"),
                    summary.strip(),
                    i,
                )
            )
    return i


def _scan_op(lines: list[str], start: int, stop: int, name: str) -> OpDoc:
    op = OpDoc(name=name, line=start + 1)
    # the generated tail: the longest run of known section headings, none repeated
    heads = [
        (i, m.group("name").strip().lower())
        for i in range(start + 1, stop)
        if (m := _SECTION.match(lines[i])) and m.group("name").strip().lower() in KNOWN_SECTIONS
    ]
    seen: set[str] = set()
    tail = stop
    for i, sec in reversed(heads):
        if sec in seen:
            break
        seen.add(sec)
        tail = i
    _scan_notes(lines[start + 1 : tail], start + 2, op)
    _scan_sections(lines, tail, stop, op)
    return op


def _scan_notes(lines: list[str], first: int, op: OpDoc) -> None:
    k = 0
    while k < len(lines) and not lines[k].strip():
        k += 1
    if k < len(lines) and lines[k].lstrip().startswith(">"):
        op.signature = lines[k].lstrip()[1:].strip()
        k += 1
    body = lines[k:]
    while body and not body[0].strip():
        body, k = body[1:], k + 1
    while body and not body[-1].strip():
        body = body[:-1]
    op.notes = body
    op.notes_line = first + k


def _scan_sections(lines: list[str], tail: int, stop: int, op: OpDoc) -> None:
    tokens = _md().parse("\n".join(lines[tail:stop]))
    heads = [
        (t.map[0] + tail, tokens[k + 1].content.strip().lower())
        for k, t in enumerate(tokens)
        if t.type == "heading_open" and t.map is not None
    ]
    for n, (i, sec) in enumerate(heads):
        end = heads[n + 1][0] if n + 1 < len(heads) else stop
        body = lines[i + 1 : end]
        op.sections.add(sec)
        if sec in PARAM_SECTIONS:
            _scan_params(body, i + 2, sec, op)
        elif sec == "example":
            _scan_example(body, op)
        elif sec == "return type":
            op.return_type = " ".join(ln.strip() for ln in body if ln.strip())
        elif sec == "authorization":
            op.authorization = " ".join(ln.strip() for ln in body if ln.strip())
        elif sec == "http request headers":
            for ln in body:
                if m := _HEADER_ITEM.match(ln):
                    op.headers[m.group("k").lower()] = m.group("v").strip()
        elif sec == "http response details":
            for k, ln in enumerate(body):
                if m := _STATUS_ROW.match(ln):
                    desc = split_row(m.group("rest"), False)
                    op.responses.append(
                        (m.group("status"), unescape(desc[0]) if desc else "", i + 2 + k)
                    )


def _scan_params(body: list[str], first: int, sec: str, op: OpDoc) -> None:
    if any("does not need any parameter" in ln for ln in body):
        op.no_params = True
    start = next((k for k, ln in enumerate(body) if _PARAM_HEAD.match(ln)), None)
    if start is None:
        return
    rows = [ln if "|" in ln else "" for ln in body[start:]]
    for row in parse_rows(rows, first + start):
        op.params.append(ParamRow(sec, row))


def _scan_example(body: list[str], op: OpDoc) -> None:
    text = "\n".join(body)
    for a in _AUTH_KIND.finditer(text):
        op.auth_kinds[a.group("name").strip()] = a.group("kind").strip()
    for ln in body:
        if j := _JAVA_VAR.match(ln):
            op.instances[j.group("var")] = j.group("cls")
        elif (p := _PY_VAR.match(ln)) and (inst := _INSTANCE.match(p.group("expr"))):
            op.instances[p.group("var")] = inst.group("cls")
