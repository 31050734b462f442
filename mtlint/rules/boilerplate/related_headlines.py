"""BP019: the headlines of a related-articles block, under its "Read also" heading."""

from __future__ import annotations

from collections.abc import Iterator

from mtlint import rx
from mtlint.document import Document
from mtlint.kinds.line import content_spans
from mtlint.kinds.linefix import delete_line_fix
from mtlint.model import Applicability, Category, Hit, Severity, Span
from mtlint.rule import Rule, RuleMeta, examples, fail

# Headings of a related-articles block, alone on their line (BP001 reports the heading
# itself; tests/rules keep the two lists in step). "See also" is left out: a manual's
# "See also" lists references, not scraped headlines.
HEADINGS = (
    "read also|also read|read more|read next|related|related articles?|related stories|"
    "related posts?|related news|related content|related coverage|related reading|"
    "related links?|more on this|more on this story|more on this topic|further reading|"
    "you may also like|you might also like|recommended reading|what to read next|"
    # left untranslated
    "leggi anche|leggi pure|potrebbe interessarti|ti potrebbe interessare|articoli correlati|"
    "per approfondire|te puede interesar|también te puede interesar|te podría interesar|"
    "le puede interesar|lee también|lea también|noticias relacionadas|contenido relacionado|"
    "leia também|leia mais|notícias relacionadas|saiba mais|lire aussi|à lire aussi|"
    "a lire aussi|lire également|à lire également|sur le même sujet|lesen sie auch|"
    "lesen sie mehr|mehr zum thema|das könnte sie auch interessieren|auch interessant|"
    "weitere artikel|читайте также|читайте ещё|читайте еще|по теме|новости по теме|"
    "читайте також|czytaj także|czytaj też|przeczytaj także|przeczytaj też|"
    "ilginizi çekebilir|bunlar da ilginizi çekebilir|ilgili haberler|lees ook|läs också|"
    "læs også|les også|citește și|čtěte také|baca juga|xem thêm|相关阅读|延伸阅读|相关新闻|"
    "推荐阅读|相關閱讀|延伸閱讀|関連記事"
)
_HEADING = rx.lazy(rf"(?i:{HEADINGS})\s*[:：»›>→…\-–—]*", rx.V1)
# Lines that are page furniture of their own (a link label with its headline, a prompt
# to the reader): they end the block, and other rules report them.
_FURNITURE = rx.lazy(
    r"(?i:click|tap|sign up|subscribe|share|follow|leave a|join|download|get|read|see|"
    r"watch|listen|log ?in|register|your|you|our|posted in|filed under|tags?|categor\w*|"
    r"comments?|advertisement|sponsored|copyright|all rights|source|photo|image|by|written by|"
    r"published|updated|more|next|previous|back to)\b",
    rx.V1,
)
# A full stop between two sentences: a headline has one sentence.
_TWO_SENTENCES = rx.lazy(r"\p{Ll}{2}[.!?]\s+\p{Lu}", rx.V1)
_WORD = rx.lazy(r"[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.\-]*", rx.V1)
_START = rx.lazy(r"[\p{Lu}\p{Lt}\p{N}\"“«‘'¿¡]", rx.V1)
_MIN_WORDS, _MAX_WORDS = 4, 25
_MAX_LENGTH = 160
_MAX_HEADING = 60
_MAX_ITEMS = 5  # a longer run of unpunctuated lines is more likely not a link list
_PROSE_END = (".", ",", ";", ":", '."', ".”", ".’", ".»")
# List bullets that content_span leaves on the line: the Japanese middle dot ("・Kamiyama
# Town, two years after the flood"), squares, triangles and circles.
_BULLETS = "・･‣▪▫■□►▸▶◆◇○●◦ \t\u3000"


def headline_like(content: str) -> bool:
    """A scraped link's text: short, capitalised, with no final full stop or comma."""
    if not content or len(content) > _MAX_LENGTH or content.endswith(_PROSE_END):
        return False
    if not _START.match(content) or " | " in content:
        return False  # (a line of "a | b" items is a menu or a tag footer)
    if _FURNITURE.match(content) or _TWO_SENTENCES.search(content):
        return False
    return _MIN_WORDS <= len(_WORD.findall(content)) <= _MAX_WORDS


class RelatedHeadlines(Rule):
    """The headlines listed under a related-articles heading ("Read also", "Leggi anche").

    A scraped "Related reading" block leaves its heading (BP001) and then its links as
    lines of their own: "Long March 8A completes second flight from Wenchang", "Venice,
    the Biennale closes with record of visitors". The rule reports the lines right after
    such a heading (across single blank lines) while they read as headlines: four to 25
    words, a capital or digit first, one sentence, no final full stop, comma or colon.
    The first line that does not, or that starts like other page furniture (a prompt to
    the reader such as "Leave a Reply" or "Sign up for ...", a "Read more: ..." link),
    ends the block; at most five lines are reported. The fix deletes the line (unsafe).
    """

    meta = RuleMeta(
        code="BP019",
        name="related-headlines",
        category=Category.BOILERPLATE,
        severity=Severity.WARNING,
        summary='A headline listed under a "Read also" or "Related reading" heading.',
        fixable=True,
    )
    examples = examples(
        [
            fail(
                "The rocket reached orbit.\nRelated reading\n"
                "Long March 8A completes second flight from Wenchang\n"
                "Experts: reusable rockets will cut launch costs by half\n"
                "Last year, Chinese rockets flew 68 missions.\n",
                "3:1",
                "4:1",
            ),
            fail(
                "The public applauded.\n\nLeggi anche\n\n"
                "Venice, the Biennale closes with record of visitors: over 700 thousand\n\n"
                "The soprano received the longest applause.\n",
                "5:1",
                fixed="The public applauded.\n\nLeggi anche\n\nThe soprano received the "
                "longest applause.\n",
            ),
            fail(
                "The drill ended at noon.\n\nRelated articles\n\n"
                "\u30fbKamiyama Town, two years after the flood, the bridge is still closed\n",
                "5:2",
            ),
        ],
        [
            "Related reading\n\nThe minister said the plan would proceed.\n",
            "See also\n\nThe Cargo Book chapter on workspaces\n",
            "Read more\n\nTalks resumed\n",
            "Read also: In Chelyabinsk, a police chief was detained\n\n"
            "The prosecutor had asked for eleven years.\n",
            "Profits rose in the third quarter\n\nShares climbed 9 percent.\n",
            "Related Articles\n\nLeave a Reply Cancel reply\n\nClick here to subscribe to our"
            " newsletter\n",
            "Related Articles\n\nYour email address will not be published. Required fields\n",
        ],
    )

    def check(self, doc: Document) -> Iterator[Hit]:
        lines, spans = doc.lines, content_spans(doc)
        for i, line in enumerate(lines):
            start, end = spans[i]
            if not 0 < end - start <= _MAX_HEADING or not _HEADING.fullmatch(line.text[start:end]):
                continue
            items, j, blanks = 0, i + 1, 0
            while j < len(lines) and items < _MAX_ITEMS:
                c_start, c_end = spans[j]
                if c_start == c_end:
                    blanks += 1
                    if blanks > 1:
                        break
                    j += 1
                    continue
                blanks = 0
                item = lines[j]
                content = item.text[c_start:c_end]
                c_start += len(content) - len(content.lstrip(_BULLETS))
                content = item.text[c_start:c_end]
                if not headline_like(content):
                    break
                items += 1
                yield Hit(
                    Span(item.start + c_start, item.start + c_end),
                    f"scraped related-article headline: '{content}'",
                    delete_line_fix(doc, item, Applicability.UNSAFE),
                )
                j += 1
