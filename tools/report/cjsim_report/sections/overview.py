"""Which scenarios the report shows, where they come from, and how each is compared."""
from ..html_page import Section, paragraph, table


def render(ctx):
    base = ctx.baseline
    rows = []
    for i, s in enumerate(ctx.scenarios):
        if i == 0:
            comparison = "baseline"
        elif base.pairs_with(s):
            comparison = "paired (common random numbers)"
        else:
            comparison = "unpaired (other seed or replications)"
        rows.append([s.label, s.result.name, len(s.runs), s.result.seed, comparison])
    intro = paragraph(
        "A scenario is one result file, or one point of a sweep file. The first is the baseline "
        "the others are compared with. Intervals are 95% confidence intervals across "
        "replications: they say how precisely the model's average is known, not how much a "
        "real year could vary.")
    headers = ["scenario", "file", "replications", "seed", "comparison with the baseline"]
    body = intro + table(headers, rows, table_id="scenarios", text_columns=(1, 4))
    return Section("scenarios", "Scenarios in this report", body)
