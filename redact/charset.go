package redact

import "math"

// Charset names a set of bytes a secret's body is made of.
type Charset uint8

const (
	Alnum     Charset = iota // A-Z a-z 0-9
	UpperNum                 // A-Z 0-9 (AWS key ids)
	LowerNum                 // a-z 0-9
	Hex                      // 0-9 a-f A-F
	Base64                   // A-Z a-z 0-9 + / =
	Base64URL                // A-Z a-z 0-9 - _
	Dotted                   // A-Z a-z 0-9 - _ . (tokens with dotted parts)
	Path                     // A-Z a-z 0-9 - _ / (webhook URL paths)
	numCharsets
)

// charsetSpecs spells each Charset as ranges and single bytes.
var charsetSpecs = [numCharsets]string{
	Alnum:     "A-Za-z0-9",
	UpperNum:  "A-Z0-9",
	LowerNum:  "a-z0-9",
	Hex:       "0-9a-fA-F",
	Base64:    "A-Za-z0-9+/=",
	Base64URL: "A-Za-z0-9_-",
	Dotted:    "A-Za-z0-9_.-",
	Path:      "A-Za-z0-9_/-",
}

var charsets [numCharsets][256]bool

func init() {
	for c, spec := range charsetSpecs {
		for i := 0; i < len(spec); i++ {
			if i+2 < len(spec) && spec[i+1] == '-' {
				for b := spec[i]; b <= spec[i+2]; b++ {
					charsets[c][b] = true
				}
				i += 2
				continue
			}
			charsets[c][spec[i]] = true
		}
	}
}

func (c Charset) has(b byte) bool { return charsets[c][b] }

// span returns how many bytes of s from i on are in c.
func (c Charset) span(s string, i int) int {
	j := i
	for j < len(s) && charsets[c][s[j]] {
		j++
	}
	return j - i
}

func isAlnum(b byte) bool  { return charsets[Alnum][b] }
func isDigit(b byte) bool  { return '0' <= b && b <= '9' }
func isLetter(b byte) bool { return 'a' <= b|0x20 && b|0x20 <= 'z' }

// joins: a byte that makes a token part of a longer one; a secret does not start right
// after one ("task-" holds no "sk-").
func joins(b byte) bool { return isAlnum(b) || b == '_' || b == '-' }

// wordish bytes join a base64 token too.
func wordish(b byte) bool { return joins(b) || b == '+' || b == '/' }

// entropy is the Shannon entropy of s's bytes, in bits per byte: about 4 for random hex,
// 5 to 6 for random base62 of 40 or more, under 3.5 for words.
func entropy(s string) float64 {
	if s == "" {
		return 0
	}
	var n [256]int
	for i := 0; i < len(s); i++ {
		n[s[i]]++
	}
	h, l := 0.0, float64(len(s))
	for _, k := range n {
		if k > 0 {
			p := float64(k) / l
			h -= p * math.Log2(p)
		}
	}
	return h
}

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if isDigit(s[i]) {
			return true
		}
	}
	return false
}

// randomEnough: the body passes the rule's digit and entropy floors.
func (r *Rule) randomEnough(body string) bool {
	return (!r.Digit || hasDigit(body)) && entropy(body) >= r.Entropy
}
