"""The pillar self-assessment: rounds, indicator scores, radar chart and comparison."""
