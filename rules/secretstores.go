package rules

import (
	"encoding/base64"
	"errors"
	"strings"
)

// secretStoreRules covers the credentials of secret managers and
// infrastructure platforms: HashiCorp Vault, Terraform Cloud, Doppler,
// 1Password, Infisical, Bitwarden, Pulumi, Consul, Nomad.
func secretStoreRules() []Rule {
	vault := func(p string) string { return p + ".CAES" + exampleChars("vault-"+p, exURLSafe, 92) }
	uuid := exampleUUID("store-uuid")
	rs := []Rule{
		row{id: "vault-service-token", desc: "HashiCorp Vault service token", kw: []string{"hvs."}, sev: SeverityCritical,
			re: `hvs\.[A-Za-z0-9_\-]{90,250}`, check: checkRandom(0.7), checkDesc: "random",
			ex: func() Examples {
				return Examples{True: []string{"VAULT_TOKEN=" + vault("hvs"), `X-Vault-Token: ` + vault("hvs")},
					False: []string{"hvs." + strings.Repeat("A", 95), "VAULT_TOKEN=hvs.xxxxx"}}
			}}.rule(),
		row{id: "vault-batch-token", desc: "HashiCorp Vault batch token", kw: []string{"hvb."}, sev: SeverityCritical,
			re: `hvb\.[A-Za-z0-9_\-]{90,250}`, check: checkRandom(0.7), checkDesc: "random",
			ex: func() Examples {
				return Examples{True: []string{"VAULT_TOKEN=" + vault("hvb")},
					False: []string{"hvb." + strings.Repeat("B", 95)}}
			}}.rule(),
		row{id: "vault-recovery-token", desc: "HashiCorp Vault recovery token", kw: []string{"hvr."}, sev: SeverityCritical,
			re: `hvr\.[A-Za-z0-9_\-]{20,250}`, check: checkRandom(0.7), checkDesc: "random",
			ex: func() Examples {
				return Examples{True: []string{"recovery_token: " + vault("hvr")},
					False: []string{"hvr." + strings.Repeat("C", 40)}}
			}}.rule(),
		row{id: "vault-token-legacy", desc: "HashiCorp Vault token (legacy s. form)", names: []string{"vault_token", "vault-token", "x-vault-token", "vaulttoken"}, sev: SeverityCritical,
			re: `[sbr]\.[A-Za-z0-9]{24}`, check: func(s string) error { return checkRandom(0.8)(s[2:]) }, checkDesc: "random",
			ex: func() Examples {
				return Examples{True: []string{"VAULT_TOKEN=s." + exampleChars("vault-legacy", exAlnum, 24)},
					False: []string{"VAULT_TOKEN=s." + strings.Repeat("x", 24)}}
			}}.rule(),
		row{id: "terraform-cloud-token", desc: "Terraform Cloud / Enterprise API token", kw: []string{".atlasv1."}, sev: SeverityCritical,
			re: `[A-Za-z0-9]{14}\.atlasv1\.[A-Za-z0-9_\-]{60,70}`, check: checkRandom(0.7), checkDesc: "random",
			ex: func() Examples {
				return Examples{True: []string{`credentials "app.terraform.io" { token = "` + exampleChars("tfc-a", exAlnum, 14) + ".atlasv1." + exampleChars("tfc-b", exURLSafe, 67) + `" }`},
					False: []string{"xxxxxxxxxxxxxx.atlasv1." + strings.Repeat("x", 67)}}
			}}.rule(),
		row{id: "onepassword-service-account-token", desc: "1Password service account token", kw: []string{"ops_eyj"}, sev: SeverityCritical,
			re: `ops_eyJ[A-Za-z0-9+/=_\-]{100,}`, check: checkBase64JSON("ops_", "signInAddress"), checkDesc: "base64 JSON naming the sign-in address",
			ex: func() Examples {
				return Examples{True: []string{"OP_SERVICE_ACCOUNT_TOKEN=" + exampleBase64JSON("ops_", `{"signInAddress":"acme.1password.com","userAuth":{"method":"SRPg-4096","alg":"PBES2g-HS256","iterations":650000,"salt":"`+exampleChars("op-salt", exURLSafe, 22)+`"},"email":"svc@acme.example","srpX":"`+exampleChars("op-srp", exHex, 64)+`"}`, true)},
					False: []string{"ops_eyJub3QiOiJhIHNlcnZpY2UgYWNjb3VudCB0b2tlbiwganVzdCBzb21lIGJhc2U2NCBKU09OIHRleHQgdGhhdCBpcyBsb25nIGVub3VnaCJ9"}}
			}}.rule(),
		row{id: "onepassword-secret-key", desc: "1Password account Secret Key", kw: []string{"a3-"}, sev: SeverityCritical,
			re: `A3-[A-Z0-9]{6}-(?:[A-Z0-9]{11}|[A-Z0-9]{6}-[A-Z0-9]{5})-[A-Z0-9]{5}-[A-Z0-9]{5}-[A-Z0-9]{5}`, check: checkRandom(0.6), checkDesc: "random",
			ex: func() Examples {
				return Examples{True: []string{"secret key: A3-" + exampleChars("op1", exUpNum, 6) + "-" + exampleChars("op2", exUpNum, 6) + "-" + exampleChars("op3", exUpNum, 5) + "-" + exampleChars("op4", exUpNum, 5) + "-" + exampleChars("op5", exUpNum, 5) + "-" + exampleChars("op6", exUpNum, 5)},
					False: []string{"A3-XXXXXX-XXXXXX-XXXXX-XXXXX-XXXXX-XXXXX"}}
			}}.rule(),
		row{id: "infisical-service-token", desc: "Infisical service token", kw: []string{"st.0", "st.1", "st.2", "st.3", "st.4", "st.5", "st.6", "st.7", "st.8", "st.9", "st.a", "st.b", "st.c", "st.d", "st.e", "st.f"}, sev: SeverityCritical,
			re: `st\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.[0-9a-f]{32}\.[0-9a-f]{32}`, check: checkRandom(0.6), checkDesc: "random",
			ex: func() Examples {
				return Examples{True: []string{"INFISICAL_TOKEN=st." + uuid + "." + exampleChars("inf-a", exHex, 32) + "." + exampleChars("inf-b", exHex, 32)},
					False: []string{"st.00000000-0000-0000-0000-000000000000." + strings.Repeat("0", 32) + "." + strings.Repeat("0", 32)}}
			}}.rule(),
		row{id: "bitwarden-access-token", desc: "Bitwarden Secrets Manager access token", kw: []string{"bws", "bitwarden", "access_token"}, sev: SeverityCritical,
			re: `0\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.[A-Za-z0-9]{30}:[A-Za-z0-9+/]{22}==`, check: checkBitwardenToken,
			checkDesc: "client secret random; encryption key decodes to 16 bytes",
			ex: func() Examples {
				return Examples{True: []string{"BWS_ACCESS_TOKEN=0." + uuid + "." + exampleChars("bw", exAlnum, 30) + ":" + b64std(exampleBytes("bw-key", 16))},
					False: []string{"0." + uuid + "." + strings.Repeat("a", 30) + ":" + b64std(exampleBytes("bw-key", 16))}}
			}}.rule(),
		row{id: "pulumi-access-token", desc: "Pulumi access token", kw: []string{"pul-"}, sev: SeverityCritical,
			re: `pul-[a-f0-9]{40}`, check: checkRandom(0.8), checkDesc: "random",
			ex: func() Examples {
				return Examples{True: []string{"PULUMI_ACCESS_TOKEN=pul-" + exampleChars("pulumi", exHex, 40)},
					False: []string{"pul-" + strings.Repeat("0", 40)}}
			}}.rule(),
		row{id: "consul-acl-token", desc: "HashiCorp Consul ACL token", names: []string{"consul_http_token", "consul_token", "x-consul-token", "consul_acl_token", "consul-token"},
			re: `[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`, check: checkUUIDRandom, checkDesc: "random UUID",
			ex: func() Examples {
				return Examples{True: []string{"CONSUL_HTTP_TOKEN=" + uuid},
					False: []string{"CONSUL_HTTP_TOKEN=00000000-0000-0000-0000-000000000002"}}
			}}.rule(),
		row{id: "nomad-token", desc: "HashiCorp Nomad ACL token", names: []string{"nomad_token", "x-nomad-token", "nomad-token"},
			re: `[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}`, check: checkUUIDRandom, checkDesc: "random UUID",
			ex: func() Examples {
				return Examples{True: []string{"NOMAD_TOKEN=" + uuid},
					False: []string{"NOMAD_TOKEN=ffffffff-ffff-ffff-ffff-ffffffffffff"}}
			}}.rule(),
		row{id: "hcp-client-secret", desc: "HashiCorp Cloud Platform service principal secret", names: []string{"hcp_client_secret", "hcp-client-secret"}, sev: SeverityCritical,
			re: `[A-Za-z0-9_\-]{64}`, check: checkRandom(0.8), checkDesc: "random",
			ex: func() Examples {
				return Examples{True: []string{"HCP_CLIENT_SECRET=" + exampleChars("hcp", exURLSafe, 64)},
					False: []string{"HCP_CLIENT_SECRET=" + strings.Repeat("hcp-", 16)}}
			}}.rule(),
		row{id: "conjur-api-key", desc: "CyberArk Conjur API key", names: []string{"conjur_authn_api_key", "conjur_api_key", "conjur-api-key"}, sev: SeverityCritical,
			re: `[a-z0-9]{50,60}`, check: checkRandom(0.8), checkDesc: "random",
			ex: func() Examples {
				return Examples{True: []string{"CONJUR_AUTHN_API_KEY=" + exampleChars("conjur", exLowNum, 55)},
					False: []string{"CONJUR_AUTHN_API_KEY=" + strings.Repeat("a", 55)}}
			}}.rule(),
		row{id: "akeyless-access-key", desc: "Akeyless access key", names: []string{"akeyless_access_key", "akeyless-access-key"}, sev: SeverityCritical,
			re: `[A-Za-z0-9+/]{43}=`, check: checkRandom(0.8), checkDesc: "random",
			ex: func() Examples {
				return Examples{True: []string{"AKEYLESS_ACCESS_KEY=" + b64std(exampleBytes("akeyless", 32))},
					False: []string{"AKEYLESS_ACCESS_KEY=" + strings.Repeat("A", 43) + "="}}
			}}.rule(),
	}
	for _, kind := range []struct{ code, name string }{
		{"pt", "personal token"}, {"st", "service token"}, {"ct", "CLI token"},
		{"sa", "service account token"}, {"scim", "SCIM token"}, {"audit", "audit token"},
	} {
		id := strings.ReplaceAll(strings.ToLower(kind.name), " ", "-")
		rs = append(rs, row{id: "doppler-" + id, desc: "Doppler " + kind.name, kw: []string{"dp." + kind.code + "."}, sev: SeverityCritical,
			re: `dp\.` + kind.code + `\.[A-Za-z0-9]{40,44}`, check: checkRandom(0.75), checkDesc: "random",
			ex: func() Examples {
				return Examples{True: []string{"DOPPLER_TOKEN=dp." + kind.code + "." + exampleChars("doppler-"+kind.code, exAlnum, 43)},
					False: []string{"DOPPLER_TOKEN=dp." + kind.code + "." + strings.Repeat("x", 43)}}
			}}.rule())
	}
	return rs
}

// checkBitwardenToken checks both secret parts of a Bitwarden access token.
func checkBitwardenToken(tok string) error {
	parts := strings.Split(tok, ".")
	if len(parts) != 3 {
		return errors.New("not three parts")
	}
	secret, key, ok := strings.Cut(parts[2], ":")
	if !ok {
		return errors.New("no encryption key")
	}
	if err := checkRandom(0.8)(secret); err != nil {
		return err
	}
	b, err := base64.StdEncoding.DecodeString(key)
	if err != nil || len(b) != 16 {
		return errors.New("encryption key is not 16 bytes of base64")
	}
	return nil
}
