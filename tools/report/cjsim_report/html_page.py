"""The HTML page: one file with its style inline, no scripts and no external addresses, so that
it opens the same from a USB stick, an e-mail attachment or a shared drive, and prints."""
import html
from dataclasses import dataclass


class Raw(str):
    """Text that is already HTML (built by the functions below); everything else is escaped."""


def escape(value):
    return value if isinstance(value, Raw) else Raw(html.escape(str(value)))


@dataclass
class Section:
    """One numbered part of the report, listed in the contents."""
    anchor: str
    title: str
    body: str


def paragraph(text):
    return Raw(f"<p>{escape(text)}</p>")


def note(text):
    """A remark on what is shown or left out (a skipped chart, a sample)."""
    return Raw(f'<p class="note">{escape(text)}</p>')


def figure(image, caption):
    return Raw(f"<figure>{image}<figcaption>{escape(caption)}</figcaption></figure>")


def table(headers, rows, table_id=None, caption=None, text_columns=(), shaded=None):
    """A table of numbers (right-aligned) whose first column names the rows; columns listed in
    text_columns hold text (left-aligned, wrapped). shaded[i][j] marks body cell (i, j) as a
    clear result."""
    attrs = f' id="{table_id}"' if table_id else ""
    out = [f"<div class=\"table-wrap\"><table{attrs}>"]
    if caption:
        out.append(f"<caption>{escape(caption)}</caption>")
    out.append("<thead><tr>" + "".join(f"<th>{escape(h)}</th>" for h in headers) + "</tr></thead>")
    out.append("<tbody>")
    for i, row in enumerate(rows):
        cells = []
        for j, value in enumerate(row):
            classes = " ".join(c for c, on in (("text", j in text_columns),
                                               ("clear", bool(shaded and shaded[i][j]))) if on)
            tag = "th" if j == 0 else "td"
            attr = f' class="{classes}"' if classes else ""
            cells.append(f"<{tag}{attr}>{escape(value)}</{tag}>")
        out.append("<tr>" + "".join(cells) + "</tr>")
    out.append("</tbody></table></div>")
    return Raw("".join(out))


def code(text):
    return Raw(f"<code>{escape(text)}</code>")


def page(title, subtitle, sections, footer):
    """The whole document."""
    contents = "".join(f'<li><a href="#{s.anchor}">{escape(s.title)}</a></li>' for s in sections)
    body = "".join(f'<section id="{s.anchor}"><h2>{escape(s.title)}</h2>{s.body}</section>'
                   for s in sections)
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en-GB"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<link rel="icon" href="data:,">'
        f"<title>{escape(title)}</title><style>{_STYLE}</style></head><body>"
        f"<header><h1>{escape(title)}</h1><p class=\"subtitle\">{escape(subtitle)}</p></header>"
        f"<nav><h2>Contents</h2><ol>{contents}</ol></nav><main>{body}</main>"
        f"<footer>{escape(footer)}</footer></body></html>\n")


_STYLE = """
body { font-family: "Segoe UI", "Helvetica Neue", Arial, sans-serif; color: #1a1a1a;
       max-width: 1180px; margin: 0 auto; padding: 1.5em 2em 3em; line-height: 1.45; }
header h1 { margin-bottom: 0.1em; font-size: 1.7em; }
.subtitle { color: #555; margin-top: 0; }
nav { background: #f4f6f8; padding: 0.6em 1.2em; border-radius: 6px; }
nav h2 { font-size: 1em; margin: 0.3em 0; border: none; }
nav ol { columns: 2; margin: 0.2em 0; }
h2 { border-bottom: 2px solid #0072B2; padding-bottom: 0.15em; margin-top: 1.8em; }
h3 { margin-bottom: 0.3em; }
figure { margin: 1em 0 1.6em; }
img.chart { max-width: 100%; height: auto; display: block; border: 1px solid #e5e5e5; }
figcaption { font-size: 0.9em; color: #444; margin-top: 0.4em; }
.note { font-size: 0.9em; color: #6b4e00; background: #fff7e0; padding: 0.4em 0.8em;
        border-left: 3px solid #E69F00; }
.table-wrap { overflow-x: auto; margin: 0.8em 0 1.4em; }
table { border-collapse: collapse; font-size: 0.88em; }
caption { text-align: left; font-size: 0.95em; color: #444; padding-bottom: 0.4em; }
th, td { border: 1px solid #d0d7de; padding: 0.3em 0.6em; vertical-align: top; }
thead th { background: #eef2f6; text-align: left; }
tbody th { text-align: left; font-weight: normal; }
td { text-align: right; white-space: nowrap; }
td.text { text-align: left; white-space: normal; }
td.clear { background: #cfe3f5; font-weight: 600; }
code { font-family: Consolas, "DejaVu Sans Mono", monospace; font-size: 0.85em; color: #555; }
.kpi-code { display: block; }
footer { margin-top: 3em; font-size: 0.85em; color: #666; border-top: 1px solid #ddd;
         padding-top: 0.6em; }
@media print { nav { display: none; } section { break-inside: avoid-page; } }
"""
