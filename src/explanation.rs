//! The `Explanation` returned by `explain()` and the types inside it. Field names are
//! snake_case in Rust and camelCase in JSON/JS; they are stable once shipped.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use crate::data::{ProviderKind, SoftwareKind};
pub use crate::parse::{InputKind, OriginalMessage};
use crate::taxonomy::{Category, Confidence, Outcome, Retry, Stage, WhoActs};

/// A text of an explanation: borrowed from the catalog when it has nothing to fill in, else
/// owned (a template with the code or provider filled in). It reads like a `&str`.
pub type Text = Cow<'static, str>;

/// Everything smtp-explain can say about one reply, recipient or log line.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Explanation {
    /// Whether any code or known message was found.
    pub recognized: bool,
    /// What the input looked like.
    pub input_kind: InputKind,
    /// The reply as parsed, when there was one.
    pub reply: Option<Reply>,
    /// Every code found, with its dictionary meaning.
    pub codes: Vec<CodeInfo>,
    /// What the reply means for the message.
    pub outcome: Outcome,
    /// Where in the SMTP conversation it happened, when known.
    pub stage: Option<Stage>,
    /// The category of the cause.
    pub category: CategoryRef,
    /// One short headline.
    pub title: Text,
    /// What happened and whether it fixes itself, at most two sentences.
    pub summary: Text,
    /// Who has to act.
    pub who_acts: WhoActs,
    /// Whether and when to send again.
    pub retry: Retry,
    /// Steps for the person who sent the mail, in the order to try them.
    pub user_actions: Vec<Text>,
    /// Steps for the admin of the sending side.
    pub admin_actions: Vec<Text>,
    /// Usual causes, given when the server did not say why.
    pub possible_causes: Vec<Text>,
    /// The provider or filter that answered, when recognised.
    pub provider: Option<ProviderRef>,
    /// The mail program, client or library that wrote the text, when its words show it
    /// (`postfix`, `exchange`, `phpmailer` ...).
    pub software: Option<SoftwareRef>,
    /// The blocklist named in the reply, when there is one.
    pub blocklist: Option<BlocklistRef>,
    /// The recipient the explanation is about (from a DSN or log line).
    pub recipient: Option<String>,
    /// The remote server that answered (from a DSN or log line).
    pub remote_host: Option<String>,
    /// The message that bounced: its Message-ID, Subject and Date (from a whole bounce).
    #[serde(default)]
    pub original: Option<OriginalMessage>,
    /// Parts of the input that decided the result.
    pub evidence: Vec<Evidence>,
    /// How sure the result is.
    pub confidence: Confidence,
    /// Other readings when the signals conflict.
    pub alternatives: Vec<CategoryRef>,
    /// What is odd about the input.
    pub warnings: Vec<Warning>,
    /// The same result in other bounce taxonomies.
    pub interop: Interop,
    /// RFC sections and official pages (allowlisted https links only).
    pub references: Vec<Reference>,
    /// Language of the texts.
    pub lang: Text,
    /// Version of the knowledge tables.
    pub data_version: Cow<'static, str>,
}

/// The reply as parsed.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Reply {
    /// Basic code, e.g. 550.
    pub code: Option<u16>,
    /// Enhanced status code, e.g. `5.1.1`.
    pub enhanced: Option<String>,
    /// The text without codes, lines joined by a space.
    pub text: String,
    /// The text of each line.
    pub lines: Vec<String>,
}

/// Whether a code is basic or enhanced.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CodeKind {
    /// Three-digit reply code.
    Basic,
    /// `class.subject.detail` status code.
    Enhanced,
}

/// One code found in the input, with its meaning.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct CodeInfo {
    /// The code as found (`550`, `5.1.1`).
    pub code: String,
    /// Basic or enhanced.
    pub kind: CodeKind,
    /// The registry's or RFC's name for it (for unregistered codes: built from its digits).
    pub title: Text,
    /// What it means, in plain words.
    pub meaning: Text,
    /// Where it is defined (RFC section, registry), or why it is not.
    pub source: Text,
    /// In the IANA registry or an RFC.
    pub registered: bool,
    /// Well formed (class 2/4/5, subject 0–7; basic 2xx–5xx).
    pub valid: bool,
    /// Where the code came from: the remote reply, a DSN `Status:` field, a log's `dsn=` ...
    pub origin: CodeOrigin,
}

/// Where a code came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CodeOrigin {
    /// The server's reply.
    Reply,
    /// A DSN `Status:` field or a log's `dsn=`: chosen by the reporting server.
    Status,
    /// Implied by a mail client's error code (Outlook 0x800CCC69 stands for 550).
    Client,
}

/// A category with its title.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct CategoryRef {
    /// Stable id.
    pub id: Category,
    /// Short title in the explanation's language.
    pub title: Text,
}

/// The provider or filter that answered.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ProviderRef {
    /// Stable id.
    pub id: Cow<'static, str>,
    /// Display name.
    pub name: Cow<'static, str>,
    /// Mailbox provider, gateway, blocklist or sending service.
    pub kind: ProviderKind,
    /// Official help page.
    pub help_url: Cow<'static, str>,
}

/// A mail program, client or library.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SoftwareRef {
    /// Stable id.
    pub id: Cow<'static, str>,
    /// Display name.
    pub name: Cow<'static, str>,
    /// Mail server, filter, client or library.
    pub kind: SoftwareKind,
}

/// A blocklist named in the reply.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct BlocklistRef {
    /// Provider id of the list operator.
    pub id: Cow<'static, str>,
    /// List or zone name.
    pub zone: Cow<'static, str>,
    /// Where to look the address up.
    pub lookup_url: Cow<'static, str>,
}

/// Kind of an evidence span.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EvidenceKind {
    /// A basic reply code.
    BasicCode,
    /// An enhanced status code.
    EnhancedCode,
    /// Wording that decided the category.
    Phrase,
    /// A token that names the provider.
    ProviderTag,
    /// A provider-specific message.
    ProviderMessage,
    /// A blocklist name.
    Blocklist,
    /// A DSN field.
    DsnField,
    /// Wording that tells the SMTP stage.
    Stage,
    /// A mail client's error code or message.
    ClientError,
}

impl EvidenceKind {
    /// The stable snake_case id (as serialized).
    pub fn id(self) -> &'static str {
        match self {
            EvidenceKind::BasicCode => "basic_code",
            EvidenceKind::EnhancedCode => "enhanced_code",
            EvidenceKind::Phrase => "phrase",
            EvidenceKind::ProviderTag => "provider_tag",
            EvidenceKind::ProviderMessage => "provider_message",
            EvidenceKind::Blocklist => "blocklist",
            EvidenceKind::DsnField => "dsn_field",
            EvidenceKind::Stage => "stage",
            EvidenceKind::ClientError => "client_error",
        }
    }
}

/// A part of the input that decided the result. Offsets are byte offsets into the input in
/// Rust; the JS bindings convert them to UTF-16 indices.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct Evidence {
    /// Start offset.
    pub start: usize,
    /// End offset (exclusive).
    pub end: usize,
    /// What the span is.
    pub kind: EvidenceKind,
    /// A short label for a tooltip.
    pub label: Text,
}

/// Something odd about the input.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct Warning {
    /// Stable id (`class_mismatch`, `invalid_code`, `no_reason` ...).
    pub id: Cow<'static, str>,
    /// The warning in the explanation's language.
    pub message: Text,
}

/// The result in other bounce taxonomies.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Interop {
    /// Sisimai reason name.
    pub sisimai: Cow<'static, str>,
    /// SendGrid bounce classification.
    pub sendgrid: Cow<'static, str>,
    /// Amazon SES bounce type and subtype.
    pub ses: SesBounce,
    /// SparkPost bounce class number.
    pub sparkpost: u8,
    /// Postmark bounce type.
    pub postmark: Cow<'static, str>,
    /// A hard bounce: do not send to this address again as it is.
    pub hard_bounce: bool,
}

/// Amazon SES bounce type and subtype.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct SesBounce {
    /// `Permanent`, `Transient` or `Undetermined`.
    #[serde(rename = "type")]
    pub bounce_type: Cow<'static, str>,
    /// The subtype (`General`, `NoEmail`, `MailboxFull` ...).
    pub subtype: Cow<'static, str>,
}

/// A reference: an RFC section or an official page.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(rename_all = "camelCase")]
pub struct Reference {
    /// What it is (`RFC 3463 §3.2`, `Google: SMTP errors and codes`).
    pub title: Text,
    /// https URL on the allowlist.
    pub url: Text,
}

/// One dictionary entry, as `lookup()`, `codes()` and `--list-codes` give it.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct DictionaryEntry {
    /// `550` or `X.1.1`.
    pub code: String,
    /// Basic or enhanced.
    pub kind: CodeKind,
    /// The RFC's or registry's name.
    pub title: &'static str,
    /// Plain meaning.
    pub meaning: String,
    /// Defining document and section.
    pub source: &'static str,
    /// Link to the source.
    pub source_url: String,
    /// The category the code stands for when nothing else is known.
    pub category: Category,
    /// For enhanced codes: associated basic codes listed by the registry.
    pub basic_codes: Vec<u16>,
    /// Marked deprecated in the registry.
    pub deprecated: bool,
}

/// One category of the taxonomy, as `categories()` gives it.
#[derive(Clone, Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct CategoryInfo {
    /// Stable id.
    pub id: Category,
    /// Short title.
    pub title: String,
    /// One-line definition.
    pub definition: String,
    /// Who acts by default.
    pub who_acts: WhoActs,
    /// Retry advice for temporary failures.
    pub retry_temporary: Retry,
    /// Retry advice for permanent failures.
    pub retry_permanent: Retry,
    /// The crosswalk to other taxonomies (for a permanent failure).
    pub interop: Interop,
    /// Retired Sisimai names that map to this category's Sisimai reason.
    pub sisimai_aliases: Vec<&'static str>,
}

#[cfg(test)]
mod tests {
    use super::EvidenceKind;

    #[test]
    fn evidence_kind_ids_are_their_serialized_names() {
        use EvidenceKind::*;
        for kind in [BasicCode, EnhancedCode, Phrase, ProviderTag, ProviderMessage, Blocklist, DsnField, Stage, ClientError] {
            assert_eq!(serde_json::to_value(kind).ok(), Some(serde_json::Value::from(kind.id())));
        }
    }
}
