package rules

import (
	"encoding/base64"
	"errors"
	"hash/crc32"
	"strconv"
	"strings"
)

// The offline validators (Check) of the rules of vcs.go.

// checkGitHubToken validates the checksum of a ghp_, gho_, ghu_, ghs_ or
// ghr_ token.
func checkGitHubToken(token string) error {
	if len(token) < 4 || token[3] != '_' {
		return errors.New("not a GitHub token prefix")
	}
	return checkBase62CRC(token, token[:4])
}

// gitlabRoutableSuffix is the length of the ".<2 length digits><7 CRC
// digits>" tail of a GitLab routable token.
const gitlabRoutableSuffix = 1 + 2 + 7

// checkGitLabToken validates a GitLab token. Legacy tokens (20 characters
// after the prefix) carry no checksum. Routable tokens end with
// ".<base36 payload length, 2 digits><base36 CRC32, 7 digits>", the CRC32
// covering everything before it, prefix included; the payload they carry
// is url-safe base64 of the routing fields, the random bytes and the
// count of random bytes.
func checkGitLabToken(token string) error {
	dot := strings.IndexByte(token, '.')
	if dot < 0 {
		return nil // legacy format: nothing to check offline
	}
	if len(token) < dot+gitlabRoutableSuffix {
		return errors.New("routable token too short")
	}
	body, crc := token[:len(token)-7], token[len(token)-7:]
	want, err := strconv.ParseUint(crc, 36, 64)
	if err != nil || want > 0xffffffff {
		return errors.New("CRC32 is not 7 base36 digits")
	}
	if uint64(crc32.ChecksumIEEE([]byte(body))) != want {
		return errors.New("CRC32 checksum does not match")
	}
	plen, err := strconv.ParseUint(body[len(body)-2:], 36, 16)
	if err != nil {
		return errors.New("payload length is not 2 base36 digits")
	}
	start := dot - int(plen)
	if start < 0 {
		return errors.New("payload length longer than the token")
	}
	raw, err := base64.RawURLEncoding.DecodeString(token[start:dot])
	if err != nil {
		return errors.New("payload is not url-safe base64")
	}
	if len(raw) == 0 {
		return errors.New("payload is empty")
	}
	if n := int(raw[len(raw)-1]); n < 16 || n+1 > len(raw) {
		return errors.New("payload does not end with its random bytes")
	}
	return nil
}
