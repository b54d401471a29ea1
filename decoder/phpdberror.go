package decoder

import "strings"

// PHP prints a database error with its codes in brackets, no field names around them:
//
//   - PDO: "SQLSTATE[HY000] [1040] Too many connections", the SQLSTATE, then the driver's
//     own code and message (PDO::errorInfo, https://www.php.net/manual/en/pdo.errorinfo.php);
//   - mysqli: "mysqli::__construct(): (HY000/1045): Access denied for user", the SQLSTATE
//     and MySQL's error number (mysqli_connect_errno, https://www.php.net/manual/en/mysqli.construct.php).
//
// MySQL's number names its error (1040 is ER_CON_COUNT_ERROR), where the SQLSTATE is
// often HY000, ODBC's "general error"; PostgreSQL's driver code is only libpq's result
// status (7, PGRES_FATAL_ERROR), where the SQLSTATE (08006) names the failure. So a
// driver code of four digits or more is the code, else the SQLSTATE is.
var (
	mPDOState    = mark("SQLSTATE[")
	mMysqliState = mark("(): (")
)

// readPHPDBError takes the code of a PDO or mysqli error line.
func (s *signals) readPHPDBError() {
	s.after(mPDOState, "SQLSTATE[", func(rest string) {
		if len(rest) < 6 || rest[5] != ']' || !isSQLState(rest[:5]) {
			return
		}
		if n := digitsAt(strings.TrimPrefix(rest[6:], " ["), 6); n >= 4 && strings.HasPrefix(rest[6:], " [") && len(rest) > 8+n && rest[8+n] == ']' {
			s.addCode(rest[8:8+n], rankCode, "the database's error number ["+rest[8:8+n]+"]")
			return
		}
		s.addCode(rest[:5], rankCode, "the SQLSTATE ["+rest[:5]+"]")
	})
	s.after(mMysqliState, "", func(rest string) {
		if len(rest) < 7 || rest[5] != '/' || !isSQLState(rest[:5]) {
			return
		}
		if n := digitsAt(rest[6:], 6); n >= 4 && len(rest) > 6+n && rest[6+n] == ')' {
			s.addCode(rest[6:6+n], rankCode, "MySQL's error number ("+rest[:6+n]+")")
		}
	})
}

// isSQLState reports whether s is spelt as a SQLSTATE: five digits or capital letters.
func isSQLState(s string) bool {
	for i := 0; i < len(s); i++ {
		if !isDigit(s[i]) && (s[i] < 'A' || s[i] > 'Z') {
			return false
		}
	}
	return len(s) == 5
}
