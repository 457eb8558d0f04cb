"""The database: its schema, the write (load) and the read side (queries), and their caches."""
