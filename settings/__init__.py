"""The operator's settings: read from the environment (or .env), validated, immutable."""
