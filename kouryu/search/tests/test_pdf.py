"""Report PDFs: their text is read with pypdf and indexed with the report."""

import logging

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from kouryu.search import registry
from kouryu.search.pdf import document_text, pdf_text
from kouryu.search.registry import Document
from kouryu.search.selectors import search


def make_pdf(latin: str, cjk: str) -> bytes:
    """A one-page PDF: a line of Latin text (Helvetica) and a line of CJK text.

    The CJK line uses a Type0 font whose ToUnicode map gives each glyph code its
    character; no font file is embedded, since only the text is read back.
    """
    codes = {char: index + 1 for index, char in enumerate(dict.fromkeys(cjk))}
    hex_text = "".join(f"{codes[c]:04X}" for c in cjk)
    cmap_lines = "\n".join(f"<{code:04X}> <{ord(char):04X}>" for char, code in codes.items())
    cmap = (
        "/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Test-UCS def /CMapType 2 def\n"
        "1 begincodespacerange <0000> <FFFF> endcodespacerange\n"
        f"{len(codes)} beginbfchar\n{cmap_lines}\nendbfchar\n"
        "endcmap CMapName currentdict /CMap defineresource pop end end"
    )
    content = f"BT /F1 12 Tf 72 720 Td ({latin}) Tj ET\nBT /F2 12 Tf 72 690 Td <{hex_text}> Tj ET"
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        " /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> >>",
        f"<< /Length {len(content.encode())} >>\nstream\n{content}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        "<< /Type /Font /Subtype /Type0 /BaseFont /TestCJK /Encoding /Identity-H"
        " /DescendantFonts [7 0 R] /ToUnicode 8 0 R >>",
        "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /TestCJK"
        " /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >>"
        " /FontDescriptor 9 0 R /DW 1000 >>",
        f"<< /Length {len(cmap.encode())} >>\nstream\n{cmap}\nendstream",
        "<< /Type /FontDescriptor /FontName /TestCJK /Flags 4 /FontBBox [0 0 1000 1000]"
        " /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 80 >>",
    ]
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode()
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{offset:010d} 00000 n \n" for offset in offsets).encode()
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    return bytes(out)


REPORT = make_pdf("Annual report on friendship cities", "日中友好都市の交流報告 神戸")


def test_pdf_text_reads_latin_and_cjk_text():
    text = pdf_text(REPORT)
    assert "Annual report on friendship cities" in text
    assert "日中友好都市の交流報告" in text


def test_pdf_text_stops_at_the_limit():
    assert len(pdf_text(REPORT, max_chars=10)) == 10


def test_a_damaged_pdf_gives_no_text_and_a_warning(caplog):
    with caplog.at_level(logging.WARNING, logger="kouryu.search.pdf"):
        assert pdf_text(b"%PDF-1.7 this is not a PDF") == ""
    assert "could not read" in caplog.text


@pytest.fixture
def reports_indexed(settings, tmp_path):
    """Documents indexed as reports, as a publishing app would register its report PDFs."""
    settings.MEDIA_ROOT = tmp_path
    model = get_document_model()

    def extract(document):
        return Document(
            title=document.title,
            body=document_text(document),
            language="ja",
            kind="test-document",
            url=document.url,
            is_public=True,
        )

    # A kind of its own, so that the demo site's reports do not mix with these results.
    registry.register(model, kind="test-document", extract=extract, label="Test documents")
    yield model
    registry.unregister(model)


@pytest.mark.django_db
def test_a_report_pdf_is_found_by_the_words_inside_it(reports_indexed):
    report = reports_indexed.objects.create(
        title="2019年度調査報告", file=ContentFile(REPORT, name="report-2019.pdf")
    )
    for query in ("友好都市", "神户", "friendship cities", "交流 report"):
        results = search(query, kinds=["test-document"])
        assert [hit.object_id for hit in results.hits] == [str(report.pk)], query
    assert "<mark>友好</mark>" in search("友好", kinds=["test-document"]).hits[0].snippet
    report.delete()
    assert search("友好都市", kinds=["test-document"]).total == 0
