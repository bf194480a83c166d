"""The committed client of the embedded default, exercised through ``httpx.MockTransport``.

Every method of every resource is called (sync and async); the request it sends is checked
against the emitted OpenAPI document (method, path, query, JSON body, auth header).
"""

from __future__ import annotations

import asyncio
import importlib
import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import httpx
import pytest

from codegen.config import find_config, load
from codegen.emit.python import datamodels, package_name
from codegen.emit.python import plan as client_plan
from codegen.generate import load_apis
from tests.conftest import ROOT

ENVELOPE = {"code": 200, "request_id": "req-1", "message": "ok", "data": {"answer": 42}}
TOKEN = "test-token"


def _config() -> Any:
    return load(find_config(ROOT), ROOT)


@pytest.fixture(scope="module")
def seed() -> Iterator[tuple[ModuleType, list[client_plan.Resource], dict[str, Any]]]:
    """(the imported committed package, its plan, the emitted OpenAPI document)."""
    config = _config()
    cfg = config.api[0]
    apis, _ = load_apis(config)
    api = apis[cfg.name]
    from codegen.emit.openapi import document

    doc = document(api)
    resources = client_plan.resources(api, doc, datamodels.generate(doc))
    pkg = package_name(cfg)
    sys.path.insert(0, str(ROOT / "generated" / "python" / pkg))
    bytecode, sys.dont_write_bytecode = sys.dont_write_bytecode, True  # keep generated/ clean
    try:
        for name in [m for m in sys.modules if m == pkg or m.startswith(pkg + ".")]:
            del sys.modules[name]
        yield importlib.import_module(pkg), resources, doc
    finally:
        sys.dont_write_bytecode = bytecode
        sys.path.remove(str(ROOT / "generated" / "python" / pkg))


def _value(p: client_plan.Param) -> Any:
    ann = p.annotation.removesuffix(" | None")
    if ann.startswith("list[int"):
        return [1, 2]
    if ann.startswith("list["):
        return ["a", "b"]
    return {"int": 7, "float": 1.5, "bool": True}.get(ann, f"v-{p.wire}")


def _wire(v: Any) -> str:
    return ("true" if v else "false") if isinstance(v, bool) else str(v)


def _expect(m: client_plan.Method, op: dict[str, Any], args: dict[str, Any]) -> dict[str, Any]:
    """What the request must look like, derived from the OpenAPI operation."""
    by_wire = {p.wire: args[p.name] for p in m.params}
    path = m.path
    query: dict[str, list[str]] = {}
    for p in op.get("parameters", []):
        v = by_wire[p["name"]]
        if p["in"] == "path":
            path = path.replace("{" + p["name"] + "}", str(v))
        elif p["in"] == "query":
            query[p["name"]] = [_wire(x) for x in v] if isinstance(v, list) else [_wire(v)]
    body = None
    content = op.get("requestBody", {}).get("content", {})
    media = content.get("application/json")
    if media is not None:
        ref = media["schema"].get("$ref", "")
        comp = ref.rsplit("/", 1)[-1]
        body = {w: by_wire[w] for w in list_props(comp) if w in by_wire}
    return {"method": m.http_method, "path": path, "query": query, "body": body}


_COMPONENTS: dict[str, Any] = {}


def list_props(comp: str) -> list[str]:
    return list(_COMPONENTS.get(comp, {}).get("properties", {}))


def _calls(resources: list[client_plan.Resource]) -> list[tuple[str, client_plan.Method]]:
    return [(r.attr, m) for r in resources for m in r.methods]


def _recorder(
    seen: list[httpx.Request], respond: Callable[[httpx.Request], httpx.Response] | None = None
) -> httpx.MockTransport:
    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        if respond is not None:
            return respond(request)
        return httpx.Response(200, json=ENVELOPE)

    return httpx.MockTransport(handler)


def _check(request: httpx.Request, expected: dict[str, Any]) -> None:
    assert request.method == expected["method"]
    assert request.url.path == expected["path"]
    query: dict[str, list[str]] = {}
    for k, v in request.url.params.multi_items():
        query.setdefault(k, []).append(v)
    assert query == expected["query"]
    assert request.headers["authorization"] == f"Bearer {TOKEN}"
    if expected["body"] is not None:
        assert json.loads(request.content) == expected["body"]
    assert str(request.url).startswith("https://api.tikomni.com/")


def _check_result(pkg: ModuleType, m: client_plan.Method, result: Any) -> None:
    if m.call == "request":
        assert isinstance(result, pkg.models.Response)
        assert result.request_id == "req-1"
        assert result.data == {"answer": 42}
    elif m.call == "request_json":
        assert result == ENVELOPE
    else:
        assert isinstance(result, bytes)


def test_every_method_sync(seed: Any) -> None:
    pkg, resources, doc = seed
    _COMPONENTS.update(doc["components"]["schemas"])
    calls = _calls(resources)
    assert len(calls) == sum(len(ops) for ops in doc["paths"].values())
    seen: list[httpx.Request] = []
    with pkg.Client(token=TOKEN, transport=_recorder(seen)) as client:
        for attr, m in calls:
            args = {p.name: _value(p) for p in m.params}
            result = getattr(getattr(client, attr), m.name)(**args)
            _check(seen[-1], _expect(m, doc["paths"][m.path][m.http_method.lower()], args))
            _check_result(pkg, m, result)
    assert len(seen) == len(calls)


def test_every_method_async(seed: Any) -> None:
    pkg, resources, doc = seed
    _COMPONENTS.update(doc["components"]["schemas"])
    seen: list[httpx.Request] = []

    async def run() -> None:
        async with pkg.AsyncClient(token=TOKEN, transport=_recorder(seen)) as client:
            for attr, m in _calls(resources):
                args = {p.name: _value(p) for p in m.params}
                result = await getattr(getattr(client, attr), m.name)(**args)
                _check(seen[-1], _expect(m, doc["paths"][m.path][m.http_method.lower()], args))
                _check_result(pkg, m, result)

    asyncio.run(run())
    assert len(seen) == len(_calls(resources))


def test_optional_body_fields_use_documented_defaults(seed: Any) -> None:
    pkg, _, _ = seed
    seen: list[httpx.Request] = []
    with pkg.Client(token=TOKEN, transport=_recorder(seen)) as client:
        client.douyin_creator_v2.fetch_item_list(cookie="c", start_time=1, end_time=2)
    body = json.loads(seen[0].content)
    assert body["cookie"] == "c" and body["count"] == 10 and body["need_long_article"] is True
    assert "cursor" not in body


def test_download_returns_bytes(seed: Any) -> None:
    pkg, _, _ = seed
    xlsx = b"PK\x03\x04 excel bytes"

    def respond(_: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, content=xlsx, headers={"content-type": "application/vnd.ms-excel"}
        )

    seen: list[httpx.Request] = []
    kwargs = {"cookie": "c", "min_cursor": 1, "max_cursor": 2}
    with pkg.Client(token=TOKEN, transport=_recorder(seen, respond)) as client:
        assert client.douyin_creator_v2.fetch_item_list_download(**kwargs) == xlsx

    async def run() -> bytes:
        async with pkg.AsyncClient(token=TOKEN, transport=_recorder(seen, respond)) as client:
            result: bytes = await client.douyin_creator_v2.fetch_item_list_download(**kwargs)
            return result

    assert asyncio.run(run()) == xlsx


def _flaky(
    statuses: list[int], headers: dict[str, str]
) -> Callable[[httpx.Request], httpx.Response]:
    queue = list(statuses)

    def respond(_: httpx.Request) -> httpx.Response:
        status = queue.pop(0) if queue else 200
        if status == 200:
            return httpx.Response(200, json=ENVELOPE)
        return httpx.Response(status, json={"detail": "slow down"}, headers=headers)

    return respond


def test_retry_honours_retry_after_sync(seed: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    pkg, _, _ = seed
    delays: list[float] = []
    monkeypatch.setattr(pkg._base, "_sleep", delays.append)
    seen: list[httpx.Request] = []
    transport = _recorder(seen, _flaky([429], {"Retry-After": "3"}))
    with pkg.Client(token=TOKEN, transport=transport) as client:
        result = client.tiktok_creator.get_account_health_status(cookie="c")
    assert result.code == 200
    assert len(seen) == 2 and delays == [3.0]


def test_retry_honours_retry_after_async(seed: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    pkg, _, _ = seed
    delays: list[float] = []

    async def fake_sleep(d: float) -> None:
        delays.append(d)

    monkeypatch.setattr(pkg._base, "_asleep", fake_sleep)
    seen: list[httpx.Request] = []
    transport = _recorder(seen, _flaky([429], {"Retry-After": "2"}))

    async def run() -> Any:
        async with pkg.AsyncClient(token=TOKEN, transport=transport) as client:
            return await client.tiktok_creator.get_account_health_status(cookie="c")

    assert asyncio.run(run()).code == 200
    assert len(seen) == 2 and delays == [2.0]


def test_retries_5xx_with_backoff_then_gives_up(seed: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    pkg, _, _ = seed
    delays: list[float] = []
    monkeypatch.setattr(pkg._base, "_sleep", delays.append)
    seen: list[httpx.Request] = []
    transport = _recorder(seen, _flaky([503, 503, 503, 503], {}))
    with pkg.Client(token=TOKEN, transport=transport) as client, pytest.raises(pkg.ServerError):
        client.tiktok_creator.get_account_health_status(cookie="c")
    assert len(seen) == 3  # default: 2 retries
    assert 0.25 <= delays[0] <= 0.5 and 0.5 <= delays[1] <= 1.0  # exponential, with jitter
    seen.clear()
    transport = _recorder(seen, _flaky([503], {}))
    client = pkg.Client(token=TOKEN, transport=transport, max_retries=0)
    with client, pytest.raises(pkg.ServerError):
        client.tiktok_creator.get_account_health_status(cookie="c")
    assert len(seen) == 1


def test_connection_errors_retry_then_raise(seed: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    pkg, _, _ = seed
    monkeypatch.setattr(pkg._base, "_sleep", lambda _: None)
    attempts: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        attempts.append(1)
        if len(attempts) < 3:
            raise httpx.ConnectError("refused", request=request)
        return httpx.Response(200, json=ENVELOPE)

    with pkg.Client(token=TOKEN, transport=httpx.MockTransport(handler)) as client:
        assert client.tiktok_creator.get_account_health_status(cookie="c").code == 200
    attempts.clear()
    client = pkg.Client(token=TOKEN, transport=httpx.MockTransport(handler), max_retries=1)
    with client, pytest.raises(pkg.ApiConnectionError):
        client.tiktok_creator.get_account_health_status(cookie="c")


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, "BadRequestError"),
        (401, "AuthenticationError"),
        (403, "PermissionDeniedError"),
        (404, "NotFoundError"),
        (422, "UnprocessableEntityError"),
        (429, "RateLimitError"),
        (500, "ServerError"),
        (502, "ServerError"),
        (418, "ApiError"),
    ],
)
def test_error_mapping(seed: Any, status: int, error: str) -> None:
    pkg, _, _ = seed
    body = {"code": status, "message": "nope", "request_id": "rid-9"}

    def respond(_: httpx.Request) -> httpx.Response:
        return httpx.Response(status, json=body)

    transport = _recorder([], respond)
    client = pkg.Client(token=TOKEN, transport=transport, max_retries=0)
    with client, pytest.raises(pkg.ApiError) as info:
        client.tiktok_creator.get_account_health_status(cookie="c")
    exc = info.value
    assert type(exc).__name__ == error
    assert (exc.status_code, exc.code, exc.message, exc.request_id) == (
        status,
        status,
        "nope",
        "rid-9",
    )

    async def run() -> None:
        async with pkg.AsyncClient(token=TOKEN, transport=transport, max_retries=0) as client:
            await client.tiktok_creator.get_account_health_status(cookie="c")

    with pytest.raises(getattr(pkg, error)):
        asyncio.run(run())


def test_fastapi_detail_errors(seed: Any) -> None:
    pkg, _, _ = seed

    def respond(_: httpx.Request) -> httpx.Response:
        detail = {"code": 401, "message": "bad token", "request_id": "abc"}
        return httpx.Response(401, json={"detail": detail})

    client = pkg.Client(token=TOKEN, transport=_recorder([], respond))
    with client, pytest.raises(pkg.AuthenticationError) as info:
        client.tiktok_creator.get_account_health_status(cookie="c")
    assert (info.value.message, info.value.request_id) == ("bad token", "abc")


def test_required_parameters_checked_before_sending(seed: Any) -> None:
    pkg, _, _ = seed
    seen: list[httpx.Request] = []
    with pkg.Client(token=TOKEN, transport=_recorder(seen)) as client:
        with pytest.raises(pkg.RequestValidationError):
            client.douyin_creator_v2.fetch_author_diagnosis(cookie=None)
        with pytest.raises(pkg.RequestValidationError):
            client.douyin_creator_v2.fetch_item_list(cookie="c", start_time="x", end_time=2)
        if hasattr(client, "tiktok_analytics"):
            with pytest.raises(pkg.RequestValidationError):
                client.tiktok_analytics.fetch_video_metrics(item_id=None)
    assert seen == []


def test_configuration(seed: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    pkg, _, _ = seed
    seen: list[httpx.Request] = []
    monkeypatch.setenv(pkg.TOKEN_ENV, "from-env")
    assert pkg.TOKEN_ENV == "TIKOMNI_API_TOKEN"
    http = httpx.Client(transport=_recorder(seen))
    client = pkg.Client(http_client=http, base_url="https://example.test/prefix/")
    client.tiktok_creator.get_account_health_status(cookie="c")
    client.close()
    assert not http.is_closed  # an injected client belongs to the caller
    http.close()
    assert seen[0].headers["authorization"] == "Bearer from-env"
    assert str(seen[0].url).startswith("https://example.test/prefix/api/")
    assert pkg.Client().base_url == pkg.DEFAULT_BASE_URL == "https://api.tikomni.com"
    with pytest.raises(ValueError):
        pkg.Client(max_retries=-1)
    cfg = pkg.ClientConfig.create(token="t", timeout=5)
    assert pkg.AsyncClient(config=cfg).config is cfg
    assert pkg.Client(config=cfg).config.timeout.read == 5


def test_public_surface(seed: Any) -> None:
    pkg, _, _ = seed
    public = {n for n in vars(pkg) if not n.startswith("_")} - {"models", "resources"}
    assert set(pkg.__all__) == public | {"__version__"}
    assert {"Client", "AsyncClient", "ApiError", "RateLimitError", "ServerError"} <= public


def test_import_is_lazy() -> None:
    """Importing the package loads neither pydantic nor any resource module (what keeps the
    import quick; its time is a figure for a benchmark, not for a unit test on a busy
    machine)."""
    root = ROOT / "generated" / "python" / "tikomni_client"
    code = (
        "import sys; import tikomni_client; "
        "print('pydantic' in sys.modules, "
        "any(m.startswith('tikomni_client.resources.') for m in sys.modules))"
    )
    out = subprocess.run(
        [sys.executable, "-B", "-c", code], cwd=root, capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == ["False", "False"]


def test_committed_package_layout() -> None:
    root = ROOT / "generated" / "python" / "tikomni_client"
    assert (root / "pyproject.toml").is_file() and (root / "README.md").is_file()
    assert (root / "tikomni_client" / "py.typed").is_file()
    readme = (root / "README.md").read_text(encoding="utf-8")
    assert "TIKOMNI_API_TOKEN" in readme and "client.douyin_creator_v2." in readme
    assert Path(root / "tikomni_client" / "resources" / "tiktok_creator.py").is_file()
