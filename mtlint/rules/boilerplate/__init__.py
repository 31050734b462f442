"""Python rules of the boilerplate category."""

from __future__ import annotations

from mtlint.rule import Rule
from mtlint.rules.boilerplate.author_bio import AuthorBio
from mtlint.rules.boilerplate.image_caption import ImageCaption
from mtlint.rules.boilerplate.photo_credit import InlinePhotoCredit, PhotoCreditLine

RULES: tuple[type[Rule], ...] = (PhotoCreditLine, InlinePhotoCredit, AuthorBio, ImageCaption)
