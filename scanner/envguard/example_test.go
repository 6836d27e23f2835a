package envguard

import (
	"errors"
	"strings"
	"testing"

	"github.com/envguard/envguard/scanner/internal/dotenv"
)

func mustParse(t *testing.T, s string) *dotenv.File {
	t.Helper()
	f, err := dotenv.Parse([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return f
}

func TestDrift(t *testing.T) {
	example := "A=\nB=\n# C=optional\n#export D=\n# not a key\n#E\n"
	d := Drift(mustParse(t, example), mustParse(t, "A=1\nC=2\nD=3\nF=4\n"), CommentedKeys([]byte(example)))
	if got := strings.Join(d.MissingFromExample, ","); got != "F" {
		t.Errorf("MissingFromExample = %s, want F", got)
	}
	if got := strings.Join(d.MissingFromEnv, ","); got != "B" {
		t.Errorf("MissingFromEnv = %s, want B", got)
	}
	if d.Empty() || !Drift(mustParse(t, "A=\n"), mustParse(t, "A=1\n"), nil).Empty() {
		t.Error("Empty is wrong")
	}
}

func TestParseFileNamesFileAndLine(t *testing.T) {
	_, err := ParseFile("cfg/.env.example", []byte("A=1\nB='x\n"))
	var fe *FileError
	var pe *dotenv.ParseError
	if !errors.As(err, &fe) || !errors.As(err, &pe) || fe.Line != 2 || !strings.HasPrefix(err.Error(), "cfg/.env.example:2: the value") {
		t.Errorf("ParseFile error = %v", err)
	}
}
