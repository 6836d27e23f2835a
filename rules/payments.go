package rules

// Payments and commerce: Stripe, Square, PayPal/Braintree, Adyen,
// Shopify, Coinbase and others.

// paymentRules returns the rules of this family.
func paymentRules() []Rule {
	var rs []Rule
	rs = append(rs, stripeRules()...)
	rs = append(rs, commerceRules()...)
	return rs
}

// stripeRules covers Stripe's secret, restricted and webhook keys.
func stripeRules() []Rule {
	const rotate = "https://dashboard.stripe.com/apikeys"
	key := func(prefix, seed string, n int) string { return prefix + fake("stripe"+seed, csAlnum, n) }
	rule := func(id, prefix, desc string, sev Severity) Rule {
		return Rule{
			ID:          id,
			Description: desc,
			Keywords:    []string{prefix},
			Regex:       `(?:^|[^0-9A-Za-z])(` + prefix + `[0-9A-Za-z]{24,247})` + alnumEnd,
			Severity:    sev,
			Rotate:      rotate,
			Examples: Examples{
				True: []string{
					"STRIPE_SECRET_KEY=" + key(prefix, id+"1", 99),
					`stripe.api_key = "` + key(prefix, id+"2", 24) + `"`,
				},
				False: []string{
					"STRIPE_SECRET_KEY=" + key(prefix, id+"3", 12),
					"STRIPE_SECRET_KEY=" + prefix + "111111111111111111111111",
					"STRIPE_SECRET_KEY=" + prefix + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
				},
			},
		}
	}
	rs := []Rule{
		rule("stripe-secret-key", "sk_live_", "Stripe live secret key", SeverityCritical),
		rule("stripe-restricted-key", "rk_live_", "Stripe live restricted key", SeverityHigh),
		rule("stripe-test-secret-key", "sk_test_", "Stripe test-mode secret key", SeverityLow),
		rule("stripe-test-restricted-key", "rk_test_", "Stripe test-mode restricted key", SeverityLow),
		{
			ID:          "stripe-webhook-secret",
			Description: "Stripe (or Svix) webhook signing secret",
			Keywords:    []string{"whsec_"},
			Regex:       `(?:^|[^0-9A-Za-z])(whsec_[0-9A-Za-z+/]{32,88}={0,2})(?:[^0-9A-Za-z+/=]|$)`,
			Severity:    SeverityHigh,
			Rotate:      "https://dashboard.stripe.com/webhooks",
			Examples: Examples{
				True: []string{
					"STRIPE_WEBHOOK_SECRET=whsec_" + fake("swh1", csAlnum, 32),
					"CLERK_WEBHOOK_SECRET=whsec_" + fakeB64("swh2", 24),
				},
				False: []string{"STRIPE_WEBHOOK_SECRET=whsec_" + fake("swh3", csAlnum, 16), "STRIPE_WEBHOOK_SECRET=whsec_..."},
			},
		},
	}
	rs[2].Examples.False = append(rs[2].Examples.False, "STRIPE_SECRET_KEY=sk_test_4eC39HqLyjWDarjtT1zdp7dc")
	return rs
}

// commerceRules covers payment providers and shops other than Stripe.
func commerceRules() []Rule { return nil }
