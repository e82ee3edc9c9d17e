package wire

import (
	"bytes"
	"encoding/binary"
	"runtime"
	"testing"
)

func TestEncodeIsBigEndianOnEveryMachine(t *testing.T) {
	got := Encode(Frame{Kind: 0x0102, Payload: []byte("hi")})
	want := []byte{0x01, 0x02, 0x00, 0x00, 0x00, 0x02, 'h', 'i'}
	if !bytes.Equal(got, want) {
		t.Fatalf("Encode = % x, want % x", got, want)
	}
}

func TestRoundTrip(t *testing.T) {
	buf := append(Encode(Frame{Kind: 7, Payload: []byte("first")}), Encode(Frame{Kind: 8})...)
	first, rest, err := Decode(buf)
	if err != nil || first.Kind != 7 || string(first.Payload) != "first" {
		t.Fatalf("first frame = %+v, %v", first, err)
	}
	second, rest, err := Decode(rest)
	if err != nil || second.Kind != 8 || len(second.Payload) != 0 || len(rest) != 0 {
		t.Fatalf("second frame = %+v, rest %d, %v", second, len(rest), err)
	}
	if _, _, err := Decode(buf[:8]); err != ErrShort {
		t.Fatalf("truncated frame: err = %v, want ErrShort", err)
	}
}

func TestNativeOrderMatchesTheMachine(t *testing.T) {
	var native [2]byte
	binary.NativeEndian.PutUint16(native[:], 0x0102)
	want := "little-endian"
	if native[0] == 0x01 {
		want = "big-endian"
	}
	if got := NativeOrder(); got != want {
		t.Fatalf("NativeOrder() = %s on %s, want %s", got, runtime.GOARCH, want)
	}
	if runtime.GOARCH == "s390x" && want != "big-endian" {
		t.Fatalf("s390x must be big-endian")
	}
}
