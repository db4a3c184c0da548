"""Drop knox's own token table, which nothing uses: the token model is core.APIToken (KNOX_TOKEN_MODEL).

knox's first migration creates `knox_authtoken` whatever model is chosen (its migrations predate the swappable
setting). Left in place, the empty table still points at `auth_user`, and PostgreSQL refuses to empty `auth_user`
(`flush`, a test database's reset) while another table refers to it.
"""

from django.db import migrations

TABLE = "knox_authtoken"


def drop_unused_table(apps, schema_editor):
    connection = schema_editor.connection
    if TABLE in connection.introspection.table_names():
        schema_editor.execute(f"DROP TABLE {schema_editor.quote_name(TABLE)}")


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0002_api_tokens"),
        ("knox", "0009_extend_authtoken_field"),
    ]

    operations = [migrations.RunPython(drop_unused_table, migrations.RunPython.noop, elidable=False)]
