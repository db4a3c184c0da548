"""Rows of models tables that repeat a name, told apart by a setting beside it (the input resolution, the
schedule, the training data: 'LV-ViT-S (384)', 'UPT-R50 (HICO-DET)') or by their download's checkpoint identifier
('clip_b16_grit1m_fultune_8xe'); a mixin of `names.ModelNames` used by its table step (name_tables.py)."""

import re
from collections import Counter

from .hubs import file_host_of_address
from .links import repository
from .name_shapes import FILE_NAME_RE, LISTED_NAME_RE
from .name_tables import WEIGHTS_FILE_RE
from .tables import DOWNLOAD_HEADER_RE, cell_start, find_tables

# Headers of a setting a model is trained or run at, telling apart rows that repeat one name: input resolution,
# schedule, epochs, training data.
SETTING_HEADER_RE = re.compile(r"\b(?:(?:image|input|img|train(?:ing)?|test)[\s_-]*(?:resolution|size|res)|resolution|"
                               r"res\.?|schedule|lr\s*sched|epochs?|pre-?train(?:ed|ing)?(?:\s+(?:data(?:set)?|on))?|"
                               r"dataset|train(?:ing)?\s+data|trained\s+on)\b", re.I)
# A checkpoint's identifier as a download link's text: one word joined by underscores, a digit in it
# ('clip_b16_grit1m_fultune_8xe', 'r50_1x_coco').
CHECKPOINT_ID_RE = re.compile(r"(?=[^_]*_)(?=.*\d)[A-Za-z][\w.+@-]{2,79}")
# A name's mark: a capital, a digit, '_' or an inner hyphen (not a plain word: 'link', 'download').
NAME_MARK_RE = re.compile(r"[A-Z\d_]|\w-\w")
# ... and its cell: a short label ('384', '224x224', '384²', '3x', 'ImageNet-22K'), no sentence.
SETTING_CELL_RE = re.compile(r"[\w.+×²-]{1,24}(?:\s?[x×]\s?\d{2,4})?")


# A column headed by a depth or a size a zoo's grid offers each network at ('50-layers', '101-layer', '152 layers').
DEPTH_HEADER_RE = re.compile(r"^\W*(?P<n>\d{1,4})[\s-]*layers?\W*$", re.I)
GRID_NETWORK_RE = re.compile(r"^[A-Za-z][\w.+]*(?:-[A-Za-z][\w.+]*)*$")  # 'PyConvHGResNet', 'Res2Net' (no depth yet)


class TableRowSettings:
    """Setting- and identifier-reading steps of `ModelNames` for rows that repeat a name."""

    def _depth_grid_names(self, tables) -> None:
        """'| Network | 50-layers | 101-layers |' over '| XConvNet | 78.5% ([model](drive…)) | 79.2% ([model](…)) |':
        each cell linking a file on a host of files is the row's network at the column's depth ('XConvNet-50'), as
        such checkpoints are named; a cell linking nothing offers no model."""
        for table in tables:
            depths = {j: m.group("n") for j, head in enumerate(table.header)
                      if j and (m := DEPTH_HEADER_RE.match(head.strip()))}
            if len(depths) < 2:
                continue
            for index in table.blocks:
                block = self.doc.blocks[index]
                network = block.cells[0].strip(" *_`") if block.cells else ""
                if not GRID_NETWORK_RE.match(network):
                    continue
                for j, depth in depths.items():
                    start = cell_start(self.doc, block, table.header, j) if j < len(block.cells) else None
                    if start is None:
                        continue
                    links = self.doc.links_over(start, start + len(block.cells[j].strip()))
                    if any(file_host_of_address(url) for _a, _b, url in links):
                        self._add_table_name(block, table, j, f"{network}-{depth}")
        self.mentions.sort(key=lambda x: x.start)

    def _grouped_name(self, table, block, cell: str) -> str | None:
        """'ScrollSet/swift_det_R_50_3x': in a models table whose name cells repeat, once per value of a column before
        them (the dataset each was trained on), each row names the model of its name with that value."""
        cells = block.cells
        if not LISTED_NAME_RE.match(cell) or not self._lists_models(table) and not self._offers_weights(block):
            return None
        for j in range(table.name_col if self._lists_models(table) else 0):
            group, name = cells[j].strip(), cells[table.name_col].strip()
            if group and LISTED_NAME_RE.match(group) and self._group_pairs(table, j)[(group, name)] == 1:
                return f"{group}/{cell}"
        # 'LV-ViT-S | 224 | 25.77M' and 'LV-ViT-S | 384 | 26.30M' under 'Image resolution': one model at two input
        # sizes (or schedules, or training data), each the model of its name and that setting; not a row linking
        # its repository, whose id names it ('…/x-so400m-patch14-384'), nor a cell that is a word ('link')
        if not NAME_MARK_RE.search(cell) or any(repository(url) for _s, _e, url in
                                                self.doc.links_from(block.start, block.end)):
            return None
        for j, head in enumerate(table.header):
            setting, name = (cells[j].strip() if j < len(cells) else ""), cells[table.name_col].strip()
            if j != table.name_col and (table.name_counts[cells[table.name_col]] > 1
                                        or self._name_cell_counts()[name] > 1) and SETTING_HEADER_RE.search(head) \
                    and SETTING_CELL_RE.fullmatch(setting) and setting.lower() not in cell.lower() \
                    and self._group_pairs(table, j)[(setting, name)] == 1:
                return f"{cell} ({setting})"
        return None

    def _group_pairs(self, table, j: int) -> Counter:
        """How often each (column j's cell, name cell) pair stands in the table: counted once per table and column."""
        cache = self._pair_counts
        if (id(table), j) not in cache:
            cache[(id(table), j)] = Counter((r.cells[j].strip(), r.cells[table.name_col].strip()) for r in
                                            (self.doc.blocks[i] for i in table.blocks) if len(r.cells) > table.name_col)
        return cache[(id(table), j)]

    def _linked_checkpoint_id(self, table, block, name_cell: str) -> tuple[int, str] | None:
        """(column, identifier) of the checkpoint a row's download link names ('clip_b16_grit1m_fultune_8xe'), where
        the row's name cell names no one model: the same name heads rows of other tables of the document."""
        if self._name_cell_counts()[name_cell.strip()] < 2 or not self._offers_weights(block):
            return None
        for j, head in enumerate(table.header):
            cell = block.cells[j].strip() if j < len(block.cells) else ""
            if j != table.name_col and DOWNLOAD_HEADER_RE.search(head) and CHECKPOINT_ID_RE.fullmatch(cell) \
                    and not WEIGHTS_FILE_RE.search(cell) and not FILE_NAME_RE.search(cell) \
                    and self.doc.links_over(*self._cell_span(table, block, j)):
                return j, cell
        return None

    def _cell_span(self, table, block, j: int) -> tuple[int, int]:
        start = cell_start(self.doc, block, table.header, j)
        return (start, start + len(block.cells[j].strip())) if start is not None else (block.end, block.end)

    def _name_cell_counts(self) -> Counter:
        """In how many of the document's tables each name cell stands (counted once per document)."""
        if self._all_name_cells is None:
            self._all_name_cells = Counter(
                name for t in find_tables(self.doc)[0] if t.name_col is not None
                for name in {self.doc.blocks[i].cells[t.name_col].strip() for i in t.blocks
                             if t.name_col < len(self.doc.blocks[i].cells)})
        return self._all_name_cells
