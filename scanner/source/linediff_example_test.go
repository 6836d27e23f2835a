package source_test

import (
	"fmt"

	"github.com/envguard/envguard/scanner/source"
)

// A moved line is not added; a changed line and an extra copy are.
func ExampleAddedLines() {
	head := []byte("DEBUG = False\nKEY = \"old\"\nNAME = \"app\"\n")
	staged := []byte("NAME = \"app\"\nDEBUG = True\nKEY = \"old\"\nBACKUP = 1\nKEY = \"old\"\n")
	for _, r := range source.AddedLines(head, staged) {
		fmt.Println(r.From, "-", r.To)
	}
	// Output:
	// 2 - 2
	// 4 - 5
}
