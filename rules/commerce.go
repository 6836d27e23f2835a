package rules

// commerceTailRules covers the long tail of payments, e-commerce, shipping,
// banking and crypto providers (issue 12): see [pk] and [nk].
func commerceTailRules() []Rule {
	return append(longTail([]pk{
		{"shippo-live-token", "Shippo live API token", "shippo_live_", aHex, 40, 0, ""},
		{"shippo-test-token", "Shippo test API token", "shippo_test_", aHex, 40, 0, ""},
		{"xendit-secret-key", "Xendit production secret key", "xnd_production_", aAlnum, 40, 80, "https://docs.xendit.co/en_US/api-integration/quick-start"},
		{"midtrans-server-key", "Midtrans production server key", "Mid-server-", aURL, 24, 0, "https://docs.midtrans.com/docs/access-keys"},
		{"coingecko-api-key", "CoinGecko API key", "CG-", aAlnum, 20, 30, ""},
	}, commerceNamed()), commerceCustom()...)
}

// commerceCustom holds the commerce tokens whose structure is more than a
// prefix and a body.
func commerceCustom() []Rule {
	return rows(
		row{id: "mercadopago-access-token", desc: "Mercado Pago production access token", kw: []string{"app_usr-"},
			re: `APP_USR-[0-9]{16}-[0-9]{6}-[a-f0-9]{32}-[0-9]{6,10}`, check: checkRandomBody("APP_USR-", 0.6), checkDesc: "numeric ids and a 32-hex secret",
			gen: func(s string) string {
				return "APP_USR-" + fake(s+"a", csDigits, 16) + "-" + fake(s+"b", csDigits, 6) + "-" + fake(s+"c", csHex, 32) + "-" + fake(s+"d", csDigits, 9)
			},
		}.lazyBad(func() []string { return []string{"APP_USR-0000000000000000-000000-" + "x", "APP_USR-1234"} }),
		row{id: "omise-secret-key-prefixed", desc: "Omise secret key", kw: []string{"skey_"},
			re: `skey_(?:test_)?[0-9a-z]{19}`, check: checkRandomBody("skey_", 0.6), checkDesc: "19 random characters after skey_",
			gen: func(s string) string { return "skey_5" + fake(s, csLowerNum, 18) },
		}.lazyBad(func() []string {
			return []string{"skey_5" + fake("omise-short", csLowerNum, 10), "skey_aaaaaaaaaaaaaaaaaaa"}
		}),
	)
}

// commerceNamed is the table of the family's keys found by their provider's name.
func commerceNamed() []nk {
	return []nk{
		{"checkoutcom-secret-key", "Checkout.com secret key", "checkoutcom@ckoutcom|cko secret", aUUID, 0, 0, ""},
		{"klarna-api-secret", "Klarna API password", "klarna", aURL, 40, 64, ""},
		{"afterpay-secret-key", "Afterpay secret key", "afterpay|clearpay", aHex, 128, 0, ""},
		{"affirm-private-key", "Affirm private API key", "affirm private|affirm secret", aAlnum, 32, 0, ""},
		{"dwolla-secret", "Dwolla application secret", "dwolla", aAlnum, 50, 0, ""},
		{"marqeta-token", "Marqeta admin access token", "marqeta@arqeta", aUUID, 0, 0, ""},
		{"lithic-api-key", "Lithic API key", "lithic", aUUID, 0, 0, ""},
		{"moderntreasury-api-key", "Modern Treasury API key", "modern treasury", aURL, 64, 80, ""},
		{"increase-api-key", "Increase API key", "increase api key|increase_api_token", aURL, 40, 64, ""},
		{"rapyd-secret-key", "Rapyd secret key", "rapyd", aHex, 98, 0, "https://docs.rapyd.net/en/rotating-your-api-keys.html"},
		{"payoneer-client-secret", "Payoneer client secret", "payoneer@yoneer", aAlnum, 32, 40, ""},
		{"payu-client-secret", "PayU client secret", "payu", aHex, 32, 0, ""},
		{"cashfree-secret-key", "Cashfree secret key", "cashfree@shfree", aURL, 40, 64, ""},
		{"instamojo-auth-token", "Instamojo private auth token", "instamojo", aHex, 32, 0, ""},
		{"paytm-merchant-key", "Paytm merchant key", "paytm", aAlnum, 16, 0, ""},
		{"omise-secret-key", "Omise secret key", "omise secret", aLowNum, 19, 0, ""},
		{"conekta-private-key", "Conekta private key", "conekta@nekta", aAlnum, 26, 0, ""},
		{"culqi-secret-key", "Culqi secret key", "culqi", aAlnum, 32, 0, ""},
		{"paymongo-secret-key", "PayMongo secret key", "paymongo", aAlnum, 24, 0, ""},
		{"pagseguro-token", "PagSeguro account token", "pagseguro@agseguro", aHexUp, 32, 0, ""},
		{"yoco-secret-key", "Yoco secret key", "yoco", aAlnum, 32, 48, ""},
		{"payfast-passphrase", "PayFast merchant key", "payfast@yfast", aLowNum, 13, 0, ""},
		{"worldpay-api-key", "Worldpay service key", "worldpay", aAlnum, 36, 0, ""},
		{"moneris-api-token", "Moneris API token", "moneris", aAlnum, 20, 0, ""},
		{"bluesnap-api-password", "BlueSnap API password", "bluesnap", aAlnum, 32, 0, ""},
		{"twocheckout-secret-key", "2Checkout (Verifone) secret key", "2checkout|twocheckout@wocheckout|verifone@rifone", aAlnum, 32, 64, ""},
		{"chargify-api-key", "Chargify (Maxio) API key", "chargify@chargif", aURL, 43, 0, ""},
		{"recharge-api-token", "Recharge API token", "recharge api|rechargepayments@recharge", aHex, 56, 0, ""},
		{"bigcommerce-access-token", "BigCommerce API access token", "bigcommerce@mmerce", aLowNum, 31, 0, ""},
		{"ecwid-secret-token", "Ecwid secret token", "ecwid", aAlnum, 32, 0, ""},
		{"etsy-api-key", "Etsy API keystring", "etsy", aLowNum, 24, 0, ""},
		{"ebay-client-secret", "eBay application cert id (client secret)", "ebay cert|ebay client secret|ebay secret", aUUID, 0, 0, ""},
		{"gumroad-access-token", "Gumroad access token", "gumroad", aURL, 43, 0, ""},
		{"printful-api-token", "Printful API token", "printful@ntful", aAlnum, 40, 0, ""},
		{"shipstation-api-key", "ShipStation API key", "shipstation", aHex, 32, 0, ""},
		{"aftership-api-key", "AfterShip API key", "aftership@tership", aUUID, 0, 0, ""},
		{"shipengine-api-key", "ShipEngine API key", "shipengine", aURL, 43, 0, ""},
		{"sendcloud-secret-key", "Sendcloud API secret key", "sendcloud@ndcloud", aHex, 32, 0, ""},
		{"ups-client-secret", "UPS API client secret", "ups client secret|ups_secret", aAlnum, 64, 0, ""},
		{"fedex-secret-key", "FedEx API secret key", "fedex", aHex, 32, 0, ""},
		{"taxjar-api-token", "TaxJar API token", "taxjar", aHex, 32, 0, ""},
		{"avalara-license-key", "Avalara AvaTax license key", "avalara|avatax@vatax", aHexUp, 16, 0, ""},
		{"quickbooks-client-secret", "QuickBooks (Intuit) client secret", "quickbooks|intuit client secret@ntuit", aAlnum, 40, 0, ""},
		{"xero-client-secret", "Xero client secret", "xero", aURL, 48, 0, ""},
		{"freshbooks-client-secret", "FreshBooks client secret", "freshbooks@reshboo", aHex, 64, 0, ""},
		{"brex-api-token", "Brex user token", "brex", aURL, 64, 120, ""},
		{"yodlee-client-secret", "Yodlee client secret", "yodlee", aAlnum, 16, 32, ""},
		{"finicity-app-key", "Finicity app key", "finicity@inicit", aHex, 32, 0, ""},
		{"tink-client-secret", "Tink client secret", "tink_secret", aHex, 32, 0, ""},
		{"truelayer-client-secret", "TrueLayer client secret", "truelayer", aUUID, 0, 0, ""},
		{"infura-api-key", "Infura API key or secret", "infura@nfura", aHex, 32, 0, ""},
		{"alchemy-api-key", "Alchemy API key", "alchemy", aURL, 32, 0, "https://www.alchemy.com/docs/how-to-rotate-api-keys"},
		{"etherscan-api-key", "Etherscan API key", "etherscan@erscan|bscscan@scscan|polygonscan@ygonscan|arbiscan@rbiscan", aUpNum, 34, 0, "https://docs.etherscan.io/etherscan/getting-started/viewing-api-usage-statistics"},
		{"moralis-api-key", "Moralis API key", "moralis@oralis", aAlnum, 64, 0, ""},
		{"blockcypher-token", "BlockCypher API token", "blockcypher", aHex, 32, 0, ""},
		{"ankr-api-key", "Ankr API key", "ankr", aHex, 64, 0, ""},
		{"quicknode-token", "QuickNode endpoint token", "quicknode@icknode", aHex, 40, 0, ""},
		{"chainstack-api-key", "Chainstack API key", "chainstack", aAlnum, 40, 0, ""},
		{"tatum-api-key", "Tatum API key", "tatum", aURL, 36, 64, ""},
		{"opensea-api-key", "OpenSea API key", "opensea@ensea", aHex, 32, 0, ""},
		{"blocknative-api-key", "Blocknative API key", "blocknative@knative", aUUID, 0, 0, ""},
		{"thirdweb-secret-key", "thirdweb secret key", "thirdweb@thirdwe", aURL, 86, 0, ""},
		{"pinata-api-secret", "Pinata API secret", "pinata", aHex, 64, 0, "https://docs.pinata.cloud/api-reference/endpoint/v3-revoke-api-key"},
		{"coinmarketcap-api-key", "CoinMarketCap API key", "coinmarketcap@rketcap|x-cmc_pro_api_key", aUUID, 0, 0, ""},
		{"cryptocompare-api-key", "CryptoCompare API key", "cryptocompare@ptocom", aHex, 64, 0, ""},
		{"nomics-api-key", "Nomics API key", "nomics", aHex, 40, 0, ""},
		{"coinapi-api-key", "CoinAPI key", "coinapi|x-coinapi-key", aUUID, 0, 0, ""},
		{"bitfinex-api-secret", "Bitfinex API key or secret", "bitfinex", aAlnum, 43, 0, ""},
		{"bitstamp-api-secret", "Bitstamp API key or secret", "bitstamp@itsta", aAlnum, 32, 0, ""},
		{"bittrex-api-secret", "Bittrex API key or secret", "bittrex", aHex, 32, 0, ""},
		{"bybit-api-secret", "Bybit API secret", "bybit", aAlnum, 36, 0, ""},
		{"kucoin-api-secret", "KuCoin API secret", "kucoin", aUUID, 0, 0, ""},
		{"okx-api-secret", "OKX API secret key", "okx secret|okex secret|okx_api_secret", aHexUp, 32, 0, ""},
		{"gateio-api-secret", "Gate.io API secret", "gateio|gate io", aHex, 64, 0, ""},
		{"bitmex-api-secret", "BitMEX API secret", "bitmex", aURL, 48, 0, ""},
		{"huobi-api-secret", "Huobi (HTX) API secret", "huobi", aUUID, 0, 0, ""},
		{"mexc-api-secret", "MEXC API secret", "mexc", aHex, 32, 0, ""},
		{"deribit-client-secret", "Deribit client secret", "deribit", aURL, 43, 0, ""},
		{"gemini-exchange-secret", "Gemini exchange API secret", "gemini api secret|gemini_secret", aAlnum, 27, 28, ""},
		{"poloniex-api-secret", "Poloniex API secret", "poloniex@oloniex", aHex, 128, 0, ""},
		{"bitso-api-secret", "Bitso API secret", "bitso", aHex, 32, 0, ""},
		{"luno-api-secret", "Luno API secret", "luno", aURL, 43, 0, ""},
		{"nowpayments-api-key", "NOWPayments API key", "nowpayments@yments", aUpNum, 7, 0, ""},
	}
}
