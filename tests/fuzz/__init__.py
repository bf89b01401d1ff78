"""Fuzzing harnesses: run by hand (``python -m tests.fuzz.run``), never collected as tests."""
