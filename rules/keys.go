package rules

import (
	"encoding/binary"
	"errors"
	"strings"
)

// pemBody matches what lies between a BEGIN and an END line: base64, the
// RFC 1421 headers of legacy encrypted keys (Proc-Type, DEK-Info), armor
// headers (Version, Comment), and the decoration of a key held in a source
// or config file (indentation, quotes, "\n" escapes, concatenation). It
// never crosses a run of dashes, so one block cannot swallow the next.
const pemBody = `(?:[A-Za-z0-9+/=\s\\"',;:#|.()<>@_]|-[A-Za-z0-9 ])*?`

// pemKeyRule is a rule for one PEM private key label, validated by parsing.
func pemKeyRule(id, label, desc, validator string, trueEx []string) Rule {
	return Rule{
		ID:          id,
		Description: desc,
		Keywords:    []string{"begin " + strings.ToLower(label)},
		Regex:       `(?P<secret>-----BEGIN ` + label + `-----` + pemBody + `-----END ` + label + `-----)`,
		Multiline:   true,
		Binary:      true,
		// Parsing proves a block is a key; words in comments prove nothing.
		KeepPlaceholders: true,
		Check:            checkPEMPrivateKey,
		CheckDesc:        validator,
		Severity:         SeverityCritical,
		Examples: func() Examples {
			return Examples{
				True: trueEx,
				False: []string{
					`const header = "-----BEGIN ` + label + `-----"`,
					"-----BEGIN " + label + "-----\nTk9UIEEgS0VZIEFUIEFMTCwgSlVTVCBURVhU\n-----END " + label + "-----",
					"-----BEGIN " + label + "-----\n-----END " + label + "-----",
					examplePublicKey,
					exampleCertificate,
				},
			}
		},
	}
}

// privateKeyRules covers private keys of every PEM, OpenSSH, OpenPGP and
// PuTTY kind. They also run on binary content.
func privateKeyRules() []Rule {
	jsonKey := `{"type": "service_account", "private_key": "` + strings.ReplaceAll(examplePKCS8Key, "\n", `\n`) + `"}`
	yamlKey := "tls:\n  key: |\n    " + strings.ReplaceAll(strings.TrimSpace(exampleECKey), "\n", "\n    ") + "\n"
	rs := []Rule{
		pemKeyRule("private-key-rsa", "RSA PRIVATE KEY", "RSA private key (PKCS#1 PEM)",
			"parses as PKCS#1 (crypto/x509); encrypted PEM recognised by its DEK-Info",
			[]string{exampleRSAKey, exampleRSAEncryptedKey, "binary\x00\x01" + exampleRSAKey + "\x00\xff"}),
		pemKeyRule("private-key-ec", "EC PRIVATE KEY", "elliptic-curve private key (SEC 1 PEM)",
			"parses as SEC 1 (crypto/x509)", []string{exampleECKey, yamlKey}),
		pemKeyRule("private-key-dsa", "DSA PRIVATE KEY", "DSA private key (OpenSSL PEM)",
			"ASN.1 structure parses and y = g^x mod p", []string{exampleDSAKey}),
		pemKeyRule("private-key-pkcs8", "PRIVATE KEY", "private key (PKCS#8 PEM)",
			"parses as PKCS#8 (crypto/x509, or its ASN.1 structure for other algorithms)",
			[]string{examplePKCS8Key, examplePKCS8DSAKey, jsonKey}),
		pemKeyRule("private-key-pkcs8-encrypted", "ENCRYPTED PRIVATE KEY", "encrypted private key (PKCS#8 PEM)",
			"parses as EncryptedPrivateKeyInfo (RFC 5958)", []string{exampleEncryptedPKCS8Key}),
		pemKeyRule("private-key-openssh", "OPENSSH PRIVATE KEY", "OpenSSH private key",
			"openssh-key-v1 container parses; check integers agree when unencrypted",
			[]string{exampleOpenSSHKey, exampleOpenSSHEncryptedKey}),
	}
	rs[2].Severity = SeverityHigh
	rs[4].Severity = SeverityHigh
	return append(rs, pgpKeyRule(), puttyKeyRule(), ssh2KeyRule())
}

func pgpKeyRule() Rule {
	return Rule{
		ID:               "private-key-pgp",
		Description:      "OpenPGP private key block",
		Keywords:         []string{"begin pgp private key block"},
		Regex:            `(?P<secret>-----BEGIN PGP PRIVATE KEY BLOCK-----` + pemBody + `-----END PGP PRIVATE KEY BLOCK-----)`,
		Multiline:        true,
		Binary:           true,
		KeepPlaceholders: true,
		Check:            checkPGPPrivateKey,
		CheckDesc:        "armor CRC-24 checksum; first packet is a secret key (RFC 4880)",
		Severity:         SeverityCritical,
		Examples: func() Examples {
			return Examples{
				True: []string{examplePGPKey},
				False: []string{
					"-----BEGIN PGP PUBLIC KEY BLOCK-----\n\nmDMEZfake\n-----END PGP PUBLIC KEY BLOCK-----",
					"-----BEGIN PGP PRIVATE KEY BLOCK-----\n\nTk9UIEEgS0VZ\n=AAAA\n-----END PGP PRIVATE KEY BLOCK-----",
					`gpg --armor --export-secret-keys | grep "BEGIN PGP PRIVATE KEY BLOCK"`,
				},
			}
		},
	}
}

func puttyKeyRule() Rule {
	return Rule{
		ID:          "private-key-putty",
		Description: "PuTTY private key (.ppk)",
		Keywords:    []string{"putty-user-key-file-"},
		Regex: `(?P<secret>PuTTY-User-Key-File-[23]: [A-Za-z0-9@.\-]+[ \t]*\r?\n` +
			`(?:[ \t]*(?:[A-Za-z0-9\-]+: [^\r\n]*|[A-Za-z0-9+/=]+)[ \t]*\r?\n)*?` +
			`[ \t]*Private-MAC: [0-9a-fA-F]{40,64})`,
		Multiline:        true,
		Binary:           true,
		KeepPlaceholders: true,
		Check:            checkPuTTYKey,
		CheckDesc:        "line counts and base64 blocks; HMAC verified when unencrypted",
		Severity:         SeverityCritical,
		Examples: func() Examples {
			return Examples{
				True: []string{examplePuTTY2Key, examplePuTTY3Key, strings.ReplaceAll(examplePuTTY3Key, "\n", "\r\n")},
				False: []string{
					strings.Replace(examplePuTTY3Key, "Private-MAC: 1", "Private-MAC: 2", 1),
					"PuTTY-User-Key-File-3: ssh-ed25519\nEncryption: none\nComment: x\nPrivate-MAC: 00",
					`if strings.HasPrefix(line, "PuTTY-User-Key-File-3: ") {`,
				},
			}
		},
	}
}

func ssh2KeyRule() Rule {
	return Rule{
		ID:               "private-key-ssh2",
		Description:      "SSH.COM (SECSH) private key",
		Keywords:         []string{"begin ssh2 encrypted private key"},
		Regex:            `(?P<secret>---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----` + pemBody + `---- END SSH2 ENCRYPTED PRIVATE KEY ----)`,
		Multiline:        true,
		Binary:           true,
		KeepPlaceholders: true,
		Check:            checkSSH2Key,
		CheckDesc:        "body starts with the SECSH key magic and its length",
		Severity:         SeverityCritical,
		Examples: func() Examples {
			return Examples{
				True: []string{exampleSSH2Key()},
				False: []string{
					"---- BEGIN SSH2 PUBLIC KEY ----\nAAAAB3NzaC1yc2EAAAADAQABAAAAgQ\n---- END SSH2 PUBLIC KEY ----",
					"---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\nTk9UIEEgS0VZIEFUIEFMTA==\n---- END SSH2 ENCRYPTED PRIVATE KEY ----",
				},
			}
		},
	}
}

// ssh2Magic starts every SECSH private key blob.
const ssh2Magic = 0x3f6ff9eb

// checkSSH2Key checks the magic number and total length of a SECSH key.
func checkSSH2Key(block string) error {
	block = strings.ReplaceAll(block, "---- BEGIN SSH2", "-----BEGIN SSH2")
	block = strings.ReplaceAll(block, "PRIVATE KEY ----", "PRIVATE KEY-----")
	block = strings.ReplaceAll(block, "---- END SSH2", "-----END SSH2")
	a, err := parseArmor(block)
	if err != nil {
		return err
	}
	if len(a.body) < 8 || binary.BigEndian.Uint32(a.body) != ssh2Magic {
		return errors.New("no SECSH private key magic")
	}
	if int(binary.BigEndian.Uint32(a.body[4:])) != len(a.body) {
		return errors.New("SECSH key length does not match its body")
	}
	return nil
}

// exampleSSH2Key builds a SECSH key blob: magic, length, then fake
// encrypted content.
func exampleSSH2Key() string {
	body := make([]byte, 48)
	binary.BigEndian.PutUint32(body, ssh2Magic)
	binary.BigEndian.PutUint32(body[4:], uint32(len(body)))
	copy(body[8:], "3des-cbc\x00fake encrypted key material..")
	return "---- BEGIN SSH2 ENCRYPTED PRIVATE KEY ----\nComment: \"fake key\"\n" +
		b64std(body) + "\n---- END SSH2 ENCRYPTED PRIVATE KEY ----\n"
}

// Public material that the private-key rules must never report.
const (
	examplePublicKey = `-----BEGIN PUBLIC KEY-----
MCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=
-----END PUBLIC KEY-----`
	exampleCertificate = `-----BEGIN CERTIFICATE-----
MIIBLDCB36ADAgECAhRmYWtlIGNlcnRpZmljYXRlITAFBgMrZXAwDzENMAsGA1UE
AwwEZmFrZTAeFw0yNjAxMDEwMDAwMDBaFw0zNjAxMDEwMDAwMDBaMA8xDTALBgNV
-----END CERTIFICATE-----`
)
