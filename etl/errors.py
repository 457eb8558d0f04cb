"""The errors the ETL raises on purpose, each with a one-line message naming the file (and line)."""


class InputError(ValueError):
    """An input that cannot be used as it is: a raw file, a sidecar, a curated table or a data file.
    The message names the file (and line) and the problem."""


class BuildError(RuntimeError):
    """The build could not produce a trustworthy database; the live file was left as it was."""
