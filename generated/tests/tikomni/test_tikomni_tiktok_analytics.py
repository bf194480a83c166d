"""Offline tests of ``client.tiktok_analytics``: every route, sync and async, on a mock transport.

Each test calls the client with the documented example arguments (or values synthesised to
match their types), then checks the request it sent and that a response shaped like the
documented one parses into the method's return type.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
from tikomni_client import AsyncClient, Client

from tikomni_client_mock import (
    AUTH_HEADER,
    AUTH_PREFIX,
    TOKEN,
    MockServer,
    query_of,
)


def test_sync_detect_fake_views() -> None:
    """GET /api/u1/v1/tiktok/analytics/detect_fake_views 检测视频虚假流量分析/Detect fake views in video"""
    server = MockServer(httpx.Response(204))
    with Client(token=TOKEN, transport=server.transport) as client:
        result = client.tiktok_analytics.detect_fake_views(
            item_id="example-item_id",
            content_category="example-content_category",
        )
    request = server.last
    assert request.method == "GET"
    assert request.url.path == "/api/u1/v1/tiktok/analytics/detect_fake_views"
    assert query_of(request) == {
        "item_id": ["example-item_id"],
        "content_category": ["example-content_category"],
    }
    assert request.headers[AUTH_HEADER] == AUTH_PREFIX + TOKEN
    assert request.content == b""

    assert result is None


def test_async_detect_fake_views() -> None:
    """GET /api/u1/v1/tiktok/analytics/detect_fake_views (async)"""
    server = MockServer(httpx.Response(204))

    async def run() -> Any:
        async with AsyncClient(token=TOKEN, transport=server.transport) as client:
            return await client.tiktok_analytics.detect_fake_views(
                item_id="example-item_id",
                content_category="example-content_category",
            )

    result = asyncio.run(run())
    request = server.last
    assert request.method == "GET"
    assert request.url.path == "/api/u1/v1/tiktok/analytics/detect_fake_views"
    assert query_of(request) == {
        "item_id": ["example-item_id"],
        "content_category": ["example-content_category"],
    }
    assert request.headers[AUTH_HEADER] == AUTH_PREFIX + TOKEN
    assert request.content == b""

    assert result is None


def test_sync_fetch_comment_keywords() -> None:
    """GET /api/u1/v1/tiktok/analytics/fetch_comment_keywords 获取视频评论关键词分析/Get comment keywords analysis"""
    server = MockServer(httpx.Response(204))
    with Client(token=TOKEN, transport=server.transport) as client:
        result = client.tiktok_analytics.fetch_comment_keywords(
            item_id="example-item_id",
        )
    request = server.last
    assert request.method == "GET"
    assert request.url.path == "/api/u1/v1/tiktok/analytics/fetch_comment_keywords"
    assert query_of(request) == {"item_id": ["example-item_id"]}
    assert request.headers[AUTH_HEADER] == AUTH_PREFIX + TOKEN
    assert request.content == b""

    assert result is None


def test_async_fetch_comment_keywords() -> None:
    """GET /api/u1/v1/tiktok/analytics/fetch_comment_keywords (async)"""
    server = MockServer(httpx.Response(204))

    async def run() -> Any:
        async with AsyncClient(token=TOKEN, transport=server.transport) as client:
            return await client.tiktok_analytics.fetch_comment_keywords(
                item_id="example-item_id",
            )

    result = asyncio.run(run())
    request = server.last
    assert request.method == "GET"
    assert request.url.path == "/api/u1/v1/tiktok/analytics/fetch_comment_keywords"
    assert query_of(request) == {"item_id": ["example-item_id"]}
    assert request.headers[AUTH_HEADER] == AUTH_PREFIX + TOKEN
    assert request.content == b""

    assert result is None


def test_sync_fetch_creator_info_and_milestones() -> None:
    """GET /api/u1/v1/tiktok/analytics/fetch_creator_info_and_milestones 获取创作者信息和里程碑数据/Get creator info and milestones"""
    server = MockServer(httpx.Response(204))
    with Client(token=TOKEN, transport=server.transport) as client:
        result = client.tiktok_analytics.fetch_creator_info_and_milestones(
            user_id="example-user_id",
        )
    request = server.last
    assert request.method == "GET"
    assert (
        request.url.path
        == "/api/u1/v1/tiktok/analytics/fetch_creator_info_and_milestones"
    )
    assert query_of(request) == {"user_id": ["example-user_id"]}
    assert request.headers[AUTH_HEADER] == AUTH_PREFIX + TOKEN
    assert request.content == b""

    assert result is None


def test_async_fetch_creator_info_and_milestones() -> None:
    """GET /api/u1/v1/tiktok/analytics/fetch_creator_info_and_milestones (async)"""
    server = MockServer(httpx.Response(204))

    async def run() -> Any:
        async with AsyncClient(token=TOKEN, transport=server.transport) as client:
            return await client.tiktok_analytics.fetch_creator_info_and_milestones(
                user_id="example-user_id",
            )

    result = asyncio.run(run())
    request = server.last
    assert request.method == "GET"
    assert (
        request.url.path
        == "/api/u1/v1/tiktok/analytics/fetch_creator_info_and_milestones"
    )
    assert query_of(request) == {"user_id": ["example-user_id"]}
    assert request.headers[AUTH_HEADER] == AUTH_PREFIX + TOKEN
    assert request.content == b""

    assert result is None


def test_sync_fetch_video_metrics() -> None:
    """GET /api/u1/v1/tiktok/analytics/fetch_video_metrics 获取作品的统计数据/Get video metrics"""
    server = MockServer(httpx.Response(204))
    with Client(token=TOKEN, transport=server.transport) as client:
        result = client.tiktok_analytics.fetch_video_metrics(
            item_id="example-item_id",
        )
    request = server.last
    assert request.method == "GET"
    assert request.url.path == "/api/u1/v1/tiktok/analytics/fetch_video_metrics"
    assert query_of(request) == {"item_id": ["example-item_id"]}
    assert request.headers[AUTH_HEADER] == AUTH_PREFIX + TOKEN
    assert request.content == b""

    assert result is None


def test_async_fetch_video_metrics() -> None:
    """GET /api/u1/v1/tiktok/analytics/fetch_video_metrics (async)"""
    server = MockServer(httpx.Response(204))

    async def run() -> Any:
        async with AsyncClient(token=TOKEN, transport=server.transport) as client:
            return await client.tiktok_analytics.fetch_video_metrics(
                item_id="example-item_id",
            )

    result = asyncio.run(run())
    request = server.last
    assert request.method == "GET"
    assert request.url.path == "/api/u1/v1/tiktok/analytics/fetch_video_metrics"
    assert query_of(request) == {"item_id": ["example-item_id"]}
    assert request.headers[AUTH_HEADER] == AUTH_PREFIX + TOKEN
    assert request.content == b""

    assert result is None
