package site

import (
	"bytes"
	"html/template"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// md is the one markdown configuration: GitHub tables and autolinks, heading ids so
// sections can be linked, fenced code through chroma. Raw HTML in content is not rendered
// (goldmark's default), so prose cannot smuggle inline scripts or styles past the CSP.
var md = goldmark.New(
	goldmark.WithExtensions(extension.GFM),
	goldmark.WithParserOptions(parser.WithAutoHeadingID()),
	goldmark.WithRendererOptions(renderer.WithNodeRenderers(util.Prioritized(codeBlocks{}, 100))),
)

// doc is one rendered markdown file.
type doc struct {
	Title string        // text of the first level-1 heading, "" if none
	HTML  template.HTML // the body; the first h1 is left out so layouts place the title
	Code  bool          // has highlighted code, so the page needs the chroma stylesheets
}

func renderMarkdown(src []byte) (doc, error) {
	root := md.Parser().Parse(text.NewReader(src))
	var d doc
	// The first h1 is the page title; the layout prints it, so it leaves the body.
	for n := root.FirstChild(); n != nil; n = n.NextSibling() {
		if h, ok := n.(*ast.Heading); ok && h.Level == 1 {
			d.Title = plainText(h, src)
			root.RemoveChild(root, h)
			break
		}
	}
	_ = ast.Walk(root, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if _, ok := n.(*ast.FencedCodeBlock); ok && entering {
			d.Code = true
		}
		return ast.WalkContinue, nil
	})
	var buf bytes.Buffer
	if err := md.Renderer().Render(&buf, src, root); err != nil {
		return doc{}, err
	}
	d.HTML = template.HTML(buf.String()) // goldmark escapes text and drops raw HTML
	return d, nil
}

// firstParagraph renders only the first paragraph of src: the summary a listing shows.
func firstParagraph(src []byte) (template.HTML, error) {
	root := md.Parser().Parse(text.NewReader(src))
	for n := root.FirstChild(); n != nil; n = n.NextSibling() {
		if n.Kind() != ast.KindParagraph {
			continue
		}
		var buf bytes.Buffer
		if err := md.Renderer().Render(&buf, src, n); err != nil {
			return "", err
		}
		return template.HTML(buf.String()), nil
	}
	return "", nil
}

// plainText concatenates the text segments under n.
func plainText(n ast.Node, src []byte) string {
	var b bytes.Buffer
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if t, ok := c.(*ast.Text); ok && entering {
			b.Write(t.Segment.Value(src))
		}
		return ast.WalkContinue, nil
	})
	return b.String()
}

// codeBlocks renders fenced code through chroma instead of goldmark's plain <pre>.
type codeBlocks struct{}

func (codeBlocks) RegisterFuncs(r renderer.NodeRendererFuncRegisterer) {
	r.Register(ast.KindFencedCodeBlock, func(w util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkSkipChildren, nil
		}
		b := n.(*ast.FencedCodeBlock)
		var code bytes.Buffer
		for i := 0; i < b.Lines().Len(); i++ {
			seg := b.Lines().At(i)
			code.Write(seg.Value(src))
		}
		return ast.WalkSkipChildren, highlight(w, string(b.Language(src)), code.String())
	})
}
