"""Route model → the plain view data the site templates lay out.

Every decision lives here (grouping, anchors, type labels, flattening nested fields, the curl
example); the templates in ``templates/site/`` only lay it out. All text stays data: templates
render it with HTML autoescaping, and long descriptions through the ``markdown`` filter.
"""

from __future__ import annotations

import json
import re
import shlex
from dataclasses import dataclass, field
from typing import Any

from codegen.emit.openapi.build import source_str
from codegen.model import Api, Body, FieldDef, Parameter, Response, Route, Schema, Text, Value

#: Nested fields deeper than this are summarised by their type instead of listed.
MAX_DEPTH = 8
#: Notes longer than this start collapsed.
OPEN_NOTE_CHARS = 600
METHOD_ORDER = ("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE")
_LOCATION_ORDER = {"path": 0, "query": 1, "header": 2, "cookie": 3}


@dataclass(frozen=True)
class Row:
    """One line of a parameter or field table."""

    name: str
    type: str
    required: bool = False
    description: Text = field(default_factory=Text)
    depth: int = 0
    location: str | None = None
    default: str | None = None
    example: str | None = None
    enum: tuple[str, ...] = ()
    deprecated: bool = False


@dataclass(frozen=True)
class Note:
    """A block of (markdown) documentation text in one language."""

    label: str
    lang: str
    text: str
    open: bool


def notes(t: Text) -> tuple[Note, ...]:
    """One note per language when the text is bilingual, else one note."""
    if t.zh and t.en:
        parts = [("说明 · 中文", "zh-CN", t.zh), ("Notes · English", "en", t.en)]
    elif t.text.strip():
        parts = [("Notes", "", t.text)]
    else:
        return ()
    return tuple(
        Note(label, lang, text.strip(), len(text) <= OPEN_NOTE_CHARS) for label, lang, text in parts
    )


@dataclass(frozen=True)
class BodyView:
    content_type: str
    required: bool
    type: str
    description: Text
    fields: tuple[Row, ...]
    example: str | None


@dataclass(frozen=True)
class ResponseView:
    status: str
    content_type: str | None
    type: str | None
    description: Text
    fields: tuple[Row, ...]

    @property
    def kind(self) -> str:
        """CSS class of the status badge: ``ok``, ``redirect``, ``client``, ``server``, ``other``."""
        return {"2": "ok", "3": "redirect", "4": "client", "5": "server"}.get(
            self.status[:1], "other"
        )


@dataclass(frozen=True)
class RouteView:
    anchor: str
    method: str
    path: str
    summary: Text
    notes: tuple[Note, ...]
    operation_id: str | None
    deprecated: bool
    secured: bool
    parameters: tuple[Row, ...]
    body: BodyView | None
    alt_content_types: tuple[str, ...]
    responses: tuple[ResponseView, ...]
    curl: str
    source: str | None

    @property
    def method_class(self) -> str:
        return self.method.lower()

    @property
    def title(self) -> str:
        """A one-line label: the English summary, else the summary, else METHOD path."""
        return self.summary.en or self.summary.text or f"{self.method} {self.path}"


@dataclass(frozen=True)
class TagView:
    anchor: str
    name: str
    description: Text
    routes: tuple[RouteView, ...]


@dataclass(frozen=True)
class ApiView:
    """Everything one API's reference page shows."""

    name: str
    title: str
    version: str
    description: Text
    servers: tuple[str, ...]
    security: tuple[tuple[str, str], ...]
    groups: tuple[TagView, ...]
    files: dict[str, str] = field(default_factory=dict)
    redoc: bool = False

    @property
    def routes(self) -> tuple[RouteView, ...]:
        return tuple(r for g in self.groups for r in g.routes)

    @property
    def methods(self) -> dict[str, int]:
        """Route count per method, in the usual method order."""
        counts: dict[str, int] = {}
        for r in sorted(self.routes, key=lambda r: _method_rank(r.method)):
            counts[r.method] = counts.get(r.method, 0) + 1
        return counts


def _method_rank(method: str) -> int:
    return METHOD_ORDER.index(method) if method in METHOD_ORDER else len(METHOD_ORDER)


def slug(text: str) -> str:
    """An HTML id / URL fragment: lower-case ASCII letters, digits, ``-`` and ``_``."""
    s = re.sub(r"[^a-z0-9_]+", "-", text.lower()).strip("-")
    return s or "x"


class _Anchors:
    """Unique, stable anchors within one page."""

    def __init__(self) -> None:
        self.seen: set[str] = set()

    def __call__(self, text: str) -> str:
        base = slug(text)
        name, n = base, 2
        while name in self.seen:
            name, n = f"{base}-{n}", n + 1
        self.seen.add(name)
        return name


def type_label(s: Schema | None) -> str:
    """A short human type: ``string<date-time>``, ``array<integer>``, ``string | null``."""
    if s is None:
        return "any"
    if s.variants:
        label = " | ".join(type_label(v) for v in s.variants)
    elif s.type == "array":
        label = f"array<{type_label(s.items) if s.items else 'any'}>"
    elif s.type == "object" and s.title and s.fields:
        label = s.title
    else:
        label = s.type
        if s.format:
            label += f"<{s.format}>"
    if s.nullable and not label.endswith("| null"):
        label += " | null"
    return label


def show_value(v: Value | None) -> str | None:
    """A value as JSON text, marked ``…`` when the docs cut it short."""
    if v is None:
        return None
    text = json.dumps(v.value, ensure_ascii=False)
    return f"{text} …" if v.truncated else text


def _enum(s: Schema) -> tuple[str, ...]:
    if not s.enum:
        return ()
    return tuple(json.dumps(v, ensure_ascii=False) for v in s.enum)


def field_rows(s: Schema | None, depth: int = 0, prefix: str = "") -> list[Row]:
    """The fields of an object (or of an array's element objects), nested fields indented."""
    if s is None or depth > MAX_DEPTH:
        return []
    if s.type == "array" and s.items is not None:
        return field_rows(s.items, depth, prefix + "[]" if prefix else "")
    rows: list[Row] = []
    for f in s.fields:
        rows.append(_field_row(f, depth))
        rows.extend(field_rows(f.schema_, depth + 1, f.name))
    return rows


def _field_row(f: FieldDef, depth: int) -> Row:
    return Row(
        name=f.name,
        type=type_label(f.schema_),
        required=f.required,
        description=f.description or (f.schema_.description or Text()),
        depth=depth,
        default=show_value(f.default),
        example=show_value(f.example),
        enum=_enum(f.schema_),
        deprecated=f.deprecated,
    )


def _param_row(p: Parameter) -> Row:
    return Row(
        name=p.name,
        type=type_label(p.schema_),
        required=p.required,
        description=p.description,
        location=p.location,
        default=show_value(p.default),
        example=show_value(p.example),
        enum=_enum(p.schema_),
        deprecated=p.deprecated,
    )


def _sample(s: Schema | None, depth: int = 0) -> Any:
    """A plausible JSON value for a schema, from documented examples and defaults."""
    if s is None or depth > MAX_DEPTH:
        return None
    if s.type == "object" or s.fields:
        out: dict[str, Any] = {}
        for f in s.fields:
            if not f.required and depth > 0:
                continue
            picked = next(
                (v.value for v in (f.example, f.default) if v is not None and not v.truncated),
                None,
            )
            out[f.name] = picked if picked is not None else _sample(f.schema_, depth + 1)
        return out
    if s.type == "array":
        item = _sample(s.items, depth + 1)
        return [item] if item not in (None, {}) else []
    if s.enum:
        return s.enum[0]
    return {"string": "string", "integer": 0, "number": 0, "boolean": False}.get(s.type)


def body_example(b: Body) -> str | None:
    if b.example is not None and not b.example.truncated:
        value = b.example.value
    elif b.content_type.endswith("json"):
        value = _sample(b.schema_)
    else:
        return None
    return json.dumps(value, ensure_ascii=False, indent=2)


def _secured(api: Api, r: Route) -> bool:
    return bool(r.security) if r.security is not None else bool(api.security)


def auth_header(api: Api, names: tuple[str, ...]) -> str | None:
    """The header the first usable security scheme sends, e.g. ``Authorization: Bearer $TOKEN``."""
    schemes = {s.name: s for s in api.security_schemes}
    for name in names:
        s = schemes.get(name)
        if s is None:
            continue
        if s.type == "http" and (s.scheme or "").lower() == "basic":
            return "Authorization: Basic $CREDENTIALS"
        if s.type == "http":
            return f"Authorization: {(s.scheme or 'bearer').capitalize()} $TOKEN"
        if s.type == "apiKey" and s.location == "header" and s.param_name:
            return f"{s.param_name}: $API_KEY"
        if s.type in ("oauth2", "openIdConnect"):
            return "Authorization: Bearer $TOKEN"
    return None


def security_labels(api: Api) -> tuple[tuple[str, str], ...]:
    """(scheme name, how a request sends it) for the API's default security."""
    out = []
    for name in api.security:
        how = auth_header(api, (name,))
        if how is None:
            s = next((x for x in api.security_schemes if x.name == name), None)
            how = f"{s.param_name} in {s.location}" if s and s.param_name else ""
        out.append((name, how))
    return tuple(out)


def curl(api: Api, r: Route) -> str:
    """A ready-to-edit ``curl`` command for the route (shell-quoted; shown as text)."""
    base = (api.servers[0] if api.servers else "").rstrip("/")
    query = [p for p in r.parameters if p.location == "query" and p.required]
    url = base + r.path
    if query:
        url += "?" + "&".join(f"{p.name}={{{p.name}}}" for p in query)
    parts = ["curl", "-X", r.method, shlex.quote(url)]
    header = auth_header(api, r.security if r.security is not None else api.security)
    if header:
        # double quotes so the shell expands $TOKEN; only our own safe characters inside
        safe = re.fullmatch(r"[A-Za-z0-9_-]+: [A-Za-z ]*\$[A-Z_]+", header)
        parts += ["-H", f'"{header}"' if safe else shlex.quote(header)]
    for p in r.parameters:
        if p.location == "header" and p.required:
            parts += ["-H", shlex.quote(f"{p.name}: {{{p.name}}}")]
    if r.body is not None:
        parts += ["-H", shlex.quote(f"Content-Type: {r.body.content_type}")]
        example = body_example(r.body)
        if example is not None:
            compact = json.dumps(json.loads(example), ensure_ascii=False)
            parts += ["-d", shlex.quote(compact)]
    return " \\\n  ".join(_join_pairs(parts))


def _join_pairs(parts: list[str]) -> list[str]:
    """``curl -X POST URL`` on the first line, then one ``-H value`` / ``-d value`` per line."""
    lines = [" ".join(parts[:4])]
    rest = parts[4:]
    lines += [f"{rest[i]} {rest[i + 1]}" for i in range(0, len(rest) - 1, 2)]
    return lines


def _body(b: Body) -> BodyView:
    return BodyView(
        content_type=b.content_type,
        required=b.required,
        type=type_label(b.schema_),
        description=b.description,
        fields=tuple(field_rows(b.schema_)),
        example=body_example(b),
    )


def _response(x: Response) -> ResponseView:
    return ResponseView(
        status=x.status,
        content_type=x.content_type,
        type=type_label(x.schema_) if x.schema_ is not None else None,
        description=x.description,
        fields=tuple(field_rows(x.schema_)),
    )


def route_view(api: Api, r: Route, anchor: str) -> RouteView:
    params = sorted(r.parameters, key=lambda p: _LOCATION_ORDER.get(p.location, 9))
    return RouteView(
        anchor=anchor,
        method=r.method,
        path=r.path,
        summary=r.summary,
        notes=notes(r.description),
        operation_id=r.operation_id,
        deprecated=r.deprecated,
        secured=_secured(api, r),
        parameters=tuple(_param_row(p) for p in params),
        body=_body(r.body) if r.body is not None else None,
        alt_content_types=tuple(b.content_type for b in r.bodies_alt),
        responses=tuple(_response(x) for x in sorted(r.responses, key=lambda x: x.status)),
        curl=curl(api, r),
        source=source_str(r.source),
    )


def api_view(name: str, api: Api, files: dict[str, str], redoc: bool = False) -> ApiView:
    """Group the routes by tag (in the API's tag order; untagged routes last)."""
    anchors = _Anchors()
    order = [t.name for t in api.tags]
    for r in api.routes:
        if r.tag and r.tag not in order:
            order.append(r.tag)
    described = {t.name: t.description for t in api.tags}
    groups: list[TagView] = []
    for tag in [*order, None]:
        routes = [r for r in api.routes if r.tag == tag]
        if not routes:
            continue
        label = tag or "Other"
        group_anchor = anchors(f"tag-{label}")
        views = tuple(route_view(api, r, anchors(f"{r.method}-{r.path}")) for r in routes)
        groups.append(TagView(group_anchor, label, described.get(tag or "", Text()), views))
    return ApiView(
        name=name,
        title=api.title,
        version=api.version,
        description=api.description,
        servers=api.servers,
        security=security_labels(api),
        groups=tuple(groups),
        files=files,
        redoc=redoc,
    )
