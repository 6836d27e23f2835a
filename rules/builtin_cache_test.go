package rules

import (
	"reflect"
	"testing"
)

// Builtin is built once per process (issue 12: its start-up cost must not
// grow with the catalog on every call) yet still returns values the
// caller may change: a change, even an append to a rule's keywords, does
// not reach the next caller.
func TestBuiltinReturnsFreshValues(t *testing.T) {
	a := Builtin()
	want := append([]string(nil), a[0].Keywords...)
	a[0].ID = "changed"
	if len(a[0].Keywords) > 0 {
		a[0].Keywords[0] = "changed"
	}
	_ = append(a[1].Keywords[:0], "overwritten")
	a = append(a[:1], a[2:]...)
	b := Builtin()
	if b[0].ID == "changed" || !reflect.DeepEqual(b[0].Keywords, want) {
		t.Errorf("a change to one Builtin result reached the next: %q %q", b[0].ID, b[0].Keywords)
	}
	if len(b[1].Keywords) > 0 && b[1].Keywords[0] == "overwritten" {
		t.Errorf("an append to a rule's keywords reached the next Builtin result")
	}
	if len(b) != len(a)+1 {
		t.Errorf("Builtin returned %d rules after a caller dropped one, want %d", len(b), len(a)+1)
	}
}
