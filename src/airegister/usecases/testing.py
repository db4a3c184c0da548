"""Helpers for the tests of use cases and of the layers above them (the dashboard)."""

from airegister.core.context import change_context


def make_use_case(name, model=None, channel=None, data_classes=(), regions=(), **fields):
    """A use case by slugs (model, channel, data classes, regions), created as `alice`."""
    from airegister.catalog.models import AIModel, Channel
    from airegister.requirements.models import DataClass, Region
    from airegister.usecases.models import UseCase

    with change_context(user_name="alice"):
        use_case = UseCase.objects.create(
            name=name,
            slug=fields.pop("slug", name.lower().replace(" ", "-")),
            owner=fields.pop("owner", "Team"),
            model=AIModel.objects.get(slug=model) if model else None,
            channel=Channel.objects.get(slug=channel) if channel else None,
            **fields,
        )
        use_case.data_classes.set(DataClass.objects.filter(slug__in=data_classes))
        use_case.regions.set(Region.objects.filter(slug__in=regions))
    return use_case
