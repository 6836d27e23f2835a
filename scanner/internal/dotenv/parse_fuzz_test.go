package dotenv

import (
	"bytes"
	"testing"
)

// FuzzParse checks that Parse never panics, that offsets lie inside the
// input, and that each entry's own bytes parse back to the same entry.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"", "A=1\n", "export A='x'\n", "A=\"a\\nb\" # c\r\n", "A=`x\ny`\n", "# c\n\nA=${B}\n",
		"\xEF\xBB\xBFA=1", "A=\"unterminated\n", "A=\"\\", "A=\r", "A=1\rB=2\n", "A = v # c \n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		file, err := Parse(data)
		if err != nil {
			if _, ok := err.(*ParseError); !ok {
				t.Fatalf("error of type %T: %v", err, err)
			}
			return
		}
		lines := bytes.Count(data, []byte("\n")) + 1
		prevEnd := 0
		for _, e := range file.Entries {
			checkOffsets(t, data, e)
			if e.Start < prevEnd || e.EndLine > lines {
				t.Fatalf("entry %s out of order or past the last line", e.Key)
			}
			prevEnd = e.End
			again, err := Parse(data[e.Start:e.End])
			if err != nil || len(again.Entries) != 1 {
				t.Fatalf("entry %q does not parse alone: %v", data[e.Start:e.End], err)
			}
			a := again.Entries[0]
			if a.Key != e.Key || a.Value != e.Value || a.Quote != e.Quote || a.ValueEnd-a.ValueStart != e.ValueEnd-e.ValueStart {
				t.Fatalf("entry %q parses alone as %+v, in the file as %+v", data[e.Start:e.End], a, e)
			}
		}
	})
}
