// Benchmarks live here; see Benchmarks/README.md.
print("no benchmarks yet")
