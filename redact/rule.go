package redact

// Family groups the rules by how they find a secret.
type Family string

const (
	KnownFormat Family = "known format" // the value's own shape: a prefix, a structure
	ByPlace     Family = "by place"     // whatever follows a name that says secret
	ByShape     Family = "by shape"     // a random-looking token after a secret word
	Personal    Family = "personal"     // personal data: email addresses
)

// How names the matcher that reads a rule's fields.
type How uint8

const (
	Prefix      How = iota // Prefixes, then a body of Charset, Min to Max long
	Place                  // a value after a name whose last word is in Names
	Shape                  // a token of Charset, Min long, after one of Words
	Near                   // a token of Charset, Min to Max long, within Window after Prefixes
	JWT                    // header.payload.signature, base64url, header and payload "eyJ"
	PEM                    // -----BEGIN ... PRIVATE KEY----- ... -----END ...-----
	IDSecret               // Min hex digits, ".", Max letters and digits (Zhipu's keys)
	URLPassword            // scheme://user:password@host
	CurlUser               // curl -u user:password, --user, --proxy-user
	Email                  // local@domain.tld; the local part is masked
)

// Rule is one kind of secret and how to find it. Rules are data (see rules.go): the engine
// reads the fields the rule's How names and ignores the rest.
type Rule struct {
	ID     string
	Family Family
	Kind   string // what the value is, in words shown to the user
	How    How

	// Prefixes start the secret and stay in the masked text: they are the decoder's
	// evidence (sk-proj-, AIza). For Near, they are what the secret must follow.
	Prefixes []string
	Charset  Charset // the characters of the secret's body
	Min, Max int     // bounds on the body's length; Max 0 is no bound
	Digit    bool    // the body holds a digit (random keys do; words do not)
	Entropy  float64 // a floor on the body's Shannon entropy, in bits per character
	Window   int     // Near: how far after a prefix the secret may start

	// Names (Place) are the last word of the names that hold this secret: "key" for
	// MISTRAL_API_KEY, x-api-key and apiKey. Joined (Place) are endings of the name's words run
	// together ("secretaccesskey" for AWS_SECRET_ACCESS_KEY and secretAccessKey). Not (Place)
	// are words that, just before the last one, make the name an ordinary one
	// ("idempotency" in Idempotency-Key). Words (Shape) are the words a token must follow.
	Names  []string
	Joined []string
	Not    []string
	Words  []string
	// Weak (Place) names hold many things besides secrets ("key", "session"): their value
	// is masked only when it looks random (Entropy, Digit, Min).
	Weak bool
	// Pairs (Place): the value is a cookie list, "a=1; b=2"; each value is masked, or only
	// the first when the name starts with "set" (Set-Cookie's attributes are not secret).
	Pairs bool
	// Allow holds values that are never masked (placeholders, role addresses).
	Allow []string

	// Masked are examples the rule must mask: the part between ⟦ and ⟧ must not survive.
	// Kept are examples that must come back unchanged.
	Masked []string
	Kept   []string
}

// find returns the rule's hits in s, in any order; scan settles overlaps.
func (r *Rule) find(d *doc) []hit {
	s := d.s
	switch r.How {
	case Prefix:
		return findPrefix(r, s)
	case Place:
		return findPlace(r, d)
	case Shape:
		return findShape(r, s)
	case Near:
		return findNear(r, s)
	case JWT:
		return findJWT(r, s)
	case PEM:
		return findPEM(r, s)
	case IDSecret:
		return findIDSecret(r, s)
	case URLPassword:
		return findURLPassword(r, s)
	case CurlUser:
		return findCurlUser(r, s)
	case Email:
		return findEmail(r, s)
	}
	return nil
}

// Rules returns the rules, in the order they take precedence.
func Rules() []Rule { return append([]Rule(nil), rules...) }
