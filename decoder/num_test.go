package decoder

import (
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestParseDecimal(t *testing.T) {
	for in, want := range map[string]float64{"42": 42, "-1.5": -1.5, "20.0": 20, "45.578569677": 45.578569677, "2.5e3": 2500, "0.001": 0.001, "+7": 7} {
		got, ok := parseDecimal(in)
		assert.True(t, ok, in)
		assert.InDelta(t, want, got, 1e-9, in)
	}
	for _, in := range []string{"", ".", "-", "1.2.3", "4x", "1e99", "e5"} {
		_, ok := parseDecimal(in)
		assert.False(t, ok, in)
	}
}

func TestFormatDecimal(t *testing.T) {
	for _, c := range []struct {
		f    float64
		prec int
		want string
	}{{7.66, 3, "7.66"}, {3, 3, "3"}, {0.5, 3, "0.5"}, {1.04, 1, "1"}, {1.25, 1, "1.3"}, {0.174, 3, "0.174"}, {10, 1, "10"}} {
		assert.Equal(t, c.want, formatDecimal(c.f, c.prec), "%v", c.f)
	}
}

func TestSortStable(t *testing.T) {
	xs := []codeSeen{{"a", 1, ""}, {"b", 3, ""}, {"c", 1, ""}, {"d", 3, ""}}
	sortStable(xs, func(a, b codeSeen) bool { return a.rank > b.rank })
	assert.Equal(t, "bdac", xs[0].value+xs[1].value+xs[2].value+xs[3].value)
}

// atoi and hexValue agree with strconv wherever the decoder uses them.
func TestAtoiAndHexValueMatchStrconv(t *testing.T) {
	for _, in := range []string{"0", "7", "429", "-12", "+5", "007", "2024", "123456789012345678",
		"", "-", "+", "1x", " 1", "1 ", "1.5", "٣", "0x1f", "1_000"} {
		want, err := strconv.Atoi(in)
		got, ok := atoi(in)
		assert.Equal(t, err == nil, ok, "%q", in)
		if ok {
			assert.Equal(t, want, got, "%q", in)
		}
	}
	_, ok := atoi("1234567890123456789") // longer than any number the decoder reads
	assert.False(t, ok)
	for _, in := range []string{"00", "7f", "FF", "aB", "263a", "d83d", "", "g1", "0x", "-1", "+1", " f"} {
		want, err := strconv.ParseUint(in, 16, 64)
		got, ok := hexValue(in)
		assert.Equal(t, err == nil, ok, "%q", in)
		if ok {
			assert.Equal(t, want, got, "%q", in)
		}
	}
}
