"""The grammar of dates in Chinese news, and their resolution to ISO dates.

``scan`` finds date expressions (absolute like ``2023年11月17日``, relative like ``去年11月``,
``周四晚上``, ``9年前``, ``年底``) without knowing when the article was written (``grammar.py``);
``resolve`` turns one into an ISO date with a precision once a reference date is known
(``resolution.py``); ``infer_reference`` finds that reference date in the text itself
(``reference.py``).
"""

from tui.dates.grammar import (FIRST_CHARS, QUOTATION, DateExpr, compared_with, date_line, opens_clause,
                               scan)
from tui.dates.reference import infer_reference, meta_line, yearless_reference
from tui.dates.resolution import PRECISIONS, UNKNOWN_YEAR, ResolvedDate, label, resolve

__all__ = ["FIRST_CHARS", "PRECISIONS", "QUOTATION", "UNKNOWN_YEAR", "DateExpr", "ResolvedDate", "compared_with",
           "date_line", "infer_reference", "label", "meta_line", "opens_clause", "resolve", "scan", "yearless_reference"]
