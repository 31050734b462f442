"""Front matter of a Markdown file: page metadata, not text.

Static site generators read a YAML block between ``---`` lines (closed by ``---`` or
``...``) or a TOML block between ``+++`` lines (Hugo) at the very start of a Markdown
file. Its ``date:`` and ``tags:`` lines are not scraped boilerplate and its aligned values
are not doubled spaces, so the block is blanked before the rules run, as directives are:
every character but the line breaks becomes a space, and offsets and line numbers stay.
"""

from __future__ import annotations

from mtlint import rx
from mtlint.document import markup_of
from mtlint.suppress import Directive, parse

# The opening line, then what the first line of the block may be: nothing (an empty
# block), a YAML key or list item, a TOML key or table, or a comment. A file that opens
# with a thematic break and a paragraph is not front matter.
_OPEN = rx.compile_re(
    r"(?P<fence>---|\+\+\+)[ \t]*(?:\r\n|\n|\r)"
    r"(?=(?:---|\.\.\.|\+\+\+)[ \t]*(?:\r|\n|$)"
    r"|[ \t]*(?:#|-[ \t]|\[|[\"']?[\w.-]+[\"']?[ \t]*[:=]))"
)
_CLOSE = {
    "---": rx.compile_re(r"(?<![^\r\n])(?:---|\.\.\.)[ \t]*(?=\r|\n|$)"),
    "+++": rx.compile_re(r"(?<![^\r\n])\+\+\+[ \t]*(?=\r|\n|$)"),
}
_NOT_A_BREAK = rx.compile_re(r"[^\r\n]")


def front_matter_end(text: str) -> int:
    """The offset after the front matter's closing line (its line break excluded), or 0
    when ``text`` does not start with front matter."""
    m = _OPEN.match(text)
    if m is None:
        return 0
    close = _CLOSE[m.group("fence")].search(text, m.end())
    return close.end() if close is not None else 0


def rules_text(text: str, path: str) -> tuple[str, list[Directive]]:
    """The text the rules see, and its directives: the directives (suppress.parse) and a
    Markdown file's front matter blanked, offsets kept. The lint pass, the corpus pass,
    the grammar pass and cached findings' source lines all read the same text."""
    blanked, directives = parse(text, markup_of(path))
    return blank_front_matter(blanked, path), directives


def blank_front_matter(text: str, path: str) -> str:
    """``text`` with the front matter of a Markdown file blanked (offsets kept)."""
    if not text.startswith(("---", "+++")) or markup_of(path) != "markdown":
        return text
    end = front_matter_end(text)
    return _NOT_A_BREAK.sub(" ", text[:end]) + text[end:] if end else text
