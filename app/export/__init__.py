"""Sheets: what they contain, and the PDF, Markdown and CSV writers (no Qt)."""
