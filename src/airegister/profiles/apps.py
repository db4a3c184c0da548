from django.apps import AppConfig


class ProfilesConfig(AppConfig):
    """The model profile: the catalog's facts with the governance controls and playbooks that apply.

    It sits above both `catalog` and `governance`, so neither has to import the other to show a profile.
    """

    name = "airegister.profiles"
    label = "profiles"
    verbose_name = "Profiles"
