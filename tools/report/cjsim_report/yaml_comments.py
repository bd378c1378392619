"""Comments of a scenario file with the key each belongs to: where its assumptions are written.

Scenario files say beside every number where it comes from, or that it is an assumption
(design.md). The resolved scenario in a result file has lost those comments; the original files
under /scenario_sources keep them. This reads them line by line (no YAML library needed): a
comment at the end of a line belongs to that line's key; a block of whole-line comments opening a
mapping (right after `costs:`) belongs to that key, otherwise to the key on the line right after
it, or, when a blank line or the end of the file follows, only to its own lines.
"""
import re
from dataclasses import dataclass

_KEY = re.compile(r"""^(?:"([^"]+)"|'([^']+)'|([^\s#'"{\[][^:#]*?)):(?:\s|$)""")
_NAME = re.compile(r"""(?:^|[{,]\s*)name:\s*["']?([^,}"'#]+?)["']?\s*(?:[,}]|$)""")
_BLOCK_SCALAR = re.compile(r":\s*[|>][-+0-9]*\s*$")


@dataclass(frozen=True)
class Comment:
    line: int       # first line, from 1
    last_line: int
    key: str        # e.g. offence_groups[rape].trend_per_year, or "" if it belongs to no key
    text: str


def comments_containing(source, word):
    """The comments of `source` that contain `word` (any case)."""
    word = word.lower()
    return [c for c in comments(source) if word in c.text.lower()]


def comments(source):
    """Every comment of a YAML text, with the key path it belongs to."""
    found, block = [], []  # block: (line number, text) of whole-line comments waiting for a key
    stack = []             # (indent, path segment) of the keys enclosing the current line
    list_counts = {}
    scalar_indent = None   # inside a block scalar (| or >) opened at this indent
    opener = None          # path of the key just before, if it opened a mapping (`key:`)
    owner = None           # path the current block belongs to, if an opener came before it
    for number, raw in enumerate(source.splitlines(), start=1):
        stripped = raw.strip()
        indent = len(raw) - len(raw.lstrip(" "))
        if scalar_indent is not None:
            if not stripped or indent > scalar_indent:
                continue
            scalar_indent = None
        if not stripped:
            found += _attached(block, owner) if owner else _unattached(block)
            block, opener = [], None
            continue
        if stripped.startswith("#"):
            if not block:
                owner = opener
            block.append((number, stripped.lstrip("#").strip()))
            continue
        content, comment = _split_comment(raw)
        path = _enter_line(stack, list_counts, indent, content.strip())
        found += _attached(block, owner or path)
        block = []
        opener = path if content.rstrip().endswith(":") else None
        if comment:
            found.append(Comment(number, number, path, comment))
        if _BLOCK_SCALAR.search(content.rstrip()):
            scalar_indent = indent
    return found + (_attached(block, owner) if owner else _unattached(block))


def _attached(block, path):
    if not block:
        return []
    return [Comment(block[0][0], block[-1][0], path, " ".join(t for _, t in block if t))]


def _unattached(block):
    return _attached(block, "")


def _enter_line(stack, list_counts, indent, content):
    """Update the stack of enclosing keys for this line and return the line's key path."""
    while stack and stack[-1][0] >= indent:
        stack.pop()
    if content.startswith("- ") or content == "-":
        parent = _path(stack)
        list_counts[parent] = list_counts.get(parent, -1) + 1
        item = _NAME.search(content[1:].strip())
        segment = f"[{item.group(1).strip() if item else list_counts[parent]}]"
        stack.append((indent, segment))
        content = content[1:].strip()
        indent += 2
    key = _KEY.match(content)
    if key:
        stack.append((indent, next(g for g in key.groups() if g is not None).strip()))
    return _path(stack)


def _path(stack):
    out = ""
    for _, segment in stack:
        out += segment if segment.startswith("[") or not out else "." + segment
    return out


def _split_comment(line):
    """(content, comment text) of a line; a # starts a comment outside quotes, after a space."""
    quote = None
    for i, ch in enumerate(line):
        if quote:
            if ch == quote:
                quote = None
        elif ch in "\"'":
            if i == 0 or line[i - 1] in " \t:[{,-":
                quote = ch
        elif ch == "#" and (i == 0 or line[i - 1] in " \t"):
            return line[:i], line[i + 1:].strip()
    return line, ""
