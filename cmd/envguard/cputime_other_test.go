//go:build !unix

package main

import "time"

// childrenCPU is not measured where getrusage does not exist (Windows):
// the benchmarks then report wall time only.
func childrenCPU() time.Duration { return 0 }
