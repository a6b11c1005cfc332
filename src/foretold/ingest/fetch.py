"""Download a page over HTTP(S) with a time limit, a size cap and redirects."""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from foretold.errors import IngestError
from foretold.ingest.options import ReadOptions, describe_size

MAX_REDIRECTS = 10
_ACCEPT = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


@dataclass(frozen=True, slots=True)
class Fetched:
    """What a URL returned: the final address after redirects, its bytes and content type."""

    url: str
    content: bytes
    content_type: str | None = None
    charset: str | None = None


def is_url(text: str) -> bool:
    return text.lower().startswith(("http://", "https://"))


def fetch(url: str, options: ReadOptions, *, client: httpx.Client | None = None) -> Fetched:
    """GET ``url``; raise `IngestError` naming the URL and the reason when that fails."""
    own = client is None
    client = client or make_client(options)
    try:
        with client.stream("GET", url) as response:
            if response.status_code >= 400:
                reason = response.reason_phrase or "error"
                raise IngestError(url, f"HTTP {response.status_code} {reason}")
            length = response.headers.get("content-length", "")
            if length.isdigit() and int(length) > options.max_bytes:
                raise IngestError(url, _too_large(int(length), options.max_bytes))
            chunks: list[bytes] = []
            size = 0
            for chunk in response.iter_bytes():
                size += len(chunk)
                if size > options.max_bytes:
                    raise IngestError(url, _too_large(size, options.max_bytes, more=True))
                chunks.append(chunk)
            content_type = response.headers.get("content-type")
            return Fetched(
                url=str(response.url),
                content=b"".join(chunks),
                content_type=content_type.split(";")[0].strip().lower() if content_type else None,
                charset=response.charset_encoding,
            )
    except httpx.TimeoutException:
        raise IngestError(url, f"timed out after {options.timeout:g} s") from None
    except httpx.TooManyRedirects:
        raise IngestError(url, f"more than {MAX_REDIRECTS} redirects") from None
    except httpx.ConnectError as error:
        detail = _first_line(error) or "connection failed"
        raise IngestError(url, f"unreachable ({detail})") from None
    except (httpx.InvalidURL, httpx.UnsupportedProtocol) as error:
        raise IngestError(url, f"invalid URL ({_first_line(error)})") from None
    except httpx.HTTPError as error:
        detail = f"{type(error).__name__}: {_first_line(error)}"
        raise IngestError(url, f"download failed ({detail})") from None
    finally:
        if own:
            client.close()


def make_client(options: ReadOptions) -> httpx.Client:
    """An HTTP client with the options' user agent and time limit, following redirects."""
    return httpx.Client(
        follow_redirects=True,
        max_redirects=MAX_REDIRECTS,
        timeout=httpx.Timeout(options.timeout),
        headers={"User-Agent": options.user_agent, "Accept": _ACCEPT},
    )


def _too_large(size: int, cap: int, *, more: bool = False) -> str:
    over = "over " if more else ""
    return f"response too large ({over}{describe_size(size)}; the limit is {describe_size(cap)})"


def _first_line(error: Exception) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else ""
