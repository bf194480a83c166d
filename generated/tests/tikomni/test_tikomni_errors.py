"""Error mapping and retries of the tikomni_client client, on ``POST /api/u1/v1/douyin/creator_v2/fetch_author_diagnosis``."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from tikomni_client import (
    ApiConnectionError,
    ApiError,
    AsyncClient,
    AuthenticationError,
    BadRequestError,
    Client,
    NotFoundError,
    PermissionDeniedError,
    RateLimitError,
    ServerError,
    UnprocessableEntityError,
    _base,
)

from tikomni_client_mock import TOKEN, MockServer

ERROR_BODY = {"code": 4242, "message": "it failed", "request_id": "rid-1"}


def ok() -> httpx.Response:
    """The documented success response of the route."""
    response: Any = {
        "cache_message": "example-cache_message",
        "cache_message_zh": "本次请求将被缓存,你可以使用下面的 URL 直接访问缓存结果,有效期为 24 小时,访问缓存不会产生额外费用。",
        "cache_url": "example-cache_url",
        "code": 200,
        "data": "example-data",
        "docs": "example-docs",
        "message": "Request successful. This request will incur a charge.",
        "message_zh": "请求成功,本次请求将被计费。",
        "params": "example-params",
        "request_id": "example-request_id",
        "router": "example-router",
        "support": "Discord: https://discord.gg/aMEAS8Xsvz",
        "time": "example-time",
        "time_stamp": 1,
        "time_zone": "America/Los_Angeles",
    }
    return httpx.Response(200, json=response)


def call(client: Client) -> object:
    return client.douyin_creator_v2.fetch_author_diagnosis(
        cookie="Your_Cookie_Here",
    )


async def acall(client: AsyncClient) -> object:
    return await client.douyin_creator_v2.fetch_author_diagnosis(
        cookie="Your_Cookie_Here",
    )


@pytest.mark.parametrize(
    ("status", "error"),
    [
        (400, BadRequestError),
        (401, AuthenticationError),
        (403, PermissionDeniedError),
        (404, NotFoundError),
        (409, ApiError),
        (422, UnprocessableEntityError),
        (429, RateLimitError),
        (500, ServerError),
        (503, ServerError),
    ],
)
def test_error_mapping(status: int, error: type[ApiError]) -> None:
    server = MockServer(httpx.Response(status, json=ERROR_BODY))
    with (
        Client(token=TOKEN, transport=server.transport, max_retries=0) as client,
        pytest.raises(ApiError) as info,
    ):
        call(client)
    exc = info.value
    assert type(exc) is error
    assert (exc.status_code, exc.code, exc.message, exc.request_id) == (
        status,
        4242,
        "it failed",
        "rid-1",
    )
    assert len(server.requests) == 1


def test_error_mapping_async() -> None:
    server = MockServer(httpx.Response(404, json={"detail": "no such thing"}))

    async def run() -> None:
        async with AsyncClient(
            token=TOKEN, transport=server.transport, max_retries=0
        ) as client:
            await acall(client)

    with pytest.raises(NotFoundError) as info:
        asyncio.run(run())
    assert info.value.message == "no such thing"


def test_retry_after_is_honoured(monkeypatch: pytest.MonkeyPatch) -> None:
    delays: list[float] = []
    monkeypatch.setattr(_base, "_sleep", delays.append)
    slow_down = httpx.Response(429, json=ERROR_BODY, headers={"Retry-After": "3"})
    server = MockServer(slow_down, ok())
    with Client(token=TOKEN, transport=server.transport) as client:
        call(client)
    assert delays == [3.0]
    assert len(server.requests) == 2


def test_retry_after_is_honoured_async(monkeypatch: pytest.MonkeyPatch) -> None:
    delays: list[float] = []

    async def sleep(seconds: float) -> None:
        delays.append(seconds)

    monkeypatch.setattr(_base, "_asleep", sleep)
    slow_down = httpx.Response(429, json=ERROR_BODY, headers={"Retry-After": "2"})
    server = MockServer(slow_down, ok())

    async def run() -> None:
        async with AsyncClient(token=TOKEN, transport=server.transport) as client:
            await acall(client)

    asyncio.run(run())
    assert delays == [2.0]
    assert len(server.requests) == 2


def test_server_errors_retry_with_backoff_then_raise(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    delays: list[float] = []
    monkeypatch.setattr(_base, "_sleep", delays.append)
    server = MockServer(httpx.Response(503, json=ERROR_BODY))
    with (
        Client(token=TOKEN, transport=server.transport, max_retries=2) as client,
        pytest.raises(ServerError),
    ):
        call(client)
    assert len(server.requests) == 3
    assert len(delays) == 2 and 0 < delays[0] <= delays[1] * 2


def test_connection_errors_retry_then_raise(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_base, "_sleep", lambda seconds: None)
    server = MockServer(httpx.ConnectError, ok())
    with Client(token=TOKEN, transport=server.transport) as client:
        call(client)
    assert len(server.requests) == 2
    server = MockServer(httpx.ConnectError)
    with (
        Client(token=TOKEN, transport=server.transport, max_retries=1) as client,
        pytest.raises(ApiConnectionError),
    ):
        call(client)
    assert len(server.requests) == 2


def test_client_errors_are_not_retried(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_base, "_sleep", lambda seconds: None)
    server = MockServer(httpx.Response(400, json=ERROR_BODY))
    with (
        Client(token=TOKEN, transport=server.transport, max_retries=3) as client,
        pytest.raises(BadRequestError),
    ):
        call(client)
    assert len(server.requests) == 1
