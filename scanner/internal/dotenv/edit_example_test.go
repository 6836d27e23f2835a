package dotenv_test

import (
	"fmt"

	"github.com/envguard/envguard/scanner/internal/dotenv"
)

func ExampleSet() {
	env := []byte("# local settings\r\nSECRET_KEY=old # rotated yearly\r\nDEBUG=1\r\n")
	out, res, err := dotenv.Set(env, "SECRET_KEY", "new", dotenv.SetOptions{KeepPrevious: true})
	if err != nil {
		panic(err)
	}
	fmt.Printf("%q\n", out)
	fmt.Println(res.Replaced, res.Previous)
	// Output:
	// "# local settings\r\nSECRET_KEY=new # rotated yearly\r\nSECRET_KEY_PREVIOUS=old\r\nDEBUG=1\r\n"
	// true SECRET_KEY_PREVIOUS
}

func ExampleQuoteValue() {
	fmt.Println(dotenv.QuoteValue("abc123"))
	fmt.Println(dotenv.QuoteValue("x#y$z"))
	fmt.Println(dotenv.QuoteValue("it's"))
	// Output:
	// abc123
	// 'x#y$z'
	// "it's"
}
