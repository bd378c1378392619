"""Names as planners say them, and numbers written in their units.

KPI names in tables come from the result file's own descriptions, and stage, court and outcome
names from its /labels (result_file.py), so new KPIs and outcomes need no change here; the short
names below are for chart axes, where a description would not fit.
"""
import math

KPI_SHORT_NAMES = {
    "crown_open_at_horizon": "Crown Court open caseload at the horizon",
    "magistrates_open_at_horizon": "Magistrates' court open caseload at the horizon",
    "median_days_report_to_charge": "Median days from report to charge",
    "median_days_charge_to_completion": "Median days from charge to completion",
    "victim_withdrawal_rate_pre_charge": "Victim withdrawal before charge",
    "victim_withdrawal_rate_post_charge": "Victim withdrawal after charge",
    "conviction_rate": "Conviction rate",
    "total_cost": "Total cost",
}

UNIT_NAMES = {"share": "%", "GBP": "£"}


def kpi_short_name(kpi, description):
    return KPI_SHORT_NAMES.get(kpi, description)


def offence_group_name(group):
    """'violence_da' -> 'Violence (DA)', 'theft_burglary' -> 'Theft burglary'."""
    name = group[:-3] + " (DA)" if group.endswith("_da") else group
    name = name.replace("_", " ")
    return name[:1].upper() + name[1:]


def unit_label(units):
    """The unit as an axis shows it; shares are drawn as percentages."""
    return UNIT_NAMES.get(units, units)


def axis_units(units, largest):
    """(factor, unit label) to draw values on an axis: shares as percentages, millions of
    pounds as £ million."""
    if units == "share":
        return 100.0, "%"
    if units == "GBP" and largest >= 1e6:
        return 1e-6, "£ million"
    return 1.0, unit_label(units)


def format_value(value, units):
    """A value as a planner writes it: 12.3%, £10,752, 78.5 days, 3,286 cases."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "–"
    return ("−" if value < 0 else "") + _magnitude(abs(value), units)


def format_difference(value, units):
    """A signed difference; shares in percentage points."""
    if math.isnan(value):
        return "–"
    if value == 0:
        return "0"
    sign = "+" if value > 0 else "−"
    magnitude = _magnitude(abs(value), units)
    return sign + (magnitude[:-1] + " pp" if units == "share" else magnitude)


def _magnitude(value, units):
    if units == "share":
        return f"{value * 100:.1f}%"
    if units == "GBP":
        return f"£{value:,.0f}"
    return f"{value:,.0f}" if value >= 100 else f"{value:,.1f}"


def format_count(value):
    return f"{value:,.0f}"


def format_interval(interval, units):
    """'3,286 [3,068, 3,504]'; a single replication has no interval."""
    if interval.n == 0:
        return "–"
    if interval.n == 1:
        return format_value(interval.mean, units)
    return (f"{format_value(interval.mean, units)} [{format_value(interval.low, units)}, "
            f"{format_value(interval.high, units)}]")


def format_difference_interval(interval, units):
    """'−423 [−512, −334]'."""
    if interval.n == 0:
        return "–"
    if interval.n == 1:
        return format_difference(interval.mean, units)
    return (f"{format_difference(interval.mean, units)} [{format_difference(interval.low, units)},"
            f" {format_difference(interval.high, units)}]")
