package git

import (
	"testing"

	"github.com/envguard/envguard/scanner/internal/gittest"
)

func newTestRepo(t *testing.T) *gittest.Repo { return gittest.New(t) }
