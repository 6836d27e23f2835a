package rules

import (
	"encoding/base64"
	"encoding/json"
	"errors"
	"strconv"
	"strings"

	"github.com/envguard/envguard/rules/vocab"
)

// The offline validators (Check) of the rules of generic.go.

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
func checkGenericSecret(v string) error { return checkGeneric(v, true) }

// checkGeneric is checkGenericSecret; decode says whether a
// percent-encoded value may still be decoded (once, never more).
func checkGeneric(v string, decode bool) error {
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
	if isQueryTail(v) {
		return errors.New("a URL query string (url-query-credential judges each parameter)")
	}
	if isDemoPassword(v) {
		return errDemo
	}
	if d := unescape(v); decode && d != v {
		// Percent-encoded: judge what it encodes, once.
		if strings.ContainsAny(d, "=;& \t") {
			return errors.New("percent-encoded settings or text, not a secret")
		}
		if len(d) >= 8 {
			return checkGeneric(d, false)
		}
	}
	if isUUID(strings.TrimRight(v, ":.")) {
		return errors.New("a UUID")
	}
	if what := notCredential(v); what != "" {
		return errors.New(what)
	}
	if isCodeValue(v) {
		return errors.New("a number literal or a member access in code")
	}
	if allDigits(v) {
		return errors.New("a number")
	}
	if vocab.LooksLikeWords(v) {
		return errors.New("reads like words, a path or a version")
	}
	classes := vocab.CountClasses(v)
	if classes == 1 && len(v) < 16 {
		return errors.New("short value of a single character class")
	}
	if x := vocab.Randomness(v); x < 0.7 {
		return errors.New("not random enough for its charset")
	}
	return nil
}

func allDigits(s string) bool {
	for i := 0; i < len(s); i++ {
		if !vocab.IsDigit(s[i]) && s[i] != '.' && s[i] != '-' && s[i] != '_' {
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
		if !vocab.IsHexByte(c) {
			return false
		}
	}
	return true
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
		if !vocab.IsIdentifier(p) {
			return false
		}
	}
	if len(parts) == 1 {
		return isConstantName(v) || vocab.IsCodeIdentifier(v)
	}
	for _, p := range parts {
		if len(p) >= 4 && vocab.LooksLikeWords(p) || isConstantName(p) || vocab.IsCodeIdentifier(p) {
			return true
		}
	}
	return false
}

// isConstantName reports UPPER_SNAKE_CASE names of two or more words.
func isConstantName(s string) bool {
	s = strings.TrimLeft(s, "_")
	if !strings.Contains(s, "_") {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !vocab.IsUpper(c) && !vocab.IsDigit(c) && c != '_' {
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

// isQueryTail reports a value that runs on into further query parameters
// (agabcdef&callback=package.myCallback in ?token=agabcdef&callback=...):
// the assignment's value is only the part before the &, and the rule of
// query strings reports that with its own span.
func isQueryTail(v string) bool {
	i := strings.IndexByte(v, '&')
	if i <= 0 {
		return false
	}
	rest := v[i+1:]
	eq := strings.IndexByte(rest, '=')
	return eq > 0 && vocab.IsIdentifier(rest[:eq])
}

// checkAssignment looks at the assignment around a generic value: Go test
// output ("--- PASS: TestX") names no secret, and a value cut short by a
// blank inside its quotes is a word of some text, not a token.
func checkAssignment(secret, match string) error {
	i := strings.LastIndex(match, secret)
	if i < 0 {
		return nil
	}
	head := strings.TrimRight(match[:i], "\"'`")
	if strings.HasSuffix(head, "PASS:") || strings.HasSuffix(head, "PASS: ") || strings.HasSuffix(head, "FAIL: ") {
		for _, p := range []string{"Test", "Fuzz", "Benchmark", "Example"} {
			if strings.HasPrefix(secret, p) {
				return errors.New("Go test output, not an assignment")
			}
		}
	}
	if i == 0 {
		return nil
	}
	q, end := match[i-1], i+len(secret)
	if (q == '"' || q == '\'' || q == '`') && end < len(match) && (match[end] == ' ' || match[end] == '\t') {
		return errors.New("a word of a quoted text with blanks, not a token")
	}
	return nil
}
