"""Widely known foundation models another document builds on ('fine-tuned from Mistral-7B-v0.1', 'LLaMA-2 Licence',
'the Qwen2-7B-Instruct LLM'): named by a well-known family alone with its size, version or tier, they are the base
or a comparison, not a model the document releases, unless the document is about that family (its title, its
developer, its own repositories) or offers the model's weights itself. A mixin of `names.ModelNames`."""

import re

from .links import letters

# Families of foundation models that other documents build on or compare with, as their names begin (letters only).
FAMOUS_FAMILIES = (
    "llama", "mistral", "mixtral", "qwen", "gemma", "phi", "gpt", "claude", "falcon", "bloom", "opt", "flant5", "t5",
    "bert", "roberta", "deberta", "electra", "xlmroberta", "clip", "whisper", "wav2vec", "hubert", "wavlm",
    "stablediffusion", "sd", "sdxl", "vicuna", "alpaca", "baichuan", "chatglm", "internlm", "deepseek", "starcoder",
    "codellama",
)  # fmt: skip (not architectures a zoo trains anew and releases: ResNet, ViT, YOLO)
# What may follow the family in such a name: sizes, versions, tiers, tuning words ('Mistral-7B-Instruct-v0.2').
BASE_TAIL_RE = re.compile(r"(?:[\s._-]*(?:v?\d+(?:\.\d+)*[a-z]?|\d+(?:\.\d+)?[bmk]|\d+x\d+(?:\.\d+)?[bm]|"
                          r"base|large|small|medium|"
                          r"tiny|mini|xl|xxl|chat|instruct|it|hf|original|turbo|lite|pro|en)\b)*\s*", re.I)


# Each family as a name may write it, longest first ('codellama' before 'llama'), compiled once.
FAMILY_PATTERNS = [
    (family, re.compile(r"[\W_]*(?:(?:meta|google|microsoft|openai|mistralai|alibaba)[\s_-]+)?"  # 'Meta-Llama-3-8B'
                        + r"[\s._-]?".join(re.escape(c) for c in family), re.I))
    for family in sorted(FAMOUS_FAMILIES, key=len, reverse=True)
]


def famous_base(name: str) -> str | None:
    """The family a name is when it is a famous family with only sizes and versions after it ('Mistral-7B-v0.1'
    -> 'mistral'); else None ('Llama-3-8B-Dragonfly-v1' holds a word of its own)."""
    for family, pattern in FAMILY_PATTERNS:
        m = pattern.match(name)
        if m and BASE_TAIL_RE.fullmatch(name, m.end()) and not re.match(r"[a-z]", name[m.end():m.end() + 1], re.I):
            return family
    return None


class ForeignBases:
    """The step of `ModelNames` that drops others' well-known models from the chosen ones."""

    def _drop_famous_bases(self) -> None:
        if len(self.described) < 2:
            return  # the one model found is the document's, whatever it is called
        families = {key: famous_base(self.candidates[key].display) for key in self.described}
        if all(families.values()):
            return  # every model the document names is of a famous family: it is that family's own page
        own = letters(" ".join(filter(None, [self._title_text(), self.developer or ""])))
        linked = self._own_linked_keys()
        keep = []
        for key in self.described:
            family = families[key]
            if family and family not in own and key not in linked and not self._offered_row(key):
                self.foreign.add(key)
                continue
            keep.append(key)
        if keep:
            self.described = keep

    def _offered_row(self, key: frozenset) -> bool:
        """A mention of `key` heads a table row that offers its weights (the rows' names gathered once)."""
        if self.__dict__.get("_offered_keys") is None:
            rows = ((m, self.doc.blocks[self.seg.at(m.start).block]) for m in self.mentions)
            self._offered_keys = {m.key for m, block in rows if block.kind == "row" and self._offers_weights(block)}
        return key in self._offered_keys
