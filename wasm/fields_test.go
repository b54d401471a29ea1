//go:build js && wasm

package main

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/errlens/errlens/decoder"
)

// fill sets every field v holds, recursively, to a value that is not its zero: no field
// can then be left out by an omit-when-empty rule, and one that resultJSON does not write
// shows up as missing.
func fill(t *testing.T, v reflect.Value) {
	switch v.Kind() {
	case reflect.String:
		v.SetString("s<\"\u2028>")
	case reflect.Int, reflect.Int64:
		v.SetInt(7)
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Map:
		m := reflect.MakeMap(v.Type())
		k, e := reflect.New(v.Type().Key()).Elem(), reflect.New(v.Type().Elem()).Elem()
		fill(t, k)
		fill(t, e)
		m.SetMapIndex(k, e)
		v.Set(m)
	case reflect.Slice:
		s := reflect.MakeSlice(v.Type(), 1, 1)
		fill(t, s.Index(0))
		v.Set(s)
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fill(t, v.Field(i))
			}
		}
	default:
		t.Fatalf("fill: no value for a %s; teach fill this kind", v.Type())
	}
}

// Every field of decoder.Result, nested ones included, crosses to the page under its JSON
// name: a field added to Result and not to resultJSON fails here.
func TestEveryResultFieldCrosses(t *testing.T) {
	var r decoder.Result
	fill(t, reflect.ValueOf(&r).Elem())
	want, err := json.Marshal(r)
	require.NoError(t, err)
	// The spans' offsets (7, from fill) are counted in an ASCII input, whose UTF-16 units
	// are its bytes: spans then cross equal to json.Marshal's, and a missing one shows.
	require.NotEmpty(t, r.Spans)
	assert.JSONEq(t, string(want), string(resultJSON(r, "0123456789")))
}
