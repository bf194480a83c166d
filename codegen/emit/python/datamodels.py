"""Pydantic models from the emitted OpenAPI components, by datamodel-code-generator (in-process).

Before generation the components are prepared as data (never as text):
- documentation-only keys (``examples``, ``x-*``) are dropped;
- the shared response envelope loses its ``data`` property: the package's generic
  ``Response[DataT]`` adds it back, typed per route;
- a route's own response that is the envelope with a described ``data`` has that ``data``
  hoisted into a component ``<Name>Data``, so the route returns ``Response[<Name>Data]``;
- property names that are not ASCII get ASCII field names (the wire name stays the alias).
"""

from __future__ import annotations

import copy
import hashlib
import json
import os
import re
import subprocess
import sys
import tempfile
import warnings
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from codegen.emit.filters import snake
from codegen.emit.spare import Spare

#: Names a model class may not take: the generated modules import these.
RESERVED_CLASS_NAMES = frozenset(
    {"Any", "Annotated", "Generic", "Literal", "TypeVar", "TYPE_CHECKING", "DataT", "BaseModel"}
)
_GENERIC_NAMES = ("Response", "ApiResponse", "ResponseEnvelope")
_REF = "#/components/schemas/"
_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


class ModelGenerationError(Exception):
    """datamodel-code-generator could not model the components."""


@dataclass(frozen=True)
class FieldInfo:
    name: str  # the Python attribute
    wire: str  # the name on the wire
    type: str  # annotation text, as datamodel-code-generator wrote it
    required: bool


@dataclass
class Models:
    """The generated models module and what the client needs to know about it."""

    code: str = ""
    classes: list[str] = field(default_factory=list)
    fields: dict[str, list[FieldInfo]] = field(default_factory=dict)
    envelope: str | None = None  # the component the generic response extends
    generic: str | None = None  # the generic's class name (``Response``)
    #: envelope-shaped component → (the component modelling its ``data`` or None, is a list)
    enveloped: dict[str, tuple[str | None, bool]] = field(default_factory=dict)
    rename: dict[str, str] = field(default_factory=dict)  # component → prepared name
    by_component: dict[str, str] = field(default_factory=dict)  # prepared name → class
    _known: tuple[tuple[int, str | None], frozenset[str]] | None = field(
        default=None, repr=False, compare=False
    )

    def class_of(self, component: str) -> str | None:
        return self.by_component.get(self.rename.get(component, component))

    def response_type(self, component: str) -> str | None:
        """The return annotation for a success response that references ``component``."""
        name = self.rename.get(component, component)
        if name in self.enveloped and self.generic:
            inner, is_list = self.enveloped[name]
            cls = self.by_component.get(inner) if inner else None
            if cls is None:
                return f"{self.generic}[Any]"
            return f"{self.generic}[list[{cls}]]" if is_list else f"{self.generic}[{cls}]"
        return self.by_component.get(name)

    def known(self) -> frozenset[str]:
        """Every class name the models module exports (the generic response included)."""
        stamp = (len(self.classes), self.generic)
        if self._known is None or self._known[0] != stamp:
            names = frozenset(self.classes) | ({self.generic} if self.generic else frozenset())
            self._known = (stamp, names)
        return self._known[1]

    def names_in(self, annotation: str) -> set[str]:
        """Model classes an annotation refers to."""
        return set(_IDENT.findall(annotation)) & self.known()


def _clean(s: Any) -> Any:
    """A schema without documentation-only keys (walks schemas, not property maps)."""
    if not isinstance(s, dict):
        return s
    out: dict[str, Any] = {}
    for k, v in s.items():
        if k.startswith("x-") or k in ("examples", "example"):
            continue
        if k == "properties" and isinstance(v, dict):
            out[k] = {name: _clean(p) for name, p in v.items()}
        elif k in ("items", "additionalProperties", "not"):
            out[k] = _clean(v)
        elif k in ("anyOf", "oneOf", "allOf") and isinstance(v, list):
            out[k] = [_clean(x) for x in v]
        else:
            out[k] = v
    return out


def _walk_props(s: Any, found: set[str]) -> None:
    if isinstance(s, dict):
        for name, p in (s.get("properties") or {}).items():
            found.add(name)
            _walk_props(p, found)
        for k in ("items", "additionalProperties"):
            _walk_props(s.get(k), found)
        for k in ("anyOf", "oneOf", "allOf"):
            for x in s.get(k) or []:
                _walk_props(x, found)


def _ascii_aliases(schemas: dict[str, Any]) -> dict[str, str]:
    names: set[str] = set()
    for s in schemas.values():
        _walk_props(s, names)
    out: dict[str, str] = {}
    for name in sorted(names):
        if name.isascii():
            continue
        base = snake(name)
        digest = hashlib.sha1(name.encode("utf-8")).hexdigest()[:8]
        out[name] = f"{base}_{digest}" if base[:1].isalpha() else f"field_{digest}"
    return out


def _ref_name(s: Any) -> str | None:
    ref = s.get("$ref") if isinstance(s, dict) else None
    return ref[len(_REF) :] if isinstance(ref, str) and ref.startswith(_REF) else None


def success_schema(op: dict[str, Any]) -> tuple[str | None, dict[str, Any] | None]:
    """(media type, schema) of an operation's success response; (None, None) without content."""
    responses = op.get("responses") or {}
    codes = sorted(c for c in responses if str(c).startswith("2")) or [
        c for c in ("default",) if c in responses
    ]
    if not codes:
        return None, None
    content = responses[codes[0]].get("content") or {}
    for ctype, media in content.items():
        if "json" in ctype:
            return ctype, media.get("schema") or {}
    for ctype in content:
        return ctype, None
    return None, None


def _response_refs(doc: dict[str, Any]) -> dict[str, int]:
    counts: dict[str, int] = {}
    for ops in (doc.get("paths") or {}).values():
        for op in ops.values():
            _, s = success_schema(op)
            name = _ref_name(s)
            if name:
                counts[name] = counts.get(name, 0) + 1
    return counts


def prepare(doc: dict[str, Any]) -> tuple[dict[str, Any], Models]:
    """The components to generate from, and the envelope / return-type decisions."""
    source = (doc.get("components") or {}).get("schemas") or {}
    schemas = {name: _clean(s) for name, s in source.items()}
    result = Models()
    taken = set(schemas)
    for name in sorted(schemas):
        if name in RESERVED_CLASS_NAMES or name in _GENERIC_NAMES:
            new = name
            while new in taken or new in RESERVED_CLASS_NAMES or new in _GENERIC_NAMES:
                new += "Model"
            taken.add(new)
            result.rename[name] = new
    schemas = {result.rename.get(n, n): s for n, s in schemas.items()}
    refs = {result.rename.get(n, n): c for n, c in _response_refs(doc).items()}
    candidates = [
        n for n, c in refs.items() if c > 1 and "data" in (schemas[n].get("properties") or {})
    ]
    if candidates:
        env = min(candidates, key=lambda n: (-refs[n], n))
        result.envelope = env
        result.generic = next(g for g in _GENERIC_NAMES if g not in schemas)
        env_schema = copy.deepcopy(schemas[env])
        env_props = env_schema.get("properties") or {}
        env_props.pop("data", None)
        if "required" in env_schema:
            env_schema["required"] = [r for r in env_schema["required"] if r != "data"]
        schemas[env] = env_schema
        result.enveloped[env] = (None, False)
        _hoist_data(schemas, refs, set(env_props), result)
    return schemas, result


def _hoist_data(
    schemas: dict[str, Any], refs: dict[str, int], env_props: set[str], result: Models
) -> None:
    """Route responses shaped like the envelope return ``Response[<their data model>]``."""
    text = json.dumps(schemas, sort_keys=True)
    for name in sorted(refs):
        props = schemas[name].get("properties") or {}
        if name == result.envelope or "data" not in props or not set(props) - {"data"} <= env_props:
            continue
        data = props["data"]
        target = data.get("items") if data.get("type") == "array" else data
        if not isinstance(target, dict) or not target.get("properties"):
            result.enveloped[name] = (None, False)
        else:
            model = name + ("DataItem" if target is not data else "Data")
            while model in schemas or model in RESERVED_CLASS_NAMES:
                model += "Model"
            schemas[model] = target
            result.enveloped[name] = (model, target is not data)
        if f'"{_REF}{name}"' not in text:
            del schemas[name]


def generate(doc: dict[str, Any]) -> Models:
    """Run datamodel-code-generator on the prepared components of ``doc``.

    Inside a ``generate`` run the output is cached under a hash of the prepared components
    (and the generator's version): unchanged components are never modelled twice.
    """
    from codegen.cache import scope

    schemas, result, key = _prepared(doc)
    if not schemas:
        return result
    cache = scope.active()
    started = scope.recall(("models-worker", key), _WORKERS) if key is not None else None
    code, info = started() if started is not None else _cached(cache, key)
    made = started is not None
    if code is None or info is None:
        code, info = _generate(schemas)
        made = True
    if made:
        scope.memo(("models-made",), _WORKERS, lambda: True)
    if made and cache is not None and key is not None:
        cache.put(KIND, key, json.dumps([code, info], ensure_ascii=False).encode("utf-8"))
    result.code = code
    return _read_meta(result, info)


def made_in_run() -> bool:
    """Whether this run had to generate models (rather than find them all in the cache): a
    sign that the client's other cached work (route chunks, formatted files) is cold too."""
    from codegen.cache import scope

    return bool(scope.recall(("models-made",), _WORKERS))


def pending(doc: dict[str, Any]) -> bool:
    """Whether the models of ``doc`` are being generated in the background right now."""
    from codegen.cache import scope

    if not scope.in_run():
        return False
    _, _, key = _prepared(doc)
    return key is not None and scope.recall(("models-worker", key), _WORKERS) is not None


def _cached(cache: Any, key: str | None) -> tuple[str | None, dict[str, Any] | None]:
    """The cached models of ``key`` (read once per run: prefetch and generate both ask)."""
    from codegen.cache import scope

    return scope.memo(("models-cached", key), _WORKERS, lambda: _read_cached(cache, key))


def _read_cached(cache: Any, key: str | None) -> tuple[str | None, dict[str, Any] | None]:
    raw = cache.get(KIND, key) if cache is not None and key is not None else None
    try:
        code, info = json.loads(raw) if raw else (None, None)
    except ValueError:
        return None, None
    if isinstance(code, str) and isinstance(info, dict):
        return code, info
    return None, None


def _prepared(doc: dict[str, Any]) -> tuple[dict[str, Any], Models, str | None]:
    """``prepare(doc)`` and, inside a run, the cache key of its components (once per run)."""
    from codegen.cache import scope

    def make() -> tuple[dict[str, Any], Models, str | None]:
        schemas, result = prepare(doc)
        return schemas, result, (_cache_key(schemas) if schemas and scope.in_run() else None)

    schemas, result, key = scope.memo(("models-prepared",), doc, make)
    return schemas, copy.deepcopy(result), key


#: the object the run memo files model workers under
_WORKERS = object()


def prefetch(doc: dict[str, Any]) -> None:
    """Inside a run: when the models of ``doc`` are not cached, start generating them in
    another process now; :func:`generate` picks the result up (or raises its error)."""
    import threading

    from codegen.cache import scope

    if not scope.in_run():
        return
    schemas, _, key = _prepared(doc)
    if not schemas or key is None:
        return
    code, _info = _cached(scope.active(), key)
    if code is not None or scope.recall(("models-worker", key), _WORKERS) is not None:
        return
    data = json.dumps(schemas, ensure_ascii=False).encode("utf-8")
    proc = SPARE.take()
    if proc is None:
        try:
            proc = SPARE.spawn()
        except OSError:
            return
    out: list[tuple[bytes, bytes]] = []
    talker = threading.Thread(target=lambda: out.append(proc.communicate(data)), daemon=True)
    talker.start()

    def wait() -> tuple[str | None, dict[str, Any] | None]:
        talker.join()
        stdout = out[0][0] if out else b""
        try:
            answer = json.loads(stdout)
        except ValueError:
            return None, None  # the worker died: generate here instead
        if isinstance(answer, dict) and "error" in answer:
            raise ModelGenerationError(str(answer["error"]))
        code, info = answer
        return code, info

    scope.memo(("models-worker", key), _WORKERS, lambda: wait)
    scope.on_exit(lambda: talker.join())


#: the worker's command: the cycle collector goes off before anything is imported. The
#: generator builds a few hundred thousand objects that reference counting frees; collecting
#: them over and over cost about 10% of the worker's CPU (0.17 s of 1.8 s on 1,000 models).
_WORKER_CODE = "import gc; gc.disable(); from codegen.emit.python.datamodels import serve; serve()"


def _worker() -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-P", "-c", _WORKER_CODE],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )


#: a worker started early (see :func:`prestart`), waiting for its components on stdin
SPARE = Spare(_worker)


def prestart() -> None:
    """Inside a run that will likely model many components (a cold cache, large sources):
    start the worker now, so that it loads and warms up datamodel-code-generator (about
    0.6 s) while the documents are read; :func:`prefetch` hands it the components."""
    SPARE.prestart()


_WARM_UP = {
    "A": {
        "type": "object",
        "description": "warm-up",
        "properties": {
            "x": {"type": "string", "format": "uri"},
            "y": {"type": "array", "items": {"$ref": "#/components/schemas/B"}},
            "z": {"anyOf": [{"type": "integer"}, {"type": "null"}], "default": None},
            "e": {"type": "string", "enum": ["a", "b"]},
        },
        "required": ["x"],
    },
    "B": {"type": "object", "additionalProperties": True, "properties": {"n": {"type": "number"}}},
}


def _main() -> int:
    """Worker: prepared components on stdin → ``[module text, metadata]`` on stdout. The
    generator is warmed up first (it loads most of itself lazily, on the first model)."""
    import contextlib

    with contextlib.suppress(ModelGenerationError):
        _run(_WARM_UP)
    raw = sys.stdin.buffer.read()
    if not raw.strip():
        return 0
    schemas = json.loads(raw)
    try:
        answer: Any = list(_generate(schemas, fork=True))
    except ModelGenerationError as exc:
        answer = {"error": str(exc)}
    sys.stdout.write(json.dumps(answer, ensure_ascii=False))
    return 0


KIND = "models"


_VERSIONS: list[str] = []


def _cache_key(schemas: dict[str, Any]) -> str:
    from codegen.cache import code_salt, digest

    if not _VERSIONS:  # looked up once per process: a metadata scan costs milliseconds
        from codegen.cache import version_of

        _VERSIONS.extend(version_of(d) or "-" for d in ("datamodel-code-generator", "pydantic"))
    return digest(code_salt(), KIND, *_VERSIONS, json.dumps(schemas, ensure_ascii=False))


def _generate(schemas: dict[str, Any], *, fork: bool = False) -> tuple[str, dict[str, Any]]:
    """(module text, model metadata) of ``schemas``: large sets in two halves (``fork``: at
    once, in a forked process; see :mod:`.modelsplit`)."""
    from codegen.emit.python import modelsplit

    return modelsplit.generate(schemas, _run, fork=fork)


def _run(schemas: dict[str, Any]) -> tuple[str, dict[str, Any]]:
    """(module text, model metadata) from datamodel-code-generator."""
    from datamodel_code_generator import PythonVersion
    from datamodel_code_generator import generate as dcg
    from datamodel_code_generator.enums import DataModelType, InputFileType

    spec = {
        "openapi": "3.1.0",
        "info": {"title": "models", "version": "0"},
        "paths": {},
        "components": {"schemas": schemas},
    }
    with tempfile.TemporaryDirectory(prefix="codegen-models-") as tmp, warnings.catch_warnings():
        # unknown formats ("url", ...) fall back to str; that is fine, not news for the user
        warnings.simplefilter("ignore")
        out, meta = Path(tmp) / "models.py", Path(tmp) / "meta.json"
        try:
            dcg(
                spec,
                input_file_type=InputFileType.OpenAPI,
                output=out,
                emit_model_metadata=meta,
                output_model_type=DataModelType.PydanticV2BaseModel,
                target_python_version=PythonVersion.PY_311,
                disable_timestamp=True,
                custom_file_header="# Generated by codegen (datamodel-code-generator). Do not edit.",
                use_double_quotes=True,
                snake_case_field=True,
                allow_extra_fields=True,
                set_default_enum_member=True,
                use_standard_collections=True,
                use_union_operator=True,
                aliases=_ascii_aliases(schemas) or None,
                formatters=[],
            )
        except Exception as exc:  # the library raises many types; report them as one
            raise ModelGenerationError(f"model generation failed: {exc}") from exc
        return out.read_text(encoding="utf-8"), json.loads(meta.read_text(encoding="utf-8"))


def _read_meta(result: Models, info: dict[str, Any]) -> Models:
    for m in info.get("models", []):
        cls = m["class_name"]
        result.classes.append(cls)
        ref = m.get("source_ref") or ""
        if ref.startswith(_REF) and "/" not in ref[len(_REF) :]:
            result.by_component[ref[len(_REF) :]] = cls
        result.fields[cls] = [
            FieldInfo(
                name=f["name"],
                wire=f.get("original_name") or f.get("alias") or f["name"],
                type=f.get("type") or "Any",
                required=bool(f.get("required")),
            )
            for f in m.get("fields", [])
        ]
    result.classes.sort()
    return result


def serve() -> None:
    """The worker process (see :data:`_WORKER_CODE`). The answer is on stdout: the process
    ends without the interpreter's clean-up, which the parent, waiting for it to end, would
    otherwise wait for (a fully loaded heap)."""
    code = _main()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)
