"""Field parsers: TextDocument -> Minutes.  ``pipeline.build_minutes`` runs them in order."""
