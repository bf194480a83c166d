"""Client naming, type annotations and docstring trimming (unit level)."""

from __future__ import annotations

from codegen.emit.filters import pydoc
from codegen.emit.python import naming
from codegen.emit.python.docs import trim
from codegen.emit.python.types import annotation
from codegen.model import Route, Text


def test_resource_names() -> None:
    assert naming.resource_name("TikTok-Creator-API") == "tiktok_creator"
    assert naming.resource_name("Douyin-Creator-V2-API") == "douyin_creator_v2"
    assert naming.resource_name(None) == "default"
    assert naming.resource_name("close") == "close_"
    assert naming.resource_name("用户") == "default"
    assert naming.resource_names(["A-API", "a api", None]) == {
        None: "default",
        "A-API": "a",
        "a api": "a_2",
    }


def test_method_names_collisions_are_deterministic() -> None:
    routes = [
        Route(method="POST", path="/api/v1/x/submit", operation_id="submit_api_v1_x_submit_post"),
        Route(method="POST", path="/api/v2/x/submit", operation_id="send_api_v2_x_submit_post"),
        Route(method="GET", path="/api/v1/x/submit"),
        Route(method="GET", path="/api/u2/v1/tasks/{task_id}", operation_id="u2Query"),
        Route(method="GET", path="/class"),
    ]
    names = naming.method_names(routes)
    assert names == naming.method_names(list(reversed(routes)))
    assert names[("GET", "/api/u2/v1/tasks/{task_id}")] == "u2_query"
    assert names[("GET", "/class")] == "class_"
    submits = {names[r.key] for r in routes[:3]}
    assert submits == {"submit", "send", "submit_get"}


def test_param_names() -> None:
    wire = ["class", "2fa", "x-token", "x_token", "_range", "用户", "self", "list"]
    assert naming.param_names(wire) == [
        "class_",
        "param_2fa",
        "x_token",
        "x_token_2",
        "range",
        "param",
        "self_",
        "list_",
    ]


def test_annotations() -> None:
    assert annotation({"type": "string"}, optional=True).text == "str | None"
    assert annotation({"type": ["integer", "null"]}).text == "int | None"
    assert annotation({"type": "array", "items": {"type": "number"}}).text == "list[float]"
    lit = annotation({"type": "string", "enum": ['a"b', "c"]})
    assert lit.text == 'Literal["a\\"b", "c"]' and lit.typing == {"Literal"}
    assert annotation({"type": "string", "enum": ["a"]}, literals=False).text == "str"
    assert annotation({}).text == "Any"
    assert annotation({"type": "object"}).text == "dict[str, Any]"


def test_trim_prefers_english_and_drops_code() -> None:
    t = Text(text="x", zh="中文", en="### Purpose:\n- **one**\n```py\nimport os\n```\n- two")
    assert trim(t) == ["Purpose:", "- one", "- two"]


def test_pydoc_never_ends_in_quote_or_backslash() -> None:
    assert pydoc('say """hi"""') == 'say \\"\\"\\"hi'
    assert pydoc("path\\") == "path"
    assert pydoc("a\tb") == "a   b"
