# Proposed facts and fact changes move from the sources app (now below the catalog) to this one (above it).
# State only: the tables keep their names (sources_proposedfact, sources_factchange).

import django.db.models.deletion
import django.utils.timezone
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    initial = True

    dependencies = [
        ('catalog', '0004_aimodel_evidence_sources'),
        ('sources', '0002_snapshots_proposed_facts_changes'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name='ProposedFact',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('model_name', models.CharField(help_text='The model as the document names it.', max_length=200)),
                        ('field', models.CharField(choices=[('developer', 'developer'), ('release_date', 'release date'), ('knowledge_cutoff', 'knowledge cutoff'), ('training_data_cutoff', 'training data cutoff'), ('input_modalities', 'input modalities'), ('output_modalities', 'output modalities'), ('context_window', 'context window'), ('license', 'license'), ('parameters', 'parameters'), ('access_surfaces', 'access surfaces'), ('safety_level', 'safety level'), ('evaluation', 'safety evaluation')], max_length=30)),
                        ('key', models.CharField(max_length=400)),
                        ('value', models.JSONField()),
                        ('excerpt', models.TextField(help_text="The document's own sentence stating the fact, verbatim.")),
                        ('status', models.CharField(choices=[('proposed', 'Proposed'), ('accepted', 'Accepted'), ('rejected', 'Rejected'), ('superseded', 'Superseded')], default='proposed', max_length=12)),
                        ('created', models.DateTimeField(default=django.utils.timezone.now, editable=False)),
                        ('decided_at', models.DateTimeField(blank=True, null=True)),
                        ('note', models.CharField(blank=True, help_text='What accepting it did, or why it was left.', max_length=500)),
                        ('decided_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
                        ('model', models.ForeignKey(blank=True, help_text="The register's model; empty while the document's model is not in the register.", null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='proposed_facts', to='catalog.aimodel')),
                        ('snapshot', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='proposed_facts', to='sources.snapshot')),
                    ],
                    options={
                        'ordering': ['snapshot', 'model_name', 'pk'],
                        'db_table': 'sources_proposedfact',
                        'indexes': [models.Index(fields=['status', 'model'], name='sources_pro_status_5bc8f2_idx')],
                        'constraints': [models.CheckConstraint(condition=models.Q(('excerpt', ''), _negated=True), name='sources_proposedfact_has_excerpt')],
                    },
                ),
                migrations.CreateModel(
                    name='FactChange',
                    fields=[
                        ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                        ('model_name', models.CharField(blank=True, max_length=200)),
                        ('kind', models.CharField(choices=[('changed', 'Changed'), ('added', 'Newly stated'), ('removed', 'No longer stated'), ('gone', 'Document gone')], max_length=10)),
                        ('field', models.CharField(blank=True, help_text='Empty when the whole model or document changed.', max_length=30)),
                        ('label', models.CharField(help_text='What changed, in words.', max_length=400)),
                        ('before', models.JSONField(blank=True, null=True)),
                        ('after', models.JSONField(blank=True, null=True)),
                        ('excerpt', models.TextField(blank=True, help_text="The new snapshot's sentence for the new value.")),
                        ('severity', models.CharField(choices=[('low', 'Low'), ('medium', 'Medium'), ('high', 'High'), ('critical', 'Critical')], help_text='Materiality, as the flag it raises.', max_length=10)),
                        ('detected', models.DateTimeField(db_index=True, default=django.utils.timezone.now)),
                        ('document', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='fact_changes', to='sources.sourcedocument')),
                        ('flag', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to='catalog.complianceflag')),
                        ('model', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='fact_changes', to='catalog.aimodel')),
                        ('from_snapshot', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='sources.snapshot')),
                        ('to_snapshot', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='fact_changes', to='sources.snapshot')),
                    ],
                    options={
                        'ordering': ['-detected', 'model_name', 'pk'],
                        'db_table': 'sources_factchange',
                    },
                ),
            ],
        ),
    ]
