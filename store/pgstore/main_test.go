package pgstore_test

import (
	"os"
	"testing"

	"github.com/newsreader/newsreader/internal/pgtest"
)

// pg is this test binary's PostgreSQL server (started on first use).
var pg pgtest.Shared

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m, &pg)) }
