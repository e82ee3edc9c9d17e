// Package wire encodes frames in network byte order, whatever the machine's own byte order is.
package wire

import (
	"encoding/binary"
	"errors"
	"unsafe"
)

// Frame is a length-prefixed record with a type tag.
type Frame struct {
	Kind    uint16
	Payload []byte
}

// Encode writes kind (2 bytes) and payload length (4 bytes) big-endian, then the payload.
func Encode(frame Frame) []byte {
	out := make([]byte, 6, 6+len(frame.Payload))
	binary.BigEndian.PutUint16(out[0:2], frame.Kind)
	binary.BigEndian.PutUint32(out[2:6], uint32(len(frame.Payload)))
	return append(out, frame.Payload...)
}

// ErrShort reports a buffer that ends before the frame does.
var ErrShort = errors.New("wire: short frame")

// Decode reads one frame and returns the rest of the buffer.
func Decode(buf []byte) (Frame, []byte, error) {
	if len(buf) < 6 {
		return Frame{}, nil, ErrShort
	}
	size := binary.BigEndian.Uint32(buf[2:6])
	if uint64(len(buf)-6) < uint64(size) {
		return Frame{}, nil, ErrShort
	}
	end := 6 + int(size)
	return Frame{Kind: binary.BigEndian.Uint16(buf[0:2]), Payload: buf[6:end]}, buf[end:], nil
}

// NativeOrder names the byte order of the machine running the program.
func NativeOrder() string {
	probe := uint16(0x0102)
	if *(*byte)(unsafe.Pointer(&probe)) == 0x01 {
		return "big-endian"
	}
	return "little-endian"
}
