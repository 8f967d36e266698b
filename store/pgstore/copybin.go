package pgstore

import "encoding/binary"

// copyBinary builds the data of a COPY … FROM STDIN (FORMAT binary):
// a header, then each row as its field count and each field as its
// length and bytes in the type's binary form (big-endian integers, text
// and bytea as they are), then a trailer.
type copyBinary struct{ b []byte }

func (c *copyBinary) header() {
	c.b = append(c.b, "PGCOPY\n\xff\r\n\x00"...)
	c.b = binary.BigEndian.AppendUint32(c.b, 0) // flags: no OIDs
	c.b = binary.BigEndian.AppendUint32(c.b, 0) // no header extension
}

// row starts a row of n fields.
func (c *copyBinary) row(n int) { c.b = binary.BigEndian.AppendUint16(c.b, uint16(n)) }

func (c *copyBinary) null() { c.b = binary.BigEndian.AppendUint32(c.b, 0xffffffff) }

func (c *copyBinary) int8(v int64) {
	c.b = binary.BigEndian.AppendUint32(c.b, 8)
	c.b = binary.BigEndian.AppendUint64(c.b, uint64(v))
}

func (c *copyBinary) int4(v int32) {
	c.b = binary.BigEndian.AppendUint32(c.b, 4)
	c.b = binary.BigEndian.AppendUint32(c.b, uint32(v))
}

func (c *copyBinary) text(s string) {
	c.b = binary.BigEndian.AppendUint32(c.b, uint32(len(s)))
	c.b = append(c.b, s...)
}

func (c *copyBinary) bytes(v []byte) {
	c.b = binary.BigEndian.AppendUint32(c.b, uint32(len(v)))
	c.b = append(c.b, v...)
}

// trailer ends the data: a field count of -1.
func (c *copyBinary) trailer() { c.b = binary.BigEndian.AppendUint16(c.b, 0xffff) }
