package report

import (
	"encoding/json"
	"fmt"
	"net/url"
	"sort"
	"strings"
)

// CheckSARIF checks that data is a SARIF 2.1.0 log as the OASIS standard
// defines it, for the objects envguard writes: every object has its
// required properties, no property the schema does not define for it
// (the schema forbids additional properties), values of the right JSON
// type, enums within their values, indexes and lines in range, and URIs
// that parse. It returns the problems found, each with its JSON path.
//
// It is written by hand from the standard (sarif-v2.1.0, section 3 and
// the schema's definitions), not generated from the schema file.
func CheckSARIF(data []byte) error {
	var v any
	dec := json.NewDecoder(strings.NewReader(string(data)))
	dec.UseNumber()
	if err := dec.Decode(&v); err != nil {
		return fmt.Errorf("not JSON: %v", err)
	}
	c := &sarifChecker{}
	c.check("$", "sarifLog", v)
	if len(c.problems) > 0 {
		return fmt.Errorf("not a valid SARIF 2.1.0 log:\n  %s", strings.Join(c.problems, "\n  "))
	}
	return nil
}

// sarifProp is one property of a SARIF object: its JSON type ("string",
// "integer", "boolean", "object", "array", "any"), the definition of the
// object it holds (or of an array's items), and its allowed values.
type sarifProp struct {
	kind, def string
	enum      []string
	min       *int
	minItems  int
}

type sarifDef struct {
	props    map[string]sarifProp
	required []string
	// anyOf: at least one of these must be present (message: text or id).
	anyOf []string
}

func minOf(n int) *int { return &n }

// sarifDefs are the definitions of the objects envguard writes.
var sarifDefs = map[string]sarifDef{
	"sarifLog": {props: map[string]sarifProp{
		"$schema":                  {kind: "uri"},
		"version":                  {kind: "string", enum: []string{"2.1.0"}},
		"runs":                     {kind: "array", def: "run"},
		"inlineExternalProperties": {kind: "array", def: "any"},
		"properties":               {kind: "object", def: "propertyBag"},
	}, required: []string{"version", "runs"}},
	"run": {props: map[string]sarifProp{
		"tool":               {kind: "object", def: "tool"},
		"invocations":        {kind: "array", def: "invocation"},
		"results":            {kind: "array", def: "result"},
		"originalUriBaseIds": {kind: "object", def: "any"},
		"artifacts":          {kind: "array", def: "any"},
		"automationDetails":  {kind: "object", def: "any"},
		"properties":         {kind: "object", def: "propertyBag"},
	}, required: []string{"tool"}},
	"tool": {props: map[string]sarifProp{
		"driver":     {kind: "object", def: "toolComponent"},
		"extensions": {kind: "array", def: "toolComponent"},
		"properties": {kind: "object", def: "propertyBag"},
	}, required: []string{"driver"}},
	"toolComponent": {props: map[string]sarifProp{
		"name":             {kind: "string"},
		"version":          {kind: "string"},
		"semanticVersion":  {kind: "string"},
		"informationUri":   {kind: "uri"},
		"organization":     {kind: "string"},
		"fullName":         {kind: "string"},
		"rules":            {kind: "array", def: "reportingDescriptor"},
		"notifications":    {kind: "array", def: "reportingDescriptor"},
		"shortDescription": {kind: "object", def: "multiformatMessageString"},
		"fullDescription":  {kind: "object", def: "multiformatMessageString"},
		"properties":       {kind: "object", def: "propertyBag"},
	}, required: []string{"name"}},
	"reportingDescriptor": {props: map[string]sarifProp{
		"id":                   {kind: "string"},
		"name":                 {kind: "string"},
		"shortDescription":     {kind: "object", def: "multiformatMessageString"},
		"fullDescription":      {kind: "object", def: "multiformatMessageString"},
		"help":                 {kind: "object", def: "multiformatMessageString"},
		"helpUri":              {kind: "uri"},
		"defaultConfiguration": {kind: "object", def: "any"},
		"properties":           {kind: "object", def: "propertyBag"},
	}, required: []string{"id"}},
	"multiformatMessageString": {props: map[string]sarifProp{
		"text":       {kind: "string"},
		"markdown":   {kind: "string"},
		"properties": {kind: "object", def: "propertyBag"},
	}, required: []string{"text"}},
	"message": {props: map[string]sarifProp{
		"text":       {kind: "string"},
		"markdown":   {kind: "string"},
		"id":         {kind: "string"},
		"arguments":  {kind: "array", def: "string"},
		"properties": {kind: "object", def: "propertyBag"},
	}, anyOf: []string{"text", "id"}},
	"invocation": {props: map[string]sarifProp{
		"executionSuccessful":            {kind: "boolean"},
		"exitCode":                       {kind: "integer"},
		"commandLine":                    {kind: "string"},
		"toolExecutionNotifications":     {kind: "array", def: "notification"},
		"toolConfigurationNotifications": {kind: "array", def: "notification"},
		"properties":                     {kind: "object", def: "propertyBag"},
	}, required: []string{"executionSuccessful"}},
	"notification": {props: map[string]sarifProp{
		"locations":  {kind: "array", def: "location"},
		"message":    {kind: "object", def: "message"},
		"level":      {kind: "string", enum: []string{"none", "note", "warning", "error"}},
		"descriptor": {kind: "object", def: "any"},
		"exception":  {kind: "object", def: "any"},
		"timeUtc":    {kind: "string"},
		"properties": {kind: "object", def: "propertyBag"},
	}, required: []string{"message"}},
	"result": {props: map[string]sarifProp{
		"ruleId":              {kind: "string"},
		"ruleIndex":           {kind: "integer", min: minOf(-1)},
		"rule":                {kind: "object", def: "any"},
		"kind":                {kind: "string", enum: []string{"notApplicable", "pass", "fail", "review", "open", "informational"}},
		"level":               {kind: "string", enum: []string{"none", "note", "warning", "error"}},
		"message":             {kind: "object", def: "message"},
		"locations":           {kind: "array", def: "location"},
		"relatedLocations":    {kind: "array", def: "location"},
		"fingerprints":        {kind: "object", def: "stringMap"},
		"partialFingerprints": {kind: "object", def: "stringMap"},
		"properties":          {kind: "object", def: "propertyBag"},
	}, required: []string{"message"}},
	"location": {props: map[string]sarifProp{
		"id":               {kind: "integer", min: minOf(-1)},
		"physicalLocation": {kind: "object", def: "physicalLocation"},
		"message":          {kind: "object", def: "message"},
		"properties":       {kind: "object", def: "propertyBag"},
	}},
	"physicalLocation": {props: map[string]sarifProp{
		"artifactLocation": {kind: "object", def: "artifactLocation"},
		"region":           {kind: "object", def: "region"},
		"contextRegion":    {kind: "object", def: "region"},
		"properties":       {kind: "object", def: "propertyBag"},
	}, anyOf: []string{"artifactLocation", "address"}},
	"artifactLocation": {props: map[string]sarifProp{
		"uri":         {kind: "uri"},
		"uriBaseId":   {kind: "string"},
		"index":       {kind: "integer", min: minOf(-1)},
		"description": {kind: "object", def: "message"},
		"properties":  {kind: "object", def: "propertyBag"},
	}},
	"region": {props: map[string]sarifProp{
		"startLine":   {kind: "integer", min: minOf(1)},
		"startColumn": {kind: "integer", min: minOf(1)},
		"endLine":     {kind: "integer", min: minOf(1)},
		"endColumn":   {kind: "integer", min: minOf(1)},
		"charOffset":  {kind: "integer", min: minOf(-1)},
		"charLength":  {kind: "integer", min: minOf(0)},
		"byteOffset":  {kind: "integer", min: minOf(-1)},
		"byteLength":  {kind: "integer", min: minOf(0)},
		"message":     {kind: "object", def: "message"},
		"properties":  {kind: "object", def: "propertyBag"},
	}},
}

type sarifChecker struct{ problems []string }

func (c *sarifChecker) fail(path, format string, a ...any) {
	c.problems = append(c.problems, path+": "+fmt.Sprintf(format, a...))
}

// check checks v at path against the definition def.
func (c *sarifChecker) check(path, def string, v any) {
	switch def {
	case "any":
		return
	case "string":
		if _, ok := v.(string); !ok {
			c.fail(path, "want a string")
		}
		return
	case "stringMap":
		m, ok := v.(map[string]any)
		if !ok {
			c.fail(path, "want an object")
			return
		}
		for k, x := range m {
			if _, ok := x.(string); !ok {
				c.fail(path+"."+k, "want a string")
			}
		}
		return
	case "propertyBag":
		m, ok := v.(map[string]any)
		if !ok {
			c.fail(path, "want an object")
			return
		}
		if tags, ok := m["tags"]; ok {
			arr, ok := tags.([]any)
			if !ok {
				c.fail(path+".tags", "want an array of strings")
			}
			seen := map[string]bool{}
			for i, t := range arr {
				s, ok := t.(string)
				if !ok || seen[s] {
					c.fail(fmt.Sprintf("%s.tags[%d]", path, i), "want unique strings")
				}
				seen[s] = true
			}
		}
		return
	}
	d, ok := sarifDefs[def]
	if !ok {
		c.fail(path, "no definition %q (checker bug)", def)
		return
	}
	m, ok := v.(map[string]any)
	if !ok {
		c.fail(path, "want a %s object", def)
		return
	}
	for _, r := range d.required {
		if _, ok := m[r]; !ok {
			c.fail(path, "%s lacks required property %q", def, r)
		}
	}
	if len(d.anyOf) > 0 {
		found := false
		for _, r := range d.anyOf {
			_, ok := m[r]
			found = found || ok
		}
		if !found {
			c.fail(path, "%s needs one of %s", def, strings.Join(d.anyOf, ", "))
		}
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		p, ok := d.props[k]
		if !ok {
			c.fail(path, "%s has no property %q (additional properties are not allowed)", def, k)
			continue
		}
		c.value(path+"."+k, p, m[k])
	}
}

func (c *sarifChecker) value(path string, p sarifProp, v any) {
	switch p.kind {
	case "string", "uri":
		s, ok := v.(string)
		if !ok {
			c.fail(path, "want a string")
			return
		}
		if p.kind == "uri" {
			if _, err := url.Parse(s); err != nil {
				c.fail(path, "not a URI reference: %v", err)
			}
		}
		if len(p.enum) > 0 && !contains(p.enum, s) {
			c.fail(path, "%q is not one of %s", s, strings.Join(p.enum, ", "))
		}
	case "integer":
		n, ok := v.(json.Number)
		i, err := n.Int64()
		if !ok || err != nil {
			c.fail(path, "want an integer")
			return
		}
		if p.min != nil && i < int64(*p.min) {
			c.fail(path, "%d is below the minimum %d", i, *p.min)
		}
	case "boolean":
		if _, ok := v.(bool); !ok {
			c.fail(path, "want true or false")
		}
	case "object":
		c.check(path, p.def, v)
	case "array":
		arr, ok := v.([]any)
		if !ok {
			c.fail(path, "want an array")
			return
		}
		if len(arr) < p.minItems {
			c.fail(path, "want at least %d items", p.minItems)
		}
		for i, x := range arr {
			c.check(fmt.Sprintf("%s[%d]", path, i), p.def, x)
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
