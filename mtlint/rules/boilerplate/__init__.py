"""Python rules of the boilerplate category."""

from __future__ import annotations

from mtlint.rule import Rule
from mtlint.rules.boilerplate.author_bio import AuthorBio
from mtlint.rules.boilerplate.foreign_label import ForeignPageLabel, ForeignPhotoCredit
from mtlint.rules.boilerplate.image_caption import ImageCaption
from mtlint.rules.boilerplate.menu_line import MenuLine
from mtlint.rules.boilerplate.metadata_line import MetadataLine
from mtlint.rules.boilerplate.photo_credit import InlinePhotoCredit, PhotoCreditLine
from mtlint.rules.boilerplate.related_headlines import RelatedHeadlines
from mtlint.rules.boilerplate.trailing import TrailingFurniture

RULES: tuple[type[Rule], ...] = (
    PhotoCreditLine,
    InlinePhotoCredit,
    AuthorBio,
    ImageCaption,
    MenuLine,
    RelatedHeadlines,
    TrailingFurniture,
    MetadataLine,
    ForeignPageLabel,
    ForeignPhotoCredit,
)
