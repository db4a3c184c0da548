"""Which repositories a models table's rows link to, and which of the document's names they spell (a mixin of
`names.ModelNames`; it uses its candidates, mentions and document): a row's repository is another name of its model,
and a repository a row links under another name is not a model of its own."""

import bisect
from collections import Counter, defaultdict

from .links import letters, repository
from .name_shapes import tokens
from .tables import cell_start, find_tables


class TableRowLinks:
    """Row-and-repository steps of `ModelNames`."""

    def _row_repository_aliases(self) -> dict[frozenset, frozenset]:
        """'| MoE-X-1.6B×4-Top2 | [🤗org/MoE-X-StableLM-1.6B-4e](…) | [org2/MoE-X-StableLM-1.6B-4e](…) |': a
        repository a row links outside its name cell, read there (or anywhere else) as a name, is the row's model
        under its repository's name: that name -> the row's name. Not a component linked in several rows (the
        vision encoder each row of a family links): a part of those models, not one of them."""
        out: dict[frozenset, set[frozenset]] = defaultdict(set)
        starts = [m.start for m in self.mentions]
        for table in find_tables(self.doc)[0]:
            if table.name_col is None:
                continue
            rows = []
            for index in table.blocks:
                block = self.doc.blocks[index]
                if table.name_col >= len(block.cells) or not block.cells[table.name_col].strip():
                    continue
                at = cell_start(self.doc, block, table.header, table.name_col)
                if at is None:
                    continue
                end = at + len(block.cells[table.name_col].strip())
                row = self.mentions[bisect.bisect_left(starts, block.start):bisect.bisect_left(starts, block.end)]
                named = {m.key for m in row if at <= m.start < end}
                if len(named) == 1:
                    rows.append((block, at, end, row, next(iter(named))))
            # (a name read the same in several rows, 'InternVL2' of 'InternVL2‑1B' and 'InternVL2‑2B' with
            # non-breaking hyphens, names none of them)
            owners = Counter(own for *_rest, own in rows)
            for block, at, end, row, own in rows:
                if owners[own] > 1:
                    continue
                if len(self._row_variants(table, block, at, end)) > 1:
                    continue  # its siblings, each a model
                repos = self._row_links(block)
                for m in row:
                    written = letters(self.doc.text[m.start:m.end].rsplit("/", 1)[-1])
                    if m.key != own and not at <= m.start < end and written in repos:
                        out[m.key].add(own)
        return {key: next(iter(owners)) for key, owners in out.items() if len(owners) == 1}

    def _row_variants(self, table, block, at: int, end: int) -> set[str]:
        """The repositories a table row links outside its name cell (`at`..`end`) under a name that holds the
        cell's ('| X-7B | [Base](org/X-7B-Base) | [Chat](org/X-7B-Chat) |'), by their names' letters, less one the
        table's other rows link too: two or more are the row's sibling variants, each a model of its own; one, however
        many hubs hold it, is the row's model under another name."""
        shared = self._table_components.get(table.blocks[0])
        if shared is None:
            linked = Counter(name for index in table.blocks for name in self._row_links(self.doc.blocks[index]))
            shared = self._table_components[table.blocks[0]] = {name for name, rows in linked.items() if rows > 1}
        cell = letters(self.doc.text[at:end])
        return {name for start, _b, url in self.doc.links_from(block.start, block.end)
                if not at <= start < end and (repo := repository(url)) and cell in (name := letters(repo[1]))} - shared

    def _row_links(self, block) -> set[str]:
        return {letters(repo[1]) for _a, _b, url in self.doc.links_from(block.start, block.end)
                if (repo := repository(url))}

    def _row_named_otherwise(self, repo, key: frozenset) -> bool:
        """`repo` is linked outside the name cell of a table row whose name cell is a name of another shape ('|
        MoE-X-1.6B×4-Top2 | [🤗org/MoE-X-StableLM-1.6B-4e](…) |'): where that row's model is kept, not a model of
        its own beside it."""
        block = self.doc.blocks[self.seg.at(repo.start).block]
        table = self._table_at.get(block.start) if block.kind == "row" else None
        if table is None or table.name_col is None or table.name_col >= len(block.cells):
            return False
        at = cell_start(self.doc, block, table.header, table.name_col)
        cell = block.cells[table.name_col].strip()
        if at is None or not cell or at <= repo.start < at + len(cell):
            return False
        if len(self._row_variants(table, block, at, at + len(cell))) > 1:
            return False  # '| X-7B | [Base](org/X-7B-Base) | [Chat](org/X-7B-Chat) |': the row's siblings
        named = tokens(cell)
        return named != key and named in self.candidates and any(
            at <= start < at + len(cell) for start, _end in self.candidates[named].mentions)
