package rules

// Messaging and e-mail: Slack, Discord, Telegram, Twilio, SendGrid,
// Mailgun, Mailchimp, Postmark, Vonage and others.

// messagingRules returns the rules of this family.
func messagingRules() []Rule {
	var rs []Rule
	rs = append(rs, slackRules()...)
	rs = append(rs, chatRules()...)
	rs = append(rs, mailRules()...)
	return rs
}

// slackRules covers Slack's tokens and webhook URLs.
func slackRules() []Rule {
	const rotate = "https://api.slack.com/authentication/rotation"
	team := func(seed string) string { return "T" + fake("team"+seed, csUpperNum, 10) }
	return []Rule{
		{
			ID:          "slack-bot-token",
			Description: "Slack bot token",
			Keywords:    []string{"xoxb-"},
			Regex:       `(?:^|[^0-9A-Za-z])(xoxb-[0-9]{8,14}(?:-[0-9]{8,14})?-[0-9A-Za-z]{24})` + alnumEnd,
			Severity:    SeverityCritical,
			Rotate:      rotate,
			Examples: Examples{
				True: []string{
					"SLACK_BOT_TOKEN=xoxb-" + fake("sb1", csDigits, 12) + "-" + fake("sb2", csDigits, 13) + "-" + fake("sb3", csAlnum, 24),
					`slack_token: "xoxb-` + fake("sb4", csDigits, 11) + "-" + fake("sb5", csAlnum, 24) + `"`,
				},
				False: []string{
					"SLACK_BOT_TOKEN=xoxb-" + fake("sb6", csDigits, 12) + "-" + fake("sb7", csAlnum, 12),
					"SLACK_BOT_TOKEN=xoxb-your-bot-token",
					"SLACK_BOT_TOKEN=xoxb-000000000000-0000000000000-xxxxxxxxxxxxxxxxxxxxxxxx",
				},
			},
		},
		{
			ID:          "slack-user-token",
			Description: "Slack user token",
			Keywords:    []string{"xoxp-"},
			Regex:       `(?:^|[^0-9A-Za-z])(xoxp-[0-9]{8,14}-[0-9]{8,14}-[0-9]{8,14}-[0-9a-f]{32})` + alnumEnd,
			Severity:    SeverityCritical,
			Rotate:      rotate,
			Examples: Examples{
				True: []string{
					"SLACK_USER_TOKEN=xoxp-" + fake("su1", csDigits, 11) + "-" + fake("su2", csDigits, 12) + "-" + fake("su3", csDigits, 13) + "-" + fake("su4", csHex, 32),
				},
				False: []string{
					"SLACK_USER_TOKEN=xoxp-" + fake("su5", csDigits, 11) + "-" + fake("su6", csDigits, 12) + "-" + fake("su7", csHex, 32),
					"SLACK_USER_TOKEN=xoxp-0000000000-0000000000-0000000000-00000000000000000000000000000000",
				},
			},
		},
		{
			ID:          "slack-app-token",
			Description: "Slack app-level token",
			Keywords:    []string{"xapp-"},
			Regex:       `(?:^|[^0-9A-Za-z])(xapp-[0-9]-[0-9A-Z]{9,12}-[0-9]{10,14}-[0-9a-f]{64})` + alnumEnd,
			Severity:    SeverityHigh,
			Rotate:      rotate,
			Examples: Examples{
				True: []string{
					"SLACK_APP_TOKEN=xapp-1-A" + fake("sa1", csUpperNum, 10) + "-" + fake("sa2", csDigits, 13) + "-" + fake("sa3", csHex, 64),
				},
				False: []string{
					"SLACK_APP_TOKEN=xapp-1-A" + fake("sa4", csUpperNum, 10) + "-" + fake("sa5", csDigits, 13) + "-" + fake("sa6", csHex, 40),
				},
			},
		},
		{
			ID:          "slack-config-token",
			Description: "Slack app configuration token",
			Keywords:    []string{"xoxe.xox"},
			Regex:       `(?:^|[^0-9A-Za-z.])(xoxe\.xox[bp]-[0-9]-[0-9A-Za-z]{160,170})` + alnumEnd,
			Severity:    SeverityHigh,
			Rotate:      "https://api.slack.com/authentication/config-tokens",
			Examples: Examples{
				True:  []string{"SLACK_CONFIG_TOKEN=xoxe.xoxp-1-" + fake("sc1", csAlnum, 165)},
				False: []string{"SLACK_CONFIG_TOKEN=xoxe.xoxp-1-" + fake("sc2", csAlnum, 60)},
			},
		},
		{
			ID:          "slack-config-refresh-token",
			Description: "Slack app configuration refresh token",
			Keywords:    []string{"xoxe-"},
			Regex:       `(?:^|[^0-9A-Za-z.])(xoxe-[0-9]-[0-9A-Za-z]{140,150})` + alnumEnd,
			Severity:    SeverityHigh,
			Rotate:      "https://api.slack.com/authentication/config-tokens",
			Examples: Examples{
				True:  []string{"SLACK_REFRESH_TOKEN=xoxe-1-" + fake("sr1", csAlnum, 146)},
				False: []string{"SLACK_REFRESH_TOKEN=xoxe-1-" + fake("sr2", csAlnum, 40)},
			},
		},
		{
			ID:            "slack-legacy-token",
			Description:   "Slack legacy, workspace or session token",
			Keywords:      []string{"xoxa-", "xoxo-", "xoxr-", "xoxs-"},
			Regex:         `(?:^|[^0-9A-Za-z])(xox[aors]-[0-9]{1,14}-(?:[0-9]{1,14}-){0,3}[0-9A-Za-z]{24,160})` + alnumEnd,
			MinRandomness: 0.7,
			Severity:      SeverityHigh,
			Rotate:        rotate,
			Examples: Examples{
				True: []string{
					"SLACK_TOKEN=xoxs-" + fake("sl1", csDigits, 10) + "-" + fake("sl2", csDigits, 11) + "-" + fake("sl3", csHex, 64),
					"token = 'xoxa-2-" + fake("sl4", csAlnum, 60) + "'",
				},
				False: []string{"SLACK_TOKEN=xoxs-1-abc", "SLACK_TOKEN=xoxa-2-this-is-not-a-real-token-at-all"},
			},
		},
		{
			ID:          "slack-webhook-url",
			Description: "Slack incoming webhook URL",
			Keywords:    []string{"hooks.slack.com"},
			Regex:       `(https://hooks\.slack\.com/services/T[0-9A-Z]{8,12}/B[0-9A-Z]{8,12}/[0-9A-Za-z]{24})` + alnumEnd,
			Severity:    SeverityMedium,
			Rotate:      "https://api.slack.com/messaging/webhooks",
			Examples: Examples{
				True: []string{
					"SLACK_WEBHOOK_URL=https://hooks.slack.com/services/" + team("1") + "/B" + fake("wh1", csUpperNum, 10) + "/" + fake("wh2", csAlnum, 24),
					`curl -X POST -d '{"text":"deployed"}' https://hooks.slack.com/services/` + team("2") + "/B" + fake("wh3", csUpperNum, 10) + "/" + fake("wh4", csAlnum, 24),
				},
				False: []string{
					"https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
					"https://hooks.slack.com/services/" + team("3") + "/B" + fake("wh5", csUpperNum, 10) + "/" + fake("wh6", csAlnum, 10),
				},
			},
		},
		{
			ID:          "slack-workflow-webhook-url",
			Description: "Slack workflow or trigger webhook URL",
			Keywords:    []string{"hooks.slack.com"},
			Regex:       `(https://hooks\.slack\.com/(?:workflows|triggers)/T[0-9A-Z]{8,12}/A[0-9A-Z]{8,12}/[0-9]{15,20}/[0-9A-Za-z]{32})` + alnumEnd,
			Severity:    SeverityMedium,
			Rotate:      "https://slack.com/help/articles/360041352714",
			Examples: Examples{
				True: []string{
					"WEBHOOK=https://hooks.slack.com/triggers/" + team("4") + "/A" + fake("wf1", csUpperNum, 10) + "/" + fake("wf2", csDigits, 17) + "/" + fake("wf3", csAlnum, 32),
				},
				False: []string{
					"WEBHOOK=https://hooks.slack.com/triggers/" + team("5") + "/A" + fake("wf4", csUpperNum, 10) + "/" + fake("wf5", csDigits, 17) + "/" + fake("wf6", csAlnum, 12),
				},
			},
		},
	}
}

// chatRules covers chat and messaging platforms other than Slack.
func chatRules() []Rule { return nil }

// mailRules covers e-mail and SMS delivery services.
func mailRules() []Rule { return nil }
