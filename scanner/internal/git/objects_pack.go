package git

import (
	"bytes"
	"compress/zlib"
	"io"
	"sync"
)

// The pack format's pieces: sizes, zlib streams and deltas (git's
// Documentation/gitformat-pack.txt).

// parseSize parses a decimal object size.
func parseSize(s string) (int64, error) {
	var n int64
	if s == "" || len(s) > 15 {
		return 0, errNotLocal
	}
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, errNotLocal
		}
		n = n*10 + int64(s[i]-'0')
	}
	return n, nil
}

// inflate returns the size bytes the zlib stream at the start of d holds.
func inflate(d []byte, size uint64) ([]byte, error) {
	if size > 1<<32 {
		return nil, errNotLocal
	}
	z, done, err := zlibReader(d)
	if err != nil {
		return nil, errNotLocal
	}
	defer done()
	return readSized(z, size)
}

// readSized reads exactly size bytes from r, growing its buffer as they
// come: a corrupt header that names a huge size costs no huge allocation.
func readSized(r io.Reader, size uint64) ([]byte, error) {
	buf := bytes.NewBuffer(make([]byte, 0, min(size, 1<<20)))
	if n, err := io.CopyN(buf, r, int64(size)); err != nil || uint64(n) != size {
		return nil, errNotLocal
	}
	return buf.Bytes(), nil
}

// deltaSize reads one of a delta's two leading sizes.
func deltaSize(d []byte) (uint64, int) {
	var n uint64
	for i, shift := 0, 0; i < len(d) && shift < 64; i, shift = i+1, shift+7 {
		n |= uint64(d[i]&0x7f) << shift
		if d[i]&0x80 == 0 {
			return n, i + 1
		}
	}
	return 0, -1
}

// deltaTargetSize is the size of what delta makes.
func deltaTargetSize(delta []byte) uint64 {
	_, k := deltaSize(delta)
	if k < 0 {
		return 0
	}
	n, _ := deltaSize(delta[k:])
	return n
}

// applyDelta applies a git delta (the source and target sizes, then copy
// and insert instructions) to base.
func applyDelta(base, delta []byte) ([]byte, error) {
	src, k := deltaSize(delta)
	if k < 0 || src != uint64(len(base)) {
		return nil, errNotLocal
	}
	delta = delta[k:]
	dst, k := deltaSize(delta)
	if k < 0 || dst > 1<<32 {
		return nil, errNotLocal
	}
	delta = delta[k:]
	out := make([]byte, 0, min(dst, 1<<20)) // grows with what is written
	for len(delta) > 0 {
		op := delta[0]
		delta = delta[1:]
		switch {
		case op&0x80 != 0: // copy from base
			var off, n uint64
			for b := 0; b < 4; b++ {
				if op&(1<<b) != 0 {
					if len(delta) == 0 {
						return nil, errNotLocal
					}
					off |= uint64(delta[0]) << (8 * b)
					delta = delta[1:]
				}
			}
			for b := 0; b < 3; b++ {
				if op&(0x10<<b) != 0 {
					if len(delta) == 0 {
						return nil, errNotLocal
					}
					n |= uint64(delta[0]) << (8 * b)
					delta = delta[1:]
				}
			}
			if n == 0 {
				n = 0x10000
			}
			if off+n > uint64(len(base)) || uint64(len(out))+n > dst {
				return nil, errNotLocal
			}
			out = append(out, base[off:off+n]...)
		case op != 0: // insert op bytes
			if int(op) > len(delta) || uint64(len(out))+uint64(op) > dst {
				return nil, errNotLocal
			}
			out = append(out, delta[:op]...)
			delta = delta[op:]
		default:
			return nil, errNotLocal
		}
	}
	if uint64(len(out)) != dst {
		return nil, errNotLocal
	}
	return out, nil
}

// info returns the type and size of the object with raw id oid without
// reading its content (a delta's size is the first bytes of the delta).
func (s *objectStore) info(oid []byte) (typ string, size int64, err error) {
	p, off, ok := s.find(oid)
	if !ok {
		typ, size, _, closeFn, err := s.looseHeader(oid)
		if err != nil {
			return "", 0, err
		}
		closeFn()
		return typ, size, nil
	}
	size = -1
	for depth := 0; depth <= 64; depth++ {
		if off < 12 || off >= len(p.data) {
			return "", 0, errNotLocal
		}
		d := p.data[off:]
		t, n, i, ok := objectHeader(d)
		if !ok {
			return "", 0, errNotLocal
		}
		if t >= objCommit && t <= objTag {
			if size < 0 {
				size = int64(n)
			}
			return typeNames[t], size, nil
		}
		var baseOff int
		var bp *pack
		switch t {
		case objOfsDelta:
			back, k, ok := ofsDeltaBack(d[i:])
			if !ok || back > uint64(off) {
				return "", 0, errNotLocal
			}
			i += k
			bp, baseOff = p, off-int(back)
		case objRefDelta:
			if i+s.hashLen > len(d) {
				return "", 0, errNotLocal
			}
			var found bool
			if bp, baseOff, found = s.find(d[i : i+s.hashLen]); !found {
				return "", 0, errNotLocal
			}
			i += s.hashLen
		default:
			return "", 0, errNotLocal
		}
		if size < 0 {
			head, err := inflatePrefix(d[i:], 20)
			if err != nil {
				return "", 0, err
			}
			size = int64(deltaTargetSize(head))
		}
		p, off = bp, baseOff
	}
	return "", 0, errNotLocal
}

// inflatePrefix returns up to n bytes from the start of the zlib stream d.
func inflatePrefix(d []byte, n int) ([]byte, error) {
	z, done, err := zlibReader(d)
	if err != nil {
		return nil, errNotLocal
	}
	defer done()
	out := make([]byte, n)
	k, err := io.ReadFull(z, out)
	if err != nil && err != io.ErrUnexpectedEOF {
		return nil, errNotLocal
	}
	return out[:k], nil
}

// zlibReaders keeps inflaters for reuse: a new one allocates its 32 KiB
// window and tables, more than most trees it reads.
var zlibReaders sync.Pool

// zlibReader returns an inflater of the zlib stream at the start of d and
// the function that gives it back.
func zlibReader(d []byte) (io.Reader, func(), error) {
	br := bytes.NewReader(d)
	if z, ok := zlibReaders.Get().(io.ReadCloser); ok {
		if err := z.(zlib.Resetter).Reset(br, nil); err == nil {
			return z, func() { zlibReaders.Put(z) }, nil
		}
	}
	z, err := zlib.NewReader(br)
	if err != nil {
		return nil, nil, err
	}
	return z, func() { zlibReaders.Put(z) }, nil
}

// objectHeader reads a packed object's header: its type, its size (of
// the content, or of the delta) and the header's length.
func objectHeader(d []byte) (typ int, size uint64, n int, ok bool) {
	if len(d) == 0 {
		return 0, 0, 0, false
	}
	c := d[0]
	typ, size = int(c>>4)&7, uint64(c&15)
	n, shift := 1, 4
	for c&0x80 != 0 {
		if n >= len(d) || shift > 60 {
			return 0, 0, 0, false
		}
		c = d[n]
		size |= uint64(c&0x7f) << shift
		shift += 7
		n++
	}
	return typ, size, n, true
}

// ofsDeltaBack reads how far back an offset delta's base starts, and the
// field's length.
func ofsDeltaBack(d []byte) (back uint64, n int, ok bool) {
	for n < len(d) && n < 10 {
		c := d[n]
		if n == 0 {
			back = uint64(c & 0x7f)
		} else {
			back = (back+1)<<7 | uint64(c&0x7f)
		}
		n++
		if c&0x80 == 0 {
			return back, n, back > 0
		}
	}
	return 0, 0, false
}
