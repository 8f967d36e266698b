// Package pgtest gives tests a PostgreSQL database of their own: on the
// server named by $NEWSREADER_TEST_PG, or else on a throwaway server it
// starts from the PostgreSQL binaries on the machine (initdb into a
// temporary folder, listening on a unix socket only), stopped when the
// test binary ends (Main). No mocks: the archive's tests run on a real
// server.
package pgtest

import (
	"context"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"os/user"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"

	"github.com/jackc/pgx/v5"
)

// EnvDSN names the server that tests use instead of starting their own:
// a URL of a role that may create databases.
const EnvDSN = "NEWSREADER_TEST_PG"

// Server is a throwaway PostgreSQL server in a folder of its own.
type Server struct {
	Dir  string // data folder, also the unix socket's folder
	User string
	bin  string
	cred *syscall.Credential // set when running as root: the server runs as postgres
}

// DSN is the URL of database db on the server.
func (s *Server) DSN(db string) string { return s.DSNAs(s.User, db) }

// DSNAs is the URL of database db on the server for role user.
func (s *Server) DSNAs(user, db string) string {
	return (&url.URL{Scheme: "postgres", User: url.User(user), Path: "/" + db,
		RawQuery: url.Values{"host": {s.Dir}}.Encode()}).String()
}

// the server shared by one test binary's tests, and the databases made.
type shared struct {
	once sync.Once
	srv  *Server
	err  error
	dbs  atomic.Int64
}

// Main runs a test binary's tests and stops the server they started:
// call it from TestMain as os.Exit(pgtest.Main(m)).
func Main(m *testing.M, st *Shared) int {
	code := m.Run()
	if st.s.srv != nil {
		st.s.srv.Stop()
	}
	return code
}

// Shared is the server of one test binary (a value in its package).
type Shared struct{ s shared }

// NewDB creates an empty database for one test and returns its URL.
func (st *Shared) NewDB(t testing.TB) string {
	t.Helper()
	base := os.Getenv(EnvDSN)
	if base == "" {
		st.s.once.Do(func() {
			bin, err := BinDir()
			if err != nil {
				st.s.err = err
				return
			}
			dir, err := os.MkdirTemp("", "newsreader-pg-")
			if err != nil {
				st.s.err = err
				return
			}
			st.s.srv, st.s.err = Start(bin, dir)
			if st.s.err == nil {
				// Child processes of this test binary use this server
				// rather than starting their own: a fuzz target's setup
				// runs again in every fuzz worker, and a server a worker
				// started outlived it when the fuzzer stopped the worker
				// (after a minimization ran out of time), kept the
				// worker's pipes to the fuzzer open so that go test
				// waited for it forever, and cost an initdb per worker.
				st.s.err = os.Setenv(EnvDSN, st.s.srv.DSN("postgres"))
			}
		})
		if st.s.err != nil {
			t.Fatalf("no PostgreSQL for the tests: %v (install PostgreSQL's server, or set %s to a server's URL)", st.s.err, EnvDSN)
		}
		base = st.s.srv.DSN("postgres")
	}
	name := fmt.Sprintf("nrtest_%d_%d", os.Getpid(), st.s.dbs.Add(1))
	ctx := context.Background()
	c, err := pgx.Connect(ctx, base)
	if err != nil {
		t.Fatal(err)
	}
	defer c.Close(ctx)
	if _, err := c.Exec(ctx, `CREATE DATABASE `+name+` TEMPLATE template0 ENCODING 'UTF8'`); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		c, err := pgx.Connect(ctx, base)
		if err == nil {
			c.Exec(ctx, `DROP DATABASE IF EXISTS `+name+` WITH (FORCE)`)
			c.Close(ctx)
		}
	})
	u, err := url.Parse(base)
	if err != nil {
		t.Fatal(err)
	}
	u.Path = "/" + name
	return u.String()
}

// BinDir finds PostgreSQL's server programs: the folder of pg_ctl on
// PATH (links followed), else the newest /usr/lib/postgresql/*/bin.
func BinDir() (string, error) {
	if p, err := exec.LookPath("pg_ctl"); err == nil {
		// A link to pg_ctl (Debian's /usr/local/bin, a package
		// manager's bin) may stand alone: the other programs are beside
		// the file it points to.
		if real, err := filepath.EvalSymlinks(p); err == nil {
			p = real
		}
		return filepath.Dir(p), nil
	}
	dirs, _ := filepath.Glob("/usr/lib/postgresql/*/bin")
	for i := len(dirs) - 1; i >= 0; i-- {
		if _, err := os.Stat(filepath.Join(dirs[i], "initdb")); err == nil {
			return dirs[i], nil
		}
	}
	return "", fmt.Errorf("PostgreSQL's initdb and pg_ctl not found")
}

// Start makes a new cluster in dir and starts it, listening on a unix
// socket in dir only. PostgreSQL refuses to run as root: as root, the
// folder is given to the postgres user and the programs run as it.
func Start(bin, dir string, extraConf ...string) (*Server, error) {
	s := &Server{Dir: dir, User: "newsreader", bin: bin}
	if os.Geteuid() == 0 {
		u, err := user.Lookup("postgres")
		if err != nil {
			return nil, fmt.Errorf("running as root and no postgres user to run the server as: %w", err)
		}
		uid, _ := strconv.Atoi(u.Uid)
		gid, _ := strconv.Atoi(u.Gid)
		s.cred = &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid)}
		if err := os.Chown(dir, uid, gid); err != nil {
			return nil, err
		}
	}
	if err := s.run("initdb", "-D", filepath.Join(dir, "data"), "-A", "trust", "-U", s.User, "-E", "UTF8",
		"--locale=C.UTF-8", "--no-sync"); err != nil {
		return nil, err
	}
	return s, s.configureAndStart(extraConf)
}

// StartStandby makes a streaming standby of s in dir and starts it: a
// base backup of s (pg_basebackup -R, which writes the standby's
// primary_conninfo and standby.signal) that replays s's WAL as it comes
// and answers read-only queries meanwhile (hot_standby).
func (s *Server) StartStandby(dir string, extraConf ...string) (*Server, error) {
	sb := &Server{Dir: dir, User: s.User, bin: s.bin, cred: s.cred}
	if sb.cred != nil {
		if err := os.Chown(dir, int(sb.cred.Uid), int(sb.cred.Gid)); err != nil {
			return nil, err
		}
	}
	if err := sb.run("pg_basebackup", "-D", filepath.Join(dir, "data"), "-R", "-X", "stream", "-c", "fast",
		"--no-sync", "-h", s.Dir, "-U", s.User); err != nil {
		return nil, err
	}
	return sb, sb.configureAndStart(append([]string{"hot_standby = on"}, extraConf...))
}

// configureAndStart appends the server's settings (its own socket
// folder, no TCP, no fsync) to its postgresql.auto.conf, where they
// override what a base backup copied from the primary, and starts it.
func (s *Server) configureAndStart(extraConf []string) error {
	conf := append([]string{"listen_addresses = ''", "unix_socket_directories = '" + s.Dir + "'", "fsync = off",
		"max_connections = 60"}, extraConf...)
	f, err := os.OpenFile(filepath.Join(s.Dir, "data", "postgresql.auto.conf"), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		return err
	}
	_, err = f.WriteString(strings.Join(conf, "\n") + "\n")
	f.Close()
	if err != nil {
		return err
	}
	return s.run("pg_ctl", "-D", filepath.Join(s.Dir, "data"), "-l", filepath.Join(s.Dir, "log"), "-w", "start")
}

// Stop stops the server and removes its folder.
func (s *Server) Stop() {
	s.run("pg_ctl", "-D", filepath.Join(s.Dir, "data"), "-m", "immediate", "-w", "stop")
	os.RemoveAll(s.Dir)
}

// Run runs one of the server's programs as the server's user.
func (s *Server) run(prog string, args ...string) error {
	cmd := exec.Command(filepath.Join(s.bin, prog), args...)
	cmd.Dir = s.Dir
	if s.cred != nil {
		cmd.SysProcAttr = &syscall.SysProcAttr{Credential: s.cred}
	}
	out, err := cmd.CombinedOutput()
	if err != nil {
		return fmt.Errorf("%s: %v: %s", prog, err, strings.TrimSpace(string(out)))
	}
	return nil
}
