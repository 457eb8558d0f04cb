"""Curated tables, the curators' corrections, and merging statements into observations."""
