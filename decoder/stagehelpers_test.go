package decoder

import "time"

// Each stage on its own, with fresh buffers, for the tests that look inside one: the
// decoder itself runs them through Decode's pooled buffers.

// extract pulls the signals out of in, on the real clock.
func extract(in normalized, eng *engine) *signals {
	return extractWith(&in, eng, new(extractBuffers), time.Now)
}

// parseObjects finds and parses the objects embedded in text (arena.parseObjects).
func parseObjects(text string, budget *int, limit int) []*node {
	return new(arena).parseObjects(text, budget, limit)
}

// readBodies walks every parsed object, recording the fields that wants names.
func readBodies(objs []*node, budget *int, wants *fieldWants) *bodyFacts {
	f := new(bodyFacts).reset(budget, wants, nil)
	f.read(objs)
	return f
}
