package rules

import "github.com/envguard/envguard/rules/keys"

// The kinds of fresh key live in package keys; these names keep the
// catalog's API whole for its callers.

// KeyKind is [keys.KeyKind].
type KeyKind = keys.KeyKind

// GenOptions is [keys.GenOptions].
type GenOptions = keys.GenOptions

// Kinds of key, as in package keys.
const (
	KindNone     = keys.KindNone
	KindFernet   = keys.KindFernet
	KindHex      = keys.KindHex
	KindURLSafe  = keys.KindURLSafe
	KindBase64   = keys.KindBase64
	KindDjango   = keys.KindDjango
	KindPassword = keys.KindPassword
	KindUUID     = keys.KindUUID
)

// DjangoAlphabet is [keys.DjangoAlphabet].
const DjangoAlphabet = keys.DjangoAlphabet

// Errors of [Generate], as in package keys.
var (
	ErrUnknownKind = keys.ErrUnknownKind
	ErrBadSize     = keys.ErrBadSize
)

// Generate is [keys.Generate].
func Generate(kind KeyKind, opts GenOptions) (string, error) { return keys.Generate(kind, opts) }

// Kinds is [keys.Kinds].
func Kinds() []KeyKind { return keys.Kinds() }

// KindDescription is [keys.KindDescription].
func KindDescription(k KeyKind) string { return keys.KindDescription(k) }

// Charsets is [keys.Charsets].
func Charsets() []string { return keys.Charsets() }
