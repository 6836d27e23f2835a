package git

import (
	"encoding/hex"
	"sync"
)

// Bounds of what [readOldAhead] reads: the old versions of a commit's
// few source files, not of a batch of binaries (their lines are never
// compared).
const (
	oldAheadFiles = 32
	oldAheadEach  = 256 << 10
	oldAheadTotal = 1 << 20
)

// readOldAhead reads the HEAD versions of the first modified files of
// changes into cf, to be handed out by [CatFile.Contents] and
// [CatFile.Info]: the staged source compares each with its new version,
// and reading them here, while the rule set is still being built, takes
// them off the hook's critical path. Their sizes are asked first, so
// that nothing large is read; an error leaves the rest to the source.
func readOldAhead(cf *CatFile, changes []Change) {
	var oids []string
	for i := range changes {
		c := &changes[i]
		if c.Status == 'M' && c.HasOld() && c.OldOID != c.NewOID && len(oids) < oldAheadFiles {
			oids = append(oids, c.OldOID)
		}
	}
	infos, err := cf.Info(oids)
	if err != nil {
		return
	}
	known := make(map[string]knownObject, len(infos))
	var read []string
	total := int64(0)
	for _, in := range infos {
		known[in.OID] = knownObject{info: in}
		if !in.Missing && in.Type == "blob" && in.Size <= oldAheadEach && total+in.Size <= oldAheadTotal {
			read = append(read, in.OID)
			total += in.Size
		}
	}
	if cf.local != nil {
		// Read in process: the few blobs are inflated on every core.
		var mu sync.Mutex
		var wg sync.WaitGroup
		for _, oid := range read {
			wg.Add(1)
			go func() {
				defer wg.Done()
				raw, _ := hex.DecodeString(oid)
				if typ, data, err := cf.local.read(raw, oldAheadEach); err == nil {
					mu.Lock()
					known[oid] = knownObject{info: ObjectInfo{OID: oid, Type: typ, Size: int64(len(data))}, data: data}
					mu.Unlock()
				}
			}()
		}
		wg.Wait()
		cf.known = known
		return
	}
	err = cf.Contents(read, func(in ObjectInfo, data []byte) error {
		known[in.OID] = knownObject{info: in, data: data}
		return nil
	})
	if err == nil {
		cf.known = known
	}
}
