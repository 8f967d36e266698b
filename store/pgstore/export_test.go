package pgstore

// ToTSQuery is toTSQuery, for the fuzz target of package pgstore_test.
var ToTSQuery = toTSQuery

// BuildTSVector is buildTSVector, for the tsvector test.
var BuildTSVector = buildTSVector

// Migrations is migrations, for the migration test.
var Migrations = migrations
