//! `dipkb man`: a roff page for the real command set, and one page per
//! subcommand with `--out-dir`.

use crate::completions::subcommands;
use crate::{path_str, Env};

#[test]
fn the_page_has_the_sections_and_every_subcommand() {
    let env = Env::new();
    let page = env.ok(&["man"]);
    assert!(page.contains(".TH dipkb 1"), "{page}");
    for section in [".SH NAME", ".SH SYNOPSIS", ".SH OPTIONS", ".SH SUBCOMMANDS"] {
        assert!(page.contains(section), "no {section}");
    }
    for command in subcommands(&env) {
        assert!(page.contains(&format!("dipkb\\-{command}")), "no {command}");
    }
    assert!(page.contains("\\-\\-db"), "no --db");
}

#[test]
fn groff_renders_the_page_without_warnings() {
    if std::process::Command::new("groff")
        .arg("-v")
        .output()
        .is_err()
    {
        eprintln!("groff not installed: rendering not checked");
        return;
    }
    let env = Env::new();
    std::fs::write(env.path("dipkb.1"), env.ok(&["man"])).unwrap();
    let output = std::process::Command::new("groff")
        .args(["-man", "-Tutf8", "-ww"])
        .arg(env.path("dipkb.1"))
        .output()
        .unwrap();
    assert!(output.status.success());
    assert_eq!(String::from_utf8_lossy(&output.stderr), "");
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.contains("diplomatic talks"), "{text}");
}

#[test]
fn out_dir_writes_a_page_per_subcommand() {
    let env = Env::new();
    let dir = env.path("man1");
    env.ok(&["man", "--out-dir", path_str(&dir)]);
    assert!(dir.join("dipkb.1").is_file());
    for command in subcommands(&env) {
        let page = dir.join(format!("dipkb-{command}.1"));
        let text = std::fs::read_to_string(&page)
            .unwrap_or_else(|error| panic!("{}: {error}", page.display()));
        assert!(text.contains(".SH SYNOPSIS"), "{}", page.display());
    }
    // Nested commands get their own page too.
    assert!(dir.join("dipkb-gazetteer-check.1").is_file());
    let meetings = std::fs::read_to_string(dir.join("dipkb-meetings.1")).unwrap();
    assert!(meetings.contains("\\-\\-person") && meetings.contains("\\-\\-wide"));
}
