//! Whole bounce messages: Sisimai's public sample bounces (`tests/data/sisimai/`, BSD 2-clause,
//! see its LICENSE and README).
//!
//! - every message yields at least one explanation per failed recipient Sisimai lists in
//!   `expected.tsv`;
//! - `interop.sisimai` agrees with Sisimai's reason for at least `AGREEMENT_FLOOR` of the
//!   recipients (compared in order: our n-th explanation against Sisimai's n-th recipient).
//!
//! Sisimai's reason is Sisimai's judgement, not ground truth. The disagreements are printed
//! grouped by (ours, Sisimai's) so that each group can be judged: a Sisimai convention, or our
//! error. Run with `cargo test --test bounces -- --nocapture` to see them.

use std::collections::BTreeMap;
use std::fs;
use std::path::Path;

use smtp_explain::{categories, explain_all, Options};

/// Today's measured agreement, rounded down (recipients whose reason agrees / all recipients).
/// 312 of 324: lhost-exim-30's "554 5.7.1 <addr>: Recipient address rejected: Access denied" is
/// Postfix's access-table REJECT (smtpd_check.c), a policy refusal; Sisimai reads userunknown.
const AGREEMENT_FLOOR: f64 = 0.962;

/// Messages where Sisimai counts more failed recipients than the message reports, and why.
const SISIMAI_EXTRA_RECIPIENTS: &[(&str, &str)] = &[
    // A free-text line of the first part ("Your message to <nekochan> was automatically
    // rejected: Not enough disk space") that Sisimai reads as a second recipient beside the
    // one the delivery-status part reports.
    ("rfc3464-01.eml", "a second recipient read from free text"),
];

struct Expected {
    file: String,
    reasons: Vec<String>,
}

fn expected() -> Vec<Expected> {
    let text = fs::read_to_string("tests/data/sisimai/expected.tsv").expect("expected.tsv");
    let mut out: Vec<Expected> = Vec::new();
    for line in text.lines().skip(1) {
        let cols: Vec<&str> = line.split('\t').collect();
        if cols.len() < 7 {
            continue;
        }
        match out.last_mut() {
            Some(last) if last.file == cols[0] => last.reasons.push(cols[2].to_string()),
            _ => out.push(Expected { file: cols[0].to_string(), reasons: vec![cols[2].to_string()] }),
        }
    }
    out
}

/// Reads a message as the library's users would: bytes, lossily as UTF-8.
fn read(file: &str) -> String {
    let bytes = fs::read(Path::new("tests/data/sisimai/emails").join(file)).expect(file);
    String::from_utf8_lossy(&bytes).into_owned()
}

/// Sisimai's old reason names, mapped to the names `interop.sisimai` uses now.
fn current_name(reason: &str) -> String {
    for info in categories() {
        if info.sisimai_aliases.contains(&reason) {
            return info.interop.sisimai.to_string();
        }
    }
    reason.to_string()
}

#[test]
fn sisimai_corpus() {
    let options = Options::default();
    let mut recipients = 0usize;
    let mut agree = 0usize;
    let mut short: Vec<String> = Vec::new();
    let mut groups: BTreeMap<(String, String), Vec<String>> = BTreeMap::new();
    for message in expected() {
        let input = read(&message.file);
        let all = explain_all(&input, &options);
        if std::env::var_os("BOUNCES_VERBOSE").is_some() {
            println!("{} ({} expected: {})", message.file, message.reasons.len(), message.reasons.join(" "));
            for e in &all {
                let reply = e.reply.as_ref().map_or(String::new(), |r| {
                    let text: String = r.text.chars().take(100).collect();
                    format!("{} {} {}", r.code.map_or("-".into(), |c| c.to_string()), r.enhanced.as_deref().unwrap_or("-"), text)
                });
                let stage = e.stage.map_or("-".to_string(), |s| format!("{s:?}"));
                let codes: Vec<&str> = e.codes.iter().map(|c| c.code.as_str()).collect();
                println!(
                    "    {} {} [{} {} {} {}] {}",
                    e.recipient.as_deref().unwrap_or("-"),
                    e.interop.sisimai,
                    e.category.id,
                    e.outcome,
                    stage,
                    codes.join(","),
                    reply
                );
            }
        }
        // Explanations of failed recipients (a message with none gives one explanation anyway).
        if all.len() < message.reasons.len() && !SISIMAI_EXTRA_RECIPIENTS.iter().any(|(f, _)| *f == message.file) {
            short.push(format!("{} ({} of {})", message.file, all.len(), message.reasons.len()));
        }
        for (i, reason) in message.reasons.iter().enumerate() {
            recipients += 1;
            let theirs = current_name(reason);
            let ours = all.get(i).map_or_else(|| "(missing)".to_string(), |e| e.interop.sisimai.to_string());
            if ours == theirs {
                agree += 1;
            } else {
                let what = all.get(i).map_or(String::new(), |e| {
                    let reply = e.reply.as_ref().map_or(String::new(), |r| {
                        let text: String = r.text.chars().take(90).collect();
                        format!("{} {} {}", r.code.map_or("-".into(), |c| c.to_string()), r.enhanced.as_deref().unwrap_or("-"), text)
                    });
                    format!("{} | {}", e.category.id, reply)
                });
                groups.entry((ours, theirs)).or_default().push(format!("{}#{} {}", message.file, i + 1, what));
            }
        }
    }
    let share = agree as f64 / recipients.max(1) as f64;
    println!("Sisimai corpus: {recipients} failed recipients, {agree} agree ({:.1}%)", share * 100.0);
    println!("messages with fewer explanations than recipients: {}", short.len());
    for s in &short {
        println!("  {s}");
    }
    let mut sorted: Vec<_> = groups.into_iter().collect();
    sorted.sort_by(|a, b| b.1.len().cmp(&a.1.len()).then(a.0.cmp(&b.0)));
    println!("disagreements (ours, Sisimai's): count");
    for ((ours, theirs), cases) in &sorted {
        println!("  {ours} / {theirs}: {}", cases.len());
        for case in cases {
            println!("      {case}");
        }
    }
    assert!(short.is_empty(), "{} messages yield fewer explanations than failed recipients", short.len());
    assert!(share >= AGREEMENT_FLOOR, "agreement {share:.3} fell below {AGREEMENT_FLOOR}");
}

/// The first explanation of a corpus message: (category, Sisimai crosswalk).
fn first(file: &str) -> (String, String) {
    let all = explain_all(&read(file), &Options::default());
    let e = all.first().expect(file);
    (e.category.id.to_string(), e.interop.sisimai.to_string())
}

/// Our own mistakes found through the corpus, pinned.
#[test]
fn regressions() {
    // Sendmail restates any refusal of RCPT TO as "550 5.1.1 <addr>... User unknown" under the
    // remote's own reply (`<<< 553 ...`): the remote's words decide.
    assert_eq!(first("rhost-godaddy-02.eml").0, "sender_blocklisted");
    assert_eq!(first("lhost-sendmail-36.eml").0, "sender_ip_blocked");
    // ... and a `503 need RCPT command` after a refusal is its consequence, not the reason.
    assert_eq!(first("lhost-sendmail-26.eml").0, "mailbox_unknown");
    assert_eq!(first("lhost-sendmail-32.eml").0, "mailbox_unknown");
    // A line of the message too long for the receiver is the message's format.
    let e = smtp_explain::explain("500 Line limit exceeded");
    assert_eq!(e.category.id.to_string(), "message_format");
    let e = smtp_explain::explain("550 5.7.1 IP address blacklisted by recipient");
    assert_eq!(e.category.id.to_string(), "sender_ip_blocked");
}

/// Sisimai's conventions by provider, notice format and phrase family shape the crosswalk
/// only: the category people read stays what the reply means.
#[test]
fn crosswalk_conventions_leave_the_category() {
    for (file, category, sisimai) in [
        // NTT docomo: "550 Unknown user" after DATA is Sisimai's `rejected`.
        ("rhost-nttdocomo-03.eml", "mailbox_unknown", "rejected"),
        // au (KDDI): "550 <address>: User unknown" is `userunknown` wherever it was refused.
        ("rhost-gsuite-09.eml", "mailbox_unknown", "userunknown"),
        // Exim's refusal at the greeting is `blocked` for Sisimai, whatever it says.
        ("lhost-exim-46.eml", "reverse_dns", "blocked"),
        ("lhost-exim-56.eml", "rate_limited", "blocked"),
        // Sisimai files "Header error" under `policyviolation`.
        ("lhost-exim-03.eml", "message_format", "policyviolation"),
        // La Poste's number 416 is an unknown address, refused after DATA or not.
        ("lhost-sendmail-46.eml", "mailbox_unknown", "userunknown"),
        // A local delivery agent's failure (procmail) is `mailererror`.
        ("lhost-postfix-01.eml", "mailbox_unknown", "mailererror"),
        // qmail's own sentences.
        ("lhost-qmail-07.eml", "expired", "networkerror"),
        // "Line limit exceeded" is Sisimai's `mesgtoobig` (now `emailtoolarge`).
        ("lhost-exim-58.eml", "message_format", "emailtoolarge"),
    ] {
        assert_eq!(first(file), (category.to_string(), sisimai.to_string()), "{file}");
    }
}

/// `BOUNCES_DECODE=file.eml cargo test --test bounces decoded -- --nocapture` prints the text a
/// message decodes to and its findings (for reading a format).
#[test]
fn decoded() {
    let Some(file) = std::env::var_os("BOUNCES_DECODE") else { return };
    let input = read(&file.to_string_lossy());
    let decoded = smtp_explain::parse::decode_message(&input);
    let text = decoded.as_ref().map_or(input.as_str(), |d| d.text.as_str());
    println!("{text}\n----");
    for f in smtp_explain::parse::parse(text).findings {
        println!(
            "{:?} {:?} {:?} {:?}",
            f.kind,
            &text[f.region.start..f.region.end].chars().take(120).collect::<String>(),
            f.recipient,
            f.reply.map(|r| r.text)
        );
    }
}
