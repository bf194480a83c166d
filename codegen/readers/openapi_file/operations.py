"""An OpenAPI 3.x / Swagger 2.0 document (plain data) → :class:`codegen.model.Api`."""

from __future__ import annotations

import re
from typing import Any, cast

from codegen.model import (
    Api,
    Body,
    Diagnostic,
    FieldDef,
    HttpMethod,
    Location,
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
from codegen.readers.bilingual import split_inline
from codegen.readers.openapi_file.loader import LineOf, Pointer
from codegen.readers.openapi_file.refs import Refs
from codegen.readers.openapi_file.schemas import SchemaConverter, text

METHODS: tuple[str, ...] = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_LOCATIONS: frozenset[str] = frozenset(("path", "query", "header", "cookie"))
_FORM_TYPES = ("multipart/form-data", "application/x-www-form-urlencoded")
_VAR = re.compile(r"\{([^{}]+)\}")
_BAD_KEY = re.compile(r"[^A-Za-z0-9._-]+")


def api_from_openapi(doc: dict[str, Any], path: str, line_of: LineOf | None = None) -> ReadResult:
    """Build the route model of one OpenAPI/Swagger document; problems become diagnostics."""
    diags: list[Diagnostic] = []
    if not isinstance(doc, dict):
        return ReadResult(
            api=Api(),
            diagnostics=(_diag("error", path, 1, "not-openapi", "document is not a mapping"),),
        )
    reader = _Reader(doc, path, line_of, diags)
    try:
        api = reader.api()
    except RecursionError:
        diags.append(_diag("error", path, 0, "too-deep", "document nests too deeply to read"))
        api = Api()
    return ReadResult(api=api, diagnostics=tuple(diags))


class _Reader:
    def __init__(
        self, doc: dict[str, Any], file: str, line_of: LineOf | None, diags: list[Diagnostic]
    ) -> None:
        self.doc = doc
        self.file = file
        self.line_of = line_of
        self.diags = diags
        self.refs = Refs(doc)
        self.schemas = SchemaConverter(self.refs, file, line_of, diags)
        self.swagger2 = isinstance(doc.get("swagger"), (str, int, float)) and "openapi" not in doc

    # -- document level ---------------------------------------------------------------------------
    def api(self) -> Api:
        info = _dict(self.doc.get("info"))
        routes: list[Route] = []
        used_tags: list[str] = []
        paths = _dict(self.doc.get("paths"))
        if not paths:
            self.diags.append(
                _diag(
                    "warning",
                    self.file,
                    self._line(("paths",)) or 1,
                    "no-paths",
                    "document has no paths",
                )
            )
        for p, raw_item in paths.items():
            item, _ = self.refs.deref(raw_item)
            if not isinstance(item, dict):
                continue
            for m in METHODS:
                op = item.get(m)
                if isinstance(op, dict):
                    r = self.route(str(p), m, item, op)
                    routes.append(r)
                    if r.tag and r.tag not in used_tags:
                        used_tags.append(r.tag)
        return Api(
            title=str(info.get("title") or "API"),
            version=str(info.get("version") if info.get("version") is not None else "0.0.0"),
            description=text(info.get("description")),
            servers=self.servers(),
            security_schemes=self.security_schemes(),
            security=self.security_names(self.doc.get("security")) or (),
            tags=self.tags(used_tags),
            routes=tuple(routes),
        )

    def servers(self) -> tuple[str, ...]:
        if self.swagger2:
            host = self.doc.get("host")
            base = str(self.doc.get("basePath") or "")
            if not isinstance(host, str) or not host:
                return (base,) if base and base != "/" else ()
            schemes = [s for s in _list(self.doc.get("schemes")) if isinstance(s, str)] or ["https"]
            return tuple(f"{s}://{host}{base.rstrip('/')}" for s in schemes)
        out: list[str] = []
        for s in _list(self.doc.get("servers")):
            if isinstance(s, dict) and isinstance(s.get("url"), str):
                out.append(_server_url(s))
        return tuple(out)

    def tags(self, used: list[str]) -> tuple[Tag, ...]:
        out: dict[str, Tag] = {}
        for i, t in enumerate(_list(self.doc.get("tags"))):
            if isinstance(t, dict) and isinstance(t.get("name"), str):
                out.setdefault(
                    t["name"],
                    Tag(
                        name=t["name"],
                        description=text(t.get("description")),
                        source=self._src(("tags", i)),
                    ),
                )
        for name in used:
            out.setdefault(name, Tag(name=name))
        return tuple(out.values())

    def security_schemes(self) -> tuple[SecurityScheme, ...]:
        raw = (
            _dict(self.doc.get("securityDefinitions"))
            if self.swagger2
            else _dict(_dict(self.doc.get("components")).get("securitySchemes"))
        )
        out: list[SecurityScheme] = []
        for name, node in raw.items():
            node, _ = self.refs.deref(node)
            if isinstance(node, dict):
                key = scheme_key(str(name))
                if key != name:
                    self.diags.append(
                        _diag(
                            "info",
                            self.file,
                            self._line(("components", "securitySchemes", str(name))),
                            "scheme-renamed",
                            f"security scheme {name!r} renamed {key!r} "
                            "(OpenAPI component names allow only letters, digits, '.', '_', '-')",
                        )
                    )
                out.append(security_scheme(key, node))
        return tuple(out)

    def security_names(self, raw: Any) -> tuple[str, ...] | None:
        """Names in a security requirement list (``[]`` → ``()``: no auth)."""
        if not isinstance(raw, list):
            return None
        names: list[str] = []
        for req in raw:
            if isinstance(req, dict):
                names.extend(scheme_key(str(k)) for k in req if scheme_key(str(k)) not in names)
        return tuple(names)

    # -- operations -------------------------------------------------------------------------------
    def route(self, p: str, m: str, item: dict[str, Any], op: dict[str, Any]) -> Route:
        ptr: tuple[str | int, ...] = ("paths", p, m)
        params, body_params = self.parameters(p, m, item, op)
        bodies = self.body_swagger(body_params, op) if self.swagger2 else self.body_openapi(op, ptr)
        tags = [t for t in _list(op.get("tags")) if isinstance(t, str)]
        oid = op.get("operationId")
        return Route(
            method=cast(HttpMethod, m.upper()),
            path=p,
            operation_id=oid if isinstance(oid, str) and oid else None,
            tag=tags[0] if tags else None,
            summary=split_inline(op["summary"]) if isinstance(op.get("summary"), str) else Text(),
            description=text(op.get("description")),
            security=self.security_names(op.get("security")),
            deprecated=op.get("deprecated") is True,
            parameters=tuple(params),
            body=bodies[0] if bodies else None,
            bodies_alt=tuple(bodies[1:]),
            responses=self.responses(op, ptr),
            source=self._src(ptr),
        )

    def parameters(
        self, p: str, m: str, item: dict[str, Any], op: dict[str, Any]
    ) -> tuple[list[Parameter], list[tuple[dict[str, Any], Pointer]]]:
        merged: dict[tuple[str, str], tuple[dict[str, Any], Pointer]] = {}
        for owner, where in ((item, ("paths", p)), (op, ("paths", p, m))):
            for i, raw in enumerate(_list(owner.get("parameters"))):
                node, _ = self.refs.deref(raw)
                if isinstance(node, dict) and isinstance(node.get("name"), str):
                    merged[(node["name"], str(node.get("in")))] = (node, (*where, "parameters", i))
        params: list[Parameter] = []
        body_params: list[tuple[dict[str, Any], Pointer]] = []
        template = set(_VAR.findall(p))
        for (name, loc), (node, ptr) in merged.items():
            if loc == "path" and name not in template:
                self.diags.append(
                    _diag(
                        "warning",
                        self.file,
                        self._line(ptr),
                        "path-param-unused",
                        f"path parameter {name!r} is not in {p}; skipped",
                    )
                )
            elif loc in ("body", "formData"):
                body_params.append((node, ptr))
            elif loc in _LOCATIONS:
                params.append(self.parameter(name, cast(Location, loc), node, ptr))
            else:
                self.diags.append(
                    _diag(
                        "warning",
                        self.file,
                        self._line(ptr),
                        "param-location",
                        f"parameter {name!r} has unknown location {loc!r}; skipped",
                    )
                )
        return params, body_params

    def parameter(self, name: str, loc: Location, node: dict[str, Any], ptr: Pointer) -> Parameter:
        sch_node: Any = node.get("schema")
        sch_ptr: Pointer = (*ptr, "schema")
        if not isinstance(sch_node, dict) and isinstance(node.get("content"), dict):
            for ct, media in node["content"].items():
                if isinstance(media, dict):
                    sch_node, sch_ptr = media.get("schema"), (*ptr, "content", ct, "schema")
                    break
        if not isinstance(sch_node, dict):
            sch_node = node  # Swagger 2.0: type/format/items/enum sit on the parameter itself
        schema = self.schemas.convert(sch_node, sch_ptr)
        notes = self.schemas.notes(sch_node)
        example = _example(node) or notes.example
        default = Value(value=node["default"]) if "default" in node else notes.default
        return Parameter(
            name=name,
            location=loc,
            required=loc == "path" or node.get("required") is True,
            schema_=schema,
            description=text(node.get("description")) or notes.description,
            default=default,
            example=example,
            deprecated=node.get("deprecated") is True,
            source=self._src(ptr),
        )

    def body_openapi(self, op: dict[str, Any], ptr: tuple[str | int, ...]) -> list[Body]:
        raw = op.get("requestBody")
        if raw is None:
            return []
        node, _ = self.refs.deref(raw)
        if not isinstance(node, dict):
            return []
        bptr = (*ptr, "requestBody")
        out: list[Body] = []
        for ct, media in _dict(node.get("content")).items():
            media = media if isinstance(media, dict) else {}
            schema = self.schemas.convert(media.get("schema"), (*bptr, "content", ct, "schema"))
            out.append(
                Body(
                    content_type=str(ct),
                    required=node.get("required") is True,
                    schema_=schema,
                    description=text(node.get("description")),
                    example=_example(media),
                    source=self._src(bptr),
                )
            )
        return out

    def body_swagger(
        self, params: list[tuple[dict[str, Any], Pointer]], op: dict[str, Any]
    ) -> list[Body]:
        if not params:
            return []
        consumes = [
            c
            for c in _list(op.get("consumes")) or _list(self.doc.get("consumes"))
            if isinstance(c, str)
        ]
        for node, ptr in params:
            if node.get("in") == "body":
                schema = self.schemas.convert(node.get("schema"), (*ptr, "schema"))
                ct = next(
                    (c for c in consumes if "json" in c),
                    consumes[0] if consumes else "application/json",
                )
                return [
                    Body(
                        content_type=ct,
                        required=node.get("required") is True,
                        schema_=schema,
                        description=text(node.get("description")),
                        source=self._src(ptr),
                    )
                ]
        fields = [
            FieldDef(
                name=str(node["name"]),
                schema_=self.schemas.convert(node, ptr),
                required=node.get("required") is True,
                description=text(node.get("description")),
                default=Value(value=node["default"]) if "default" in node else None,
                source=self._src(ptr),
            )
            for node, ptr in params
        ]
        has_file = any(node.get("type") == "file" for node, _ in params)
        forms = [c for c in consumes if c in _FORM_TYPES]
        ct = "multipart/form-data" if has_file or not forms else forms[0]
        return [
            Body(
                content_type=ct,
                required=any(f.required for f in fields),
                schema_=Schema(type="object", fields=tuple(fields)),
                source=self._src(params[0][1]),
            )
        ]

    def responses(self, op: dict[str, Any], ptr: tuple[str | int, ...]) -> tuple[Response, ...]:
        out: list[Response] = []
        produces = [
            c
            for c in _list(op.get("produces")) or _list(self.doc.get("produces"))
            if isinstance(c, str)
        ]
        for status, raw in _dict(op.get("responses")).items():
            node, _ = self.refs.deref(raw)
            if not isinstance(node, dict):
                continue
            rptr = (*ptr, "responses", str(status))
            desc, src = text(node.get("description")), self._src(rptr)
            if self.swagger2:
                schema = (
                    self.schemas.convert(node["schema"], (*rptr, "schema"))
                    if isinstance(node.get("schema"), dict)
                    else None
                )
                ct = (produces[0] if produces else "application/json") if schema else None
                out.append(
                    Response(
                        status=str(status),
                        content_type=ct,
                        schema_=schema,
                        description=desc,
                        source=src,
                    )
                )
                continue
            content = _dict(node.get("content"))
            if not content:
                out.append(
                    Response(status=str(status), content_type=None, description=desc, source=src)
                )
            for ct, media in content.items():
                media = media if isinstance(media, dict) else {}
                schema = (
                    self.schemas.convert(media["schema"], (*rptr, "content", ct, "schema"))
                    if isinstance(media.get("schema"), dict)
                    else None
                )
                out.append(
                    Response(
                        status=str(status),
                        content_type=str(ct),
                        schema_=schema,
                        description=desc,
                        source=src,
                    )
                )
        return tuple(out)

    # -- helpers ----------------------------------------------------------------------------------
    def _line(self, ptr: Pointer) -> int:
        return self.line_of(ptr) if self.line_of is not None else 0

    def _src(self, ptr: Pointer) -> SourceRef:
        return SourceRef(file=self.file, line=self._line(ptr))


def security_scheme(name: str, node: dict[str, Any]) -> SecurityScheme:
    """One securitySchemes / securityDefinitions entry."""
    typ = str(node.get("type") or "")
    desc = text(node.get("description"))
    if typ == "basic":
        return SecurityScheme(name=name, type="http", scheme="basic", description=desc)
    if typ == "http":
        return SecurityScheme(
            name=name,
            type="http",
            scheme=str(node.get("scheme") or "bearer").lower(),
            description=desc,
        )
    if typ == "apiKey":
        loc = node.get("in")
        return SecurityScheme(
            name=name,
            type="apiKey",
            scheme=None,
            location=cast(Location, loc)
            if isinstance(loc, str) and loc in _LOCATIONS
            else "header",
            param_name=str(node.get("name") or "Authorization"),
            description=desc,
        )
    if typ in ("oauth2", "openIdConnect"):
        return SecurityScheme(name=name, type=cast(Any, typ), scheme=None, description=desc)
    return SecurityScheme(name=name, type="http", scheme="bearer", description=desc)


def scheme_key(name: str) -> str:
    """A security scheme name usable as an OpenAPI component key."""
    return _BAD_KEY.sub("_", name.strip()) or "auth"


def _server_url(server: dict[str, Any]) -> str:
    url = str(server["url"])
    variables = _dict(server.get("variables"))

    def sub(m: re.Match[str]) -> str:
        var = _dict(variables.get(m.group(1)))
        return str(var["default"]) if "default" in var else m.group(0)

    return _VAR.sub(sub, url)


def _example(node: dict[str, Any]) -> Value | None:
    if "example" in node:
        return Value(value=node["example"])
    examples = node.get("examples")
    if isinstance(examples, dict):
        for ex in examples.values():
            if isinstance(ex, dict) and "value" in ex:
                return Value(value=ex["value"])
    return None


def _list(v: Any) -> list[Any]:
    return v if isinstance(v, list) else []


def _dict(v: Any) -> dict[str, Any]:
    return v if isinstance(v, dict) else {}


def _diag(level: str, file: str, line: int, code: str, msg: str) -> Diagnostic:
    return Diagnostic(level=level, file=file, line=line, code=code, message=msg)
