package content

// sanitizeArticle removes terminal control sequences and other control
// characters from every text field of a.
//
// PLACEHOLDER: the plain-text pipeline replaces it.
func sanitizeArticle(a *Article) {}
