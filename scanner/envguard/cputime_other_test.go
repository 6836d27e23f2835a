//go:build !unix

package envguard

import "time"

// cpuTime is not measured where getrusage does not exist (Windows).
func cpuTime() time.Duration { return 0 }
