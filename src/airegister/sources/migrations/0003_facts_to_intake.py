# Proposed facts and fact changes now belong to the intake app (state only: the tables stay where they are).
# Their content types follow them, so permissions and history stay attached.

from django.db import migrations


def move_content_types(apps, schema_editor, source="sources", target="intake"):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in ("proposedfact", "factchange"):
        if not ContentType.objects.filter(app_label=target, model=model).exists():
            ContentType.objects.filter(app_label=source, model=model).update(app_label=target)


def move_content_types_back(apps, schema_editor):
    move_content_types(apps, schema_editor, source="intake", target="sources")


class Migration(migrations.Migration):

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('intake', '0001_initial'),
        ('sources', '0002_snapshots_proposed_facts_changes'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.DeleteModel(name='ProposedFact'),
                migrations.DeleteModel(name='FactChange'),
            ],
        ),
        migrations.RunPython(move_content_types, move_content_types_back),
    ]
