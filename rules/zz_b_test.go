package rules
import "testing"
func BenchmarkZBuild(b *testing.B){ b.ReportAllocs(); for i:=0;i<b.N;i++{ _ = buildBuiltin() } }
func BenchmarkZCompile(b *testing.B){ rs:=Builtin(); b.ReportAllocs(); b.ResetTimer(); for i:=0;i<b.N;i++{ s:=MustCompile(rs); s.Candidates([]byte("x")) } }
