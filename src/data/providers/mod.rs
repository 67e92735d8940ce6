//! Provider knowledge, one file per provider, gateway or blocklist operator: the provider
//! itself, the tokens that tell it answered (`MARKERS`) and what it means by its own codes
//! and wording (`RULES`). Every file has the same form (see `zoho.rs`):
//!
//! ```text
//! //! <name>: sources and notes.
//! use crate::data::citations::{ZOHO_SPAM_REASON, FIELD_MANUAL_554};
//! use crate::data::{ProviderMarker, ProviderRule};
//!
//! provider! {
//!     id: "zoho", name: "Zoho Mail", kind: Mailbox,
//!     help_url: ZOHO_SPAM_REASON, source: ZOHO_SPAM_REASON, checked: "2026-11-28",
//!     hosts: ["www.zoho.com"],
//! }
//! pub static MARKERS: &[ProviderMarker] = &[ marker!("mx.zoho.com", Medium), ... ];
//! pub static RULES: &[ProviderRule] = &[
//!     //    id                 pattern (lowercase, "" = any)  code   category     who_acts retry help_url          source            checked
//!     rule!("flagged_as_spam", "reason: email flagged as spam", "", SpamContent, _, _, ZOHO_SPAM_REASON, FIELD_MANUAL_554, "2026-11-28"),
//! ];
//! ```
//!
//! In `rule!`, the code is `""` (any), a basic code (`"421"`) or an enhanced code (`"5.7.27"`),
//! turned into a [`RuleCode`](super::RuleCode) while the crate compiles (a bad code does not
//! compile); `who_acts` and `retry` are a `WhoActs` / `Retry` variant, or `_` for the
//! category's default. A source URL that several rows cite is a constant of
//! `src/data/citations.rs`.
//!
//! Marker strength: `Weak` markers count only inside the part of the input that holds the reply
//! being read (its finding); `Medium` and `Strong` ones count anywhere in the input (a whole
//! bounce, with the quoted original message). Host names that also show up in `Received:`
//! headers or sender addresses of ordinary mail (sending services' SMTP hosts, outbound filters,
//! webmail hosts, mail domains) are therefore `Weak`; tags and links that only the provider's own
//! replies carry are `Strong`.
//!
//! More markers of an existing provider can go to the knowledge pack instead
//! (`src/data/knowledge/markers.tsv`), which the WebAssembly build loads after the first card.
//!
//! To add a provider: (1) write `src/data/providers/<id>.rs` in this form and add `<id>` to
//! the `providers!` list below (sorted; a test checks); (2) write the texts of its rules,
//! `rule.<id>.<rule id>.title` / `.summary` ..., in `src/i18n/en/providers/<id>.txt`, the
//! provider-text pack; (3) add real replies with their source URLs to
//! `tests/fixtures/providers/<id>.txt`.

use std::sync::OnceLock;

use super::packed::Table;
use super::{Provider, ProviderMarker, ProviderRule};

/// A marker row: `marker!("gsmtp", Strong)`.
macro_rules! marker {
    ($pattern:literal, $strength:ident) => {
        $crate::data::ProviderMarker {
            pattern: $pattern,
            strength: $crate::data::Strength::$strength,
            software_only: false,
        }
    };
    (software $pattern:literal, $strength:ident) => {
        $crate::data::ProviderMarker {
            pattern: $pattern,
            strength: $crate::data::Strength::$strength,
            software_only: true,
        }
    };
}

/// A rule row: `rule!(id, pattern, code, Category, who_acts, retry, help_url, source, checked)`.
macro_rules! rule {
    ($id:literal, $pattern:literal, $code:literal, $cat:ident, $who:tt, $retry:tt, $help:expr, $src:expr, $checked:literal) => {
        $crate::data::ProviderRule {
            id: $id,
            pattern: $pattern,
            code: $crate::data::RuleCode::parse($code),
            category: $crate::taxonomy::Category::$cat,
            who_acts: rule!(@who $who),
            retry: rule!(@retry $retry),
            help_url: $help,
            source: provenance!($src),
            checked: provenance!($checked),
        }
    };
    (@who _) => { None };
    (@who $who:ident) => { Some($crate::taxonomy::WhoActs::$who) };
    (@retry _) => { None };
    (@retry $retry:ident) => { Some($crate::taxonomy::Retry::$retry) };
}

/// The provider row and the hosts its explanations may link to (https only).
macro_rules! provider {
    (id: $id:literal, name: $name:literal, kind: $kind:ident, help_url: $help:expr, source: $src:expr,
     checked: $checked:literal, hosts: [$($host:literal),* $(,)?] $(,)?) => {
        /// The provider.
        pub static PROVIDER: $crate::data::Provider = $crate::data::Provider {
            id: $id,
            name: $name,
            kind: $crate::data::ProviderKind::$kind,
            help_url: $help,
            source: provenance!($src),
            checked: provenance!($checked),
        };

        /// Hosts of this provider's official pages that explanations may link to (https only).
        pub static HOSTS: &[&str] = &[$($host),*];
    };
}

/// Declares the provider modules and lists their rows, from one list of ids.
macro_rules! providers {
    ($($id:ident),* $(,)?) => {
        $(pub mod $id;)*

        /// The providers, sorted by id.
        const PROVIDER_ROWS: &[Provider] = &[$($id::PROVIDER,)*];
        /// The markers of each provider file, in `PROVIDER_ROWS` order.
        const MARKER_PARTS: &[&[ProviderMarker]] = &[$($id::MARKERS,)*];
        /// The rules of each provider file.
        const RULE_PARTS: &[&[ProviderRule]] = &[$($id::RULES,)*];
        /// The hosts of each provider file.
        const HOST_PARTS: &[&[&str]] = &[$($id::HOSTS,)*];
    };
}

/// One provider file.
#[derive(Debug, Clone, Copy)]
pub struct ProviderFile {
    /// The provider.
    pub provider: &'static Provider,
    /// Its markers.
    pub markers: &'static [ProviderMarker],
    /// Its rules.
    pub rules: &'static [ProviderRule],
    /// Hosts of its official pages that explanations may link to.
    pub hosts: &'static [&'static str],
}

providers![
    a1,
    abusix,
    addy,
    aliyun,
    amazon_ses,
    apple,
    aruba,
    att,
    au_kddi,
    barracuda,
    bell,
    biglobe,
    bigmir,
    brevo,
    bt,
    centurylink,
    cisco,
    cloudflare,
    cloudmark,
    comcast,
    coremail,
    cox,
    docomo,
    dreamhost,
    earthlink,
    elasticemail,
    facebook,
    fastmail,
    forcepoint,
    fortinet,
    forwardemail,
    free,
    freenet,
    gandi,
    gmx,
    godaddy,
    google,
    hetzner,
    hey,
    hornetsecurity,
    hostinger,
    hostpoint,
    hushmail,
    improvmx,
    infomaniak,
    interia,
    ionos,
    iua,
    kakao,
    kpn,
    laposte,
    libero,
    libraesva,
    mailbox_org,
    mailchannels,
    mailfence,
    mailgun,
    mailjet,
    mailprotector,
    mailru,
    mailtrap,
    mandrill,
    microsoft,
    migadu,
    mimecast,
    mxguarddog,
    mxroute,
    namecheap,
    naver,
    netease,
    newfold,
    nixspam,
    onet,
    orange,
    ovh,
    posteo,
    postmark,
    proofpoint,
    proton,
    proximus,
    psbl,
    purelymail,
    rackspace,
    rakuten,
    rambler,
    rediffmail,
    resend,
    rogers,
    runbox,
    sendgrid,
    seznam,
    sfr,
    shaw,
    simplelogin,
    sina,
    siteground,
    smtp2go,
    softbank,
    sohu,
    sophos,
    sorbs,
    spambrella,
    spamcop,
    spamexperts,
    spamhaus,
    spamtitan,
    spark,
    sparkpost,
    spectrum,
    strato,
    surbl,
    swisscom,
    symantec,
    t_online,
    talktalk,
    telenet,
    telenor,
    telia,
    telstra,
    tencent,
    terra,
    tiscali,
    titan,
    trellix,
    trendmicro,
    tuta,
    uceprotect,
    uol,
    uribl,
    vade,
    verizon,
    virginmedia,
    webde,
    willcom,
    wp,
    yahoo,
    yahoo_japan,
    yandex,
    zeptomail,
    ziggo,
    zix,
    zoho,
];

// The rows of all files are stored as packed tables (see `super::packed`): the files' own
// `static`s are read only while the crate compiles.

/// How many rows the parts hold together.
const fn total<T>(parts: &[&[T]]) -> usize {
    let mut n = 0;
    let mut i = 0;
    while i < parts.len() {
        n += parts[i].len();
        i += 1;
    }
    n
}

/// The first row of the parts (they are not all empty).
const fn first<T: Copy>(parts: &[&[T]]) -> T {
    let mut i = 0;
    while i < parts.len() {
        if !parts[i].is_empty() {
            return parts[i][0];
        }
        i += 1;
    }
    panic!("no rows")
}

/// The rows of all parts, in order.
const fn concat<T: Copy, const N: usize>(parts: &[&[T]]) -> [T; N] {
    let mut out = [first(parts); N];
    let mut at = 0;
    let mut i = 0;
    while i < parts.len() {
        let mut j = 0;
        while j < parts[i].len() {
            out[at] = parts[i][j];
            at += 1;
            j += 1;
        }
        i += 1;
    }
    out
}

/// How many rows each part holds.
const fn counts<T, const N: usize>(parts: &[&[T]]) -> [u16; N] {
    let mut out = [0u16; N];
    let mut i = 0;
    while i < N {
        out[i] = parts[i].len() as u16;
        i += 1;
    }
    out
}

const FILE_COUNT: usize = PROVIDER_ROWS.len();
// Read only while the crate compiles (by `packed!`), never stored.
#[allow(clippy::large_const_arrays)]
const ALL_MARKERS: [ProviderMarker; total(MARKER_PARTS)] = concat(MARKER_PARTS);
#[allow(clippy::large_const_arrays)]
const ALL_RULES: [ProviderRule; total(RULE_PARTS)] = concat(RULE_PARTS);
#[allow(clippy::large_const_arrays)]
const ALL_HOSTS: [&str; total(HOST_PARTS)] = concat(HOST_PARTS);
static MARKER_COUNTS: [u16; FILE_COUNT] = counts(MARKER_PARTS);
static RULE_COUNTS: [u16; FILE_COUNT] = counts(RULE_PARTS);
static HOST_COUNTS: [u16; FILE_COUNT] = counts(HOST_PARTS);

packed!(static PROVIDERS: Provider { id, name, help_url } = PROVIDER_ROWS);
packed!(static MARKERS: ProviderMarker { pattern } = &ALL_MARKERS);
packed!(static RULES: ProviderRule { id, pattern, help_url } = &ALL_RULES);
packed!(static HOSTS: [&str] = &ALL_HOSTS);

/// Every provider file, sorted by provider id.
pub static FILES: Table<ProviderFile> = {
    static CELL: OnceLock<Vec<ProviderFile>> = OnceLock::new();
    Table::new(&CELL, files)
};

/// The provider files, cut out of the packed tables.
fn files() -> Vec<ProviderFile> {
    let (mut markers, mut rules, mut hosts): (&[ProviderMarker], &[ProviderRule], &[&str]) = (&MARKERS, &RULES, &HOSTS);
    PROVIDERS
        .iter()
        .enumerate()
        .map(|(i, provider)| {
            let (file_markers, rest) = markers.split_at(usize::from(MARKER_COUNTS[i]));
            markers = rest;
            let (file_rules, rest) = rules.split_at(usize::from(RULE_COUNTS[i]));
            rules = rest;
            let (file_hosts, rest) = hosts.split_at(usize::from(HOST_COUNTS[i]));
            hosts = rest;
            ProviderFile { provider, markers: file_markers, rules: file_rules, hosts: file_hosts }
        })
        .collect()
}

/// Every provider, sorted by id.
#[cfg_attr(not(feature = "testing"), allow(dead_code))]
pub fn providers() -> &'static [&'static Provider] {
    static ALL: OnceLock<Vec<&'static Provider>> = OnceLock::new();
    ALL.get_or_init(|| FILES.iter().map(|f| f.provider).collect())
}

/// Every marker of every provider, with its provider.
pub fn markers() -> &'static [(&'static Provider, &'static ProviderMarker)] {
    static ALL: OnceLock<Vec<(&'static Provider, &'static ProviderMarker)>> = OnceLock::new();
    ALL.get_or_init(|| {
        FILES
            .iter()
            .flat_map(|f| f.markers.iter().map(move |m| (f.provider, m)))
            .collect()
    })
}

/// The marker `i` of [`markers`] and then of the knowledge pack (`knowledge/markers.tsv`).
pub fn marker(i: usize) -> (&'static Provider, &'static ProviderMarker) {
    markers().get(i).copied().unwrap_or_else(|| {
        let (provider, marker) = &super::knowledge::markers()[i - markers().len()];
        (*provider, marker)
    })
}

/// Every rule of every provider, with its provider.
pub fn rules() -> &'static [(&'static Provider, &'static ProviderRule)] {
    static ALL: OnceLock<Vec<(&'static Provider, &'static ProviderRule)>> = OnceLock::new();
    ALL.get_or_init(|| {
        FILES
            .iter()
            .flat_map(|f| f.rules.iter().map(move |r| (f.provider, r)))
            .collect()
    })
}

/// The provider with this id.
pub fn provider(id: &str) -> Option<&'static Provider> {
    FILES
        .binary_search_by_key(&id, |f| f.provider.id)
        .ok()
        .map(|i| FILES[i].provider)
}
