"""CPython stand-in for the part of aiohttp the lessons use, answering from Loopscope's
simulated world instead of the network.

The world is the JSON file named by the LOOPSCOPE_WORLD environment variable (as
verify_with_cpython.py writes it from the lesson's `world:`); its meaning is engine/WORLD.md's.
A request waits the URL's `latency` with asyncio.sleep and answers with its status and body.
Only what lessons use is here: ClientSession (as a context manager), get/post, the response's
status, reason, text(), json(), read(), ClientTimeout(total=...) and the connector errors.
"""

import asyncio
import json
import os
from urllib.parse import urlsplit

_HTTP_REASONS = {200: "OK", 201: "Created", 403: "Forbidden", 404: "Not Found",
                 500: "Internal Server Error"}


def _world():
    path = os.environ.get("LOOPSCOPE_WORLD")
    if not path:
        return {}
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def _normalise(url):
    parts = urlsplit(url)
    port = f":{parts.port}" if parts.port and parts.port not in (80, 443) else ""
    path = parts.path or "/"
    query = f"?{parts.query}" if parts.query else ""
    return f"{parts.scheme.lower()}://{(parts.hostname or '').lower()}{port}{path}{query}"


class ClientError(Exception):
    pass


class ClientConnectorError(ClientError):
    pass


class ClientConnectorDNSError(ClientConnectorError):
    pass


class ServerDisconnectedError(ClientError):
    def __init__(self, message="Server disconnected"):
        super().__init__(message)


class ClientTimeout:
    def __init__(self, total=None, connect=None, sock_read=None, sock_connect=None):
        self.total = total


class ClientResponse:
    def __init__(self, url, status, reason, body):
        self.url = url
        self.status = status
        self.reason = reason
        self._body = body

    async def text(self):
        return self._body

    async def read(self):
        return self._body.encode("utf-8")

    async def json(self):
        return json.loads(self._body)

    def release(self):
        pass


class _Request:
    """What session.get() returns: awaitable, and an async context manager."""

    def __init__(self, session, method, url, timeout):
        self._session, self._method, self._url, self._timeout = session, method, url, timeout

    def __await__(self):
        return self._send().__await__()

    async def __aenter__(self):
        return await self._send()

    async def __aexit__(self, *exc):
        return False

    async def _send(self):
        timeout = self._timeout or self._session.timeout
        total = timeout.total if timeout else None
        if total is None:
            return await self._answer()
        return await asyncio.wait_for(self._answer(), total)

    async def _answer(self):
        world = self._session.world
        network = world.get("network", {})
        urls = {_normalise(u): answer for u, answer in world.get("urls", {}).items()}
        answer = urls.get(_normalise(self._url))
        if answer is None:
            await asyncio.sleep(network.get("latency", 0.1))
            host = urlsplit(self._url).hostname
            if all(urlsplit(u).hostname != host for u in urls):
                raise ClientConnectorDNSError(
                    f"Cannot connect to host {host}:80 ssl:default [Name or service not known]")
            return ClientResponse(self._url, 404, "Not Found", "404: Not Found")
        if isinstance(answer, str):
            answer = {"body": answer}
        answer = dict(answer, **answer.get("methods", {}).get(self._method, {}))
        await asyncio.sleep(answer.get("latency", network.get("latency", 0.1)))
        if answer.get("error") == "server_disconnected":
            raise ServerDisconnectedError()
        if answer.get("error"):
            raise ClientConnectorError(f"Cannot connect to host {urlsplit(self._url).hostname}")
        body = json.dumps(answer["json"]) if "json" in answer else answer.get("body", "")
        status = answer.get("status", 200)
        return ClientResponse(self._url, status, answer.get("reason", _HTTP_REASONS.get(status, "")), body)


class ClientSession:
    def __init__(self, timeout=None, **ignored):
        self.timeout = timeout
        self.world = _world()

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return False

    def get(self, url, timeout=None, **ignored):
        return _Request(self, "GET", url, timeout)

    def post(self, url, timeout=None, **ignored):
        return _Request(self, "POST", url, timeout)

    async def close(self):
        pass
