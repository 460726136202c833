//! R40: the bounds on what acctl reads from outside, so that no input makes memory grow
//! without end: each is refused with exit 2 once passed, before more is read. README.md
//! ("Limits") lists them for users.

use crate::error::{Error, Result};
use std::io::Read;

/// A key file (`--key-file`, or `-` for standard input): a secret is under 100 bytes.
pub const MAX_KEY_FILE_BYTES: u64 = 4 * 1024;
/// One line of a `usage import` file (JSON lines or CSV).
pub const MAX_IMPORT_LINE_BYTES: usize = 64 * 1024;
/// A whole manifest (`apply -f`).
pub const MAX_MANIFEST_BYTES: u64 = 64 * 1024 * 1024;
/// One line of a manifest: no manifest string can be longer.
pub const MAX_MANIFEST_LINE_BYTES: usize = 64 * 1024;

/// Read all of `input`, refusing it (exit 2) as soon as it passes `max` bytes; `what` names
/// it in the message ("the key file k.secret").
pub fn read_at_most(input: impl Read, max: u64, what: &str) -> Result<Vec<u8>> {
    let mut buf = Vec::new();
    input
        .take(max + 1)
        .read_to_end(&mut buf)
        .map_err(|e| Error::invalid(format!("cannot read {what}: {e}")))?;
    if buf.len() as u64 > max {
        return Err(Error::invalid(format!(
            "{what} is too large: more than {max} bytes"
        )));
    }
    Ok(buf)
}

/// A reader that fails (as invalid data) when a line passes `max` bytes, so that a line
/// reader or a CSV reader above it never buffers more than that.
pub struct LineBound<R> {
    inner: R,
    max: usize,
    /// Bytes since the last line feed.
    run: usize,
    /// The number of the line being read, for the message.
    line: usize,
}

impl<R: Read> LineBound<R> {
    pub fn new(inner: R, max: usize) -> Self {
        LineBound {
            inner,
            max,
            run: 0,
            line: 1,
        }
    }
}

impl<R: Read> Read for LineBound<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        for &b in &buf[..n] {
            if b == b'\n' {
                self.run = 0;
                self.line += 1;
            } else {
                self.run += 1;
                if self.run > self.max {
                    return Err(std::io::Error::new(
                        std::io::ErrorKind::InvalidData,
                        LineTooLong {
                            line: self.line,
                            max: self.max,
                        },
                    ));
                }
            }
        }
        Ok(n)
    }
}

/// A [`LineBound`] refusal, told apart from other invalid data (text that is not UTF-8).
#[derive(Debug)]
struct LineTooLong {
    line: usize,
    max: usize,
}

impl std::fmt::Display for LineTooLong {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {} is longer than {} bytes", self.line, self.max)
    }
}

impl std::error::Error for LineTooLong {}

/// Whether an I/O error is a [`LineBound`] refusal (invalid input, not an I/O failure).
pub fn is_too_long(e: &std::io::Error) -> bool {
    e.get_ref().is_some_and(|inner| inner.is::<LineTooLong>())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn r40_a_line_past_the_bound_is_refused_and_short_ones_pass() {
        let mut ok = String::new();
        LineBound::new("ab\ncd\n".as_bytes(), 2)
            .read_to_string(&mut ok)
            .unwrap();
        assert_eq!(ok, "ab\ncd\n");
        let mut s = String::new();
        let e = LineBound::new("ab\ncde\n".as_bytes(), 2)
            .read_to_string(&mut s)
            .unwrap_err();
        assert!(is_too_long(&e) && e.to_string().contains("line 2"), "{e}");
        assert!(read_at_most(std::io::repeat(0), 16, "x").is_err());
        assert_eq!(read_at_most(&b"1234"[..], 4, "x").unwrap(), b"1234");
    }
}
