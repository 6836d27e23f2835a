package dotenv

import (
	"bytes"
	"regexp"
	"testing"
)

var tokenRe = regexp.MustCompile(`[A-Za-z0-9_]{16,}`)

// FuzzParse checks that Parse never panics, that offsets lie inside the
// input, and that each entry's own bytes parse back to the same entry.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"", "A=1\n", "export A='x'\n", "A=\"a\\nb\" # c\r\n", "A=`x\ny`\n", "# c\n\nA=${B}\n",
		"\xEF\xBB\xBFA=1", "A=\"unterminated\n", "A=1\ntok_0123456789abcdefABCDEF\n", "tok_0123456789abcdefABCDEF='x' y\n", "A=\"\\", "A=\r", "A=1\rB=2\n", "A = v # c \n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		file, err := Parse(data)
		if err != nil {
			if _, ok := err.(*ParseError); !ok {
				t.Fatalf("error of type %T: %v", err, err)
			}
			// Issue 14: an error never quotes the content. A run of 16 or
			// more word bytes with a digit stands for a secret; no fixed
			// message holds one.
			for _, tok := range tokenRe.FindAll(data, -1) {
				if bytes.ContainsAny(tok, "0123456789") && bytes.Contains([]byte(err.Error()), tok) {
					t.Fatalf("error %q quotes the input", err)
				}
			}
			if _, _, err := Set(data, "K", "v", SetOptions{}); err != nil {
				for _, tok := range tokenRe.FindAll(data, -1) {
					if bytes.ContainsAny(tok, "0123456789") && bytes.Contains([]byte(err.Error()), tok) {
						t.Fatalf("Set error %q quotes the input", err)
					}
				}
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
