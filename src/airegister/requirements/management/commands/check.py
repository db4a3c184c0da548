"""`airegister check`: Django's system check, or — given a workload — the requirement check.

    airegister check                                   the system checks, as Django's `check`
    airegister check --data-class phi --region eu      every model × channel for the workload, ranked
                     [--capability image-input] [--profile SLUG] [--format table|json]

Options may repeat or take comma-separated values. An unknown data class, region, capability or profile
exits with status 2 and one line naming the bad value and the valid ones.
"""

import json

from django.core.management.base import CommandError
from django.core.management.commands.check import Command as SystemCheckCommand

from airegister.core.management.commands._oneline import OneLineErrorsMixin
from airegister.requirements.choices import ResultChoices
from airegister.requirements.engine import WorkloadError, build_workload, run_check
from airegister.requirements.facts import check_json
from airegister.requirements.models import RequirementProfile


def _values(options: list[str]) -> list[str]:
    return [v.strip() for option in options for v in option.split(",") if v.strip()]


class Command(OneLineErrorsMixin, SystemCheckCommand):
    help = (
        "Without workload options: Django's system checks. With --data-class/--region/--capability: which "
        "model × channel combinations meet the requirement profile for that workload, rule by rule."
    )

    def add_arguments(self, parser):
        super().add_arguments(parser)
        group = parser.add_argument_group("workload (requirement check)")
        group.add_argument("--data-class", action="append", default=[], dest="data_classes", metavar="SLUG")
        group.add_argument("--region", action="append", default=[], dest="regions", metavar="SLUG")
        group.add_argument("--capability", action="append", default=[], dest="capabilities", metavar="NAME")
        group.add_argument("--profile", default="", help="Requirement profile slug (default: the default profile).")
        group.add_argument("--format", choices=["table", "json"], default="table", dest="output_format")

    def handle(self, *app_labels, **options):
        data_classes = _values(options["data_classes"])
        regions = _values(options["regions"])
        capabilities = _values(options["capabilities"])
        if not (data_classes or regions or capabilities):
            if options["profile"] or options["output_format"] != "table":
                raise CommandError("--profile and --format need a workload (--data-class, --region or --capability)",
                                   returncode=2)
            return super().handle(*app_labels, **options)
        if app_labels:
            raise CommandError("app labels are for the system check; give only workload options", returncode=2)
        try:
            workload = build_workload(data_classes, regions, capabilities)
        except WorkloadError as exc:
            raise CommandError(str(exc), returncode=2) from None
        profile = self._profile(options["profile"])
        check = run_check(workload, profile)
        if options["output_format"] == "json":
            self.stdout.write(json.dumps(check_json(check), ensure_ascii=False, indent=2))
        else:
            self.stdout.write(self.table(check, verbose=options["verbosity"] >= 2))

    def _profile(self, slug: str) -> RequirementProfile:
        profiles = list(RequirementProfile.objects.all())
        if not profiles:
            raise CommandError(
                "no requirement profile is recorded; run `airegister load-requirements` first", returncode=2
            )
        if not slug:
            return RequirementProfile.objects.default()
        found = next((p for p in profiles if p.slug == slug), None)
        if found is None:
            valid = ", ".join(p.slug for p in profiles)
            raise CommandError(f"unknown profile {slug!r}; valid: {valid}", returncode=2)
        return found

    def table(self, check, verbose=False) -> str:
        rules = check.rules
        header = ["#", "Model", "Channel", "Verdict", *[r.name for r in rules]]
        rows = [
            [
                str(n), o.model.name, o.channel.name if o.channel else "—", ResultChoices.label(o.verdict).upper(),
                *[ResultChoices.symbol(r.result) for r in o.results],
            ]
            for n, o in enumerate(check.options, 1)
        ]
        widths = [max(len(str(row[i])) for row in [header, *rows]) for i in range(len(header))]
        line = "  ".join
        profile = f"{check.profile.name} v{check.version}" if check.profile else "none"
        out = [f"Workload: {check.workload.describe()}", f"Profile: {profile}", ""]
        out.append(line(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip())
        out.append(line("-" * w for w in widths))
        out += [line(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in rows]
        counts = check.counts
        out.append("")
        out.append(
            f"{len(check.options)} options: {counts['pass']} pass, {counts['unknown']} unknown, {counts['fail']} fail, "
            f"{counts[ResultChoices.NOT_OFFERED]} not offered. "
            "✓ pass  ✗ fail  ? not recorded (never counted as a pass)."
        )
        if counts[ResultChoices.NOT_OFFERED]:
            out.append(
                "Not offered: no offer of the model on the channel is recorded, or it has ended; the channel's "
                "terms are no option for it (the symbols say what they would give)."
            )
        out.append("Rules:")
        out += [f"  {r.name}: {(r.description or r.trigger).split('. ')[0].rstrip('.')}." for r in rules]
        if verbose:
            from airegister.requirements.facts import describe, describe_offer, sources_for

            sources = sources_for(check.index, check.options)
            for option in check.options:
                out.append("")
                channel = option.channel.name if option.channel else "—"
                out.append(f"{option.model.name} · {channel}: {ResultChoices.label(option.verdict).upper()}")
                offer = describe_offer(check.index, option)
                if offer is not None:
                    out.append(f"  {'✓' if offer['status'] == 'offered' else '–'} Offer: {offer['reason']}")
                for result in option.results:
                    info = describe(check.index, result, option, sources)
                    out.append(f"  {ResultChoices.symbol(info['result'])} {info['name']}: {info['reason']}")
                    if info["excerpt"]:
                        out.append(f"      “{' '.join(info['excerpt'].split())}”")
        return "\n".join(out)
