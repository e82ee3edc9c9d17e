// Command hello prints its name, the platform it was built for, and with --version its version.
package main

import (
	"fmt"
	"os"
	"runtime"

	"example.com/hello/internal/wire"
)

// version is set at link time: -ldflags "-X main.version=1.2.3".
var version = "dev"

func main() {
	if len(os.Args) > 1 && os.Args[1] == "--version" {
		fmt.Printf("hello %s %s/%s\n", version, runtime.GOOS, runtime.GOARCH)
		return
	}
	fmt.Printf("hello from %s/%s (%s byte order)\n", runtime.GOOS, runtime.GOARCH, wire.NativeOrder())
}
