"""OpenAPI output: valid, JSON and YAML say the same, deterministic, values never pasted."""

from __future__ import annotations

import json
from pathlib import Path

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
