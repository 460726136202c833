//! Property tests over every parser that reads outside input: no input panics, and every input
//! is either accepted or refused as invalid input (exit code 2).
//!
//! The default number of cases keeps CI fast; run longer with e.g.
//! `PROPTEST_CASES=100000 cargo test --release --test props`.

use acctl::domain::money::{Amount, Currency};
use acctl::domain::names::{fold, parse_external_id, parse_label, Name};
use proptest::prelude::*;
use std::path::Path;

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
                prop_assert!(!t.contains('/') && !t.chars().any(char::is_control));
                prop_assert_eq!(t, s.trim());
            }
            Err(e) => prop_assert!(refused_as_invalid(&e)),
        }
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
