package pipeline_test

import (
	"context"
	"fmt"

	"github.com/envguard/envguard/rules"
	"github.com/envguard/envguard/scanner/pipeline"
)

// memSource is a tiny in-memory Source.
type memSource []pipeline.Fragment

func (s memSource) Fragments(ctx context.Context, yield func(pipeline.Fragment) error) error {
	for _, f := range s {
		if err := yield(f); err != nil {
			return err
		}
	}
	return nil
}

func ExampleNewDetector() {
	set := rules.MustCompile([]rules.Rule{{
		ID:          "acme-key",
		Description: "Acme API key",
		Keywords:    []string{"acme_"},
		Regex:       `\b(acme_[A-Za-z0-9]{16})\b`,
	}})
	d, err := pipeline.NewDetector(set, pipeline.Options{})
	if err != nil {
		panic(err)
	}
	src := memSource{
		{Path: "app/.env", Data: []byte("DEBUG=1\nACME=acme_Q7w2E9r4T1y8U3i6\n")},
		{Path: "docs/a.md", Data: []byte("ACME=acme_Q7w2E9r4T1y8U3i7 # envguard:allow\n")},
	}
	err = d.Scan(context.Background(), src, func(f pipeline.Finding) error {
		fmt.Printf("%s:%d:%d: %s: %s %v\n", f.Path, f.Line, f.Column, f.RuleID, f.Description, f.Secret)
		return nil
	})
	fmt.Println(err)
	// Output:
	// app/.env:2:6: acme-key: Acme API key acme********
	// <nil>
}

func ExampleRedact() {
	fmt.Println(pipeline.Redact("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"))
	fmt.Println(pipeline.Redact("hunter2"))
	// Output:
	// ghp_********
	// ********
}
