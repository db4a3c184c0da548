from django.apps import AppConfig


class IntakeConfig(AppConfig):
    """The work on sources, above the catalog: ingest, monitor, proposed facts and their review, diffs, feeds.

    What is cited (documents, snapshots) is `airegister.sources`, below the catalog.
    """

    name = "airegister.intake"
    label = "intake"
    verbose_name = "Intake"
