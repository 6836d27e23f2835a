package rules

// Package registries: npm, PyPI, RubyGems, NuGet, Docker Hub,
// JFrog/Artifactory and others.

// registryRules returns the rules of this family.
func registryRules() []Rule {
	npm := func(seed string) string { return fakeCRCToken("npm_", "npm"+seed) }
	rs := []Rule{
		{
			ID:          "npm-access-token",
			Description: "npm access token",
			Keywords:    []string{"npm_"},
			Regex:       `(?:^|[^0-9A-Za-z])(npm_[0-9A-Za-z]{36})` + alnumEnd,
			Check:       checkNPMToken,
			CheckDesc:   "CRC32 checksum (base62, last 6 characters)",
			Severity:    SeverityCritical,
			Rotate:      "https://docs.npmjs.com/revoking-access-tokens",
			Examples: func() Examples {
				return Examples{
					True: []string{
						"NPM_TOKEN=" + npm("1"),
						"//registry.npmjs.org/:_authToken=" + npm("2"),
					},
					False: []string{
						"NPM_TOKEN=" + corruptLast(npm("3")),
						"NPM_TOKEN=npm_" + fake("npm4", csAlnum, 30),
						"NPM_TOKEN=npm_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
					},
				}
			},
		},
		{
			ID:          "pypi-upload-token",
			Description: "PyPI API token",
			Keywords:    []string{"pypi-ag"},
			Regex:       `(?:^|[^0-9A-Za-z_-])(pypi-(?:AgEIcHlwaS5vcmc|AgENdGVzdC5weXBpLm9yZw)[0-9A-Za-z_-]{50,1000})(?:[^0-9A-Za-z_-]|$)`,
			Check:       checkPyPIToken,
			CheckDesc:   "macaroon v2 structure located at pypi.org",
			Severity:    SeverityCritical,
			Rotate:      "https://pypi.org/manage/account/token/",
			Examples: func() Examples {
				return Examples{
					True: []string{
						"TWINE_PASSWORD=" + fakePyPIToken("1", "pypi.org"),
						"password = " + fakePyPIToken("2", "test.pypi.org"),
					},
					False: []string{
						"TWINE_PASSWORD=" + fakePyPIToken("3", "pypi.org")[:60],
						"TWINE_PASSWORD=pypi-AgEIcHlwaS5vcmc" + fake("pypi4", csURL, 120),
					},
				}
			},
		},
	}
	return append(rs, packageRegistryRows()...)
}

// packageRegistryRows covers the registries other than npm and PyPI.
func packageRegistryRows() []Rule {
	return rows(
		row{id: "rubygems-api-key", desc: "RubyGems API key", kw: []string{"rubygems_"},
			re: `rubygems_[0-9a-f]{48}`, sev: SeverityCritical, rotate: "https://rubygems.org/profile/api_keys",
			gen: gen("rubygems_", csHex, 48, ""), badf: func() []string { return []string{"rubygems_" + fake("rg", csHex, 30)} }},
		row{id: "nuget-api-key", desc: "NuGet API key", kw: []string{"oy2"},
			re: `oy2[0-9a-z]{43}`, rnd: 0.75, sev: SeverityCritical, rotate: "https://www.nuget.org/account/apikeys",
			gen: gen("oy2", csLowerNum, 43, ""), badf: func() []string { return []string{"oy2" + fake("ng", csLowerNum, 20)} }},
		row{id: "dockerhub-pat", desc: "Docker Hub personal access token", kw: []string{"dckr_pat_"},
			re: `dckr_pat_[0-9A-Za-z_-]{27}`, sev: SeverityHigh, rotate: "https://app.docker.com/settings/personal-access-tokens",
			gen: gen("dckr_pat_", csURL, 27, ""), badf: func() []string { return []string{"dckr_pat_" + fake("dh", csURL, 12)} }},
		row{id: "dockerhub-org-token", desc: "Docker Hub organization access token", kw: []string{"dckr_oat_"},
			re: `dckr_oat_[0-9A-Za-z_-]{32}`, sev: SeverityHigh, rotate: "https://docs.docker.com/security/for-admins/access-tokens/",
			gen: gen("dckr_oat_", csURL, 32, ""), badf: func() []string { return []string{"dckr_oat_" + fake("do", csURL, 12)} }},
		row{id: "jfrog-api-key", desc: "JFrog Artifactory API key", kw: []string{"akcp"},
			re: `AKCp[0-9A-Za-z]{69}`, sev: SeverityCritical, rotate: "https://jfrog.com/help/r/jfrog-platform-administration-documentation/api-key",
			gen: gen("AKCp", csAlnum, 69, ""), badf: func() []string { return []string{"AKCp" + fake("jf", csAlnum, 40)} }},
		row{id: "jfrog-identity-token", desc: "JFrog identity or reference token", kw: []string{"cmvmdgtuojaxoj"},
			re: `cmVmdGtuOjAxOj[0-9A-Za-z]{40,60}`, sev: SeverityCritical, rotate: "https://jfrog.com/help/r/jfrog-platform-administration-documentation/access-tokens",
			gen: gen("cmVmdGtuOjAxOj", csAlnum, 50, ""), badf: func() []string { return []string{"cmVmdGtuOjAxOj" + fake("ji", csAlnum, 20)} }},
		row{id: "jfrog-access-token", desc: "JFrog Artifactory access token or password next to an Artifactory name", names: []string{"artifactory", "jfrog"},
			re: `[0-9A-Za-z]{64,73}`, rnd: 0.8, sev: SeverityHigh, rotate: "https://jfrog.com/help/r/jfrog-platform-administration-documentation/access-tokens",
			gen: gen("", csAlnum, 64, ""), badf: func() []string { return []string{fake("ja", csAlnum, 40)} }},
		row{id: "crates-io-token", desc: "crates.io API token", kw: []string{"cio"},
			re: `cio[0-9A-Za-z]{32}`, rnd: 0.8, sev: SeverityCritical, rotate: "https://crates.io/settings/tokens",
			gen: gen("cio", csAlnum, 32, ""), badf: func() []string {
				return []string{"cio" + fake("cr", csAlnum, 20), "ciousnessAndPrecociousnessAreWordsThatAppear"}
			}},
		row{id: "clojars-token", desc: "Clojars deploy token", kw: []string{"clojars_"},
			re: `CLOJARS_[0-9a-z]{60}`, rotate: "https://clojars.org/tokens",
			gen: gen("CLOJARS_", csLowerNum, 60, ""), badf: func() []string { return []string{"CLOJARS_" + fake("cj", csLowerNum, 30)} }},
		row{id: "hex-api-key", desc: "Hex.pm API key", names: []string{"hex_api_key", "hexpm", "hex_key", "hex-api-key"},
			re: `[0-9a-f]{32}`, rnd: 0.8, rotate: "https://hex.pm/dashboard/keys",
			gen: gen("", csHex, 32, ""), badf: func() []string { return []string{fake("hx", csHex, 20)} }},
		row{id: "gradle-plugin-portal-key", desc: "Gradle Plugin Portal publish key or secret", names: []string{"gradle.publish.key", "gradle.publish.secret", "gradle_publish_key", "gradle_publish_secret"},
			re: `[0-9A-Za-z]{32}`, rnd: 0.8, rotate: "https://plugins.gradle.org/user/login",
			gen: gen("", csAlnum, 32, ""), badf: func() []string { return []string{fake("gp", csAlnum, 20)} }},
		row{id: "cloudsmith-api-key", desc: "Cloudsmith API key", names: []string{"cloudsmith_api_key", "cloudsmith_key", "cloudsmith_token"},
			re: `[0-9a-f]{40}`, rnd: 0.8, rotate: "https://cloudsmith.io/user/settings/api/",
			gen: gen("", csHex, 40, ""), badf: func() []string { return []string{fake("cs", csHex, 32)} }},
		row{id: "deno-deploy-token", desc: "Deno Deploy access token", kw: []string{"ddp_", "ddo_"},
			re: `dd[po]_[0-9A-Za-z]{36}`, rotate: "https://dash.deno.com/account#access-tokens",
			gen: gen("ddp_", csAlnum, 36, ""), badf: func() []string { return []string{"ddp_" + fake("dd", csAlnum, 20)} }},
		row{id: "quay-robot-token", desc: "Quay.io robot account token", names: []string{"quay"},
			re: `[0-9A-Z]{64}`, rnd: 0.8, rotate: "https://docs.quay.io/glossary/robot-accounts.html",
			gen: gen("", csUpperNum, 64, ""), badf: func() []string { return []string{fake("qy", csUpperNum, 40)} }},
		row{id: "packagecloud-token", desc: "packagecloud API token", names: []string{"packagecloud_token", "packagecloud_api_token"},
			re: `[0-9a-f]{48}`, rnd: 0.8, rotate: "https://packagecloud.io/api_token",
			gen: gen("", csHex, 48, ""), badf: func() []string { return []string{fake("pk", csHex, 32)} }},
		row{id: "chocolatey-api-key", desc: "Chocolatey community repository API key", names: []string{"chocolatey_api_key", "choco_api_key", "chocolatey_key", "choco_key"},
			re: uuidRe, rotate: "https://community.chocolatey.org/account",
			gen: genUUID(""), badf: func() []string { return []string{fakeUUID("ch")[:30]} }},
		row{id: "jetbrains-marketplace-token", desc: "JetBrains Marketplace permanent token", kw: []string{"perm:"},
			re: `perm:[0-9A-Za-z+/=]{8,40}\.[0-9A-Za-z+/=]{8,40}\.[0-9A-Za-z]{20,40}`, rotate: "https://plugins.jetbrains.com/author/me/tokens",
			gen: func(seed string) string {
				return "perm:" + fakeB64(seed+"u", 9) + "." + fake(seed+"n", csAlnum, 12) + "." + fake(seed+"s", csAlnum, 30)
			},
			badf: func() []string { return []string{"perm:" + fake("jb", csAlnum, 12)} }},
		row{id: "pub-dev-token", desc: "pub.dev (Dart) publishing credentials refresh token", names: []string{"pub_token", "pub-credentials", "pub_credentials"},
			re: `1//0[0-9A-Za-z_-]{40,300}`, rotate: "https://dart.dev/tools/pub/cmd/pub-token",
			gen: gen("1//0", csURL, 99, ""), badf: func() []string { return []string{"1//0" + fake("pb", csURL, 10)} }},
	)
}
