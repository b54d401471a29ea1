package decoder

// Firebase's JS SDK prints a Firestore error as "FirebaseError: [code=permission-denied]:
// Missing or insufficient permissions." (from: firebase/firebase-js-sdk
// packages/firestore/src/util/error.ts, FirestoreError.toString:
// `${this.name}: [code=${this.code}]: ${this.message}`). The code is one of Firestore's
// lower-case, hyphenated gRPC codes (https://firebase.google.com/docs/reference/js/firestore_.firestoreerrorcode),
// the status of the SDK's call.
var mBracketCode = mark("[code=")

// readBracketCode takes the code of the first "[code=...]" the paste prints.
//
// Not inlined: its one caller is a small group of readers behind one gate, where the
// inliner would copy it in, which only costs the wasm.
//
//go:noinline
func (s *signals) readBracketCode() {
	s.after(mBracketCode, "[code=", func(rest string) {
		n := 0
		for n < len(rest) && n < 40 && (rest[n] >= 'a' && rest[n] <= 'z' || rest[n] == '-' || rest[n] == '_') {
			n++
		}
		if s.unkeyedCode != "" || n == 0 || n == len(rest) || rest[n] != ']' {
			return
		}
		s.unkeyedCode = rest[:n]
		// The code is the status of the SDK's gRPC (or WebChannel) call to Firestore: no
		// HTTP status came with it (grpccode.go's grpcCall).
		s.grpcCall = true
	})
}
