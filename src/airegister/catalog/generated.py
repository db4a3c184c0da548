"""A generated catalog of any size, for the benchmarks (bench/*.py) and the migration test on a populated database.

Written against an app registry passed in (`apps`), so that a migration test fills a database that stands at
an older migration through that migration's historical models; the default is the running code's registry.
Bulk inserts only: no change log, no signals (nobody edited these records).
"""

import datetime

from django.apps import apps as global_apps

VENDORS = 40
# Used when the database holds no channels or data attributes yet (the built-in catalog not loaded).
FALLBACK_CHANNELS = 6
FALLBACK_ATTRIBUTES = 4


def generate(count: int, apps=global_apps) -> None:
    """Vendors with a term per attribute and channel, a restriction and a flag; `count` models spread over them."""
    get = apps.get_model
    Vendor, AIModel = get("catalog", "Vendor"), get("catalog", "AIModel")
    DataTerm, UseRestriction = get("catalog", "DataTerm"), get("catalog", "UseRestriction")
    channels, attributes = channels_and_attributes(apps)
    vendors = Vendor.objects.bulk_create(
        Vendor(name=f"Bench vendor {i}", slug=f"bench-vendor-{i}") for i in range(VENDORS)
    )
    DataTerm.objects.bulk_create(
        DataTerm(vendor=v, channel=c, attribute=a, value="yes", statement=f"{v.name} on {c.name}")
        for v in vendors
        for c in channels
        for a in attributes
    )
    UseRestriction.objects.bulk_create(UseRestriction(vendor=v, text="No unlawful use") for v in vendors)
    models = AIModel.objects.bulk_create(
        AIModel(vendor=vendors[i % len(vendors)], name=f"Bench model {i}", slug=f"bench-model-{i}", tier="mid")
        for i in range(count)
    )
    generate_offers(models, channels, apps)


def channels_and_attributes(apps) -> tuple[list, list]:
    Channel, DataAttribute = apps.get_model("catalog", "Channel"), apps.get_model("catalog", "DataAttribute")
    if not Channel.objects.exists():
        Channel.objects.bulk_create(
            Channel(name=f"Bench channel {i}", slug=f"bench-channel-{i}", kind="vendor-api", operator="Bench")
            for i in range(FALLBACK_CHANNELS)
        )
    if not DataAttribute.objects.exists():
        DataAttribute.objects.bulk_create(
            DataAttribute(name=f"Bench attribute {i}", slug=f"bench-attribute-{i}") for i in range(FALLBACK_ATTRIBUTES)
        )
    return list(Channel.objects.order_by("pk")), list(DataAttribute.objects.order_by("pk"))


def generate_offers(models, channels, apps=global_apps) -> None:
    """Each model offered on three channels, one offer in three retiring within the next 400 days."""
    ModelAvailability = apps.get_model("catalog", "ModelAvailability")
    today = datetime.date.today()
    ModelAvailability.objects.bulk_create(
        ModelAvailability(
            model=m, channel=channels[(i + k) % len(channels)], channel_model_id=f"{m.slug}-{k}",
            retirement_date=today + datetime.timedelta(days=(i * 7 + k) % 400) if (i + k) % 3 == 0 else None,
        )
        for i, m in enumerate(models)
        for k in range(3)
    )
