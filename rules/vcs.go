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
			ID:          "github-app-installation-token-jwt",
			Description: "GitHub App installation access token (stateless ghs_APPID_JWT format, 2026)",
			Keywords:    []string{"ghs_"},
			Regex:       `(?:^|[^0-9A-Za-z_])(ghs_[0-9]{1,15}_[0-9A-Za-z_-]{10,600}\.[0-9A-Za-z_-]{10,1000}\.[0-9A-Za-z_-]{20,600})(?:[^0-9A-Za-z_.-]|$)`,
			Severity:    SeverityHigh,
			Rotate:      "https://docs.github.com/en/rest/apps/installations#revoke-an-installation-access-token",
			Examples: func() Examples {
				return Examples{
					True: []string{
						"GITHUB_TOKEN=ghs_" + fake("ghsj1", csDigits, 7) + "_eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9." + fake("ghsj2", csURL, 300) + "." + fake("ghsj3", csURL, 342),
						`Authorization: Bearer ghs_` + fake("ghsj4", csDigits, 6) + "_eyJ" + fake("ghsj5", csURL, 40) + "." + fake("ghsj6", csURL, 250) + "." + fake("ghsj7", csURL, 86),
					},
					False: []string{
						"GITHUB_TOKEN=ghs_" + fake("ghsj8", csDigits, 7) + "_eyJhbGciOiJSUzI1NiJ9",
						"GITHUB_TOKEN=ghs_123456_xxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxx.xxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
					},
				}
			},
		},
		{
			ID:          "github-fine-grained-pat",
			Description: "GitHub fine-grained personal access token",
			Keywords:    []string{"github_pat_"},
			Regex:       `(?:^|[^0-9A-Za-z_])(github_pat_[0-9A-Za-z]{22}_[0-9A-Za-z]{59})` + alnumEnd,
			Severity:    SeverityCritical,
			Rotate:      "https://github.com/settings/personal-access-tokens",
			Examples: func() Examples {
				return Examples{
					True: []string{
						"GH_TOKEN=github_pat_" + fake("ghfg1", csAlnum, 22) + "_" + fake("ghfg2", csAlnum, 59),
						`token: "github_pat_` + fake("ghfg3", csAlnum, 22) + "_" + fake("ghfg4", csAlnum, 59) + `"`,
					},
					False: []string{
						"github_pat_" + fake("ghfg5", csAlnum, 22) + "_" + fake("ghfg6", csAlnum, 40),
						"GH_TOKEN=github_pat_" + fake("ghfg7", csAlnum, 22) + "_" + fake("ghfg8", csAlnum, 70),
						"github_pat_XXXXXXXXXXXXXXXXXXXXXX_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
					},
				}
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
			Examples: func() Examples {
				return Examples{
					True: []string{
						"GITHUB_CLIENT_SECRET=" + fake("ghcs1", csHex, 40),
						`githubClientSecret: "` + fake("ghcs2", csHex, 40) + `"`,
					},
					False: []string{
						"GITHUB_SHA=" + fake("ghcs3", csHex, 40),
						"GITHUB_CLIENT_SECRET=${{ secrets.GITHUB_CLIENT_SECRET }}",
						"GITHUB_CLIENT_SECRET=" + fake("ghcs4", csHex, 32),
					},
				}
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
		CheckDesc:   "CRC32 checksum (base62, last 6 characters)",
		Severity:    SeverityCritical,
		Rotate:      rotate,
		Examples: func() Examples {
			return Examples{
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
			}
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
			Examples: func() Examples {
				return Examples{
					True:  []string{"REGISTRATION_TOKEN=GR1348941" + fake("glrr1", csURL, 20)},
					False: []string{"REGISTRATION_TOKEN=GR1348941" + fake("glrr2", csURL, 12), "GR1348941xxxxxxxxxxxxxxxxxxxx"},
				}
			},
		},
	}
}

// gitlabRule is a rule for one GitLab token prefix, legacy or routable.
func gitlabRule(id, prefix, desc, legacy string, sev Severity) Rule {
	return Rule{
		ID:          id,
		Description: desc,
		Keywords:    []string{prefix},
		Regex: `(?:^|[^0-9A-Za-z_-])(` + prefix +
			`(?:[0-9A-Za-z_-]{27,300}\.(?:[0-9a-z]{2}\.)?[0-9a-z]{9}|` + legacy + `))(?:[^0-9A-Za-z_-]|$)`,
		Check:     checkGitLabToken,
		CheckDesc: "routable tokens: CRC32 (base36) and payload structure",
		Severity:  sev,
		Rotate:    "https://docs.gitlab.com/security/tokens/",
		Examples: func() Examples {
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
			return Examples{
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
			}
		},
	}
}

// ciRules covers Bitbucket, Atlassian, CI/CD services and developer tools.
func ciRules() []Rule {
	return append(rows(
		row{id: "bitbucket-app-password", desc: "Bitbucket app password", kw: []string{"atbb"},
			re: `ATBB[0-9A-Za-z]{28}[0-9A-F]{8}`, sev: SeverityCritical, rotate: "https://bitbucket.org/account/settings/app-passwords/",
			gen:  func(seed string) string { return "ATBB" + fake(seed+"a", csAlnum, 28) + fake(seed+"b", csHexUpper, 8) },
			badf: func() []string { return []string{"ATBB" + fake("bb", csAlnum, 20)} }},
		row{id: "atlassian-api-token", desc: "Atlassian API token (Jira, Confluence, Bitbucket)", kw: []string{"atatt3"},
			re: `ATATT3[0-9A-Za-z_=-]{150,250}`, sev: SeverityCritical, rotate: "https://id.atlassian.com/manage-profile/security/api-tokens",
			gen: func(seed string) string {
				return "ATATT3xFfGF0" + fake(seed+"a", csURL, 170) + "=" + fake(seed+"b", csHexUpper, 8)
			},
			badf: func() []string { return []string{"ATATT3" + fake("at", csURL, 40)} }},
		row{id: "atlassian-access-token", desc: "Atlassian or Bitbucket repository, project or workspace access token", kw: []string{"atctt3", "atoat"},
			re: `AT(?:CTT3|OAT)[0-9A-Za-z_=-]{150,250}`, sev: SeverityHigh, rotate: "https://support.atlassian.com/bitbucket-cloud/docs/access-tokens/",
			gen: func(seed string) string {
				return "ATCTT3xFfGN0" + fake(seed+"a", csURL, 170) + "=" + fake(seed+"b", csHexUpper, 8)
			},
			badf: func() []string { return []string{"ATCTT3" + fake("ac", csURL, 30)} }},
		row{id: "atlassian-legacy-api-token", desc: "Atlassian, Jira or Confluence API token (24-character format)", names: []string{"atlassian", "jira", "confluence"},
			re: `[0-9A-Za-z]{24}`, rnd: 0.8, sev: SeverityHigh, rotate: "https://id.atlassian.com/manage-profile/security/api-tokens",
			gen: gen("", csAlnum, 24, ""), badf: func() []string { return []string{fake("jl", csAlnum, 16)} }},
		row{id: "bitbucket-oauth-secret", desc: "Bitbucket OAuth consumer secret", names: []string{"bitbucket_secret", "bitbucket_client_secret", "bitbucket_oauth_secret", "bitbucket_consumer_secret"},
			re: `[0-9A-Za-z]{32}`, rnd: 0.8, rotate: "https://support.atlassian.com/bitbucket-cloud/docs/use-oauth-on-bitbucket-cloud/",
			gen: gen("", csAlnum, 32, ""), badf: func() []string { return []string{fake("bo", csAlnum, 20)} }},
		row{id: "circleci-personal-token", desc: "CircleCI personal API token", kw: []string{"ccipat_"},
			re: `CCIPAT_[0-9A-Za-z]{22}_[0-9a-f]{40}`, sev: SeverityCritical, rotate: "https://app.circleci.com/settings/user/tokens",
			gen: func(seed string) string {
				return "CCIPAT_" + fake(seed+"a", csAlnum, 22) + "_" + fake(seed+"b", csHex, 40)
			},
			badf: func() []string { return []string{"CCIPAT_" + fake("ci", csAlnum, 22) + "_" + fake("cj", csHex, 20)} }},
		row{id: "circleci-project-token", desc: "CircleCI project API token", kw: []string{"cciprj_"},
			re: `CCIPRJ_[0-9A-Za-z]{22}_[0-9a-f]{40}`, rotate: "https://circleci.com/docs/managing-api-tokens/",
			gen: func(seed string) string {
				return "CCIPRJ_" + fake(seed+"a", csAlnum, 22) + "_" + fake(seed+"b", csHex, 40)
			},
			badf: func() []string { return []string{"CCIPRJ_" + fake("cp", csAlnum, 10) + "_" + fake("cq", csHex, 40)} }},
		row{id: "circleci-legacy-token", desc: "CircleCI API token (40-hex format)", names: []string{"circleci_token", "circleci_api_token", "circle_token", "circle-token", "circleci_personal_token"},
			re: `[0-9a-f]{40}`, rnd: 0.8, rotate: "https://app.circleci.com/settings/user/tokens",
			gen: gen("", csHex, 40, ""), badf: func() []string { return []string{fake("cl", csHex, 32)} }},
		row{id: "travis-ci-token", desc: "Travis CI API token", names: []string{"travis"},
			re: `[0-9A-Za-z_-]{22}`, rnd: 0.8, rotate: "https://app.travis-ci.com/account/preferences",
			gen: gen("", csURL, 22, ""), badf: func() []string { return []string{fake("tr", csURL, 12)} }},
		row{id: "buildkite-api-token", desc: "Buildkite API access token", kw: []string{"bkua_"},
			re: `bkua_[0-9a-f]{40}`, sev: SeverityCritical, rotate: "https://buildkite.com/user/api-access-tokens",
			gen: gen("bkua_", csHex, 40, ""), badf: func() []string { return []string{"bkua_" + fake("bk", csHex, 20)} }},
		row{id: "buildkite-agent-token", desc: "Buildkite agent or cluster token", names: []string{"buildkite_agent_token", "buildkite-agent-token", "buildkite_token"},
			re: `(?:bkct_)?[0-9A-Za-z]{40,60}`, rnd: 0.8, rotate: "https://buildkite.com/docs/agent/v3/tokens",
			gen: gen("", csAlnum, 50, ""), badf: func() []string { return []string{fake("ba", csAlnum, 20)} }},
		row{id: "azure-devops-pat", desc: "Azure DevOps personal access token (52-character format)", names: []string{"azure_devops", "azuredevops", "azdo", "ado_pat", "ado_token", "devops_pat", "system_accesstoken", "vsts"},
			re: `[a-z2-7]{52}`, rnd: 0.8, sev: SeverityCritical, rotate: "https://learn.microsoft.com/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate",
			gen: gen("", "abcdefghijklmnopqrstuvwxyz234567", 52, ""), badf: func() []string { return []string{fake("ad", "abcdefghijklmnopqrstuvwxyz234567", 40)} }},
	), devToolRules()...)
}

// devToolRules covers Jenkins, SonarQube, project trackers, design tools
// and other developer services.
func devToolRules() []Rule {
	return rows(
		row{id: "jenkins-api-token", desc: "Jenkins API token", names: []string{"jenkins_token", "jenkins_api_token", "jenkins_user_token", "jenkins_password", "jenkins_api_key"},
			re: `[0-9a-f]{34}`, rnd: 0.8, rotate: "https://www.jenkins.io/doc/book/using/remote-access-api/",
			gen: gen("11", csHex, 32, ""), badf: func() []string { return []string{fake("je", csHex, 40)} }},
		row{id: "sonarqube-token", desc: "SonarQube or SonarCloud token", kw: []string{"squ_", "sqp_", "sqa_"},
			re: `sq[upa]_[0-9a-f]{40}`, rotate: "https://docs.sonarsource.com/sonarqube-server/latest/user-guide/managing-tokens/",
			gen: gen("squ_", csHex, 40, ""), badf: func() []string { return []string{"sqx_" + fake("sq", csHex, 40), "squ_" + fake("sr", csHex, 30)} }},
		row{id: "sourcegraph-access-token", desc: "Sourcegraph access token", kw: []string{"sgp_"},
			re: `sgp_(?:[0-9a-f]{16}_)?[0-9a-f]{40}`, rotate: "https://sourcegraph.com/docs/cli/how-tos/creating_an_access_token",
			gen:  func(seed string) string { return "sgp_" + fake(seed+"a", csHex, 16) + "_" + fake(seed+"b", csHex, 40) },
			badf: func() []string { return []string{"sgp_" + fake("sg", csHex, 20)} }},
		row{id: "snyk-api-token", desc: "Snyk API token", names: []string{"snyk_token", "snyk_api_token", "snyk_auth_token", "snyk_api_key", "snyk-token"},
			re: uuidRe, rotate: "https://app.snyk.io/account",
			gen: genUUID(""), badf: func() []string { return []string{fakeUUID("sn")[:24]} }},
		row{id: "codecov-token", desc: "Codecov upload token", names: []string{"codecov_token", "codecov-token", "codecov_upload_token"},
			re: uuidRe, sev: SeverityMedium, rotate: "https://docs.codecov.com/docs/codecov-tokens",
			gen: genUUID(""), bad: []string{"00000000-0000-0000-0000-000000000000"}},
		row{id: "octopus-deploy-api-key", desc: "Octopus Deploy API key", kw: []string{"api-"},
			re: `API-[0-9A-Z]{26,32}`, rnd: 0.75, rotate: "https://octopus.com/docs/octopus-rest-api/how-to-create-an-api-key",
			gen: gen("API-", csUpperNum, 27, ""), badf: func() []string {
				return []string{"API-" + fake("oc", csUpperNum, 12), "API-VERSION-HEADER-NAME-FORMAT"}
			}},
		row{id: "harness-access-token", desc: "Harness personal or service account token", kw: []string{"pat.", "sat."},
			re: `(?:pat|sat)\.[0-9A-Za-z_-]{22}\.[0-9a-f]{24}\.[0-9A-Za-z]{20}`, rotate: "https://developer.harness.io/docs/platform/automation/api/add-and-manage-api-keys/",
			gen: func(seed string) string {
				return "pat." + fake(seed+"a", csURL, 22) + "." + fake(seed+"b", csHex, 24) + "." + fake(seed+"c", csAlnum, 20)
			},
			badf: func() []string { return []string{"pat." + fake("ha", csURL, 22) + "." + fake("hb", csHex, 24)} }},
		row{id: "drone-ci-token", desc: "Drone CI access token", names: []string{"drone_token", "drone-token"},
			re: `[0-9A-Za-z]{32}`, rnd: 0.8, rotate: "https://docs.drone.io/cli/setup/",
			gen: gen("", csAlnum, 32, ""), badf: func() []string { return []string{fake("dr", csAlnum, 20)} }},
		row{id: "bitrise-token", desc: "Bitrise personal access or workspace token", names: []string{"bitrise"},
			re: `[0-9A-Za-z_-]{86}`, rnd: 0.8, rotate: "https://devcenter.bitrise.io/en/accounts/personal-access-tokens.html",
			gen: gen("", csURL, 86, ""), badf: func() []string { return []string{fake("br", csURL, 40)} }},
		row{id: "gitea-access-token", desc: "Gitea or Forgejo access token", names: []string{"gitea_token", "gitea_access_token", "gitea_api_token", "forgejo_token", "forgejo_access_token"},
			re: `[0-9a-f]{40}`, rnd: 0.8, rotate: "https://docs.gitea.com/development/api-usage",
			gen: gen("", csHex, 40, ""), badf: func() []string { return []string{fake("gt", csHex, 32)} }},
		row{id: "linear-api-key", desc: "Linear API key", kw: []string{"lin_api_"},
			re: `lin_api_[0-9A-Za-z]{40}`, rotate: "https://linear.app/settings/account/security",
			gen: gen("lin_api_", csAlnum, 40, ""), badf: func() []string { return []string{"lin_api_" + fake("li", csAlnum, 20)} }},
		row{id: "linear-oauth-token", desc: "Linear OAuth access token", kw: []string{"lin_oauth_"},
			re: `lin_oauth_[0-9a-f]{64}`, rotate: "https://linear.app/settings/api",
			gen: gen("lin_oauth_", csHex, 64, ""), badf: func() []string { return []string{"lin_oauth_" + fake("lo", csHex, 32)} }},
		row{id: "notion-integration-token", desc: "Notion integration token", kw: []string{"ntn_"},
			re: `ntn_[0-9A-Za-z]{46}`, rotate: "https://www.notion.so/profile/integrations",
			gen: gen("ntn_", csAlnum, 46, ""), badf: func() []string { return []string{"ntn_" + fake("nt", csAlnum, 20)} }},
		row{id: "notion-legacy-token", desc: "Notion integration token (secret_ format)", kw: []string{"secret_"},
			re: `secret_[0-9A-Za-z]{43}`, rnd: 0.8, check: checkMixedCase, checkDesc: "mixes upper case, lower case and digits", rotate: "https://www.notion.so/profile/integrations",
			gen: gen("secret_", csAlnum, 43, ""), badf: func() []string { return []string{"secret_" + fake("nl", csLower, 43)} }},
		row{id: "asana-pat", desc: "Asana personal access token", names: []string{"asana"},
			re: `[0-9]/[0-9]{10,20}(?:/[0-9]{10,20})?:[0-9a-f]{32}`, rotate: "https://app.asana.com/0/my-apps",
			gen: func(seed string) string {
				return "2/" + fake(seed+"a", csDigits, 16) + "/" + fake(seed+"b", csDigits, 16) + ":" + fake(seed+"c", csHex, 32)
			},
			badf: func() []string { return []string{"1/" + fake("as", csDigits, 16) + ":" + fake("at", csHex, 20)} }},
		row{id: "airtable-pat", desc: "Airtable personal access token", names: []string{"airtable"},
			re: `pat[0-9A-Za-z]{14}\.[0-9a-f]{64}`, rotate: "https://airtable.com/create/tokens",
			gen:  func(seed string) string { return "pat" + fake(seed+"a", csAlnum, 14) + "." + fake(seed+"b", csHex, 64) },
			badf: func() []string { return []string{"pat" + fake("ai", csAlnum, 14) + "." + fake("aj", csHex, 20)} }},
		row{id: "figma-pat", desc: "Figma personal access token", kw: []string{"figd_"},
			re: `figd_[0-9A-Za-z_-]{40}`, rotate: "https://www.figma.com/developers/api#access-tokens",
			gen: gen("figd_", csURL, 40, ""), badf: func() []string { return []string{"figd_" + fake("fi", csURL, 20)} }},
		row{id: "postman-api-key", desc: "Postman API key", kw: []string{"pmak-"},
			re: `PMAK-[0-9a-f]{24}-[0-9a-f]{34}`, rotate: "https://go.postman.co/settings/me/api-keys",
			gen:  func(seed string) string { return "PMAK-" + fake(seed+"a", csHex, 24) + "-" + fake(seed+"b", csHex, 34) },
			badf: func() []string { return []string{"PMAK-" + fake("pm", csHex, 24)} }},
		row{id: "contentful-token", desc: "Contentful personal access or management token", kw: []string{"cfpat-"},
			re: `CFPAT-[0-9A-Za-z_-]{43}`, rotate: "https://app.contentful.com/account/profile/cma_tokens",
			gen: gen("CFPAT-", csURL, 43, ""), badf: func() []string { return []string{"CFPAT-" + fake("cf", csURL, 20)} }},
		row{id: "launchdarkly-access-token", desc: "LaunchDarkly API access token", kw: []string{"api-"},
			re: `api-` + uuidRe, rotate: "https://app.launchdarkly.com/settings/authorization",
			gen: genUUID("api-"), badf: func() []string { return []string{"api-" + fakeUUID("ld")[:20]} }},
		row{id: "launchdarkly-sdk-key", desc: "LaunchDarkly server-side SDK key", kw: []string{"sdk-"},
			re: `sdk-` + uuidRe, sev: SeverityMedium, rotate: "https://docs.launchdarkly.com/sdk/concepts/client-side-server-side#keys",
			gen: genUUID("sdk-"), bad: []string{"sdk-00000000-0000-0000-0000-000000000000"}},
		row{id: "typeform-token", desc: "Typeform personal access token", kw: []string{"tfp_"},
			re: `tfp_[0-9A-Za-z_-]{44,64}`, rotate: "https://admin.typeform.com/account#/section/tokens",
			gen: gen("tfp_", csURL, 59, ""), badf: func() []string { return []string{"tfp_" + fake("tf", csURL, 20)} }},
		row{id: "readme-api-key", desc: "ReadMe API key", kw: []string{"rdme_"},
			re: `rdme_[0-9a-z]{70}`, rotate: "https://dash.readme.com/",
			gen: gen("rdme_", csLowerNum, 70, ""), badf: func() []string { return []string{"rdme_" + fake("rd", csLowerNum, 30)} }},
		row{id: "clickup-api-token", desc: "ClickUp personal API token", kw: []string{"pk_"},
			re: `pk_[0-9]{6,10}_[0-9A-Z]{32}`, rotate: "https://app.clickup.com/settings/apps",
			gen: func(seed string) string {
				return "pk_" + fake(seed+"a", csDigits, 8) + "_" + fake(seed+"b", csUpperNum, 32)
			},
			badf: func() []string { return []string{"pk_" + fake("cu", csDigits, 8) + "_" + fake("cv", csUpperNum, 20)} }},
		row{id: "trello-api-token", desc: "Trello API token", names: []string{"trello_token", "trello_api_token", "trello_secret", "trello_api_secret", "trello_api_key"},
			re: `(?:ATTA)?[0-9a-f]{64}(?:[0-9A-F]{8})?`, rnd: 0.6, rotate: "https://trello.com/power-ups/admin",
			gen: gen("ATTA", csHex, 64, "2F4C9A1B"), badf: func() []string { return []string{fake("tl", csHex, 32)} }},
		row{id: "frameio-token", desc: "Frame.io developer token", kw: []string{"fio-u-"},
			re: `fio-u-[0-9A-Za-z_=-]{64}`, rotate: "https://developer.frame.io/app/tokens",
			gen: gen("fio-u-", csURL, 64, ""), badf: func() []string { return []string{"fio-u-" + fake("fr", csURL, 30)} }},
		row{id: "cypress-record-key", desc: "Cypress Cloud record key", names: []string{"cypress_record_key", "cypress-record-key", "record_key"},
			re: uuidRe, sev: SeverityMedium, rotate: "https://docs.cypress.io/cloud/account-management/projects#Record-key",
			gen: genUUID(""), badf: func() []string { return []string{fakeUUID("cy")[:30]} }},
		row{id: "percy-token", desc: "Percy project token", names: []string{"percy_token", "percy-token"},
			re: `(?:web_|app_|auto_|ss_|vmw_)?[0-9a-f]{64}`, rnd: 0.6, sev: SeverityMedium, rotate: "https://www.browserstack.com/docs/percy/get-started/set-env-var",
			gen: gen("web_", csHex, 64, ""), badf: func() []string { return []string{fake("pe", csHex, 32)} }},
		row{id: "github-legacy-token", desc: "GitHub token (40-hex format) assigned to a GitHub token name", names: []string{"github_token", "gh_token", "github_pat", "github_access_token", "github_api_token", "github_oauth_token", "githubtoken"},
			re: `[0-9a-f]{40}`, rnd: 0.8, sev: SeverityHigh, rotate: "https://github.com/settings/tokens",
			gen: gen("", csHex, 40, ""), badf: func() []string { return []string{fake("gl", csHex, 32)} }},
	)
}
