"""Fetch a URL: never raises for network trouble, only ``Bad(E111/E108)``."""
from __future__ import annotations

import http.client
import socket
import urllib.error
import urllib.request
from dataclasses import dataclass

from jirga import errors
from jirga.ingest.record import Bad

USER_AGENT = "jirga/0.1"
ACCEPT = ("application/rss+xml, application/atom+xml, application/xml;q=0.9, "
          "text/html;q=0.9, text/plain;q=0.8, */*;q=0.5")


@dataclass(slots=True)
class Response:
    url: str            # final URL after redirects
    content_type: str   # e.g. "text/html; charset=utf-8" ("" if not given)
    body: bytes


def is_url(source: str) -> bool:
    return source.lower().startswith(("http://", "https://"))


def fetch(url: str, settings: dict) -> Response:
    """GET ``url`` with the configured timeout and a size cap of ``max_bytes``."""
    timeout = float(settings.get("http_timeout", 20.0))
    limit = int(settings.get("max_bytes", 5_000_000))
    try:
        req = urllib.request.Request(url, headers={"User-Agent": USER_AGENT, "Accept": ACCEPT})
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            length = resp.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > limit:
                raise Bad(errors.TOO_LARGE, f"page is {int(length):,} bytes, more than max_bytes={limit:,}; "
                                            "raise max_bytes or skip it")
            body = resp.read(limit + 1)
            if len(body) > limit:
                raise Bad(errors.TOO_LARGE, f"page is larger than max_bytes={limit:,}; raise max_bytes or skip it")
            return Response(resp.geturl(), resp.headers.get("Content-Type", "") or "", body)
    except Bad:
        raise
    except urllib.error.HTTPError as exc:
        raise Bad(errors.HTTP_FAILED, f"HTTP fetch failed: server answered {exc.code} {exc.reason}; "
                                      "check the URL or try later") from None
    except urllib.error.URLError as exc:
        reason = exc.reason
        if isinstance(reason, (socket.timeout, TimeoutError)):
            raise Bad(errors.HTTP_FAILED, f"HTTP fetch failed: no answer within {timeout:g} s; "
                                          "try later or raise http_timeout") from None
        raise Bad(errors.HTTP_FAILED, f"HTTP fetch failed: {reason}; check the URL and the network") from None
    except (socket.timeout, TimeoutError):
        raise Bad(errors.HTTP_FAILED, f"HTTP fetch failed: no answer within {timeout:g} s; "
                                      "try later or raise http_timeout") from None
    except (http.client.HTTPException, OSError, ValueError) as exc:
        raise Bad(errors.HTTP_FAILED, f"HTTP fetch failed: {type(exc).__name__}: {exc}; "
                                      "check the URL and the network") from None
