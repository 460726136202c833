//! The lines of a `usage import`: its input opened with bounded lines (R40), its format, and
//! its JSON or CSV lines read a chunk at a time into [`ImportLine`]s.

use crate::domain::usage::ImportLine;
use crate::error::{Error, Result};
use crate::limits::{is_too_long, LineBound, MAX_IMPORT_LINE_BYTES};
use serde::Deserialize;
use std::io::{BufRead, Read};
use std::path::Path;

/// The format of an import's lines (`--format`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ImportFormat {
    Jsonl,
    Csv,
}

/// The format of an import: as given, else by the file's extension (standard input: JSON lines).
pub(super) fn format_of(file: &str, given: Option<ImportFormat>) -> Result<ImportFormat> {
    if let Some(f) = given {
        return Ok(f);
    }
    if file == "-" {
        return Ok(ImportFormat::Jsonl);
    }
    let ext = Path::new(file)
        .extension()
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    match ext.as_deref() {
        Some("csv") => Ok(ImportFormat::Csv),
        Some("jsonl" | "ndjson" | "json") => Ok(ImportFormat::Jsonl),
        _ => Err(Error::invalid(format!(
            "cannot tell the format of {:?} from its name",
            file
        ))
        .hint("name it .jsonl or .csv, or pass --format jsonl|csv")),
    }
}

/// A JSON line. Amounts are strings (or whole numbers): never floating point.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct JsonLine {
    target: String,
    amount: JsonAmount,
    product: Option<String>,
    /// Any JSON value: a wrong one is refused as a quantity, not as a malformed line about
    /// amounts.
    quantity: Option<serde_json::Value>,
    description: Option<String>,
    idempotency_key: Option<String>,
    currency: Option<String>,
    at: Option<String>,
}

enum JsonAmount {
    Text(String),
    Int(i64),
    UInt(u64),
}

impl<'de> Deserialize<'de> for JsonAmount {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = JsonAmount;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                // A number with a fraction is refused with this (never read as floating
                // point, R09): written as a string, it is read exactly.
                f.write_str("an amount: a string like \"12.50\", or a whole number")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> std::result::Result<JsonAmount, E> {
                Ok(JsonAmount::Text(v.to_string()))
            }
            fn visit_string<E: serde::de::Error>(
                self,
                v: String,
            ) -> std::result::Result<JsonAmount, E> {
                Ok(JsonAmount::Text(v))
            }
            fn visit_i64<E: serde::de::Error>(self, v: i64) -> std::result::Result<JsonAmount, E> {
                Ok(JsonAmount::Int(v))
            }
            fn visit_u64<E: serde::de::Error>(self, v: u64) -> std::result::Result<JsonAmount, E> {
                Ok(JsonAmount::UInt(v))
            }
        }
        d.deserialize_any(Visitor)
    }
}

impl JsonAmount {
    fn text(self) -> String {
        match self {
            JsonAmount::Text(s) => s,
            JsonAmount::Int(i) => i.to_string(),
            JsonAmount::UInt(u) => u.to_string(),
        }
    }
}

/// A JSON quantity as text for [`usage::parse_quantity`]: a string as it is, anything else
/// (a number, `true`, an object) as JSON, so that a bad one is reported as a quantity.
fn json_quantity(v: serde_json::Value) -> String {
    match v {
        serde_json::Value::String(s) => s,
        other => other.to_string(),
    }
}

/// The import's input, with its lines bounded (R40): a line past
/// [`MAX_IMPORT_LINE_BYTES`] fails the read, so that `/dev/zero` is refused, not buffered.
pub(super) fn open_input(file: &str) -> Result<Box<dyn Read>> {
    if file == "-" {
        return Ok(Box::new(LineBound::new(
            std::io::stdin().lock(),
            MAX_IMPORT_LINE_BYTES,
        )));
    }
    let f = std::fs::File::open(file).map_err(|e| {
        if e.kind() == std::io::ErrorKind::NotFound {
            Error::not_found(format!("import file {file:?} not found"))
        } else {
            Error::internal(format!("cannot read {file:?}: {e}"))
        }
    })?;
    Ok(Box::new(LineBound::new(f, MAX_IMPORT_LINE_BYTES)))
}

/// Counts the bytes read, for the progress bar.
pub(super) struct CountingReader<R> {
    pub(super) inner: R,
    pub(super) count: std::rc::Rc<std::cell::Cell<u64>>,
}

impl<R: Read> Read for CountingReader<R> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.count.set(self.count.get() + n as u64);
        Ok(n)
    }
}

/// The columns an import's CSV header may name, the two it must first; a line's fields are
/// picked by the positions below.
const CSV_COLUMNS: [&str; 8] = [
    "target",
    "amount",
    "product",
    "quantity",
    "description",
    "idempotency_key",
    "at",
    "currency",
];
const TARGET: usize = 0;
const AMOUNT: usize = 1;
const PRODUCT: usize = 2;
const QUANTITY: usize = 3;
const DESCRIPTION: usize = 4;
const IDEMPOTENCY_KEY: usize = 5;
const AT: usize = 6;
const CURRENCY: usize = 7;

/// The import's lines, read a chunk at a time.
pub(super) enum Lines {
    Jsonl {
        reader: std::io::BufReader<Box<dyn Read>>,
        buf: String,
        n: usize,
    },
    Csv {
        reader: Box<csv::Reader<std::io::BufReader<Box<dyn Read>>>>,
        /// The position of each of [`CSV_COLUMNS`] in the header, if there.
        col: [Option<usize>; CSV_COLUMNS.len()],
        rec: csv::StringRecord,
        done: bool,
    },
}

impl Lines {
    /// Start reading `input`; a CSV file's header is read (and checked) now.
    pub(super) fn new(input: Box<dyn Read>, format: ImportFormat) -> Result<Lines> {
        let input = std::io::BufReader::with_capacity(1 << 20, input);
        match format {
            ImportFormat::Jsonl => Ok(Lines::Jsonl {
                reader: input,
                buf: String::new(),
                n: 0,
            }),
            ImportFormat::Csv => {
                let mut r = csv::ReaderBuilder::new()
                    .flexible(false)
                    .trim(csv::Trim::All)
                    .from_reader(input);
                let headers = r
                    .headers()
                    .map_err(|e| {
                        too_long(&e).unwrap_or_else(|| {
                            Error::invalid(format!("line 1: malformed CSV header: {e}"))
                        })
                    })?
                    .clone();
                let mut col = [None; CSV_COLUMNS.len()];
                for (i, h) in headers.iter().enumerate() {
                    match CSV_COLUMNS.iter().position(|c| *c == h) {
                        Some(c) => {
                            if col[c].replace(i).is_some() {
                                return Err(Error::invalid(format!(
                                    "line 1: the CSV column {h:?} is given twice"
                                ))
                                .hint("each column appears once in the header"));
                            }
                        }
                        None => {
                            return Err(Error::invalid(format!("line 1: unknown CSV column {h:?}"))
                                .hint(format!("columns: {}", CSV_COLUMNS.join(", "))))
                        }
                    }
                }
                for c in [TARGET, AMOUNT] {
                    if col[c].is_none() {
                        return Err(Error::invalid(format!(
                            "line 1: the CSV header has no {:?} column",
                            CSV_COLUMNS[c]
                        ))
                        .hint(format!(
                            "the first line names the columns: target and amount, and any of {}",
                            CSV_COLUMNS[2..].join(", ")
                        )));
                    }
                }
                Ok(Lines::Csv {
                    reader: Box::new(r),
                    col,
                    rec: csv::StringRecord::new(),
                    done: false,
                })
            }
        }
    }

    /// Read up to `max` lines into `out` (emptied first); a malformed one is handed to
    /// `malformed` with its number. `false` once the input is over.
    pub(super) fn fill(
        &mut self,
        out: &mut Vec<ImportLine>,
        max: usize,
        malformed: &mut dyn FnMut(usize, Error),
    ) -> Result<bool> {
        out.clear();
        match self {
            Lines::Jsonl { reader, buf, n } => {
                while out.len() < max {
                    buf.clear();
                    let read = match reader.read_line(buf) {
                        Ok(read) => read,
                        Err(e) if is_too_long(&e) => return Err(line_too_long(&e)),
                        // The line was read whole and is not text: refused by its number,
                        // and the lines after it are still read and checked.
                        Err(e) if e.kind() == std::io::ErrorKind::InvalidData => {
                            *n += 1;
                            malformed(
                                *n,
                                Error::invalid("malformed JSON line: it is not UTF-8 text"),
                            );
                            continue;
                        }
                        Err(e) => {
                            return Err(Error::invalid(format!(
                                "line {}: cannot read: {e}",
                                *n + 1
                            )))
                        }
                    };
                    if read == 0 {
                        return Ok(false);
                    }
                    *n += 1;
                    let mut raw = buf.strip_suffix('\n').unwrap_or(buf);
                    raw = raw.strip_suffix('\r').unwrap_or(raw);
                    // A UTF-8 byte-order mark, as some editors write, opens the first line.
                    let raw = match raw.strip_prefix('\u{feff}') {
                        Some(rest) if *n == 1 => rest,
                        _ => raw,
                    };
                    if raw.trim().is_empty() {
                        continue;
                    }
                    match serde_json::from_str::<JsonLine>(raw) {
                        Ok(j) => out.push(ImportLine {
                            line: *n,
                            target: j.target,
                            amount: j.amount.text(),
                            product: j.product,
                            quantity: j.quantity.map(json_quantity),
                            description: j.description,
                            idempotency_key: j.idempotency_key,
                            at: j.at,
                            currency: j.currency,
                        }),
                        Err(e) => malformed(
                            *n,
                            Error::invalid(format!(
                                "malformed JSON line: {}",
                                strip_position(&e.to_string())
                            )),
                        ),
                    }
                }
                Ok(true)
            }
            Lines::Csv {
                reader,
                col,
                rec,
                done,
            } => {
                while out.len() < max && !*done {
                    let line = reader.position().line() as usize;
                    match reader.read_record(rec) {
                        Ok(false) => *done = true,
                        Ok(true) => {
                            let get = |c: usize| {
                                col[c]
                                    .and_then(|i| rec.get(i))
                                    .filter(|s| !s.is_empty())
                                    .map(str::to_string)
                            };
                            out.push(ImportLine {
                                line: rec.position().map_or(line, |p| p.line() as usize),
                                target: get(TARGET).unwrap_or_default(),
                                amount: get(AMOUNT).unwrap_or_default(),
                                product: get(PRODUCT),
                                quantity: get(QUANTITY),
                                description: get(DESCRIPTION),
                                idempotency_key: get(IDEMPOTENCY_KEY),
                                at: get(AT),
                                currency: get(CURRENCY),
                            });
                        }
                        Err(e) => {
                            if let Some(refused) = too_long(&e) {
                                return Err(refused);
                            }
                            let n = e.position().map_or(line, |p| p.line() as usize);
                            malformed(
                                n,
                                Error::invalid(format!("malformed CSV line: {}", csv_kind(&e))),
                            );
                            // The record was read whole: the lines after it are still
                            // read and checked. Anything else stops the reading.
                            if !matches!(
                                e.kind(),
                                csv::ErrorKind::UnequalLengths { .. } | csv::ErrorKind::Utf8 { .. }
                            ) {
                                *done = true;
                            }
                        }
                    }
                }
                Ok(!*done)
            }
        }
    }
}

/// The whole import refused for a line past [`MAX_IMPORT_LINE_BYTES`] (R40), whichever line
/// it is: the error names it.
fn line_too_long(e: &std::io::Error) -> Error {
    Error::invalid(format!("the import is refused: {e}"))
        .hint("a line of an import is at most 64 KiB")
}

/// A CSV reader's error that is a line past the bound, as [`line_too_long`]: the reader reads
/// ahead, so that a long third line may fail the reading of the header.
fn too_long(e: &csv::Error) -> Option<Error> {
    match e.kind() {
        csv::ErrorKind::Io(io) if is_too_long(io) => Some(line_too_long(io)),
        _ => None,
    }
}

fn csv_kind(e: &csv::Error) -> String {
    match e.kind() {
        csv::ErrorKind::Utf8 { err, .. } => {
            format!("field {} is not UTF-8 text", err.field() + 1)
        }
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => {
            format!("{len} field(s), the header has {expected_len}")
        }
        _ => e.to_string(),
    }
}

fn strip_position(msg: &str) -> &str {
    msg.find(" at line ").map_or(msg, |i| &msg[..i])
}
