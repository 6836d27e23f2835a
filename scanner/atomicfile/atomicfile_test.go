package atomicfile

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"testing"
)

func TestWriteFileKeepsModeAndReplaces(t *testing.T) {
	p := filepath.Join(t.TempDir(), ".env")
	if err := WriteFile(p, []byte("A=1\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(p, 0o640); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(p, []byte("A=2\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	fi, _ := os.Stat(p)
	b, _ := os.ReadFile(p)
	if fi.Mode().Perm() != 0o640 || string(b) != "A=2\n" {
		t.Fatalf("mode %v content %q", fi.Mode(), b)
	}
}

func TestWriteWithFailureLeavesFileAlone(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, ".env")
	os.WriteFile(p, []byte("KEEP=1\n"), 0o600)
	err := WriteWith(p, 0o600, func(w io.Writer) error {
		w.Write([]byte("half"))
		return errors.New("disk full")
	})
	if err == nil {
		t.Fatal("want error")
	}
	b, _ := os.ReadFile(p)
	ents, _ := os.ReadDir(dir)
	if string(b) != "KEEP=1\n" || len(ents) != 1 {
		t.Fatalf("content %q, %d files left", b, len(ents))
	}
}

func TestWriteFileRefusesSymlink(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "target"), []byte("x"), 0o600)
	os.Symlink("target", filepath.Join(dir, "link"))
	if err := WriteFile(filepath.Join(dir, "link"), []byte("y"), 0o600); err == nil {
		t.Fatal("wrote through a symlink")
	}
}
