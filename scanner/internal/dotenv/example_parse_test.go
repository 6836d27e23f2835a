package dotenv_test

import (
	"fmt"

	"github.com/envguard/envguard/scanner/internal/dotenv"
)

func ExampleParse() {
	data := []byte("# settings\nexport PORT=8000 # web\nGREETING=\"hello\\nworld\"\nDB_PASSWORD=${POSTGRES_PASSWORD}\n")
	f, err := dotenv.Parse(data)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range f.Entries {
		fmt.Printf("%d %s=%q raw=%s export=%v reference=%v\n", e.Line, e.Key, e.Value, data[e.ValueStart:e.ValueEnd], e.Export, e.IsReference())
	}
	_, err = dotenv.Parse([]byte("A=1\nB='open\n"))
	fmt.Println(err)
	// Output:
	// 2 PORT="8000" raw=8000 export=true reference=false
	// 3 GREETING="hello\nworld" raw="hello\nworld" export=false reference=false
	// 4 DB_PASSWORD="${POSTGRES_PASSWORD}" raw=${POSTGRES_PASSWORD} export=false reference=true
	// line 2: the value's opening ' quote is never closed: add the closing '
}
