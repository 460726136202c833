//! `-o csv`: any command's JSON document as RFC 4180 CSV, so that every list and report has it.
//!
//! - An array gives one row per element; an object gives one row; anything else one row of
//!   one column, `value`. An empty array prints nothing (not even a header).
//! - The header row holds the JSON field names: those of the first row (in the JSON's order,
//!   which is by name), then any that later rows add, in the order they first appear.
//! - Cells: `null` is empty, `true`/`false` and numbers as JSON writes them, strings as they
//!   are (money stays the decimal string of the JSON, its currency in its own column).
//! - A nested object (labels) is one cell of `key=value` pairs sorted by key and joined by
//!   `;`; a nested array is one cell of its items joined by `;`. Inside those, `\`, `;` and
//!   `=` are escaped with a backslash. Anything nested deeper is written as compact JSON.

use serde_json::{Map, Value};

/// The document as CSV bytes.
pub fn render(doc: &Value) -> std::io::Result<Vec<u8>> {
    let rows: Vec<Map<String, Value>> = match doc {
        Value::Array(items) => items.iter().map(as_row).collect(),
        other => vec![as_row(other)],
    };
    let mut columns: Vec<&str> = Vec::new();
    for r in &rows {
        for k in r.keys() {
            if !columns.contains(&k.as_str()) {
                columns.push(k);
            }
        }
    }
    let mut w = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    if !rows.is_empty() {
        w.write_record(&columns).map_err(std::io::Error::other)?;
    }
    for r in &rows {
        w.write_record(
            columns
                .iter()
                .map(|c| r.get(*c).map(cell).unwrap_or_default()),
        )
        .map_err(std::io::Error::other)?;
    }
    w.into_inner()
        .map_err(|e| std::io::Error::other(e.to_string()))
}

fn as_row(v: &Value) -> Map<String, Value> {
    match v {
        Value::Object(m) => m.clone(),
        other => {
            let mut m = Map::new();
            m.insert("value".to_string(), other.clone());
            m
        }
    }
}

/// One field's text.
fn cell(v: &Value) -> String {
    match v {
        Value::Object(m) => m
            .iter()
            .map(|(k, v)| format!("{}={}", escape(k), escape(&scalar(v))))
            .collect::<Vec<_>>()
            .join(";"),
        Value::Array(items) => items
            .iter()
            .map(|v| escape(&scalar(v)))
            .collect::<Vec<_>>()
            .join(";"),
        other => scalar(other),
    }
}

/// A scalar's text; a nested object or array as compact JSON.
fn scalar(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Bool(b) => b.to_string(),
        Value::Number(n) => n.to_string(),
        nested => nested.to_string(),
    }
}

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(c, '\\' | ';' | '=') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn text(v: Value) -> String {
        String::from_utf8(render(&v).unwrap()).unwrap()
    }

    #[test]
    fn csv_has_one_header_and_one_row_per_element() {
        let doc = json!([
            {"id": "a", "amount": "1.50", "labels": {"team": "x", "env": "prod"}, "n": null},
            {"id": "b, c", "amount": "2", "labels": {}, "n": 3, "extra": true},
        ]);
        assert_eq!(
            text(doc),
            "amount,id,labels,n,extra\r\n\
             1.50,a,env=prod;team=x,,\r\n\
             2,\"b, c\",,3,true\r\n"
        );
    }

    #[test]
    fn csv_of_one_object_is_one_row_and_empty_list_prints_nothing() {
        assert_eq!(text(json!({"x": "1"})), "x\r\n1\r\n");
        assert_eq!(text(json!([])), "");
        assert_eq!(text(json!("s")), "value\r\ns\r\n");
    }

    #[test]
    fn csv_escapes_separators_inside_flattened_values() {
        let doc = json!({"labels": {"k": "a;b=c\\d"}, "list": ["x;y", 2], "deep": [{"a": 1}]});
        assert_eq!(
            text(doc),
            "deep,labels,list\r\n\
             \"{\"\"a\"\":1}\",k=a\\;b\\=c\\\\d,x\\;y;2\r\n"
        );
    }
}
