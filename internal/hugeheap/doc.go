// Package hugeheap asks Linux to back the first piece of the Go heap with
// transparent huge pages, before the heavy package initialisations of
// newsreader's dependencies run. Import it for its side effect, first.
//
// Why: every command pays for the dependencies' package initialisations
// (regular expressions compiled, tables built: ~1.5 MB allocated and a
// goroutine stack grown to about 1 MB by deep regular-expression
// compilation), and each 4 KiB page the heap first touches is a page fault.
// On a virtual machine a fault costs 10-20 µs: about 740 of the ~1,240 faults
// of `newsreader --version` were in the heap. One huge page instead of 512
// small ones takes most of them off. Other systems are left alone, and so is
// Linux with GODEBUG=disablethp=1, the Go runtime's own switch for huge pages.
package hugeheap
