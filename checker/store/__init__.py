"""The incremental store: documents' claims and stories' results kept in SQLite between runs."""
