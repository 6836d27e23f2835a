package rules

// Version control, CI/CD and developer tooling: GitHub, GitLab, Bitbucket,
// Atlassian, CircleCI, Travis, Buildkite and friends.

// vcsRules returns the rules of this family.
func vcsRules() []Rule {
	rs := []Rule{
		githubCRCRule("github-pat", "ghp_", "GitHub personal access token (classic)", "https://github.com/settings/tokens"),
		githubCRCRule("github-oauth-token", "gho_", "GitHub OAuth access token", "https://github.com/settings/applications"),
		githubCRCRule("github-user-to-server-token", "ghu_", "GitHub App user access token", "https://github.com/settings/apps/authorizations"),
		githubCRCRule("github-app-installation-token", "ghs_", "GitHub App installation access token", "https://docs.github.com/en/rest/apps/installations#revoke-an-installation-access-token"),
		githubCRCRule("github-refresh-token", "ghr_", "GitHub App refresh token", "https://github.com/settings/apps/authorizations"),
		{
			ID:          "github-fine-grained-pat",
			Description: "GitHub fine-grained personal access token",
			Keywords:    []string{"github_pat_"},
			Regex:       `(?:^|[^0-9A-Za-z_])(github_pat_[0-9A-Za-z]{22}_[0-9A-Za-z]{59})` + alnumEnd,
			Severity:    SeverityCritical,
			Rotate:      "https://github.com/settings/personal-access-tokens",
			Examples: Examples{
				True: []string{
					"GH_TOKEN=github_pat_" + fake("ghfg1", csAlnum, 22) + "_" + fake("ghfg2", csAlnum, 59),
					`token: "github_pat_` + fake("ghfg3", csAlnum, 22) + "_" + fake("ghfg4", csAlnum, 59) + `"`,
				},
				False: []string{
					"github_pat_" + fake("ghfg5", csAlnum, 22) + "_" + fake("ghfg6", csAlnum, 40),
					"GH_TOKEN=github_pat_" + fake("ghfg7", csAlnum, 22) + "_" + fake("ghfg8", csAlnum, 70),
					"github_pat_XXXXXXXXXXXXXXXXXXXXXX_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
				},
			},
		},
		{
			ID:            "github-oauth-client-secret",
			Description:   "GitHub OAuth app client secret",
			Keywords:      keywords("github_client_secret", "github-client-secret", "githubclientsecret", "github_oauth_secret", "github_app_secret"),
			Regex:         nearName(`[0-9a-f]{40}`, "github_client_secret", "github-client-secret", "githubclientsecret", "github_oauth_secret", "github_app_secret"),
			MinRandomness: 0.8,
			Severity:      SeverityHigh,
			Rotate:        "https://github.com/settings/developers",
			Examples: Examples{
				True: []string{
					"GITHUB_CLIENT_SECRET=" + fake("ghcs1", csHex, 40),
					`githubClientSecret: "` + fake("ghcs2", csHex, 40) + `"`,
				},
				False: []string{
					"GITHUB_SHA=" + fake("ghcs3", csHex, 40),
					"GITHUB_CLIENT_SECRET=${{ secrets.GITHUB_CLIENT_SECRET }}",
					"GITHUB_CLIENT_SECRET=" + fake("ghcs4", csHex, 32),
				},
			},
		},
	}
	rs = append(rs, gitlabRules()...)
	rs = append(rs, ciRules()...)
	return rs
}

// githubCRCRule is a rule for one of GitHub's checksummed token kinds:
// prefix, 30 alphanumerics and a 6-digit base62 CRC32 of them.
func githubCRCRule(id, prefix, desc, rotate string) Rule {
	good := func(seed string) string { return fakeCRCToken(prefix, id+seed) }
	return Rule{
		ID:          id,
		Description: desc,
		Keywords:    []string{prefix},
		Regex:       `(?:^|[^0-9A-Za-z])(` + prefix + `[0-9A-Za-z]{36})` + alnumEnd,
		Check:       checkGitHubToken,
		Validator:   "CRC32 checksum (base62, last 6 characters)",
		Severity:    SeverityCritical,
		Rotate:      rotate,
		Examples: Examples{
			True: []string{
				"GITHUB_TOKEN=" + good("1"),
				`git clone https://x-access-token:` + good("2") + `@github.com/acme/app.git`,
				`  token: "` + good("3") + `"`,
			},
			False: []string{
				"GITHUB_TOKEN=" + corruptLast(good("4")),
				"GITHUB_TOKEN=" + prefix + fake(id+"5", csAlnum, 30),
				"GITHUB_TOKEN=" + good("6") + "Q",
				"GITHUB_TOKEN=" + prefix + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
			},
		},
	}
}

// corruptLast changes the last character of s, keeping its class, so that
// a checksum no longer matches.
func corruptLast(s string) string {
	b := []byte(s)
	c := &b[len(b)-1]
	switch {
	case *c >= '0' && *c <= '8', *c >= 'a' && *c <= 'y', *c >= 'A' && *c <= 'Y':
		*c++
	case *c == '9':
		*c = '0'
	case *c == 'z':
		*c = 'a'
	default:
		*c = 'A'
	}
	return string(b)
}

// gitlabRules covers every GitLab token prefix. Legacy tokens are the
// prefix and 20 url-safe characters; routable tokens (GitLab 17.x+) carry
// a base64 routing payload and a base36 CRC32.
func gitlabRules() []Rule {
	return []Rule{
		gitlabRule("gitlab-pat", "glpat-", "GitLab personal, project or group access token", `[0-9A-Za-z_-]{20}`, SeverityCritical),
		gitlabRule("gitlab-deploy-token", "gldt-", "GitLab deploy token", `[0-9A-Za-z_-]{20}`, SeverityHigh),
		gitlabRule("gitlab-runner-token", "glrt-", "GitLab runner authentication token", `(?:t\d_)?[0-9A-Za-z_-]{20}`, SeverityHigh),
		gitlabRule("gitlab-oauth-app-secret", "gloas-", "GitLab OAuth application secret", `[0-9a-f]{64}`, SeverityHigh),
		gitlabRule("gitlab-ci-job-token", "glcbt-", "GitLab CI/CD job token", `[0-9a-f]{1,5}_[0-9A-Za-z_-]{20}`, SeverityMedium),
		gitlabRule("gitlab-pipeline-trigger-token", "glptt-", "GitLab pipeline trigger token", `[0-9a-f]{40}`, SeverityHigh),
		gitlabRule("gitlab-feed-token", "glft-", "GitLab feed token", `[0-9A-Za-z_-]{20}`, SeverityMedium),
		gitlabRule("gitlab-incoming-mail-token", "glimt-", "GitLab incoming mail token", `[0-9A-Za-z_-]{25}`, SeverityMedium),
		gitlabRule("gitlab-agent-token", "glagent-", "GitLab agent for Kubernetes token", `[0-9A-Za-z_-]{50}`, SeverityHigh),
		gitlabRule("gitlab-scim-token", "glsoat-", "GitLab SCIM OAuth access token", `[0-9A-Za-z_-]{20}`, SeverityHigh),
		gitlabRule("gitlab-feature-flags-token", "glffct-", "GitLab feature flags client token", `[0-9A-Za-z_-]{20}`, SeverityLow),
		gitlabRule("gitlab-workspace-token", "glwt-", "GitLab workspace token", `[0-9A-Za-z_-]{20}`, SeverityMedium),
		{
			ID:          "gitlab-runner-registration-token",
			Description: "GitLab runner registration token (deprecated)",
			Keywords:    []string{"gr1348941"},
			Regex:       `(?:^|[^0-9A-Za-z])(GR1348941[0-9A-Za-z_-]{20})` + tokenEnd,
			Severity:    SeverityHigh,
			Rotate:      "https://docs.gitlab.com/ci/runners/runners_scope/#reset-the-runner-registration-token-for-a-project-deprecated",
			Examples: Examples{
				True:  []string{"REGISTRATION_TOKEN=GR1348941" + fake("glrr1", csURL, 20)},
				False: []string{"REGISTRATION_TOKEN=GR1348941" + fake("glrr2", csURL, 12), "GR1348941xxxxxxxxxxxxxxxxxxxx"},
			},
		},
	}
}

// gitlabRule is a rule for one GitLab token prefix, legacy or routable.
func gitlabRule(id, prefix, desc, legacy string, sev Severity) Rule {
	legacyEx := prefix + fake(id+"l", csURL, 20)
	switch prefix {
	case "gloas-":
		legacyEx = prefix + fake(id+"l", csHex, 64)
	case "glptt-":
		legacyEx = prefix + fake(id+"l", csHex, 40)
	case "glcbt-":
		legacyEx = prefix + "1f3_" + fake(id+"l", csURL, 20)
	case "glimt-":
		legacyEx = prefix + fake(id+"l", csURL, 25)
	case "glagent-":
		legacyEx = prefix + fake(id+"l", csURL, 50)
	}
	routable := fakeGitLabRoutable(prefix, id)
	return Rule{
		ID:          id,
		Description: desc,
		Keywords:    []string{prefix},
		Regex: `(?:^|[^0-9A-Za-z_-])(` + prefix +
			`(?:[0-9A-Za-z_-]{27,300}\.(?:[0-9a-z]{2}\.)?[0-9a-z]{9}|` + legacy + `))(?:[^0-9A-Za-z_-]|$)`,
		Check:     checkGitLabToken,
		Validator: "routable tokens: CRC32 (base36) and payload structure",
		Severity:  sev,
		Rotate:    "https://docs.gitlab.com/security/tokens/",
		Examples: Examples{
			True: []string{
				"GITLAB_TOKEN=" + legacyEx,
				`private_token: "` + routable + `"`,
				"curl -H 'PRIVATE-TOKEN: " + fakeGitLabRoutable(prefix, id+"2") + "' https://gitlab.example.com/api/v4/projects",
			},
			False: []string{
				"GITLAB_TOKEN=" + corruptLast(routable),
				"GITLAB_TOKEN=" + prefix + fake(id+"s", csURL, 12),
				"GITLAB_TOKEN=" + prefix + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
			},
		},
	}
}

// ciRules covers CI/CD services and developer tools; filled in below.
func ciRules() []Rule { return nil }
