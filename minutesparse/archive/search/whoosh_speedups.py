"""Five hot spots of whoosh-reloaded 2.7.5, replaced by equivalent faster code (applied once,
when the whoosh backend is imported).

whoosh-reloaded is no longer maintained, so these are fixed here rather than upstream.  Each
replacement returns exactly what the original returns (``tests/test_search_speedups.py`` runs
both on the same postings), it only does less work:

- ``W3LeafMatcher.skip_to`` walked a posting block one id at a time (``id()``, ``next()`` in
  Python for every posting before the target); an AND query over 100,000 records made ~700k such
  calls.  Here: skip whole blocks by their max id (as before), then ``bisect`` inside the block.
- ``W3LeafMatcher._read_ids`` decoded the delta-encoded ids with a Python generator; here with
  ``itertools.accumulate`` (C).
- ``W3PerDocReader.doc_field_length`` read a document's field length from the length column file
  every time: for every posting a commit writes, and for every match a query scores.  Here
  each field's length column (one byte per document) is read into memory once per reader.
- ``SortingPool`` (the writer's posting pool) spills sorted runs to temporary files when a
  commit holds more postings than ``limitmb``, pickling and unpickling them one posting at a
  time; here runs are written and read in chunks of postings with ``marshal`` (the same
  sorted items come back; a rebuild of 20,000 records spent ~40% of its time in the spill).
- ``W3PerDocReader._cached_reader`` remembered a field's length column only when it exists; for
  fields without lengths (ID fields) it asked the file system again for every posting written
  (~380 ``stat`` calls per imported document).  A segment never gains a column after it is
  written, so a missing column is remembered too.
"""

from __future__ import annotations

import marshal
from array import array
from bisect import bisect_left
from itertools import accumulate

import whoosh
from whoosh import externalsort
from whoosh.codec import whoosh3
from whoosh.matching import ReadTooFar
from whoosh.system import emptybytes
from whoosh.util.numeric import byte_to_length

#: whoosh versions these replacements were written against (their internals are matched exactly)
SUPPORTED = ((2, 7, 5),)


def _skip_to(self, targetid):
    if not self.is_active():
        raise ReadTooFar
    if self._ids is None:
        self._read_ids()
    if targetid <= self._ids[self._i]:
        return
    if targetid > self._maxid:
        while self.is_active() and targetid > self._maxid:
            self._next_block()
        if not self.is_active():
            return
        if self._ids is None:
            self._read_ids()
    # the target is <= this block's max id, so it lies inside the block
    self._i = bisect_left(self._ids, targetid, self._i)


def _read_ids(self):
    if self._data is None:
        self._read_data()
    ids = self._data[0]
    if not self._byteids:
        ids = tuple(accumulate(ids))
    self._ids = ids


_MISSING = object()
_RUN_CHUNK = 4096


def _write_run(self, f, items):
    chunk = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= _RUN_CHUNK:
            marshal.dump(chunk, f)
            chunk = []
    if chunk:
        marshal.dump(chunk, f)
    f.close()


def _read_run(self, path):
    f = self._open_run(path)
    try:
        while True:
            try:
                chunk = marshal.load(f)
            except EOFError:
                return
            yield from chunk
    finally:
        f.close()
        self._remove_run(path)


def _cached_reader(self, fieldname, column):
    reader = self._readers.get(fieldname, _MISSING)
    if reader is _MISSING:
        reader = self.column_reader(fieldname, column) if self.has_column(fieldname) else None
        self._readers[fieldname] = reader
    return reader


def _doc_field_length(self, docnum, fieldname, default=0):
    if docnum > self._doccount:
        raise IndexError("Asked for docnum %r of %d" % (docnum, self._doccount))
    cache = self.__dict__.setdefault("_minutesparse_lengths", {})
    lengths = cache.get(fieldname, _MISSING)
    if lengths is _MISSING:
        lengths = cache[fieldname] = _load_lengths(self, fieldname)
    if lengths is None:
        return default
    lbyte = lengths[docnum] if docnum < len(lengths) else 0  # past the column's end: its default 0
    return byte_to_length(lbyte) if lbyte else None  # as the original: None for a zero byte


def _load_lengths(perdoc, fieldname):
    """A field's whole length column (one byte per document) read at once."""
    reader = perdoc._cached_reader(whoosh3._lenfield(fieldname), whoosh3.LENGTHS_COLUMN)
    if reader is None:
        return None
    size = reader._count * reader._fixedlen
    return array("B", reader._dbfile.get(reader._basepos, size) if size else emptybytes)


ORIGINALS = {
    "_write_run": externalsort.SortingPool._write_run,
    "_read_run": externalsort.SortingPool._read_run,
    "doc_field_length": whoosh3.W3PerDocReader.doc_field_length,
    "skip_to": whoosh3.W3LeafMatcher.skip_to,
    "_read_ids": whoosh3.W3LeafMatcher._read_ids,
    "_cached_reader": whoosh3.W3PerDocReader._cached_reader,
}


def apply() -> bool:
    """Install the replacements (idempotent); False (and nothing changed) on another whoosh."""
    if tuple(whoosh.__version__[:3]) not in SUPPORTED:
        return False
    whoosh3.W3LeafMatcher.skip_to = _skip_to
    whoosh3.W3LeafMatcher._read_ids = _read_ids
    whoosh3.W3PerDocReader._cached_reader = _cached_reader
    whoosh3.W3PerDocReader.doc_field_length = _doc_field_length
    externalsort.SortingPool._write_run = _write_run
    externalsort.SortingPool._read_run = _read_run
    return True


def revert() -> None:
    """Put the original methods back (for tests comparing both)."""
    whoosh3.W3LeafMatcher.skip_to = ORIGINALS["skip_to"]
    whoosh3.W3LeafMatcher._read_ids = ORIGINALS["_read_ids"]
    whoosh3.W3PerDocReader._cached_reader = ORIGINALS["_cached_reader"]
    whoosh3.W3PerDocReader.doc_field_length = ORIGINALS["doc_field_length"]
    externalsort.SortingPool._write_run = ORIGINALS["_write_run"]
    externalsort.SortingPool._read_run = ORIGINALS["_read_run"]


APPLIED = apply()
