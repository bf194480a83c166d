"""OpenAPI output: valid, JSON and YAML say the same, deterministic, values never pasted."""

from __future__ import annotations

import importlib
import json
from pathlib import Path

import pytest
import yaml

from codegen.emit import openapi
from codegen.model import Api, Body, FieldDef, Parameter, Route, Schema, Text, Value
from tests.conftest import ROOT, run_codegen

SEEDS = ROOT / "contracts" / "tikomni" / "tiktok-creator-api.contract.md"
SEEDS2 = ROOT / "contracts" / "tikomni" / "douyin-creator-v2-api.contract.md"


def test_spec_from_seeds_validates_and_yaml_equals_json(tmp_path: Path) -> None:
    j, y = tmp_path / "a.json", tmp_path / "a.yaml"
    assert run_codegen("spec", str(SEEDS), str(SEEDS2), "-o", str(j)).returncode == 0
    assert run_codegen("spec", str(SEEDS), str(SEEDS2), "-o", str(y)).returncode == 0
    dj = json.loads(j.read_text(encoding="utf-8"))
    dy = yaml.safe_load(y.read_text(encoding="utf-8"))
    assert dj == dy
    openapi.validate(dj)
    assert dj["openapi"] == "3.1.0"
    assert len([op for item in dj["paths"].values() for op in item]) == 28
    assert {t["name"] for t in dj["tags"]} == {"TikTok-Creator-API", "Douyin-Creator-V2-API"}
    assert dj["components"]["securitySchemes"]["HTTPBearer"] == {"type": "http", "scheme": "bearer"}


def test_envelope_and_bodies_become_components(tmp_path: Path) -> None:
    out = tmp_path / "a.json"
    assert run_codegen("spec", str(SEEDS), str(SEEDS2), "-o", str(out)).returncode == 0
    doc = json.loads(out.read_text(encoding="utf-8"))
    schemas = doc["components"]["schemas"]
    env = schemas["ResponseModel"]["properties"]
    assert {"code", "request_id", "message", "message_zh", "data"} <= set(env)
    op = doc["paths"]["/api/u1/v1/tiktok/creator/get_account_health_status"]["post"]
    ref = op["requestBody"]["content"]["application/json"]["schema"]["$ref"]
    assert ref == "#/components/schemas/GetAccountHealthStatusRequest"
    assert op["x-summary-zh"] == "获取创作者账号健康状态"
    assert op["x-summary-en"] == "Get Creator Account Health Status"
    assert op["x-source"].endswith("tiktok-creator-api.contract.md:16")
    assert op["x-capabilities"] == ["creators"]


def test_two_runs_are_byte_identical(tmp_path: Path) -> None:
    a, b = tmp_path / "a.yaml", tmp_path / "b.yaml"
    run_codegen("spec", str(SEEDS), str(SEEDS2), "-o", str(a))
    run_codegen("spec", str(SEEDS), str(SEEDS2), "-o", str(b))
    assert a.read_bytes() == b.read_bytes()


HOSTILE = '"}, "evil": {"x": 1}, "a": "\n\'\'\'\\\\ {{ 7*7 }} {% raw %}</script>\x00\x07'


def test_hostile_text_is_serialised_not_pasted() -> None:
    api = Api(
        title=HOSTILE,
        routes=(
            Route(
                method="POST",
                path="/x",
                summary=Text(text=HOSTILE),
                parameters=(
                    Parameter(name=HOSTILE, location="query", description=Text(text=HOSTILE)),
                ),
                body=Body(
                    schema=Schema(
                        type="object",
                        fields=(
                            FieldDef(
                                name="f", schema=Schema(type="string"), default=Value(value=HOSTILE)
                            ),
                        ),
                    )
                ),
            ),
        ),
    )
    for fmt in ("json", "yaml"):
        text = openapi.render_text(api, fmt)
        doc = json.loads(text) if fmt == "json" else yaml.safe_load(text)
        assert doc["info"]["title"] == HOSTILE
        assert "evil" not in doc
        assert doc["paths"]["/x"]["post"]["parameters"][0]["name"] == HOSTILE


def test_truncated_default_is_not_emitted_as_exact() -> None:
    api = Api(
        routes=(
            Route(
                method="GET",
                path="/x",
                parameters=(
                    Parameter(
                        name="q",
                        location="query",
                        schema=Schema(type="string"),
                        default=Value(value="cut short…", truncated=True),
                    ),
                ),
            ),
        )
    )
    doc = openapi.document(api)
    schema = doc["paths"]["/x"]["get"]["parameters"][0]["schema"]
    assert "default" not in schema
    assert schema["x-doc-default"] == "cut short…" and schema["x-doc-default-truncated"] is True


def test_example_of_a_map_is_checked_against_its_value_type() -> None:
    from codegen.emit.openapi.build import schema

    counts = Schema(
        type="object",
        fields=(FieldDef(name="total", schema=Schema(type="string")),),
        additional=True,
        values=Schema(type="integer"),
    )
    fits = schema(counts, example=Value(value={"total": "9", "a": 1}))
    assert fits["additionalProperties"] == {"type": "integer"}
    assert fits["examples"] == [{"total": "9", "a": 1}]
    for wrong in ({"a": "one"}, {"total": 9}):
        out = schema(counts, example=Value(value=wrong))
        assert "examples" not in out and out["x-doc-example"] == wrong
    assert schema(counts.model_copy(update={"values": None}), example=Value(value={"a": "one"}))[
        "examples"
    ] == [{"a": "one"}]


def _route_returning(path: str, default: object) -> Route:
    from codegen.model import Response

    fields = (
        FieldDef(name="code", schema=Schema(type="integer"), default=Value(value=default)),
        FieldDef(name="msg", schema=Schema(type="string")),
    )
    return Route(
        method="GET",
        path=path,
        operation_id=path.strip("/"),
        responses=(Response(schema=Schema(type="object", fields=fields)),),
    )


def test_shared_responses_are_grouped_as_their_canonical_json_says(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Responses become one component when their schemas are the same data: orjson's quick
    key groups them as the json module's text does, also for values orjson writes alike
    (NaN and null) or refuses (integers beyond 64 bits)."""
    build_module = importlib.import_module("codegen.emit.openapi.build")
    defaults = [7, 7, None, None, 2**70, 2**70, float("nan"), float("nan"), None, 7.0, 7.0]
    routes = tuple(_route_returning(f"/r{i:02d}", d) for i, d in enumerate(defaults))
    api = Api(title="t", version="1", routes=routes)
    doc = build_module.build(api)
    monkeypatch.setattr(build_module, "_same_as", build_module._canon)
    reference = build_module.build(api)
    assert json.dumps(doc, sort_keys=False) == json.dumps(reference, sort_keys=False)

    def ref_of(i: int) -> str:
        op = doc["paths"][f"/r{i:02d}"]["get"]
        return str(op["responses"]["200"]["content"]["application/json"]["schema"]["$ref"])

    assert ref_of(0) == ref_of(1) != ref_of(9) == ref_of(10)  # 7 and 7.0 are different data
    assert ref_of(2) == ref_of(3) == ref_of(8)  # null, three times: the most shared
    assert ref_of(2).endswith("/ResponseModel")
    assert ref_of(4) == ref_of(5)
    assert ref_of(6) == ref_of(7) != ref_of(2)  # NaN is not null (orjson writes both as null)
