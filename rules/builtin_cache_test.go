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

// Building the catalog makes no fakes and generates no example (issue 12:
// examples are made on demand, for tests and `envguard rules`, so that
// the start-up of every scan does not grow with them). The GitLab rules
// made 41 fakes eagerly before.
func TestBuildingTheCatalogMakesNoFakes(t *testing.T) {
	before := fakesMade.Load()
	rs := buildBuiltin()
	if n := fakesMade.Load() - before; n != 0 {
		t.Errorf("building %d rules made %d fakes", len(rs), n)
	}
	// The counter itself must see the fakes that examples make, or the
	// check above could not fail.
	for _, r := range rs {
		if r.ID == "gitlab-pat" {
			r.Examples()
		}
	}
	if fakesMade.Load() == before {
		t.Error("making gitlab-pat's examples counted no fake: the check above cannot fail")
	}
}
