package rules

import "strings"

// observabilityRules covers monitoring, logging, tracing and alerting
// services: Datadog, New Relic, Sentry, Grafana, Honeycomb, PagerDuty,
// Splunk, Dynatrace and others.
func observabilityRules() []Rule {
	hex32 := exampleChars("obs-hex32", exHex, 32)
	hex40 := exampleChars("obs-hex40", exHex, 40)
	uuid := exampleUUID("obs-uuid")
	grafana := exampleGrafanaSAToken("grafana-1")
	sentryOrg := exampleBase64JSON("sntrys_", `{"iat":1767225600.0,"url":"https://sentry.io","region_url":"https://us.sentry.io","org":"acme"}`, false) +
		"_" + exampleChars("sentry-org", exAlnum, 43)
	glc := exampleBase64JSON("glc_", `{"o":"812345","n":"stack-812345-hm-read-ci","k":"`+exampleChars("glc-k", exAlnum, 24)+`","m":{"r":"prod-eu-west-0"}}`, false)
	glLegacy := exampleBase64JSON("", `{"k":"`+exampleChars("gl-legacy", exAlnum, 32)+`","n":"ci-deploy","id":1}`, false)
	return []Rule{
		row{id: "datadog-api-key", desc: "Datadog API key", names: []string{"datadog", "dd_api", "dd-api", "ddapi"},
			re: `[a-f0-9]{32}`, check: checkRandom(0.8), checkDesc: "32 random hex digits",
			ex: func() Examples {
				return Examples{True: []string{"DD_API_KEY=" + hex32, `datadog_api_key: "` + hex32 + `"`, `-H "DD-API-KEY: ` + hex32 + `"`},
					False: []string{"DD_API_KEY=" + strings.Repeat("0", 32), "DD_API_KEY=${DD_API_KEY}"}}
			}}.rule(),
		row{id: "datadog-app-key", desc: "Datadog application key", names: []string{"datadog_app", "datadog_application", "dd_app", "dd-app", "dd_application", "dd-application"},
			re: `[a-f0-9]{40}`, check: checkRandom(0.8), checkDesc: "40 random hex digits",
			ex: func() Examples {
				return Examples{True: []string{"DD_APP_KEY=" + hex40, `dd-application-key: ` + hex40},
					False: []string{"DD_APP_KEY=" + strings.Repeat("ab", 20)}}
			}}.rule(),
		row{id: "newrelic-user-api-key", desc: "New Relic user API key", kw: []string{"nrak-"},
			re: `NRAK-[A-Z0-9]{27}`, check: checkRandom(0.75), checkDesc: "random body",
			ex: func() Examples {
				return Examples{True: []string{"NEW_RELIC_API_KEY=NRAK-" + exampleChars("nrak", exUpNum, 27)},
					False: []string{"NRAK-" + strings.Repeat("X", 27), "NRAK-SHORT"}}
			}}.rule(),
		row{id: "newrelic-license-key", desc: "New Relic ingest license key", kw: []string{"nral"},
			re: `[a-f0-9]{36}NRAL`, checkDesc: "36 hex digits and the NRAL suffix",
			ex: func() Examples {
				return Examples{True: []string{"license_key: " + exampleChars("nral", exHex, 36) + "NRAL"},
					False: []string{"NRAL is the suffix of license keys"}}
			}}.rule(),
		row{id: "newrelic-license-key-legacy", desc: "New Relic license key (40 hex, legacy)", names: []string{"new_relic_license", "newrelic_license", "new-relic-license", "nr_license", "newrelic.license"},
			re: `[a-f0-9]{40}`, check: checkRandom(0.8), checkDesc: "40 random hex digits",
			ex: func() Examples {
				return Examples{True: []string{"NEW_RELIC_LICENSE_KEY=" + hex40},
					False: []string{"NEW_RELIC_LICENSE_KEY=<your license key>"}}
			}}.rule(),
		row{id: "newrelic-insert-key", desc: "New Relic Insights insert key", kw: []string{"nrii-"},
			re: `NRII-[A-Za-z0-9_\-]{32}`, check: checkRandom(0.75), checkDesc: "random body",
			ex: func() Examples {
				return Examples{True: []string{`"X-Insert-Key": "NRII-` + exampleChars("nrii", exURLSafe, 32) + `"`},
					False: []string{"NRII-" + strings.Repeat("a", 32)}}
			}}.rule(),
		row{id: "newrelic-query-key", desc: "New Relic Insights query key", kw: []string{"nriq-"},
			re: `NRIQ-[A-Za-z0-9_\-]{32}`, check: checkRandom(0.75), checkDesc: "random body",
			ex: func() Examples {
				return Examples{True: []string{"X-Query-Key: NRIQ-" + exampleChars("nriq", exURLSafe, 32)},
					False: []string{"NRIQ-" + strings.Repeat("b", 32)}}
			}}.rule(),
		row{id: "newrelic-admin-key", desc: "New Relic admin API key", kw: []string{"nraa-"},
			re: `NRAA-[a-f0-9]{27}`, check: checkRandom(0.75), checkDesc: "random body",
			ex: func() Examples {
				return Examples{True: []string{"NEW_RELIC_ADMIN_KEY=NRAA-" + exampleChars("nraa", exHex, 27)},
					False: []string{"NRAA-" + strings.Repeat("0", 27)}}
			}}.rule(),
		row{id: "newrelic-browser-key", desc: "New Relic browser key", kw: []string{"nrjs-"}, sev: SeverityLow,
			re: `NRJS-[a-f0-9]{19}`, check: checkRandom(0.7), checkDesc: "random body",
			ex: func() Examples {
				return Examples{True: []string{`licenseKey: "NRJS-` + exampleChars("nrjs", exHex, 19) + `"`},
					False: []string{"NRJS-" + strings.Repeat("1", 19)}}
			}}.rule(),
		sentryDSNRule(hex32),
		row{id: "sentry-org-token", desc: "Sentry organization auth token", kw: []string{"sntrys_"},
			re: `sntrys_eyJ[A-Za-z0-9+/]{20,}={0,2}_[A-Za-z0-9+/]{43}`, check: checkSentryOrgToken,
			checkDesc: "payload is base64 JSON naming the organization",
			ex: func() Examples {
				return Examples{True: []string{"SENTRY_AUTH_TOKEN=" + sentryOrg},
					False: []string{"sntrys_eyJub3RKU09OIjp0cnVl_" + strings.Repeat("a", 43)}}
			}}.rule(),
		row{id: "sentry-user-token", desc: "Sentry user auth token", kw: []string{"sntryu_"},
			re: `sntryu_[a-f0-9]{64}`, check: checkRandom(0.8), checkDesc: "64 random hex digits",
			ex: func() Examples {
				return Examples{True: []string{"SENTRY_AUTH_TOKEN=sntryu_" + exampleChars("sntryu", exHex, 64)},
					False: []string{"sntryu_" + strings.Repeat("0", 64)}}
			}}.rule(),
		row{id: "sentry-auth-token-legacy", desc: "Sentry auth token (64 hex, legacy)", names: []string{"sentry_auth_token", "sentry-auth-token", "sentry_token", "sentryauthtoken"},
			re: `[a-f0-9]{64}`, check: checkRandom(0.8), checkDesc: "64 random hex digits",
			ex: func() Examples {
				return Examples{True: []string{"SENTRY_AUTH_TOKEN=" + exampleChars("sentry-legacy", exHex, 64)},
					False: []string{"SENTRY_AUTH_TOKEN=$SENTRY_AUTH_TOKEN"}}
			}}.rule(),
		row{id: "grafana-service-account-token", desc: "Grafana service account token", kw: []string{"glsa_"}, sev: SeverityCritical,
			re: `glsa_[A-Za-z0-9]{32}_[a-f0-9]{8}`, check: checkGrafanaSAToken, checkDesc: "CRC32 checksum",
			ex: func() Examples {
				return Examples{True: []string{"GRAFANA_TOKEN=" + grafana, `Authorization: Bearer ` + grafana},
					False: []string{grafana[:len(grafana)-8] + "00000000", "glsa_" + strings.Repeat("a", 32) + "_12345678"}}
			}}.rule(),
		row{id: "grafana-cloud-token", desc: "Grafana Cloud access policy token", kw: []string{"glc_"}, sev: SeverityCritical,
			re: `glc_eyJ[A-Za-z0-9+/]{30,}={0,2}`, check: checkBase64JSON("glc_", "k"), checkDesc: "payload is base64 JSON with a key",
			ex: func() Examples {
				return Examples{True: []string{"GRAFANA_CLOUD_TOKEN=" + glc},
					False: []string{"glc_eyJub3RKU09OIjp0cnVlLCJtb3JlIjoiZGF0YSJ9"}}
			}}.rule(),
		row{id: "grafana-api-key", desc: "Grafana API key (legacy)", kw: []string{"eyjrijoi"},
			re: `eyJrIjoi[A-Za-z0-9+/]{40,}={0,2}`, check: checkBase64JSON("", "k", "n"), checkDesc: "base64 JSON with k, n and id",
			ex: func() Examples {
				return Examples{True: []string{"grafana_api_key = " + glLegacy},
					False: []string{"eyJrIjoiYTZjMTk3YjEtMzQ4Yi00NTI5LTg2ZDItNmUyMGRlOTkwMGRlIiwidCI6IjcyZjk4OGJmIn0"}}
			}}.rule(),
		row{id: "honeycomb-ingest-key", desc: "Honeycomb ingest key", kw: []string{"ik_"},
			re: `hc[a-z]ik_[a-z0-9]{58}`, check: checkRandom(0.7), checkDesc: "key id and secret, random",
			ex: func() Examples {
				return Examples{True: []string{"x-honeycomb-team: hcxik_" + exampleChars("hcik", exLowNum, 58)},
					False: []string{"hcxik_" + strings.Repeat("1", 58)}}
			}}.rule(),
		row{id: "honeycomb-api-key", desc: "Honeycomb configuration or classic API key", names: []string{"honeycomb", "x-honeycomb-team", "hny_"},
			re: `[A-Za-z0-9]{22}|[a-f0-9]{32}`, check: checkRandom(0.8), checkDesc: "random",
			ex: func() Examples {
				return Examples{True: []string{"HONEYCOMB_API_KEY=" + exampleChars("hny", exAlnum, 22), `"x-honeycomb-team": "` + hex32 + `"`},
					False: []string{"HONEYCOMB_API_KEY=HoneycombConfiguration1"}}
			}}.rule(),
		row{id: "pagerduty-api-key", desc: "PagerDuty REST API key", names: []string{"pagerduty", "pd_api", "pd_token", "pager_duty"},
			re: `u\+[A-Za-z0-9_\-]{18}|[A-Za-z0-9_+\-]{20}`, check: checkRandom(0.75), checkDesc: "random",
			ex: func() Examples {
				return Examples{True: []string{"PAGERDUTY_TOKEN=u+" + exampleChars("pd-u", exURLSafe, 18), `pagerduty_api_key: "` + exampleChars("pd-k", exURLSafe, 20) + `"`},
					False: []string{"PAGERDUTY_TOKEN=pagerduty_api_token_x"}}
			}}.rule(),
		row{id: "pagerduty-integration-key", desc: "PagerDuty Events integration (routing) key", names: []string{"pagerduty_routing", "pagerduty_integration", "pagerduty_service", "pd_routing", "pd_integration", "routing_key"},
			re: `[a-f0-9]{32}|R0[0-9A-Z]{30}`, check: checkRandom(0.8), checkDesc: "random",
			ex: func() Examples {
				return Examples{True: []string{"PAGERDUTY_ROUTING_KEY=" + hex32, `"routing_key": "` + hex32 + `"`},
					False: []string{`"routing_key": "` + strings.Repeat("0", 32) + `"`}}
			}}.rule(),
		row{id: "splunk-hec-token", desc: "Splunk HTTP Event Collector token", names: []string{"splunk", "hec_token", "hec-token", "x-splunk-request-channel"},
			re: `[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}`, check: checkUUIDRandom, checkDesc: "random UUID",
			ex: func() Examples {
				return Examples{True: []string{"Authorization: Splunk " + uuid, "SPLUNK_HEC_TOKEN=" + uuid},
					False: []string{"SPLUNK_HEC_TOKEN=00000000-0000-0000-0000-000000000000"}}
			}}.rule(),
		row{id: "splunk-observability-token", desc: "Splunk Observability (SignalFx) access token", names: []string{"signalfx", "sfx_token", "sfx-token", "x-sf-token", "splunk_access_token", "splunk_observability"},
			re: `[A-Za-z0-9_\-]{22}`, check: checkRandom(0.8), checkDesc: "random",
			ex: func() Examples {
				return Examples{True: []string{"SPLUNK_ACCESS_TOKEN=" + exampleChars("sfx", exURLSafe, 22), "X-SF-Token: " + exampleChars("sfx2", exURLSafe, 22)},
					False: []string{"SIGNALFX_TOKEN=signalfx_access_token"}}
			}}.rule(),
		row{id: "dynatrace-token", desc: "Dynatrace API token", kw: []string{"dt0"},
			re: `dt0[a-z][0-9]{2}\.[A-Z0-9]{24}\.[A-Z0-9]{64}`, check: checkRandom(0.7), checkDesc: "public and secret parts, random",
			ex: func() Examples {
				return Examples{True: []string{"DT_API_TOKEN=dt0c01." + exampleChars("dt-id", exUpNum, 24) + "." + exampleChars("dt-s", exUpNum, 64)},
					False: []string{"dt0c01." + strings.Repeat("A", 24) + "." + strings.Repeat("B", 64)}}
			}}.rule(),
		row{id: "axiom-token", desc: "Axiom API or personal token", kw: []string{"xaat-", "xapt-"},
			re: `xa[ap]t-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`, check: checkUUIDRandom, checkDesc: "random UUID body",
			ex: func() Examples {
				return Examples{True: []string{"AXIOM_TOKEN=xaat-" + uuid},
					False: []string{"xaat-00000000-0000-0000-0000-000000000000"}}
			}}.rule(),
		row{id: "rollbar-access-token", desc: "Rollbar access token", names: []string{"rollbar"},
			re: `[a-f0-9]{32}`, check: checkRandom(0.8), checkDesc: "32 random hex digits",
			ex: func() Examples {
				return Examples{True: []string{"ROLLBAR_ACCESS_TOKEN=" + hex32},
					False: []string{"ROLLBAR_ACCESS_TOKEN=" + strings.Repeat("f", 32)}}
			}}.rule(),
		row{id: "bugsnag-api-key", desc: "Bugsnag API key", names: []string{"bugsnag"}, sev: SeverityMedium,
			re: `[a-f0-9]{32}`, check: checkRandom(0.8), checkDesc: "32 random hex digits",
			ex: func() Examples {
				return Examples{True: []string{`bugsnag_api_key: "` + hex32 + `"`, "BUGSNAG_API_KEY=" + hex32},
					False: []string{"BUGSNAG_API_KEY=" + strings.Repeat("a1", 16)}}
			}}.rule(),
		row{id: "opsgenie-api-key", desc: "Opsgenie API key", names: []string{"opsgenie", "genieKey"},
			re: `[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`, check: checkUUIDRandom, checkDesc: "random UUID",
			ex: func() Examples {
				return Examples{True: []string{"OPSGENIE_API_KEY=" + uuid, "Authorization: GenieKey " + uuid},
					False: []string{"OPSGENIE_API_KEY=11111111-1111-1111-1111-111111111111"}}
			}}.rule(),
		row{id: "sumologic-access-key", desc: "Sumo Logic access key", names: []string{"sumo_access_key", "sumologic_access_key", "sumo-access-key", "sumologic_accesskey"},
			re: `[A-Za-z0-9]{64}`, check: checkRandom(0.8), checkDesc: "random",
			ex: func() Examples {
				return Examples{True: []string{"SUMOLOGIC_ACCESSKEY=" + exampleChars("sumo", exAlnum, 64)},
					False: []string{"SUMO_ACCESS_KEY=" + strings.Repeat("Ab", 32)}}
			}}.rule(),
		row{id: "logzio-token", desc: "Logz.io shipping or API token", names: []string{"logzio", "logz_io", "logz.io", "logz-io"},
			re: `[a-zA-Z]{32}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`, check: checkRandom(0.8), checkDesc: "random",
			ex: func() Examples {
				return Examples{True: []string{"LOGZIO_TOKEN=" + exampleChars("logz", exAlpha, 32)},
					False: []string{"LOGZIO_TOKEN=yourLogzioShippingTokenGoesHereOk"}}
			}}.rule(),
		row{id: "mezmo-ingestion-key", desc: "Mezmo (LogDNA) ingestion key", names: []string{"logdna", "mezmo"},
			re: `[a-f0-9]{32}`, check: checkRandom(0.8), checkDesc: "32 random hex digits",
			ex: func() Examples {
				return Examples{True: []string{"LOGDNA_INGESTION_KEY=" + hex32, "mezmo_key: " + hex32},
					False: []string{"LOGDNA_INGESTION_KEY=" + strings.Repeat("0f", 16)}}
			}}.rule(),
		row{id: "loggly-token", desc: "Loggly customer token", names: []string{"loggly"},
			re: `[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`, check: checkUUIDRandom, checkDesc: "random UUID",
			ex: func() Examples {
				return Examples{True: []string{"LOGGLY_TOKEN=" + uuid},
					False: []string{"LOGGLY_TOKEN=12345678-1234-1234-1234-123456789012"}}
			}}.rule(),
		row{id: "betterstack-token", desc: "Better Stack (Logtail) source token", names: []string{"logtail", "betterstack", "better_stack"},
			re: `[A-Za-z0-9]{24}`, check: checkRandom(0.8), checkDesc: "random",
			ex: func() Examples {
				return Examples{True: []string{"LOGTAIL_SOURCE_TOKEN=" + exampleChars("logtail", exAlnum, 24)},
					False: []string{"LOGTAIL_SOURCE_TOKEN=LogtailSourceTokenHere1"}}
			}}.rule(),
		row{id: "instana-agent-key", desc: "Instana agent key or API token", names: []string{"instana_agent_key", "instana_api_token", "instana-agent-key", "instana_key"},
			re: `[A-Za-z0-9_\-]{22}`, check: checkRandom(0.8), checkDesc: "random",
			ex: func() Examples {
				return Examples{True: []string{"INSTANA_AGENT_KEY=" + exampleChars("instana", exURLSafe, 22)},
					False: []string{"INSTANA_AGENT_KEY=instana-agent-key-here"}}
			}}.rule(),
		row{id: "lightstep-access-token", desc: "Lightstep (Cloud Observability) access token", names: []string{"lightstep", "ls_access_token", "lightstep-access-token"},
			re: `[A-Za-z0-9+/]{84}(?:={0,2})|[A-Za-z0-9]{32}`, check: checkRandom(0.8), checkDesc: "random",
			ex: func() Examples {
				return Examples{True: []string{"LIGHTSTEP_ACCESS_TOKEN=" + exampleChars("ls", exAlnum, 32)},
					False: []string{"LIGHTSTEP_ACCESS_TOKEN=LightstepAccessTokenPlaceholder"}}
			}}.rule(),
	}
}

// sentryDSNRule finds Sentry DSNs. The key part of a modern DSN is meant
// for clients and is low severity; a DSN that still carries the legacy
// secret part (key:secret@) is reported as that secret.
func sentryDSNRule(hex32 string) Rule {
	r := row{id: "sentry-dsn", desc: "Sentry DSN", kw: []string{"sentry", "ingest."}, sev: SeverityLow,
		check: checkSentryDSNKey, checkDesc: "random hex key (and secret)",
		ex: func() Examples {
			return Examples{True: []string{
				`SENTRY_DSN=https://` + hex32 + `@o481516.ingest.sentry.io/5550123`,
				`dsn: "https://` + hex32 + `:` + exampleChars("sentry-secret", exHex, 32) + `@sentry.internal.example/7"`,
			},
				False: []string{"SENTRY_DSN=https://examplePublicKey@o0.ingest.sentry.io/0", "https://" + strings.Repeat("0", 32) + "@o1.ingest.sentry.io/1"}}
		},
	}.rule()
	r.Regex = `https?://(?P<secret>[a-f0-9]{32}(?::[a-f0-9]{32})?)@(?:[a-z0-9.\-]*sentry[a-z0-9.\-]*|o[0-9]+\.ingest(?:\.[a-z]{2})?\.sentry\.io)(?::[0-9]+)?/[0-9]+`
	return r
}

// checkSentryDSNKey checks each hex part of a DSN's "key" or "key:secret".
func checkSentryDSNKey(s string) error {
	for _, p := range strings.Split(s, ":") {
		if err := checkRandom(0.8)(p); err != nil {
			return err
		}
	}
	return nil
}
