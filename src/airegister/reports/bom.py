"""The AI inventory as a CycloneDX 1.6 ML-BOM (JSON), built with cyclonedx-python-lib.

Shape: the register itself is the BOM's subject (`metadata.component`); every use case is an `application`
component; every model a use case names is a `machine-learning-model` component whose supplier is its vendor;
every channel offer of those models (the model on one channel) is a `service` provided by the channel's operator,
with the data handling that applies there (after inheritance, `catalog.terms`) as properties and the data classes
the use cases send it as `data` flows. Dependencies: register → use cases → their model and offer; offer → model.

bom-refs are URNs made from slugs (`urn:airegister:model:claude-3-7-sonnet`), so two BOMs of the same data differ
only in `serialNumber` and `metadata.timestamp`: CycloneDX asks for a new serial number for every BOM generated,
even of unchanged contents, so neither is made deterministic.
"""

from collections import defaultdict

from cyclonedx.model import DataClassification, DataFlow, ExternalReference, ExternalReferenceType, Property, XsUri
from cyclonedx.model.bom import Bom, BomMetaData
from cyclonedx.model.component import Component, ComponentType
from cyclonedx.model.contact import OrganizationalEntity
from cyclonedx.model.service import Service
from cyclonedx.model.tool import ToolRepository
from cyclonedx.output.json import JsonV1Dot6
from cyclonedx.schema import SchemaVersion
from cyclonedx.validation.json import JsonStrictValidator
from django.db.models import Q

from airegister.catalog.models import DataAttribute, DataTerm, ModelAvailability
from airegister.catalog.terms import resolve_term, split_terms
from airegister.usecases.models import UseCase
from airegister.usecases.services import prefetched

URN = "urn:airegister"
REGISTER_REF = f"{URN}:register"
NOT_RECORDED = "Not recorded"


def model_ref(model) -> str:
    return f"{URN}:model:{model.slug}"


def use_case_ref(use_case) -> str:
    return f"{URN}:use-case:{use_case.slug}"


def offer_ref(model, channel) -> str:
    return f"{URN}:offer:{model.slug}:{channel.slug}"


def _props(pairs) -> list[Property]:
    return [Property(name=f"airegister:{name}", value=str(value)) for name, value in pairs if value not in ("", None)]


def _uri(url: str) -> list[XsUri]:
    return [XsUri(url)] if url else []


def vendor_entity(vendor) -> OrganizationalEntity | None:
    if vendor is None:
        return None
    return OrganizationalEntity(name=vendor.name, urls=_uri(vendor.website))


def term_text(term) -> str:
    """One data-handling term as one line: its value, retention, regions and the statement it is read from."""
    if term is None:
        return NOT_RECORDED
    parts = [term.attribute.value_label(term.value)]
    if term.retention:
        retention = term.get_retention_display()
        parts.append(f"retention: {term.retention_days} days" if term.retention_days else f"retention: {retention}")
    if term.regions:
        parts.append("regions: " + ", ".join(term.regions))
    if term.statement:
        parts.append(term.statement)
    return " — ".join(parts)


def model_component(model) -> Component:
    vendor = model.vendor
    return Component(
        type=ComponentType.MACHINE_LEARNING_MODEL,
        bom_ref=model_ref(model),
        name=model.name,
        version=model.version_label or None,
        group=vendor.name if vendor else None,
        supplier=vendor_entity(vendor),
        manufacturer=vendor_entity(vendor),
        description=model.capability_notes or None,
        external_references=[
            ExternalReference(type=ExternalReferenceType.WEBSITE, url=XsUri(url))
            for url in ([vendor.trust_center_url] if vendor and vendor.trust_center_url else [])
        ],
        properties=_props([
            ("slug", model.slug),
            ("tier", model.get_tier_display() if model.tier else NOT_RECORDED),
            ("lifecycle-status", model.get_lifecycle_status_display() if model.lifecycle_status else NOT_RECORDED),
            ("deprecation-date", model.deprecation_date),
            ("retirement-date", model.retirement_date),
            ("license", model.license),
            ("open-weights", {True: "yes", False: "no"}.get(model.open_weights, "")),
        ]),
    )


def offer_service(offer, terms_by_attribute, data_classes) -> Service:
    model, channel = offer.model, offer.channel
    properties = [
        ("channel", channel.name), ("channel-kind", channel.get_kind_display()),
        ("channel-model-id", offer.channel_model_id),
        ("retirement-date", offer.retirement_date),
    ]
    for attribute, term in terms_by_attribute:
        properties.append((f"data-handling:{attribute.slug}", term_text(term)))
        if term is not None and term.source_id and term.source.url:
            properties.append((f"data-handling:{attribute.slug}:source", term.source.url))
    return Service(
        bom_ref=offer_ref(model, channel),
        name=f"{model.name} on {channel.name}",
        provider=OrganizationalEntity(name=channel.operator, urls=_uri(channel.url)),
        endpoints=_uri(channel.url),
        data=[DataClassification(flow=DataFlow.OUTBOUND, classification=name) for name in sorted(data_classes)],
        properties=_props(properties),
    )


def use_case_component(use_case) -> Component:
    return Component(
        type=ComponentType.APPLICATION,
        bom_ref=use_case_ref(use_case),
        name=use_case.name,
        description=use_case.description or None,
        properties=_props([
            ("owner", use_case.owner),
            ("status", use_case.get_status_display()),
            ("data-classes", ", ".join(sorted(dc.name for dc in use_case.data_classes.all()))),
            ("regions", ", ".join(sorted(str(r) for r in use_case.regions.all()))),
        ]),
    )


def build_bom() -> Bom:
    """The inventory's BOM. A fixed number of queries whatever the register's size."""
    use_cases = list(prefetched(UseCase.objects.order_by("slug")))
    models = {u.model.pk: u.model for u in use_cases if u.model_id}
    offers = list(
        ModelAvailability.objects.filter(model_id__in=models).select_related("model__vendor", "channel")
        .order_by("model__slug", "channel__slug")
    )
    attributes = list(DataAttribute.objects.order_by("weight", "name"))
    vendor_ids = {m.vendor_id for m in models.values() if m.vendor_id}
    terms = list(
        DataTerm.objects.filter(Q(model_id__in=models) | Q(vendor_id__in=vendor_ids, model__isnull=True))
        .select_related("attribute", "source")
    )
    terms_of_vendor = defaultdict(list)
    for term in terms:
        terms_of_vendor[term.vendor_id].append(term)

    # The data classes each offer receives: those of the use cases that name the model on that channel.
    sent = defaultdict(set)
    for use_case in use_cases:
        if use_case.model_id and use_case.channel_id:
            sent[(use_case.model_id, use_case.channel_id)].update(dc.name for dc in use_case.data_classes.all())

    register = Component(type=ComponentType.APPLICATION, bom_ref=REGISTER_REF, name="AI inventory")
    tools = ToolRepository(components=[Component(type=ComponentType.APPLICATION, name="AI Register")])
    bom = Bom(metadata=BomMetaData(component=register, tools=tools))
    model_parts = {}
    for model in sorted(models.values(), key=lambda m: m.slug):
        model_parts[model.pk] = model_component(model)
        bom.components.add(model_parts[model.pk])
    offer_parts = {}
    for offer in offers:
        own, inherited = split_terms(terms_of_vendor[offer.model.vendor_id], offer.model_id)
        resolved = [(a, resolve_term(own, inherited, a.pk, offer.channel_id)) for a in attributes]
        service = offer_service(offer, resolved, sent[(offer.model_id, offer.channel_id)])
        offer_parts[(offer.model_id, offer.channel_id)] = service
        bom.services.add(service)
        bom.register_dependency(service, [model_parts[offer.model_id]])
    use_case_parts = []
    for use_case in use_cases:
        part = use_case_component(use_case)
        use_case_parts.append(part)
        bom.components.add(part)
        needs = [model_parts[use_case.model_id]] if use_case.model_id else []
        if (use_case.model_id, use_case.channel_id) in offer_parts:
            needs.append(offer_parts[(use_case.model_id, use_case.channel_id)])
        bom.register_dependency(part, needs)
    bom.register_dependency(register, use_case_parts)
    return bom


def bom_json(bom: Bom | None = None) -> str:
    return JsonV1Dot6(bom if bom is not None else build_bom()).output_as_string(indent=2)


def validation_error(document: str) -> str | None:
    """None when `document` is valid CycloneDX 1.6 JSON, else the schema validator's message."""
    error = JsonStrictValidator(SchemaVersion.V1_6).validate_str(document)
    return None if error is None else str(error)
