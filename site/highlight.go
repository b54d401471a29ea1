package site

import (
	"bytes"
	"io"

	"github.com/alecthomas/chroma/v2"
	chromahtml "github.com/alecthomas/chroma/v2/formatters/html"
	"github.com/alecthomas/chroma/v2/lexers"
	"github.com/alecthomas/chroma/v2/styles"
)

// Code is highlighted with CSS classes, not inline styles: the site's Content-Security-Policy
// allows no inline style, and classes let one page carry a light and a dark theme.
var formatter = chromahtml.New(chromahtml.WithClasses(true), chromahtml.TabWidth(4))

// The two themes, chosen by the reader's prefers-color-scheme.
const (
	lightStyle = "github"
	darkStyle  = "github-dark"
)

// highlight writes code in lang as classed HTML. An unknown language falls back to plain
// text, still inside the same <pre class="chroma"> so it looks like the rest.
func highlight(w io.Writer, lang, code string) error {
	lexer := lexers.Get(lang)
	if lexer == nil {
		lexer = lexers.Fallback
	}
	it, err := chroma.Coalesce(lexer).Tokenise(nil, code)
	if err != nil {
		return err
	}
	// With classes the style does not reach the HTML; any style will do.
	return formatter.Format(w, styles.Fallback, it)
}

// codeCSS returns the stylesheet for one theme.
func codeCSS(name string) ([]byte, error) {
	style := styles.Get(name)
	var buf bytes.Buffer
	if err := formatter.WriteCSS(&buf, style); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}
