//! Provider knowledge, one file per provider, gateway or blocklist operator: the provider
//! itself, the tokens that tell it answered (`MARKERS`) and what it means by its own codes
//! and wording (`RULES`). To add a provider, add a file like the others and list it in
//! `FILES` (sorted by id; a test checks). Texts of rules live in the catalog under
//! `rule.<provider>.<id>.*` (`src/i18n/en/providers/<id>.txt`, the provider-text pack).

use std::sync::OnceLock;

use super::{Provider, ProviderMarker, ProviderRule};

/// A marker row: `marker!("gsmtp", Strong)`.
macro_rules! marker {
    ($pattern:literal, $strength:ident) => {
        $crate::data::ProviderMarker { pattern: $pattern, strength: $crate::data::Strength::$strength }
    };
}

/// A rule row with every field: `rule!(id, pattern, code, Category, who_acts, retry,
/// help_url, source, checked)`.
macro_rules! rule {
    ($id:literal, $pattern:literal, $code:literal, $cat:ident, $who:expr, $retry:expr, $help:expr, $src:expr, $checked:expr) => {
        $crate::data::ProviderRule {
            id: $id,
            pattern: $pattern,
            code: $code,
            category: $crate::taxonomy::Category::$cat,
            who_acts: $who,
            retry: $retry,
            help_url: $help,
            source: provenance!($src),
            checked: provenance!($checked),
        }
    };
}

pub mod abusix;
pub mod amazon_ses;
pub mod apple;
pub mod barracuda;
pub mod cisco;
pub mod cloudmark;
pub mod comcast;
pub mod cox;
pub mod fastmail;
pub mod free;
pub mod gmx;
pub mod godaddy;
pub mod google;
pub mod hornetsecurity;
pub mod ionos;
pub mod mailru;
pub mod microsoft;
pub mod mimecast;
pub mod nixspam;
pub mod orange;
pub mod proofpoint;
pub mod proton;
pub mod psbl;
pub mod rambler;
pub mod sorbs;
pub mod spamcop;
pub mod spamhaus;
pub mod spectrum;
pub mod surbl;
pub mod symantec;
pub mod tencent;
pub mod trendmicro;
pub mod uceprotect;
pub mod uribl;
pub mod webde;
pub mod yahoo;
pub mod yandex;
pub mod zoho;

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

/// Every provider file, sorted by provider id.
#[rustfmt::skip]
pub static FILES: &[ProviderFile] = &[
    ProviderFile { provider: &abusix::PROVIDER, markers: abusix::MARKERS, rules: abusix::RULES, hosts: abusix::HOSTS },
    ProviderFile { provider: &amazon_ses::PROVIDER, markers: amazon_ses::MARKERS, rules: amazon_ses::RULES, hosts: amazon_ses::HOSTS },
    ProviderFile { provider: &apple::PROVIDER, markers: apple::MARKERS, rules: apple::RULES, hosts: apple::HOSTS },
    ProviderFile { provider: &barracuda::PROVIDER, markers: barracuda::MARKERS, rules: barracuda::RULES, hosts: barracuda::HOSTS },
    ProviderFile { provider: &cisco::PROVIDER, markers: cisco::MARKERS, rules: cisco::RULES, hosts: cisco::HOSTS },
    ProviderFile { provider: &cloudmark::PROVIDER, markers: cloudmark::MARKERS, rules: cloudmark::RULES, hosts: cloudmark::HOSTS },
    ProviderFile { provider: &comcast::PROVIDER, markers: comcast::MARKERS, rules: comcast::RULES, hosts: comcast::HOSTS },
    ProviderFile { provider: &cox::PROVIDER, markers: cox::MARKERS, rules: cox::RULES, hosts: cox::HOSTS },
    ProviderFile { provider: &fastmail::PROVIDER, markers: fastmail::MARKERS, rules: fastmail::RULES, hosts: fastmail::HOSTS },
    ProviderFile { provider: &free::PROVIDER, markers: free::MARKERS, rules: free::RULES, hosts: free::HOSTS },
    ProviderFile { provider: &gmx::PROVIDER, markers: gmx::MARKERS, rules: gmx::RULES, hosts: gmx::HOSTS },
    ProviderFile { provider: &godaddy::PROVIDER, markers: godaddy::MARKERS, rules: godaddy::RULES, hosts: godaddy::HOSTS },
    ProviderFile { provider: &google::PROVIDER, markers: google::MARKERS, rules: google::RULES, hosts: google::HOSTS },
    ProviderFile { provider: &hornetsecurity::PROVIDER, markers: hornetsecurity::MARKERS, rules: hornetsecurity::RULES, hosts: hornetsecurity::HOSTS },
    ProviderFile { provider: &ionos::PROVIDER, markers: ionos::MARKERS, rules: ionos::RULES, hosts: ionos::HOSTS },
    ProviderFile { provider: &mailru::PROVIDER, markers: mailru::MARKERS, rules: mailru::RULES, hosts: mailru::HOSTS },
    ProviderFile { provider: &microsoft::PROVIDER, markers: microsoft::MARKERS, rules: microsoft::RULES, hosts: microsoft::HOSTS },
    ProviderFile { provider: &mimecast::PROVIDER, markers: mimecast::MARKERS, rules: mimecast::RULES, hosts: mimecast::HOSTS },
    ProviderFile { provider: &nixspam::PROVIDER, markers: nixspam::MARKERS, rules: nixspam::RULES, hosts: nixspam::HOSTS },
    ProviderFile { provider: &orange::PROVIDER, markers: orange::MARKERS, rules: orange::RULES, hosts: orange::HOSTS },
    ProviderFile { provider: &proofpoint::PROVIDER, markers: proofpoint::MARKERS, rules: proofpoint::RULES, hosts: proofpoint::HOSTS },
    ProviderFile { provider: &proton::PROVIDER, markers: proton::MARKERS, rules: proton::RULES, hosts: proton::HOSTS },
    ProviderFile { provider: &psbl::PROVIDER, markers: psbl::MARKERS, rules: psbl::RULES, hosts: psbl::HOSTS },
    ProviderFile { provider: &rambler::PROVIDER, markers: rambler::MARKERS, rules: rambler::RULES, hosts: rambler::HOSTS },
    ProviderFile { provider: &sorbs::PROVIDER, markers: sorbs::MARKERS, rules: sorbs::RULES, hosts: sorbs::HOSTS },
    ProviderFile { provider: &spamcop::PROVIDER, markers: spamcop::MARKERS, rules: spamcop::RULES, hosts: spamcop::HOSTS },
    ProviderFile { provider: &spamhaus::PROVIDER, markers: spamhaus::MARKERS, rules: spamhaus::RULES, hosts: spamhaus::HOSTS },
    ProviderFile { provider: &spectrum::PROVIDER, markers: spectrum::MARKERS, rules: spectrum::RULES, hosts: spectrum::HOSTS },
    ProviderFile { provider: &surbl::PROVIDER, markers: surbl::MARKERS, rules: surbl::RULES, hosts: surbl::HOSTS },
    ProviderFile { provider: &symantec::PROVIDER, markers: symantec::MARKERS, rules: symantec::RULES, hosts: symantec::HOSTS },
    ProviderFile { provider: &tencent::PROVIDER, markers: tencent::MARKERS, rules: tencent::RULES, hosts: tencent::HOSTS },
    ProviderFile { provider: &trendmicro::PROVIDER, markers: trendmicro::MARKERS, rules: trendmicro::RULES, hosts: trendmicro::HOSTS },
    ProviderFile { provider: &uceprotect::PROVIDER, markers: uceprotect::MARKERS, rules: uceprotect::RULES, hosts: uceprotect::HOSTS },
    ProviderFile { provider: &uribl::PROVIDER, markers: uribl::MARKERS, rules: uribl::RULES, hosts: uribl::HOSTS },
    ProviderFile { provider: &webde::PROVIDER, markers: webde::MARKERS, rules: webde::RULES, hosts: webde::HOSTS },
    ProviderFile { provider: &yahoo::PROVIDER, markers: yahoo::MARKERS, rules: yahoo::RULES, hosts: yahoo::HOSTS },
    ProviderFile { provider: &yandex::PROVIDER, markers: yandex::MARKERS, rules: yandex::RULES, hosts: yandex::HOSTS },
    ProviderFile { provider: &zoho::PROVIDER, markers: zoho::MARKERS, rules: zoho::RULES, hosts: zoho::HOSTS },
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
    ALL.get_or_init(|| FILES.iter().flat_map(|f| f.markers.iter().map(move |m| (f.provider, m))).collect())
}

/// Every rule of every provider, with its provider.
pub fn rules() -> &'static [(&'static Provider, &'static ProviderRule)] {
    static ALL: OnceLock<Vec<(&'static Provider, &'static ProviderRule)>> = OnceLock::new();
    ALL.get_or_init(|| FILES.iter().flat_map(|f| f.rules.iter().map(move |r| (f.provider, r))).collect())
}

/// The provider with this id.
#[cfg_attr(not(feature = "testing"), allow(dead_code))]
pub fn provider(id: &str) -> Option<&'static Provider> {
    FILES.binary_search_by_key(&id, |f| f.provider.id).ok().map(|i| FILES[i].provider)
}
