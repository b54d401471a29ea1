package decoder

import "strings"

// A self-hosted server's log (vLLM's API server, llama-server, Ollama) records the answer
// it gave each request: uvicorn's access record `INFO: 127.0.0.1:45406 - "POST
// /v1/chat/completions HTTP/1.1" 404 Not Found` under vLLM, llama-server's `srv
// log_server_r: request: GET /slots 127.0.0.1 401`. normalize blanks access records as the
// app's own answers to its caller (accesslog.go); when the paste is the provider's own log,
// they are the provider's answers, and the failed one is the error's status.

// servedStatus is the status of one access record of the paste, at its offset in the
// whole normalised paste (normalized.served, normalized.whole).
type servedStatus struct {
	pos, end int // where the record's status is, and where the record ends
	code     int
	what     string // the record, for evidence
}

// servedStatus reads the status a server's own access log gave the failed request, for a
// paste that shows none of its own, when the identified provider is a self-hosted server
// (Provider.SelfHosted) or the paste is nothing but such records. It runs after identify,
// the one step that needs the identity before match.
func (e *engine) servedStatus(s *signals, who *identity) {
	if s.hasHTTP {
		return
	}
	if who.provider >= 0 && e.files[who.provider].SelfHosted || onlyServedRecords(s.in) {
		s.readServedStatus()
	}
}

// readServedStatus takes, for a paste with no status of its own (signals.hasHTTP) whose provider is a
// self-hosted server (Provider.SelfHosted), the status of the failed request its log records
// for this error: the first failed record from the error's text on (a server logs the
// request after the error it failed with), else the last one before it.
func (s *signals) readServedStatus() {
	whole, base := s.in.whole, s.in.base
	if whole == "" {
		return
	}
	var before, after servedStatus
	take := func(r servedStatus) {
		switch {
		case r.code < 400:
		case r.pos >= base:
			if after.code == 0 || r.pos < after.pos {
				after = r
			}
		case r.pos > before.pos || before.code == 0:
			before = r
		}
	}
	for _, r := range s.in.served {
		if servedRoute(r.what) {
			take(r)
		}
	}
	eachServerRequest(whole, take)
	r := after
	if r.code == 0 {
		r = before
	}
	if r.code == 0 {
		return
	}
	pos := r.pos - base
	if pos < 0 || pos+3 > len(s.in.text) {
		pos = -1 // outside this error's text: no place in it to point at
	}
	st := statusSeen{code: r.code, strength: anchorLabel, pos: pos, what: "the server's own log of the request (" + strings.Join(strings.Fields(r.what), " ") + ")"}
	s.addStatus(st)
	s.http, s.hasHTTP = st, true // decided after extraction, as statusOf would have
	s.pos.status = s.statusAt(s.in.text, st)
}

// servedRoute reports whether an access record (`"POST /v1/chat/completions HTTP/1.1" 404`)
// asked for a route of the OpenAI-compatible servers (vLLM's, llama-server's, Ollama's /v1):
// the record of another app in the same log (its own /v1/ask) is that app's answer.
// from: https://docs.vllm.ai/en/latest/serving/openai_compatible_server.html (the APIs the
// server offers) and https://github.com/ggml-org/llama.cpp/blob/master/tools/server/README.md;
// Ollama's native inference routes (/api/generate, /api/chat, /api/embed, /api/embeddings),
// which Ollama clients also post to servers that mimic it (a LiteLLM proxy, Open WebUI):
// from: https://github.com/ollama/ollama/blob/main/docs/api.md; and the routes of NVIDIA's
// NIM containers, which the user runs (uvicorn logs their requests): the LLM NIMs' /v1 as
// above, NeMo Retriever's reranking /v1/ranking.
// from: https://docs.nvidia.com/nim/nemo-retriever/text-reranking/latest/using-reranking.html
func servedRoute(record string) bool {
	_, rest, _ := strings.Cut(record, " ")
	path, _, _ := strings.Cut(rest, " ")
	path, _, _ = strings.Cut(path, "?")
	for _, r := range servedRoutes {
		if path == r || strings.HasPrefix(path, r+"/") {
			return true
		}
	}
	return false
}

var servedRoutes = []string{"/v1/chat/completions", "/v1/completions", "/v1/embeddings",
	"/v1/messages", "/v1/responses", "/v1/models", "/v1/audio", "/v1/rerank", "/v2/rerank",
	"/v1/score", "/rerank", "/score", "/pooling", "/classify", "/tokenize", "/detokenize",
	"/completion", "/completions", "/chat/completions", "/embedding", "/embeddings", "/infill",
	"/api/generate", "/api/chat", "/api/embed", "/api/embeddings", "/v1/ranking"}

// eachServerRequest calls f with each request llama-server's log records, `request: METHOD
// PATH ADDRESS STATUS` ending a line.
// from: https://github.com/ggml-org/llama.cpp/blob/master/tools/server/server-http.cpp
// (log_server_request: SRV_INF("request: %s %s %s %d\n", method, path, remote_addr, status))
func eachServerRequest(text string, f func(servedStatus)) {
	for from := 0; ; {
		k := strings.Index(text[from:], "request: ")
		if k < 0 {
			return
		}
		from += k + len("request: ")
		line := lineAt(text[from:])
		fs := strings.Fields(line)
		if len(fs) != 4 || !isOneOf(fs[0], httpMethods) || !strings.HasPrefix(fs[1], "/") || len(fs[3]) != 3 {
			continue
		}
		st, ok := statusFromNumber(fs[3])
		if !ok {
			continue
		}
		at := from + strings.LastIndex(line, fs[3])
		f(servedStatus{pos: at, end: at + 3, code: st, what: "request: " + strings.TrimSpace(line)})
	}
}

// onlyServedRecords reports whether the paste is nothing but a server's log with access
// records of the OpenAI-compatible routes (servedRoute) in it: once normalize blanked the
// records, each line left holds at most a log level, a client address and uvicorn's " - "
// (`INFO:     10.0.0.5:54034 - "POST /v1/chat/completions HTTP/1.1" 400 Bad Request`), or
// is a line the log wrote at info or debug level, or a markdown fence around the paste.
// Such a paste says nothing but what the serving program answered, so the failed request's
// status is the error's, whoever served it; an error line beside the records speaks for
// itself instead.
// from: https://github.com/encode/uvicorn/blob/master/uvicorn/logging.py (AccessFormatter:
// '%s - "%s %s HTTP/%s" %d' with the status's phrase, after the level prefix "INFO:     ")
func onlyServedRecords(in normalized) bool {
	if len(in.served) == 0 || in.whole == "" {
		return false
	}
	served := false
	for _, r := range in.served {
		if servedRoute(r.what) {
			served = true
		}
	}
	if !served {
		return false
	}
	for line := range strings.Lines(in.whole) {
		if !servedLogLine(line) {
			return false
		}
	}
	return true
}

// servedLogLine reports whether a line of a paste whose access records were blanked says
// nothing of its own: blank, a markdown fence, only a level, addresses and dashes, or a log
// line at info or debug level.
func servedLogLine(line string) bool {
	f := strings.Fields(line)
	if len(f) == 1 && strings.HasPrefix(f[0], "```") {
		return true
	}
	bare := true
	for _, w := range f {
		switch strings.TrimSuffix(strings.ToUpper(w), ":") {
		case "INFO", "DEBUG":
			return true // the log's own line at a level that reports no failure
		case "WARNING", "ERROR", "-":
			continue
		}
		if strings.Trim(w, "0123456789.:[]-") != "" {
			bare = false
		}
	}
	return bare
}
