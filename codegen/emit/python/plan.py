"""Route model + emitted OpenAPI → the client's shape: resources, methods, parameters, returns.

Python decides here; the templates in ``templates/python/`` only write. Doc text stays plain
text in this plan; templates escape it (``py_str``, ``docstring``) where it reaches code.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from codegen.emit.filters import py_repr
from codegen.emit.python import naming
from codegen.emit.python.datamodels import Models, success_schema
from codegen.emit.python.docs import first_line, method_doc
from codegen.emit.python.types import annotation
from codegen.model import Api, Route, Text

_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_TYPING = ("Any", "Literal")
_LINE = 88
_SCALAR_TYPES = frozenset({"str", "int", "float", "bool"})
_FORM = ("multipart/form-data", "application/x-www-form-urlencoded")


@dataclass
class Param:
    name: str  # keyword parameter
    wire: str  # name on the wire
    kind: str  # path | query | header | cookie | field (body/form field) | file | body | content
    annotation: str
    required: bool
    default: Any = None  # a JSON scalar, rendered with py_repr
    description: str = ""
    plain: str = ""  # a shorter annotation, for when the signature line gets too long


@dataclass
class Method:
    name: str
    http_method: str
    path: str
    params: list[Param]
    returns: str
    call: str  # request | request_json | request_bytes
    body: str  # none | model | raw | form | multipart | content
    body_model: str | None = None
    auth: bool = True
    doc: str = ""

    def of(self, *kinds: str) -> list[Param]:
        return [p for p in self.params if p.kind in kinds]

    @property
    def required_wire(self) -> list[str]:
        return [
            p.wire for p in self.params if p.required and p.kind in ("query", "header", "cookie")
        ]


@dataclass
class Resource:
    attr: str
    cls: str
    tag: str | None
    summary: str
    #: (route, method name), in method-name order: what ``methods`` plans, one per route
    routes: list[tuple[Route, str]] = field(default_factory=list)
    model_imports: list[str] = field(default_factory=list)
    typing_imports: list[str] = field(default_factory=list)
    #: ``from MODULE import NAME`` lines for names datamodel-code-generator uses in field types
    other_imports: list[tuple[str, str]] = field(default_factory=list)
    planner: Callable[[Route, str], Method] | None = field(default=None, repr=False)
    _methods: dict[int, Method] = field(default_factory=dict, repr=False)

    def method_at(self, i: int) -> Method:
        """The planned method of ``routes[i]`` (planned on first use)."""
        if i not in self._methods:
            assert self.planner is not None
            r, name = self.routes[i]
            self._methods[i] = self.planner(r, name)
        return self._methods[i]

    @property
    def methods(self) -> list[Method]:
        return [self.method_at(i) for i in range(len(self.routes))]

    @property
    def count(self) -> int:
        return len(self.routes)


#: names that appear in model field annotations, and the module each comes from
_STDLIB_NAMES = {
    "UUID": "uuid",
    "datetime": "datetime",
    "date": "datetime",
    "time": "datetime",
    "timedelta": "datetime",
    "Decimal": "decimal",
    "AnyUrl": "pydantic",
    "AnyHttpUrl": "pydantic",
    "HttpUrl": "pydantic",
    "EmailStr": "pydantic",
    "AwareDatetime": "pydantic",
    "NaiveDatetime": "pydantic",
    "SecretStr": "pydantic",
    "IPvAnyAddress": "pydantic",
    "Base64Str": "pydantic",
}


def _fit(p: Param) -> None:
    """Keep the signature line within 88 columns: black and ruff wrap longer ones differently.
    Drop a long default (the server's applies), then a ``Literal``, then type as ``Any``."""
    if p.default is not None and len(_signature_line(p)) > _LINE:
        p.description = f"{p.description} (default: {py_repr(p.default)})".strip()
        p.default = None
    if len(_signature_line(p)) > _LINE and p.plain:
        p.annotation = p.plain
    if len(_signature_line(p)) > _LINE:
        p.annotation = "Any"


def _signature_line(p: Param) -> str:
    default = "" if p.required else f" = {py_repr(p.default)}"
    return f"        {p.name}: {p.annotation}{default},"


def _scalar(v: Any) -> bool:
    return isinstance(v, str | int | float | bool)


def _operation(doc: dict[str, Any], r: Route) -> dict[str, Any]:
    return dict((doc.get("paths") or {}).get(r.path, {}).get(r.method.lower(), {}))


def _parameters(op: dict[str, Any]) -> list[Param]:
    out = []
    for p in op.get("parameters") or []:
        schema = p.get("schema") or {}
        required = bool(p.get("required")) or p.get("in") == "path"
        default = schema.get("default")
        out.append(
            Param(
                name="",
                wire=p["name"],
                kind=p.get("in", "query"),
                annotation=annotation(schema, optional=not required).text,
                plain=annotation(schema, optional=not required, literals=False).text,
                required=required,
                default=default if not required and _scalar(default) else None,
                description=first_line(Text(text=p.get("description") or "")),
            )
        )
    return out


def _is_file(schema: dict[str, Any]) -> bool:
    if schema.get("type") == "array":
        return _is_file(schema.get("items") or {})
    return schema.get("format") in ("binary", "byte") and "string" in str(schema.get("type"))


def _body(
    op: dict[str, Any], components: dict[str, Any], models: Models
) -> tuple[str, str | None, list[Param]]:
    rb = op.get("requestBody")
    if not rb:
        return "none", None, []
    ctype, media = next(iter((rb.get("content") or {"application/json": {}}).items()))
    schema = media.get("schema") or {}
    required = bool(rb.get("required"))
    ref = schema.get("$ref", "")
    comp = ref.rsplit("/", 1)[-1] if ref else None
    cls = models.class_of(comp) if comp else None
    fields = models.fields.get(cls, []) if cls else []
    if "json" not in ctype and ctype not in _FORM:
        return "content", None, [Param("", "content", "content", "bytes", required)]
    if not fields:
        ann = cls or annotation(schema).text
        body = Param("", "body", "body", ann if required else f"{ann} | None", required)
        return ("raw" if "json" in ctype else "form"), None, [body]
    props = (components.get(comp or "") or {}).get("properties") or {}
    params = []
    for f in fields:
        prop = props.get(f.wire) or {}
        file = ctype == "multipart/form-data" and _is_file(prop)
        typ = "_base.FileTypes" if file else f.type
        if not f.required and typ != "Any" and not typ.endswith("| None"):
            typ += " | None"
        default = prop.get("default")
        if f.type.removesuffix(" | None") not in _SCALAR_TYPES:
            default = None  # enums and models: the model's own default applies
        params.append(
            Param(
                name="",
                wire=f.wire,
                kind="file" if file else "field",
                annotation=typ,
                required=f.required,
                default=default if not f.required and _scalar(default) else None,
                description=first_line(Text(text=prop.get("description") or "")),
            )
        )
    kind = "model" if "json" in ctype else ("multipart" if ctype == _FORM[0] else "form")
    return kind, (cls if kind == "model" else None), params


def _returns(op: dict[str, Any], models: Models) -> tuple[str, str]:
    ctype, schema = success_schema(op)
    if ctype is None:
        return "request_json", "Any"
    if schema is None:
        return "request_bytes", "bytes"
    ref = schema.get("$ref", "")
    typ = models.response_type(ref.rsplit("/", 1)[-1]) if ref else annotation(schema).text
    if not typ or typ == "Any" or "|" in typ:
        return "request_json", "Any"
    return "request", typ


def _returns_doc(call: str, typ: str) -> str:
    if call == "request_bytes":
        return "bytes: the raw response body (for example a file)."
    if call == "request_json":
        return "Any: the decoded JSON, or the raw bytes when the server sends another type."
    return f"{typ}: the parsed response."


def method(
    r: Route, name: str, doc: dict[str, Any], components: dict[str, Any], models: Models
) -> Method:
    op = _operation(doc, r)
    body_kind, body_model, body_params = _body(op, components, models)
    params = _parameters(op) + body_params
    names = naming.param_names([p.wire for p in params])
    for p, n in zip(params, names, strict=True):
        p.name = n
    for p in params:
        _fit(p)
    params.sort(key=lambda p: not p.required)
    call, returns = _returns(op, models)
    return Method(
        name=name,
        http_method=r.method,
        path=r.path,
        params=params,
        returns=returns,
        call=call,
        body=body_kind,
        body_model=body_model,
        auth=r.security != (),
        doc=method_doc(
            r.summary,
            r.method,
            r.path,
            r.description,
            [(p.name, p.description) for p in params],
            _returns_doc(call, returns),
        ),
    )


def layout(api: Api, doc: dict[str, Any], models: Models) -> list[Resource]:
    """One resource per tag (sorted by attribute name), routes in method-name order; methods
    are planned when first asked for, imports are not set (see :func:`resources`)."""
    components = (doc.get("components") or {}).get("schemas") or {}
    tag_text = {t.name: t.description for t in api.tags}
    attrs = naming.resource_names(r.tag for r in api.routes)
    by_tag: dict[str | None, list[Route]] = {}
    for r in api.routes:
        by_tag.setdefault(r.tag, []).append(r)

    def planner(r: Route, name: str) -> Method:
        return method(r, name, doc, components, models)

    out = []
    for tag, attr in sorted(attrs.items(), key=lambda kv: kv[1]):
        routes = by_tag.get(tag, [])
        names = naming.method_names(routes)
        by_key = {x.key: x for x in reversed(routes)}  # the first route of a key wins
        out.append(
            Resource(
                attr=attr,
                cls=naming.class_name(attr),
                tag=tag,
                summary=first_line(tag_text.get(tag or "")) or f"{tag or 'Untagged'} routes.",
                routes=sorted(((by_key[k], n) for k, n in names.items()), key=lambda x: x[1]),
                planner=planner,
            )
        )
    return out


def resources(api: Api, doc: dict[str, Any], models: Models) -> list[Resource]:
    """:func:`layout` with every method planned and the imports set."""
    out = layout(api, doc, models)
    for res in out:
        set_imports(res, method_tokens(res.methods), models)
    return out


def method_tokens(methods: list[Method]) -> set[str]:
    """The names the annotations of ``methods`` mention (what the imports are chosen from)."""
    texts = [m.returns for m in methods]
    texts += [p.annotation for m in methods for p in m.params]
    texts += [m.body_model for m in methods if m.body_model]
    return set(_IDENT.findall(" ".join(texts)))


def set_imports(res: Resource, tokens: set[str], models: Models) -> None:
    res.typing_imports = sorted(t for t in _TYPING if t in tokens)
    models_known = tokens & models.known()
    res.other_imports = sorted(
        (mod, name)
        for name, mod in _STDLIB_NAMES.items()
        if name in tokens and name not in models_known
    )
    res.model_imports = sorted(models_known)
