"""Costs: the total over the run and the cost per conviction, for every scenario."""
import numpy as np
from matplotlib.ticker import FuncFormatter

from ..confidence import mean_ci95
from ..figures import colours, new_figure, wrapped
from ..html_page import Section, figure, note, paragraph, table
from ..names import format_interval

COST_KPIS = (("total_cost", "Total cost over the run", 1e6, "£ million"),
             ("cost_per_conviction", "Cost per conviction", 1.0, "£"))


def render(ctx):
    kpis = [k for k in COST_KPIS if k[0] in ctx.baseline.result.kpis]
    title = "Costs"
    if not kpis or not any(np.nansum(np.abs(s.kpi(k[0]))) > 0 for s in ctx.scenarios
                           for k in kpis):
        return Section("costs", title, note(
            "The results hold no costs (the scenario sets no unit costs under `costs:`)."))
    intro = paragraph(
        "Costs at the scenario's unit costs (see the assumptions below): the total over the run, "
        "and that total divided by the convictions. Error bars: 95% confidence intervals.")
    rows = [[s.label] + [format_interval(mean_ci95(s.kpi(k)), "GBP") for k, *_ in kpis]
            for s in ctx.scenarios]
    body = (intro
            + figure(ctx.figures.embed(_chart(ctx.scenarios, kpis), "costs",
                                       "Total cost and cost per conviction"),
                     "Mean over replications with 95% confidence intervals.")
            + table(["scenario"] + [f"{name} [95% CI]" for _, name, *_ in kpis], rows,
                    table_id="costs"))
    return Section("costs", title, body)


def _chart(scenarios, kpis):
    fig, axes = new_figure(11, 1.2 + 0.42 * len(scenarios), 1, len(kpis), sharey=True)
    palette = colours(len(scenarios))
    y = np.arange(len(scenarios))
    for ax, (kpi, name, scale, unit) in zip(axes[0], kpis):
        cis = [mean_ci95(s.kpi(kpi)) for s in scenarios]
        mean = np.array([c.mean for c in cis]) / scale
        err = np.array([[c.mean - c.low for c in cis], [c.high - c.mean for c in cis]]) / scale
        ax.barh(y, mean, xerr=err, color=palette, alpha=0.85, capsize=3, height=0.6)
        ax.set_title(name)
        ax.set_xlabel(unit)
        ax.xaxis.set_major_formatter(FuncFormatter(lambda v, _: f"{v:,.0f}" if scale == 1
                                                   else f"{v:,.1f}"))
    axes[0, 0].set_yticks(y, wrapped([s.label for s in scenarios]), fontsize=8.5)
    axes[0, 0].invert_yaxis()
    return fig
