"""Tests of the document readers."""
