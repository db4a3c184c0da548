"""/api/docs/: Swagger UI from the app's own static files, in the register's page, with no inline script."""

import pytest
from selectolax.lexbor import LexborHTMLParser


@pytest.mark.django_db
def test_docs_page_loads_swagger_ui_from_this_site_without_inline_script(client):
    response = client.get("/api/docs/")

    assert response.status_code == 200
    tree = LexborHTMLParser(response.content.decode())
    assert tree.css_first("title").text() == "API · AI Register"
    assert tree.css_first(".topbar a.active").text() == "API"
    scripts = [node.attributes.get("src") for node in tree.css("script")]
    assert None not in scripts, "an inline script"
    assert "/static/drf_spectacular_sidecar/swagger-ui-dist/swagger-ui-bundle.js" in scripts
    stylesheets = [node.attributes["href"] for node in tree.css("link[rel=stylesheet]")]
    assert "/static/drf_spectacular_sidecar/swagger-ui-dist/swagger-ui.css" in stylesheets
    for url in scripts + stylesheets:
        assert url.startswith("/"), url
        assert client.get(url).status_code == 200, url


@pytest.mark.django_db
def test_docs_start_up_script_is_javascript_that_reads_the_schema(client):
    response = client.get("/api/docs/?script=")

    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/javascript")
    assert 'url: "/api/schema/"' in response.content.decode()


@pytest.mark.django_db
def test_docs_page_is_not_an_operation_of_the_schema(client):
    paths = client.get("/api/schema/", HTTP_ACCEPT="application/vnd.oai.openapi+json").json()["paths"]

    assert "/api/catalog/models/" in paths
    assert "/api/docs/" not in paths
