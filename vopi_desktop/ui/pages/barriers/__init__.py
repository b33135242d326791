"""The barriers area: catalogue barriers with ratings, evidence and target groups, plus the top barriers."""
