"""The scanned doc (:class:`ApiDoc`) → route model.

Generated client docs do not say where a parameter is sent. It is decided here, per operation:
a name in the path template is a path parameter; for methods with a body, the parameter that is
a model (linked type, instantiated in the example, ``body``/``request_body``/``body_*``) is the
JSON body, and with a form content type the remaining parameters are form fields; everything
else is a query parameter.
"""

from __future__ import annotations

import re

from codegen.model import (
    Api,
    Body,
    Diagnostic,
    FieldDef,
    Parameter,
    ReadResult,
    Response,
    Route,
    Schema,
    SecurityScheme,
    SourceRef,
    Tag,
    Text,
    Value,
)
from codegen.readers.bilingual import split_blocks, split_inline
from codegen.readers.swagger_docs.cells import Row, literal, parse_type_cell, unescape
from codegen.readers.swagger_docs.doc import ApiDoc, OpDoc, ParamRow, TableEntry
from codegen.readers.swagger_docs.infer import (
    NoteFacts,
    json_type,
    restore_blocks,
    tag_name,
    wire_names,
)
from codegen.readers.swagger_docs.models import ModelDocs
from codegen.readers.swagger_docs.types import to_schema

_METHODS = {"GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE"}
_BODY_METHODS = {"POST", "PUT", "PATCH", "DELETE"}
_BODY_NAMES = {"body", "request_body", "requestbody", "payload", "unknown_base_type"}
_FORM = ("multipart/form-data", "application/x-www-form-urlencoded")
_SKIP = {"ctx", "optional", "context"}  # Go's context and options-struct rows
_PATH_VAR = re.compile(r"\{([^}/]+)\}")
_AUTH_LINK = re.compile(r"\[(?P<name>[^\]]+)\]\([^)]*\)")


def _norm(s: str) -> str:
    return re.sub(r"[_\-]", "", s).lower()


class Converter:
    def __init__(
        self,
        doc: ApiDoc,
        path: str,
        models: ModelDocs,
        diags: list[Diagnostic],
        object_is_any: bool,
        text: str,
    ) -> None:
        self.doc, self.path, self.models, self.diags = doc, path, models, diags
        self.object_is_any = object_is_any
        self.text = text
        self.schemes: dict[str, SecurityScheme] = {}

    def src(self, line: int) -> SourceRef:
        return SourceRef(file=self.path, line=line)

    def diag(self, line: int, code: str, msg: str, level: str = "error") -> None:
        self.diags.append(
            Diagnostic(level=level, file=self.path, line=line, code=code, message=msg)
        )

    # --- whole doc ---------------------------------------------------------------------------
    def convert(self) -> ReadResult:
        doc = self.doc
        tag = tag_name(doc.class_name, self.text) if doc.class_name else None
        ops = {o.name: o for o in doc.ops}
        routes: dict[tuple[str, str], Route] = {}
        if not doc.table:
            self.diag(
                1,
                "no-operations",
                "no method table (`Method | HTTP request | "
                "Description`) with operations found in this API doc",
            )
        for entry in doc.table:
            if entry.method not in _METHODS:
                self.diag(entry.line, "bad-method", f"unknown HTTP method {entry.method!r}")
                continue
            op = ops.get(entry.op)
            if op is None:
                self.diag(
                    entry.line,
                    "missing-section",
                    f"operation {entry.op!r} is listed but has no `# **{entry.op}**` section",
                    "warning",
                )
            route = self.route(entry, op, tag)
            prev = routes.get(route.key)
            if prev is None:
                routes[route.key] = route
            elif _shape(prev) != _shape(route):
                self.diag(
                    entry.line,
                    "duplicate-route",
                    f"{entry.method} {entry.path} is documented twice ({prev.operation_id}, "
                    f"{entry.op}) with different parameters; keeping the first",
                    "warning",
                )
        listed = {e.op for e in doc.table}
        for o in doc.ops:
            if o.name not in listed:
                self.diag(
                    o.line,
                    "unlisted-operation",
                    f"operation {o.name!r} is not in the method table",
                    "warning",
                )
        tags = (Tag(name=tag, source=self.src(doc.title_line)),) if tag else ()
        api = Api(
            servers=(doc.base_url,) if doc.base_url else (),
            tags=tags,
            routes=tuple(routes.values()),
            security_schemes=tuple(sorted(self.schemes.values(), key=lambda s: s.name)),
        )
        return ReadResult(api=api, diagnostics=tuple(self.diags))

    # --- one operation -----------------------------------------------------------------------
    def route(self, entry: TableEntry, op: OpDoc | None, tag: str | None) -> Route:
        line = op.line if op else entry.line
        summary, description = self.texts(entry, op)
        params: list[Parameter] = []
        body: Body | None = None
        if op is not None:
            params, body = self.parameters(entry, op)
        path_vars = _PATH_VAR.findall(entry.path)
        have = {p.name for p in params if p.location == "path"}
        for var in path_vars:
            if var not in have:
                params.insert(
                    0,
                    Parameter(
                        name=var,
                        location="path",
                        required=True,
                        schema_=Schema(type="string"),
                        source=self.src(entry.line),
                    ),
                )
        return Route(
            method=entry.method,
            path=entry.path,
            operation_id=entry.op,
            tag=tag,
            summary=summary,
            description=description,
            parameters=tuple(params),
            body=body,
            responses=self.responses(op, line) if op else (),
            security=self.security(op) if op else None,
            source=self.src(line),
        )

    def texts(self, entry: TableEntry, op: OpDoc | None) -> tuple[Text, Text]:
        summary = entry.summary
        notes = [unescape(ln) for ln in op.notes] if op else []
        if notes and summary and notes[0].strip() == summary:
            notes = notes[1:]
        elif notes and not summary and len(notes) >= 2 and not notes[1].strip():
            summary, notes = notes[0].strip(), notes[2:]
        text = restore_blocks("\n".join(notes).strip("\n"))
        return split_inline(summary), (split_blocks(text) if text else Text())

    def parameters(self, entry: TableEntry, op: OpDoc) -> tuple[list[Parameter], Body | None]:
        positional = op.positional()
        path_vars = {_norm(v): v for v in _PATH_VAR.findall(entry.path)}
        content_type = _content_type(op)
        can_body = entry.method in _BODY_METHODS
        rows = [
            r for r in op.params if r.row.name not in _SKIP and not r.row.type.name.startswith("*")
        ]
        body_row = self.pick_body(rows, op, path_vars) if can_body else None
        params: list[Parameter] = []
        form: list[FieldDef] = []
        facts = NoteFacts(op.notes)
        wire_of = wire_names(op.notes, [r.row.name for r in rows if r is not body_row])
        guessed: list[str] = []
        for pr in rows:
            row = pr.row
            if pr is body_row:
                continue
            name = wire_of.get(row.name, row.name)
            required = self.required(pr, positional)
            self.models.line = row.line
            schema = self.models.schema_of(row)
            default = Value(value=literal(row.default_raw)) if row.default_raw is not None else None
            desc = split_inline(row.description)
            wire = path_vars.get(_norm(row.name))
            is_form = (
                wire is None
                and pr.section != "path parameters"
                and can_body
                and content_type in _FORM
            )
            if self.untyped(row):
                schema = self.typed_from_notes(facts, name, row, default, wire=not is_form)
                guessed.append(f"{name} {schema.type}")
            if wire is not None or pr.section == "path parameters":
                params.append(
                    Parameter(
                        name=wire or row.name,
                        location="path",
                        required=True,
                        schema_=schema,
                        description=desc,
                        source=self.src(row.line),
                    )
                )
            elif is_form:
                form.append(
                    FieldDef(
                        name=name,
                        schema_=schema,
                        required=required,
                        description=desc,
                        default=default,
                        source=self.src(row.line),
                    )
                )
            else:
                loc = "header" if "-" in name else "query"
                params.append(
                    Parameter(
                        name=name,
                        location=loc,
                        required=required,
                        schema_=schema,
                        description=desc,
                        default=default,
                        source=self.src(row.line),
                    )
                )
        if guessed:
            self.diag(
                op.line,
                "types-inferred",
                "parameter types are not documented (`object`); from the notes' examples, "
                "defaults and wording, else sent as strings: " + ", ".join(guessed),
                "info",
            )
        body = None
        if not rows and can_body:
            fields = facts.body_fields(self.src(op.notes_line))
            if fields:
                self.diag(
                    op.line,
                    "body-inferred",
                    "the doc shows no parameters, but its notes list "
                    f"{', '.join(f.name for f in fields)}: taken as the fields of a JSON body",
                    "info",
                )
                upload = any(f.schema_.format == "binary" for f in fields)
                return params, Body(
                    content_type=content_type
                    or ("multipart/form-data" if upload else "application/json"),
                    required=True,
                    schema_=Schema(type="object", fields=fields),
                    source=fields[0].source,
                    inferred=True,
                )
        if form:
            body = Body(
                content_type=content_type or "multipart/form-data",
                required=any(f.required for f in form),
                schema_=Schema(type="object", fields=tuple(form)),
                source=form[0].source,
            )
        elif body_row is not None:
            body = self.json_body(body_row, op, facts, positional, content_type)
        return params, body

    def untyped(self, row: Row) -> bool:
        """swagger-codegen wrote ``object``: the type was lost, not a free-form object."""
        return self.object_is_any and row.type.name.strip("*").strip().lower() == "object"

    @staticmethod
    def typed_from_notes(
        facts: NoteFacts, name: str, row: Row, default: Value | None, *, wire: bool
    ) -> Schema:
        """A lost type recovered: the table's default, else what the notes tell; a value sent in
        the URL or a header is a string when nothing tells otherwise."""
        if default is not None and default.value is not None:
            typed = json_type(default.value)
            if typed in ("boolean", "integer", "number", "string"):
                return Schema(type=typed, inferred=True)
        found = facts.schema(name, row.description)
        if found is not None:
            return found
        return Schema(type="string" if wire else "any", inferred=True)

    def pick_body(
        self, rows: list[ParamRow], op: OpDoc, path_vars: dict[str, str]
    ) -> ParamRow | None:
        best: tuple[int, ParamRow | None] = (0, None)
        for pr in rows:
            row = pr.row
            if _norm(row.name) in path_vars or pr.section == "path parameters":
                continue
            score = 0
            if row.type.model_link and not _is_scalar_link(row):
                score += 3
            if row.name in op.instances:
                score += 3
            low = row.name.lower()
            if (
                low in _BODY_NAMES
                or low.startswith("body_")
                or row.type.name == "UNKNOWN_BASE_TYPE"
            ):
                score += 2
            if score > best[0]:
                best = (score, pr)
        return best[1]

    def required(self, pr: ParamRow, positional: list[str] | None) -> bool:
        if pr.section in ("required parameters", "path parameters"):
            return True
        if pr.section == "optional parameters" or pr.row.optional:
            return False
        if positional is not None and pr.row.notes.strip() == "" and positional:
            # no `[optional]` note: Go/Java tables may leave it out; the signature decides
            return pr.row.name in positional or _norm(pr.row.name) in map(_norm, positional)
        return True

    def json_body(
        self,
        pr: ParamRow,
        op: OpDoc,
        facts: NoteFacts,
        positional: list[str] | None,
        content_type: str | None,
    ) -> Body:
        row = pr.row
        self.models.line = row.line
        schema = self.models.schema_of(row)
        from_notes = False
        if schema.type == "any" or (
            schema.type == "object"
            and not schema.fields
            and row.type.model_link
            and not schema.additional
        ):
            inferred = facts.body_fields(self.src(op.notes_line))
            if inferred:
                self.diag(
                    row.line,
                    "body-inferred",
                    f"body type {row.type.name!r} is not documented; "
                    f"fields {', '.join(f.name for f in inferred)} taken from the notes",
                    "info",
                )
                schema = Schema(type="object", title=schema.title, fields=inferred)
                from_notes = True
        return Body(
            content_type=content_type or "application/json",
            required=self.required(pr, positional),
            schema_=schema,
            description=split_inline(row.description),
            source=self.src(row.line),
            inferred=from_notes,
        )

    def responses(self, op: OpDoc, line: int) -> tuple[Response, ...]:
        rt = op.return_type.strip()
        schema: Schema | None = None
        if rt and not rt.lower().startswith(("void", "null", "(empty")):
            cell = parse_type_cell(rt)
            self.models.line = line
            schema = to_schema(
                cell.name, cell.model_link, self.models.resolve, object_is_any=self.object_is_any
            )
        ct = _media_type(op.headers.get("accept", ""))
        if schema is not None and ct is None:
            ct = "application/json"
        rows = op.responses or [("200", "", line)]
        out = []
        for status, desc, ln in rows:
            ok = status.startswith("2")
            out.append(
                Response(
                    status=status,
                    content_type=ct if ok else None,
                    schema_=schema if ok else None,
                    description=split_inline(desc),
                    source=self.src(ln),
                )
            )
        return tuple(out)

    def security(self, op: OpDoc) -> tuple[str, ...] | None:
        names = [m.group("name") for m in _AUTH_LINK.finditer(op.authorization)]
        for name in names:
            kind = op.auth_kinds.get(name, "").lower()
            if name in self.schemes:
                continue
            if "api key" in kind:
                self.schemes[name] = SecurityScheme(name=name, type="apiKey", scheme=None)
            elif "oauth" in kind:
                self.schemes[name] = SecurityScheme(name=name, type="oauth2", scheme=None)
            elif "basic" in kind:
                self.schemes[name] = SecurityScheme(name=name, type="http", scheme="basic")
            elif "bearer" in kind or "bearer" in name.lower():
                self.schemes[name] = SecurityScheme(name=name, type="http", scheme="bearer")
        # "No authorization required" is not trusted: swagger-codegen 2 writes it for OpenAPI 3
        # specs whose security it does not read, so the API default applies.
        return tuple(names) if names else None


def _content_type(op: OpDoc) -> str | None:
    return _media_type(op.headers.get("content-type", ""))


def _media_type(listed: str) -> str | None:
    """The media type a JSON client uses of a header line's list (``application/xml,
    application/json``): a JSON type when one is listed, else the first; None for "Not
    defined" or nothing."""
    if not listed or "not defined" in listed.lower():
        return None
    types = [t.strip() for t in listed.split(",") if t.strip()]
    if not types:
        return None
    for t in types:
        base = t.split(";", 1)[0].strip().lower()
        if base == "application/json" or base.endswith("+json"):
            return t
    return types[0]


def _is_scalar_link(row: Row) -> bool:
    """``[**list[str]**](str.md)``: the link names a primitive, not a model."""
    target = (row.type.model_link or "").rsplit("/", 1)[-1].removesuffix(".md").lower()
    return target in {"str", "string", "int", "integer", "float", "bool", "boolean", "object"}


def _shape(r: Route) -> tuple[object, ...]:
    return (
        tuple((p.name, p.location, p.required) for p in r.parameters),
        tuple(f.name for f in r.body.schema_.fields) if r.body else None,
    )
