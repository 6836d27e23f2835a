package rules

// AI and ML APIs: OpenAI, Anthropic, Hugging Face, Cohere, Replicate,
// Groq, Mistral, Google Gemini and others.

// aiRules returns the rules of this family.
func aiRules() []Rule {
	var rs []Rule
	rs = append(rs, openAIRules()...)
	rs = append(rs, anthropicRules()...)
	rs = append(rs, modelAPIRules()...)
	return rs
}

// openAIMarker is the base64 of "OpenAI" found inside every OpenAI key.
const openAIMarker = "T3BlbkFJ"

// openAIRules covers OpenAI's user, project, service account and admin keys.
func openAIRules() []Rule {
	rule := func(id, infix, desc string, sev Severity) Rule {
		key := func(seed string) string {
			if infix == "" {
				return "sk-" + fake(id+seed+"a", csAlnum, 20) + openAIMarker + fake(id+seed+"b", csAlnum, 20)
			}
			return "sk-" + infix + fake(id+seed+"a", csURL, 74) + openAIMarker + fake(id+seed+"b", csURL, 74)
		}
		body := `[0-9A-Za-z_-]{20,200}` + openAIMarker + `[0-9A-Za-z_-]{20,200}`
		if infix == "" {
			body = `[0-9A-Za-z]{20}` + openAIMarker + `[0-9A-Za-z]{20}`
		}
		return Rule{
			ID:          id,
			Description: desc,
			Keywords:    []string{"t3blbkfj"},
			Regex:       `(?:^|[^0-9A-Za-z_-])(sk-` + infix + body + `)(?:[^0-9A-Za-z_-]|$)`,
			Severity:    sev,
			Rotate:      "https://platform.openai.com/api-keys",
			Examples: Examples{
				True: []string{
					"OPENAI_API_KEY=" + key("1"),
					`client = OpenAI(api_key="` + key("2") + `")`,
				},
				False: []string{
					"OPENAI_API_KEY=sk-" + infix + fake(id+"3", csAlnum, 48),
					"OPENAI_API_KEY=sk-" + infix + "xxxxxxxxxxxxxxxxxxxx" + openAIMarker + "xxxxxxxxxxxxxxxxxxxx",
				},
			},
		}
	}
	return []Rule{
		rule("openai-api-key", "", "OpenAI API key (user key)", SeverityCritical),
		rule("openai-project-key", "proj-", "OpenAI project API key", SeverityCritical),
		rule("openai-service-account-key", "svcacct-", "OpenAI service account key", SeverityCritical),
		rule("openai-admin-key", "admin-", "OpenAI admin key", SeverityCritical),
	}
}

// anthropicRules covers Anthropic's API and admin keys.
func anthropicRules() []Rule {
	rule := func(id, kind, desc string) Rule {
		key := func(seed string) string { return "sk-ant-" + kind + "-" + fake(id+seed, csURL, 93) + "AA" }
		return Rule{
			ID:          id,
			Description: desc,
			Keywords:    []string{"sk-ant-"},
			Regex:       `(?:^|[^0-9A-Za-z_-])(sk-ant-` + kind + `-[0-9A-Za-z_-]{93}AA)(?:[^0-9A-Za-z_-]|$)`,
			Severity:    SeverityCritical,
			Rotate:      "https://console.anthropic.com/settings/keys",
			Examples: Examples{
				True: []string{
					"ANTHROPIC_API_KEY=" + key("1"),
					`client = anthropic.Anthropic(api_key="` + key("2") + `")`,
				},
				False: []string{
					"ANTHROPIC_API_KEY=sk-ant-" + kind + "-" + fake(id+"3", csURL, 40),
					"ANTHROPIC_API_KEY=sk-ant-" + kind + "-" + fake(id+"4", csURL, 93) + "ZZ",
				},
			},
		}
	}
	return []Rule{
		rule("anthropic-api-key", "api03", "Anthropic API key"),
		rule("anthropic-admin-key", "admin01", "Anthropic Admin API key"),
	}
}

// modelAPIRules covers other model and inference APIs.
func modelAPIRules() []Rule { return nil }
