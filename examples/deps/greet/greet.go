// Package greet formats a greeting with language-aware case and number rules.
package greet

import (
	"golang.org/x/text/cases"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

var words = map[string]string{"en": "hello, world", "fr": "bonjour, le monde", "de": "hallo, welt"}

// Hello returns the greeting for a BCP 47 tag, title-cased for that language, with a count.
func Hello(tag string) string {
	lang := language.MustParse(tag)
	printer := message.NewPrinter(lang)
	return printer.Sprintf("%s (%d)", cases.Title(lang).String(words[tag]), 1234567)
}
