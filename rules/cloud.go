package rules

import "strings"

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
			Description: "AWS access key id (long-term AKIA, temporary ASIA, bearer ABIA, context ACCA, legacy A3T)",
			Keywords:    []string{"akia", "asia", "abia", "acca", "a3t"},
			Regex:       `(?:^|[^0-9A-Za-z])((?:AKIA|ASIA|ABIA|ACCA|A3T[A-Z0-9])[A-Z2-7]{16})` + alnumEnd,
			Check:       checkAWSKeyID,
			CheckDesc:   "base32 alphabet and a decodable 12-digit account id",
			Severity:    SeverityCritical,
			Rotate:      "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html#rotating_access_keys_console",
			Examples: func() Examples {
				return Examples{
					True: []string{
						"AWS_ACCESS_KEY_ID=" + id("AKIA", "1"),
						`aws_access_key_id = ` + id("ASIA", "22"),
						`"AccessKeyId": "` + id("ABIA", "333") + `",`,
						"key: " + id("ACCA", "4444"),
						"aws_access_key_id=" + id("A3TX", "55555"),
					},
					False: []string{
						"AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE",
						"AWS_ACCESS_KEY_ID=AKIA" + fake("aws0", csUpperNum, 15) + "0",
						"AWS_ACCESS_KEY_ID=AKIA" + fake("aws1", csBase32, 12),
						"AWS_ACCESS_KEY_ID=" + fakeAWSKeyID("AKIA", "big", 1<<40-1),
						"id=AKIA7ZZZZZZZZZZZZZZZ",
						"user id (not a key): " + id("AIDA", "6"),
						"role id (not a key): " + id("AROA", "7"),
					},
				}
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
			CheckDesc:     "mixes upper case, lower case and digits",
			Severity:      SeverityCritical,
			Rotate:        "https://docs.aws.amazon.com/IAM/latest/UserGuide/id_credentials_access-keys.html#rotating_access_keys_console",
			Examples: func() Examples {
				return Examples{
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
				}
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
			Examples: func() Examples {
				return Examples{
					True: []string{
						"AWS_SESSION_TOKEN=IQoJb3JpZ2luX2Vj" + fake("awst1", csB64, 300),
						`"SessionToken": "FwoGZXIvYXdzE` + fake("awst2", csB64, 200) + `=="`,
					},
					False: []string{
						"AWS_SESSION_TOKEN=IQoJb3JpZ2luX2Vj" + fake("awst3", csB64, 20),
						"AWS_SESSION_TOKEN=$AWS_SESSION_TOKEN",
					},
				}
			},
		},
	}
}

// azureRules covers Azure storage, SAS, Entra ID client secrets and
// Microsoft's identifiable keys (a fixed signature at a fixed offset).
func azureRules() []Rule {
	const rotate = "https://learn.microsoft.com/azure/storage/common/storage-account-keys-manage"
	storageKey := func(seed string) string { return fakeB64("azsk"+seed, 64) }
	rs := []Rule{
		{
			ID:          "azure-storage-connection-string",
			Description: "Azure Storage connection string with an account key",
			Keywords:    []string{"accountkey"},
			Regex:       `(?i:AccountKey)=(?P<secret>[0-9A-Za-z+/]{86}==)(?:[^0-9A-Za-z+/=]|$)`,
			Check:       checkAzureStorageKey,
			CheckDesc:   "base64 of a 64-byte key, not the storage emulator's published key",
			Severity:    SeverityCritical,
			Rotate:      rotate,
			Examples: func() Examples {
				return Examples{
					True: []string{
						"AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=acmeprod;AccountKey=" + storageKey("1") + ";EndpointSuffix=core.windows.net",
						`"StorageConnection": "AccountName=logs;AccountKey=` + storageKey("2") + `"`,
					},
					False: []string{
						"AccountKey=" + storageKey("3")[:60] + "==",
						"AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" + " UseDevelopmentStorage=true",
					},
				}
			},
		},
		{
			ID:          "azure-sas-token",
			Description: "Azure shared access signature (SAS) URL or token",
			Keywords:    []string{"sig="},
			Regex:       `sv=[0-9]{4}-[0-9]{2}-[0-9]{2}[^\s"'<>]{0,300}?[&;?]sig=(?P<secret>[0-9A-Za-z%+/]{40,90}(?:=|%3[Dd]))`,
			Severity:    SeverityHigh,
			Rotate:      "https://learn.microsoft.com/azure/storage/common/sas-expiration-policy",
			Examples: func() Examples {
				return Examples{
					True: []string{
						"BLOB_URL=https://acme.blob.core.windows.net/backups?sp=r&st=2025-01-01T00:00:00Z&se=2026-01-01T00:00:00Z&spr=https&sv=2022-11-02&sr=c&sig=" + strings.ReplaceAll(strings.ReplaceAll(fakeB64("sas1", 32), "+", "%2B"), "/", "%2F")[:43] + "%3D",
						"?sv=2021-06-08&ss=bfqt&srt=sco&sp=rwdlacupx&se=2030-01-01T00:00:00Z&sig=" + fakeB64("sas2", 32),
					},
					False: []string{
						"?sv=2021-06-08&ss=bfqt&sig=abc%3D",
						"sig=" + fakeB64("sas3", 32),
					},
				}
			},
		},
		{
			ID:          "azure-shared-access-key",
			Description: "Azure Service Bus, Event Hubs, IoT Hub or Relay shared access key",
			Keywords:    []string{"sharedaccesskey"},
			Regex:       `(?i:SharedAccessKey)=(?P<secret>[0-9A-Za-z+/]{43}=)(?:[^0-9A-Za-z+/=]|$)`,
			Check:       checkBase64Len(32),
			CheckDesc:   "base64 of a 32-byte key",
			Severity:    SeverityHigh,
			Rotate:      "https://learn.microsoft.com/azure/service-bus-messaging/service-bus-sas",
			Examples: func() Examples {
				return Examples{
					True: []string{
						"SERVICEBUS=Endpoint=sb://acme.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=" + fakeB64("sak1", 32),
					},
					False: []string{"SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=<key>", "SharedAccessKey=" + fakeB64("sak2", 24)},
				}
			},
		},
		{
			ID:          "azure-entra-client-secret",
			Description: "Microsoft Entra ID (Azure AD) application client secret",
			Keywords:    []string{"0q~", "1q~", "2q~", "3q~", "4q~", "5q~", "6q~", "7q~", "8q~", "9q~"},
			Regex:       `(?:^|[^0-9A-Za-z_~.+/-])(?P<secret>[0-9A-Za-z_~.-]{3}[0-9]Q~[0-9A-Za-z_~.-]{31,34})(?:[^0-9A-Za-z_~.+/=-]|$)`,
			Severity:    SeverityCritical,
			Rotate:      "https://learn.microsoft.com/entra/identity-platform/howto-create-service-principal-portal#option-3-create-a-new-client-secret",
			Examples: func() Examples {
				return Examples{
					True: []string{
						"AZURE_CLIENT_SECRET=" + fake("aad1", csURL, 3) + "8Q~" + fake("aad2", csURL+"~.", 34),
						`"clientSecret": "` + fake("aad3", csAlnum, 3) + "7Q~" + fake("aad4", csAlnum, 31) + `"`,
					},
					False: []string{
						"AZURE_CLIENT_SECRET=" + fake("aad5", csAlnum, 3) + "8Q~" + fake("aad6", csAlnum, 12),
						"AZURE_CLIENT_SECRET=" + fake("aad7", csAlnum, 3) + "QQ~" + fake("aad8", csAlnum, 34),
					},
				}
			},
		},
	}
	id := func(pre string, n int, sig string, post int, tail string) func(string) string {
		return func(seed string) string {
			return fake(seed+"a", csAlnum, n) + sig + fake(seed+"b", csAlnum, post) + tail
		}
	}
	rs = append(rs, rows(
		row{id: "azure-storage-identifiable-key", desc: "Azure Storage account key (identifiable format)", kw: []string{"+ast"},
			re: `[0-9A-Za-z+/]{76}\+ASt[0-9A-Za-z+/]{5}[AQgw]==`, sev: SeverityCritical, rotate: rotate,
			gen: id("", 76, "+ASt", 5, "A=="), badf: func() []string { return []string{fake("azi", csAlnum, 76) + "+ASt" + fake("azj", csAlnum, 5) + "B=="} }},
		row{id: "azure-cosmosdb-identifiable-key", desc: "Azure Cosmos DB key (identifiable format)", kw: []string{"acdb"},
			re: `[0-9A-Za-z+/]{76}ACDb[0-9A-Za-z+/]{5}[AQgw]==`, sev: SeverityCritical, rotate: "https://learn.microsoft.com/azure/cosmos-db/database-security",
			gen: id("", 76, "ACDb", 5, "Q=="), badf: func() []string { return []string{fake("azc", csAlnum, 70) + "ACDb" + fake("azd", csAlnum, 5) + "Q=="} }},
		row{id: "azure-messaging-identifiable-key", desc: "Azure Service Bus, Event Hubs or Relay key (identifiable format)", kw: []string{"+asb", "+aeh", "+arm"},
			re: `[0-9A-Za-z+/]{33}\+A(?:Sb|Eh|Rm)[0-9A-Za-z+/]{5}=`, rotate: "https://learn.microsoft.com/azure/service-bus-messaging/service-bus-sas",
			gen: id("", 33, "+ASb", 5, "="), badf: func() []string { return []string{fake("azm", csAlnum, 20) + "+AEh" + fake("azn", csAlnum, 5) + "="} }},
		row{id: "azure-function-identifiable-key", desc: "Azure Functions key (identifiable format)", kw: []string{"azfu"},
			re: `[0-9A-Za-z_-]{44}AzFu[0-9A-Za-z_-]{5}[AQgw]==`, rotate: "https://learn.microsoft.com/azure/azure-functions/function-keys-how-to",
			gen: id("", 44, "AzFu", 5, "g=="), badf: func() []string { return []string{fake("azf", csAlnum, 44) + "AzFu" + fake("azg", csAlnum, 2) + "g=="} }},
		row{id: "azure-search-identifiable-key", desc: "Azure AI Search admin or query key (identifiable format)", kw: []string{"azse"},
			re: `[0-9A-Za-z]{42}AzSe[A-D][0-9A-Za-z]{5}`, rotate: "https://learn.microsoft.com/azure/search/search-security-api-keys",
			gen: id("", 42, "AzSeB", 5, ""), badf: func() []string { return []string{fake("azs", csAlnum, 42) + "AzSeZ" + fake("azt", csAlnum, 5)} }},
		row{id: "azure-container-registry-identifiable-key", desc: "Azure Container Registry access key (identifiable format)", kw: []string{"+acr"},
			re: `[0-9A-Za-z+/]{42}\+ACR[A-D][0-9A-Za-z+/]{5}`, rotate: "https://learn.microsoft.com/azure/container-registry/container-registry-authentication",
			gen: id("", 42, "+ACRC", 5, ""), badf: func() []string { return []string{fake("azr", csAlnum, 30) + "+ACRC" + fake("azu", csAlnum, 5)} }},
		row{id: "azure-apim-identifiable-key", desc: "Azure API Management key (identifiable format)", kw: []string{"apim"},
			re: `[0-9A-Za-z]{76}APIM[A-D][0-9A-Za-z]{5}`, rotate: "https://learn.microsoft.com/azure/api-management/api-management-subscriptions",
			gen: id("", 76, "APIMA", 5, ""), badf: func() []string { return []string{fake("aza", csAlnum, 60) + "APIMA" + fake("azb", csAlnum, 5)} }},
		row{id: "azure-annotated-security-key", desc: "Microsoft common annotated security key (Azure DevOps PAT, Azure OpenAI and others)", kw: []string{"jqqj9"},
			re: `[0-9A-Za-z]{52}JQQJ9[9DH][0-9A-Za-z]{26}`, sev: SeverityCritical, rotate: "https://learn.microsoft.com/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate",
			gen: id("", 52, "JQQJ99", 26, ""), badf: func() []string { return []string{fake("azx", csAlnum, 52) + "JQQJ9X" + fake("azy", csAlnum, 26)} }},
		row{id: "azure-client-secret", desc: "Azure application client secret assigned to an Azure name", names: []string{"azure_client_secret", "arm_client_secret", "aad_client_secret", "azureclientsecret", "azure-client-secret"},
			re: `[0-9A-Za-z_~.+/=-]{32,44}`, rnd: 0.8, sev: SeverityCritical, rotate: "https://learn.microsoft.com/entra/identity-platform/howto-create-service-principal-portal",
			gen: gen("", csAlnum, 40, ""), badf: func() []string { return []string{fake("azz", csAlnum, 20)} }},
		row{id: "azure-storage-account-key", desc: "Azure Storage account key assigned to a storage name", names: []string{"azure_storage_key", "azure_storage_account_key", "storage_account_key", "azurestoragekey", "storageaccountkey", "azure_storage_access_key"},
			re: `[0-9A-Za-z+/]{86}==`, check: checkAzureStorageKey, checkDesc: "base64 of a 64-byte key, not the storage emulator's published key", sev: SeverityCritical, rotate: rotate,
			gen: func(seed string) string { return fakeB64(seed, 64) }, badf: func() []string { return []string{fakeB64("azk", 48)} }},
	)...)
	return rs
}

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
			Examples: func() Examples {
				return Examples{
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
				}
			},
		},
	}
}

// hostingRules covers hosting, platform and infrastructure providers.
func hostingRules() []Rule {
	return append(rows(
		row{id: "digitalocean-pat", desc: "DigitalOcean personal access token", kw: []string{"dop_v1_"},
			re: `dop_v1_[0-9a-f]{64}`, sev: SeverityCritical, rotate: "https://cloud.digitalocean.com/account/api/tokens",
			gen: gen("dop_v1_", csHex, 64, ""), badf: func() []string { return []string{"dop_v1_" + fake("do", csHex, 40)} }},
		row{id: "digitalocean-oauth-token", desc: "DigitalOcean OAuth access token", kw: []string{"doo_v1_"},
			re: `doo_v1_[0-9a-f]{64}`, rotate: "https://docs.digitalocean.com/reference/api/oauth/",
			gen: gen("doo_v1_", csHex, 64, ""), badf: func() []string { return []string{"doo_v1_" + fake("do", csHex, 63) + "g"} }},
		row{id: "digitalocean-refresh-token", desc: "DigitalOcean OAuth refresh token", kw: []string{"dor_v1_"},
			re: `dor_v1_[0-9a-f]{64}`, rotate: "https://docs.digitalocean.com/reference/api/oauth/",
			gen: gen("dor_v1_", csHex, 64, ""), badf: func() []string { return []string{"dor_v1_" + fake("do", csHex, 32)} }},
		row{id: "heroku-api-key", desc: "Heroku API key (UUID next to a Heroku name)", names: []string{"heroku_api_key", "heroku_api_token", "heroku_token", "heroku_auth_token", "heroku_key", "herokuapikey", "heroku-api-key", "heroku_oauth_token"},
			re: uuidRe, sev: SeverityHigh, rotate: "https://dashboard.heroku.com/account",
			gen: genUUID(""), badf: func() []string { return []string{"00000000-0000-0000-0000-000000000000", fakeUUID("h")[:30]} }},
		row{id: "heroku-api-key-v2", desc: "Heroku API key (HRKU- format)", kw: []string{"hrku-"},
			re: `HRKU-[0-9A-Za-z_-]{58,70}`, sev: SeverityHigh, rotate: "https://dashboard.heroku.com/account",
			gen: gen("HRKU-AA", csURL, 58, ""), badf: func() []string { return []string{"HRKU-" + fake("hk", csURL, 20)} }},
		row{id: "cloudflare-scannable-token", desc: "Cloudflare global API key, user or account API token, or Access service token secret (cfk_, cfut_, cfat_, cfast_)",
			kw: []string{"cfk_", "cfut_", "cfat_", "cfast_"},
			re: `cf(?:k|ut|at|ast)_[0-9A-Za-z]{40}[0-9a-f]{8}`, sev: SeverityCritical, rotate: "https://dash.cloudflare.com/profile/api-tokens",
			gen: func(seed string) string { return "cfut_" + fake(seed+"a", csAlnum, 40) + fake(seed+"b", csHex, 8) },
			badf: func() []string {
				return []string{"cfut_" + fake("cfs", csAlnum, 40), "cfat_" + fake("cft", csAlnum, 40) + "ZZZZZZZZ"}
			}},
		row{id: "cloudflare-api-token", desc: "Cloudflare API token (40-character format, next to a Cloudflare name)", names: []string{"cloudflare_api_token", "cf_api_token", "cloudflare_token", "cloudflare-api-token", "cf_token", "cloudflareapitoken"},
			re: `[0-9A-Za-z_-]{40}`, rnd: 0.8, rotate: "https://dash.cloudflare.com/profile/api-tokens",
			gen: gen("", csURL, 40, ""), badf: func() []string { return []string{fake("cf", csURL, 30)} }},
		row{id: "cloudflare-global-api-key", desc: "Cloudflare global API key", names: []string{"cloudflare_api_key", "cf_api_key", "cloudflare_global_api_key", "cloudflare_key", "x-auth-key", "cloudflareapikey"},
			re: `[0-9a-f]{37}`, rnd: 0.8, sev: SeverityCritical, rotate: "https://dash.cloudflare.com/profile/api-tokens",
			gen: gen("", csHex, 37, ""), badf: func() []string { return []string{fake("cfg", csHex, 40)} }},
		row{id: "cloudflare-origin-ca-key", desc: "Cloudflare Origin CA key", kw: []string{"v1.0-"},
			re: `v1\.0-[0-9a-f]{24}-[0-9a-f]{146}`, rotate: "https://dash.cloudflare.com/profile/api-tokens",
			gen: func(seed string) string {
				return "v1.0-" + fake(seed+"a", csHex, 24) + "-" + fake(seed+"b", csHex, 146)
			},
			badf: func() []string { return []string{"v1.0-" + fake("cfo", csHex, 24) + "-" + fake("cfp", csHex, 100)} }},
		row{id: "fastly-api-token", desc: "Fastly API token", names: []string{"fastly"},
			re: `[0-9A-Za-z_-]{32}`, rnd: 0.8, rotate: "https://manage.fastly.com/account/personal/tokens",
			gen: gen("", csURL, 32, ""), badf: func() []string { return []string{fake("fa", csURL, 20)} }},
		row{id: "vercel-token", desc: "Vercel access token (prefixed format)", kw: []string{"vcp_", "vci_", "vca_", "vcr_", "vck_"},
			re: `vc[pikar]_[0-9A-Za-z]{24,64}`, rnd: 0.7, rotate: "https://vercel.com/account/settings/tokens",
			gen: gen("vcp_", csAlnum, 56, ""), badf: func() []string { return []string{"vcp_" + fake("vc", csAlnum, 12)} }},
		row{id: "vercel-legacy-token", desc: "Vercel access token next to a Vercel name", names: []string{"vercel"},
			re: `[0-9A-Za-z]{24}`, rnd: 0.8, rotate: "https://vercel.com/account/settings/tokens",
			gen: gen("", csAlnum, 24, ""), badf: func() []string { return []string{fake("vl", csAlnum, 16)} }},
		row{id: "netlify-pat", desc: "Netlify personal access token", kw: []string{"nfp_"},
			re: `nfp_[0-9A-Za-z]{36}`, rotate: "https://app.netlify.com/user/applications#personal-access-tokens",
			gen: gen("nfp_", csAlnum, 36, ""), badf: func() []string { return []string{"nfp_" + fake("nf", csAlnum, 20)} }},
		row{id: "netlify-legacy-token", desc: "Netlify access token next to a Netlify name", names: []string{"netlify"},
			re: `[0-9A-Za-z_-]{43}`, rnd: 0.8, rotate: "https://app.netlify.com/user/applications#personal-access-tokens",
			gen: gen("", csURL, 43, ""), badf: func() []string { return []string{fake("nl", csURL, 30)} }},
		row{id: "flyio-macaroon-token", desc: "Fly.io access token (macaroon)", kw: []string{"flyv1"},
			re: `FlyV1 fm[12][ar]?_[0-9A-Za-z_+/=,-]{100,1000}`, sev: SeverityCritical, rotate: "https://fly.io/docs/security/tokens/",
			gen:  func(seed string) string { return "FlyV1 fm2_" + fakeB64(seed, 120) + ",fo1_" + fake(seed, csURL, 43) },
			badf: func() []string { return []string{"FlyV1 fm2_" + fake("fly", csURL, 30)} }},
		row{id: "flyio-org-token", desc: "Fly.io organization or deploy token (fo1_)", kw: []string{"fo1_"},
			re: `fo1_[0-9A-Za-z_-]{43}`, rotate: "https://fly.io/docs/security/tokens/",
			gen: gen("fo1_", csURL, 43, ""), badf: func() []string { return []string{"fo1_" + fake("fo", csURL, 20)} }},
		row{id: "linode-token", desc: "Linode (Akamai) personal access token", names: []string{"linode_token", "linode_api_token", "linode_cli_token", "linode_pat", "linode_access_token"},
			re: `[0-9a-f]{64}`, rnd: 0.8, rotate: "https://cloud.linode.com/profile/tokens",
			gen: gen("", csHex, 64, ""), badf: func() []string { return []string{fake("ln", csHex, 40)} }},
	), regionalCloudRules()...)
}

// regionalCloudRules covers Alibaba, IBM, Tencent, Scaleway, Hetzner and
// other clouds, data platforms and Google OAuth tokens.
func regionalCloudRules() []Rule {
	return rows(
		row{id: "alibaba-access-key-id", desc: "Alibaba Cloud AccessKey id", kw: []string{"ltai"},
			re: `LTAI[0-9A-Za-z]{12,20}`, rnd: 0.7, sev: SeverityMedium, rotate: "https://ram.console.aliyun.com/manage/ak",
			gen: gen("LTAI", csAlnum, 20, ""), badf: func() []string { return []string{"LTAI" + fake("al", csAlnum, 6)} }},
		row{id: "alibaba-access-key-secret", desc: "Alibaba Cloud AccessKey secret", names: []string{"alibaba", "aliyun", "alicloud", "accesskeysecret", "access_key_secret"},
			re: `[0-9A-Za-z]{30}`, rnd: 0.8, sev: SeverityCritical, rotate: "https://ram.console.aliyun.com/manage/ak",
			gen: gen("", csAlnum, 30, ""), badf: func() []string { return []string{fake("as", csAlnum, 20)} }},
		row{id: "ibm-cloud-api-key", desc: "IBM Cloud API key", names: []string{"ibm_cloud_api_key", "ibmcloud_api_key", "ibm_api_key", "ibmcloudapikey", "ic_api_key", "ibm-cloud-api-key"},
			re: `[0-9A-Za-z_-]{44}`, rnd: 0.8, sev: SeverityCritical, rotate: "https://cloud.ibm.com/iam/apikeys",
			gen: gen("", csURL, 44, ""), badf: func() []string { return []string{fake("ib", csURL, 30)} }},
		row{id: "ibm-cos-hmac-secret", desc: "IBM Cloud Object Storage HMAC secret key", names: []string{"cos_hmac_secret", "cos_secret_access_key", "ibm_cos_secret"},
			re: `[0-9a-f]{48}`, rnd: 0.8, rotate: "https://cloud.ibm.com/docs/cloud-object-storage?topic=cloud-object-storage-uhc-hmac-credentials-main",
			gen: gen("", csHex, 48, ""), badf: func() []string { return []string{fake("ic", csHex, 40)} }},
		row{id: "tencent-secret-id", desc: "Tencent Cloud SecretId", kw: []string{"akid"},
			re: `AKID[0-9A-Za-z]{32}`, rnd: 0.7, sev: SeverityMedium, rotate: "https://console.cloud.tencent.com/cam/capi",
			gen: gen("AKID", csAlnum, 32, ""), badf: func() []string { return []string{"AKID" + fake("tc", csAlnum, 16)} }},
		row{id: "tencent-secret-key", desc: "Tencent Cloud SecretKey", names: []string{"tencent", "tencentcloud_secret_key", "tc_secret_key"},
			re: `[0-9A-Za-z]{32}`, rnd: 0.8, sev: SeverityCritical, rotate: "https://console.cloud.tencent.com/cam/capi",
			gen: gen("", csAlnum, 32, ""), badf: func() []string { return []string{fake("tk", csAlnum, 20)} }},
		row{id: "scaleway-access-key", desc: "Scaleway access key id", kw: []string{"scw"},
			re: `SCW[0-9A-Z]{17}`, rnd: 0.6, sev: SeverityMedium, rotate: "https://console.scaleway.com/iam/api-keys",
			gen: gen("SCW", csUpperNum, 17, ""), badf: func() []string { return []string{"SCW" + fake("sw", csUpperNum, 10)} }},
		row{id: "scaleway-secret-key", desc: "Scaleway secret key (UUID next to a Scaleway name)", names: []string{"scaleway_secret_key", "scw_secret_key", "scw_secret", "scaleway_secret"},
			re: uuidRe, sev: SeverityCritical, rotate: "https://console.scaleway.com/iam/api-keys",
			gen: genUUID(""), bad: []string{"11111111-1111-1111-1111-111111111111"}},
		row{id: "hetzner-cloud-token", desc: "Hetzner Cloud API token", names: []string{"hcloud", "hetzner"},
			re: `[0-9A-Za-z]{64}`, rnd: 0.8, rotate: "https://docs.hetzner.cloud/#authentication",
			gen: gen("", csAlnum, 64, ""), badf: func() []string { return []string{fake("hz", csAlnum, 40)} }},
		row{id: "vultr-api-key", desc: "Vultr API key", names: []string{"vultr"},
			re: `[0-9A-Z]{36}`, rnd: 0.8, rotate: "https://my.vultr.com/settings/#settingsapi",
			gen: gen("", csUpperNum, 36, ""), badf: func() []string { return []string{fake("vu", csUpperNum, 20)} }},
		row{id: "ovh-application-secret", desc: "OVHcloud application secret or consumer key", names: []string{"ovh_application_secret", "ovh_consumer_key", "ovh_app_secret"},
			re: `[0-9A-Za-z]{32}`, rnd: 0.8, rotate: "https://www.ovh.com/auth/api/createToken",
			gen: gen("", csAlnum, 32, ""), badf: func() []string { return []string{fake("ov", csAlnum, 16)} }},
		row{id: "yandex-cloud-api-key", desc: "Yandex Cloud API key", kw: []string{"aqvn"},
			re: `AQVN[0-9A-Za-z_-]{35,38}`, rnd: 0.7, rotate: "https://yandex.cloud/docs/iam/operations/api-key/delete",
			gen: gen("AQVN", csURL, 36, ""), badf: func() []string { return []string{"AQVN" + fake("yc", csURL, 20)} }},
		row{id: "render-api-key", desc: "Render API key", kw: []string{"rnd_"},
			re: `rnd_[0-9A-Za-z]{32}`, rnd: 0.7, rotate: "https://dashboard.render.com/u/settings#api-keys",
			gen: gen("rnd_", csAlnum, 32, ""), badf: func() []string { return []string{"rnd_" + fake("rn", csAlnum, 16)} }},
		row{id: "railway-token", desc: "Railway API or project token", names: []string{"railway_token", "railway_api_token", "railway_api_key"},
			re: uuidRe, rotate: "https://railway.com/account/tokens",
			gen: genUUID(""), bad: []string{"12345678-1234-1234-1234-123456789012"}},
		row{id: "databricks-token", desc: "Databricks personal access token", kw: []string{"dapi"},
			re: `dapi[0-9a-f]{32}(?:-[0-9])?`, sev: SeverityCritical, rotate: "https://docs.databricks.com/dev-tools/auth/pat.html",
			gen: gen("dapi", csHex, 32, "-2"), badf: func() []string { return []string{"dapi" + fake("db", csHex, 20)} }},
		row{id: "mapbox-secret-token", desc: "Mapbox secret access token", kw: []string{"sk.eyj"},
			re: `sk\.eyJ[0-9A-Za-z_-]{30,300}\.[0-9A-Za-z_-]{20,100}`, rotate: "https://account.mapbox.com/access-tokens/",
			gen: func(seed string) string {
				return "sk.eyJ1Ijoi" + fake(seed+"u", csLower, 8) + "IiwiYSI6Ij" + fake(seed+"a", csURL, 30) + "." + fake(seed+"s", csURL, 22)
			},
			badf: func() []string { return []string{"sk.eyJ" + fake("mb", csURL, 10)} }},
		row{id: "algolia-admin-key", desc: "Algolia admin API key", names: []string{"algolia_admin", "algolia_api_key", "algolia_write", "algolia_key", "algoliaadminkey"},
			re: `[0-9a-f]{32}`, rnd: 0.8, rotate: "https://dashboard.algolia.com/account/api-keys",
			gen: gen("", csHex, 32, ""), badf: func() []string { return []string{fake("ag", csHex, 24)} }},
		row{id: "aws-mws-key", desc: "Amazon Marketplace Web Service auth token", kw: []string{"amzn.mws."},
			re: `amzn\.mws\.` + uuidRe, rotate: "https://developer.amazonservices.com/",
			gen: genUUID("amzn.mws."), badf: func() []string { return []string{"amzn.mws." + fakeUUID("m")[:20]} }},
		row{id: "aws-bedrock-api-key", desc: "Amazon Bedrock long-term API key", kw: []string{"abskqmvkcm9ja0fqsutles"},
			re: `ABSKQmVkcm9ja0FQSUtleS[0-9A-Za-z+/]{40,400}={0,2}`, sev: SeverityCritical, rotate: "https://docs.aws.amazon.com/bedrock/latest/userguide/api-keys.html",
			gen: gen("ABSKQmVkcm9ja0FQSUtleS", csB64, 110, ""), badf: func() []string { return []string{"ABSKQmVkcm9ja0FQSUtleS" + fake("br", csB64, 12)} }},
		row{id: "gcp-oauth-client-secret", desc: "Google OAuth client secret", kw: []string{"gocspx-"},
			re: `GOCSPX-[0-9A-Za-z_-]{28}`, rotate: "https://console.cloud.google.com/apis/credentials",
			gen: gen("GOCSPX-", csURL, 28, ""), badf: func() []string { return []string{"GOCSPX-" + fake("go", csURL, 12)} }},
		row{id: "google-oauth-access-token", desc: "Google OAuth access token", kw: []string{"ya29."},
			re: `ya29\.[0-9A-Za-z_-]{30,1000}`, rnd: 0.7, sev: SeverityMedium, rotate: "https://myaccount.google.com/permissions",
			gen: gen("ya29.a0A", csURL, 150, ""), badf: func() []string { return []string{"ya29." + fake("ya", csURL, 12)} }},
		row{id: "google-oauth-refresh-token", desc: "Google OAuth refresh token", kw: []string{"1//0"},
			re: `1//0[0-9A-Za-z_-]{40,300}`, rnd: 0.7, sev: SeverityHigh, rotate: "https://myaccount.google.com/permissions",
			gen: gen("1//0", csURL, 99, ""), badf: func() []string { return []string{"1//0" + fake("rt", csURL, 20)} }},
		row{id: "tailscale-key", desc: "Tailscale auth, API or OAuth client key", kw: []string{"tskey-"},
			re: `tskey-(?:auth|api|client|scim|webhook)-[0-9A-Za-z]{8,24}-[0-9A-Za-z]{20,64}`, sev: SeverityCritical, rotate: "https://login.tailscale.com/admin/settings/keys",
			gen: func(seed string) string {
				return "tskey-auth-k" + fake(seed+"a", csAlnum, 16) + "-" + fake(seed+"b", csAlnum, 33)
			},
			badf: func() []string { return []string{"tskey-auth-k" + fake("ts", csAlnum, 16)} }},
		row{id: "ngrok-authtoken", desc: "ngrok authtoken or API key", names: []string{"ngrok"},
			re: `[0-9A-Za-z]{25,27}_[0-9A-Za-z]{20,22}`, rnd: 0.7, rotate: "https://dashboard.ngrok.com/get-started/your-authtoken",
			gen:  func(seed string) string { return "2" + fake(seed+"a", csAlnum, 26) + "_" + fake(seed+"b", csAlnum, 21) },
			badf: func() []string { return []string{fake("ng", csAlnum, 26)} }},
		row{id: "cloudinary-url", desc: "Cloudinary URL with its API secret", kw: []string{"cloudinary://"},
			re: `cloudinary://[0-9]{12,16}:[0-9A-Za-z_-]{24,30}@[0-9a-z_-]+`, rotate: "https://console.cloudinary.com/settings/api-keys",
			gen: func(seed string) string {
				return "cloudinary://" + fake(seed+"k", csDigits, 15) + ":" + fake(seed+"s", csURL, 27) + "@acme-media"
			},
			bad: []string{"cloudinary://123456789012345:abcdefghijklmnopqrstuvwxyza@demo"}},
		row{id: "backblaze-application-key", desc: "Backblaze B2 application key", names: []string{"b2_application_key", "backblaze", "b2_app_key", "b2applicationkey"},
			re: `K[0-9]{3}[0-9A-Za-z+/]{27}`, rnd: 0.7, rotate: "https://secure.backblaze.com/app_keys.htm",
			gen: gen("K005", csB64, 27, ""), badf: func() []string { return []string{"K005" + fake("bb", csB64, 12)} }},
	)
}
