"""Proving an emitted OpenAPI document valid (openapi-spec-validator), once per content.

The validator walks every path item and component schema; on 1,000 routes that is seconds.
So a document is cut into *units* — each path item and each component schema, keyed by a
hash of its JSON, of every component it reaches through ``$ref`` and of the document's
shell (``info``, ``servers``, ``tags``, security) — and only units never proven before are
validated, together, as one *mini-document*: the shell, the unproven path items and
components, and every component they reach. That is the same check on the same data:
openapi-spec-validator judges each path item and each component on its own plus the
components its ``$ref`` s reach, except for the uniqueness of ``operationId`` s, which
:func:`check_operation_ids` checks over the whole document every time.

Proven unit keys are kept in the cache (one table per output file). A cold run proves the
whole document in one validation; ``generate`` runs it in another process
(``python -m codegen.emit.openapi.validation``) while the client is generated.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sys
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from codegen.cache import Cache

_REF = re.compile(rb'"\$ref": ?("(?:[^"\\]|\\.)*")')
_PREFIX = "#/components/schemas/"
KIND = "valid"


class SpecInvalid(Exception):
    """The document (or one of its texts) failed a check; the message says which."""


def _dump(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def compact(value: Any) -> bytes:
    """Compact JSON of ``value`` as UTF-8, for keys and ``$ref`` scans: made once per run
    for each part of a document (the YAML pieces and the validation units share them)."""
    from codegen.cache import scope

    def make() -> bytes:
        try:
            import orjson

            return orjson.dumps(value)
        except (ImportError, TypeError):  # what orjson refuses, the json module spells
            return _dump(value).encode("utf-8", "surrogatepass")

    return scope.memo(("openapi-compact",), value, make)


def _refs(dumped: bytes) -> set[str]:
    out = set()
    for m in _REF.finditer(dumped):
        raw = m.group(1)
        ref = raw[1:-1].decode("utf-8") if b"\\" not in raw else json.loads(raw)
        if isinstance(ref, str) and ref.startswith(_PREFIX):
            out.add(ref[len(_PREFIX) :])
    return out


@dataclass
class Units:
    """A document cut into units: unit key → (``paths`` or ``schemas``, name)."""

    doc: dict[str, Any]
    keys: dict[str, tuple[str, str]] = field(default_factory=dict)
    closure: dict[str, set[str]] = field(default_factory=dict)  # unit key → schemas reached


def split(doc: dict[str, Any], salt: str) -> Units:
    from codegen.cache import digest

    comps = doc.get("components") or {}
    schemas: dict[str, Any] = comps.get("schemas") or {}
    shell = {k: v for k, v in doc.items() if k not in ("paths", "components")}
    shell["components"] = {k: v for k, v in comps.items() if k != "schemas"}
    shell_key = digest(salt, _dump(shell))
    dumps = {name: compact(s) for name, s in schemas.items()}
    direct = {name: _refs(d) for name, d in dumps.items()}
    reach: dict[str, set[str]] = {}

    def closure(start: Iterable[str]) -> set[str]:
        seen: set[str] = set()
        todo = [n for n in start if n in schemas]
        while todo:
            n = todo.pop()
            if n in seen:
                continue
            seen.add(n)
            if n in reach:
                seen |= reach[n]
                continue
            todo.extend(r for r in direct[n] if r in schemas and r not in seen)
        return seen

    units = Units(doc)
    for name in schemas:
        reach[name] = closure([name])
    # a unit's key covers the schemas it reaches by their hashes, each made once (a schema
    # reached by hundreds of units is not hashed hundreds of times)
    hashed = {name: digest(d) for name, d in dumps.items()}
    for kind, items, refs in (
        ("schemas", schemas.items(), None),
        ("paths", (doc.get("paths") or {}).items(), True),
    ):
        for name, value in items:
            dumped = dumps[name] if refs is None else compact(value)
            reached = reach[name] if refs is None else closure(_refs(dumped))
            parts: list[str | bytes] = [shell_key, kind, name, dumped]
            for n in sorted(reached):
                parts += [n, hashed[n]]
            key = digest(*parts)
            units.keys[key] = (kind, name)
            units.closure[key] = reached
    return units


def mini_document(units: Units, todo: Iterable[str]) -> dict[str, Any]:
    """The shell of the document with the units ``todo`` and every schema they reach."""
    doc = units.doc
    wanted: dict[str, set[str]] = {"paths": set(), "schemas": set()}
    for key in todo:
        kind, name = units.keys[key]
        wanted[kind].add(name)
        wanted["schemas"] |= units.closure[key]
    out = {k: v for k, v in doc.items() if k != "components"}
    out["paths"] = {p: v for p, v in (doc.get("paths") or {}).items() if p in wanted["paths"]}
    if "components" in doc:
        comps = {k: v for k, v in doc["components"].items() if k != "schemas"}
        schemas = (doc["components"] or {}).get("schemas") or {}
        picked = {n: s for n, s in schemas.items() if n in wanted["schemas"]}
        if picked:
            comps = {"schemas": picked, **comps}
        if comps:
            out["components"] = comps
    if "paths" not in doc:
        del out["paths"]
    return out


def check_operation_ids(doc: dict[str, Any]) -> None:
    """Every ``operationId`` is unique in the document (the one check that spans units)."""
    seen: set[str] = set()
    for url, item in (doc.get("paths") or {}).items():
        for method, op in item.items() if isinstance(item, dict) else ():
            op_id = op.get("operationId") if isinstance(op, dict) else None
            if op_id is None:
                continue
            if op_id in seen:
                raise SpecInvalid(
                    f"emitted spec is invalid: Operation ID '{op_id}' for '{method}' in "
                    f"'{url}' is not unique"
                )
            seen.add(op_id)


def validate(doc: dict[str, Any]) -> None:
    """openapi-spec-validator on ``doc`` (raises :class:`SpecInvalid`).

    An OpenAPI 3.1 document is judged by openapi-spec-validator's own 3.1 validator with one
    shortcut (see :func:`_fast_v31`): a schema the metaschema check in Rust accepts is not
    checked again in Python; everything else, and every verdict against a schema, is the
    validator's own.
    """
    from openapi_spec_validator import validate as _validate
    from openapi_spec_validator.shortcuts import get_validator_cls
    from openapi_spec_validator.validation.exceptions import OpenAPIValidationError
    from openapi_spec_validator.validation.validators import OpenAPIV31SpecValidator

    cls = get_validator_cls(doc)
    if cls is OpenAPIV31SpecValidator:
        cls = _fast_v31()
    try:
        _validate(doc, cls=cls)
    except OpenAPIValidationError as exc:
        raise SpecInvalid(f"emitted spec is invalid: {exc.message}") from exc


class _Ids(list[int]):
    """The validator's lists of schema ids seen, with set lookups (``in`` on a list of
    thousands of ids, once per schema, is quadratic)."""

    def __init__(self) -> None:
        super().__init__()
        self._set: set[int] = set()

    def append(self, item: int) -> None:
        self._set.add(item)
        super().append(item)

    def __contains__(self, item: object) -> bool:
        return item in self._set


def _meta_checker() -> Any:
    """A Rust validator for the OpenAPI 3.1 base dialect metaschema (None: unavailable). Its
    ``regex`` format is checked by the Python validator's own format checker."""
    try:
        import jsonschema_rs
        from openapi_schema_validator import OAS31_BASE_DIALECT_ID, oas31_format_checker
        from openapi_schema_validator._specifications import REGISTRY

        vocab_id = "https://spec.openapis.org/oas/3.1/meta/base"
        meta = REGISTRY.contents(OAS31_BASE_DIALECT_ID)
        registry = jsonschema_rs.Registry(
            [(OAS31_BASE_DIALECT_ID, meta), (vocab_id, REGISTRY.contents(vocab_id))]
        )
        return jsonschema_rs.Draft202012Validator(
            meta,
            validate_formats=True,
            formats={"regex": lambda s: oas31_format_checker.conforms(s, "regex")},
            registry=registry,
            offline=True,
        )
    except Exception:  # any trouble: every schema takes the Python check
        return None


_FAST: Any = None


def _fast_v31() -> Any:
    """openapi-spec-validator's 3.1 validator whose per-schema metaschema check first asks
    the Rust validator: a schema it accepts is valid (it is at least as strict: it also
    checks ``uri`` formats); a schema it rejects, or any schema in another dialect, is
    checked by the original Python code, which gives the verdict and the message."""
    global _FAST
    if _FAST is not None:
        return _FAST
    from collections.abc import Mapping

    from openapi_schema_validator import OAS31_BASE_DIALECT_ID
    from openapi_spec_validator.validation import keywords
    from openapi_spec_validator.validation.validators import OpenAPIV31SpecValidator

    checker = _meta_checker()

    class SchemaValidator(keywords.OpenAPIV31SchemaValidator):
        def __init__(self, registry: Any) -> None:
            super().__init__(registry)
            self.visited_schema_ids = _Ids()
            self.meta_checked_schema_ids = _Ids()

        def _validate_schema_meta(self, schema: Any, schema_value: Any) -> Any:
            if (
                checker is not None
                and not (isinstance(schema_value, Mapping) and "$schema" in schema_value)
                and self._get_default_jsonschema_dialect_id(schema) == OAS31_BASE_DIALECT_ID
            ):
                try:
                    if checker.is_valid(schema_value):
                        return None
                except Exception:  # e.g. a value Rust cannot take: the Python check decides
                    pass
            return super()._validate_schema_meta(schema, schema_value)

    class SpecValidator(OpenAPIV31SpecValidator):
        keyword_validators = {  # noqa: RUF012 (the base class declares it so)
            **OpenAPIV31SpecValidator.keyword_validators,
            "schema": SchemaValidator,
        }

    _FAST = SpecValidator
    return _FAST


def parse_back(path: str, text: str, expected: Any, *, as_yaml: bool | None = None) -> None:
    """The rendered text parses to exactly ``expected`` (YAML when the path says so)."""
    import yaml

    if as_yaml is None:
        as_yaml = path.endswith((".yaml", ".yml"))
    try:
        if as_yaml:
            parsed = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
        else:
            # the json module, the reference: orjson reads 1,000 routes' 14 MB quicker (26
            # vs 45 ms), but its objects and the UTF-8 copy it leaves on the text held 45 MB
            # more at a cold run's peak, and it reads integers beyond 64 bits as floats
            parsed = json.loads(text)
    except (ValueError, yaml.YAMLError) as exc:
        raise SpecInvalid(f"{path}: rendered text does not parse: {exc}") from exc
    if parsed != expected:
        raise SpecInvalid(f"{path}: rendered text does not match the planned document")


def salt() -> str:
    """Versions of codegen and of the validator: a proof is reused only by the same code."""
    from codegen.cache import code_salt, digest, version_of

    names = ("openapi-spec-validator", "openapi-schema-validator", "jsonschema", "jsonschema-rs")
    return digest(code_salt(), KIND, *(f"{n}={version_of(n) or '-'}" for n in names))


# -- the table of proven units ----------------------------------------------------------------


def load_proven(cache: Cache, slot: str) -> set[str]:
    from codegen.cache import digest

    raw = cache.get(KIND, digest(salt(), slot))
    return set(raw.decode("ascii").split()) if raw else set()


def save_proven(cache: Cache, slot: str, keys: Iterable[str]) -> None:
    from codegen.cache import digest

    cache.put(KIND, digest(salt(), slot), "\n".join(sorted(keys)).encode("ascii"))


# -- the proof still owed, and the worker process that gives it ----------------------------


@dataclass
class Proof:
    """What a document still owes: texts that must parse back to it, YAML pieces that must
    parse back to their values, and the part of it that must be validated."""

    doc: dict[str, Any] | None = None  # the document (in this process) …
    source: str | bytes | None = None  # … or its JSON text (sent to the worker instead)
    whole: bool = False  # validate the whole document
    mini: dict[str, Any] | None = None  # else validate this part of it (None: nothing)
    texts: list[tuple[str, str]] = field(default_factory=list)
    pieces: list[tuple[str, str, Any]] = field(default_factory=list)

    @property
    def owed(self) -> bool:
        return self.whole or self.mini is not None or bool(self.texts or self.pieces)

    def run(self) -> None:
        """Give the proof here and now (raises :class:`SpecInvalid`)."""
        for label, text, value in self.pieces:
            parse_back(label, text, value, as_yaml=True)
        doc = self.doc
        if doc is None and (self.whole or self.texts):
            doc = json.loads(self.source or "null")
        for path, text in self.texts:
            parse_back(path, text, doc)
        if self.whole:
            assert doc is not None
            validate(doc)
        elif self.mini is not None:
            validate(self.mini)

    def encode(self) -> bytes:
        """Header line + raw sections: big texts travel as bytes, never re-escaped as JSON."""
        sections: list[tuple[str, bytes]] = []
        if self.whole or self.texts:  # only then does the worker need the document
            source = self.source if self.source is not None else _dump(self.doc)
            sections.append(("source", source.encode() if isinstance(source, str) else source))
        if self.mini is not None:
            sections.append(("mini", _dump(self.mini).encode("utf-8")))
        for i, (_path, text) in enumerate(self.texts):
            sections.append((f"text{i}", text.encode("utf-8")))
        if self.pieces:
            sections.append(("pieces", _dump(self.pieces).encode("utf-8")))
        head = {
            "whole": self.whole,
            "paths": [p for p, _t in self.texts],
            "sections": [[name, len(data)] for name, data in sections],
        }
        return b"".join([_dump(head).encode("utf-8"), b"\n", *(d for _n, d in sections)])

    @classmethod
    def decode(cls, raw: bytes) -> Proof:
        line, _, rest = raw.partition(b"\n")
        head = json.loads(line)
        data: dict[str, bytes] = {}
        at = 0
        for name, size in head["sections"]:
            data[name] = rest[at : at + size]
            at += size
        return cls(
            # left as UTF-8 bytes, which the json module reads as they are (14 MB: 49 ms,
            # against 19 ms of decoding and 45 ms of parsing the text)
            source=data.get("source"),
            whole=bool(head["whole"]),
            mini=json.loads(data["mini"]) if "mini" in data else None,
            texts=[(p, data[f"text{i}"].decode("utf-8")) for i, p in enumerate(head["paths"])],
            pieces=[tuple(x) for x in json.loads(data["pieces"])] if "pieces" in data else [],
        )


_WARM_UP = {
    "openapi": "3.1.0",
    "info": {"title": "warm-up", "version": "0"},
    "paths": {
        "/a/{b}": {
            "post": {
                "operationId": "a",
                "parameters": [
                    {"name": "b", "in": "path", "required": True, "schema": {"type": "string"}}
                ],
                "requestBody": {
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/A"}}}
                },
                "responses": {"200": {"description": "ok"}},
            }
        }
    },
    "components": {"schemas": {"A": {"type": "object", "properties": {"x": {"type": "string"}}}}},
}


def quick_protocol_checks() -> None:
    """Python 3.11 works out a runtime-checkable protocol's members again on every
    ``isinstance`` against it (3.12 keeps them on the class). The validator's path objects do
    such checks on every step, about a third of its time on 1,000 routes. In the worker
    process only: the members are worked out once per protocol, as 3.12 does."""
    if sys.version_info >= (3, 12):
        return
    import functools
    import typing

    members = getattr(typing, "_get_protocol_attrs", None)
    if callable(members) and not hasattr(members, "cache_info"):
        typing._get_protocol_attrs = functools.lru_cache(maxsize=None)(members)  # type: ignore[attr-defined]


def main() -> int:
    """The worker: load the validator (while the parent is still reading documents), then
    read one JSON payload on stdin; no payload means nothing to do."""
    import yaml  # noqa: F401  (loaded now, not when the payload arrives)

    quick_protocol_checks()

    with contextlib.suppress(SpecInvalid):
        validate(_WARM_UP)
    raw = sys.stdin.buffer.read()
    if not raw.strip():
        return 0
    proof = Proof.decode(raw)
    if proof.whole:
        # a whole document (a cold run): the run goes on making the client meanwhile, and
        # that work is what the run waits for; the verdict is needed only at the end
        with contextlib.suppress(OSError, AttributeError):
            os.nice(10)
    try:
        proof.run()
    except SpecInvalid as exc:
        sys.stdout.write(json.dumps({"error": str(exc)}))
        return 0
    sys.stdout.write(json.dumps({"ok": True}))
    return 0


if __name__ == "__main__":
    import gc

    # the validator warms up while the run reads documents and builds the spec, which it
    # must not hold up: it runs at a lower priority (its verdict is needed only at the end)
    with contextlib.suppress(OSError, AttributeError):
        os.nice(5)
    # no cycle collection: the validator's objects are freed by reference counting or live
    # until the process ends (collecting cost about 6% of the worker's CPU on 1,000 routes)
    gc.disable()
    # the answer is on stdout: end without the interpreter's clean-up, which the parent,
    # waiting for this process to end, would otherwise wait for (a fully loaded heap)
    code = main()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
