// A cgo program for the cross-build tests: a C function using <math.h>, and a name lookup that
// goes through the resolver cgo changes. Without cgo it falls back to Go's math.Hypot.
package main

import (
	"fmt"
	"net"
	"os"
)

func main() {
	fmt.Printf("hypot(3, 4) = %.1f computed by %s\n", hypot(3, 4), computedBy)
	addrs, err := net.LookupHost("localhost")
	if err != nil || len(addrs) == 0 {
		fmt.Fprintln(os.Stderr, "lookup localhost failed:", err)
		os.Exit(1)
	}
	fmt.Println("localhost resolves")
}
