	const emptySHA256 = "6b17b8fcc411a533c822a5117e33cf73fa6766739d7d36ac86dc4bea883af4fe"
	const fixtureSHA1 = "62892ff8a183f45ee191a696796927ae39b2a604"
	const fixtureSHA512 = "2dbfe640639cc3203f1815b0f9e7375f3e3c05be03e5410c1a704999ff57659bbf890422a7595d10f92586e57e4df848fae0c85633f1802cdd1f42922962137e"
	const magic = 0xdeadbeefcafebabe
	var testUUID = uuid.MustParse("f3acb34e-17b8-4ed8-a55a-fc688f892355")
