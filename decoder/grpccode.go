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
var (
	mGoRPCCode   = mark("rpc error: code = ")
	mJavaStatus  = marks("StatusRuntimeException: ", "StatusException: ")
	mRubyGRPCErr = mark("GRPC::")
	mNodeStatus  = nodeStatusMarks()
	// Python's grpcio ("status = StatusCode.UNAVAILABLE"), .NET's Grpc.Core
	// ("Status(StatusCode=\"Unavailable\", ...)", unquoted before 2.x) and a trailer.
	mOtherStatus = marks("StatusCode.", "StatusCode=", "grpc-status: ")
)

// grpcCodes are the canonical codes' names, by number.
var grpcCodes = [...]string{"OK", "CANCELLED", "UNKNOWN", "INVALID_ARGUMENT", "DEADLINE_EXCEEDED",
	"NOT_FOUND", "ALREADY_EXISTS", "PERMISSION_DENIED", "RESOURCE_EXHAUSTED", "FAILED_PRECONDITION",
	"ABORTED", "OUT_OF_RANGE", "UNIMPLEMENTED", "INTERNAL", "UNAVAILABLE", "DATA_LOSS", "UNAUTHENTICATED"}

// nodeStatusMarks registers grpc-js's "<number> <NAME>: " for each code but OK.
func nodeStatusMarks() []int {
	ids := make([]int, len(grpcCodes))
	for i := 1; i < len(grpcCodes); i++ {
		ids[i] = mark(itoa(i) + " " + grpcCodes[i] + ": ")
	}
	return ids
}

// readGRPCStatus records the status of a gRPC call the text prints, above the codes other
// readers find in its description. A number grpc-go printed is the code as written, and its
// name is handed on beside it (a rank lower), for the catalogs that know codes by name.
// That a runtime printed one is handed on too (grpcCall): the call answered in a trailer.
func (s *signals) readGRPCStatus() {
	n := len(s.textCodes)
	s.readGRPCForms()
	s.grpcCall = len(s.textCodes) > n
	for _, id := range mOtherStatus {
		s.after(id, "", func(rest string) {
			w := wordPrefix(strings.TrimPrefix(rest, "\""))
			s.grpcCall = s.grpcCall || w > 0 && (isGRPCName(strings.TrimPrefix(rest, "\"")[:w]) || w <= 2 && isAllDigits(rest[:w]))
		})
	}
}

// readGRPCForms reads the forms that print the status as a code of its own.
func (s *signals) readGRPCForms() {
	s.after(mGoRPCCode, "", func(rest string) {
		n := wordPrefix(rest)
		if n == 0 || n > 20 || !strings.HasPrefix(rest[n:], " desc =") {
			return
		}
		s.addCode(rest[:n], rankCode, "the gRPC status \"code = "+rest[:n]+"\"")
		if num, ok := atoi(rest[:n]); ok && num > 0 && num < len(grpcCodes) {
			s.addCode(grpcCodes[num], rankCode-2, "the gRPC status "+rest[:n]+"'s name")
		}
	})
	for _, id := range mJavaStatus {
		s.after(id, "", func(rest string) {
			if n := wordPrefix(rest); n > 0 && isEnumWord(rest[:n]) && strings.HasPrefix(rest[n:], ":") {
				s.addCode(rest[:n], rankCode, "the gRPC status "+rest[:n])
			}
		})
	}
	for i, id := range mNodeStatus {
		if i > 0 && len(s.at(id)) > 0 {
			s.addCode(grpcCodes[i], rankCode, "the gRPC status \""+itoa(i)+" "+grpcCodes[i]+"\"")
		}
	}
	s.after(mRubyGRPCErr, "", func(rest string) {
		n := wordPrefix(rest)
		if n > 0 && n < len(rest) && (rest[n] == ':' || rest[n] == ' ') && isGRPCName(rest[:n]) {
			s.addCode(rest[:n], rankCode, "the gRPC status GRPC::"+rest[:n])
		}
	})
}

// isGRPCName reports whether w is a canonical code's name in CamelCase (Ruby's
// GRPC::ResourceExhausted; Go spells CANCELLED "Canceled").
func isGRPCName(w string) bool {
	for _, c := range grpcCodes[1:] {
		if c == w {
			return true
		}
		if sameLower(strings.ReplaceAll(c, "_", ""), w) || w == "Canceled" {
			return true
		}
	}
	return false
}

// wordPrefix is the length of the word (letters, digits, underscores) rest starts with.
func wordPrefix(rest string) int {
	n := 0
	for n < len(rest) && (isLetter(rest[n]) || isDigit(rest[n]) || rest[n] == '_') {
		n++
	}
	return n
}
