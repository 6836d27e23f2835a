package fix

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
		// Python bytes and raw literals: the prefix goes with the literal
		// and bytes stay bytes (this left "bos.environ" behind once).
		{"key = b'" + s + "'\n", 1, "key = os.environ[\"KEY\"].encode()\n", true},
		{"f = Fernet(rb\"" + s + "\")\n", 1, "f = Fernet(os.environ[\"KEY\"].encode())\n", true},
		{"key = r'" + s + "'\n", 1, "key = os.environ[\"KEY\"]\n", true},
		{"key = sub'" + s + "'\n", 1, "key = subos.environ[\"KEY\"]\n", true}, // not a prefix
	}
	for _, tt := range tests {
		got, err := replaceLiteral([]byte(tt.in), tt.line, s, `os.environ["KEY"]`, true)
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

// The import goes after the imports above the line that uses it, never
// below it (issue 13).
func TestPyAddImport(t *testing.T) {
	for _, tt := range []struct {
		in   string
		line int
		want string
	}{
		{"import sys\nK = 1\n", 2, "import sys\nimport os\nK = 1\n"},
		{"#!/usr/bin/env python3\n\"\"\"Doc.\n\nMore.\"\"\"\nK = 1\n", 5, "#!/usr/bin/env python3\n\"\"\"Doc.\n\nMore.\"\"\"\nimport os\nK = 1\n"},
		{"K = 1\nimport sys\n", 1, "import os\nK = 1\nimport sys\n"},
		{"from a import b\r\nK = 1\r\n", 2, "from a import b\r\nimport os\r\nK = 1\r\n"},
	} {
		if got := string(pyAddImport("import os", tt.line)([]byte(tt.in))); got != tt.want {
			t.Errorf("pyAddImport(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
