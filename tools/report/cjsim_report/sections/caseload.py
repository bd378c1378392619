"""Open caseload over time by stage: a fan chart of the baseline's replications, then every
scenario's median side by side."""
import matplotlib.dates as mdates
import numpy as np

from ..figures import PALETTE, colours, legend_below, new_figure, number_ticks
from ..html_page import Section, figure, note, paragraph

BANDS = ((0.05, 0.95, 0.18), (0.25, 0.75, 0.35))  # (low quantile, high quantile, opacity)


def render(ctx):
    base = ctx.baseline
    reps = len(base.runs)
    parts = [paragraph(
        "Cases open at the start of each week, by stage. The first point of each line is the "
        "stock of open cases the run starts from; the rest is what the model forecasts.")]
    parts.append(figure(
        ctx.figures.embed(_fan_chart(base), "caseload-fan",
                          f"Open caseload by stage over time, {base.label}"),
        f"{base.label}: median over {reps} replications (line), with the middle 50% and 90% of "
        f"replications shaded. The dot marks the stock open at the start."))
    if reps < 5:
        parts.append(note(f"Only {reps} replications: the shaded bands are rough. Run more "
                          f"replications (--replications) for bands to rely on."))
    if len(ctx.scenarios) > 1:
        parts.append(figure(
            ctx.figures.embed(_comparison_chart(ctx.scenarios), "caseload-scenarios",
                              "Open caseload by stage over time, every scenario"),
            "Every scenario: median over replications, middle 50% of replications shaded."))
    return Section("caseload", "Open caseload over time", "".join(parts))


def _fan_chart(scenario):
    fig, axes = new_figure(11, 7, 2, 2)
    dates = scenario.result.period_start
    for ax, stage in zip(axes.flat, scenario.result.open_stages):
        values = scenario.series(f"open_{stage.name}")
        for low, high, alpha in BANDS:
            ax.fill_between(dates, np.quantile(values, low, axis=0),
                            np.quantile(values, high, axis=0), color=PALETTE[0], alpha=alpha,
                            linewidth=0, label=f"middle {round((high - low) * 100)}%")
        median = np.median(values, axis=0)
        ax.plot(dates, median, color=PALETTE[0], linewidth=1.8, label="median")
        ax.plot(dates[:1], median[:1], "o", color=PALETTE[3], label="open at the start")
        ax.annotate(f"{median[0]:,.0f} at the start", (dates[0], median[0]),
                    textcoords="offset points", xytext=(6, 8), fontsize=9, color=PALETTE[3])
        _style(ax, stage.caseload)
    handles, labels = axes[0, 0].get_legend_handles_labels()
    legend_below(fig, handles, labels, 4)
    return fig


def _comparison_chart(scenarios):
    fig, axes = new_figure(11, 7.6, 2, 2)
    palette = colours(len(scenarios))
    for ax, stage in zip(axes.flat, scenarios[0].result.open_stages):
        for scenario, colour in zip(scenarios, palette):
            values = scenario.series(f"open_{stage.name}")
            dates = scenario.result.period_start
            ax.fill_between(dates, np.quantile(values, 0.25, axis=0),
                            np.quantile(values, 0.75, axis=0), color=colour, alpha=0.15,
                            linewidth=0)
            ax.plot(dates, np.median(values, axis=0), color=colour, linewidth=1.5,
                    label=scenario.label)
        _style(ax, stage.caseload)
    handles, labels = axes[0, 0].get_legend_handles_labels()
    legend_below(fig, handles, labels, 3)
    return fig


def _style(ax, title):
    ax.set_title(title)
    ax.set_ylabel("open cases (cases)")
    number_ticks(ax.yaxis)
    locator = mdates.AutoDateLocator()
    ax.xaxis.set_major_locator(locator)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
