package source

import (
	"context"

	"github.com/envguard/envguard/scanner"
)

// stub stands in for sources that are not built yet.
type stub struct{}

func (stub) Fragments(ctx context.Context, yield func(scanner.Fragment) error) error {
	return ErrNotImplemented
}
