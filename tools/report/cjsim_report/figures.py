"""Charts: matplotlib on the Agg backend, embedded in the page as PNG, saved for slides on request.

Every chart goes through FigureStore.embed, which is the only place that knows image formats.
"""
import base64
import html
import io
import math
import os
import textwrap

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402  (the backend must be chosen first)
from matplotlib.ticker import FuncFormatter  # noqa: E402

# Okabe-Ito: distinguishable with the common colour-vision deficiencies, and in grey print.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#000000",
           "#F0E442")
EMBED_DPI = 100
SLIDE_DPI = 200

plt.rcParams.update({
    "font.size": 10,
    "axes.titlesize": 11,
    "axes.titleweight": "bold",
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.grid": True,
    "grid.color": "#dddddd",
    "grid.linewidth": 0.6,
    "legend.frameon": False,
    "svg.hashsalt": "cjsim",  # stable ids: the same data gives the same SVG bytes
})


def colours(n):
    """n distinct colours: the palette, or evenly spaced viridis for long sweeps."""
    if n <= len(PALETTE):
        return list(PALETTE[:n])
    cmap = matplotlib.colormaps["viridis"]
    return [cmap(i / max(n - 1, 1)) for i in range(n)]


def number_ticks(axis):
    """Tick labels like 12,000 (and 0.25 for small values), never an offset like '1e8'."""
    axis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:,.0f}" if abs(v) >= 1000
                                           else f"{v:g}"))


def wrapped(labels, width=34):
    """Long scenario labels (sweep points) on several lines, so the bars keep their room."""
    return [textwrap.fill(label, width) for label in labels]


def slug(text):
    """A file-name-safe label: 'crown.sitting_days_scale' -> 'crown-sitting-days-scale'."""
    return "-".join("".join(c if c.isalnum() else " " for c in text.lower()).split())


def new_figure(width, height, rows=1, cols=1, **kwargs):
    """A figure of width x height inches with a grid of axes (always a 2-D array)."""
    return plt.subplots(rows, cols, figsize=(width, height), squeeze=False,
                        layout="constrained", **kwargs)


def legend_below(fig, handles, labels, ncol, fontsize=9):
    """A legend under the panels, with room kept for it (matplotlib 3.6, Debian 12's, has no
    'outside' legend locations)."""
    if not labels:
        return
    longest = max(len(label) for label in labels)
    ncol = max(1, min(ncol, len(labels), 150 // (longest + 8)))
    height = (0.24 * math.ceil(len(labels) / ncol) + 0.12) / fig.get_figheight()
    fig.get_layout_engine().set(rect=(0, height, 1, 1 - height))
    fig.legend(handles, labels, loc="lower center", ncol=ncol, fontsize=fontsize)


class FigureStore:
    """Turns figures into <img> elements with data URIs; also writes PNG and SVG files when
    given an images folder, named after each chart (its id in the page without `chart-`)."""

    def __init__(self, images_dir=None):
        self.images_dir = images_dir
        self.written = []
        self._slugs = set()
        if images_dir:
            os.makedirs(images_dir, exist_ok=True)

    def embed(self, fig, name, alt):
        name = self._unique(name)
        buffer = io.BytesIO()
        fig.savefig(buffer, format="png", dpi=EMBED_DPI)
        if self.images_dir:
            slides = (("png", {"dpi": SLIDE_DPI}), ("svg", {"metadata": {"Date": None}}))
            for ext, options in slides:
                path = os.path.join(self.images_dir, f"{name}.{ext}")
                fig.savefig(path, format=ext, **options)
                self.written.append(path)
        plt.close(fig)
        data = base64.b64encode(buffer.getvalue()).decode("ascii")
        return (f'<img class="chart" id="chart-{name}" alt="{html.escape(alt)}" '
                f'src="data:image/png;base64,{data}">')

    def _unique(self, name):
        candidate, n = name, 2
        while candidate in self._slugs:
            candidate, n = f"{name}-{n}", n + 1
        self._slugs.add(candidate)
        return candidate
