# Data classes and regions move from the use-cases app to this one (use cases sit above requirements now).
# State only: the tables keep their names (usecases_dataclass, usecases_region and their link tables).

import django.db.models.deletion
import django.utils.timezone
from django.db import migrations, models


def vocabulary_fields():
    return [
        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
        ('created', models.DateTimeField(default=django.utils.timezone.now, editable=False)),
        ('last_updated', models.DateTimeField(db_index=True, default=django.utils.timezone.now, editable=False)),
        ('name', models.CharField(max_length=100, unique=True)),
        ('slug', models.SlugField(unique=True)),
        ('description', models.TextField(blank=True)),
        ('weight', models.PositiveSmallIntegerField(default=100, help_text='Display order: lower comes first.')),
    ]


class Migration(migrations.Migration):

    dependencies = [
        ('requirements', '0002_initial'),
        ('usecases', '0001_initial'),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='DataClass',
                    fields=vocabulary_fields() + [
                        ('parents', models.ManyToManyField(blank=True, help_text='Broader classes this one is also (PHI is also personal data): their rules apply to it too.', related_name='children', to='requirements.dataclass', verbose_name='implies')),
                    ],
                    options={
                        'verbose_name': 'data class',
                        'verbose_name_plural': 'data classes',
                        'ordering': ['weight', 'name'],
                        'abstract': False,
                        'db_table': 'usecases_dataclass',
                    },
                ),
                migrations.CreateModel(
                    name='Region',
                    fields=vocabulary_fields() + [
                        ('code', models.CharField(help_text='The code data-handling terms use for it in their regions (e.g. "EU", "US").', max_length=20, unique=True)),
                        ('parents', models.ManyToManyField(blank=True, help_text='Larger regions this one is part of: their rules apply to it too.', related_name='children', to='requirements.region', verbose_name='within')),
                    ],
                    options={
                        'verbose_name': 'region',
                        'ordering': ['weight', 'name'],
                        'abstract': False,
                        'db_table': 'usecases_region',
                    },
                ),
                migrations.AlterField(
                    model_name='rule',
                    name='data_class',
                    field=models.ForeignKey(blank=True, help_text='Applies when the workload handles this class (or one implying it). Empty: any workload.', null=True, on_delete=django.db.models.deletion.PROTECT, related_name='rules', to='requirements.dataclass'),
                ),
                migrations.AlterField(
                    model_name='rule',
                    name='region',
                    field=models.ForeignKey(blank=True, help_text='… for data subjects in this region (or one within it). Empty: anywhere.', null=True, on_delete=django.db.models.deletion.PROTECT, related_name='rules', to='requirements.region'),
                ),
            ],
        ),
    ]
