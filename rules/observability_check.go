package rules

import (
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"errors"
	"hash/crc32"
	"strings"
)

// The offline validators (Check) of the rules of observability.go.

// checkGrafanaSAToken verifies a Grafana service account token
// "glsa_<32 alphanumerics>_<8 hex>": the hex is the CRC32 (IEEE) of
// "glsa_<secret>", its four bytes written least significant first.
func checkGrafanaSAToken(tok string) error {
	i := strings.LastIndexByte(tok, '_')
	if i < 0 {
		return errors.New("no checksum part")
	}
	if grafanaChecksum(tok[:i]) != tok[i+1:] {
		return errors.New("checksum mismatch")
	}
	return nil
}

func grafanaChecksum(key string) string {
	var b [4]byte
	binary.LittleEndian.PutUint32(b[:], crc32.ChecksumIEEE([]byte(key)))
	return hex.EncodeToString(b[:])
}

// decodeAnyBase64 decodes standard or URL-safe base64, padded or not.
func decodeAnyBase64(s string) ([]byte, error) {
	s = strings.TrimRight(s, "=")
	if strings.ContainsAny(s, "-_") {
		return base64.RawURLEncoding.DecodeString(s)
	}
	return base64.RawStdEncoding.DecodeString(s)
}

// checkBase64JSON returns a validator for tokens whose body, after prefix,
// is base64 of a JSON object holding every one of fields.
func checkBase64JSON(prefix string, fields ...string) func(string) error {
	return func(tok string) error {
		b, err := decodeAnyBase64(strings.TrimPrefix(tok, prefix))
		if err != nil {
			return errors.New("body is not base64")
		}
		var m map[string]any
		if err := json.Unmarshal(b, &m); err != nil {
			return errors.New("body is not a JSON object")
		}
		for _, f := range fields {
			if _, ok := m[f]; !ok {
				return errors.New("JSON body lacks " + f)
			}
		}
		return nil
	}
}

// checkSentryOrgToken verifies "sntrys_<base64 JSON>_<secret>": the JSON
// names the issuing Sentry (url) and the organisation.
func checkSentryOrgToken(tok string) error {
	body := strings.TrimPrefix(tok, "sntrys_")
	i := strings.LastIndexByte(body, '_')
	if i < 0 {
		return errors.New("no secret part")
	}
	return checkBase64JSON("", "org")(body[:i])
}

// exampleGrafanaSAToken builds a fake service account token with a valid
// checksum.
func exampleGrafanaSAToken(label string) string {
	k := "glsa_" + exampleChars(label, exAlnum, 32)
	return k + "_" + grafanaChecksum(k)
}

// exampleBase64JSON is prefix + base64 of a JSON document.
func exampleBase64JSON(prefix, doc string, url bool) string {
	if url {
		return prefix + base64.RawURLEncoding.EncodeToString([]byte(doc))
	}
	return prefix + base64.StdEncoding.EncodeToString([]byte(doc))
}
