"""The sources API: the documents facts are cited from (fictional records), through the generic cases."""

from airegister.catalog.models import Vendor
from airegister.core.testing.api import APIViewTestCases

from ..models import SourceDocument


class TestSourceDocumentAPI(APIViewTestCases.APIViewTestCase):
    model = SourceDocument
    basename = "sources-api:document"
    create_data = [
        {"title": "Fictional model card", "slug": "fictional-card", "document_url": "https://example.test/card",
         "vendor": "example-labs", "document_type": "model_card", "published": "2025-05"},
        {"title": "Unattributed memo", "slug": "memo", "vendor": None},
    ]
    update_data = {"published": "2025-08-07", "description": "Re-read."}
    bad_data = {"published": "August 2025", "document_type": "scroll"}

    def create_objects(self):
        vendor = Vendor.objects.create(name="Example Labs", slug="example-labs")
        return [
            SourceDocument.objects.create(title=f"Doc {n}", slug=f"doc-{n}", vendor=vendor if n == 1 else None)
            for n in (1, 2, 3)
        ]

    def test_filter_by_vendor(self):
        response = self.viewer_client.get(self.list_url(), {"vendor": "example-labs"})
        assert [row["slug"] for row in response.json()["results"]] == ["doc-1"]

    def test_document_url_is_the_documents_address(self):
        SourceDocument.objects.filter(slug="doc-1").update(url="https://example.test/doc")
        data = self.viewer_client.get(self.detail_url(self.objects[0])).json()
        assert data["document_url"] == "https://example.test/doc"
        assert data["url"].endswith("/api/sources/documents/doc-1/")
