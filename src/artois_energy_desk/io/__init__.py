"""Readers and writers: each reader returns validated tables and a report of rejects."""
