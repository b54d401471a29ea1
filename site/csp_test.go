package site

import (
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The policy every page carries: scripts and wasm from the site only, no inline script, no
// inline style but the site's own stylesheet, allowed by its hash (wantStyleSrc), no eval
// beyond compiling wasm, nothing fetched from elsewhere.
const wantCSP = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' %s; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'`

var styleTag = regexp.MustCompile(`(?s)<style>(.*?)</style>`)

var (
	cspMeta   = regexp.MustCompile(`<meta http-equiv="Content-Security-Policy" content="([^"]*)">`)
	anyTag    = regexp.MustCompile(`<[a-zA-Z][^>]*>`)
	onAttr    = regexp.MustCompile(`(?i)\son[a-z]+\s*=`)
	jsURL     = regexp.MustCompile(`(?i)(?:href|src|action|formaction)\s*=\s*["']?\s*(?:javascript|vbscript|data:text/html)`)
	scriptTag = regexp.MustCompile(`(?s)<script([^>]*)>(.*?)</script>`)
)

// TestEveryPageHasTheCSP: the real site, as `make site` builds it for /errlens/, page by
// page: the policy is there exactly once, before anything it governs, and no page needs
// what it forbids (inline script bodies, on* handler attributes, javascript: URLs).
func TestEveryPageHasTheCSP(t *testing.T) {
	dir := t.TempDir()
	require.NoError(t, Build(Options{Content: os.DirFS("../content"), Out: dir, BasePath: "/errlens"}))
	pages := 0
	eachHTML(t, dir, func(name, page string) {
		pages++
		m := cspMeta.FindAllStringSubmatchIndex(page, -1)
		require.Len(t, m, 1, "%s: one CSP meta tag", name)
		// The one <style> is what the policy's hash allows, computed here from the page itself.
		st := styleTag.FindAllStringSubmatch(page, -1)
		require.Len(t, st, 1, "%s: one <style>", name)
		sum := sha256.Sum256([]byte(st[0][1]))
		want := fmt.Sprintf(wantCSP, "'sha256-"+base64.StdEncoding.EncodeToString(sum[:])+"'")
		assert.Equal(t, want, page[m[0][2]:m[0][3]], name)
		// A meta policy governs only what comes after it.
		for _, tag := range []string{"<script", "<link", "<style", "<img"} {
			if i := strings.Index(page, tag); i >= 0 {
				assert.Less(t, m[0][0], i, "%s: CSP after the first %s", name, tag)
			}
		}
		for _, s := range scriptTag.FindAllStringSubmatch(page, -1) {
			attrs, body := s[1], s[2]
			if strings.Contains(attrs, `type="application/json"`) {
				// Data, not code: html/template escapes '<', so the block cannot be closed early.
				assert.NotContains(t, body, "<", "%s: raw '<' in a data block", name)
				continue
			}
			assert.Contains(t, attrs, ` src="`, "%s: script without src", name)
			assert.Empty(t, strings.TrimSpace(body), "%s: inline script body", name)
		}
		// Tags outside the data blocks carry no handlers and no script URLs.
		outside := scriptTag.ReplaceAllString(page, "")
		for _, tag := range anyTag.FindAllString(outside, -1) {
			assert.False(t, onAttr.MatchString(tag), "%s: event handler attribute in %s", name, tag)
			assert.False(t, jsURL.MatchString(tag), "%s: script URL in %s", name, tag)
		}
	})
	assert.Greater(t, pages, 20, "pages checked")
}
