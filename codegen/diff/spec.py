"""Compare two OpenAPI documents (plain data) operation by operation.

Severity follows the direction data flows. What the client *sends* (parameters, request body)
breaks when it asks for more (new required input, narrower types, removed enum values); what it
*receives* (responses) breaks when it promises less (removed fields, wider types, fields that
may now be missing). Local ``$ref``s are resolved; recursive schemas stop at the first repeat.

Documentation that changed (a summary, a description of the route, of a parameter, a body, a
response or a field) is one *info* change per route that lists where: the generated client's
docstrings change with it, so a package built from the new spec is a patch release, not the
same release. Text inside a component (reached through ``$ref``) that several routes reach is
documented once, in its model, so it is one ``(api)`` change for all such components, not one
per route; so are the document's title, description and tag descriptions.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, Literal

from codegen.diff.report import BREAKING, INFO, NON_BREAKING, Change, Report, Severity

Direction = Literal["request", "response"]
METHODS = ("get", "put", "post", "delete", "options", "head", "patch", "trace")
_MAX_DEPTH = 24
#: the keys whose text is documentation (the ``x-…-zh`` / ``x-…-en`` halves follow them)
_DOC_KEYS = ("summary", "description")
#: places a documentation change lists by name before it counts the rest
_DOCS_SHOWN = 3


def compare(old: dict[str, Any], new: dict[str, Any], name: str = "") -> Report:
    """Every user-visible difference between ``old`` and ``new`` (two OpenAPI documents)."""
    report = Report(
        name=name,
        old_version=_version(old),
        new_version=_version(new),
    )
    out = report.changes
    old_ops, new_ops = dict(_operations(old)), dict(_operations(new))
    # where the text of a component changed → the routes it reaches (see _Schemas.compare)
    component_docs: dict[str, set[str]] = {}
    compared: list[_Route] = []
    # with the same components, an operation equal to its old self has nothing to report
    same_components = old.get("components") == new.get("components")
    for key in sorted(set(old_ops) | set(new_ops)):
        if key not in new_ops:
            src = _source(old_ops[key])
            out.append(Change(key, "route-removed", "", BREAKING, "route removed", src))
        elif key not in old_ops:
            src = _source(new_ops[key])
            out.append(Change(key, "route-added", "", NON_BREAKING, "route added", src))
        elif not (same_components and old_ops[key] == new_ops[key]):
            src = _source(new_ops[key]) or _source(old_ops[key])
            route = _Route(key, old, new, out, src, component_docs)
            route.compare(old_ops[key], new_ops[key])
            compared.append(route)
    if old and new and old.get("servers") != new.get("servers"):
        out.append(Change("(api)", "servers-changed", "servers", INFO, "servers changed"))
    if old and new:
        _api_docs(old, new, out)
    _docs_changes(compared, component_docs, out)
    report.changes = report.sorted()
    return report


def _docs_changes(
    routes: list[_Route], component_docs: dict[str, set[str]], out: list[Change]
) -> None:
    """One documentation change per route, and one for the components several routes share:
    text inside a component that only one route reaches is that route's."""
    shared: list[str] = []
    by_route = {r.route: r for r in routes}
    for place, users in sorted(component_docs.items()):
        if len(users) == 1:
            by_route[next(iter(users))].docs.append(place)
        else:
            shared.append(place)
    for r in routes:
        if r.docs:
            places = list(dict.fromkeys(r.docs))
            # one place that says where it is documented (a parameter): annotated there
            src = r.doc_sources.get(places[0], "") if len(places) == 1 else ""
            r.out.append(
                Change(r.route, "docs-changed", "", INFO, _docs_message(places), src or r.source)
            )
    if shared:
        out.append(Change("(api)", "docs-changed", "components", INFO, _docs_message(shared)))


def _source(op: dict[str, Any]) -> str:
    """Where an operation is documented: its ``x-source`` (``file:line``), or ``""``."""
    src = op.get("x-source")
    return src if isinstance(src, str) else ""


def _api_docs(old: dict[str, Any], new: dict[str, Any], out: list[Change]) -> None:
    """The document's own documentation: ``info`` title and description, tag descriptions."""
    places: list[str] = []
    oi, ni = old.get("info"), new.get("info")
    oi, ni = (oi if isinstance(oi, dict) else {}), (ni if isinstance(ni, dict) else {})
    places += [k for k in ("title", "description") if oi.get(k) != ni.get(k)]
    otags, ntags = _tag_texts(old), _tag_texts(new)
    places += [f"tag `{t}`" for t in sorted(otags.keys() & ntags.keys()) if otags[t] != ntags[t]]
    if places:
        out.append(Change("(api)", "docs-changed", "", INFO, _docs_message(places)))


def _tag_texts(doc: dict[str, Any]) -> dict[str, Any]:
    tags = doc.get("tags")
    if not isinstance(tags, list):
        return {}
    return {
        str(t["name"]): t.get("description") for t in tags if isinstance(t, dict) and "name" in t
    }


def _text_differs(old: dict[str, Any], new: dict[str, Any]) -> bool:
    """Whether the documentation keys of two versions of one object differ."""
    return any(old.get(k) != new.get(k) for k in _DOC_KEYS)


def _docs_message(places: list[str]) -> str:
    """``places``: where the text changed, each once."""
    shown = ", ".join(places[:_DOCS_SHOWN])
    more = len(places) - _DOCS_SHOWN
    return f"documentation changed: {shown}" + (f" (+{more} more)" if more > 0 else "")


def first(new: dict[str, Any], name: str = "") -> Report:
    """The report of an API that has no earlier spec: how many routes ``new`` starts with
    (listing each as added would say nothing)."""
    routes = sum(1 for _ in _operations(new))
    return Report(name=name, new_version=_version(new), routes=routes)


def _version(doc: dict[str, Any]) -> str | None:
    info = doc.get("info")
    v = info.get("version") if isinstance(info, dict) else None
    return str(v) if v is not None else None


def _operations(doc: dict[str, Any]) -> Iterator[tuple[str, dict[str, Any]]]:
    paths = doc.get("paths")
    if not isinstance(paths, dict):
        return
    for path, item in paths.items():
        if not isinstance(item, dict):
            continue
        shared = item.get("parameters", [])
        for method in METHODS:
            op = item.get(method)
            if isinstance(op, dict):
                if shared:
                    op = {**op, "parameters": [*shared, *op.get("parameters", [])]}
                yield f"{method.upper()} {path}", op


class _Route:
    """Compares one operation of the old document with the same operation of the new one."""

    def __init__(
        self,
        route: str,
        old_doc: dict[str, Any],
        new_doc: dict[str, Any],
        out: list[Change],
        source: str = "",
        component_docs: dict[str, set[str]] | None = None,
    ) -> None:
        self.route, self.old_doc, self.new_doc, self.out = route, old_doc, new_doc, out
        self.source = source
        #: where the documentation changed, in the order found (reported as one change)
        self.docs: list[str] = []
        #: of those places, the ``x-source`` of each that has its own (parameters)
        self.doc_sources: dict[str, str] = {}
        #: where the text of a component changed → the routes that reach it (shared by all)
        self.component_docs = component_docs if component_docs is not None else {}

    def add(self, kind: str, where: str, severity: Severity, message: str) -> None:
        self.out.append(Change(self.route, kind, where, severity, message, self.source))

    def note_docs(self, where: str, old: dict[str, Any], new: dict[str, Any]) -> None:
        """Remember ``where`` when the documentation keys of ``old`` and ``new`` differ."""
        if _text_differs(old, new):
            self.docs.append(where)
            if src := _source(new):
                self.doc_sources[where] = src

    def compare(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        self.docs += [k for k in _DOC_KEYS if old.get(k) != new.get(k)]
        if not old.get("deprecated") and new.get("deprecated"):
            self.add("route-deprecated", "", INFO, "route deprecated")
        if old.get("operationId") != new.get("operationId"):
            self.add(
                "operation-id-changed",
                "operationId",
                INFO,
                f"operationId {old.get('operationId')!r} → {new.get('operationId')!r}",
            )
        if old.get("security") != new.get("security"):
            self.add("security-changed", "security", INFO, "authentication requirements changed")
        self.parameters(old.get("parameters") or [], new.get("parameters") or [])
        self.body(old.get("requestBody"), new.get("requestBody"))
        self.responses(old.get("responses") or {}, new.get("responses") or {})

    # -- parameters -------------------------------------------------------------------------
    def parameters(self, old: list[Any], new: list[Any]) -> None:
        o = self._params(old, self.old_doc)
        n = self._params(new, self.new_doc)
        for key in sorted(set(o) | set(n)):
            where = f"{key[0]} parameter `{key[1]}`"
            if key not in n:
                self.add("param-removed", where, BREAKING, f"{where} removed")
            elif key not in o:
                if n[key].get("required"):
                    self.add("param-added-required", where, BREAKING, f"required {where} added")
                else:
                    self.add("param-added", where, NON_BREAKING, f"optional {where} added")
            else:
                self.required(where, bool(o[key].get("required")), bool(n[key].get("required")))
                self.deprecated(where, o[key], n[key])
                self.note_docs(where, o[key], n[key])
                _Schemas(self, "request").compare(
                    where, o[key].get("schema") or {}, n[key].get("schema") or {}
                )

    def _params(self, params: list[Any], doc: dict[str, Any]) -> dict[tuple[str, str], Any]:
        out: dict[tuple[str, str], Any] = {}
        for p in params:
            p = resolve(p, doc)
            if isinstance(p, dict) and "name" in p:
                out[(str(p.get("in", "query")), str(p["name"]))] = p
        return out

    def required(self, where: str, old: bool, new: bool, direction: Direction = "request") -> None:
        if old == new:
            return
        if direction == "request":
            sev = BREAKING if new else NON_BREAKING
        else:
            sev = NON_BREAKING if new else BREAKING
        a, b = ("optional", "required") if new else ("required", "optional")
        self.add(f"{a}-to-{b}", where, sev, f"{where}: {a} → {b}")

    def deprecated(self, where: str, old: dict[str, Any], new: dict[str, Any]) -> None:
        if not old.get("deprecated") and new.get("deprecated"):
            self.add("deprecated", where, INFO, f"{where} deprecated")

    # -- request body -----------------------------------------------------------------------
    def body(self, old: Any, new: Any) -> None:
        old = resolve(old, self.old_doc) if old is not None else None
        new = resolve(new, self.new_doc) if new is not None else None
        where = "request body"
        if not isinstance(old, dict) and not isinstance(new, dict):
            return
        if not isinstance(new, dict):
            self.add("body-removed", where, BREAKING, "request body removed")
            return
        if not isinstance(old, dict):
            if new.get("required"):
                self.add("body-added-required", where, BREAKING, "required request body added")
            else:
                self.add("body-added", where, NON_BREAKING, "optional request body added")
            return
        self.required(where, bool(old.get("required")), bool(new.get("required")))
        self.note_docs(where, old, new)
        self.content(where, old.get("content") or {}, new.get("content") or {}, "request")

    def content(
        self, where: str, old: dict[str, Any], new: dict[str, Any], direction: Direction
    ) -> None:
        for ctype in sorted(set(old) | set(new)):
            if ctype not in new:
                sev = BREAKING if direction == "request" or len(new) == 0 else INFO
                self.add("content-type-removed", where, sev, f"{where}: `{ctype}` removed")
            elif ctype not in old:
                self.add("content-type-added", where, NON_BREAKING, f"{where}: `{ctype}` added")
            else:
                o, n = old[ctype] or {}, new[ctype] or {}
                _Schemas(self, direction).compare(
                    where, o.get("schema") or {}, n.get("schema") or {}
                )

    # -- responses --------------------------------------------------------------------------
    def responses(self, old: dict[str, Any], new: dict[str, Any]) -> None:
        for status in sorted(set(old) | set(new)):
            where = f"response {status}"
            success = status.startswith("2")
            if status not in new:
                sev = BREAKING if success else INFO
                self.add("response-removed", where, sev, f"{where} removed")
            elif status not in old:
                self.add(
                    "response-added", where, NON_BREAKING if success else INFO, f"{where} added"
                )
            else:
                o = resolve(old[status], self.old_doc) or {}
                n = resolve(new[status], self.new_doc) or {}
                if isinstance(o, dict) and isinstance(n, dict):
                    self.note_docs(where, o, n)
                    self.content(where, o.get("content") or {}, n.get("content") or {}, "response")


class _Schemas:
    """Recursive schema comparison for one direction (request or response)."""

    def __init__(self, route: _Route, direction: Direction) -> None:
        self.route, self.direction = route, direction

    def compare(
        self,
        prefix: str,
        old: Any,
        new: Any,
        path: str = "",
        depth: int = 0,
        seen: frozenset[str] = frozenset(),
        owner: tuple[str, str] | None = None,
    ) -> None:
        """``owner``: the shared component this schema lies in and the path inside it
        (its documentation is the component's, not the route's)."""
        where = f"{prefix} field `{path}`" if path else prefix
        if depth > _MAX_DEPTH:
            return
        refs = frozenset(r for r in (_ref(old), _ref(new)) if r)
        if refs and refs <= seen and _ref(old) == _ref(new):
            return  # recursion: this pair is already being compared further up
        seen = seen | refs
        component = _component(_ref(new) or _ref(old))
        if component is not None:
            owner = (component, "")
        old = resolve(old, self.route.old_doc)
        new = resolve(new, self.route.new_doc)
        if not isinstance(old, dict) or not isinstance(new, dict):
            return
        req = self.direction == "request"
        ot, nt = types(old) or _any(old), types(new) or _any(new)
        if ot != nt and ot and nt:
            widened = nt > ot or nt == _ANY
            narrowed = nt < ot or ot == _ANY
            ok = (req and widened) or (not req and narrowed)
            self.route.add(
                "type-changed",
                where,
                NON_BREAKING if ok else BREAKING,
                f"{where}: type {_fmt(ot)} → {_fmt(nt)}",
            )
            return
        if owner is None:
            self.route.note_docs(where, old, new)
        elif _text_differs(old, new):
            place = f"schema `{owner[0]}`" + (f" field `{owner[1]}`" if owner[1] else "")
            self.route.component_docs.setdefault(place, set()).add(self.route.route)
        if old.get("format") != new.get("format"):
            self.route.add(
                "format-changed",
                where,
                INFO,
                f"{where}: format {old.get('format') or '-'} → {new.get('format') or '-'}",
            )
        self.enum(where, old.get("enum"), new.get("enum"))
        if (
            "array" in nt
            and isinstance(old.get("items"), dict)
            and isinstance(new.get("items"), dict)
        ):
            of_items = None if owner is None else (owner[0], f"{owner[1]}[]")
            self.compare(prefix, old["items"], new["items"], f"{path}[]", depth + 1, seen, of_items)
        self.map_values(prefix, path, old, new, depth, seen, owner)
        self.properties(prefix, path, old, new, depth, seen, owner)

    def map_values(
        self,
        prefix: str,
        path: str,
        old: dict[str, Any],
        new: dict[str, Any],
        depth: int,
        seen: frozenset[str],
        owner: tuple[str, str] | None,
    ) -> None:
        """The values of a map (``additionalProperties``): compared as a field ``name{}``; a
        map that starts or stops saying its value type is narrowed or widened."""
        ov, nv = old.get("additionalProperties"), new.get("additionalProperties")
        sub = f"{path}{{}}"
        if isinstance(ov, dict) and isinstance(nv, dict):
            of_values = None if owner is None else (owner[0], f"{owner[1]}{{}}")
            self.compare(prefix, ov, nv, sub, depth + 1, seen, of_values)
            return
        if not (ov is True and isinstance(nv, dict) and nv) and not (
            nv is True and isinstance(ov, dict) and ov
        ):
            return
        widened = nv is True
        ok = widened if self.direction == "request" else not widened
        where = f"{prefix} field `{sub}`"
        self.route.add(
            "type-changed",
            where,
            NON_BREAKING if ok else BREAKING,
            f"{where}: values {'of any type' if widened else 'now typed'}",
        )

    def enum(self, where: str, old: Any, new: Any) -> None:
        if not isinstance(old, list) and not isinstance(new, list):
            return
        if not isinstance(new, list):
            self.route.add(
                "enum-removed",
                where,
                NON_BREAKING if self.direction == "request" else BREAKING,
                f"{where}: no longer restricted to an enum",
            )
            return
        if not isinstance(old, list):
            self.route.add(
                "enum-added",
                where,
                BREAKING if self.direction == "request" else NON_BREAKING,
                f"{where}: now restricted to {len(new)} values",
            )
            return
        gone = [v for v in old if v not in new]
        added = [v for v in new if v not in old]
        if gone:
            sev = BREAKING if self.direction == "request" else NON_BREAKING
            self.route.add(
                "enum-values-removed", where, sev, f"{where}: enum values removed: {_vals(gone)}"
            )
        if added:
            sev = NON_BREAKING if self.direction == "request" else BREAKING
            self.route.add(
                "enum-values-added", where, sev, f"{where}: enum values added: {_vals(added)}"
            )

    def properties(
        self,
        prefix: str,
        path: str,
        old: dict[str, Any],
        new: dict[str, Any],
        depth: int,
        seen: frozenset[str],
        owner: tuple[str, str] | None = None,
    ) -> None:
        op, np_ = old.get("properties"), new.get("properties")
        if not isinstance(op, dict) or not isinstance(np_, dict):
            return
        oreq, nreq = set(old.get("required") or ()), set(new.get("required") or ())
        req = self.direction == "request"
        for name in sorted(set(op) | set(np_)):
            sub = f"{path}.{name}" if path else name
            fw = f"{prefix} field `{sub}`"
            if name not in np_:
                self.route.add("field-removed", fw, BREAKING, f"{fw} removed")
            elif name not in op:
                if req and name in nreq:
                    self.route.add("field-added-required", fw, BREAKING, f"required {fw} added")
                else:
                    self.route.add("field-added", fw, NON_BREAKING, f"{fw} added")
            else:
                self.route.required(fw, name in oreq, name in nreq, self.direction)
                inner = None
                if owner is not None:
                    inner = (owner[0], f"{owner[1]}.{name}" if owner[1] else name)
                self.compare(prefix, op[name], np_[name], sub, depth + 1, seen, inner)


def resolve(node: Any, doc: dict[str, Any], limit: int = 16) -> Any:
    """Follow local ``$ref``s (``#/components/...``); unknown references resolve to ``{}``."""
    while isinstance(node, dict) and isinstance(node.get("$ref"), str) and limit > 0:
        ref = node["$ref"]
        if not ref.startswith("#/"):
            return {}
        target: Any = doc
        for part in ref[2:].split("/"):
            part = part.replace("~1", "/").replace("~0", "~")
            target = target.get(part) if isinstance(target, dict) else None
        node, limit = (target if target is not None else {}), limit - 1
    return node


def types(schema: dict[str, Any]) -> frozenset[str]:
    """The JSON types a schema accepts (``null`` included when nullable)."""
    t = schema.get("type")
    out: set[str] = set()
    if isinstance(t, str):
        out.add(t)
    elif isinstance(t, list):
        out.update(str(x) for x in t)
    if schema.get("nullable") is True:
        out.add("null")
    for key in ("anyOf", "oneOf"):
        for v in schema.get(key) or ():
            if isinstance(v, dict):
                out.update(types(v) or {"any"})
    if "integer" in out and "number" in out:
        out.discard("integer")
    return frozenset(out)


_ANY = frozenset({"any"})
#: keys that constrain a value's JSON type; a schema with none of them accepts anything
_TYPING = (
    "type",
    "properties",
    "items",
    "allOf",
    "anyOf",
    "oneOf",
    "enum",
    "const",
    "$ref",
    "additionalProperties",
    "not",
)


def _any(schema: dict[str, Any]) -> frozenset[str]:
    """``{"any"}`` for a schema that accepts every value (``{}``, only texts), else nothing."""
    return _ANY if not any(k in schema for k in _TYPING) else frozenset()


def _component(ref: str | None) -> str | None:
    """The name of the component schema ``ref`` points at (None: not a component schema)."""
    head = "#/components/schemas/"
    if ref is None or not ref.startswith(head) or "/" in ref[len(head) :]:
        return None
    return ref[len(head) :].replace("~1", "/").replace("~0", "~")


def _ref(node: Any) -> str | None:
    return (
        node.get("$ref") if isinstance(node, dict) and isinstance(node.get("$ref"), str) else None
    )


def _fmt(ts: frozenset[str]) -> str:
    return " | ".join(sorted(ts))


def _vals(values: list[Any]) -> str:
    shown = ", ".join(repr(v) for v in values[:5])
    return shown + (f" (+{len(values) - 5} more)" if len(values) > 5 else "")
