package gomoji

import "testing"

func TestRemoveEmojis(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"Jane Roe 📰", "Jane Roe "},
		{"👩🏽‍💻 Ana Díaz ✍️", " Ana Díaz "},
		{"🇯🇵 Hiroshi Sato", " Hiroshi Sato"},
		{"Zoë O’Brien – Reuters", "Zoë O’Brien – Reuters"},
		{"李明 ⭐", "李明 "},
		{"", ""},
	} {
		if got := RemoveEmojis(c.in); got != c.want {
			t.Errorf("RemoveEmojis(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
