"""The operating theatres: programme, cancellation, call list, waiting list, re-planning."""
