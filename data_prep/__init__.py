"""Turn news articles about Russia–Iran relations into tidy, citable tables."""
