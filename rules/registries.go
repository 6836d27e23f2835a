package rules

// Package registries: npm, PyPI, RubyGems, NuGet, Docker Hub,
// JFrog/Artifactory and others.

// registryRules returns the rules of this family.
func registryRules() []Rule {
	npm := func(seed string) string { return fakeCRCToken("npm_", "npm"+seed) }
	return []Rule{
		{
			ID:          "npm-access-token",
			Description: "npm access token",
			Keywords:    []string{"npm_"},
			Regex:       `(?:^|[^0-9A-Za-z])(npm_[0-9A-Za-z]{36})` + alnumEnd,
			Check:       checkNPMToken,
			Validator:   "CRC32 checksum (base62, last 6 characters)",
			Severity:    SeverityCritical,
			Rotate:      "https://docs.npmjs.com/revoking-access-tokens",
			Examples: Examples{
				True: []string{
					"NPM_TOKEN=" + npm("1"),
					"//registry.npmjs.org/:_authToken=" + npm("2"),
				},
				False: []string{
					"NPM_TOKEN=" + corruptLast(npm("3")),
					"NPM_TOKEN=npm_" + fake("npm4", csAlnum, 30),
					"NPM_TOKEN=npm_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
				},
			},
		},
		{
			ID:          "pypi-upload-token",
			Description: "PyPI API token",
			Keywords:    []string{"pypi-ag"},
			Regex:       `(?:^|[^0-9A-Za-z_-])(pypi-(?:AgEIcHlwaS5vcmc|AgENdGVzdC5weXBpLm9yZw)[0-9A-Za-z_-]{50,1000})(?:[^0-9A-Za-z_-]|$)`,
			Check:       checkPyPIToken,
			Validator:   "macaroon v2 structure located at pypi.org",
			Severity:    SeverityCritical,
			Rotate:      "https://pypi.org/manage/account/token/",
			Examples: Examples{
				True: []string{
					"TWINE_PASSWORD=" + fakePyPIToken("1", "pypi.org"),
					"password = " + fakePyPIToken("2", "test.pypi.org"),
				},
				False: []string{
					"TWINE_PASSWORD=" + fakePyPIToken("3", "pypi.org")[:60],
					"TWINE_PASSWORD=pypi-AgEIcHlwaS5vcmc" + fake("pypi4", csURL, 120),
				},
			},
		},
	}
}
