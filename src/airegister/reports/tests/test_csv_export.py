"""CSV export of every list page (core/export.py): each list's "Export CSV" link gives exactly the rows its
filters select, on every page, with the columns it shows; cells that a spreadsheet would read as a formula are
quoted. The test lives with the top layer because it walks the lists of every app."""

import csv
import datetime
import io
import re
from html import unescape as html_unescape
from urllib.parse import urljoin

import pytest
from django.contrib.contenttypes.models import ContentType

from airegister.catalog.models import AIModel
from airegister.governance.models import Assessment, Control
from airegister.usecases.testing import make_use_case

# Every list page of the register, as a user reaches it (filters included where a list is usually filtered).
LIST_URLS = [
    "/models/",
    "/models/?vendor=anthropic",
    "/vendors/",
    "/channels/",
    "/use-cases/",
    "/sources/",
    "/proposed-facts/",
    "/controls/",
    "/playbooks/",
    "/frameworks/",
    "/assessments/",
    "/requirements/",
    "/changes/",
]


def read_csv(response) -> list[list[str]]:
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Content-Disposition"].startswith("attachment; filename=")
    text = response.content.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.reader(io.StringIO(text.removeprefix("\ufeff"))))


def export_url(url: str) -> str:
    return url + ("&" if "?" in url else "?") + "export=csv"


@pytest.mark.django_db
class TestEveryListExports:
    @pytest.fixture(autouse=True)
    def _data(self, builtin, settings):
        make_use_case("Summaries", model="claude-3-7-sonnet", channel="aws-bedrock", data_classes=["phi"])

    def test_each_list_links_its_filtered_rows_and_shown_columns(self, viewer_client):
        # One test over the list of URLs: the built-in catalog is loaded once for all of them.
        for url in LIST_URLS:
            self.check_list(viewer_client, url)

    @staticmethod
    def check_list(client, url):
        html = client.get(url).content.decode()
        link = re.search(r'class="export-csv" href="([^"]+)"', html)
        assert link, f"no Export CSV link on {url}"
        rows = read_csv(client.get(urljoin(url, html_unescape(link.group(1)))))
        header, body = rows[0], rows[1:]
        count = int(re.search(r'class="result-count">\s*(\d+)', html).group(1))
        assert len(body) == count, url
        # The header is the table's column headings as the page shows them (less the compare tick boxes).
        headings = re.findall(r"<th(\s[^>]*)?>(.*?)</th>", html, re.S)
        shown = [re.sub(r"<[^>]+>", "", text).strip() for attrs, text in headings if "tick" not in attrs]
        assert shown == header, url
        assert all(len(row) == len(header) for row in body), url

    def test_reviews_due_exports_the_overdue_and_due_soon_reviews(self, viewer_client, editor):
        model = AIModel.objects.get(slug="claude-3-7-sonnet")
        control = Control.objects.get(slug="third-party-ai-model-evaluation")
        evaluation = Assessment.objects.create(
            control=control, subject_type=ContentType.objects.get_for_model(AIModel), subject_id=model.pk,
            assessor=editor, risk_rating="low",
            answers={q["id"]: "yes" if q["kind"] == "yes-no" else (q.get("choices") or ["Done"])[0]
                     for q in control.questionnaire},
        )
        evaluation.complete(editor, today=datetime.date.today() - datetime.timedelta(days=400))
        html = viewer_client.get("/reviews/").content.decode()
        link = re.search(r'class="export-csv" href="([^"]+)"', html)
        rows = read_csv(viewer_client.get(urljoin("/reviews/", html_unescape(link.group(1)))))
        assert rows[0] == ["#", "Control", "Subject", "Status", "Risk rating", "Next review"]
        assert [row[1:3] for row in rows[1:]] == [["Third-Party AI Model Evaluation", "Model Claude 3.7 Sonnet"]]

    def test_filtered_model_list_exports_only_the_vendors_models(self, viewer_client):
        rows = read_csv(viewer_client.get(export_url("/models/?vendor=anthropic&sort=name")))
        names = [row[0] for row in rows[1:]]
        models = AIModel.objects.filter(vendor__slug="anthropic").order_by("name")
        expected = list(models.values_list("name", flat=True))
        assert names == expected and len(names) > 1

    def test_every_page_not_just_the_first(self, viewer_client):
        rows = read_csv(viewer_client.get("/changes/?export=csv&page=1"))
        assert len(rows) - 1 > 50  # the page shows 50 changes at a time

    def test_formula_cells_are_quoted(self, viewer_client):
        make_use_case("=HYPERLINK(\"http://evil.example\")", slug="formula", owner="+1 team", model="fable-5")
        rows = read_csv(viewer_client.get("/use-cases/?export=csv"))
        row = next(r for r in rows if "HYPERLINK" in r[0])
        assert row[0] == "'=HYPERLINK(\"http://evil.example\")"
        assert row[1] == "'+1 team"
        assert not any(cell.startswith(("=", "+", "-", "@")) for r in rows for cell in r)
