"""Stage 2: who said each quote (speakers) and where it was first given (outlets)."""
