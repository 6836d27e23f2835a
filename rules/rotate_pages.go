package rules

// rotatePage returns the rotation or revocation page for the rule with
// id when its row names none: the long-tail families keep their pages in
// tables of their own (rotate_pages_*.go), each page confirmed against
// the provider's own documentation. "" when none is known.
func rotatePage(id string) string {
	for _, pages := range []func(string) string{rotatePagesA, rotatePagesB, rotatePagesC, rotatePagesD, rotatePagesE, rotatePagesF, rotatePagesG, rotatePagesH, rotatePagesI, rotatePagesJ} {
		if u := pages(id); u != "" {
			return u
		}
	}
	return ""
}
