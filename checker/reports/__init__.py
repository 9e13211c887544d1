"""Reports: the tables for machines (CSV, JSON) and the views for people (terminal, HTML,
Markdown)."""
