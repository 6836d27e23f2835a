package hooks

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Manager is a hook manager found in a repository: a tool that owns the
// git hooks and runs what its own configuration lists. envguard adds
// itself to that configuration instead of replacing the manager's git
// hook, which the manager would rewrite on its next install.
type Manager struct {
	// Name is the manager's name: husky, lefthook, pre-commit, overcommit
	// or simple-git-hooks.
	Name string
	// Config is the file that lists the manager's hooks (absolute).
	Config string
	// Snippet is what to add to Config by hand when [InstallManaged]
	// cannot add it itself, for the hook it was asked about.
	Snippet string
}

// blockBegin and blockEnd frame what envguard adds to a manager's
// configuration for a hook, so that uninstall removes exactly that.
func blockBegin(hook Hook) string {
	return "# envguard-hook: begin " + string(hook) + " (added by 'envguard install'; 'envguard uninstall' removes it)"
}

const blockEnd = "# envguard-hook: end"

// ManualConfigError is returned by [InstallManaged] when the manager's
// configuration cannot be edited safely by envguard: the user adds
// Manager.Snippet to Manager.Config.
type ManualConfigError struct {
	Manager Manager
	Reason  string
}

func (e *ManualConfigError) Error() string {
	return fmt.Sprintf("%s runs this repository's hooks (%s), and envguard cannot add itself there: %s", e.Manager.Name, e.Manager.Config, e.Reason)
}

// DetectManager returns the hook manager that runs the repository's hooks,
// or nil. top is the work tree's top folder and dir the hooks folder git
// uses (core.hooksPath or .git/hooks), both absolute.
func DetectManager(top, dir string, hook Hook) *Manager {
	husky := filepath.Join(top, ".husky")
	if dir == husky || dir == filepath.Join(husky, "_") {
		m := &Manager{Name: "husky", Config: filepath.Join(husky, string(hook))}
		if hook == PreCommit {
			m.Snippet = managedCommand + "\n"
		}
		return m
	}
	for _, n := range []string{".pre-commit-config.yaml", ".pre-commit-config.yml"} {
		if isFile(filepath.Join(top, n)) {
			return &Manager{Name: "pre-commit", Config: filepath.Join(top, n), Snippet: preCommitEntry(hook, "  ")}
		}
	}
	for _, n := range []string{"lefthook.yml", ".lefthook.yml", "lefthook.yaml", ".lefthook.yaml", "lefthook.toml", "lefthook.json"} {
		if isFile(filepath.Join(top, n)) {
			return &Manager{Name: "lefthook", Config: filepath.Join(top, n), Snippet: lefthookEntry(hook)}
		}
	}
	if p := filepath.Join(top, ".overcommit.yml"); isFile(p) {
		return &Manager{Name: "overcommit", Config: p, Snippet: overcommitEntry(hook)}
	}
	for _, n := range []string{".simple-git-hooks.json", "simple-git-hooks.json", ".simple-git-hooks.js", "simple-git-hooks.js", ".simple-git-hooks.cjs", "simple-git-hooks.cjs"} {
		if isFile(filepath.Join(top, n)) {
			return &Manager{Name: "simple-git-hooks", Config: filepath.Join(top, n), Snippet: simpleGitHooksEntry(hook)}
		}
	}
	if b, err := os.ReadFile(filepath.Join(top, "package.json")); err == nil && bytes.Contains(b, []byte(`"simple-git-hooks"`)) {
		return &Manager{Name: "simple-git-hooks", Config: filepath.Join(top, "package.json"), Snippet: simpleGitHooksEntry(hook)}
	}
	return nil
}

func isDir(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.IsDir()
}

func isFile(p string) bool {
	fi, err := os.Lstat(p)
	return err == nil && fi.Mode().IsRegular()
}

// managedCommand is the shell command a manager runs before a commit.
const managedCommand = "envguard scan --staged"

// nativePrePush is why envguard does not add a pre-push hook to a manager
// that passes no commit range: envguard's own git hook works the range out.
const nativePrePush = "it passes no commit range to a pre-push command: run 'envguard install --pre-push --native', which keeps its git hook and runs it first (run it again if the manager rewrites its hooks)"

// prePushEntry is the pre-commit framework's pre-push command: the range
// the framework passes, or the whole history of the branch on a first push
// (the framework then passes no range; some versions pass all zeros).
const prePushEntry = `sh -c 'exec envguard scan --range "${PRE_COMMIT_FROM_REF:-0000000000000000000000000000000000000000}..${PRE_COMMIT_TO_REF:-${PRE_COMMIT_LOCAL_BRANCH:-HEAD}}"'`

// preCommitEntry is a local repository entry for .pre-commit-config.yaml,
// indented by ind (the indent of the config's other list items).
func preCommitEntry(hook Hook, ind string) string {
	id, name, entry, stage := "envguard", "envguard (staged changes)", "envguard scan --staged", "commit"
	if hook == PrePush {
		id, name, entry, stage = "envguard-pre-push", "envguard (pushed commits)", prePushEntry, "push"
	}
	lines := []string{
		"- repo: local",
		"  hooks:",
		"    - id: " + id,
		"      name: " + name,
		"      entry: " + entry,
		"      language: system",
		"      pass_filenames: false",
		"      always_run: true",
		"      stages: [" + stage + "]",
	}
	return ind + strings.Join(lines, "\n"+ind) + "\n"
}

func lefthookEntry(hook Hook) string {
	if hook == PrePush {
		return ""
	}
	return "pre-commit:\n  commands:\n    envguard:\n      run: " + managedCommand + "\n"
}

func overcommitEntry(hook Hook) string {
	if hook == PrePush {
		return ""
	}
	return "PreCommit:\n  EnvGuard:\n    enabled: true\n    required_executable: 'envguard'\n    command: ['envguard', 'scan', '--staged']\n# then: overcommit --sign\n"
}

func simpleGitHooksEntry(hook Hook) string {
	if hook == PrePush {
		return ""
	}
	return `"pre-commit": "` + managedCommand + ` && <the command already there>"` + "\n# then: npx simple-git-hooks\n"
}

// InstallManaged plans to add envguard's hook to the manager's
// configuration. It fails with a [*ManualConfigError] when it cannot do
// that safely; the error's Manager.Snippet says what to add by hand.
func InstallManaged(m *Manager, hook Hook) (*Plan, error) {
	p := &Plan{Hook: hook, Path: m.Config, State: Absent}
	old, err := os.ReadFile(m.Config)
	if err != nil && !(errors.Is(err, fs.ErrNotExist) && m.Name == "husky") {
		return nil, err
	}
	if bytes.Contains(old, []byte(blockBegin(hook))) {
		p.State = Current
		return p, nil
	}
	var data []byte
	manual := func(why string) (*Plan, error) { return nil, &ManualConfigError{Manager: *m, Reason: why} }
	if hook == PrePush && m.Name != "pre-commit" {
		return manual(nativePrePush)
	}
	switch m.Name {
	case "husky":
		data = huskyAdd(old)
	case "pre-commit":
		var why string
		if data, why = preCommitAdd(old, hook); data == nil {
			return manual(why)
		}
	case "lefthook":
		if filepath.Ext(m.Config) != ".yml" && filepath.Ext(m.Config) != ".yaml" {
			return manual("envguard edits only YAML lefthook files")
		}
		if hasTopKey(old, string(hook)) {
			return manual("it already has a " + string(hook) + " section: add envguard under its commands")
		}
		data = append(withNewline(old), []byte(blockBegin(hook)+"\n"+lefthookEntry(hook)+blockEnd+"\n")...)
	default:
		return manual("envguard does not edit its configuration: add the lines below")
	}
	if old != nil {
		p.State = Foreign
	}
	if d := filepath.Dir(m.Config); !isDir(d) {
		p.Steps = append(p.Steps, Step{Action: MakeDir, Path: d})
	}
	p.Steps = append(p.Steps, Step{Action: Edit, Path: m.Config, data: data, mode: configMode(m)})
	return p, nil
}

// UninstallManaged plans to remove what [InstallManaged] added to the
// manager's configuration for each of which; the plan has no steps when
// none of it is there.
func UninstallManaged(m *Manager, which ...Hook) (*Plan, error) {
	p := &Plan{Path: m.Config, State: Absent}
	if len(which) > 0 {
		p.Hook = which[0]
	}
	old, err := os.ReadFile(m.Config)
	if errors.Is(err, fs.ErrNotExist) {
		return p, nil
	}
	if err != nil {
		return nil, err
	}
	data, found := old, false
	for _, h := range which {
		var ok bool
		data, ok = removeBlock(data, h)
		found = found || ok
	}
	if !found {
		return p, nil
	}
	p.State = Current
	p.Steps = append(p.Steps, Step{Action: Unedit, Path: m.Config, data: data, mode: configMode(m)})
	return p, nil
}

// huskyAdd puts envguard's command at the top of a husky hook file, after
// a first #! line and a line that sources husky.sh (husky 4 to 8): it runs
// before anything in the file can exit early, and husky runs the file with
// sh -e, so its failing stops the hook.
func huskyAdd(old []byte) []byte {
	block := blockBegin(PreCommit) + "\n" + managedCommand + "\n" + blockEnd + "\n"
	if len(old) == 0 {
		return []byte(block)
	}
	lines := strings.SplitAfter(string(old), "\n")
	i := 0
	for i < len(lines) && (i == 0 && strings.HasPrefix(lines[i], "#!") || strings.Contains(lines[i], "husky.sh")) {
		i++
	}
	head := strings.Join(lines[:i], "")
	if head != "" && !strings.HasSuffix(head, "\n") {
		head += "\n"
	}
	return []byte(head + block + strings.Join(lines[i:], ""))
}

// preCommitAdd appends a local repository entry to the repos list of a
// .pre-commit-config.yaml when that list is the file's last top-level key,
// written in block style; else it returns nil and why.
func preCommitAdd(old []byte, hook Hook) ([]byte, string) {
	lines := strings.Split(string(old), "\n")
	at := -1
	for i, l := range lines {
		if l == "" || l[0] == ' ' || l[0] == '#' || l[0] == '-' {
			continue
		}
		if at >= 0 {
			return nil, "its repos list is not the last key of the file: add the entry below to it"
		}
		if strings.TrimRight(l, " \r") != "repos:" {
			continue
		}
		at = i
	}
	if at < 0 {
		return nil, "it has no block-style repos list: add the entry below to it"
	}
	ind := "  "
	for _, l := range lines[at+1:] {
		if t := strings.TrimLeft(l, " "); strings.HasPrefix(t, "- ") {
			ind = l[:len(l)-len(t)]
			break
		}
	}
	block := ind + blockBegin(hook) + "\n" + preCommitEntry(hook, ind) + ind + blockEnd + "\n"
	return append(withNewline(old), []byte(block)...), ""
}

// hasTopKey reports whether a YAML file has key at the top level.
func hasTopKey(data []byte, key string) bool {
	for _, l := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(l, key+":") || strings.HasPrefix(l, `"`+key+`":`) || strings.HasPrefix(l, "'"+key+"':") {
			return true
		}
	}
	return false
}

func withNewline(b []byte) []byte {
	if len(b) > 0 && b[len(b)-1] != '\n' {
		return append(b, '\n')
	}
	return b
}

// removeBlock removes the lines from hook's blockBegin to the next
// blockEnd, both included, whatever their indent.
func removeBlock(data []byte, hook Hook) ([]byte, bool) {
	lines := strings.SplitAfter(string(data), "\n")
	var out []string
	in, found := false, false
	for _, l := range lines {
		t := strings.TrimSpace(l)
		switch {
		case t == blockBegin(hook):
			in, found = true, true
		case in && t == blockEnd:
			in = false
		case !in:
			out = append(out, l)
		}
	}
	return []byte(strings.Join(out, "")), found
}

// configMode is the mode to write a manager's configuration with: the
// mode it has, else 0755 for a husky hook file (husky 4 to 8 has git run
// it) and 0644 for the rest.
func configMode(m *Manager) fs.FileMode {
	if fi, err := os.Stat(m.Config); err == nil {
		return fi.Mode().Perm()
	}
	if m.Name == "husky" {
		return hookMode
	}
	return 0o644
}
