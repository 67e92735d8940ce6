//! The TypeScript interfaces shipped with the npm package (src/wasm/types.d.ts) must declare
//! exactly the fields the Rust types serialize to, so the published types cannot drift.

use std::collections::BTreeSet;

use serde_json::Value;
use smtp_explain::{categories, codes, explain_all, Options};

fn collect_keys(value: &Value, keys: &mut BTreeSet<String>) {
    match value {
        Value::Object(map) => {
            for (k, v) in map {
                keys.insert(k.clone());
                collect_keys(v, keys);
            }
        }
        Value::Array(items) => items.iter().for_each(|v| collect_keys(v, keys)),
        _ => {}
    }
}

/// Property names declared inside the `interface` blocks of the .d.ts file, minus those of
/// the option interfaces (inputs, never serialized).
fn declared_keys(dts: &str) -> BTreeSet<String> {
    let mut keys = BTreeSet::new();
    let mut current: Option<&str> = None;
    for line in dts.lines() {
        let t = line.trim();
        if let Some(rest) = t.strip_prefix("export interface ") {
            current = rest.split_whitespace().next();
            continue;
        }
        if t == "}" {
            current = None;
            continue;
        }
        let Some(name) = current else { continue };
        if name.ends_with("Options") || t.starts_with("/*") || t.starts_with('*') {
            continue;
        }
        if let Some((key, _)) = t.split_once(':') {
            let key = key.trim_end_matches('?');
            if key.chars().all(|c| c.is_ascii_alphanumeric()) && !key.is_empty() {
                keys.insert(key.to_string());
            }
        }
    }
    keys
}

#[test]
fn typescript_interfaces_match_serialized_fields() {
    let inputs = [
        "550 5.7.1 Service unavailable, Client host [192.0.2.1] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/192.0.2.1 (AS3130). [BN8NAM12FT053.eop-nam12.prod.protection.outlook.com]",
        "Final-Recipient: rfc822; a@example.org\nAction: failed\nStatus: 5.1.2\nRemote-MTA: dns; mx.example.org\nDiagnostic-Code: smtp; 550 5.1.1 <a@example.org>: Recipient address rejected: User unknown (in reply to RCPT TO command)",
        "550 5.1.1 too many recipients this hour",
        "554 6.6.0 nope",
        "0x800CCC0E",
        "",
        "From: MAILER-DAEMON@example.org\nSubject: Undelivered Mail\nContent-Type: multipart/report; report-type=delivery-status; boundary=b\n\n--b\nContent-Type: message/delivery-status\n\nFinal-Recipient: rfc822; a@example.org\nAction: failed\nStatus: 5.1.1\n\n--b\nContent-Type: text/rfc822-headers\n\nMessage-ID: <1@example.com>\nSubject: Hi\nDate: Sat, 5 Dec 2026 10:00:00 +0000\n\n--b--\n",
    ];
    let mut serialized = BTreeSet::new();
    for input in inputs {
        let value = serde_json::to_value(explain_all(input, &Options::default())).unwrap();
        collect_keys(&value, &mut serialized);
    }
    collect_keys(&serde_json::to_value(codes()).unwrap(), &mut serialized);
    collect_keys(&serde_json::to_value(categories()).unwrap(), &mut serialized);
    let dts = include_str!("../src/wasm/types.d.ts");
    let declared = declared_keys(dts);
    let undeclared: Vec<_> = serialized.difference(&declared).collect();
    assert!(undeclared.is_empty(), "fields serialized but not declared in types.d.ts: {undeclared:?}");
    let unused: Vec<_> = declared.difference(&serialized).collect();
    assert!(unused.is_empty(), "fields declared in types.d.ts but never serialized: {unused:?}");
}
