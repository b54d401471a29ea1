package decoder

// Mapping spans back to the input as given. The stages read the normalised text, which
// differs from the input in four ways: a long paste is cut in the middle (a marker between
// its head and tail), cleaning removes or replaces some characters (colour codes, carriage
// returns, box drawing; the edits below), a JSON log record's escapes are decoded, each
// line's text moving left by the bytes they freed (jsonlog.go; edits too, in the cleaned
// text), and the white space at its end is dropped (no offset moves). Blanking log prefixes
// and access-log records keeps every offset.

// edit is one change cleaning made: input in[inStart:inEnd] became out[outStart:outEnd]
// (an empty out range for a removal), in offsets of the text before and after cleaning.
type edit struct{ outStart, outEnd, inStart, inEnd int }

// appendEdit records one change, in the order cleaning makes them.
// Not inlined: normalize's four callers each held a copy; an edit is rare.
//
//go:noinline
func appendEdit(es []edit, outStart, outEnd, inStart, inEnd int) []edit {
	return append(es, edit{outStart, outEnd, inStart, inEnd})
}

// truncMarker is what normalize puts between the head and tail of a paste it cuts.
const truncMarker = "\n…\n"

// mapSpans turns spans in offsets of n's whole normalised text into offsets of the input,
// dropping any that fall inside what cleaning or cutting put there.
func mapSpans(n *normalized, spans []Span) []Span {
	if len(n.edits) == 0 && len(n.unescapes) == 0 && len(n.retyped) == 0 && !n.truncated {
		return spans // the text is the input, but for its end
	}
	out := spans[:0]
	for _, sp := range spans {
		sp.Start, sp.End = n.inputOffset(sp.Start, false), n.inputOffset(sp.End, true)
		if sp.Start < sp.End {
			out = append(out, sp)
		}
	}
	return out
}

// inputOffset maps an offset of the normalised text to the input: back through the
// typographic quotes made plain, the escapes decoded (a record inside another's: twice), the
// cleaning edits and the cut.
func (n *normalized) inputOffset(p int, end bool) int {
	q := beforeEdits(n.retyped, p, end)
	q = beforeEdits(n.edits, beforeEdits(n.unescapes, beforeEdits(n.unescapedAgain, q, end), end), end)
	if !n.truncated || q <= n.head {
		return q
	}
	if q >= n.head+len(truncMarker) {
		return n.origLen - n.tail + q - n.head - len(truncMarker)
	}
	if end { // inside the marker
		return n.head
	}
	return n.origLen - n.tail
}

// beforeEdits maps offset p of the text after edits es to the text before them. A span's
// end maps to the end of what it covers, so it takes in no removed bytes after it; a start
// skips those before it.
func beforeEdits(es []edit, p int, end bool) int {
	// The last edit starting at or before p (for an end: strictly before it), by bisection.
	lo, hi := 0, len(es)
	for lo < hi {
		mid := int(uint(lo+hi) >> 1)
		if es[mid].outStart < p || !end && es[mid].outStart == p {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	i := lo - 1
	q := p
	if i >= 0 {
		e := es[i]
		switch {
		case p >= e.outEnd:
			q = e.inEnd + p - e.outEnd
		case end:
			q = e.inEnd // inside a replacement: all of it
		default:
			q = e.inStart
		}
	}
	return q
}
