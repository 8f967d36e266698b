package pgtest

import (
	"os"
	"os/exec"
	"testing"
)

// childEnv marks the run of this test binary that plays the child.
const childEnv = "PGTEST_CHILD"

// TestChildProcessesShareTheServer: a process started by a test binary
// that has started a server (a fuzz worker is one) gets its databases on
// that server instead of starting a server of its own.
func TestChildProcessesShareTheServer(t *testing.T) {
	var st Shared
	if os.Getenv(childEnv) != "" {
		st.NewDB(t)
		if st.s.srv != nil {
			st.s.srv.Stop()
			t.Fatal("the child started a server of its own")
		}
		return
	}
	st.NewDB(t)
	if st.s.srv != nil {
		t.Cleanup(st.s.srv.Stop)
	}
	cmd := exec.Command(os.Args[0], "-test.run", "^TestChildProcessesShareTheServer$", "-test.count", "1")
	cmd.Env = append(os.Environ(), childEnv+"=1")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("child: %v\n%s", err, out)
	}
}
