package decoder

import "errors"

// CompileCatalog is the back end of errlens's catalog compiler (decoder/internal/gencatalog,
// run by `make catalog`): it checks the catalog files, derives the engine from them and
// returns the compiled catalog, the bytes of catalog.bin. The files are in the order the
// engine numbers them (the generator reads them sorted by name).
//
// It lives here because only this package knows the engine it compiles; the JSON reading
// lives in the generator, so encoding/json stays out of the decoder. Decode never calls
// it, so a program that only decodes does not link it. In WebAssembly it refuses
// (compilesCatalogs, snapshot.go): catalogs are compiled on the host.
func CompileCatalog(files []*Provider) ([]byte, error) {
	seen := make(map[string]bool, len(files))
	var errs []error
	for i, p := range files {
		switch {
		case p == nil:
			errs = append(errs, errors.New("catalog file "+itoa(i)+" is nil"))
		case p.Slug == "":
			errs = append(errs, errors.New("catalog file "+itoa(i)+" ("+p.Name+"): missing slug"))
		case seen[p.Slug]:
			errs = append(errs, errors.New("duplicate slug "+p.Slug))
		default:
			seen[p.Slug] = true
		}
	}
	errs = append(errs, checkClients(files)...)
	errs = append(errs, checkRetryShapes(files)...)
	errs = append(errs, checkDefaultProviders(files)...)
	files, derr := deriveRetries(files)
	errs = append(errs, derr...)
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return encodeSnapshot(files, newEngine(files))
}

// checkDefaultProviders reports wrapper files whose default_provider is not a provider's
// slug, and files of other kinds that set one.
func checkDefaultProviders(files []*Provider) []error {
	kinds := make(map[string]string, len(files))
	for _, p := range files {
		if p != nil {
			kinds[p.Slug] = p.Kind
		}
	}
	var errs []error
	for _, p := range files {
		switch {
		case p == nil || p.DefaultProvider == "":
		case p.Kind != KindWrapper:
			errs = append(errs, errors.New(p.Slug+": default_provider is for wrappers"))
		case kinds[p.DefaultProvider] != KindProvider:
			errs = append(errs, errors.New(p.Slug+": default_provider "+p.DefaultProvider+" is not a provider's slug"))
		}
		if p == nil {
			continue
		}
		for _, s := range p.AlsoCalls {
			if p.DefaultProvider == "" || kinds[s] != KindProvider {
				errs = append(errs, errors.New(p.Slug+": also_calls "+s+" needs a default_provider and a provider's slug"))
			}
		}
	}
	return errs
}
