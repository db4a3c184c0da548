"""One name from a table's name cell that writes more than one ('Corvid Embedding `corvid-embedding-001`',
'`x-4o` (2024-11-20) <br> X-4o (Omni)', 'GPT-NEO-SMALL <br> GPT-NEO-125M'), or a weights file's stem."""

import re

from .name_shapes import TABLE_NAME_RE, tokens, weights_stem

# A name cell holding the display name and the identifier an API calls it by ('Corvid Embedding<br>`corvid-embedding-
# 001`', read 'Corvid Embedding corvid-embedding-001').
NAME_AND_ID_RE = re.compile(r"(?P<name>[A-Z][\w.+]*(?: [\w.+]+){0,4}) (?P<id>[a-z0-9][\w.]*(?:[-_/:][\w.]+)+)")
# A name cell over the dated snapshot it points to ('corvid-4 <br> ↳ corvid-4-2024-08-06', read as one line): the
# name the row is about is the pointer; the snapshot is another name for it, not a model of its own row.
POINTER_AND_SNAPSHOT_RE = re.compile(r"(?P<name>[\w.:+]+(?:[-_/][\w.:+]+)*)\s*[↳⤷⮑→]\s*(?P<id>\S+)")
# A name cell giving an API's identifier, its dated version in parentheses, then the display name ('`corvid-4o`
# (2024-11-20) <br> Corvid-4o (Omni)'): the row's model is that identifier at that version (two rows may share the
# identifier, told apart by the version alone).
ID_VERSION_DISPLAY_RE = re.compile(r"(?P<id>[a-z][a-z0-9.]*(?:-[a-z0-9.]+)+)\s*\((?P<version>[a-z\-]*\d{4}-\d\d-\d\d|"
                                   r"\d{4})\)\s+(?P<name>[A-Z][^()]*?)(?:\s*\([^()]*\))?")


# A name cell giving two hyphenated spellings of one model, one under the other ('GPT-NEO-SMALL <br> GPT-NEO-125M').
TWO_SPELLINGS_RE = re.compile(r"(?P<a>[A-Z][\w.+]*(?:-[\w.+]+)+) (?P<b>[A-Z][\w.+]*(?:-[\w.+]+)+)")


def displayed_name(cell: str) -> str:
    """One name of a name cell that also writes its identifier, when the identifier spells the name: the display
    name when it reads as a model's name by its shape ('Corvid 2.0 Flash'), else the identifier ('corvid-embedding-001'
    for 'Corvid Embedding', which no shape finds); a weights file's stem ('| `x_sd15_mm.ckpt` | [Link](…) |')."""
    stem = weights_stem(cell)
    if stem != cell:
        return stem
    versioned = ID_VERSION_DISPLAY_RE.fullmatch(cell.strip())
    if versioned and tokens(versioned.group("name")) & tokens(versioned.group("id")):
        return f"{versioned.group('id')}-{versioned.group('version')}"
    two = TWO_SPELLINGS_RE.fullmatch(cell.strip())
    if two and two.group("a").split("-")[0] == two.group("b").split("-")[0]:
        sized = [n for n in (two.group("a"), two.group("b")) if re.search(r"\d", n.split("-", 1)[1])]
        if len(sized) == 1:
            return sized[0]  # 'GPT-NEO-SMALL <br> GPT-NEO-125M': the spelling with the size names the model
    pointer = POINTER_AND_SNAPSHOT_RE.fullmatch(cell.strip())
    if pointer and pointer.group("id").lower().startswith(pointer.group("name").lower()):
        return pointer.group("name")
    m = NAME_AND_ID_RE.fullmatch(cell.strip())
    if not m or not tokens(m.group("name")) <= tokens(m.group("id").replace("_", "-")):
        return cell
    return m.group("name") if TABLE_NAME_RE.match(m.group("name")) else m.group("id")
