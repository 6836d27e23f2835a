//go:build !unix

package source

import (
	"fmt"
	"io"
	"os"

	"github.com/envguard/envguard/scanner/pipeline"
)

// readDirFile reads one regular file; links were left out by the walk.
func readDirFile(abs, rel string, opts Options) dirResult {
	max := opts.MaxFileSize
	f, err := os.Open(abs)
	if err != nil {
		return dirResult{err: unwrapPath(err)}
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return dirResult{err: unwrapPath(err)}
	}
	switch {
	case !fi.Mode().IsRegular():
		return dirResult{frag: pipeline.Fragment{Path: rel, Skip: "not a regular file"}}
	case max > 0 && fi.Size() > max:
		why := fmt.Sprintf("larger than --max-file-size (%d bytes)", max)
		if opts.MayGoUnscanned == nil || !opts.MayGoUnscanned(rel) {
			return dirResult{err: unscannedError(rel, why)}
		}
		return dirResult{frag: pipeline.Fragment{Path: rel, Skip: why}}
	case max <= 0 && opts.windowed(fi.Size()):
		return dirResult{frag: pipeline.Fragment{Path: rel}, big: true}
	}
	data, err := io.ReadAll(f)
	if err != nil {
		return dirResult{err: unwrapPath(err)}
	}
	return dirResult{frag: pipeline.Fragment{Path: rel, Data: data}}
}
