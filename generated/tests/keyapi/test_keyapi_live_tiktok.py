"""Live smoke tests of ``client.tiktok``: one per route, against a real server.

Skipped unless ``KEYAPI_BASE_URL`` and ``KEYAPI_API_TOKEN`` are set. The arguments
are the documented examples: replace them with values your account can use. A test passes
when the server accepts the request and the client parses the response.
"""

from __future__ import annotations

import pytest
from keyapi_client import Client
from keyapi_client.models import GetResponse

pytestmark = pytest.mark.live


def test_live_analytics(live_client: Client) -> None:
    """GET /v1/tiktok/video/detail/analytics 视频详情分析"""
    result = live_client.tiktok.analytics(
        video_ids="example-video_ids",
    )
    assert isinstance(result, GetResponse)
