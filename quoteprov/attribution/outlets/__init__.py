"""Where each quote was first given, and what the article relays."""
