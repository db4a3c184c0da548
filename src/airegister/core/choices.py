"""Choice sets as small classes: a constant per value, a label and a colour for badges (after NetBox)."""


class ChoiceSet:
    """Subclasses declare CHOICES = [(VALUE, "Label", "colour"), ...] and constants for each value."""

    CHOICES: list[tuple[str, str, str]] = []

    @classmethod
    def choices(cls) -> list[tuple[str, str]]:
        return [(value, label) for value, label, *_ in cls.CHOICES]

    @classmethod
    def values(cls) -> list[str]:
        return [value for value, *_ in cls.CHOICES]

    @classmethod
    def label(cls, value) -> str:
        return dict(cls.choices()).get(value, value)

    @classmethod
    def color(cls, value) -> str:
        for choice_value, _label, *rest in cls.CHOICES:
            if choice_value == value:
                return rest[0] if rest else "gray"
        return "gray"


class ChangeActionChoices(ChoiceSet):
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    CHOICES = [
        (CREATE, "Created", "green"),
        (UPDATE, "Updated", "blue"),
        (DELETE, "Deleted", "red"),
    ]


class RoleChoices(ChoiceSet):
    VIEWER = "viewer"
    EDITOR = "editor"
    ADMIN = "admin"
    CHOICES = [
        (VIEWER, "Viewer (read the register)", "gray"),
        (EDITOR, "Editor (edit the catalog)", "blue"),
        (ADMIN, "Administrator (users and roles)", "purple"),
    ]
