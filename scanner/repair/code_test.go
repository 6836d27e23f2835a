package repair

import "testing"

func TestReplaceLiteral(t *testing.T) {
	const s = "S3cr3tS3cr3tS3cr3t"
	tests := []struct {
		in   string
		line int
		want string
		ok   bool
	}{
		{"a = 1\r\nKEY = \"" + s + "\"  # k\r\nb = 2\r\n", 2, "a = 1\r\nKEY = os.environ[\"KEY\"]  # k\r\nb = 2\r\n", true},
		{"KEY = '" + s + "'", 1, "KEY = os.environ[\"KEY\"]", true},
		{"KEY = " + s + "\n", 1, "", false},      // not quoted: left alone
		{"x\nKEY = '" + s + "'\n", 1, "", false}, // not on that line
		{"KEY = 'other'\n", 5, "", false},        // no such line
	}
	for _, tt := range tests {
		got, err := replaceLiteral([]byte(tt.in), tt.line, s, `os.environ["KEY"]`)
		if (err == nil) != tt.ok || tt.ok && string(got) != tt.want {
			t.Errorf("replaceLiteral(%q, %d) = %q, %v; want %q", tt.in, tt.line, got, err, tt.want)
		}
	}
}

func TestCodeExpr(t *testing.T) {
	for file, want := range map[string]string{
		"a/settings.py": `os.environ["K"]`, "web/app.ts": "process.env.K", "main.go": `os.Getenv("K")`,
		"app.rb": `ENV.fetch("K")`, "config.yaml": "", "run.sh": "",
	} {
		if got := codeExpr(file, "K"); got != want {
			t.Errorf("codeExpr(%s) = %q, want %q", file, got, want)
		}
	}
}
