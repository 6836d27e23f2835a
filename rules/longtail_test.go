package rules

import (
	"strings"
	"testing"
)

// longTailIDs returns the ids of the long-tail families (issue 12).
func longTailIDs() map[string]bool {
	ids := map[string]bool{}
	for _, f := range []func() []Rule{commerceTailRules, saasRules, devtoolRules, dataAPIRules} {
		for _, r := range f() {
			ids[r.ID] = true
		}
	}
	return ids
}

// TestLongTailBreadth keeps the breadth issue 12 asked for: at least 800
// rules in all, covering at least 600 providers.
func TestLongTailBreadth(t *testing.T) {
	rs := Builtin()
	providers := map[string]bool{}
	for _, r := range rs {
		providers[r.Provider] = true
	}
	if len(rs) < 800 || len(providers) < 600 {
		t.Errorf("%d rules for %d providers, want at least 800 and 600", len(rs), len(providers))
	}
}

// TestLongTailNamesHoldAKeyword proves the prefilter contract for every
// name of every named long-tail row, not only the first one its examples
// use: each form of each name holds one of the rule's keywords.
func TestLongTailNamesHoldAKeyword(t *testing.T) {
	for _, table := range [][]nk{commerceNamed(), saasNamed(), devtoolNamed(), dataAPINamed()} {
		for _, k := range table {
			kws := nameKeywords(k.names)
			for _, form := range nameForms(k.names) {
				ok := false
				for _, kw := range kws {
					ok = ok || strings.Contains(strings.ToLower(form), kw)
				}
				if !ok {
					t.Errorf("rule %q: name %q holds none of its keywords %q", k.id, form, kws)
				}
				if len(form) < 4 {
					t.Errorf("rule %q: name %q is too short to name a provider", k.id, form)
				}
			}
		}
	}
}

// TestLongTailPrecision: on text full of random-looking non-secrets, and
// on digests and ids beside providers' names, the long-tail rules report
// nothing.
func TestLongTailPrecision(t *testing.T) {
	mine := longTailIDs()
	set := MustCompile(Builtin())
	sha, sum := fake("lt-sha", csHex, 40), fake("lt-sum", csHex, 64)
	text := negativeText(40) + strings.Join([]string{
		`{"https://github.com/acme/typesense.git", "` + sha + `"},`,
		`shodan_commit: ` + sha,
		`pipedrive_sha256 = "` + sum + `"`,
		`SHODAN_ACCOUNT_ID=` + fake("lt-id", csAlnum, 32),
		`bloom_key = "` + fake("lt-bloom", csHex, 64) + `"`,
		`INFURA_PROJECT_ID=` + fake("lt-infura", csHex, 32),
		`virustotal_report: "` + fake("lt-vt", csHex, 40) + `"`,
		`hubspot_portal = "` + fakeUUID("lt-portal") + `-x"`,
	}, "\n")
	set.Match([]byte(text), func(m Match) {
		if mine[m.Rule.ID] {
			line := text[lineStart([]byte(text), m.Start):lineEnd([]byte(text), m.Start)]
			t.Errorf("%s reported %q on a non-secret line:\n%s", m.Rule.ID, m.Secret, line)
		}
	})
}

// TestLongTailUUIDOnlyByName: a UUID is a long-tail key only right after
// its provider's name; bare, or after an unrelated name, it is not.
func TestLongTailUUIDOnlyByName(t *testing.T) {
	set := MustCompile(Builtin())
	u := fakeUUID("lt-uuid")
	found := func(line string) []string {
		var ids []string
		set.Match([]byte(line), func(m Match) { ids = append(ids, m.Rule.ID) })
		return ids
	}
	if ids := found("BRAZE_API_KEY=" + u); len(ids) != 1 || ids[0] != "braze-api-key" {
		t.Errorf("BRAZE_API_KEY=<uuid>: reported by %v, want braze-api-key", ids)
	}
	for _, line := range []string{u, "api_key: " + u, "CORRELATION=" + u, `"id": "` + u + `"`} {
		for _, id := range found(line) {
			if longTailIDs()[id] {
				t.Errorf("%q: reported by long-tail rule %s", line, id)
			}
		}
	}
}
