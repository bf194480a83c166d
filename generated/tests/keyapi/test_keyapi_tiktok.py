"""Offline tests of ``client.tiktok``: every route, sync and async, on a mock transport.

Each test calls the client with the documented example arguments (or values synthesised to
match their types), then checks the request it sent and that a response shaped like the
documented one parses into the method's return type.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
from keyapi_client import AsyncClient, Client
from keyapi_client.models import GetResponse
from pydantic import TypeAdapter

from keyapi_client_mock import (
    AUTH_HEADER,
    AUTH_PREFIX,
    TOKEN,
    MockServer,
    query_of,
)


def test_sync_analytics() -> None:
    """GET /v1/tiktok/video/detail/analytics 视频详情分析"""
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
    server = MockServer(httpx.Response(200, json=response))
    with Client(token=TOKEN, transport=server.transport) as client:
        result = client.tiktok.analytics(
            video_ids="example-video_ids",
        )
    request = server.last
    assert request.method == "GET"
    assert request.url.path == "/v1/tiktok/video/detail/analytics"
    assert query_of(request) == {"video_ids": ["example-video_ids"]}
    assert request.headers[AUTH_HEADER] == AUTH_PREFIX + TOKEN
    assert request.content == b""

    assert isinstance(result, GetResponse)
    parsed = TypeAdapter(GetResponse).dump_python(
        result, mode="json", by_alias=True, exclude_unset=True
    )
    assert parsed == response


def test_async_analytics() -> None:
    """GET /v1/tiktok/video/detail/analytics (async)"""
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
    server = MockServer(httpx.Response(200, json=response))

    async def run() -> GetResponse:
        async with AsyncClient(token=TOKEN, transport=server.transport) as client:
            return await client.tiktok.analytics(
                video_ids="example-video_ids",
            )

    result = asyncio.run(run())
    request = server.last
    assert request.method == "GET"
    assert request.url.path == "/v1/tiktok/video/detail/analytics"
    assert query_of(request) == {"video_ids": ["example-video_ids"]}
    assert request.headers[AUTH_HEADER] == AUTH_PREFIX + TOKEN
    assert request.content == b""

    assert isinstance(result, GetResponse)
    parsed = TypeAdapter(GetResponse).dump_python(
        result, mode="json", by_alias=True, exclude_unset=True
    )
    assert parsed == response
