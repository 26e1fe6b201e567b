"""The trend chart drawn on the server as SVG: no script, no third-party request. Each region
is a line with its own colour, dash and marker, so the lines can be told apart without colour;
the template gives the same numbers as a table."""

WIDTH, HEIGHT = 720, 260
LEFT, RIGHT, TOP, BOTTOM = 44, 20, 14, 34
# Colours of at least 4.5:1 on white (WCAG 1.4.11 asks 3:1 of graphics), dash pattern, marker.
STYLES = [("#005a9c", "", "circle"), ("#b3261e", "7 4", "square"),
          ("#00703c", "2 3", "triangle"), ("#6f3a96", "11 4", "diamond"),
          ("#8a4b00", "5 2 1 2", "cross")]


def nice_top(largest: int) -> int:
    """The axis's top: four equal whole-number steps of 1, 2, 2.5 or 5 × a power of ten."""
    wanted = max(largest, 1) / 4
    power = 1
    while True:
        for step in (power, 2 * power, 5 * power // 2, 5 * power):
            if step >= wanted and step == int(step):
                return int(4 * step)
        power *= 10


def marker(shape: str, x: float, y: float, r: float = 4.5) -> str:
    """An SVG path for a marker centred on (x, y)."""
    if shape == "circle":
        return (f"M{x - r:.1f},{y:.1f}a{r},{r} 0 1,0 {2 * r},0a{r},{r} 0 1,0 {-2 * r},0Z")
    if shape == "square":
        return f"M{x - r:.1f},{y - r:.1f}h{2 * r}v{2 * r}h{-2 * r}Z"
    if shape == "triangle":
        return f"M{x:.1f},{y - r - 1:.1f}L{x + r + 1:.1f},{y + r:.1f}H{x - r - 1:.1f}Z"
    if shape == "diamond":
        return (f"M{x:.1f},{y - r - 1:.1f}L{x + r + 1:.1f},{y:.1f}L{x:.1f},{y + r + 1:.1f}"
                f"L{x - r - 1:.1f},{y:.1f}Z")
    return (f"M{x - r:.1f},{y - r:.1f}L{x + r:.1f},{y + r:.1f}M{x + r:.1f},{y - r:.1f}"
            f"L{x - r:.1f},{y + r:.1f}")


def trend(periods, series):
    """Geometry for the template. `series` is [(name, [count per period])], one per region."""
    top = nice_top(max([n for _name, counts in series for n in counts] + [0]))
    width, height = WIDTH - LEFT - RIGHT, HEIGHT - TOP - BOTTOM
    step = width / (len(periods) - 1) if len(periods) > 1 else 0

    def x(i):
        return LEFT + (i * step if step else width / 2)

    def y(n):
        return TOP + height * (1 - n / top)

    lines = []
    for index, (name, counts) in enumerate(series):
        colour, dash, shape = STYLES[index % len(STYLES)]
        points = [(x(i), y(n), n, period) for i, (n, period) in enumerate(zip(counts, periods,
                                                                               strict=True))]
        lines.append({
            "name": name, "colour": colour, "dash": dash, "shape": shape,
            "points": " ".join(f"{px:.1f},{py:.1f}" for px, py, _n, _p in points),
            "markers": [{"d": marker(shape, px, py), "count": n, "period": p}
                        for px, py, n, p in points],
            "legend": marker(shape, 14, 8), "filled": shape != "cross",
        })
    return {
        "width": WIDTH, "height": HEIGHT, "left": LEFT, "right": WIDTH - RIGHT,
        "bottom": TOP + height, "label_y": TOP + height + 20,
        "ticks": [{"y": f"{y(top * k / 4):.1f}", "value": top * k // 4} for k in range(5)],
        "periods": [{"x": f"{x(i):.1f}", "date": p} for i, p in enumerate(periods)],
        "lines": lines,
    }
