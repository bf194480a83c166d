"""Reader fixtures: small contract markdown in, route model out — one test per format quirk."""

from __future__ import annotations

import textwrap

from codegen.model import Api, Route
from codegen.readers import Document, read_document
from codegen.readers.contract_md import sniff

HEAD = "# Demo-API Full Contract\n\n- Default auth: Header `Authorization` Bearer\n- Tag description: **(演示接口/Demo endpoints)**\n\n## Route Contracts\n\n"


def read(body: str, head: str = HEAD) -> tuple[Api, list[str]]:
    text = head + textwrap.dedent(body)
    res = read_document(Document("demo.md", text))
    return res.api, [d.format() for d in res.diagnostics]


def route(body: str) -> Route:
    api, diags = read(body)
    assert not [d for d in diags if ": error:" in d], diags
    assert len(api.routes) == 1
    return api.routes[0]


GET_ROUTE = """\
### `GET /api/u1/v1/demo/fetch_item`

- Summary: 获取作品/Fetch item
- Capabilities: content details / analytics
- Auth: Header `Authorization: Bearer {token}`; docs also allow Cookie (`HTTPBearer`)
- operationId: `fetch_item_api_v1_demo_fetch_item_get`

#### Notes

> # [中文]
> ### 用途:
> - 获取作品
> | a | b |
> | --- | --- |
> #### Parameters
> # [English]
> ### Purpose:
> - Fetch an item

#### Parameters

| Field | In | Type | Required | Description | Default | Example | Enum |
| --- | --- | --- | --- | --- | --- | --- | --- |
| item_id | query | string | Yes | 作品id/Item id | None | 123abc | None |
| count | query | integer | No | 数量/Count | 20 | 10 | None |
| sort | query | string enum[asc, desc] | No | a \\| b | asc | None | None |
| when | query | string(date-time) | No | None | None | None | None |
| ids | query | array<integer> | No | None | None | None | None |
| x | header | string \\| null | No | None | None | None | None |

#### Request Body

None

#### Success Response

##### `200 application/json`

- Schema summary: `code`:integer, `data`:null, ...

| Field | Type | Required | Description | Default | Example | Enum |
| --- | --- | --- | --- | --- | --- | --- |
| code | integer | No | HTTP status code \\| HTTP状态码 | 200 | None | None |
| data | null | No | None | None | None | None |
"""


def test_sniff_accepts_contract_and_rejects_other_text() -> None:
    assert sniff(HEAD + GET_ROUTE, "x.md") > 50
    assert sniff("# swagger_client.DemoApi\n\nMethod | HTTP request\n", "x.md") == 0


def test_route_header_bullets_and_bilingual_summary() -> None:
    r = route(GET_ROUTE)
    assert (r.method, r.path) == ("GET", "/api/u1/v1/demo/fetch_item")
    assert r.operation_id == "fetch_item_api_v1_demo_fetch_item_get"
    assert r.summary.zh == "获取作品" and r.summary.en == "Fetch item"
    assert r.capabilities == ("content details", "analytics")
    assert r.security == ("HTTPBearer",)
    assert r.tag == "Demo-API"
    assert r.source is not None and r.source.line == 8


def test_notes_blockquote_is_text_never_structure() -> None:
    r = route(GET_ROUTE)
    # the table and the '#### Parameters' heading inside the quote did not become parameters
    assert [p.name for p in r.parameters] == ["item_id", "count", "sort", "when", "ids", "x"]
    assert r.description.zh is not None and "获取作品" in r.description.zh
    assert r.description.en is not None and "Fetch an item" in r.description.en
    assert "#### Parameters" in r.description.text


def test_parameter_table_types_defaults_examples_enums() -> None:
    r = route(GET_ROUTE)
    p = {x.name: x for x in r.parameters}
    assert p["item_id"].required and p["item_id"].location == "query"
    assert p["item_id"].example is not None and p["item_id"].example.value == "123abc"
    assert p["count"].schema_.type == "integer" and p["count"].default is not None
    assert p["count"].default.value == 20 and p["count"].example.value == 10  # type: ignore[union-attr]
    assert p["sort"].schema_.enum == ("asc", "desc")
    assert p["sort"].description.text == "a | b"  # escaped pipe inside a cell
    assert p["when"].schema_.format == "date-time"
    assert p["ids"].schema_.type == "array" and p["ids"].schema_.items.type == "integer"  # type: ignore[union-attr]
    assert p["x"].schema_.type == "string" and p["x"].schema_.nullable
    assert p["x"].location == "header"
    assert p["item_id"].source is not None and p["item_id"].source.line > 30


def test_response_table_and_null_type() -> None:
    r = route(GET_ROUTE)
    assert r.body is None
    resp = r.responses[0]
    assert resp.status == "200" and resp.content_type == "application/json"
    assert resp.schema_ is not None
    code = resp.schema_.field("code")
    assert code is not None and code.description.en == "HTTP status code"
    assert code.description.zh == "HTTP状态码"
    data = resp.schema_.field("data")
    assert data is not None and data.schema_.type == "null"


POST_ROUTE = """\
### `POST /api/u2/v1/demo/{task_id}`

- Summary: 提交/Submit
- operationId: `submit`

#### Parameters

| Field | In | Type | Required | Description | Default | Example | Enum |
| --- | --- | --- | --- | --- | --- | --- | --- |
| task_id | path | string | Yes | None | None | None | None |

#### Request Body

- required: Yes

##### `application/json`

- Schema summary: `input*`{`file_urls*`:array<string(uri)>}, `mode`:string, `items`[object]

| Field | Type | Required | Description | Default | Example | Enum |
| --- | --- | --- | --- | --- | --- | --- |
| input | object | Yes | None | None | None | None |
| input.file_urls | array<string(uri)> | Yes | None | None | None | None |
| mode | string | No | None | None | None | enum[fast, slow] |
| items | array<object> | No | None | None | None | None |
| items[] | object | Yes | None | None | None | None |
| items[].id | integer | Yes | None | None | None | None |
| tags | array<Not declared> | No | None | None | None | None |
| note | dynamic object | No | None | This is a long default value that the docs cut short, it ends with… | None | None |
"""


def test_nested_rows_body_required_and_enum_column() -> None:
    r = route(POST_ROUTE)
    assert r.body is not None and r.body.required
    s = r.body.schema_
    assert s.required_names == ("input",)
    inp = s.field("input")
    assert inp is not None and inp.schema_.type == "object"
    urls = inp.schema_.field("file_urls")
    assert urls is not None and urls.required
    assert urls.schema_.items is not None and urls.schema_.items.format == "uri"
    mode = s.field("mode")
    assert mode is not None and mode.schema_.enum == ("fast", "slow")
    items = s.field("items")
    assert items is not None and items.schema_.items is not None
    assert [f.name for f in items.schema_.items.fields] == ["id"]
    tags = s.field("tags")
    assert tags is not None and tags.schema_.items is not None and tags.schema_.items.type == "any"


def test_truncated_values_are_marked() -> None:
    r = route(POST_ROUTE)
    assert r.body is not None
    note = r.body.schema_.field("note")
    assert note is not None and note.default is not None and note.default.truncated
    assert note.schema_.type == "any"  # "dynamic object": no declared type


def test_path_parameter_is_required() -> None:
    r = route(POST_ROUTE)
    assert r.parameters[0].location == "path" and r.parameters[0].required


ARRAY_BODY = """\
### `POST /api/u1/v1/demo/batch`

- Summary: 批量/Batch

#### Parameters

None

#### Request Body

- required: No

##### `multipart/form-data`

- Schema summary: [Not declared]

| Field | Type | Required | Description | Default | Example | Enum |
| --- | --- | --- | --- | --- | --- | --- |
| [] | array<string> | Yes | 链接/Links | None | None | None |

#### Success Response

##### `200 application/json`

- Schema summary: No declared structure

No field table
"""


def test_bare_array_row_and_multipart_and_summary_only_response() -> None:
    r = route(ARRAY_BODY)
    assert r.body is not None and not r.body.required
    assert r.body.content_type == "multipart/form-data"
    assert r.body.schema_.type == "array"
    assert r.body.schema_.items is not None and r.body.schema_.items.type == "string"
    assert r.responses[0].schema_ is not None and r.responses[0].schema_.type == "any"


def test_schema_summary_is_used_when_there_is_no_table() -> None:
    api, _ = read(POST_ROUTE.split("| Field | Type")[0])
    s = api.routes[0].body.schema_  # type: ignore[union-attr]
    assert [f.name for f in s.fields] == ["input", "mode", "items"]
    assert s.required_names == ("input",)
    assert s.field("input").schema_.field("file_urls") is not None  # type: ignore[union-attr]


ZH = """# Demo-API 完整契约

- 默认认证：请求头 `Authorization` Bearer

## 路由契约

### `POST /api/u1/v1/demo/zh`

- 摘要：中文摘要/English summary
- 能力：创作者 / 数据分析
- 认证：请求头 `Authorization: Bearer {token}`（`HTTPBearer`）
- operationId：`zh_op`

#### 说明

> 说明文字

#### 参数

无

#### 请求体

- required：是

##### `application/json`

- Schema 摘要：`cookie*`:string

| 字段 | 类型 | 必填 | 说明 | 默认值 | 示例 | 枚举 |
| --- | --- | --- | --- | --- | --- | --- |
| cookie | string | 是 | 用户Cookie/User cookie | None | None | None |

#### 成功响应

##### `200 application/json`

| 字段 | 类型 | 必填 | 说明 | 默认值 | 示例 | 枚举 |
| --- | --- | --- | --- | --- | --- | --- |
| data | 动态对象 | 否 | None | None | None | None |
"""


def test_chinese_labels_full_width_colons_and_headers() -> None:
    res = read_document(Document("zh.md", ZH))
    assert not [d for d in res.diagnostics if d.level == "error"], res.diagnostics
    r = res.api.routes[0]
    assert res.api.title == "Demo-API"
    assert r.operation_id == "zh_op" and r.summary.en == "English summary"
    assert r.capabilities == ("创作者", "数据分析")
    assert r.body is not None and r.body.required and r.body.schema_.required_names == ("cookie",)
    assert r.description.text == "说明文字"


def test_route_missing_sections_is_read() -> None:
    api, diags = read("### `DELETE /api/u3/v1/thing`\n\n- Summary: Delete\n")
    assert api.routes[0].method == "DELETE" and api.routes[0].parameters == ()
    assert not [d for d in diags if ": error:" in d]


def test_broken_table_and_unknown_section_are_errors_with_lines() -> None:
    bad = GET_ROUTE.replace(
        "| count | query | integer | No | 数量/Count | 20 | 10 | None |",
        "| count | query | integer | No |",
    )
    bad = bad.replace("#### Request Body", "#### Mystery Section")
    _, diags = read(bad)
    assert any(":error:" in d.replace(" ", "") and "cells" in d for d in diags), diags
    assert any("unknown section" in d and d.startswith("demo.md:") for d in diags), diags


def test_unknown_type_is_a_warning_not_a_crash() -> None:
    _, diags = read(
        GET_ROUTE.replace("| when | query | string(date-time)", "| when | query | wobble")
    )
    assert any("warning" in d and "wobble" in d for d in diags)


VARIANT = """\
## `GET /v2/items/{id}`

- Summary: Items
- Auth: None

#### Path Parameters

| Name | Type | Required | Description |
| --- | --- | --- | --- |
| id | integer | Yes | Item id |

#### Query Parameters

| Name | Type | Required | Description |
| --- | --- | --- | --- |
| q | string | No | Search |

#### Request Body

| Field | Type | Required | Description |
| --- | --- | --- | --- |
| x | boolean | Yes | Flag |

#### Examples

```sh
curl https://example.com/v2/items/1
```

#### Responses

| Field | Type | Required | Description |
| --- | --- | --- | --- |
| ok | boolean | Yes | Done |
"""


def test_other_vendor_variant_sections_and_tables() -> None:
    r = route(VARIANT)
    assert r.security == ()
    p = {x.name: x for x in r.parameters}
    assert p["id"].location == "path" and p["id"].schema_.type == "integer"
    assert p["q"].location == "query" and not p["q"].required
    assert r.body is not None and r.body.content_type == "application/json"
    assert r.body.schema_.required_names == ("x",)
    assert r.responses[0].status == "200" and r.responses[0].schema_ is not None
    assert "curl" in r.description.text


def test_unbalanced_brackets_in_a_type_are_a_warning_not_a_recursion() -> None:
    # found by the long fuzz run: a schema summary swallowing a following table line
    text = POST_ROUTE.replace(
        "- Schema summary: `input*`", "- Schema summary: `x`:array<string | y\n<\n`input*`"
    )
    api, diags = read(text)
    assert api.routes and all(": error:" not in d or "cells" in d for d in diags)
