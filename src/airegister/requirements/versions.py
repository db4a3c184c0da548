"""What changed between two versions of a requirement profile, rule by rule."""

from dataclasses import dataclass, field


@dataclass
class VersionDiff:
    profile_changes: list[dict] = field(default_factory=list)  # [{"field", "before", "after"}]
    added: list[dict] = field(default_factory=list)  # rules as the version keeps them
    removed: list[dict] = field(default_factory=list)
    changed: list[dict] = field(default_factory=list)  # [{"key", "name", "changes": [{"field", "before", "after"}]}]

    @property
    def empty(self) -> bool:
        return not (self.profile_changes or self.added or self.removed or self.changed)


def _changes(before: dict, after: dict, skip=()) -> list[dict]:
    names = [k for k in {**before, **after} if k not in skip]
    return [
        {"field": k, "before": before.get(k), "after": after.get(k)} for k in names if before.get(k) != after.get(k)
    ]


def version_diff(previous, version) -> VersionDiff:
    """`previous` None: everything in `version` is new."""
    diff = VersionDiff()
    old = previous.data if previous is not None else {"rules": []}
    new = version.data
    diff.profile_changes = _changes(old, new, skip=("rules",)) if previous is not None else []
    old_rules = {r["key"]: r for r in old.get("rules", [])}
    new_rules = {r["key"]: r for r in new.get("rules", [])}
    diff.added = [r for k, r in new_rules.items() if k not in old_rules]
    diff.removed = [r for k, r in old_rules.items() if k not in new_rules]
    for key, rule in new_rules.items():
        if key in old_rules:
            changes = _changes(old_rules[key], rule)
            if changes:
                diff.changed.append({"key": key, "name": rule.get("name", key), "changes": changes})
    return diff
