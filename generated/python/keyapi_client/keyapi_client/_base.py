"""The HTTP core shared by ``Client`` and ``AsyncClient``.

One configuration (:class:`ClientConfig`), one request description (:class:`RequestSpec`),
retries with exponential backoff and jitter that honour ``Retry-After``, typed errors.
"""

from __future__ import annotations

import asyncio
import email.utils
import os
import random
import re
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import TracebackType
from typing import IO, Any, Self, TypeVar, cast
from urllib.parse import quote

import httpx

from ._errors import (
    ApiConnectionError,
    RequestValidationError,
    ResponseValidationError,
    error_for_response,
)

T = TypeVar("T")

#: The server used when no ``base_url`` is given.
DEFAULT_BASE_URL = "https://api.keyapi.ai"
#: The environment variable read when no ``token`` is given.
TOKEN_ENV = "KEYAPI_API_TOKEN"
DEFAULT_TIMEOUT = 60.0
DEFAULT_MAX_RETRIES = 2
USER_AGENT = "keyapi_client/1.0.0"
_AUTH_HEADER = "Authorization"
_AUTH_PREFIX = "Bearer "
_PATH_VAR = re.compile(r"\{([^{}/]+)\}")

FileContent = IO[bytes] | bytes | str
#: A file for a multipart upload: content, or ``(filename, content[, content_type])``.
FileTypes = (
    FileContent | tuple[str | None, FileContent] | tuple[str | None, FileContent, str]
)

_sleep = time.sleep
_asleep = asyncio.sleep


@dataclass(frozen=True)
class ClientConfig:
    """Settings shared by the sync and async clients."""

    base_url: str = DEFAULT_BASE_URL
    token: str | None = None
    timeout: httpx.Timeout = field(
        default_factory=lambda: httpx.Timeout(DEFAULT_TIMEOUT)
    )
    max_retries: int = DEFAULT_MAX_RETRIES
    backoff_base: float = 0.5
    backoff_max: float = 8.0
    retry_after_max: float = 60.0
    headers: Mapping[str, str] = field(default_factory=dict)

    @classmethod
    def create(
        cls,
        *,
        base_url: str | None = None,
        token: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        headers: Mapping[str, str] | None = None,
    ) -> ClientConfig:
        """Fill the defaults: the documented server, the token from ``TOKEN_ENV``."""
        if max_retries < 0:
            raise ValueError("max_retries must be >= 0")
        if not isinstance(timeout, httpx.Timeout):
            timeout = httpx.Timeout(timeout)
        return cls(
            base_url=(base_url or DEFAULT_BASE_URL).rstrip("/"),
            token=token if token is not None else os.environ.get(TOKEN_ENV) or None,
            timeout=timeout,
            max_retries=max_retries,
            headers=dict(headers or {}),
        )

    def should_retry(self, response: httpx.Response) -> bool:
        return response.status_code == 429 or response.status_code >= 500

    def retry_delay(self, attempt: int, response: httpx.Response | None) -> float:
        """Seconds to wait before retry number ``attempt + 1``."""
        if response is not None:
            after = _retry_after(response.headers.get("retry-after"))
            if after is not None:
                return min(after, self.retry_after_max)
        delay = min(self.backoff_max, self.backoff_base * 2.0**attempt)
        return delay / 2 + random.uniform(0, delay / 2)


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


@dataclass(frozen=True)
class RequestSpec:
    """One request as a route method describes it (wire names, values not yet checked)."""

    method: str
    path: str
    path_params: Mapping[str, Any] = field(default_factory=dict)
    params: Mapping[str, Any] = field(default_factory=dict)
    headers: Mapping[str, Any] = field(default_factory=dict)
    cookies: Mapping[str, Any] = field(default_factory=dict)
    json: Any = None
    data: Mapping[str, Any] | None = None
    files: Mapping[str, Any] | None = None
    content: bytes | None = None
    required: tuple[str, ...] = ()
    auth: bool = True


def body(model: Any, values: Mapping[str, Any]) -> Any:
    """Validate a JSON body against its model before sending; returns the wire form."""
    from pydantic import ValidationError

    given = {k: v for k, v in values.items() if v is not None}
    try:
        obj = model.model_validate(given)
    except ValidationError as exc:
        raise RequestValidationError(f"invalid request body: {exc}") from exc
    return obj.model_dump(mode="json", by_alias=True, exclude_unset=True)


def _check(spec: RequestSpec) -> None:
    given = {
        **spec.params,
        **spec.headers,
        **spec.cookies,
        **(spec.data or {}),
        **(spec.files or {}),
    }
    for name in spec.required:
        if given.get(name) is None:
            raise RequestValidationError(f"missing required parameter {name!r}")
    for name, value in spec.path_params.items():
        if value is None or value == "":
            raise RequestValidationError(f"missing required path parameter {name!r}")


def _path(spec: RequestSpec) -> str:
    def sub(m: re.Match[str]) -> str:
        name = m.group(1)
        if name not in spec.path_params:
            return m.group(0)
        return quote(str(spec.path_params[name]), safe="")

    return _PATH_VAR.sub(sub, spec.path)


def _scalar(value: Any) -> Any:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list | tuple):
        return [_scalar(v) for v in value]
    return getattr(value, "value", value)


def _present(values: Mapping[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in values.items() if v is not None}


def _form(values: Mapping[str, Any] | None) -> dict[str, Any] | None:
    if values is None:
        return None
    return {k: _scalar(v) for k, v in _present(values).items()}


_ADAPTERS: dict[Any, Any] = {}


def parse(response: httpx.Response, cast_to: Any) -> Any:
    """The response body as ``cast_to`` (a pydantic model, or any type pydantic can validate)."""
    from pydantic import BaseModel, TypeAdapter, ValidationError

    try:
        data = response.json()
    except ValueError as exc:
        raise ResponseValidationError(
            f"expected JSON, got {response.headers.get('content-type', 'no content type')}",
            response=response,
            data=response.content,
        ) from exc
    try:
        if isinstance(cast_to, type) and issubclass(cast_to, BaseModel):
            return cast_to.model_validate(data)
        adapter = _ADAPTERS.get(cast_to)
        if adapter is None:
            adapter = _ADAPTERS[cast_to] = TypeAdapter(cast_to)
        return adapter.validate_python(data)
    except ValidationError as exc:
        raise ResponseValidationError(
            f"response does not match the documented model: {exc}",
            response=response,
            data=data,
        ) from exc


def json_or_bytes(response: httpx.Response) -> Any:
    """Decoded JSON when the server sends JSON, else the raw bytes (e.g. a file download)."""
    ctype = response.headers.get("content-type", "")
    if not response.content:
        return None
    if "json" in ctype or not ctype:
        try:
            return response.json()
        except ValueError:
            return response.content
    return response.content


class _BaseClient:
    def __init__(self, config: ClientConfig) -> None:
        self.config = config

    @property
    def base_url(self) -> str:
        return self.config.base_url

    def _headers(self, spec: RequestSpec) -> dict[str, str]:
        headers = {"User-Agent": USER_AGENT, "Accept": "application/json, */*"}
        headers.update(self.config.headers)
        if spec.auth and self.config.token:
            headers[_AUTH_HEADER] = f"{_AUTH_PREFIX}{self.config.token}"
        for name, value in spec.headers.items():
            if value is not None:
                headers[name] = str(_scalar(value))
        cookies = "; ".join(
            f"{k}={_scalar(v)}" for k, v in spec.cookies.items() if v is not None
        )
        if cookies:
            headers["Cookie"] = cookies
        return headers

    def _build(
        self, http: httpx.Client | httpx.AsyncClient, spec: RequestSpec
    ) -> httpx.Request:
        _check(spec)
        params = {k: _scalar(v) for k, v in spec.params.items() if v is not None}
        return http.build_request(
            spec.method,
            self.config.base_url + _path(spec),
            params=params or None,
            headers=self._headers(spec),
            json=spec.json,
            data=_form(spec.data),
            files=None if spec.files is None else _present(spec.files),
            content=spec.content,
            timeout=self.config.timeout,
        )


class SyncAPIClient(_BaseClient):
    """Synchronous transport: httpx.Client, retries, errors."""

    def __init__(
        self,
        *,
        base_url: str | None = None,
        token: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.Client | None = None,
        transport: httpx.BaseTransport | None = None,
        config: ClientConfig | None = None,
    ) -> None:
        """Create a client.

        Args:
            base_url: server URL; defaults to ``DEFAULT_BASE_URL``.
            token: bearer token; defaults to the ``TOKEN_ENV`` environment variable.
            timeout: seconds (or an ``httpx.Timeout``) per request.
            max_retries: retries on 429, 5xx and connection errors (0 disables).
            headers: extra headers sent with every request.
            http_client: an ``httpx.Client`` to use (it is not closed by this client).
            transport: an httpx transport for the client created here (e.g. ``MockTransport``).
            config: a ready ``ClientConfig`` (overrides the settings above).
        """
        super().__init__(
            config
            or ClientConfig.create(
                base_url=base_url,
                token=token,
                timeout=timeout,
                max_retries=max_retries,
                headers=headers,
            )
        )
        self._owns_http = http_client is None
        self._http = http_client or httpx.Client(transport=transport)

    def send(self, spec: RequestSpec) -> httpx.Response:
        """Send with retries; returns a successful response or raises a typed error."""
        request = self._build(self._http, spec)
        attempt = 0
        while True:
            try:
                response = self._http.send(request)
            except httpx.TransportError as exc:
                if attempt >= self.config.max_retries:
                    raise ApiConnectionError(
                        str(exc) or type(exc).__name__, request=request
                    ) from exc
                delay = self.config.retry_delay(attempt, None)
            else:
                if response.is_success:
                    return response
                if attempt >= self.config.max_retries or not self.config.should_retry(
                    response
                ):
                    raise error_for_response(response)
                delay = self.config.retry_delay(attempt, response)
                response.close()
            attempt += 1
            _sleep(delay)

    def request(self, spec: RequestSpec, cast_to: type[T]) -> T:
        return cast(T, parse(self.send(spec), cast_to))

    def request_json(self, spec: RequestSpec) -> Any:
        return json_or_bytes(self.send(spec))

    def request_bytes(self, spec: RequestSpec) -> bytes:
        return self.send(spec).content

    def close(self) -> None:
        if self._owns_http:
            self._http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncAPIClient(_BaseClient):
    """Asynchronous transport: httpx.AsyncClient, retries, errors."""

    def __init__(
        self,
        *,
        base_url: str | None = None,
        token: str | None = None,
        timeout: float | httpx.Timeout | None = DEFAULT_TIMEOUT,
        max_retries: int = DEFAULT_MAX_RETRIES,
        headers: Mapping[str, str] | None = None,
        http_client: httpx.AsyncClient | None = None,
        transport: httpx.AsyncBaseTransport | None = None,
        config: ClientConfig | None = None,
    ) -> None:
        """Create a client (same settings as the sync ``Client``)."""
        super().__init__(
            config
            or ClientConfig.create(
                base_url=base_url,
                token=token,
                timeout=timeout,
                max_retries=max_retries,
                headers=headers,
            )
        )
        self._owns_http = http_client is None
        self._http = http_client or httpx.AsyncClient(transport=transport)

    async def send(self, spec: RequestSpec) -> httpx.Response:
        """Send with retries; returns a successful response or raises a typed error."""
        request = self._build(self._http, spec)
        attempt = 0
        while True:
            try:
                response = await self._http.send(request)
            except httpx.TransportError as exc:
                if attempt >= self.config.max_retries:
                    raise ApiConnectionError(
                        str(exc) or type(exc).__name__, request=request
                    ) from exc
                delay = self.config.retry_delay(attempt, None)
            else:
                if response.is_success:
                    return response
                if attempt >= self.config.max_retries or not self.config.should_retry(
                    response
                ):
                    await response.aread()
                    raise error_for_response(response)
                delay = self.config.retry_delay(attempt, response)
                await response.aclose()
            attempt += 1
            await _asleep(delay)

    async def request(self, spec: RequestSpec, cast_to: type[T]) -> T:
        return cast(T, parse(await self.send(spec), cast_to))

    async def request_json(self, spec: RequestSpec) -> Any:
        return json_or_bytes(await self.send(spec))

    async def request_bytes(self, spec: RequestSpec) -> bytes:
        return (await self.send(spec)).content

    async def close(self) -> None:
        if self._owns_http:
            await self._http.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()
