package dotenv

import (
	"bytes"
	"errors"
	"strings"
	"testing"
)

func TestSet(t *testing.T) {
	tests := []struct {
		name       string
		in         string
		key, value string
		opts       SetOptions
		want       string
		prev       string
	}{
		{"append to empty", "", "A", "1", SetOptions{}, "A=1\n", ""},
		{"append keeps final newline", "X=1\n", "A", "2", SetOptions{}, "X=1\nA=2\n", ""},
		{"append without final newline", "X=1", "A", "2", SetOptions{}, "X=1\nA=2", ""},
		{"append CRLF", "X=1\r\n# c\r\n", "A", "2", SetOptions{}, "X=1\r\n# c\r\nA=2\r\n", ""},
		{"replace in place", "# top\nA=old # why\nB=2\n", "A", "new", SetOptions{}, "# top\nA=new # why\nB=2\n", ""},
		{"replace keeps previous", "A=old\nB=2\n", "A", "new", SetOptions{KeepPrevious: true}, "A=new\nA_PREVIOUS=old\nB=2\n", "A_PREVIOUS"},
		{"previous taken", "A=old\nA_PREVIOUS=older\n", "A", "new", SetOptions{KeepPrevious: true},
			"A=new\nA_PREVIOUS=old\nA_PREVIOUS_2=older\n", "A_PREVIOUS"}, // issue 13: _2 is never newer than _PREVIOUS
		{"chain shifts down", "X=1\nA_PREVIOUS_2=oldest\nA=old\nA_PREVIOUS=older\n", "A", "new", SetOptions{KeepPrevious: true},
			"X=1\nA_PREVIOUS_3=oldest\nA=new\nA_PREVIOUS=old\nA_PREVIOUS_2=older\n", "A_PREVIOUS"},
		{"export kept on previous", "export A=old\n", "A", "new", SetOptions{KeepPrevious: true},
			"export A=new\nexport A_PREVIOUS=old\n", "A_PREVIOUS"}, // issue 13
		{"comment above a new entry", "X=1\n", "A", "", SetOptions{Comment: "make one: envguard keygen"}, "X=1\n# make one: envguard keygen\nA=\n", ""},
		{"comment above an entry", "X=1\nA=real\n", "A", "", SetOptions{Comment: "c"}, "X=1\n# c\nA=\n", ""},
		{"comment not added twice", "# c\r\nA=real\r\n", "A", "", SetOptions{Comment: "c"}, "# c\r\nA=\r\n", ""},
		{"previous CRLF no final newline", "A=old\r\nB=1\r\nC='x'", "C", "y", SetOptions{KeepPrevious: true},
			"A=old\r\nB=1\r\nC=y\r\nC_PREVIOUS='x'", "C_PREVIOUS"},
		{"empty old value not kept", "A=\nB=1\n", "A", "v", SetOptions{KeepPrevious: true}, "A=v\nB=1\n", ""},
		{"empty quoted value not kept", "A=''\n", "A", "v", SetOptions{KeepPrevious: true}, "A=v\n", ""},
		{"last duplicate replaced", "A=1\nA=2\n", "A", "3", SetOptions{}, "A=1\nA=3\n", ""},
		{"export and spaces", "export A = 'old'  # c\n", "A", "n", SetOptions{}, "export A = n  # c\n", ""},
		{"multi-line quoted old value kept raw", "A=\"line1\nline2\"\nB=2\n", "A", "n", SetOptions{KeepPrevious: true},
			"A=n\nA_PREVIOUS=\"line1\nline2\"\nB=2\n", "A_PREVIOUS"},
		{"key inside a multi-line value is not an entry", "M='\nA=inside\n'\n", "A", "v", SetOptions{}, "M='\nA=inside\n'\nA=v\n", ""},
		{"empty CRLF value", "A=\r\nB=1\r\n", "A", "v", SetOptions{}, "A=v\r\nB=1\r\n", ""},
		{"bom", "\xef\xbb\xbfA=1\n", "A", "2", SetOptions{}, "\xef\xbb\xbfA=2\n", ""},
		{"django key quoted", "", "S", "a#b$c", SetOptions{}, "S='a#b$c'\n", ""},
		{"raw placeholder", "S=real\n", "S", "<run: envguard keygen --kind fernet>", SetOptions{Raw: true},
			"S=<run: envguard keygen --kind fernet>\n", ""},
		{"comment-only value", "A= # c\n", "A", "v", SetOptions{}, "A= v # c\n", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, res, err := Set([]byte(tt.in), tt.key, tt.value, tt.opts)
			if err != nil {
				t.Fatal(err)
			}
			if string(got) != tt.want {
				t.Errorf("Set(%q, %s=%s) =\n%q\nwant\n%q", tt.in, tt.key, tt.value, got, tt.want)
			}
			if res.Previous != tt.prev {
				t.Errorf("Previous = %q, want %q", res.Previous, tt.prev)
			}
		})
	}
}

func TestSetRefuses(t *testing.T) {
	if _, _, err := Set([]byte("A=\"open\nB=1\n"), "B", "2", SetOptions{}); !errors.As(err, new(*EditError)) {
		t.Errorf("unclosed quote: err = %v, want an *EditError", err)
	}
	for _, k := range []string{"", "1A", "A-B", "A B", "A=B"} {
		if _, _, err := Set(nil, k, "v", SetOptions{}); err == nil {
			t.Errorf("Set with key %q: no error", k)
		}
	}
	if _, _, err := Set(nil, "A", "x\ny", SetOptions{Raw: true}); err == nil {
		t.Error("raw value with a bare line break: no error")
	}
}

func TestQuoteValueRoundTrip(t *testing.T) {
	for _, v := range []string{"plain", "a b", "a#b", "$HOME", "it's", "two\nlines", `back\slash"q`, "=+/"} {
		data, _, err := Set(nil, "K", v, SetOptions{})
		if err != nil {
			t.Fatal(err)
		}
		raw, _, ok, err := Lookup(data, "K")
		if err != nil || !ok || raw != QuoteValue(v) {
			t.Errorf("Lookup after Set(%q) = %q %v %v", v, raw, ok, err)
		}
	}
}

func TestLookupHas(t *testing.T) {
	data := []byte("# c\nA='x' # c\nB=\nexport C=\"m\nn\"\n")
	raw, line, ok, err := Lookup(data, "C")
	if err != nil || !ok || raw != "\"m\nn\"" || line != 4 {
		t.Errorf("Lookup C = %q %d %v %v", raw, line, ok, err)
	}
	for key, want := range map[string]bool{"A": true, "B": false, "C": true, "D": false} {
		if got, _ := Has(data, key); got != want {
			t.Errorf("Has(%s) = %v, want %v", key, got, want)
		}
	}
}

// FuzzSet checks that Set only ever adds or replaces: the new content
// starts with everything before the value and ends with everything after
// it, and appending keeps the whole input as a prefix.
func FuzzSet(f *testing.F) {
	for _, s := range []string{"", "A=1\n", "A=1\r\nB='x\ny'\r\n", "# c\nexport A = \"q\\\"\" # c", "A=`x`\nA=2"} {
		f.Add([]byte(s), "v")
	}
	f.Fuzz(func(t *testing.T, data []byte, value string) {
		value = strings.Map(func(r rune) rune {
			if r == '\n' || r == '\r' {
				return -1
			}
			return r
		}, value)
		out, _, err := Set(data, "ZZ_NEW", value, SetOptions{})
		if err != nil {
			return
		}
		if !bytes.HasPrefix(out, bytes.TrimSuffix(data, []byte("\xef\xbb\xbf"))) && len(data) > 0 {
			t.Fatalf("append lost bytes: %q -> %q", data, out)
		}
		spans, _ := locate(data)
		if len(spans) == 0 {
			return
		}
		s := spans[len(spans)-1]
		out, res, err := Set(data, s.key, value, SetOptions{KeepPrevious: true})
		if err != nil {
			if ValidKey(s.key) {
				t.Fatalf("Set(%q, %s): %v", data, s.key, err)
			}
			return
		}
		if res.Previous == "" && !bytes.HasPrefix(out, data[:s.valueStart]) { // kept values before it are renamed
			t.Fatalf("replace changed bytes before the value: %q -> %q", data, out)
		}
		if res.Previous == "" && !res.Unchanged && !bytes.HasSuffix(out, data[s.valueEnd:]) {
			t.Fatalf("replace changed bytes after the value: %q -> %q", data, out)
		}
		if res.Previous != "" && !bytes.Contains(out, data[s.valueStart:s.valueEnd]) {
			t.Fatalf("old value lost: %q -> %q", data, out)
		}
	})
}

// What Set writes, Parse reads back as the same value, whatever the
// characters (Django keys hold # $ ( ) =, passwords may hold quotes).
func TestSetParsesBack(t *testing.T) {
	values := []string{"plain", "a b", "a#b", "x #y", "$HOME", "${X}", "it's", "two\nlines", `back\slash"q`, "=+/",
		"%*t6bph*!=$uca@@+an2op#-4g3c_*78ufdb!+f$gjle^c=nd0", " lead", "trail ", "tab\there", "'", `"`, "`"}
	for _, base := range []string{"", "A=1\r\n", "# c\nB='x\ny'\n"} {
		for _, v := range values {
			data, _, err := Set([]byte(base), "K", v, SetOptions{})
			if err != nil {
				t.Fatal(err)
			}
			f, err := Parse(data)
			if err != nil {
				t.Fatalf("Parse(%q): %v", data, err)
			}
			if e := f.Lookup("K"); e == nil || e.Value != v {
				t.Errorf("Set(%q, K=%q) = %q, which parses as %+v", base, v, data, e)
			}
			if len(f.Entries) != strings.Count(base, "=")+1 {
				t.Errorf("Set(%q, K=%q) = %q: %d entries", base, v, data, len(f.Entries))
			}
		}
	}
}
