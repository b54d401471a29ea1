package site

import (
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"html/template"
	"sync"
)

// The site's stylesheet is inlined in every page's <head> rather than linked: a linked
// stylesheet blocks the first paint until it has arrived, a whole round trip after the
// page (2 s on a slow 3G connection, where the front page's text and input showed only
// then). The page's Content-Security-Policy still allows no other inline style: the
// stylesheet is allowed by its SHA-256 hash, so an injected <style> or style attribute is
// refused as before.

// cspFormat is the policy every page carries; %s is the stylesheet's hash source.
const cspFormat = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' %s; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'`

// siteStyle is the stylesheet (static/style.css) and the CSP source that allows it.
var siteStyle = sync.OnceValues(func() (template.CSS, string) {
	css, err := staticFS.ReadFile("static/style.css")
	if err != nil {
		panic("site: static/style.css is embedded: " + err.Error())
	}
	sum := sha256.Sum256(css)
	return template.CSS(css), "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
})

// csp is the Content-Security-Policy every page carries.
func csp() string {
	_, src := siteStyle()
	return fmt.Sprintf(cspFormat, src)
}
