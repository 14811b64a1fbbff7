// `aiohttp` on the simulated web (world.h): ClientSession, get/post/..., ClientResponse,
// ClientTimeout and aiohttp's exception classes, as Python run at first import (world_io.cpp
// registers it). Class names, modules, messages and str() follow aiohttp 3.10+'s
// client_exceptions.py and client_reqrep.py, so a student sees what real aiohttp would show.
//
// Timing: awaiting a request takes the URL's latency (the response headers arrive then); reading
// the body takes len(body) / bandwidth more when the world gives a bandwidth, else nothing. A
// ClientTimeout(total=T) ends the request with asyncio.TimeoutError when the answer would come
// later than T seconds after the request started, as aiohttp's total timeout does. The outcome
// of a request is known from the world when it starts, so each wait is one simulated I/O
// operation (_world.io_wait): the trace shows it and the task wakes with cause "io".

namespace ls {

extern const char* const kAiohttpPrelude;
const char* const kAiohttpPrelude = R"PY(
import asyncio
import _world


# ---- exceptions (aiohttp.client_exceptions) -------------------------------------------

class ClientError(Exception):
    pass


class ClientResponseError(ClientError):
    def __init__(self, request_info, history, *, code=None, status=None, message='', headers=None):
        self.request_info = request_info
        if status is not None:
            self.status = status
        elif code is not None:
            self.status = code
        else:
            self.status = 0
        self.message = message
        self.headers = headers
        self.history = history
        self.args = (request_info, history)

    def __str__(self):
        return '{}, message={!r}, url={!r}'.format(self.status, self.message, str(self.request_info.real_url))

    def __repr__(self):
        args = f'{self.request_info!r}, {self.history!r}'
        if self.status != 0:
            args += f', status={self.status!r}'
        if self.message != '':
            args += f', message={self.message!r}'
        if self.headers is not None:
            args += f', headers={self.headers!r}'
        return f'{type(self).__name__}({args})'


class ContentTypeError(ClientResponseError):
    pass


class ClientConnectionError(ClientError):
    pass


class ClientConnectionResetError(ClientConnectionError, ConnectionResetError):
    pass


class ClientOSError(ClientConnectionError, OSError):
    pass


class ClientConnectorError(ClientOSError):
    def __init__(self, connection_key, os_error):
        self._conn_key = connection_key
        self._os_error = os_error
        super().__init__(os_error.errno, os_error.strerror)
        self.args = (connection_key, os_error)

    @property
    def os_error(self):
        return self._os_error

    @property
    def host(self):
        return self._conn_key.host

    @property
    def port(self):
        return self._conn_key.port

    @property
    def ssl(self):
        return self._conn_key.ssl

    def __str__(self):
        return 'Cannot connect to host {0.host}:{0.port} ssl:{1} [{2}]'.format(
            self, 'default' if self.ssl is True else self.ssl, self.strerror)


class ClientConnectorDNSError(ClientConnectorError):
    pass


class ServerConnectionError(ClientConnectionError):
    pass


class ServerDisconnectedError(ServerConnectionError):
    def __init__(self, message=None):
        if message is None:
            message = 'Server disconnected'
        self.args = (message,)
        self.message = message


class ServerTimeoutError(ServerConnectionError, asyncio.TimeoutError):
    pass


class ConnectionTimeoutError(ServerTimeoutError):
    pass


class SocketTimeoutError(ServerTimeoutError):
    pass


class ClientPayloadError(ClientError):
    pass


class InvalidURL(ClientError, ValueError):
    def __init__(self, url, description=None):
        self._url = url
        self._description = description
        if description:
            super().__init__(url, description)
        else:
            super().__init__(url)

    @property
    def url(self):
        return self._url

    @property
    def description(self):
        return self._description

    def __repr__(self):
        return f'<{self.__class__.__name__} {self}>'

    def __str__(self):
        if self._description:
            return f'{self._url} - {self._description}'
        return str(self._url)


class InvalidUrlClientError(InvalidURL):
    pass


class NonHttpUrlClientError(ClientError):
    pass


for _cls in (ClientError, ClientResponseError, ContentTypeError, ClientConnectionError, ClientConnectionResetError,
             ClientOSError, ClientConnectorError, ClientConnectorDNSError, ServerConnectionError,
             ServerDisconnectedError, ServerTimeoutError, ConnectionTimeoutError, SocketTimeoutError,
             ClientPayloadError, InvalidURL, InvalidUrlClientError, NonHttpUrlClientError):
    _cls.__module__ = 'aiohttp.client_exceptions'


# ---- URL (yarl), headers (multidict), timeouts -----------------------------------------

class URL:
    def __init__(self, val):
        self._val = str(val)
        rest = self._val
        self.scheme = ''
        if '://' in rest:
            self.scheme, rest = rest.split('://', 1)
            self.scheme = self.scheme.lower()
        authority = rest
        self.path = '/'
        self.query_string = ''
        for i, c in enumerate(rest):
            if c in '/?#':
                authority = rest[:i]
                tail = rest[i:].split('#', 1)[0]
                if '?' in tail:
                    tail, self.query_string = tail.split('?', 1)
                self.path = tail or '/'
                break
        self.port = {'http': 80, 'https': 443}.get(self.scheme)
        host = authority.rsplit('@', 1)[-1]
        if ':' in host:
            host, port = host.rsplit(':', 1)
            if port.isdigit():
                self.port = int(port)
        self.host = host.lower() if host else None
        self.raw_host = self.host

    @property
    def name(self):
        return self.path.rsplit('/', 1)[-1]

    def human_repr(self):
        return self._val

    def __str__(self):
        return self._val

    def __repr__(self):
        return f"URL('{self._val}')"

    def __eq__(self, other):
        return isinstance(other, URL) and self._val == other._val

    def __hash__(self):
        return hash(self._val)


URL.__module__ = 'yarl'


class CIMultiDictProxy:
    # Response headers: case-insensitive names, several values per name allowed, in order.
    def __init__(self, items=()):
        self._items = list(items)

    def getall(self, key, *default):
        k = key.lower()
        found = [v for name, v in self._items if name.lower() == k]
        if found:
            return found
        if default:
            return default[0]
        raise KeyError(key)

    def getone(self, key, *default):
        k = key.lower()
        for name, v in self._items:
            if name.lower() == k:
                return v
        if default:
            return default[0]
        raise KeyError(key)

    def __getitem__(self, key):
        return self.getone(key)

    def get(self, key, default=None):
        return self.getone(key, default)

    def __contains__(self, key):
        k = key.lower()
        for name, v in self._items:
            if name.lower() == k:
                return True
        return False

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter([name for name, v in self._items])

    def keys(self):
        return [name for name, v in self._items]

    def values(self):
        return [v for name, v in self._items]

    def items(self):
        return list(self._items)

    def __repr__(self):
        body = ', '.join(f"'{k}': {v!r}" for k, v in self._items)
        return f'<{self.__class__.__name__}({body})>'


CIMultiDictProxy.__module__ = 'multidict'


class ClientTimeout:
    def __init__(self, total=None, connect=None, sock_read=None, sock_connect=None, ceil_threshold=5):
        self.total = total
        self.connect = connect
        self.sock_read = sock_read
        self.sock_connect = sock_connect
        self.ceil_threshold = ceil_threshold

    def __repr__(self):
        return (f'ClientTimeout(total={self.total!r}, connect={self.connect!r}, sock_read={self.sock_read!r}, '
                f'sock_connect={self.sock_connect!r}, ceil_threshold={self.ceil_threshold!r})')

    def __eq__(self, other):
        return (isinstance(other, ClientTimeout) and self.total == other.total and self.connect == other.connect
                and self.sock_read == other.sock_read and self.sock_connect == other.sock_connect)


DEFAULT_TIMEOUT = ClientTimeout(total=5 * 60, sock_connect=30)


class _ConnectionKey:
    def __init__(self, host, port, is_ssl):
        self.host = host
        self.port = port
        self.is_ssl = is_ssl
        self.ssl = True

    def __repr__(self):
        return (f'ConnectionKey(host={self.host!r}, port={self.port!r}, is_ssl={self.is_ssl!r}, ssl=True, '
                f'proxy=None, proxy_auth=None, proxy_headers_hash=None)')


class RequestInfo:
    def __init__(self, url, method, headers, real_url):
        self.url = url
        self.method = method
        self.headers = headers
        self.real_url = real_url

    def __repr__(self):
        return f'RequestInfo(url={self.url!r}, method={self.method!r}, headers={self.headers!r}, real_url={self.real_url!r})'


class TCPConnector:
    # Accepted so that programs written for aiohttp run; the simulated web does not limit
    # connections (engine/WORLD.md).
    def __init__(self, *, limit=100, limit_per_host=0, ssl=True, **kwargs):
        self.limit = limit
        self.limit_per_host = limit_per_host
        self.closed = False

    async def close(self):
        self.closed = True


# ---- the response -----------------------------------------------------------------------

def _is_json(content_type):
    mimetype = content_type.split(';', 1)[0].strip()
    if not mimetype.startswith('application/'):
        return False
    sub = mimetype[len('application/'):]
    return sub.startswith('json') or '+json' in sub


class ClientResponse:
    def __init__(self, method, url, status, reason, headers, raw_body, body_time, deadline, request_info):
        self.method = method
        self.url = url
        self.real_url = url
        self.status = status
        self.reason = reason
        self.headers = headers
        self.request_info = request_info
        self.history = ()
        self._raw_body = raw_body
        self._body_time = body_time
        self._deadline = deadline
        self._body = None
        self._released = False
        self._closed = False

    @property
    def ok(self):
        return self.status < 400

    @property
    def content_type(self):
        return self.headers.get('Content-Type', 'application/octet-stream').split(';', 1)[0].strip().lower()

    @property
    def charset(self):
        for part in self.headers.get('Content-Type', '').split(';')[1:]:
            name, _, value = part.strip().partition('=')
            if name.strip().lower() == 'charset':
                return value.strip().strip('"').lower()
        return None

    @property
    def content_length(self):
        value = self.headers.get('Content-Length')
        return int(value) if value is not None else None

    @property
    def closed(self):
        return self._closed

    def get_encoding(self):
        return self.charset or 'utf-8'

    async def read(self):
        if self._body is None:
            if self._released:
                raise ClientConnectionError('Connection closed')
            self._body = await self._receive_body()
        return self._body

    async def _receive_body(self):
        # The body streams in at the server's bandwidth; the total timeout still runs.
        if self._body_time <= 0:
            return self._raw_body
        loop = asyncio.get_running_loop()
        now = loop.time()
        detail = f'body of {self.method} {self.url}'
        if self._deadline is not None and now + self._body_time > self._deadline:
            return await _world.io_wait(max(0.0, self._deadline - now), detail, None, asyncio.TimeoutError())
        return await _world.io_wait(self._body_time, detail, self._raw_body)

    async def text(self, encoding=None, errors='strict'):
        body = await self.read()
        if encoding is None:
            encoding = self.get_encoding()
        return body.decode(encoding, errors)

    async def json(self, *, encoding=None, loads=None, content_type='application/json'):
        body = await self.read()
        if content_type:
            ctype = self.headers.get('Content-Type', '').lower()
            if not (_is_json(ctype) if content_type == 'application/json' else content_type in ctype):
                raise ContentTypeError(self.request_info, self.history, status=self.status,
                                       message='Attempt to decode JSON with unexpected mimetype: %s' % ctype,
                                       headers=self.headers)
        if encoding is None:
            encoding = self.get_encoding()
        text = body.decode(encoding).strip()
        if not text:
            return None
        if loads is None:
            return _world.json_loads(text)
        return loads(text)

    def raise_for_status(self):
        if not self.ok:
            self.release()
            raise ClientResponseError(self.request_info, self.history, status=self.status, message=self.reason,
                                      headers=self.headers)

    def release(self):
        self._released = True

    def close(self):
        self._released = True
        self._closed = True

    async def wait_for_close(self):
        self.release()

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        self.release()

    def __repr__(self):
        reason = self.reason if self.reason else 'None'
        return f'<ClientResponse({self.url}) [{self.status} {reason}]>\n{self.headers!r}\n'


# ---- the session -----------------------------------------------------------------------

_SENTINEL = object()


def _quote(text, safe):
    out = []
    for b in str(text).encode('utf-8'):
        c = chr(b)
        if c.isalnum() and b < 128 or c in safe:
            out.append(c)
        elif c == ' ':
            out.append('+')
        else:
            out.append('%%%02X' % b)
    return ''.join(out)


class _RequestContextManager:
    # What session.get() returns: awaited, or used with `async with`; the request starts then.
    def __init__(self, start):
        self._start = start
        self._resp = None

    def __await__(self):
        return self._start().__await__()

    async def __aenter__(self):
        self._resp = await self._start()
        return self._resp

    async def __aexit__(self, exc_type, exc, tb):
        self._resp.release()


class ClientSession:
    def __init__(self, base_url=None, *, connector=None, cookies=None, headers=None, timeout=_SENTINEL,
                 raise_for_status=False, **kwargs):
        self._base_url = URL(base_url) if base_url is not None else None
        self._connector = connector
        self._default_headers = dict(headers) if headers else {}
        self._timeout = DEFAULT_TIMEOUT if timeout is _SENTINEL else timeout
        self._raise_for_status = raise_for_status
        self._closed = False

    @property
    def closed(self):
        return self._closed

    @property
    def timeout(self):
        return self._timeout

    @property
    def connector(self):
        return self._connector

    def _build_url(self, str_or_url, params):
        text = str(str_or_url)
        if self._base_url is not None and '://' not in text:
            base = str(self._base_url)
            text = base.rstrip('/') + '/' + text.lstrip('/')
        if params:
            pairs = params.items() if hasattr(params, 'items') else params
            query = '&'.join(_quote(k, '-_.~') + '=' + _quote(v, '-_.~') for k, v in pairs)
            text += ('&' if '?' in text else '?') + query
        return text

    def _start(self, method, str_or_url, params, timeout, raise_for_status):
        if self._closed:
            raise RuntimeError('Session is closed')
        text = self._build_url(str_or_url, params)
        url = URL(text)
        if url.scheme not in ('http', 'https'):
            raise NonHttpUrlClientError(url)
        answer = _world.http(method, text)
        if answer[0] == 'invalid_url':
            raise InvalidUrlClientError(url)
        failure, latency, status, reason, headers, body, body_time, scheme, host, port, ip, full = answer
        if method == 'HEAD':
            body = b''
            body_time = 0
        if timeout is _SENTINEL:
            timeout = self._timeout
        if timeout is None:
            timeout = ClientTimeout()
        total = timeout if isinstance(timeout, (int, float)) else timeout.total
        loop = asyncio.get_running_loop()
        now = loop.time()
        deadline = now + total if total else None
        detail = f'{method} {url}'
        key = _ConnectionKey(host, port, scheme == 'https')
        result = None
        exc = None
        if failure == 'dns_failure':
            exc = ClientConnectorDNSError(key, OSError(-2, 'Name or service not known'))
        elif failure == 'connection_refused':
            exc = ClientConnectorError(key, ConnectionRefusedError(111, f"Connect call failed ('{ip}', {port})"))
        elif failure == 'server_disconnected':
            exc = ServerDisconnectedError()
        elif failure == 'no_response':
            latency = None
        else:
            hdrs = CIMultiDictProxy(headers)
            info = RequestInfo(url, method, CIMultiDictProxy(), url)
            result = ClientResponse(method, url, status, reason, hdrs, body, body_time, deadline, info)
            if status >= 400 and (raise_for_status if raise_for_status is not None else self._raise_for_status):
                exc = ClientResponseError(info, (), status=status, message=reason, headers=hdrs)
                result = None
        if deadline is not None and (latency is None or now + latency > deadline):
            return _world.io_wait(deadline - now, detail, None, asyncio.TimeoutError())
        if latency is None:
            # The server never answers and nothing limits the wait.
            return loop.create_future()
        return _world.io_wait(latency, detail, result, exc)

    def request(self, method, url, *, params=None, data=None, json=None, headers=None, timeout=_SENTINEL,
                raise_for_status=None, allow_redirects=True, **kwargs):
        method = method.upper()
        return _RequestContextManager(lambda: self._start(method, url, params, timeout, raise_for_status))

    def get(self, url, **kwargs):
        return self.request('GET', url, **kwargs)

    def post(self, url, **kwargs):
        return self.request('POST', url, **kwargs)

    def put(self, url, **kwargs):
        return self.request('PUT', url, **kwargs)

    def patch(self, url, **kwargs):
        return self.request('PATCH', url, **kwargs)

    def delete(self, url, **kwargs):
        return self.request('DELETE', url, **kwargs)

    def head(self, url, **kwargs):
        return self.request('HEAD', url, **kwargs)

    def options(self, url, **kwargs):
        return self.request('OPTIONS', url, **kwargs)

    async def close(self):
        self._closed = True

    def __enter__(self):
        raise TypeError('Use async with instead')

    def __exit__(self, exc_type, exc, tb):
        pass

    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await self.close()


for _cls in (ClientSession, ClientTimeout, TCPConnector):
    _cls.__module__ = 'aiohttp'
ClientResponse.__module__ = 'aiohttp.client_reqrep'
RequestInfo.__module__ = 'aiohttp.client_reqrep'
)PY";

}  // namespace ls
