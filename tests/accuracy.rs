//! The accuracy on the labelled corpus (`tests/corpus/*.jsonl`) stays at or above the floors in
//! `tests/corpus/floors.json` (ceilings for the rates of wrong results). After an improvement,
//! raise the floors with `cargo run --release --example accuracy -- --write-floors`.

#[path = "support/accuracy.rs"]
mod accuracy;

#[test]
fn accuracy_stays_above_floors() {
    let dir = accuracy::corpus_dir();
    let rows = accuracy::load_rows(&dir).expect("corpus rows parse");
    let floors = accuracy::load_floors(&dir).expect("floors.json parses");
    let floors = floors.as_object().expect("floors.json is an object of splits");
    assert!(!floors.is_empty(), "floors.json names no split");
    let mut bad = Vec::new();
    for (split, bounds) in floors {
        let report = accuracy::evaluate(&rows, split);
        if report.rows == 0 {
            bad.push(format!("split `{split}` has floors but no rows"));
            continue;
        }
        bad.extend(report.check(bounds));
    }
    assert!(bad.is_empty(), "accuracy fell:\n  {}", bad.join("\n  "));
}

#[test]
fn rows_are_well_formed() {
    let dir = accuracy::corpus_dir();
    let rows = accuracy::load_rows(&dir).expect("corpus rows parse");
    let mut ids = std::collections::BTreeSet::new();
    let outcomes = ["success", "intermediate", "temporary", "permanent", "unknown"];
    let kinds = ["reply", "log_line", "client_error", "bounce_notice", "dsn", "code"];
    // The taxonomy ids of the brief (kept here so this test does not depend on internal types).
    let categories = "delivered intermediate mailbox_unknown mailbox_disabled mailbox_moved \
        mailbox_full mailbox_busy domain_unknown domain_no_mail message_too_large \
        too_many_recipients rate_limited greylisted spam_content virus_detected \
        attachment_blocked content_policy message_format sender_ip_blocked sender_blocklisted \
        sender_reputation sender_rejected sender_authentication reverse_dns auth_required \
        auth_failed tls_required tls_failed relay_denied policy_rejected sender_account_blocked \
        receiver_misconfigured server_unavailable server_error server_storage protocol_syntax \
        protocol_sequence not_implemented network_error expired routing_loop suppressed unknown";
    let categories: Vec<&str> = categories.split_whitespace().collect();
    for r in &rows {
        assert!(ids.insert(r.id.clone()), "duplicate id {}", r.id);
        assert!(outcomes.contains(&r.outcome.as_str()), "{}: outcome {}", r.id, r.outcome);
        assert!(kinds.contains(&r.kind.as_str()), "{}: kind {}", r.id, r.kind);
        assert!(categories.contains(&r.category.as_str()), "{}: category {} is not in the taxonomy", r.id, r.category);
    }
}

#[test]
fn splits_share_no_source() {
    // A page or file feeds one split only, so the test split stays unseen while tuning on dev.
    let dir = accuracy::corpus_dir();
    let rows = accuracy::load_rows(&dir).expect("corpus rows parse");
    let mut split_of: std::collections::BTreeMap<&str, &str> = std::collections::BTreeMap::new();
    let mut shared = std::collections::BTreeSet::new();
    for r in &rows {
        if r.source.is_empty() {
            continue;
        }
        match split_of.get(r.source.as_str()) {
            Some(s) if *s != r.split.as_str() => {
                shared.insert(r.source.clone());
            }
            Some(_) => {}
            None => {
                split_of.insert(&r.source, &r.split);
            }
        }
    }
    assert!(shared.is_empty(), "sources used by more than one split:\n  {}", shared.into_iter().collect::<Vec<_>>().join("\n  "));
}
