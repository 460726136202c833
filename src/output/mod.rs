//! Rendering of command results: human tables (comfy-table), JSON documents (serde_json), or
//! bare ids (`-q`). Commands build an [`Output`]; only [`Output::print`] writes to stdout.
//! One submodule per area builds the outputs of its commands.

mod access;
mod apply;
mod billing;
mod csv_out;
mod hierarchy;
mod resources;
mod spend;
mod usage;
pub use access::*;
pub use apply::*;
pub use billing::*;
pub use hierarchy::*;
pub use resources::*;
pub use spend::*;
pub use usage::*;

use crate::cli::{ColorChoice, OutputFormat};
use crate::domain::model::{Node, Status};
use crate::domain::names::escape_for_terminal;
use comfy_table::{presets, Attribute, Cell, Color, ContentArrangement, Table};
use serde_json::Value;
use std::io::{IsTerminal, Write};

/// How results are printed, decided once per process.
#[derive(Debug, Clone)]
pub struct Printer {
    pub format: OutputFormat,
    pub quiet: bool,
    pub color: bool,
    pub tty: bool,
}

impl Printer {
    pub fn new(format: OutputFormat, quiet: bool, color: ColorChoice) -> Printer {
        let tty = std::io::stdout().is_terminal();
        let color = match color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => tty && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
        };
        Printer {
            format,
            quiet,
            color,
            tty,
        }
    }

    /// A warning on stderr (`warning: ...`), silenced by `-q`.
    pub fn warn(&self, warning: &str) {
        if !self.quiet {
            let warning = escape_for_terminal(warning, false);
            let _ = writeln!(std::io::stderr(), "warning: {warning}");
        }
    }

    /// A progress bar for long work (a large apply or import) on stderr: drawn only on a
    /// terminal and without `-q`, hidden otherwise.
    pub fn progress(&self, len: u64, message: &'static str) -> indicatif::ProgressBar {
        self.bar(len, message, "{msg} [{bar:40}] {pos}/{len} {eta}")
    }

    /// A progress bar over `len` bytes of input, shown as sizes (`12.5 MiB/64.0 MiB`).
    pub fn progress_bytes(&self, len: u64, message: &'static str) -> indicatif::ProgressBar {
        self.bar(len, message, "{msg} [{bar:40}] {bytes}/{total_bytes} {eta}")
    }

    fn bar(&self, len: u64, message: &'static str, template: &str) -> indicatif::ProgressBar {
        if self.quiet || !std::io::stderr().is_terminal() {
            return indicatif::ProgressBar::hidden();
        }
        let bar = indicatif::ProgressBar::new(len);
        bar.set_style(
            indicatif::ProgressStyle::with_template(template)
                .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
        );
        bar.set_message(message);
        bar
    }
}

/// What a command produced, in every form it may be printed in.
pub struct Output {
    json: Value,
    /// What `-o csv` prints when it is not `json` (an invoice: its lines).
    csv: Option<Value>,
    human: Human,
    ids: Vec<String>,
    warnings: Vec<String>,
    exit: u8,
    /// The command printed its result itself as it went (a streamed export).
    streamed: bool,
    /// Writes the result at print time, from what the command kept, rather than from a copy
    /// built beforehand (a plan of 100,000 changes).
    writer: Option<Writer>,
}

/// Writes a result to standard output, already in the printer's form.
pub type Writer = Box<dyn FnOnce(&mut dyn Write) -> std::io::Result<()>>;

/// The human form of a result.
pub enum Human {
    /// A list, with its column headers.
    Rows(Vec<&'static str>, Vec<Vec<Cell>>),
    /// One thing: field, value.
    Fields(Vec<(&'static str, String)>),
    /// Free text (a tree, a plan).
    Text(String),
}

impl Output {
    /// A list of things: the JSON array of `json` of each, `id` of each for `-q`, and a table
    /// with a row of `row` of each under `headers`.
    pub fn list<T>(
        list: &[T],
        json: impl Fn(&T) -> Value,
        id: impl Fn(&T) -> String,
        headers: Vec<&'static str>,
        row: impl Fn(&T) -> Vec<Cell>,
    ) -> Output {
        Output::new(
            Value::Array(list.iter().map(json).collect()),
            Human::Rows(headers, list.iter().map(row).collect()),
            list.iter().map(id).collect(),
        )
    }

    pub fn new(json: Value, human: Human, ids: Vec<String>) -> Output {
        Output {
            json,
            csv: None,
            human,
            ids,
            warnings: Vec::new(),
            exit: 0,
            streamed: false,
            writer: None,
        }
    }

    /// A result written at print time by `writer`, which prints it in the printer's form.
    pub fn written(writer: Writer) -> Output {
        let mut out = Output::new(Value::Null, Human::Text(String::new()), Vec::new());
        out.writer = Some(writer);
        out
    }

    /// A result the command has already printed as it went (a streamed export): printing it
    /// prints nothing more.
    pub fn streamed() -> Output {
        let mut out = Output::new(Value::Null, Human::Text(String::new()), Vec::new());
        out.streamed = true;
        out
    }

    /// A warning for stderr (silenced by `-q`).
    pub fn warn(mut self, warning: impl Into<String>) -> Output {
        self.warnings.push(warning.into());
        self
    }

    /// Print `rows` rather than the JSON document with `-o csv` (a document whose list is
    /// one of its fields, like an invoice's lines).
    pub fn csv_rows(mut self, rows: Value) -> Output {
        self.csv = Some(rows);
        self
    }

    /// An answer that is not an error but exits non-zero (a denied `access check`, exit 5; a
    /// failed verification, exit 7).
    pub fn exit_with(mut self, code: u8) -> Output {
        self.exit = code;
        self
    }

    /// The exit code this answer carries (0 but for a denied access check or a failed
    /// verification), whether or not all of it is read.
    pub fn exit_code(&self) -> u8 {
        self.exit
    }

    /// Print the result as the printer says; returns the exit code.
    pub fn print(self, p: &Printer) -> std::io::Result<u8> {
        if !p.quiet {
            let mut err = std::io::stderr().lock();
            for w in &self.warnings {
                writeln!(err, "warning: {}", escape_for_terminal(w, false))?;
            }
        }
        if self.streamed {
            return Ok(self.exit);
        }
        let mut out = std::io::stdout().lock();
        if let Some(writer) = self.writer {
            let mut buffered = std::io::BufWriter::with_capacity(1 << 16, &mut out);
            writer(&mut buffered)?;
            buffered.flush()?;
            return Ok(self.exit);
        }
        match p.format {
            OutputFormat::Json => {
                serde_json::to_writer_pretty(&mut out, &self.json)?;
                writeln!(out)?;
            }
            OutputFormat::Csv => {
                let doc = self.csv.as_ref().unwrap_or(&self.json);
                out.write_all(&csv_out::render(doc)?)?;
            }
            OutputFormat::Table if p.quiet => {
                for id in &self.ids {
                    writeln!(out, "{}", escape_for_terminal(id, false))?;
                }
            }
            OutputFormat::Table => match self.human {
                Human::Rows(headers, rows) => {
                    if rows.is_empty() {
                        drop(out);
                        writeln!(std::io::stderr(), "(none)")?;
                        return Ok(self.exit);
                    }
                    let mut t = table(p);
                    t.set_header(headers.iter().map(|h| header(p, h)));
                    for r in rows {
                        t.add_row(r);
                    }
                    writeln!(out, "{}", trim_lines(&t.to_string()))?;
                }
                Human::Fields(fields) => {
                    let mut t = table(p);
                    for (k, v) in fields {
                        t.add_row(vec![header(p, k), cell(v)]);
                    }
                    writeln!(out, "{}", trim_lines(&t.to_string()))?;
                }
                Human::Text(s) => {
                    let s = escape_for_terminal(&s, true);
                    write!(out, "{s}")?;
                    if !s.ends_with('\n') && !s.is_empty() {
                        writeln!(out)?;
                    }
                }
            },
        }
        out.flush()?;
        Ok(self.exit)
    }
}

/// A table cell whose text is escaped for the terminal (R40): nothing stored can reach the
/// terminal as a control, escape or bidirectional character.
pub(crate) fn cell<T: ToString>(content: T) -> Cell {
    Cell::new(escape_for_terminal(&content.to_string(), false))
}

/// What a command did, in the past tense: `already VERB` when a retry with the same
/// idempotency key replayed it.
pub(crate) fn done(verb: &str, replayed: bool) -> String {
    if replayed {
        format!("already {verb}")
    } else {
        verb.to_string()
    }
}

/// An error on stderr: `error: ..` and, if it has one, `hint: ..`, with nothing in them that
/// could act on a terminal (R40); a message that lists offending lines (an import's) keeps
/// its line breaks.
pub fn print_error(e: &crate::error::Error) {
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "error: {}", escape_for_terminal(&e.message, true));
    if let Some(h) = &e.hint {
        let _ = writeln!(err, "hint: {}", escape_for_terminal(h, false));
    }
}

/// `1 change`, `3 changes`: a count and its noun, made plural by an `s`.
pub(crate) fn plural(n: usize, one: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {one}s")
    }
}

/// A right-aligned cell: a number or an amount.
pub(crate) fn right<T: ToString>(content: T) -> Cell {
    cell(content).set_alignment(comfy_table::CellAlignment::Right)
}

fn table(p: &Printer) -> Table {
    let mut t = Table::new();
    if p.tty {
        t.load_preset(presets::UTF8_HORIZONTAL_ONLY);
        // A terminal that reports no width (0 x 0, as some CI and container sessions do) is
        // fitted to COLUMNS when set, else not fitted at all: squeezed to a width of 0, every
        // column was wrapped a character per line.
        let columns = std::env::var("COLUMNS")
            .ok()
            .and_then(|c| c.trim().parse::<u16>().ok())
            .filter(|c| *c > 0);
        match (t.width().filter(|w| *w > 0), columns) {
            (Some(_), _) => {
                t.set_content_arrangement(ContentArrangement::Dynamic);
            }
            (None, Some(c)) => {
                t.set_width(c)
                    .set_content_arrangement(ContentArrangement::Dynamic);
            }
            (None, None) => {
                t.set_content_arrangement(ContentArrangement::Disabled);
            }
        }
    } else {
        t.load_preset(presets::NOTHING)
            .set_content_arrangement(ContentArrangement::Disabled);
        t.force_no_tty();
    }
    if p.color {
        t.enforce_styling();
    }
    t
}

fn header(p: &Printer, h: &str) -> Cell {
    let c = Cell::new(h);
    if p.color {
        c.add_attribute(Attribute::Bold)
    } else {
        c
    }
}

/// comfy-table pads every cell; strip the padding at line ends and the leading column space.
fn trim_lines(s: &str) -> String {
    s.lines()
        .map(|l| l.strip_prefix(' ').unwrap_or(l).trim_end())
        .collect::<Vec<_>>()
        .join("\n")
}

pub(crate) fn status_cell(status: Status) -> Cell {
    let c = cell(status.as_str());
    match status {
        Status::Active => c,
        Status::Suspended => c.fg(Color::Yellow),
        Status::Deleted => c.fg(Color::Red),
    }
}

pub(crate) fn labels_text(n: &Node) -> String {
    n.labels
        .iter()
        .map(|(k, v)| format!("{k}={v}"))
        .collect::<Vec<_>>()
        .join(",")
}

pub(crate) fn opt(s: &Option<String>) -> String {
    s.clone().unwrap_or_else(|| "-".into())
}
