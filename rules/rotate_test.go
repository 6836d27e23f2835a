package rules

import (
	"net/url"
	"sort"
	"strings"
	"testing"
)

// rotateCompany names the company behind a rule for the shared-URL check:
// the first part of its id ("shippo-live-token" -> "shippo"), merged for
// the few companies whose products carry different names.
func rotateCompany(id string) string {
	c, _, _ := strings.Cut(id, "-")
	if m, ok := rotateSameCompany[c]; ok {
		return m
	}
	return c
}

// rotateSameCompany maps an id's first part to its company where one
// company's products share a rotation page under different names.
var rotateSameCompany = map[string]string{
	"gcp": "google", "gemini": "google", "firebase": "google", "youtube": "google",
	"azure": "microsoft", "bing": "microsoft",
	"aws": "amazon",
}

// TestRotateURLs checks every rule's rotation page (issue 12): an https
// address with no spaces, and no address shared by two companies (a
// page copied to the wrong provider).
func TestRotateURLs(t *testing.T) {
	byURL := map[string]map[string][]string{}
	n := 0
	for _, r := range Builtin() {
		if r.Rotate == "" {
			continue
		}
		n++
		u, err := url.Parse(r.Rotate)
		if err != nil || u.Scheme != "https" || u.Host == "" || strings.ContainsAny(r.Rotate, " \t\n") {
			t.Errorf("%s: rotate %q is not an https address without spaces", r.ID, r.Rotate)
			continue
		}
		if byURL[r.Rotate] == nil {
			byURL[r.Rotate] = map[string][]string{}
		}
		c := rotateCompany(r.ID)
		byURL[r.Rotate][c] = append(byURL[r.Rotate][c], r.ID)
	}
	for u, cs := range byURL {
		if len(cs) > 1 {
			var ids []string
			for _, v := range cs {
				ids = append(ids, v...)
			}
			sort.Strings(ids)
			t.Errorf("rotate %s is shared by rules of different companies: %v", u, ids)
		}
	}
	t.Logf("%d rules carry a rotation page", n)
}
