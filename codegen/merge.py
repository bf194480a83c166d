"""Several read documents of one API → one model that is better than any single source.

Two routes are the same route when their method+path match (after the configured path-prefix
map) or their normalised operation ids match. Per aspect the more informative source wins: a real
type beats an unknown one, a complete value beats a truncated one, a documented body beats "no
parameters". A real conflict (two different types, required flags or paths) becomes a warning
naming both ``file:line``s and is settled by source precedence (earlier sources win unless a
``precedence`` list of path globs ranks them). ``Route.origins`` records who supplied what.
"""

from __future__ import annotations

import fnmatch
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TypeVar

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

PrefixMap = Sequence[tuple[str, str]]
_D = TypeVar("_D", FieldDef, Parameter)
_JUNK_SERVERS = re.compile(r"^https?://(localhost|127\.0\.0\.1|example\.com)(:\d+)?/?$", re.I)


def map_path(path: str, prefix_map: PrefixMap) -> str:
    for old, new in prefix_map:
        if path.startswith(old):
            return new + path[len(old) :]
    return path


def normalise_op_id(op: str | None) -> str | None:
    """Operation ids compare equal across generators: de-dup suffixes, case and separators."""
    if not op:
        return None
    s = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", op)
    s = re.sub(r"[_-]\d+$", "", s)
    return re.sub(r"[^a-z0-9]+", "_", s.lower()).strip("_") or None


@dataclass
class _Ctx:
    diags: list[Diagnostic] = field(default_factory=list)

    def conflict(self, what: str, a: SourceRef | None, b: SourceRef | None, kept: str) -> None:
        where = b or a
        self.diags.append(
            Diagnostic(
                level="warning",
                file=where.file if where else "",
                line=where.line if where else 0,
                code="merge-conflict",
                message=f"{what}: {a or '?'} and {b or '?'} disagree; keeping {kept}",
            )
        )


# --- values and schemas ---------------------------------------------------------------------


def _value(a: Value | None, b: Value | None) -> Value | None:
    if a is None:
        return b
    if b is not None and a.truncated and not b.truncated:
        return b
    return a


def _text(a: Text, b: Text) -> Text:
    if not a:
        return b
    if b and a.zh is None and a.en is None and (b.zh is not None or b.en is not None):
        return b
    return a


def merge_schema(
    a: Schema, b: Schema, ctx: _Ctx, what: str, sa: SourceRef | None, sb: SourceRef | None
) -> Schema:
    if b.inferred and not a.inferred and a.type != "any":
        b = Schema()  # a declared type beats one worked out from prose
    elif a.inferred and not b.inferred and b.type != "any":
        a = Schema()
    if b.type == "any" and not b.variants:
        return (
            a
            if a.description or not b.description
            else a.model_copy(update={"description": b.description})
        )
    if a.type == "any" and not a.variants:
        return (
            b
            if b.description or not a.description
            else b.model_copy(update={"description": a.description})
        )
    if a.type != b.type:
        ctx.conflict(f"{what}: type {a.type} vs {b.type}", sa, sb, a.type)
        return a
    upd: dict[str, object] = {
        "format": a.format or b.format,
        "enum": a.enum if a.enum is not None else b.enum,
        "nullable": a.nullable or b.nullable,
        "title": a.title or b.title,
        "description": a.description or b.description,
        "additional": a.additional or b.additional,
        "values": a.values if a.values is not None else b.values,
    }
    if a.type == "array" and a.items is not None and b.items is not None:
        upd["items"] = merge_schema(a.items, b.items, ctx, f"{what}[]", sa, sb)
    elif a.items is None:
        upd["items"] = b.items
    if a.fields or b.fields:
        upd["fields"] = _merge_fields(a.fields, b.fields, ctx, what)
        upd["fields_truncated"] = (
            (a.fields_truncated and b.fields_truncated)
            if (a.fields and b.fields)
            else (a.fields_truncated if a.fields else b.fields_truncated)
        )
    return a.model_copy(update=upd)


def _merge_fields(
    fa: tuple[FieldDef, ...], fb: tuple[FieldDef, ...], ctx: _Ctx, what: str
) -> tuple[FieldDef, ...]:
    by_b = {f.name: f for f in fb}
    out: list[FieldDef] = []
    for f in fa:
        g = by_b.pop(f.name, None)
        out.append(f if g is None else _merge_described(f, g, ctx, f"{what}.{f.name}"))
    out.extend(g for g in fb if g.name in by_b)
    return tuple(out)


def _merge_described(a: _D, b: _D, ctx: _Ctx, what: str, *, check_required: bool = True) -> _D:
    """Merge two descriptions of one field or parameter (same attribute names on both)."""
    if check_required and a.required != b.required:
        ctx.conflict(
            f"{what}: required {a.required} vs {b.required}", a.source, b.source, str(a.required)
        )
    return a.model_copy(
        update={
            "schema_": merge_schema(a.schema_, b.schema_, ctx, what, a.source, b.source),
            "description": _text(a.description, b.description),
            "default": _value(a.default, b.default),
            "example": _value(a.example, b.example),
            "deprecated": a.deprecated or b.deprecated,
            "source": a.source or b.source,
        }
    )


# --- routes -------------------------------------------------------------------------------------


def _body_names(r: Route) -> set[str]:
    return {f.name for f in r.body.schema_.fields} if r.body is not None else set()


def _merge_params(
    a: Route, b: Route, ctx: _Ctx
) -> tuple[tuple[Parameter, ...], list[tuple[str, SourceRef]]]:
    origins: list[tuple[str, SourceRef]] = []
    by_b = {(p.name, p.location): p for p in b.parameters}
    out: list[Parameter] = []
    for p in a.parameters:
        q = by_b.pop((p.name, p.location), None)
        out.append(
            p
            if q is None
            else _merge_described(
                p,
                q,
                ctx,
                f"{a.method} {a.path} parameter {p.name}",
                check_required=p.location != "path",
            )
        )
    body = _body_names(a)
    for (name, _loc), q in by_b.items():
        if name in body or any(p.name == name for p in out):
            continue  # a documented body field beats a guessed query parameter
        out.append(q)
        if q.source:
            origins.append((f"parameter:{name}", q.source))
    return tuple(out), origins


def _merge_body(a: Body | None, b: Body | None, ctx: _Ctx, what: str) -> Body | None:
    if a is None:
        return b
    if b is None or (a.inferred and not b.inferred):
        return b or a  # a documented body replaces one rebuilt from the notes
    if (b.inferred and not a.inferred) or a.content_type != b.content_type:
        return a
    return a.model_copy(
        update={
            "schema_": merge_schema(a.schema_, b.schema_, ctx, f"{what} body", a.source, b.source),
            "required": a.required or b.required,
            "description": _text(a.description, b.description),
            "example": _value(a.example, b.example),
        }
    )


def _merge_responses(
    a: tuple[Response, ...], b: tuple[Response, ...], ctx: _Ctx, what: str
) -> tuple[Response, ...]:
    by_b = {r.status: r for r in b}
    out: list[Response] = []
    for r in a:
        q = by_b.pop(r.status, None)
        if q is None:
            out.append(r)
            continue
        if r.schema_ is None:
            out.append(
                r.model_copy(
                    update={"schema_": q.schema_, "content_type": r.content_type or q.content_type}
                )
            )
        elif q.schema_ is not None:
            out.append(
                r.model_copy(
                    update={
                        "schema_": merge_schema(
                            r.schema_,
                            q.schema_,
                            ctx,
                            f"{what} response {r.status}",
                            r.source,
                            q.source,
                        )
                    }
                )
            )
        else:
            out.append(r)
    out.extend(by_b.values())
    return tuple(out)


def merge_routes(a: Route, b: Route, ctx: _Ctx) -> Route:
    """Merge ``b`` into ``a``; ``a`` has precedence on real conflicts."""
    what = f"{a.method} {a.path}"
    if (a.method, a.path) != (b.method, b.path):
        ctx.conflict(
            f"{what}: documented as {b.method} {b.path} elsewhere",
            a.source,
            b.source,
            f"{a.method} {a.path}",
        )
    params, origins = _merge_params(a, b, ctx)
    security = a.security
    if b.security and not a.security:
        security = b.security  # "no auth" from a lossy generator loses to a documented scheme
    merged = a.model_copy(
        update={
            "operation_id": a.operation_id or b.operation_id,
            "tag": a.tag or b.tag,
            "summary": _text(a.summary, b.summary),
            "description": _text(a.description, b.description),
            "capabilities": a.capabilities or b.capabilities,
            "security": security,
            "deprecated": a.deprecated or b.deprecated,
            "parameters": params,
            "body": _merge_body(a.body, b.body, ctx, what),
            "bodies_alt": a.bodies_alt or b.bodies_alt,
            "responses": _merge_responses(a.responses, b.responses, ctx, what),
            "source": a.source or b.source,
        }
    )
    base = list(a.origins) or ([("route", a.source)] if a.source else [])
    if b.source:
        base.append(("route", b.source))
        if a.body is None and b.body is not None:
            base.append(("body", b.source))
    return merged.model_copy(update={"origins": tuple(base + origins)})


def _same_tail(a: tuple[str, str], b: tuple[str, str]) -> bool:
    """Same method, and one path ends with the other's last two segments (a moved prefix)."""
    if a[0] != b[0]:
        return False
    sa = [x for x in a[1].split("/") if x]
    sb = [x for x in b[1].split("/") if x]
    n = min(len(sa), len(sb), 2)
    return n > 0 and sa[-n:] == sb[-n:]


def _rank(results: Sequence[ReadResult], precedence: Sequence[str]) -> list[ReadResult]:
    """Order sources: configured globs first, then format informativeness, then file name —
    never the order the inputs were given in, so output does not depend on it."""

    def key(i_res: tuple[int, ReadResult]) -> tuple[int, int, str, int]:
        i, res = i_res
        src = next((r.source.file for r in res.api.routes if r.source), "")
        name = src.replace("\\", "/").rsplit("/", 1)[-1]
        for rank, pat in enumerate(precedence):
            if fnmatch.fnmatch(src, pat) or fnmatch.fnmatch(name, pat):
                return rank, res.rank, name, i
        return len(precedence), res.rank, name, i

    return [r for _, r in sorted(enumerate(results), key=key)]


def combine(
    results: Sequence[ReadResult],
    *,
    prefix_map: PrefixMap = (),
    title: str | None = None,
    version: str | None = None,
    servers: Sequence[str] | None = None,
    description: str | None = None,
    precedence: Sequence[str] = (),
) -> tuple[Api, list[Diagnostic]]:
    ctx = _Ctx()
    routes: dict[tuple[str, str], Route] = {}
    by_op: dict[str, tuple[str, str]] = {}
    tags: dict[str, Tag] = {}
    schemes: dict[str, SecurityScheme] = {}
    security: list[str] = []
    found_servers: list[str] = []
    titles: list[str] = []
    versions: list[str] = []
    for res in _rank(results, precedence):
        api = res.api
        if api.routes:
            titles.append(api.title)
            if api.version != "0.0.0":
                versions.append(api.version)
        for t in api.tags:
            tags[t.name] = (
                tags[t.name].model_copy(
                    update={"description": _text(tags[t.name].description, t.description)}
                )
                if t.name in tags
                else t
            )
        for s in api.security_schemes:
            schemes.setdefault(s.name, s)
        security.extend(n for n in api.security if n not in security)
        found_servers.extend(
            s for s in api.servers if s not in found_servers and not _JUNK_SERVERS.match(s)
        )
        seen_here: set[tuple[str, str]] = set()
        for r in api.routes:
            r2 = r.model_copy(update={"path": map_path(r.path, prefix_map)}) if prefix_map else r
            if r2.key in seen_here:
                src = r2.source
                ctx.diags.append(
                    Diagnostic(
                        level="warning",
                        file=src.file if src else "",
                        line=src.line if src else 0,
                        code="duplicate-route",
                        message=f"{r2.method} {r2.path} is documented twice in this file "
                        f"(first at {routes[r2.key].source}); merged",
                    )
                )
                routes[r2.key] = merge_routes(routes[r2.key], r2, ctx)
                continue
            op = normalise_op_id(r2.operation_id)
            key: tuple[str, str] | None = r2.key if r2.key in routes else None
            cand = by_op.get(op) if op else None
            if (
                key is None
                and cand is not None
                and cand not in seen_here
                and _same_tail(cand, r2.key)
            ):
                key = cand  # same operation documented under another path prefix elsewhere
            if key is None:
                routes[r2.key] = r2
                if op:
                    by_op.setdefault(op, r2.key)
                seen_here.add(r2.key)
                continue
            routes[key] = merge_routes(routes[key], r2, ctx)
            seen_here.add(key)
    merged = Api(
        title=title or (titles[0] if len(set(titles)) == 1 else "API"),
        version=version or (versions[0] if versions else "0.0.0"),
        description=Text(text=description) if description else Text(),
        servers=tuple(servers) if servers else tuple(found_servers),
        security_schemes=tuple(schemes.values()),
        security=tuple(security),
        tags=tuple(tags.values()),
        routes=tuple(routes.values()),
    )
    return merged, ctx.diags
