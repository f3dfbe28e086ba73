"""Layout rules (L): what an ATS will fail to read, from the layout facts the document reader gathered."""

from resumefit.rules.layout import (
    contact_in_header,
    file_size,
    fonts_without_map,
    garbled,
    header_footer,
    image_only_pages,
    images,
    letter_spacing,
    ligatures,
    multi_column,
    no_text,
    table_layout,
    tables,
    text_boxes,
)

RULES: tuple = (
    no_text,
    image_only_pages,
    contact_in_header,
    multi_column,
    tables,
    text_boxes,
    images,
    garbled,
    ligatures,
    letter_spacing,
    file_size,
    fonts_without_map,
    table_layout,
    header_footer,
)
