//! Completions are committed in completions/ and must match what the binary generates.

use crate::common::Sandbox;

const SHELLS: &[(&str, &str)] = &[
    ("bash", "acctl.bash"),
    ("zsh", "_acctl"),
    ("fish", "acctl.fish"),
    ("powershell", "_acctl.ps1"),
    ("elvish", "acctl.elv"),
];

#[test]
fn committed_completions_are_fresh() {
    let s = Sandbox::empty();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    for (shell, file) in SHELLS {
        let generated = s.ok(&["completions", shell]);
        let committed = std::fs::read_to_string(dir.join(file)).unwrap_or_default();
        assert!(
            generated == committed,
            "completions/{file} is stale; refresh them with: scripts/completions.sh"
        );
    }
}

#[test]
fn completions_never_open_the_store() {
    let s = Sandbox::empty();
    let o = s.run(&["completions", "bash"]);
    assert_eq!(o.code, 0);
    assert!(!s.has_store(), "completions created a store");
}
