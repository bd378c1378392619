"""The flow of cases from report to outcome: for each stage, where the cases that entered it
went (100% bars joined like a Sankey diagram), with the share lost to victim withdrawal."""
from matplotlib.patches import Patch, Polygon

from ..figures import legend_below, new_figure, slug
from ..flow_counts import COMPLETED, MOVED_ON, OPEN, flow_of
from ..html_page import Section, figure, note, paragraph, table
from ..names import format_count

WITHDRAWAL_COLOUR = "#D55E00"
OTHER_COLOUR = "#bbbbbb"
COLOURS = {
    MOVED_ON: "#0072B2",
    "convicted_plea": "#009E73",
    "convicted_verdict": "#7cc8a9",
    "acquitted": "#56B4E9",
    "discontinued": "#999999",
    "no_further_action": "#cccccc",
    "out_of_court": "#E69F00",
    COMPLETED: "#a6cbe3",
    OPEN: "#ffffff",
}
LEGEND = {
    MOVED_ON: "Moved on: charged, or sent to the Crown Court",
    COMPLETED: "Completed (outcomes in the last row)",
}
WITHDRAWAL_LEGEND = "Victim withdrew (before or after charge)"
BAR = 0.5  # bar height; rows are 1 apart


def render(ctx):
    parts = [paragraph(
        "Where the cases went, stage by stage, averaged over replications: each bar is every "
        "case that was in the stage during the run (open at the start, or arriving), split by "
        "how it left or whether it was still there at the horizon. The band joins the cases "
        "moving on to the next stage. Red is the share lost because the victim withdrew.")]
    for scenario, sample in ctx.detailed:
        stages = flow_of(scenario, sample)
        fig = _chart(stages, scenario.label)
        caption = f"{scenario.label}: flow of cases, mean of {len(scenario.runs)} replications."
        if sample is None:
            caption += (" Without a /cases trace the courts' outcomes are shown together in "
                        "the last row.")
        elif sample.sampled:
            caption += (f" The split of each court's completions by outcome is estimated from "
                        f"{sample.rows_read:,} sampled case rows; totals are exact.")
        parts.append(figure(ctx.figures.embed(fig, f"flow-{slug(scenario.label)}",
                                              f"Flow of cases, {scenario.label}"),
                            caption))
        parts.append(_table(stages, scenario.label))
    if len(ctx.scenarios) > len(ctx.detailed):
        parts.append(note(f"Only the first {len(ctx.detailed)} scenarios are drawn here."))
    return Section("flow", "Flow of cases from report to outcome", "".join(parts))


def _colour(key, stage):
    return WITHDRAWAL_COLOUR if key in stage.withdrawals else COLOURS.get(key, OTHER_COLOUR)


def _chart(stages, label):
    fig, axes = new_figure(11, 1.35 * len(stages) + 1.3)
    ax = axes[0, 0]
    n = len(stages)
    shown = {}
    for i, stage in enumerate(stages):
        y, left = n - 1 - i, 0.0
        for key, name, value in stage.segments:
            share = value / stage.entered if stage.entered else 0.0
            ax.barh(y, share, left=left, height=BAR, color=_colour(key, stage),
                    edgecolor="#777777" if key == OPEN else "white", linewidth=0.6,
                    hatch="///" if key == OPEN else None)
            withdrawal = key in stage.withdrawals
            shown.setdefault(WITHDRAWAL_LEGEND if withdrawal else LEGEND.get(key, name),
                             (key, stage))
            if share >= 0.035:
                text = f"{share:.0%}" + (f"\n{format_count(value)}" if share >= 0.09 else "")
                dark = withdrawal or key in (MOVED_ON, "convicted_plea")
                ax.text(left + share / 2, y, text, ha="center", va="center", fontsize=8,
                        color="white" if dark else "black")
            left += share
        if stage.victim_withdrawals and stage.entered:
            ax.text(1.02, y, f"victim withdrew:\n{stage.victim_withdrawals / stage.entered:.1%}"
                    f" of {format_count(stage.entered)}", va="center", fontsize=8.5,
                    color=WITHDRAWAL_COLOUR)
        if i + 1 < n and stage.segments[0][0] == MOVED_ON and stage.entered:
            _band(ax, y, stage.segments[0][2] / stage.entered, stages[i + 1])
    ax.set_yticks([n - 1 - i for i in range(n)], [_row_label(s) for s in stages], fontsize=8.5)
    ax.set_xlim(0, 1.2)
    ax.set_xticks([0, 0.25, 0.5, 0.75, 1.0], ["0%", "25%", "50%", "75%", "100%"])
    ax.set_xlabel("share of the cases in the stage (%)")
    ax.grid(False)
    ax.set_title(f"Flow of cases: {label}")
    handles = [Patch(facecolor=_colour(k, stage), edgecolor="#777777",
                     hatch="///" if k == OPEN else None, label=name)
               for name, (k, stage) in shown.items()]
    legend_below(fig, handles, [h.get_label() for h in handles], 4, fontsize=8)
    return fig


def _band(ax, y, moved_share, following):
    """The band from this row's moved-on part to the part of the next row it became."""
    arrived = following.received / following.entered if following.entered else 0.0
    top, bottom = y - BAR / 2, y - 1 + BAR / 2
    ax.add_patch(Polygon([(0, top), (moved_share, top), (arrived, bottom), (0, bottom)],
                         closed=True, facecolor=COLOURS[MOVED_ON], alpha=0.18, linewidth=0))


def _row_label(stage):
    if not stage.at_start:
        return f"{stage.name}\n{format_count(stage.entered)} cases"
    return (f"{stage.name}\n{format_count(stage.entered)} cases: "
            f"{format_count(stage.at_start)} open\nat the start + "
            f"{format_count(stage.received)} {stage.received_as}")


def _table(stages, label):
    keys, names = [], {}
    for stage in stages:
        for key, name, _ in stage.segments:
            column = "victim" if key in stage.withdrawals else key
            names.setdefault(column, name)
            if column not in keys:
                keys.append(column)
    keys.sort(key=lambda k: k == OPEN)  # still open last, after every way of leaving
    headers = ["stage", "open at the start", "arrived"] + [_column_name(k, names[k])
                                                           for k in keys]
    rows = []
    for stage in stages:
        cells = {("victim" if k in stage.withdrawals else k): v for k, _, v in stage.segments}
        row = [stage.name, format_count(stage.at_start), format_count(stage.received)]
        for k in keys:
            value = cells.get(k)
            row.append("" if value is None else
                       f"{format_count(value)} ({value / stage.entered:.1%})")
        rows.append(row)
    return table(headers, rows, caption=f"{label}: cases per run by stage (share of the "
                                        f"cases in the stage)")


def _column_name(key, name):
    return {MOVED_ON: "moved on", "victim": "victim withdrew", COMPLETED: "completed",
            OPEN: "still open at the horizon"}.get(key, name)
