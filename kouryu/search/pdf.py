"""Text from PDF attachments (research reports), for the search index."""

import hashlib
import io
import logging
import os
from pathlib import Path
from typing import IO

from django.core.cache import cache
from pypdf import PdfReader
from pypdf.errors import PyPdfError

from kouryu.search.models import BODY_MAX_CHARS

logger = logging.getLogger(__name__)

MAX_PAGES = 300
CACHE_SECONDS = 60 * 60 * 24


def pdf_text(
    source: str | os.PathLike | bytes | IO[bytes],
    *,
    max_pages: int = MAX_PAGES,
    max_chars: int = BODY_MAX_CHARS,
) -> str:
    """The text of a PDF, page by page, up to ``max_pages`` pages and ``max_chars`` characters.

    ``source`` is a path, the file's bytes or an open binary file (a Wagtail document's
    ``file``). A damaged or password-protected PDF gives "" and a logged warning: a bad
    attachment must not stop its report from being published.
    """
    try:
        if isinstance(source, bytes):
            source = io.BytesIO(source)
        elif isinstance(source, str | os.PathLike):
            source = Path(source)
        reader = PdfReader(source)
        if reader.is_encrypted and not reader.decrypt(""):
            logger.warning("PDF is password-protected; its text is not indexed")
            return ""
        texts, length = [], 0
        for page in reader.pages[:max_pages]:
            text = page.extract_text() or ""
            texts.append(text)
            length += len(text)
            if length >= max_chars:
                break
        return "\n".join(texts)[:max_chars]
    except (PyPdfError, OSError, ValueError, KeyError, TypeError) as error:
        logger.warning("could not read text from a PDF: %s", error)
        return ""


def document_text(document, *, max_chars: int = BODY_MAX_CHARS) -> str:
    """The text of a Wagtail document when it is a PDF or plain text; "" otherwise.

    Cached by the file's hash, so that saving a report again does not read its PDFs again.
    """
    name = (document.file.name or "").lower()
    if not name.endswith((".pdf", ".txt", ".csv")):
        return ""
    version = f"{document.pk}:{getattr(document, 'file_hash', '')}:{name}:{max_chars}"
    key = "kouryu-search:text:" + hashlib.sha256(version.encode()).hexdigest()
    text = cache.get(key)
    if text is None:
        try:
            with document.file.open("rb") as handle:
                if name.endswith(".pdf"):
                    text = pdf_text(handle, max_chars=max_chars)
                else:
                    raw = handle.read(max_chars * 4)
                    text = raw.decode("utf-8", errors="replace")[:max_chars]
        except OSError as error:
            logger.warning("could not open document %s: %s", document.pk, error)
            return ""
        cache.set(key, text, CACHE_SECONDS)
    return text
