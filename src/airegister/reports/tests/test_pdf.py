"""The PDF renderer never fetches what a page names: an image or stylesheet in user Markdown cannot make the
server send a request (checked against a real HTTP server on loopback that records every request)."""

import http.server
import io
import threading

from pypdf import PdfReader

from ..pdf import html_to_pdf


def test_nothing_named_by_the_page_is_fetched():
    requests = []

    class Recorder(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            requests.append(self.path)
            self.send_response(404)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        base = f"http://127.0.0.1:{server.server_port}"
        pdf = html_to_pdf(
            f'<html><head><link rel="stylesheet" href="{base}/a.css"></head><body><p>Dossier text</p>'
            f'<img src="{base}/tracker.png"><a href="{base}/link">a link</a></body></html>'
        )
    finally:
        server.shutdown()
        server.server_close()
    assert requests == []
    assert "Dossier text" in PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
