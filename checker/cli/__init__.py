"""The command line: thin adapters over checker.check, checker.find_claims and the review."""
