//! Property tests over every parser that reads outside input: no input panics, and every input
//! is either accepted or refused as invalid input (exit code 2).
//!
//! The default number of cases keeps CI fast; run longer with e.g.
//! `PROPTEST_CASES=100000 cargo test --release --test props`.

use acctl::domain::money::{Amount, Currency};
use acctl::domain::names::{
    clean_text, escape_for_terminal, fold, is_forbidden, parse_external_id, parse_label, Name,
};
use proptest::prelude::*;
use std::path::Path;
use unicode_normalization::UnicodeNormalization;

fn refused_as_invalid(e: &acctl::error::Error) -> bool {
    e.exit_code() == 2
}

proptest! {
    #[test]
    fn names_are_accepted_or_refused_as_invalid(s in "\\PC{0,300}|[\\x00-\\x1f/ a-zA-Z]{0,10}") {
        match Name::parse(&s, "project") {
            Ok(n) => {
                let t = n.as_str();
                prop_assert!(!t.is_empty() && t.chars().count() <= 255);
                prop_assert!(!t.contains('/') && !t.chars().any(is_forbidden));
                // R40: kept in NFC.
                prop_assert_eq!(t, s.trim().nfc().collect::<String>());
            }
            Err(e) => prop_assert!(refused_as_invalid(&e)),
        }
    }

    #[test]
    fn r40_products_and_descriptions_are_clean_or_refused_as_invalid(
        s in "\\PC{0,80}|[\\x00-\\x1f\u{200b}\u{202a}-\u{202e}\u{2066}-\u{2069} a-z\u{301}]{0,12}",
    ) {
        for (what, max) in [("the product", 1024), ("the description", 4096)] {
            match clean_text(&s, what, max) {
                Ok(t) => {
                    prop_assert!(!t.chars().any(is_forbidden));
                    prop_assert!(t.len() <= max && !t.trim().is_empty());
                    prop_assert_eq!(t.nfc().collect::<String>(), t.clone());
                }
                Err(e) => prop_assert!(refused_as_invalid(&e)),
            }
        }
        // Whatever is printed, nothing that acts on a terminal gets through.
        prop_assert!(!escape_for_terminal(&s, false).chars().any(is_forbidden));
    }

    #[test]
    fn folding_is_idempotent_and_ignores_case(s in "\\PC{0,40}") {
        let f = fold(&s);
        prop_assert_eq!(fold(&f), f.clone());
        prop_assert_eq!(fold(&s.to_uppercase()), fold(&fold(&s.to_uppercase())));
    }

    #[test]
    fn labels_and_external_ids_never_panic(s in "\\PC{0,80}|[a-z=]{0,10}") {
        if let Err(e) = parse_label(&s) { prop_assert!(refused_as_invalid(&e)); }
        if let Err(e) = parse_external_id(&s) { prop_assert!(refused_as_invalid(&e)); }
    }

    #[test]
    fn amounts_are_accepted_or_refused_as_invalid(s in "-?[0-9]{0,22}(\\.[0-9]{0,9})?|\\PC{0,30}") {
        match Amount::parse(&s) {
            Ok(a) => {
                // What parses formats back to the same value.
                let eur = Currency::parse("EUR").unwrap();
                prop_assert_eq!(Amount::parse(&a.format(&eur)).unwrap(), a);
            }
            Err(e) => prop_assert!(refused_as_invalid(&e)),
        }
    }

    #[test]
    fn currencies_are_accepted_or_refused_as_invalid(s in "[A-Za-z]{0,4}|\\PC{0,6}") {
        if let Err(e) = Currency::parse(&s) { prop_assert!(refused_as_invalid(&e)); }
    }

    #[test]
    fn config_files_never_panic(s in "(db|output|currency|x)? ?=? ?\"?\\PC{0,30}\"?\n?\\PC{0,20}") {
        if let Err(e) = acctl::config::parse(&s, Path::new("c.toml")) {
            prop_assert!(refused_as_invalid(&e));
        }
    }

    #[test]
    fn manifests_never_panic(s in manifest_like()) {
        if let Err(e) = acctl::manifest::parse(&s, "m.toml") {
            prop_assert!(refused_as_invalid(&e));
            prop_assert!(e.message.starts_with("m.toml:"), "{}", e.message);
        }
    }
}

/// Text shaped like a manifest: real section and key names, random values and punctuation.
fn manifest_like() -> impl Strategy<Value = String> {
    let line = prop_oneof![
        Just("[account]".to_string()),
        Just("[[project]]".to_string()),
        Just("[[project.subproject]]".to_string()),
        Just("[[project.subproject.subproject]]".to_string()),
        Just("[[billing_account]]".to_string()),
        Just("[[user]]".to_string()),
        "(name|kind|currency|email|role|credit_limit|external_id|billing_account) = \"\\PC{0,12}\"",
        "(labels|grants|resources|keys) = \\PC{0,20}",
        "(suspended|default) = (true|false|1)",
        "\\PC{0,20}",
    ];
    prop::collection::vec(line, 0..12).prop_map(|l| l.join("\n"))
}

// R09: money round-trips through its text in every currency, and sums never lose a unit.
proptest! {
    #[test]
    fn r09_money_parse_format_round_trips_in_every_minor_unit(
        micros in -999_999_999_999_999i64..999_999_999_999_999,
        code in prop::sample::select(vec!["EUR", "JPY", "BHD", "CLF", "USD"]),
    ) {
        let cur = Currency::parse(code).unwrap();
        let a = Amount::from_micros(micros);
        let text = a.format(&cur);
        prop_assert_eq!(Amount::parse(&text).unwrap(), a);
        // At least the currency's minor digits, at most six.
        let decimals = text.split_once('.').map_or(0, |(_, f)| f.len());
        prop_assert!(decimals >= usize::from(cur.minor_units) && decimals <= 6, "{}", text);
    }

    #[test]
    fn r09_sums_never_lose_a_minor_unit(parts in prop::collection::vec(1i64..10_000_000_000, 0..50)) {
        let mut total = Amount::ZERO;
        for p in &parts {
            total = total.checked_add(Amount::from_micros(*p)).unwrap();
        }
        prop_assert_eq!(total.micros(), parts.iter().sum::<i64>());
        // And back down to zero, exactly.
        for p in &parts {
            total = total.checked_sub(Amount::from_micros(*p)).unwrap();
        }
        prop_assert_eq!(total, Amount::ZERO);
    }

    #[test]
    fn r09_overflow_is_an_error_never_a_wrap(a in any::<i64>(), b in any::<i64>()) {
        let sum = Amount::from_micros(a).checked_add(Amount::from_micros(b));
        match a.checked_add(b) {
            Some(s) => prop_assert_eq!(sum.unwrap().micros(), s),
            None => prop_assert!(sum.is_err()),
        }
    }
}

// --- Access, resources, periods: every other parser of outside input ---------------------------

use acctl::domain::access::{new_key_id, new_secret, secret_key_id, Action};
use acctl::domain::clock::{parse_duration, parse_since, Timestamp};
use acctl::domain::model::Role;
use acctl::domain::resources::{parse_number, parse_resource_name, parse_webhook, ResourceKind};
use acctl::domain::usage::Period;
use acctl::domain::users::parse_email;

proptest! {
    #[test]
    fn durations_are_accepted_or_refused_as_invalid(s in "[0-9]{0,25}[smhdw]?|\\PC{0,12}") {
        match parse_duration(&s, "--grace") {
            Ok(secs) => prop_assert!((0..=100 * 365 * 86_400).contains(&secs)),
            Err(e) => prop_assert!(refused_as_invalid(&e)),
        }
        if let Err(e) = parse_since(&s, Timestamp(1_800_000_000)) {
            prop_assert!(refused_as_invalid(&e));
        }
    }

    #[test]
    fn phone_numbers_are_e164_or_refused_as_invalid(s in "\\+?[0-9 ()./-]{0,25}|\\PC{0,20}") {
        match parse_number(&s) {
            Ok(n) => {
                prop_assert!(n.starts_with('+'));
                let digits = &n[1..];
                prop_assert!((2..=15).contains(&digits.len()), "{}", n);
                prop_assert!(digits.bytes().all(|b| b.is_ascii_digit()) && !digits.starts_with('0'));
                // Canonical form is a fixed point.
                prop_assert_eq!(parse_number(&n).ok(), Some(n.clone()));
            }
            Err(e) => prop_assert!(refused_as_invalid(&e)),
        }
    }

    #[test]
    fn webhook_urls_are_accepted_or_refused_as_invalid(
        s in "(https?://)?[a-zA-Z0-9.:@\\[\\]-]{0,30}(/[\\PC]{0,20})?|\\PC{0,40}"
    ) {
        match parse_webhook(&s) {
            Ok(u) => {
                prop_assert!(u.starts_with("http://") || u.starts_with("https://"));
                prop_assert_eq!(parse_webhook(&u).ok(), Some(u.clone()));
            }
            Err(e) => prop_assert!(refused_as_invalid(&e)),
        }
        for kind in [ResourceKind::App, ResourceKind::ServiceApi, ResourceKind::Config] {
            if let Err(e) = parse_resource_name(&s, kind) {
                prop_assert!(refused_as_invalid(&e));
            }
        }
    }

    #[test]
    fn emails_periods_roles_and_actions_never_panic(s in "\\PC{0,40}|[a-z]{0,5}@[a-z.]{0,8}|[0-9]{4}-[0-9]{1,2}") {
        if let Err(e) = parse_email(&s) { prop_assert!(refused_as_invalid(&e)); }
        if let Err(e) = Period::parse(&s) { prop_assert!(refused_as_invalid(&e)); }
        if let Err(e) = Action::parse(&s) { prop_assert!(refused_as_invalid(&e)); }
        let _ = Role::parse(&s);
    }

    #[test]
    fn key_secrets_parse_only_in_their_own_shape(s in "(acctl_sk_)?(ak_)?[0-9a-f_]{0,90}|\\PC{0,40}") {
        if let Some(id) = secret_key_id(&s) {
            prop_assert!(id.starts_with("ak_") && id.len() == 19);
            prop_assert!(s.starts_with("acctl_sk_") && s.contains(id));
        }
    }
}

#[test]
fn r21_every_issued_secret_names_its_key() {
    for _ in 0..100 {
        let id = new_key_id().unwrap();
        let secret = new_secret(&id).unwrap();
        assert_eq!(secret_key_id(&secret), Some(id.as_str()));
    }
}

// --- Usage imports, through the real binary: all or nothing, never a panic ---------------------

mod imports {
    use proptest::prelude::*;
    use std::process::Command;

    struct Store {
        dir: tempfile::TempDir,
    }

    impl Store {
        fn new() -> Store {
            let dir = tempfile::tempdir().unwrap();
            std::fs::write(dir.path().join("none.toml"), "").unwrap();
            let s = Store { dir };
            for args in [
                &["init", "--name", "Acme", "--currency", "EUR"][..],
                &[
                    "subproject",
                    "create",
                    "default",
                    "acme",
                    "--credit-limit",
                    "100",
                ],
            ] {
                assert_eq!(s.run(args).0, 0);
            }
            s
        }
        fn run(&self, args: &[&str]) -> (i32, String) {
            let out = Command::new(assert_cmd::cargo::cargo_bin("acctl"))
                .env_clear()
                .env("ACCTL_DB", self.dir.path().join("s.db"))
                .env("ACCTL_CONFIG", self.dir.path().join("none.toml"))
                .env("ACCTL_NOW", "2026-11-23T09:00:00Z")
                .args(args)
                .output()
                .unwrap();
            (
                out.status.code().unwrap_or(-1),
                String::from_utf8_lossy(&out.stderr).into_owned(),
            )
        }
        fn charges(&self) -> i64 {
            rusqlite::Connection::open(self.dir.path().join("s.db"))
                .unwrap()
                .query_row("SELECT count(*) FROM charge", [], |r| r.get(0))
                .unwrap()
        }
    }

    fn field() -> impl Strategy<Value = String> {
        // Four fixed values (as four choices of seven) or random numbers and text.
        let fixed = ["\"default/acme\"", "\"default\"", "\"nope/x\"", "null"].map(String::from);
        prop_oneof![
            4 => prop::sample::select(fixed.to_vec()),
            1 => "\"-?[0-9]{0,4}(\\.[0-9]{0,8})?\"",
            1 => "[0-9]{1,3}",
            1 => "\\PC{0,8}",
        ]
    }

    fn jsonl_line() -> impl Strategy<Value = String> {
        prop_oneof![
            (field(), field(), field()).prop_map(|(t, a, q)| format!(
                "{{\"target\": {t}, \"amount\": {a}, \"quantity\": {q}}}"
            )),
            (field(), field()).prop_map(|(t, a)| format!("{{\"target\": {t}, \"amount\": {a}}}")),
            "\\PC{0,30}",
        ]
    }

    fn csv_line() -> impl Strategy<Value = String> {
        prop_oneof![
            (
                "(default/acme|default|nope|)",
                "-?[0-9]{0,4}(\\.[0-9]{0,8})?",
                "[a-z]{0,4}"
            )
                .prop_map(|(t, a, p)| format!("{t},{a},{p}")),
            "\\PC{0,30}",
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(
            std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(24)
        ))]

        #[test]
        fn r26_imports_are_all_or_nothing_and_never_panic(
            jsonl in prop::collection::vec(jsonl_line(), 0..6),
            csv in prop::collection::vec(csv_line(), 0..6),
        ) {
            let s = Store::new();
            let files = [
                ("u.jsonl", jsonl.join("\n")),
                ("u.csv", format!("target,amount,product\n{}", csv.join("\n"))),
            ];
            for (name, text) in files {
                let path = s.dir.path().join(name);
                std::fs::write(&path, &text).unwrap();
                let before = s.charges();
                let (code, err) = s.run(&["usage", "import", path.to_str().unwrap()]);
                prop_assert!([0, 2, 3, 4, 5, 6].contains(&code), "exit {} on {:?}: {}", code, text, err);
                if code != 0 {
                    prop_assert_eq!(before, s.charges(), "a refused import wrote charges");
                    prop_assert!(err.starts_with("error: "), "{}", err);
                }
            }
            let (code, err) = s.run(&["check"]);
            prop_assert_eq!(code, 0, "{}", err);
        }
    }
}
