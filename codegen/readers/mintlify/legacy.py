"""Mintlify's legacy "resolved" OpenAPI shape → a standard OpenAPI 3.1 document.

In that shape ``paths`` is one operation: ``{path, method, servers, request: {security,
parameters: {path|query|header|cookie: {name: {schema: [..]}}}, body: {ct: {schemaArray}}},
response: {status: {ct: {schemaArray, examples, description}}}}``; schemas carry
``required: true`` (the body is required), ``requiredProperties`` and ``refIdentifier``.
"""

from __future__ import annotations

from typing import Any

_PLACEHOLDER = "_mintlify/placeholder"


def is_legacy(doc: Any) -> bool:
    paths = doc.get("paths") if isinstance(doc, dict) else None
    return (
        isinstance(paths, dict)
        and isinstance(paths.get("path"), str)
        and isinstance(paths.get("method"), str)
    )


def to_openapi(doc: dict[str, Any]) -> dict[str, Any]:
    src: dict[str, Any] = doc["paths"]
    request = _d(src.get("request"))
    op: dict[str, Any] = {}
    for key in ("summary", "description", "operationId", "tags", "deprecated"):
        if key in src:
            op[key] = src[key]
    if isinstance(src.get("title"), str) and "summary" not in op:
        op["summary"] = src["title"]
    schemes: dict[str, Any] = {}
    if isinstance(request.get("security"), list):
        op["security"] = []
        for alt in request["security"]:
            name, scheme = _security(alt)
            if name:
                schemes.setdefault(name, scheme)
                op["security"].append({name: []})
    params = _parameters(_d(request.get("parameters")))
    if params:
        op["parameters"] = params
    body = _body(_d(request.get("body")))
    if body:
        op["requestBody"] = body
    op["responses"] = _responses(_d(src.get("response")))
    out: dict[str, Any] = {
        "openapi": "3.1.0",
        "info": _d(doc.get("info")) or {"title": "API", "version": "0.0.0"},
    }
    servers = src.get("servers") or doc.get("servers")
    if isinstance(servers, list):
        out["servers"] = servers
    out["paths"] = {src["path"]: {src["method"].lower(): op}}
    components = dict(_d(doc.get("components")))
    if schemes:
        components["securitySchemes"] = {**schemes, **_d(components.get("securitySchemes"))}
    if components:
        out["components"] = components
    return out


def _security(alt: Any) -> tuple[str | None, dict[str, Any]]:
    alt = _d(alt)
    name = alt.get("title") if isinstance(alt.get("title"), str) else None
    for loc in ("header", "query", "cookie"):
        for pname, spec in _d(_d(alt.get("parameters")).get(loc)).items():
            spec = _d(spec)
            typ = spec.get("type")
            scheme: dict[str, Any]
            if typ == "http":
                scheme = {"type": "http", "scheme": spec.get("scheme") or "bearer"}
            elif typ == "oauth2":
                scheme = {"type": "oauth2", "flows": {}}
            else:
                scheme = {"type": "apiKey", "in": loc, "name": str(pname)}
            if "description" in spec:
                scheme["description"] = spec["description"]
            return name or str(pname), scheme
    return name, {"type": "http", "scheme": "bearer"}


def _parameters(src: dict[str, Any]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for loc in ("path", "query", "header", "cookie"):
        for name, entry in _d(src.get(loc)).items():
            entry = _d(entry)
            variants = [_d(s) for s in _l(entry.get("schema")) if isinstance(s, dict)]
            required = loc == "path" or any(s.get("required") is True for s in variants)
            schema = _one_of([_strip(s) for s in variants])
            p: dict[str, Any] = {
                "name": str(name),
                "in": loc,
                "required": required,
                "schema": schema,
            }
            desc = entry.get("description") or schema.get("description")
            if isinstance(desc, str):
                p["description"] = desc
            if entry.get("deprecated") is True or schema.get("deprecated") is True:
                p["deprecated"] = True
            out.append(p)
    return out


def _body(src: dict[str, Any]) -> dict[str, Any] | None:
    content: dict[str, Any] = {}
    required = False
    description = None
    for ct, media in src.items():
        media = _d(media)
        variants = [_d(s) for s in _l(media.get("schemaArray")) if isinstance(s, dict)]
        required = required or any(s.get("required") is True for s in variants)
        content[str(ct)] = _media(variants, media)
        if isinstance(media.get("description"), str) and description is None:
            description = media["description"]
    if not content:
        return None
    body: dict[str, Any] = {"required": required, "content": content}
    if description:
        body["description"] = description
    return body


def _responses(src: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for status, by_ct in src.items():
        resp: dict[str, Any] = {"description": ""}
        content: dict[str, Any] = {}
        for ct, media in _d(by_ct).items():
            media = _d(media)
            if isinstance(media.get("description"), str) and not resp["description"]:
                resp["description"] = media["description"]
            if ct == _PLACEHOLDER:
                continue
            variants = [_d(s) for s in _l(media.get("schemaArray")) if isinstance(s, dict)]
            content[str(ct)] = _media(variants, media)
        if content:
            resp["content"] = content
        out[str(status)] = resp
    return out


def _media(variants: list[dict[str, Any]], media: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"schema": _one_of([_strip(s) for s in variants])}
    examples = media.get("examples")
    if isinstance(examples, dict) and examples:
        out["examples"] = {str(k): v for k, v in examples.items() if isinstance(v, dict)}
    return out


def _strip(schema: dict[str, Any]) -> dict[str, Any]:
    """A schemaArray entry as a plain schema: ``requiredProperties`` → ``required``,
    ``refIdentifier`` → ``title`` (the component name), body-level ``required: true`` dropped."""
    s = {
        k: v
        for k, v in schema.items()
        if k not in ("required", "requiredProperties", "refIdentifier")
    }
    if isinstance(schema.get("requiredProperties"), list):
        s["required"] = list(schema["requiredProperties"])
    elif isinstance(schema.get("required"), list):
        s["required"] = schema["required"]
    ref = schema.get("refIdentifier")
    if isinstance(ref, str) and ref.rsplit("/", 1)[-1] and "title" not in s:
        s["title"] = ref.rsplit("/", 1)[-1]
    return s


def _one_of(variants: list[dict[str, Any]]) -> dict[str, Any]:
    if not variants:
        return {}
    return variants[0] if len(variants) == 1 else {"oneOf": variants}


def _l(v: Any) -> list[Any]:
    return v if isinstance(v, list) else []


def _d(v: Any) -> dict[str, Any]:
    return v if isinstance(v, dict) else {}
