//! Fixtures: the stores tests start from and the steps that build them, so that a test says
//! only what it proves. Every step runs acctl as the operator and asserts that it succeeded;
//! the rules themselves are proved by the tests, never here.

use crate::common::{Outcome, Sandbox};
use serde_json::Value;

/// The words of a command line, for arguments without spaces: `argv("project create prod")`.
pub fn argv(line: &str) -> Vec<&str> {
    line.split_whitespace().collect()
}

/// The words of `billing create NAME --kind KIND --currency CURRENCY`.
pub fn billing_create<'a>(name: &'a str, kind: &'a str, currency: &'a str) -> Vec<&'a str> {
    [
        &["billing", "create", name][..],
        &["--kind", kind, "--currency", currency],
    ]
    .concat()
}

/// The words of `access check --key KEY --on TARGET --action ACTION`.
pub fn access_check<'a>(key: &'a str, on: &'a str, action: &'a str) -> Vec<&'a str> {
    [
        &["access", "check", "--key", key][..],
        &["--on", on, "--action", action],
    ]
    .concat()
}

/// One line of a JSONL import: a charge of `amount` on `target`, with more `fields`.
pub fn charge_line(target: &str, amount: &str, fields: &[(&str, &str)]) -> String {
    let mut line = serde_json::json!({ "target": target, "amount": amount });
    for (k, v) in fields {
        line[*k] = Value::from(*v);
    }
    line.to_string()
}

/// A manifest of account Acme with its billing account `main` (EUR, `kind`; the default one
/// when `default`), followed by `projects`. The text starts with an empty line.
pub fn manifest(kind: &str, default: bool, projects: &str) -> String {
    let default = if default { "default = true\n" } else { "" };
    let billing = format!("name = \"main\"\nkind = \"{kind}\"\ncurrency = \"EUR\"\n{default}");
    format!("\n[account]\nname = \"Acme\"\n\n[[billing_account]]\n{billing}{projects}")
}

/// What a refusal to find project `name` shows ([`Outcome::snap`]): exit 3 and a hint.
pub fn project_not_found(name: &str) -> String {
    let hint = "hint: list them with: acctl project list";
    format!("exit: 3\n--- stderr\nerror: project \"{name}\" not found\n{hint}\n")
}

/// The text field `k` of a JSON document (panics, naming the field, when it is not text).
pub fn str_of<'a>(v: &'a Value, k: &str) -> &'a str {
    v[k].as_str()
        .unwrap_or_else(|| panic!("{k} is not a string in {v}"))
}

/// Assert that the JSON document `v` has every field named in `names` (separated by spaces).
#[track_caller]
pub fn has_fields(v: &Value, names: &str) {
    for f in names.split_whitespace() {
        assert!(v.get(f).is_some(), "missing {f}");
    }
}

/// The field `k` of every element of the JSON list `list`, in order.
pub fn column(list: &Value, k: &str) -> Vec<Value> {
    list.as_array()
        .unwrap_or_else(|| panic!("not a list: {list}"))
        .iter()
        .map(|e| e[k].clone())
        .collect()
}

/// The text field `k` of every element of the JSON list `list`, in order.
pub fn texts(list: &Value, k: &str) -> Vec<String> {
    let text = |v: &Value| v.as_str().map(str::to_string);
    column(list, k)
        .iter()
        .map(|v| text(v).unwrap_or_else(|| panic!("{k} is not text in {list}")))
        .collect()
}

/// Assert that `text` contains `wanted`, showing the whole text when it does not.
#[track_caller]
pub fn assert_says(text: &str, wanted: &str) {
    assert!(text.contains(wanted), "wanted {wanted:?} in:\n{text}");
}

/// A store with a reseller project, a subproject with a limit, a prepaid and a USD account:
/// project `resell` with `resell/acme` (credit limit 10), billing accounts `pre` (prepaid EUR)
/// and `usd` (postpaid USD).
pub fn reseller() -> Sandbox {
    let s = Sandbox::new();
    s.project("resell")
        .subproject_limited("resell/acme", "10")
        .billing("pre", "prepaid", "EUR")
        .billing("usd", "postpaid", "USD");
    s
}

/// Project `resell` on the prepaid EUR account `pre`, topped up with `topup`, and subproject
/// `resell/acme`.
pub fn prepaid_reseller(topup: &str) -> Sandbox {
    let s = Sandbox::new();
    s.billing("pre", "prepaid", "EUR")
        .topup("pre", topup)
        .project_on("resell", "pre")
        .subproject("resell/acme");
    s
}

impl Outcome {
    /// Assert that stderr contains `wanted`, showing the whole outcome when it does not.
    #[track_caller]
    pub fn says(&self, wanted: &str) {
        assert!(self.stderr.contains(wanted), "{}", self.snap());
    }

    /// Assert that stderr starts with `wanted` (an error line), showing the whole outcome when
    /// it does not.
    #[track_caller]
    pub fn says_first(&self, wanted: &str) {
        assert!(self.stderr.starts_with(wanted), "{}", self.snap());
    }
}

/// The harness's runs, given a command line whose words have no spaces (see [`argv`]).
impl Sandbox {
    /// [`Sandbox::ok`] of a command line.
    pub fn ok_line(&self, line: &str) -> String {
        self.ok(&argv(line))
    }

    /// [`Sandbox::json`] of a command line.
    pub fn json_line(&self, line: &str) -> Value {
        self.json(&argv(line))
    }

    /// [`Sandbox::run`] of a command line.
    pub fn run_line(&self, line: &str) -> Outcome {
        self.run(&argv(line))
    }

    /// [`Sandbox::ok`] of each command line in turn.
    pub fn ok_lines(&self, lines: &[&str]) {
        for line in lines {
            self.ok_line(line);
        }
    }

    /// Run a command line with `-o json` as the key whose secret is given and expect success;
    /// returns the document.
    pub fn json_key(&self, secret: &str, line: &str) -> Value {
        let out = self.ok_key(secret, &[&["-o", "json"][..], &argv(line)].concat());
        serde_json::from_str(&out).unwrap_or_else(|e| panic!("stdout is not JSON ({e}):\n{out}"))
    }

    /// [`Sandbox::id`] of a command line.
    pub fn id_line(&self, line: &str) -> String {
        self.id(&argv(line))
    }
}

impl Sandbox {
    /// A store with project `name`.
    pub fn with_project(name: &str) -> Sandbox {
        let s = Sandbox::new();
        s.project(name);
        s
    }

    /// A store with the subproject at `path` (`project/name`) and its project; with a credit
    /// limit when `limit` is given.
    pub fn with_subproject(path: &str, limit: Option<&str>) -> Sandbox {
        let (project, _) = split(path);
        let s = Sandbox::with_project(project);
        match limit {
            Some(limit) => s.subproject_limited(path, limit),
            None => s.subproject(path),
        };
        s
    }

    /// A store with the subprojects at `paths` (`project/name`) and their projects, each
    /// project created before its first subproject.
    pub fn with_tree(paths: &[&str]) -> Sandbox {
        let s = Sandbox::new();
        let mut projects = Vec::new();
        for path in paths {
            let (project, _) = split(path);
            if !projects.contains(&project) {
                s.project(project);
                projects.push(project);
            }
            s.subproject(path);
        }
        s
    }

    /// A store with the prepaid account `billing` in `currency`, topped up with `topup`, and
    /// project `project` billed to it.
    pub fn with_prepaid(billing: &str, currency: &str, topup: &str, project: &str) -> Sandbox {
        let s = Sandbox::new();
        s.billing(billing, "prepaid", currency)
            .project_on(project, billing)
            .topup(billing, topup);
        s
    }

    /// `billing create NAME --kind KIND --currency CURRENCY`.
    pub fn billing(&self, name: &str, kind: &str, currency: &str) -> &Sandbox {
        self.ok(&billing_create(name, kind, currency));
        self
    }

    /// `billing topup NAME AMOUNT`.
    pub fn topup(&self, name: &str, amount: &str) -> &Sandbox {
        self.ok(&["billing", "topup", name, amount]);
        self
    }

    /// `project create NAME`.
    pub fn project(&self, name: &str) -> &Sandbox {
        self.ok(&["project", "create", name]);
        self
    }

    /// `project create NAME --billing BILLING`.
    pub fn project_on(&self, name: &str, billing: &str) -> &Sandbox {
        self.ok(&["project", "create", name, "--billing", billing]);
        self
    }

    /// `subproject create PROJECT NAME` for `path` = `PROJECT/NAME`, with more `flags`.
    pub fn subproject_with(&self, path: &str, flags: &[&str]) -> &Sandbox {
        let (project, name) = split(path);
        let mut args = vec!["subproject", "create", project, name];
        args.extend_from_slice(flags);
        self.ok(&args);
        self
    }

    /// `subproject create PROJECT NAME` for `path` = `PROJECT/NAME`.
    pub fn subproject(&self, path: &str) -> &Sandbox {
        self.subproject_with(path, &[])
    }

    /// `subproject create PROJECT NAME --credit-limit LIMIT`.
    pub fn subproject_limited(&self, path: &str, limit: &str) -> &Sandbox {
        self.subproject_with(path, &["--credit-limit", limit])
    }

    /// `resource add TARGET --kind KIND VALUE`; returns the resource's id.
    pub fn resource(&self, target: &str, kind: &str, value: &str) -> String {
        self.id(&["resource", "add", target, "--kind", kind, value])
    }

    /// `user add EMAIL` and `grant add EMAIL ROLE --project PROJECT`.
    pub fn user_granted(&self, email: &str, role: &str, project: &str) -> &Sandbox {
        self.ok(&["user", "add", email]);
        self.ok(&["grant", "add", email, role, "--project", project]);
        self
    }

    /// Write `text` to the file `name` in the sandbox's directory.
    pub fn write(&self, name: &str, text: impl AsRef<[u8]>) {
        std::fs::write(self.path(name), text).expect("write a sandbox file");
    }

    /// Write `lines` to the file `name`, each ending with a newline (an import file).
    pub fn write_lines<S: AsRef<str>>(&self, name: &str, lines: &[S]) {
        let mut text = String::new();
        for line in lines {
            text.push_str(line.as_ref());
            text.push('\n');
        }
        self.write(name, &text);
    }

    /// Run `args` twice, as a retry does: the second answer is the first one again, marked
    /// `replayed`. Returns the first answer.
    #[track_caller]
    pub fn replayed(&self, args: &[&str]) -> Value {
        let first = self.json(args);
        let again = self.json(args);
        assert_eq!(first["id"], again["id"]);
        assert_eq!(again["replayed"], true);
        first
    }

    /// Each of `commands`, run as the key whose secret is given, is denied (exit 5, audited,
    /// nothing changed; see [`Sandbox::refused_key`]) with a message that names `why`.
    pub fn denied_key(&self, secret: &str, commands: &[&[&str]], why: &str) {
        for args in commands {
            self.refused_key(secret, args, 5).says(why);
        }
    }

    /// Run `args` with the variables `env` added to the environment and expect success;
    /// returns stdout.
    pub fn ok_env(&self, args: &[&str], env: &[(&str, &str)]) -> String {
        let o = self.run_with(args, |c| {
            c.envs(env.iter().copied());
        });
        assert_eq!(o.code, 0, "{}", o.snap());
        o.stdout
    }

    /// Run `args` with `-o json`, whatever the outcome (`json` expects success).
    pub fn run_json(&self, args: &[&str]) -> Outcome {
        self.run(&[&["-o", "json"][..], args].concat())
    }

    /// The balance of the billing account `name`, as text (`billing show`).
    pub fn balance(&self, name: &str) -> String {
        str_of(&self.json(&["billing", "show", name]), "balance").to_string()
    }

    /// Assert that `check` finds nothing wrong.
    #[track_caller]
    pub fn check_passes(&self) {
        let o = self.run(&["check"]);
        assert_eq!(o.code, 0, "{}", o.snap());
    }

    /// Run `check`, expect it to find a problem (exit 7) and that its report names `wanted`.
    #[track_caller]
    pub fn check_finds(&self, wanted: &str) {
        let o = self.run(&["check"]);
        assert_eq!(o.code, 7, "{}", o.snap());
        assert!(o.stdout.contains(wanted), "{}", o.stdout);
    }

    /// Take the store back to its schema before version 4 (no monthly sums, the old index
    /// of charges by time), the rest as it is; `then` runs after (a version to claim).
    pub fn undo_schema_4(&self, then: &str) {
        self.tamper(&format!(
            "DROP TABLE charge_month; DROP INDEX charge_day; \
             CREATE INDEX charge_period ON charge(created_at, billing_account_id, node_id, \
             product, quantity, amount); {then}"
        ));
    }

    /// Change the store around acctl with raw SQL (statements separated by `;`), to break an
    /// invariant on purpose.
    pub fn tamper(&self, sql: &str) {
        self.sql()
            .execute_batch(sql)
            .unwrap_or_else(|e| panic!("{sql}: {e}"));
    }

    /// Let real time pass for key `id` without waiting: its expiry moves to `at` (seconds
    /// since the epoch), as if the real clock had gone past it.
    pub fn expire_key_at(&self, id: &str, at: i64) {
        self.tamper(&format!(
            "UPDATE api_key SET expires_at = {at} WHERE id = '{id}'"
        ));
    }
}

/// `project/name` as its two parts.
fn split(path: &str) -> (&str, &str) {
    path.split_once('/')
        .unwrap_or_else(|| panic!("{path} is not project/name"))
}

/// A small deterministic generator (an LCG): what a test draws from it is the same on every run.
pub struct Lcg(pub u64);

impl Lcg {
    /// The next number below `n`.
    pub fn below(&mut self, n: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % n
    }
}
