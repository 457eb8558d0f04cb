"""Pure: text -> figure mentions; one module per job."""
