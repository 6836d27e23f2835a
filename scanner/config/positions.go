package config

import (
	"strconv"
	"strings"

	"github.com/pelletier/go-toml/v2/unstable"
)

// positions maps dotted key paths to the 1-based line where they are
// written, so that errors found after decoding (a regexp that does not
// compile, a rule without an id) can name the line. Array tables get their
// index ("rule.2.regex"), and array values each element ("allowlist.regexes.1").
type positions map[string]int

// indexPositions reads data with go-toml's low-level parser. It records
// what it can and stops at the first syntax error, which the decoder has
// already reported by then.
func indexPositions(data []byte) positions {
	pos := positions{}
	var p unstable.Parser
	p.Reset(data)
	counts := map[string]int{}
	prefix := ""
	line := func(r unstable.Range) int {
		if int(r.Offset)+int(r.Length) > len(data) {
			return 0
		}
		return p.Shape(r).Start.Line
	}
	for p.NextExpression() {
		e := p.Expression()
		switch e.Kind {
		case unstable.Table:
			k, r := keyOf(e)
			prefix = k
			pos[prefix] = line(r)
		case unstable.ArrayTable:
			k, r := keyOf(e)
			i := counts[k]
			counts[k] = i + 1
			prefix = k + "." + strconv.Itoa(i)
			pos[prefix] = line(r)
		case unstable.KeyValue:
			k, r := keyOf(e)
			full := join(prefix, k)
			pos[full] = line(r)
			if v := e.Value(); v.Kind == unstable.Array {
				j := 0
				for it := v.Children(); it.Next(); j++ {
					if c := it.Node(); c.Raw.Length > 0 {
						pos[full+"."+strconv.Itoa(j)] = line(c.Raw)
					}
				}
			}
		}
	}
	return pos
}

// keyOf returns the dotted key of a table header or key-value and the
// range of its first part.
func keyOf(n *unstable.Node) (string, unstable.Range) {
	var parts []string
	var r unstable.Range
	for it := n.Key(); it.Next(); {
		k := it.Node()
		if len(parts) == 0 {
			r = k.Raw
		}
		parts = append(parts, string(k.Data))
	}
	return strings.Join(parts, "."), r
}

func join(prefix, key string) string {
	if prefix == "" {
		return key
	}
	return prefix + "." + key
}

// line returns the line of key, or of its closest enclosing key that was
// recorded, or 0.
func (p positions) line(key string) int {
	for {
		if l, ok := p[key]; ok && l > 0 {
			return l
		}
		i := strings.LastIndexByte(key, '.')
		if i < 0 {
			return 0
		}
		key = key[:i]
	}
}
