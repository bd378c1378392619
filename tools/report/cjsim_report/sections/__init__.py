"""The report's sections, in page order. Each module's render(ctx) returns an html_page.Section,
or None when it has nothing to show (a sweep section without a sweep file)."""
from . import (assumptions, caseload, costs, courts, flow, kpi_differences, overview,
               provenance, sweep, timeliness)

SECTIONS = tuple(m.render for m in (overview, caseload, kpi_differences, sweep, timeliness, flow,
                                    courts, costs, provenance, assumptions))
