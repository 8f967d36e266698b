//go:build unix

package ingest

import (
	"io/fs"
	"os"

	"golang.org/x/sys/unix"
)

// openFile opens path for reading. os.Open would first offer a regular
// file to the runtime's poller, which refuses it: four fcntl calls and
// an epoll_ctl for nothing, per file. An import opens every file, and on
// a virtual machine each system call costs a microsecond or more, so the
// file is opened blocking, as the poller would leave it anyway.
func openFile(path string) (*os.File, error) {
	for {
		fd, err := unix.Open(path, unix.O_RDONLY|unix.O_CLOEXEC, 0)
		if err == unix.EINTR {
			continue
		}
		if err != nil {
			return nil, &fs.PathError{Op: "open", Path: path, Err: err}
		}
		return os.NewFile(uintptr(fd), path), nil
	}
}
