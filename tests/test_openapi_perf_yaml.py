"""The fast YAML writer (codegen.emit.openapi.yamlemit) writes exactly PyYAML's text.

Its pieces are not parsed back at run time, so these tests are the proof: on generated
JSON-like data — hostile characters, every quoting style, long lines that fold, keys too
long to be simple keys, deep nesting — its text is byte for byte what ``yaml.CSafeDumper``
writes, and it loads back (``yaml.CSafeLoader``) to the value.
"""

from __future__ import annotations

import json
import math
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from codegen.emit import filters
from codegen.emit.openapi import yamlemit
from tests.conftest import ROOT

_LOADER: type = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

#: characters that change libyaml's choices: indicators, breaks, non-printables, quotes
_TRICKY = list(
    " \n\t\r\x85\u2028\u2029\ufeff\ufffe\x00\x07\x1b\x7f\x80\xa0#:-?'\"\\|>!&*%@`,[]{}."
    "aZ09eEyYnNtTfFoO~<=_/中文\U0001f600\ue000"
)
_chars = st.sampled_from(_TRICKY) | st.characters(blacklist_categories=("Cs",))
_short = st.text(_chars, max_size=12)
_words = st.lists(
    st.text(st.sampled_from(list("abcxyz中' #:-\"\\\t")), min_size=0, max_size=14), max_size=40
).map(" ".join)
_lines = st.lists(st.one_of(_words, _short), min_size=1, max_size=6).map("\n".join)
_special_words = st.sampled_from(
    [
        "",
        "null",
        "Null",
        "~",
        "true",
        "no",
        "On",
        "1",
        "-1",
        "0x1F",
        "1.5",
        ".inf",
        "1_000",
        "2001-12-14",
        "<<",
        "=",
        "---",
        "...",
        "- a",
        "? x",
        ": y",
        "a: b",
        "a #b",
        "a:",
        "#x",
        "12:30:45",
        "0o17",
        "+1",
        "1e5",
        "-",
        "?",
        ":",
        "'q'",
        '"q"',
        "@x",
        "`x`",
        "%x",
    ]
)
texts = st.one_of(_short, _words, _lines, _special_words, st.text(_chars, max_size=300))
_long_keys = st.text(st.sampled_from(list("ab /{}_中")), min_size=120, max_size=140)
keys = st.one_of(texts, _long_keys)
scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    texts,
)
values = st.recursive(
    scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(keys, inner, max_size=4)),
    max_leaves=25,
)
documents = st.dictionaries(keys, values, max_size=5)


def _same_value(a: Any, b: Any) -> bool:
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a):
        return math.isnan(b)
    if isinstance(a, dict) and isinstance(b, dict):
        return list(a) == list(b) and all(_same_value(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same_value(x, y) for x, y in zip(a, b, strict=True))
    return type(a) is type(b) and a == b


@settings(max_examples=1500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents)
def test_fast_yaml_is_pyyaml_byte_for_byte(doc: dict[str, Any]) -> None:
    mine = yamlemit.dump(doc)
    theirs = filters._pyyaml_dump(doc)
    if mine is None:  # only where libyaml would close the stream with "..."
        assert theirs.endswith("...\n")
        return
    assert mine == theirs
    assert _same_value(yaml.load(mine, Loader=_LOADER), doc)


@settings(max_examples=300, deadline=None)
@given(
    st.dictionaries(st.text(st.sampled_from(list("ab /")), max_size=6), texts, max_size=3),
    st.integers(min_value=0, max_value=60),
)
def test_fast_yaml_folds_deep_in_the_tree_as_libyaml_does(leaf: dict[str, Any], depth: int) -> None:
    doc: Any = leaf
    for i in range(depth):
        doc = {f"k{i}": [doc]} if i % 3 == 0 else {f"k{i}": doc}
    if not isinstance(doc, dict):
        return
    mine = yamlemit.dump(doc)
    if mine is not None:
        assert mine == filters._pyyaml_dump(doc)


def test_values_the_writer_leaves_to_pyyaml() -> None:
    class Text(str):
        pass

    assert yamlemit.dump({"a": (1, 2)}) is None
    assert yamlemit.dump({"a": Text("x")}) is None
    assert yamlemit.dump({1: "x"}) is None
    assert yamlemit.dump({"a": "\ud800"}) is None
    assert yamlemit.dump(["not", "a", "mapping"]) is None
    # through the filter the result is PyYAML's either way
    assert filters._dump({1: "x"}) == filters._pyyaml_dump({1: "x"})


def test_committed_specs_are_written_byte_for_byte() -> None:
    for spec in sorted((ROOT / "generated" / "openapi").glob("*.openapi.json")):
        doc = json.loads(spec.read_text(encoding="utf-8"))
        yaml_file = spec.with_name(spec.name.replace(".json", ".yaml"))
        mine = yamlemit.dump(doc)
        assert mine is not None
        assert yaml_file.read_text(encoding="utf-8").startswith(mine)
        pieces = [(k, filters.yaml_piece_made(k, v)) for k, v in filters.yaml_pieces(doc)]
        assert not any(by_pyyaml for _k, (_t, by_pyyaml) in pieces)
        assert filters.join_pieces([(k, t) for k, (t, _b) in pieces]) == mine
