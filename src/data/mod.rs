//! The knowledge of smtp-explain as plain static tables. Nothing here is logic: each file is
//! a sorted or ordered list of rows, every row names its source, and the tests in
//! `tests/dictionary.rs`, `tests/phrases.rs` and `tests/providers.rs` check order, uniqueness,
//! sources and links. Provider rows are written with the `provider!`, `marker!` and `rule!`
//! macros (`providers/mod.rs`); source URLs that several rows cite are in `citations.rs`.
//!
//! Human texts are not here: they live in the message catalog (`src/i18n/`), keyed by ids
//! that these rows imply (`code.550`, `code.X.1.1`, `cat.mailbox_full.title`,
//! `rule.google.spf_fail.summary` ...).

use crate::code::{BasicCode, EnhancedCode};
use crate::taxonomy::{Category, Retry, Stage, WhoActs};

/// Provenance (`source`, `checked`) of provider, blocklist and client rows: kept in native
/// builds (tests check it), left out of the WebAssembly build, where nothing reads it.
#[cfg(not(target_arch = "wasm32"))]
pub type Provenance = &'static str;

/// Provenance (`source`, `checked`) of a row; empty in the WebAssembly build.
#[cfg(target_arch = "wasm32")]
#[derive(Clone, Copy, Debug)]
pub struct Provenance;

#[cfg(not(target_arch = "wasm32"))]
macro_rules! provenance {
    ($value:expr) => {
        $value
    };
}

#[cfg(target_arch = "wasm32")]
macro_rules! provenance {
    // The source stays in the file (and is still checked to be text); the WebAssembly build
    // does not carry it.
    ($value:expr) => {{
        const _: &str = $value;
        $crate::data::Provenance
    }};
}

#[macro_use]
pub mod packed;

pub mod basic_codes;
pub mod blocklists;
pub mod categories;
pub mod clauses;
pub mod citations;
pub mod clients;
pub mod enhanced_codes;
pub mod knowledge;
pub mod links;
pub mod outcomes;
pub mod phrases;
pub mod providers;
pub mod software;

/// A registered basic reply code (`basic_codes.rs`, sorted by `code`).
#[derive(Clone, Copy, Debug)]
pub struct BasicEntry {
    /// The three-digit code.
    pub code: u16,
    /// Short name as the defining RFC words it.
    pub title: &'static str,
    /// Where it is defined, e.g. `RFC 5321 §4.2.3`; several sources separated by `; `.
    pub source: &'static str,
    /// What this code most likely means when the text says nothing more.
    pub category: Category,
}

/// A code of the IANA "SMTP Enhanced Status Codes" registry (`enhanced_codes.rs`, sorted
/// by `(subject, detail)`).
#[derive(Clone, Copy, Debug)]
pub struct EnhancedEntry {
    /// Subject number (the `1` in `X.1.1`).
    pub subject: u16,
    /// Detail number (the last `1` in `X.1.1`).
    pub detail: u16,
    /// The registry's name for the code.
    pub title: &'static str,
    /// Basic codes the registry associates with it (empty when it lists none).
    pub basic: &'static [u16],
    /// Defining document and section, e.g. `RFC 3463 §3.2`.
    pub source: &'static str,
    /// What this code means as a category when the text says nothing more.
    pub category: Category,
    /// Marked deprecated in the registry.
    pub deprecated: bool,
}

/// How strongly a matched phrase speaks for its category.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Strength {
    /// Names the cause unmistakably ("user unknown", "mailbox full").
    Strong,
    /// Usually means the category, but also appears elsewhere ("quota", "spam").
    Medium,
    /// A hint only ("policy", "rejected").
    Weak,
}

/// The defaults and crosswalks of one category (`categories.rs`, in `Category::ALL` order).
#[derive(Clone, Copy, Debug)]
pub struct CategoryEntry {
    /// The category.
    pub category: Category,
    /// Who acts by default.
    pub who_acts: WhoActs,
    /// Retry advice when the failure is temporary (4yz).
    pub retry_temporary: Retry,
    /// Retry advice when the failure is permanent (5yz).
    pub retry_permanent: Retry,
    /// Counts as a hard bounce when permanent (address should not be mailed again as is).
    pub hard_bounce: bool,
    /// Sisimai reason name (current name).
    pub sisimai: &'static str,
    /// SendGrid bounce classification.
    pub sendgrid: &'static str,
    /// Amazon SES `bounceType` for a permanent failure.
    pub ses_type: &'static str,
    /// Amazon SES `bounceSubType`.
    pub ses_subtype: &'static str,
    /// SparkPost bounce class number.
    pub sparkpost: u8,
    /// Postmark bounce `Type`.
    pub postmark: &'static str,
}

/// A phrase of reply wording that points at a category (`phrases.rs`).
#[derive(Clone, Copy, Debug)]
#[cfg_attr(not(feature = "testing"), allow(dead_code))] // provenance fields are read by the table tests
pub struct PhraseRule {
    /// The words, lowercase; matched ASCII-case-insensitively, on word boundaries.
    pub pattern: &'static str,
    /// The category it speaks for.
    pub category: Category,
    /// How strongly.
    pub strength: Strength,
    /// Language of the phrase (`en`, `de`, `fr` ...).
    pub lang: Lang,
    /// The reply code the words need beside them to mean the category (`Any`: none).
    pub code: RuleCode,
}

/// Notice wording that tells the outcome when there is no code (`outcomes.rs`).
#[derive(Clone, Copy, Debug)]
pub struct OutcomePhrase {
    /// The words, lowercase.
    pub pattern: &'static str,
    /// Permanent or temporary (`Unknown`: the words say the outcome is not told).
    pub outcome: crate::taxonomy::Outcome,
    /// A program's word for an error: a success number beside it is no success, and it tells
    /// no outcome of its own.
    pub error_word: bool,
}

/// A two-letter language code, stored inline (a table of string pointers costs more).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Lang([u8; 2]);

impl Lang {
    /// The code from its two letters.
    pub const fn new(code: &str) -> Lang {
        let b = code.as_bytes();
        Lang([b[0], b[1]])
    }

    /// The code as text.
    #[cfg_attr(not(feature = "testing"), allow(dead_code))]
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).unwrap_or("??")
    }
}

/// A phrase that tells at which SMTP stage the reply came (`phrases.rs`).
#[derive(Clone, Copy, Debug)]
pub struct StagePhrase {
    /// The words, lowercase.
    pub pattern: &'static str,
    /// The stage.
    pub stage: Stage,
}

/// What kind of organisation a provider is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ProviderKind {
    /// A mailbox provider (Gmail, Outlook.com ...).
    Mailbox,
    /// A security gateway in front of mailboxes (Mimecast, Proofpoint ...).
    Gateway,
    /// A DNS blocklist operator (Spamhaus ...).
    Blocklist,
    /// A sending service (Amazon SES ...).
    SendingService,
}

/// A provider, gateway or blocklist operator (one file each under `providers/`).
#[derive(Clone, Copy, Debug)]
#[cfg_attr(not(feature = "testing"), allow(dead_code))] // provenance fields are read by the table tests
pub struct Provider {
    /// Stable id, e.g. `google`.
    pub id: &'static str,
    /// Display name.
    pub name: &'static str,
    /// What it is.
    pub kind: ProviderKind,
    /// Official help or postmaster page (https, on the link allowlist).
    pub help_url: &'static str,
    /// Where the facts of this row come from.
    pub source: Provenance,
    /// When the row was last checked against its source (YYYY-MM-DD).
    pub checked: Provenance,
}

/// A token that tells which provider answered (in the provider's file).
#[derive(Clone, Copy, Debug)]
pub struct ProviderMarker {
    /// The token, lowercase, matched on word boundaries (`gsmtp`, `protection.outlook.com`).
    pub pattern: &'static str,
    /// How sure the token makes us.
    pub strength: Strength,
    /// The token names the provider's mail software, which others run too (Exchange Server's
    /// `RESOLVER.ADR.` codes on premises): the provider's rules apply, but alone it does not
    /// say the provider's own service answered.
    pub software_only: bool,
}

/// A provider-specific message: what a provider means by a code or wording (in its file under
/// `providers/`).
/// A rule matches when its provider was recognised and both its `pattern` (if not empty)
/// and its `code` (if not empty) are present.
#[derive(Clone, Copy, Debug)]
#[cfg_attr(not(feature = "testing"), allow(dead_code))] // provenance fields are read by the table tests
pub struct ProviderRule {
    /// Stable id of the rule; its texts are `rule.<provider>.<id>.*` in the catalog.
    pub id: &'static str,
    /// Words or token of the reply, lowercase (empty: any).
    pub pattern: &'static str,
    /// Enhanced (`5.7.27`) or basic (`421`) code the rule needs, or any code.
    pub code: RuleCode,
    /// What the message means.
    pub category: Category,
    /// Who acts, when it differs from the category's default.
    pub who_acts: Option<WhoActs>,
    /// Retry advice, when it differs from the category's default.
    pub retry: Option<Retry>,
    /// The provider's page about this message (https, allowlisted), or empty.
    pub help_url: &'static str,
    /// Where the meaning comes from.
    pub source: Provenance,
    /// When it was checked (YYYY-MM-DD).
    pub checked: Provenance,
}

/// The code a provider rule needs. Rows write it as a literal (`""`, `"421"`, `"5.7.27"`);
/// `rule!` turns it into this type while the crate compiles, so nothing is parsed per call.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RuleCode {
    /// No code needed: the rule's words decide.
    Any,
    /// A basic reply code (`421`).
    Basic(BasicCode),
    /// An enhanced status code with its class (`5.7.27`).
    Enhanced(EnhancedCode),
}

impl RuleCode {
    /// Reads a row's literal: empty, three digits (200-599), or `class.subject.detail` with
    /// class 2, 4 or 5 and one to three digits per number. Anything else panics, which in a
    /// table (a `const` context) is a compile error:
    ///
    /// ```compile_fail
    /// const BAD: smtp_explain::data::RuleCode = smtp_explain::data::RuleCode::parse("5.7");
    /// ```
    pub const fn parse(text: &str) -> RuleCode {
        let b = text.as_bytes();
        if b.is_empty() {
            return RuleCode::Any;
        }
        // Up to three numbers separated by dots.
        let mut numbers = [0u16; 3];
        let mut digits = [0usize; 3];
        let mut part = 0;
        let mut i = 0;
        while i < b.len() {
            let c = b[i];
            if c == b'.' {
                part += 1;
                if part > 2 {
                    panic!("rule code: more than three numbers");
                }
            } else if c.is_ascii_digit() {
                numbers[part] = numbers[part] * 10 + (c - b'0') as u16;
                digits[part] += 1;
                if digits[part] > 3 {
                    panic!("rule code: a number has more than three digits");
                }
            } else {
                panic!("rule code: only digits and dots");
            }
            i += 1;
        }
        if part == 0 {
            if digits[0] != 3 {
                panic!("rule code: a basic code has three digits");
            }
            return match BasicCode::new(numbers[0]) {
                Some(code) => RuleCode::Basic(code),
                None => panic!("rule code: a basic code is 200-599"),
            };
        }
        if part != 2 || digits[0] != 1 || digits[1] == 0 || digits[2] == 0 {
            panic!("rule code: an enhanced code is class.subject.detail");
        }
        if numbers[0] != 2 && numbers[0] != 4 && numbers[0] != 5 {
            panic!("rule code: the class is 2, 4 or 5");
        }
        match EnhancedCode::new(numbers[0] as u8, numbers[1], numbers[2]) {
            Some(code) => RuleCode::Enhanced(code),
            None => panic!("rule code: not an enhanced code"),
        }
    }

    /// The rule needs no code.
    pub fn is_empty(self) -> bool {
        self == RuleCode::Any
    }
}

impl std::fmt::Display for RuleCode {
    /// The code as rows write it (empty for [`RuleCode::Any`]).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            RuleCode::Any => Ok(()),
            RuleCode::Basic(code) => code.fmt(f),
            RuleCode::Enhanced(code) => code.fmt(f),
        }
    }
}

/// A DNS blocklist zone (`blocklists.rs`).
#[derive(Clone, Copy, Debug)]
#[cfg_attr(not(feature = "testing"), allow(dead_code))] // provenance fields are read by the table tests
pub struct BlocklistZone {
    /// Token in the reply that names the zone, lowercase (`zen.spamhaus.org`).
    pub pattern: &'static str,
    /// Provider id of the list's operator.
    pub provider: &'static str,
    /// Human name of the list or zone (`Spamhaus ZEN`).
    pub zone: &'static str,
    /// What kind of listing it is: texts `zone.<kind>.*` in the catalog.
    pub kind: &'static str,
    /// Page to look the address up or request removal (https, allowlisted).
    pub lookup_url: &'static str,
    /// Where the facts come from.
    pub source: Provenance,
    /// When checked.
    pub checked: Provenance,
}

/// An error code or message of a mail client or library (`clients.rs`).
#[derive(Clone, Copy, Debug)]
#[cfg_attr(not(feature = "testing"), allow(dead_code))] // provenance fields are read by the table tests
pub struct ClientError {
    /// The code or words, lowercase (`0x800ccc0e`, `econnection`, `could not authenticate`).
    pub pattern: &'static str,
    /// Client id (`outlook`, `nodemailer`, `thunderbird`, `phpmailer`, `apple_mail`).
    pub client: &'static str,
    /// What it means.
    pub category: Category,
    /// The basic reply code it stands for, when it stands for one.
    pub basic: Option<u16>,
    /// The stage it implies.
    pub stage: Option<Stage>,
    /// Where it is documented.
    pub source: Provenance,
}

/// What kind of program a [`Software`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SoftwareKind {
    /// A mail server or transfer agent.
    MailServer,
    /// A spam or virus filter beside a mail server.
    Filter,
    /// A mail client or webmail.
    Client,
    /// A library that sends mail for an application.
    Library,
}

/// A mail program, filter, client or library (`software.rs`).
#[derive(Clone, Copy, Debug)]
pub struct Software {
    /// Stable id (`postfix`, `phpmailer`).
    pub id: &'static str,
    /// Display name.
    pub name: &'static str,
    /// What it is.
    pub kind: SoftwareKind,
}

/// Words that tell which program wrote a text (`software.rs`).
#[derive(Clone, Copy, Debug)]
#[cfg_attr(not(feature = "testing"), allow(dead_code))] // the source is read by the table tests
pub struct SoftwareMarker {
    /// The words, lowercase.
    pub pattern: &'static str,
    /// The program's id.
    pub software: &'static str,
    /// Where the words come from.
    pub source: Provenance,
}

#[cfg(test)]
mod tests {
    use super::RuleCode;
    use crate::code::{BasicCode, EnhancedCode};

    #[test]
    fn rule_codes_read_as_typed_codes() {
        assert_eq!(RuleCode::parse(""), RuleCode::Any);
        assert_eq!(RuleCode::parse("421"), RuleCode::Basic(BasicCode::new(421).unwrap()));
        assert_eq!(RuleCode::parse("5.7.27"), RuleCode::Enhanced(EnhancedCode::new(5, 7, 27).unwrap()));
        assert_eq!(RuleCode::parse("4.7.500"), RuleCode::Enhanced(EnhancedCode::new(4, 7, 500).unwrap()));
        for text in ["", "550", "5.7.606", "4.4.2"] {
            assert_eq!(RuleCode::parse(text).to_string(), text);
        }
    }

    #[test]
    #[should_panic]
    fn a_bad_rule_code_is_refused() {
        RuleCode::parse("5.7");
    }
}
