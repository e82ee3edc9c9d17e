// Command deps prints a request ID and a greeting in a few languages: a small program with real
// third-party dependencies, used by the cache tests and benchmarks.
package main

import (
	"fmt"

	"example.com/deps/greet"
	"github.com/google/uuid"
)

func main() {
	fmt.Println("request", uuid.NewString())
	for _, tag := range []string{"en", "fr", "de"} {
		fmt.Println(greet.Hello(tag))
	}
}
