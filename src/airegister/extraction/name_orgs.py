"""Which hub organisations publish the document's models (a mixin of `names.ModelNames`; it uses its document and
title): the one named like its developer, the ones whose repositories carry its title's word, else the one holding
most of the links, and never a known maker's whose model it was built on."""

import re
from collections import Counter

from .links import is_conversion, letters
from .name_shapes import FAMILY_HEADING_STOP, STOP_TITLE_WORDS
from .values import KNOWN_DEVELOPERS

# A first-person release: 'we release', 'we also release', 'we are open-sourcing', 'we have published'.
WE_RELEASE_RE = re.compile(r"\bwe\s+(?:also\s+|are\s+|have\s+|now\s+)*(?:releas|open[- ]?sourc|publish)\w*", re.I)
# Known makers' names as a hub organisation spells them ('mistralai', 'google', 'meta'); short ones ('xai') aside.
MAKER_LETTERS = tuple({letters(d) for d in KNOWN_DEVELOPERS if len(letters(d)) >= 4})


class OwnOrganisations:
    """Organisation-reading steps of `ModelNames`."""

    def _own_orgs(self, repos, by_stem: bool = True) -> set[str]:
        """The hub organisations that publish the document's models: the one named like its developer, the ones
        whose repositories carry its title's word ('lmsys' under '# LongChat', not 'mosaicml'), else one that holds
        most of the links."""
        developer = letters(self.developer or "")
        stems = self._title_stems() | {w for w in re.findall(r"[a-z]+", (self.doc.title or "").lower()) if len(w) > 2}
        stems -= FAMILY_HEADING_STOP | STOP_TITLE_WORDS
        # A repository holding another format of a model ('TheBloke/x_7b-GPTQ') is a re-publisher's conversion: its
        # organisation holds many links without publishing the models ('jphme/x_7b' beside three conversions of it).
        counts = Counter(r.org.lower() for r in repos if not is_conversion(r)) or Counter(r.org.lower() for r in repos)
        own, by_title = set(), Counter()
        for repo in repos:
            org, stem = letters(repo.org), re.match(r"[a-z]*", repo.name.lower()).group(0)
            named = org == developer if not by_stem else org in developer or developer in org
            if developer and len(org) >= 3 and named:
                own.add(repo.org.lower())
            elif (stem in stems or any(len(w) >= 4 and (stem.startswith(w) or letters(repo.org).startswith(w))
                                       for w in stems)) \
                    and (by_stem or not self._other_makers_org(org, developer)):
                # ('GritLM/gritlm-7b' under '## GRIT': the title's word begins the organisation's and the name's)
                by_title[repo.org.lower()] += 1
        # ... the one holding most of the title's repositories, not another's one model of the line ('bramvanroy/
        # GEITje-7B-ultra' beside five 'Rijgersberg/GEITje-…') nor a converter's copies ('TheBloke/GEITje-7B-GGUF')
        by_title = {org for org, n in by_title.items() if n == max(by_title.values())}
        # The organisation named like the developer publishes its models; another whose repository only carries
        # the title's word ('lijp22/dolphin-base' beside 'DataoceanAI/dolphin-base') is a mirror, unless no
        # organisation is named so.
        own = own or by_title
        if not own:
            # A repository the document releases in the first person ('we also release a long context variant
            # ([org/X-32k](…))'): its organisation's.
            own = {r.org.lower() for r in repos if r.url and self._released_here(r.start)}
        if not own:
            # Conversions of a repository linked beside it ('TheBloke/x_7b-GPTQ' beside 'jphme/x_7b'): the original's
            # organisation publishes the model the others convert.
            converted = {r.name.lower() for r in repos if is_conversion(r)}
            own = {r.org.lower() for r in repos if not is_conversion(r) and r.name.lower() in converted}
        top, count = counts.most_common(1)[0]
        if not own and count >= 3 and count * 3 >= 2 * sum(counts.values()):
            own.add(top)
        return own

    def _released_here(self, pos: int) -> bool:
        """The sentence standing at `pos` releases what stands there, in the first person ('we also release …')."""
        sentence = self.seg.at(pos)
        return bool(WE_RELEASE_RE.search(self.doc.text, sentence.start, pos))

    @staticmethod
    def _other_makers_org(org: str, developer: str) -> bool:
        """'mistralai' on a card titled 'Mistral-7B-Zorq': a known maker's organisation, whose repository carries
        the title's word because the document's model was built on its model, not the document's own."""
        return any(org.startswith(maker) and maker not in developer for maker in MAKER_LETTERS)
