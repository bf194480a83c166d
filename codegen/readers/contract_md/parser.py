"""Walks markdown-it-py's block token stream of a "Full Contract" document into the route model.

Only block rules are enabled (no inline parsing): cheap, and every block token has ``map`` for
``file:line``. Blockquotes (the ``#### Notes`` section) are never structure: their raw lines
become description text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from markdown_it import MarkdownIt
from markdown_it.token import Token

from codegen.model import (
    Api,
    Body,
    Diagnostic,
    Parameter,
    ReadResult,
    Response,
    Route,
    Schema,
    SecurityScheme,
    SourceRef,
    Tag,
    Text,
)
from codegen.readers.bilingual import split_blocks, split_inline
from codegen.readers.contract_md import labels as L
from codegen.readers.contract_md.fields import Row, build, parse_summary
from codegen.readers.contract_md.types import (
    NONE_CELLS,
    TypeError_,
    parse_enum,
    parse_type,
    parse_value,
)
from codegen.readers.mdlists import use_simple_bullets
from codegen.readers.mdtable import use_row_tables

BEARER = "HTTPBearer"
_CODE = re.compile(r"`([^`]*)`")
_QUOTED = re.compile(r" {0,3}>")
_QUOTE_MARK = re.compile(r"^ {0,3}> ?", re.M)
_STATUS_CT = re.compile(r"^`?\s*(\d{3}|default|\dXX)\s*(?:([\w.+-]+/[\w.+*-]+))?\s*`?$", re.I)
_PLACEHOLDERS = {"no field table", "无字段表", "无字段表格", "no fields", "none."}
_CT = re.compile(r"^`?\s*([\w.+-]+/[\w.+*-]+)\s*`?$")


@lru_cache(maxsize=1)
def _md() -> MarkdownIt:
    md = MarkdownIt("zero").enable(["heading", "table", "list", "blockquote", "fence", "code"])
    md.disable("inline")
    return use_simple_bullets(use_row_tables(md))


@dataclass
class _Content:
    """A body or response under construction (one content type)."""

    content_type: str
    line: int
    status: str = "200"
    summary: tuple[str, int] | None = None  # the schema summary bullet, parsed only if used
    rows: list[Row] = field(default_factory=list)


@dataclass
class _RouteState:
    method: str
    path: str
    line: int
    bullets: dict[str, tuple[str, int]] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    params: list[Parameter] = field(default_factory=list)
    body_required: bool | None = None
    bodies: list[_Content] = field(default_factory=list)
    responses: list[_Content] = field(default_factory=list)
    sections: set[str] = field(default_factory=set)


class ContractParser:
    def __init__(self, text: str, path: str) -> None:
        # the same line breaks markdown-it sees, so Token.map indexes self.lines
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        self.text = text
        self.path = path
        self.lines = text.split("\n")
        self.diags: list[Diagnostic] = []
        self.title = ""
        self.meta: dict[str, tuple[str, int]] = {}
        self.routes: list[_RouteState] = []
        self.section: str | None = None
        self.content: _Content | None = None
        self.default_location = "query"
        self.quote_runs: dict[int, int] = {}
        self.quote_heads: set[int] = set()

    # --- helpers ---------------------------------------------------------------------------
    def src(self, line: int) -> SourceRef:
        return SourceRef(file=self.path, line=line)

    def diag(self, line: int, code: str, msg: str, level: str = "error") -> None:
        self.diags.append(
            Diagnostic(level=level, file=self.path, line=line, code=code, message=msg)
        )

    @property
    def route(self) -> _RouteState | None:
        return self.routes[-1] if self.routes else None

    # --- walk ------------------------------------------------------------------------------
    def parse(self) -> ReadResult:
        stub, self.quote_runs = _stub_quotes(self.lines)
        self.quote_heads = set(self.quote_runs.values())
        tokens = _md().parse(stub)
        i = 0
        while i < len(tokens):
            tok = tokens[i]
            line = (tok.map[0] + 1) if tok.map else 0
            if tok.type == "heading_open":
                self.on_heading(int(tok.tag[1]), tokens[i + 1].content.strip(), line)
                i += 3
                continue
            if tok.type == "bullet_list_open" and tok.level == 0:
                i = self.on_list(tokens, i)
                continue
            if tok.type == "blockquote_open":
                i = self.on_quote(tokens, i)
                continue
            if tok.type == "table_open":
                i = self.on_table(tokens, i)
                continue
            if tok.type == "paragraph_open" and tok.level == 0:
                self.on_paragraph(tokens[i + 1].content.strip(), line)
                i += 3
                continue
            if tok.type in ("fence", "code_block") and self.section == "notes" and self.route:
                self.route.notes.append(self._raw(tok))
            i += 1
        return self.finish()

    def _raw(self, tok: Token) -> str:
        assert tok.map is not None
        return "\n".join(self.lines[tok.map[0] : tok.map[1]])

    def on_heading(self, level: int, text: str, line: int) -> None:
        if level == 1 and not self.title:
            self.title = L.TITLE_SUFFIX.sub("", text).strip() or text
            return
        m = L.ROUTE_HEADING.match(text)
        if m and level in (2, 3, 4):
            self.routes.append(_RouteState(m.group(1).upper(), m.group(2), line))
            self.section = "route"
            self.content = None
            return
        if level <= 2:
            self.section = None
            return
        route = self.route
        if route is None:
            return
        if level == 4:
            key = L.SECTIONS.get(L.norm(text).rstrip(":："))
            self.default_location = "query"
            if key is not None and key.startswith("parameters:"):
                key, self.default_location = key.split(":", 1)
            if key is None:
                self.diag(
                    line,
                    "unknown-section",
                    f"unknown section heading {text!r} in route {route.method} {route.path}",
                )
                self.section = "unknown"
            else:
                self.section = key
                route.sections.add(key)
            self.content = None
        elif level == 5 and self.section in ("body", "response"):
            self.on_content_heading(route, text, line)

    def on_content_heading(self, route: _RouteState, text: str, line: int) -> None:
        if self.section == "body":
            m = _CT.match(text)
            if not m:
                self.diag(line, "content-type", f"expected a content type, found {text!r}")
                return
            self.content = _Content(m.group(1).lower(), line)
            route.bodies.append(self.content)
        else:
            m = _STATUS_CT.match(text)
            if not m:
                self.diag(
                    line, "response-heading", f"expected `STATUS content/type`, found {text!r}"
                )
                return
            self.content = _Content((m.group(2) or "").lower(), line, status=m.group(1).upper())
            route.responses.append(self.content)

    def on_list(self, tokens: list[Token], i: int) -> int:
        while tokens[i].type != "bullet_list_close" or tokens[i].level != 0:
            tok = tokens[i]
            if tok.type == "inline" and tok.level == 3 and tokens[i - 2].type == "list_item_open":
                line = tok.map[0] + 1 if tok.map else 0
                self.on_bullet(tok.content.strip(), line)
            i += 1
        return i + 1

    def on_bullet(self, text: str, line: int) -> None:
        m = L.BULLET.match(text)
        if not m:
            return
        key = L.BULLETS.get(L.norm(m.group("label")))
        value = m.group("value").strip()
        if key is None:
            return
        route = self.route
        if route is None:
            self.meta.setdefault(key, (value, line))
        elif self.section == "route":
            route.bullets.setdefault(key, (value, line))
        elif self.section == "body" and key == "required":
            yn = L.yes_no(value)
            if yn is None:
                self.diag(
                    line, "required-value", f"body `required` must be Yes/No, found {value!r}"
                )
            route.body_required = bool(yn)
        elif key == "schema_summary" and self.content is not None:
            self.content.summary = (value, line)

    def on_quote(self, tokens: list[Token], i: int) -> int:
        start = tokens[i]
        depth = 0
        while True:
            if tokens[i].type == "blockquote_open":
                depth += 1
            elif tokens[i].type == "blockquote_close":
                depth -= 1
                if depth == 0:
                    break
            i += 1
        if self.route is not None and start.map:
            first = start.map[0]
            if first in self.quote_heads:
                return i + 1  # the head of a cut run: its text comes with the run's last line
            raw = self.lines[self.quote_runs.get(first, first) : start.map[1]]
            self.route.notes.append(_QUOTE_MARK.sub("", "\n".join(raw)))
        return i + 1

    def on_paragraph(self, text: str, line: int) -> None:
        if self.route is None or self.section in (None, "route", "notes", "unknown"):
            if self.route is not None and self.section == "notes":
                self.route.notes.append(text)
            return
        if text.lower() in NONE_CELLS or text.lower() in _PLACEHOLDERS or text.startswith("<"):
            return
        if self.section == "parameters" and "does not need any parameter" in text:
            return
        self.diag(
            line,
            "unexpected-text",
            f"unexpected text in {self.section} section: {text[:60]!r}",
            "warning",
        )

    # --- tables ------------------------------------------------------------------------------
    def on_table(self, tokens: list[Token], i: int) -> int:
        start = tokens[i]
        header: list[str] = start.meta["header"]
        rows: list[tuple[int, list[str]]] = []
        i += 1
        while tokens[i].type == "table_row":
            tok = tokens[i]
            rows.append((tok.map[0] + 1 if tok.map else 0, tok.meta["cells"]))
            i += 1
        self.table(start, header, rows)
        return i + 1

    def table(self, start: Token, header: list[str], rows: list[tuple[int, list[str]]]) -> None:
        route = self.route
        line = start.map[0] + 1 if start.map else 0
        if route is None or self.section not in ("parameters", "body", "response"):
            return
        cols = [L.COLUMNS.get(L.norm(h)) for h in header]
        if "name" not in cols or "type" not in cols:
            self.diag(line, "table-header", f"table header lacks Field/Type columns: {header}")
            return
        for lno, cells in rows:
            if len(cells) != len(header):
                self.diag(
                    lno,
                    "table-columns",
                    f"table row has {len(cells)} cells, the header has {len(header)}",
                )
        parsed: list[Row] = []
        for lno, cells in rows:
            row = {c: cells[k] for k, c in enumerate(cols) if c is not None and k < len(cells)}
            r = self.make_row(row, lno)
            if r is None:
                continue
            if self.section == "parameters":
                self.add_param(route, row, r)
            else:
                parsed.append(r)
        if self.section in ("body", "response"):
            if self.content is None:
                # a field table straight under the section heading: JSON, status 200
                self.content = _Content("application/json", line)
                (route.bodies if self.section == "body" else route.responses).append(self.content)
            self.content.rows.extend(parsed)

    def make_row(self, row: dict[str, str], line: int) -> Row | None:
        name = row.get("name", "").strip().strip("`")
        if not name:
            self.diag(line, "table-name", "table row has no field name")
            return None
        try:
            schema = parse_type(row.get("type", ""))
        except TypeError_ as exc:
            self.diag(line, "type", f"{exc} for field {name!r}", "warning")
            schema = Schema()
        enum_cell = row.get("enum", "").strip()
        if enum_cell and enum_cell.lower() not in NONE_CELLS and schema.enum is None:
            inner = enum_cell[5:-1] if enum_cell.lower().startswith("enum[") else enum_cell
            schema = schema.model_copy(update={"enum": parse_enum(inner, schema.type)})
        req = L.yes_no(row.get("required", ""))
        if req is None:
            self.diag(
                line,
                "required-value",
                f"Required must be Yes/No, found {row.get('required', '')!r}",
            )
        desc = row.get("description", "")
        text = split_inline(desc) if desc.lower() not in NONE_CELLS else Text()
        return Row(
            name=name,
            schema=schema,
            required=bool(req),
            description=text,
            default=parse_value(row.get("default", ""), schema),
            example=parse_value(row.get("example", ""), schema),
            source=self.src(line),
        )

    def add_param(self, route: _RouteState, row: dict[str, str], r: Row) -> None:
        where = L.LOCATIONS.get(L.norm(row.get("in") or self.default_location))
        if where is None:
            self.diag(
                r.source.line, "param-location", f"unknown parameter location {row.get('in')!r}"
            )
            return
        required = r.required or where == "path"
        route.params.append(
            Parameter(
                name=r.name,
                location=where,
                required=required,
                schema_=r.schema,
                description=r.description,
                default=r.default,
                example=r.example,
                source=r.source,
            )
        )

    # --- assemble -----------------------------------------------------------------------------
    def finish(self) -> ReadResult:
        if not self.routes:
            self.diag(1, "no-routes", "no route headings (### `METHOD /path`) found")
        routes = [self.make_route(r) for r in self.routes]
        tag_desc = self.meta.get("tag_description", ("", 0))[0].strip("*() （）")
        tag = Tag(
            name=self.title or self.path, description=split_inline(tag_desc), source=self.src(1)
        )
        scheme = SecurityScheme(name=BEARER, type="http", scheme="bearer")
        api = Api(
            title=self.title or "API",
            tags=(tag,) if routes else (),
            routes=tuple(routes),
            security_schemes=(scheme,)
            if any(r.security for r in routes) or "default_auth" in self.meta
            else (),
            security=(BEARER,) if "default_auth" in self.meta else (),
            servers=(self.meta["base_url"][0].strip("` "),) if "base_url" in self.meta else (),
        )
        return ReadResult(api=api, diagnostics=tuple(self.diags))

    def make_route(self, st: _RouteState) -> Route:
        b = st.bullets
        if not st.sections and not b:
            self.diag(
                st.line,
                "empty-route",
                f"route {st.method} {st.path} has no content (truncated document?)",
            )
        op = _code(b["operation_id"][0]) if "operation_id" in b else None
        caps = (
            tuple(c.strip() for c in re.split(r"\s*/\s*", b["capabilities"][0]) if c.strip())
            if "capabilities" in b
            else ()
        )
        security: tuple[str, ...] | None = None
        if "auth" in b:
            auth = b["auth"][0].lower()
            security = (
                () if auth.strip(" .`") in L.NO_AUTH else (BEARER,) if "bearer" in auth else None
            )
        responses = tuple(self.make_response(c) for c in st.responses)
        bodies = [self.make_body(c, st.body_required) for c in st.bodies]
        return Route(
            method=st.method,
            path=st.path,
            operation_id=op or None,
            tag=self.title or self.path,
            summary=split_inline(b["summary"][0]) if "summary" in b else Text(),
            description=split_blocks("\n\n".join(st.notes).strip()) if st.notes else Text(),
            capabilities=caps,
            security=security,
            deprecated=L.yes_no(b["deprecated"][0]) is True if "deprecated" in b else False,
            parameters=tuple(st.params),
            body=bodies[0] if bodies else None,
            bodies_alt=tuple(bodies[1:]),
            responses=responses,
            source=self.src(st.line),
        )

    def _schema(self, c: _Content) -> Schema:
        if c.rows:
            return build(c.rows)  # the table lists every field; the summary may elide some
        return self._summary(c) or Schema()

    def _summary(self, c: _Content) -> Schema | None:
        """The schema summary of ``c`` (read only when there is no field table to use)."""
        if c.summary is None:
            return None
        value, line = c.summary
        try:
            return parse_summary(value, self.src(line))
        except (ValueError, TypeError_) as exc:
            self.diag(line, "schema-summary", f"unreadable schema summary: {exc}", "warning")
            return None

    def make_body(self, c: _Content, required: bool | None) -> Body:
        return Body(
            content_type=c.content_type,
            required=bool(required),
            schema_=self._schema(c),
            source=self.src(c.line),
        )

    def make_response(self, c: _Content) -> Response:
        return Response(
            status=c.status,
            content_type=c.content_type or None,
            schema_=build(c.rows) if c.rows else self._summary(c),
            source=self.src(c.line),
        )


def _code(s: str) -> str:
    m = _CODE.search(s)
    return (m.group(1) if m else s).strip()


def _stub_quotes(lines: list[str]) -> tuple[str, dict[int, int]]:
    """The document with each run of quoted lines reduced to stand-ins, and the runs cut apart.

    Blockquotes (notes) are never structure; their text is taken from the raw lines. The parser
    sees ``> .`` for the first and the last line of a run and blank lines between, so it does
    not even walk the lines in between. A run of three or more lines therefore comes out as two
    quotes: the second (the run's last line, plus any lazy continuation after it, as in the
    original) stands for the whole run. Returned: the text, and {first line of such a second
    quote: first line of its run}. Line numbers (``Token.map``) are unchanged.
    """
    quoted = [_QUOTED.match(ln) is not None for ln in lines]
    out: list[str] = []
    joined: dict[int, int] = {}
    n = len(lines)
    k = 0
    while k < n:
        if not quoted[k]:
            out.append(lines[k])
            k += 1
            continue
        end = k
        while end + 1 < n and quoted[end + 1]:
            end += 1
        if end - k >= 2:
            out.append("> .")
            out.extend([""] * (end - k - 1))
            out.append("> .")
            joined[end] = k
        else:
            out.extend(["> ."] * (end - k + 1))
        k = end + 1
    return "\n".join(out), joined
