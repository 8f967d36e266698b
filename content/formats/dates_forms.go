package formats

import (
	"strconv"
	"strings"
	"time"
)

// foreignMonths are month names of languages that write the day first
// (Spanish, Portuguese, French, German, Italian, Dutch, Russian in the
// genitive, Arabic), in lower case. They are only looked for on a line
// that holds nothing but a date, where "mai" or "mars" cannot be
// anything else.
var foreignMonths = func() map[string]time.Month {
	m := map[string]time.Month{}
	for i, names := range []string{
		"enero janeiro janvier januar jänner gennaio januari января يناير",
		"febrero fevereiro février fevrier februar febbraio februari февраля فبراير",
		"marzo março mars märz maerz maart марта مارس",
		"abril avril april aprile апреля أبريل إبريل",
		"mayo maio mai maggio mei мая مايو",
		"junio junho juin juni giugno июня يونيو",
		"julio julho juillet juli luglio июля يوليو",
		"agosto août aout august augustus августа أغسطس",
		"septiembre setiembre setembro septembre september settembre сентября سبتمبر",
		"octubre outubro octobre oktober ottobre октября أكتوبر",
		"noviembre novembro novembre november ноября نوفمبر",
		"diciembre dezembro décembre decembre dezember dicembre december декабря ديسمبر",
	} {
		for _, n := range strings.Fields(names) {
			m[n] = time.Month(i + 1)
		}
	}
	return m
}()

// foreignDateAt reads a day-first date with a month name of foreignMonths:
// "16 de diciembre de 2016", "16 décembre 2016", "16. Dezember 2016",
// "16 декабря 2016 г.".
func foreignDateAt(words []string, i int) (time.Time, int, bool) {
	if i >= len(words) {
		return time.Time{}, i, false
	}
	day, ok := dayNumber(words[i])
	if !ok {
		return time.Time{}, i, false
	}
	j := i + 1
	skip := func() {
		for j < len(words) && (words[j] == "de" || words[j] == "del") {
			j++
		}
	}
	skip()
	if j >= len(words) {
		return time.Time{}, i, false
	}
	m, ok := foreignMonths[strings.ToLower(strings.TrimRight(words[j], ".,"))]
	if !ok {
		return time.Time{}, i, false
	}
	j++
	skip()
	if j >= len(words) {
		return time.Time{}, i, false
	}
	year, ok := yearNumber(words[j])
	if !ok {
		return time.Time{}, i, false
	}
	j++
	if j < len(words) && (words[j] == "г." || words[j] == "года" || words[j] == "г") {
		j++
	}
	return validDate(year, m, day, j)
}

// numericDateAt reads the all-number dates whose order is not in doubt:
// year first with its units ("2016年12月16日" in Chinese and Japanese,
// "2016년 12월 16일" in Korean), year first with slashes or dots
// ("2016/12/16", "2016.12.16", "2016. 12. 16."), and day first with dots
// ("16.12.2016", as German and others write). Slashed dates with the year
// last ("12/03/2016") are month first in one country and day first in the
// next, and are left alone.
func numericDateAt(words []string, i int) (time.Time, int, bool) {
	if i >= len(words) {
		return time.Time{}, i, false
	}
	w := words[i]
	// Most numbers in a text are no such date: only these marks make one.
	if !strings.ContainsAny(w, "年년/.") {
		return time.Time{}, i, false
	}
	// Japanese adds the weekday: "2016年12月16日(金)".
	cjk := w
	if k := strings.IndexAny(cjk, "(（"); k > 0 && strings.HasSuffix(cjk, "日"+cjk[k:]) {
		cjk = cjk[:k]
	}
	if y, m, d, ok := splitNumbers(cjk, "年", "月", "日"); ok {
		return validYMD(y, m, d, i+1)
	}
	if i+2 < len(words) {
		if strings.HasSuffix(w, "년") {
			if y, m, d, ok := splitNumbers(w+words[i+1]+words[i+2], "년", "월", "일"); ok {
				return validYMD(y, m, d, i+3)
			}
		}
		if len(w) == 5 && w[4] == '.' {
			if y, m, d, ok := splitNumbers(w+words[i+1]+strings.TrimSuffix(words[i+2], "."), ".", ".", ""); ok {
				return validYMD(y, m, d, i+3) // "2016. 12. 16."
			}
		}
	}
	w = strings.TrimRight(w, ".,;")
	for _, sep := range []string{"/", "."} {
		if y, m, d, ok := splitNumbers(w, sep, sep, ""); ok && len(w) >= 8 && strings.Index(w, sep) == 4 {
			return validYMD(y, m, d, i+1)
		}
	}
	if d, m, y, ok := splitNumbers(w, ".", ".", ""); ok && len(w) >= 8 && len(w)-strings.LastIndex(w, ".") == 5 {
		return validYMD(y, m, d, i+1)
	}
	return time.Time{}, i, false
}

// splitNumbers reads s as three numbers, each followed by its unit (the
// last unit may be ""): "2016年12月16日" with 年, 月, 日.
func splitNumbers(s, u1, u2, u3 string) (a, b, c int, ok bool) {
	nums := [3]int{}
	for k, unit := range []string{u1, u2, u3} {
		j := len(s)
		if unit != "" {
			j = strings.Index(s, unit)
		}
		if j <= 0 || j > 4 {
			return 0, 0, 0, false
		}
		n, err := strconv.Atoi(s[:j])
		if err != nil || n < 0 {
			return 0, 0, 0, false
		}
		nums[k] = n
		s = s[j+len(unit):]
	}
	return nums[0], nums[1], nums[2], s == ""
}
