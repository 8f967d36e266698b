package store

import (
	"context"
	"database/sql"
	"fmt"
)

// applicationID marks a newsreader archive in the SQLite header
// (PRAGMA application_id): "NwsR".
const applicationID = 0x4e777352

// migrations brings the schema from version i to i+1 (PRAGMA
// user_version). Append new steps; never edit a released one.
var migrations = []string{
	// 1: files, articles, people, mentions, the FTS5 index, the learned
	// boilerplate and the counters that keep open and counts cheap.
	`
CREATE TABLE meta (key TEXT PRIMARY KEY, value) WITHOUT ROWID;
INSERT INTO meta(key, value) VALUES ('articles', 0);

-- One row per imported file. size -1 marks a file whose import did not
-- finish: the next import reads it again.
CREATE TABLE files (
	id       INTEGER PRIMARY KEY,
	path     TEXT NOT NULL UNIQUE,
	size     INTEGER NOT NULL,
	mtime    INTEGER NOT NULL,
	hash     BLOB,
	articles INTEGER NOT NULL DEFAULT 0,
	imported INTEGER NOT NULL
);

-- body holds, in one zstd frame, the plain body text, the article as
-- Markdown and its structure (blocks, quotes, people with their spans) as
-- JSON; see codec.go. One frame because the Markdown repeats the text:
-- compressed together, it costs a few per cent more. fts_key is the article's rowid in
-- the FTS index: the publication day in the high bits, so that FTS5's rowid order is
-- date order and a search can bound its candidates to the newest matches.
-- Its unique index also serves the newest-first list.
CREATE TABLE articles (
	id        INTEGER PRIMARY KEY,
	file_id   INTEGER NOT NULL REFERENCES files(id),
	rec_key   TEXT NOT NULL DEFAULT '',
	hash      BLOB NOT NULL,
	format    TEXT NOT NULL DEFAULT '',
	title     TEXT NOT NULL DEFAULT '',
	published TEXT NOT NULL DEFAULT '',
	pub_ts    INTEGER,
	source    TEXT NOT NULL DEFAULT '',
	url       TEXT NOT NULL DEFAULT '',
	byline    TEXT NOT NULL DEFAULT '',
	body      BLOB NOT NULL,
	imported  INTEGER NOT NULL,
	fts_key   INTEGER NOT NULL
);
CREATE UNIQUE INDEX articles_hash ON articles(hash);
CREATE UNIQUE INDEX articles_record ON articles(file_id, rec_key);
CREATE UNIQUE INDEX articles_fts ON articles(fts_key);
CREATE INDEX articles_title ON articles(title COLLATE NOCASE, id);
CREATE INDEX articles_source ON articles(source COLLATE NOCASE, fts_key DESC);

CREATE TABLE people (
	id       INTEGER PRIMARY KEY,
	name     TEXT NOT NULL COLLATE NOCASE UNIQUE,
	role     TEXT NOT NULL DEFAULT '',
	articles INTEGER NOT NULL DEFAULT 0,
	mentions INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX people_rank ON people(articles, mentions);

CREATE TABLE mentions (
	person_id  INTEGER NOT NULL,
	article_id INTEGER NOT NULL,
	role       TEXT NOT NULL DEFAULT '',
	mentions   INTEGER NOT NULL,
	quotes     INTEGER NOT NULL,
	PRIMARY KEY (person_id, article_id)
) WITHOUT ROWID;
CREATE INDEX mentions_article ON mentions(article_id);

-- The full-text index is split by publication year: one FTS5 table per
-- year (fts_2016, ...; fts_0000 for unknown dates), created on demand and
-- listed here. See partition.go for why.
CREATE TABLE fts_parts (year INTEGER PRIMARY KEY) WITHOUT ROWID;

-- Lines repeated across the files of one group (a source, or a folder
-- when the source is unknown): learned boilerplate. h is a 64-bit hash
-- of the normalised line; only lines seen in two files or more are kept.
CREATE TABLE line_groups (grp TEXT PRIMARY KEY, files INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE line_stats (
	grp   TEXT NOT NULL,
	h     INTEGER NOT NULL,
	files INTEGER NOT NULL,
	PRIMARY KEY (grp, h)
) WITHOUT ROWID;

CREATE TRIGGER articles_count_ins AFTER INSERT ON articles BEGIN
	UPDATE meta SET value = value + 1 WHERE key = 'articles';
END;
CREATE TRIGGER articles_count_del AFTER DELETE ON articles BEGIN
	UPDATE meta SET value = value - 1 WHERE key = 'articles';
	DELETE FROM mentions WHERE article_id = OLD.id;
END;
CREATE TRIGGER mentions_ins AFTER INSERT ON mentions BEGIN
	UPDATE people SET articles = articles + 1, mentions = mentions + NEW.mentions,
		role = CASE WHEN length(NEW.role) > length(role) THEN NEW.role ELSE role END
	WHERE id = NEW.person_id;
END;
CREATE TRIGGER mentions_del AFTER DELETE ON mentions BEGIN
	UPDATE people SET articles = articles - 1, mentions = mentions - OLD.mentions
	WHERE id = OLD.person_id;
END;
`,
	// 2: the counters move from triggers to the writer (counters.go). A
	// trigger makes every insert a multi-row statement, which SQLite
	// guards with a statement journal: each 16 KiB page the statement
	// touches was copied before it was changed, for every article and
	// every mention. The writer sums the changes of a transaction and
	// writes each counter once, at commit.
	`
DROP TRIGGER articles_count_ins;
DROP TRIGGER articles_count_del;
DROP TRIGGER mentions_ins;
DROP TRIGGER mentions_del;
`,
	// 3: the reader's marks (state.go). A row only for an article marked
	// once; none means unread and not flagged. The trigger drops the
	// marks of a deleted article, so that a later article given its id
	// does not inherit them; deletes are rare (a changed file), inserts
	// pay nothing.
	`
CREATE TABLE article_state (
	article_id INTEGER PRIMARY KEY,
	read       INTEGER NOT NULL DEFAULT 0,
	flagged    INTEGER NOT NULL DEFAULT 0,
	changed    INTEGER NOT NULL
);
CREATE INDEX article_state_flagged ON article_state(article_id) WHERE flagged;
CREATE TRIGGER article_state_del AFTER DELETE ON articles BEGIN
	DELETE FROM article_state WHERE article_id = OLD.id;
END;
`,
	// 4: articles per day of publication, in all and per source
	// (histogram.go), kept by the writer (counters.go) like the article
	// count, so that a histogram with no words to match reads a few
	// thousand counters instead of grouping every article by day (0.8 s at
	// a million). Undated articles (day 0) are not counted. A counter that
	// falls to 0 stays; readers skip it. Filled here from the articles.
	`
CREATE TABLE day_counts (day INTEGER PRIMARY KEY, n INTEGER NOT NULL) WITHOUT ROWID;
CREATE TABLE source_days (
	source TEXT NOT NULL COLLATE NOCASE,
	day    INTEGER NOT NULL,
	n      INTEGER NOT NULL,
	PRIMARY KEY (source, day)
) WITHOUT ROWID;
INSERT INTO day_counts(day, n)
	SELECT fts_key >> 32, count(*) FROM articles WHERE fts_key >= 4294967296 GROUP BY 1;
INSERT INTO source_days(source, day, n)
	SELECT source, fts_key >> 32, count(*) FROM articles WHERE fts_key >= 4294967296
	GROUP BY source COLLATE NOCASE, 2;
`,
	// 5: the people by their last word (lower case), for the people
	// index, which lists "Trump" under the one full name of the archive
	// ending with it (peoplemerge.go): without it each list read every
	// person (22 ms for 17,000). The last word is what is left of the
	// name once rtrim has cut its trailing run of non-spaces; the
	// expression must stay as fullNamesEndingWithAny writes it.
	`
CREATE INDEX people_last_word ON people(lower(substr(name, length(rtrim(name, replace(name, ' ', ''))) + 1)));
`,
	// 6: each indexed word's article count in each year's table, and the
	// year's row count and token total when they were counted
	// (termstats.go), so that a search reads a word's document frequency
	// instead of counting its matches in every year. Filled by fills,
	// from FTS5's vocabulary of each year.
	`
CREATE TABLE term_years (
	year INTEGER NOT NULL,
	term TEXT NOT NULL,
	docs INTEGER NOT NULL,
	PRIMARY KEY (year, term)
) WITHOUT ROWID;
CREATE TABLE term_years_of (
	year   INTEGER PRIMARY KEY,
	rows   INTEGER NOT NULL,
	tokens INTEGER NOT NULL
) WITHOUT ROWID;
`,
}

// fills complete a migration whose data SQL alone cannot compute, run
// after the migration of the same index (version - 1) in its
// transaction.
var fills = map[int]func(context.Context, querier) error{
	5: fillTermYears,
}

// checkSchema verifies that db is a newsreader archive, creating or
// migrating the schema when it may write. It reads only the header
// pragmas: no table is scanned.
func (s *Store) checkSchema(db *sql.DB) error {
	ctx := context.Background()
	var appID, version int
	if err := db.QueryRowContext(ctx, "PRAGMA application_id").Scan(&appID); err != nil {
		return err
	}
	if err := db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&version); err != nil {
		return err
	}
	if appID != applicationID {
		var tables int
		if err := db.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema").Scan(&tables); err != nil {
			return err
		}
		if appID != 0 || tables > 0 {
			return fmt.Errorf("%w (an SQLite database of another program)", ErrNotArchive)
		}
		if s.readOnly {
			return fmt.Errorf("%w (an empty SQLite database)", ErrNotArchive)
		}
	}
	if version > len(migrations) {
		return fmt.Errorf("%w (schema version %d, this build knows %d)", ErrTooNew, version, len(migrations))
	}
	if version == len(migrations) {
		return nil
	}
	if s.readOnly {
		return fmt.Errorf("%w: its schema (version %d) needs an upgrade to version %d; open it writable once", ErrReadOnly, version, len(migrations))
	}
	return migrate(ctx, db, version)
}

// migrate applies the migrations after version in one transaction.
func migrate(ctx context.Context, db *sql.DB, version int) error {
	conn, err := db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	if _, err := conn.ExecContext(ctx, "BEGIN IMMEDIATE"); err != nil {
		return err
	}
	// Another process may have migrated while we waited for the lock.
	var now int
	if err := conn.QueryRowContext(ctx, "PRAGMA user_version").Scan(&now); err != nil {
		conn.ExecContext(ctx, "ROLLBACK")
		return err
	}
	for v := now; v < len(migrations); v++ {
		if _, err := conn.ExecContext(ctx, migrations[v]); err != nil {
			conn.ExecContext(ctx, "ROLLBACK")
			return fmt.Errorf("schema migration %d: %w", v+1, err)
		}
		if fill := fills[v]; fill != nil {
			if err := fill(ctx, conn); err != nil {
				conn.ExecContext(ctx, "ROLLBACK")
				return fmt.Errorf("schema migration %d: %w", v+1, err)
			}
		}
	}
	if _, err := conn.ExecContext(ctx, fmt.Sprintf("PRAGMA application_id = %d; PRAGMA user_version = %d", applicationID, len(migrations))); err != nil {
		conn.ExecContext(ctx, "ROLLBACK")
		return err
	}
	_, err = conn.ExecContext(ctx, "COMMIT")
	return err
}
