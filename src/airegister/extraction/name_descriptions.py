"""Models a sentence describes by the words of their names without writing a name: a changelog's '06.02.2020:
Public release of German Europeana DistilBERT and ConvBERT models' speaks of 'distilbert-base-german-europeana-cased'
and 'convbert-base-german-europeana-cased'.

The sentence's words that are words of the document's model names (lower case, 'GPT-2' as 'gpt2') fall into groups
(a sentence with a number none of the names has, '… 2.0 released', is about another model):
words joined only by commas, 'and', 'or' are alternatives ('DistilBERT and ConvBERT', 'cased and uncased'); a model
is described when its name has a word of every group, two groups at least. Of several sentences describing one
model, the one matching the most groups is about it (the most specific: 'cased and uncased XXL BERT models for
Italian' over 'cased and uncased BERT models for Italian'); a tie names none of them.
"""

import re

WORD_RE = re.compile(r"[A-Za-z0-9]+")
# 'GPT-2', 'gpt2': a letter run and a one- or two-digit number after it are one word, hyphen or not ('X-300M' is
# two words).
LETTER_DIGIT_HYPHEN_RE = re.compile(r"(?<=[A-Za-z])-(?=\d{1,2}(?![\w.]))")
# What joins alternatives: a comma, 'and', 'or', a slash (a space alone joins a phrase's words: 'German Europeana').
JOINERS_RE = re.compile(r"[ \t]*(?:,|/|&|\band\b|\bor\b)[ \t]*(?:(?:and|or)[ \t]+)?", re.I)


def name_words(name: str) -> set[str]:
    return {w.lower() for w in WORD_RE.findall(LETTER_DIGIT_HYPHEN_RE.sub("", name))}


def word_groups(text: str, vocabulary: set[str]) -> list[set[str]]:
    """The sentence's name words, grouped: a group's words are joined by nothing but commas, 'and', 'or'."""
    groups: list[set[str]] = []
    last_end = None
    text = LETTER_DIGIT_HYPHEN_RE.sub("", text)
    for m in WORD_RE.finditer(text):
        word = m.group(0).lower()
        if word in ("and", "or"):
            continue
        if re.search(r"\d", word) and word not in vocabulary:
            return []  # '25hz cosyvoice 2.0 released': a number none of the names has, another model's
        if word not in vocabulary:
            last_end = None
            continue
        if last_end is not None and JOINERS_RE.fullmatch(text, last_end, m.start()):
            groups[-1].add(word)
        else:
            groups.append({word})
        last_end = m.end()
    return groups


def matched_groups(groups: list[set[str]], words: set[str]) -> int:
    """How many groups a name's words meet; 0 unless it meets every one of two groups at least."""
    return len(groups) if len(groups) >= 2 and all(g & words for g in groups) else 0


def described(sentences: list[str], names: dict) -> dict:
    """For each sentence index, the keys of `names` ({key: display name}) it describes, by the rule above."""
    words = {key: name_words(name) for key, name in names.items()}
    everywhere = set.intersection(*words.values()) if words else set()
    vocabulary = set().union(*words.values()) - everywhere  # a word of every name tells none apart
    best: dict = {}
    for i, sentence in enumerate(sentences):
        groups = word_groups(sentence, vocabulary)
        for key, own in words.items():
            score = matched_groups(groups, own)
            if score:
                best.setdefault(key, []).append((score, i))
    out: dict[int, list] = {}
    for key, found in best.items():
        top = max(score for score, _ in found)
        winners = [i for score, i in found if score == top]
        if len(winners) == 1:
            out.setdefault(winners[0], []).append(key)
    return out
