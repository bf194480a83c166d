"""One module per resource (tag); ``Client`` imports each on first use."""
