package greet

import "testing"

func TestHello(t *testing.T) {
	if got, want := Hello("en"), "Hello, World (1,234,567)"; got != want {
		t.Fatalf("Hello(en) = %q, want %q", got, want)
	}
}
