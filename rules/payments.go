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
			Examples: func() Examples {
				return Examples{
					True: []string{
						"STRIPE_SECRET_KEY=" + key(prefix, id+"1", 99),
						`stripe.api_key = "` + key(prefix, id+"2", 24) + `"`,
					},
					False: []string{
						"STRIPE_SECRET_KEY=" + key(prefix, id+"3", 12),
						"STRIPE_SECRET_KEY=" + prefix + "111111111111111111111111",
						"STRIPE_SECRET_KEY=" + prefix + "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx",
					},
				}
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
			Examples: func() Examples {
				return Examples{
					True: []string{
						"STRIPE_WEBHOOK_SECRET=whsec_" + fake("swh1", csAlnum, 32),
						"CLERK_WEBHOOK_SECRET=whsec_" + fakeB64("swh2", 24),
					},
					False: []string{"STRIPE_WEBHOOK_SECRET=whsec_" + fake("swh3", csAlnum, 16), "STRIPE_WEBHOOK_SECRET=whsec_..."},
				}
			},
		},
	}
	stripe := rs[2].Examples
	rs[2].Examples = func() Examples {
		ex := stripe()
		ex.False = append(ex.False, "STRIPE_SECRET_KEY=sk_test_4eC39HqLyjWDarjtT1zdp7dc")
		return ex
	}
	return rs
}

// commerceRules covers payment providers and shops other than Stripe.
func commerceRules() []Rule {
	shopify := func(id, prefix, desc string, sev Severity) row {
		return row{id: id, desc: desc, kw: []string{prefix}, re: prefix + `[0-9a-fA-F]{32}`, sev: sev,
			rotate: "https://help.shopify.com/en/manual/apps/app-types/custom-apps",
			gen:    gen(prefix, csHex, 32, ""), badf: func() []string { return []string{prefix + fake(id, csHex, 20)} }}
	}
	return append(rows(
		row{id: "square-access-token", desc: "Square production access token", kw: []string{"eaaa"},
			re: `EAAA[0-9A-Za-z_-]{60}`, rnd: 0.75, sev: SeverityCritical, rotate: "https://developer.squareup.com/apps",
			gen: gen("EAAA", csURL, 60, ""), badf: func() []string { return []string{"EAAA" + fake("sq", csURL, 30)} }},
		row{id: "square-legacy-access-token", desc: "Square access token (sq0atp- format)", kw: []string{"sq0atp-"},
			re: `sq0atp-[0-9A-Za-z_-]{22}`, sev: SeverityCritical, rotate: "https://developer.squareup.com/apps",
			gen: gen("sq0atp-", csURL, 22, ""), badf: func() []string { return []string{"sq0atp-" + fake("sa", csURL, 12)} }},
		row{id: "square-oauth-secret", desc: "Square application OAuth secret", kw: []string{"sq0csp-"},
			re: `sq0csp-[0-9A-Za-z_-]{43}`, rotate: "https://developer.squareup.com/apps",
			gen: gen("sq0csp-", csURL, 43, ""), badf: func() []string { return []string{"sq0csp-" + fake("so", csURL, 20)} }},
		row{id: "braintree-access-token", desc: "PayPal Braintree access token", kw: []string{"access_token$"},
			re: `access_token\$(?:production|sandbox)\$[0-9a-z]{16}\$[0-9a-f]{32}`, sev: SeverityCritical, rotate: "https://developer.paypal.com/braintree/articles/control-panel/important-gateway-credentials",
			gen: func(seed string) string {
				return "access_token$production$" + fake(seed+"a", csLowerNum, 16) + "$" + fake(seed+"b", csHex, 32)
			},
			badf: func() []string {
				return []string{"access_token$production$" + fake("bt", csLowerNum, 16) + "$" + fake("bu", csHex, 20)}
			}},
		row{id: "braintree-private-key", desc: "Braintree private key", names: []string{"braintree_private_key", "braintree-private-key", "bt_private_key", "braintreeprivatekey"},
			re: `[0-9a-f]{32}`, rnd: 0.8, sev: SeverityCritical, rotate: "https://developer.paypal.com/braintree/articles/control-panel/important-gateway-credentials",
			gen: gen("", csHex, 32, ""), badf: func() []string { return []string{fake("bp", csHex, 20)} }},
		row{id: "paypal-client-secret", desc: "PayPal REST API client secret", names: []string{"paypal_client_secret", "paypal_secret", "paypal-client-secret", "paypalclientsecret", "paypal_client_secret_key"},
			re: `E[0-9A-Za-z_-]{79}`, rnd: 0.8, sev: SeverityCritical, rotate: "https://developer.paypal.com/dashboard/applications",
			gen: gen("E", csURL, 79, ""), badf: func() []string { return []string{"E" + fake("pp", csURL, 40)} }},
		row{id: "paypal-access-token", desc: "PayPal OAuth access token", kw: []string{"a21aa"},
			re: `A21AA[0-9A-Za-z_-]{80,120}`, rnd: 0.75, rotate: "https://developer.paypal.com/api/rest/authentication/",
			gen: gen("A21AA", csURL, 92, ""), badf: func() []string { return []string{"A21AA" + fake("pa", csURL, 30)} }},
		row{id: "adyen-api-key", desc: "Adyen API key", names: []string{"adyen"},
			re: `AQE[0-9A-Za-z+/=._-]{80,400}`, rnd: 0.7, sev: SeverityCritical, rotate: "https://docs.adyen.com/development-resources/api-credentials/",
			gen: func(seed string) string {
				return "AQE" + fake(seed+"a", csAlnum, 40) + "+" + fake(seed+"b", csB64, 40) + "==-" + fakeB64(seed, 32) + "-" + fake(seed+"c", csAlnum, 16)
			},
			badf: func() []string { return []string{"AQE" + fake("ad", csAlnum, 30)} }},
		row{id: "adyen-hmac-key", desc: "Adyen webhook HMAC key", names: []string{"adyen_hmac", "adyen-hmac", "adyenhmac"},
			re: `[0-9A-F]{64}`, rnd: 0.8, rotate: "https://docs.adyen.com/development-resources/webhooks/verify-hmac-signatures/",
			gen: gen("", csHexUpper, 64, ""), badf: func() []string { return []string{fake("ah", csHexUpper, 32)} }},
		shopify("shopify-access-token", "shpat_", "Shopify Admin API access token", SeverityCritical),
		shopify("shopify-custom-app-token", "shpca_", "Shopify custom app access token", SeverityCritical),
		shopify("shopify-private-app-token", "shppa_", "Shopify private app access token", SeverityCritical),
		shopify("shopify-shared-secret", "shpss_", "Shopify app shared secret", SeverityHigh),
	), moreCommerceRules()...)
}

// moreCommerceRules covers crypto exchanges and regional payment
// providers.
func moreCommerceRules() []Rule {
	return rows(
		row{id: "coinbase-api-secret", desc: "Coinbase API secret", names: []string{"coinbase_api_secret", "coinbase_secret", "coinbase-api-secret", "coinbaseapisecret", "cb_api_secret"},
			re: `[0-9A-Za-z+/=]{32,88}`, rnd: 0.8, sev: SeverityCritical, rotate: "https://www.coinbase.com/settings/api",
			gen: gen("", csAlnum, 32, ""), badf: func() []string { return []string{fake("cb", csAlnum, 20)} }},
		row{id: "coinbase-commerce-api-key", desc: "Coinbase Commerce API key", names: []string{"coinbase_commerce_api_key", "coinbase_commerce_key", "x-cc-api-key"},
			re: uuidRe, rotate: "https://beta.commerce.coinbase.com/settings/security",
			gen: genUUID(""), badf: func() []string { return []string{fakeUUID("cc")[:20]} }},
		row{id: "razorpay-key-id", desc: "Razorpay live key id", kw: []string{"rzp_live_"},
			re: `rzp_live_[0-9A-Za-z]{14}`, sev: SeverityMedium, rotate: "https://dashboard.razorpay.com/app/website-app-settings/api-keys",
			gen: gen("rzp_live_", csAlnum, 14, ""), badf: func() []string { return []string{"rzp_live_" + fake("rz", csAlnum, 8)} }},
		row{id: "razorpay-key-secret", desc: "Razorpay key secret", names: []string{"razorpay"},
			re: `[0-9A-Za-z]{24}`, rnd: 0.8, sev: SeverityCritical, rotate: "https://dashboard.razorpay.com/app/website-app-settings/api-keys",
			gen: gen("", csAlnum, 24, ""), badf: func() []string { return []string{fake("rs", csAlnum, 14)} }},
		row{id: "flutterwave-secret-key", desc: "Flutterwave secret key", kw: []string{"flwseck"},
			re: `FLWSECK(?:_TEST)?-[0-9a-f]{32}-X`, sev: SeverityCritical, rotate: "https://app.flutterwave.com/dashboard/settings/apis",
			gen: gen("FLWSECK-", csHex, 32, "-X"), badf: func() []string { return []string{"FLWSECK-" + fake("fw", csHex, 20) + "-X"} }},
		row{id: "flutterwave-encryption-key", desc: "Flutterwave encryption key", kw: []string{"flwseck_test", "flwseck"},
			re: `FLWSECK(?:_TEST)?[0-9a-f]{12}`, sev: SeverityMedium, rotate: "https://app.flutterwave.com/dashboard/settings/apis",
			gen: gen("FLWSECK_TEST", csHex, 12, ""), badf: func() []string { return []string{"FLWSECK" + fake("fe", csHex, 6)} }},
		row{id: "paystack-secret-key", desc: "Paystack secret key", names: []string{"paystack"},
			re: `sk_(?:live|test)_[0-9a-f]{40}`, sev: SeverityCritical, rotate: "https://dashboard.paystack.com/#/settings/developers",
			gen: gen("sk_live_", csHex, 40, ""), badf: func() []string { return []string{"sk_live_" + fake("ps", csHex, 20)} }},
		row{id: "mollie-api-key", desc: "Mollie API key", names: []string{"mollie"},
			re: `(?:live|test)_[0-9A-Za-z]{30}`, rotate: "https://my.mollie.com/dashboard/developers/api-keys",
			gen: gen("live_", csAlnum, 30, ""), badf: func() []string { return []string{"live_" + fake("mo", csAlnum, 20)} }},
		row{id: "gocardless-access-token", desc: "GoCardless access token", names: []string{"gocardless"},
			re: `(?:live|sandbox)_[0-9A-Za-z_-]{40}`, sev: SeverityCritical, rotate: "https://manage.gocardless.com/developers/access-tokens",
			gen: gen("live_", csURL, 40, ""), badf: func() []string { return []string{"live_" + fake("gc", csURL, 20)} }},
		row{id: "plaid-secret", desc: "Plaid API secret", names: []string{"plaid_secret", "plaid-secret", "plaidsecret"},
			re: `[0-9a-f]{30}`, rnd: 0.8, sev: SeverityCritical, rotate: "https://dashboard.plaid.com/developers/keys",
			gen: gen("", csHex, 30, ""), badf: func() []string { return []string{fake("pl", csHex, 20)} }},
		row{id: "plaid-access-token", desc: "Plaid access token", kw: []string{"access-production-", "access-development-", "access-sandbox-"},
			re: `access-(?:production|development|sandbox)-` + uuidRe, rotate: "https://plaid.com/docs/api/items/#itemremove",
			gen: genUUID("access-production-"), badf: func() []string { return []string{"access-production-" + fakeUUID("pa")[:20]} }},
		row{id: "easypost-api-key", desc: "EasyPost production API key", kw: []string{"ezak"},
			re: `EZAK[0-9a-z]{54}`, rotate: "https://www.easypost.com/account/api-keys",
			gen: gen("EZAK", csLowerNum, 54, ""), badf: func() []string { return []string{"EZAK" + fake("ez", csLowerNum, 30)} }},
		row{id: "easypost-test-api-key", desc: "EasyPost test API key", kw: []string{"eztk"},
			re: `EZTK[0-9a-z]{54}`, sev: SeverityLow, rotate: "https://www.easypost.com/account/api-keys",
			gen: gen("EZTK", csLowerNum, 54, ""), badf: func() []string { return []string{"EZTK" + fake("et", csLowerNum, 30)} }},
		row{id: "paddle-api-key", desc: "Paddle API key", kw: []string{"pdl_live_", "pdl_sdbx_"},
			re: `pdl_(?:live|sdbx)_apikey_[0-9a-z]{26}_[0-9A-Za-z_]{20,40}`, sev: SeverityCritical, rotate: "https://developer.paddle.com/api-reference/about/api-keys",
			gen: func(seed string) string {
				return "pdl_live_apikey_" + fake(seed+"a", csLowerNum, 26) + "_" + fake(seed+"b", csAlnum, 22) + "_" + fake(seed+"c", csAlnum, 3)
			},
			badf: func() []string { return []string{"pdl_live_apikey_" + fake("pd", csLowerNum, 10)} }},
		row{id: "wise-api-token", desc: "Wise (TransferWise) API token", names: []string{"wise_api_token", "wise_api_key", "wise_token", "transferwise_token", "transferwise_api_key"},
			re: uuidRe, sev: SeverityCritical, rotate: "https://wise.com/settings/api-tokens",
			gen: genUUID(""), badf: func() []string { return []string{fakeUUID("wi")[:30]} }},
		row{id: "authorize-net-transaction-key", desc: "Authorize.net transaction key", names: []string{"authorize_net", "authorizenet", "authnet", "transaction_key"},
			re: `[0-9A-Za-z]{16}`, rnd: 0.8, sev: SeverityCritical, rotate: "https://support.authorize.net/knowledgebase/Knowledgearticle/?code=000001271",
			gen: gen("", csAlnum, 16, ""), badf: func() []string { return []string{fake("an", csAlnum, 10)} }},
		row{id: "recurly-api-key", desc: "Recurly private API key", names: []string{"recurly_api_key", "recurly_key", "recurly_private_key"},
			re: `[0-9a-f]{32}`, rnd: 0.8, rotate: "https://docs.recurly.com/docs/api-keys",
			gen: gen("", csHex, 32, ""), badf: func() []string { return []string{fake("rc", csHex, 24)} }},
		row{id: "woocommerce-api-secret", desc: "WooCommerce REST API consumer secret", kw: []string{"cs_"},
			re: `cs_[0-9a-f]{40}`, sev: SeverityCritical, rotate: "https://woocommerce.com/document/woocommerce-rest-api/",
			gen: gen("cs_", csHex, 40, ""), badf: func() []string { return []string{"cs_" + fake("wc", csHex, 30)} }},
		row{id: "sumup-api-key", desc: "SumUp secret API key", kw: []string{"sup_sk_"},
			re: `sup_sk_[0-9A-Za-z]{32}`, sev: SeverityCritical, rotate: "https://developer.sumup.com/api-keys",
			gen: gen("sup_sk_", csAlnum, 32, ""), badf: func() []string { return []string{"sup_sk_" + fake("su", csAlnum, 16)} }},
		row{id: "binance-api-secret", desc: "Binance API secret key", names: []string{"binance"},
			re: `[0-9A-Za-z]{64}`, rnd: 0.8, sev: SeverityCritical, rotate: "https://www.binance.com/en/my/settings/api-management",
			gen: gen("", csAlnum, 64, ""), badf: func() []string { return []string{fake("bn", csAlnum, 40)} }},
		row{id: "kraken-api-secret", desc: "Kraken API private key", names: []string{"kraken"},
			re: `[0-9A-Za-z+/]{86,88}={0,2}`, rnd: 0.8, sev: SeverityCritical, rotate: "https://www.kraken.com/u/security/api",
			gen: func(seed string) string { return fakeB64(seed, 64) }, badf: func() []string { return []string{fakeB64("kr", 32)} }},
		row{id: "chargebee-api-key", desc: "Chargebee API key", names: []string{"chargebee"},
			re: `(?:live|test)_[0-9A-Za-z]{30,40}`, rotate: "https://www.chargebee.com/docs/2.0/api_keys.html",
			gen: gen("live_", csAlnum, 34, ""), badf: func() []string { return []string{"live_" + fake("cg", csAlnum, 20)} }},
		row{id: "lemonsqueezy-api-key", desc: "Lemon Squeezy API key (JWT)", names: []string{"lemonsqueezy", "lemon_squeezy", "lemon-squeezy"},
			re: `eyJ[0-9A-Za-z_-]{20,200}\.eyJ[0-9A-Za-z_-]{20,1000}\.[0-9A-Za-z_-]{20,1000}`, rotate: "https://app.lemonsqueezy.com/settings/api",
			gen: func(seed string) string {
				return "eyJ0eXAiOiJKV1QiLCJhbGciOiJSUzI1NiJ9.eyJhdWQiOiI" + fake(seed+"p", csURL, 80) + "." + fake(seed+"s", csURL, 86)
			},
			badf: func() []string { return []string{"eyJ" + fake("ls", csURL, 10) + ".eyJ"} }},
	)
}
