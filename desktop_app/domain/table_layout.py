"""Column widths for printed tables, from measured text (Times New Roman's metrics).

Columns whose text must stay on one line (numbers, codes, phones, times) get their widest text;
the columns that wrap (name, position, unit) share the rest so that the rows are as short as they
can be: millimetre by millimetre, the room goes to the column where it saves the most lines over
the rows printed (a long position gets room before a short name gets a spare millimetre).

    fit_widths({"name": 20.0, "position": 15.0}, rows, room_mm=85, size_pt=12, weights=...)
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Hashable, Mapping, Sequence

from desktop_app.domain.text_metrics import PT_PER_MM, line_count, width_mm

_STEP_MM = 1.0
_SAMPLE = 400            # distinct rows looked at (evenly spread): enough to size a column


def fit_widths(minimum: Mapping[Hashable, float], rows: Sequence[Sequence[str]], room_mm: float, *,
               size_pt: float, inside_mm: float, weights: Mapping[Hashable, float]) -> dict[Hashable, float]:
    """Widths (mm) for the wrapping columns `minimum` (key → narrowest width: its longest word or
    heading word, padding included) that add up to `room_mm`. `rows` hold each row's texts in the
    order of `minimum`; `inside_mm` is what padding takes from a cell. When every text is on one
    line, the width left over goes to all columns in proportion to `weights`."""
    keys = list(minimum)
    widths = {k: minimum[k] for k in keys}
    spare = room_mm - sum(widths.values())
    if spare <= 0:   # too little room even for the longest words: in proportion to the minimums
        scale = room_mm / sum(widths.values())
        return {k: w * scale for k, w in widths.items()}
    counted = Counter(tuple(r) for r in rows if any(r))
    distinct = list(counted)
    if len(distinct) > _SAMPLE:
        distinct = distinct[:: len(distinct) // _SAMPLE + 1]
    cache: dict[tuple[int, float], list[int]] = {}

    def lines(i: int, width: float) -> list[int]:
        key = (i, round(width, 3))
        if key not in cache:
            pt = max(width - inside_mm, 1.0) * PT_PER_MM
            cache[key] = [line_count(r[i], pt, size_pt) if r[i] else 1 for r in distinct]
        return cache[key]

    def cost(current: list[list[int]]) -> tuple[int, int]:
        tallest = sum(max(col[j] for col in current) * counted[r] for j, r in enumerate(distinct))
        total = sum(sum(col[j] for col in current) * counted[r] for j, r in enumerate(distinct))
        return tallest, total

    current = [lines(i, widths[k]) for i, k in enumerate(keys)]
    best = cost(current)
    while spare > 1e-6 and best[1] > len(keys) * sum(counted[r] for r in distinct):
        step = min(_STEP_MM, spare)
        trials = []
        for i, k in enumerate(keys):
            trial = list(current)
            trial[i] = lines(i, widths[k] + step)
            # No saving anywhere yet (a plateau): the most wrapped column grows.
            wrapped = sum(n * counted[r] for n, r in zip(current[i], distinct, strict=True))
            trials.append((cost(trial), -wrapped, -weights.get(k, 0.0), i, trial))
        (new_cost, _, _, i, trial) = min(trials, key=lambda t: t[:4])
        widths[keys[i]] += step
        spare -= step
        current, best = trial, new_cost
    if spare > 1e-6:
        total_weight = sum(weights.get(k, 1.0) for k in keys)
        widths = {k: w + spare * weights.get(k, 1.0) / total_weight for k, w in widths.items()}
    return widths


def fit_preferred(minimums: Sequence[Mapping[Hashable, float]], rows: Sequence[Sequence[str]], room_mm: float, *,
                  size_pt: float, inside_mm: float, weights: Mapping[Hashable, float]) -> dict[Hashable, float]:
    """`fit_widths` for the first of `minimums` (most wanted first: headings on one line, then
    headings wrapped at spaces) whose rows are at most a tenth taller than with the last."""
    fits = [fit_widths(m, rows, room_mm, size_pt=size_pt, inside_mm=inside_mm, weights=weights) for m in minimums]
    heights = [row_lines(f, rows, size_pt=size_pt, inside_mm=inside_mm) for f in fits]
    return next(f for f, h in zip(fits, heights, strict=True) if h <= 1.1 * heights[-1])


def row_lines(widths: Mapping[Hashable, float], rows: Sequence[Sequence[str]], *, size_pt: float,
              inside_mm: float) -> int:
    """The rows' height in lines (each row as tall as its tallest cell) at these widths."""
    pts = [max(w - inside_mm, 1.0) * PT_PER_MM for w in widths.values()]
    return sum(max(line_count(t, pt, size_pt) if t else 1 for t, pt in zip(r, pts, strict=True)) for r in rows)


def two_lines_mm(text: str, size_pt: float) -> float:
    """The narrowest width (mm) that holds `text` on at most two lines, broken at a space (a
    person's name: never three lines, never a broken word)."""
    words = text.split()
    if len(words) < 2:
        return width_mm(text, size_pt)
    return min(max(width_mm(" ".join(words[:i]), size_pt), width_mm(" ".join(words[i:]), size_pt))
               for i in range(1, len(words)))
