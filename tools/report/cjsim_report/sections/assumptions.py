"""The assumptions written in the scenario files: every comment containing the word
"assumption", with the key it belongs to."""
from ..html_page import Section, code, note, paragraph, table
from ..yaml_comments import comments_containing


def render(ctx):
    sources = list(dict.fromkeys(source for result in ctx.results
                                 for source in result.scenario_sources()))
    title = "Assumptions in the scenario files"
    if not sources:
        return Section("assumptions", title, note(
            "The result files hold no scenario sources (/scenario_sources), so their "
            "assumptions cannot be listed."))
    parts = [paragraph(
        "Every comment in the scenario files, as written, that contains the word "
        "\u201cassumption\u201d: the numbers a planner may want to replace with local figures. "
        "Values changed on the command line (--set) are in the provenance above.")]
    for path, text in sources:
        rows = [[code(c.key) if c.key else _lines(c), c.text]
                for c in comments_containing(text, "assumption")]
        if rows:
            parts.append(table(["key (or lines)", "comment"], rows, text_columns=(1,),
                               caption=f"{path}: {len(rows)} comments"))
        else:
            parts.append(note(f"{path}: no comment mentions an assumption."))
    return Section("assumptions", title, "".join(parts))


def _lines(comment):
    if comment.line == comment.last_line:
        return f"line {comment.line}"
    return f"lines {comment.line}–{comment.last_line}"
