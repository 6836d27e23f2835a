package rules

// Cloud providers: AWS, Azure, Google Cloud, DigitalOcean, Heroku,
// Cloudflare, Fastly, Vercel, Netlify, Fly.io, Linode, Alibaba, IBM and
// others.

// cloudRules returns the rules of this family.
func cloudRules() []Rule {
	var rs []Rule
	rs = append(rs, awsRules()...)
	rs = append(rs, azureRules()...)
	rs = append(rs, gcpRules()...)
	rs = append(rs, hostingRules()...)
	return rs
}

// awsRules covers access key ids, secret access keys and session tokens.
func awsRules() []Rule {
	id := func(prefix, seed string) string {
		return fakeAWSKeyID(prefix, seed, 123456789012-uint64(len(seed))*7919)
	}
	secret := func(seed string) string { return fake("aws-secret"+seed, csB64, 40) }
	return []Rule{
		{
			ID:          "aws-access-key-id",
			Description: "AWS access key id",
			Keywords:    []string{"akia", "asia", "abia", "acca"},
			Regex:       `(?:^|[^0-9A-Za-z])((?:AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16})` + alnumEnd,
			Check:       checkAWSKeyID,
			Validator:   "base32 alphabet and a decodable 12-digit account id",
			Severity:    SeverityCritical,
			Rotate:      "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html#rotating_access_keys_console",
			Examples: Examples{
				True: []string{
					"AWS_ACCESS_KEY_ID=" + id("AKIA", "1"),
					`aws_access_key_id = ` + id("ASIA", "22"),
					`"AccessKeyId": "` + id("ABIA", "333") + `",`,
					"key: " + id("ACCA", "4444"),
				},
				False: []string{
					"AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE",
					"AWS_ACCESS_KEY_ID=AKIA" + fake("aws0", csUpperNum, 15) + "0",
					"AWS_ACCESS_KEY_ID=AKIA" + fake("aws1", csBase32, 12),
					"AWS_ACCESS_KEY_ID=" + fakeAWSKeyID("AKIA", "big", 1<<40-1),
					"id=AKIA7ZZZZZZZZZZZZZZZ",
				},
			},
		},
		{
			ID:          "aws-secret-access-key",
			Description: "AWS secret access key",
			Keywords:    []string{"aws", "secret_access", "secretaccess", "secret-access"},
			Regex: `(?i:aws[\w.\-]{0,20}(?:secret|private)[\w.\-]{0,20}|secret[_\-]?access[_\-]?key[\w.\-]{0,10})` +
				`[ \t'"\]]{0,3}(?:[:=]{1,3}|=>|,|[ \t])[ \t'"(]{0,5}(?P<secret>[0-9A-Za-z/+]{40})(?:[^0-9A-Za-z/+=]|$)`,
			MinRandomness: 0.8,
			Check:         checkMixedCase,
			Validator:     "mixes upper case, lower case and digits",
			Severity:      SeverityCritical,
			Rotate:        "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html#rotating_access_keys_console",
			Examples: Examples{
				True: []string{
					"AWS_SECRET_ACCESS_KEY=" + secret("1"),
					`aws_secret_access_key = ` + secret("2"),
					`"SecretAccessKey": "` + secret("3") + `"`,
					`  aws-secret-key: '` + secret("4") + `'`,
				},
				False: []string{
					"AWS_SECRET_ACCESS_KEY=wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
					"AWS_SECRET_ACCESS_KEY=${AWS_SECRET_ACCESS_KEY}",
					"AWS_SECRET_ACCESS_KEY=" + secret("5")[:30],
					"aws_secret_access_key = os.environ['AWS_SECRET_ACCESS_KEY']",
					"AWS_SECRET_ACCESS_KEY=" + fake("aws6", csHex, 40),
					"GIT_COMMIT=" + fake("aws7", csB64, 40),
				},
			},
		},
		{
			ID:          "aws-session-token",
			Description: "AWS temporary session token",
			Keywords:    []string{"fwogzxivyxdz", "iqojb3jpz2lux2vj"},
			Regex: `(?:(?i:session[_\-]?token)[\w.\-]{0,10}[ \t'"\]]{0,3}(?:[:=]{1,3}|=>|,|[ \t])[ \t'"(]{0,5})?` +
				`(?P<secret>(?:FwoGZXIvYXdzE|IQoJb3JpZ2luX2Vj)[0-9A-Za-z/+]{100,1000}={0,2})(?:[^0-9A-Za-z/+=]|$)`,
			Severity: SeverityHigh,
			Rotate:   "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_temp_control-access_disable-perms.html",
			Examples: Examples{
				True: []string{
					"AWS_SESSION_TOKEN=IQoJb3JpZ2luX2Vj" + fake("awst1", csB64, 300),
					`"SessionToken": "FwoGZXIvYXdzE` + fake("awst2", csB64, 200) + `=="`,
				},
				False: []string{
					"AWS_SESSION_TOKEN=IQoJb3JpZ2luX2Vj" + fake("awst3", csB64, 20),
					"AWS_SESSION_TOKEN=$AWS_SESSION_TOKEN",
				},
			},
		},
	}
}

// azureRules covers Azure storage, SAS, Entra ID client secrets and
// Microsoft's identifiable keys.
func azureRules() []Rule { return nil }

// gcpRules covers Google Cloud and Google API credentials.
func gcpRules() []Rule {
	key := func(seed string) string { return "AIza" + fake("gapi"+seed, csURL, 35) }
	return []Rule{
		{
			ID:          "gcp-api-key",
			Description: "Google API key (Cloud, Maps, Firebase, Gemini)",
			Keywords:    []string{"aiza"},
			Regex:       `(?:^|[^0-9A-Za-z_-])(AIza[0-9A-Za-z_-]{35})(?:[^0-9A-Za-z_-]|$)`,
			Severity:    SeverityHigh,
			Rotate:      "https://console.cloud.google.com/apis/credentials",
			Examples: Examples{
				True: []string{
					"GOOGLE_API_KEY=" + key("1"),
					`<script src="https://maps.googleapis.com/maps/api/js?key=` + key("2") + `&callback=initMap"></script>`,
					`const firebaseConfig = { apiKey: "` + key("3") + `" };`,
				},
				False: []string{
					"GOOGLE_API_KEY=AIza" + fake("gapi4", csURL, 20),
					"GOOGLE_API_KEY=" + key("5") + "abc",
					"GOOGLE_API_KEY=AIzaxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
				},
			},
		},
	}
}

// hostingRules covers hosting and platform providers.
func hostingRules() []Rule { return nil }
