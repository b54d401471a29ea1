package site

import (
	"encoding/json"
	"errors"
	"io/fs"
	"path"
	"strings"
)

// content is the content tree, read once.
type content struct {
	// pages are the markdown files that become pages of their own, by path ("index.md",
	// "guide/retries.md", "404.md", "providers/index.md").
	pages map[string][]byte
	// intros are providers/<slug>.md: prose shown above a catalog page's tables.
	intros map[string][]byte
	// examples fill the front page's picker.
	examples []Example
}

// Example is one paste offered on the front page, filed under the provider it comes from.
type Example struct {
	Provider string `json:"provider"`
	Label    string `json:"label"`
	Input    string `json:"input"`
}

// LoadExamples reads and checks an examples.json file.
func LoadExamples(data []byte) ([]Example, error) {
	var ex []Example
	dec := json.NewDecoder(strings.NewReader(string(data)))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&ex); err != nil {
		return nil, errors.New("examples.json: " + err.Error())
	}
	for _, e := range ex {
		if e.Provider == "" || e.Label == "" || e.Input == "" {
			return nil, errors.New("examples.json: entry " + e.Label + " needs provider, label and input")
		}
	}
	return ex, nil
}

func load(fsys fs.FS) (*content, error) {
	c := &content{pages: map[string][]byte{}, intros: map[string][]byte{}}
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			return err
		}
		switch {
		case p == "examples.json":
			c.examples, err = LoadExamples(data)
			return err
		case path.Ext(p) != ".md":
			return nil // anything else in content/ is not ours to publish
		case path.Dir(p) == "providers" && p != "providers/index.md":
			c.intros[strings.TrimSuffix(path.Base(p), ".md")] = data
		default:
			c.pages[p] = data
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if _, ok := c.pages["index.md"]; !ok {
		return nil, errors.New("content: index.md (the front page's prose) is missing")
	}
	return c, nil
}
