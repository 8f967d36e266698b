package pgstore

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"

	"github.com/newsreader/newsreader/store"
)

// Advisory lock keys: one for migrations, one held by the writer's
// transactions (see writer.Begin), "NwsR" and one more; and the first
// of the pair of keys that locks one partition's index build (see
// writer.buildIndex).
const (
	lockMigrate = 0x4e777352
	lockWrite   = 0x4e777353
	lockBuild   = int32(0x4e777354)
)

// ginBuildMem is the maintenance_work_mem of the session that builds a
// partition's GIN index in bulk: the build gathers the index's entries in
// that much memory before it writes them, and fewer, larger runs are
// faster; the server takes only what the partition's words need.
const ginBuildMem = "256MB"

// migrations bring the schema from version i to i+1 (newsreader_schema).
// Append new steps; never edit a released one.
var migrations = []string{
	// 1: files, records (one row per article: the identity and the
	// uniqueness that a partitioned table cannot enforce across its
	// partitions), articles partitioned by year with their tsvector,
	// people, mentions, learned lines, counters.
	`
CREATE TABLE meta (key text PRIMARY KEY, value bigint NOT NULL);
INSERT INTO meta VALUES ('articles', 0);

-- size -1 marks a file whose import did not finish.
CREATE TABLE files (
	id       bigserial PRIMARY KEY,
	path     text NOT NULL UNIQUE,
	size     bigint NOT NULL,
	mtime    bigint NOT NULL,
	hash     bytea,
	articles integer NOT NULL DEFAULT 0,
	imported bigint NOT NULL
);

-- A unique index on a partitioned table must hold the partition key, so
-- the archive-wide rules (one article per content hash, one per record
-- of a file) live here, where concurrent imports meet them.
CREATE SEQUENCE article_ids;
CREATE TABLE records (
	id      bigint PRIMARY KEY,
	file_id bigint NOT NULL REFERENCES files(id),
	rec_key text NOT NULL,
	hash    bytea NOT NULL UNIQUE,
	year    integer NOT NULL,
	UNIQUE (file_id, rec_key)
);

-- body is the zstd frame of text, Markdown and structure that the SQLite
-- archive keeps (store.Codec). sort_key is the SQLite archive's date key
-- (day above id): newest first is sort_key DESC in both. year is the
-- partition: 0 for unknown dates.
CREATE TABLE articles (
	id        bigint NOT NULL,
	year      integer NOT NULL,
	sort_key  bigint NOT NULL,
	file_id   bigint NOT NULL,
	format    text NOT NULL DEFAULT '',
	title     text NOT NULL DEFAULT '',
	published text NOT NULL DEFAULT '',
	pub_ts    bigint,
	source    text NOT NULL DEFAULT '',
	url       text NOT NULL DEFAULT '',
	byline    text NOT NULL DEFAULT '',
	body      bytea NOT NULL,
	imported  bigint NOT NULL,
	tsv       tsvector NOT NULL,
	PRIMARY KEY (id, year)
) PARTITION BY RANGE (year);
CREATE INDEX articles_sort ON articles (sort_key DESC);
CREATE INDEX articles_tsv ON articles USING gin (tsv);
CREATE INDEX articles_title ON articles ((lower(title) COLLATE "C"), id);
CREATE INDEX articles_source ON articles ((lower(source) COLLATE "C"), sort_key DESC);

CREATE TABLE people (
	id       bigserial PRIMARY KEY,
	name     text NOT NULL,
	role     text NOT NULL DEFAULT '',
	articles integer NOT NULL DEFAULT 0,
	mentions integer NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX people_name ON people (lower(name));
CREATE INDEX people_rank ON people (articles DESC, mentions DESC);

CREATE TABLE mentions (
	person_id  bigint NOT NULL,
	article_id bigint NOT NULL,
	role       text NOT NULL DEFAULT '',
	mentions   integer NOT NULL,
	quotes     integer NOT NULL,
	PRIMARY KEY (person_id, article_id)
);
CREATE INDEX mentions_article ON mentions (article_id);

CREATE TABLE line_groups (grp text PRIMARY KEY, files integer NOT NULL);
CREATE TABLE line_stats (
	grp   text NOT NULL,
	h     bigint NOT NULL,
	files integer NOT NULL,
	PRIMARY KEY (grp, h)
);
`,
	// 2: the reader's marks (see marks.go), one row per article marked.
	// They hang on the article's record, which an article corrected in
	// place keeps and a deleted one takes along (ON DELETE CASCADE), so
	// that no later article shows the marks of one gone.
	`
CREATE TABLE article_state (
	article_id bigint PRIMARY KEY REFERENCES records(id) ON DELETE CASCADE,
	read       boolean NOT NULL DEFAULT false,
	flagged    boolean NOT NULL DEFAULT false,
	changed    bigint NOT NULL
);
CREATE INDEX article_state_flagged ON article_state (article_id) WHERE flagged;
`,
	// 3: each partition's GIN index is its own rather than a partition of
	// one index on articles, so that a partition an import creates can be
	// loaded without it and indexed in bulk at the import's end (see
	// writer.buildIndexes): building a GIN index from a full table costs
	// far less than inserting into it row by row.
	`
DROP INDEX articles_tsv;
DO $$
DECLARE p regclass;
BEGIN
	FOR p IN SELECT inhrelid::regclass FROM pg_inherits WHERE inhparent = 'articles'::regclass LOOP
		EXECUTE format('CREATE INDEX %I ON %s USING gin (tsv)', p::text || '_tsv', p);
	END LOOP;
END $$;
`,
	// 4: people by the last word of their name, for the merge of a
	// one-word name into the one full name that ends with it
	// (fullNamesEndingWithAny, store.MergePeople), which otherwise reads
	// every person of the archive on each list of people.
	`
CREATE INDEX people_last_word ON people (lower(regexp_replace(name, '^.* ', '')));
`,
	// 5: how the articles' long values are stored. The tsvector (5-6 KB
	// an article, kept out of line) is compressed with lz4 rather than
	// pglz, which cost the server more than the rest of the COPY and
	// compressed less (COPY of 20,000 articles: 4.5 s CPU, 219 MB with
	// pglz; 2.5 s, 211 MB with lz4 and the body external); the body,
	// already zstd, is stored without a second try at compressing it.
	// New partitions take the settings from articles; existing ones are
	// set here (SET COMPRESSION does not recurse). A server built without
	// lz4 keeps pglz.
	`
ALTER TABLE articles ALTER COLUMN body SET STORAGE EXTERNAL;
DO $$
DECLARE p regclass;
BEGIN
	ALTER TABLE articles ALTER COLUMN tsv SET COMPRESSION lz4;
	FOR p IN SELECT inhrelid::regclass FROM pg_inherits WHERE inhparent = 'articles'::regclass LOOP
		EXECUTE format('ALTER TABLE %s ALTER COLUMN tsv SET COMPRESSION lz4', p);
	END LOOP;
EXCEPTION WHEN feature_not_supported THEN
	NULL;
END $$;
`,
	// 6: articles per day and per source (lower-cased) and day, kept by
	// the writer (days.go), so that a histogram with no words or person
	// reads counters rather than every article's row. Undated articles
	// (day 0, partition 0) are not counted. Filled here from the articles.
	`
CREATE TABLE day_counts (day bigint PRIMARY KEY, n bigint NOT NULL);
CREATE TABLE source_days (
	source text COLLATE "C" NOT NULL,
	day    bigint NOT NULL,
	n      bigint NOT NULL,
	PRIMARY KEY (source, day)
);
INSERT INTO day_counts(day, n)
	SELECT sort_key >> 32, count(*) FROM articles WHERE sort_key >= 4294967296 GROUP BY 1;
INSERT INTO source_days(source, day, n)
	SELECT lower(source) COLLATE "C", sort_key >> 32, count(*) FROM articles WHERE sort_key >= 4294967296 GROUP BY 1, 2;
`,
}

// checkSchema creates or migrates the schema, under an advisory lock so
// that two processes opening a new archive at once do not both create
// it; a read-only archive must already be current.
func (s *Store) checkSchema(ctx context.Context) error {
	version, err := schemaVersion(ctx, s.pool)
	if err != nil {
		return err
	}
	switch {
	case version > len(migrations):
		return fmt.Errorf("%w (schema version %d, this build knows %d)", store.ErrTooNew, version, len(migrations))
	case version == len(migrations):
		return nil
	case s.readOnly && version == 0:
		return fmt.Errorf("%w (no newsreader schema in this database)", store.ErrNotArchive)
	case s.readOnly:
		return fmt.Errorf("%w: its schema (version %d) needs an upgrade to version %d; open it writable once", store.ErrReadOnly, version, len(migrations))
	}
	return pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1)`, lockMigrate); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS newsreader_schema (version integer NOT NULL)`); err != nil {
			return err
		}
		now, err := schemaVersion(ctx, tx)
		if err != nil {
			return err
		}
		for v := now; v < len(migrations); v++ {
			if _, err := tx.Exec(ctx, migrations[v]); err != nil {
				return fmt.Errorf("schema migration %d: %w", v+1, err)
			}
		}
		if _, err := tx.Exec(ctx, `DELETE FROM newsreader_schema`); err != nil {
			return err
		}
		_, err = tx.Exec(ctx, `INSERT INTO newsreader_schema VALUES ($1)`, len(migrations))
		return err
	})
}

// querier is a pool or a transaction.
type querier interface {
	QueryRow(ctx context.Context, sql string, args ...any) pgx.Row
}

// schemaVersion reads the schema version, 0 for a database without one.
func schemaVersion(ctx context.Context, q querier) (int, error) {
	var exists bool
	if err := q.QueryRow(ctx, `SELECT to_regclass('newsreader_schema') IS NOT NULL`).Scan(&exists); err != nil || !exists {
		return 0, err
	}
	var v int
	err := q.QueryRow(ctx, `SELECT coalesce(max(version), 0) FROM newsreader_schema`).Scan(&v)
	return v, err
}

// partitionSQL creates the partition of a year (0: unknown dates); the
// partitioned indexes give it its b-tree indexes, ginSQL its GIN index.
func partitionSQL(year int) string {
	return fmt.Sprintf(`CREATE TABLE IF NOT EXISTS %s PARTITION OF articles FOR VALUES FROM (%d) TO (%d)`,
		partitionName(year), year, year+1)
}

// partitionName is the table of a year's articles.
func partitionName(year int) string { return fmt.Sprintf("articles_y%04d", year) }

// ginSQL creates the GIN index of a partition, if it has none.
func ginSQL(partition string) string {
	return fmt.Sprintf(`CREATE INDEX IF NOT EXISTS %s_tsv ON %s USING gin (tsv)`, partition, partition)
}
