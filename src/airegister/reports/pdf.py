"""HTML to PDF with xhtml2pdf (pure Python over ReportLab: no system libraries, no network).

Nothing outside the page is ever fetched: the dossier carries its stylesheet inline and has no images, and the
link callback refuses every URL, so a link or an image in user Markdown cannot make the server fetch anything."""

import io

from xhtml2pdf import pisa


class PDFError(Exception):
    pass


def _no_fetch(uri, rel):
    return ""


def html_to_pdf(html: str) -> bytes:
    out = io.BytesIO()
    status = pisa.CreatePDF(html, dest=out, encoding="utf-8", link_callback=_no_fetch)
    if status.err:
        raise PDFError(f"the PDF could not be made ({status.err} errors)")
    return out.getvalue()
