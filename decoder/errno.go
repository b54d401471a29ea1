package decoder

// errnoName reports a POSIX or Node system error name as the general layers list them
// (ECONNRESET, ETIMEDOUT, ENOTFOUND): an E and four or more capital letters, no word of
// prose. A tool that prints its own sentence around one ("Unable to connect to API
// (ECONNRESET)") keeps it as the code.
func errnoName(c string) bool {
	if len(c) < 5 || c[0] != 'E' {
		return false
	}
	for i := 1; i < len(c); i++ {
		if c[i] < 'A' || c[i] > 'Z' {
			return false
		}
	}
	return true
}
