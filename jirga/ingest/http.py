"""Fetch a URL: never raises for network trouble, only ``Bad(E111/E108)``.

``http_timeout`` is a deadline for the whole request: connecting, any redirects
and the whole body. A server that answers one byte at a time, or not at all, is
given up on when it passes: a timer shuts the request's sockets down, which ends
whatever read is waiting. (Name lookup is the system resolver's and is not
covered.) The size cap is enforced while the body streams in.
"""
from __future__ import annotations

import functools
import http.client
import socket
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass

from jirga import errors
from jirga.ingest.detect import SAMPLE, sniff
from jirga.ingest.record import FEED_MAX_BYTES_FACTOR, Bad, byte_limits

USER_AGENT = "jirga/0.1"
ACCEPT = ("application/rss+xml, application/atom+xml, application/xml;q=0.9, "
          "text/html;q=0.9, text/plain;q=0.8, */*;q=0.5")
CHUNK = 1 << 16


@dataclass(slots=True)
class Response:
    url: str            # final URL after redirects
    content_type: str   # e.g. "text/html; charset=utf-8" ("" if not given)
    body: bytes


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def fetch(url: str, settings: dict, feed: bool = False) -> Response:
    """GET ``url`` within ``http_timeout`` seconds in all, at most ``max_bytes`` long;
    with ``feed``, a body that is an RSS or Atom feed may be FEED_MAX_BYTES_FACTOR
    times that (an article linked from a feed is fetched without it)."""
    timeout = float(settings.get("http_timeout", 20.0))
    limit, feed_limit = byte_limits(settings)
    with _Deadline(timeout) as deadline:
        try:
            resp = _get(url, deadline, limit, feed_limit if feed else limit)
        except Bad as bad:
            if deadline.expired and bad.code == errors.HTTP_FAILED:   # cut short by the deadline
                raise _too_slow(timeout) from None
            raise
        except (urllib.error.URLError, http.client.HTTPException, OSError, ValueError) as exc:
            raise _failure(exc, deadline) from None
        if deadline.expired:   # the body was cut short when the time ran out
            raise _too_slow(timeout)
        return resp


def _get(url: str, deadline: _Deadline, limit: int, feed_limit: int) -> Response:
    opener = urllib.request.build_opener(_HTTPHandler(deadline), _HTTPSHandler(deadline))
    req = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": ACCEPT})
    with opener.open(req, timeout=deadline.left()) as resp:
        ctype = resp.headers.get("Content-Type", "") or ""
        body = _read_body(resp, ctype, limit, feed_limit)
        return Response(resp.geturl(), ctype, body)


def _read_body(resp, ctype: str, limit: int, feed_limit: int) -> bytes:
    """The body, in chunks; given up on as soon as it passes its cap, which is
    ``feed_limit`` if its first bytes are a feed, else ``limit``."""
    length = resp.headers.get("Content-Length")
    length = int(length) if length and length.isdigit() else None
    if length is not None and length > feed_limit:
        raise _too_large(limit, feed_limit, length)
    parts = [resp.read(SAMPLE)]
    cap = feed_limit if feed_limit > limit and sniff(parts[0], ctype) == "feed" else limit
    size = len(parts[0])
    if length is not None and length > cap:
        raise _too_large(limit, cap, length)
    while size <= cap:
        chunk = resp.read(min(CHUNK, cap + 1 - size))
        if not chunk:
            break
        parts.append(chunk)
        size += len(chunk)
    if size > cap:
        raise _too_large(limit, cap)
    if length is not None and size < length:
        raise Bad(errors.HTTP_FAILED, f"HTTP fetch failed: the server closed the connection after {size:,} of "
                                      f"{length:,} bytes; try later")
    return b"".join(parts)


def _too_large(limit: int, cap: int, length: int | None = None) -> Bad:
    what = f"is {length:,} bytes," if length is not None else "is"
    if cap > limit:
        return Bad(errors.TOO_LARGE, f"feed {what} larger than {cap:,} bytes ({FEED_MAX_BYTES_FACTOR} × max_bytes); "
                                     "split it or raise max_bytes")
    return Bad(errors.TOO_LARGE, f"page {what} larger than max_bytes={limit:,}; raise max_bytes or skip it")


def _too_slow(timeout: float) -> Bad:
    return Bad(errors.HTTP_FAILED, f"HTTP fetch failed: no complete answer within {timeout:g} s "
                                   "(http_timeout); try later or raise http_timeout")


def _failure(exc: Exception, deadline: _Deadline) -> Bad:
    """The one-line reject reason for a failed request."""
    reason = exc.reason if isinstance(exc, urllib.error.URLError) else exc
    if deadline.expired or isinstance(reason, TimeoutError):
        return _too_slow(deadline.seconds)
    if isinstance(exc, urllib.error.HTTPError):
        exc.close()
        return Bad(errors.HTTP_FAILED, f"HTTP fetch failed: server answered {exc.code} {exc.reason}; "
                                       "check the URL or try later")
    if isinstance(exc, urllib.error.URLError):
        return Bad(errors.HTTP_FAILED, f"HTTP fetch failed: {reason}; check the URL and the network")
    return Bad(errors.HTTP_FAILED, f"HTTP fetch failed: {type(exc).__name__}: {exc}; "
                                   "check the URL and the network")


class _Deadline:
    """The time one request has left. When it is up, the sockets the request opened
    are shut down, which ends a read blocked on a server that drips or never answers."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.end = time.monotonic() + seconds
        self.expired = False
        self._socks: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True

    def __enter__(self) -> _Deadline:
        self._timer.start()
        return self

    def __exit__(self, *exc) -> None:
        self._timer.cancel()

    def left(self) -> float:
        return max(self.end - time.monotonic(), 0.001)

    def watch(self, sock: socket.socket) -> None:
        with self._lock:
            self._socks.append(sock)
            if self.expired:
                _shutdown(sock)

    def _expire(self) -> None:
        with self._lock:
            self.expired = True
            for sock in self._socks:
                _shutdown(sock)


def _shutdown(sock: socket.socket) -> None:
    try:   # the plain socket's shutdown, also for TLS: it only ends the blocked read
        socket.socket.shutdown(sock, socket.SHUT_RDWR)
    except OSError:
        pass


class _DeadlineConnection(http.client.HTTPConnection):
    def __init__(self, *args, deadline: _Deadline, **kwargs):
        super().__init__(*args, **kwargs)
        self.deadline = deadline

    def connect(self):
        self.timeout = self.deadline.left()   # connecting and each read: never past the deadline
        super().connect()
        self.deadline.watch(self.sock)


class _DeadlineHTTPSConnection(_DeadlineConnection, http.client.HTTPSConnection):
    pass


class _HTTPHandler(urllib.request.HTTPHandler):
    def __init__(self, deadline: _Deadline):
        super().__init__()
        self.deadline = deadline

    def http_open(self, req):
        return self.do_open(functools.partial(_DeadlineConnection, deadline=self.deadline), req)


class _HTTPSHandler(urllib.request.HTTPSHandler):
    def __init__(self, deadline: _Deadline):
        super().__init__()
        self.deadline = deadline

    def https_open(self, req):
        return self.do_open(functools.partial(_DeadlineHTTPSConnection, deadline=self.deadline), req,
                            context=self._context)
