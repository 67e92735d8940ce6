//! DNS blocklists and their zones: the token in a reply that names the zone, what kind of
//! listing it is and where to look the address up. Texts per kind: `zone.<kind>.*`.

use super::BlocklistZone;

/// Known blocklist zones. More specific patterns first for the same list.
#[rustfmt::skip]
pub static BLOCKLIST_ZONES: &[BlocklistZone] = &[
    BlocklistZone { pattern: "zen.spamhaus.org", provider: "spamhaus", zone: "Spamhaus ZEN", kind: "ip",
                    lookup_url: "https://check.spamhaus.org/", source: "https://docs.spamhaus.com/datasets/docs/source/40-real-world-usage/PublicMirrors/MTAs/020-Postfix.html", checked: "2026-11-28" },
];
