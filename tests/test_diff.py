"""Breaking-change reports: spec comparison, severities, version bumps, `codegen diff`."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import yaml

from codegen.diff import BREAKING, INFO, NON_BREAKING, compare, suggest_bump
from codegen.diff.render import markdown, render
from tests.conftest import run_codegen


def _spec() -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "T", "version": "1.2.3"},
        "paths": {
            "/items": {
                "get": {
                    "operationId": "list_items",
                    "parameters": [
                        {"name": "limit", "in": "query", "schema": {"type": "integer"}},
                        {
                            "name": "q",
                            "in": "query",
                            "required": True,
                            "schema": {"type": "string"},
                        },
                    ],
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Page"}
                                }
                            },
                        }
                    },
                },
                "post": {
                    "requestBody": {
                        "required": True,
                        "content": {
                            "application/json": {
                                "schema": {
                                    "type": "object",
                                    "properties": {
                                        "name": {"type": "string"},
                                        "tags": {"type": "array", "items": {"type": "string"}},
                                    },
                                    "required": ["name"],
                                }
                            }
                        },
                    },
                    "responses": {"200": {"description": "ok"}},
                },
            },
            "/gone": {"delete": {"responses": {"204": {"description": "x"}}}},
        },
        "components": {
            "schemas": {
                "Page": {
                    "type": "object",
                    "properties": {
                        "items": {"type": "array", "items": {"$ref": "#/components/schemas/Item"}},
                        "next": {"type": ["string", "null"]},
                    },
                    "required": ["items", "next"],
                },
                "Item": {
                    "type": "object",
                    "properties": {
                        "id": {"type": "integer"},
                        "parent": {"$ref": "#/components/schemas/Item"},
                    },
                    "required": ["id"],
                },
            }
        },
    }


def _kinds(old: dict[str, Any], new: dict[str, Any]) -> dict[tuple[str, str], str]:
    return {(c.kind, c.where): c.severity for c in compare(old, new).changes}


def test_identical_specs_have_no_changes() -> None:
    report = compare(_spec(), _spec())
    assert report.changes == [] and report.bump == "none" and not report.breaking


def test_removed_route_is_breaking_and_added_route_is_not() -> None:
    old, new = _spec(), _spec()
    del new["paths"]["/gone"]
    new["paths"]["/new"] = {"get": {"responses": {"200": {"description": "ok"}}}}
    changes = {c.route: (c.kind, c.severity) for c in compare(old, new).changes}
    assert changes["DELETE /gone"] == ("route-removed", BREAKING)
    assert changes["GET /new"] == ("route-added", NON_BREAKING)
    assert compare(old, new).bump == "major"
    assert compare(old, new).next_version == "2.0.0"


def test_parameter_changes() -> None:
    old, new = _spec(), _spec()
    params = new["paths"]["/items"]["get"]["parameters"]
    params[0]["required"] = True  # limit: optional -> required
    params[1]["required"] = False  # q: required -> optional
    params.append({"name": "cursor", "in": "query", "required": True, "schema": {"type": "string"}})
    params.append({"name": "debug", "in": "header", "schema": {"type": "boolean"}})
    k = _kinds(old, new)
    assert k[("optional-to-required", "query parameter `limit`")] == BREAKING
    assert k[("required-to-optional", "query parameter `q`")] == NON_BREAKING
    assert k[("param-added-required", "query parameter `cursor`")] == BREAKING
    assert k[("param-added", "header parameter `debug`")] == NON_BREAKING

    removed = _spec()
    del removed["paths"]["/items"]["get"]["parameters"][0]
    assert _kinds(old, removed)[("param-removed", "query parameter `limit`")] == BREAKING

    retyped = _spec()
    retyped["paths"]["/items"]["get"]["parameters"][1]["schema"] = {"type": "integer"}
    assert _kinds(old, retyped)[("type-changed", "query parameter `q`")] == BREAKING


def test_a_type_gained_or_lost_is_a_type_change() -> None:
    """`{}` accepts anything: typing it narrows a request (breaking) and widens nothing for a
    reader of a response; losing a type is the other way round."""
    old, new = _spec(), _spec()
    old["paths"]["/items"]["get"]["parameters"][0]["schema"] = {"description": "how many"}
    k = _kinds(old, new)
    assert k[("type-changed", "query parameter `limit`")] == BREAKING
    assert k == {("type-changed", "query parameter `limit`"): BREAKING}
    assert _kinds(new, old) == {("type-changed", "query parameter `limit`"): NON_BREAKING}
    (change,) = compare(old, new).changes
    assert change.message.endswith("type any → integer")

    loose = _spec()
    loose["components"]["schemas"]["Item"]["properties"]["id"] = {}
    assert _kinds(_spec(), loose) == {("type-changed", "response 200 field `items[].id`"): BREAKING}
    # an object written without `type` is still typed by its properties: no change
    untyped_obj = _spec()
    del untyped_obj["components"]["schemas"]["Page"]["type"]
    assert _kinds(_spec(), untyped_obj) == {}


def test_request_body_field_changes() -> None:
    old, new = _spec(), _spec()
    schema = new["paths"]["/items"]["post"]["requestBody"]["content"]["application/json"]["schema"]
    schema["properties"]["owner"] = {"type": "string"}
    schema["required"].append("owner")
    schema["properties"]["note"] = {"type": "string"}
    schema["properties"]["tags"]["items"] = {"type": "integer"}
    k = _kinds(old, new)
    assert k[("field-added-required", "request body field `owner`")] == BREAKING
    assert k[("field-added", "request body field `note`")] == NON_BREAKING
    assert k[("type-changed", "request body field `tags[]`")] == BREAKING


def test_map_value_types_are_compared() -> None:
    """A map's values (`additionalProperties`) are a field `name{}`: a changed value type is
    a type change; a map that starts saying its value type narrows what it takes."""

    def with_maps(counts: Any, meta: Any, extra: Any) -> dict[str, Any]:
        spec = _spec()
        body = spec["paths"]["/items"]["post"]["requestBody"]["content"]["application/json"]
        body["schema"]["properties"]["counts"] = {"type": "object", "additionalProperties": counts}
        body["schema"]["properties"]["meta"] = {"type": "object", "additionalProperties": meta}
        item = spec["components"]["schemas"]["Item"]
        item["properties"]["extra"] = {"type": "object", "additionalProperties": extra}
        return spec

    old = with_maps({"type": "integer"}, True, True)
    new = with_maps({"type": "string"}, {"type": "string"}, {"type": "string"})
    k = _kinds(old, new)
    assert k[("type-changed", "request body field `counts{}`")] == BREAKING
    assert k[("type-changed", "request body field `meta{}`")] == BREAKING
    assert k[("type-changed", "response 200 field `items[].extra{}`")] == NON_BREAKING
    back = _kinds(new, old)
    assert back[("type-changed", "request body field `meta{}`")] == NON_BREAKING
    assert back[("type-changed", "response 200 field `items[].extra{}`")] == BREAKING
    assert compare(old, copy.deepcopy(old)).changes == []


def test_response_changes_follow_the_other_direction() -> None:
    old, new = _spec(), _spec()
    item = new["components"]["schemas"]["Item"]
    item["properties"]["title"] = {"type": "string"}  # added response field: fine
    page = new["components"]["schemas"]["Page"]
    page["required"] = ["items"]  # `next` may now be missing: breaking for readers
    del new["components"]["schemas"]["Item"]["properties"]["parent"]
    k = _kinds(old, new)
    assert k[("field-added", "response 200 field `items[].title`")] == NON_BREAKING
    assert k[("required-to-optional", "response 200 field `next`")] == BREAKING
    assert k[("field-removed", "response 200 field `items[].parent`")] == BREAKING


def test_recursive_schemas_terminate_and_renames_are_info() -> None:
    old, new = _spec(), _spec()
    new["paths"]["/items"]["get"]["operationId"] = "items"
    new["paths"]["/items"]["get"]["deprecated"] = True
    report = compare(old, new)
    assert {c.severity for c in report.changes} == {INFO}
    assert report.bump == "patch"


def test_documentation_changes_are_one_info_change_per_route() -> None:
    old, new = _spec(), _spec()
    get = new["paths"]["/items"]["get"]
    get["summary"] = "List the items"
    get["description"] = "Pages through the items."
    get["parameters"][0]["description"] = "at most this many"
    get["responses"]["200"]["description"] = "the page"
    post = new["paths"]["/items"]["post"]
    body = post["requestBody"]["content"]["application/json"]["schema"]
    body["properties"]["name"]["description"] = "what to call it"
    report = compare(old, new)
    assert [(c.route, c.kind, c.severity, c.message) for c in report.changes] == [
        (
            "GET /items",
            "docs-changed",
            INFO,
            "documentation changed: summary, description, query parameter `limit` (+1 more)",
        ),
        (
            "POST /items",
            "docs-changed",
            INFO,
            "documentation changed: request body field `name`",
        ),
    ]
    assert report.bump == "patch" and report.next_version == "1.2.4"
    assert "No user-visible changes" not in markdown([report])


def test_a_changed_shared_description_is_one_change_not_one_per_route() -> None:
    # a component only one route reaches: its text is that route's
    old, new = _spec(), _spec()
    new["components"]["schemas"]["Item"]["properties"]["id"]["description"] = "key"
    assert [(c.route, c.kind, c.message) for c in compare(old, new).changes] == [
        ("GET /items", "docs-changed", "documentation changed: schema `Item` field `id`")
    ]
    # components two routes reach: one change for all of them
    old, new = _spec(), _spec()
    for spec in (old, new):
        spec["paths"]["/items"]["post"]["responses"]["200"]["content"] = {
            "application/json": {"schema": {"$ref": "#/components/schemas/Page"}}
        }
    schemas = new["components"]["schemas"]
    schemas["Page"]["properties"]["next"]["description"] = "cursor"
    schemas["Item"]["properties"]["id"]["description"] = "key"
    schemas["Item"]["description"] = "One item."
    report = compare(old, new)
    assert [(c.route, c.kind, c.where, c.message) for c in report.changes] == [
        (
            "(api)",
            "docs-changed",
            "components",
            "documentation changed: schema `Item`, schema `Item` field `id`, "
            "schema `Page` field `next`",
        )
    ]
    # a breaking change inside the component is still reported on each route it reaches
    del schemas["Page"]["properties"]["next"]
    routes = {c.route for c in compare(old, new).changes if c.kind == "field-removed"}
    assert routes == {"GET /items", "POST /items"}


def test_a_documentation_change_of_one_parameter_points_at_its_line() -> None:
    old, new = _spec(), _spec()
    for spec in (old, new):
        spec["paths"]["/items"]["get"]["x-source"] = "docs/items.md:10"
        spec["paths"]["/items"]["get"]["parameters"][0]["x-source"] = "docs/items.md:14"
    new["paths"]["/items"]["get"]["parameters"][0]["description"] = "at most this many"
    (change,) = compare(old, new).changes
    assert change.source == "docs/items.md:14"
    new["paths"]["/items"]["get"]["summary"] = "List"  # two places: the route's own line
    (change,) = compare(old, new).changes
    assert change.source == "docs/items.md:10"


def test_api_documentation_and_tag_texts_are_one_api_change() -> None:
    old, new = _spec(), _spec()
    old["tags"] = [{"name": "a", "description": "A"}, {"name": "b", "description": "B"}]
    new["tags"] = [{"name": "a", "description": "A, again"}, {"name": "b", "description": "B"}]
    new["info"]["description"] = "What the API is for."
    report = compare(old, new)
    assert [(c.route, c.kind, c.message) for c in report.changes] == [
        ("(api)", "docs-changed", "documentation changed: description, tag `a`")
    ]


def test_only_moved_source_lines_are_no_user_visible_change() -> None:
    old, new = _spec(), _spec()
    new["paths"]["/items"]["get"]["x-source"] = "docs/items.md:12"
    report = compare(old, new)
    assert report.changes == [] and report.bump == "none"
    assert "No user-visible changes." in markdown([report])


def test_bump_rules_for_zero_versions() -> None:
    old, new = _spec(), _spec()
    old["info"]["version"] = "0.4.1"
    del new["paths"]["/gone"]
    report = compare(old, new)
    assert report.bump == "minor" and report.next_version == "0.5.0"
    assert suggest_bump([], "1.0.0") == "none"


def test_render_is_deterministic() -> None:
    old, new = _spec(), copy.deepcopy(_spec())
    del new["paths"]["/gone"]
    a = markdown([compare(old, new, "x")])
    b = markdown([compare(old, new, "x")])
    assert a == b and "### Breaking (1)" in a and "`DELETE /gone`: route removed" in a
    data = json.loads(render([compare(old, new, "x")], "json"))
    assert data["breaking"] is True and data["apis"][0]["bump"] == "major"


def test_cli_diff_json_yaml_and_fail_on(tmp_path: Path) -> None:
    old, new = _spec(), _spec()
    new["paths"]["/items"]["get"]["parameters"].append(
        {"name": "cursor", "in": "query", "required": True, "schema": {"type": "string"}}
    )
    (tmp_path / "old.json").write_text(json.dumps(old), encoding="utf-8")
    (tmp_path / "new.yaml").write_text(yaml.safe_dump(new), encoding="utf-8")
    ok = run_codegen("diff", "old.json", "new.yaml", cwd=tmp_path)
    assert ok.returncode == 0, ok.stderr
    assert "breaking: GET /items: required query parameter `cursor` added" in ok.stdout
    gate = run_codegen("diff", "old.json", "new.yaml", "--fail-on", "breaking", cwd=tmp_path)
    assert gate.returncode == 1
    md = run_codegen("diff", "old.json", "new.yaml", "--format", "markdown", cwd=tmp_path)
    assert "## new (was 1.2.3)" in md.stdout
    same = run_codegen("diff", "old.json", "old.json", "--fail-on", "breaking", cwd=tmp_path)
    assert same.returncode == 0
    bad = run_codegen("diff", "old.json", "missing.json", cwd=tmp_path)
    assert bad.returncode == 2


def test_a_first_spec_is_reported_as_a_new_api(tmp_path: Path) -> None:
    from codegen.changes import fails, reports

    new = _spec()
    text = json.dumps(new, ensure_ascii=False)
    routes = sum(len(item) for item in new["paths"].values())
    assert routes >= 2
    (report,) = reports(tmp_path, {"openapi/demo.openapi.json": text}, {"demo": new})
    assert report.initial and report.routes == routes and not report.changes
    assert report.bump == "none" and report.next_version is None
    assert not fails([report], "info")
    assert render([report], "text") == (
        f"demo: new API with {routes} routes (no earlier spec to compare with)\n"
    )
    assert "route added" not in markdown([report])
    data = json.loads(render([report], "json"))["apis"][0]
    assert data["initial"] is True and data["routes"] == routes and data["changes"] == []
    # with the spec on disk, the same text is no news and a change is compared route by route
    (tmp_path / "openapi").mkdir()
    (tmp_path / "openapi" / "demo.openapi.json").write_text(text, encoding="utf-8")
    assert reports(tmp_path, {"openapi/demo.openapi.json": text}) == []
    fewer = copy.deepcopy(new)
    gone = sorted(fewer["paths"])[0]
    del fewer["paths"][gone]
    (changed,) = reports(tmp_path, {"openapi/demo.openapi.json": json.dumps(fewer)})
    assert not changed.initial and changed.breaking
