"""Sweeps: each main KPI against each swept parameter, with 95% intervals, one line for each
combination of the other swept parameters."""
import math
import textwrap

import numpy as np

from ..confidence import mean_ci95
from ..figures import colours, legend_below, new_figure, number_ticks, slug
from ..html_page import Section, figure, paragraph
from ..names import axis_units, kpi_short_name

MAIN_KPIS = ("crown_open_at_horizon", "magistrates_open_at_horizon",
             "median_days_charge_to_completion", "median_days_report_to_charge",
             "victim_withdrawal_rate_pre_charge", "victim_withdrawal_rate_post_charge",
             "conviction_rate", "total_cost")
PANEL_COLUMNS = 4
MAX_LINES = 8  # more combinations than this (a Latin hypercube) are drawn as points only


def render(ctx):
    sweeps = [r for r in ctx.results if len(r.points) > 1 and r.swept_keys]
    if not sweeps:
        return None
    parts = [paragraph(
        "Each main KPI against each swept parameter: the mean over replications with its 95% "
        "confidence interval, one line for each value of the other swept parameters.")]
    for result in sweeps:
        scenarios = [s for s in ctx.scenarios if s.result is result]
        kpis = [k for k in MAIN_KPIS if k in result.kpis]
        for key in result.swept_keys:
            fig = _chart(result, scenarios, kpis, key)
            parts.append(figure(
                ctx.figures.embed(fig, f"sweep-{slug(result.scenario_name)}-{slug(key)}",
                                  f"Main KPIs against {key}, {result.name}"),
                f"{result.name}: main KPIs against {key}, mean and 95% interval over "
                f"{len(scenarios[0].runs)} replications per point."))
    return Section("sweep", "Sweep: KPIs against the swept parameters", "".join(parts))


def _chart(result, scenarios, kpis, key):
    others = [k for k in result.swept_keys if k != key]
    values = [result.points[s.point].values for s in scenarios]
    numeric = all(isinstance(v[key], float) for v in values)
    categories = list(dict.fromkeys(v[key] for v in values))
    position = (lambda v: v) if numeric else categories.index
    groups = {}
    for s, v in zip(scenarios, values):
        groups.setdefault(tuple(v[k] for k in others), []).append((position(v[key]), s))
    as_lines = len(groups) <= MAX_LINES

    rows = math.ceil(len(kpis) / PANEL_COLUMNS)
    fig, axes = new_figure(11, 2.9 * rows + 0.6, rows, PANEL_COLUMNS)
    palette = colours(len(groups) if as_lines else 1)
    for ax, kpi in zip(axes.flat, kpis):
        units = result.kpi_units(kpi)
        means = np.array([mean_ci95(s.kpi(kpi)).mean for s in scenarios])
        factor, unit = axis_units(units, np.nanmax(np.abs(means), initial=0))
        for colour, (other_values, members) in zip(palette * len(groups), groups.items()):
            members.sort(key=lambda m: m[0])
            x = np.array([m[0] for m in members], dtype=float)
            cis = [mean_ci95(s.kpi(kpi)) for _, s in members]
            mean = np.array([c.mean for c in cis]) * factor
            err = np.array([[c.mean - c.low for c in cis], [c.high - c.mean for c in cis]]) * factor
            label = ", ".join(f"{k} = {v:g}" if isinstance(v, float) else f"{k} = {v}"
                              for k, v in zip(others, other_values)) or None
            ax.errorbar(x, mean, yerr=err, color=colour, marker="o", markersize=4, capsize=3,
                        linewidth=1.4 if as_lines else 0, elinewidth=1, label=label)
        ax.set_title(textwrap.fill(kpi_short_name(kpi, result.kpi_description(kpi)), 30),
                     fontsize=9.5)
        ax.set_ylabel(unit, fontsize=8.5)
        ax.set_xlabel(key, fontsize=8.5)
        number_ticks(ax.yaxis)
        if not numeric:
            ax.set_xticks(range(len(categories)), categories, rotation=20)
    for ax in axes.flat[len(kpis):]:
        ax.set_visible(False)
    handles, labels = axes.flat[0].get_legend_handles_labels()
    if as_lines and labels:
        legend_below(fig, handles, labels, 4)
    return fig

