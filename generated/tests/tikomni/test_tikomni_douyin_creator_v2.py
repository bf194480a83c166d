"""Offline tests of ``client.douyin_creator_v2``: every route, sync and async, on a mock transport.

Each test calls the client with the documented example arguments (or values synthesised to
match their types), then checks the request it sent and that a response shaped like the
documented one parses into the method's return type.
"""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
from pydantic import TypeAdapter
from tikomni_client import AsyncClient, Client
from tikomni_client.models import Response

from tikomni_client_mock import (
    AUTH_HEADER,
    AUTH_PREFIX,
    TOKEN,
    MockServer,
    json_of,
    query_of,
)


def test_sync_fetch_author_diagnosis() -> None:
    """POST /api/u1/v1/douyin/creator_v2/fetch_author_diagnosis 获取创作者账号诊断/Fetch author diagnosis"""
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
    server = MockServer(httpx.Response(200, json=response))
    with Client(token=TOKEN, transport=server.transport) as client:
        result = client.douyin_creator_v2.fetch_author_diagnosis(
            cookie="Your_Cookie_Here",
        )
    request = server.last
    assert request.method == "POST"
    assert request.url.path == "/api/u1/v1/douyin/creator_v2/fetch_author_diagnosis"
    assert query_of(request) == {}
    assert request.headers[AUTH_HEADER] == AUTH_PREFIX + TOKEN
    assert json_of(request) == {"cookie": "Your_Cookie_Here"}

    assert isinstance(result, Response)
    parsed = TypeAdapter(Response[Any]).dump_python(
        result, mode="json", by_alias=True, exclude_unset=True
    )
    assert parsed == response


def test_async_fetch_author_diagnosis() -> None:
    """POST /api/u1/v1/douyin/creator_v2/fetch_author_diagnosis (async)"""
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
    server = MockServer(httpx.Response(200, json=response))

    async def run() -> Response[Any]:
        async with AsyncClient(token=TOKEN, transport=server.transport) as client:
            return await client.douyin_creator_v2.fetch_author_diagnosis(
                cookie="Your_Cookie_Here",
            )

    result = asyncio.run(run())
    request = server.last
    assert request.method == "POST"
    assert request.url.path == "/api/u1/v1/douyin/creator_v2/fetch_author_diagnosis"
    assert query_of(request) == {}
    assert request.headers[AUTH_HEADER] == AUTH_PREFIX + TOKEN
    assert json_of(request) == {"cookie": "Your_Cookie_Here"}

    assert isinstance(result, Response)
    parsed = TypeAdapter(Response[Any]).dump_python(
        result, mode="json", by_alias=True, exclude_unset=True
    )
    assert parsed == response


def test_sync_fetch_item_analysis_involved_vertical() -> None:
    """POST /api/u1/v1/douyin/creator_v2/fetch_item_analysis_involved_vertical 获取作品垂类标签/Fetch item analysis involved vertical"""
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
    server = MockServer(httpx.Response(200, json=response))
    with Client(token=TOKEN, transport=server.transport) as client:
        result = client.douyin_creator_v2.fetch_item_analysis_involved_vertical(
            cookie="Your_Cookie_Here",
            start_date="20250713",
            end_date="20251011",
        )
    request = server.last
    assert request.method == "POST"
    assert (
        request.url.path
        == "/api/u1/v1/douyin/creator_v2/fetch_item_analysis_involved_vertical"
    )
    assert query_of(request) == {}
    assert request.headers[AUTH_HEADER] == AUTH_PREFIX + TOKEN
    assert json_of(request) == {
        "cookie": "Your_Cookie_Here",
        "start_date": "20250713",
        "end_date": "20251011",
    }

    assert isinstance(result, Response)
    parsed = TypeAdapter(Response[Any]).dump_python(
        result, mode="json", by_alias=True, exclude_unset=True
    )
    assert parsed == response


def test_async_fetch_item_analysis_involved_vertical() -> None:
    """POST /api/u1/v1/douyin/creator_v2/fetch_item_analysis_involved_vertical (async)"""
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
    server = MockServer(httpx.Response(200, json=response))

    async def run() -> Response[Any]:
        async with AsyncClient(token=TOKEN, transport=server.transport) as client:
            return await client.douyin_creator_v2.fetch_item_analysis_involved_vertical(
                cookie="Your_Cookie_Here",
                start_date="20250713",
                end_date="20251011",
            )

    result = asyncio.run(run())
    request = server.last
    assert request.method == "POST"
    assert (
        request.url.path
        == "/api/u1/v1/douyin/creator_v2/fetch_item_analysis_involved_vertical"
    )
    assert query_of(request) == {}
    assert request.headers[AUTH_HEADER] == AUTH_PREFIX + TOKEN
    assert json_of(request) == {
        "cookie": "Your_Cookie_Here",
        "start_date": "20250713",
        "end_date": "20251011",
    }

    assert isinstance(result, Response)
    parsed = TypeAdapter(Response[Any]).dump_python(
        result, mode="json", by_alias=True, exclude_unset=True
    )
    assert parsed == response


def test_sync_fetch_item_analysis_item_performance() -> None:
    """POST /api/u1/v1/douyin/creator_v2/fetch_item_analysis_item_performance 获取投稿表现数据/Fetch item analysis item performance"""
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
    server = MockServer(httpx.Response(200, json=response))
    with Client(token=TOKEN, transport=server.transport) as client:
        result = client.douyin_creator_v2.fetch_item_analysis_item_performance(
            cookie="Your_Cookie_Here",
            start_date="20250713",
            end_date="20251011",
            primary_verticals=["动物"],
            genres=[2, 3, 4, 5, 8],
            metric_type=1,
        )
    request = server.last
    assert request.method == "POST"
    assert (
        request.url.path
        == "/api/u1/v1/douyin/creator_v2/fetch_item_analysis_item_performance"
    )
    assert query_of(request) == {}
    assert request.headers[AUTH_HEADER] == AUTH_PREFIX + TOKEN
    assert json_of(request) == {
        "cookie": "Your_Cookie_Here",
        "start_date": "20250713",
        "end_date": "20251011",
        "primary_verticals": ["动物"],
        "genres": [2, 3, 4, 5, 8],
        "metric_type": 1,
    }

    assert isinstance(result, Response)
    parsed = TypeAdapter(Response[Any]).dump_python(
        result, mode="json", by_alias=True, exclude_unset=True
    )
    assert parsed == response


def test_async_fetch_item_analysis_item_performance() -> None:
    """POST /api/u1/v1/douyin/creator_v2/fetch_item_analysis_item_performance (async)"""
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
    server = MockServer(httpx.Response(200, json=response))

    async def run() -> Response[Any]:
        async with AsyncClient(token=TOKEN, transport=server.transport) as client:
            return await client.douyin_creator_v2.fetch_item_analysis_item_performance(
                cookie="Your_Cookie_Here",
                start_date="20250713",
                end_date="20251011",
                primary_verticals=["动物"],
                genres=[2, 3, 4, 5, 8],
                metric_type=1,
            )

    result = asyncio.run(run())
    request = server.last
    assert request.method == "POST"
    assert (
        request.url.path
        == "/api/u1/v1/douyin/creator_v2/fetch_item_analysis_item_performance"
    )
    assert query_of(request) == {}
    assert request.headers[AUTH_HEADER] == AUTH_PREFIX + TOKEN
    assert json_of(request) == {
        "cookie": "Your_Cookie_Here",
        "start_date": "20250713",
        "end_date": "20251011",
        "primary_verticals": ["动物"],
        "genres": [2, 3, 4, 5, 8],
        "metric_type": 1,
    }

    assert isinstance(result, Response)
    parsed = TypeAdapter(Response[Any]).dump_python(
        result, mode="json", by_alias=True, exclude_unset=True
    )
    assert parsed == response


def test_sync_fetch_item_analysis_overview() -> None:
    """POST /api/u1/v1/douyin/creator_v2/fetch_item_analysis_overview 获取投稿分析概览/Fetch item analysis overview"""
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
    server = MockServer(httpx.Response(200, json=response))
    with Client(token=TOKEN, transport=server.transport) as client:
        result = client.douyin_creator_v2.fetch_item_analysis_overview(
            cookie="Your_Cookie_Here",
            start_date="20250713",
            end_date="20251011",
            primary_verticals=["动物"],
            genres=[1, 2, 3, 4, 5, 8],
        )
    request = server.last
    assert request.method == "POST"
    assert (
        request.url.path == "/api/u1/v1/douyin/creator_v2/fetch_item_analysis_overview"
    )
    assert query_of(request) == {}
    assert request.headers[AUTH_HEADER] == AUTH_PREFIX + TOKEN
    assert json_of(request) == {
        "cookie": "Your_Cookie_Here",
        "start_date": "20250713",
        "end_date": "20251011",
        "primary_verticals": ["动物"],
        "genres": [1, 2, 3, 4, 5, 8],
    }

    assert isinstance(result, Response)
    parsed = TypeAdapter(Response[Any]).dump_python(
        result, mode="json", by_alias=True, exclude_unset=True
    )
    assert parsed == response


def test_async_fetch_item_analysis_overview() -> None:
    """POST /api/u1/v1/douyin/creator_v2/fetch_item_analysis_overview (async)"""
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
    server = MockServer(httpx.Response(200, json=response))

    async def run() -> Response[Any]:
        async with AsyncClient(token=TOKEN, transport=server.transport) as client:
            return await client.douyin_creator_v2.fetch_item_analysis_overview(
                cookie="Your_Cookie_Here",
                start_date="20250713",
                end_date="20251011",
                primary_verticals=["动物"],
                genres=[1, 2, 3, 4, 5, 8],
            )

    result = asyncio.run(run())
    request = server.last
    assert request.method == "POST"
    assert (
        request.url.path == "/api/u1/v1/douyin/creator_v2/fetch_item_analysis_overview"
    )
    assert query_of(request) == {}
    assert request.headers[AUTH_HEADER] == AUTH_PREFIX + TOKEN
    assert json_of(request) == {
        "cookie": "Your_Cookie_Here",
        "start_date": "20250713",
        "end_date": "20251011",
        "primary_verticals": ["动物"],
        "genres": [1, 2, 3, 4, 5, 8],
    }

    assert isinstance(result, Response)
    parsed = TypeAdapter(Response[Any]).dump_python(
        result, mode="json", by_alias=True, exclude_unset=True
    )
    assert parsed == response


def test_sync_fetch_item_audience_others() -> None:
    """POST /api/u1/v1/douyin/creator_v2/fetch_item_audience_others 获取作品观众其他数据分析/Fetch item audience others analysis"""
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
    server = MockServer(httpx.Response(200, json=response))
    with Client(token=TOKEN, transport=server.transport) as client:
        result = client.douyin_creator_v2.fetch_item_audience_others(
            cookie="Your_Cookie_Here",
            item_id="7559536212910853422",
        )
    request = server.last
    assert request.method == "POST"
    assert request.url.path == "/api/u1/v1/douyin/creator_v2/fetch_item_audience_others"
    assert query_of(request) == {}
    assert request.headers[AUTH_HEADER] == AUTH_PREFIX + TOKEN
    assert json_of(request) == {
        "cookie": "Your_Cookie_Here",
        "item_id": "7559536212910853422",
    }

    assert isinstance(result, Response)
    parsed = TypeAdapter(Response[Any]).dump_python(
        result, mode="json", by_alias=True, exclude_unset=True
    )
    assert parsed == response


def test_async_fetch_item_audience_others() -> None:
    """POST /api/u1/v1/douyin/creator_v2/fetch_item_audience_others (async)"""
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
    server = MockServer(httpx.Response(200, json=response))

    async def run() -> Response[Any]:
        async with AsyncClient(token=TOKEN, transport=server.transport) as client:
            return await client.douyin_creator_v2.fetch_item_audience_others(
                cookie="Your_Cookie_Here",
                item_id="7559536212910853422",
            )

    result = asyncio.run(run())
    request = server.last
    assert request.method == "POST"
    assert request.url.path == "/api/u1/v1/douyin/creator_v2/fetch_item_audience_others"
    assert query_of(request) == {}
    assert request.headers[AUTH_HEADER] == AUTH_PREFIX + TOKEN
    assert json_of(request) == {
        "cookie": "Your_Cookie_Here",
        "item_id": "7559536212910853422",
    }

    assert isinstance(result, Response)
    parsed = TypeAdapter(Response[Any]).dump_python(
        result, mode="json", by_alias=True, exclude_unset=True
    )
    assert parsed == response


def test_sync_fetch_item_audience_portrait() -> None:
    """POST /api/u1/v1/douyin/creator_v2/fetch_item_audience_portrait 获取作品观众数据分析/Fetch item audience portrait"""
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
    server = MockServer(httpx.Response(200, json=response))
    with Client(token=TOKEN, transport=server.transport) as client:
        result = client.douyin_creator_v2.fetch_item_audience_portrait(
            cookie="Your_Cookie_Here",
            item_id="7559536212910853422",
        )
    request = server.last
    assert request.method == "POST"
    assert (
        request.url.path == "/api/u1/v1/douyin/creator_v2/fetch_item_audience_portrait"
    )
    assert query_of(request) == {}
    assert request.headers[AUTH_HEADER] == AUTH_PREFIX + TOKEN
    assert json_of(request) == {
        "cookie": "Your_Cookie_Here",
        "item_id": "7559536212910853422",
    }

    assert isinstance(result, Response)
    parsed = TypeAdapter(Response[Any]).dump_python(
        result, mode="json", by_alias=True, exclude_unset=True
    )
    assert parsed == response


def test_async_fetch_item_audience_portrait() -> None:
    """POST /api/u1/v1/douyin/creator_v2/fetch_item_audience_portrait (async)"""
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
    server = MockServer(httpx.Response(200, json=response))

    async def run() -> Response[Any]:
        async with AsyncClient(token=TOKEN, transport=server.transport) as client:
            return await client.douyin_creator_v2.fetch_item_audience_portrait(
                cookie="Your_Cookie_Here",
                item_id="7559536212910853422",
            )

    result = asyncio.run(run())
    request = server.last
    assert request.method == "POST"
    assert (
        request.url.path == "/api/u1/v1/douyin/creator_v2/fetch_item_audience_portrait"
    )
    assert query_of(request) == {}
    assert request.headers[AUTH_HEADER] == AUTH_PREFIX + TOKEN
    assert json_of(request) == {
        "cookie": "Your_Cookie_Here",
        "item_id": "7559536212910853422",
    }

    assert isinstance(result, Response)
    parsed = TypeAdapter(Response[Any]).dump_python(
        result, mode="json", by_alias=True, exclude_unset=True
    )
    assert parsed == response


def test_sync_fetch_item_danmaku_analysis() -> None:
    """POST /api/u1/v1/douyin/creator_v2/fetch_item_danmaku_analysis 获取作品弹幕分析/Fetch item bullet analysis"""
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
    server = MockServer(httpx.Response(200, json=response))
    with Client(token=TOKEN, transport=server.transport) as client:
        result = client.douyin_creator_v2.fetch_item_danmaku_analysis(
            cookie="Your_Cookie_Here",
            item_id="7559536212910853422",
        )
    request = server.last
    assert request.method == "POST"
    assert (
        request.url.path == "/api/u1/v1/douyin/creator_v2/fetch_item_danmaku_analysis"
    )
    assert query_of(request) == {}
    assert request.headers[AUTH_HEADER] == AUTH_PREFIX + TOKEN
    assert json_of(request) == {
        "cookie": "Your_Cookie_Here",
        "item_id": "7559536212910853422",
    }

    assert isinstance(result, Response)
    parsed = TypeAdapter(Response[Any]).dump_python(
        result, mode="json", by_alias=True, exclude_unset=True
    )
    assert parsed == response


def test_async_fetch_item_danmaku_analysis() -> None:
    """POST /api/u1/v1/douyin/creator_v2/fetch_item_danmaku_analysis (async)"""
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
    server = MockServer(httpx.Response(200, json=response))

    async def run() -> Response[Any]:
        async with AsyncClient(token=TOKEN, transport=server.transport) as client:
            return await client.douyin_creator_v2.fetch_item_danmaku_analysis(
                cookie="Your_Cookie_Here",
                item_id="7559536212910853422",
            )

    result = asyncio.run(run())
    request = server.last
    assert request.method == "POST"
    assert (
        request.url.path == "/api/u1/v1/douyin/creator_v2/fetch_item_danmaku_analysis"
    )
    assert query_of(request) == {}
    assert request.headers[AUTH_HEADER] == AUTH_PREFIX + TOKEN
    assert json_of(request) == {
        "cookie": "Your_Cookie_Here",
        "item_id": "7559536212910853422",
    }

    assert isinstance(result, Response)
    parsed = TypeAdapter(Response[Any]).dump_python(
        result, mode="json", by_alias=True, exclude_unset=True
    )
    assert parsed == response


def test_sync_fetch_item_list() -> None:
    """POST /api/u1/v1/douyin/creator_v2/fetch_item_list 获取投稿作品列表/Fetch item list"""
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
    server = MockServer(httpx.Response(200, json=response))
    with Client(token=TOKEN, transport=server.transport) as client:
        result = client.douyin_creator_v2.fetch_item_list(
            cookie="Your_Cookie_Here",
            start_time=1758988800000,
            end_time=1760198399000,
            count=10,
            order_by=1,
            fields="metrics,review,visibility",
            need_cooperation=True,
            need_long_article=True,
            cursor=1,
        )
    request = server.last
    assert request.method == "POST"
    assert request.url.path == "/api/u1/v1/douyin/creator_v2/fetch_item_list"
    assert query_of(request) == {}
    assert request.headers[AUTH_HEADER] == AUTH_PREFIX + TOKEN
    assert json_of(request) == {
        "cookie": "Your_Cookie_Here",
        "start_time": 1758988800000,
        "end_time": 1760198399000,
        "count": 10,
        "order_by": 1,
        "fields": "metrics,review,visibility",
        "need_cooperation": True,
        "need_long_article": True,
        "cursor": 1,
    }

    assert isinstance(result, Response)
    parsed = TypeAdapter(Response[Any]).dump_python(
        result, mode="json", by_alias=True, exclude_unset=True
    )
    assert parsed == response


def test_async_fetch_item_list() -> None:
    """POST /api/u1/v1/douyin/creator_v2/fetch_item_list (async)"""
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
    server = MockServer(httpx.Response(200, json=response))

    async def run() -> Response[Any]:
        async with AsyncClient(token=TOKEN, transport=server.transport) as client:
            return await client.douyin_creator_v2.fetch_item_list(
                cookie="Your_Cookie_Here",
                start_time=1758988800000,
                end_time=1760198399000,
                count=10,
                order_by=1,
                fields="metrics,review,visibility",
                need_cooperation=True,
                need_long_article=True,
                cursor=1,
            )

    result = asyncio.run(run())
    request = server.last
    assert request.method == "POST"
    assert request.url.path == "/api/u1/v1/douyin/creator_v2/fetch_item_list"
    assert query_of(request) == {}
    assert request.headers[AUTH_HEADER] == AUTH_PREFIX + TOKEN
    assert json_of(request) == {
        "cookie": "Your_Cookie_Here",
        "start_time": 1758988800000,
        "end_time": 1760198399000,
        "count": 10,
        "order_by": 1,
        "fields": "metrics,review,visibility",
        "need_cooperation": True,
        "need_long_article": True,
        "cursor": 1,
    }

    assert isinstance(result, Response)
    parsed = TypeAdapter(Response[Any]).dump_python(
        result, mode="json", by_alias=True, exclude_unset=True
    )
    assert parsed == response


def test_sync_fetch_item_list_download() -> None:
    """POST /api/u1/v1/douyin/creator_v2/fetch_item_list_download 导出投稿作品列表/Download item list"""
    response: Any = "example-data"
    server = MockServer(httpx.Response(200, json=response))
    with Client(token=TOKEN, transport=server.transport) as client:
        result = client.douyin_creator_v2.fetch_item_list_download(
            cookie="Your_Cookie_Here",
            min_cursor=1752336000000,
            max_cursor=1760198399000,
            type_filters=[2, 3, 4, 5, 1, 8],
            need_long_article=True,
        )
    request = server.last
    assert request.method == "POST"
    assert request.url.path == "/api/u1/v1/douyin/creator_v2/fetch_item_list_download"
    assert query_of(request) == {}
    assert request.headers[AUTH_HEADER] == AUTH_PREFIX + TOKEN
    assert json_of(request) == {
        "cookie": "Your_Cookie_Here",
        "min_cursor": 1752336000000,
        "max_cursor": 1760198399000,
        "type_filters": [2, 3, 4, 5, 1, 8],
        "need_long_article": True,
    }

    assert result == response


def test_async_fetch_item_list_download() -> None:
    """POST /api/u1/v1/douyin/creator_v2/fetch_item_list_download (async)"""
    response: Any = "example-data"
    server = MockServer(httpx.Response(200, json=response))

    async def run() -> Any:
        async with AsyncClient(token=TOKEN, transport=server.transport) as client:
            return await client.douyin_creator_v2.fetch_item_list_download(
                cookie="Your_Cookie_Here",
                min_cursor=1752336000000,
                max_cursor=1760198399000,
                type_filters=[2, 3, 4, 5, 1, 8],
                need_long_article=True,
            )

    result = asyncio.run(run())
    request = server.last
    assert request.method == "POST"
    assert request.url.path == "/api/u1/v1/douyin/creator_v2/fetch_item_list_download"
    assert query_of(request) == {}
    assert request.headers[AUTH_HEADER] == AUTH_PREFIX + TOKEN
    assert json_of(request) == {
        "cookie": "Your_Cookie_Here",
        "min_cursor": 1752336000000,
        "max_cursor": 1760198399000,
        "type_filters": [2, 3, 4, 5, 1, 8],
        "need_long_article": True,
    }

    assert result == response


def test_sync_fetch_item_overview_data() -> None:
    """POST /api/u1/v1/douyin/creator_v2/fetch_item_overview_data 获取作品总览数据/Fetch item overview data"""
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
    server = MockServer(httpx.Response(200, json=response))
    with Client(token=TOKEN, transport=server.transport) as client:
        result = client.douyin_creator_v2.fetch_item_overview_data(
            cookie="Your_Cookie_Here",
            ids="7559536212910853422,7559536212910853423",
            fields="example-fields",
        )
    request = server.last
    assert request.method == "POST"
    assert request.url.path == "/api/u1/v1/douyin/creator_v2/fetch_item_overview_data"
    assert query_of(request) == {}
    assert request.headers[AUTH_HEADER] == AUTH_PREFIX + TOKEN
    assert json_of(request) == {
        "cookie": "Your_Cookie_Here",
        "ids": "7559536212910853422,7559536212910853423",
        "fields": "example-fields",
    }

    assert isinstance(result, Response)
    parsed = TypeAdapter(Response[Any]).dump_python(
        result, mode="json", by_alias=True, exclude_unset=True
    )
    assert parsed == response


def test_async_fetch_item_overview_data() -> None:
    """POST /api/u1/v1/douyin/creator_v2/fetch_item_overview_data (async)"""
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
    server = MockServer(httpx.Response(200, json=response))

    async def run() -> Response[Any]:
        async with AsyncClient(token=TOKEN, transport=server.transport) as client:
            return await client.douyin_creator_v2.fetch_item_overview_data(
                cookie="Your_Cookie_Here",
                ids="7559536212910853422,7559536212910853423",
                fields="example-fields",
            )

    result = asyncio.run(run())
    request = server.last
    assert request.method == "POST"
    assert request.url.path == "/api/u1/v1/douyin/creator_v2/fetch_item_overview_data"
    assert query_of(request) == {}
    assert request.headers[AUTH_HEADER] == AUTH_PREFIX + TOKEN
    assert json_of(request) == {
        "cookie": "Your_Cookie_Here",
        "ids": "7559536212910853422,7559536212910853423",
        "fields": "example-fields",
    }

    assert isinstance(result, Response)
    parsed = TypeAdapter(Response[Any]).dump_python(
        result, mode="json", by_alias=True, exclude_unset=True
    )
    assert parsed == response


def test_sync_fetch_item_play_source() -> None:
    """POST /api/u1/v1/douyin/creator_v2/fetch_item_play_source 获取作品流量来源统计/Fetch item play source statistics"""
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
    server = MockServer(httpx.Response(200, json=response))
    with Client(token=TOKEN, transport=server.transport) as client:
        result = client.douyin_creator_v2.fetch_item_play_source(
            cookie="Your_Cookie_Here",
            item_id="7559536212910853422",
        )
    request = server.last
    assert request.method == "POST"
    assert request.url.path == "/api/u1/v1/douyin/creator_v2/fetch_item_play_source"
    assert query_of(request) == {}
    assert request.headers[AUTH_HEADER] == AUTH_PREFIX + TOKEN
    assert json_of(request) == {
        "cookie": "Your_Cookie_Here",
        "item_id": "7559536212910853422",
    }

    assert isinstance(result, Response)
    parsed = TypeAdapter(Response[Any]).dump_python(
        result, mode="json", by_alias=True, exclude_unset=True
    )
    assert parsed == response


def test_async_fetch_item_play_source() -> None:
    """POST /api/u1/v1/douyin/creator_v2/fetch_item_play_source (async)"""
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
    server = MockServer(httpx.Response(200, json=response))

    async def run() -> Response[Any]:
        async with AsyncClient(token=TOKEN, transport=server.transport) as client:
            return await client.douyin_creator_v2.fetch_item_play_source(
                cookie="Your_Cookie_Here",
                item_id="7559536212910853422",
            )

    result = asyncio.run(run())
    request = server.last
    assert request.method == "POST"
    assert request.url.path == "/api/u1/v1/douyin/creator_v2/fetch_item_play_source"
    assert query_of(request) == {}
    assert request.headers[AUTH_HEADER] == AUTH_PREFIX + TOKEN
    assert json_of(request) == {
        "cookie": "Your_Cookie_Here",
        "item_id": "7559536212910853422",
    }

    assert isinstance(result, Response)
    parsed = TypeAdapter(Response[Any]).dump_python(
        result, mode="json", by_alias=True, exclude_unset=True
    )
    assert parsed == response


def test_sync_fetch_item_search_keyword() -> None:
    """POST /api/u1/v1/douyin/creator_v2/fetch_item_search_keyword 获取作品搜索关键词统计/Fetch item search keywords statistics"""
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
    server = MockServer(httpx.Response(200, json=response))
    with Client(token=TOKEN, transport=server.transport) as client:
        result = client.douyin_creator_v2.fetch_item_search_keyword(
            cookie="Your_Cookie_Here",
            item_id="7559536212910853422",
        )
    request = server.last
    assert request.method == "POST"
    assert request.url.path == "/api/u1/v1/douyin/creator_v2/fetch_item_search_keyword"
    assert query_of(request) == {}
    assert request.headers[AUTH_HEADER] == AUTH_PREFIX + TOKEN
    assert json_of(request) == {
        "cookie": "Your_Cookie_Here",
        "item_id": "7559536212910853422",
    }

    assert isinstance(result, Response)
    parsed = TypeAdapter(Response[Any]).dump_python(
        result, mode="json", by_alias=True, exclude_unset=True
    )
    assert parsed == response


def test_async_fetch_item_search_keyword() -> None:
    """POST /api/u1/v1/douyin/creator_v2/fetch_item_search_keyword (async)"""
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
    server = MockServer(httpx.Response(200, json=response))

    async def run() -> Response[Any]:
        async with AsyncClient(token=TOKEN, transport=server.transport) as client:
            return await client.douyin_creator_v2.fetch_item_search_keyword(
                cookie="Your_Cookie_Here",
                item_id="7559536212910853422",
            )

    result = asyncio.run(run())
    request = server.last
    assert request.method == "POST"
    assert request.url.path == "/api/u1/v1/douyin/creator_v2/fetch_item_search_keyword"
    assert query_of(request) == {}
    assert request.headers[AUTH_HEADER] == AUTH_PREFIX + TOKEN
    assert json_of(request) == {
        "cookie": "Your_Cookie_Here",
        "item_id": "7559536212910853422",
    }

    assert isinstance(result, Response)
    parsed = TypeAdapter(Response[Any]).dump_python(
        result, mode="json", by_alias=True, exclude_unset=True
    )
    assert parsed == response


def test_sync_fetch_item_watch_trend() -> None:
    """POST /api/u1/v1/douyin/creator_v2/fetch_item_watch_trend 获取作品观看趋势分析/Fetch item watch trend analysis"""
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
    server = MockServer(httpx.Response(200, json=response))
    with Client(token=TOKEN, transport=server.transport) as client:
        result = client.douyin_creator_v2.fetch_item_watch_trend(
            cookie="Your_Cookie_Here",
            item_id="7559536212910853422",
            analysis_type=1,
        )
    request = server.last
    assert request.method == "POST"
    assert request.url.path == "/api/u1/v1/douyin/creator_v2/fetch_item_watch_trend"
    assert query_of(request) == {}
    assert request.headers[AUTH_HEADER] == AUTH_PREFIX + TOKEN
    assert json_of(request) == {
        "cookie": "Your_Cookie_Here",
        "item_id": "7559536212910853422",
        "analysis_type": 1,
    }

    assert isinstance(result, Response)
    parsed = TypeAdapter(Response[Any]).dump_python(
        result, mode="json", by_alias=True, exclude_unset=True
    )
    assert parsed == response


def test_async_fetch_item_watch_trend() -> None:
    """POST /api/u1/v1/douyin/creator_v2/fetch_item_watch_trend (async)"""
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
    server = MockServer(httpx.Response(200, json=response))

    async def run() -> Response[Any]:
        async with AsyncClient(token=TOKEN, transport=server.transport) as client:
            return await client.douyin_creator_v2.fetch_item_watch_trend(
                cookie="Your_Cookie_Here",
                item_id="7559536212910853422",
                analysis_type=1,
            )

    result = asyncio.run(run())
    request = server.last
    assert request.method == "POST"
    assert request.url.path == "/api/u1/v1/douyin/creator_v2/fetch_item_watch_trend"
    assert query_of(request) == {}
    assert request.headers[AUTH_HEADER] == AUTH_PREFIX + TOKEN
    assert json_of(request) == {
        "cookie": "Your_Cookie_Here",
        "item_id": "7559536212910853422",
        "analysis_type": 1,
    }

    assert isinstance(result, Response)
    parsed = TypeAdapter(Response[Any]).dump_python(
        result, mode="json", by_alias=True, exclude_unset=True
    )
    assert parsed == response


def test_sync_fetch_live_room_history_list() -> None:
    """POST /api/u1/v1/douyin/creator_v2/fetch_live_room_history_list 获取直播场次历史记录/Fetch live room history list"""
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
    server = MockServer(httpx.Response(200, json=response))
    with Client(token=TOKEN, transport=server.transport) as client:
        result = client.douyin_creator_v2.fetch_live_room_history_list(
            cookie="Your_Cookie_Here",
            start_date="2025-09-11",
            end_date="2025-10-11",
            limit=400,
            need_living=1,
            download=0,
        )
    request = server.last
    assert request.method == "POST"
    assert (
        request.url.path == "/api/u1/v1/douyin/creator_v2/fetch_live_room_history_list"
    )
    assert query_of(request) == {}
    assert request.headers[AUTH_HEADER] == AUTH_PREFIX + TOKEN
    assert json_of(request) == {
        "cookie": "Your_Cookie_Here",
        "start_date": "2025-09-11",
        "end_date": "2025-10-11",
        "limit": 400,
        "need_living": 1,
        "download": 0,
    }

    assert isinstance(result, Response)
    parsed = TypeAdapter(Response[Any]).dump_python(
        result, mode="json", by_alias=True, exclude_unset=True
    )
    assert parsed == response


def test_async_fetch_live_room_history_list() -> None:
    """POST /api/u1/v1/douyin/creator_v2/fetch_live_room_history_list (async)"""
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
    server = MockServer(httpx.Response(200, json=response))

    async def run() -> Response[Any]:
        async with AsyncClient(token=TOKEN, transport=server.transport) as client:
            return await client.douyin_creator_v2.fetch_live_room_history_list(
                cookie="Your_Cookie_Here",
                start_date="2025-09-11",
                end_date="2025-10-11",
                limit=400,
                need_living=1,
                download=0,
            )

    result = asyncio.run(run())
    request = server.last
    assert request.method == "POST"
    assert (
        request.url.path == "/api/u1/v1/douyin/creator_v2/fetch_live_room_history_list"
    )
    assert query_of(request) == {}
    assert request.headers[AUTH_HEADER] == AUTH_PREFIX + TOKEN
    assert json_of(request) == {
        "cookie": "Your_Cookie_Here",
        "start_date": "2025-09-11",
        "end_date": "2025-10-11",
        "limit": 400,
        "need_living": 1,
        "download": 0,
    }

    assert isinstance(result, Response)
    parsed = TypeAdapter(Response[Any]).dump_python(
        result, mode="json", by_alias=True, exclude_unset=True
    )
    assert parsed == response
