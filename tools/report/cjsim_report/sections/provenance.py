"""Where the numbers come from: each result file's provenance, so the report can be traced back
to the run and reproduced."""
from ..html_page import Section, code, paragraph, table

FIELDS = (("scenario_name", "scenario"), ("seed", "seed"), ("replications", "replications"),
          ("engine", "engine"), ("cjsim_version", "cjsim version"),
          ("source_revision", "source revision"), ("created_utc", "created (UTC)"),
          ("start_date", "start date"), ("period_days", "days a period"),
          ("trace", "trace"), ("command_line", "command line"))


def render(ctx):
    results = ctx.results
    rows = [["file"] + [r.path for r in results], ["format"] + [r.format for r in results],
            ["points"] + [len(r.points) for r in results]]
    for key, name in FIELDS:
        rows.append([name] + [code(r.provenance[key]) if key == "command_line"
                              else r.provenance.get(key, "–") for r in results])
    body = (paragraph("Run `cjsim run` (or `cjsim sweep`) with the command line below, from the "
                      "source revision shown, to reproduce a result file exactly.")
            + table(["", *(r.name for r in results)], rows, table_id="provenance",
                    text_columns=range(1, len(results) + 1)))
    return Section("provenance", "Provenance", body)
