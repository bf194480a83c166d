"""Reader fixtures for swagger-codegen / openapi-generator API docs: small doc in, model out."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest

from codegen.model import Api, Route
from codegen.readers import Document, load_document, read_document
from codegen.readers.swagger_docs import read, read_with_siblings, sniff
from tests.conftest import CORPUS, need_shared, score

FIXTURES = Path(__file__).parent / "fixtures" / "swagger_docs"

SC_HEAD = """\
# swagger_client.DemoWebAPIApi

All URIs are relative to *https://api.example.com*

Method | HTTP request | Description
------------- | ------------- | -------------
"""


def sc_doc(rows: str, sections: str) -> str:
    return SC_HEAD + textwrap.dedent(rows) + "\n\n" + textwrap.dedent(sections)


def only_route(text: str, path: str = "DemoWebAPIApi.md") -> Route:
    res = read(text, path)
    assert not [d for d in res.diagnostics if d.level == "error"], res.diagnostics
    assert len(res.api.routes) == 1, res.api.routes
    return res.api.routes[0]


SC_GET = sc_doc(
    """\
    [**fetch_user_api_v1_demo_fetch_user_get**](DemoWebAPIApi.md#fetch_user_api_v1_demo_fetch_user_get) | **GET** /api/v1/demo/fetch_user | 获取用户/Fetch user
    [**fetch_user_api_v1_demo_fetch_user_get_1**](DemoWebAPIApi.md#fetch_user_api_v1_demo_fetch_user_get_1) | **GET** /api/v1/demo/fetch_user | 获取用户/Fetch user
    """,
    """\
    # **fetch_user_api_v1_demo_fetch_user_get**
    > fetch_user_api_v1_demo_fetch_user_get(sec_uid, count=count)

    获取用户/Fetch user

    # [中文] ### 用途: - 获取用户 ### 参数: - secUid: 用户ID  # [English] ### Purpose: - Fetch user ### Parameters: - secUid: User id - count: Number  # [示例/Example] secUid = \\"abc\\"

    ### Example
    ```python
    api_instance = swagger_client.DemoWebAPIApi()
    sec_uid = NULL # object | 用户ID/User id
    count = NULL # object | 数量/Count (optional)
    ```

    ### Parameters

    Name | Type | Description  | Notes
    ------------- | ------------- | ------------- | -------------
     **sec_uid** | [**object**](.md)| 用户ID/User&#39;s id | 
     **count** | [**object**](.md)| 数量/Count | [optional] [default to 10]

    ### Return type

    void (empty response body)

    ### Authorization

    No authorization required

    ### HTTP request headers

     - **Content-Type**: Not defined
     - **Accept**: Not defined

    [[Back to top]](#) [[Back to API list]](../README.md#documentation-for-api-endpoints)
    """,
)


def test_sniff_scores_generated_docs_high_and_others_zero() -> None:
    assert sniff(SC_GET, "x.md") >= 90
    assert sniff("### `POST /api/x`\n\n#### Parameters\n", "c.md") == 0
    assert sniff("openapi: 3.1.0\npaths:\n  /x:\n    get: {}\n", "o.yaml") == 0
    assert sniff('---\ntitle: X\nopenapi: get /x\n---\n<ParamField query="a" />', "m.mdx") == 0


def test_swagger_codegen_get_params_tag_server_and_texts() -> None:
    res = read(SC_GET, "DemoWebAPIApi.md")
    api = res.api
    assert api.servers == ("https://api.example.com",)
    assert [t.name for t in api.tags] == ["Demo-Web-API"]
    (r,) = api.routes  # `_1` de-dup duplicate of the same METHOD+path → one route
    assert (r.method, r.path, r.tag) == ("GET", "/api/v1/demo/fetch_user", "Demo-Web-API")
    assert r.operation_id == "fetch_user_api_v1_demo_fetch_user_get"
    assert (r.summary.zh, r.summary.en) == ("获取用户", "Fetch user")
    # `# [中文] ###` at column 0 is description text, split into its halves
    assert r.description.zh is not None and r.description.zh.startswith("### 用途")
    assert r.description.en is not None and "Fetch user" in r.description.en
    assert '"abc"' in r.description.text  # \" un-escaped
    sec, count = r.parameters
    # the notes spell the wire name the generator snake-cased
    assert (sec.name, sec.location, sec.required) == ("secUid", "query", True)
    # [**object**](.md) is "type lost" in swagger-codegen docs: the notes' example tells
    assert (sec.schema_.type, sec.schema_.inferred) == ("string", True)
    assert (count.schema_.type, count.schema_.inferred) == ("integer", True)  # [default to 10]
    assert sec.description.en == "User's id"  # HTML entity unescaped
    assert (count.name, count.required, count.default and count.default.value) == (
        "count",
        False,
        10,
    )
    assert sec.source is not None and sec.source.line > 0 and r.source is not None
    assert r.security is None  # "No authorization required" is not trusted


SC_POST = sc_doc(
    """\
    [**create_api_v1_demo_create_post**](DemoWebAPIApi.md#create_api_v1_demo_create_post) | **POST** /api/v1/demo/{item_id}/create | Create
    [**ping_api_v1_demo_ping_post**](DemoWebAPIApi.md#ping_api_v1_demo_ping_post) | **POST** /api/v1/demo/ping | Ping
    """,
    """\
    # **create_api_v1_demo_create_post**
    > create_api_v1_demo_create_post(body, item_id, dry_run=dry_run)

    Create

    ### Example
    ```python
    body = swagger_client.CreateRequest() # CreateRequest | 
    item_id = 'item_id_example' # str | 
    dry_run = true # bool |  (optional)
    ```

    ### Parameters

    Name | Type | Description  | Notes
    ------------- | ------------- | ------------- | -------------
     **body** | [**CreateRequest**](CreateRequest.md)|  | 
     **item_id** | **str**|  | 
     **dry_run** | **bool**|  | [optional] 

    ### Return type

    void (empty response body)

    ### Authorization

    No authorization required

    ### HTTP request headers

     - **Content-Type**: application/json
     - **Accept**: Not defined

    # **ping_api_v1_demo_ping_post**
    > ping_api_v1_demo_ping_post()

    Ping

    ### Example
    ```python
    api_instance.ping_api_v1_demo_ping_post()
    ```

    ### Parameters
    This endpoint does not need any parameter.

    ### Return type

    void (empty response body)

    ### Authorization

    No authorization required

    ### HTTP request headers

     - **Content-Type**: Not defined
     - **Accept**: Not defined
    """,
)


def test_post_body_path_and_query_locations(tmp_path: Path) -> None:
    (tmp_path / "CreateRequest.md").write_text(
        textwrap.dedent("""\
        # CreateRequest

        ## Properties
        Name | Type | Description | Notes
        ------------ | ------------- | ------------- | -------------
        **name** | **str** | Name | 
        **tags** | **list[str]** | Tags | [optional] 
        """),
        encoding="utf-8",
    )
    res = read(SC_POST, str(tmp_path / "DemoWebAPIApi.md"))  # model doc found on disk
    create, ping = res.api.routes
    assert [(p.name, p.location, p.required) for p in create.parameters] == [
        ("item_id", "path", True),
        ("dry_run", "query", False),
    ]
    assert create.body is not None and create.body.required
    assert [(f.name, f.schema_.type, f.required) for f in create.body.schema_.fields] == [
        ("name", "string", True),
        ("tags", "array", False),
    ]
    assert create.body.schema_.fields[0].source is not None
    assert ping.parameters == () and ping.body is None


def test_missing_model_doc_is_a_warning_not_an_exception() -> None:
    res = read(SC_POST, "/nonexistent/DemoWebAPIApi.md")
    create = res.api.routes[0]
    assert create.body is not None and create.body.schema_.title == "CreateRequest"
    assert any(d.code == "model-doc-missing" and d.line > 0 for d in res.diagnostics)


def test_no_operations_is_an_error() -> None:
    res = read("# swagger_client.EmptyApi\n\nNothing here.\n", "EmptyApi.md")
    assert res.api.routes == ()
    assert [d.level for d in res.diagnostics] == ["error"]
    assert res.diagnostics[0].code == "no-operations"


OG_DOC = """\
# tikhub_sdk_v2.CaptchaSolverApi

All URIs are relative to *http://localhost*

Method | HTTP request | Description
------------- | ------------- | -------------
[**solve_post**](CaptchaSolverApi.md#solve_post) | **POST** /api/v1/captcha/solve | Solve/解决
[**solve_post_0**](CaptchaSolverApi.md#solve_post_0) | **POST** /api/v1/captcha/solve | Solve/解决
[**feed_post**](CaptchaSolverApi.md#feed_post) | **POST** /api/v1/captcha/feed | Feed
[**ids_post**](CaptchaSolverApi.md#ids_post) | **POST** /api/v1/captcha/ids | Ids

{ops}
"""

OG_OP = """\
# **{op}**
> ResponseModel {op}({arg}={arg})

{summary}

{notes}

### Example

* Bearer Authentication (bearer):
```python
with tikhub_sdk_v2.ApiClient(configuration) as api_client:
    api_instance = tikhub_sdk_v2.CaptchaSolverApi(api_client)
```

### Parameters

Name | Type | Description  | Notes
------------- | ------------- | ------------- | -------------
 **{arg}** | {type}|  | [optional] 

### Return type

[**ResponseModel**](ResponseModel.md)

### Authorization

[bearer](../README.md#bearer)

### HTTP request headers

 - **Content-Type**: application/json
 - **Accept**: application/json

### HTTP response details
| Status code | Description | Response headers |
|-------------|-------------|------------------|
**200** | Successful Response |  -  |
**422** | Validation Error |  -  |

"""

BODY_MODEL = """\
# BodySolve

Body_solve
## Properties
Name | Type | Description | Notes
------------ | ------------- | ------------- | -------------
**app_id** | **str** | App Id，App ID | 
**proxy** | [**object**](.md) | Proxy | [optional] 
**count** | **int** | Code，HTTP status code | 状态码 | [optional] [default to 200]
"""


def og_text() -> str:
    ops = [
        OG_OP.format(
            op=op,
            arg="body_solve",
            summary="Solve/解决",
            notes="",
            type="[**BodySolve**](BodySolve.md)",
        )
        for op in ("solve_post", "solve_post_0")
    ]
    ops.append(
        OG_OP.format(
            op="feed_post",
            arg="unknown_base_type",
            summary="Feed",
            type="[**UNKNOWN_BASE_TYPE**](UNKNOWN_BASE_TYPE.md)",
            notes="# [中文] ### 参数: - count: 数量 # [English] ### Parameters: - count: Number per page "
            '- cookie: optional cookie ### Return: - feed  # [示例/Example] count = 15 Cookie = \\"c\\"',
        )
    )
    ops.append(
        OG_OP.format(
            op="ids_post",
            arg="request_body",
            summary="Ids",
            notes="",
            type="[**list[str]**](str.md)",
        )
    )
    return OG_DOC.format(ops="\n".join(ops))


def test_openapi_generator_body_from_sibling_model_doc() -> None:
    siblings = {"docs/models/BodySolve.md": Document("docs/models/BodySolve.md", BODY_MODEL)}
    res = read_with_siblings(og_text(), "docs/CaptchaSolverApi.md", siblings)
    solve, feed, ids = res.api.routes  # `op` and `op_0` → one route
    assert solve.tag == "Captcha-Solver"
    assert solve.body is not None and not solve.body.required
    fields = {f.name: f for f in solve.body.schema_.fields}
    assert fields["app_id"].required and fields["app_id"].schema_.type == "string"
    assert fields["proxy"].schema_.type == "object"  # a real free-form object here
    assert fields["count"].description.text == "Code，HTTP status code | 状态码"  # pipe in a cell
    assert fields["count"].default is not None and fields["count"].default.value == 200
    # UNKNOWN_BASE_TYPE: fields named by the notes, typed by their example
    assert feed.body is not None
    assert [(f.name, f.schema_.type) for f in feed.body.schema_.fields] == [
        ("count", "integer"),
        ("cookie", "string"),
    ]
    assert ids.body is not None and ids.body.schema_.type == "array"
    assert ids.body.schema_.items is not None and ids.body.schema_.items.type == "string"
    assert solve.security == ("bearer",)
    assert [s.name for s in res.api.security_schemes] == ["bearer"]
    assert [r.status for r in solve.responses] == ["200", "422"]


def test_model_docs_are_recognised_quietly() -> None:
    assert sniff(BODY_MODEL, "BodySolve.md") > 0
    res = read_document(Document("BodySolve.md", BODY_MODEL))
    assert res.api.routes == () and all(d.level == "info" for d in res.diagnostics)


JAVA_DOC = """\
# PetApi

All URIs are relative to *http://petstore.swagger.io/v2*

| Method | HTTP request | Description |
|------------- | ------------- | -------------|
| [**getPetById**](PetApi.md#getPetById) | **GET** /pet/{petId} | Find pet by ID |
| [**findPets**](PetApi.md#findPets) | **GET** /pet/find | Finds Pets |

<a name="getPetById"></a>
# **getPetById**
> Pet getPetById(petId)

Find pet by ID

Returns a single pet

### Example
```java
Long petId = 56L; // Long | ID of pet to return
```

### Parameters

| Name | Type | Description  | Notes |
|------------- | ------------- | ------------- | -------------|
| **petId** | **Long**| ID of pet to return | |

### Return type

[**Pet**](Pet.md)

### Authorization

[api_key](../README.md#api_key)

### HTTP request headers

 - **Content-Type**: Not defined
 - **Accept**: application/xml, application/json

<a name="findPets"></a>
# **findPets**
> List&lt;Pet&gt; findPets(status, limit)

Finds Pets

### Parameters

| Name | Type | Description  | Notes |
|------------- | ------------- | ------------- | -------------|
| **status** | [**List&lt;String&gt;**](String.md)| Status values | [enum: available, sold] |
| **limit** | **Integer**| Max | [optional] [default to 20] |

### Return type

[**List&lt;Pet&gt;**](Pet.md)

### Authorization

No authorization required

### HTTP request headers

 - **Content-Type**: Not defined
 - **Accept**: application/json
"""


def test_java_rendering() -> None:
    res = read(JAVA_DOC, "PetApi.md")
    get, find = res.api.routes
    assert [(p.name, p.location, p.required, p.schema_.type) for p in get.parameters] == [
        ("petId", "path", True, "integer")
    ]
    assert get.summary.text == "Find pet by ID" and get.description.text == "Returns a single pet"
    status, limit = find.parameters
    assert (status.name, status.required, status.schema_.type) == ("status", True, "array")
    assert status.schema_.items is not None  # `[enum: …]` on a list: what each element may be
    assert status.schema_.items.enum == ("available", "sold")
    assert (limit.required, limit.default and limit.default.value) == (False, 20)
    assert get.tag == "Pet"
    # `Accept: application/xml, application/json`: the JSON type is the one a client reads
    assert [r.content_type for r in get.responses] == ["application/json"]


@pytest.mark.parametrize(
    ("listed", "chosen"),
    [
        ("application/xml, application/json", "application/json"),
        ("text/plain, application/problem+json", "application/problem+json"),
        ("application/xml, text/plain", "application/xml"),
        ("Not defined", None),
        ("", None),
    ],
)
def test_media_type_prefers_json(listed: str, chosen: str | None) -> None:
    from codegen.readers.swagger_docs.convert import _media_type

    assert _media_type(listed) == chosen


GO_DOC = """\
# \\PetApi

All URIs are relative to *http://petstore.swagger.io/v2*

Method | HTTP request | Description
------------- | ------------- | -------------
[**DeletePet**](PetApi.md#DeletePet) | **Delete** /pet/{petId} | Deletes a pet

# **DeletePet**
> DeletePet(ctx, petId, optional)
Deletes a pet

### Required Parameters

Name | Type | Description  | Notes
------------- | ------------- | ------------- | -------------
 **ctx** | **context.Context** | context for authentication, logging, cancellation, deadlines, tracing, etc.
  **petId** | **int64**| Pet id to delete | 
 **optional** | ***PetApiDeletePetOpts** | optional parameters | nil if no parameters

### Optional Parameters
Optional parameters are passed through a pointer to a PetApiDeletePetOpts struct

Name | Type | Description  | Notes
------------- | ------------- | ------------- | -------------

 **apiKey** | **optional.String**|  | 

### Return type

 (empty response body)

### Authorization

[petstore_auth](../README.md#petstore_auth)

### HTTP request headers

 - **Content-Type**: Not defined
 - **Accept**: Not defined
"""


def test_go_rendering() -> None:
    r = only_route(GO_DOC, "PetApi.md")
    assert (r.method, r.path) == ("DELETE", "/pet/{petId}")
    assert [(p.name, p.location, p.required) for p in r.parameters] == [
        ("petId", "path", True),
        ("apiKey", "query", False),
    ]
    assert [p.schema_.type for p in r.parameters] == ["integer", "string"]
    assert r.security == ("petstore_auth",)


def test_bad_input_never_raises() -> None:
    for text in [
        "",
        "# swagger_client.XApi\n\nMethod | HTTP request | Description\n---|---|---\n"
        "[**x**](X.md#x) | **FETCH** /x | y\n",
        "\x00\x01garbage | **GET** /",
    ]:
        res = read(text, "bad.md")
        assert isinstance(res.api, Api)
    res = read(SC_HEAD + "[**x**](X.md#x) | **FETCH** /x | y\n", "bad.md")
    assert any(d.code == "bad-method" for d in res.diagnostics)


def test_real_fixtures_read() -> None:
    doc, _ = load_document(str(FIXTURES / "swagger-codegen" / "HybridParsingApi.md"))
    assert doc is not None
    r = read_document(doc).api.routes
    assert len(r) == 1 and [p.name for p in r[0].parameters] == ["url", "minimal", "base64_url"]
    assert r[0].tag == "Hybrid-Parsing"
    doc, _ = load_document(str(FIXTURES / "openapi-generator" / "HealthCheckApi.md"))
    assert doc is not None
    (route,) = read_document(doc, {}).api.routes  # the model doc is found on disk in models/
    ok = route.responses[0]
    assert ok.schema_ is not None and [f.name for f in ok.schema_.fields] == ["status"]


# --- corpus scoring ------------------------------------------------------------------------------


def _emit(files: list[Path], out: Path) -> None:
    from codegen.emit.openapi.build import build

    docs = {}
    for f in files:
        d, _ = load_document(str(f))
        assert d is not None
        docs[d.path] = d
    routes: list[Route] = []
    for d in docs.values():
        routes += read_document(d, docs).api.routes
    out.write_text(json.dumps(build(Api(routes=tuple(routes)))), encoding="utf-8")


@pytest.mark.slow
def test_corpus_openapi_generator_scores(tmp_path: Path) -> None:
    need_shared()
    folder = CORPUS / "openapi-generator"
    out = tmp_path / "og.json"
    _emit(sorted(folder.rglob("*.md")), out)
    c = score(out, CORPUS / "truth" / "tikhub-sdk-v2-openapi.dev.yaml", str(folder / "*.md"))
    assert c["exact"] / c["n"] >= 0.99, c["_report"]


@pytest.mark.slow
def test_corpus_swagger_codegen_scores(tmp_path: Path) -> None:
    need_shared()
    folder = CORPUS / "swagger-codegen"
    out = tmp_path / "sc.json"
    _emit(sorted(folder.glob("*.md")), out)
    c = score(
        out,
        CORPUS / "truth" / "tikomni-openapi.dev.json",
        str(folder / "*.md"),
        "--map=/api/v1/>/api/u1/v1/",
        "--no-types",
        "--no-body",
    )
    assert c["exact"] / c["n"] >= 0.98, c["_report"]
    # with types and bodies: swagger-codegen lost them (`[**object**](.md)`, no body), and the
    # notes bring most back (before they were read: 13/125 exact; now 107/125)
    full = score(
        out,
        CORPUS / "truth" / "tikomni-openapi.dev.json",
        str(folder / "*.md"),
        "--map=/api/v1/>/api/u1/v1/",
    )
    assert full["exact"] / full["n"] >= 0.8, full["_report"]


MULTILINE = sc_doc(
    """\
    [**upload_post**](DemoWebAPIApi.md#upload_post) | **POST** /api/v1/demo/upload | Upload
    """,
    """\
    # **upload_post**
    > upload_post(file, title=title)

    Upload

    # [中文]
    ### Example
    ```json
    {"unclosed": "fence in the notes"

    # [English]
    ### Parameters
    - file: the file

    ### Example
    ```python
    api_instance.upload_post(file, title=title)
    ```

    ### Parameters

    Name | Type | Description  | Notes
    ------------- | ------------- | ------------- | -------------
     **file** | **file**| The file | 
     **title** | **str**| Title | [optional] if omitted the server will use the default value of "x"

    ### Return type

    void (empty response body)

    ### Authorization

    No authorization required

    ### HTTP request headers

     - **Content-Type**: multipart/form-data
     - **Accept**: Not defined
    """,
)


def test_multiline_notes_with_section_like_headings_and_form_body() -> None:
    r = only_route(MULTILINE)
    assert r.description.zh is not None and "unclosed" in r.description.zh
    assert r.description.en is not None and "- file: the file" in r.description.en
    assert r.parameters == ()
    assert r.body is not None and r.body.content_type == "multipart/form-data"
    f, t = r.body.schema_.fields
    assert (f.name, f.schema_.type, f.schema_.format, f.required) == (
        "file",
        "string",
        "binary",
        True,
    )
    assert (t.required, t.default and t.default.value) == (False, "x")


@pytest.mark.parametrize(
    ("written", "values"),
    [
        ("Dict[str, int]", {"type": "integer"}),  # openapi-generator 7 (python)
        ("dict(str, float)", {"type": "number", "format": "float"}),  # swagger-codegen 2
        ("{str: (bool,)}", None),  # python-prior lists allowed types as a tuple: any value
        ("Map<String, List<String>>", {"type": "array", "items": {"type": "string"}}),  # java
        ("map[string]int32", {"type": "integer", "format": "int32"}),  # go
        ("dict(str, object)", None),  # swagger-codegen's `object`: anything
    ],
)
def test_map_types_keep_their_value_type(written: str, values: dict[str, object] | None) -> None:
    from codegen.emit.openapi.build import schema
    from codegen.readers.swagger_docs.types import to_schema

    s = schema(to_schema(written, None, lambda name, link: None, object_is_any=True))
    assert s["type"] == "object"
    assert s["additionalProperties"] == (values if values is not None else True)


LOST = sc_doc(
    """\
    [**feed_api_v1_demo_feed_get**](DemoWebAPIApi.md#feed_api_v1_demo_feed_get) | **GET** /api/v1/demo/feed | Feed
    [**report_api_v1_demo_report_post**](DemoWebAPIApi.md#report_api_v1_demo_report_post) | **POST** /api/v1/demo/report | Report
    [**stats_api_v1_demo_stats_post**](DemoWebAPIApi.md#stats_api_v1_demo_stats_post) | **POST** /api/v1/demo/stats | Stats
    [**upload_api_v1_demo_upload_post**](DemoWebAPIApi.md#upload_api_v1_demo_upload_post) | **POST** /api/v1/demo/upload | Upload
    """,
    """\
    # **feed_api_v1_demo_feed_get**
    > feed_api_v1_demo_feed_get(keyword, count=count, minimal=minimal, sort=sort, page=page, region=region, token=token)

    Feed

    # [中文] ### 参数: - keyword: 关键词 # [English] ### Parameters: - keyword: Keyword - count: Number per page - minimal: Whether to return minimal data - sort: Sort type     - 0: Default sort     - 1: Hot sort - page: Page number, default 1 - region: Region code, e.g. 'US' - token: Opaque token ### Return: - Feed  # [示例/Eample] keyword = \\"cats\\" count = 16

    ### Parameters

    Name | Type | Description  | Notes
    ------------- | ------------- | ------------- | -------------
     **keyword** | [**object**](.md)| 关键词/Keyword | 
     **count** | [**object**](.md)| 数量/Count | [optional] 
     **minimal** | [**object**](.md)| 是否精简/Minimal | [optional] 
     **sort** | [**object**](.md)| 排序/Sort | [optional] 
     **page** | [**object**](.md)| 页码/Page | [optional] 
     **region** | [**object**](.md)| 地区/Region | [optional] 
     **token** | [**object**](.md)| 令牌/Token | [optional] 

    ### Return type

    void (empty response body)

    # **report_api_v1_demo_report_post**
    > report_api_v1_demo_report_post()

    Report

    # [English] ### Request Body Parameters: - cookie: User cookie (required, sent in the body) - start_time: Start timestamp in ms (required) - count: Items per page, default 10 (optional) - fields: Fields to return, default \\"metrics,review\\" (optional)     - metrics: Traffic metrics     - review: Review status - need_more: Whether to include more (optional) ### Return: - Report  # [示例/Example] ```json {   \\"cookie\\": \\"abc\\",   \\"start_time\\": 1719763200000 } ```

    ### Parameters
    This endpoint does not need any parameter.

    ### Return type

    void (empty response body)

    # **stats_api_v1_demo_stats_post**
    > stats_api_v1_demo_stats_post()

    Stats

    # [English] ### Purpose: - Stats of an item  ### Example Request Body: ```json {   \\"item_id\\": \\"7496\\",   \\"days\\": 7 } ```

    ### Parameters
    This endpoint does not need any parameter.

    ### Return type

    void (empty response body)

    # **upload_api_v1_demo_upload_post**
    > upload_api_v1_demo_upload_post()

    Upload

    # [English] ### Parameters: - **file** (required): Image file   - Supported formats: PNG, JPG - **caption** (optional): A caption, e.g. "sunset" ### Response: - **id**: Media ID

    ### Parameters
    This endpoint does not need any parameter.

    ### Return type

    void (empty response body)
    """,
)


def test_lost_parameter_types_come_back_from_the_notes() -> None:
    """swagger-codegen 2 writes `[**object**](.md)` for every type it could not express; the
    notes' examples (a misspelt marker included), stated defaults, yes/no wording and numbered
    options tell the type, and a value sent in the URL is a string when nothing tells."""
    res = read(LOST, "DemoWebAPIApi.md")
    feed = res.api.routes[0]
    got = {p.name: (p.schema_.type, p.schema_.inferred) for p in feed.parameters}
    assert got == {
        "keyword": ("string", True),  # example "cats"
        "count": ("integer", True),  # example 16
        "minimal": ("boolean", True),  # "Whether to …" / 是否
        "sort": ("integer", True),  # options 0, 1
        "page": ("integer", True),  # "default 1"
        "region": ("string", True),  # e.g. 'US'
        "token": ("string", True),  # nothing said: a query value is a string
    }
    assert any(d.code == "types-inferred" and d.level == "info" for d in res.diagnostics)


def test_a_lost_body_is_rebuilt_from_the_notes() -> None:
    """A POST whose doc says "This endpoint does not need any parameter" while its notes list
    the request's parameters: their JSON body, required where the notes say so, typed from
    the example."""
    res = read(LOST, "DemoWebAPIApi.md")
    report, stats, upload = res.api.routes[1:]
    assert report.parameters == ()
    assert report.body is not None and report.body.inferred
    assert report.body.content_type == "application/json"
    fields = {f.name: (f.schema_.type, f.required) for f in report.body.schema_.fields}
    assert fields == {
        "cookie": ("string", True),
        "start_time": ("integer", True),
        "count": ("integer", False),
        "fields": ("string", False),  # nested option bullets are not fields
        "need_more": ("boolean", False),
    }
    # without a parameters list, the keys of the JSON request the notes show
    assert stats.body is not None
    assert [(f.name, f.schema_.type, f.required) for f in stats.body.schema_.fields] == [
        ("item_id", "string", False),
        ("days", "integer", False),
    ]
    # names set in bold with a note before the colon; a file goes as a multipart upload
    assert upload.body is not None and upload.body.content_type == "multipart/form-data"
    assert [
        (f.name, f.schema_.type, f.schema_.format, f.required) for f in upload.body.schema_.fields
    ] == [("file", "string", "binary", True), ("caption", "string", None, False)]


def test_openapi_generator_object_stays_a_free_form_object() -> None:
    """Only swagger-codegen's `object` means a lost type: openapi-generator's is declared."""
    text = LOST.replace("### Return type", "### HTTP response details\n\n### Return type")
    feed = read(text, "DemoWebAPIApi.md").api.routes[0]
    assert {(p.schema_.type, p.schema_.inferred) for p in feed.parameters} == {("object", False)}
