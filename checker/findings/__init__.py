"""Findings: the conflicting pairs of each aligned group, with severity and an explanation
per pair."""
