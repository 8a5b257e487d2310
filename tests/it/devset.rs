//! The development set: real articles nobody on the team wrote, with the
//! meetings a careful reader records (`../shared/devset`, beside the clone
//! in CI). `dipkb eval` on it must stay at or above the floors below, which
//! are what main reached when they were set, rounded down by 0.01: raise
//! them when extraction improves, never lower them to make a change pass.
//! Without the set (a clone on its own) the test says so and passes.

use crate::{path_str, root, Env};

/// A measure of `dipkb eval --json` and the lowest value allowed.
pub(crate) struct Floor {
    pub(crate) what: &'static str,
    pub(crate) floor: f64,
    pub(crate) read: fn(&serde_json::Value) -> f64,
}

pub(crate) fn number(value: &serde_json::Value, path: &[&str]) -> f64 {
    let mut node = value;
    for key in path {
        node = &node[key];
    }
    node.as_f64()
        .unwrap_or_else(|| panic!("no number at {path:?} in {value:#}"))
}

/// A count of expected meetings as a share of them.
pub(crate) fn share(value: &serde_json::Value, key: &str) -> f64 {
    number(value, &[key]) / number(value, &["expected_meetings"])
}

const FLOORS: &[Floor] = &[
    Floor {
        what: "participant pairs precision",
        floor: 0.89,
        read: |v| number(v, &["pairs", "precision"]),
    },
    Floor {
        what: "participant pairs recall",
        floor: 0.61,
        read: |v| number(v, &["pairs", "recall"]),
    },
    Floor {
        what: "participant pairs F1",
        floor: 0.72,
        read: |v| number(v, &["pairs", "f1"]),
    },
    Floor {
        what: "date right (of expected meetings)",
        floor: 0.51,
        read: |v| number(v, &["date_accuracy"]),
    },
    Floor {
        what: "place right (of expected meetings)",
        floor: 0.52,
        read: |v| number(v, &["place_accuracy"]),
    },
    Floor {
        what: "status right (of expected meetings)",
        floor: 0.66,
        read: |v| share(v, "status_right"),
    },
    Floor {
        what: "kind right (of expected meetings)",
        floor: 0.65,
        read: |v| share(v, "kind_right"),
    },
    Floor {
        what: "issues precision",
        floor: 0.65,
        read: |v| number(v, &["issues", "precision"]),
    },
    Floor {
        what: "issues recall",
        floor: 0.52,
        read: |v| number(v, &["issues", "recall"]),
    },
];

#[test]
fn extraction_quality_on_the_development_set() {
    assert_floors(&root().join("../shared/devset"), FLOORS);
}

/// Scores the set in `devset` (its `truth.yaml` with the built-in gazetteer
/// plus its `gazetteer/`) and fails on any measure below its floor; passes
/// with a note when the set is absent.
pub(crate) fn assert_floors(devset: &std::path::Path, floors: &[Floor]) {
    let truth = devset.join("truth.yaml");
    if !truth.exists() {
        println!(
            "skipped: no development set at {} (CI has it beside the clone)",
            devset.display()
        );
        return;
    }
    let env = Env::new();
    let value = env.json(&[
        "--gazetteer",
        path_str(&devset.join("gazetteer")),
        "eval",
        path_str(&truth),
        "--json",
    ]);
    let mut report = String::new();
    let mut below = Vec::new();
    for floor in floors {
        let measured = (floor.read)(&value);
        report.push_str(&format!(
            "{:<38} {measured:.3}  (floor {:.2})\n",
            floor.what, floor.floor
        ));
        if measured < floor.floor {
            below.push(format!("{} {measured:.3} < {:.2}", floor.what, floor.floor));
        }
    }
    println!("{report}");
    assert!(
        below.is_empty(),
        "the development set fell below its floors:\n{}",
        below.join("\n")
    );
}
