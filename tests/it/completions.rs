//! `dipkb completions SHELL`: scripts that cover the real command set.

use crate::Env;

/// The subcommands `dipkb --help` lists (without `help`), so these tests
/// follow the command set instead of a copy of it.
pub fn subcommands(env: &Env) -> Vec<String> {
    let help = env.ok(&["--help"]);
    help.lines()
        .skip_while(|line| !line.starts_with("Commands:"))
        .skip(1)
        .take_while(|line| line.starts_with("  "))
        .filter_map(|line| line.split_whitespace().next())
        .filter(|name| *name != "help")
        .map(str::to_string)
        .collect()
}

#[test]
fn every_shell_gets_a_script_with_every_subcommand_and_flag() {
    let env = Env::new();
    let commands = subcommands(&env);
    assert!(commands.len() >= 11, "{commands:?}");
    for (shell, marker) in [
        ("bash", "complete -F _dipkb"),
        ("zsh", "#compdef dipkb"),
        ("fish", "complete -c dipkb"),
        (
            "powershell",
            "Register-ArgumentCompleter -Native -CommandName 'dipkb'",
        ),
        ("elvish", "edit:completion:arg-completer[dipkb]"),
    ] {
        let script = env.ok(&["completions", shell]);
        assert!(script.contains(marker), "{shell}: no `{marker}`");
        for command in &commands {
            assert!(script.contains(command.as_str()), "{shell}: no {command}");
        }
        for flag in ["person", "wide", "gazetteer", "no-builtin"] {
            assert!(script.contains(flag), "{shell}: no --{flag}");
        }
    }
}

#[test]
fn the_bash_script_parses_and_completes_subcommands() {
    let env = Env::new();
    let script = env.ok(&["completions", "bash"]);
    let path = env.path("dipkb.bash");
    std::fs::write(&path, &script).unwrap();
    let syntax = std::process::Command::new("bash")
        .arg("-n")
        .arg(&path)
        .output()
        .expect("running bash");
    assert!(
        syntax.status.success(),
        "{}",
        String::from_utf8_lossy(&syntax.stderr)
    );
    // Ask the completion function itself what follows `dipkb mee`.
    let probe = format!(
        "source {}; COMP_WORDS=(dipkb mee); COMP_CWORD=1; COMP_LINE='dipkb mee'; COMP_POINT=9; _dipkb dipkb mee dipkb; printf '%s\\n' \"${{COMPREPLY[@]}}\"",
        path.display()
    );
    let completed = std::process::Command::new("bash")
        .args(["-c", &probe])
        .output()
        .expect("running bash");
    let replies = String::from_utf8(completed.stdout).unwrap();
    assert_eq!(
        replies.trim(),
        "meetings",
        "{replies:?} {:?}",
        completed.stderr
    );
}

#[test]
fn an_unknown_shell_is_a_usage_error() {
    let stderr = Env::new().usage_error(&["completions", "tcsh"]);
    assert!(stderr.contains("bash"), "{stderr}");
}
