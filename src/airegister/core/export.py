"""CSV export of any list page: `?export=csv` on a list's URL gives the rows its filters select (every page of
them, in the page's order) and the columns it shows, from the list's own django-tables2 table.

Cells are plain text (a column's rendered HTML is stripped to its text) and safe to open in a spreadsheet: a
cell beginning with = + - @ (or a tab or carriage return) is prefixed with a quote, so it is never read as a
formula (OWASP's advice on CSV injection). UTF-8 with a byte-order mark, so spreadsheets read accents right."""

import csv
import html

from django.http import HttpResponse
from django.utils.html import strip_tags
from django.utils.safestring import SafeData
from django_tables2 import CheckBoxColumn

EXPORT_PARAM = "export"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def wants_csv(request) -> bool:
    return request.GET.get(EXPORT_PARAM) == "csv"


def safe_cell(value) -> str:
    if value is None:
        return ""
    text = str(value)
    if isinstance(value, SafeData) or "<" in text:
        text = html.unescape(strip_tags(text))
    text = " ".join(text.split())
    if text.startswith(FORMULA_STARTS):
        text = "'" + text
    return text


def exported_columns(table) -> list:
    """The columns the page shows, less controls (tick boxes, or a column marked `exclude_from_export`)."""
    return [
        column for column in table.columns.iterall()
        if column.visible and not column.column.exclude_from_export and not isinstance(column.column, CheckBoxColumn)
    ]


def csv_response(table, name: str) -> HttpResponse:
    """The table's rows (all of them: call before paginating, after ordering) as a CSV download `name`.csv."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{name}.csv"'
    response["X-Content-Type-Options"] = "nosniff"
    response.write("\ufeff")
    writer = csv.writer(response)
    columns = exported_columns(table)
    writer.writerow([safe_cell(column.header) for column in columns])
    for row in table.rows:
        # An empty cell shows the column's default on the page ("Not recorded"); the file says the same.
        cells = []
        for column in columns:
            value = row.get_cell_value(column.name)
            cells.append(safe_cell(column.default if value is None else value))
        writer.writerow(cells)
    return response
