package clipboard

import (
	"os"
	"path/filepath"
	"testing"
)

// fakeTool writes a shell script named name into dir standing in for xclip:
// with -in it copies its standard input to file, else it prints file.
func fakeTool(t *testing.T, dir, name, file string) {
	t.Helper()
	script := "#!/bin/sh\ncase \" $* \" in *\" -in \"*) exec /bin/cat > " + file + ";; esac\nexec /bin/cat " + file + "\n"
	if err := os.WriteFile(filepath.Join(dir, name), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
}

func TestRoundTripThroughFirstProgramOnPath(t *testing.T) {
	dir := t.TempDir()
	file := filepath.Join(dir, "clip")
	fakeTool(t, dir, "xclip", file)
	t.Setenv("PATH", dir)
	if err := WriteAll("héllo\nworld"); err != nil {
		t.Fatal(err)
	}
	got, err := ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if got != "héllo\nworld" {
		t.Errorf("ReadAll = %q, want what WriteAll put", got)
	}
}

func TestNoProgramIsAnError(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	if _, err := ReadAll(); err != ErrUnsupported {
		t.Errorf("ReadAll with no program: err = %v, want ErrUnsupported", err)
	}
	if err := WriteAll("x"); err != ErrUnsupported {
		t.Errorf("WriteAll with no program: err = %v, want ErrUnsupported", err)
	}
}
