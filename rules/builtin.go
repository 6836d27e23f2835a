package rules

import (
	"slices"
	"strings"
	"sync"
)

// Builtin returns envguard's built-in ruleset, most specific rules first.
// Each call returns fresh values the caller may change. A rule's Provider
// is the first word of its id ("clerk" of "clerk-secret-key").
//
// The catalog is built once per process (see [Prepare]) and copied for
// each caller.
func Builtin() []Rule {
	rs := slices.Clone(builtin())
	for i := range rs {
		rs[i].Keywords = slices.Clip(slices.Clone(rs[i].Keywords))
		rs[i].Files = slices.Clip(slices.Clone(rs[i].Files))
	}
	return rs
}

// Shared returns the built-in ruleset as built once per process, without
// the copy [Builtin] makes: a scan that only reads its rules (compiles
// them, lists them) starts faster. Callers must not change the slice or
// its rules.
func Shared() []Rule { return builtin() }

// Prepare starts building the built-in ruleset in the background, so that
// a command that will call [Builtin] can overlap that work with other
// start-up (finding the repository: a git process). It returns at once.
func Prepare() { go builtin() }

// builtin is the catalog as built once; it is never changed.
var builtin = sync.OnceValue(buildBuiltin)

func buildBuiltin() []Rule {
	var parts [][]Rule
	n := 0
	for _, family := range []func() []Rule{
		privateKeyRules,
		vcsRules,
		cloudRules,
		paymentRules,
		messagingRules,
		aiRules,
		registryRules,
		observabilityRules,
		authRules,
		secretStoreRules,
		databaseRules,
		credentialFileRules,
		commerceTailRules,
		saasRules,
		devtoolRules,
		dataAPIRules,
		generatedKeyRules,
		contextRules,
		genericRules,
	} {
		p := family()
		parts = append(parts, p)
		n += len(p)
	}
	rs := make([]Rule, 0, n)
	for _, p := range parts {
		rs = append(rs, p...)
	}
	for i := range rs {
		rs[i].Provider, _, _ = strings.Cut(rs[i].ID, "-")
		if rs[i].Rotate == "" {
			rs[i].Rotate = rotatePage(rs[i].ID)
		}
	}
	return rs
}
