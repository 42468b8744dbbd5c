// Package export writes trawl's data for the tools analysts use: CSV, JSON
// lines and Parquet tables of articles, entities, mentions and amounts, and
// the entities' co-occurrence graph as GraphML or neo4j-admin import CSV.
// Rows stream from storage one at a time (one article's mentions at a time),
// so memory stays flat whatever the size of the database.
package export

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"reflect"
	"strconv"
	"strings"
	"time"

	"github.com/parquet-go/parquet-go"
	"github.com/parquet-go/parquet-go/compress/zstd"
)

// Formats of the table exports.
const (
	CSV     = "csv"
	JSONL   = "jsonl"
	Parquet = "parquet"
)

// rowWriter writes rows of one type in one format.
type rowWriter[T any] interface {
	Write(*T) error
	Close() error // flushes; does not close the underlying writer
}

func newRowWriter[T any](format string, w io.Writer) (rowWriter[T], error) {
	switch format {
	case CSV:
		return newCSVWriter[T](w)
	case JSONL:
		return &jsonlWriter[T]{enc: json.NewEncoder(w)}, nil
	case Parquet:
		return &parquetWriter[T]{w: parquet.NewGenericWriter[T](w, parquet.Compression(&zstd.Codec{}))}, nil
	}
	return nil, fmt.Errorf("export: format %q: want csv, jsonl or parquet", format)
}

// Columns are the column names of a row type, in order: its json tags,
// which the CSV header, the JSON keys and the Parquet columns share.
func Columns[T any]() []string {
	t := reflect.TypeFor[T]()
	cols := make([]string, t.NumField())
	for i := range cols {
		cols[i] = strings.Split(t.Field(i).Tag.Get("json"), ",")[0]
	}
	return cols
}

type csvWriter[T any] struct {
	w      *csv.Writer
	record []string
}

func newCSVWriter[T any](w io.Writer) (*csvWriter[T], error) {
	cw := csv.NewWriter(w)
	cols := Columns[T]()
	if err := cw.Write(cols); err != nil {
		return nil, fmt.Errorf("export: csv header: %w", err)
	}
	return &csvWriter[T]{w: cw, record: make([]string, len(cols))}, nil
}

func (c *csvWriter[T]) Write(row *T) error {
	v := reflect.ValueOf(row).Elem()
	for i := range c.record {
		c.record[i] = cell(v.Field(i))
	}
	return c.w.Write(c.record)
}

func (c *csvWriter[T]) Close() error {
	c.w.Flush()
	return c.w.Error()
}

// cell formats one field for CSV: numbers as Go prints them (no exponent
// for floats), times as RFC 3339 with their offset, absent values empty.
func cell(f reflect.Value) string {
	if f.Kind() == reflect.Pointer {
		if f.IsNil() {
			return ""
		}
		f = f.Elem()
	}
	switch x := f.Interface().(type) {
	case string:
		return x
	case int64:
		return strconv.FormatInt(x, 10)
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case time.Time:
		return x.Format(time.RFC3339)
	}
	panic(fmt.Sprintf("export: no CSV form for %s", f.Type()))
}

type jsonlWriter[T any] struct{ enc *json.Encoder }

func (j *jsonlWriter[T]) Write(row *T) error { return j.enc.Encode(row) }
func (j *jsonlWriter[T]) Close() error       { return nil }

// parquetRowGroup bounds the rows a Parquet writer buffers before it
// writes them out as a row group, which bounds its memory.
const parquetRowGroup = 16 << 10

type parquetWriter[T any] struct {
	w     *parquet.GenericWriter[T]
	batch []T
	group int
}

func (p *parquetWriter[T]) Write(row *T) error {
	p.batch = append(p.batch, *row)
	if len(p.batch) < 256 {
		return nil
	}
	return p.flushBatch()
}

func (p *parquetWriter[T]) flushBatch() error {
	n, err := p.w.Write(p.batch)
	if err != nil {
		return fmt.Errorf("export: parquet: %w", err)
	}
	p.batch = p.batch[:0]
	if p.group += n; p.group >= parquetRowGroup {
		p.group = 0
		if err := p.w.Flush(); err != nil {
			return fmt.Errorf("export: parquet: %w", err)
		}
	}
	return nil
}

func (p *parquetWriter[T]) Close() error {
	if err := p.flushBatch(); err != nil {
		return err
	}
	if err := p.w.Close(); err != nil {
		return fmt.Errorf("export: parquet: %w", err)
	}
	return nil
}
