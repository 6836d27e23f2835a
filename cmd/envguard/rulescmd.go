package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/envguard/envguard/rules"
	"github.com/envguard/envguard/scanner"
	"github.com/envguard/envguard/scanner/report"
)

const rulesUsage = `Usage: envguard rules [options] [FILTER...]

List the rules a scan uses: id, provider, severity, what the rule finds, the offline
validator that rejects lookalikes (checksum, structure) and the keywords
the prefilter looks for. These are the built-in rules, less the
disabled_rules and plus the custom [[rule]]s of .envguard.toml at the
repository root (or --config). With FILTER, list only the rules whose id,
description or keywords contain one of the words (ignoring case). On a
terminal the lines fit its width (table rows are cut, --verbose values
wrap); a pipe or a file gets every line whole.

Options:
  -f, --format FORMAT   text (default) or json
  -p, --provider NAME   only the rules of provider NAME (as in the PROVIDER
                        column, ignoring case); repeat or use commas for several
  -v, --verbose         also print each rule's regexp, minimum randomness
                        and where to rotate the secret (text format)
  --config FILE         read FILE instead of .envguard.toml at the repository root

Examples:
  envguard rules
  envguard rules github aws
  envguard rules --provider shodan,virustotal
  envguard rules --format json | jq -r '.rules[].id'
`

func rulesCommand() *command {
	return &command{name: "rules", summary: "list the built-in rules", usage: rulesUsage, run: runRules}
}

// ruleInfo is one rule as `envguard rules --format json` prints it.
type ruleInfo struct {
	ID            string   `json:"id"`
	Provider      string   `json:"provider,omitempty"`
	Description   string   `json:"description"`
	Severity      string   `json:"severity"`
	Keywords      []string `json:"keywords"`
	CheckDesc     string   `json:"validator,omitempty"`
	Regex         string   `json:"regex"`
	MinEntropy    float64  `json:"min_entropy,omitempty"`
	MinRandomness float64  `json:"min_randomness,omitempty"`
	Generic       bool     `json:"generic,omitempty"`
	KeyKind       string   `json:"key_kind,omitempty"`
	Rotate        string   `json:"rotate,omitempty"`
	Custom        bool     `json:"custom,omitempty"`
}

func runRules(e *env, args []string) error {
	c := rulesCommand()
	var format, configPath string
	var verbose bool
	var providers providerList
	fs := newFlagSet(e, c)
	fs.Var(&providers, "provider", "")
	fs.Var(&providers, "p", "")
	fs.StringVar(&format, "format", "text", "")
	fs.StringVar(&format, "f", "text", "")
	fs.BoolVar(&verbose, "verbose", false, "")
	fs.BoolVar(&verbose, "v", false, "")
	fs.StringVar(&configPath, "config", "", "")
	filters, err := parseFlags(e, c, fs, args)
	if err != nil {
		return err
	}
	if format != "text" && format != "json" {
		return usagef(c.name, "unknown format %q: use text or json", format)
	}
	list, builtin, err := effectiveRules(e, configPath)
	if err != nil {
		return err
	}
	var infos []ruleInfo
	for _, r := range list {
		if matchesFilter(&r, filters) && providers.has(r.Provider) {
			in := infoOf(&r)
			in.Custom = !builtin[r.ID]
			infos = append(infos, in)
		}
	}
	if len(infos) == 0 && len(providers) > 0 {
		return withHint(fmt.Errorf("no rule of provider %q matches", strings.Join(providers, ",")),
			"run 'envguard rules' to see the PROVIDER column, or filter by word: envguard rules WORD")
	}
	if len(infos) == 0 {
		return withHint(fmt.Errorf("no rule matches %q", strings.Join(filters, " ")),
			"run 'envguard rules' without a filter to list every rule")
	}
	if format == "json" {
		return writeRulesJSON(e.stdout, infos)
	}
	return writeRulesText(e.stdout, infos, verbose, e.stdoutWidth())
}

// effectiveRules returns the rules a scan from here would use, and the
// set of built-in ids. Outside a repository the config is looked for in
// the working directory.
func effectiveRules(e *env, configPath string) ([]rules.Rule, map[string]bool, error) {
	builtinRules := rules.Builtin()
	builtin := make(map[string]bool, len(builtinRules))
	for _, r := range builtinRules {
		builtin[r.ID] = true
	}
	p, err := scanner.Open(e.dir, "", configPath, scanner.RepoOptional)
	if err != nil {
		return nil, nil, err
	}
	return p.Rules, builtin, nil
}

// matchesFilter reports whether one of the filter words occurs in r's id,
// description or keywords; no filter matches every rule.
func matchesFilter(r *rules.Rule, filters []string) bool {
	if len(filters) == 0 {
		return true
	}
	hay := strings.ToLower(r.ID + "\n" + r.Description + "\n" + strings.Join(r.Keywords, "\n"))
	for _, f := range filters {
		if strings.Contains(hay, strings.ToLower(f)) {
			return true
		}
	}
	return false
}

func infoOf(r *rules.Rule) ruleInfo {
	kws := r.Keywords
	if kws == nil {
		kws = []string{}
	}
	return ruleInfo{
		ID: r.ID, Provider: r.Provider, Description: r.Description, Severity: r.Severity.String(),
		Keywords: kws, CheckDesc: r.CheckDesc, Regex: r.Regex,
		MinEntropy: r.MinEntropy, MinRandomness: r.MinRandomness,
		Generic: r.Generic, KeyKind: string(r.KeyKind), Rotate: r.Rotate,
	}
}

func writeRulesJSON(w io.Writer, infos []ruleInfo) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(struct {
		Count int        `json:"count"`
		Rules []ruleInfo `json:"rules"`
	}{len(infos), infos})
}

// writeRulesText writes the rules as a table, or one block per rule with
// verbose. A width above 0 (a terminal's) fits the lines to it: table rows
// are cut, the blocks' long values (regex, keywords) wrap (issue 16); 0
// (a pipe) writes every line whole.
func writeRulesText(out io.Writer, infos []ruleInfo, verbose bool, width int) error {
	var buf bytes.Buffer
	w := io.Writer(&buf)
	if width <= 0 {
		w = out
	}
	validated := 0
	for _, in := range infos {
		if in.CheckDesc != "" {
			validated++
		}
	}
	if verbose {
		writeRulesDetail(w, infos)
	} else {
		tw := tabwriter.NewWriter(w, 0, 4, 2, ' ', 0)
		fmt.Fprintln(tw, "ID\tPROVIDER\tSEVERITY\tDESCRIPTION\tVALIDATOR\tKEYWORDS")
		for _, in := range infos {
			fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", in.ID, orDash(in.Provider), in.Severity, describe(in), orDash(in.CheckDesc), keywordList(in.Keywords))
		}
		if err := tw.Flush(); err != nil {
			return err
		}
	}
	if _, err := fmt.Fprintf(w, "%s, %d with an offline validator\n", report.Plural(len(infos), "rule"), validated); err != nil {
		return err
	}
	if width <= 0 {
		return nil
	}
	_, err := io.WriteString(out, fitWidth(buf.String(), width, !verbose))
	return err
}

// detailIndent is where the values of a rule's block start.
const detailIndent = "              "

// fitWidth fits each line of text to width columns: cut ones end in "…";
// wrapped ones go on under detailIndent, broken after a comma or a
// space where there is one.
func fitWidth(text string, width int, cut bool) string {
	var b strings.Builder
	for _, line := range strings.SplitAfter(text, "\n") {
		nl := strings.HasSuffix(line, "\n")
		line = strings.TrimSuffix(line, "\n")
		if line == "" && !nl {
			continue
		}
		r := []rune(line)
		switch {
		case len(r) <= width:
			b.WriteString(line)
		case cut || width <= len(detailIndent)+10:
			b.WriteString(string(r[:width-1]) + "…")
		default:
			first := true
			for len(r) > 0 {
				room := width
				if !first {
					room -= len(detailIndent)
					b.WriteString(detailIndent)
				}
				n := min(room, len(r))
				if n < len(r) {
					// Break after the last comma or space that leaves at
					// least half the room used.
					for i := n - 1; i > room/2; i-- {
						if r[i] == ',' || r[i] == ' ' {
							n = i + 1
							break
						}
					}
				}
				b.WriteString(strings.TrimRight(string(r[:n]), " "))
				r = r[n:]
				if len(r) > 0 {
					b.WriteString("\n")
				}
				first = false
			}
		}
		if nl {
			b.WriteString("\n")
		}
	}
	return b.String()
}

// writeRulesDetail prints one block per rule, for --verbose.
func writeRulesDetail(w io.Writer, infos []ruleInfo) {
	for _, in := range infos {
		fmt.Fprintf(w, "%s (%s)\n  %s\n", in.ID, in.Severity, describe(in))
		if in.Provider != "" {
			fmt.Fprintf(w, "  provider:   %s\n", in.Provider)
		}
		fmt.Fprintf(w, "  validator:  %s\n  keywords:   %s\n  regex:      %s\n", orDash(in.CheckDesc), keywordList(in.Keywords), in.Regex)
		if in.MinRandomness > 0 || in.MinEntropy > 0 {
			fmt.Fprintf(w, "  randomness: at least %.2f (entropy at least %.2f bits per character)\n", in.MinRandomness, in.MinEntropy)
		}
		if in.Rotate != "" {
			fmt.Fprintf(w, "  rotate:     %s\n", in.Rotate)
		}
		fmt.Fprintln(w)
	}
}

// describe is a rule's description, marked when it comes from the config.
func describe(in ruleInfo) string {
	if in.Custom {
		return in.Description + " [custom]"
	}
	return in.Description
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func keywordList(kws []string) string {
	if len(kws) == 0 {
		return "(always runs)"
	}
	return strings.Join(kws, ",")
}

// providerList is the value of --provider: provider names, from repeated
// flags or separated by commas.
type providerList []string

func (l *providerList) String() string { return strings.Join(*l, ",") }

func (l *providerList) Set(v string) error {
	for _, p := range strings.Split(v, ",") {
		if p = strings.TrimSpace(p); p != "" {
			*l = append(*l, strings.ToLower(p))
		}
	}
	return nil
}

// has reports whether provider is in the list; an empty list has every
// provider.
func (l providerList) has(provider string) bool {
	if len(l) == 0 {
		return true
	}
	for _, p := range l {
		if strings.EqualFold(p, provider) {
			return true
		}
	}
	return false
}
