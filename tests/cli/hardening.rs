//! R38-R42: the hardening rules. The clock never decides whether a key may act, keys beget
//! only keys below them, stored text is clean and bounded, sums never overflow, and a secrets
//! file is written before the commit.

use crate::common::Sandbox;
use crate::fixtures::{access_check, argv, charge_line};

/// A time long before the keys of these tests were issued, revoked or ended.
const PAST: &str = "2020-01-01T00:00:00Z";

/// Acme with project prod (subproject acme, credit limit 10).
fn org() -> Sandbox {
    Sandbox::with_subproject("prod/acme", Some("10"))
}

/// `usage record prod 1 FLAG VALUE`: a charge of 1 on prod with a product or description.
fn record_on_prod<'a>(flag: &'a str, value: &'a str) -> [&'a str; 6] {
    ["usage", "record", "prod", "1", flag, value]
}

// --- R38: the clock ---------------------------------------------------------------------------

#[test]
fn r38_a_revoked_key_is_refused_whatever_acctl_now_says() {
    let mut s = org();
    let (id, secret) = s.issue_key("prod");
    s.ok(&["key", "revoke", &id]);
    // A clock set before the revocation does not bring the key back.
    s.now = PAST.into();
    let o = s.refused_key(&secret, &["project", "show", "prod"], 5);
    o.says("was revoked");
    s.refused_key(&secret, &["key", "issue", "prod/acme"], 5);
    s.refused_key(
        &secret,
        &["subproject", "set-limit", "prod/acme", "none"],
        5,
    );
}

#[test]
fn r38_expiry_and_grace_are_judged_by_the_real_clock() {
    let mut s = org();
    // A key whose expiry has passed by the real clock is refused, and not live.
    let (short_id, short) = s.issue_key_with("prod", &["--expires-in", "1d"]);
    s.ok_key(&short, &["project", "show", "prod"]);
    s.expire_key_at(&short_id, 1_577_923_200);
    let o = s.refused_key(&short, &["project", "show", "prod"], 5);
    o.says("expired at 2020-01-02T00:00:00Z");
    s.refused_key(&short, &["key", "issue", "prod/acme"], 5);
    // A clock set back does not revive it.
    s.now = PAST.into();
    s.refused_key(&short, &["project", "show", "prod"], 5);
    // And the list of live keys agrees with enforcement: the expired key is not live.
    let (_, live_secret) = s.issue_key("prod");
    s.ok_key(&live_secret, &["project", "show", "prod"]);
    let live = s.json(&["key", "list", "prod"]);
    assert_eq!(live.as_array().unwrap().len(), 1, "{live}");
    assert_eq!(live[0]["status"], "active");
}

/// Seconds since the epoch, now, by the system clock.
fn real_now() -> i64 {
    let d = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .unwrap();
    i64::try_from(d.as_secs()).unwrap()
}

#[test]
fn r38_acctl_now_can_neither_stretch_nor_shorten_a_keys_life() {
    let mut s = org();
    for now in [PAST, "2099-01-01T00:00:00Z"] {
        s.now = now.into();
        // An expiry is counted from the real time: a day from now, whatever ACCTL_NOW says, so
        // a key issued "in 2020" works today and one issued "in 2099" lasts only a day.
        let before = real_now();
        let key = s.json(&["key", "issue", "prod", "--expires-in", "1d"]);
        let after = real_now();
        let at = chrono::DateTime::parse_from_rfc3339(key["expires_at"].as_str().unwrap())
            .unwrap()
            .timestamp();
        assert!(
            (before + 86_400..=after + 86_400).contains(&at),
            "ACCTL_NOW={now}: {key}"
        );
        s.ok_key(
            key["secret"].as_str().unwrap(),
            &["project", "show", "prod"],
        );
        // A rotation without grace ends the old secret at once by the real clock, even when
        // ACCTL_NOW is far ahead; a grace is counted from the real time too.
        let (id, old) = s.issue_key("prod");
        let new = s.json(&["key", "rotate", &id]);
        let new = new["secret"].as_str().unwrap().to_string();
        let o = s.refused_key(&old, &["project", "show", "prod"], 5);
        o.says("rotated and ended");
        let newest = s.json(&["key", "rotate", &id, "--grace", "30d"]);
        s.ok_key(&new, &["project", "show", "prod"]);
        s.ok_key(
            newest["secret"].as_str().unwrap(),
            &["project", "show", "prod"],
        );
    }
}

// --- R39: keys beget only keys below them -----------------------------------------------------

#[test]
fn r39_an_empty_or_blank_acctl_key_is_a_malformed_key_never_the_operator() {
    let s = org();
    for blank in ["", "   ", "\t\n"] {
        let o = s.refused_key(blank, &["project", "create", "evil"], 5);
        o.says("is empty");
        s.refused_key(blank, &["project", "list"], 5);
    }
}

#[test]
fn r39_an_empty_or_blank_key_file_is_a_malformed_key() {
    let s = org();
    for (name, text) in [("empty.secret", ""), ("blank.secret", " \n\n")] {
        s.write(name, text);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::Permissions::from_mode(0o600);
            std::fs::set_permissions(s.path(name), mode).unwrap();
        }
        let entries = s.audit_count();
        let o = s.run(&["--key-file", name, "project", "create", "evil"]);
        assert_eq!(o.code, 5, "{}", o.snap());
        assert!(o.stdout.is_empty(), "{}", o.snap());
        o.says_first("error: ");
        assert_eq!(s.audit_count(), entries + 1, "the refusal is audited");
        let list = s.json(&["project", "list"]);
        assert!(list.as_array().unwrap().iter().all(|p| p["name"] != "evil"));
    }
}

#[test]
fn r39_a_project_key_manages_only_its_subprojects_keys() {
    let s = org();
    let (pid, project) = s.issue_key("prod");
    let (other, _) = s.issue_key("prod");
    // Never a key of its own tier: no replacement that would survive its own revocation.
    s.denied_key(
        &project,
        &[
            &["key", "issue", "prod"][..],
            &["key", "rotate", &pid],
            &["key", "revoke", &other],
            &["key", "rotate", &other],
            &["key", "revoke", &pid],
        ],
        "tier below",
    );
    // Its subprojects' keys it does manage.
    let k = s.run_key(&project, &["-o", "json", "key", "issue", "prod/acme"]);
    assert_eq!(k.code, 0, "{}", k.snap());
    let sid = k.json()["id"].as_str().unwrap().to_string();
    let sub = k.json()["secret"].as_str().unwrap().to_string();
    s.ok_key(&project, &["key", "rotate", &sid, "--grace", "1d"]);
    // A subproject key manages no keys, not even on its own subproject.
    let (_, sub2) = s.issue_key("prod/acme");
    for args in [&["key", "issue", "prod/acme"][..], &["key", "revoke", &sid]] {
        s.refused_key(&sub2, args, 5);
    }
    s.ok_key(&project, &["key", "revoke", &sid]);
    s.refused_key(&sub, &["project", "show", "prod"], 5);
    // The explanation agrees with the enforcement.
    let o = s.run(&access_check(&pid, "prod", "key.manage"));
    assert_eq!(o.code, 5, "{}", o.snap());
    let o = s.run(&access_check(&pid, "prod/acme", "key.manage"));
    assert_eq!(o.code, 0, "{}", o.snap());
}

// --- R41: sums never overflow -----------------------------------------------------------------

#[test]
fn r41_a_single_amount_is_capped_and_sums_at_the_cap_still_invoice() {
    let s = org();
    s.subproject("prod/big1");
    s.subproject("prod/big2");
    // Above the documented maximum: refused as invalid input, with the maximum named.
    let o = s.refused(&["usage", "record", "prod/big1", "1000000000.000001"], 2);
    o.says("1000000000");
    s.refused(&["usage", "record", "prod/big1", "9000000000000"], 2);
    s.refused(&["billing", "topup", "default", "9000000000000"], 2);
    // At the maximum, enough charges that their sum passes what an i64 of micro-units holds
    // (9,223,372 million), split so that each subproject's running total still fits.
    let n = 9_300;
    let mut lines = String::new();
    for i in 0..n {
        let target = if i % 2 == 0 { "prod/big1" } else { "prod/big2" };
        lines.push_str(&format!(
            "{{\"target\":\"{target}\",\"amount\":\"1000000000\",\"quantity\":\"1\"}}\n"
        ));
    }
    s.write("big.jsonl", lines);
    s.ok(&["usage", "import", "big.jsonl"]);
    let inv = s.json(&["invoice", "default", "--period", "2026-11"]);
    assert_eq!(inv["total"], "9300000000000.00", "{inv}");
    let report = s.json(&["usage", "report", "--period", "2026-11", "--by", "project"]);
    let prod = report
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["amount"] == "9300000000000.00");
    assert!(prod.is_some(), "{report}");
    let o = s.run(&["invoice", "default", "--period", "2026-11"]);
    assert_eq!(o.code, 0, "{}", o.snap());
    assert!(o.stdout.contains("9300000000000.00"), "{}", o.snap());
}

#[test]
fn r41_a_charge_that_would_pass_the_largest_kept_total_is_refused_as_a_conflict() {
    let s = org();
    s.subproject("prod/big");
    // 9,223 charges of the largest amount: the subproject's total spent is within one of them
    // of the largest amount a kept total holds (9,223,372,036,854.775807).
    let lines: String = (0..9_223)
        .map(|_| "{\"target\":\"prod/big\",\"amount\":\"1000000000\"}\n")
        .collect();
    s.write("big.jsonl", lines);
    s.ok(&["usage", "import", "big.jsonl"]);
    // One more is a refusal of the model (exit 4, not a failure), and changes nothing.
    let o = s.refused(&["usage", "record", "prod/big", "1000000000"], 4);
    o.says(
        "error: the total would pass 9223372036854.775807, the largest amount acctl keeps \
         exactly (R41)",
    );
    // In an import, the line that would pass it is refused by its number; nothing is imported.
    s.write(
        "more.jsonl",
        "{\"target\":\"prod/big\",\"amount\":\"1\"}\n\
         {\"target\":\"prod/big\",\"amount\":\"1000000000\"}\n",
    );
    let o = s.refused(&["usage", "import", "more.jsonl"], 4);
    o.says("line 2: the total would pass 9223372036854.775807");
    s.check_passes();
}

#[test]
fn r41_check_passes_when_a_postpaid_account_has_billed_past_64_bits() {
    let s = org();
    s.subproject("prod/big1");
    s.subproject("prod/big2");
    // 9,300 of the largest charges on one postpaid account: past what 64 bits of
    // micro-units hold, each subproject's total still within it.
    let lines: String = (0..9_300)
        .map(|i| {
            let target = if i % 2 == 0 { "prod/big1" } else { "prod/big2" };
            format!("{{\"target\":\"{target}\",\"amount\":\"1000000000\"}}\n")
        })
        .collect();
    s.write("big.jsonl", lines);
    s.ok(&["usage", "import", "big.jsonl"]);
    s.check_passes();
    let o = s.run(&["check", "--repair"]);
    assert_eq!(o.code, 0, "{}", o.snap());
}

#[test]
fn r41_check_and_repair_weigh_prepaid_records_that_add_up_past_64_bits() {
    let s = Sandbox::new();
    s.billing("a", "prepaid", "EUR")
        .billing("b", "prepaid", "EUR");
    s.topup("a", "5");
    s.check_passes();
    // 9,300 transfers of the largest amount each way between the two (written by hand:
    // thousands of commands otherwise): each side's transfers in and out pass 64 bits of
    // micro-units, and the balances are what they were.
    s.tamper(
        "WITH RECURSIVE c(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM c WHERE n < 9300) \
         INSERT INTO transfer (id, from_billing_account_id, to_billing_account_id, amount, created_at) \
         SELECT 'ab' || n, a.id, b.id, 1000000000000000, 0 FROM c, billing_account a, billing_account b \
         WHERE a.name = 'a' AND b.name = 'b' \
         UNION ALL \
         SELECT 'ba' || n, b.id, a.id, 1000000000000000, 0 FROM c, billing_account a, billing_account b \
         WHERE a.name = 'a' AND b.name = 'b'",
    );
    s.check_passes();
    // A balance off by one micro-unit is still found, named with the 128-bit sums, and mended.
    s.tamper("UPDATE billing_account SET balance = balance + 1 WHERE name = 'a'");
    s.check_finds(
        "billing account \"a\": balance is 5.000001 EUR but top-ups 5.00 EUR minus charges 0.00 EUR \
         plus transfers in 9300000000000.00 EUR minus transfers out 9300000000000.00 EUR is 5.00 EUR",
    );
    let o = s.run(&["check", "--repair"]);
    assert_eq!(o.code, 0, "{}", o.snap());
    assert_eq!(s.balance("a"), "5.00");
}

#[test]
fn r41_a_top_up_transfer_or_refund_that_would_pass_the_largest_balance_is_refused() {
    let s = crate::fixtures::prepaid_reseller("100");
    s.billing("spare", "prepaid", "EUR");
    let charge = s.id(&["usage", "record", "resell/acme", "2"]);
    // Balances a step below the largest kept (set by hand: thousands of top-ups otherwise).
    s.tamper("UPDATE billing_account SET balance = 9223372036854775000 WHERE kind = 'prepaid'");
    for args in [
        &["billing", "topup", "pre", "1"][..],
        &["billing", "transfer", "spare", "pre", "1"],
        &["usage", "reverse", &charge, "--reason", "refund"],
    ] {
        let o = s.refused(args, 4);
        o.says("error: the total would pass 9223372036854.775807");
    }
}

// --- R40: text that comes back out ------------------------------------------------------------

#[test]
fn r40_names_are_one_in_nfc_and_invisible_names_are_refused() {
    let s = org();
    let nfc = "caf\u{e9}";
    let nfd = "cafe\u{301}";
    let p = s.json(&["project", "create", nfd]);
    assert_eq!(p["name"], nfc, "stored in NFC");
    let o = s.refused(&["project", "create", nfc], 4);
    o.says("already");
    s.refused(&["project", "create", "CAF\u{c9}"], 4);
    assert_eq!(s.json(&["project", "show", nfd])["name"], nfc);
    // Nothing visible, or something that acts on the terminal: refused as invalid input.
    for bad in [
        "\u{200B}",
        " \u{200B}\u{FEFF} ",
        "evil\u{202E}gnp.exe",
        "a\u{1b}[31mred",
        "\u{2066}x",
    ] {
        s.refused(&["project", "create", bad], 2);
        s.refused(&["subproject", "create", "prod", bad], 2);
        s.refused(
            &["project", "update", "prod", "--label", &format!("k={bad}")],
            2,
        );
    }
}

#[test]
fn r40_products_and_descriptions_refuse_escapes_and_bidi() {
    let s = org();
    let o = s.refused(&record_on_prod("--product", "sms\u{1b}[31m"), 2);
    // The error line itself carries no escape character.
    assert!(!o.stderr.contains('\u{1b}'), "{}", o.snap());
    for (flag, bad) in [
        ("--product", "\u{200B}"),
        ("--description", "a\u{202E}b"),
        ("--description", "line\nforged"),
    ] {
        s.refused(&record_on_prod(flag, bad), 2);
    }
    // The same through an import.
    s.write(
        "esc.jsonl",
        "{\"target\":\"prod\",\"amount\":\"1\",\"product\":\"x\\u001b[2J\"}\n",
    );
    s.refused(&["usage", "import", "esc.jsonl"], 2);
    // A product in NFD is kept in NFC, so it reports as one product.
    s.ok(&record_on_prod("--product", "cafe\u{301}"));
    s.ok(&record_on_prod("--product", "caf\u{e9}"));
    let report = s.json(&["usage", "report", "--by", "product"]);
    assert_eq!(report.as_array().unwrap().len(), 1, "{report}");
}

#[test]
fn r40_an_import_file_name_cannot_forge_an_audit_line() {
    let s = org();
    let name = "x.jsonl\n2026-11-23T09:00:00Z operator project.delete prod ok";
    s.write(name, "{\"target\":\"prod\",\"amount\":\"1\"}\n");
    let o = s.refused(&["usage", "import", name], 2);
    assert!(!o.stderr.contains("\noperator"), "{}", o.snap());
    assert_eq!(
        o.stderr
            .lines()
            .filter(|l| l.starts_with("error: "))
            .count(),
        1
    );
    let bidi = "\u{202E}lnosj.x";
    s.write(bidi, "{\"target\":\"prod\",\"amount\":\"1\"}\n");
    s.refused(&["usage", "import", bidi], 2);
}

// --- R40: bounds on what is read --------------------------------------------------------------

/// Run with a time limit: a bound that does not hold would read /dev/zero for ever.
fn bounded(s: &Sandbox, args: &[&str]) -> crate::common::Outcome {
    let before = s.fingerprint();
    let o = s.run_with(args, |c| {
        c.timeout(std::time::Duration::from_secs(30));
    });
    assert_eq!(o.code, 2, "acctl {args:?}:\n{}", o.snap());
    assert!(o.stdout.is_empty(), "{}", o.snap());
    assert_eq!(before, s.fingerprint(), "acctl {args:?} changed the store");
    o
}

#[test]
fn r40_a_key_file_is_read_up_to_a_few_kib() {
    let s = org();
    let o = bounded(&s, &["--key-file", "/dev/zero", "project", "list"]);
    o.says("too large");
    let o = s.run_with(&["--key-file", "-", "project", "list"], |c| {
        c.write_stdin(vec![b'a'; 10_000]);
    });
    assert_eq!(o.code, 2, "{}", o.snap());
}

#[test]
fn r40_import_lines_and_manifests_are_bounded() {
    let s = org();
    for format in ["jsonl", "csv"] {
        let o = bounded(&s, &["usage", "import", "/dev/zero", "--format", format]);
        o.says_first("error: ");
        o.says("longer than");
    }
    bounded(&s, &["usage", "import", "/dev/zero"]);
    let o = bounded(&s, &["apply", "-f", "/dev/zero"]);
    o.says("longer than");
    // A line just past the bound, from a real file.
    let long = format!(
        "{{\"target\":\"prod\",\"amount\":\"1\",\"description\":\"{}\"}}\n",
        "d".repeat(70_000)
    );
    s.write("long.jsonl", long);
    bounded(&s, &["usage", "import", "long.jsonl"]);
    // In CSV the long line is named, not the header (the reader reads ahead of line 1).
    s.write(
        "long.csv",
        format!(
            "target,amount,description\nprod,1,x\nprod,1,{}\n",
            "d".repeat(70_000)
        ),
    );
    let o = bounded(&s, &["usage", "import", "long.csv"]);
    insta::assert_snapshot!(o.snap(), @r"
    exit: 2
    --- stderr
    error: the import is refused: line 3 is longer than 65536 bytes
    hint: a line of an import is at most 64 KiB
    ");
}

#[test]
fn r40_products_and_descriptions_are_bounded() {
    let s = org();
    let product = "p".repeat(1025);
    s.refused(&record_on_prod("--product", &product), 2);
    s.ok(&record_on_prod("--product", &product[..1024]));
    let description = "d".repeat(4097);
    s.refused(&record_on_prod("--description", &description), 2);
}

// --- R42: a secrets file is written before the commit -----------------------------------------

#[test]
fn r42_a_secret_file_that_cannot_be_written_leaves_the_store_as_it_was() {
    let s = org();
    let (kid, _) = s.issue_key("prod");
    for path in ["no-such-dir/k.secret", "/proc/acctl-cannot-write/k.secret"] {
        let o = s.refused(&["key", "issue", "prod", "--secret-out", path], 1);
        o.says("nothing was changed");
        s.refused(&["key", "rotate", &kid, "--secret-out", path], 1);
    }
    assert_eq!(
        s.json(&["key", "list", "prod"]).as_array().unwrap().len(),
        1
    );
    // A manifest that issues keys, with a secrets file that cannot be written.
    s.write(
        "k.toml",
        "[account]\nname = \"Acme\"\n\n[[project]]\nname = \"prod\"\nkeys = [{ name = \"ci\" }]\n",
    );
    let plan = s.run(&["apply", "-f", "k.toml", "--dry-run"]);
    assert_eq!(plan.code, 0, "{}", plan.snap());
    s.refused(&argv("apply -f k.toml --secrets-out no-such-dir/s.tsv"), 1);
    // Written, it holds the secret and the key exists.
    s.ok(&["apply", "-f", "k.toml", "--secrets-out", "s.tsv"]);
    assert!(std::fs::read_to_string(s.path("s.tsv"))
        .unwrap()
        .contains("acctl_sk_"));
}

// --- Also fixed -------------------------------------------------------------------------------

#[test]
fn r10_a_replay_with_another_currency_is_refused() {
    let s = org();
    s.ok(&["usage", "record", "prod", "1", "--idempotency-key", "k1"]);
    let o = s.refused(
        &argv("usage record prod 1 --idempotency-key k1 --currency USD"),
        4,
    );
    o.says("EUR");
    // The same currency named is a plain retry.
    let args = ["usage", "record", "prod", "1", "--idempotency-key", "k1"];
    s.ok(&[&args[..], &["--currency", "EUR"]].concat());
    let in_usd = [("idempotency_key", "k1"), ("currency", "USD")];
    s.write_lines("r.jsonl", &[charge_line("prod", "1", &in_usd)]);
    s.refused(&["usage", "import", "r.jsonl"], 4);
}

#[test]
fn r10_imports_refuse_a_duplicated_csv_column_and_accept_a_jsonl_bom() {
    let s = org();
    s.write("d.csv", "target,amount,amount\nprod,1,2\n");
    let o = s.refused(&["usage", "import", "d.csv"], 2);
    o.says("twice");
    s.write(
        "bom.jsonl",
        "\u{feff}{\"target\":\"prod\",\"amount\":\"2\"}\n",
    );
    s.ok(&["usage", "import", "bom.jsonl"]);
    assert_eq!(
        s.json(&["usage", "list", "prod"]).as_array().unwrap().len(),
        1
    );
}

#[test]
fn r42_export_refuses_an_existing_path_and_never_follows_a_symlink() {
    let s = org();
    s.write("victim", "precious");
    #[cfg(unix)]
    std::os::unix::fs::symlink(s.path("victim"), s.path("planted.toml")).unwrap();
    #[cfg(unix)]
    {
        s.refused(&["export", "--file", "planted.toml"], 2);
        s.ok(&["export", "--file", "planted.toml", "--force"]);
        assert_eq!(
            std::fs::read_to_string(s.path("victim")).unwrap(),
            "precious"
        );
        let link = std::fs::symlink_metadata(s.path("planted.toml")).unwrap();
        assert!(link.file_type().is_file(), "the symlink was replaced");
    }
    s.ok(&["export", "--file", "out.toml"]);
    s.refused(&["export", "--file", "out.toml"], 2);
    let leftovers: Vec<_> = std::fs::read_dir(s.dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty());
}

#[test]
fn r22_a_secret_given_as_a_key_id_is_never_echoed() {
    let s = org();
    let (id, secret) = s.issue_key("prod");
    for args in [
        &["key", "show", secret.as_str()][..],
        &["key", "revoke", &secret],
        &["access", "check", "--key", &secret, "--on", "prod"],
    ] {
        let o = s.refused(args, 2);
        assert!(!o.stderr.contains(&secret), "{}", o.snap());
        o.says(&id);
    }
}
