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
			Examples: func() Examples {
				return Examples{
					True: []string{
						"OPENAI_API_KEY=" + key("1"),
						`client = OpenAI(api_key="` + key("2") + `")`,
					},
					False: []string{
						"OPENAI_API_KEY=sk-" + infix + fake(id+"3", csAlnum, 48),
						"OPENAI_API_KEY=sk-" + infix + "xxxxxxxxxxxxxxxxxxxx" + openAIMarker + "xxxxxxxxxxxxxxxxxxxx",
					},
				}
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
			Examples: func() Examples {
				return Examples{
					True: []string{
						"ANTHROPIC_API_KEY=" + key("1"),
						`client = anthropic.Anthropic(api_key="` + key("2") + `")`,
					},
					False: []string{
						"ANTHROPIC_API_KEY=sk-ant-" + kind + "-" + fake(id+"3", csURL, 40),
						"ANTHROPIC_API_KEY=sk-ant-" + kind + "-" + fake(id+"4", csURL, 93) + "ZZ",
					},
				}
			},
		}
	}
	return []Rule{
		rule("anthropic-api-key", "api03", "Anthropic API key"),
		rule("anthropic-admin-key", "admin01", "Anthropic Admin API key"),
	}
}

// modelAPIRules covers other model, inference and AI tooling APIs.
func modelAPIRules() []Rule {
	return append(rows(
		row{id: "huggingface-token", desc: "Hugging Face user access token", kw: []string{"hf_"},
			re: `hf_[A-Za-z]{34}`, rnd: 0.8, sev: SeverityHigh, rotate: "https://huggingface.co/settings/tokens",
			gen: gen("hf_", csAlpha, 34, ""), badf: func() []string { return []string{"hf_" + fake("hf", csAlpha, 20), "hf_" + fake("hg", csAlnum, 34)} }},
		row{id: "huggingface-org-token", desc: "Hugging Face organization API token", kw: []string{"api_org_"},
			re: `api_org_[A-Za-z]{34}`, rnd: 0.8, rotate: "https://huggingface.co/settings/tokens",
			gen: gen("api_org_", csAlpha, 34, ""), badf: func() []string { return []string{"api_org_" + fake("ho", csAlpha, 20)} }},
		row{id: "cohere-api-key", desc: "Cohere API key", names: []string{"cohere", "co_api_key"},
			re: `[0-9A-Za-z]{40}`, rnd: 0.8, rotate: "https://dashboard.cohere.com/api-keys",
			gen: gen("", csAlnum, 40, ""), badf: func() []string { return []string{fake("co", csAlnum, 24)} }},
		row{id: "replicate-api-token", desc: "Replicate API token", kw: []string{"r8_"},
			re: `r8_[0-9A-Za-z]{37}`, rnd: 0.75, rotate: "https://replicate.com/account/api-tokens",
			gen: gen("r8_", csAlnum, 37, ""), badf: func() []string { return []string{"r8_" + fake("r8", csAlnum, 20)} }},
		row{id: "groq-api-key", desc: "Groq API key", kw: []string{"gsk_"},
			re: `gsk_[0-9A-Za-z]{52}`, rotate: "https://console.groq.com/keys",
			gen: gen("gsk_", csAlnum, 52, ""), badf: func() []string { return []string{"gsk_" + fake("gq", csAlnum, 30)} }},
		row{id: "mistral-api-key", desc: "Mistral AI API key", names: []string{"mistral"},
			re: `[0-9A-Za-z]{32}`, rnd: 0.8, rotate: "https://console.mistral.ai/api-keys",
			gen: gen("", csAlnum, 32, ""), badf: func() []string { return []string{fake("mi", csAlnum, 20)} }},
		row{id: "perplexity-api-key", desc: "Perplexity API key", kw: []string{"pplx-"},
			re: `pplx-[0-9A-Za-z]{48}`, rotate: "https://www.perplexity.ai/settings/api",
			gen: gen("pplx-", csAlnum, 48, ""), badf: func() []string { return []string{"pplx-" + fake("px", csAlnum, 30)} }},
		row{id: "xai-api-key", desc: "xAI (Grok) API key", kw: []string{"xai-"},
			re: `xai-[0-9A-Za-z]{80}`, rotate: "https://console.x.ai/",
			gen: gen("xai-", csAlnum, 80, ""), badf: func() []string { return []string{"xai-" + fake("xa", csAlnum, 40)} }},
		row{id: "deepseek-api-key", desc: "DeepSeek API key", names: []string{"deepseek"},
			re: `sk-[0-9a-f]{32}`, rotate: "https://platform.deepseek.com/api_keys",
			gen: gen("sk-", csHex, 32, ""), badf: func() []string { return []string{"sk-" + fake("ds", csHex, 20)} }},
		row{id: "openrouter-api-key", desc: "OpenRouter API key", kw: []string{"sk-or-v1-"},
			re: `sk-or-v1-[0-9a-f]{64}`, rotate: "https://openrouter.ai/settings/keys",
			gen: gen("sk-or-v1-", csHex, 64, ""), badf: func() []string { return []string{"sk-or-v1-" + fake("or", csHex, 40)} }},
		row{id: "together-api-key", desc: "Together AI API key", names: []string{"together_api_key", "together_key", "togetherai_api_key", "together_ai_api_key"},
			re: `(?:tgp_v1_[0-9A-Za-z_-]{43}|[0-9a-f]{64})`, rnd: 0.75, rotate: "https://api.together.ai/settings/api-keys",
			gen: gen("", csHex, 64, ""), badf: func() []string { return []string{fake("tg", csHex, 40)} }},
		row{id: "fireworks-api-key", desc: "Fireworks AI API key", kw: []string{"fw_"},
			re: `fw_[0-9A-Za-z]{24}`, rnd: 0.8, rotate: "https://fireworks.ai/account/api-keys",
			gen: gen("fw_", csAlnum, 24, ""), badf: func() []string { return []string{"fw_" + fake("fw", csAlnum, 12)} }},
		row{id: "stability-api-key", desc: "Stability AI API key", names: []string{"stability"},
			re: `sk-[0-9A-Za-z]{48}`, rotate: "https://platform.stability.ai/account/keys",
			gen: gen("sk-", csAlnum, 48, ""), badf: func() []string { return []string{"sk-" + fake("st", csAlnum, 30)} }},
		row{id: "elevenlabs-api-key", desc: "ElevenLabs API key", names: []string{"elevenlabs_api_key", "eleven_labs_api_key", "elevenlabs_key", "xi-api-key", "xi_api_key"},
			re: `(?:sk_[0-9a-f]{48}|[0-9a-f]{32})`, rnd: 0.75, rotate: "https://elevenlabs.io/app/settings/api-keys",
			gen: gen("sk_", csHex, 48, ""), badf: func() []string { return []string{"sk_" + fake("el", csHex, 20)} }},
		row{id: "assemblyai-api-key", desc: "AssemblyAI API key", names: []string{"assemblyai_api_key", "assembly_ai_api_key", "assemblyai_key"},
			re: `[0-9a-f]{32}`, rnd: 0.8, rotate: "https://www.assemblyai.com/app/api-keys",
			gen: gen("", csHex, 32, ""), badf: func() []string { return []string{fake("aa", csHex, 20)} }},
		row{id: "deepgram-api-key", desc: "Deepgram API key", names: []string{"deepgram_api_key", "deepgram_key", "deepgram_token"},
			re: `[0-9a-f]{40}`, rnd: 0.8, rotate: "https://console.deepgram.com/",
			gen: gen("", csHex, 40, ""), badf: func() []string { return []string{fake("dg", csHex, 30)} }},
	), toolingAPIRules()...)
}

// toolingAPIRules covers vector stores, LLM tooling, speech and search
// APIs.
func toolingAPIRules() []Rule {
	return rows(
		row{id: "pinecone-api-key", desc: "Pinecone API key", kw: []string{"pcsk_"},
			re: `pcsk_[0-9A-Za-z]{5,6}_[0-9A-Za-z]{60,70}`, rotate: "https://app.pinecone.io/",
			gen: func(seed string) string {
				return "pcsk_" + fake(seed+"a", csAlnum, 6) + "_" + fake(seed+"b", csAlnum, 63)
			},
			badf: func() []string { return []string{"pcsk_" + fake("pc", csAlnum, 6) + "_" + fake("pd", csAlnum, 30)} }},
		row{id: "pinecone-legacy-api-key", desc: "Pinecone API key (UUID next to a Pinecone name)", names: []string{"pinecone_api_key", "pinecone_key", "pinecone-api-key", "pineconeapikey"},
			re: uuidRe, rotate: "https://app.pinecone.io/",
			gen: genUUID(""), badf: func() []string { return []string{fakeUUID("pl")[:24]} }},
		row{id: "langsmith-api-key", desc: "LangSmith (LangChain) API key", kw: []string{"lsv2_"},
			re: `lsv2_(?:pt|sk)_[0-9a-f]{32}_[0-9a-f]{10}`, rotate: "https://smith.langchain.com/settings",
			gen: func(seed string) string {
				return "lsv2_pt_" + fake(seed+"a", csHex, 32) + "_" + fake(seed+"b", csHex, 10)
			},
			badf: func() []string { return []string{"lsv2_pt_" + fake("lg", csHex, 32)} }},
		row{id: "langfuse-secret-key", desc: "Langfuse secret key", kw: []string{"sk-lf-"},
			re: `sk-lf-` + uuidRe, rotate: "https://langfuse.com/faq/all/where-are-langfuse-api-keys",
			gen: genUUID("sk-lf-"), badf: func() []string { return []string{"sk-lf-" + fakeUUID("lf")[:20]} }},
		row{id: "wandb-api-key", desc: "Weights & Biases API key", names: []string{"wandb_api_key", "wandb_key", "wandb_token"},
			re: `[0-9a-f]{40}`, rnd: 0.8, rotate: "https://wandb.ai/authorize",
			gen: gen("", csHex, 40, ""), badf: func() []string { return []string{fake("wb", csHex, 32)} }},
		row{id: "azure-openai-api-key", desc: "Azure OpenAI API key (32-hex format)", names: []string{"azure_openai", "azureopenai", "aoai", "azure-openai", "openai_api_key_azure"},
			re: `[0-9a-f]{32}`, rnd: 0.8, sev: SeverityCritical, rotate: "https://learn.microsoft.com/azure/ai-services/openai/how-to/manage-keys",
			gen: gen("", csHex, 32, ""), badf: func() []string { return []string{fake("ao", csHex, 20)} }},
		row{id: "voyage-api-key", desc: "Voyage AI API key", names: []string{"voyage"},
			re: `pa-[0-9A-Za-z_-]{43}`, rotate: "https://dashboard.voyageai.com/",
			gen: gen("pa-", csURL, 43, ""), badf: func() []string { return []string{"pa-" + fake("vo", csURL, 20)} }},
		row{id: "cerebras-api-key", desc: "Cerebras API key", kw: []string{"csk-"},
			re: `csk-[0-9a-z]{48}`, rotate: "https://cloud.cerebras.ai/",
			gen: gen("csk-", csLowerNum, 48, ""), badf: func() []string { return []string{"csk-" + fake("ce", csLowerNum, 30)} }},
		row{id: "tavily-api-key", desc: "Tavily API key", kw: []string{"tvly-"},
			re: `tvly-(?:dev-|prod-)?[0-9A-Za-z]{32}`, rotate: "https://app.tavily.com/home",
			gen: gen("tvly-dev-", csAlnum, 32, ""), badf: func() []string { return []string{"tvly-" + fake("tv", csAlnum, 16)} }},
		row{id: "firecrawl-api-key", desc: "Firecrawl API key", kw: []string{"fc-"},
			re: `fc-[0-9a-f]{32}`, rotate: "https://www.firecrawl.dev/app/api-keys",
			gen: gen("fc-", csHex, 32, ""), badf: func() []string { return []string{"fc-" + fake("fc", csHex, 20)} }},
		row{id: "jina-api-key", desc: "Jina AI API key", kw: []string{"jina_"},
			re: `jina_[0-9a-f]{32}[0-9A-Za-z_-]{30}`, rotate: "https://jina.ai/api-dashboard/",
			gen:  func(seed string) string { return "jina_" + fake(seed+"a", csHex, 32) + fake(seed+"b", csURL, 30) },
			badf: func() []string { return []string{"jina_" + fake("ji", csHex, 32)} }},
		row{id: "clarifai-pat", desc: "Clarifai personal access token", names: []string{"clarifai_pat", "clarifai_api_key", "clarifai_key"},
			re: `[0-9a-f]{32}`, rnd: 0.8, rotate: "https://clarifai.com/settings/security",
			gen: gen("", csHex, 32, ""), badf: func() []string { return []string{fake("cl", csHex, 20)} }},
		row{id: "ai21-api-key", desc: "AI21 Labs API key", names: []string{"ai21"},
			re: `[0-9A-Za-z]{32}`, rnd: 0.8, rotate: "https://studio.ai21.com/account/api-key",
			gen: gen("", csAlnum, 32, ""), badf: func() []string { return []string{fake("a2", csAlnum, 20)} }},
		row{id: "nvidia-api-key", desc: "NVIDIA NGC or build.nvidia.com API key", kw: []string{"nvapi-"},
			re: `nvapi-[0-9A-Za-z_-]{64}`, rotate: "https://org.ngc.nvidia.com/setup/api-keys",
			gen: gen("nvapi-", csURL, 64, ""), badf: func() []string { return []string{"nvapi-" + fake("nv", csURL, 30)} }},
		row{id: "anyscale-api-key", desc: "Anyscale API key", kw: []string{"esecret_"},
			re: `esecret_[0-9a-z]{26}`, rotate: "https://console.anyscale.com/",
			gen: gen("esecret_", csLowerNum, 26, ""), badf: func() []string { return []string{"esecret_" + fake("an", csLowerNum, 12)} }},
		row{id: "runpod-api-key", desc: "RunPod API key", kw: []string{"rpa_"},
			re: `rpa_[0-9A-Z]{48}`, rotate: "https://www.runpod.io/console/user/settings",
			gen: gen("rpa_", csUpperNum, 48, ""), badf: func() []string { return []string{"rpa_" + fake("rp", csUpperNum, 20)} }},
		row{id: "serpapi-key", desc: "SerpApi API key", names: []string{"serpapi_key", "serpapi_api_key", "serp_api_key"},
			re: `[0-9a-f]{64}`, rnd: 0.8, rotate: "https://serpapi.com/manage-api-key",
			gen: gen("", csHex, 64, ""), badf: func() []string { return []string{fake("se", csHex, 40)} }},
		row{id: "exa-api-key", desc: "Exa API key", names: []string{"exa_api_key", "exa-api-key", "exaapikey"},
			re: uuidRe, rotate: "https://dashboard.exa.ai/api-keys",
			gen: genUUID(""), badf: func() []string { return []string{fakeUUID("ex")[:30]} }},
		row{id: "qdrant-api-key", desc: "Qdrant Cloud API key", names: []string{"qdrant"},
			re: `[0-9A-Za-z_|.-]{32,120}`, rnd: 0.8, rotate: "https://cloud.qdrant.io/",
			gen: gen("", csURL, 48, ""), badf: func() []string { return []string{fake("qd", csURL, 16)} }},
		row{id: "google-gemini-api-key", desc: "Google Gemini API key assigned to a Gemini name", names: []string{"gemini"},
			re: `AIza[0-9A-Za-z_-]{35}`, rotate: "https://aistudio.google.com/app/apikey",
			gen: gen("AIza", csURL, 35, ""), badf: func() []string { return []string{"AIza" + fake("gm", csURL, 20)} }},
	)
}
