"""Helpers of the generated tests for keyapi_client: a recording mock transport.

``MockServer`` records every request the client sends and answers from a queue of replies
(the last one repeats); the ``*_of`` functions read back what was sent.
"""

from __future__ import annotations

import json
from email.message import Message
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any
from urllib.parse import parse_qs

import httpx

TOKEN = "test-token"
#: The header (and value prefix) that carries the token.
AUTH_HEADER = "Authorization"
AUTH_PREFIX = "Bearer "
#: Environment variables that enable the live tests (``pytest -m live``).
BASE_URL_ENV = "KEYAPI_BASE_URL"
LIVE_TOKEN_ENV = "KEYAPI_API_TOKEN"
LIVE_TIMEOUT = 30.0
#: A file for multipart uploads, raw request content, and a binary response.
UPLOAD = ("example.txt", b"example file content", "text/plain")
CONTENT = b"example content"
RESPONSE_BYTES = b"example response bytes"

Reply = httpx.Response | type[httpx.TransportError]


class MockServer:
    """Records requests; answers each with the next reply (a response, or an error to raise)."""

    def __init__(self, *replies: Reply) -> None:
        self.replies = list(replies)
        self.requests: list[httpx.Request] = []
        self.transport = httpx.MockTransport(self.handle)

    def handle(self, request: httpx.Request) -> httpx.Response:
        request.read()
        self.requests.append(request)
        reply = self.replies.pop(0) if len(self.replies) > 1 else self.replies[0]
        if isinstance(reply, type):
            raise reply("mock transport error", request=request)
        return httpx.Response(
            reply.status_code, headers=reply.headers, content=reply.content
        )

    @property
    def last(self) -> httpx.Request:
        assert self.requests, "the client sent no request"
        return self.requests[-1]


def query_of(request: httpx.Request) -> dict[str, list[str]]:
    """The query string: every name with its values in order."""
    out: dict[str, list[str]] = {}
    for name, value in request.url.params.multi_items():
        out.setdefault(name, []).append(value)
    return out


def json_of(request: httpx.Request) -> Any:
    assert request.headers.get("content-type", "").startswith("application/json")
    return json.loads(request.content)


def form_of(request: httpx.Request) -> dict[str, list[str]]:
    """A form body (urlencoded or multipart): every field with its values (files as text)."""
    ctype = request.headers.get("content-type", "")
    if not ctype.startswith("multipart/"):
        return parse_qs(request.content.decode(), keep_blank_values=True)
    head = f"Content-Type: {ctype}\r\n\r\n".encode()
    message = BytesParser(policy=HTTP).parsebytes(head + request.content)
    out: dict[str, list[str]] = {}
    for part in message.iter_parts():
        assert isinstance(part, Message)
        name = part.get_param("name", header="content-disposition")
        payload = part.get_payload(decode=True)
        assert isinstance(name, str) and isinstance(payload, bytes)
        out.setdefault(name, []).append(payload.decode())
    return out


def cookies_of(request: httpx.Request) -> dict[str, str]:
    pairs = (
        p.split("=", 1) for p in request.headers.get("cookie", "").split("; ") if p
    )
    return {k: v for k, v in pairs}
