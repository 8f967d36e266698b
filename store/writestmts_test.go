package store

import (
	"context"
	"database/sql"
	"reflect"
	"testing"
)

// Every statement field of the writer is prepared, and closed: a field
// added to writerStmts without its SQL, or left out of all, fails here
// rather than as a nil statement in the middle of an import.
func TestWriterPreparesEveryStatement(t *testing.T) {
	s := openTemp(t)
	w, err := s.newWriter(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close(context.Background())
	v := reflect.ValueOf(w.st).Elem()
	stmtType := reflect.TypeFor[*sql.Stmt]()
	listed := map[*sql.Stmt]bool{}
	for _, st := range w.st.all() {
		listed[st] = true
	}
	fields := 0
	for i := range v.NumField() {
		f := v.Type().Field(i)
		if f.Type != stmtType {
			continue
		}
		fields++
		st := (*sql.Stmt)(v.Field(i).UnsafePointer())
		if st == nil {
			t.Errorf("statement %s is not prepared", f.Name)
		} else if !listed[st] {
			t.Errorf("statement %s is not in writerStmts.all, so it is never closed", f.Name)
		}
	}
	if fields != len(w.st.all()) {
		t.Errorf("%d statement fields, %d in all", fields, len(w.st.all()))
	}
}
