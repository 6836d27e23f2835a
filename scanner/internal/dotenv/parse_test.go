package dotenv

import (
	"errors"
	"strings"
	"testing"
)

func TestParseQuirks(t *testing.T) {
	type want struct {
		key, value string
		quote      Quote
		export     bool
		line, end  int
		raw        string // data[ValueStart:ValueEnd]
		comment    string
	}
	tests := []struct {
		name string
		in   string
		want []want
	}{
		{"plain", "A=1\nB=two\n", []want{{key: "A", value: "1", line: 1, end: 1, raw: "1"}, {key: "B", value: "two", line: 2, end: 2, raw: "two"}}},
		{"comments and blanks", "# c\n\n   \n\t# indented\nA=1\n", []want{{key: "A", value: "1", line: 5, end: 5, raw: "1"}}},
		{"export", "export A=1\nexport\tB = 2\n", []want{{key: "A", value: "1", export: true, line: 1, end: 1, raw: "1"}, {key: "B", value: "2", export: true, line: 2, end: 2, raw: "2"}}},
		{"key named export", "export=1\n", []want{{key: "export", value: "1", line: 1, end: 1, raw: "1"}}},
		{"spaces around =", "  A  =  hello world  \n", []want{{key: "A", value: "hello world", line: 1, end: 1, raw: "hello world"}}},
		{"empty", "A=\nB=\"\"\nC=''\n", []want{{key: "A", line: 1, end: 1}, {key: "B", quote: QuoteDouble, line: 2, end: 2, raw: `""`}, {key: "C", quote: QuoteSingle, line: 3, end: 3, raw: "''"}}},
		{"inline comment", "A=value # the value\nB=pa#ss\nC=#fff\nD= # only a comment\n", []want{
			{key: "A", value: "value", line: 1, end: 1, raw: "value", comment: " the value"},
			{key: "B", value: "pa#ss", line: 2, end: 2, raw: "pa#ss"},
			{key: "C", value: "#fff", line: 3, end: 3, raw: "#fff"},
			{key: "D", line: 4, end: 4, comment: " only a comment"}}},
		{"single quotes literal", `A='a\nb $X # not comment'` + "\n", []want{{key: "A", value: `a\nb $X # not comment`, quote: QuoteSingle, line: 1, end: 1, raw: `'a\nb $X # not comment'`}}},
		{"double quote escapes", `A="l1\nl2\t\"q\" \\ \$HOME \x"` + "\n", []want{{key: "A", value: "l1\nl2\t\"q\" \\ $HOME \\x", quote: QuoteDouble, line: 1, end: 1, raw: `"l1\nl2\t\"q\" \\ \$HOME \x"`}}},
		{"backtick", "A=`it's \"mixed\"`\n", []want{{key: "A", value: `it's "mixed"`, quote: QuoteBacktick, line: 1, end: 1, raw: "`it's \"mixed\"`"}}},
		{"comment after quotes", "A=\"v # x\" # real comment\n", []want{{key: "A", value: "v # x", quote: QuoteDouble, line: 1, end: 1, raw: `"v # x"`, comment: " real comment"}}},
		{"multi-line double", "A=\"-----BEGIN KEY-----\nabc\n-----END KEY-----\"\nB=2\n", []want{
			{key: "A", value: "-----BEGIN KEY-----\nabc\n-----END KEY-----", quote: QuoteDouble, line: 1, end: 3, raw: "\"-----BEGIN KEY-----\nabc\n-----END KEY-----\""},
			{key: "B", value: "2", line: 4, end: 4, raw: "2"}}},
		{"multi-line single", "A='x\ny'\n", []want{{key: "A", value: "x\ny", quote: QuoteSingle, line: 1, end: 2, raw: "'x\ny'"}}},
		{"interpolation kept raw", "A=${HOME}/x\nB=\"${USER:-me}\"\n", []want{{key: "A", value: "${HOME}/x", line: 1, end: 1, raw: "${HOME}/x"}, {key: "B", value: "${USER:-me}", quote: QuoteDouble, line: 2, end: 2, raw: `"${USER:-me}"`}}},
		{"crlf", "A=1\r\nB=\"x\r\ny\"\r\nC=3 # c\r\n", []want{
			{key: "A", value: "1", line: 1, end: 1, raw: "1"},
			{key: "B", value: "x\ny", quote: QuoteDouble, line: 2, end: 3, raw: "\"x\r\ny\""},
			{key: "C", value: "3", line: 4, end: 4, raw: "3", comment: " c"}}},
		{"bom", "\xEF\xBB\xBFA=1\n", []want{{key: "A", value: "1", line: 1, end: 1, raw: "1"}}},
		{"no final newline", "A=1", []want{{key: "A", value: "1", line: 1, end: 1, raw: "1"}}},
		{"dotted and dashed keys", "app.name=x\nmy-key=y\n", []want{{key: "app.name", value: "x", line: 1, end: 1, raw: "x"}, {key: "my-key", value: "y", line: 2, end: 2, raw: "y"}}},
		{"equals in value", "URL=postgres://u:p@h/db?a=b\n", []want{{key: "URL", value: "postgres://u:p@h/db?a=b", line: 1, end: 1, raw: "postgres://u:p@h/db?a=b"}}},
		{"quote inside unquoted", "A=it's\n", []want{{key: "A", value: "it's", line: 1, end: 1, raw: "it's"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := []byte(tt.in)
			f, err := Parse(data)
			if err != nil {
				t.Fatalf("Parse(%q): %v", tt.in, err)
			}
			if len(f.Entries) != len(tt.want) {
				t.Fatalf("Parse(%q): %d entries, want %d: %+v", tt.in, len(f.Entries), len(tt.want), f.Entries)
			}
			for i, w := range tt.want {
				e := f.Entries[i]
				got := want{e.Key, e.Value, e.Quote, e.Export, e.Line, e.EndLine, string(data[e.ValueStart:e.ValueEnd]), e.Comment}
				if got != w {
					t.Errorf("entry %d:\n got %+v\nwant %+v", i, got, w)
				}
				checkOffsets(t, data, e)
			}
		})
	}
}

func TestParseFileFlags(t *testing.T) {
	f, err := Parse([]byte("\xEF\xBB\xBFA=1\r\nB=2"))
	if err != nil {
		t.Fatal(err)
	}
	if !f.BOM || !f.CRLF || f.FinalNewline || f.Newline() != "\r\n" {
		t.Errorf("flags: BOM=%v CRLF=%v FinalNewline=%v", f.BOM, f.CRLF, f.FinalNewline)
	}
	if f.Entries[0].Start != 3 {
		t.Errorf("Start = %d, want 3 (after the BOM)", f.Entries[0].Start)
	}
	f, _ = Parse([]byte("A=1\nA=2\nB=3\n"))
	if e := f.Lookup("A"); e == nil || e.Value != "2" {
		t.Errorf("Lookup(A) = %+v, want the last A", e)
	}
	if got := strings.Join(f.Keys(), ","); got != "A,B" {
		t.Errorf("Keys = %s", got)
	}
	if f.Lookup("C") != nil {
		t.Error("Lookup(C) found something")
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		in   string
		line int
		msg  string
	}{
		{"A=1\nB=\"open\nC=3\n", 2, "never closed"},
		{"A=1\n\nB='x\n", 3, "never closed"},
		{"A=1\nJUSTAKEY\n", 2, "has no '='"},
		{"A=1\n1KEY=2\n", 2, "key starts with a letter"},
		{"A=\"x\" y\n", 1, "after the closing"},
		{"A=\"x\ny\" z\n", 2, "after the closing"},
		{"A B=1\n", 1, "expected '=' after the key"},
		{"=1\n", 1, "expected KEY=value"},
	}
	for _, tt := range tests {
		_, err := Parse([]byte(tt.in))
		var pe *ParseError
		if !errors.As(err, &pe) {
			t.Errorf("Parse(%q) = %v, want a *ParseError", tt.in, err)
			continue
		}
		if pe.Line != tt.line || !strings.Contains(pe.Msg, tt.msg) {
			t.Errorf("Parse(%q) = line %d %q, want line %d containing %q", tt.in, pe.Line, pe.Msg, tt.line, tt.msg)
		}
	}
}

func TestIsReference(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"A=${DB_PASSWORD}", true},
		{"A=${DB_PASSWORD:-x}", true},
		{"A=\"${X}\"", true},
		{"A=$HOME", true},
		{"A='${X}'", false},
		{"A=${X}/path", false},
		{"A=${X}${Y}", false},
		{"A=$", false},
		{"A=${}", false},
		{"A=$1abc", false},
		{"A=secret", false},
	}
	for _, tt := range tests {
		f, err := Parse([]byte(tt.in))
		if err != nil {
			t.Fatal(err)
		}
		if got := f.Entries[0].IsReference(); got != tt.want {
			t.Errorf("%s: IsReference = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// checkOffsets checks the offset invariants of an entry.
func checkOffsets(t *testing.T, data []byte, e Entry) {
	t.Helper()
	if !(0 <= e.Start && e.Start <= e.ValueStart && e.ValueStart <= e.ValueEnd && e.ValueEnd <= e.End && e.End <= len(data)) {
		t.Fatalf("bad offsets for %s: start %d value %d..%d end %d len %d", e.Key, e.Start, e.ValueStart, e.ValueEnd, e.End, len(data))
	}
	if e.Line < 1 || e.EndLine < e.Line {
		t.Fatalf("bad lines for %s: %d..%d", e.Key, e.Line, e.EndLine)
	}
}
