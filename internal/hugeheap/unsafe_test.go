package hugeheap

import "unsafe"

// unsafeAddr is the address of b, for comparing with heapChunk's.
func unsafeAddr(b *byte) uintptr { return uintptr(unsafe.Pointer(b)) }
