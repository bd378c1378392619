"""The courts: trial listings by result (effective, cracked, ineffective) in each court, and the
court time used against the time available."""
import matplotlib.dates as mdates
import numpy as np

from ..confidence import mean_ci95
from ..figures import PALETTE, colours, legend_below, new_figure, number_ticks, wrapped
from ..html_page import Section, figure, paragraph, table
from ..names import format_count, format_interval
from ..published import INEFFECTIVE_TRIAL_RATE

RESULT_COLOURS = {"effective": "#009E73", "cracked": "#E69F00", "ineffective": "#D55E00"}
OTHER_RESULT_COLOUR = "#999999"


def render(ctx):
    parts = [paragraph(
        "Trial listings by result: effective (went ahead), cracked (ended on the day without a "
        "trial) or ineffective (could not go ahead and had to be relisted).")]
    parts.append(figure(ctx.figures.embed(_trials_chart(ctx.scenarios), "trial-results",
                                          "Trial listings by result in each court"),
                        "Share of trial listings by result, over the whole run, mean of the "
                        "replications. Dashed line: published ineffective trial rate ("
                        + INEFFECTIVE_TRIAL_RATE["crown"].source + ")."))
    parts.append(_trials_table(ctx.scenarios))
    base = ctx.baseline.result
    period = "week" if base.period_days == 7 else f"period of {base.period_days:g} days"
    parts.append(paragraph(f"Court time each {period}: what was available against what trials, "
                           f"hearings and sentences used."))
    parts.append(figure(ctx.figures.embed(_capacity_chart(ctx.scenarios, period),
                                          "court-capacity", "Court time available and used"),
                        f"Solid: used; dashed: available (median over replications). The last "
                        f"{period} ends at the horizon, so it may be shorter than the others."))
    parts.append(_capacity_table(ctx.scenarios))
    return Section("courts", "Trials and court capacity", "".join(parts))


def _trials_chart(scenarios):
    base = scenarios[0].result
    results = [r.name for r in base.trial_results]
    fig, axes = new_figure(11, 1.0 + 0.45 * len(scenarios) * 2, 1, len(base.courts), sharey=True)
    for ax, court in zip(axes[0], base.courts):
        for y, scenario in enumerate(scenarios):
            totals = np.array([scenario.total(f"trials_{r}_{court.name}").mean()
                               for r in results])
            shares = totals / totals.sum() if totals.sum() else totals
            left = 0.0
            for result, share in zip(results, shares):
                ax.barh(y, share, left=left, height=0.6,
                        color=RESULT_COLOURS.get(result, OTHER_RESULT_COLOUR),
                        label=result if y == 0 else None)
                if share >= 0.06:
                    ax.text(left + share / 2, y, f"{share:.0%}", ha="center", va="center",
                            fontsize=8, color="white")
                left += share
        published = INEFFECTIVE_TRIAL_RATE.get(court.name)
        if published:
            ax.axvline(1 - published.value, color="black", linestyle="--", linewidth=1)
            ax.text(1 - published.value, len(scenarios) - 0.45, published.label, fontsize=7.5,
                    ha="right")
        ax.set_xlim(0, 1)
        ax.set_xticks([0, 0.25, 0.5, 0.75, 1.0], ["0%", "25%", "50%", "75%", "100%"])
        ax.set_xlabel("share of trial listings (%)")
        ax.set_title(court.label)
        ax.grid(False)
    axes[0, 0].set_yticks(range(len(scenarios)), wrapped([s.label for s in scenarios]),
                          fontsize=8.5)
    axes[0, 0].invert_yaxis()
    axes[0, 0].set_ylim(len(scenarios) - 0.4, -0.7)
    handles, labels = axes[0, 0].get_legend_handles_labels()
    legend_below(fig, handles, labels, 3)
    return fig


def _trials_table(scenarios):
    base = scenarios[0].result
    headers = ["scenario"]
    kpis = []
    for court in base.courts:
        for result in base.trial_results:
            kpis.append(f"{result.name}_trial_rate_{court.name}")
            headers.append(f"{court.label}: {result.name} [95% CI]")
    rows = []
    for s in scenarios:
        row = [s.label]
        for kpi in kpis:
            row.append(format_interval(mean_ci95(s.kpi(kpi)), "share")
                       if kpi in s.result.kpis else "–")
        rows.append(row)
    return table(headers, rows, table_id="trial-rates",
                 caption="Trial rates (KPIs), share of trial listings")


def _capacity_panels(result):
    """(court, series prefix, unit) for each court, the Crown Court first: courts are listed
    from the magistrates' court up, and the higher court's sitting days lead."""
    return [(court, court.capacity, result.series_units(f"{court.capacity}_available"))
            for court in reversed(result.courts)]


def _capacity_chart(scenarios, period):
    panels = _capacity_panels(scenarios[0].result)
    fig, axes = new_figure(11, 4.2, 1, len(panels))
    palette = colours(len(scenarios))
    for ax, (court, prefix, unit) in zip(axes[0], panels):
        for scenario, colour in zip(scenarios, palette):
            dates = scenario.result.period_start
            ax.plot(dates, np.median(scenario.series(f"{prefix}_available"), axis=0),
                    color=colour, linestyle="--", linewidth=1)
            ax.plot(dates, np.median(scenario.series(f"{prefix}_used"), axis=0), color=colour,
                    linewidth=1.4, label=scenario.label)
        ax.set_title(f"{court.label} {unit}")
        ax.set_ylabel(f"{unit} a {period}" if period == "week" else f"{unit} per {period}")
        ax.set_ylim(bottom=0)
        number_ticks(ax.yaxis)
        locator = mdates.AutoDateLocator()
        ax.xaxis.set_major_locator(locator)
        ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(locator))
    handles, labels = axes[0, 0].get_legend_handles_labels()
    handles.append(axes[0, 0].plot([], [], color=PALETTE[6], linestyle="--", linewidth=1)[0])
    labels.append("available")
    legend_below(fig, handles, labels, 4)
    return fig


def _capacity_table(scenarios):
    panels = _capacity_panels(scenarios[0].result)
    headers = ["scenario"]
    for court, _, unit in panels:
        headers += [f"{court.label} {unit} available", "used", "share used [95% CI]"]
    rows = []
    for s in scenarios:
        row = [s.label]
        for _, prefix, _ in panels:
            available, used = s.total(f"{prefix}_available"), s.total(f"{prefix}_used")
            share = np.divide(used, available, out=np.full(len(used), np.nan),
                              where=available > 0)
            row += [format_count(available.mean()), format_count(used.mean()),
                    format_interval(mean_ci95(share), "share")]
        rows.append(row)
    return table(headers, rows, table_id="court-capacity",
                 caption="Court time over the whole run, mean of the replications")
