"""Lazy access to py3langid: its model (4.5 MB, bundled in the wheel) loads on first use.

Importing numpy and decompressing the model costs about a second, so the rule calls
:func:`identify` only for a candidate that survived the cheap word-list filters; the
model is read from an unpacked copy in the user cache and scored in plain Python (see
``_langid_table``), which costs neither numpy, the unpacking nor the 87 MB the loaded
model would hold.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mtlint.rules.untranslated._langid_table import Ranker

# fmt: off
# Languages the rule can name; any other label (Scots, Latin, Esperanto, creoles,
# minor regional languages) is never reported.
NAMES: dict[str, str] = {
    "es": "Spanish", "fr": "French", "de": "German", "pt": "Portuguese", "it": "Italian",
    "nl": "Dutch", "ca": "Catalan", "ro": "Romanian", "pl": "Polish", "cs": "Czech",
    "sk": "Slovak", "sl": "Slovenian", "hr": "Croatian", "sr": "Serbian", "bs": "Bosnian",
    "hu": "Hungarian", "sv": "Swedish", "da": "Danish", "no": "Norwegian", "fi": "Finnish",
    "et": "Estonian", "lv": "Latvian", "lt": "Lithuanian", "tr": "Turkish", "id": "Indonesian",
    "ms": "Malay", "ru": "Russian", "uk": "Ukrainian", "bg": "Bulgarian", "el": "Greek",
    "ar": "Arabic", "fa": "Persian", "he": "Hebrew", "zh": "Chinese", "ja": "Japanese",
    "ko": "Korean", "vi": "Vietnamese", "gl": "Galician", "sq": "Albanian", "mk": "Macedonian",
}

# Close relatives that short fragments of a major language are often scored as.
_FOLD: dict[str, str] = {
    "ext": "es", "an": "es", "ast": "es", "gcf": "fr", "gcr": "fr", "wa": "fr", "oc": "fr",
    "vec": "it", "lij": "it", "lb": "de", "nn": "no", "wuu": "zh", "yue": "zh",
    "pcm": "en", "sco": "en", "jam": "en",
}
# fmt: on


@cache
def _identifier() -> Ranker:
    from mtlint.rules.untranslated._langid_table import load_identifier

    return load_identifier()


def identify(text: str) -> tuple[str, float, float]:
    """The likeliest language of ``text`` (relatives folded in), its probability, and the
    probability that ``text`` is not English at all."""
    totals: dict[str, float] = {}
    for label, prob in _identifier().rank(text)[:20]:
        key = _FOLD.get(label, label)
        totals[key] = totals.get(key, 0.0) + float(prob)
    english = totals.pop("en", 0.0)
    best = max(totals, key=lambda k: totals[k])
    return best, totals[best], 1.0 - english
