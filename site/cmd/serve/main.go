// Command serve serves the built site (public/) over HTTP for development and for the
// browser tests: `go run ./site/cmd/serve -dir public -port 8080`.
//
// It listens on 127.0.0.1 only. -prefix mounts the site under a sub-path (/errlens/) the way
// GitHub Pages serves a project site, so relative links are exercised as they will be in
// production. Missing paths get 404.html with status 404, and a client that accepts gzip
// gets HTML, CSS, JavaScript, JSON and the wasm compressed, also as Pages does. The first
// line on stdout is "serving <url>", which the browser tests read to find a random port.
package main

import (
	"flag"
	"fmt"
	"log"
	"net"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strings"
)

func main() {
	dir := flag.String("dir", "public", "directory to serve")
	port := flag.String("port", envOr("PORT", "8080"), "port on 127.0.0.1 (0 picks a free one); default $PORT or 8080")
	prefix := flag.String("prefix", "/", "URL path the site is mounted at, e.g. /errlens/")
	flag.Parse()

	h, p := handler(*dir, *prefix)
	ln, err := net.Listen("tcp", net.JoinHostPort("127.0.0.1", *port))
	if err != nil {
		log.Fatal(err)
	}
	fmt.Printf("serving http://%s%s\n", ln.Addr(), p)
	log.Fatal(http.Serve(ln, h))
}

// handler mounts the site in dir at prefix; it returns the cleaned prefix ("/errlens/").
func handler(dir, prefix string) (http.Handler, string) {
	p := "/" + strings.Trim(prefix, "/") + "/"
	if p == "//" {
		p = "/"
	}
	mux := http.NewServeMux()
	mux.Handle(p, http.StripPrefix(strings.TrimSuffix(p, "/"), site(dir)))
	if p != "/" {
		// Only the bare origin leads to the site. Anything else outside the prefix is not
		// the site's, as on Pages (/robots.txt is the origin's, not errlens's): a redirect
		// would answer it with the front page.
		mux.Handle("/{$}", http.RedirectHandler(p, http.StatusFound))
		mux.Handle("/", http.NotFoundHandler())
	}
	return mux, p
}

func envOr(k, def string) string {
	if v := os.Getenv(k); v != "" {
		return v
	}
	return def
}

// site serves dir with no caching (a rebuilt site shows at once), Pages-style 404s, and
// gzip for clients that accept it (gzip.go).
func site(dir string) http.Handler {
	files := http.FileServer(http.Dir(dir))
	gz := &gzipped{}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Cache-Control", "no-cache")
		name := filepath.Join(dir, filepath.FromSlash(path.Clean("/"+r.URL.Path)))
		fi, err := os.Stat(name)
		if err != nil || fi.IsDir() && !exists(filepath.Join(name, "index.html")) {
			notFound(w, dir)
			return
		}
		if fi.IsDir() && strings.HasSuffix(r.URL.Path, "/") {
			name = filepath.Join(name, "index.html")
			fi, err = os.Stat(name)
		}
		if err == nil && !fi.IsDir() && !strings.HasSuffix(r.URL.Path, "/index.html") && gz.serve(w, r, name, fi) {
			return
		}
		files.ServeHTTP(w, r)
	})
}

func exists(p string) bool {
	_, err := os.Stat(p)
	return err == nil
}

func notFound(w http.ResponseWriter, dir string) {
	body, err := os.ReadFile(filepath.Join(dir, "404.html"))
	if err != nil {
		http.Error(w, "404 page not found", http.StatusNotFound)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(http.StatusNotFound)
	_, _ = w.Write(body)
}
