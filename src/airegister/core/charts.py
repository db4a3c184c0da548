"""Small charts as inline SVG, drawn on the server: no JavaScript, no chart library, nothing from a CDN.

Every chart carries a <title> and an aria-label, and the numbers it draws are also printed beside it, so
the picture is a shortcut to the figures, never the only place they are.
"""

import datetime

from django.utils.html import escape
from django.utils.safestring import mark_safe

COLOURS = {
    "pass": "#3ea76a",
    "unknown": "#e0a106",
    "fail": "#d2453f",
    "red": "#d2453f",
    "orange": "#e08a1e",
    "blue": "#2f5bd3",
    "gray": "#aab2bf",
    "green": "#3ea76a",
    "purple": "#8a4fc4",
}


def _colour(name: str) -> str:
    return COLOURS.get(name, name if name.startswith("#") else COLOURS["gray"])


def _svg(width: int, height: int, label: str, body: str) -> str:
    return mark_safe(
        f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(label)}"><title>{escape(label)}</title>'
        f"{body}</svg>"
    )


def stacked_bar(parts: list[tuple[str, int, str]], label: str, width: int = 360, height: int = 16) -> str:
    """One bar split into parts [(name, count, colour)], proportional to the counts."""
    total = sum(count for _, count, _ in parts)
    if not total:
        return _svg(width, height, label, f'<rect width="{width}" height="{height}" rx="4" fill="#eef0f3"/>')
    x, body = 0.0, []
    for name, count, colour in parts:
        if not count:
            continue
        w = width * count / total
        body.append(
            f'<rect x="{x:.1f}" y="0" width="{w:.1f}" height="{height}" fill="{_colour(colour)}">'
            f"<title>{escape(name)}: {count}</title></rect>"
        )
        x += w
    return _svg(width, height, label, "".join(body))


def hbars(items: list[tuple[str, int, str]], label: str, width: int = 360, bar: int = 14, gap: int = 8) -> str:
    """Horizontal bars, one per item [(name, value, colour)], with the name and value written beside them."""
    if not items:
        return ""
    label_w, value_w = 130, 34
    span = width - label_w - value_w
    top = max(value for _, value, _ in items) or 1
    height = len(items) * (bar + gap)
    body = []
    for i, (name, value, colour) in enumerate(items):
        y = i * (bar + gap)
        w = max(2.0, span * value / top) if value else 0
        text = name if len(name) <= 20 else name[:19] + "…"
        body.append(
            f'<text x="0" y="{y + bar - 3}">{escape(text)}</text>'
            f'<rect x="{label_w}" y="{y}" width="{w:.1f}" height="{bar}" rx="3" fill="{_colour(colour)}">'
            f"<title>{escape(name)}: {value}</title></rect>"
            f'<text x="{label_w + w + 5:.1f}" y="{y + bar - 3}">{value}</text>'
        )
    return _svg(width, height, label, "".join(body))


def timeline(events: list[tuple[datetime.date, str, str]], start: datetime.date, days: int, label: str,
             width: int = 360, height: int = 46) -> str:
    """Dates [(date, name, colour)] as marks on an axis from `start` to `start + days`."""
    left, right, axis_y = 6, width - 6, 20
    span = right - left
    body = [f'<line x1="{left}" y1="{axis_y}" x2="{right}" y2="{axis_y}" stroke="#cfd4dc" stroke-width="2"/>']
    for tick in (0, days // 3, 2 * days // 3, days):
        x = left + span * tick / days
        anchor = "start" if tick == 0 else "end" if tick == days else "middle"
        body.append(f'<line x1="{x:.1f}" y1="{axis_y - 4}" x2="{x:.1f}" y2="{axis_y + 4}" stroke="#cfd4dc"/>')
        text = "today" if tick == 0 else f"+{tick}d"
        body.append(f'<text x="{x:.1f}" y="{axis_y + 18}" text-anchor="{anchor}">{text}</text>')
    for day, name, colour in events:
        offset = min(max((day - start).days, 0), days)
        x = left + span * offset / days
        body.append(
            f'<circle cx="{x:.1f}" cy="{axis_y}" r="6" fill="{_colour(colour)}" stroke="#fff" stroke-width="1.5">'
            f"<title>{escape(name)}: {day.isoformat()}</title></circle>"
        )
    return _svg(width, height, label, "".join(body))


def daily_columns(counts: list[tuple[datetime.date, int]], label: str, width: int = 360, height: int = 60,
                  colour: str = "blue") -> str:
    """One column per day (oldest first), height proportional to the count."""
    if not counts:
        return ""
    top = max(c for _, c in counts) or 1
    slot = width / len(counts)
    chart_h = height - 14
    body = [f'<line x1="0" y1="{chart_h}" x2="{width}" y2="{chart_h}" stroke="#cfd4dc"/>']
    for i, (day, count) in enumerate(counts):
        h = chart_h * count / top
        if count:
            body.append(
                f'<rect x="{i * slot + 1:.1f}" y="{chart_h - h:.1f}" width="{max(slot - 2, 1):.1f}" height="{h:.1f}" '
                f'fill="{_colour(colour)}"><title>{day.isoformat()}: {count}</title></rect>'
            )
    body.append(f'<text x="0" y="{height - 2}">{counts[0][0]:%b %d}</text>')
    body.append(f'<text x="{width}" y="{height - 2}" text-anchor="end">{counts[-1][0]:%b %d}</text>')
    return _svg(width, height, label, "".join(body))


def _month_starts(start: datetime.date, end: datetime.date) -> list[datetime.date]:
    day = datetime.date(start.year + (start.month == 12), start.month % 12 + 1, 1)
    months = []
    while day <= end:
        months.append(day)
        day = datetime.date(day.year + (day.month == 12), day.month % 12 + 1, 1)
    return months


def lanes(rows: list[tuple[str, list[tuple]]], start: datetime.date, days: int,
          label: str, description: str = "", width: int = 1000, lane: int = 22, label_w: int = 200,
          chart_id: str = "lanes") -> str:
    """One lane per row [(name, [(date, what, colour[, "diamond"])])] on a shared axis from `start` to
    `start + days`: a light bar from `start` to the row's last date, and a mark at each date (its `what` and date
    as a tooltip): a circle, or a larger diamond drawn over the circles (a second shape, not only a colour).

    Month ticks on top; `description` goes into <desc> for screen readers (the page lists the dates as text too).
    """
    left, right, top = label_w, width - 12, 26
    span = right - left
    height = top + len(rows) * lane + 6

    def x_of(day: datetime.date) -> float:
        return left + span * min(max((day - start).days, 0), days) / days

    end = start + datetime.timedelta(days=days)
    body = [f'<rect x="{left}" y="{top - 4}" width="{span}" height="{len(rows) * lane + 4}" fill="#fafbfc"/>']
    for month in _month_starts(start, end):
        x = x_of(month)
        body.append(f'<line x1="{x:.1f}" y1="{top - 6}" x2="{x:.1f}" y2="{height - 4}" stroke="#e3e6eb"/>')
        if right - x >= 34:  # no label squeezed against the right edge
            text = f"{month:%b}" if month.month != 1 else f"{month:%b} ’{month:%y}"
            body.append(f'<text x="{x + 3:.1f}" y="{top - 10}">{text}</text>')
    body.append(f'<text x="{left}" y="{top - 10}" text-anchor="end" dx="-6">today</text>')
    body.append(f'<line x1="{left}" y1="{top - 6}" x2="{left}" y2="{height - 4}" stroke="#2f5bd3" stroke-width="1.5"/>')
    for i, (name, marks) in enumerate(rows):
        y = top + i * lane + lane / 2
        text = name if len(name) <= 28 else name[:27] + "…"
        body.append(f'<text x="{left - 8}" y="{y + 4:.1f}" text-anchor="end">{escape(text)}</text>')
        if not marks:
            continue
        last = max(x_of(mark[0]) for mark in marks)
        body.append(f'<rect x="{left}" y="{y - 3:.1f}" width="{last - left:.1f}" height="6" rx="3" fill="#e3e8f2"/>')
        for day, what, colour, *shape in sorted(marks, key=lambda m: len(m) > 3 and m[3] == "diamond"):
            x, tip = x_of(day), f"<title>{escape(what)}: {day.isoformat()}</title>"
            if shape and shape[0] == "diamond":
                points = f"{x:.1f},{y - 7.5:.1f} {x + 7.5:.1f},{y:.1f} {x:.1f},{y + 7.5:.1f} {x - 7.5:.1f},{y:.1f}"
                body.append(
                    f'<polygon points="{points}" fill="{_colour(colour)}" stroke="#fff" stroke-width="1.5">'
                    f"{tip}</polygon>"
                )
            else:
                body.append(
                    f'<circle cx="{x:.1f}" cy="{y:.1f}" r="5.5" fill="{_colour(colour)}" stroke="#fff" '
                    f'stroke-width="1.5">{tip}</circle>'
                )
    title_id, desc_id = f"{chart_id}-title", f"{chart_id}-desc"
    return mark_safe(
        f'<svg class="chart lanes" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-labelledby="{title_id} {desc_id}">'
        f'<title id="{title_id}">{escape(label)}</title><desc id="{desc_id}">{escape(description)}</desc>'
        f"{''.join(body)}</svg>"
    )


def month_columns(months: list[tuple[datetime.date, list[tuple[str, int, str]]]], label: str, width: int = 520,
                  height: int = 74) -> str:
    """One column per month [(first day, [(name, count, colour)])], its parts stacked, the total above it and the
    month's name under it."""
    if not months:
        return ""
    top = max(sum(count for _, count, _ in parts) for _, parts in months) or 1
    slot = width / len(months)
    base = height - 16
    chart_h = base - 14
    body = [f'<line x1="0" y1="{base}" x2="{width}" y2="{base}" stroke="#cfd4dc"/>']
    for i, (month, parts) in enumerate(months):
        x, y = i * slot + 3, float(base)
        total = sum(count for _, count, _ in parts)
        for name, count, colour in parts:
            if not count:
                continue
            h = chart_h * count / top
            y -= h
            body.append(
                f'<rect x="{x:.1f}" y="{y:.1f}" width="{max(slot - 6, 1):.1f}" height="{h:.1f}" '
                f'fill="{_colour(colour)}"><title>{month:%B %Y}: {count} {escape(name)}</title></rect>'
            )
        middle = i * slot + slot / 2
        if total:
            body.append(f'<text x="{middle:.1f}" y="{y - 3:.1f}" text-anchor="middle">{total}</text>')
        name = f"{month:%b} ’{month:%y}" if i == 0 or month.month == 1 else f"{month:%b}"
        body.append(f'<text x="{middle:.1f}" y="{height - 3}" text-anchor="middle">{name}</text>')
    return _svg(width, height, label, "".join(body))


def cell_grid(rows: list[tuple[str, list[tuple[str, str, str]]]], label: str, cell: int = 14, gap: int = 3,
              label_w: int = 150) -> str:
    """One row of squares per group [(group name, [(cell name, colour, link)])]: a coverage picture. Each square
    names its cell in its title and, where a link is given, leads to it."""
    if not rows:
        return ""
    widest = max(len(cells) for _, cells in rows)
    width = label_w + widest * (cell + gap) + 40
    height = len(rows) * (cell + gap * 2)
    body = []
    for i, (name, cells) in enumerate(rows):
        y = i * (cell + gap * 2)
        text = name if len(name) <= 24 else name[:23] + "…"
        body.append(f'<text x="0" y="{y + cell - 3}">{escape(text)}</text>')
        for j, (cell_name, colour, link) in enumerate(cells):
            rect = (
                f'<rect x="{label_w + j * (cell + gap)}" y="{y}" width="{cell}" height="{cell}" rx="2" '
                f'fill="{_colour(colour)}"><title>{escape(cell_name)}</title></rect>'
            )
            body.append(f'<a href="{escape(link)}">{rect}</a>' if link else rect)
        covered = sum(1 for _, colour, _ in cells if colour == "green")
        x = label_w + len(cells) * (cell + gap) + 4
        body.append(f'<text x="{x}" y="{y + cell - 3}">{covered}/{len(cells)}</text>')
    return _svg(width, height, label, "".join(body))
