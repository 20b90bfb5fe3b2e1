"""A real HTTP server on 127.0.0.1 for the tests that fetch: pages, redirects, a GBK page, a
404, a slow answer and an oversized one. It runs in a thread for the whole session."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

PAGES = Path(__file__).resolve().parents[1] / "data" / "html"
STORY = "记者李明报道，市政府今天发布新规，要求各单位在年底前完成整改工作，并向社会公开进展情况。"
GBK_PAGE = (f"<html><head><meta charset='gbk'><title>新规发布-某某网</title></head><body><article>"
            f"<h1>新规发布</h1><p>{STORY}</p><p>{STORY}</p></article></body></html>")
SLOW_SECONDS = 3.0


FULL_STORY = "".join(f"<p>{STORY}第{n}段。</p>" for n in range(1, 7))
HOSTILE_TITLE = "[bold red]标题\x1b[31m红字"


def rss_feed(base: str) -> str:
    """A feed of four stories: its own full text (dated 07:48 Beijing time on the 10th), a link
    to a page, a link that fails, and a title with markup and an escape code in it."""
    return f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
<title>测试新闻</title><link>{base}/</link><description>本地测试源</description>
<item><title>新规全文</title><link>{base}/story-1</link><pubDate>Tue, 10 Dec 2019 07:48:00 +0800</pubDate>
<content:encoded><![CDATA[{FULL_STORY}]]></content:encoded></item>
<item><title>法国罢工</title><link>{base}/xinhua.html</link><pubDate>Tue, 10 Dec 2019 07:57:40 +0800</pubDate></item>
<item><title>失效链接</title><link>{base}/gone.html</link></item>
<item><title>{HOSTILE_TITLE}</title><link>{base}/story-4</link>
<content:encoded><![CDATA[<p>[link=x]点[/link]\x1b]8;;http://x\x07</p>{FULL_STORY.replace("新规", "旧规")}]]></content:encoded></item>
</channel></rss>"""


class _Handler(BaseHTTPRequestHandler):
    routes: dict[str, tuple[int, str, bytes]] = {
        "/xinhua.html": (200, "text/html; charset=utf-8", (PAGES / "xinhuanet_1.html").read_bytes()),
        "/people.html": (200, "text/html; charset=gb2312", (PAGES / "people_1.html").read_bytes()),
        "/gbk.html": (200, "text/html; charset=gbk", GBK_PAGE.encode("gbk")),
        "/plain.txt": (200, "text/plain; charset=utf-8", f"新规发布\n\n{STORY}\n".encode()),
        "/empty.html": (200, "text/html", b"<html><body><nav>\xe9\xa6\x96\xe9\xa1\xb5</nav></body></html>"),
    }

    def do_GET(self) -> None:  # noqa: N802 (the standard library's name)
        base = f"http://127.0.0.1:{self.server.server_address[1]}"
        if self.path == "/feed.xml":
            self._answer(200, "application/rss+xml; charset=utf-8", rss_feed(base).encode())
        elif self.path == "/moved":
            self._answer(301, "text/plain", b"", {"Location": "/xinhua.html"})
        elif self.path == "/loop":
            self._answer(302, "text/plain", b"", {"Location": "/loop"})
        elif self.path == "/slow":
            time.sleep(SLOW_SECONDS)
            self._answer(200, "text/html", b"<html></html>")
        elif self.path == "/huge":
            self._answer(200, "text/html", b"<html>" + b" " * (2 * 1024 * 1024))
        elif self.path in self.routes:
            self._answer(*self.routes[self.path])
        else:
            self._answer(404, "text/plain", b"not found")

    def _answer(self, status: int, content_type: str, body: bytes, headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (size limit, timeout)
            pass

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (the standard library's name)
        pass


@pytest.fixture(scope="session")
def server() -> Iterator[str]:
    """The base address of the test server: ``http://127.0.0.1:PORT``."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def refused() -> str:
    """An address on 127.0.0.1 where nothing listens."""
    import socket

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    return f"http://127.0.0.1:{port}/page.html"
