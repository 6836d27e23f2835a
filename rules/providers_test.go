package rules

import (
	"fmt"
	"strings"
	"testing"
)

// providerRuleIDs returns the ids of the provider families: cloud, VCS
// and CI, payments, messaging, AI and registries.
func providerRuleIDs() map[string]bool {
	ids := map[string]bool{}
	for _, f := range []func() []Rule{vcsRules, cloudRules, paymentRules, messagingRules, aiRules, registryRules} {
		for _, r := range f() {
			ids[r.ID] = true
		}
	}
	return ids
}

// negativeText is text full of things that look random but are not
// secrets: digests, lockfile integrity hashes, commit SHAs, UUIDs, data
// URIs, minified code, colours, public keys, certificates, placeholders,
// identifiers, paths and versions. n scales the amount.
func negativeText(n int) string {
	var b strings.Builder
	line := func(format string, a ...any) { fmt.Fprintf(&b, format+"\n", a...) }
	for i := 0; i < n; i++ {
		s := fmt.Sprint(i)
		h40, h64 := fake("sha"+s, csHex, 40), fake("sha256"+s, csHex, 64)
		u := fakeUUID("uuid" + s)
		// lockfiles
		line(`      "integrity": "sha512-%s==",`, fake("int"+s, csB64, 86))
		line(`  resolved "https://registry.yarnpkg.com/left-pad/-/left-pad-1.3.%d.tgz#%s"`, i, h40)
		line(`  integrity sha1-%s=`, fake("sha1"+s, csB64, 27))
		line(`github.com/acme/mod%d v1.%d.0 h1:%s=`, i, i, fake("h1"+s, csB64, 43))
		line(`github.com/acme/mod%d v1.%d.0/go.mod h1:%s=`, i, i, fake("h1m"+s, csB64, 43))
		line(`    {file = "pkg-%d.tar.gz", hash = "sha256:%s"},`, i, h64)
		line(`checksum = "%s"`, h64)
		line(`            "shasum": "%s",`, h40)
		line(`            "reference": "%s"`, h40)
		line(`  lodash@4.17.%d:`, i)
		line(`    sha512: %s`, fake("pnpm"+s, csB64, 86))
		// git
		line(`commit %s`, h40)
		line(`Merge: %s %s`, h40[:7], h64[:7])
		line(`index %s..%s 100644`, h40[:12], h64[:12])
		line(`GITHUB_SHA=%s`, h40)
		line(`CIRCLE_SHA1=%s`, h40)
		// identifiers that are random but public
		line(`request_id=%s trace_id=%s`, u, h64[:32])
		line(`  "id": "%s", "userId": "%s"`, u, fakeUUID("user"+s))
		line(`HEROKU_APP_ID=%s`, u)
		line(`VERCEL_ORG_ID=%s`, fake("org"+s, csAlnum, 24))
		line(`CLOUDFLARE_ACCOUNT_ID=%s`, h64[:32])
		line(`CLOUDFLARE_ZONE_ID=%s`, h64[32:])
		line(`AWS_ACCOUNT_ID=%s`, fake("acct"+s, csDigits, 12))
		line(`ALGOLIA_APP_ID=%s`, fake("app"+s, csUpperNum, 10))
		line(`STRIPE_PUBLISHABLE_KEY=pk_live_%s`, fake("pk"+s, csAlnum, 99))
		line(`NEXT_PUBLIC_SUPABASE_URL=https://%s.supabase.co`, fake("sb"+s, csLower, 20))
		// data URIs, images, minified code, colours
		line(`  background: url(data:image/png;base64,%s);`, fakeB64("png"+s, 300))
		line(`<img src="data:image/svg+xml;base64,%s">`, fakeB64("svg"+s, 120))
		line(`!function(e,t){var n=e.%s,r=t.%s;return n(r)}(window,document);`, fake("mi"+s, csAlpha, 12), fake("mj"+s, csAlpha, 10))
		line(`.btn-%d{color:#%s;background-color:#%s;border:1px solid #%s}`, i, h40[:6], h40[6:12], h40[12:15])
		// public keys and certificates
		line(`ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%s user@host`, fake("ed"+s, csB64, 43))
		line(`ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ%s deploy@ci`, fake("rsa"+s, csB64, 300))
		line(`MII%s`, fake("cert"+s, csB64, 61))
		// placeholders and references
		line(`GITHUB_TOKEN=${{ secrets.GITHUB_TOKEN }}`)
		line(`OPENAI_API_KEY={{ .Values.openai.apiKey }}`)
		line(`api_key = os.environ["STRIPE_SECRET_KEY"]`)
		line(`const token = process.env.SLACK_BOT_TOKEN;`)
		line(`AWS_SECRET_ACCESS_KEY=<your-secret-access-key>`)
		line(`SENDGRID_API_KEY=SG.xxxxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx`)
		line(`stripe_key = "sk_live_XXXXXXXXXXXXXXXXXXXXXXXX"`)
		line(`NPM_TOKEN=npm_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX`)
		// code, paths, versions
		line(`func (s *Server) handleGitHubWebhookSignatureVerification%d(w http.ResponseWriter) {}`, i)
		line(`const herokuApiKeyEnvironmentVariableName = "HEROKU_API_KEY"`)
		line(`import { createSlackWebhookClientFromEnvironment } from "./slack/webhooks/client";`)
		line(`/usr/local/lib/node_modules/@vercel/node/dist/runtime/handler-%d.js`, i)
		line(`version: 1.%d.%d-beta.%d+build.%s`, i, i+1, i+2, h40[:8])
	}
	return b.String()
}

// TestProviderRulesPrecision: on text full of random-looking non-secrets
// the provider rules report nothing. Other families' matches are logged.
func TestProviderRulesPrecision(t *testing.T) {
	mine := providerRuleIDs()
	set := MustCompile(Builtin())
	text := negativeText(60)
	set.Match([]byte(text), func(m Match) {
		line := text[lineStart([]byte(text), m.Start):lineEnd([]byte(text), m.Start)]
		if mine[m.Rule.ID] {
			t.Errorf("%s reported %q on a non-secret line:\n%s", m.Rule.ID, m.Secret, line)
		} else {
			t.Logf("(other family) %s reported %q on:\n%s", m.Rule.ID, m.Secret, line)
		}
	})
}

// TestProviderExamplesWinInFullSet: in the full ruleset, each true example
// of a provider rule is reported, and by that rule or another provider
// rule (never only by a generic one).
func TestProviderExamplesWinInFullSet(t *testing.T) {
	mine := providerRuleIDs()
	set := MustCompile(Builtin())
	for _, r := range set.Rules() {
		if !mine[r.ID] {
			continue
		}
		for _, ex := range r.Examples().True {
			var got []string
			set.Match([]byte(ex), func(m Match) { got = append(got, m.Rule.ID) })
			ok := false
			for _, id := range got {
				ok = ok || mine[id]
			}
			if !ok {
				t.Errorf("rule %q: full set reports %v on its true example:\n%s", r.ID, got, ex)
			}
		}
	}
}

// TestProviderRuleCount keeps the breadth of the provider families.
func TestProviderRuleCount(t *testing.T) {
	if n := len(providerRuleIDs()); n < 170 {
		t.Errorf("%d provider rules, want at least 170", n)
	}
}

// BenchmarkProviderNegatives measures Set.Match over secret-free text
// with the full ruleset; run with -bench ProviderNegatives.
func BenchmarkProviderNegatives(b *testing.B) {
	set := MustCompile(Builtin())
	data := []byte(negativeText(200))
	b.SetBytes(int64(len(data)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		set.Match(data, func(Match) {})
	}
}

// TestNearNameSyntaxes: a named rule finds its value in the assignment
// syntaxes of common file types, and not when the name is an id or the
// value is read from elsewhere.
func TestNearNameSyntaxes(t *testing.T) {
	var rule Rule
	for _, r := range cloudRules() {
		if r.ID == "heroku-api-key" {
			rule = r
		}
	}
	set := MustCompile([]Rule{rule})
	v := fakeUUID("syntax")
	for _, line := range []string{
		"HEROKU_API_KEY=" + v,
		`export HEROKU_API_KEY="` + v + `"`,
		"heroku_api_key: " + v,
		`  "herokuApiKey": "` + v + `",`,
		`heroku_api_key = '` + v + `'`,
		`herokuApiKey := "` + v + `"`,
		`'HEROKU_API_KEY' => '` + v + `',`,
		`spring.heroku_api_key=` + v,
		`<herokuApiKey>` + v + `</herokuApiKey>`,
		`ENV HEROKU_API_KEY ` + v,
		`os.Setenv("HEROKU_API_KEY", "` + v + `")`,
	} {
		found := false
		set.Match([]byte(line), func(m Match) { found = m.Secret == v })
		if !found {
			t.Errorf("not found in %q", line)
		}
	}
	for _, line := range []string{
		"HEROKU_APP_ID=" + v,
		`heroku_api_key = os.environ["HEROKU_API_KEY"]`,
		"HEROKU_API_KEY=${HEROKU_API_KEY}",
		"HEROKU_API_KEY=" + v + "0",
	} {
		set.Match([]byte(line), func(m Match) { t.Errorf("reported %q in %q", m.Secret, line) })
	}
}
func lineStart(data []byte, p int) int {
	for p > 0 && data[p-1] != '\n' {
		p--
	}
	return p
}

func lineEnd(data []byte, p int) int {
	for p < len(data) && data[p] != '\n' {
		p++
	}
	return p
}
