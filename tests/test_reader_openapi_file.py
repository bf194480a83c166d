"""OpenAPI 3.x / Swagger 2.0 reader: one small document per quirk, plus the corpus truth specs."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from codegen.emit.openapi import validate
from codegen.emit.openapi.build import build
from codegen.model import Api, ReadResult, Route
from codegen.readers import Document, read_document
from codegen.readers.openapi_file import api_from_openapi, read, sniff
from tests.conftest import CORPUS, SCORER, need_shared, score


def load(text: str, path: str = "spec.yaml") -> ReadResult:
    return read(textwrap.dedent(text), path)


def only_route(res: ReadResult) -> Route:
    assert not [d for d in res.diagnostics if d.level == "error"], res.diagnostics
    assert len(res.api.routes) == 1
    return res.api.routes[0]


OA30 = """\
openapi: 3.0.3
info: {title: Pets, version: '2.1'}
servers:
  - url: '{base}/v1'
    variables: {base: {default: 'https://pets.example'}}
tags:
  - name: pets
    description: 宠物/Pets
security: [{bearer: []}]
paths:
  /pets/{petId}:
    parameters:
      - name: petId
        in: path
        schema: {type: integer, format: int64}
    patch:
      tags: [pets]
      summary: 更新宠物/Update a pet
      operationId: updatePet
      deprecated: true
      security: []
      parameters:
        - $ref: '#/components/parameters/Trace'
        - name: fields
          in: query
          schema: {type: array, items: {type: string, enum: [a, b]}}
      requestBody:
        required: true
        content:
          application/json:
            schema: {$ref: '#/components/schemas/PetPatch'}
          multipart/form-data:
            schema:
              type: object
              properties:
                photo: {type: string, format: binary}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Pet'}
        204: {description: nothing}
components:
  parameters:
    Trace:
      name: X-Trace
      in: header
      required: false
      schema: {type: string, nullable: true}
  securitySchemes:
    bearer: {type: http, scheme: bearer}
    key: {type: apiKey, in: header, name: X-Key}
  schemas:
    Base:
      type: object
      required: [id]
      properties:
        id: {type: integer}
    PetPatch:
      allOf:
        - $ref: '#/components/schemas/Base'
        - type: object
          required: [name]
          properties:
            name: {type: string, default: Rex, example: Fido}
            age: {type: integer, nullable: true}
            kind: {anyOf: [{$ref: '#/components/schemas/Kind'}, {type: 'null'}]}
    Kind: {type: string, enum: [cat, dog]}
    Pet:
      type: object
      properties:
        parent: {$ref: '#/components/schemas/Pet'}
        tags: {type: [array, 'null'], items: {type: string}}
        either: {oneOf: [{type: string}, {type: integer}]}
"""


def test_openapi30_parameters_body_responses_security() -> None:
    res = load(OA30)
    r = only_route(res)
    api = res.api
    assert api.servers == ("https://pets.example/v1",)
    assert api.security == ("bearer",)
    assert [s.name for s in api.security_schemes] == ["bearer", "key"]
    assert api.security_schemes[1].location == "header"
    assert api.security_schemes[1].param_name == "X-Key"
    assert api.tags[0].description.zh == "宠物" and api.tags[0].description.en == "Pets"
    assert (r.method, r.path, r.operation_id, r.tag) == (
        "PATCH",
        "/pets/{petId}",
        "updatePet",
        "pets",
    )
    assert r.summary.zh == "更新宠物" and r.summary.en == "Update a pet"
    assert r.deprecated and r.security == ()
    names = [(p.name, p.location, p.required) for p in r.parameters]
    assert names == [
        ("petId", "path", True),
        ("X-Trace", "header", False),
        ("fields", "query", False),
    ]
    assert r.parameters[0].schema_.format == "int64"
    assert r.parameters[1].schema_.nullable
    assert r.parameters[2].schema_.items is not None
    assert r.parameters[2].schema_.items.enum == ("a", "b")
    assert r.parameters[0].source is not None and r.parameters[0].source.line == 13


def test_allof_merge_nullable_and_component_titles() -> None:
    r = only_route(load(OA30))
    assert r.body is not None and r.body.required
    body = r.body.schema_
    assert body.title == "PetPatch"
    assert [f.name for f in body.fields] == ["id", "name", "age", "kind"]
    assert body.required_names == ("id", "name")
    name = body.field("name")
    assert name is not None and name.default is not None and name.default.value == "Rex"
    assert name.example is not None and name.example.value == "Fido"
    age, kind = body.field("age"), body.field("kind")
    assert age is not None and age.schema_.nullable and age.schema_.type == "integer"
    assert kind is not None and kind.schema_.nullable and kind.schema_.title == "Kind"
    assert kind.schema_.enum == ("cat", "dog")
    assert [b.content_type for b in r.bodies_alt] == ["multipart/form-data"]
    assert r.bodies_alt[0].schema_.fields[0].schema_.format == "binary"


def test_cycles_type_lists_and_unions() -> None:
    r = only_route(load(OA30))
    assert [x.status for x in r.responses] == ["200", "204"]
    assert r.responses[1].content_type is None
    pet = r.responses[0].schema_
    assert pet is not None and pet.title == "Pet"
    parent = pet.field("parent")
    assert parent is not None and parent.schema_.title == "Pet" and parent.schema_.type == "object"
    assert not parent.schema_.fields  # the cycle is cut, not expanded forever
    tags = pet.field("tags")
    assert tags is not None and tags.schema_.type == "array" and tags.schema_.nullable
    either = pet.field("either")
    assert either is not None and [v.type for v in either.schema_.variants] == ["string", "integer"]


def test_emitted_spec_validates() -> None:
    doc = build(load(OA30).api)
    validate(doc)
    op = doc["paths"]["/pets/{petId}"]["patch"]
    assert op["requestBody"]["required"] is True
    assert op["x-source"] == "spec.yaml:16"


MAPS = """\
openapi: 3.1.0
info: {title: Maps, version: '1'}
paths:
  /stats:
    post:
      requestBody:
        content:
          application/json:
            schema:
              type: object
              properties:
                counts: {type: object, additionalProperties: {type: integer}}
                tags:
                  type: object
                  additionalProperties: {type: array, items: {type: string}}
                loose: {type: object, additionalProperties: {}}
                merged:
                  allOf:
                    - {type: object, properties: {id: {type: string}}}
                    - {type: object, additionalProperties: {type: number}}
      responses:
        '200': {description: ok}
"""


def test_map_value_types_are_kept() -> None:
    """`additionalProperties: {schema}` is a map of that type (a client's `dict[str, int]`);
    an empty schema is a map of anything, as `true` is."""
    doc = build(load(MAPS).api)
    validate(doc)
    body = doc["paths"]["/stats"]["post"]["requestBody"]["content"]["application/json"]
    props = doc["components"]["schemas"][body["schema"]["$ref"].rsplit("/", 1)[1]]["properties"]
    assert props["counts"]["additionalProperties"] == {"type": "integer"}
    assert props["tags"]["additionalProperties"] == {"type": "array", "items": {"type": "string"}}
    assert props["loose"]["additionalProperties"] is True
    assert props["merged"]["additionalProperties"] == {"type": "number"}
    assert list(props["merged"]["properties"]) == ["id"]


SWAGGER2 = """\
swagger: '2.0'
info: {title: Legacy, version: '1'}
host: api.example.com
basePath: /base
schemes: [https, http]
consumes: [application/json]
securityDefinitions:
  basic: {type: basic}
  token: {type: apiKey, in: query, name: token}
paths:
  /items:
    post:
      operationId: createItem
      parameters:
        - {name: body, in: body, required: true, schema: {$ref: '#/definitions/Item'}}
        - {name: limit, in: query, type: integer, default: 10}
      responses:
        '201': {description: made, schema: {$ref: '#/definitions/Item'}}
  /upload:
    post:
      consumes: [multipart/form-data]
      security: [{token: []}]
      parameters:
        - {name: file, in: formData, type: file, required: true}
        - {name: note, in: formData, type: string}
      responses:
        '200': {description: ok}
definitions:
  Item:
    type: object
    required: [name]
    properties:
      name: {type: string}
      price: {type: number, x-nullable: true}
"""


def test_swagger2_body_formdata_servers_security() -> None:
    res = load(SWAGGER2)
    api = res.api
    assert api.servers == ("https://api.example.com/base", "http://api.example.com/base")
    assert {s.name: (s.type, s.scheme) for s in api.security_schemes} == {
        "basic": ("http", "basic"),
        "token": ("apiKey", None),
    }
    items, upload = api.routes
    assert items.body is not None and items.body.required
    assert items.body.schema_.title == "Item" and items.body.schema_.required_names == ("name",)
    price = items.body.schema_.field("price")
    assert price is not None and price.schema_.nullable
    assert [(p.name, p.location) for p in items.parameters] == [("limit", "query")]
    assert items.parameters[0].default is not None and items.parameters[0].default.value == 10
    assert items.responses[0].schema_ is not None and items.responses[0].schema_.title == "Item"
    assert upload.body is not None and upload.body.content_type == "multipart/form-data"
    assert [(f.name, f.required, f.schema_.format) for f in upload.body.schema_.fields] == [
        ("file", True, "binary"),
        ("note", False, None),
    ]
    assert upload.security == ("token",)
    validate(build(api))


def test_bad_yaml_is_an_error_with_its_line() -> None:
    res = load("openapi: 3.0.0\npaths:\n  /x:\n    get: [unclosed\n  /y: {}\n")
    assert res.api == Api()
    (diag,) = res.diagnostics
    assert diag.level == "error" and diag.code == "bad-yaml" and diag.line == 5


def test_bad_json_is_an_error_with_its_line() -> None:
    res = read('{"openapi": "3.1.0",\n "paths": {\n  "/x": {,}\n}}', "spec.json")
    (diag,) = res.diagnostics
    assert diag.level == "error" and diag.code == "bad-json" and diag.line == 3


def test_json_lines_are_found() -> None:
    doc = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/a": {"get": {"responses": {"200": {"description": "ok"}}}},
            "/b": {"post": {"responses": {"200": {"description": "ok"}}}},
        },
    }
    text = json.dumps(doc, indent=2)
    r = read(text, "spec.json").api.routes
    lines = text.split("\n")
    assert [lines[x.source.line - 1].strip() for x in r if x.source] == ['"get": {', '"post": {']


def test_broken_ref_and_deep_nesting_do_not_raise() -> None:
    deep: dict[str, object] = {"type": "string"}
    for _ in range(400):
        deep = {"type": "object", "properties": {"x": deep}}
    doc = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/a": {
                "post": {
                    "requestBody": {"content": {"application/json": {"schema": deep}}},
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Missing"}
                                }
                            },
                        }
                    },
                }
            }
        },
    }
    res = api_from_openapi(doc, "x.json", None)
    assert len(res.api.routes) == 1
    assert [d.code for d in res.diagnostics] == ["broken-ref"]


def test_sniff() -> None:
    assert sniff(OA30, "a.yaml") >= 80
    assert sniff(SWAGGER2, "a.yml") >= 80
    assert sniff('{"openapi": "3.1.0", "paths": {}}', "a.json") >= 80
    assert sniff("# Title\n\n````yaml GET /x\nopenapi: 3.0.0\npaths: {}\n````\n", "a.md") == 0
    assert sniff("### `GET /x`\n\n#### Parameters\n", "a.md") == 0
    assert read_document(Document("spec.yaml", OA30)).api.routes[0].operation_id == "updatePet"


@pytest.mark.parametrize(
    ("truth", "docs"),
    [
        ("tikomni-openapi.dev.json", "contract-md/*.md"),
        ("tikhub-sdk-v2-openapi.dev.yaml", "openapi-generator/*.md"),
    ],
)
def test_corpus_truth_specs_round_trip(tmp_path: Path, truth: str, docs: str) -> None:
    need_shared()
    spec = CORPUS / "truth" / truth
    res = read(spec.read_text(encoding="utf-8"), str(spec))
    assert not [d for d in res.diagnostics if d.level == "error"]
    doc = build(res.api)
    validate(doc)
    out = tmp_path / "out.json"
    out.write_text(json.dumps(doc), encoding="utf-8")
    counts = score(out, spec, str(CORPUS / docs))
    assert counts["n"] > 0 and counts["exact"] == counts["n"], counts["_report"]


FIXTURES = Path(__file__).resolve().parent / "fixtures" / "openapi_file"


def test_swagger2_json_file_through_the_registry(tmp_path: Path) -> None:
    path = FIXTURES / "store.swagger.json"
    res = read_document(Document(str(path), path.read_text(encoding="utf-8")))
    assert not [d for d in res.diagnostics if d.level == "error"]
    api = res.api
    assert api.description.en == "Store API" and api.servers == ("https://store.example.com/v2",)
    get, post = sorted(api.routes, key=lambda r: r.method)
    assert get.source is not None and get.source.line == 12  # the `"get"` key's line
    assert [(p.name, p.required, p.schema_.type) for p in get.parameters] == [
        ("orderId", True, "integer"),
        ("expand", False, "array"),
    ]
    assert post.body is not None and post.body.schema_.required_names == ("petId",)
    lines = post.body.schema_.field("lines")
    assert lines is not None and lines.schema_.items is not None
    assert lines.schema_.items.title == "Order"  # recursive: cut, but named
    doc = build(api)
    validate(doc)
    if not SCORER.is_file():
        pytest.skip(f"judge not available at {SCORER}")
    docs = tmp_path / "docs.md"
    docs.write_text("```yaml GET /orders/{orderId}\n```\n```yaml POST /orders\n```\n")
    out = tmp_path / "out.json"
    out.write_text(json.dumps(doc), encoding="utf-8")
    counts = score(out, path, str(docs))
    assert counts["n"] == 2 and counts["exact"] == 2, counts["_report"]


def test_path_parameter_missing_from_template_is_dropped_with_warning() -> None:
    res = load("""\
        openapi: 3.1.0
        info: {title: t, version: '1'}
        paths:
          /a/{id}:
            get:
              parameters:
                - {name: id, in: path, schema: {type: string}}
                - {name: other, in: path, schema: {type: string}}
              responses: {'200': {description: ok}}
        """)
    assert [p.name for p in res.api.routes[0].parameters] == ["id"]
    assert [(d.code, d.line) for d in res.diagnostics] == [("path-param-unused", 8)]
    validate(build(res.api))
