package rules

import (
	"bytes"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"strings"
)

// The offline validators (Check) of the rules of registries.go.

// checkNPMToken validates the checksum of an npm_ access token.
func checkNPMToken(token string) error { return checkBase62CRC(token, "npm_") }

// checkPyPIToken validates a PyPI API token: "pypi-" and the url-safe
// base64 of a version 2 binary macaroon located at pypi.org or
// test.pypi.org, with an identifier, well-formed caveats and a 32-byte
// signature.
func checkPyPIToken(token string) error {
	b64, ok := strings.CutPrefix(token, "pypi-")
	if !ok {
		return errors.New(`does not start with "pypi-"`)
	}
	raw, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(b64, "="))
	if err != nil {
		return errors.New("not url-safe base64")
	}
	return parseMacaroonV2(raw)
}

// parseMacaroonV2 checks the layout of a binary v2 macaroon.
func parseMacaroonV2(raw []byte) error {
	if len(raw) == 0 || raw[0] != 2 {
		return errors.New("not a version 2 macaroon")
	}
	p := macReader{b: raw[1:]}
	typ, loc := p.field()
	if typ != macLocation || !(bytes.Equal(loc, []byte("pypi.org")) || bytes.Equal(loc, []byte("test.pypi.org"))) {
		return errors.New("macaroon is not located at pypi.org")
	}
	if typ, id := p.field(); typ != macID || len(id) == 0 {
		return errors.New("macaroon has no identifier")
	}
	if typ, _ := p.field(); typ != macEOS {
		return errors.New("macaroon header is not terminated")
	}
	for caveats := 0; ; caveats++ {
		typ, _ := p.field()
		if typ == macEOS {
			break
		}
		if typ == macLocation {
			typ, _ = p.field()
		}
		if typ != macID || caveats > 1000 {
			return errors.New("malformed macaroon caveat")
		}
		typ, _ = p.field()
		if typ == macVID {
			typ, _ = p.field()
		}
		if typ != macEOS {
			return errors.New("macaroon caveat is not terminated")
		}
	}
	if typ, sig := p.field(); typ != macSignature || len(sig) != 32 {
		return errors.New("macaroon has no 32-byte signature")
	}
	if p.err || len(p.b) != 0 {
		return errors.New("macaroon is truncated or has trailing bytes")
	}
	return nil
}

// macReader reads the fields of a binary macaroon: a varint type, then,
// unless the type is EOS, a varint length and that many bytes.
type macReader struct {
	b   []byte
	err bool
}

func (r *macReader) field() (int, []byte) {
	if r.err {
		return -1, nil
	}
	typ, n := binary.Uvarint(r.b)
	if n <= 0 {
		r.err = true
		return -1, nil
	}
	r.b = r.b[n:]
	if typ == macEOS {
		return macEOS, nil
	}
	l, n := binary.Uvarint(r.b)
	if n <= 0 || l > uint64(len(r.b)-n) {
		r.err = true
		return -1, nil
	}
	data := r.b[n : n+int(l)]
	r.b = r.b[n+int(l):]
	return int(typ), data
}

// Field types of the macaroon v2 binary format.
const (
	macEOS       = 0
	macLocation  = 1
	macID        = 2 // identifier of the macaroon and of each caveat
	macVID       = 4 // verification id of a third-party caveat
	macSignature = 6
)
