package source

import (
	"sync"
	"sync/atomic"
)

// The history scan reads gigabytes of blobs through a few megabytes of
// buffers: a blob's buffer goes back to a pool once the cache dropped it
// and the detector released every fragment that holds it, and the next
// blobs and blanked copies are read into it. Fresh buffers were two thirds
// of all bytes allocated (3.6 GB on a 24,000-commit history), and with
// them most of the garbage collector's work and page faults.
const (
	poolBufs  = 64       // buffers the pool keeps at most
	poolBytes = 32 << 20 // and bytes
	poolMax   = 4 << 20  // larger buffers are left to the garbage collector
)

// bufPool holds free buffers; it is safe for concurrent use (the detector
// releases fragments from its workers).
type bufPool struct {
	mu    sync.Mutex
	free  [][]byte
	bytes int
}

// get returns a buffer of length n: the smallest free one that fits, or a
// new one.
func (p *bufPool) get(n int) []byte {
	p.mu.Lock()
	best := -1
	for i, b := range p.free {
		if cap(b) >= n && (best < 0 || cap(b) < cap(p.free[best])) {
			best = i
		}
	}
	if best >= 0 {
		b := p.free[best]
		last := len(p.free) - 1
		p.free[best] = p.free[last]
		p.free[last] = nil
		p.free = p.free[:last]
		p.bytes -= cap(b)
		p.mu.Unlock()
		return b[:n]
	}
	p.mu.Unlock()
	return make([]byte, n)
}

// put gives b back, unless the pool is full or b is large.
func (p *bufPool) put(b []byte) {
	if cap(b) == 0 || cap(b) > poolMax {
		return
	}
	p.mu.Lock()
	if len(p.free) < poolBufs && p.bytes+cap(b) <= poolBytes {
		p.free = append(p.free, b[:0])
		p.bytes += cap(b)
	}
	p.mu.Unlock()
}

// pooled is a buffer of the pool shared by the cache and the fragments
// handed to the detector; it goes back when the last of them lets go.
type pooled struct {
	data []byte
	refs atomic.Int32
	pool *bufPool
}

func newPooled(pool *bufPool, data []byte) *pooled {
	b := &pooled{data: data, pool: pool}
	b.refs.Store(1)
	return b
}

// hold adds a holder and returns the function that lets go of it (a
// [pipeline.Fragment]'s Release).
func (b *pooled) hold() func() {
	b.refs.Add(1)
	return b.release
}

func (b *pooled) release() {
	if b.refs.Add(-1) == 0 {
		b.pool.put(b.data)
		b.data = nil
	}
}
