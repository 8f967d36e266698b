package bluemonday

import "testing"

func TestStrictPolicyKeepsTextOnly(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`<p>Talks <b>resume</b> on Monday</p>`, `Talks resume on Monday`},
		{`<div class="x">a &amp; b <br/>c</div>`, `a &amp; b c`},
		{`before<script>alert("x")</script>after`, `beforeafter`},
		{`<style>p{}</style><!-- note -->kept<title>t</title>`, `kept`},
		{`<object><object>inner</object>still</object>out`, `out`},
		{`5 < 6 and "quoted"`, `5 &lt; 6 and &#34;quoted&#34;`},
		{"  \n ", "  \n "},
	} {
		if got := StrictPolicy().Sanitize(c.in); got != c.want {
			t.Errorf("Sanitize(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
