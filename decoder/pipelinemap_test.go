package decoder

import (
	"os"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// The README's pipeline map names, per stage, the files TestPipelineOrder assigns to it, so
// the map a new engineer reads first cannot drift from the code. Its rows split two of
// stageOf's stages for the reader: normalise and split (segment.go; choose.go, the driver's
// choice of error) together are stNormalise plus choose.go; advise and weigh together are
// stAdvise.
func TestREADMEPipelineMapMatchesCode(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	require.NoError(t, err)
	rows := map[string][]string{}
	file := regexp.MustCompile("`([a-z_0-9]+\\.go)`")
	inMap := false
	for _, line := range strings.Split(string(readme), "\n") {
		switch {
		case strings.HasPrefix(line, "| stage | files |"):
			inMap = true
		case inMap && !strings.HasPrefix(line, "|"):
			inMap = false
		case inMap && !strings.HasPrefix(line, "|---"):
			cells := strings.Split(line, "|")
			require.Greater(t, len(cells), 3, line)
			stage := strings.TrimSpace(cells[1])
			for _, m := range file.FindAllStringSubmatch(cells[2], -1) {
				rows[stage] = append(rows[stage], m[1])
			}
		}
	}
	require.NotEmpty(t, rows, "README has no pipeline map")
	readmeStages := map[int][]string{
		stNormalise: {"normalise", "split"},
		stSignals:   {"signals"},
		stIdentify:  {"identify"},
		stMatch:     {"match"},
		stAdvise:    {"advise", "weigh"},
		stSpans:     {"spans"},
	}
	for stage, names := range readmeStages {
		var want, got []string
		for f, s := range stageOf {
			if s == stage {
				want = append(want, f)
			}
		}
		if stage == stNormalise {
			want = append(want, "choose.go")
		}
		for _, n := range names {
			got = append(got, rows[n]...)
		}
		sort.Strings(want)
		sort.Strings(got)
		assert.Equal(t, want, got, "README pipeline map, rows %v", names)
	}
}
