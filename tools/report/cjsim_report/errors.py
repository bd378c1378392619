"""The one error the report maker expects: input it cannot use, said in one line."""


class BadInput(Exception):
    """A result file is missing, unreadable, incomplete, or cannot be compared with the others.

    The message is shown to the planner as it is (one line) and the exit status is 2.
    """
