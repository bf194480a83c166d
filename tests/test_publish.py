"""`codegen publish`: the static site holds every route, escapes doc text, and is deterministic."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml

from codegen.emit import openapi
from codegen.generate import Plan
from codegen.model import (
    Api,
    Body,
    FieldDef,
    Parameter,
    Response,
    Route,
    Schema,
    SecurityScheme,
    Tag,
    Text,
    Value,
)
from codegen.publish import build_site
from codegen.publish.assets import Bundle
from codegen.publish.view import field_rows, slug, type_label
from tests.conftest import run_codegen

EVIL = '<script>alert("x")</script>'


def _t(zh: str, en: str) -> Text:
    return Text(text=f"{zh}/{en}", zh=zh, en=en)


def sample_api() -> Api:
    """A small API with every kind of thing the page shows (and hostile doc text)."""
    pet = Schema(
        type="object",
        title="Pet",
        fields=(
            FieldDef(name="id", schema=Schema(type="integer", format="int64"), required=True),
            FieldDef(name="name", schema=Schema(type="string"), description=_t("名字", "Name")),
            FieldDef(
                name="status",
                schema=Schema(type="string", enum=("available", "sold")),
                default=Value(value="available"),
            ),
            FieldDef(
                name="owner",
                schema=Schema(
                    type="object",
                    fields=(
                        FieldDef(name="login", schema=Schema(type="string"), required=True),
                        FieldDef(name="email", schema=Schema(type="string", nullable=True)),
                    ),
                ),
            ),
            FieldDef(
                name="tags",
                schema=Schema(
                    type="array",
                    items=Schema(
                        type="object",
                        fields=(FieldDef(name="label", schema=Schema(type="string")),),
                    ),
                ),
            ),
        ),
    )
    pet_id = Parameter(
        name="petId",
        location="path",
        required=True,
        schema=Schema(type="integer"),
        description=_t("宠物编号", "Pet ID"),
    )
    return Api(
        title="Pet Store 宠物商店",
        version="1.2.0",
        description=_t("宠物商店示例接口", "A sample pet store API"),
        servers=("https://pets.example.com",),
        security_schemes=(SecurityScheme(name="HTTPBearer"),),
        security=("HTTPBearer",),
        tags=(Tag(name="pets", description=_t("宠物", "Pets")),),
        routes=(
            Route(
                method="GET",
                path="/pets/{petId}",
                tag="pets",
                operation_id="getPet",
                summary=_t("获取宠物", "Get a pet"),
                description=Text(text="Returns **one** pet. [docs](https://example.com/docs)"),
                parameters=(
                    pet_id,
                    Parameter(
                        name="fields",
                        location="query",
                        schema=Schema(type="array", items=Schema(type="string")),
                        example=Value(value=["name", "owner"]),
                    ),
                    Parameter(name="X-Trace-Id", location="header", schema=Schema(type="string")),
                ),
                responses=(
                    Response(status="200", schema=pet, description=_t("成功", "OK")),
                    Response(status="404", content_type=None, description=Text(text="Not found")),
                ),
            ),
            Route(
                method="POST",
                path="/pets",
                tag="pets",
                operation_id="createPet",
                summary=_t("创建宠物", "Create a pet"),
                body=Body(required=True, schema=pet),
                responses=(Response(status="201", schema=pet),),
            ),
            Route(
                method="DELETE",
                path="/pets/{petId}",
                tag="pets",
                operation_id="deletePet",
                summary=_t("删除宠物", "Delete a pet"),
                deprecated=True,
                security=(),
                parameters=(pet_id,),
                responses=(Response(status="204", content_type=None),),
            ),
            Route(
                method="PUT",
                path="/admin/evil",
                operation_id="evil",
                summary=Text(text=f"Hostile {EVIL}"),
                description=Text(
                    text=f"raw html {EVIL} <img src=data:, onerror=alert(1)> "
                    "[click](javascript:alert(1))"
                ),
                body=Body(
                    schema=Schema(
                        type="object",
                        fields=(
                            FieldDef(
                                name=f"x{EVIL}",
                                schema=Schema(type="string"),
                                description=Text(text=EVIL),
                            ),
                        ),
                    )
                ),
                responses=(Response(status="200"),),
            ),
        ),
    )


def sample_plan(apis: dict[str, Api] | None = None) -> Plan:
    """A Plan as `codegen.generate.plan` makes it, for handmade APIs."""
    apis = apis or {"petstore": sample_api()}
    result = Plan(apis=apis)
    for name, api in apis.items():
        result.files.update(openapi.render(openapi.plan(api, name)))
    return result


class _Collect(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.routes: list[tuple[str, str]] = []
        self.ids: list[str] = []
        self.hrefs: list[str] = []
        self.tags: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        self.tags.append(tag)
        if tag == "article" and "data-method" in a:
            self.routes.append((a["data-method"] or "", a["data-path"] or ""))
        if a.get("id"):
            self.ids.append(a["id"] or "")
        if tag == "a" and a.get("href"):
            self.hrefs.append(a["href"] or "")


def parse(html: str) -> _Collect:
    p = _Collect()
    p.feed(html)
    return p


@pytest.fixture(scope="module")
def site() -> dict[str, str]:
    return build_site(sample_plan())


def test_site_layout(site: dict[str, str]) -> None:
    assert sorted(site) == [
        "assets/style.css",
        "index.html",
        "petstore/index.html",
        "petstore/petstore.openapi.json",
        "petstore/petstore.openapi.yaml",
    ]
    assert json.loads(site["petstore/petstore.openapi.json"]) == yaml.safe_load(
        site["petstore/petstore.openapi.yaml"]
    )


def test_every_route_is_listed_without_javascript(site: dict[str, str]) -> None:
    page = site["petstore/index.html"]
    found = parse(page)
    expected = [(r.method, r.path) for r in sample_api().routes]
    assert sorted(found.routes) == sorted(expected)
    assert "<script" not in page.replace("&lt;script", "")  # the page itself runs no JS
    assert len(found.ids) == len(set(found.ids)), "anchors are unique"
    for href in found.hrefs:  # every in-page link points at an existing anchor
        if href.startswith("#"):
            assert href[1:] in found.ids, href


def test_bilingual_text_parameters_and_fields(site: dict[str, str]) -> None:
    page = site["petstore/index.html"]
    for text in ("获取宠物", "Get a pet", "宠物编号", "Pet ID", "名字", "宠物商店示例接口"):
        assert text in page
    for text in ("petId", "X-Trace-Id", "array&lt;string&gt;", "integer&lt;int64&gt;"):
        assert text in page
    assert '<span class="loc">query</span>' in page and '<span class="loc">header</span>' in page
    assert "owner" in page and "login" in page and "label" in page  # nested fields
    assert "&#34;available&#34;" in page or "&quot;available&quot;" in page  # enum/default
    assert "<strong>one</strong>" in page  # markdown notes are rendered
    assert "curl -X GET" in page and "https://pets.example.com/pets/{petId}" in page


def test_doc_text_is_escaped(site: dict[str, str]) -> None:
    page = site["petstore/index.html"]
    assert EVIL not in page
    assert "<img" not in page
    assert 'href="javascript:' not in page
    assert "&lt;script&gt;" in page


def test_index_links_every_api() -> None:
    apis = {"petstore": sample_api(), "other": sample_api().model_copy(update={"title": "Other"})}
    files = build_site(sample_plan(apis))
    links = parse(files["index.html"]).hrefs
    for name in apis:
        assert f"{name}/index.html" in links
        assert f"{name}/{name}.openapi.json" in links
        assert f"{name}/{name}.openapi.yaml" in links
        for href in parse(files[f"{name}/index.html"]).hrefs:
            if not href.startswith(("#", "http")):
                target = (Path(name) / href).as_posix()
                assert _norm(target) in files, href


def _norm(p: str) -> str:
    parts: list[str] = []
    for part in p.split("/"):
        if part == "..":
            parts.pop()
        elif part not in ("", "."):
            parts.append(part)
    return "/".join(parts)


def test_redoc_view_embeds_the_spec_safely() -> None:
    bundle = Bundle(script="/* redoc */", license="MIT", version="2.5.4")
    files = build_site(sample_plan(), redoc=bundle)
    assert files["assets/redoc.standalone.js"] == "/* redoc */"
    page = files["petstore/redoc.html"]
    assert '<script src="../assets/redoc.standalone.js"></script>' in page
    m = re.search(r'<script type="application/json" id="openapi-document">(.*?)</script>', page)
    assert m is not None
    assert json.loads(m.group(1)) == json.loads(files["petstore/petstore.openapi.json"])
    assert "</script>" not in m.group(1) and "<" not in m.group(1)
    assert 'href="redoc.html"' in files["petstore/index.html"]


def test_deterministic() -> None:
    assert build_site(sample_plan()) == build_site(sample_plan())


def test_type_labels_and_rows() -> None:
    assert type_label(Schema(type="string", format="date-time")) == "string<date-time>"
    assert type_label(Schema(type="array", items=Schema(type="integer"))) == "array<integer>"
    assert type_label(Schema(type="string", nullable=True)) == "string | null"
    rows = field_rows(sample_api().routes[0].responses[0].schema_)
    assert [(r.name, r.depth) for r in rows] == [
        ("id", 0),
        ("name", 0),
        ("status", 0),
        ("owner", 0),
        ("login", 1),
        ("email", 1),
        ("tags", 0),
        ("label", 1),
    ]
    assert slug("POST /api/u1/v1/x/{id}") == "post-api-u1-v1-x-id"


def test_cli_publish_writes_the_embedded_default(tmp_path: Path) -> None:
    out = tmp_path / "site"
    proc = run_codegen("publish", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert "published" in proc.stderr
    names = sorted(p.name for p in out.iterdir() if p.is_dir() and p.name != "assets")
    assert names, "no API folders"
    index = parse((out / "index.html").read_text(encoding="utf-8")).hrefs
    for name in names:
        assert f"{name}/index.html" in index
        spec = json.loads((out / name / f"{name}.openapi.json").read_text(encoding="utf-8"))
        assert spec == yaml.safe_load((out / name / f"{name}.openapi.yaml").read_text("utf-8"))
        found = parse((out / name / "index.html").read_text(encoding="utf-8")).routes
        expected = [(m.upper(), p) for p, ops in spec["paths"].items() for m in ops]
        assert sorted(found) == sorted(expected), name
    # a second run changes nothing
    again = run_codegen("publish", "-o", str(out))
    assert again.returncode == 0 and "; 0 changed" in again.stderr
