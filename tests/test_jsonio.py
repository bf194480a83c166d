"""codegen.jsonio.loads reads JSON exactly as the json module does, only faster."""

from __future__ import annotations

import json
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from codegen import jsonio

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**80), max_value=2**80)
    | st.floats(allow_nan=False)
    | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
    max_leaves=20,
)


@given(json_values)
def test_same_value_as_the_json_module(value: object) -> None:
    text = json.dumps(value, ensure_ascii=False, indent=2)
    assert jsonio.loads(text) == json.loads(text)
    assert jsonio.loads(text.encode("utf-8", "surrogatepass")) == json.loads(text) or any(
        0xD800 <= ord(c) <= 0xDFFF for c in text
    )


@pytest.mark.parametrize(
    "text",
    [
        '{"id": 123456789012345678901234567890}',  # orjson would give a float
        "[-9223372036854775809, 18446744073709551616]",
        '"\\ud800"',  # a lone surrogate
        "NaN",
        "[Infinity, -Infinity]",
    ],
)
def test_what_orjson_reads_differently_goes_to_the_json_module(text: str) -> None:
    got, want = jsonio.loads(text), json.loads(text)
    if isinstance(want, float) and math.isnan(want):
        assert isinstance(got, float) and math.isnan(got)
    else:
        assert got == want and type(got) is type(want)


def test_not_json_is_a_value_error() -> None:
    with pytest.raises(ValueError):
        jsonio.loads('{"a": ')


def test_long_digit_runs_inside_strings_keep_the_fast_path() -> None:
    from unittest import mock

    text = '{"aweme_id": "7301234567890123456", "n": [1, 2]}'
    want = {"aweme_id": "7301234567890123456", "n": [1, 2]}
    with mock.patch.object(jsonio.json, "loads", side_effect=AssertionError("slow path")):
        assert jsonio.loads(text) == want
        assert jsonio.loads(text.encode()) == want
