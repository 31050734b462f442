"""LanguageTool counts offsets in UTF-16 code units (Java strings); mtlint in code points."""

from __future__ import annotations

import bisect


class Utf16Index:
    """Converts UTF-16 offsets of one text to code-point offsets.

    Each astral character (emoji, U+1D400 letters, ...) is two UTF-16 units but one code
    point, so an offset shrinks by the number of astral characters before it.
    """

    def __init__(self, text: str) -> None:
        self._astral_units: list[int] = []  # UTF-16 offset of each astral character
        units = 0
        for ch in text:
            if ord(ch) > 0xFFFF:
                self._astral_units.append(units)
                units += 2
            else:
                units += 1
        self.length_units = units

    def to_code_points(self, units: int) -> int:
        return units - bisect.bisect_left(self._astral_units, units)
