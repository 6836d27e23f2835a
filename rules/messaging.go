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
			Examples: func() Examples {
				return Examples{
					True: []string{
						"SLACK_BOT_TOKEN=xoxb-" + fake("sb1", csDigits, 12) + "-" + fake("sb2", csDigits, 13) + "-" + fake("sb3", csAlnum, 24),
						`slack_token: "xoxb-` + fake("sb4", csDigits, 11) + "-" + fake("sb5", csAlnum, 24) + `"`,
					},
					False: []string{
						"SLACK_BOT_TOKEN=xoxb-" + fake("sb6", csDigits, 12) + "-" + fake("sb7", csAlnum, 12),
						"SLACK_BOT_TOKEN=xoxb-your-bot-token",
						"SLACK_BOT_TOKEN=xoxb-000000000000-0000000000000-xxxxxxxxxxxxxxxxxxxxxxxx",
					},
				}
			},
		},
		{
			ID:          "slack-user-token",
			Description: "Slack user token",
			Keywords:    []string{"xoxp-"},
			Regex:       `(?:^|[^0-9A-Za-z])(xoxp-[0-9]{8,14}-[0-9]{8,14}-[0-9]{8,14}-[0-9a-f]{32})` + alnumEnd,
			Severity:    SeverityCritical,
			Rotate:      rotate,
			Examples: func() Examples {
				return Examples{
					True: []string{
						"SLACK_USER_TOKEN=xoxp-" + fake("su1", csDigits, 11) + "-" + fake("su2", csDigits, 12) + "-" + fake("su3", csDigits, 13) + "-" + fake("su4", csHex, 32),
					},
					False: []string{
						"SLACK_USER_TOKEN=xoxp-" + fake("su5", csDigits, 11) + "-" + fake("su6", csDigits, 12) + "-" + fake("su7", csHex, 32),
						"SLACK_USER_TOKEN=xoxp-0000000000-0000000000-0000000000-00000000000000000000000000000000",
					},
				}
			},
		},
		{
			ID:          "slack-app-token",
			Description: "Slack app-level token",
			Keywords:    []string{"xapp-"},
			Regex:       `(?:^|[^0-9A-Za-z])(xapp-[0-9]-[0-9A-Z]{9,12}-[0-9]{10,14}-[0-9a-f]{64})` + alnumEnd,
			Severity:    SeverityHigh,
			Rotate:      rotate,
			Examples: func() Examples {
				return Examples{
					True: []string{
						"SLACK_APP_TOKEN=xapp-1-A" + fake("sa1", csUpperNum, 10) + "-" + fake("sa2", csDigits, 13) + "-" + fake("sa3", csHex, 64),
					},
					False: []string{
						"SLACK_APP_TOKEN=xapp-1-A" + fake("sa4", csUpperNum, 10) + "-" + fake("sa5", csDigits, 13) + "-" + fake("sa6", csHex, 40),
					},
				}
			},
		},
		{
			ID:          "slack-config-token",
			Description: "Slack app configuration token",
			Keywords:    []string{"xoxe.xox"},
			Regex:       `(?:^|[^0-9A-Za-z.])(xoxe\.xox[bp]-[0-9]-[0-9A-Za-z]{160,170})` + alnumEnd,
			Severity:    SeverityHigh,
			Rotate:      "https://api.slack.com/authentication/config-tokens",
			Examples: func() Examples {
				return Examples{
					True:  []string{"SLACK_CONFIG_TOKEN=xoxe.xoxp-1-" + fake("sc1", csAlnum, 165)},
					False: []string{"SLACK_CONFIG_TOKEN=xoxe.xoxp-1-" + fake("sc2", csAlnum, 60)},
				}
			},
		},
		{
			ID:          "slack-config-refresh-token",
			Description: "Slack app configuration refresh token",
			Keywords:    []string{"xoxe-"},
			Regex:       `(?:^|[^0-9A-Za-z.])(xoxe-[0-9]-[0-9A-Za-z]{140,150})` + alnumEnd,
			Severity:    SeverityHigh,
			Rotate:      "https://api.slack.com/authentication/config-tokens",
			Examples: func() Examples {
				return Examples{
					True:  []string{"SLACK_REFRESH_TOKEN=xoxe-1-" + fake("sr1", csAlnum, 146)},
					False: []string{"SLACK_REFRESH_TOKEN=xoxe-1-" + fake("sr2", csAlnum, 40)},
				}
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
			Examples: func() Examples {
				return Examples{
					True: []string{
						"SLACK_TOKEN=xoxs-" + fake("sl1", csDigits, 10) + "-" + fake("sl2", csDigits, 11) + "-" + fake("sl3", csHex, 64),
						"token = 'xoxa-2-" + fake("sl4", csAlnum, 60) + "'",
					},
					False: []string{"SLACK_TOKEN=xoxs-1-abc", "SLACK_TOKEN=xoxa-2-this-is-not-a-real-token-at-all"},
				}
			},
		},
		{
			ID:          "slack-webhook-url",
			Description: "Slack incoming webhook URL",
			Keywords:    []string{"hooks.slack.com"},
			Regex:       `(https://hooks\.slack\.com/services/T[0-9A-Z]{8,12}/B[0-9A-Z]{8,12}/[0-9A-Za-z]{24})` + alnumEnd,
			Severity:    SeverityMedium,
			Rotate:      "https://api.slack.com/messaging/webhooks",
			Examples: func() Examples {
				return Examples{
					True: []string{
						"SLACK_WEBHOOK_URL=https://hooks.slack.com/services/" + team("1") + "/B" + fake("wh1", csUpperNum, 10) + "/" + fake("wh2", csAlnum, 24),
						`curl -X POST -d '{"text":"deployed"}' https://hooks.slack.com/services/` + team("2") + "/B" + fake("wh3", csUpperNum, 10) + "/" + fake("wh4", csAlnum, 24),
					},
					False: []string{
						"https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
						"https://hooks.slack.com/services/" + team("3") + "/B" + fake("wh5", csUpperNum, 10) + "/" + fake("wh6", csAlnum, 10),
					},
				}
			},
		},
		{
			ID:          "slack-workflow-webhook-url",
			Description: "Slack workflow or trigger webhook URL",
			Keywords:    []string{"hooks.slack.com"},
			Regex:       `(https://hooks\.slack\.com/(?:workflows|triggers)/T[0-9A-Z]{8,12}/A[0-9A-Z]{8,12}/[0-9]{15,20}/[0-9A-Za-z]{32})` + alnumEnd,
			Severity:    SeverityMedium,
			Rotate:      "https://slack.com/help/articles/360041352714",
			Examples: func() Examples {
				return Examples{
					True: []string{
						"WEBHOOK=https://hooks.slack.com/triggers/" + team("4") + "/A" + fake("wf1", csUpperNum, 10) + "/" + fake("wf2", csDigits, 17) + "/" + fake("wf3", csAlnum, 32),
					},
					False: []string{
						"WEBHOOK=https://hooks.slack.com/triggers/" + team("5") + "/A" + fake("wf4", csUpperNum, 10) + "/" + fake("wf5", csDigits, 17) + "/" + fake("wf6", csAlnum, 12),
					},
				}
			},
		},
	}
}

// chatRules covers chat, social and messaging platforms other than Slack.
func chatRules() []Rule {
	rs := append(rows(
		row{id: "discord-bot-token", desc: "Discord bot token", names: []string{"discord"},
			re: `[MNO][0-9A-Za-z_-]{23,27}\.[0-9A-Za-z_-]{6}\.[0-9A-Za-z_-]{27,40}`, check: checkDiscordBotToken, checkDesc: "first part is the base64 of a numeric user id",
			sev: SeverityCritical, rotate: "https://discord.com/developers/applications",
			gen: fakeDiscordBotToken, badf: func() []string {
				return []string{"QUJDREVGR0hJSktMTU5PUFFS." + fake("dc", csURL, 6) + "." + fake("dd", csURL, 38)}
			}},
		row{id: "discord-client-secret", desc: "Discord OAuth client secret", names: []string{"discord_client_secret", "discord_secret", "discord-client-secret"},
			re: `[0-9A-Za-z_-]{32}`, rnd: 0.8, rotate: "https://discord.com/developers/applications",
			gen: gen("", csURL, 32, ""), badf: func() []string { return []string{fake("ds", csURL, 20)} }},
		row{id: "telegram-bot-token", desc: "Telegram bot token", kw: []string{":aa"},
			re: `[0-9]{8,10}:AA[0-9A-Za-z_-]{33}`, sev: SeverityHigh, rotate: "https://core.telegram.org/bots/features#botfather",
			gen:  func(seed string) string { return "7" + fake(seed+"a", csDigits, 9) + ":AA" + fake(seed+"b", csURL, 33) },
			badf: func() []string { return []string{"1234567890:AA" + fake("tg", csURL, 20)} }},
		row{id: "twitter-bearer-token", desc: "X (Twitter) app bearer token", names: []string{"twitter_bearer_token", "twitter_bearer", "x_bearer_token", "bearer_token", "bearer"},
			re: `AAAAAAAAAAAAAAAAAAAAA[0-9A-Za-z%]{30,200}`, sev: SeverityHigh, rotate: "https://developer.x.com/en/portal/dashboard",
			gen: gen("AAAAAAAAAAAAAAAAAAAAA", csAlnum, 90, ""), badf: func() []string { return []string{"AAAAAAAAAAAAAAAAAAAAA" + fake("tw", csAlnum, 12)} }},
		row{id: "twitter-api-secret", desc: "X (Twitter) API key secret or access token secret", names: []string{"twitter_api_secret", "twitter_consumer_secret", "twitter_access_token_secret", "twitter_secret", "x_api_secret"},
			re: `[0-9A-Za-z]{45,50}`, rnd: 0.8, rotate: "https://developer.x.com/en/portal/dashboard",
			gen: gen("", csAlnum, 50, ""), badf: func() []string { return []string{fake("ts", csAlnum, 30)} }},
		row{id: "facebook-access-token", desc: "Facebook (Meta) access token", kw: []string{"eaa"},
			re: `EAA[B-Za-z0-9][0-9A-Za-z]{96,300}`, rnd: 0.75, rotate: "https://developers.facebook.com/tools/debug/accesstoken/",
			gen: gen("EAAB", csAlnum, 180, ""), badf: func() []string { return []string{"EAAB" + fake("fb", csAlnum, 40)} }},
		row{id: "facebook-app-secret", desc: "Facebook (Meta) app secret", names: []string{"facebook_app_secret", "facebook_secret", "fb_app_secret", "fb_secret", "facebook_client_secret", "meta_app_secret"},
			re: `[0-9a-f]{32}`, rnd: 0.8, rotate: "https://developers.facebook.com/apps/",
			gen: gen("", csHex, 32, ""), badf: func() []string { return []string{fake("fs", csHex, 24)} }},
		row{id: "microsoft-teams-webhook", desc: "Microsoft Teams incoming webhook URL", kw: []string{"webhook.office.com"},
			re:  `https://[0-9a-z-]+\.webhook\.office\.com/webhookb2/` + uuidRe + `@` + uuidRe + `/IncomingWebhook/[0-9a-f]{32}/` + uuidRe + `(?:/[0-9A-Za-z_-]{20,60})?`,
			sev: SeverityMedium, rotate: "https://learn.microsoft.com/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook",
			gen: func(seed string) string {
				return "https://acme.webhook.office.com/webhookb2/" + fakeUUID(seed+"g") + "@" + fakeUUID(seed+"t") + "/IncomingWebhook/" + fake(seed, csHex, 32) + "/" + fakeUUID(seed+"u")
			},
			badf: func() []string {
				return []string{"https://acme.webhook.office.com/webhookb2/" + fakeUUID("mt") + "@" + fakeUUID("mu") + "/IncomingWebhook/"}
			}},
		row{id: "google-chat-webhook", desc: "Google Chat incoming webhook URL", kw: []string{"chat.googleapis.com"},
			re:  `https://chat\.googleapis\.com/v1/spaces/[0-9A-Za-z_-]{8,16}/messages\?key=[0-9A-Za-z_-]{39}&token=[0-9A-Za-z_%-]{40,60}`,
			sev: SeverityMedium, rotate: "https://developers.google.com/workspace/chat/quickstart/webhooks",
			gen: func(seed string) string {
				return "https://chat.googleapis.com/v1/spaces/AAAA" + fake(seed+"s", csURL, 7) + "/messages?key=AIza" + fake(seed+"k", csURL, 35) + "&token=" + fake(seed+"t", csURL, 43) + "%3D"
			},
			bad: []string{"https://chat.googleapis.com/v1/spaces/AAAAabc/messages"}},
	), chatAppRules()...)
	rs = append(rs, Rule{
		ID:          "discord-webhook-url",
		Description: "Discord webhook URL",
		Keywords:    []string{"discord"},
		Regex:       `(https://(?:ptb\.|canary\.)?discord(?:app)?\.com/api/webhooks/[0-9]{17,20}/[0-9A-Za-z_-]{60,70})(?:[^0-9A-Za-z_-]|$)`,
		Severity:    SeverityMedium,
		Rotate:      "https://support.discord.com/hc/en-us/articles/228383668",
		Examples: func() Examples {
			return Examples{
				True: []string{
					"DISCORD_WEBHOOK=https://discord.com/api/webhooks/1" + fake("dw1", csDigits, 18) + "/" + fake("dw2", csURL, 68),
					`url: "https://discordapp.com/api/webhooks/` + fake("dw3", csDigits, 18) + "/" + fake("dw4", csURL, 68) + `"`,
				},
				False: []string{"https://discord.com/api/webhooks/" + fake("dw5", csDigits, 18) + "/" + fake("dw6", csURL, 20)},
			}
		},
	})
	return rs
}

// chatAppRules covers chat, meeting and customer messaging platforms.
func chatAppRules() []Rule {
	return rows(
		row{id: "mattermost-token", desc: "Mattermost personal access or bot token", names: []string{"mattermost"},
			re: `[0-9a-z]{26}`, rnd: 0.8, rotate: "https://docs.mattermost.com/developer/personal-access-tokens.html",
			gen: gen("", csLowerNum, 26, ""), badf: func() []string { return []string{fake("mm", csLowerNum, 16)} }},
		row{id: "zoom-client-secret", desc: "Zoom app client secret", names: []string{"zoom_client_secret", "zoom_api_secret", "zoom_secret", "zoom-client-secret"},
			re: `[0-9A-Za-z]{32}`, rnd: 0.8, rotate: "https://marketplace.zoom.us/user/build",
			gen: gen("", csAlnum, 32, ""), badf: func() []string { return []string{fake("zm", csAlnum, 20)} }},
		row{id: "twitch-client-secret", desc: "Twitch client secret or OAuth token", names: []string{"twitch"},
			re: `(?:oauth:)?[0-9a-z]{30}`, rnd: 0.8, rotate: "https://dev.twitch.tv/console/apps",
			gen: gen("", csLowerNum, 30, ""), badf: func() []string { return []string{fake("tw", csLowerNum, 20)} }},
		row{id: "line-channel-token", desc: "LINE Messaging API channel access token", names: []string{"line_channel_access_token", "line_channel_secret", "line_access_token", "channel_access_token"},
			re: `[0-9A-Za-z+/]{32,180}={0,2}`, rnd: 0.8, rotate: "https://developers.line.biz/console/",
			gen: gen("", csB64, 172, "="), badf: func() []string { return []string{fake("ln", csB64, 20)} }},
		row{id: "intercom-access-token", desc: "Intercom access token", kw: []string{"dg9roj"},
			re: `dG9rOj[0-9A-Za-z+/]{40,80}={0,2}`, rotate: "https://app.intercom.com/a/apps/_/developer-hub",
			gen: gen("dG9rOj", csB64, 54, "="), badf: func() []string { return []string{"dG9rOj" + fake("ic", csB64, 12)} }},
		row{id: "zendesk-api-token", desc: "Zendesk API token", names: []string{"zendesk"},
			re: `[0-9A-Za-z]{40}`, rnd: 0.8, rotate: "https://support.zendesk.com/hc/en-us/articles/4408889192858",
			gen: gen("", csAlnum, 40, ""), badf: func() []string { return []string{fake("zd", csAlnum, 24)} }},
		row{id: "pusher-secret", desc: "Pusher Channels app secret", names: []string{"pusher_secret", "pusher_app_secret", "pusher-secret"},
			re: `[0-9a-f]{20}`, rnd: 0.8, rotate: "https://dashboard.pusher.com/",
			gen: gen("", csHex, 20, ""), badf: func() []string { return []string{fake("pu", csHex, 12)} }},
		row{id: "ably-api-key", desc: "Ably API key", names: []string{"ably"},
			re: `[0-9A-Za-z_-]{6}\.[0-9A-Za-z_-]{6}:[0-9A-Za-z_-]{43}`, rotate: "https://ably.com/docs/auth#api-keys",
			gen: func(seed string) string {
				return fake(seed+"a", csURL, 6) + "." + fake(seed+"b", csURL, 6) + ":" + fake(seed+"c", csURL, 43)
			},
			badf: func() []string {
				return []string{fake("ab", csURL, 6) + "." + fake("ac", csURL, 6) + ":" + fake("ad", csURL, 20)}
			}},
		row{id: "onesignal-api-key", desc: "OneSignal REST API key", kw: []string{"os_v2_"},
			re: `os_v2_(?:app|org)_[0-9a-z]{100,120}`, rotate: "https://documentation.onesignal.com/docs/keys-and-ids",
			gen: gen("os_v2_app_", csLowerNum, 113, ""), badf: func() []string { return []string{"os_v2_app_" + fake("os", csLowerNum, 40)} }},
		row{id: "pushover-token", desc: "Pushover application or user key", names: []string{"pushover"},
			re: `[0-9a-z]{30}`, rnd: 0.8, sev: SeverityMedium, rotate: "https://pushover.net/apps",
			gen: gen("", csLowerNum, 30, ""), badf: func() []string { return []string{fake("po", csLowerNum, 20)} }},
	)
}

// mailRules covers e-mail, SMS and voice delivery services.
func mailRules() []Rule {
	return rows(
		row{id: "twilio-auth-token", desc: "Twilio auth token or API key secret", names: []string{"twilio"},
			re: `[0-9A-Za-z]{32}`, rnd: 0.8, sev: SeverityCritical, rotate: "https://console.twilio.com/us1/account/keys-credentials/api-keys",
			gen: gen("", csHex, 32, ""), badf: func() []string { return []string{fake("tw", csHex, 24), "AC" + fake("tx", csHex, 32)} }},
		row{id: "sendgrid-api-key", desc: "SendGrid API key", kw: []string{"sg."},
			re: `SG\.[0-9A-Za-z_-]{22}\.[0-9A-Za-z_-]{43}`, sev: SeverityCritical, rotate: "https://app.sendgrid.com/settings/api_keys",
			gen:  func(seed string) string { return "SG." + fake(seed+"a", csURL, 22) + "." + fake(seed+"b", csURL, 43) },
			badf: func() []string { return []string{"SG." + fake("sg", csURL, 22) + "." + fake("sh", csURL, 20)} }},
		row{id: "mailgun-api-key", desc: "Mailgun private API key (key- format)", kw: []string{"key-"},
			re: `key-[0-9a-f]{32}`, sev: SeverityHigh, rotate: "https://app.mailgun.com/settings/api_security",
			gen: gen("key-", csHex, 32, ""), badf: func() []string { return []string{"key-" + fake("mg", csHex, 20)} }},
		row{id: "mailgun-signing-key", desc: "Mailgun API or webhook signing key", names: []string{"mailgun"},
			re: `[0-9a-f]{32}-[0-9a-f]{8}-[0-9a-f]{8}`, sev: SeverityHigh, rotate: "https://app.mailgun.com/settings/api_security",
			gen: func(seed string) string {
				return fake(seed+"a", csHex, 32) + "-" + fake(seed+"b", csHex, 8) + "-" + fake(seed+"c", csHex, 8)
			},
			badf: func() []string { return []string{fake("mh", csHex, 32)} }},
		row{id: "mailchimp-api-key", desc: "Mailchimp API key", kw: []string{"-us"},
			re: `[0-9a-f]{32}-us[0-9]{1,2}`, sev: SeverityHigh, rotate: "https://us1.admin.mailchimp.com/account/api/",
			gen: gen("", csHex, 32, "-us21"), badf: func() []string { return []string{fake("mc", csHex, 24) + "-us21"} }},
		row{id: "mandrill-api-key", desc: "Mailchimp Transactional (Mandrill) API key", names: []string{"mandrill"},
			re: `(?:md-)?[0-9A-Za-z_-]{22}`, rnd: 0.8, rotate: "https://mandrillapp.com/settings",
			gen: gen("md-", csURL, 22, ""), badf: func() []string { return []string{fake("md", csURL, 12)} }},
		row{id: "postmark-server-token", desc: "Postmark server or account token", names: []string{"postmark_server_token", "postmark_api_token", "postmark_token", "postmark_api_key", "postmark_account_token", "x-postmark-server-token", "x-postmark-account-token"},
			re: uuidRe, rotate: "https://account.postmarkapp.com/api_tokens",
			gen: genUUID(""), badf: func() []string { return []string{fakeUUID("pm")[:30]} }},
		row{id: "vonage-api-secret", desc: "Vonage (Nexmo) API secret", names: []string{"vonage", "nexmo"},
			re: `[0-9A-Za-z]{16}`, rnd: 0.8, rotate: "https://dashboard.nexmo.com/settings",
			gen: gen("", csAlnum, 16, ""), badf: func() []string { return []string{fake("vn", csAlnum, 10)} }},
		row{id: "brevo-api-key", desc: "Brevo (Sendinblue) API key", kw: []string{"xkeysib-"},
			re: `xkeysib-[0-9a-f]{64}-[0-9A-Za-z]{16}`, rotate: "https://app.brevo.com/settings/keys/api",
			gen: func(seed string) string {
				return "xkeysib-" + fake(seed+"a", csHex, 64) + "-" + fake(seed+"b", csAlnum, 16)
			},
			badf: func() []string { return []string{"xkeysib-" + fake("bv", csHex, 64)} }},
		row{id: "brevo-smtp-key", desc: "Brevo (Sendinblue) SMTP key", kw: []string{"xsmtpsib-"},
			re: `xsmtpsib-[0-9a-f]{64}-[0-9A-Za-z]{16}`, rotate: "https://app.brevo.com/settings/keys/smtp",
			gen: func(seed string) string {
				return "xsmtpsib-" + fake(seed+"a", csHex, 64) + "-" + fake(seed+"b", csAlnum, 16)
			},
			badf: func() []string { return []string{"xsmtpsib-" + fake("bs", csHex, 32)} }},
		row{id: "resend-api-key", desc: "Resend API key", kw: []string{"re_"},
			re: `re_[0-9A-Za-z]{8}_[0-9A-Za-z]{24}`, rotate: "https://resend.com/api-keys",
			gen: func(seed string) string {
				return "re_" + fake(seed+"a", csAlnum, 8) + "_" + fake(seed+"b", csAlnum, 24)
			},
			badf: func() []string { return []string{"re_" + fake("rs", csAlnum, 8) + "_" + fake("rt", csAlnum, 10)} }},
		row{id: "messagebird-api-key", desc: "MessageBird (Bird) API key", names: []string{"messagebird", "message_bird"},
			re: `[0-9A-Za-z]{25}`, rnd: 0.8, rotate: "https://dashboard.messagebird.com/developers/access",
			gen: gen("", csAlnum, 25, ""), badf: func() []string { return []string{fake("mb", csAlnum, 16)} }},
		row{id: "plivo-auth-token", desc: "Plivo auth token", names: []string{"plivo"},
			re: `[0-9A-Za-z]{40}`, rnd: 0.8, rotate: "https://console.plivo.com/dashboard/",
			gen: gen("", csAlnum, 40, ""), badf: func() []string { return []string{fake("pv", csAlnum, 20)} }},
		row{id: "sparkpost-api-key", desc: "SparkPost API key", names: []string{"sparkpost_api_key", "sparkpost_key", "sparkpost_token"},
			re: `[0-9a-f]{40}`, rnd: 0.8, rotate: "https://app.sparkpost.com/account/api-keys",
			gen: gen("", csHex, 40, ""), badf: func() []string { return []string{fake("sp", csHex, 32)} }},
		row{id: "mailjet-secret-key", desc: "Mailjet API secret key", names: []string{"mailjet_secret", "mailjet_api_secret", "mailjet_secret_key", "mj_apikey_private"},
			re: `[0-9a-f]{32}`, rnd: 0.8, rotate: "https://app.mailjet.com/account/apikeys",
			gen: gen("", csHex, 32, ""), badf: func() []string { return []string{fake("mj", csHex, 20)} }},
		row{id: "loops-api-key", desc: "Loops API key", names: []string{"loops_api_key", "loops-api-key", "loops_key"},
			re: `[0-9a-f]{32}`, rnd: 0.8, rotate: "https://app.loops.so/settings?page=api",
			gen: gen("", csHex, 32, ""), badf: func() []string { return []string{fake("lo", csHex, 16)} }},
		row{id: "customerio-api-key", desc: "Customer.io API key", names: []string{"customerio_api_key", "customer_io_api_key", "customerio_app_api_key", "customerio_track_api_key", "cio_api_key"},
			re: `[0-9a-f]{20,32}`, rnd: 0.8, rotate: "https://fly.customer.io/settings/api_credentials",
			gen: gen("", csHex, 32, ""), badf: func() []string { return []string{fake("ci", csHex, 12)} }},
		row{id: "sinch-api-token", desc: "Sinch API token", names: []string{"sinch_api_token", "sinch_key_secret", "sinch_token", "sinch_api_secret"},
			re: `[0-9a-f]{32}`, rnd: 0.8, rotate: "https://dashboard.sinch.com/settings/access-keys",
			gen: gen("", csHex, 32, ""), badf: func() []string { return []string{fake("si", csHex, 20)} }},
	)
}
