"""The OpenAPI schema documents every error an operation can answer, as the JSON it is (written once, here).

- 400 where the client sends something to validate: a body, query parameters, or an `If-Match` version.
- 401 and 403 everywhere: a missing or bad token, a role that may not do this.
- 404 where the path names a record.
- 409 where a record is changed or deleted: a stale `last_updated` in the body is refused.
- 412 there too: a stale `If-Match` fails its precondition.
- 415 where there is a request body: a media type the operation does not parse.
"""

from drf_spectacular.openapi import AutoSchema
from drf_spectacular.plumbing import ResolvedComponent

ERROR = {
    "type": "object",
    "description": "Why the request was not done.",
    "properties": {"detail": {"type": "string"}},
    "required": ["detail"],
}
VALIDATION_ERROR = {
    "type": "object",
    "description": (
        "Each field, query parameter or header at fault (`non_field_errors` for the record as a whole), with "
        "its messages."
    ),
    "additionalProperties": {},
}
ERRORS = {
    400: ("The request is invalid: each field or parameter at fault is named.", "ValidationError"),
    401: ("No valid credentials: none sent where reading needs an account, or a revoked or expired token.", "Error"),
    403: ("Not allowed: writing needs a role that may.", "Error"),
    404: ("No such record.", "Error"),
    409: ("The record changed since the version the body names (`last_updated`); nothing was changed.", "Error"),
    412: ("The record changed since the version `If-Match` names (its ETag); nothing was changed.", "Error"),
    415: ("The request body's media type is not one this operation reads.", "Error"),
}
COMPONENTS = {"Error": ERROR, "ValidationError": VALIDATION_ERROR}
WRITES = ("PUT", "PATCH", "DELETE")


class RegisterAutoSchema(AutoSchema):
    def get_operation(self, *args, **kwargs):
        operation = super().get_operation(*args, **kwargs)
        if operation is None:
            return None
        for code in self.error_codes(operation):
            description, name = ERRORS[code]
            operation["responses"].setdefault(str(code), {
                "content": {"application/json": {"schema": self.error_component(name)}},
                "description": description,
            })
        return operation

    def _map_basic_serializer(self, serializer, direction):
        # drf-spectacular states every read-only field as always present; a field a response carries only in
        # some cases (a model list's `matching_channels`, only with a data-term filter) is named in the
        # serializer's Meta `optional_read_only_fields` and left out of `required`.
        schema = super()._map_basic_serializer(serializer, direction)
        optional = getattr(getattr(serializer, "Meta", None), "optional_read_only_fields", ())
        if optional and "required" in schema:
            schema["required"] = [name for name in schema["required"] if name not in optional]
            if not schema["required"]:
                del schema["required"]
        return schema

    def error_codes(self, operation) -> list[int]:
        where = {p["in"] for p in operation.get("parameters", [])}
        has_body = "requestBody" in operation
        codes = [401, 403]
        if has_body or "query" in where or self.method in WRITES:
            codes.append(400)
        if "path" in where:
            codes.append(404)
        one_record_action = self.method == "POST" and "path" in where  # an assessment's `complete`, say
        if hasattr(self.view, "expected_version") and (self.method in WRITES or one_record_action):
            codes += [409, 412]
        if has_body:
            codes.append(415)
        return sorted(codes)

    def error_component(self, name: str) -> dict:
        component = ResolvedComponent(
            name=name, type=ResolvedComponent.SCHEMA, object=name, schema=COMPONENTS[name]
        )
        self.registry.register_on_missing(component)
        return component.ref
