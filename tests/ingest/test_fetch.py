"""URLs over real HTTP: a local server in a thread serves pages, redirects, slow, huge replies."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from foretold.ingest import ReadFailure, ReadOptions, read_inputs
from foretold.records import Article

DATA = Path(__file__).resolve().parents[1] / "data" / "ingest"
FEED_HOST = "https://www.rivertonledger.example"


class _Handler(BaseHTTPRequestHandler):
    user_agents: list[str] = []

    def log_message(self, format: str, *args: object) -> None:  # keep test output quiet
        pass

    def _send(
        self, status: int, body: bytes, content_type: str = "text/html; charset=utf-8"
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        _Handler.user_agents.append(self.headers.get("User-Agent", ""))
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        if self.path == "/2023/03/14/council-approves-flood-wall":
            self._send(200, (DATA / "ledger_council.html").read_bytes())
        elif self.path == "/flood-wall":
            self.send_response(301)
            self.send_header("Location", "/2023/03/14/council-approves-flood-wall")
            self.send_header("Content-Length", "0")
            self.end_headers()
        elif self.path == "/feeds/news.rss":
            feed = (DATA / "news.rss").read_text(encoding="utf-8").replace(FEED_HOST, base)
            self._send(200, feed.encode(), "application/rss+xml")
        elif self.path == "/2023/03/10/bridge-repairs-delayed":
            self._send(200, (DATA / "wikinews_seaeye.html").read_bytes())
        elif self.path == "/slow":
            time.sleep(1.5)
            self._send(200, b"<html><body><p>late</p></body></html>")
        elif self.path == "/huge":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.end_headers()  # no Content-Length: the cap must stop the download itself
            chunk = b"<p>" + b"word " * 2000 + b"</p>\n"
            try:
                for _ in range(100):
                    self.wfile.write(chunk)
            except (BrokenPipeError, ConnectionResetError):
                pass
        elif self.path == "/story.txt":
            body = "Story\n\nThe river rose by two metres overnight, the city said on Monday."
            self._send(200, body.encode("cp1252"), "text/plain")
        else:
            self._send(404, b"<html><body>Not found</body></html>")


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_page_is_downloaded_and_read_as_html_with_the_user_agent(server: str) -> None:
    options = ReadOptions(user_agent="foretold-test/1.0")
    (article,) = read_inputs([f"{server}/2023/03/14/council-approves-flood-wall"], options)
    assert isinstance(article, Article)
    assert article.agency == "AFP"
    assert article.url == f"{server}/2023/03/14/council-approves-flood-wall"
    assert article.canonical_url.startswith("https://www.rivertonledger.example/")
    assert "foretold-test/1.0" in _Handler.user_agents


def test_redirect_is_followed_and_the_final_url_kept(server: str) -> None:
    (article,) = read_inputs([f"{server}/flood-wall"])
    assert isinstance(article, Article)
    assert article.url == f"{server}/2023/03/14/council-approves-flood-wall"
    assert article.source == f"{server}/flood-wall"


def test_slow_server_times_out(server: str) -> None:
    (failure,) = read_inputs([f"{server}/slow"], ReadOptions(timeout=0.3))
    assert isinstance(failure, ReadFailure)
    assert str(failure) == f"{server}/slow: timed out after 0.3 s"


def test_unreachable_host_fails_with_a_reason() -> None:
    (failure,) = read_inputs(["http://127.0.0.1:9/"], ReadOptions(timeout=2))
    assert isinstance(failure, ReadFailure)
    assert failure.source == "http://127.0.0.1:9/"
    assert failure.reason.startswith("unreachable")


def test_oversize_response_is_cut_off(server: str) -> None:
    (failure,) = read_inputs([f"{server}/huge"], ReadOptions(max_bytes=100_000))
    assert isinstance(failure, ReadFailure)
    assert failure.reason.startswith("response too large")
    assert "the limit is 100000 bytes" in failure.reason


def test_http_error_status_fails(server: str) -> None:
    (failure,) = read_inputs([f"{server}/missing"])
    assert str(failure) == f"{server}/missing: HTTP 404 Not Found"


def test_plain_text_url_is_decoded_from_cp1252(server: str) -> None:
    (article,) = read_inputs([f"{server}/story.txt"])
    assert isinstance(article, Article)
    assert article.url == f"{server}/story.txt"
    assert article.text.startswith("The river rose by two metres")


def test_feed_with_fetch_downloads_linked_pages_and_reports_missing_ones(server: str) -> None:
    results = list(read_inputs([f"{server}/feeds/news.rss"], ReadOptions(fetch=True)))
    kinds = [type(r).__name__ for r in results]
    assert kinds == ["Article", "Article", "ReadFailure"]
    council, bridge, missing = results
    assert council.agency == "AFP"  # read from the downloaded page's byline
    assert council.captions and council.captions[0].credit == "Maria Lopez / The Riverton Ledger"
    assert council.title == "Riverton council approves flood wall despite cost fears"
    assert bridge.title == "Bridge repairs delayed until autumn"  # the entry's title wins
    assert bridge.text.startswith("German migrant marine rescue charity")
    assert "entry 3" in missing.source and missing.reason.startswith("HTTP 404")
