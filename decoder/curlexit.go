package decoder

import "strings"

// curl's exit codes as the programs that run libcurl print them. The number is libcurl's
// CURLcode (curl.se/libcurl/c/libcurl-errors.html: 6 host not resolved, 28 timed out, 60
// peer certificate not verified ...), the most specific code such a failure has; the words
// after it vary with the TLS library and the version ("SSL certificate problem:
// certificate has expired", "Peer's Certificate issuer is not recognized"). It is read only
// in these forms, so no other number is taken for one:
//
//	curl: (60) SSL certificate problem: ...         the curl tool
//	cURL error 28: Operation timed out after ...    PHP's curl extension and Guzzle
//	error: RPC failed; curl 56 GnuTLS recv error    git over HTTPS
//	pycurl.error: (28, 'Operation timed out ...')   pycurl
//	Failed to perform, ErrCode: 28, Reason: '...'   curl_cffi (lexiforest/curl_cffi
//	                                                curl_cffi/curl.py, Curl.perform)
//	curl failed with exit code 60                   scripts that run the tool
var (
	mCurlTool  = mark("curl: (")
	mCurlPHP   = mark("cURL error ")
	mCurlGit   = mark("RPC failed; curl ")
	mCurlPy    = mark("pycurl.error: (")
	mCurlCffi  = mark("Failed to perform, ErrCode: ")
	mCurlExits = marks("curl failed with exit code ", "curl exited with code ", "curl exited with exit code ")
	curlSet    = setOf([]int{mCurlTool, mCurlPHP, mCurlGit, mCurlPy, mCurlCffi}, mCurlExits)
)

// readCurlExit takes the CURLcode of the first curl failure the paste prints.
func (s *signals) readCurlExit() {
	if !s.gate(curlSet) { // most pastes: none of the eight, and no look at each
		return
	}
	for _, m := range [...]struct {
		id   int
		ends string // the bytes that may follow the number
	}{{mCurlTool, ")"}, {mCurlPHP, ":"}, {mCurlGit, " "}, {mCurlPy, ","}, {mCurlCffi, ","}} {
		if s.takeCurlCode(m.id, m.ends) {
			return
		}
	}
	for _, id := range mCurlExits {
		if s.takeCurlCode(id, "") {
			return
		}
	}
}

// takeCurlCode reads the number after marker id's first occurrence; ends lists the bytes
// that must follow it ("" for the end of a word). Not inlined: each of its two callers held
// a copy of its closure, and it runs only on a paste that shows a curl marker.
//
//go:noinline
func (s *signals) takeCurlCode(id int, ends string) (took bool) {
	s.after(id, "", func(rest string) {
		n := digitsAt(rest, 3)
		if took || n == 0 || n > 2 || rest[0] == '0' {
			return
		}
		if ends == "" && n < len(rest) && isWordByte(rest[n]) || ends != "" && (n == len(rest) || strings.IndexByte(ends, rest[n]) < 0) {
			return
		}
		// The number is the code as written; the catalog knows it as "CURLcode N", handed
		// on a rank lower, as a gRPC status's name beside its number (grpccode.go): other
		// families' numbers (gRPC's 7, an API's 60) are no curl failure.
		s.addCode(rest[:n], rankCode, "the exit code curl printed, "+rest[:n])
		s.addCode("CURLcode "+rest[:n], rankCode-2, "the exit code curl printed, "+rest[:n])
		took = true
	})
	return took
}
