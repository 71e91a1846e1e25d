"""Benchmarks: `make bench` (python -m benchmarks). See benchmarks/README.md."""
