"""Route model → OpenAPI 3.1 data (plain dicts; serialised by templates, never pasted as text)."""

from __future__ import annotations

import json
import os
import re
from typing import Any

from codegen.emit.filters import _orjson, pascal
from codegen.model import Api, Body, FieldDef, Parameter, Response, Route, Schema, Text, Value

METHOD_ORDER = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"]
_PATH_VAR = re.compile(r"\{([^}/]+)\}")
_PY_TYPES: dict[str, tuple[type, ...]] = {
    "string": (str,),
    "integer": (int,),
    "number": (int, float),
    "boolean": (bool,),
    "array": (list,),
    "object": (dict,),
}


def source_str(ref: Any) -> str | None:
    """``file:line`` with the file made relative (no machine paths in output)."""
    if ref is None:
        return None
    f = ref.file
    if os.path.isabs(f):
        try:
            f = os.path.relpath(f)
        except ValueError:
            f = os.path.basename(f)
        if f.startswith(".."):
            f = os.path.basename(f)
    f = f.replace(os.sep, "/")
    return f"{f}:{ref.line}" if ref.line else f


def value_fits(v: Value | None, s: Schema) -> bool:
    if v is None or v.truncated:
        return False
    if v.value is None:
        return s.nullable or s.type in ("null", "any")
    if s.type == "null":
        return False
    if s.type == "any":
        return True
    if isinstance(v.value, bool) and s.type != "boolean":
        return False
    if s.enum is not None and v.value not in s.enum:
        return False
    if s.type == "array" and s.items is not None and isinstance(v.value, list):
        return all(value_fits(Value(value=x), s.items) for x in v.value)
    if s.type == "object" and isinstance(v.value, dict):
        known = {f.name: f.schema_ for f in s.fields}
        return all(
            value_fits(Value(value=x), known[k])
            if k in known
            else s.values is None or value_fits(Value(value=x), s.values)
            for k, x in v.value.items()
        )
    return isinstance(v.value, _PY_TYPES.get(s.type, (object,)))


def text_ext(t: Text, key: str, out: dict[str, Any]) -> None:
    if t.zh is not None:
        out[f"x-{key}-zh"] = t.zh
    if t.en is not None:
        out[f"x-{key}-en"] = t.en


def schema(
    s: Schema,
    *,
    default: Value | None = None,
    example: Value | None = None,
    description: Text | None = None,
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if s.title:
        out["title"] = s.title
    typ: Any = None
    if s.variants:
        alts = [schema(v) for v in s.variants]
        if s.nullable:
            alts.append({"type": "null"})
        out["anyOf"] = alts
    elif s.type == "any":
        pass
    elif s.type == "null":
        typ = "null"
    else:
        typ = [s.type, "null"] if s.nullable else s.type
    if typ is not None:
        out["type"] = typ
    if s.format:
        out["format"] = s.format
    desc = description if description else s.description
    if desc:
        out["description"] = desc.text
    if s.enum is not None:
        vals = list(s.enum)
        if s.nullable and None not in vals:
            vals.append(None)
        out["enum"] = vals
    if s.type == "array":
        out["items"] = schema(s.items) if s.items is not None else {}
    if s.type == "object" or s.fields:
        if s.fields:
            out["properties"] = {f.name: field_schema(f) for f in s.fields}
            req = [f.name for f in s.fields if f.required]
            if req:
                out["required"] = req
        if s.additional:
            out["additionalProperties"] = schema(s.values) if s.values is not None else True
        if s.fields_truncated:
            out["x-fields-truncated"] = True
    if default is not None:
        if value_fits(default, s):
            out["default"] = default.value
        else:
            out["x-doc-default"] = default.value
            if default.truncated:
                out["x-doc-default-truncated"] = True
    if example is not None:
        if value_fits(example, s):
            out["examples"] = [example.value]
        else:
            out["x-doc-example"] = example.value
            if example.truncated:
                out["x-doc-example-truncated"] = True
    return out


def field_schema(f: FieldDef) -> dict[str, Any]:
    out = schema(f.schema_, default=f.default, example=f.example, description=f.description or None)
    if f.description:
        text_ext(f.description, "description", out)
    if f.deprecated:
        out["deprecated"] = True
    return out


def parameter(p: Parameter) -> dict[str, Any]:
    out: dict[str, Any] = {"name": p.name, "in": p.location}
    if p.description:
        out["description"] = p.description.text
    out["required"] = True if p.location == "path" else p.required
    if p.deprecated:
        out["deprecated"] = True
    out["schema"] = schema(p.schema_, default=p.default)
    if p.example is not None and value_fits(p.example, p.schema_):
        out["example"] = p.example.value
    if p.description:
        text_ext(p.description, "description", out)
    src = source_str(p.source)
    if src:
        out["x-source"] = src
    return out


class ComponentNamer:
    """Deterministic, collision-free component names."""

    def __init__(self) -> None:
        self.used: dict[str, str] = {}

    def name(self, wanted: str, key: str) -> str:
        base = pascal(wanted) or "Model"
        cand, n = base, 2
        while cand in self.used and self.used[cand] != key:
            cand, n = f"{base}{n}", n + 1
        self.used[cand] = key
        return cand


def _canon(d: Any) -> str:
    return json.dumps(d, sort_keys=True, ensure_ascii=False)


def _same_as(d: Any) -> bytes | str:
    """A key equal for equal schemas and only for them: orjson's key-sorted text (four
    times quicker than :func:`_canon` on 1,000 responses), or :func:`_canon` where orjson
    may blur two values (NaN and ``null`` are both ``null`` to it) or refuses one."""
    if _orjson is not None:
        try:
            raw: bytes = _orjson.dumps(d, option=_orjson.OPT_SORT_KEYS)
        except TypeError:  # orjson.JSONEncodeError (a big integer, a non-string key)
            return _canon(d)
        # no JSON ``null`` token (text like one inside a string: the slow way, to be safe)
        if b":null" not in raw and b"[null" not in raw and b",null" not in raw:
            return raw
    return _canon(d)


def route_stem(r: Route) -> str:
    if r.operation_id:
        return re.sub(r"_api_(?:u\d+_)?v\d+_.*$", "", r.operation_id) or r.operation_id
    return f"{r.method.lower()}_{r.path}"


class ResponseSchemas:
    """Response schemas rendered once per build (each is needed to find the shared envelope and
    again to emit the route), and the component names of the shared ones (by :func:`_same_as`)."""

    def __init__(self) -> None:
        self._done: dict[int, tuple[dict[str, Any], bytes | str]] = {}
        self.groups: dict[bytes | str, str] = {}

    def get(self, s: Schema) -> tuple[dict[str, Any], bytes | str]:
        hit = self._done.get(id(s))
        if hit is None:
            sd = schema(s)
            hit = self._done[id(s)] = (sd, _same_as(sd))
        return hit

    def take(self, s: Schema) -> tuple[dict[str, Any], bytes | str]:
        """Like :meth:`get`, but hands the rendering over: no dict lands in the document twice."""
        hit = self.get(s)
        del self._done[id(s)]
        return hit


def build(api: Api) -> dict[str, Any]:
    """The full OpenAPI 3.1 document as ordered plain data."""
    namer = ComponentNamer()
    components: dict[str, Any] = {}
    response_groups: dict[bytes | str, str] = {}

    routes = sorted(api.routes, key=lambda r: (r.path, METHOD_ORDER.index(r.method)))
    # responses shared by several routes become one component (the envelope)
    rendered = ResponseSchemas()
    resp_count: dict[bytes | str, int] = {}
    first: dict[bytes | str, dict[str, Any]] = {}
    for r in routes:
        for resp in r.responses:
            if resp.schema_ is not None and resp.schema_.fields:
                sd, k = rendered.get(resp.schema_)
                resp_count[k] = resp_count.get(k, 0) + 1
                first.setdefault(k, sd)
    # named in order of use, then of the json module's key-sorted text
    canon = {k: _canon(first[k]) for k, n in resp_count.items() if n > 1}
    for i, k in enumerate(sorted(canon, key=lambda k: (-resp_count[k], canon[k]))):
        response_groups[k] = namer.name(
            "ResponseModel" if i == 0 else f"ResponseModel{i + 1}", canon[k]
        )
        components[response_groups[k]] = json.loads(canon[k])  # the key-sorted form
    rendered.groups = response_groups

    op_ids: dict[str, int] = {}
    paths: dict[str, dict[str, Any]] = {}
    for r in routes:
        op = operation(r, api, namer, components, rendered, op_ids)
        paths.setdefault(r.path, {})[r.method.lower()] = op

    doc: dict[str, Any] = {"openapi": "3.1.0"}
    info: dict[str, Any] = {"title": api.title, "version": api.version}
    if api.description:
        info["description"] = api.description.text
    doc["info"] = info
    if api.servers:
        doc["servers"] = [{"url": s} for s in api.servers]
    if api.security:
        doc["security"] = [{name: []} for name in api.security]
    tags = []
    for t in sorted(api.tags, key=lambda t: t.name):
        td: dict[str, Any] = {"name": t.name}
        if t.description:
            td["description"] = t.description.text
            text_ext(t.description, "description", td)
        tags.append(td)
    if tags:
        doc["tags"] = tags
    doc["paths"] = paths
    comp: dict[str, Any] = {}
    if components:
        comp["schemas"] = dict(sorted(components.items()))
    if api.security_schemes:
        comp["securitySchemes"] = {
            s.name: security_scheme(s) for s in sorted(api.security_schemes, key=lambda s: s.name)
        }
    if comp:
        doc["components"] = comp
    return doc


def security_scheme(s: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"type": s.type}
    if s.type == "http":
        out["scheme"] = s.scheme or "bearer"
    elif s.type == "apiKey":
        out["in"] = s.location or "header"
        out["name"] = s.param_name or "Authorization"
    if s.description:
        out["description"] = s.description.text
    return out


def operation(
    r: Route,
    api: Api,
    namer: ComponentNamer,
    components: dict[str, Any],
    rendered: ResponseSchemas,
    op_ids: dict[str, int],
) -> dict[str, Any]:
    op: dict[str, Any] = {}
    if r.tag:
        op["tags"] = [r.tag]
    if r.summary:
        op["summary"] = r.summary.text
    if r.description:
        op["description"] = r.description.text
    oid = r.operation_id or re.sub(r"[^0-9A-Za-z_]+", "_", f"{r.method.lower()}{r.path}").strip("_")
    n = op_ids.get(oid, 0)
    op_ids[oid] = n + 1
    op["operationId"] = oid if n == 0 else f"{oid}_{n + 1}"
    if r.deprecated:
        op["deprecated"] = True
    if r.security is not None:
        op["security"] = [{name: []} for name in r.security]
    params = [parameter(p) for p in r.parameters]
    declared = {p.name for p in r.parameters if p.location == "path"}
    for var in _PATH_VAR.findall(r.path):
        if var not in declared:
            params.append(
                {
                    "name": var,
                    "in": "path",
                    "required": True,
                    "schema": {"type": "string"},
                    "x-synthesised": True,
                }
            )
    if params:
        op["parameters"] = params
    if r.body is not None:
        op["requestBody"] = request_body(r, [r.body, *r.bodies_alt], namer, components)
    op["responses"] = responses(r, rendered, namer, components)
    if r.capabilities:
        op["x-capabilities"] = list(r.capabilities)
    text_ext(r.summary, "summary", op)
    text_ext(r.description, "description", op)
    src = source_str(r.source)
    if src:
        op["x-source"] = src
    return op


def request_body(
    r: Route, bodies: list[Body], namer: ComponentNamer, components: dict[str, Any]
) -> dict[str, Any]:
    content: dict[str, Any] = {}
    for b in bodies:
        sd = schema(b.schema_)
        if b.schema_.type == "object" and b.schema_.fields:
            name = namer.name(
                b.schema_.title or f"{route_stem(r)}_request", f"body:{r.key}:{b.content_type}"
            )
            components[name] = sd
            sd = {"$ref": f"#/components/schemas/{name}"}
        media: dict[str, Any] = {"schema": sd}
        if b.example is not None and not b.example.truncated:
            media["example"] = b.example.value
        content[b.content_type] = media
    out: dict[str, Any] = {}
    first = bodies[0]
    if first.description:
        out["description"] = first.description.text
    out["content"] = content
    out["required"] = first.required
    src = source_str(first.source)
    if src:
        out["x-source"] = src
    return out


def responses(
    r: Route, rendered: ResponseSchemas, namer: ComponentNamer, components: dict[str, Any]
) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for resp in sorted(r.responses, key=lambda x: x.status):
        d = response(r, resp, rendered, namer, components)
        if resp.status in out:  # one status, several media types: one content map
            out[resp.status].setdefault("content", {}).update(d.get("content", {}))
        else:
            out[resp.status] = d
    if not out:
        out["200"] = {"description": "Successful Response"}
    return out


def response(
    r: Route,
    resp: Response,
    rendered: ResponseSchemas,
    namer: ComponentNamer,
    components: dict[str, Any],
) -> dict[str, Any]:
    d: dict[str, Any] = {"description": resp.description.text or "Successful Response"}
    if resp.content_type:
        media: dict[str, Any] = {}
        if resp.schema_ is not None:
            sd, key = rendered.take(resp.schema_)
            if key in rendered.groups:
                sd = {"$ref": f"#/components/schemas/{rendered.groups[key]}"}
            elif resp.schema_.fields:
                name = namer.name(
                    resp.schema_.title or f"{route_stem(r)}_response",
                    f"resp:{r.key}:{resp.status}:{resp.content_type}",
                )
                components[name] = sd
                sd = {"$ref": f"#/components/schemas/{name}"}
            media["schema"] = sd
        d["content"] = {resp.content_type: media}
    src = source_str(resp.source)
    if src:
        d["x-source"] = src
    return d
