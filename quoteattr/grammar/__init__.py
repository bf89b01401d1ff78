"""The phrase and clause grammar the rules read: functions of a ``segment.Paragraph``."""
