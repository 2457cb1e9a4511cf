"""Cells of CSV and Excel exports, written so that a spreadsheet shows them and runs nothing.

A spreadsheet treats a cell that begins with = + - or @ as a formula, and some strip a
leading tab or carriage return first (OWASP: "CSV injection"). A place name or a note that
anyone with write access typed would then run on the machine of whoever opens the export.
Every CSV and Excel export goes through this module, so that each cell is made safe once
and the same way: text that begins with one of those characters gets a single quote in
front, as OWASP recommends; numbers, dates and empty cells are left as they are, so that
-5 stays a number.
"""

import csv
import datetime
import io
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import IO, Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Font

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# Values that a spreadsheet stores as what they are, never as a formula.
PLAIN_TYPES = (int, float, Decimal, datetime.date, datetime.time, datetime.timedelta)
# Excel reads UTF-8 CSV only when the file begins with a byte-order mark.
CSV_BOM = "\ufeff"


def safe_cell(value: Any) -> Any:
    """The value to write into one cell: text that a spreadsheet would run, quoted."""
    if value is None or isinstance(value, PLAIN_TYPES):
        return value
    text = value if isinstance(value, str) else str(value)  # lazy translations, names
    return "'" + text if text.startswith(FORMULA_STARTS) else text


class _Echo:
    """A file-like object whose write() returns what it is given, for csv.writer in a stream."""

    def write(self, value: str) -> str:
        return value


class CsvStreamWriter:
    """A csv.writer (or, with fieldnames, a csv.DictWriter) whose writerow() and
    writeheader() return the line they write, with every cell made safe: the lines can be
    streamed as they come (StreamingHttpResponse) without holding the file in memory."""

    def __init__(self, fieldnames: Sequence[str] | None = None, **fmtparams: Any):
        self.fieldnames = list(fieldnames) if fieldnames is not None else None
        self._writer = csv.writer(_Echo(), **fmtparams)

    def writeheader(self) -> str:
        if self.fieldnames is None:
            raise TypeError("writeheader() needs the fieldnames")
        return self.writerow(self.fieldnames)

    def writerow(self, row: Sequence[Any] | Mapping[str, Any]) -> str:
        if isinstance(row, Mapping):
            if self.fieldnames is None:
                raise TypeError("a row given as a mapping needs the fieldnames")
            row = [row.get(name) for name in self.fieldnames]
        return self._writer.writerow([safe_cell(value) for value in row])

    def writerows(self, rows: Iterable[Sequence[Any] | Mapping[str, Any]]) -> str:
        return "".join(self.writerow(row) for row in rows)


def _excel_value(value: Any) -> Any:
    if isinstance(value, str):
        # A workbook cannot hold control characters; dropping them first also uncovers
        # a formula they hid ("\x01=cmd"), which is then made safe like any other.
        value = ILLEGAL_CHARACTERS_RE.sub("", value)
    return safe_cell(value)


def write_xlsx(
    rows: Iterable[Sequence[Any]],
    *,
    header: Sequence[str],
    title: str = "Sheet1",
    file: IO[bytes] | None = None,
) -> bytes | None:
    """An Excel workbook of one sheet: the header row in bold, then the rows, every cell
    made safe. Written row by row (a write-only workbook), so a long export stays small
    in memory. Returns the file's bytes, or writes them to `file` and returns None."""
    book = Workbook(write_only=True)
    sheet = book.create_sheet(title=title)
    bold = Font(bold=True)
    cells = []
    for name in header:
        cell = WriteOnlyCell(sheet, value=_excel_value(name))
        cell.font = bold
        cells.append(cell)
    sheet.append(cells)
    for row in rows:
        sheet.append([_excel_value(value) for value in row])
    if file is not None:
        book.save(file)
        return None
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
