"""Two to four models side by side: their facts, offers, data terms per channel, active flags, lifecycle and the
verdicts of a workload check, each row marked where the models differ.

Nothing here decides a fact anew: the data terms are the ones the requirement check resolves for a model on a
channel (`CatalogIndex.term`: the model's term for the channel, else its all-channel term, else its vendor's), and
the verdicts come from `run_check` on an index of the compared models alone. A fixed number of queries however
many channels, terms or offers the models have (the index's reads, the models, their offers, the terms' sources).
"""

from dataclasses import dataclass, field

from django.contrib.humanize.templatetags.humanize import intcomma

from airegister.catalog.choices import LifecycleStatusChoices, TierChoices
from airegister.catalog.models import AIModel, ModelAvailability
from airegister.core.templatetags.register_ui import partial_date
from airegister.requirements.engine import Workload, run_check
from airegister.requirements.facts import term_fact
from airegister.requirements.index import T_EXCERPT, T_SOURCE, CatalogIndex

MIN_MODELS, MAX_MODELS = 2, 4
NOT_RECORDED = "Not recorded"


class CompareError(ValueError):
    """Too few or too many models, or a slug no model has (`missing`)."""

    def __init__(self, message: str, missing: list[str] | None = None):
        super().__init__(message)
        self.missing = missing or []


def parse_slugs(values) -> list[str]:
    """`?models=a,b&models=c` → ["a", "b", "c"]: comma-separated or repeated, case and duplicates folded."""
    slugs: list[str] = []
    for value in values:
        for slug in str(value).split(","):
            slug = slug.strip().lower()
            if slug and slug not in slugs:
                slugs.append(slug)
    return slugs


@dataclass
class Cell:
    """One model's value in a row. `text` is what is compared ("" = not recorded); the rest is for showing it."""

    text: str = ""
    url: str = ""
    detail: str = ""
    badge: tuple[str, str] | None = None  # (label, colour)
    cite: tuple | None = None  # (record, field name) for the {% cited %} tag
    items: list = field(default_factory=list)  # several lines (offers' dates, flags)
    cited_items: list = field(default_factory=list)  # several lines, each (text, record, field name) with its citation
    record: object = None  # a cited record (CitedMixin) whose source is shown under the cell
    excerpt: str = ""
    source: dict | None = None  # {"title", "url"} of a term's source


@dataclass
class Row:
    label: str
    cells: list[Cell]
    note: str = ""

    @property
    def differs(self) -> bool:
        return len({c.text for c in self.cells}) > 1


@dataclass
class Section:
    key: str
    title: str
    rows: list[Row]
    note: str = ""
    unrecorded: list[str] = field(default_factory=list)  # rows folded into one line: not recorded for any model

    @property
    def differs(self) -> bool:
        return any(row.differs for row in self.rows)


@dataclass
class Comparison:
    models: list[AIModel]
    sections: list[Section]
    quiet_channels: list = field(default_factory=list)  # channels where no compared model has any term
    workload: Workload | None = None
    profile: object = None
    verdicts: Section | None = None


def load_models(slugs: list[str]) -> list[AIModel]:
    """The models in the order asked; raises CompareError naming unknown slugs or a wrong number of models."""
    if len(slugs) < MIN_MODELS:
        raise CompareError(f"Choose at least {MIN_MODELS} models to compare (you chose {len(slugs)}).")
    if len(slugs) > MAX_MODELS:
        raise CompareError(f"Compare at most {MAX_MODELS} models at once (you chose {len(slugs)}).")
    found = {m.slug: m for m in AIModel.objects.filter(slug__in=slugs).select_related("vendor", "source")}
    missing = [s for s in slugs if s not in found]
    if missing:
        names = ", ".join(f"“{s}”" for s in missing)
        raise CompareError(f"No model {names} in the catalog.", missing)
    return [found[s] for s in slugs]


def _date(value) -> str:
    return value.isoformat() if value else ""


def _tokens(value) -> str:
    return f"{intcomma(value)} tokens" if value else ""


def _price(value) -> str:
    return f"${value.normalize():f}" if value is not None else ""


def _fact(model: AIModel, name: str, text: str, **kwargs) -> Cell:
    return Cell(text=text, cite=(model, name), **kwargs)


def fact_rows(models: list[AIModel]) -> list[Row]:
    def row(label, make):
        return Row(label, [make(m) for m in models])

    def open_weights(m):
        return "" if m.open_weights is None else "Yes" if m.open_weights else "No"

    def vendor(m):
        return Cell(m.vendor.name, url=m.vendor.get_absolute_url()) if m.vendor else Cell()

    def listed(values):
        return ", ".join(str(v).capitalize() for v in values)

    return [
        row("Vendor", vendor),
        row("Family", lambda m: _fact(m, "family", m.family)),
        row("Version", lambda m: _fact(m, "version_label", m.version_label)),
        row("Tier", lambda m: _fact(m, "tier", TierChoices.label(m.tier) if m.tier else "",
                                    badge=(TierChoices.label(m.tier), TierChoices.color(m.tier)) if m.tier else None)),
        row("Released", lambda m: _fact(m, "release_date", partial_date(m.release_date))),
        row("Context window", lambda m: _fact(m, "context_window", _tokens(m.context_window))),
        row("Output limit", lambda m: _fact(m, "output_limit", _tokens(m.output_limit))),
        row("Input", lambda m: _fact(m, "input_modalities", listed(m.input_modalities))),
        row("Output", lambda m: _fact(m, "output_modalities", listed(m.output_modalities))),
        row("Capabilities", lambda m: _fact(m, "capabilities", ", ".join(str(v) for v in m.capabilities))),
        row("Open weights", lambda m: _fact(m, "open_weights", open_weights(m))),
        row("Parameters", lambda m: _fact(m, "parameters", intcomma(m.parameters) if m.parameters else "")),
        row("Knowledge cutoff", lambda m: _fact(m, "knowledge_cutoff", partial_date(m.knowledge_cutoff))),
        row("Training-data cutoff", lambda m: _fact(m, "training_data_cutoff", partial_date(m.training_data_cutoff))),
        row("License", lambda m: _fact(m, "license", m.license)),
        row("Safety level", lambda m: _fact(m, "safety_level", m.safety_level)),
        row("Also known as", lambda m: Cell(", ".join(str(a) for a in m.aliases))),
    ]


def lifecycle_rows(models: list[AIModel], offers: dict[int, list[ModelAvailability]]) -> list[Row]:
    def status(m):
        if not m.lifecycle_status:
            return Cell(cite=(m, "lifecycle_status"))
        label = LifecycleStatusChoices.label(m.lifecycle_status)
        return _fact(m, "lifecycle_status", label, badge=(label, LifecycleStatusChoices.color(m.lifecycle_status)))

    def offer_ends(m):
        dated = sorted((o for o in offers.get(m.pk, []) if o.retirement_date), key=lambda o: o.retirement_date)
        items = [(f"{o.channel.name}: {o.retirement_date.isoformat()}", o, "retirement_date") for o in dated]
        return Cell("; ".join(text for text, _, _ in items), cited_items=items)

    return [
        Row("Status", [status(m) for m in models]),
        Row("Announced", [_fact(m, "announcement_date", _date(m.announcement_date)) for m in models]),
        Row("Deprecation", [_fact(m, "deprecation_date", _date(m.deprecation_date)) for m in models]),
        Row("Retirement", [_fact(m, "retirement_date", _date(m.retirement_date)) for m in models]),
        Row("Offers retiring", [offer_ends(m) for m in models], note="Retirement dates of its offers on channels"),
    ]


def offer_cell(offer: ModelAvailability | None) -> Cell:
    if offer is None:
        return Cell("Not offered", detail="No offer recorded on this channel")
    items = []

    def add(name, text):
        items.append((text, offer, name))

    if offer.channel_model_id:
        add("channel_model_id", f"Id: {offer.channel_model_id}")
    if offer.lifecycle_status:
        add("lifecycle_status", f"Status: {LifecycleStatusChoices.label(offer.lifecycle_status)}")
    if offer.deprecation_date:
        add("deprecation_date", f"Deprecation: {offer.deprecation_date.isoformat()}")
    if offer.retirement_date:
        add("retirement_date", f"Retirement: {offer.retirement_date.isoformat()}")
    if offer.context_window:
        add("context_window", f"Context: {_tokens(offer.context_window)}")
    if offer.output_limit:
        add("output_limit", f"Output limit: {_tokens(offer.output_limit)}")
    if offer.input_price is not None:
        add("input_price", f"Input: {_price(offer.input_price)} per 1M tokens")
    if offer.output_price is not None:
        add("output_price", f"Output: {_price(offer.output_price)} per 1M tokens")
    text = " · ".join(["Offered", *(t for t, _, _ in items)])
    return Cell(text, cited_items=items, record=offer, detail=offer.note)


def offer_rows(models, channels, offers: dict[int, list[ModelAvailability]]) -> list[Row]:
    by_channel = {(o.model_id, o.channel_id): o for group in offers.values() for o in group}
    return [
        Row(channel.name, [offer_cell(by_channel.get((m.pk, channel.id))) for m in models], note=channel.slug)
        for channel in channels
    ]


def term_cell(index: CatalogIndex, info, attribute_id: int, channel_id, sources: dict) -> Cell:
    term = index.term(info, attribute_id, channel_id)
    if term is None:
        return Cell()
    fact = term_fact(index, term, sources)
    holder = "vendor's term" if fact["inherited"] else "model's own term"
    scope = "all channels" if fact["channel"] is None else fact["channel_name"]
    return Cell(
        text=f"{fact['value_label']} · {fact['statement']}",
        badge=(fact["value_label"], ""),
        detail=fact["statement"],
        items=[f"{holder}, {scope}"],
        excerpt=term[T_EXCERPT] or "",
        source=fact["source"],
    )


def compare(slugs: list[str], workload: Workload | None = None) -> Comparison:
    models = load_models(slugs)
    index = CatalogIndex.load(model_ids=[m.pk for m in models])
    infos = [index.models[m.pk] for m in models]
    offers: dict[int, list[ModelAvailability]] = {}
    for offer in ModelAvailability.objects.filter(model__in=models).select_related("channel", "source"):
        offers.setdefault(offer.model_id, []).append(offer)

    # Channels: where any of them is offered or has a term, those common to all of them first.
    reach = [index.channels_of(info) for info in infos]
    everywhere = set.intersection(*reach) if reach else set()
    channel_ids = set().union(*reach) if reach else set()
    channels = sorted(
        (index.channels[c] for c in channel_ids),
        key=lambda c: (c.id not in everywhere, c.weight, c.name.lower()),
    )
    offered_ids = {o.channel_id for group in offers.values() for o in group}
    offer_channels = [c for c in channels if c.id in offered_ids]

    attributes = sorted(index.attributes.values(), key=lambda a: (a.weight, a.name))
    term_ids = {
        term[T_SOURCE]
        for info in infos for c in [None, *channel_ids] for a in attributes
        if (term := index.term(info, a.pk, c)) is not None and term[T_SOURCE]
    }
    sources = index.source_titles(term_ids)
    term_sections, quiet = [], []
    scopes = [(None, "All channels")] if any(
        index.term(info, a.pk, None) is not None for info in infos for a in attributes
    ) else []
    scopes += [(c.id, c.name) for c in channels]
    for channel_id, name in scopes:
        rows = [
            Row(a.name, [term_cell(index, info, a.pk, channel_id, sources) for info in infos]) for a in attributes
        ]
        if not any(cell.text for row in rows for cell in row.cells):
            quiet.append(name)
            continue
        shared = channel_id is None or channel_id in everywhere
        term_sections.append(Section(
            f"terms-{channel_id or 'all'}", name, [r for r in rows if any(c.text for c in r.cells)],
            note="" if shared else "Not every compared model is offered or has terms here.",
            unrecorded=[r.label for r in rows if not any(c.text for c in r.cells)],
        ))

    flags = Row("Active flags", [])
    for info in infos:
        found = index.active_flags(info)
        items = [
            f"{f.title} ({f.severity}{', inherited from the vendor' if f.model_id is None else ''})" for f in found
        ]
        flags.cells.append(Cell("; ".join(sorted(items)) or "None", items=items))

    sections = [
        Section("facts", "Facts", fact_rows(models)),
        Section("lifecycle", "Lifecycle", lifecycle_rows(models, offers)),
        Section("flags", "Compliance flags", [flags]),
        Section("offers", "Offers", offer_rows(models, offer_channels, offers),
                note="" if offer_channels else "No offer on any channel is recorded for these models."),
        *term_sections,
    ]
    comparison = Comparison(models, sections, quiet)
    if workload is not None and not workload.is_empty:
        check = run_check(workload, None, index)
        comparison.workload, comparison.profile = workload, check.profile
        comparison.verdicts = verdict_section(check, infos, channels)
    return comparison


def verdict_section(check, infos, channels) -> Section:
    options = {(o.model.id, o.channel.id if o.channel else None): o for o in check.options}
    rows = []
    for channel in channels:
        cells = []
        for info in infos:
            option = options.get((info.id, channel.id))
            if option is None:
                cells.append(Cell("Not checked", detail="Not offered and no terms recorded on this channel"))
                continue
            counts = [f"{n} {word}" for n, word in ((option.fails, "failing"), (option.unknowns, "unknown")) if n]
            if not option.listed:
                counts.append("not recorded as offered")
            cells.append(Cell(
                option.verdict, badge=(option.verdict, ""), detail=", ".join(counts),
                items=[f"{r.rule.name}: {r.result}" for r in option.results],
            ))
        rows.append(Row(channel.name, cells))
    best = []
    for info in infos:
        mine = [o for o in check.options if o.model.id == info.id]
        top = mine[0] if mine else None  # check.options are ranked
        best.append(Cell(top.verdict if top else "Not checked", badge=(top.verdict, "") if top else None,
                         detail=f"on {top.channel.name}" if top and top.channel else ""))
    rows.insert(0, Row("Best option", best))
    return Section("verdicts", "Check verdicts", rows)
