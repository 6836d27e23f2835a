package rules

import (
	"encoding/base32"
	"encoding/base64"
	"encoding/binary"
	"errors"
	"fmt"
)

// The offline validators (Check) of the rules of cloud.go.

// checkAWSKeyID validates an AWS access key id: a four-letter prefix,
// then 16 characters of the base32 alphabet (A-Z, 2-7) that decode to an
// account id of at most 12 decimal digits.
func checkAWSKeyID(id string) error {
	if len(id) != 20 {
		return fmt.Errorf("%d characters, want 20", len(id))
	}
	for i := 4; i < len(id); i++ {
		if c := id[i]; !(c >= 'A' && c <= 'Z' || c >= '2' && c <= '7') {
			return fmt.Errorf("character %q is outside the base32 alphabet", c)
		}
	}
	if acct := awsAccountID(id); acct > 999_999_999_999 {
		return fmt.Errorf("encodes account id %d, longer than 12 digits", acct)
	}
	return nil
}

// awsAccountID decodes the account id carried by characters 5 to 14 of an
// AWS key id (base32): bits 1 to 40 of the first six decoded bytes.
func awsAccountID(id string) uint64 {
	raw, err := base32.StdEncoding.DecodeString(id[4:20])
	if err != nil || len(raw) < 6 {
		return 1 << 62
	}
	var b [8]byte
	copy(b[2:], raw[:6])
	return (binary.BigEndian.Uint64(b[:]) & 0x7fffffffff80) >> 7
}

// checkBase64Len returns a validator that accepts standard base64 text
// decoding to exactly n bytes.
func checkBase64Len(n int) func(string) error {
	return func(s string) error {
		raw, err := base64.StdEncoding.DecodeString(s)
		if err != nil {
			return errors.New("not base64")
		}
		if len(raw) != n {
			return fmt.Errorf("decodes to %d bytes, want %d", len(raw), n)
		}
		return nil
	}
}

// azuriteKey is the account key of Azure's local storage emulator
// (Azurite), published in Microsoft's documentation.
const azuriteKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="

// checkAzureStorageKey accepts the base64 of a 64-byte key other than the
// storage emulator's well-known one.
func checkAzureStorageKey(s string) error {
	if s == azuriteKey {
		return errors.New("the storage emulator's published key")
	}
	return checkBase64Len(64)(s)
}
