package decoder

// HashiCorp's tools (Terraform, Vault, Consul, Nomad, Packer) log through hclog, whose
// lines open with an RFC 3339 time, the level in brackets and the logger's name
// (github.com/hashicorp/go-hclog): `2021-03-11T11:39:11.190+0100 [DEBUG]
// plugin.terraform-provider-cloudflare_v2.19.0: {`. A provider plugin's debug log prints
// an API's answer body one line per log record, so the body parses only once the prefixes
// are blanked (logprefix.go).

// hclogLevels are the levels hclog writes, bracketed, after the time.
var hclogLevels = [...]string{"[TRACE] ", "[DEBUG] ", "[INFO]  ", "[WARN]  ", "[ERROR] "}

// hclogPrefix reads hclog's time, level and logger name at the start of line.
func hclogPrefix(line string) int {
	t := stampLen(line)
	if t == 0 || t >= len(line) || line[t] != ' ' {
		return 0
	}
	i, level := t+1, false
	for _, l := range hclogLevels {
		if len(line)-i >= len(l) && line[i:i+len(l)] == l {
			i, level = i+len(l), true
			break
		}
	}
	if !level {
		return 0
	}
	return i + hclogName(line[i:])
}

// hclogName is the length of the logger's name and its ": " that rest opens with: a
// dotted or dashed name ("plugin.terraform-provider-aws_v5.1.0", "nomad.client"), never a
// word of the message ("Error: ...").
func hclogName(rest string) int {
	n, marked := 0, false
	for n < len(rest) && (isLetter(rest[n]) || isDigit(rest[n]) || rest[n] == '.' || rest[n] == '-' || rest[n] == '_') {
		marked = marked || rest[n] == '.' || rest[n] == '-'
		n++
	}
	if !marked || n+1 >= len(rest) || rest[n] != ':' || rest[n+1] != ' ' {
		return 0
	}
	return n + 2
}

// stampLen is the length of the RFC 3339 time line opens with
// ("2021-03-11T11:39:11.190+0100", "...Z", "...+01:00"), 0 if none.
func stampLen(line string) int {
	const date = "0000-00-00T00:00:00"
	if len(line) < len(date) {
		return 0
	}
	for i := 0; i < len(date); i++ {
		if date[i] == '0' && !isDigit(line[i]) || date[i] != '0' && line[i] != date[i] {
			return 0
		}
	}
	i := len(date)
	if i < len(line) && line[i] == '.' {
		i++
		for i < len(line) && isDigit(line[i]) {
			i++
		}
	}
	switch {
	case i < len(line) && line[i] == 'Z':
		return i + 1
	case i < len(line) && (line[i] == '+' || line[i] == '-'):
		j := i + 1
		for j < len(line) && (isDigit(line[j]) || line[j] == ':') && j-i <= 5 {
			j++
		}
		return j
	}
	return i
}
