package decoder

import "strings"

// Codes that families of non-AI services write in their own places, where no body field
// names them (beside servicecodes.go's):
//
// Microsoft Entra ID writes its error number in the OAuth error_description,
// "AADSTS50173: The provided grant has expired ...": the AADSTS number is the most specific
// code (the OAuth "error" is one of a handful). Several may be written, "AADSTS70002: Error
// validating credentials. AADSTS50012: Client assertion ...": the last is the cause the
// first sums up.
//
// MySQL's clients print the error number just before its message: the mysql client and
// Connector/Python "2013 (HY000): Lost connection to MySQL server during query", PyMySQL and
// mysqlclient "(2013, 'Lost connection to MySQL server during query')", Go's driver
// "Error 1045 (28000): Access denied for user ...". The number is read only before one of
// the messages MySQL documents for its client and server errors, so a bare year or count
// is never taken for one.
//
// The Python Elasticsearch client prints an API error as its class with the status and
// the error type, "TransportError(429, 'es_rejected_execution_exception', 'rejected
// execution of ...')", and Logstash its bulk failures as a Ruby hash, {"type"=>
// "es_rejected_execution_exception", "reason"=>...}.
var (
	mAADSTS      = mark("AADSTS")
	mMySQLErrors = marks("Lost connection to MySQL server", "MySQL server has gone away",
		"Can't connect to MySQL server", "Can't connect to local MySQL server",
		"Unknown MySQL server host", "Access denied for user", "Too many connections",
		"Unknown database '")
	mStatusTuple = marks("Error(", "Exception(")
	mRubyType    = mark(`"type"=>"`)
)

// familySet holds every marker readFamilyCodes and readMySQLNumbers look after.
var familySet = setOf([]int{mAADSTS, mRubyType}, mStatusTuple, mMySQLErrors)

// readFamilyCodes takes Entra ID's AADSTS number, MySQL's error number, the Elasticsearch
// client's error type and a Ruby hash's; it returns the last status the Elasticsearch
// client's error states.
func (s *signals) readFamilyCodes() (st statusSeen, ok bool) {
	if !s.gate(familySet) { // most pastes: none of its markers
		return st, false
	}
	var last string
	s.after(mAADSTS, "AADSTS", func(rest string) {
		if n := digitsAt(rest, 8); n >= 5 && (n == len(rest) || !isWordByte(rest[n])) {
			if last != "" {
				s.addCode(last, rankInner-1, "Entra ID's error "+last)
			}
			last = "AADSTS" + rest[:n]
		}
	})
	if last != "" {
		s.addCode(last, rankInner, "Entra ID's error "+last)
	}
	s.readMySQLNumbers()
	for _, id := range mStatusTuple {
		for _, pos := range s.at(id) {
			if got, found := s.statusTuple(pos + len(markers[id])); found && got.pos >= st.pos {
				st, ok = got, true
			}
		}
	}
	s.after(mRubyType, "", func(rest string) {
		if j := indexByteLimit(rest, '"', 64); j > 0 && isIdentifier(rest[:j]) && strings.IndexByte(rest[:j], '_') > 0 {
			s.addCode(rest[:j], rankType, "the printed hash's \"type\"=>\""+rest[:j]+"\"")
		}
	})
	return st, ok
}

// readMySQLNumbers reads the error number written just before a MySQL error message.
func (s *signals) readMySQLNumbers() {
	text := s.in.text
	for _, id := range mMySQLErrors {
		for _, pos := range s.marks[id] {
			if n := mysqlNumberBefore(text[max(0, pos-24):pos]); n != "" {
				s.addCode(n, rankCode, "MySQL's error number "+n+" before its message")
				return
			}
		}
	}
}

// mysqlNumberBefore returns the four-digit error number that before (the text just ahead
// of a MySQL message) ends with: "2013 (HY000): ", "(2013, '", "Error 1045: ".
func mysqlNumberBefore(before string) string {
	b := strings.TrimRight(before, " '\",:")
	if strings.HasSuffix(b, ")") && len(b) >= 7 && b[len(b)-7] == '(' { // the SQLSTATE, (HY000)
		b = strings.TrimRight(b[:len(b)-7], " ")
	}
	if len(b) < 4 {
		return ""
	}
	n := b[len(b)-4:]
	if !isAllDigits(n) || n[0] < '1' || n[0] > '4' || len(b) > 4 && isWordByte(b[len(b)-5]) {
		return ""
	}
	return n
}

// statusTuple reads "(429, 'es_rejected_execution_exception'" after a class name, at, as
// the status and the error type as the code.
func (s *signals) statusTuple(at int) (statusSeen, bool) {
	text := s.in.text
	rest := text[min(at, len(text)):min(len(text), at+120)]
	if len(rest) < 6 || digitsAt(rest, 4) != 3 || !strings.HasPrefix(rest[3:], ", ") {
		return statusSeen{}, false
	}
	code, ok := atoi(rest[:3])
	if !ok || code < 400 || code > 599 {
		return statusSeen{}, false
	}
	v := strings.TrimPrefix(rest[5:], "u")
	if v == "" || v[0] != '\'' && v[0] != '"' {
		return statusSeen{}, false
	}
	j := indexByteLimit(v[1:], v[0], 80)
	if j <= 0 || !isIdentifier(v[1:1+j]) {
		return statusSeen{}, false
	}
	typ := v[1 : 1+j]
	s.addCode(typ, rankCode, "the client's error type "+typ)
	return statusSeen{code, anchorLabel, at, "the client's error (" + rest[:3] + ", '" + typ + "', ...)"}, true
}
