"""A large models module made in two halves is the module made in one go."""

from __future__ import annotations

from typing import Any

from codegen.emit.python import datamodels, modelsplit


def _components(n: int) -> dict[str, Any]:
    """``n`` flat components in groups that reach each other by ``$ref`` (order unsorted)."""
    out: dict[str, Any] = {}
    for i in range(n):
        name = f"Thing{(i * 7919) % n:04d}"
        props: dict[str, Any] = {
            "id": {"type": "integer", "description": f"编号/ID {i}"},
            "label": {"type": ["string", "null"], "default": None},
            "tags": {"type": "array", "items": {"type": "string"}},
        }
        if i % 5:  # most point at the component made just before them: groups of five
            props["parent"] = {"$ref": f"#/components/schemas/{list(out)[-1]}"}
        out[name] = {"type": "object", "properties": props, "required": ["id"]}
    return out


def test_two_halves_give_the_text_and_metadata_of_one_run() -> None:
    schemas = _components(modelsplit.SPLIT_MIN + 40)
    parts = modelsplit.halves(schemas)
    assert parts is not None and all(len(p) > 60 for p in parts)
    for part in parts:  # a group is never cut: every $ref stays inside its half
        for s in part.values():
            ref = s["properties"].get("parent", {}).get("$ref")
            assert ref is None or ref.rsplit("/", 1)[1] in part
    whole = datamodels._run(schemas)
    halves = [datamodels._run(p) for p in parts]
    assert modelsplit.merge(halves, list(schemas)) == whole  # merged, not made again
    assert modelsplit.generate(schemas, datamodels._run, fork=True) == whole


def test_what_is_not_split() -> None:
    assert modelsplit.halves(_components(modelsplit.SPLIT_MIN - 1)) is None
    nested = _components(modelsplit.SPLIT_MIN)
    first = next(iter(nested.values()))
    first["properties"]["inner"] = {"type": "object", "properties": {"x": {"type": "string"}}}
    assert modelsplit.halves(nested) is None  # the generator would name the inner class
    enum = _components(modelsplit.SPLIT_MIN)
    next(iter(enum.values()))["properties"]["kind"] = {"type": "string", "enum": ["a", "b"]}
    assert modelsplit.halves(enum) is None
    chained = {
        f"C{i:04d}": {
            "type": "object",
            "properties": {"next": {"$ref": f"#/components/schemas/C{i + 1:04d}"}},
        }
        for i in range(modelsplit.SPLIT_MIN + 5)
    }
    assert modelsplit.halves(chained) is None  # one group: nothing to split


def _module(*classes: str, extra: str = "") -> str:
    body = "\n\n\n".join(f"class {c}(BaseModel):\n    x: int" for c in classes)
    return (
        "# header\n\nfrom __future__ import annotations\n\nfrom pydantic import BaseModel\n\n\n"
        f"{body}\n{extra}"
    )


def _meta(*classes: str) -> dict[str, Any]:
    return {
        "version": 1,
        "models": [
            {"class_name": c, "source_ref": f"#/components/schemas/{c}", "fields": []}
            for c in classes
        ],
    }


def test_merge_interleaves_classes_in_component_order() -> None:
    merged = modelsplit.merge(
        [(_module("A", "C"), _meta("A", "C")), (_module("B", "D"), _meta("B", "D"))],
        ["A", "B", "C", "D"],
    )
    assert merged is not None
    code, info = merged
    assert code == _module("A", "B", "C", "D")
    assert [m["class_name"] for m in info["models"]] == ["A", "B", "C", "D"]


def test_merge_refuses_what_it_cannot_join_safely() -> None:
    order = ["A", "B", "C"]
    clash = [(_module("A", "B"), _meta("A", "B")), (_module("B", "C"), _meta("B", "C"))]
    assert modelsplit.merge(clash, order) is None  # a class in both halves
    rebuild = _module("C", extra="\nC.model_rebuild()\n")
    other = [(_module("A", "B"), _meta("A", "B")), (rebuild, _meta("C"))]
    assert modelsplit.merge(other, order) is None  # a statement that is not a class
    swapped = [(_module("B", "A"), _meta("B", "A")), (_module("C"), _meta("C"))]
    assert modelsplit.merge(swapped, order) is None  # the generator reordered classes
    unnamed = [(_module("A", "Extra"), _meta("A", "Extra")), (_module("C"), _meta("C"))]
    assert modelsplit.merge(unnamed, order) is None  # a class no component names


def test_a_half_the_generator_refuses_falls_back_to_one_run() -> None:
    schemas = _components(modelsplit.SPLIT_MIN + 40)
    calls: list[int] = []

    def picky(part: dict[str, Any]) -> modelsplit.Result:
        calls.append(len(part))
        if len(part) < len(schemas):
            raise datamodels.ModelGenerationError("a half, refused")
        return "# whole\n", {"models": []}

    assert modelsplit.generate(schemas, picky) == ("# whole\n", {"models": []})
    assert calls[-1] == len(schemas)


def test_escaped_component_names_keep_their_groups() -> None:
    schemas = _components(modelsplit.SPLIT_MIN + 40)
    first = next(iter(schemas))
    schemas["a/b"] = {"type": "object", "properties": {"x": {"type": "string"}}}
    schemas[first]["properties"]["link"] = {"$ref": "#/components/schemas/a~1b"}
    parts = modelsplit.halves(schemas)
    assert parts is not None
    assert any(first in p and "a/b" in p for p in parts)
