//! Tables stored compactly: the rows are written as before (a `const` slice of structs, with
//! the row macros of each file), and [`packed!`] turns them, while the crate compiles, into
//! one text blob of their strings (each ended by a NUL byte) and a copy of the rows with
//! every string field emptied. The rows with their strings are put back together on first
//! use.
//!
//! Why: a table of structs with `&'static str` fields stores a 4-byte address and a 4-byte
//! length per string, numbers that differ on every row and that gzip cannot shrink. In the
//! WebAssembly build those addresses took a fifth of the knowledge's compressed size; the
//! blob and the emptied rows compress several times better.

use std::fmt;
use std::sync::OnceLock;
use std::ops::Deref;

/// A table of rows, used like a `&'static [T]` (`TABLE[i]`, `TABLE.iter()`, `for row in TABLE`).
pub struct Table<T: 'static> {
    /// The rows, once built.
    cell: &'static OnceLock<Vec<T>>,
    /// Builds them.
    build: fn() -> Vec<T>,
}

impl<T> Table<T> {
    /// A table whose rows `build` gives, kept in `cell` after the first use.
    pub const fn new(cell: &'static OnceLock<Vec<T>>, build: fn() -> Vec<T>) -> Table<T> {
        Table { cell, build }
    }

    /// The rows.
    #[inline]
    fn rows(self) -> &'static [T] {
        match self.cell.get() {
            Some(rows) => rows,
            None => self.cell.get_or_init(self.build),
        }
    }
}

impl<T> Clone for Table<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T> Copy for Table<T> {}

impl<T> Deref for Table<T> {
    type Target = [T];

    #[inline]
    fn deref(&self) -> &[T] {
        self.rows()
    }
}

impl<T> IntoIterator for Table<T> {
    type Item = &'static T;
    type IntoIter = std::slice::Iter<'static, T>;

    fn into_iter(self) -> Self::IntoIter {
        self.rows().iter()
    }
}

impl<T> IntoIterator for &Table<T> {
    type Item = &'static T;
    type IntoIter = std::slice::Iter<'static, T>;

    fn into_iter(self) -> Self::IntoIter {
        self.rows().iter()
    }
}

impl<T: fmt::Debug> fmt::Debug for Table<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_list().entries(self.iter()).finish()
    }
}

/// The strings of a packed table, in order (what [`packed!`] stored, NUL-separated).
pub(crate) fn strings(blob: &'static str) -> std::str::Split<'static, char> {
    blob.split('\0')
}

/// Stands in the blob for a string equal to the same field of the row before.
const REPEAT: &str = "\u{1}";

/// Checks at compile time that a table string holds no NUL (the blob's separator) and no
/// U+0001 (the mark of a repeated string).
pub(crate) const fn check(text: &str) -> &str {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == 0 || bytes[i] == 1 {
            panic!("a table string holds a NUL or U+0001");
        }
        i += 1;
    }
    text
}

/// Copies `bytes` into `out` at `at` and ends them with a NUL; returns the next free offset.
pub(crate) const fn put(out: &mut [u8], at: usize, bytes: &[u8]) -> usize {
    let mut k = 0;
    while k < bytes.len() {
        out[at + k] = bytes[k];
        k += 1;
    }
    at + bytes.len() + 1
}

const fn same(a: &str, b: &str) -> bool {
    let (a, b) = (a.as_bytes(), b.as_bytes());
    if a.len() != b.len() {
        return false;
    }
    let mut i = 0;
    while i < a.len() {
        if a[i] != b[i] {
            return false;
        }
        i += 1;
    }
    true
}

/// The bytes the blob stores for the string `text` of a field whose string in the row before
/// was `before`: the string, or the repeat mark when both are the same non-empty string.
pub(crate) const fn stored(text: &'static str, before: &str) -> &'static [u8] {
    let text = check(text);
    if !text.is_empty() && same(text, before) {
        REPEAT.as_bytes()
    } else {
        text.as_bytes()
    }
}

/// The next string of a packed table for a field whose string in the row before was
/// `previous` (updated).
pub(crate) fn next(strings: &mut std::str::Split<'static, char>, previous: &mut &'static str) -> &'static str {
    let text = strings.next().unwrap_or_default();
    if text != REPEAT {
        *previous = text;
    }
    previous
}

/// Declares `$vis static $name: Table<$row>` over the rows of the `const` slice `$rows`,
/// packing the listed string fields (`{ pattern, client }`), or, for a table of strings
/// (`[&str]`), the strings themselves:
///
/// ```text
/// const PHRASE_ROWS: &[PhraseRule] = &[ phrase!(...), ... ];
/// packed!(pub static PHRASES: PhraseRule { pattern } = PHRASE_ROWS);
/// packed!(pub static NO_REASON_TEXTS: [&str] = NO_REASON_ROWS);
/// ```
///
/// Fields not listed (numbers, enums, the provenance of native builds) stay in the rows.
/// `$row` must be `Copy`; the table must not be empty.
macro_rules! packed {
    ($(#[$meta:meta])* $vis:vis static $name:ident: $row:ident { $($field:ident),+ $(,)? } = $rows:expr) => {
        $(#[$meta])*
        $vis static $name: $crate::data::packed::Table<$row> = {
            const ROWS: &[$row] = $rows;
            const BYTES: usize = {
                let mut n = 0;
                let mut i = 0;
                while i < ROWS.len() {
                    $(n += $crate::data::packed::stored(ROWS[i].$field, if i > 0 { ROWS[i - 1].$field } else { "" }).len() + 1;)+
                    i += 1;
                }
                n
            };
            const BLOB: [u8; BYTES] = {
                let mut out = [0u8; BYTES];
                let mut at = 0;
                let mut i = 0;
                while i < ROWS.len() {
                    $(
                        let bytes = $crate::data::packed::stored(ROWS[i].$field, if i > 0 { ROWS[i - 1].$field } else { "" });
                        at = $crate::data::packed::put(&mut out, at, bytes);
                    )+
                    i += 1;
                }
                out
            };
            static TEXT: &str = match std::str::from_utf8(&BLOB) {
                Ok(text) => text,
                Err(_) => panic!("table strings are UTF-8"),
            };
            /// The rows with their string fields emptied.
            static EMPTIED: [$row; ROWS.len()] = {
                let mut out = [ROWS[0]; ROWS.len()];
                let mut i = 0;
                while i < ROWS.len() {
                    out[i] = $row { $($field: "",)+ ..ROWS[i] };
                    i += 1;
                }
                out
            };
            fn build() -> Vec<$row> {
                let mut strings = $crate::data::packed::strings(TEXT);
                $(let mut $field = "";)+
                EMPTIED
                    .iter()
                    .map(|row| $row { $($field: $crate::data::packed::next(&mut strings, &mut $field),)+ ..*row })
                    .collect()
            }
            static CELL: std::sync::OnceLock<Vec<$row>> = std::sync::OnceLock::new();
            $crate::data::packed::Table::new(&CELL, build)
        };
        /// Checks that the table unpacks to the rows it was written with.
        #[cfg(test)]
        #[allow(non_snake_case)]
        mod $name {
            use super::*;

            #[test]
            fn unpacks_to_its_rows() {
                assert_eq!(format!("{:?}", &*$name), format!("{:?}", $rows));
            }
        }
    };

    ($(#[$meta:meta])* $vis:vis static $name:ident: [&str] = $rows:expr) => {
        $(#[$meta])*
        $vis static $name: $crate::data::packed::Table<&'static str> = {
            const ROWS: &[&str] = $rows;
            const BYTES: usize = {
                let mut n = 0;
                let mut i = 0;
                while i < ROWS.len() {
                    n += $crate::data::packed::check(ROWS[i]).len() + 1;
                    i += 1;
                }
                n
            };
            const BLOB: [u8; BYTES] = {
                let mut out = [0u8; BYTES];
                let mut at = 0;
                let mut i = 0;
                while i < ROWS.len() {
                    at = $crate::data::packed::put(&mut out, at, ROWS[i].as_bytes());
                    i += 1;
                }
                out
            };
            static TEXT: &str = match std::str::from_utf8(&BLOB) {
                Ok(text) => text,
                Err(_) => panic!("table strings are UTF-8"),
            };
            fn build() -> Vec<&'static str> {
                $crate::data::packed::strings(TEXT).take(ROWS.len()).collect()
            }
            static CELL: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
            $crate::data::packed::Table::new(&CELL, build)
        };
        /// Checks that the table unpacks to the rows it was written with.
        #[cfg(test)]
        #[allow(non_snake_case)]
        mod $name {
            use super::*;

            #[test]
            fn unpacks_to_its_rows() {
                assert_eq!(format!("{:?}", &*$name), format!("{:?}", $rows));
            }
        }
    };

}
