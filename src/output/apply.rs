//! The outputs of `apply` (the plan) and `export`.

use super::plural;
use super::{Human, Output, Printer};
use crate::cli::OutputFormat;
use crate::domain::apply::{ApplyWarning, Change, Exported, Op, Part, Plan};
use crate::domain::names::escape_for_terminal;
use crate::manifest;
use serde_json::{json, Map, Value};
use std::io::{Read, Write};
use std::path::Path;

/// The plan: one line per change (`+ project prod (billing_account main)`, `~ subproject
/// prod/acme: credit_limit 10.00 -> 20.00`) and a summary line. The plan is written out when
/// printed, change by change, in the printer's form (a plan of 100,000 changes as a JSON tree
/// is ten times its text); `-o csv` alone builds the document first.
pub fn applied(mut plan: Plan, applied: bool, secrets: Option<&Path>, p: &Printer) -> Output {
    let rule_warnings = std::mem::take(&mut plan.warnings);
    let warning = match (secrets, plan.secrets.is_empty()) {
        (Some(path), false) => Some(format!(
            "{} written to {} (mode 0600): keep it safe, they are not shown again",
            plural(plan.secrets.len(), "key secret"),
            path.display()
        )),
        _ => None,
    };
    let mut out = match p.format {
        OutputFormat::Csv => {
            let changes: Vec<Value> = plan.changes.iter().map(change_json).collect();
            Output::new(
                json!({"changes": changes, "applied": applied}),
                Human::Text(String::new()),
                Vec::new(),
            )
        }
        OutputFormat::Json => Output::written(Box::new(move |w| {
            serde_json::to_writer_pretty(
                &mut *w,
                &PlanJson {
                    plan: &plan,
                    applied,
                },
            )?;
            writeln!(w)
        })),
        OutputFormat::Table if p.quiet => Output::written(Box::new(move |w| {
            for c in &plan.changes {
                writeln!(w, "{}", escape_for_terminal(&c.id, false))?;
            }
            Ok(())
        })),
        OutputFormat::Table => Output::written(Box::new(move |w| {
            let mut line = String::new();
            for c in &plan.changes {
                line.clear();
                plan_line(&mut line, c);
                w.write_all(escape_for_terminal(&line, true).as_bytes())?;
            }
            let n = plan.changes.len();
            let last = if !applied {
                format!("dry run: {}, nothing applied\n", plural(n, "change"))
            } else if n == 0 {
                "nothing to do\n".to_string()
            } else {
                format!("applied {}\n", plural(n, "change"))
            };
            w.write_all(last.as_bytes())
        })),
    };
    for w in rule_warnings {
        out = match w {
            ApplyWarning::LimitBelowSpent(n) => out.warn(super::spend::limit_below_spent(&n)),
            ApplyWarning::OverQuota { quota, value, over } => {
                super::hierarchy::over_quota(out, quota, value, &over)
            }
        };
    }
    if let Some(w) = warning {
        out = out.warn(w);
    }
    out
}

/// One line of the plan, with its line break.
fn plan_line(text: &mut String, c: &Change) {
    match c.op {
        Op::Create => {
            text.push_str(&format!("+ {} {}", c.kind, c.name));
            if !c.fields.is_empty() {
                let list: Vec<String> = c
                    .fields
                    .iter()
                    .map(|f| format!("{} {}", f.name, f.to))
                    .collect();
                text.push_str(&format!(" ({})", list.join(", ")));
            }
        }
        Op::Update => {
            let list: Vec<String> = c
                .fields
                .iter()
                .map(|f| {
                    format!(
                        "{} {} -> {}",
                        f.name,
                        f.from.as_deref().unwrap_or("none"),
                        f.to
                    )
                })
                .collect();
            text.push_str(&format!("~ {} {}: {}", c.kind, c.name, list.join(", ")));
        }
    }
    text.push('\n');
}

/// One change as the JSON document holds it.
fn change_json(c: &Change) -> Value {
    let mut fields = Map::new();
    for f in c.fields.iter() {
        let value = match c.op {
            Op::Create => json!(f.to),
            Op::Update => json!({"from": f.from, "to": f.to}),
        };
        fields.insert(f.name.to_string(), value);
    }
    json!({
        "op": c.op.as_str(),
        "kind": c.kind,
        "name": c.name,
        "id": c.id,
        "fields": Value::Object(fields),
    })
}

/// `{"applied": .., "changes": [..]}`, each change built only while it is written: the same
/// bytes as the whole document built first (its keys are in this order), without the tree.
struct PlanJson<'a> {
    plan: &'a Plan,
    applied: bool,
}

struct ChangesJson<'a>(&'a [Change]);

impl serde::Serialize for PlanJson<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(Some(2))?;
        m.serialize_entry("applied", &self.applied)?;
        m.serialize_entry("changes", &ChangesJson(&self.plan.changes))?;
        m.end()
    }
}

impl serde::Serialize for ChangesJson<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        let mut seq = s.serialize_seq(Some(self.0.len()))?;
        for c in self.0 {
            seq.serialize_element(&change_json(c))?;
        }
        seq.end()
    }
}

/// The exported manifest, built whole (for `-o csv`, which prints a document's fields as one
/// row): the TOML itself on stdout, or a line saying where it went.
pub fn exported(done: Exported, text: &str, file: Option<&Path>) -> Output {
    let json = json!({
        "file": file.map(|p| p.display().to_string()),
        "projects": done.projects,
        "subprojects": done.subprojects,
        "manifest": text,
    });
    let human = match file {
        Some(p) => Human::Text(exported_line(done, p)),
        None => Human::Text(text.to_string()),
    };
    Output::new(json, human, Vec::new())
}

fn exported_line(done: Exported, p: &Path) -> String {
    format!(
        "exported {} and {} to {}\n",
        plural(done.projects, "project"),
        plural(done.subprojects, "subproject"),
        p.display()
    )
}

/// How a streamed export prints.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Form {
    /// The manifest's text, escaped for a terminal as all text output is.
    Text,
    /// The JSON document `{"file", "manifest", "projects", "subprojects"}`, written as
    /// `serde_json` writes it whole (keys in order, so the counts come last).
    Json,
    /// Nothing (`-q`: an export has no ids).
    Nothing,
}

/// An export printed on standard output as it is read, so that what is held at once does not
/// grow with the store. `None` for `-o csv`, which is built whole.
pub struct ExportPrinter {
    form: Form,
    out: std::io::BufWriter<std::io::StdoutLock<'static>>,
    buf: String,
}

impl ExportPrinter {
    pub fn new(p: &Printer) -> Option<ExportPrinter> {
        let form = match p.format {
            OutputFormat::Csv => return None,
            OutputFormat::Json => Form::Json,
            OutputFormat::Table if p.quiet => Form::Nothing,
            OutputFormat::Table => Form::Text,
        };
        Some(ExportPrinter {
            form,
            out: std::io::BufWriter::with_capacity(1 << 16, std::io::stdout().lock()),
            buf: String::new(),
        })
    }

    fn io(&mut self, r: std::io::Result<()>) -> crate::error::Result<()> {
        r.map_err(crate::error::Error::output)
    }

    /// Before the manifest: the JSON document's first field. `file` is where it was written.
    pub fn begin(&mut self, file: Option<&Path>) -> crate::error::Result<()> {
        if self.form != Form::Json {
            return Ok(());
        }
        let file = json!(file.map(|p| p.display().to_string()));
        let r = write!(self.out, "{{\n  \"file\": {file},\n  \"manifest\": \"");
        self.io(r)
    }

    /// A piece of the manifest's text.
    pub fn text(&mut self, text: &str) -> crate::error::Result<()> {
        let r = match self.form {
            Form::Nothing => Ok(()),
            Form::Text => self
                .out
                .write_all(escape_for_terminal(text, true).as_bytes()),
            Form::Json => {
                let quoted = serde_json::to_string(text).unwrap_or_default();
                let inner = quoted
                    .get(1..quoted.len().saturating_sub(1))
                    .unwrap_or_default();
                self.out.write_all(inner.as_bytes())
            }
        };
        self.io(r)
    }

    /// The manifest `export --file` wrote, read back from `file` in pieces, for the JSON
    /// document, which holds it too (the text form prints a line about the file instead).
    pub fn manifest_of_file(&mut self, file: &Path) -> crate::error::Result<()> {
        if self.form != Form::Json {
            return Ok(());
        }
        let unreadable = |e: std::io::Error| {
            crate::error::Error::internal(format!("cannot read back {}: {e}", file.display()))
        };
        let mut f = std::fs::File::open(file).map_err(unreadable)?;
        let mut chunk = vec![0u8; 1 << 16];
        let mut carry: Vec<u8> = Vec::new();
        loop {
            let n = f.read(&mut chunk).map_err(unreadable)?;
            if n == 0 {
                break;
            }
            carry.extend_from_slice(&chunk[..n]);
            // Cut at a character's boundary.
            let valid = match std::str::from_utf8(&carry) {
                Ok(_) => carry.len(),
                Err(e) => e.valid_up_to(),
            };
            let text = String::from_utf8_lossy(&carry[..valid]).into_owned();
            self.text(&text)?;
            carry.drain(..valid);
        }
        Ok(())
    }

    /// A part of the manifest, as `manifest::write` writes it.
    pub fn part(&mut self, part: Part) -> crate::error::Result<()> {
        let mut buf = std::mem::take(&mut self.buf);
        buf.clear();
        part_text(&mut buf, part);
        let r = self.text(&buf);
        self.buf = buf;
        r
    }

    /// After the manifest: the counts (JSON), and the output flushed.
    pub fn finish(&mut self, done: Exported) -> crate::error::Result<()> {
        let r = match self.form {
            Form::Json => write!(
                self.out,
                "\",\n  \"projects\": {},\n  \"subprojects\": {}\n}}\n",
                done.projects, done.subprojects
            ),
            _ => Ok(()),
        }
        .and_then(|()| self.out.flush());
        self.io(r)
    }

    /// The line `export --file` prints in text form.
    pub fn exported_to(&mut self, done: Exported, file: &Path) -> crate::error::Result<()> {
        if self.form == Form::Text {
            let line = exported_line(done, file);
            let r = self
                .out
                .write_all(escape_for_terminal(&line, true).as_bytes());
            self.io(r)?;
        }
        self.finish(done)
    }
}

/// Add a part of an exported manifest to `buf`, as TOML.
pub fn part_text(buf: &mut String, part: Part) {
    match part {
        Part::Head(m) => buf.push_str(&manifest::write_head(m)),
        Part::Project(p) => manifest::write_project(buf, p),
    }
}
