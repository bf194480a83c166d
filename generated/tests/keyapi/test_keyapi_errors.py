"""Error mapping and retries of the keyapi_client client, on ``GET /v1/tiktok/video/detail/analytics``."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
import pytest
from keyapi_client import (
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

from keyapi_client_mock import TOKEN, MockServer

ERROR_BODY = {"code": 4242, "message": "it failed", "request_id": "rid-1"}


def ok() -> httpx.Response:
    """The documented success response of the route."""
    response: Any = {
        "code": 1,
        "message": "example-message",
        "data": [
            {
                "create_time": "example-create_time",
                "created_by_ai": "example-created_by_ai",
                "data_size": "example-data_size",
                "duration": 1,
                "height": "example-height",
                "ratio": "example-ratio",
                "reflow_cover": "example-reflow_cover",
                "region": "example-region",
                "sales_flag": 1,
                "total_comments_cnt": 1,
                "total_digg_1d_cnt": 1,
                "total_digg_30d_cnt": 1,
                "total_digg_7d_cnt": 1,
                "total_digg_cnt": 1,
                "total_favorites_cnt": 1,
                "total_shares_cnt": 1,
                "total_video_sale_cnt": 1,
                "total_video_sale_gmv_amt": 1,
                "total_views_1d_cnt": 1,
                "total_views_30d_cnt": 1,
                "total_views_7d_cnt": 1,
                "total_views_cnt": 1,
                "unique_id": "example-unique_id",
                "user_id": "example-user_id",
                "video_desc": "example-video_desc",
                "video_id": "example-video_id",
                "width": "example-width",
            }
        ],
        "requestId": "example-requestId",
    }
    return httpx.Response(200, json=response)


def call(client: Client) -> object:
    return client.tiktok.analytics(
        video_ids="example-video_ids",
    )


async def acall(client: AsyncClient) -> object:
    return await client.tiktok.analytics(
        video_ids="example-video_ids",
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
