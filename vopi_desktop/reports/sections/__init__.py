"""Building blocks of the documents: one module per area, each returning a list of flowables."""
