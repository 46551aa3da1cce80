"""Who said each quote: mention sieves, then resolution of the mention to a speaker."""
