# Data classes and regions now belong to the requirements app (state only: the tables stay where they are).
# Their content types follow them, so the change history of every data class and region stays attached.

from django.db import migrations, models


def move_content_types(apps, schema_editor, source="usecases", target="requirements"):
    ContentType = apps.get_model("contenttypes", "ContentType")
    for model in ("dataclass", "region"):
        if not ContentType.objects.filter(app_label=target, model=model).exists():
            ContentType.objects.filter(app_label=source, model=model).update(app_label=target)


def move_content_types_back(apps, schema_editor):
    move_content_types(apps, schema_editor, source="requirements", target="usecases")


class Migration(migrations.Migration):

    dependencies = [
        ('contenttypes', '0002_remove_content_type_name'),
        ('requirements', '0003_vocabulary_from_usecases'),
        ('usecases', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name='usecase',
                    name='data_classes',
                    field=models.ManyToManyField(blank=True, related_name='use_cases', to='requirements.dataclass'),
                ),
                migrations.AlterField(
                    model_name='usecase',
                    name='regions',
                    field=models.ManyToManyField(blank=True, help_text='Where the data subjects are.', related_name='use_cases', to='requirements.region'),
                ),
                migrations.DeleteModel(name='DataClass'),
                migrations.DeleteModel(name='Region'),
            ],
        ),
        migrations.RunPython(move_content_types, move_content_types_back),
    ]
