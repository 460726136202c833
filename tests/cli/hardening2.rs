//! The rest of the hostile review (issue 16, "Also fix"): small messages, canonical webhook
//! hosts, expiries RFC 3339 can write, `--as` with a key, and refusals that do not tell what
//! exists in a tree the principal does not reach.

use crate::common::Sandbox;
use crate::fixtures::argv;

/// Two trees: p1 (with p1/a) and p2 (with p2/b, and p2/gone deleted), a resource and a key on
/// p2. Returns the sandbox, the deleted subproject's id, the resource's id and p2's key id.
fn two_trees() -> (Sandbox, String, String, String) {
    let s = Sandbox::with_project("p1");
    s.project("p2");
    s.subproject("p1/a");
    s.subproject("p2/b");
    let gone = s.id(&["subproject", "create", "p2", "gone"]);
    s.ok(&["subproject", "delete", "p2/gone"]);
    let res = s.id(&["resource", "add", "p2", "--kind", "app", "secret-app"]);
    let (key, _) = s.issue_key("p2");
    (s, gone, res, key)
}

#[test]
fn r06_webhooks_differing_by_default_port_trailing_dot_or_punycode_are_one_resource() {
    let s = Sandbox::with_project("web");
    s.project("other");
    for (first, second) in [
        ("https://h.example:443/x", "https://h.example/x"),
        ("http://h.example/z", "http://H.Example.:80/z"),
        ("https://café.example/y", "https://xn--caf-dma.example/y"),
        (
            "https://xn--bcher-kva.example.:0443/",
            "https://BÜCHER.example/",
        ),
    ] {
        s.ok(&["resource", "add", "web", "--kind", "webhook", first]);
        for target in ["web", "other"] {
            let o = s.refused(&["resource", "add", target, "--kind", "webhook", second], 4);
            o.says("already sits");
        }
    }
    let list = s.json(&["resource", "list", "--kind", "webhook"]);
    let mut values: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["value"].as_str().unwrap())
        .collect();
    values.sort();
    assert_eq!(
        values,
        [
            "http://h.example/z",
            "https://h.example/x",
            "https://xn--bcher-kva.example/",
            "https://xn--caf-dma.example/y",
        ]
    );
    // Any spelling names the one resource; a port that is not the default stays.
    s.ok(&["resource", "remove", "https://CAFÉ.example.:443/y"]);
    s.resource("web", "webhook", "https://h.example:8443/x");
    s.refused(
        &argv("resource add web --kind webhook https://bad_host-.example/"),
        2,
    );
    s.ok(&["check"]);
}

#[test]
fn r05_small_messages_say_what_is_wrong_once() {
    let s = Sandbox::with_project("web");
    // A manifest ending in `name = `: a message with line and column, never an empty one.
    s.write("m.toml", "[[project]]\nname = ");
    let o = s.refused(&["apply", "-f", "m.toml"], 2);
    o.says("m.toml:2:8: a value is missing after '='");
    // A user's blank name is "user name", not "user name name".
    let o = s.refused(&["user", "add", "ann@example.com", "--name", " "], 2);
    o.says("error: user name is empty");
    assert!(!o.stderr.contains("name name"), "{}", o.snap());
    // A value already where it is asked to go: "already" once.
    s.ok(&["resource", "add", "web", "--kind", "app", "sms"]);
    let o = s.refused(&["resource", "add", "web", "--kind", "app", "sms"], 4);
    assert_eq!(o.stderr.matches("already").count(), 1, "{}", o.snap());
    // A bad quantity in an import is a quantity problem, not an amount one.
    for bad in ["1.5", "-1", "true", "\"x\"", "{}"] {
        s.write(
            "q.jsonl",
            format!("{{\"target\": \"web\", \"amount\": \"1.00\", \"quantity\": {bad}}}\n"),
        );
        let o = s.refused(&["usage", "import", "q.jsonl"], 2);
        assert!(
            o.stderr.contains("is not a quantity"),
            "{bad}: {}",
            o.snap()
        );
        assert!(!o.stderr.contains("amount"), "{bad}: {}", o.snap());
    }
    let o = s.refused(&["usage", "record", "web", "1", "--quantity", "1.5"], 2);
    o.says("is not a quantity");
}

#[test]
fn r38_a_clock_set_far_ahead_neither_refuses_nor_stretches_an_expiry_or_grace() {
    let s = Sandbox::with_project("web");
    let (key, _) = s.issue_key("web");
    let late = |c: &mut assert_cmd::Command| {
        c.env("ACCTL_NOW", "9950-01-01T00:00:00Z");
    };
    // Counted from the real time, a century from "9950" is a century from today: fine.
    let o = s.run_with(&argv("-o json key issue web --expires-in 36500d"), late);
    assert_eq!(o.code, 0, "{}", o.snap());
    let expires = o.json()["expires_at"]
        .as_str()
        .unwrap_or_default()
        .to_string();
    assert!(
        expires.starts_with("21") && expires.ends_with('Z') && expires.len() == 20,
        "{}",
        o.snap()
    );
    let o = s.run_with(&["key", "rotate", &key, "--grace", "36500d"], late);
    assert_eq!(o.code, 0, "{}", o.snap());
    // Past a century is refused, with a hint, and changes nothing.
    for args in [
        &["key", "issue", "web", "--expires-in", "36501d"][..],
        &["key", "rotate", &key, "--grace", "36501d"],
    ] {
        let o = s.refused(args, 2);
        o.says("is too long");
        o.says("hint: at most 100 years");
    }
}

#[test]
fn r17_as_combined_with_an_api_key_is_denied() {
    let s = Sandbox::with_project("web");
    s.ok(&["user", "add", "ann@example.com"]);
    let (_, secret) = s.issue_key("web");
    s.write("key", &secret);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(s.path("key"), std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    let key_file = s.path("key").display().to_string();
    let before = s.fingerprint();
    let o = s.run_with(
        &["--as", "ann@example.com", "project", "create", "x"],
        |c| {
            c.env("ACCTL_KEY", &secret);
        },
    );
    assert_eq!(o.code, 5, "{}", o.snap());
    o.says("may not act as a user");
    let o = s.run(&[
        "--as",
        "ann@example.com",
        "--key-file",
        &key_file,
        "project",
        "create",
        "x",
    ]);
    assert_eq!(o.code, 5, "{}", o.snap());
    assert_eq!(before, s.fingerprint());
}

#[test]
fn r24_apply_naming_a_project_out_of_sight_is_refused_as_for_a_name_no_project_has() {
    let (s, ..) = two_trees();
    s.user_granted("dev@example.com", "admin", "p1");
    let (_, p1_key) = s.issue_key("p1");
    s.write("hidden.toml", "[[project]]\nname = \"p2\"\n");
    s.write("unknown.toml", "[[project]]\nname = \"p3\"\n");
    for dry in [&[][..], &["--dry-run"][..]] {
        let run = |file: &str| {
            let mut args = vec!["--as", "dev@example.com", "apply", "-f", file];
            args.extend_from_slice(dry);
            s.refused(&args, 5).stderr.replace(file, "[file]")
        };
        assert_eq!(run("hidden.toml"), run("unknown.toml"));
        let run_key = |file: &str| {
            let mut args = vec!["apply", "-f", file];
            args.extend_from_slice(dry);
            s.refused_key(&p1_key, &args, 5)
                .stderr
                .replace(file, "[file]")
        };
        let hidden = run_key("hidden.toml");
        assert_eq!(hidden, run_key("unknown.toml"));
        assert!(!hidden.contains("p2"), "{hidden}");
    }
}

#[test]
fn r24_a_subproject_key_applying_its_project_learns_nothing_of_siblings() {
    let (s, ..) = two_trees();
    s.subproject("p1/sibling");
    let (_, key) = s.issue_key("p1/a");
    let run = |sub: &str| {
        s.write(
            "sib.toml",
            format!("[[project]]\nname = \"p1\"\n\n[[project.subproject]]\nname = \"{sub}\"\n"),
        );
        let o = s.refused_key(&key, &["apply", "-f", "sib.toml"], 5);
        o.stderr.replace(sub, "[S]")
    };
    // A sibling that exists and one that does not are refused alike.
    assert_eq!(run("sibling"), run("nosuch"));
}

#[test]
fn r24_apply_and_access_check_say_nothing_of_what_sits_in_a_project_out_of_sight() {
    let (s, _, _, p2_key) = two_trees();
    s.user_granted("dev@example.com", "admin", "p1");
    // A resource held in p2: refused as `resource add` refuses it, without where it sits.
    s.write(
        "res.toml",
        "[[project]]\nname = \"p1\"\nresources = [{ kind = \"app\", value = \"secret-app\" }]\n",
    );
    let o = s.refused(&["--as", "dev@example.com", "apply", "-f", "res.toml"], 4);
    let added = s.refused(
        &[
            "--as",
            "dev@example.com",
            "resource",
            "add",
            "p1",
            "--kind",
            "app",
            "secret-app",
        ],
        4,
    );
    assert_eq!(
        o.stderr.replace("res.toml:3:14: ", ""),
        added.stderr,
        "{}",
        o.snap()
    );
    assert!(!o.stderr.contains("p2"), "{}", o.snap());
    // A grant on p2 to a user who holds it already, against one on a project that does not
    // exist: both not found.
    s.user_granted("victim@example.com", "viewer", "p2");
    let grant = |project: &str| {
        s.write(
            "grant.toml",
            format!(
                "[[user]]\nemail = \"victim@example.com\"\n\n[[user.grants]]\nrole = \"viewer\"\n\
                 project = \"{project}\"\n"
            ),
        );
        let o = s.refused(&["--as", "dev@example.com", "apply", "-f", "grant.toml"], 3);
        o.stderr.replace(project, "[P]")
    };
    assert_eq!(grant("p2"), grant("p3"));
    // Explaining a key of p2 to p1's admin: not found, as an unknown key.
    let explain = |key: &str| {
        let o = s.refused(
            &[
                "--as",
                "dev@example.com",
                "access",
                "check",
                "--key",
                key,
                "--on",
                "p1",
            ],
            3,
        );
        o.stderr.replace(key, "[K]")
    };
    assert_eq!(explain(&p2_key), explain("ak_0000000000000000"));
}

#[test]
fn r24_another_trees_resource_key_and_deleted_subproject_are_not_found_as_unknown_ones_are() {
    let (s, gone, res, key) = two_trees();
    let (_, p1_key) = s.issue_key("p1");
    let unknown_uuid = "00000000-0000-4000-8000-000000000000";
    let unknown_key = "ak_0000000000000000";
    // Each command, naming the hidden thing and then an unknown one named the same way.
    let pairs = [
        ("resource remove {}", res.as_str(), unknown_uuid),
        ("resource remove {}", "secret-app", "no-such-app"),
        ("key show {}", key.as_str(), unknown_key),
        ("key revoke {}", key.as_str(), unknown_key),
        ("subproject restore {}", gone.as_str(), unknown_uuid),
        ("subproject show {}", gone.as_str(), unknown_uuid),
        ("usage record {}/b 1", "p2", "p3"),
        ("access who {}", "p2", "p3"),
        ("access check --user dev@example.com --on {}", "p2", "p3"),
    ];
    s.user_granted("dev@example.com", "developer", "p1");
    for (command, hidden_name, unknown_name) in pairs {
        let (hidden, unknown) = (
            command.replace("{}", hidden_name),
            command.replace("{}", unknown_name),
        );
        let (hidden, unknown) = (argv(&hidden), argv(&unknown));
        // A key of p1: "not found" both ways, the hidden attempt audited as refused.
        let h = s.refused_key_unseen(&p1_key, &hidden);
        let u = s.refused_key(&p1_key, &unknown, 3);
        assert_eq!(
            h.stderr.replace(hidden_name, "[X]"),
            u.stderr.replace(unknown_name, "[X]"),
            "{hidden:?}"
        );
        assert!(
            !h.stderr.contains("p2/") && !h.stderr.contains("on p2"),
            "{}",
            h.snap()
        );
        // A user reaching p1 only: the same.
        let mut as_user = vec!["--as", "dev@example.com"];
        as_user.extend_from_slice(&hidden);
        let h = s.refused(&as_user, 3);
        let mut as_user = vec!["--as", "dev@example.com"];
        as_user.extend_from_slice(&unknown);
        let u = s.refused(&as_user, 3);
        assert_eq!(
            h.stderr.replace(hidden_name, "[X]"),
            u.stderr.replace(unknown_name, "[X]"),
            "{hidden:?}"
        );
    }
    // Within its own reach a refusal still says why (exit 5): a viewer may read, not write.
    s.user_granted("view@example.com", "viewer", "p2");
    s.refused(&["--as", "view@example.com", "resource", "remove", &res], 5);
    // The operator still sees all of it.
    s.ok(&["key", "show", &key]);
    s.ok(&["subproject", "show", &gone]);
}
