package fix

import (
	"context"
	"reflect"
	"strings"
	"testing"

	"github.com/envguard/envguard/rules"
	"github.com/envguard/envguard/scanner/envguard"
	"github.com/envguard/envguard/scanner/pipeline"
)

// actions lists the action names of a plan's steps, in order.
func actions(p *Plan) []string {
	var out []string
	for _, s := range p.Steps {
		out = append(out, s.Action.Name+" "+s.Path)
	}
	return out
}

// Build is pure: facts written by hand, no repository, no git. A
// committed .env and a real value in the committed example plan the
// .gitignore line, the index removal, the move to .env and the
// placeholder, in phase order whatever the order of the findings.
func TestBuildFromFacts(t *testing.T) {
	facts := &Facts{Files: map[string]FileFacts{
		".env":         {Exists: true, Data: []byte("A=1\n"), Tracked: true, InHead: true},
		".env.example": {Exists: true, Data: []byte("SECRET_KEY=" + fernet1 + "\n"), Tracked: true, InHead: true},
		".env.sample":  {}, ".env.template": {}, ".env.dist": {}, ".env.defaults": {},
	}, History: map[string]bool{".env.example\x00": true}} // the example's secret is in a commit
	findings := []pipeline.Finding{
		{RuleID: RuleExampleSecret, Path: ".env.example", Line: 1, Name: "SECRET_KEY", KeyKind: rules.KindFernet,
			Secret: pipeline.NewSecret(fernet1)},
		{RuleID: RuleTracked, Path: ".env", Line: 1},
	}
	plan, err := Build(facts, findings, Options{})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"ignore .gitignore", "untrack .env", "move-value .env", "placeholder .env.example"}
	if got := actions(plan); !reflect.DeepEqual(got, want) {
		t.Errorf("steps = %q, want %q", got, want)
	}
	if got := plan.Steps[0].Summary; got != ".gitignore: add /.env" {
		t.Errorf("ignore step = %q", got)
	}
	if got := plan.Steps[3].Summary; !strings.Contains(got, "# make one with: envguard keygen --kind fernet") {
		t.Errorf("placeholder step = %q", got)
	}
	if !reflect.DeepEqual(plan.Committed, []string{".env", ".env.example"}) {
		t.Errorf("Committed = %v", plan.Committed)
	}
	if err := plan.Apply(context.Background(), nil); err == nil {
		t.Error("a plan built without a work tree applied")
	}
}

// A fixer that needs facts it did not ask for fails loudly instead of
// planning from zero values.
func TestBuildMissingFacts(t *testing.T) {
	_, err := Build(&Facts{}, []pipeline.Finding{{RuleID: RuleTracked, Path: ".env"}}, Options{})
	if err == nil || !strings.Contains(err.Error(), "no facts gathered for .env") {
		t.Errorf("err = %v", err)
	}
}

// A new kind of repair is one entry in the table: this test fixer claims
// its own rule, asks for the facts of one file, plans one step in the
// code phase, and NewPlan gathers, plans and applies it with the built-in
// repairs, ordered by phase, without a change anywhere else.
func TestNewFixerIsOneTableEntry(t *testing.T) {
	touch := Action{Name: "touch", Phase: PhaseCode}
	entry := fixer{
		name:    "test-touch",
		ruleIDs: []string{"test/touch"},
		needs:   func(o *Options, f pipeline.Finding) []string { return []string{f.Path} },
		plan: func(p *planner, f pipeline.Finding) error {
			if _, err := p.facts.read(f.Path); err != nil {
				return err
			}
			p.add(Step{Action: touch, Path: f.Path, Summary: f.Path + ": touch",
				run: func(ctx context.Context, w *worktree) error {
					return w.update(f.Path, 0o644, func(d []byte) ([]byte, error) { return append(d, "touched\n"...), nil })
				}})
			return nil
		},
	}
	defer func(old []fixer) { fixers = old }(fixers)
	fixers = append([]fixer{entry}, fixers...)

	repo := testRepo(t, map[string]string{"notes.txt": "hello\n", ".env": "A=1\n"}, false)
	ctx := context.Background()
	plan, err := NewPlan(ctx, repo, []pipeline.Finding{
		{RuleID: "test/touch", Path: "notes.txt"},
		{RuleID: RuleNotIgnored, Path: ".env"},
	}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got, want := actions(plan), []string{"ignore .gitignore", "touch notes.txt"}; !reflect.DeepEqual(got, want) {
		t.Fatalf("steps = %q, want %q", got, want)
	}
	if err := plan.Apply(ctx, nil); err != nil {
		t.Fatal(err)
	}
	if got := readFile(t, repo, "notes.txt"); got != "hello\ntouched\n" {
		t.Errorf("notes.txt = %q", got)
	}
	if got := readFile(t, repo, ".gitignore"); !strings.HasSuffix(got, "\n/.env\n") {
		t.Errorf(".gitignore = %q", got)
	}
}

// Issue 10: fix gathered env violations from the whole-tree env guard and
// from the staged scan, and reported each twice. Collect keeps one.
func TestCollectReportsEachEnvViolationOnce(t *testing.T) {
	notIgnored := envguard.Violation{Path: "sub/.env", RuleID: RuleNotIgnored, Why: "not ignored"}.Finding()
	exampleWT := envguard.Value{Path: ".env.example", Line: 2, Key: "K",
		Verdict: envguard.Verdict{Class: envguard.ClassSecret, Secret: "new-value-in-the-work-tree"}}.Finding()
	exampleStaged := envguard.Value{Path: ".env.example", Line: 2, Key: "K",
		Verdict: envguard.Verdict{Class: envguard.ClassSecret, Secret: "old-value-still-staged"}}.Finding()
	leak := pipeline.Finding{RuleID: "fernet-key", Path: "app.py", Line: 3, Fingerprint: "f"}
	got := Collect([]pipeline.Finding{notIgnored, exampleWT}, []pipeline.Finding{notIgnored, exampleStaged, leak, leak})
	var ids []string
	for _, f := range got {
		ids = append(ids, f.Path+" "+f.RuleID+" "+f.Secret.Reveal())
	}
	want := []string{
		"sub/.env env/not-ignored ",
		".env.example env/example-secret new-value-in-the-work-tree",
		".env.example env/example-secret old-value-still-staged",
		"app.py fernet-key ", "app.py fernet-key ",
	}
	if !reflect.DeepEqual(ids, want) {
		t.Errorf("Collect = %q, want %q", ids, want)
	}
}

// The variable a leak in code becomes (issue 13, defect 2).
func TestCodeVarName(t *testing.T) {
	const leaked = "leaked-value"
	for _, tt := range []struct {
		code string
		kind rules.KeyKind
		env  map[string]string
		want string
	}{
		{"fernetKey", rules.KindFernet, nil, "FERNET_KEY"},
		{"key", rules.KindFernet, nil, "FERNET_KEY"},                                             // generic: after the kind
		{"key", rules.KindFernet, map[string]string{"SECRET_KEY": leaked}, "SECRET_KEY"},         // .env holds it
		{"key", rules.KindFernet, map[string]string{"APP_KEY_PREVIOUS": leaked}, "APP_KEY"},      // rotated before
		{"token", rules.KindHex, map[string]string{"SECRET_KEY": "django's"}, "TOKEN"},           // name taken
		{"SECRET_KEY", rules.KindURLSafe, map[string]string{"SECRET_KEY": "real"}, "SECRET_KEY"}, // its own name
	} {
		if got := codeVarName(tt.code, tt.kind, tt.env, leaked); got != tt.want {
			t.Errorf("codeVarName(%q, %v) = %q, want %q", tt.code, tt.env, got, tt.want)
		}
	}
}
