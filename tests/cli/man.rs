//! Man pages are committed in man/ and must match what the clap tree generates.

use clap::CommandFactory;
use std::collections::BTreeMap;
use std::path::Path;

fn pages(dir: &Path) -> BTreeMap<String, String> {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|e| e == "1"))
                .map(|p| {
                    let name = p.file_name().unwrap().to_string_lossy().into_owned();
                    (name, std::fs::read_to_string(&p).unwrap_or_default())
                })
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn committed_man_pages_are_fresh() {
    let tmp = tempfile::tempdir().unwrap();
    clap_mangen::generate_to(acctl::cli::Cli::command(), tmp.path()).unwrap();
    let generated = pages(tmp.path());
    let committed = pages(&Path::new(env!("CARGO_MANIFEST_DIR")).join("man"));
    let names = |m: &BTreeMap<String, String>| m.keys().cloned().collect::<Vec<_>>();
    assert_eq!(
        names(&committed),
        names(&generated),
        "man/ lists other pages than the commands; refresh them with: scripts/man.sh"
    );
    for (name, text) in &generated {
        assert!(
            committed.get(name) == Some(text),
            "man/{name} is stale; refresh them with: scripts/man.sh"
        );
    }
}

#[test]
fn every_command_and_subcommand_has_a_man_page() {
    let tmp = tempfile::tempdir().unwrap();
    clap_mangen::generate_to(acctl::cli::Cli::command(), tmp.path()).unwrap();
    let generated = pages(tmp.path());
    for page in [
        "acctl.1",
        "acctl-project-list.1",
        "acctl-subproject-list.1",
        "acctl-usage-report.1",
        "acctl-invoice.1",
    ] {
        assert!(generated.contains_key(page), "no {page}");
    }
    let report = &generated["acctl-usage-report.1"];
    assert!(report.contains("granularity"), "{report}");
}
