package vocab

import "strings"

// secretNameParts occur in names of secrets wherever they stand:
// DB_PASSWORD, clientSecret, AUTH_TOKEN, x-api-key, privateKey.
var secretNameParts = []string{
	"secret", "token", "passw", "passphrase", "credential", "apikey", "api_key",
	"api-key", "privatekey", "private_key", "private-key", "accesskey",
	"access_key", "access-key", "authorization", "bearer",
}

// IsSecretName reports whether an identifier names a secret: it contains
// one of [secretNameParts], has the word "auth", "pwd" or "passwd", or
// ends with the word "key", "pass" or "pw" (API_KEY, apiKey, DB_PASS),
// and is not one of the names [NonSecretName] knows to hold something
// else. "author", "monkey" and "bypass" are not secret names.
func IsSecretName(name string) bool {
	if !MayNameSecret(name) {
		return false
	}
	var buf [16]string
	toks := splitWords(name, buf[:0])
	if len(toks) == 0 || NonSecretName(name) {
		return false
	}
	l := strings.ToLower(name)
	for _, p := range secretNameParts {
		if strings.Contains(l, p) {
			return true
		}
	}
	for _, t := range toks {
		switch asciiLower(t) {
		case "auth", "pwd", "passwd":
			return true
		}
	}
	switch asciiLower(toks[len(toks)-1]) {
	case "key", "pass", "pw":
		return true
	}
	return false
}

// nameStems are the lower-case stems one of which occurs, in any case, in
// every name [IsSecretName] accepts. They are the one source of the
// generic rules' keywords ([SecretNameKeywords]) and of the cheap name
// tests ([MayNameSecret], [MayNameSecretBytes]), which must agree for the
// prefilter never to miss a generic match.
var nameStems = []string{"key", "secret", "token", "pass", "pwd", "pw", "credential", "auth", "bearer"}

// stemsByFirst files nameStems by their first byte.
var stemsByFirst = func() (t [256][]string) {
	for _, k := range nameStems {
		t[k[0]] = append(t[k[0]], k)
	}
	return t
}()

// SecretNameKeywords returns the prefilter keywords of the rules that look
// for secret names: the stems of three bytes or more, and the shorter ones
// behind a separator ("_pw", "-pw", ".pw"), since keywords are at least
// three bytes long. Each call returns a fresh slice.
func SecretNameKeywords() []string {
	var out []string
	for _, k := range nameStems {
		if len(k) >= 3 {
			out = append(out, k)
			continue
		}
		out = append(out, "_"+k, "-"+k, "."+k)
	}
	return out
}

// MayNameSecret is the cheap first test of [IsSecretName]: the name holds
// one of the stems of the secret names, in any case.
func MayNameSecret(name string) bool {
	l := asciiLower(name)
	for _, k := range nameStems {
		if strings.Contains(l, k) {
			return true
		}
	}
	return false
}

// MayNameSecretBytes is [MayNameSecret] on bytes, without allocating.
func MayNameSecretBytes(name []byte) bool {
	for i := 0; i+2 <= len(name); i++ {
		for _, k := range stemsByFirst[lower[name[i]]] {
			if HasFoldAt(name, i, k) {
				return true
			}
		}
	}
	return false
}

// NonSecretName reports identifiers that contain a secret word but name
// something else: public and publishable keys, lookup keys (cache, sort,
// partition, idempotency...), and metadata about a secret (its path, file,
// URL, type, length, lifetime, name or id). Generic rules skip them.
func NonSecretName(name string) bool {
	var buf [16]string
	toks := splitWords(name, buf[:0])
	if len(toks) == 0 {
		return false
	}
	for i := range toks {
		toks[i] = asciiLower(toks[i])
	}
	secretWord := false
	for _, t := range toks {
		if nonSecretWords[t] {
			return true
		}
		secretWord = secretWord || t == "secret" || t == "key"
	}
	if !secretWord && (containsString(toks, "csrf") || containsString(toks, "xsrf")) {
		return true // a per-session form token, not the secret that signs it
	}
	last := toks[len(toks)-1]
	if metadataWords[last] {
		return true
	}
	if len(toks) >= 2 && (last == "key" || last == "keys") && lookupKeyWords[toks[len(toks)-2]] {
		return true
	}
	if len(toks) >= 2 && last == "token" && paginationWords[toks[len(toks)-2]] {
		return true // NextToken, pageToken, continuation_token: a cursor; PolicyUpdateToken: a version
	}
	return false
}

// paginationWords, right before a final "token", make it a cursor that
// APIs hand out to fetch the next page, not a credential; or a version
// token of optimistic locking (AWS's PolicyUpdateToken, WAF's ChangeToken,
// a lock token) that a client reads with Get and hands back with Put to
// say which version it changes: it grants nothing.
var paginationWords = map[string]bool{
	"next": true, "page": true, "continuation": true, "pagination": true,
	"sync": true, "cursor": true, "marker": true, "resume": true, "prev": true,
	"previous": true, "start": true, "continue": true, "change": true,
	"update": true, "lock": true,
}

// nonSecretWords anywhere in a name make it public or not a credential.
var nonSecretWords = map[string]bool{
	"public": true, "publishable": true, "pub": true,
	"tokenizer": true, "sitekey": true, "author": true, "authors": true,
	"keyboard": true, "keyword": true, "keywords": true, "keystroke": true,
	"monkey": true, "turkey": true, "hockey": true, "jockey": true, "donkey": true,
	"whiskey": true, "passenger": true, "passport": true, "bypass": true,
	"compass": true, "keyframe": true, "keyframes": true, "keycode": true,
	"hotkey": true, "keymap": true, "keypress": true, "keydown": true, "keyup": true,
	"verifier": true, // a sumdb or signature verifier key is public
}

// metadataWords, as the last word of a name, describe a secret rather than
// hold it (SECRET_NAME, token_url, password_min_length, KEY_FILE).
var metadataWords = map[string]bool{
	"id": true, "ids": true, "name": true, "names": true, "arn": true, "path": true,
	"file": true, "files": true, "dir": true, "url": true, "uri": true, "endpoint": true,
	"host": true, "type": true, "types": true, "ttl": true, "expiry": true,
	"expires": true, "expiration": true, "length": true, "len": true, "size": true,
	"count": true, "max": true, "min": true, "timeout": true, "policy": true,
	"version": true, "ref": true, "field": true, "label": true, "prefix": true,
	"suffix": true, "format": true, "mode": true, "method": true, "provider": true,
	"domain": true, "scope": true, "scopes": true, "enabled": true, "disabled": true,
	"required": true, "regex": true, "pattern": true, "algorithm": true, "alg": true,
	"env": true, "var": true, "variable": true, "param": true, "hint": true,
	"placeholder": true, "description": true, "error": true, "message": true,
	"msg": true, "title": true, "text": true, "help": true, "in": true, "at": true,
	"limit": true, "lifetime": true, "age": true, "duration": true, "interval": true,
	"tokens": true, "keys": true, "secrets": true, "location": true, "store": true,
	"class": true, "service": true, "server": true, "route": true, "page": true,
	"input": true, "form": true, "schema": true, "index": true, "strength": true,
	"reset": true, "confirmation": true, "confirm": true, "changed": true,
	"rotation": true, "source": true, "mount": true, "volume": true,
	"used": true, "prompt": true, "time": true, "date": true, "timestamp": true,
}

// lookupKeyWords, right before a final "key", make it a lookup key.
var lookupKeyWords = map[string]bool{
	"cache": true, "sort": true, "partition": true, "primary": true, "foreign": true,
	"idempotency": true, "storage": true, "lookup": true, "translation": true,
	"i18n": true, "row": true, "hash": true, "range": true, "object": true, "s3": true,
	"file": true, "site": true, "dedup": true, "map": true, "query": true,
	"group": true, "event": true, "state": true, "unique": true, "result": true,
	"local": true, "redux": true, "react": true, "column": true,
	"table": true, "dict": true, "json": true, "yaml": true, "config": true,
	"setting": true, "settings": true, "metric": true, "label": true, "tag": true,
	"attribute": true, "property": true, "prop": true, "field": true, "item": true,
	"list": true, "message": true, "error": true,
	"shortcut": true, "hot": true, "bucket": true,
	"blob": true, "registry": true, "env": true, "feature": true, "flag": true,
}

func containsString(xs []string, x string) bool {
	for _, v := range xs {
		if v == x {
			return true
		}
	}
	return false
}
