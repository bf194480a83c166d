"""The spec validator's Rust shortcut for schemas never accepts what the Python check rejects."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from openapi_schema_validator import oas31_format_checker
from openapi_schema_validator.validators import OAS31Validator

from codegen.emit.openapi import validation

_KEYWORDS = [
    "type",
    "properties",
    "items",
    "required",
    "enum",
    "const",
    "format",
    "pattern",
    "minLength",
    "maximum",
    "anyOf",
    "allOf",
    "not",
    "additionalProperties",
    "$ref",
    "discriminator",
    "xml",
    "externalDocs",
    "example",
    "examples",
    "default",
    "title",
    "description",
    "patternProperties",
    "$schema",
    "deprecated",
    "nullable",
    "x-ext",
]
_junk = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-3, 3),
    st.floats(allow_nan=False),
    st.text(max_size=4),
    st.sampled_from(["string", "object", "null", "[a-", "^a$", "\\p{L}", "#/x", "uri:x"]),
    st.lists(st.sampled_from(["a", "b", "string", 1]), max_size=3),
)
schemas = st.recursive(
    st.dictionaries(st.sampled_from(_KEYWORDS), _junk, max_size=4) | st.booleans(),
    lambda inner: st.dictionaries(
        st.sampled_from(_KEYWORDS),
        inner | st.lists(inner, max_size=3) | st.dictionaries(st.sampled_from("abc"), inner),
        max_size=4,
    ),
    max_leaves=12,
)


def _python_accepts(schema: Any) -> bool:
    try:
        OAS31Validator.check_schema(schema, format_checker=oas31_format_checker)
    except Exception:
        return False
    return True


@settings(max_examples=1500, deadline=None)
@given(schemas)
def test_rust_metaschema_check_accepts_only_what_python_accepts(schema: Any) -> None:
    checker = validation._meta_checker()
    assert checker is not None
    if checker.is_valid(schema):
        assert _python_accepts(schema)


def _doc(schema: Any) -> dict[str, Any]:
    doc = copy.deepcopy(validation._WARM_UP)
    doc["components"]["schemas"]["A"] = schema
    return doc


@pytest.mark.parametrize(
    "schema",
    [{"type": 5}, {"required": "x"}, {"pattern": "[a-"}, {"properties": {"a": {"$ref": 5}}}],
)
def test_an_invalid_schema_is_still_an_error_with_the_validators_message(schema: Any) -> None:
    with pytest.raises(validation.SpecInvalid, match="emitted spec is invalid"):
        validation.validate(_doc(schema))


def test_valid_documents_stay_valid() -> None:
    validation.validate(_doc({"type": "object", "properties": {"x": {"type": "string"}}}))
    validation.validate(_doc({"$schema": "https://json-schema.org/draft/2020-12/schema"}))


_PROTOCOL_CHECK = r"""
import sys
from typing import Protocol, runtime_checkable

from codegen.emit.openapi import validation


@runtime_checkable
class Named(Protocol):
    name: str

    def greet(self) -> str: ...


class Yes:
    name = "y"

    def greet(self) -> str:
        return "hi"


class No:
    name = "n"


def verdicts() -> list[object]:
    out: list[object] = [isinstance(Yes(), Named), isinstance(No(), Named)]
    for schema in ({"type": "string"}, {"type": 5}):
        try:
            validation.validate(validation._WARM_UP | {"components": {"schemas": {"A": schema}}})
            out.append("valid")
        except validation.SpecInvalid as exc:
            out.append(str(exc))
    return out


before = verdicts()
validation.quick_protocol_checks()
validation.quick_protocol_checks()  # twice: wrapped once
import typing

members = typing._get_protocol_attrs if sys.version_info < (3, 12) else None
cached = members is None or hasattr(members, "cache_info")
wrapped_once = members is None or not hasattr(getattr(members, "__wrapped__", None), "cache_info")
print(before == verdicts() == verdicts(), before[:3] == [True, False, "valid"] and before[3] != "valid", cached, wrapped_once)
"""


def test_the_workers_quicker_protocol_checks_give_the_same_verdicts() -> None:
    # in a process of its own, as the worker: the change is for that process only
    import subprocess
    import sys

    out = subprocess.run(
        [sys.executable, "-c", _PROTOCOL_CHECK], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == ["True", "True", "True", "True"]


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="reads /proc")
def test_the_validator_worker_runs_below_the_runs_priority() -> None:
    """It warms up while the run reads and builds: it must not hold that up."""
    import os
    import time

    from codegen.emit import openapi

    def nice_of(pid: int) -> int:
        stat = Path(f"/proc/{pid}/stat").read_text()
        return int(stat[stat.rindex(")") + 2 :].split()[16])

    proc = openapi._worker()
    try:
        deadline = time.monotonic() + 10
        while nice_of(proc.pid) == nice_of(os.getpid()) and time.monotonic() < deadline:
            time.sleep(0.01)
        assert nice_of(proc.pid) > nice_of(os.getpid())
    finally:
        proc.kill()
        proc.communicate()
