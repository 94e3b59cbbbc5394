"""Sections of one page kept in their own module for size (views and their wiring, not pages).

A section belongs to one page and may use what its page uses (use cases through the page's
controller, the words table); generic widgets go to ui/widgets/ instead."""
