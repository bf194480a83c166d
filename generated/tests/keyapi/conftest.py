"""Fixtures of the generated tests for keyapi_client: the ``live`` marker and client."""

from __future__ import annotations

import os
from collections.abc import Iterator

import httpx
import pytest
from keyapi_client import Client

from keyapi_client_mock import BASE_URL_ENV, LIVE_TIMEOUT, LIVE_TOKEN_ENV


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"live: calls a real server; skipped unless {BASE_URL_ENV} and {LIVE_TOKEN_ENV} are set",
    )


@pytest.fixture
def live_client() -> Iterator[Client]:
    """A client of the server at ``$BASE_URL_ENV`` with the token ``$LIVE_TOKEN_ENV``.

    A server that reports contract violations (a Prism mock's ``sl-violations`` header)
    fails the test even when it answered with success.
    """
    base_url = os.environ.get(BASE_URL_ENV)
    token = os.environ.get(LIVE_TOKEN_ENV)
    if not base_url or not token:
        pytest.skip(f"live test: set {BASE_URL_ENV} and {LIVE_TOKEN_ENV} to run it")
    violations: list[str] = []

    def record(response: httpx.Response) -> None:
        found = response.headers.get("sl-violations")
        if found:
            request = response.request
            violations.append(f"{request.method} {request.url.path}: {found}")

    http = httpx.Client(event_hooks={"response": [record]})
    with (
        http,
        Client(
            base_url=base_url,
            token=token,
            http_client=http,
            max_retries=0,
            timeout=LIVE_TIMEOUT,
        ) as client,
    ):
        yield client
    assert not violations, "the server reported violations: " + "; ".join(violations)
