package decoder

import (
	"math/rand/v2"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/require"
)

// The sixth speed pass's shortcuts, each held to the code it replaced.

// relayed skips a path without "upstream": that holds only while every relay member
// names it.
func TestRelayMembersNameUpstream(t *testing.T) {
	for _, m := range relayMembers {
		require.Contains(t, m, "upstream", m)
	}
	for _, where := range []string{"error.code", "upstreamresponse.error.code", "error.upstream_error.code", "upstream.code", "x.upstreamerror"} {
		old := false
		for _, m := range relayMembers {
			old = old || strings.Contains("."+where, m)
		}
		require.Equal(t, old, relayed(where), where)
	}
}

// sdkRetriesReference is sdkRetries as it was: every item compared with the kinds first.
func sdkRetriesReference(on []string, status int, cat Category) bool {
	for _, it := range on {
		switch it {
		case "connection":
			if cat == Connection {
				return true
			}
		case "timeout":
			if cat == Timeout && status == 0 {
				return true
			}
		case "5xx", ">=500":
			if status >= 500 {
				return true
			}
		default:
			if status != 0 && isNumber(it, status) {
				return true
			}
		}
	}
	return false
}

// sdkRetries answers as before for every catalog's retry_on lists, every status from 0 to
// 1000 and every category.
func TestSDKRetriesAsBefore(t *testing.T) {
	e := load().eng
	lists := [][]string{{"042", "5x5", "+42", "1000", "99"}}
	for _, p := range e.files {
		lists = append(lists, p.SDK.RetryOn)
		for _, cl := range p.SDK.Clients {
			lists = append(lists, cl.RetryOn)
		}
	}
	for _, on := range lists {
		for status := 0; status <= 1000; status++ {
			for _, cat := range []Category{Unknown, Connection, Timeout, RateLimit, Server, Quota} {
				require.Equal(t, sdkRetriesReference(on, status, cat), sdkRetries(on, status, cat), "%v %d %s", on, status, cat)
			}
		}
	}
}

// rfc3339Reference is rfc3339 as it was: every field by appendPadded.
func rfc3339Reference(t time.Time) string {
	y, mo, d := t.UTC().Date()
	h, mi, sec := t.UTC().Clock()
	var buf [32]byte
	b := appendPadded(buf[:0], y, 4)
	b = appendPadded(append(b, '-'), int(mo), 2)
	b = appendPadded(append(b, '-'), d, 2)
	b = appendPadded(append(b, 'T'), h, 2)
	b = appendPadded(append(b, ':'), mi, 2)
	b = appendPadded(append(b, ':'), sec, 2)
	return string(append(b, 'Z'))
}

// rfc3339 writes every instant as before: random ones across and beyond four-digit years,
// and the edges of those years.
func TestRFC3339AsBefore(t *testing.T) {
	rng := rand.New(rand.NewPCG(6, 13))
	times := []time.Time{time.Unix(0, 0), time.Date(0, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(-1, 12, 31, 23, 59, 59, 0, time.UTC),
		time.Date(9999, 12, 31, 23, 59, 59, 999, time.UTC), time.Date(10000, 1, 1, 0, 0, 0, 0, time.UTC)}
	for range 20000 {
		times = append(times, time.Unix(rng.Int64N(800_000_000_000)-400_000_000_000, rng.Int64N(1e9)))
	}
	for _, tm := range times {
		require.Equal(t, rfc3339Reference(tm), rfc3339(tm), tm.String())
	}
}

// itoa writes every number as strconv.Itoa does, statuses from its table.
func TestItoaAsStrconv(t *testing.T) {
	for n := -2000; n <= 20000; n++ {
		require.Equal(t, strconv.Itoa(n), itoa(n))
	}
}

// isWordByte reads its table as the comparisons it replaced.
func TestWordBytesAsComparisons(t *testing.T) {
	for c := 0; c < 256; c++ {
		b := byte(c)
		want := b == '_' || b == '$' || (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')
		require.Equal(t, want, isWordByte(b), "%q", b)
	}
}

// showsAny answers as asking after each marker of the set did, on every corpus paste and
// random text, for every set a reader uses.
func TestShowsAnyAsEachMarker(t *testing.T) {
	var dotnetIDs []int
	for _, dm := range dotnetMarkers {
		dotnetIDs = append(dotnetIDs, dm.id)
	}
	lists := [][]int{{mAttemptsJSON, mAttempts, mMaxRetries, mFailedAfter}, longWindowMarks, clockMarks, resetFieldMarks, mReasons, dotnetIDs, mKube, {0}, {len(markers) - 1},
		append([]int{mDaemon, mServerMessage}, mRegistryContext...), append([]int{mConnPool, mPageTitle}, mRequestURL...),
		marks("retrying", "reconnecting")}
	texts := append(fastpathTexts(t), randomTexts(2000, "reset at Try again per day monthly 429 Too Many Requests\n ")...)
	b := new(extractBuffers)
	for _, text := range texts {
		in := normalize(text, DefaultMaxInput)
		s := extractWith(&in, load().eng, b, func() time.Time { return time.Unix(0, 0) })
		for _, ids := range lists {
			each := false
			for _, id := range ids {
				each = each || len(s.at(id)) > 0
			}
			require.Equal(t, each, s.showsAny(setOf(ids)), "%q %v", text, ids)
		}
	}
}

// The verdict's short wait is written as durationText writes it, for every wait under 10 s.
func TestShortWaitVerdictAsDurationText(t *testing.T) {
	for ms := int64(1); ms < 10000; ms++ {
		r := Result{Retryable: true, RetryAfterMS: ms, Category: RateLimit, HTTPStatus: 429, Code: "x"}
		require.Equal(t, "Retry after "+durationText(ms)+".", string(appendVerdict(nil, &r, time.Unix(0, 0), false, nil, nil)), ms)
	}
}
