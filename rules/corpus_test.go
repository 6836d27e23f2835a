package rules

import (
	"bufio"
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// Thresholds on the labelled corpus (issue 3).
const (
	minCorpusRecall    = 0.995
	minCorpusPrecision = 0.995
)

// corpusLabel is one expected finding.
type corpusLabel struct {
	path string
	line int
	rule string // a rule id or "any"
	hit  bool
}

func readCorpusLabels(t *testing.T) map[string][]*corpusLabel {
	f, err := os.Open(filepath.Join(corpusDir, "labels.txt"))
	if err != nil {
		t.Fatalf("no corpus labels: %v (generate them: ENVGUARD_UPDATE_CORPUS=1 go test ./rules -run TestCorpusIsGenerated)", err)
	}
	defer f.Close()
	out := map[string][]*corpusLabel{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		var l corpusLabel
		loc, rule, _ := strings.Cut(line, " ")
		i := strings.LastIndexByte(loc, ':')
		if _, err := fmt.Sscan(loc[i+1:], &l.line); err != nil || i < 0 {
			t.Fatalf("bad label line %q", line)
		}
		l.path, l.rule = loc[:i], rule
		key := fmt.Sprintf("%s:%d", l.path, l.line)
		out[key] = append(out[key], &l)
	}
	return out
}

// ruleStats counts outcomes for one rule id.
type ruleStats struct{ tp, fp, fn int }

// TestCorpus runs the whole built-in ruleset over the labelled corpus and
// reports per-rule and overall precision and recall. It fails below the
// thresholds of issue 3.
func TestCorpus(t *testing.T) {
	labels := readCorpusLabels(t)
	set := MustCompile(Builtin())
	stats := map[string]*ruleStats{}
	st := func(id string) *ruleStats {
		if stats[id] == nil {
			stats[id] = &ruleStats{}
		}
		return stats[id]
	}
	var fps []string
	scan := func(rel string, data []byte) {
		set.MatchFile(rel, data, false, func(m Match) {
			line := 1 + bytes.Count(data[:m.Start], []byte("\n"))
			for _, l := range labels[fmt.Sprintf("%s:%d", rel, line)] {
				if l.rule == m.Rule.ID || l.rule == "any" {
					if !l.hit {
						st(m.Rule.ID).tp++
					}
					l.hit = true
					return
				}
			}
			st(m.Rule.ID).fp++
			fps = append(fps, fmt.Sprintf("%s:%d %s %q", rel, line, m.Rule.ID, redactForLog(m.Secret)))
		})
	}
	err := filepath.WalkDir(corpusDir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || d.Name() == "labels.txt" {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(corpusDir, p)
		scan(filepath.ToSlash(rel), data)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// Every rule's own true examples, in files per family, from the rules
	// as they are now.
	ex := newCorpus()
	genRuleExamples(ex)
	for _, l := range ex.labels {
		var lb corpusLabel
		loc, rule, _ := strings.Cut(l, " ")
		i := strings.LastIndexByte(loc, ':')
		fmt.Sscan(loc[i+1:], &lb.line)
		lb.path, lb.rule = loc[:i], rule
		labels[loc] = append(labels[loc], &lb)
	}
	for path, b := range ex.files {
		scan(path, b.Bytes())
	}
	var fns []string
	for _, ls := range labels {
		for _, l := range ls {
			if !l.hit {
				st(l.rule).fn++
				fns = append(fns, fmt.Sprintf("%s:%d %s", l.path, l.line, l.rule))
			}
		}
	}
	sort.Strings(fps)
	sort.Strings(fns)
	var tp, fp, fn int
	ids := make([]string, 0, len(stats))
	for id, s := range stats {
		ids = append(ids, id)
		tp, fp, fn = tp+s.tp, fp+s.fp, fn+s.fn
	}
	sort.Strings(ids)
	for _, id := range ids {
		s := stats[id]
		t.Logf("%-40s tp %3d fp %3d fn %3d precision %.3f recall %.3f", id, s.tp, s.fp, s.fn, ratio(s.tp, s.tp+s.fp), ratio(s.tp, s.tp+s.fn))
	}
	for _, x := range fps {
		t.Logf("false positive: %s", x)
	}
	for _, x := range fns {
		t.Logf("false negative: %s", x)
	}
	precision, recall := ratio(tp, tp+fp), ratio(tp, tp+fn)
	t.Logf("overall: %d labels, tp %d fp %d fn %d, precision %.4f recall %.4f", tp+fn, tp, fp, fn, precision, recall)
	if precision < minCorpusPrecision || recall < minCorpusRecall {
		t.Errorf("corpus precision %.4f (min %.2f), recall %.4f (min %.2f): see the false positives and negatives above", precision, minCorpusPrecision, recall, minCorpusRecall)
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// redactForLog keeps the first four bytes of a corpus secret.
func redactForLog(s string) string {
	if len(s) > 4 {
		s = s[:4] + "…"
	}
	return strings.ReplaceAll(s, "\n", " ")
}
