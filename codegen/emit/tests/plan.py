"""Client plan + emitted OpenAPI → one test case per route: the call and what must go on the wire.

Python decides here: the arguments (documented examples, defaults, or synthesised values),
the request the client must send (method, path, query, headers, cookies, body), and the
response to mock. Templates in ``templates/tests/`` only write it; doc text stays plain data
and reaches code through ``py_repr`` / ``py_str`` / ``pydoc``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from codegen.emit.python import plan as client_plan
from codegen.emit.python.datamodels import Models, success_schema
from codegen.emit.tests import values
from codegen.emit.tests.values import Schemas

_STRING = re.compile(r"\"(?:[^\"\\]|\\.)*\"|'(?:[^'\\]|\\.)*'")
_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_.]*")
_PLAIN = frozenset({"str", "int", "float", "bool", "list", "dict", "Any", "None", "Literal"})
#: What ``UPLOAD`` (``templates/tests/mock.py.jinja``) sends as a file's content.
FILE_CONTENT = "example file content"


@dataclass
class Arg:
    """One keyword argument of the call."""

    name: str
    value: Any  # JSON data (py_repr writes it)
    style: str = (
        "plain"  # plain | adapter (TypeAdapter(annotation)) | loose (cast Any) | file | content
    )
    annotation: str = ""


@dataclass
class Case:
    """One route's test: call ``client.<resource>.<method>(**args)``, then check the request."""

    resource: str
    method: str
    http_method: str
    route: str  # the path template, as documented
    summary: str  # doc text (pydoc in templates)
    args: list[Arg]
    path: str  # the decoded path the request must have
    query: dict[str, list[str]] = field(default_factory=dict)
    headers: dict[str, str] = field(default_factory=dict)
    cookies: dict[str, str] = field(default_factory=dict)
    body: str = "none"  # none | json | form | content
    json_body: Any = None
    form: dict[str, list[str]] = field(default_factory=dict)
    auth: bool = True
    auth_param: bool = False  # a header parameter has the auth header's name
    status: int = 200
    response: str = "json"  # model | json | bytes | empty
    sample: Any = None  # the mocked JSON response
    content_type: str = "application/json"
    returns: str = "Any"  # the method's return annotation

    @property
    def auth_check(self) -> str:
        """token: the token header is sent; param: a documented header parameter of the same
        name replaces it; absent: the route needs no auth, so no token is sent."""
        if not self.auth:
            return "absent"
        return "param" if self.auth_param else "token"

    @property
    def returns_origin(self) -> str:
        """The class ``isinstance`` can check (``Response[Any]`` → ``Response``)."""
        return self.returns.split("[", 1)[0]

    def names(self, known: set[str] | frozenset[str]) -> set[str]:
        """The model classes (of ``known``) the test code mentions."""
        texts = [a.annotation for a in self.args if a.style == "adapter"] + [self.returns]
        return {t for text in texts for t in _IDENT.findall(_STRING.sub("", text)) if t in known}


def _op(doc: dict[str, Any], m: client_plan.Method) -> dict[str, Any]:
    """The operation of ``m`` in the document (the document's own dict: never changed)."""
    op = ((doc.get("paths") or {}).get(m.path) or {}).get(m.http_method.lower())
    return op if isinstance(op, dict) else {}


def _style(annotation: str, known: frozenset[str] | set[str]) -> str:
    tokens = set(_IDENT.findall(_STRING.sub("", annotation)))
    if tokens <= _PLAIN:
        return "plain"
    if tokens <= _PLAIN | known:
        return "adapter"
    return "loose"


def _param_schemas(op: dict[str, Any]) -> dict[str, tuple[Any, tuple[Any, ...]]]:
    """wire name → (schema, documented examples) for path/query/header/cookie parameters."""
    out: dict[str, tuple[Any, tuple[Any, ...]]] = {}
    for p in op.get("parameters") or []:
        extra: list[Any] = []
        if "example" in p:
            extra.append(p["example"])
        for ex in (p.get("examples") or {}).values():
            if isinstance(ex, dict) and "value" in ex:
                extra.append(ex["value"])
        out[f"{p.get('in')}:{p.get('name')}"] = (p.get("schema") or {}, tuple(extra))
    return out


def _body_media(op: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    content = (op.get("requestBody") or {}).get("content") or {}
    for ctype, media in content.items():
        return ctype, media or {}
    return "", {}


def _body_props(media: dict[str, Any], schemas: Schemas) -> dict[str, Any]:
    return dict(schemas.merged(media.get("schema") or {}).get("properties") or {})


def case(
    resource: str,
    m: client_plan.Method,
    doc: dict[str, Any],
    models: Models,
    base_path: str,
    auth_header: str = "Authorization",
) -> Case:
    op = _op(doc, m)
    schemas = Schemas(doc)
    known = models.known()
    params = _param_schemas(op)
    _, media = _body_media(op)
    props = _body_props(media, schemas)
    c = Case(
        resource=resource,
        method=m.name,
        http_method=m.http_method,
        route=m.path,
        summary=op.get("summary") or "",
        args=[],
        path=m.path,
        auth=m.auth,
    )
    path = m.path
    for p in m.params:
        arg = Arg(p.name, None, annotation=p.annotation.removesuffix(" | None"))
        if p.kind in ("path", "query", "header", "cookie"):
            schema, extra = params.get(f"{p.kind}:{p.wire}", ({}, ()))
            arg.value = values.value(schema, schemas, name=p.wire, extra=extra)
            arg.style = _style(arg.annotation, known)
            _on_wire(c, p, arg.value)
            if p.kind == "path":
                path = path.replace("{" + p.wire + "}", values.wire(arg.value))
        elif p.kind == "file":
            arg.style, arg.value = "file", FILE_CONTENT
            c.body = "form"
            c.form.setdefault(p.wire, []).append(FILE_CONTENT)
        elif p.kind == "content":
            arg.style, arg.value = "content", None
            c.body = "content"
        elif p.kind == "body":
            arg.value = values.value(
                media.get("schema") or {}, schemas, name="body", extra=_media_examples(media)
            )
            arg.style = "plain" if _style(arg.annotation, set()) == "plain" else "loose"
            _whole_body(c, m, arg.value)
        else:  # a body or form field
            arg.value = values.value(props.get(p.wire) or {}, schemas, name=p.wire)
            arg.style = _style(arg.annotation, known)
            _field(c, m, p.wire, arg.value)
        c.args.append(arg)
    c.path = base_path + path
    c.auth_param = auth_header.lower() in {h.lower() for h in c.headers}
    _response(c, m, op, schemas)
    return c


def _media_examples(media: dict[str, Any]) -> tuple[Any, ...]:
    out: list[Any] = []
    if "example" in media:
        out.append(media["example"])
    for ex in (media.get("examples") or {}).values():
        if isinstance(ex, dict) and "value" in ex:
            out.append(ex["value"])
    return tuple(out)


def _on_wire(c: Case, p: client_plan.Param, v: Any) -> None:
    if p.kind == "query":
        c.query[p.wire] = values.wire_list(v)
    elif p.kind == "header":
        c.headers[p.wire] = values.wire(v)
    elif p.kind == "cookie":
        c.cookies[p.wire] = values.wire(v)


def _whole_body(c: Case, m: client_plan.Method, v: Any) -> None:
    if m.body == "raw":
        c.body, c.json_body = "json", v
    else:
        c.body = "form"
        items = v.items() if isinstance(v, dict) else []
        c.form.update({k: values.wire_list(x) for k, x in items})


def _field(c: Case, m: client_plan.Method, wire: str, v: Any) -> None:
    if m.body == "model":
        c.body = "json"
        c.json_body = {**(c.json_body or {}), wire: v}
    else:
        c.body = "form"
        c.form[wire] = values.wire_list(v)


def _response(c: Case, m: client_plan.Method, op: dict[str, Any], schemas: Schemas) -> None:
    codes = sorted(str(k) for k in (op.get("responses") or {}) if re.fullmatch(r"2\d\d", str(k)))
    c.status = int(codes[0]) if codes else 200
    ctype, _ = success_schema(op)
    c.returns = m.returns
    if m.call == "request_bytes":
        c.response, c.content_type, c.sample = "bytes", ctype or "application/octet-stream", None
    elif ctype is None:
        c.response = "empty"
    else:
        c.response = "model" if m.call == "request" else "json"
        c.sample = response_sample(op, schemas)
    if c.response == "empty" and c.status == 200:
        c.status = 204


def response_sample(op: dict[str, Any], schemas: Schemas) -> Any:
    """The success body a test's mock answers ``op`` with (made once per run and operation;
    a cold run makes them all while the models are made, see :func:`prepare`). Shared
    between the tests of a route: never changed after it is made."""
    from codegen.cache import scope

    def make() -> Any:
        _, schema = success_schema(op)
        return values.value(schema or {}, schemas, name="data")

    return scope.memo(("tests-response-sample",), op, make)


def prepare(doc: dict[str, Any]) -> None:
    """Inside a run: the work of :func:`cases` that needs no models (the mocks' response
    bodies), done while the models are made in another process. The processes that then
    emit the client and the tests inherit it."""
    schemas = Schemas(doc)
    for ops in (doc.get("paths") or {}).values():
        for op in ops.values() if isinstance(ops, dict) else ():
            if isinstance(op, dict) and success_schema(op)[0] is not None:
                response_sample(op, schemas)


def base_path(base_url: str) -> str:
    """The path part of the server URL, which prefixes every request path."""
    return urlsplit(base_url).path.rstrip("/")


def cases(
    resources: list[client_plan.Resource],
    doc: dict[str, Any],
    models: Models,
    base_url: str,
    auth_header: str,
) -> list[Case]:
    prefix = base_path(base_url)
    return [case(r.attr, m, doc, models, prefix, auth_header) for r in resources for m in r.methods]
