package rules

import (
	"encoding/base64"
	"errors"
	"strings"
)

// The offline validators (Check) of the rules of messaging.go.

// checkDiscordBotToken checks that the first part of a Discord bot token
// is the base64 of a numeric user id (a snowflake).
func checkDiscordBotToken(token string) error {
	first, _, _ := strings.Cut(token, ".")
	raw, err := base64.RawStdEncoding.DecodeString(strings.TrimRight(first, "="))
	if err != nil {
		return errors.New("first part is not base64")
	}
	if len(raw) < 17 || len(raw) > 20 {
		return errors.New("first part does not decode to a user id")
	}
	for _, c := range raw {
		if c < '0' || c > '9' {
			return errors.New("first part does not decode to a numeric user id")
		}
	}
	return nil
}
