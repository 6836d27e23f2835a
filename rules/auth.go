package rules

import (
	"errors"
	"strings"
)

// authRules covers identity and authentication providers: Okta, Auth0,
// Firebase, Supabase, Clerk, Stytch, Ory, Keycloak and others.
func authRules() []Rule {
	okta := "00" + exampleChars("okta", exURLSafe, 40)
	service := exampleJWT(`{"alg":"HS256","typ":"JWT"}`, `{"iss":"supabase","ref":"abcdefghijklmnopqrst","role":"service_role","iat":1767225600,"exp":2082758400}`)
	anon := exampleJWT(`{"alg":"HS256","typ":"JWT"}`, `{"iss":"supabase","ref":"abcdefghijklmnopqrst","role":"anon","iat":1767225600,"exp":2082758400}`)
	fcm := "AAAA" + exampleChars("fcm-a", exURLSafe, 7) + ":APA91b" + exampleChars("fcm-b", exURLSafe, 134)
	return []Rule{
		row{id: "okta-api-token", desc: "Okta API token", names: []string{"okta", "ssws"}, sev: SeverityCritical,
			re: `00[A-Za-z0-9_\-]{40}`, check: checkRandom(0.8), checkDesc: "random",
			ex: func() Examples {
				return Examples{True: []string{"OKTA_API_TOKEN=" + okta, `Authorization: SSWS ` + okta},
					False: []string{"OKTA_API_TOKEN=00" + strings.Repeat("x", 40)}}
			}}.rule(),
		row{id: "okta-client-secret", desc: "Okta OAuth client secret", names: []string{"okta_client_secret", "okta-client-secret", "oktaclientsecret", "okta_oauth2_client_secret"},
			re: `[A-Za-z0-9_\-]{40}(?:[A-Za-z0-9_\-]{24})?`, check: checkRandom(0.8), checkDesc: "random",
			ex: func() Examples {
				return Examples{True: []string{"OKTA_CLIENT_SECRET=" + exampleChars("okta-cs", exURLSafe, 40)},
					False: []string{"OKTA_CLIENT_SECRET={{ okta_client_secret_from_vault }}"}}
			}}.rule(),
		row{id: "auth0-client-secret", desc: "Auth0 client secret", names: []string{"auth0_client_secret", "auth0-client-secret", "auth0clientsecret", "auth0_secret"},
			re: `[A-Za-z0-9_\-]{32,96}`, check: checkRandom(0.8), checkDesc: "random",
			ex: func() Examples {
				return Examples{True: []string{"AUTH0_CLIENT_SECRET=" + exampleChars("auth0", exURLSafe, 64), `auth0_secret: "` + exampleChars("auth0-2", exHex, 64) + `"`},
					False: []string{"AUTH0_CLIENT_SECRET=use_a_long_random_value_here_ok"}}
			}}.rule(),
		row{id: "auth0-management-token", desc: "Auth0 Management API token", names: []string{"auth0_management", "auth0_mgmt", "auth0_api_token", "auth0_token"},
			re: `eyJ[A-Za-z0-9_\-]{10,}\.eyJ[A-Za-z0-9_\-]{10,}\.[A-Za-z0-9_\-]{16,}`, check: checkJWT, checkDesc: "a JWT",
			ex: func() Examples {
				return Examples{True: []string{"AUTH0_MANAGEMENT_TOKEN=" + exampleJWT(`{"alg":"RS256","typ":"JWT"}`, `{"iss":"https://acme.eu.auth0.com/","aud":"https://acme.eu.auth0.com/api/v2/"}`)},
					False: []string{"AUTH0_MANAGEMENT_TOKEN=eyJhbGci.eyJzdWIi.sig"}}
			}}.rule(),
		row{id: "firebase-fcm-server-key", desc: "Firebase Cloud Messaging legacy server key", kw: []string{":apa91b"}, sev: SeverityCritical,
			re: `AAAA[A-Za-z0-9_\-]{7}:APA91b[A-Za-z0-9_\-]{134}`, check: checkRandom(0.75), checkDesc: "random",
			ex: func() Examples {
				return Examples{True: []string{"FCM_SERVER_KEY=" + fcm, `"Authorization": "key=` + fcm + `"`},
					False: []string{"AAAAxxxxxxx:APA91b" + strings.Repeat("x", 134)}}
			}}.rule(),
		row{id: "firebase-database-secret", desc: "Firebase Realtime Database legacy secret", names: []string{"firebase_secret", "firebase_database_secret", "firebase-secret", "firebasesecret", "databasesecret", "database_secret"},
			re: `[A-Za-z0-9]{40}`, check: checkRandom(0.8), checkDesc: "random",
			ex: func() Examples {
				return Examples{True: []string{"FIREBASE_SECRET=" + exampleChars("fb-secret", exAlnum, 40)},
					False: []string{"FIREBASE_SECRET=" + strings.Repeat("a", 40)}}
			}}.rule(),
		{
			ID:          "supabase-service-role-key",
			Description: "Supabase service_role key (bypasses row level security)",
			Keywords:    []string{"eyj"},
			Regex:       `(?:^|[^A-Za-z0-9_\-.])(?P<secret>eyJ[A-Za-z0-9_\-]{8,}\.eyJ[A-Za-z0-9_\-]{20,}\.[A-Za-z0-9_\-]{16,})(?:[^A-Za-z0-9_\-.]|$)`,
			Check:       checkSupabaseServiceKey,
			CheckDesc:   "a JWT from supabase with role service_role",
			Severity:    SeverityCritical,
			Examples: func() Examples {
				return Examples{True: []string{"SUPABASE_SERVICE_ROLE_KEY=" + service}, False: []string{"NEXT_PUBLIC_SUPABASE_ANON_KEY=" + anon}}
			},
		},
		row{id: "supabase-secret-key", desc: "Supabase secret API key", kw: []string{"sb_secret_"}, sev: SeverityCritical,
			re: `sb_secret_[A-Za-z0-9_\-]{31,64}`, check: checkRandom(0.75), checkDesc: "random",
			ex: func() Examples {
				return Examples{True: []string{"SUPABASE_SECRET_KEY=sb_secret_" + exampleChars("sb-secret", exURLSafe, 31)},
					False: []string{"sb_publishable_" + exampleChars("sb-pub", exURLSafe, 31), "sb_secret_" + strings.Repeat("a", 31)}}
			}}.rule(),
		row{id: "supabase-access-token", desc: "Supabase personal access token", kw: []string{"sbp_"}, sev: SeverityCritical,
			re: `sbp_(?:v0_)?[a-f0-9]{40}`, check: checkRandom(0.8), checkDesc: "random",
			ex: func() Examples {
				return Examples{True: []string{"SUPABASE_ACCESS_TOKEN=sbp_" + exampleChars("sbp", exHex, 40)},
					False: []string{"sbp_" + strings.Repeat("0", 40)}}
			}}.rule(),
		row{id: "clerk-secret-key", desc: "Clerk secret key", names: []string{"clerk_secret", "clerk-secret", "clerk_api_key", "clerksecret"}, sev: SeverityCritical,
			re: `sk_(?:live|test)_[A-Za-z0-9]{40,60}`, check: checkRandom(0.75), checkDesc: "random",
			ex: func() Examples {
				return Examples{True: []string{"CLERK_SECRET_KEY=sk_live_" + exampleChars("clerk", exAlnum, 42)},
					False: []string{"CLERK_SECRET_KEY=sk_test_" + strings.Repeat("1", 42)}}
			}}.rule(),
		row{id: "stytch-secret", desc: "Stytch project secret", kw: []string{"secret-live-", "secret-test-"},
			re: `secret-(?:live|test)-[A-Za-z0-9_=\-]{36}`, check: checkRandom(0.75), checkDesc: "random",
			ex: func() Examples {
				return Examples{True: []string{"STYTCH_SECRET=secret-live-" + exampleChars("stytch", exURLSafe, 36)},
					False: []string{"secret-test-" + strings.Repeat("a", 36)}}
			}}.rule(),
		row{id: "ory-token", desc: "Ory network API key or access token", kw: []string{"ory_"},
			re: `ory_(?:pat|at|rt|ac|st|ht|apikey)_[A-Za-z0-9]{32,64}`, check: checkRandom(0.75), checkDesc: "random",
			ex: func() Examples {
				return Examples{True: []string{"ORY_API_KEY=ory_pat_" + exampleChars("ory", exAlnum, 32)},
					False: []string{"ory_pat_" + strings.Repeat("x", 32)}}
			}}.rule(),
		row{id: "keycloak-client-secret", desc: "Keycloak client secret", names: []string{"keycloak_client_secret", "keycloak-client-secret", "keycloak_secret", "kc_client_secret"},
			re: `[A-Za-z0-9]{32}`, check: checkRandom(0.8), checkDesc: "random",
			ex: func() Examples {
				return Examples{True: []string{"KEYCLOAK_CLIENT_SECRET=" + exampleChars("kc", exAlnum, 32)},
					False: []string{"KEYCLOAK_CLIENT_SECRET=keycloakClientSecretPlaceholder1"}}
			}}.rule(),
		row{id: "fusionauth-api-key", desc: "FusionAuth API key", names: []string{"fusionauth"},
			re: `[A-Za-z0-9_\-]{64}`, check: checkRandom(0.8), checkDesc: "random",
			ex: func() Examples {
				return Examples{True: []string{"FUSIONAUTH_API_KEY=" + exampleChars("fa", exURLSafe, 64)},
					False: []string{"FUSIONAUTH_API_KEY=" + strings.Repeat("ab", 32)}}
			}}.rule(),
		row{id: "kinde-client-secret", desc: "Kinde client secret", names: []string{"kinde_client_secret", "kinde-client-secret", "kinde_secret"},
			re: `[A-Za-z0-9]{40,64}`, check: checkRandom(0.8), checkDesc: "random",
			ex: func() Examples {
				return Examples{True: []string{"KINDE_CLIENT_SECRET=" + exampleChars("kinde", exAlnum, 48)},
					False: []string{"KINDE_CLIENT_SECRET=" + strings.Repeat("Z", 48)}}
			}}.rule(),
		row{id: "workos-api-key", desc: "WorkOS API key", names: []string{"workos"}, sev: SeverityCritical,
			re: `sk_(?:live|test)_[A-Za-z0-9]{24,80}`, check: checkRandom(0.75), checkDesc: "random",
			ex: func() Examples {
				return Examples{True: []string{"WORKOS_API_KEY=sk_test_" + exampleChars("workos", exAlnum, 48)},
					False: []string{"WORKOS_API_KEY=sk_test_" + strings.Repeat("0", 48)}}
			}}.rule(),
		row{id: "descope-management-key", desc: "Descope management key", names: []string{"descope_management_key", "descope-management-key", "descope_mgmt_key"},
			re: `[A-Za-z0-9_\-]{40,120}`, check: checkRandom(0.8), checkDesc: "random",
			ex: func() Examples {
				return Examples{True: []string{"DESCOPE_MANAGEMENT_KEY=" + exampleChars("descope", exURLSafe, 64)},
					False: []string{"DESCOPE_MANAGEMENT_KEY=descope_management_key_goes_here_in_prod"}}
			}}.rule(),
		row{id: "nextauth-secret", desc: "NextAuth.js / Auth.js secret", names: []string{"nextauth_secret", "auth_secret", "nextauth-secret"},
			re: `[A-Za-z0-9+/=_\-]{32,88}`, check: checkRandom(0.8), checkDesc: "random",
			ex: func() Examples {
				return Examples{True: []string{"NEXTAUTH_SECRET=" + b64std(exampleBytes("nextauth", 32)), "AUTH_SECRET=" + exampleChars("authjs", exURLSafe, 43)},
					False: []string{"NEXTAUTH_SECRET=generate-with-openssl-rand-base64-32"}}
			}}.rule(),
		row{id: "oidc-client-secret", desc: "OpenID Connect / OAuth client secret", names: []string{"oidc_client_secret", "oauth_client_secret", "oauth2_client_secret", "oidc-client-secret", "oauth-client-secret"},
			re: `[A-Za-z0-9_\-.~]{24,128}`, check: checkRandom(0.8), checkDesc: "random",
			ex: func() Examples {
				return Examples{True: []string{"OIDC_CLIENT_SECRET=" + exampleChars("oidc", exURLSafe, 40)},
					False: []string{"OAUTH_CLIENT_SECRET=your.client.secret.from.the.console"}}
			}}.rule(),
	}
}

// checkSupabaseServiceKey accepts a JWT whose payload says it was issued
// by Supabase for the service_role.
func checkSupabaseServiceKey(tok string) error {
	if err := checkJWT(tok); err != nil {
		return err
	}
	var payload map[string]any
	if err := decodeJSONPart(strings.Split(tok, ".")[1], &payload); err != nil {
		return err
	}
	if payload["role"] != "service_role" || payload["iss"] != "supabase" {
		return errors.New("not a Supabase service_role token")
	}
	return nil
}
