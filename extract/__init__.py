"""Text -> entities and relations (the only side that imports spaCy)."""
