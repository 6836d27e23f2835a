package source

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/envguard/envguard/scanner/pipeline"
)

// Issue 14: a file over the 10 MiB default was skipped. With no explicit
// cap a large file is read in windows that carry the file's line numbers.
func TestDirLargeFileInWindows(t *testing.T) {
	root := t.TempDir()
	var b strings.Builder
	for i := 1; i <= 3000; i++ {
		if i == 2500 {
			b.WriteString("SECRET_LINE\n")
			continue
		}
		fmt.Fprintf(&b, "row %d of generated data\n", i)
	}
	for name, content := range map[string]string{"big.csv": b.String(), "small.txt": "x\n"} {
		if err := os.WriteFile(filepath.Join(root, name), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	src, err := Dir(root, Options{WindowSize: 4096})
	if err != nil {
		t.Fatal(err)
	}
	var frags []pipeline.Fragment
	err = src.Fragments(context.Background(), func(f pipeline.Fragment) error {
		frags = append(frags, f)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	windows, found := 0, 0
	for _, f := range frags {
		if f.Path != "big.csv" {
			continue
		}
		windows++
		lines := bytes.Split(f.Data, []byte{'\n'})
		if len(lines) >= 2500 && string(lines[2499]) == "SECRET_LINE" && f.Lines.Contains(2500) {
			found++
		}
	}
	if windows < 4 || found != 1 {
		t.Errorf("big.csv: %d windows, secret line counted in %d, want several and 1", windows, found)
	}
}
