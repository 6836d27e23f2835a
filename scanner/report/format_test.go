package report

import (
	"bytes"
	"fmt"
	"io"
	"slices"
	"testing"

	"github.com/envguard/envguard/scanner/pipeline"
)

// countReporter is a format made up for the test: one line with the number
// of findings.
type countReporter struct{}

func (countReporter) Report(w io.Writer, fs []pipeline.Finding, _ error) error {
	_, err := fmt.Fprintf(w, "%d\n", len(fs))
	return err
}

// TestNewFormatIsOneEntry shows that an output format is a one-place
// change: an entry in the formats table makes New and Formats know it.
func TestNewFormatIsOneEntry(t *testing.T) {
	saved := formats
	t.Cleanup(func() { formats = saved })
	formats = append(formats[:len(formats):len(formats)], format{"count", func(Options) Reporter { return countReporter{} }})

	if !slices.Contains(Formats(), "count") {
		t.Fatalf("Formats() = %v, want it to list count", Formats())
	}
	r, err := New("count", Options{})
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := r.Report(&b, make([]pipeline.Finding, 3), nil); err != nil {
		t.Fatal(err)
	}
	if b.String() != "3\n" {
		t.Errorf("report = %q, want %q", b.String(), "3\n")
	}
	if _, err := New("nope", Options{}); err == nil {
		t.Error("New accepted an unknown format")
	}
}
