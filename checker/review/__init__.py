"""Pre-publication review: a draft's figures and dates checked against its sources."""
