"""Admin-site test helpers: submit an admin form as a browser would, from the page the editor was shown."""

from html.parser import HTMLParser


class _FormParser(HTMLParser):
    """Collects the values a browser would submit from the admin's change form (`<form id="…_form">`)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.data: dict[str, list[str]] = {}
        self.in_form = False
        self.select: str | None = None
        self.textarea: str | None = None
        self.text: list[str] = []

    def add(self, name, value):
        if name and "__prefix__" not in name:  # the template row that JavaScript clones
            self.data.setdefault(name, []).append(value)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and (attrs.get("id") or "").endswith("_form"):
            self.in_form = True
        if not self.in_form:
            return
        name = attrs.get("name")
        if tag == "input":
            kind = attrs.get("type", "text")
            if kind in ("submit", "button", "file", "image", "reset"):
                return
            if kind in ("checkbox", "radio") and "checked" not in attrs:
                return
            self.add(name, attrs.get("value", "on" if kind in ("checkbox", "radio") else ""))
        elif tag == "select":
            self.select = name
            if name and "__prefix__" not in name and "multiple" not in attrs:
                self.data.setdefault(name, [])  # none selected: the browser sends the (blank) first option
        elif tag == "option" and self.select and "selected" in attrs:
            self.add(self.select, attrs.get("value", ""))
        elif tag == "textarea":
            self.textarea, self.text = name, []

    def handle_endtag(self, tag):
        if tag == "form" and self.in_form:
            self.in_form = False
        elif tag == "select":
            self.select = None
        elif tag == "textarea" and self.textarea:
            # Browsers drop the one newline that follows <textarea>.
            self.add(self.textarea, "".join(self.text).removeprefix("\n"))
            self.textarea = None

    def handle_data(self, data):
        if self.textarea:
            self.text.append(data)


def admin_form_data(response) -> dict:
    """The POST data of the admin change form in `response`, as its fields stood when it was shown."""
    assert response.status_code == 200, response.status_code
    parser = _FormParser()
    parser.feed(response.content.decode())
    assert parser.data, "no admin change form on the page"
    return {name: values if len(values) > 1 else (values[0] if values else "") for name, values in parser.data.items()}
