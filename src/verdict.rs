//! The `Verdict`: everything `classify` decides about one finding, without any human text.
//! `describe` words it in a language; nothing after `classify` changes the decision.

use crate::code::{BasicCode, EnhancedCode};
use crate::data::{BlocklistZone, Provider, ProviderRule, Software};
use crate::explanation::{CodeOrigin, EvidenceKind, Interop};
use crate::parse::{InputKind, OriginalMessage, Span};
use crate::taxonomy::{Category, Confidence, Outcome, Retry, Stage, WhoActs};

/// The decision about one reply, recipient or log line.
#[derive(Clone, Debug)]
pub(crate) struct Verdict {
    /// Any code or known wording was found.
    pub recognized: bool,
    /// What the input looked like (a mail program's report of a failure is a client message).
    pub input_kind: InputKind,
    /// The reply as parsed (`None` when there was none and no client code stood for one).
    pub reply: Option<ReplyFacts>,
    /// Every code found, in the order they are shown.
    pub codes: Vec<CodeFact>,
    /// Result for the message.
    pub outcome: Outcome,
    /// SMTP stage, when known.
    pub stage: Option<Stage>,
    /// The cause.
    pub category: Category,
    /// Who has to act.
    pub who_acts: WhoActs,
    /// Whether and when to send again.
    pub retry: Retry,
    /// The provider or filter that answered.
    pub provider: Option<&'static Provider>,
    /// The mail program, client or library that wrote the text, when its words show it.
    pub software: Option<&'static Software>,
    /// The provider rule that decided, with the provider whose file holds it.
    pub rule: Option<(&'static Provider, &'static ProviderRule)>,
    /// The blocklist zone named in the reply.
    pub blocklist: Option<&'static BlocklistZone>,
    /// The recipient (DSN, log line).
    pub recipient: Option<String>,
    /// The remote server (DSN, log line).
    pub remote_host: Option<String>,
    /// Spans of the input that decided, most important first, not overlapping.
    pub evidence: Vec<EvidenceFact>,
    /// What is odd about the input.
    pub warnings: Vec<WarningFact>,
    /// Pages to read, in order (allowlisted https links only).
    pub references: Vec<ReferenceFact>,
    /// How sure.
    pub confidence: Confidence,
    /// Other readings, best first.
    pub alternatives: Vec<Category>,
    /// The result in other taxonomies.
    pub interop: Interop,
    /// Which texts fit: facts about the input that change the wording only.
    pub wording: Wording,
    /// The message a bounce returns (set by `explain` for whole messages).
    pub original: Option<OriginalMessage>,
}

/// The reply's codes and text.
#[derive(Clone, Debug)]
pub(crate) struct ReplyFacts {
    /// Basic code (or the one a client error code stands for).
    pub code: Option<BasicCode>,
    /// Enhanced code of the reply.
    pub enhanced: Option<EnhancedCode>,
    /// The text without codes.
    pub text: String,
    /// Each line's text.
    pub lines: Vec<String>,
}

/// A basic or enhanced code.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CodeValue {
    /// `550`.
    Basic(BasicCode),
    /// `5.1.1`.
    Enhanced(EnhancedCode),
}

/// A code found in the input and where it came from.
#[derive(Clone, Copy, Debug)]
pub(crate) struct CodeFact {
    /// The code.
    pub code: CodeValue,
    /// The reply, a DSN `Status:` field, or a client's error number.
    pub origin: CodeOrigin,
}

/// What an evidence span shows (its label is worded by `describe`).
#[derive(Clone, Copy, Debug)]
pub(crate) enum EvidenceSubject {
    /// A code.
    Code(CodeValue),
    /// The provider rule's message, with the name of the provider that documents it (also when
    /// its words do not say that provider answered: Exchange's texts, written by any Exchange).
    ProviderMessage(&'static str),
    /// The blocklist zone.
    Blocklist,
    /// Wording of the winning category.
    Category(Category),
    /// The provider's tag.
    ProviderTag,
    /// Wording that tells the stage.
    Stage(Stage),
    /// A mail client's error.
    ClientError,
    /// A DSN field or log key.
    DsnField,
}

/// One span of evidence.
#[derive(Clone, Copy, Debug)]
pub(crate) struct EvidenceFact {
    /// Where.
    pub span: Span,
    /// Its kind, as the output names it.
    pub kind: EvidenceKind,
    /// What it shows.
    pub subject: EvidenceSubject,
}

/// A warning: its id and the values its text needs.
#[derive(Clone, Debug)]
pub(crate) struct WarningFact {
    /// Stable id; the text is `warning.<id>`.
    pub id: &'static str,
    /// Placeholder values.
    pub values: Vec<(&'static str, String)>,
}

/// A reference to show.
#[derive(Clone, Debug)]
pub(crate) struct ReferenceFact {
    /// What the page is.
    pub page: ReferencePage,
    /// Its https URL (allowlisted).
    pub url: String,
}

/// Kinds of reference pages; `describe` words their titles.
#[derive(Clone, Copy, Debug)]
pub(crate) enum ReferencePage {
    /// The page of a provider rule (its owner).
    Rule(&'static Provider),
    /// The provider's help page.
    Provider,
    /// Where to look an address up on a blocklist.
    BlocklistLookup,
    /// The RFC section or registry a code comes from (its source text is the title).
    CodeSource(&'static str),
    /// The IANA registry of enhanced status codes.
    IanaRegistry,
}

/// Facts that choose among texts without changing the decision.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct Wording {
    /// The server gave no reason: say so, and list usual causes.
    pub no_reason: bool,
    /// A mail program reports the failure to its user (the retry sentence differs).
    pub client_reported: bool,
    /// Only a code was given: list the usual causes.
    pub code_only: bool,
    /// The input was empty.
    pub empty: bool,
    /// A sending service's HTTP API answered (an HTTP status, no SMTP reply): the steps are
    /// about the API request and key, not a mail program's sign-in or a receiving server.
    pub api: bool,
    /// A success reply to one step of the session (greeting, login, sender, recipient), not to
    /// the message: it shows nothing about the message itself. With the category `unknown`: a
    /// positive reply that a program reports as an error.
    pub step: bool,
}
