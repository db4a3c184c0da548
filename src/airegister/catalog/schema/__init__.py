"""JSON Schemas (Draft 2020-12) of the built-in catalog files.

Built in Python rather than kept as .json files so that every enum is taken from the ChoiceSet it
mirrors and can never drift from what the database accepts. `schema_json(kind)` prints one for editors.
"""

from .definitions import FILE_KINDS, SCHEMAS, register_schema, schema_json, validator_for

__all__ = ["FILE_KINDS", "SCHEMAS", "register_schema", "schema_json", "validator_for"]
