package decoder

import "errors"

// The retry count of a provider's Python and Node SDKs has one home: the client that gives
// it (SDKRetrier.Retries, read from the library's code with the rest of its policy). For a
// catalog that lists clients, or names clients_of, the compiler fills sdk.python.retries and
// sdk.node.retries from its client in that language, which the "what the SDK did" sentence
// and the verdict read; the file may not write them too, not even when they agree. A
// language with no client (Bedrock's JavaScript v3 SDK) keeps the count its section writes.

// retrySection is an SDK section that carries a retry count, with the language a client
// names for it (SDKRetrier.Language).
type retrySection struct {
	lang string
	sec  *SDKClient
}

// retrySections is sdk's two sections with a retry count. A function, not a method: a
// method of SDK, whose type the WebAssembly build keeps, would add its name and type there.
func retrySections(sdk *SDK) [2]retrySection {
	return [2]retrySection{{"python", &sdk.Python}, {"node", &sdk.Node}}
}

// clientIn returns the first of clients written in language lang, nil when none is.
func clientIn(clients []SDKRetrier, lang string) *SDKRetrier {
	for i := range clients {
		if clients[i].Language == lang {
			return &clients[i]
		}
	}
	return nil
}

// deriveRetries returns files with the Python and Node retry counts of each catalog that
// has clients, its own or those clients_of names, taken from its client in that language.
// The files it changes are copies: the caller's stay as they were. A count the file writes
// where a client gives it is an error (catalogc also rejects a written 0, which a
// Provider cannot tell from an unwritten one).
func deriveRetries(files []*Provider) ([]*Provider, []error) {
	bySlug := make(map[string]*Provider, len(files))
	for _, p := range files {
		if p != nil {
			bySlug[p.Slug] = p
		}
	}
	out := make([]*Provider, len(files))
	var errs []error
	for i, p := range files {
		out[i] = p
		if p == nil {
			continue
		}
		clients := p.SDK.Clients
		if of := bySlug[p.SDK.ClientsOf]; of != nil {
			clients = withClientsOf(of.SDK.Clients, clients)
		}
		if len(clients) == 0 {
			continue
		}
		q := *p
		for _, s := range retrySections(&q.SDK) {
			cl := clientIn(clients, s.lang)
			switch {
			case cl == nil:
			case s.sec.Retries != 0:
				errs = append(errs, errors.New(p.Slug+": sdk."+s.lang+".retries is written twice: "+cl.Name+"'s retries is its one home"))
			default:
				s.sec.Retries = cl.Retries
			}
		}
		out[i] = &q
	}
	return out, errs
}
