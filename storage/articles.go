package storage

import (
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"errors"
	"fmt"
	"strings"
	"time"

	"golang.org/x/text/unicode/norm"

	"github.com/trawl/trawl/extract"
)

// ArticleRecord is an extracted, annotated article to store.
type ArticleRecord struct {
	PageKey          string // identity key of the archived page; the article's own key
	Source           string
	Article          extract.Article
	Entities         []extract.Entity
	ExtractorVersion string // the annotator's, stored with each mention
	HTMLVersion      string // the HTML extractor's (extract.HTMLVersion)
	ExtractedAt      time.Time
}

// version is what articles.extractor_version holds: both extractors'
// versions ("html/2+annotate/6"), so a change to either rewrites the article.
func (a ArticleRecord) version() string {
	if a.HTMLVersion == "" {
		return a.ExtractorVersion
	}
	return a.HTMLVersion + "+" + a.ExtractorVersion
}

// ContentHash is the SHA-256 (hex) of text after Unicode NFC and collapsing
// runs of white space, so re-wrapped or re-encoded copies hash alike.
func ContentHash(text string) string {
	h := sha256.Sum256([]byte(strings.Join(strings.Fields(norm.NFC.String(text)), " ")))
	return hex.EncodeToString(h[:])
}

// emptyHash is the content hash of an article with no text; such articles
// are failed extractions, not copies of one another.
var emptyHash = ContentHash("")

func saveArticle(t *txn, a ArticleRecord) (SaveResult, error) {
	if a.PageKey == "" {
		return SaveResult{}, fmt.Errorf("storage: article %s: empty page key", a.Article.URL)
	}
	hash := ContentHash(a.Article.Text)
	var id int64
	var oldHash, oldVersion string
	var dup sql.NullInt64
	err := t.scan(`SELECT id, content_hash, extractor_version, duplicate_of FROM articles WHERE key = ?`,
		[]any{a.PageKey}, &id, &oldHash, &oldVersion, &dup)
	exists := err == nil
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return SaveResult{}, articleErr(a, err)
	}
	if exists && oldHash == hash && oldVersion == a.version() {
		return SaveResult{ID: id, Outcome: OutcomeUnchanged, DuplicateOf: dup.Int64}, nil
	}
	if err := checkMentions(a); err != nil {
		return SaveResult{}, err
	}

	var pageID sql.NullInt64
	if err := t.scan(`SELECT id FROM pages WHERE key = ?`, []any{a.PageKey}, &pageID); err != nil && !errors.Is(err, sql.ErrNoRows) {
		return SaveResult{}, articleErr(a, err)
	}
	extracted := a.ExtractedAt
	if extracted.IsZero() {
		extracted = time.Now()
	}
	art := a.Article
	outcome := OutcomeUpdated
	if exists {
		_, err = t.exec(`UPDATE articles SET page_id = ?, source = ?, url = ?, canonical_url = ?, title = ?, byline = ?,
			published = ?, lang = ?, text = ?, content_hash = ?, extractor_version = ?, extracted_at = ? WHERE id = ?`,
			pageID, a.Source, art.URL, art.CanonicalURL, art.Title, art.Byline,
			art.Published, art.Lang, art.Text, hash, a.version(), formatTime(extracted), id)
		if err == nil {
			// Cascades to amounts.
			_, err = t.exec(`DELETE FROM mentions WHERE article_id = ?`, id)
		}
	} else {
		outcome = OutcomeNew
		var res sql.Result
		res, err = t.exec(`INSERT INTO articles(page_id, source, url, key, canonical_url, title, byline,
			published, lang, text, content_hash, extractor_version, extracted_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			pageID, a.Source, art.URL, a.PageKey, art.CanonicalURL, art.Title, art.Byline,
			art.Published, art.Lang, art.Text, hash, a.version(), formatTime(extracted))
		if err == nil {
			id, err = res.LastInsertId()
		}
	}
	if err != nil {
		return SaveResult{}, articleErr(a, err)
	}
	if err := saveMentions(t, id, a); err != nil {
		return SaveResult{}, err
	}

	// duplicate_of points at the earliest article with the same text. A new
	// article can only be a copy of an earlier one, so it alone is linked; an
	// update that changed the text can change which group this article and
	// its old group are in, so both groups are relinked.
	if exists && oldHash != hash {
		_, err = t.exec(`UPDATE articles SET duplicate_of = CASE WHEN content_hash = ?1 THEN NULL ELSE
				(SELECT min(b.id) FROM articles b WHERE b.content_hash = articles.content_hash AND b.id < articles.id) END
			WHERE content_hash IN (?2, ?3)`, emptyHash, hash, oldHash)
	} else if hash != emptyHash {
		_, err = t.exec(`UPDATE articles SET duplicate_of =
				(SELECT min(b.id) FROM articles b WHERE b.content_hash = ?1 AND b.id < ?2) WHERE id = ?2`, hash, id)
	}
	if err == nil {
		err = t.scan(`SELECT duplicate_of FROM articles WHERE id = ?`, []any{id}, &dup)
	}
	if err != nil {
		return SaveResult{}, articleErr(a, err)
	}
	if outcome == OutcomeNew && dup.Valid {
		outcome = OutcomeDuplicate
	}
	return SaveResult{ID: id, Outcome: outcome, DuplicateOf: dup.Int64}, nil
}

func articleErr(a ArticleRecord, err error) error {
	return fmt.Errorf("storage: article %s: %w", a.Article.URL, err)
}

// checkMentions refuses mentions whose offsets fall outside the text or that
// carry no label, naming the article and the mention.
func checkMentions(a ArticleRecord) error {
	for i, e := range a.Entities {
		if e.Label == "" {
			return fmt.Errorf("storage: article %s: mention %d (%q) has no label", a.Article.URL, i, e.Text)
		}
		if e.Start < 0 || e.End < e.Start || e.End > len(a.Article.Text) {
			return fmt.Errorf("storage: article %s: mention %d (%q) offsets [%d,%d) outside text of %d bytes",
				a.Article.URL, i, e.Text, e.Start, e.End, len(a.Article.Text))
		}
	}
	return nil
}

// saveMentions stores an article's mentions, resolving each to an entity
// and recording its surface text as an alias; MONEY mentions get an amount.
func saveMentions(t *txn, articleID int64, a ArticleRecord) error {
	rejected, err := rejectedSpans(t, a.PageKey)
	if err != nil {
		return articleErr(a, err)
	}
	for i, e := range a.Entities {
		if rejected[rejectionSnap{Start: e.Start, End: e.End, Label: e.Label}] {
			continue
		}
		canonical := strings.TrimSpace(e.Canonical)
		if canonical == "" {
			canonical = strings.TrimSpace(e.Text)
		}
		if canonical == "" {
			return fmt.Errorf("storage: article %s: mention %d at [%d,%d) has neither text nor canonical", a.Article.URL, i, e.Start, e.End)
		}
		entityID, err := resolveEntity(t, e.Label, canonical)
		if err != nil {
			return articleErr(a, err)
		}
		res, err := t.exec(`INSERT INTO mentions(article_id, entity_id, start, "end", text, label, extractor_version)
			VALUES (?, ?, ?, ?, ?, ?, ?)`, articleID, entityID, e.Start, e.End, e.Text, e.Label, a.ExtractorVersion)
		if err != nil {
			return fmt.Errorf("storage: article %s: mention %d (%q): %w", a.Article.URL, i, e.Text, err)
		}
		if surface := strings.TrimSpace(e.Text); surface != "" && !strings.EqualFold(surface, canonical) {
			if _, err := t.exec(`INSERT INTO aliases(entity_id, alias, label, source) VALUES (?, ?, ?, 'extractor')
				ON CONFLICT(label, alias) DO NOTHING`, entityID, surface, e.Label); err != nil {
				return fmt.Errorf("storage: article %s: alias %q: %w", a.Article.URL, surface, err)
			}
		}
		if e.Label != "MONEY" {
			continue
		}
		mentionID, err := res.LastInsertId()
		if err == nil {
			_, err = t.exec(`INSERT INTO amounts(mention_id, article_id, value, value_max, currency, usd, usd_year, text)
				VALUES (?, ?, ?, ?, ?, ?, NULLIF(?, 0), ?)`, mentionID, articleID, e.Value, e.ValueMax, e.Currency, e.USD, e.USDYear, e.Text)
		}
		if err != nil {
			return fmt.Errorf("storage: article %s: amount %q: %w", a.Article.URL, e.Text, err)
		}
	}
	return nil
}
