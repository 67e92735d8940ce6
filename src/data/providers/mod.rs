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
//! To add a provider: (1) write `src/data/providers/<id>.rs` in this form and add `<id>` to
//! the `providers!` list below (sorted; a test checks); (2) write the texts of its rules,
//! `rule.<id>.<rule id>.title` / `.summary` ..., in `src/i18n/en/providers/<id>.txt`, the
//! provider-text pack; (3) add real replies with their source URLs to
//! `tests/fixtures/providers/<id>.txt`.

use std::sync::OnceLock;

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

/// Declares the provider modules and lists them in `FILES`, from one list of ids.
macro_rules! providers {
    ($($id:ident),* $(,)?) => {
        $(pub mod $id;)*

        /// Every provider file, sorted by provider id.
        pub static FILES: &[ProviderFile] = &[
            $(ProviderFile { provider: &$id::PROVIDER, markers: $id::MARKERS, rules: $id::RULES, hosts: $id::HOSTS },)*
        ];
    };
}

/// One provider file.
#[derive(Debug)]
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
    abusix,
    addy,
    aliyun,
    amazon_ses,
    apple,
    aruba,
    au_kddi,
    barracuda,
    bell,
    brevo,
    cisco,
    cloudflare,
    cloudmark,
    comcast,
    coremail,
    cox,
    docomo,
    fastmail,
    forwardemail,
    free,
    freenet,
    gmx,
    godaddy,
    google,
    hornetsecurity,
    interia,
    ionos,
    kakao,
    laposte,
    libero,
    mailchannels,
    mailgun,
    mailjet,
    mailru,
    mandrill,
    microsoft,
    mimecast,
    naver,
    netease,
    nixspam,
    onet,
    orange,
    postmark,
    proofpoint,
    proton,
    psbl,
    rambler,
    resend,
    sendgrid,
    seznam,
    sfr,
    shaw,
    simplelogin,
    sina,
    softbank,
    sohu,
    sophos,
    sorbs,
    spamcop,
    spamexperts,
    spamhaus,
    spamtitan,
    sparkpost,
    spectrum,
    surbl,
    symantec,
    t_online,
    telstra,
    tencent,
    terra,
    trellix,
    trendmicro,
    uceprotect,
    uol,
    uribl,
    webde,
    wp,
    yahoo,
    yahoo_japan,
    yandex,
    zoho,
];

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
#[cfg_attr(not(feature = "testing"), allow(dead_code))]
pub fn provider(id: &str) -> Option<&'static Provider> {
    FILES
        .binary_search_by_key(&id, |f| f.provider.id)
        .ok()
        .map(|i| FILES[i].provider)
}
