package pipeline

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf16"

	"github.com/envguard/envguard/rules"
)

// testToken is a fake token of the test rule's shape.
const testToken = "tok_q7w2e9r4t1y8u3i6"

// testRules are small rules with known behaviour, so that these tests do
// not depend on the built-in ruleset.
func testRules() []rules.Rule {
	return []rules.Rule{
		{ID: "test-token", Description: "test token", Keywords: []string{"tok_"}, Regex: `\b(tok_[a-z0-9]{16})\b`, Severity: rules.SeverityHigh},
		{ID: "test-block", Description: "test block", Keywords: []string{"begin block"}, Regex: `(?s)BEGIN BLOCK\n(.+?)\nEND BLOCK`, Multiline: true, Binary: true, KeepPlaceholders: true, Severity: rules.SeverityCritical},
	}
}

func newTestDetector(t *testing.T, opts Options) *Detector {
	t.Helper()
	d, err := NewDetector(rules.MustCompile(testRules()), opts)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// sliceSource yields its fragments, then returns err.
type sliceSource struct {
	frags []Fragment
	err   error
}

func (s sliceSource) Fragments(ctx context.Context, yield func(Fragment) error) error {
	for _, f := range s.frags {
		if err := yield(f); err != nil {
			return err
		}
	}
	return s.err
}

// scanAll scans src and returns the emitted findings and the notices.
func scanAll(t *testing.T, d *Detector, src Source) ([]Finding, []Notice, error) {
	t.Helper()
	var fs []Finding
	var ns []Notice
	d.opts.Notify = func(n Notice) { ns = append(ns, n) }
	err := d.Scan(context.Background(), src, func(f Finding) error {
		fs = append(fs, f)
		return nil
	})
	return fs, ns, err
}

func frag(path, data string) Fragment { return Fragment{Path: path, Data: []byte(data)} }

func lines(fs []Finding) []int {
	var out []int
	for _, f := range fs {
		out = append(out, f.Line)
	}
	return out
}

func TestDetectorLinesThatCount(t *testing.T) {
	data := "a\nk = " + testToken + "\nb\nj = " + testToken + "\n"
	for _, tc := range []struct {
		name string
		set  LineSet
		want string
	}{
		{"nil means all", nil, "[2 4]"},
		{"empty means none", LineSet{}, "[]"},
		{"only line 4", LineSet{{4, 4}}, "[4]"},
		{"range 1-3", LineSet{{1, 3}}, "[2]"},
		{"lines around", LineSet{{1, 1}, {3, 3}}, "[]"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := frag("x.env", data)
			f.Lines = tc.set
			got, _ := newTestDetector(t, Options{}).ScanFragment(f)
			if s := fmt.Sprint(lines(got)); s != tc.want {
				t.Errorf("lines %s, want %s", s, tc.want)
			}
		})
	}
}

func TestDetectorMultilineMatchOverlappingAddedLine(t *testing.T) {
	data := "x\nBEGIN BLOCK\nsecretbody1\nsecretbody2\nEND BLOCK\ny\n"
	for _, tc := range []struct {
		set  LineSet
		want int
	}{
		{LineSet{{3, 3}}, 1}, // the secret's first line
		{LineSet{{4, 4}}, 1}, // the secret's last line only
		{LineSet{{1, 3}}, 1},
		{LineSet{{4, 9}}, 1},
		{LineSet{{2, 2}}, 0}, // the BEGIN line holds no secret
		{LineSet{{5, 6}}, 0}, // nor the END line
		{LineSet{{1, 1}}, 0},
		{LineSet{{6, 6}}, 0},
	} {
		f := frag("k.pem", data)
		f.Lines = tc.set
		got, _ := newTestDetector(t, Options{}).ScanFragment(f)
		if len(got) != tc.want {
			t.Errorf("lines %v: %d findings, want %d", tc.set, len(got), tc.want)
			continue
		}
		if tc.want == 1 && (got[0].Line != 3 || got[0].EndLine != 4) {
			t.Errorf("lines %v: finding at %d..%d, want 3..4", tc.set, got[0].Line, got[0].EndLine)
		}
	}
}

func TestDetectorPositions(t *testing.T) {
	for _, tc := range []struct {
		name, data string
		line, col  int
	}{
		{"first line, first column", testToken + "\nx\n", 1, 1},
		{"CRLF", "a\r\nbb\r\nkey = " + testToken + "\r\nz\r\n", 3, 7},
		{"last line without newline", "a\nb\n  " + testToken, 3, 3},
		{"only line without newline", "k=" + testToken, 1, 3},
		{"after blank lines", "\n\n\n\t" + testToken + "\n", 4, 2},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, _ := newTestDetector(t, Options{}).ScanFragment(frag("f", tc.data))
			if len(got) != 1 {
				t.Fatalf("%d findings, want 1", len(got))
			}
			f := got[0]
			if f.Line != tc.line || f.Column != tc.col || f.EndLine != tc.line {
				t.Errorf("at %d:%d (end %d), want %d:%d", f.Line, f.Column, f.EndLine, tc.line, tc.col)
			}
			if f.Secret.Reveal() != testToken {
				t.Errorf("secret %q, want %q", f.Secret.Reveal(), testToken)
			}
		})
	}
}

func TestDetectorInlineAllow(t *testing.T) {
	tok := "k = " + testToken
	for _, tc := range []struct {
		name, data string
		suppressed bool
		detail     string
	}{
		{"no marker", "x\n" + tok + "\n", false, ""},
		{"envguard:allow", tok + " # envguard:allow\n", true, "envguard:allow"},
		{"gitleaks:allow", tok + " // gitleaks:allow\n", true, "gitleaks:allow"},
		{"pragma allowlist secret", tok + " # pragma: allowlist secret\n", true, "pragma: allowlist secret"},
		{"allow-next-line on the previous line", "# envguard:allow-next-line\n" + tok + "\n", true, "envguard:allow-next-line"},
		{"pragma nextline", "# pragma: allowlist nextline secret\n" + tok + "\n", true, "pragma: allowlist nextline secret"},
		{"allow-next-line two lines before", "# envguard:allow-next-line\n\n" + tok + "\n", false, ""},
		{"allow-next-line on the line after", tok + "\n# envguard:allow-next-line\n", false, ""},
		// The marker speaks about the next line: on the finding's own
		// line it must not hide the finding.
		{"allow-next-line on the same line", tok + " # envguard:allow-next-line\n", false, ""},
		{"allow on the previous line", "# envguard:allow\n" + tok + "\n", false, ""},
		{"allow after allow-next-line on one line", tok + " # envguard:allow-next-line envguard:allow\n", true, "envguard:allow"},
		{"allow-next-line with CRLF", "# envguard:allow-next-line\r\n" + tok + "\r\n", true, "envguard:allow-next-line"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := newTestDetector(t, Options{})
			all, _ := d.ScanFragment(frag("f", tc.data))
			if len(all) != 1 {
				t.Fatalf("%d findings, want 1", len(all))
			}
			s := all[0].Suppressed
			if (s != nil) != tc.suppressed {
				t.Fatalf("suppressed = %v, want %v", s, tc.suppressed)
			}
			if s != nil && (s.Kind != "inline-allow" || s.Detail != tc.detail) {
				t.Errorf("reason %q, want inline-allow: %s", s, tc.detail)
			}
			emitted, _, err := scanAll(t, d, sliceSource{frags: []Fragment{frag("f", tc.data)}})
			if err != nil {
				t.Fatal(err)
			}
			if (len(emitted) == 0) != tc.suppressed {
				t.Errorf("%d findings emitted, suppressed %v", len(emitted), tc.suppressed)
			}
		})
	}
}

// pathFilter suppresses findings in one path and counts its calls.
type pathFilter struct {
	path  string
	calls *int
}

func (p pathFilter) Check(f *Finding) (Reason, bool) {
	*p.calls++
	if f.Path == p.path {
		return Reason{Kind: "path", Detail: p.path}, true
	}
	return Reason{}, false
}

func TestDetectorFilters(t *testing.T) {
	var calls1, calls2 int
	d := newTestDetector(t, Options{Workers: 1, Filters: []Filter{
		pathFilter{"docs/a.md", &calls1},
		pathFilter{"b.env", &calls2},
	}})
	src := sliceSource{frags: []Fragment{
		frag("docs/a.md", "k = "+testToken+"\n"),
		frag("b.env", "k = "+testToken+"\n"),
		frag("c.env", "k = "+testToken+"\n"),
		frag("d.env", "k = "+testToken+" # envguard:allow\n"),
	}}
	fs, ns, err := scanAll(t, d, src)
	if err != nil {
		t.Fatal(err)
	}
	if len(fs) != 1 || fs[0].Path != "c.env" {
		t.Fatalf("emitted %v, want only c.env", fs)
	}
	var reasons []string
	for _, n := range ns {
		if n.Kind == NoticeSuppressed {
			reasons = append(reasons, n.Path+"="+n.Reason)
		}
	}
	want := "[docs/a.md=path: docs/a.md b.env=path: b.env d.env=inline-allow: envguard:allow]"
	if got := fmt.Sprint(reasons); got != want {
		t.Errorf("suppressed notices %s, want %s", got, want)
	}
	// The first filter saw the three findings without an allow comment;
	// the second did not see the one the first suppressed.
	if calls1 != 3 || calls2 != 2 {
		t.Errorf("filters called %d and %d times, want 3 and 2", calls1, calls2)
	}
}

func TestDetectorMaxFileSize(t *testing.T) {
	data := "k = " + testToken + "\n"
	for _, tc := range []struct {
		max   int64
		found bool
	}{{0, true}, {int64(len(data)), true}, {int64(len(data)) - 1, false}} {
		d := newTestDetector(t, Options{MaxFileSize: tc.max})
		fs, ns, err := scanAll(t, d, sliceSource{frags: []Fragment{frag("big.txt", data)}})
		if err != nil {
			t.Fatal(err)
		}
		if (len(fs) == 1) != tc.found {
			t.Errorf("max %d: %d findings", tc.max, len(fs))
		}
		skipped := len(ns) == 1 && ns[0].Kind == NoticeSkipped && ns[0].Path == "big.txt" && strings.Contains(ns[0].Reason, "max-file-size")
		if skipped == tc.found {
			t.Errorf("max %d: notices %+v", tc.max, ns)
		}
	}
}

func TestDetectorSkipFragment(t *testing.T) {
	d := newTestDetector(t, Options{})
	f := Fragment{Path: "sub", Skip: "submodule", Data: []byte(testToken)}
	fs, ns := d.ScanFragment(f)
	if len(fs) != 0 || len(ns) != 1 || ns[0].Kind != NoticeSkipped || ns[0].Reason != "submodule" {
		t.Errorf("findings %v notices %+v", fs, ns)
	}
}

func TestDetectorBinary(t *testing.T) {
	block := "BEGIN BLOCK\nkeymaterial\nEND BLOCK\n"
	tok := "k = " + testToken + "\n"
	d := newTestDetector(t, Options{})
	for _, tc := range []struct {
		name, data string
		want       []string
		reason     string
	}{
		{"control bytes at start", strings.Repeat("\x00\x01\x02", 8) + tok + block, []string{"test-block"}, "binary: only private-key rules ran"},
		{"control bytes before 8 KiB", strings.Repeat("a", 7000) + strings.Repeat("\x00\x03", 200) + "\n" + tok, nil, "binary: only private-key rules ran"},
		{"control bytes past 8 KiB", strings.Repeat("a", 8192) + strings.Repeat("\x00\x03", 200) + "\n" + tok, []string{"test-token"}, ""},
		// Issue 11: one stray NUL does not make text binary.
		{"stray NUL at start", "\x00" + tok + block, []string{"test-token", "test-block"}, ""},
		{"stray NUL at 8191", strings.Repeat("a", 8191) + "\x00\n" + tok, []string{"test-token"}, ""},
		{"text", tok + block, []string{"test-token", "test-block"}, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			fs, ns := d.ScanFragment(frag("bin", tc.data))
			var ids []string
			for _, f := range fs {
				ids = append(ids, f.RuleID)
			}
			if fmt.Sprint(ids) != fmt.Sprint(tc.want) {
				t.Errorf("rules %v, want %v", ids, tc.want)
			}
			reason := ""
			for _, n := range ns {
				if n.Kind == NoticeSkipped {
					reason = n.Reason
				}
			}
			if reason != tc.reason {
				t.Errorf("skip notice %q, want %q", reason, tc.reason)
			}
		})
	}
	// Without binary rules binary content is skipped with a notice.
	tokOnly, err := NewDetector(rules.MustCompile(testRules()[:1]), Options{})
	if err != nil {
		t.Fatal(err)
	}
	fs, ns := tokOnly.ScanFragment(frag("bin", "\x00\x01\x02\x03"+tok))
	if len(fs) != 0 || len(ns) != 1 || ns[0].Reason != "binary" {
		t.Errorf("findings %v notices %+v", fs, ns)
	}
}

func encodeUTF16(s string, big bool) []byte {
	u := utf16.Encode([]rune(s))
	out := make([]byte, 2+2*len(u))
	var order binary.ByteOrder = binary.LittleEndian
	if big {
		order = binary.BigEndian
	}
	order.PutUint16(out, 0xFEFF)
	for i, c := range u {
		order.PutUint16(out[2+2*i:], c)
	}
	return out
}

func TestDetectorUTF16(t *testing.T) {
	text := "# café ☕ 𝄞\r\nname = x\r\nkey = " + testToken + "\r\n"
	for _, big := range []bool{false, true} {
		data := encodeUTF16(text, big)
		if !IsBinary(data) {
			t.Fatal("UTF-16 of ASCII text should hold NUL bytes")
		}
		fs, ns := newTestDetector(t, Options{}).ScanFragment(Fragment{Path: "w.ps1", Data: data})
		if len(fs) != 1 || len(ns) != 0 {
			t.Fatalf("big endian %v: findings %v notices %+v", big, fs, ns)
		}
		if f := fs[0]; f.Line != 3 || f.Column != 7 || f.Secret.Reveal() != testToken {
			t.Errorf("big endian %v: %d:%d %q, want 3:7 %q", big, f.Line, f.Column, f.Secret.Reveal(), testToken)
		}
	}
}

func TestDetectorInvalidUTF8(t *testing.T) {
	data := "\xc3\x28 \xa0\xa1 \xf0\x28\x8c\xbc\nkey = " + testToken + " \xff\xfe\xfd\n\xed\xa0\x80\n"
	fs, _ := newTestDetector(t, Options{}).ScanFragment(frag("bad", data))
	if len(fs) != 1 || fs[0].Line != 2 || fs[0].Column != 7 {
		t.Errorf("findings %+v, want one at 2:7", fs)
	}
	// Odd-length data after a UTF-16 BOM is not UTF-16; it must not panic.
	newTestDetector(t, Options{}).ScanFragment(frag("odd", "\xff\xfek\x00="))
	newTestDetector(t, Options{}).ScanFragment(frag("bom", "\xfe\xff"))
}

// tokenFrags returns n fragments with one token each; early ones are
// large, so that parallel workers finish them last.
func tokenFrags(n int) []Fragment {
	var fs []Fragment
	for i := range n {
		pad := strings.Repeat("filler tok_ line\n", (n-i)*50)
		fs = append(fs, frag(fmt.Sprintf("f%03d", i), pad+"key = "+testToken+"\n"))
	}
	return fs
}

func TestDetectorOrder(t *testing.T) {
	for _, workers := range []int{1, 2, 4, 8} {
		frags := tokenFrags(60)
		fs, _, err := scanAll(t, newTestDetector(t, Options{Workers: workers}), sliceSource{frags: frags})
		if err != nil {
			t.Fatal(err)
		}
		if len(fs) != len(frags) {
			t.Fatalf("workers %d: %d findings, want %d", workers, len(fs), len(frags))
		}
		for i, f := range fs {
			if f.Path != frags[i].Path {
				t.Fatalf("workers %d: finding %d from %s, want %s", workers, i, f.Path, frags[i].Path)
			}
		}
	}
}

func TestDetectorEmitErrorStops(t *testing.T) {
	stop := errors.New("stop")
	for _, workers := range []int{1, 4} {
		d := newTestDetector(t, Options{Workers: workers})
		calls := 0
		err := d.Scan(context.Background(), sliceSource{frags: tokenFrags(40)}, func(Finding) error {
			calls++
			return stop
		})
		if !errors.Is(err, stop) || calls != 1 {
			t.Errorf("workers %d: err %v after %d emits, want stop after 1", workers, err, calls)
		}
	}
}

func TestDetectorPassesErrorList(t *testing.T) {
	var el ErrorList
	el.Add("a.txt", "", errors.New("permission denied"))
	el.Add("b.txt", "abc", errors.New("bad object"))
	for _, workers := range []int{1, 4} {
		fs, _, err := scanAll(t, newTestDetector(t, Options{Workers: workers}), sliceSource{frags: tokenFrags(5), err: el})
		got, ok := AsErrorList(err)
		if !ok || len(got) != 2 || got[0].Path != "a.txt" {
			t.Errorf("workers %d: err %v", workers, err)
		}
		if len(fs) != 5 {
			t.Errorf("workers %d: %d findings before the error list, want 5", workers, len(fs))
		}
	}
}

// endlessSource yields fragments until yield fails; it does not look at
// ctx itself, as a careless source might not.
type endlessSource struct{}

func (endlessSource) Fragments(ctx context.Context, yield func(Fragment) error) error {
	for i := 0; ; i++ {
		if err := yield(frag(fmt.Sprint(i), "k = "+testToken+"\n")); err != nil {
			return err
		}
	}
}

func TestDetectorContextCancel(t *testing.T) {
	for _, workers := range []int{1, 4} {
		ctx, cancel := context.WithCancel(context.Background())
		d := newTestDetector(t, Options{Workers: workers})
		done := make(chan error, 1)
		go func() {
			n := 0
			done <- d.Scan(ctx, endlessSource{}, func(Finding) error {
				if n++; n == 3 {
					cancel()
				}
				return nil
			})
		}()
		select {
		case err := <-done:
			if !errors.Is(err, context.Canceled) {
				t.Errorf("workers %d: err %v, want context.Canceled", workers, err)
			}
		case <-time.After(10 * time.Second):
			t.Fatalf("workers %d: scan did not stop after cancel", workers)
		}
		cancel()
	}
}

func TestDetectorCanceledBeforeStart(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, workers := range []int{1, 4} {
		d := newTestDetector(t, Options{Workers: workers})
		// Repeat: a select between a ready channel and ctx.Done() picks at
		// random, so a single run could pass by luck.
		for range 20 {
			emitted := 0
			err := d.Scan(ctx, sliceSource{frags: tokenFrags(3)}, func(Finding) error {
				emitted++
				return nil
			})
			if !errors.Is(err, context.Canceled) || emitted != 0 {
				t.Fatalf("workers %d: err %v with %d findings, want context.Canceled and none", workers, err, emitted)
			}
		}
	}
}

func TestDetectorRejectedNotices(t *testing.T) {
	data := "a = tok_xxxxxxxxxxxxxxxx\nb = " + testToken + "\n"
	for _, want := range []bool{false, true} {
		d := newTestDetector(t, Options{Rejected: want})
		fs, ns, err := scanAll(t, d, sliceSource{frags: []Fragment{frag("r", data)}})
		if err != nil {
			t.Fatal(err)
		}
		if len(fs) != 1 || fs[0].Line != 2 {
			t.Fatalf("Rejected %v: findings %v", want, fs)
		}
		got := len(ns) == 1 && ns[0].Kind == NoticeRejected && ns[0].Line == 1 && ns[0].RuleID == "test-token" && ns[0].Reason == "placeholder"
		if got != want || !want && len(ns) != 0 {
			t.Errorf("Rejected %v: notices %+v", want, ns)
		}
		for _, n := range ns {
			if strings.Contains(fmt.Sprint(n), "xxxxxxxxxxxxxxxx") {
				t.Errorf("notice holds the candidate: %+v", n)
			}
		}
	}
}

// TestDetectorDecodesByContent: issue 11 found UTF-16 without a byte order
// mark, UTF-32 with one and FF FE before ASCII text skipped or mis-decoded.
func TestDetectorDecodesByContent(t *testing.T) {
	text := "# notes\nname = x\nkey = " + testToken + "\n"
	u16 := encodeUTF16(text, false)
	u16be := encodeUTF16(text, true)
	utf32 := func(big bool) []byte {
		var out []byte
		for _, r := range "\uFEFF" + text {
			b := make([]byte, 4)
			if big {
				binary.BigEndian.PutUint32(b, uint32(r))
			} else {
				binary.LittleEndian.PutUint32(b, uint32(r))
			}
			out = append(out, b...)
		}
		return out
	}
	ascii := text
	if len(ascii)%2 != 0 {
		ascii += "\n"
	}
	for name, data := range map[string][]byte{
		"UTF-16 LE without BOM": u16[2:],
		"UTF-16 BE without BOM": u16be[2:],
		"UTF-32 LE with BOM":    utf32(false),
		"UTF-32 BE with BOM":    utf32(true),
		"FF FE before ASCII":    append([]byte{0xFF, 0xFE}, ascii...),
	} {
		fs, _ := newTestDetector(t, Options{}).ScanFragment(Fragment{Path: "w.txt", Data: data})
		if len(fs) != 1 || fs[0].Secret.Reveal() != testToken || fs[0].Line != 3 {
			t.Errorf("%s: findings %+v, want the token on line 3", name, fs)
		}
	}
}
