package rules

import (
	"bytes"
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/hmac"
	"crypto/rsa"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/x509/pkix"
	"encoding/asn1"
	"encoding/base64"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"hash"
	"math/big"
	"strconv"
	"strings"
)

// The offline validators (Check) of the rules of keys.go.

// armor is a PEM or OpenPGP armored block split into its parts, after the
// escapes and quoting of the file that holds it ("\n" in JSON strings,
// indentation in YAML) are undone.
type armor struct {
	label   string            // "RSA PRIVATE KEY"
	headers map[string]string // "Proc-Type" -> "4,ENCRYPTED"
	body    []byte            // the decoded base64 body
	crc     string            // OpenPGP "=XXXX" checksum line, if any
}

// parseArmor parses a block from "-----BEGIN X-----" to "-----END X-----".
func parseArmor(block string) (*armor, error) {
	block = unescapeBlock(block)
	const begin = "-----BEGIN "
	i := strings.Index(block, begin)
	if i < 0 {
		return nil, errors.New("no BEGIN line")
	}
	rest := block[i+len(begin):]
	j := strings.Index(rest, "-----")
	if j < 0 {
		return nil, errors.New("unterminated BEGIN line")
	}
	a := &armor{label: rest[:j], headers: map[string]string{}}
	rest = rest[j+5:]
	k := strings.Index(rest, "-----END ")
	if k < 0 {
		return nil, errors.New("no END line")
	}
	var b64 strings.Builder
	for _, line := range strings.Split(rest[:k], "\n") {
		line = trimDecoration(line)
		switch {
		case line == "":
		case strings.Contains(line, ": "):
			kv := strings.SplitN(line, ": ", 2)
			a.headers[kv[0]] = kv[1]
		case strings.HasPrefix(line, "=") && len(line) == 5:
			a.crc = line[1:]
		default:
			b64.WriteString(line)
		}
	}
	body, err := base64.StdEncoding.DecodeString(b64.String())
	if err != nil {
		return nil, fmt.Errorf("body is not base64: %v", err)
	}
	if len(body) == 0 {
		return nil, errors.New("empty body")
	}
	a.body = body
	return a, nil
}

// unescapeBlock turns the escaped line breaks of a key stored in a JSON,
// YAML or source-code string back into real ones.
func unescapeBlock(s string) string {
	r := strings.NewReplacer(`\r\n`, "\n", `\n`, "\n", `\r`, "\n", "\r\n", "\n", "\r", "\n")
	return r.Replace(s)
}

// trimDecoration strips what surrounds a line of a key held in source code
// or a config file: indentation, quotes, string concatenation, comments.
// Base64 itself may start with "/" or "+" and end with "+", so those are
// only removed next to a quote.
func trimDecoration(line string) string {
	line = strings.TrimSpace(line)
	for _, p := range []string{"# ", "// ", "* ", "; "} {
		line = strings.TrimPrefix(line, p)
	}
	l := strings.TrimLeft(line, "+ \t")
	if l != "" && (l[0] == '"' || l[0] == '\'' || l[0] == '`') {
		line = l[1:]
	}
	if i := strings.LastIndexAny(line, "\"'`"); i >= 0 && strings.Trim(line[i+1:], ",;+) \t") == "" {
		line = line[:i]
	}
	return strings.TrimSpace(line)
}

// checkPEMPrivateKey validates a PEM private key block of any of the PEM
// kinds by parsing it. Encrypted keys are recognised by their structure.
func checkPEMPrivateKey(block string) error {
	a, err := parseArmor(block)
	if err != nil {
		return err
	}
	if strings.Contains(a.headers["Proc-Type"], "ENCRYPTED") {
		if a.headers["DEK-Info"] == "" || len(a.body)%8 != 0 {
			return errors.New("encrypted PEM block without a valid DEK-Info")
		}
		return nil
	}
	switch a.label {
	case "RSA PRIVATE KEY":
		err = checkRSAKey(a.body)
	case "EC PRIVATE KEY":
		err = checkECKey(a.body)
	case "DSA PRIVATE KEY":
		err = checkDSAKey(a.body)
	case "PRIVATE KEY":
		err = checkPKCS8Structure(a.body)
	case "ENCRYPTED PRIVATE KEY":
		err = checkEncryptedPKCS8(a.body)
	case "OPENSSH PRIVATE KEY":
		err = checkOpenSSHKey(a.body)
	default:
		err = fmt.Errorf("unknown block %q", a.label)
	}
	return err
}

// checkDSAKey parses OpenSSL's DSA private key structure and checks that
// the public value is g^x mod p.
func checkDSAKey(der []byte) error {
	var k struct {
		Version       int
		P, Q, G, Y, X *big.Int
	}
	rest, err := asn1.Unmarshal(der, &k)
	if err != nil || len(rest) > 0 {
		return errors.New("not a DSA private key structure")
	}
	if k.P.Sign() <= 0 || k.G.Sign() <= 0 || new(big.Int).Exp(k.G, k.X, k.P).Cmp(k.Y) != 0 {
		return errors.New("DSA public value does not match the private one")
	}
	return nil
}

// checkPKCS8Structure accepts a PKCS#8 key of any algorithm: a version,
// an algorithm and key bytes.
func checkPKCS8Structure(der []byte) error {
	var k struct {
		Version    int
		Algo       pkix.AlgorithmIdentifier
		PrivateKey []byte
	}
	rest, err := asn1.Unmarshal(der, &k)
	if err != nil || len(rest) > 0 || len(k.PrivateKey) == 0 {
		return errors.New("not a PKCS#8 private key")
	}
	return nil
}

// checkEncryptedPKCS8 parses an EncryptedPrivateKeyInfo (RFC 5958).
func checkEncryptedPKCS8(der []byte) error {
	var k struct {
		Algo pkix.AlgorithmIdentifier
		Data []byte
	}
	rest, err := asn1.Unmarshal(der, &k)
	if err != nil || len(rest) > 0 || len(k.Data) == 0 || len(k.Algo.Algorithm) == 0 {
		return errors.New("not an encrypted PKCS#8 key")
	}
	return nil
}

// sshReader reads the wire encoding of SSH (RFC 4251 strings and uint32s).
type sshReader struct {
	b   []byte
	err error
}

func (r *sshReader) uint32() uint32 {
	if r.err != nil || len(r.b) < 4 {
		r.err = errors.New("truncated")
		return 0
	}
	v := binary.BigEndian.Uint32(r.b)
	r.b = r.b[4:]
	return v
}

func (r *sshReader) string() []byte {
	n := r.uint32()
	if r.err != nil || uint32(len(r.b)) < n {
		r.err = errors.New("truncated")
		return nil
	}
	s := r.b[:n]
	r.b = r.b[n:]
	return s
}

// checkOpenSSHKey parses the openssh-key-v1 container (OpenSSH's
// PROTOCOL.key): magic, cipher, kdf, keys; for an unencrypted key the two
// check integers of the private section must agree.
func checkOpenSSHKey(b []byte) error {
	const magic = "openssh-key-v1\x00"
	if !bytes.HasPrefix(b, []byte(magic)) {
		return errors.New("no openssh-key-v1 header")
	}
	r := &sshReader{b: b[len(magic):]}
	cipher, kdf := string(r.string()), string(r.string())
	r.string() // kdf options
	n := r.uint32()
	if r.err != nil || n == 0 || n > 64 {
		return errors.New("bad openssh-key-v1 key count")
	}
	for i := uint32(0); i < n; i++ {
		r.string()
	}
	priv := r.string()
	if r.err != nil {
		return errors.New("truncated openssh-key-v1 body")
	}
	if cipher != "none" {
		if kdf != "bcrypt" || len(priv)%8 != 0 {
			return fmt.Errorf("encrypted openssh key with unknown kdf %q", kdf)
		}
		return nil
	}
	if len(priv) < 8 || !bytes.Equal(priv[:4], priv[4:8]) {
		return errors.New("openssh key check integers differ")
	}
	pr := &sshReader{b: priv[8:]}
	if string(pr.string()) == "ssh-ed25519" {
		pub, key := pr.string(), pr.string()
		if pr.err != nil || len(key) != ed25519.PrivateKeySize ||
			!bytes.Equal(ed25519.NewKeyFromSeed(key[:ed25519.SeedSize]), key) || !bytes.Equal(key[ed25519.SeedSize:], pub) {
			return errors.New("ed25519 private key does not match its public key")
		}
	}
	return nil
}

// The private-key validators parse with encoding/asn1 and check with
// crypto/rsa and crypto/ecdsa what crypto/x509's parsers would: x509 links
// the net package, and with it the C resolver, into every build, which
// made every run of envguard a dynamically linked program that started
// 1.3 ms slower.

// checkRSAKey parses a PKCS #1 RSAPrivateKey and checks that it is a
// valid key (its primes make its modulus, its exponents agree).
func checkRSAKey(der []byte) error {
	var k struct {
		Version       int
		N, E, D, P, Q *big.Int
		// The CRT values: an encoder may leave them out, as crypto/x509
		// reads it (they follow from the others).
		Dp               *big.Int        `asn1:"optional"`
		Dq               *big.Int        `asn1:"optional"`
		Qinv             *big.Int        `asn1:"optional"`
		AdditionalPrimes []asn1.RawValue `asn1:"optional,omitempty"`
	}
	rest, err := asn1.Unmarshal(der, &k)
	if err != nil || len(rest) > 0 {
		return errors.New("not an RSA private key structure")
	}
	if k.Version > 1 || k.N.Sign() <= 0 || k.D.Sign() <= 0 || k.P.Sign() <= 0 || k.Q.Sign() <= 0 ||
		!k.E.IsInt64() || k.E.Int64() < 2 || k.E.Int64() > 1<<31-1 {
		return errors.New("RSA private key with an invalid value")
	}
	if len(k.AdditionalPrimes) > 0 {
		return nil // multi-prime: structure only
	}
	key := &rsa.PrivateKey{PublicKey: rsa.PublicKey{N: k.N, E: int(k.E.Int64())}, D: k.D, Primes: []*big.Int{k.P, k.Q}}
	if err := key.Validate(); err != nil {
		return fmt.Errorf("RSA private key does not hold together: %v", err)
	}
	// CRT values, when all are there, must be D mod p-1, D mod q-1 and
	// q's inverse mod p.
	if k.Dp == nil || k.Dq == nil || k.Qinv == nil {
		return nil
	}
	one := big.NewInt(1)
	pm1, qm1 := new(big.Int).Sub(k.P, one), new(big.Int).Sub(k.Q, one)
	if new(big.Int).Mod(k.D, pm1).Cmp(k.Dp) != 0 || new(big.Int).Mod(k.D, qm1).Cmp(k.Dq) != 0 ||
		new(big.Int).Mod(new(big.Int).Mul(k.Q, k.Qinv), k.P).Cmp(one) != 0 {
		return errors.New("RSA private key with inconsistent CRT values")
	}
	return nil
}

// ecCurves are the named curves of SEC 1 keys, by object identifier.
var ecCurves = []struct {
	oid   asn1.ObjectIdentifier
	curve func() elliptic.Curve
}{
	{asn1.ObjectIdentifier{1, 3, 132, 0, 33}, elliptic.P224},
	{asn1.ObjectIdentifier{1, 2, 840, 10045, 3, 1, 7}, elliptic.P256},
	{asn1.ObjectIdentifier{1, 3, 132, 0, 34}, elliptic.P384},
	{asn1.ObjectIdentifier{1, 3, 132, 0, 35}, elliptic.P521},
}

// checkECKey parses a SEC 1 key of a named curve: its scalar must be a
// valid private key of the curve and, when it embeds its public key, yield
// that key.
func checkECKey(der []byte) error {
	var raw struct {
		Version    int
		PrivateKey []byte
		Curve      asn1.ObjectIdentifier `asn1:"optional,explicit,tag:0"`
		PublicKey  asn1.BitString        `asn1:"optional,explicit,tag:1"`
	}
	if rest, err := asn1.Unmarshal(der, &raw); err != nil || len(rest) > 0 || raw.Version != 1 {
		return errors.New("not an EC private key structure")
	}
	var curve elliptic.Curve
	for _, c := range ecCurves {
		if raw.Curve.Equal(c.oid) {
			curve = c.curve()
		}
	}
	if curve == nil {
		return errors.New("EC private key of an unknown curve")
	}
	// Some encoders drop leading zeros, others add some: the scalar is
	// read at the curve's size, as crypto/x509 reads it.
	size := (curve.Params().N.BitLen() + 7) / 8
	d := raw.PrivateKey
	for len(d) > size && d[0] == 0 {
		d = d[1:]
	}
	if len(d) > size {
		return errors.New("EC private key longer than its curve")
	}
	d = append(make([]byte, size-len(d), size), d...)
	k, err := ecdsa.ParseRawPrivateKey(curve, d)
	if err != nil {
		return err
	}
	if len(raw.PublicKey.Bytes) == 0 {
		return nil
	}
	if pub, err := k.PublicKey.Bytes(); err == nil && !bytes.Equal(pub, raw.PublicKey.Bytes) {
		return errors.New("EC public key does not match the private key")
	}
	return nil
}

// checkPGPPrivateKey validates an armored OpenPGP secret key: the armor
// checksum (CRC-24, RFC 4880 section 6.1) and a first packet that is a
// secret key.
func checkPGPPrivateKey(block string) error {
	a, err := parseArmor(block)
	if err != nil {
		return err
	}
	if a.crc != "" {
		want, err := base64.StdEncoding.DecodeString(a.crc)
		if err != nil || len(want) != 3 {
			return errors.New("bad armor checksum line")
		}
		c := crc24(a.body)
		if byte(c>>16) != want[0] || byte(c>>8) != want[1] || byte(c) != want[2] {
			return errors.New("armor checksum mismatch")
		}
	}
	h := a.body[0]
	if h&0x80 == 0 {
		return errors.New("not an OpenPGP packet")
	}
	tag := h & 0x3f
	if h&0x40 == 0 {
		tag = (h >> 2) & 0x0f
	}
	if tag != 5 {
		return fmt.Errorf("first packet has tag %d, not a secret key", tag)
	}
	return nil
}

// crc24 is the OpenPGP armor checksum.
func crc24(b []byte) uint32 {
	crc := uint32(0xB704CE)
	for _, c := range b {
		crc ^= uint32(c) << 16
		for i := 0; i < 8; i++ {
			crc <<= 1
			if crc&0x1000000 != 0 {
				crc ^= 0x1864CFB
			}
		}
	}
	return crc & 0xFFFFFF
}

// checkPuTTYKey validates a PuTTY .ppk file (versions 2 and 3): its line
// counts, its base64 blocks and, for an unencrypted key, its MAC.
func checkPuTTYKey(text string) error {
	lines := strings.Split(strings.ReplaceAll(unescapeBlock(text), "\r", ""), "\n")
	f := map[string]string{}
	blocks := map[string][]byte{}
	version := 0
	for i := 0; i < len(lines); i++ {
		k, v, ok := strings.Cut(strings.TrimSpace(lines[i]), ": ")
		if !ok {
			continue
		}
		if strings.HasPrefix(k, "PuTTY-User-Key-File-") {
			version, _ = strconv.Atoi(strings.TrimPrefix(k, "PuTTY-User-Key-File-"))
			f["alg"] = v
			continue
		}
		f[k] = v
		if k == "Public-Lines" || k == "Private-Lines" {
			n, err := strconv.Atoi(v)
			if err != nil || n <= 0 || i+n >= len(lines) {
				return fmt.Errorf("bad %s", k)
			}
			var s strings.Builder
			for _, l := range lines[i+1 : i+1+n] {
				s.WriteString(strings.TrimSpace(l))
			}
			b, err := base64.StdEncoding.DecodeString(s.String())
			if err != nil {
				return fmt.Errorf("%s block is not base64", k)
			}
			blocks[k] = b
			i += n
		}
	}
	if version != 2 && version != 3 {
		return errors.New("unknown PuTTY key version")
	}
	mac, err := hex.DecodeString(f["Private-MAC"])
	if err != nil || blocks["Public-Lines"] == nil || blocks["Private-Lines"] == nil {
		return errors.New("incomplete PuTTY key")
	}
	if f["Encryption"] != "none" {
		return nil
	}
	var h hash.Hash
	if version == 2 {
		k := sha1.Sum([]byte("putty-private-key-file-mac-key"))
		h = hmac.New(sha1.New, k[:])
	} else {
		h = hmac.New(sha256.New, nil)
	}
	for _, x := range [][]byte{[]byte(f["alg"]), []byte(f["Encryption"]), []byte(f["Comment"]), blocks["Public-Lines"], blocks["Private-Lines"]} {
		var l [4]byte
		binary.BigEndian.PutUint32(l[:], uint32(len(x)))
		h.Write(l[:])
		h.Write(x)
	}
	if !hmac.Equal(h.Sum(nil), mac) {
		return errors.New("PuTTY key MAC mismatch")
	}
	return nil
}
