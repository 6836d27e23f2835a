package rules

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"errors"
	"strconv"
	"strings"
)

// notSecretPrefixes start values that are digests, hashes of passwords,
// URLs or data, never a credential on their own.
var notSecretPrefixes = []string{
	"data:", "sha1-", "sha256-", "sha384-", "sha512-", "sha1:", "sha256:",
	"sha512:", "md5:", "md5-", "h1:", "$2a$", "$2b$", "$2y$", "$argon2",
	"$6$", "$5$", "$1$", "pbkdf2_", "bcrypt$", "scrypt:", "file:", "git+", "urn:",
	"arn:", "projects/", "sm://", "vault:", "ref+", "op://", "-----begin",
	"age1", // age recipients are public keys
}

// checkGenericSecret decides whether a literal assigned to a secret name
// is random enough to be a real secret rather than a word, path, version,
// UUID, digest, URL or reference.
func checkGenericSecret(v string) error {
	if len(v) < 8 || len(v) > 1024 {
		return errors.New("length outside 8..1024")
	}
	l := strings.ToLower(v)
	for _, p := range notSecretPrefixes {
		if strings.HasPrefix(l, p) {
			return errors.New("a digest, hash, reference or data, not a secret")
		}
	}
	if strings.Contains(v, "://") {
		return errors.New("a URL (credentials in URLs have their own rules)")
	}
	if isUUID(v) {
		return errors.New("a UUID")
	}
	if isCodeValue(v) {
		return errors.New("a number literal or a member access in code")
	}
	if allDigits(v) {
		return errors.New("a number")
	}
	if LooksLikeWords(v) {
		return errors.New("reads like words, a path or a version")
	}
	classes := charClasses(v)
	if classes == 1 && len(v) < 16 {
		return errors.New("short value of a single character class")
	}
	if x := Randomness(v); x < 0.7 {
		return errors.New("not random enough for its charset")
	}
	return nil
}

// charClasses counts which of lower case, upper case, digits and symbols
// occur in s.
func charClasses(s string) int {
	var lo, up, dg, sy bool
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case isLowerByte(c):
			lo = true
		case isUpperByte(c):
			up = true
		case isDigit(c):
			dg = true
		default:
			sy = true
		}
	}
	n := 0
	for _, b := range []bool{lo, up, dg, sy} {
		if b {
			n++
		}
	}
	return n
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) && s[i] != '.' && s[i] != '-' && s[i] != '_' {
			return false
		}
	}
	return true
}

// isUUID reports the 8-4-4-4-12 hex form of a UUID.
func isUUID(s string) bool {
	if len(s) != 36 {
		return false
	}
	for i := 0; i < 36; i++ {
		c := s[i]
		if i == 8 || i == 13 || i == 18 || i == 23 {
			if c != '-' {
				return false
			}
			continue
		}
		if !isHexByte(c) {
			return false
		}
	}
	return true
}

func isHexByte(c byte) bool {
	return isDigit(c) || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F'
}

// checkJWT accepts a token whose header is a JSON object naming an
// algorithm and whose payload is a JSON object.
func checkJWT(tok string) error {
	parts := strings.Split(tok, ".")
	if len(parts) != 3 {
		return errors.New("not three dot-separated parts")
	}
	var header, payload map[string]any
	if err := decodeJSONPart(parts[0], &header); err != nil {
		return errors.New("header is not base64url JSON")
	}
	if alg, _ := header["alg"].(string); alg == "" || strings.EqualFold(alg, "none") {
		return errors.New("header names no signing algorithm")
	}
	if err := decodeJSONPart(parts[1], &payload); err != nil {
		return errors.New("payload is not base64url JSON")
	}
	return nil
}

func decodeJSONPart(s string, v any) error {
	b, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(s, "="))
	if err != nil {
		return err
	}
	return json.Unmarshal(b, v)
}

// exampleJWT builds an HS256-signed token for rule examples, signed with a
// throwaway key.
func exampleJWT(header, payload string) string {
	enc := base64.RawURLEncoding
	s := enc.EncodeToString([]byte(header)) + "." + enc.EncodeToString([]byte(payload))
	m := hmac.New(sha256.New, []byte("envguard-example-signing-key"))
	m.Write([]byte(s))
	return s + "." + enc.EncodeToString(m.Sum(nil))
}

// b64std is standard padded base64.
func b64std(b []byte) string { return base64.StdEncoding.EncodeToString(b) }

// isCodeValue reports values that are code rather than literals: a number
// (0xc0506617, 6.626e-34), a constant's name (NL80211_ATTR_KEY), an
// identifier made of words and abbreviations (tokenStr, protectNTFS), or a
// member access (hs.masterSecret, C.NFTA_CT_KEY).
func isCodeValue(v string) bool {
	t := strings.TrimPrefix(v, "-")
	if len(t) > 2 && t[0] == '0' && (t[1] == 'x' || t[1] == 'X') && allHex(t[2:]) {
		return true
	}
	if _, err := strconv.ParseFloat(v, 64); err == nil {
		return true
	}
	parts := strings.Split(v, ".")
	for _, p := range parts {
		if !isIdentifier(p) {
			return false
		}
	}
	if len(parts) == 1 {
		return isConstantName(v) || isCodeIdentifier(v)
	}
	for _, p := range parts {
		if len(p) >= 4 && LooksLikeWords(p) || isConstantName(p) || isCodeIdentifier(p) {
			return true
		}
	}
	return false
}

// isConstantName reports UPPER_SNAKE_CASE names of two or more words.
func isConstantName(s string) bool {
	if !strings.Contains(s, "_") {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !isUpperByte(c) && !isDigit(c) && c != '_' {
			return false
		}
	}
	for _, w := range strings.Split(s, "_") {
		if len(w) == 0 {
			return false
		}
	}
	return true
}

// isCodeIdentifier reports camelCase identifiers of at most 24 bytes that
// start with a pronounceable word of four or more letters and have no more
// than two digits (tokenStr, protectNTFS, prfBytes): names in code. Random
// keys rarely start with such a word and carry more digits.
func isCodeIdentifier(s string) bool {
	if len(s) > 24 || !isIdentifier(s) {
		return false
	}
	digits := 0
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			digits++
		}
	}
	if digits > 2 {
		return false
	}
	var buf [16]string
	toks := splitWords(s, buf[:0])
	if len(toks) < 2 || len(toks) > 4 {
		return false
	}
	wordy := 0
	for _, w := range toks {
		if len(w) >= 4 && pronounceable(w) {
			wordy += len(w)
		}
	}
	return wordy*2 >= len(s)
}
