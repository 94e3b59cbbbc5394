"""One module per wizard page; each page is a view over the journey state."""
