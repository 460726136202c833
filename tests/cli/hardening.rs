//! R38-R42: the hardening rules. The clock never decides whether a key may act, keys beget
//! only keys below them, stored text is clean and bounded, sums never overflow, and a secrets
//! file is written before the commit.

use crate::common::Sandbox;

/// A time long before the keys of these tests were issued, revoked or ended.
const PAST: &str = "2020-01-01T00:00:00Z";

/// Acme with project prod (subproject acme, credit limit 10).
fn org() -> Sandbox {
    let s = Sandbox::new();
    s.ok(&["project", "create", "prod"]);
    s.ok(&[
        "subproject",
        "create",
        "prod",
        "acme",
        "--credit-limit",
        "10",
    ]);
    s
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
    assert!(o.stderr.contains("was revoked"), "{}", o.snap());
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
    // Issued "in 2020" for a day: by the real clock it expired long ago.
    s.now = PAST.into();
    let short = s.json(&["key", "issue", "prod", "--expires-in", "1d"]);
    let short = short["secret"].as_str().unwrap().to_string();
    let o = s.refused_key(&short, &["project", "show", "prod"], 5);
    assert!(
        o.stderr.contains("expired at 2020-01-02T00:00:00Z"),
        "{}",
        o.snap()
    );
    s.refused_key(&short, &["key", "issue", "prod/acme"], 5);
    // A rotation's grace of 30 days from 2020 has ended by the real clock too.
    let (id, old) = s.issue_key("prod");
    let new = s.json(&["key", "rotate", &id, "--grace", "30d"]);
    let new = new["secret"].as_str().unwrap().to_string();
    let o = s.refused_key(&old, &["project", "show", "prod"], 5);
    assert!(o.stderr.contains("rotated and ended"), "{}", o.snap());
    s.ok_key(&new, &["project", "show", "prod"]);
    // And the list of live keys agrees with enforcement: the expired key is not live.
    let live = s.json(&["key", "list", "prod"]);
    assert_eq!(live.as_array().unwrap().len(), 1, "{live}");
    assert_eq!(live[0]["status"], "active");
}
