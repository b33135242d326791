"""Pure functions over store data: scores, coverage, insights, progress (no Qt, no database)."""
