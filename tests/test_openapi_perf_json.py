"""to_json's fast path (orjson) gives exactly the json module's text, or steps aside."""

from __future__ import annotations

import json
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from codegen.emit import filters

_text = st.text(st.characters(), max_size=20) | st.sampled_from(
    ["a: 1.5", "x\n2", '"q"', "\\", "\u2028", "\x7f", "null", "1e-05", ": 3,"]
)
_numbers = st.one_of(
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from([1e-05, 1e16, 1e15, 0.1, -0.0, 123456789.123, 5e-324, 1.7976931348623157e308]),
)
_values = st.recursive(
    st.one_of(st.none(), st.booleans(), _numbers, _text),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(_text, inner, max_size=4)
        | st.dictionaries(st.integers(), inner, max_size=2)
    ),
    max_leaves=20,
)


@settings(max_examples=1500, deadline=None)
@given(_values, st.integers(min_value=0, max_value=2))
def test_to_json_is_the_json_modules_text(value: Any, level: int) -> None:
    expected = json.dumps(value, ensure_ascii=False, indent=2)
    if level:
        expected = expected.replace("\n", "\n" + "  " * level)
    assert filters.to_json(value, level=level) == expected


def test_fast_path_steps_aside_where_orjson_differs() -> None:
    assert filters._fast_json({"a": [1, "b", {"c": None}]}) is not None
    for value in ([1e-05], {"a": float("inf")}, [float("nan")], {1: 2}, [2**64], ["\ud800"]):
        assert filters._fast_json(value) is None
        assert filters.to_json(value) == json.dumps(value, ensure_ascii=False, indent=2)


def test_a_non_finite_float_in_a_spec_is_refused_by_the_proof() -> None:
    """Inside the spec emitter to_json skips its NaN search (the proof stands in for it)."""
    import pytest

    from codegen.emit import openapi
    from codegen.emit.openapi import SpecError

    with filters.proven():
        assert filters._fast_json([float("nan"), None]) == "[\n  null,\n  null\n]"
    assert filters._fast_json([float("nan"), None]) is None  # outside: the json module's text

    doc = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {},
        "components": {"schemas": {"A": {"type": "number", "default": float("nan")}}},
    }
    files = [
        openapi.OutputFile("t.openapi.json", "openapi/openapi.json.jinja", {"document": doc}),
    ]
    with pytest.raises(SpecError, match=r"does not (match|parse)"):
        openapi.render(files)
