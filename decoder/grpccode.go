package decoder

import "strings"

// A gRPC call's status, as its runtime prints it, is the error's code; a code written in
// the status's description is a detail of it ("UNAVAILABLE: HTTP/2 error code: NO_ERROR"
// names the transport's GOAWAY frame, not the call's failure). The forms
// (https://grpc.github.io/grpc/core/md_doc_statuscodes.html):
//   - grpc-go: "rpc error: code = Unavailable desc = ..."; before its codes had names it
//     printed the number ("code = 14 desc = "), and some logs lower-case the line;
//   - grpc-java: "io.grpc.StatusRuntimeException: UNAVAILABLE: ..." (or StatusException);
//   - grpc-js: "Error: 14 UNAVAILABLE: ..." (the number, then the name);
//   - Ruby's grpc gem: "GRPC::PermissionDenied: 7:..." (its BadStatus subclasses).
//
// The forms, each found by its marker.
const (
	grpcGo    = iota // "rpc error: code = X desc ="
	grpcJava         // "StatusRuntimeException: X:"
	grpcNode         // "14 UNAVAILABLE: ", one marker per code
	grpcRuby         // "GRPC::PermissionDenied"
	grpcOther        // Python's grpcio "StatusCode.X", .NET's "StatusCode=\"X\"" (unquoted before
	// 2.x), the trailer "grpc-status: N": a call's status, read as a code elsewhere
)

type grpcMark struct{ id, form, num int }

// grpcCodes are the canonical codes' names, by number.
var grpcCodes = [...]string{"OK", "CANCELLED", "UNKNOWN", "INVALID_ARGUMENT", "DEADLINE_EXCEEDED",
	"NOT_FOUND", "ALREADY_EXISTS", "PERMISSION_DENIED", "RESOURCE_EXHAUSTED", "FAILED_PRECONDITION",
	"ABORTED", "OUT_OF_RANGE", "UNIMPLEMENTED", "INTERNAL", "UNAVAILABLE", "DATA_LOSS", "UNAUTHENTICATED"}

var grpcMarks = grpcMarkTable()

// grpcSet holds grpcMarks' markers, for readGRPCStatus to ask once whether the scan found any.
var grpcSet = func() markerSet {
	ids := make([]int, len(grpcMarks))
	for i, g := range grpcMarks {
		ids[i] = g.id
	}
	return setOf(ids)
}()

// grpcMarkTable registers each form's markers.
func grpcMarkTable() []grpcMark {
	t := []grpcMark{{mark("rpc error: code = "), grpcGo, 0}, {mark("StatusRuntimeException: "), grpcJava, 0},
		{mark("StatusException: "), grpcJava, 0}, {mark("GRPC::"), grpcRuby, 0}, {mark("StatusCode."), grpcOther, 0},
		{mark("StatusCode="), grpcOther, 0}, {mark("grpc-status: "), grpcOther, 0}}
	for i := 1; i < len(grpcCodes); i++ {
		t = append(t, grpcMark{mark(itoa(i) + " " + grpcCodes[i] + ": "), grpcNode, i})
	}
	return t
}

// readGRPCStatus records the status of a gRPC call the text prints, above the codes other
// readers find in its description, and hands on that a runtime printed one (grpcCall): the
// call answered in a trailer.
func (s *signals) readGRPCStatus() {
	if !s.showsAny(grpcSet) { // most pastes show none of the 23: no look at each
		// Only an early grpc-js object, its message not yet "8 RESOURCE_EXHAUSTED: ...",
		// gives the number alone.
		s.readGRPCObject()
		return
	}
	text := s.in.text
	for _, g := range grpcMarks {
		for _, pos := range s.marks[g.id] {
			end := min(len(text), pos+len(markers[g.id]))
			s.readGRPCAt(g, text[end:min(len(text), end+40)])
		}
	}
}

// readGRPCAt reads the status after one marker of form g. A number grpc-go printed is the
// code as written, and its name is handed on beside it (a rank lower), for the catalogs
// that know codes by name.
func (s *signals) readGRPCAt(g grpcMark, rest string) {
	w := rest[:wordPrefix(rest)]
	after := rest[len(w):]
	switch {
	case g.form == grpcNode:
		s.addGRPC(grpcCodes[g.num], "\""+itoa(g.num)+" "+grpcCodes[g.num]+"\"")
	case g.form == grpcGo && w != "" && len(w) <= 20 && strings.HasPrefix(after, " desc ="):
		s.addGRPC(w, "\"code = "+w+"\"")
		if num, ok := atoi(w); ok && num > 0 && num < len(grpcCodes) {
			s.addCode(grpcCodes[num], rankCode-2, "the gRPC status "+w+"'s name")
		}
	case g.form == grpcJava && isEnumWord(w) && strings.HasPrefix(after, ":"),
		g.form == grpcRuby && isGRPCName(w) && (strings.HasPrefix(after, ":") || strings.HasPrefix(after, " ")):
		s.addGRPC(w, w)
	case g.form == grpcOther:
		q := strings.TrimPrefix(rest, "\"")
		w = q[:wordPrefix(q)]
		s.grpcCall = s.grpcCall || isGRPCName(w) || w != "" && len(w) <= 2 && isAllDigits(w)
	}
}

// addGRPC records a call's status as the code.
//
// Not inlined: readGRPCAt calls it three times, for a call or two a decode.
//
//go:noinline
func (s *signals) addGRPC(code, where string) {
	s.addCode(code, rankCode, "the gRPC status "+where)
	s.grpcCall = true
}

// isGRPCName reports whether w is a canonical code's name, as an enum or in CamelCase
// (Ruby's GRPC::ResourceExhausted; Go spells CANCELLED "Canceled").
func isGRPCName(w string) bool {
	for _, c := range grpcCodes[1:] {
		if c == w || sameLower(strings.ReplaceAll(c, "_", ""), w) {
			return true
		}
	}
	return w == "Canceled"
}

// wordPrefix is the length of the word (letters, digits, underscores) rest starts with.
func wordPrefix(rest string) int {
	n := 0
	for n < len(rest) && (isLetter(rest[n]) || isDigit(rest[n]) || rest[n] == '_') {
		n++
	}
	return n
}

// grpc-js rejects a call with a ServiceError: an Error carrying the call's StatusObject
// ({code, details, metadata}; @grpc/grpc-js src/call.ts and src/call-interface.ts,
// https://github.com/grpc/grpc-node). Node's console.log of it (util.inspect) prints the
// stack, then those fields, the code a bare number:
//
//	{ Error: No connection established
//	    at Http2CallStream.call.on (.../@grpc/grpc-js/build/src/call.js:68:41)
//	  code: 14,
//	  details: 'No connection established',
//	  metadata: Metadata { internalRepr: Map {}, options: {} } }
//
// The Metadata object after a details field names the form; the number before them is the
// call's status.
var mGRPCMetadata = mark("metadata: Metadata {")

// readGRPCObject reads the status code of a printed grpc-js error object, as readGRPCAt
// reads grpc-go's numbered status: the number as written, its name a rank lower.
func (s *signals) readGRPCObject() {
	for _, at := range s.at(mGRPCMetadata) {
		before := s.in.text[max(0, at-400):at]
		d := strings.LastIndex(before, "details: ")
		if d < 0 {
			continue
		}
		c := strings.LastIndex(before[:d], "code: ")
		if c < 0 {
			continue
		}
		num := before[c+len("code: ") : d]
		n := 0
		for n < len(num) && n < 3 && isDigit(num[n]) {
			n++
		}
		if n == 0 || n == len(num) || num[n] != ',' {
			continue
		}
		if v, ok := atoi(num[:n]); ok && v > 0 && v < len(grpcCodes) {
			s.addGRPC(num[:n], "code: "+num[:n]+" of a grpc-js error object")
			s.addCode(grpcCodes[v], rankCode-2, "the gRPC status "+num[:n]+"'s name")
			return
		}
	}
}
