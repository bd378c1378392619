"""Time to charge and to completion: distributions by offence group from the /cases trace,
against the published median where there is one."""
import numpy as np

from ..confidence import mean_ci95
from ..figures import PALETTE, colours, new_figure, number_ticks
from ..html_page import Section, figure, note, paragraph
from ..names import format_interval, offence_group_name
from ..published import CROWN_MEDIAN_CHARGE_TO_COMPLETION

WHISKERS = (5, 95)  # percentiles: the long tails of court waits would swamp 1.5 IQR whiskers


def render(ctx):
    detailed = [(s, c) for s, c in ctx.detailed if c is not None]
    title = "Time to charge and to completion"
    intro = paragraph(
        "Days from report to charge, and from charge to completion, of the cases that closed "
        "during the run (cases still open at the horizon are left out), by offence group.")
    if not detailed:
        return Section("timeliness", title, intro + note(
            "The result files have no /cases trace, so these distributions cannot be drawn. "
            "Run with --trace cases (the default for `cjsim run`) to include it."))
    groups = ctx.baseline.result.offence_groups
    parts = [intro]
    for span, heading, target in (
            ("report_to_charge", "Days from report to charge", None),
            ("charge_to_completion", "Days from charge to completion", None),
            ("charge_to_completion_crown",
             "Days from charge to completion, cases completed in the Crown Court",
             CROWN_MEDIAN_CHARGE_TO_COMPLETION)):
        fig = _boxes(detailed, groups, span, heading, target)
        caption = (f"{heading} by offence group: box from the 25th to the 75th percentile, line "
                   f"at the median, whiskers at the {WHISKERS[0]}th and {WHISKERS[1]}th.")
        if target:
            caption += f" Dashed line: {target.label} ({target.source})." + _model_median(ctx)
        parts.append(figure(ctx.figures.embed(fig, "days-" + span.replace("_", "-"), heading),
                            caption))
    parts += _sample_notes(ctx, detailed)
    return Section("timeliness", title, "".join(parts))


def _boxes(detailed, groups, span, heading, target):
    fig, axes = new_figure(11, 4.4)
    ax = axes[0, 0]
    width = 0.8 / len(detailed)
    palette = colours(len(detailed)) if len(detailed) > 1 else [PALETTE[0]]
    for j, ((scenario, sample), colour) in enumerate(zip(detailed, palette)):
        stats, positions = [], []
        for g, days in enumerate(sample.days(span)):
            if days.size:
                stats.append(_box_stats(days))
                positions.append(g - 0.4 + width * (j + 0.5))
        if stats:
            ax.bxp(stats, positions=positions, widths=width * 0.85, showfliers=False,
                   patch_artist=True,
                   boxprops={"facecolor": colour, "alpha": 0.55, "edgecolor": colour},
                   medianprops={"color": "black"}, whiskerprops={"color": colour},
                   capprops={"color": colour}, manage_ticks=False)
            ax.plot([], [], color=colour, linewidth=8, alpha=0.55, label=scenario.label)
    if target:
        ax.axhline(target.value, color=PALETTE[3], linestyle="--", linewidth=1.2,
                   label=target.label)
    ax.set_xticks(range(len(groups)), [offence_group_name(g) for g in groups], rotation=15)
    ax.set_xlim(-0.6, len(groups) - 0.4)
    ax.set_ylim(bottom=0)
    ax.set_ylabel("days")
    ax.set_title(heading)
    number_ticks(ax.yaxis)
    ax.legend(loc="upper left", fontsize=8)
    return fig


def _model_median(ctx):
    """The baseline's own Crown Court median, to read against the published one."""
    kpi = "median_days_charge_to_completion_crown"
    if kpi not in ctx.baseline.result.kpis:
        return ""
    ci = mean_ci95(ctx.baseline.kpi(kpi))
    return (f" The model's median for {ctx.baseline.label}: {format_interval(ci, 'days')} days "
            f"(KPI {kpi}, mean over replications with its 95% interval).")


def _box_stats(days):
    low, q1, median, q3, high = np.percentile(days, [WHISKERS[0], 25, 50, 75, WHISKERS[1]])
    return {"med": median, "q1": q1, "q3": q3, "whislo": low, "whishi": high, "fliers": []}


def _sample_notes(ctx, detailed):
    notes = []
    sampled = [(s, c) for s, c in detailed if c.sampled]
    for scenario, sample in sampled:
        notes.append(note(f"{scenario.label}: drawn from {sample.rows_read:,} of "
                          f"{sample.rows_total:,} case rows (whole chunks spread evenly over the "
                          f"file), to keep the report quick."))
    missing = [s.label for s, c in zip(ctx.scenarios, ctx.case_samples) if c is None]
    if missing:
        notes.append(note("No /cases trace for: " + ", ".join(missing) + "."))
    if len(ctx.scenarios) > len(ctx.detailed):
        notes.append(note(f"Only the first {len(ctx.detailed)} scenarios are drawn here."))
    return notes
