"""Export cells: what could run as a spreadsheet formula is written as text, the rest as it is."""

import csv
import datetime
import io
from decimal import Decimal

import openpyxl
import pytest

from kouryu.core.exports import CsvStreamWriter, safe_cell, write_xlsx

DANGEROUS = ["=1+1", "+cmd", "-2+3", "@SUM(A1)", "\tab", "\r\n=1", '=HYPERLINK("http://x","y")']


@pytest.mark.parametrize("value", DANGEROUS)
def test_cell_that_a_spreadsheet_would_run_is_prefixed_with_a_quote(value):
    assert safe_cell(value) == "'" + value


@pytest.mark.parametrize(
    "value", ["Kobe", "神戸市", "", "a=b", "1973-06-24", "x+y", " =1", "'already quoted"]
)
def test_safe_text_is_untouched(value):
    assert safe_cell(value) == value


@pytest.mark.parametrize(
    "value",
    [-5, 0, 42, -1.5, Decimal("-3.25"), True, None, datetime.date(1973, 6, 24)],
)
def test_numbers_dates_and_none_are_untouched(value):
    assert safe_cell(value) is value


def test_other_objects_are_written_as_their_text_and_neutralised_too():
    class Name:
        def __str__(self):
            return "=cmd"

    assert safe_cell(Name()) == "'=cmd"


def test_csv_writer_returns_each_line_with_dangerous_cells_quoted():
    writer = CsvStreamWriter(fieldnames=["name", "n"])

    header = writer.writeheader()
    line = writer.writerow({"name": "=1+1", "n": -5})
    plain = writer.writerow(["+cmd", 7])

    assert header == "name,n\r\n"
    assert list(csv.reader(io.StringIO(header + line + plain))) == [
        ["name", "n"],
        ["'=1+1", "-5"],
        ["'+cmd", "7"],
    ]


def test_csv_writer_without_fieldnames_writes_sequences():
    writer = CsvStreamWriter()

    assert writer.writerow(["@x", None, datetime.date(2020, 1, 2)]) == "'@x,,2020-01-02\r\n"


def test_excel_writer_round_trip():
    rows = [
        ['=HYPERLINK("http://x","y")', -5, datetime.date(1973, 6, 24)],
        ["神戸市", 3, None],
        ["\x01=cmd", Decimal("1.5"), "-1"],
    ]

    data = write_xlsx(rows, header=["name", "n", "date"], title="Partnerships")

    book = openpyxl.load_workbook(io.BytesIO(data))
    sheet = book["Partnerships"]
    values = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert values[0] == ["name", "n", "date"]
    assert all(cell.font.bold for cell in sheet[1])
    assert not sheet["A2"].font.bold
    # Excel has no date type of its own: a date comes back as midnight of that day.
    assert values[1][:2] == ['\'=HYPERLINK("http://x","y")', -5]
    assert values[1][2].date() == datetime.date(1973, 6, 24)
    assert values[2] == ["神戸市", 3, None]
    # A control character is dropped (a workbook cannot hold it), and what it hid is seen.
    assert values[3] == ["'=cmd", 1.5, "'-1"]
    assert not any(cell.data_type == "f" for row in sheet.iter_rows() for cell in row)


def test_excel_writer_writes_to_a_file():
    out = io.BytesIO()

    assert write_xlsx([["+1"]], header=["a"], file=out) is None

    assert openpyxl.load_workbook(io.BytesIO(out.getvalue())).active["A2"].value == "'+1"
