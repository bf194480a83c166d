"""Offline tests of ``client.tiktok_creator``: every route, sync and async, on a mock transport.

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


def test_sync_get_account_health_status() -> None:
    """POST /api/u1/v1/tiktok/creator/get_account_health_status 获取创作者账号健康状态/Get Creator Account Health Status"""
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
        result = client.tiktok_creator.get_account_health_status(
            cookie="Your_Cookie_String",
            proxy="example-proxy",
        )
    request = server.last
    assert request.method == "POST"
    assert request.url.path == "/api/u1/v1/tiktok/creator/get_account_health_status"
    assert query_of(request) == {}
    assert request.headers[AUTH_HEADER] == AUTH_PREFIX + TOKEN
    assert json_of(request) == {
        "cookie": "Your_Cookie_String",
        "proxy": "example-proxy",
    }

    assert isinstance(result, Response)
    parsed = TypeAdapter(Response[Any]).dump_python(
        result, mode="json", by_alias=True, exclude_unset=True
    )
    assert parsed == response


def test_async_get_account_health_status() -> None:
    """POST /api/u1/v1/tiktok/creator/get_account_health_status (async)"""
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
            return await client.tiktok_creator.get_account_health_status(
                cookie="Your_Cookie_String",
                proxy="example-proxy",
            )

    result = asyncio.run(run())
    request = server.last
    assert request.method == "POST"
    assert request.url.path == "/api/u1/v1/tiktok/creator/get_account_health_status"
    assert query_of(request) == {}
    assert request.headers[AUTH_HEADER] == AUTH_PREFIX + TOKEN
    assert json_of(request) == {
        "cookie": "Your_Cookie_String",
        "proxy": "example-proxy",
    }

    assert isinstance(result, Response)
    parsed = TypeAdapter(Response[Any]).dump_python(
        result, mode="json", by_alias=True, exclude_unset=True
    )
    assert parsed == response


def test_sync_get_account_insights_overview() -> None:
    """POST /api/u1/v1/tiktok/creator/get_account_insights_overview 获取创作者账号概览/Get Creator Account Overview"""
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
        result = client.tiktok_creator.get_account_insights_overview(
            cookie="Your_Cookie_String",
            proxy="example-proxy",
            start_date="04-01-2025",
        )
    request = server.last
    assert request.method == "POST"
    assert request.url.path == "/api/u1/v1/tiktok/creator/get_account_insights_overview"
    assert query_of(request) == {}
    assert request.headers[AUTH_HEADER] == AUTH_PREFIX + TOKEN
    assert json_of(request) == {
        "cookie": "Your_Cookie_String",
        "proxy": "example-proxy",
        "start_date": "04-01-2025",
    }

    assert isinstance(result, Response)
    parsed = TypeAdapter(Response[Any]).dump_python(
        result, mode="json", by_alias=True, exclude_unset=True
    )
    assert parsed == response


def test_async_get_account_insights_overview() -> None:
    """POST /api/u1/v1/tiktok/creator/get_account_insights_overview (async)"""
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
            return await client.tiktok_creator.get_account_insights_overview(
                cookie="Your_Cookie_String",
                proxy="example-proxy",
                start_date="04-01-2025",
            )

    result = asyncio.run(run())
    request = server.last
    assert request.method == "POST"
    assert request.url.path == "/api/u1/v1/tiktok/creator/get_account_insights_overview"
    assert query_of(request) == {}
    assert request.headers[AUTH_HEADER] == AUTH_PREFIX + TOKEN
    assert json_of(request) == {
        "cookie": "Your_Cookie_String",
        "proxy": "example-proxy",
        "start_date": "04-01-2025",
    }

    assert isinstance(result, Response)
    parsed = TypeAdapter(Response[Any]).dump_python(
        result, mode="json", by_alias=True, exclude_unset=True
    )
    assert parsed == response


def test_sync_get_account_violation_list() -> None:
    """POST /api/u1/v1/tiktok/creator/get_account_violation_list 获取创作者账号违规记录列表/Get Creator Account Violation Record List"""
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
        result = client.tiktok_creator.get_account_violation_list(
            cookie="Your_Cookie_String",
            proxy="example-proxy",
            page=1,
        )
    request = server.last
    assert request.method == "POST"
    assert request.url.path == "/api/u1/v1/tiktok/creator/get_account_violation_list"
    assert query_of(request) == {}
    assert request.headers[AUTH_HEADER] == AUTH_PREFIX + TOKEN
    assert json_of(request) == {
        "cookie": "Your_Cookie_String",
        "proxy": "example-proxy",
        "page": 1,
    }

    assert isinstance(result, Response)
    parsed = TypeAdapter(Response[Any]).dump_python(
        result, mode="json", by_alias=True, exclude_unset=True
    )
    assert parsed == response


def test_async_get_account_violation_list() -> None:
    """POST /api/u1/v1/tiktok/creator/get_account_violation_list (async)"""
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
            return await client.tiktok_creator.get_account_violation_list(
                cookie="Your_Cookie_String",
                proxy="example-proxy",
                page=1,
            )

    result = asyncio.run(run())
    request = server.last
    assert request.method == "POST"
    assert request.url.path == "/api/u1/v1/tiktok/creator/get_account_violation_list"
    assert query_of(request) == {}
    assert request.headers[AUTH_HEADER] == AUTH_PREFIX + TOKEN
    assert json_of(request) == {
        "cookie": "Your_Cookie_String",
        "proxy": "example-proxy",
        "page": 1,
    }

    assert isinstance(result, Response)
    parsed = TypeAdapter(Response[Any]).dump_python(
        result, mode="json", by_alias=True, exclude_unset=True
    )
    assert parsed == response


def test_sync_get_creator_account_info() -> None:
    """POST /api/u1/v1/tiktok/creator/get_creator_account_info 获取创作者账号信息/Get Creator Account Info"""
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
        result = client.tiktok_creator.get_creator_account_info(
            cookie="Your_Cookie_String",
            proxy="example-proxy",
        )
    request = server.last
    assert request.method == "POST"
    assert request.url.path == "/api/u1/v1/tiktok/creator/get_creator_account_info"
    assert query_of(request) == {}
    assert request.headers[AUTH_HEADER] == AUTH_PREFIX + TOKEN
    assert json_of(request) == {
        "cookie": "Your_Cookie_String",
        "proxy": "example-proxy",
    }

    assert isinstance(result, Response)
    parsed = TypeAdapter(Response[Any]).dump_python(
        result, mode="json", by_alias=True, exclude_unset=True
    )
    assert parsed == response


def test_async_get_creator_account_info() -> None:
    """POST /api/u1/v1/tiktok/creator/get_creator_account_info (async)"""
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
            return await client.tiktok_creator.get_creator_account_info(
                cookie="Your_Cookie_String",
                proxy="example-proxy",
            )

    result = asyncio.run(run())
    request = server.last
    assert request.method == "POST"
    assert request.url.path == "/api/u1/v1/tiktok/creator/get_creator_account_info"
    assert query_of(request) == {}
    assert request.headers[AUTH_HEADER] == AUTH_PREFIX + TOKEN
    assert json_of(request) == {
        "cookie": "Your_Cookie_String",
        "proxy": "example-proxy",
    }

    assert isinstance(result, Response)
    parsed = TypeAdapter(Response[Any]).dump_python(
        result, mode="json", by_alias=True, exclude_unset=True
    )
    assert parsed == response


def test_sync_get_live_analytics_summary() -> None:
    """POST /api/u1/v1/tiktok/creator/get_live_analytics_summary 获取创作者直播概览/Get Creator Live Overview"""
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
        result = client.tiktok_creator.get_live_analytics_summary(
            cookie="Your_Cookie_String",
            proxy="example-proxy",
            start_date="04-01-2025",
        )
    request = server.last
    assert request.method == "POST"
    assert request.url.path == "/api/u1/v1/tiktok/creator/get_live_analytics_summary"
    assert query_of(request) == {}
    assert request.headers[AUTH_HEADER] == AUTH_PREFIX + TOKEN
    assert json_of(request) == {
        "cookie": "Your_Cookie_String",
        "proxy": "example-proxy",
        "start_date": "04-01-2025",
    }

    assert isinstance(result, Response)
    parsed = TypeAdapter(Response[Any]).dump_python(
        result, mode="json", by_alias=True, exclude_unset=True
    )
    assert parsed == response


def test_async_get_live_analytics_summary() -> None:
    """POST /api/u1/v1/tiktok/creator/get_live_analytics_summary (async)"""
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
            return await client.tiktok_creator.get_live_analytics_summary(
                cookie="Your_Cookie_String",
                proxy="example-proxy",
                start_date="04-01-2025",
            )

    result = asyncio.run(run())
    request = server.last
    assert request.method == "POST"
    assert request.url.path == "/api/u1/v1/tiktok/creator/get_live_analytics_summary"
    assert query_of(request) == {}
    assert request.headers[AUTH_HEADER] == AUTH_PREFIX + TOKEN
    assert json_of(request) == {
        "cookie": "Your_Cookie_String",
        "proxy": "example-proxy",
        "start_date": "04-01-2025",
    }

    assert isinstance(result, Response)
    parsed = TypeAdapter(Response[Any]).dump_python(
        result, mode="json", by_alias=True, exclude_unset=True
    )
    assert parsed == response


def test_sync_get_product_analytics_list() -> None:
    """POST /api/u1/v1/tiktok/creator/get_product_analytics_list 获取创作者商品列表分析/Get Creator Product List Analytics"""
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
        result = client.tiktok_creator.get_product_analytics_list(
            cookie="Your_Cookie_String",
            proxy="example-proxy",
            start_date="2025-04-01",
            end_date="2025-05-01",
            page=0,
        )
    request = server.last
    assert request.method == "POST"
    assert request.url.path == "/api/u1/v1/tiktok/creator/get_product_analytics_list"
    assert query_of(request) == {}
    assert request.headers[AUTH_HEADER] == AUTH_PREFIX + TOKEN
    assert json_of(request) == {
        "cookie": "Your_Cookie_String",
        "proxy": "example-proxy",
        "start_date": "2025-04-01",
        "end_date": "2025-05-01",
        "page": 0,
    }

    assert isinstance(result, Response)
    parsed = TypeAdapter(Response[Any]).dump_python(
        result, mode="json", by_alias=True, exclude_unset=True
    )
    assert parsed == response


def test_async_get_product_analytics_list() -> None:
    """POST /api/u1/v1/tiktok/creator/get_product_analytics_list (async)"""
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
            return await client.tiktok_creator.get_product_analytics_list(
                cookie="Your_Cookie_String",
                proxy="example-proxy",
                start_date="2025-04-01",
                end_date="2025-05-01",
                page=0,
            )

    result = asyncio.run(run())
    request = server.last
    assert request.method == "POST"
    assert request.url.path == "/api/u1/v1/tiktok/creator/get_product_analytics_list"
    assert query_of(request) == {}
    assert request.headers[AUTH_HEADER] == AUTH_PREFIX + TOKEN
    assert json_of(request) == {
        "cookie": "Your_Cookie_String",
        "proxy": "example-proxy",
        "start_date": "2025-04-01",
        "end_date": "2025-05-01",
        "page": 0,
    }

    assert isinstance(result, Response)
    parsed = TypeAdapter(Response[Any]).dump_python(
        result, mode="json", by_alias=True, exclude_unset=True
    )
    assert parsed == response


def test_sync_get_product_related_videos() -> None:
    """POST /api/u1/v1/tiktok/creator/get_product_related_videos 获取同款商品关联视频/Get Product Related Videos"""
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
        result = client.tiktok_creator.get_product_related_videos(
            item_id="example-item_id",
            product_id="example-product_id",
            cookie="Your_Cookie_String",
            proxy="example-proxy",
            start_date="04-01-2025",
        )
    request = server.last
    assert request.method == "POST"
    assert request.url.path == "/api/u1/v1/tiktok/creator/get_product_related_videos"
    assert query_of(request) == {}
    assert request.headers[AUTH_HEADER] == AUTH_PREFIX + TOKEN
    assert json_of(request) == {
        "item_id": "example-item_id",
        "product_id": "example-product_id",
        "cookie": "Your_Cookie_String",
        "proxy": "example-proxy",
        "start_date": "04-01-2025",
    }

    assert isinstance(result, Response)
    parsed = TypeAdapter(Response[Any]).dump_python(
        result, mode="json", by_alias=True, exclude_unset=True
    )
    assert parsed == response


def test_async_get_product_related_videos() -> None:
    """POST /api/u1/v1/tiktok/creator/get_product_related_videos (async)"""
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
            return await client.tiktok_creator.get_product_related_videos(
                item_id="example-item_id",
                product_id="example-product_id",
                cookie="Your_Cookie_String",
                proxy="example-proxy",
                start_date="04-01-2025",
            )

    result = asyncio.run(run())
    request = server.last
    assert request.method == "POST"
    assert request.url.path == "/api/u1/v1/tiktok/creator/get_product_related_videos"
    assert query_of(request) == {}
    assert request.headers[AUTH_HEADER] == AUTH_PREFIX + TOKEN
    assert json_of(request) == {
        "item_id": "example-item_id",
        "product_id": "example-product_id",
        "cookie": "Your_Cookie_String",
        "proxy": "example-proxy",
        "start_date": "04-01-2025",
    }

    assert isinstance(result, Response)
    parsed = TypeAdapter(Response[Any]).dump_python(
        result, mode="json", by_alias=True, exclude_unset=True
    )
    assert parsed == response


def test_sync_get_showcase_product_list() -> None:
    """POST /api/u1/v1/tiktok/creator/get_showcase_product_list 获取橱窗商品列表/Get Showcase Product List"""
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
        result = client.tiktok_creator.get_showcase_product_list(
            cookie="Your_Cookie_String",
            proxy="example-proxy",
            count=20,
            offset=0,
        )
    request = server.last
    assert request.method == "POST"
    assert request.url.path == "/api/u1/v1/tiktok/creator/get_showcase_product_list"
    assert query_of(request) == {}
    assert request.headers[AUTH_HEADER] == AUTH_PREFIX + TOKEN
    assert json_of(request) == {
        "cookie": "Your_Cookie_String",
        "proxy": "example-proxy",
        "count": 20,
        "offset": 0,
    }

    assert isinstance(result, Response)
    parsed = TypeAdapter(Response[Any]).dump_python(
        result, mode="json", by_alias=True, exclude_unset=True
    )
    assert parsed == response


def test_async_get_showcase_product_list() -> None:
    """POST /api/u1/v1/tiktok/creator/get_showcase_product_list (async)"""
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
            return await client.tiktok_creator.get_showcase_product_list(
                cookie="Your_Cookie_String",
                proxy="example-proxy",
                count=20,
                offset=0,
            )

    result = asyncio.run(run())
    request = server.last
    assert request.method == "POST"
    assert request.url.path == "/api/u1/v1/tiktok/creator/get_showcase_product_list"
    assert query_of(request) == {}
    assert request.headers[AUTH_HEADER] == AUTH_PREFIX + TOKEN
    assert json_of(request) == {
        "cookie": "Your_Cookie_String",
        "proxy": "example-proxy",
        "count": 20,
        "offset": 0,
    }

    assert isinstance(result, Response)
    parsed = TypeAdapter(Response[Any]).dump_python(
        result, mode="json", by_alias=True, exclude_unset=True
    )
    assert parsed == response


def test_sync_get_video_analytics_summary() -> None:
    """POST /api/u1/v1/tiktok/creator/get_video_analytics_summary 获取创作者视频概览/Get Creator Video Overview"""
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
        result = client.tiktok_creator.get_video_analytics_summary(
            cookie="Your_Cookie_String",
            proxy="example-proxy",
        )
    request = server.last
    assert request.method == "POST"
    assert request.url.path == "/api/u1/v1/tiktok/creator/get_video_analytics_summary"
    assert query_of(request) == {}
    assert request.headers[AUTH_HEADER] == AUTH_PREFIX + TOKEN
    assert json_of(request) == {
        "cookie": "Your_Cookie_String",
        "proxy": "example-proxy",
    }

    assert isinstance(result, Response)
    parsed = TypeAdapter(Response[Any]).dump_python(
        result, mode="json", by_alias=True, exclude_unset=True
    )
    assert parsed == response


def test_async_get_video_analytics_summary() -> None:
    """POST /api/u1/v1/tiktok/creator/get_video_analytics_summary (async)"""
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
            return await client.tiktok_creator.get_video_analytics_summary(
                cookie="Your_Cookie_String",
                proxy="example-proxy",
            )

    result = asyncio.run(run())
    request = server.last
    assert request.method == "POST"
    assert request.url.path == "/api/u1/v1/tiktok/creator/get_video_analytics_summary"
    assert query_of(request) == {}
    assert request.headers[AUTH_HEADER] == AUTH_PREFIX + TOKEN
    assert json_of(request) == {
        "cookie": "Your_Cookie_String",
        "proxy": "example-proxy",
    }

    assert isinstance(result, Response)
    parsed = TypeAdapter(Response[Any]).dump_python(
        result, mode="json", by_alias=True, exclude_unset=True
    )
    assert parsed == response


def test_sync_get_video_associated_product_list() -> None:
    """POST /api/u1/v1/tiktok/creator/get_video_associated_product_list 获取视频关联商品列表/Get Video Associated Product List"""
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
        result = client.tiktok_creator.get_video_associated_product_list(
            item_ids=["example-item_ids"],
            cookie="Your_Cookie_String",
            proxy="example-proxy",
            start_date="04-01-2025",
        )
    request = server.last
    assert request.method == "POST"
    assert (
        request.url.path
        == "/api/u1/v1/tiktok/creator/get_video_associated_product_list"
    )
    assert query_of(request) == {}
    assert request.headers[AUTH_HEADER] == AUTH_PREFIX + TOKEN
    assert json_of(request) == {
        "item_ids": ["example-item_ids"],
        "cookie": "Your_Cookie_String",
        "proxy": "example-proxy",
        "start_date": "04-01-2025",
    }

    assert isinstance(result, Response)
    parsed = TypeAdapter(Response[Any]).dump_python(
        result, mode="json", by_alias=True, exclude_unset=True
    )
    assert parsed == response


def test_async_get_video_associated_product_list() -> None:
    """POST /api/u1/v1/tiktok/creator/get_video_associated_product_list (async)"""
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
            return await client.tiktok_creator.get_video_associated_product_list(
                item_ids=["example-item_ids"],
                cookie="Your_Cookie_String",
                proxy="example-proxy",
                start_date="04-01-2025",
            )

    result = asyncio.run(run())
    request = server.last
    assert request.method == "POST"
    assert (
        request.url.path
        == "/api/u1/v1/tiktok/creator/get_video_associated_product_list"
    )
    assert query_of(request) == {}
    assert request.headers[AUTH_HEADER] == AUTH_PREFIX + TOKEN
    assert json_of(request) == {
        "item_ids": ["example-item_ids"],
        "cookie": "Your_Cookie_String",
        "proxy": "example-proxy",
        "start_date": "04-01-2025",
    }

    assert isinstance(result, Response)
    parsed = TypeAdapter(Response[Any]).dump_python(
        result, mode="json", by_alias=True, exclude_unset=True
    )
    assert parsed == response


def test_sync_get_video_audience_stats() -> None:
    """POST /api/u1/v1/tiktok/creator/get_video_audience_stats 获取视频受众分析数据/Get Video Audience Analysis Data"""
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
        result = client.tiktok_creator.get_video_audience_stats(
            item_id="example-item_id",
            cookie="Your_Cookie_String",
            proxy="example-proxy",
            start_date="04-01-2025",
        )
    request = server.last
    assert request.method == "POST"
    assert request.url.path == "/api/u1/v1/tiktok/creator/get_video_audience_stats"
    assert query_of(request) == {}
    assert request.headers[AUTH_HEADER] == AUTH_PREFIX + TOKEN
    assert json_of(request) == {
        "item_id": "example-item_id",
        "cookie": "Your_Cookie_String",
        "proxy": "example-proxy",
        "start_date": "04-01-2025",
    }

    assert isinstance(result, Response)
    parsed = TypeAdapter(Response[Any]).dump_python(
        result, mode="json", by_alias=True, exclude_unset=True
    )
    assert parsed == response


def test_async_get_video_audience_stats() -> None:
    """POST /api/u1/v1/tiktok/creator/get_video_audience_stats (async)"""
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
            return await client.tiktok_creator.get_video_audience_stats(
                item_id="example-item_id",
                cookie="Your_Cookie_String",
                proxy="example-proxy",
                start_date="04-01-2025",
            )

    result = asyncio.run(run())
    request = server.last
    assert request.method == "POST"
    assert request.url.path == "/api/u1/v1/tiktok/creator/get_video_audience_stats"
    assert query_of(request) == {}
    assert request.headers[AUTH_HEADER] == AUTH_PREFIX + TOKEN
    assert json_of(request) == {
        "item_id": "example-item_id",
        "cookie": "Your_Cookie_String",
        "proxy": "example-proxy",
        "start_date": "04-01-2025",
    }

    assert isinstance(result, Response)
    parsed = TypeAdapter(Response[Any]).dump_python(
        result, mode="json", by_alias=True, exclude_unset=True
    )
    assert parsed == response


def test_sync_get_video_detailed_stats() -> None:
    """POST /api/u1/v1/tiktok/creator/get_video_detailed_stats 获取视频详细分段统计数据/Get Video Detailed Statistics"""
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
        result = client.tiktok_creator.get_video_detailed_stats(
            item_id="example-item_id",
            cookie="Your_Cookie_String",
            proxy="example-proxy",
            start_date="04-01-2025",
        )
    request = server.last
    assert request.method == "POST"
    assert request.url.path == "/api/u1/v1/tiktok/creator/get_video_detailed_stats"
    assert query_of(request) == {}
    assert request.headers[AUTH_HEADER] == AUTH_PREFIX + TOKEN
    assert json_of(request) == {
        "item_id": "example-item_id",
        "cookie": "Your_Cookie_String",
        "proxy": "example-proxy",
        "start_date": "04-01-2025",
    }

    assert isinstance(result, Response)
    parsed = TypeAdapter(Response[Any]).dump_python(
        result, mode="json", by_alias=True, exclude_unset=True
    )
    assert parsed == response


def test_async_get_video_detailed_stats() -> None:
    """POST /api/u1/v1/tiktok/creator/get_video_detailed_stats (async)"""
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
            return await client.tiktok_creator.get_video_detailed_stats(
                item_id="example-item_id",
                cookie="Your_Cookie_String",
                proxy="example-proxy",
                start_date="04-01-2025",
            )

    result = asyncio.run(run())
    request = server.last
    assert request.method == "POST"
    assert request.url.path == "/api/u1/v1/tiktok/creator/get_video_detailed_stats"
    assert query_of(request) == {}
    assert request.headers[AUTH_HEADER] == AUTH_PREFIX + TOKEN
    assert json_of(request) == {
        "item_id": "example-item_id",
        "cookie": "Your_Cookie_String",
        "proxy": "example-proxy",
        "start_date": "04-01-2025",
    }

    assert isinstance(result, Response)
    parsed = TypeAdapter(Response[Any]).dump_python(
        result, mode="json", by_alias=True, exclude_unset=True
    )
    assert parsed == response


def test_sync_get_video_list_analytics() -> None:
    """POST /api/u1/v1/tiktok/creator/get_video_list_analytics 获取创作者视频列表分析/Get Creator Video List Analytics"""
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
        result = client.tiktok_creator.get_video_list_analytics(
            cookie="Your_Cookie_String",
            proxy="example-proxy",
            start_date="04-01-2025",
            page=0,
            rules="VIDEO_LIST_PUBLISH_TIME",
        )
    request = server.last
    assert request.method == "POST"
    assert request.url.path == "/api/u1/v1/tiktok/creator/get_video_list_analytics"
    assert query_of(request) == {}
    assert request.headers[AUTH_HEADER] == AUTH_PREFIX + TOKEN
    assert json_of(request) == {
        "cookie": "Your_Cookie_String",
        "proxy": "example-proxy",
        "start_date": "04-01-2025",
        "page": 0,
        "rules": "VIDEO_LIST_PUBLISH_TIME",
    }

    assert isinstance(result, Response)
    parsed = TypeAdapter(Response[Any]).dump_python(
        result, mode="json", by_alias=True, exclude_unset=True
    )
    assert parsed == response


def test_async_get_video_list_analytics() -> None:
    """POST /api/u1/v1/tiktok/creator/get_video_list_analytics (async)"""
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
            return await client.tiktok_creator.get_video_list_analytics(
                cookie="Your_Cookie_String",
                proxy="example-proxy",
                start_date="04-01-2025",
                page=0,
                rules="VIDEO_LIST_PUBLISH_TIME",
            )

    result = asyncio.run(run())
    request = server.last
    assert request.method == "POST"
    assert request.url.path == "/api/u1/v1/tiktok/creator/get_video_list_analytics"
    assert query_of(request) == {}
    assert request.headers[AUTH_HEADER] == AUTH_PREFIX + TOKEN
    assert json_of(request) == {
        "cookie": "Your_Cookie_String",
        "proxy": "example-proxy",
        "start_date": "04-01-2025",
        "page": 0,
        "rules": "VIDEO_LIST_PUBLISH_TIME",
    }

    assert isinstance(result, Response)
    parsed = TypeAdapter(Response[Any]).dump_python(
        result, mode="json", by_alias=True, exclude_unset=True
    )
    assert parsed == response


def test_sync_get_video_to_product_stats() -> None:
    """POST /api/u1/v1/tiktok/creator/get_video_to_product_stats 获取视频与商品关联统计数据/Get Video-Product Association Statistics"""
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
        result = client.tiktok_creator.get_video_to_product_stats(
            item_id="example-item_id",
            product_id="example-product_id",
            cookie="Your_Cookie_String",
            proxy="example-proxy",
            start_date="04-01-2025",
        )
    request = server.last
    assert request.method == "POST"
    assert request.url.path == "/api/u1/v1/tiktok/creator/get_video_to_product_stats"
    assert query_of(request) == {}
    assert request.headers[AUTH_HEADER] == AUTH_PREFIX + TOKEN
    assert json_of(request) == {
        "item_id": "example-item_id",
        "product_id": "example-product_id",
        "cookie": "Your_Cookie_String",
        "proxy": "example-proxy",
        "start_date": "04-01-2025",
    }

    assert isinstance(result, Response)
    parsed = TypeAdapter(Response[Any]).dump_python(
        result, mode="json", by_alias=True, exclude_unset=True
    )
    assert parsed == response


def test_async_get_video_to_product_stats() -> None:
    """POST /api/u1/v1/tiktok/creator/get_video_to_product_stats (async)"""
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
            return await client.tiktok_creator.get_video_to_product_stats(
                item_id="example-item_id",
                product_id="example-product_id",
                cookie="Your_Cookie_String",
                proxy="example-proxy",
                start_date="04-01-2025",
            )

    result = asyncio.run(run())
    request = server.last
    assert request.method == "POST"
    assert request.url.path == "/api/u1/v1/tiktok/creator/get_video_to_product_stats"
    assert query_of(request) == {}
    assert request.headers[AUTH_HEADER] == AUTH_PREFIX + TOKEN
    assert json_of(request) == {
        "item_id": "example-item_id",
        "product_id": "example-product_id",
        "cookie": "Your_Cookie_String",
        "proxy": "example-proxy",
        "start_date": "04-01-2025",
    }

    assert isinstance(result, Response)
    parsed = TypeAdapter(Response[Any]).dump_python(
        result, mode="json", by_alias=True, exclude_unset=True
    )
    assert parsed == response
