package fix

import (
	"context"
	"fmt"
	"path"
	"slices"
	"sort"
	"strings"

	"github.com/envguard/envguard/rules"
	"github.com/envguard/envguard/scanner/envguard"
	"github.com/envguard/envguard/scanner/internal/gitignore"
	"github.com/envguard/envguard/scanner/pipeline"
)

// fixer is one kind of repair: an entry of [fixers].
type fixer struct {
	name string
	// ruleIDs are the rules whose findings the fixer repairs, whatever
	// else is true of them.
	ruleIDs []string
	// claims reports whether the fixer repairs f, for findings of rules no
	// fixer names; the first fixer of the table that claims f gets it.
	claims func(o *Options, f pipeline.Finding) bool
	// needs lists the files whose facts plan reads for f.
	needs func(o *Options, f pipeline.Finding) []string
	// reads, when set, lists files whose text plan reads for f beyond
	// their facts (the code around a leak, to follow its idiom).
	reads func(o *Options, f pipeline.Finding) []string
	// history marks fixers whose plan needs to know whether git holds the
	// secret in a commit of any branch (then it was leaked, not only typed).
	history bool
	// plan adds the steps that repair f. It reads only p's facts.
	plan func(p *planner, f pipeline.Finding) error
}

// fixers is the table of repairs, most specific first. The phase of each
// step, not the table, decides when it runs.
var fixers = []fixer{
	{
		name:    "env-file", // an env file git tracks, has staged or does not ignore
		ruleIDs: []string{envguard.RuleStaged, envguard.RuleTracked, envguard.RuleNotIgnored},
		needs:   func(o *Options, f pipeline.Finding) []string { return []string{f.Path} },
		plan:    func(p *planner, f pipeline.Finding) error { return p.keepOut(f.Path) },
	},
	{
		name:    "example-value", // a real value in an example file
		ruleIDs: []string{envguard.RuleExampleSecret},
		claims:  func(o *Options, f pipeline.Finding) bool { return o.Matcher.Kind(f.Path) == envguard.KindExample },
		needs:   func(o *Options, f pipeline.Finding) []string { return []string{f.Path, siblingEnv(f.Path)} },
		history: true,
		plan:    (*planner).example,
	},
	{
		name:    "env-mode", // an env file group or others can read
		ruleIDs: []string{RuleReadable},
		needs:   func(o *Options, f pipeline.Finding) []string { return []string{f.Path} },
		plan: func(p *planner, f pipeline.Finding) error {
			ff, err := p.facts.file(f.Path)
			p.tighten(f.Path, ff)
			return err
		},
	},
	{
		name:    "example-ignored", // an example file a broad .env* line hides
		ruleIDs: []string{RuleExampleIgnored},
		needs:   func(o *Options, f pipeline.Finding) []string { return nil },
		plan: func(p *planner, f pipeline.Finding) error {
			if p.once("reinclude:" + f.Path) {
				p.reinclude = append(p.reinclude, "!/"+gitignore.Escape(f.Path))
			}
			return nil
		},
	},
	{
		name:   "env-advice", // another env guard finding: say what it says
		claims: func(o *Options, f pipeline.Finding) bool { return strings.HasPrefix(f.RuleID, envguard.RulePrefix) },
		needs:  func(o *Options, f pipeline.Finding) []string { return nil },
		plan: func(p *planner, f pipeline.Finding) error {
			p.advise("env:"+f.RuleID+f.Path, fmt.Sprintf("%s: %s", f.Path, strings.TrimSpace(f.Message+" ("+f.RuleID+")")))
			return nil
		},
	},
	{
		name:    "env-file-secret", // a secret in an env file
		claims:  func(o *Options, f pipeline.Finding) bool { return o.Matcher.Kind(f.Path) == envguard.KindEnv },
		needs:   func(o *Options, f pipeline.Finding) []string { return []string{f.Path} },
		history: true,
		plan:    (*planner).envFileSecret,
	},
	{
		name:   "fresh-key", // a leaked key envguard can mint, in code
		claims: func(o *Options, f pipeline.Finding) bool { return f.KeyKind != rules.KindNone },
		needs:  func(o *Options, f pipeline.Finding) []string { return []string{o.EnvFile} },
		reads: func(o *Options, f pipeline.Finding) []string {
			if o.Matcher.Kind(f.Path) == envguard.KindEnv {
				return nil
			}
			return []string{f.Path}
		},
		plan: (*planner).newKey,
	},
	{
		name:   "rotate", // any other secret: revoke it at the provider
		claims: func(o *Options, f pipeline.Finding) bool { return true },
		needs:  func(o *Options, f pipeline.Finding) []string { return nil },
		plan:   func(p *planner, f pipeline.Finding) error { p.rotate(f); return nil },
	},
}

// pick returns the fixer that repairs f: the one that names its rule,
// else the first that claims it.
func pick(o *Options, f pipeline.Finding) *fixer {
	for i := range fixers {
		if slices.Contains(fixers[i].ruleIDs, f.RuleID) {
			return &fixers[i]
		}
	}
	for i := range fixers {
		if fixers[i].claims != nil && fixers[i].claims(o, f) {
			return &fixers[i]
		}
	}
	return &fixer{name: "none", needs: func(*Options, pipeline.Finding) []string { return nil },
		plan: func(*planner, pipeline.Finding) error { return nil }}
}

// planner builds a plan from facts. It runs no process and touches no
// file.
type planner struct {
	facts  *Facts
	opts   *Options
	steps  []Step
	seen   map[string]bool
	ignore []string // env files the root .gitignore must ignore
	// reinclude are "!" lines for example files a broad line hides
	reinclude []string
	untrack   []string // env files to remove from the index
	commits   map[string]bool
	names     map[string]string // env file and variable -> the leaked value it replaces
}

// Build plans the repairs for findings from facts (see [Gather]): each
// finding goes to its fixer, and the steps are ordered by phase. The plan
// it returns lists the steps; only one made by [NewPlan] can be applied.
func Build(facts *Facts, findings []pipeline.Finding, opts Options) (*Plan, error) {
	opts, err := opts.withDefaults()
	if err != nil {
		return nil, err
	}
	p := &planner{facts: facts, opts: &opts, seen: map[string]bool{}, commits: map[string]bool{}}
	for _, f := range findings {
		if err := pick(&opts, f).plan(p, f); err != nil {
			return nil, err
		}
	}
	return p.finish(), nil
}

// once reports whether id is new, and marks it seen.
func (p *planner) once(id string) bool {
	if p.seen[id] {
		return false
	}
	p.seen[id] = true
	return true
}

func (p *planner) add(s Step) { p.steps = append(p.steps, s) }

func (p *planner) advise(id, summary string) {
	if p.once(id) {
		p.add(Step{Action: ActManual, Summary: summary})
	}
}

func (p *planner) isDotenv(rel string) bool {
	return p.opts.Matcher.Kind(rel) == envguard.KindEnv
}

// finish adds the steps that gather several findings (one .gitignore
// edit, the index removals) and orders the plan.
func (p *planner) finish() *Plan {
	plan := &Plan{Steps: p.steps}
	if len(p.ignore) > 0 || len(p.reinclude) > 0 {
		plan.Steps = append(plan.Steps, p.ignoreStep())
	}
	for _, rel := range p.untrack {
		plan.Steps = append(plan.Steps, Step{
			Action:  ActUntrack,
			Path:    rel,
			Summary: fmt.Sprintf("%s: remove from the index (git rm --cached); the file stays on disk", rel),
			run:     func(ctx context.Context, w *worktree) error { return w.untrack(ctx, rel) },
		})
	}
	for c := range p.commits {
		plan.Committed = append(plan.Committed, c)
	}
	sort.Strings(plan.Committed)
	plan.order()
	return plan
}

// siblingEnv is the env file beside the example file rel that holds its
// real values (see [EnvFileFor]).
func siblingEnv(rel string) string { return EnvFileFor(rel) }

// exampleSuffixes end the names of example files.
var exampleSuffixes = []string{".example", ".sample", ".template", ".dist", ".defaults", ".tmpl", ".tpl"}

// EnvFileFor returns the env file whose example the file rel (slash path)
// is: .env.local for .env.local.example, .env for .env.example,
// env.example or example.env. Its values are moved there, and check-example
// compares the two.
func EnvFileFor(rel string) string {
	dir, base := path.Split(rel)
	for _, suf := range exampleSuffixes {
		if b := strings.TrimSuffix(base, suf); b != base && strings.HasPrefix(b, ".env.") {
			return dir + b
		}
	}
	return dir + ".env"
}
