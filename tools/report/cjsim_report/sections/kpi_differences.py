"""The KPI table: the baseline's value of each KPI and each scenario's difference from it, with
95% confidence intervals, shaded where the difference is clearly not zero."""
from ..confidence import difference_ci95, mean_ci95
from ..html_page import Raw, Section, code, escape, paragraph, table
from ..names import format_difference_interval, format_interval


def render(ctx):
    base, others = ctx.baseline, ctx.scenarios[1:]
    headers = ["KPI", "units", f"{base.label}{' (baseline)' if others else ''} [95% CI]"]
    headers += [f"{o.label} − baseline, {'paired' if base.pairs_with(o) else 'unpaired'} "
                f"[95% CI]" for o in others]
    rows, shading = [], []
    for kpi in base.result.kpis:
        units = base.result.kpi_units(kpi)
        name = Raw(f"{escape(base.result.kpi_description(kpi))}<span class=\"kpi-code\">"
                   f"{code(kpi)}</span>")
        row = [name, units, format_interval(mean_ci95(base.kpi(kpi)), units)]
        row_shading = [False] * len(row)
        for other in others:
            d = difference_ci95(base.kpi(kpi), other.kpi(kpi), base.pairs_with(other))
            row.append(format_difference_interval(d, units))
            row_shading.append(d.excludes_zero)
        rows.append(row)
        shading.append(row_shading)
    if others:
        title = "KPIs: differences from the baseline"
        intro = paragraph(
            "Each KPI of the baseline with its 95% confidence interval across replications, and "
            "each scenario's difference from it (scenario minus baseline). Shaded cells: the "
            "interval excludes zero, so the difference is clearly not noise. Paired: both "
            "results share their random numbers replication by replication (same seed and "
            "replications), so the interval comes from the paired differences and is narrow; "
            "unpaired: from the two means' intervals. Shares differ in percentage points (pp).")
    else:
        title = "KPIs"
        intro = paragraph("Each KPI's mean over replications with its 95% confidence interval.")
    body = intro + table(headers, rows, table_id="kpi-differences", text_columns=(1,),
                        shaded=shading)
    return Section("kpis", title, body)

