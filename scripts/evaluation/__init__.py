"""Measuring each signal against human-labelled data in ../shared/eval (read at run time, never copied)."""
