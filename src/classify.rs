//! Weighs the signals of one finding — codes, wording, provider tags and rules, blocklists,
//! client errors — and decides everything about one finding: a text-free [`Verdict`].

use crate::code::{BasicCode, Class, EnhancedCode};
use crate::data::blocklists::BLOCKLIST_ZONES;
use crate::data::categories::neighbours;
use crate::data::clauses::{
    CJK_MISSING_OBJECTS, CJK_MISSING_WORDS, CJK_WINDOW, CLAUSE_WINDOW, CLAUSE_WORDS, MISSING_OBJECTS, MISSING_WORDS, REFUSAL_WORDS,
    REFUSED_OBJECTS,
};
use crate::data::clients::client_error;
use crate::data::outcomes::{outcome_rule, TEMPORARY_BY_NATURE};
use crate::data::phrases::{phrase, phrase_count, NO_REASON_TEXTS, STAGE_PHRASES};
use crate::data::providers;
use crate::data::software::{self, software_marker};
use crate::data::{
    BlocklistZone, ClientError, EnhancedEntry, Provider, ProviderKind, ProviderRule, RuleCode, Software, SoftwareKind, Strength,
};
use crate::dictionary::{basic_entry, category_entry, enhanced_entry, source_url, IANA_REGISTRY_URL};
use crate::explanation::{CodeOrigin, EvidenceKind, Interop, SesBounce};
use crate::matcher::{Hit, Rule};
use crate::parse::{DsnAction, Finding, InputKind, Span};
use crate::taxonomy::{Category, Confidence, Outcome, Retry, Stage, WhoActs};
use crate::util::{self, contains_ignore_ascii_case};
use crate::verdict::{
    CodeFact, CodeValue, EvidenceFact, EvidenceSubject, ReferenceFact, ReferencePage, ReplyFacts, Verdict, WarningFact, Wording,
};

/// Weight of each kind of signal. A provider rule outweighs everything; clear wording
/// outweighs a registry code; a basic code alone is a weak hint.
mod weight {
    pub const PROVIDER_RULE: f32 = 10.0;
    pub const STRONG_PHRASE: f32 = 5.0;
    pub const BLOCKLIST: f32 = 5.0;
    pub const CLIENT_ERROR: f32 = 4.0;
    pub const CLIENT_WRAPPER: f32 = 1.5;
    pub const MEDIUM_PHRASE: f32 = 3.0;
    pub const ENHANCED: f32 = 3.0;
    pub const ENHANCED_GENERIC: f32 = 1.5;
    pub const STATUS_FIELD: f32 = 2.0;
    /// A failed DSN with a temporary code: the sender gave up. Beats a bare code, not a cause
    /// the reply names (wording, a specific enhanced code): that cause is the better answer.
    pub const GAVE_UP: f32 = 2.5;
    pub const WEAK_PHRASE: f32 = 1.0;
    /// The thing a reply says it refused ("client host rejected"): more than a catch-all
    /// code with generic refusal words (1.5 + 1), less than any wording that names the cause.
    pub const REFUSED_OBJECT: f32 = 2.75;
    pub const BASIC: f32 = 1.0;
    /// The HTTP status of a sending service's API error: what the status means for a mail API
    /// (401/403 a key refused, 429 a rate limit), less than any wording that names a cause.
    pub const HTTP_STATUS: f32 = 2.0;
    /// A category needs this score to be named as an alternative.
    pub const ALTERNATIVE: f32 = 3.0;
    /// Score from which a result without conflict is certain.
    pub const HIGH: f32 = 6.0;
}

fn code_matches(rule_code: RuleCode, basic: Option<BasicCode>, enhanced: &[EnhancedCode]) -> bool {
    // Rule codes are typed when the crate compiles: nothing is parsed on this path, which runs per rule.
    match rule_code {
        RuleCode::Any => true,
        RuleCode::Basic(code) => basic == Some(code),
        RuleCode::Enhanced(code) => enhanced.contains(&code),
    }
}

/// Scores of all categories, indexed like `Category::ALL`.
struct Scores {
    total: Vec<f32>,
    strongest: Vec<f32>,
    /// Phrases of another category were left out inside longer ones ([`nested_phrases`]).
    nested_words: bool,
}

impl Scores {
    fn new() -> Self {
        Scores { total: vec![0.0; Category::ALL.len()], strongest: vec![0.0; Category::ALL.len()], nested_words: false }
    }

    fn add(&mut self, category: Category, weight: f32) {
        if category == Category::Unknown {
            return;
        }
        let i = category as usize;
        self.total[i] += weight;
        self.strongest[i] = self.strongest[i].max(weight);
    }

    /// Categories by score, best first (ties: the stronger single signal, then table order).
    fn ranked(&self) -> Vec<(Category, f32)> {
        let mut ranked: Vec<(Category, f32, f32)> = Category::ALL
            .iter()
            .map(|&c| (c, self.total[c as usize], self.strongest[c as usize]))
            .filter(|(_, score, _)| *score > 0.0)
            .collect();
        crate::util::sort_by(&mut ranked, |a, b| (a.1, a.2) > (b.1, b.2));
        ranked.into_iter().map(|(c, s, _)| (c, s)).collect()
    }
}

/// Normalised words of a text: lowercase letters and digits, single spaces.
fn words(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_alphanumeric() { c.to_ascii_lowercase() } else { ' ' })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether the reply text says nothing beyond a generic refusal.
fn gives_no_reason(text: &str, marker_texts: &[&str]) -> bool {
    let mut normalized = words(text);
    // Each distinct marker once: a reply that repeats a tag thousands of times stays linear.
    let mut seen: Vec<String> = Vec::new();
    for marker in marker_texts {
        let marker = words(marker);
        if !seen.contains(&marker) {
            normalized = normalized.replace(&marker, " ");
            seen.push(marker);
        }
    }
    let normalized = words(&normalized);
    // The table's texts normalised once.
    static NO_REASON_WORDS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    normalized.is_empty() || NO_REASON_WORDS.get_or_init(|| NO_REASON_TEXTS.iter().map(|t| words(t)).collect()).contains(&normalized)
}

/// The clearest provider marker anywhere in the input, outside addresses: who answered when a
/// finding (one recipient of a bounce) has no marker of its own. Computed once per input.
pub(crate) fn input_marker(input: &str, hits: &[Hit]) -> Option<(&'static Provider, Hit)> {
    hits.iter()
        .filter(|h| {
            let after_at = h.start > 0 && input.as_bytes()[h.start - 1] == b'@';
            !after_at && !in_local_part(input, h)
        })
        .filter_map(|h| match h.rule {
            Rule::Marker(i) => Some((providers::marker(i).1.strength, *h, providers::marker(i).0)),
            _ => None,
        })
        .filter(|(strength, hit, _)| *strength <= Strength::Medium || in_greeting(input, hit) || connected_to(input, hit))
        .min_by_key(|(strength, hit, _)| (*strength, hit.start))
        .map(|(_, hit, provider)| (provider, hit))
}

/// Whether `hit` stands in the field of a bounce or DSN that names the server that answered:
/// Postfix's and Exim's `host <name> [ip] said:` / `host <name>[ip]` and a DSN's `Remote-MTA:`.
fn names_the_answering_host(input: &str, hit: &Hit) -> bool {
    let before = &input.as_bytes()[hit.start.saturating_sub(48)..hit.start];
    let field = before.rsplit(|&b| b == b'\n').next().unwrap_or(before).trim_ascii_start();
    let starts = |prefix: &[u8]| field.len() >= prefix.len() && field[..prefix.len()].eq_ignore_ascii_case(prefix);
    let remote_mta = starts(b"remote-mta:");
    // `host` right before the name, also at the end of the line before it: Postfix wraps its
    // bounce at 80 columns ("<a@b>: host\n    mx.example.net[192.0.2.1] said: 550 ...").
    let trimmed = before.trim_ascii_end();
    let host_word = trimmed.len() < before.len() && trimmed.len() >= 4 && trimmed[trimmed.len() - 4..].eq_ignore_ascii_case(b"host");
    let after = &input.as_bytes()[hit.end..(hit.end + 64).min(input.len())];
    let said = contains_ignore_ascii_case(after, b"said:") || contains_ignore_ascii_case(after, b"said ");
    // Exchange's NDR opens a line with the host, then its words for "said" in the sender's
    // language ("mx.example.net gave this error:", "... ha restituito questo errore:").
    let host_opens_line = field.iter().all(|&b| b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-'));
    let after = after.strip_prefix(b" ").unwrap_or(after);
    let ndr = host_opens_line && NDR_SAID.iter().any(|w| after.len() >= w.len() && after[..w.len()].eq_ignore_ascii_case(w.as_bytes()));
    remote_mta || (host_word && said) || ndr
}

/// Exchange's NDR template after the host that answered ("<host> returned this error:") in
/// English and its translations (learn.microsoft.com, "What's included in an NDR?").
const NDR_SAID: [&str; 7] = [
    "gave this error",
    "returned this error",
    "rejected your message",
    "ha restituito questo errore",
    "hat diesen fehler zur",
    "a renvoyé cette erreur",
    "ha devuelto este error",
];

/// Whether a host name in a refusal is given with the address it connected from (`name [ip]`,
/// `name[ip]`): the refusing server names its client there (Exim's `$sender_fullhost` in
/// "JunkMail rejected - o1.shared.sendgrid.net [192.0.2.1]:30010 is in an RBL"), not itself.
fn names_the_client(input: &str, hit: &Hit) -> bool {
    let after = &input.as_bytes()[hit.end..(hit.end + 3).min(input.len())];
    let after = after.strip_prefix(b" ").unwrap_or(after);
    after.first() == Some(&b'[') && after.get(1).is_some_and(u8::is_ascii_digit)
}

/// Whether a hit lies in the first word after a `220` greeting or a `250` EHLO reply of a
/// session transcript ("SERVER -> CLIENT: 220 smtp.mail.yahoo.com ESMTP ready", "< 220 126.com
/// Anti-spam GT for Coremail System"): the server names itself there, so even a weak host marker
/// tells who answered. The look-back is bounded.
fn in_greeting(input: &str, h: &Hit) -> bool {
    let before = &input.as_bytes()[h.start.saturating_sub(64)..h.start];
    let word_start = before.iter().rposition(u8::is_ascii_whitespace).map_or(0, |i| i + 1);
    let prefix = &before[..word_start];
    [b"220 ", b"220-", b"250 ", b"250-"].iter().any(|code| prefix.ends_with(*code))
}

/// Whether a hit lies in the host name a mail client says it connects to ("Connection: opening
/// to smtp.seznam.cz:465" in PHPMailer's transcript, "Connecting to smtp.mail.yahoo.com",
/// "=== Trying smtp.zoho.eu:587..." in swaks'): the server it then talks to is that host's, so
/// even a weak host marker tells who answered. The look-back is bounded.
fn connected_to(input: &str, h: &Hit) -> bool {
    let before = &input.as_bytes()[h.start.saturating_sub(48)..h.start];
    let host_start = before.iter().rposition(|b| !(b.is_ascii_alphanumeric() || matches!(b, b'.' | b'-'))).map_or(0, |i| i + 1);
    let mut prefix = &before[..host_start];
    for scheme in [&b"ssl://"[..], b"tls://"] {
        if prefix.len() >= scheme.len() && prefix[prefix.len() - scheme.len()..].eq_ignore_ascii_case(scheme) {
            prefix = &prefix[..prefix.len() - scheme.len()];
        }
    }
    [&b"opening to "[..], b"connecting to ", b"connect to ", b"connection to ", b"connected to ", b"trying "]
        .iter()
        .any(|p| prefix.len() >= p.len() && prefix[prefix.len() - p.len()..].eq_ignore_ascii_case(p))
}

/// The last two labels of a host name, or three under a short second-level label of a country
/// (`co.jp`, `com.br`): enough to tell whether two host names belong to one organisation.
fn base_domain(host: &str) -> &str {
    let mut dots = host.rmatch_indices('.').map(|(i, _)| i);
    let (Some(last), Some(second)) = (dots.next(), dots.next()) else { return host };
    if last - second <= 4 && host.len() - last == 3 {
        return dots.next().map_or(host, |third| &host[third + 1..]);
    }
    &host[second + 1..]
}

/// Whether a log line records this server refusing a client that connected to it (inbound),
/// rather than a remote server's reply to this one: Postfix smtpd/postscreen `NOQUEUE: reject:
/// RCPT from host[ip]: ...` and cleanup `milter-reject: END-OF-MESSAGE from host[ip]: ...`
/// (smtpd_check.c, cleanup_milter.c log formats), Sendmail's `ruleset=check_rcpt, ...
/// reject=550 ...`, Exim's reject log `H=host [ip] ... rejected RCPT <addr>: ...` (not its
/// delivery lines, whose `H=` is the remote server: "SMTP error from remote mail server").
fn inbound_refusal(line: &str) -> bool {
    let lower = line.to_ascii_lowercase();
    let postfix = util::find(&lower, "reject: ").is_some_and(|at| {
        let rest = &lower[at + 8..];
        // `RCPT from host[ip]`, `END-OF-MESSAGE from host[ip]`: a command, then the client.
        let mut words = rest.split_whitespace();
        words.next().is_some() && words.next() == Some("from") && words.next().is_some_and(|client| client.contains('['))
    });
    let sendmail = util::contains(&lower, "ruleset=check_") && util::contains(&lower, "reject=");
    let exim = (lower.starts_with("h=") || util::contains(&lower, " h="))
        && util::contains(&lower, " rejected ")
        && !util::contains(&lower, "error from remote");
    postfix || sendmail || exim
}

/// Whether a hit lies in the local part of an address: a forwarding or alias address that
/// spells another address's domain before its own `@` (addy.io's `alias+bob=gmail.com@example.org`,
/// SRS's `SRS0=HHH=TT=gmail.com=bob@forwarder.example`). That domain says nothing about who
/// answered. The look-ahead stops at the first character an address cannot hold, within 64
/// bytes (a local part's limit, RFC 5321 §4.5.3.1.1): linear however many hits.
fn in_local_part(input: &str, h: &Hit) -> bool {
    let rest = &input.as_bytes()[h.end..];
    rest.iter()
        .take(64)
        .find(|&&b| {
            b == b'@' || b.is_ascii_whitespace() || matches!(b, b'<' | b'>' | b'"' | b'\'' | b'(' | b')' | b',' | b';' | b':' | b'[' | b']')
        })
        .is_some_and(|&b| b == b'@')
}

/// The codes of a finding, and the client error that may stand for one.
struct Codes {
    /// The reply's basic code, or the one a client error code stands for.
    basic: Option<BasicCode>,
    /// The reply's enhanced code.
    reply_enhanced: Option<EnhancedCode>,
    /// The DSN `Status:` or log `dsn=` code.
    status: Option<EnhancedCode>,
    /// The reply's enhanced code and the status code.
    enhanced: Vec<EnhancedCode>,
    /// A basic code implied by a client error (Outlook 0x800CCC69 → 550).
    implied_basic: Option<BasicCode>,
    /// The client error that was recognised, and its row.
    client: Option<(Hit, &'static ClientError)>,
    /// The client row that says why: `client`, or the TLS error a connection wrapper failed on.
    cause: Option<(Hit, &'static ClientError)>,
}

impl Codes {
    fn any(&self) -> bool {
        self.basic.is_some() || !self.enhanced.is_empty()
    }
}

fn read_codes(finding: &Finding, hits: &[Hit]) -> Codes {
    let reply = finding.reply.as_ref();
    let reply_basic = reply.and_then(|r| r.basic).map(|b| b.value);
    let reply_enhanced = reply.and_then(|r| r.enhanced).map(|e| e.value);
    let status = finding.status.map(|s| s.value);
    // The first client row that names a cause; else the first that only marks a client.
    let client_hits = || {
        hits.iter().filter_map(|h| match h.rule {
            Rule::Client(i) => Some((*h, client_error(i))),
            _ => None,
        })
    };
    // A row that stands for a reply code (Horde's "Server is not accepting SMTP connections" is its
    // 554) comes before one that only names an outer wrapper (`OCA\Mail\Exception\ServiceException`).
    // Of two rows read at the same place, the longer says more ("Unable to open connection to SMTP
    // server due to security error" is a TLS failure, its first words a connection failure).
    let longest_at = |(h, row): (Hit, &'static ClientError)| {
        client_hits().rfind(|(o, other)| o.start == h.start && o.end > h.end && other.category != Category::Unknown).unwrap_or((h, row))
    };
    // Of the rows that name a cause, the longest: a library's message ("No authentication mechanisms
    // supported by both server and client") says more than the exception class around it
    // (`AuthenticationFailedException`) or a language string before it ("Could not authenticate.").
    let client = client_hits()
        .filter(|(_, row)| row.category != Category::Unknown)
        .map(longest_at)
        .reduce(|best, next| if next.0.end - next.0.start > best.0.end - best.0.start { next } else { best })
        .or_else(|| client_hits().find(|(_, row)| row.basic.is_some()))
        .or_else(|| client_hits().next());
    // A wrapper that says the connection failed, followed by the TLS error it failed on
    // (PHPMailer's "Could not connect to SMTP host. Connection failed. stream_socket_enable_crypto():
    // Peer certificate CN=... did not match ..."): the TLS error is why; the wrapper still names
    // the program.
    let cause = client.map(|(h, row)| {
        let tls_after = (row.category == Category::NetworkError)
            .then(|| client_hits().find(|(o, other)| o.start >= h.end && other.category == Category::TlsFailed))
            .flatten();
        tls_after.unwrap_or((h, row))
    });
    let implied_basic = if reply_basic.is_none() { client.and_then(|(_, c)| c.basic).and_then(BasicCode::new) } else { None };
    Codes {
        basic: reply_basic.or(implied_basic),
        reply_enhanced,
        status,
        enhanced: reply_enhanced.into_iter().chain(status).collect(),
        implied_basic,
        client,
        cause,
    }
}

/// Postfix's smtp client failing to reach a server: `connect to <host>[<address>]:<port>:
/// <reason>` (src/smtp/smtp_connect.c): the host never answered (LABELS.md §4).
fn postfix_connect_failure(text: &str) -> bool {
    let line = text.trim_start().lines().next().unwrap_or("");
    line.get(..11).is_some_and(|p| p.eq_ignore_ascii_case("connect to ")) && line.contains("]:")
}

/// Who answered and which provider rule applies.
struct Source {
    /// The provider that answered, and the hit that named it.
    provider: Option<(&'static Provider, Option<Hit>)>,
    /// The provider rule that decided, its owner and its hit.
    rule: Option<(&'static Provider, &'static ProviderRule, Option<Hit>)>,
    /// The sending server reports its own trouble (a log line without a remote reply).
    local_error: bool,
}

/// Sort key of a candidate rule: a rule about the reply itself (its code, or words inside it)
/// beats words elsewhere; then pattern and code beat pattern beats code; then an exact
/// pattern beats a `*` prefix pattern; then the earlier match; then the longer one.
type Specificity = (bool, u8, bool, std::cmp::Reverse<usize>, usize);

fn find_source(
    input: &str,
    finding: &Finding,
    hits: &[Hit],
    input_marker: Option<(&'static Provider, Hit)>,
    codes: &Codes,
    in_client_message: &dyn Fn(Hit) -> bool,
) -> Source {
    let reply = finding.reply.as_ref();
    let reply_span = reply.filter(|r| r.basic.is_some() || r.enhanced.is_some()).map(|r| r.span);
    // The domain of an address (`bob@gmail.com`) tells who answered only when it is the
    // recipient's own address. A reply that starts with `<addr>` echoes the recipient
    // (Postfix, Sendmail, iCloud ...).
    // Elsewhere in the reply a bare address is the recipient's only where nothing speaks of a
    // sender or of relaying ("550 I cannot deliver mail for bob@gmail.com" is a relay refusal by
    // a server that is not the recipient's).
    let echoed = reply.and_then(|r| {
        let lower = r.text.to_ascii_lowercase();
        if let Some(text) = r.text.strip_prefix('<') {
            return (!util::contains(&lower, "sender")).then(|| text.split('>').next()).flatten();
        }
        let elsewhere = ["sender", "relay", "from", " for "].iter().all(|w| !util::contains(&lower, w));
        elsewhere.then(|| echoed_address(&r.text)).flatten()
    });
    let recipient_domain = finding.recipient.as_deref().or(echoed).and_then(|r| r.rsplit_once('@')).map(|(_, d)| d.to_ascii_lowercase());
    // A server of another domain named as the one that answered (`relay=smtp.isp.example`,
    // `Remote-MTA:`), not an address: the recipient's domain then says who holds the mailbox, not
    // who answered (a smarthost); a provider's own host is matched by its markers.
    let remote_named = finding.remote_host.as_deref().is_some_and(|h| {
        // The name before its address or port (`relay=mailrelay.example.com:25`).
        let h = h.split([':', '[']).next().unwrap_or(h);
        let name = h.contains('.') && h.bytes().any(|b| b.is_ascii_alphabetic());
        name && recipient_domain.as_deref().is_some_and(|d| base_domain(d) != base_domain(&h.trim_end_matches('.').to_ascii_lowercase()))
    });
    // A diagnostic Postfix wrote itself with no reply code (`Diagnostic-Code: X-Postfix; mail for
    // ... loops back to myself`, RFC 3464 §2.3.6) tells nothing of the recipient's servers: only
    // hosts it names count, not the recipient's domain.
    let own_diagnostic = finding.kind == InputKind::Dsn
        && reply.is_some_and(|r| r.basic.is_none() && r.enhanced.is_none())
        && util::contains_ignore_ascii_case(
            input.as_bytes().get(finding.region.start..finding.region.end).unwrap_or_default(),
            b"x-postfix;",
        );
    let usable = |h: &Hit| {
        let in_address = h.start > 0 && input.as_bytes()[h.start - 1] == b'@';
        if in_local_part(input, h) {
            return false;
        }
        // A program's own error names the server it sent through (its submission server), not
        // the recipient's: the recipient's domain tells who answered only in a server's report.
        let from_a_server = codes.client.is_none() || !matches!(finding.kind, InputKind::Text | InputKind::Code | InputKind::Reply);
        !in_address
            || (from_a_server
                && !remote_named
                && !own_diagnostic
                && recipient_domain.as_deref().is_some_and(|d| input[h.start..h.end].eq_ignore_ascii_case(d)))
    };
    // A sending service's host name beside a reply it relays (a DSN's `Reporting-MTA`) tells
    // who sent the message, not who refused it: it counts only inside the reply itself.
    // A DSN's `Remote-MTA` names the server that answered, and the recipient's own domain the
    // service that holds the mailbox.
    let relayed_by_sender = |h: &Hit, p: &Provider| {
        if p.kind != ProviderKind::SendingService {
            return false;
        }
        if reply_span.is_none_or(|r| r.contains(Span::new(h.start, h.end))) {
            return names_the_client(input, h);
        }
        // `Remote-MTA: dns; name`, Exim's and Postfix's `host name [ip]` (the look-back is
        // bounded: linear however many hits).
        let before = &input.as_bytes()[h.start.saturating_sub(96)..h.start];
        let field = before.rsplit(|&b| b == b'\n').next().unwrap_or(before).trim_ascii_start();
        let starts = |prefix: &[u8]| field.len() >= prefix.len() && field[..prefix.len()].eq_ignore_ascii_case(prefix);
        let names_remote = starts(b"remote-mta:") || starts(b"host ") || names_the_answering_host(input, h);
        let in_recipient = recipient_domain.as_deref().is_some_and(|d| d.ends_with(&input[h.start..h.end].to_ascii_lowercase()));
        !names_remote && !in_recipient
    };
    let marker_in_region = hits
        .iter()
        .filter(|h| usable(h))
        .filter_map(|h| match h.rule {
            Rule::Marker(i) => Some((providers::marker(i).1.strength, *h, providers::marker(i).0)),
            _ => None,
        })
        // A sending service's own tag on the reply's line, just before its code, names the service
        // that answered ("Mailgun API response 401 (UNAUTHORIZED)"), not one that relayed a reply.
        .filter(|(strength, h, p)| (*strength == Strength::Strong && tags_reply_line(input, h, reply_span)) || !relayed_by_sender(h, p))
        // A service's own marker outranks tokens of a provider's software (Exchange's
        // `STOREDRV.`), which anyone may run: a hosted Exchange's host name beside them names
        // who answered. At equal strength a host name or tag of the server itself outranks the
        // recipient's domain, which says who holds the mailbox, not who answered (a forwarded
        // address).
        .min_by_key(|(strength, hit, _)| {
            let software = matches!(hit.rule, Rule::Marker(i) if providers::marker(i).1.software_only);
            // The server a bounce says answered (`host <name> said:`, `Remote-MTA: dns; <name>`)
            // outranks the recipient's domain at any strength: a smarthost or relay service
            // (Amazon SES, a hoster's outbound filter) answered for a Gmail address.
            (
                software,
                !names_the_answering_host(input, hit),
                *strength,
                hit.start > 0 && input.as_bytes()[hit.start - 1] == b'@',
                hit.start,
            )
        });
    // Outside the finding (other parts of a bounce) only clear markers count. A log line with
    // no code from a remote server reports the sending server's own trouble: addresses in it
    // (to=<x@hotmail.com>) do not say who answered.
    // So does a notice whose only diagnostic is its server's failure to connect ("connect to
    // host[ip]:25: Connection timed out"): the destination was never reached.
    let local_error = match finding.kind {
        InputKind::LogLine => reply.is_none_or(|r| r.basic.is_none() && r.enhanced.is_none()),
        InputKind::Dsn => reply.is_some_and(|r| {
            r.basic.is_none() && r.enhanced.is_none() && r.text.get(..11).is_some_and(|t| t.eq_ignore_ascii_case("connect to "))
        }),
        // Postfix's smtp client's own line pasted without its log head (src/smtp/smtp_connect.c).
        InputKind::Text => {
            reply.is_none_or(|r| r.basic.is_none() && r.enhanced.is_none())
                && postfix_connect_failure(&input[finding.region.start..finding.region.end])
        }
        _ => false,
    };
    // A log line of this server refusing a connecting client: it answered itself, and the
    // host and addresses in the line are the client's and the envelope's.
    let inbound = matches!(finding.kind, InputKind::LogLine | InputKind::Reply)
        && inbound_refusal(input.get(finding.region.start..finding.region.end).unwrap_or(""));
    let marker = if local_error || inbound { None } else { marker_in_region.map(|(_, hit, p)| (p, hit)).or(input_marker) };
    let mut provider = marker.map(|(p, hit)| (p, Some(hit)));
    // A status code that only one provider writes (a pack marker row whose pattern is the code,
    // such as Exchange Online's 4.4.316) names it when no words do.
    if provider.is_none() && !(local_error || inbound) {
        provider = code_marker(&codes.enhanced).map(|p| (p, None));
    }
    // Gmail's session id at the end of its reply names Gmail when a program dropped its tag.
    if provider.is_none() && !(local_error || inbound) {
        let words = reply.map_or("", |r| r.text.as_str()).split(|c: char| c.is_whitespace() || "()[]<>,;:'\"".contains(c));
        if words.into_iter().any(providers::google::is_session_id) {
            provider = providers::provider("google").map(|p| (p, None));
        }
    }

    // Pattern rules apply when their provider answered, when nobody was recognised, or when
    // they belong to a gateway, blocklist or sending service; code-only rules need the provider.
    let detected = provider.map(|(p, _)| p.id);
    let mut best: Option<(&'static Provider, &'static ProviderRule, Option<Hit>, Specificity)> = None;
    let mut consider = |owner: &'static Provider, candidate: &'static ProviderRule, hit: Option<Hit>| {
        let independent = matches!(owner.kind, ProviderKind::Gateway | ProviderKind::Blocklist | ProviderKind::SendingService);
        // Words from the registry's own name of the rule's code (5.7.1 "Delivery not authorized,
        // message refused") are quoted by many mail programs: alone they do not say who answered.
        let registry_words = !candidate.pattern.is_empty()
            && matches!(candidate.code, RuleCode::Enhanced(e) if enhanced_entry(e).is_some_and(|entry| contains_ignore_ascii_case(entry.title.as_bytes(), candidate.pattern.as_bytes())));
        // A bare suffix of the provider's own code token (`*_421` of La Poste's `LPN007_421`)
        // means nothing without the token, which is the provider's marker (qmail's logs write
        // `Remote_host_said:_421_...`).
        let token_suffix = candidate.pattern.starts_with("*_");
        let applies =
            detected == Some(owner.id) || (hit.is_some() && !token_suffix && (independent || (detected.is_none() && !registry_words)));
        if !applies || !code_matches(candidate.code, codes.basic, &codes.enhanced) {
            return;
        }
        let exact = !candidate.pattern.ends_with('*') && !candidate.pattern.starts_with('*');
        let about_reply = match (hit, reply_span) {
            (Some(h), Some(r)) => r.contains(Span::new(h.start, h.end)),
            _ => true,
        };
        let specificity = (
            about_reply,
            u8::from(hit.is_some()) * 2 + u8::from(!candidate.code.is_empty()),
            exact,
            std::cmp::Reverse(hit.map_or(0, |h| h.start)),
            hit.map_or(0, |h| h.end - h.start),
        );
        if best.is_none_or(|(_, _, _, s)| specificity > s) {
            best = Some((owner, candidate, hit, specificity));
        }
    };
    for h in hits {
        if let Rule::ProviderMessage(i) = h.rule {
            if !in_client_message(*h) {
                let (owner, candidate) = providers::rules()[i];
                consider(owner, candidate, Some(*h));
            }
        }
    }
    for &(owner, candidate) in code_only_rules() {
        consider(owner, candidate, None);
    }
    // The reply's own clear words outrank a provider's message read in the wrapper before it
    // (.NET's "... or client was not authenticated. The server response was: 5.7.0 must issue
    // STARTTLS command first"): the embedded reply decides.
    let in_reply = |h: &Hit| reply_span.is_some_and(|r| r.contains(Span::new(h.start, h.end)));
    let rule = best.map(|(owner, r, h, _)| (owner, r, h)).filter(|(_, r, h)| {
        let reply_says_otherwise = || {
            hits.iter().any(|p| {
                matches!(p.rule, Rule::Phrase(i) if phrase(i).strength == Strength::Strong && phrase(i).category != r.category)
                    && in_reply(p)
            })
        };
        // Only words before the reply: what follows it may be the reply's own next line.
        !(h.is_some_and(|h| reply_span.is_some_and(|r| h.end <= r.start)) && reply_says_otherwise())
    });
    // A blocklist operator never answers mail itself: its rules do not name who answered.
    if let Some((owner, _, h)) = rule.filter(|(o, _, _)| o.kind != ProviderKind::Blocklist) {
        let gateway_or_list = owner.kind != ProviderKind::Mailbox;
        if provider.is_none() || (provider.map(|(p, _)| p.id) != Some(owner.id) && !gateway_or_list) {
            provider = Some((owner, h));
        }
    }
    // Tokens of a provider's software alone (Exchange's `RESOLVER.ADR.`) do not say that its
    // service answered: anyone may run that software. Its rules still read the reply.
    let software_only = provider.is_some_and(|(p, _)| {
        let input_hit = input_marker.map(|(_, h)| h);
        let (mut software, mut service) = (false, false);
        for h in hits.iter().filter(|h| usable(h)).chain(input_hit.iter()) {
            if let Rule::Marker(i) = h.rule {
                let (owner, marker) = providers::marker(i);
                if owner.id == p.id {
                    software |= marker.software_only;
                    service |= !marker.software_only;
                }
            }
        }
        software && !service
    });
    let provider = if software_only || inbound { None } else { provider };
    Source { provider, rule, local_error }
}

/// Whether `hit` ends on the line where the reply starts, before the reply: a tag of the server
/// that wrote the reply ("Mailgun API response 401 ..."), not a header line above it.
fn tags_reply_line(input: &str, hit: &Hit, reply_span: Option<Span>) -> bool {
    reply_span
        .is_some_and(|r| hit.end <= r.start && input.as_bytes().get(hit.end..r.start).is_some_and(|between| !between.contains(&b'\n')))
}

/// The provider that a finding's enhanced code names: a marker row of the knowledge pack whose
/// pattern is an enhanced status code only that provider writes.
fn code_marker(enhanced: &[EnhancedCode]) -> Option<&'static Provider> {
    crate::data::knowledge::markers()
        .iter()
        .find(|(_, m)| {
            m.pattern.starts_with(|c: char| c.is_ascii_digit()) && EnhancedCode::parse(m.pattern).is_some_and(|e| enhanced.contains(&e))
        })
        .map(|(p, _)| *p)
}

/// The provider rules that read a code alone (no pattern), in table order; listed once.
fn code_only_rules() -> &'static [(&'static Provider, &'static ProviderRule)] {
    static RULES: std::sync::OnceLock<Vec<(&'static Provider, &'static ProviderRule)>> = std::sync::OnceLock::new();
    RULES.get_or_init(|| providers::rules().iter().filter(|(_, r)| r.pattern.is_empty()).copied().collect())
}

/// Whether the sending server gave up on the message: Postfix `status=expired`, or a failed
/// DSN whose status is a temporary code (it retried until its limit, RFC 3464 §2.3.3).
fn gave_up(input: &str, finding: &Finding, codes: &Codes) -> bool {
    let failed = finding.action.is_some_and(|a| a.value == DsnAction::Failed);
    let log_expired = failed && finding.action.is_some_and(|a| input[a.span.start..a.span.end].eq_ignore_ascii_case("expired"));
    let temporary_code =
        codes.basic.is_some_and(|b| b.is_transient()) || codes.reply_enhanced.or(codes.status).is_some_and(|e| e.class_digit() == 4);
    log_expired || (failed && temporary_code)
}

/// Whether a program marker that is a syslog ident (`sendmail[`, `sm-mta[`) stands inside a
/// longer ident joined by a hyphen (`ns8-sendmail[1239916]:`), the name of another program.
pub(crate) fn inside_longer_ident(input: &str, h: &Hit) -> bool {
    matches!(h.rule, Rule::Software(i) if software_marker(i).pattern.ends_with('['))
        && input.as_bytes()[..h.start].last().is_some_and(|&b| b == b'-' || b.is_ascii_alphanumeric())
}

/// Whether a blocklist zone stands inside a DNS name being looked up (`DNS query failure. Query:
/// 1800flowers.com.dbl.spamhaus.org`, Postfix's "lookup error for DNS query
/// 1.1.20.10.psbl.surriel.com", Haraka's "[dnsbl] looking up: 2.0.0.127.zen.spamhaus.org."), or
/// in a line of Postfix's DNS lookup daemon (`dnsblog reply timeout 10s for zen.spamhaus.org`):
/// the lookup is the question, not a listing.
pub(crate) fn zone_in_query(input: &str, h: &Hit) -> bool {
    // Every hit passes here: the look-back is read for zones only.
    if !matches!(h.rule, Rule::Zone(_)) {
        return false;
    }
    let bytes = input.as_bytes();
    let before = &bytes[h.start.saturating_sub(80)..h.start];
    let line = before.rsplit(|&b| b == b'\n').next().unwrap_or(before);
    let has = |word: &[u8]| crate::util::contains_ignore_ascii_case(before, word);
    (h.start > 0 && bytes[h.start - 1] == b'.' && (has(b"query") || has(b"lookup") || has(b"looking up")))
        || crate::util::contains_ignore_ascii_case(line, b"dnsblog")
}

/// Whether a phrase hit stands in a link's path (`https://www.example.ru/spam.html`): a page's
/// name says nothing about the message. The host (`lookup.uribl.com`) and the query
/// (`?ip=...&c=rdns`, a provider's own code) still count, and so do phrases that are themselves
/// addresses (with a `/`). The look-back stops at the word's start (at most 256 bytes).
pub(crate) fn inside_link(input: &str, h: &Hit) -> bool {
    let Rule::Phrase(i) = h.rule else { return false };
    let word = &input.as_bytes()[h.start.saturating_sub(256)..h.start];
    let word = word.rsplit(|b| b.is_ascii_whitespace() || matches!(b, b'"' | b'\'' | b'<' | b'(')).next().unwrap_or(word);
    let Some(scheme) = word.windows(3).position(|w| w == b"://") else { return false };
    let after_host = &word[scheme + 3..];
    after_host.contains(&b'/') && !after_host.contains(&b'?') && !phrase(i).pattern.contains('/')
}

/// The program that wrote the finding: a client's or library's own row, else the first words
/// that name a mail program. (The whole text's form is [`text_software`], read once per input.)
fn software_of(hits: &[Hit], codes: &Codes) -> Option<&'static Software> {
    application_of(hits)
        .or_else(|| {
            codes.client.and_then(|(hit, row)| software::by_id(sharper_client(hits, hit, row.client, row.category).unwrap_or(row.client)))
        })
        .or_else(|| filter_software(hits))
        .or_else(|| input_software(hits))
}

/// The program the whole text's form names when no words do: Exim's main log lines, Python's
/// smtplib reply tuples. One pass over the text; the caller reads it once per input, not once
/// per finding.
pub(crate) fn text_software(input: &str) -> Option<&'static Software> {
    crate::parse::exim_main_log(input)
        .then(|| software::by_id("exim"))
        .flatten()
        .or_else(|| python_reply_tuple(input).then(|| software::by_id("python_smtplib")).flatten())
}

/// Whether the text holds a reply as Python 3's smtplib carries it: the exception's arguments
/// `(code, b'text')`, the reply text kept as bytes (`SMTPResponseException.__init__(self, code, msg)`
/// with the `errmsg` bytes of `getreply()`, https://github.com/python/cpython/blob/v3.12.0/Lib/smtplib.py),
/// printed bare by the applications that catch it: "(535, b'5.7.8 Error: authentication failed')",
/// "{'a@example.org': (451, b'4.3.0 Error: queue file write error')}".
fn python_reply_tuple(input: &str) -> bool {
    let bytes = input.as_bytes();
    bytes.windows(8).any(|w| {
        w[0] == b'('
            && w[1..4].iter().all(u8::is_ascii_digit)
            && matches!(w[1], b'2'..=b'5')
            && &w[4..7] == b", b"
            && matches!(w[7], b'\'' | b'"')
    })
}

/// Whether a program's error ends in Go's `io.EOF` ("EOF", io/io.go), which net/smtp and the mail
/// libraries built on it return when the server closes the connection without a reply: listmonk's
/// "error sending message in campaign X: EOF", Grafana's `error=EOF`.
fn ends_in_go_eof(input: &str) -> bool {
    input.lines().any(|line| {
        let line = line.trim_end().trim_end_matches(['"', '\'']);
        line.strip_suffix("EOF").is_some_and(|before| before.ends_with(": ") || before.ends_with("error=") || before.ends_with("err="))
    })
}

/// Applications that send mail through a library and wrap its error in their own words (Grafana's
/// notifier, Redmine's notice, Odoo's mail server, Gitea's mailer ...): the text is the
/// application's even where a library's wording inside it names the cause. (Jenkins and osTicket
/// print the library's exception under a line of their own: the library names those texts.)
const APPLICATIONS: &[&str] =
    &["odoo", "home_assistant", "redmine", "grafana", "gitea", "nextcloud", "matomo", "moodle", "discourse", "wp_mail_smtp", "fluent_smtp"];

/// The application whose own wrapper words (a client row) are in `hits`, if any. A product name
/// alone (a path, a console banner) does not make the text the application's: its library's
/// exception is still the library's.
fn application_of(hits: &[Hit]) -> Option<&'static Software> {
    hits.iter()
        .find_map(|h| match h.rule {
            Rule::Client(i) => Some(client_error(i).client).filter(|id| APPLICATIONS.contains(id)),
            _ => None,
        })
        .and_then(software::by_id)
}

/// Libraries that share a wording: Symfony Mailer kept Swift Mailer's ('Connection could not be
/// established with host', 'Failed to authenticate on SMTP server with username'), and only goes on
/// in its own words ('with host "%s"', '... using the following authenticators').
const SHARED_WORDING: &[(&str, &str)] = &[("swiftmailer", "symfony_mailer")];

/// The library that wrote a shared wording: a row of the same category that names its successor,
/// inside or after the shared row.
fn sharper_client(hits: &[Hit], first: Hit, first_client: &str, category: Category) -> Option<&'static str> {
    let successor = SHARED_WORDING.iter().find(|(shared, _)| *shared == first_client).map(|&(_, s)| s)?;
    hits.iter().filter(|h| h.start > first.start || (h.start == first.start && h.end > first.end)).find_map(|h| match h.rule {
        Rule::Client(i) if client_error(i).category == category && client_error(i).client == successor => Some(successor),
        _ => None,
    })
}

/// The first filter or policy daemon named beside the reply: a mail server's log line that
/// carries a filter's verdict (postgrey, policyd-spf, OpenDMARC ...) was decided by the filter.
fn filter_software(hits: &[Hit]) -> Option<&'static Software> {
    hits.iter()
        .filter_map(|h| match h.rule {
            Rule::Software(i) => software::by_id(software_marker(i).software).filter(|s| s.kind == SoftwareKind::Filter).map(|s| (h, s)),
            _ => None,
        })
        // Of markers at one place the longer, more specific one: rspamd's scanner text
        // "Spamassassin bulk message found" over the `spamassassin` inside it.
        .min_by_key(|(h, _)| (h.start, std::cmp::Reverse(h.end)))
        .map(|(_, s)| s)
}

/// The first words in `hits` that name a mail program; else, for a whole input, the program whose
/// own message is in it outside the reply that was read (Outlook's 'The message could not be sent
/// because one of the recipients was rejected by the server' around the server's response, a
/// PHPMailer debug log's 'SMTP ERROR: Password command failed' on the line after the reply).
pub(crate) fn input_software(hits: &[Hit]) -> Option<&'static Software> {
    hits.iter()
        .find_map(|h| match h.rule {
            Rule::Software(i) => software::by_id(software_marker(i).software),
            _ => None,
        })
        .or_else(|| application_of(hits))
        .or_else(|| {
            hits.iter().find_map(|h| match h.rule {
                Rule::Client(i) => software::by_id(client_error(i).client),
                _ => None,
            })
        })
}

/// Whether an enhanced code only says which area failed: `X.y.0`, and `X.7.1` ("delivery not
/// authorized"), which servers send for every kind of refusal (spam, lists, relaying, policy).
fn is_generic(code: EnhancedCode) -> bool {
    code.detail() == 0 || (code.subject_number() == 7 && code.detail() == 1)
}

/// The registry's reading of an enhanced code, and whether it only names the area: a detail the
/// registry does not list (Exchange's `4.4.312`) reads as its subject's `X.y.0`, as RFC 3463
/// section 3.1 lets a client read any code by its class and subject.
fn registry_reading(code: EnhancedCode) -> Option<(bool, &'static EnhancedEntry)> {
    match enhanced_entry(code) {
        Some(entry) => Some((is_generic(code), entry)),
        None => EnhancedCode::new(code.class_digit(), code.subject_number(), 0).and_then(enhanced_entry).map(|entry| (true, entry)),
    }
}

/// The category an enhanced code's registry reading speaks for: a success code (`2.6.0`,
/// RFC 3463 section 3.1: class 2 is success) names no failure of its subject, only success.
fn reading_category(code: Option<EnhancedCode>, entry: &EnhancedEntry) -> Category {
    if code.is_some_and(|c| c.class_digit() == 2) {
        Category::Delivered
    } else {
        entry.category
    }
}

/// Adds up the signals for each category.
fn score(
    input: &str,
    finding: &Finding,
    hits: &[Hit],
    codes: &Codes,
    source: &Source,
    read_by_rules: &[(Category, f32)],
    in_client_message: &dyn Fn(Hit) -> bool,
) -> Scores {
    let mut scores = Scores::new();
    for &(category, weight) in read_by_rules {
        scores.add(category, weight);
    }
    // A code implied by a client's error number is a guess; the server's own code is not.
    if let Some(b) = codes.basic.filter(|_| codes.implied_basic.is_none() || codes.reply_enhanced.is_none()).and_then(basic_entry) {
        scores.add(b.category, weight::BASIC);
    }
    if let Some((generic, entry)) = codes.reply_enhanced.filter(|e| e.is_valid()).and_then(registry_reading) {
        scores.add(reading_category(codes.reply_enhanced, entry), if generic { weight::ENHANCED_GENERIC } else { weight::ENHANCED });
    }
    // A delay notice (RFC 3464 section 2.3.3, Action: delayed) is still retrying: the status its
    // sender will give up with (Exchange's 4.4.7, "delivery time expired") does not say it expired.
    let delayed = finding.action.is_some_and(|a| a.value == DsnAction::Delayed);
    if let Some((generic, entry)) = codes
        .status
        .filter(|s| s.is_valid() && Some(*s) != codes.reply_enhanced)
        .and_then(registry_reading)
        .filter(|(_, entry)| !(delayed && entry.category == Category::Expired))
    {
        let w = if codes.reply_enhanced.is_some() { weight::STATUS_FIELD } else { weight::ENHANCED };
        scores.add(reading_category(codes.status, entry), if generic { weight::ENHANCED_GENERIC } else { w });
    }
    // Each phrase and zone row counts once (a repeated phrase is one signal).
    let mut counted = vec![0u64; (phrase_count() + BLOCKLIST_ZONES.len()).div_ceil(64)];
    let nested = nested_phrases(hits);
    scores.nested_words = nested.contains(&true);
    // A domain list (SURBL, URIBL, DBL) beside words about the message's content judged the
    // links in the message, not the sender (LABELS.md §1).
    let about_content = hits.iter().any(|h| matches!(h.rule, Rule::Phrase(i) if phrase(i).category == Category::SpamContent));
    for (h, nested) in hits.iter().zip(nested) {
        let bit = match h.rule {
            Rule::Phrase(i) => i,
            Rule::Zone(i) => phrase_count() + i,
            _ => continue,
        };
        if nested || counted[bit / 64] & (1 << (bit % 64)) != 0 || (matches!(h.rule, Rule::Phrase(_)) && in_client_message(*h)) {
            continue;
        }
        counted[bit / 64] |= 1 << (bit % 64);
        match h.rule {
            Rule::Phrase(i) => {
                let p = phrase(i);
                let w = match p.strength {
                    Strength::Strong => weight::STRONG_PHRASE,
                    Strength::Medium => weight::MEDIUM_PHRASE,
                    Strength::Weak => weight::WEAK_PHRASE,
                };
                scores.add(p.category, w);
            }
            Rule::Zone(i) if about_content && BLOCKLIST_ZONES[i].kind == "domain" => scores.add(Category::SpamContent, weight::BLOCKLIST),
            Rule::Zone(_) => scores.add(Category::SenderBlocklisted, weight::BLOCKLIST),
            _ => {}
        }
    }
    if let Some(status) = finding.http_status.filter(|_| codes.basic.is_none()) {
        if let Some(category) = http_category(status.value) {
            scores.add(category, weight::HTTP_STATUS);
        } else if matches!(status.value, 400 | 422)
            && api_request_fault(input.get(finding.region.start..finding.region.end).unwrap_or_default())
        {
            scores.add(Category::MessageFormat, weight::HTTP_STATUS);
        }
    }
    if let Some((_, c)) = codes.cause {
        // The client's wrapper text counts less than the server's own reply inside it.
        let server_spoke = finding.reply.as_ref().is_some_and(|r| r.basic.is_some() || r.enhanced.is_some());
        // A wrapper that says the connection failed, around a server's refusal (JavaMail's
        // "Could not connect to SMTP host: h, port: 25, response: 554" for any greeting but 220,
        // SMTPTransport.openServer): the server answered, so its code tells why.
        let refused_at_connect = c.category == Category::NetworkError
            && finding.reply.as_ref().and_then(|r| r.basic).is_some_and(|b| matches!(b.value.value() / 100, 4 | 5));
        if !refused_at_connect {
            scores.add(c.category, if server_spoke { weight::CLIENT_WRAPPER } else { weight::CLIENT_ERROR });
        }
    }
    if let Some((_, r, _)) = source.rule {
        scores.add(r.category, weight::PROVIDER_RULE);
    }
    if gave_up(input, finding, codes) {
        scores.add(Category::Expired, weight::GAVE_UP);
    }
    scores
}

/// Which phrase hits lie inside a longer strong phrase hit that names another category: the
/// longer wording was written for that context ("501 Syntax error - line too long" is about the
/// message's lines, not its commands), so the words inside it do not speak against it. One
/// pass over the hits (sorted by start, then end): the strong hit reaching furthest so far,
/// and the longer hits of the same start.
fn nested_phrases(hits: &[Hit]) -> Vec<bool> {
    let strong = |h: &Hit| match h.rule {
        Rule::Phrase(i) if phrase(i).strength == Strength::Strong => Some(phrase(i).category),
        _ => None,
    };
    let mut reach = (0, 0, Category::Unknown);
    let mut nested = vec![false; hits.len()];
    for (i, h) in hits.iter().enumerate() {
        let Rule::Phrase(p) = h.rule else { continue };
        let c = phrase(p).category;
        let longer_here =
            hits[i + 1..].iter().take_while(|g| g.start == h.start).any(|g| g.end > h.end && strong(g).is_some_and(|gc| gc != c));
        nested[i] = longer_here || (reach.2 != c && (reach.1 > h.end || (reach.1 == h.end && reach.0 < h.start)));
        if let Some(hc) = strong(h).filter(|_| h.end > reach.1) {
            reach = (h.start, h.end, hc);
        }
    }
    nested
}

/// What an HTTP status of a sending service's mail API says (RFC 9110 section 15, and the
/// services' own tables: SendGrid https://www.twilio.com/docs/sendgrid/api-reference/how-to-use-the-sendgrid-v3-api/responses,
/// Mailgun https://documentation.mailgun.com/docs/mailgun/quickstart-guide/responses,
/// Postmark https://postmarkapp.com/developer/api/overview and
/// https://postmarkapp.com/support/article/troubleshooting-422-unprocessable-entity-errors,
/// SparkPost https://support.sparkpost.com/docs/tech-resources/extended-error-codes,
/// Mailjet https://dev.mailjet.com/email/reference/overview/errors/,
/// Brevo https://developers.brevo.com/docs/how-it-works,
/// Resend https://resend.com/docs/api-reference/errors,
/// Microsoft Graph https://learn.microsoft.com/graph/errors): 401 and 403 the API key or token
/// missing, wrong or without the permission; 429 too many requests; 413 a request too large;
/// 5xx the service's own failure (retried later). 400 and 422 (a request the service would
/// not take) name no cause of their own: the message's words do.
fn http_category(status: u16) -> Option<Category> {
    match status {
        401 | 403 | 407 => Some(Category::AuthFailed),
        429 => Some(Category::RateLimited),
        413 => Some(Category::MessageTooLarge),
        503 => Some(Category::ServerUnavailable),
        500..=599 => Some(Category::ServerError),
        _ => None,
    }
}

/// Whether a sending service's HTTP API answered rather than a mail server (the texts then
/// speak of the API key and the request, not a mailbox password or a receiving server): no
/// SMTP code, and an HTTP client error, or a service with a mail API (see [`API_SERVICES`]) that
/// answered with an HTTP status or whose answer has an API's form: its JSON error body
/// (`{"errors": [...]}`, `{"error": {...}}`, `{"ErrorCode": 10, ...}`: SendGrid's, SparkPost's,
/// Microsoft Graph's, Postmark's), an API host or the word "API" (Microsoft Graph's "Graph API
/// responded with code ...", `MailgunAPIError`, `Postmark::InvalidApiKeyError`).
fn api_context(
    input: &str,
    finding: &Finding,
    codes: &Codes,
    provider: Option<&'static crate::data::Provider>,
    category: Category,
) -> bool {
    let lower = || input.get(finding.region.start..finding.region.end).unwrap_or_default().to_ascii_lowercase();
    if codes.any() {
        // A service's SMTP relay that takes an API key as the password says so when it refuses
        // one (SendGrid's "535 Authentication failed: The provided authorization grant is invalid,
        // expired, or revoked"): the key is what to fix there too.
        return category == Category::AuthFailed && {
            let text = lower();
            API_KEY_WORDS.iter().any(|w| util::contains(&text, w))
        };
    }
    let api_service = provider.is_some_and(|p| API_SERVICES.iter().any(|&(_, id)| id == p.id));
    // A 5xx with its reason phrase may also be a mail server's own words ("500 Internal Server
    // Error" quoted in a bounce notice): only beside a service with a mail API.
    match finding.http_status {
        Some(status) if status.value < 500 || api_service => return true,
        _ if !api_service => return false,
        _ => {}
    }
    let lower = lower();
    const API_FORMS: &[&str] = &[
        "\"errors\"",
        "errors:",
        "\"error\":",
        "\"error\" :",
        "api.",
        "/api/",
        "api error",
        "apierror",
        "apiexception",
        "apiresponse",
        "apikey",
        "\"errorcode\"",
    ];
    API_FORMS.iter().any(|f| util::contains(&lower, f))
        || lower.match_indices("api").any(|(at, _)| {
            let bytes = lower.as_bytes();
            (at == 0 || !bytes[at - 1].is_ascii_alphanumeric()) && bytes.get(at + 3).is_none_or(|b| !b.is_ascii_alphanumeric())
        })
}

/// Words that name an API key or token as the credential refused (SendGrid's "authorization
/// grant", https://www.twilio.com/docs/sendgrid/for-developers/sending-email/integrating-with-the-smtp-api;
/// Postmark's server and account tokens, https://postmarkapp.com/developer/api/overview#authentication).
const API_KEY_WORDS: &[&str] = &["api key", "api_key", "apikey", "authorization grant", "server token", "account token"];

/// Names of the sending services' APIs, their SDKs and hosts, as their error messages and
/// stack traces show them, with the provider that answered: the service whose API returned an
/// HTTP status is who refused (SendGrid's `python_http_client`, Symfony's
/// `MailgunApiTransport`, `Postmark::ApiInputError`, `SparkPost\APIResponseException`,
/// Brevo's (Sendinblue's) `sib-request-id` header, Microsoft Graph's host and
/// Mailozaurr's `Send-GraphMailMessage`, the Gmail API's host, Amazon SES's `sesv2`).
const API_SERVICES: &[(&str, &str)] = &[
    ("sendgrid", "sendgrid"),
    ("mailgun", "mailgun"),
    ("postmark", "postmark"),
    ("sparkpost", "sparkpost"),
    ("mailjet", "mailjet"),
    ("sendinblue", "brevo"),
    ("brevo", "brevo"),
    ("sib-request-id", "brevo"),
    ("api.resend.com", "resend"),
    ("resend error", "resend"),
    ("mandrill", "mandrill"),
    ("graph.microsoft.com", "microsoft"),
    ("microsoft graph", "microsoft"),
    ("msgraph", "microsoft"),
    ("graphmail", "microsoft"),
    ("gmail.googleapis.com", "google"),
    ("sesv2", "amazon_ses"),
];

/// The sending service whose API a text with an HTTP status names first (see [`API_SERVICES`]).
fn api_service(text: &str) -> Option<&'static crate::data::Provider> {
    let lower = text.to_ascii_lowercase();
    API_SERVICES
        .iter()
        .filter_map(|&(name, id)| util::find(&lower, name).map(|at| (at, id)))
        .min_by_key(|&(at, _)| at)
        .and_then(|(_, id)| crate::data::providers::provider(id))
}

/// How the sending services' APIs say, beside a 400 or 422, that an address field of the
/// request is malformed: Postmark's ErrorCode 300 messages "Invalid 'To' address" and "Error
/// parsing 'To'" (https://postmarkapp.com/developer/api/overview#error-codes, as Anymail reads
/// them: https://github.com/anymail/django-anymail/pull/239), Postmark's "Illegal email address",
/// SendGrid's "does not contain a valid address" (https://www.twilio.com/docs/sendgrid/api-reference/mail-send/mail-send#responses),
/// Mailgun's "'to' parameter is not a valid address".
const API_ADDRESS_FAULTS: &[&str] = &[
    "invalid 'to'",
    "invalid 'cc'",
    "invalid 'bcc'",
    "invalid 'from'",
    "error parsing 'to'",
    "error parsing 'cc'",
    "error parsing 'bcc'",
    "illegal email address",
    "invalid email address",
    "not a valid email address",
    "not contain a valid address",
    "is not a valid address",
];

/// How the sending services' APIs name, beside a 400 or 422, a field of the request that is
/// missing or malformed: SendGrid's error body names the field (`"field": "from.email"`,
/// `"field": "subject"`, `null` when no field is at fault; https://www.twilio.com/docs/sendgrid/api-reference/mail-send/errors,
/// its Node client prints it `field: 'content.0.value'`), Mailgun's "'from' parameter is missing"
/// (https://documentation.mailgun.com/docs/mailgun/api-reference/api-overview, 400 with a
/// "message"), Resend's `missing_required_field` (422, https://resend.com/docs/api-reference/errors).
const API_FIELD_FAULTS: &[&str] = &["\"field\":\"", "\"field\": \"", "field: '", "parameter is missing", "missing_required_field"];

/// Whether a sending service's API error says an address or another field of the request is
/// missing or malformed (see [`API_ADDRESS_FAULTS`], [`API_FIELD_FAULTS`]): a fault of the
/// message as the program built it.
fn api_request_fault(text: &str) -> bool {
    let lower = text.to_ascii_lowercase();
    API_ADDRESS_FAULTS.iter().chain(API_FIELD_FAULTS).any(|w| util::contains(&lower, w))
}

/// A quota the reply (or, with none, the finding's text) names in words no phrase row holds
/// ("Requested mailbox exceeds quota", "recipient quota limit is exceeded", "Quota exceed the
/// hard limit"), read only when no phrase about a mailbox or sending limit was. A quota a server
/// names without saying whose is the mailbox's (RFC 3463 §3.3, X.2.2 "Mailbox full": the user
/// "has exceeded a per-mailbox administrative quota"); a notice speaks to the sender, so "your
/// ... quota" is the sender's own sending quota ("You have exceeded your Outmail quota").
fn quota_category(input: &str, finding: &Finding) -> Option<Category> {
    let lower = reading_text(input, finding);
    let bytes = lower.as_bytes();
    let word = |b: u8| b.is_ascii_alphanumeric() || b >= 0x80;
    let mut from = 0;
    while let Some(at) = lower[from..].find("quota").map(|i| from + i) {
        let before = at == 0 || !word(bytes[at - 1]);
        let after = at + 5 >= bytes.len() || !word(bytes[at + 5]);
        if before && after {
            let near_before: Vec<&str> =
                lower[..at].split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).rev().take(2).collect();
            let near_after: Vec<&str> = lower[at + 5..].split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).take(7).collect();
            let yours = near_before.contains(&"your");
            let near = || near_before.iter().chain(&near_after);
            // Whose quota: words of sending ("Sender quota limit reached", "exceeded its quota for
            // total number of external recipients") make it a sending limit, unless words of a
            // mailbox stand beside it ("Quota exceeded (mailbox for user is full)").
            let sending = near().any(|w| SENDING_QUOTA_WORDS.contains(w));
            let mailbox = near().any(|w| MAILBOX_QUOTA_WORDS.contains(w));
            return Some(if yours || (sending && !mailbox) { Category::RateLimited } else { Category::MailboxFull });
        }
        from = at + 5;
    }
    None
}

/// Whether the finding is a line of Postfix's submission or smtps service (`postfix/submission/smtpd`,
/// `postfix/smtps/smtpd`: the service names of Postfix's master.cf template).
fn submission_log(input: &str, finding: &Finding) -> bool {
    let region = input.get(finding.region.start..finding.region.end).unwrap_or_default().as_bytes();
    finding.kind == InputKind::LogLine
        && [&b"postfix/submission/"[..], b"postfix/smtps/"].iter().any(|w| contains_ignore_ascii_case(region, w))
}

/// Words beside "quota" that make it the sender's sending quota.
const SENDING_QUOTA_WORDS: &[&str] = &[
    "sender",
    "sending",
    "send",
    "outgoing",
    "outbound",
    "submission",
    "relay",
    "messages",
    "recipients",
    "emails",
    "daily",
    "hourly",
    "rate",
];
/// Words beside "quota" that make it a mailbox's storage quota.
const MAILBOX_QUOTA_WORDS: &[&str] = &["mailbox", "mailboxes", "storage", "disk", "space", "inbox", "folder", "recipient", "full"];

/// Log fields whose value names where a message was handed (a transport, mailer or router), not
/// what happened to it: Postfix `relay=` (global/log_adhoc.c), Sendmail `mailer=`, Exim's `T=`
/// and `R=` (spec chapter "Log files").
const TRANSPORT_FIELDS: [&[u8]; 4] = [b"relay=", b"mailer=", b" t=", b" r="];

/// Whether the bytes before a word end with one of [`TRANSPORT_FIELDS`] (without case).
fn names_a_transport(before: &[u8]) -> bool {
    TRANSPORT_FIELDS.iter().any(|key| before.len() >= key.len() && before[before.len() - key.len()..].eq_ignore_ascii_case(key))
}

/// The words of a (lowercased) text outside addresses and log fields (`sender@example.com`,
/// `from=<a@b>`), one space apart: what the reply says, not what it quotes.
fn prose_words(text: &str) -> String {
    let kept: Vec<&str> = text.split_whitespace().filter(|t| !t.contains('@') && !t.contains('=')).collect();
    words(&kept.join(" "))
}

/// Whether a (lowercased) reply speaks of the sender's address.
fn names_the_sender(text: &str) -> bool {
    let prose = format!(" {} ", prose_words(text));
    [" sender ", " mail from ", " from address ", " return path ", " envelope from ", " originator "]
        .iter()
        .any(|w| util::contains(&prose, w))
}

/// Words of a server that checked the sender's address by asking the sender's own server (a
/// callout) and quotes that server's answer: the quoted "550 5.1.1 User unknown" is about the
/// sender, not the recipient. Exim `src/acl.c` ("Sender verify failed") and Postfix
/// `src/smtpd/smtpd_check.c` (reject_unverified_sender: "Sender address rejected: undeliverable
/// address: ..." and "... unverified address: ...").
const SENDER_VERIFICATION: [&str; 3] =
    ["sender verify failed", "sender address rejected: undeliverable address", "sender address rejected: unverified address"];

/// Whether the finding reports a failed verification of the sender's address.
fn verifies_the_sender(input: &str, finding: &Finding) -> bool {
    let text = input.get(finding.region.start..finding.region.end).unwrap_or_default().as_bytes();
    SENDER_VERIFICATION.iter().any(|w| contains_ignore_ascii_case(text, w.as_bytes()))
}

/// The address a reply names first, bracketed (`<bob@example.com>: ...`, Postfix, Sendmail) or
/// bare ("550 Unknown user bob@example.com", "552 bob@example.com has a full mailbox").
fn echoed_address(text: &str) -> Option<&str> {
    let at = text.find('@')?;
    let start = text[..at].rfind([' ', '<', '(', '"', '\'', ':']).map_or(0, |i| i + 1);
    let end = at + text[at..].find([' ', '>', ')', '"', '\'', ',', ';']).unwrap_or(text.len() - at);
    let address = text[start..end].trim_end_matches([':', '.']);
    (start < at && address.len() > at - start + 3 && address[at - start + 1..].contains('.')).then_some(address)
}

/// Whether a (lowercased) reply speaks of the recipient's address (and not of the HELO name).
fn names_the_recipient(text: &str) -> bool {
    let prose = format!(" {} ", prose_words(text));
    [" recipient ", " rcpt to ", " rcpt "].iter().any(|w| util::contains(&prose, w))
        && ![" helo ", " ehlo "].iter().any(|w| util::contains(&prose, w))
}

/// The text a reading rule reads: the reply, or with none the finding's text, lowercased.
fn reading_text(input: &str, finding: &Finding) -> String {
    match finding.reply.as_ref() {
        Some(r) => r.text.to_ascii_lowercase(),
        None => input.get(finding.region.start..finding.region.end).unwrap_or("").to_ascii_lowercase(),
    }
}

/// Whether the reply says the message's From header is missing, empty or wrong, in any of the
/// ways servers put it ("MIME message is missing 'From' header", "Blank From: addresses are not
/// allowed", "Messages missing a valid address in From: header, or having no From: header"):
/// RFC 5322 §3.6 requires exactly one From field holding the author's address. The sender's
/// address refused by name ("Your FROM address must match your authenticated user") is not
/// this: it needs the header named, or a word for an empty field before "From:".
fn from_header_fault(input: &str, finding: &Finding) -> bool {
    let text = reading_text(input, finding);
    // Quotes and colons dropped, so "'From' header" and "From: header" read as "from header".
    let plain: String = text.chars().filter(|c| !matches!(c, '\'' | '"' | '`' | ':')).collect();
    let words: Vec<&str> = plain.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    const FAULT: &[&str] = &["missing", "no", "blank", "empty", "invalid", "valid", "malformed", "multiple", "without", "null"];
    let fault_near = |i: usize| words[i.saturating_sub(4)..i].iter().any(|w| FAULT.contains(w));
    words.windows(2).enumerate().any(|(i, pair)| match pair {
        ["from", "header" | "headers" | "field"] => {
            fault_near(i) || words[i + 2..].iter().take(4).any(|w| matches!(*w, "missing" | "empty" | "invalid"))
        }
        // "Blank From: addresses": an empty-field word right before the header name with its colon.
        ["from", "address" | "addresses"] => {
            i > 0 && matches!(words[i - 1], "blank" | "empty" | "missing" | "no" | "null") && util::contains(&text, "from:")
        }
        _ => false,
    })
}

/// The outcome the codes and the DSN action tell, before the wording is weighed.
fn outcome_of_codes(finding: &Finding, codes: &Codes) -> Outcome {
    match finding.action.map(|a| a.value) {
        Some(DsnAction::Failed) => Outcome::Permanent,
        Some(DsnAction::Delayed) => Outcome::Temporary,
        Some(DsnAction::Delivered | DsnAction::Relayed | DsnAction::Expanded) => Outcome::Success,
        None => match (codes.basic, codes.reply_enhanced.or(codes.status)) {
            (Some(b), _) => match b.value() / 100 {
                2 => Outcome::Success,
                3 => Outcome::Intermediate,
                4 => Outcome::Temporary,
                _ => Outcome::Permanent,
            },
            (None, Some(e)) => match e.class_digit() {
                2 => Outcome::Success,
                4 => Outcome::Temporary,
                5 => Outcome::Permanent,
                _ => Outcome::Unknown,
            },
            // A sending service's API refused the request: a retry of the same request fails
            // again, except after a rate limit, a timeout or the service's own failure. Beside
            // a mail program's own SMTP message the status is only how an app's web page reported
            // that message (FluentSMTP's `{"code": 422, "message": "SMTP Error: data not
            // accepted."}`): it tells nothing of the mail.
            (None, None) => match finding.http_status.filter(|_| codes.client.is_none()).map(|s| s.value) {
                Some(408 | 429 | 500..=599) => Outcome::Temporary,
                Some(400..=499) => Outcome::Permanent,
                _ => Outcome::Unknown,
            },
        },
    }
}

/// Which hits lie inside a mail client's own message (binary search over their spans, sorted by
/// start with the running maximum of their ends, so a flood of client errors stays linear).
/// Wording inside a client's message belongs to that message, not to the server.
struct ClientSpans(Vec<(usize, usize)>);

impl ClientSpans {
    fn of(hits: &[Hit]) -> ClientSpans {
        let mut spans: Vec<(usize, usize)> = Vec::new();
        for h in hits.iter().filter(|h| matches!(h.rule, Rule::Client(_))) {
            let reach = spans.last().map_or(h.end, |&(_, end)| end.max(h.end));
            spans.push((h.start, reach));
        }
        ClientSpans(spans)
    }

    fn contain(&self, h: Hit) -> bool {
        let before = self.0.partition_point(|&(start, _)| start <= h.start);
        before > 0 && self.0[before - 1].1 >= h.end
    }
}

/// The outcome: the codes (or the DSN action), else the notice's wording, else the nature of
/// the leading category.
fn decide_outcome(finding: &Finding, codes: &Codes, hits: &[Hit], leading: Category, top: f32) -> Outcome {
    // The first outcome words decide; of those that start at the same place, the longest (hits
    // are sorted by start, then end): "your message could not be delivered for more than" (a
    // delay notice) over "your message could not be delivered".
    let mut outcome_words = hits.iter().filter_map(|h| match h.rule {
        Rule::Outcome(i) if !outcome_rule(i).error_word => Some((h.start, outcome_rule(i).outcome)),
        _ => None,
    });
    let outcome_phrase = outcome_words
        .next()
        .map(|(start, first)| outcome_words.take_while(|&(at, _)| at == start).last().map_or(first, |(_, longest)| longest));
    // A success code beside words of failure does not make the message a success: words
    // outside the reply (a transcript that ends in a timeout, a mail program reporting an error:
    // every client row is an error report), or clear words inside it ("235 auth failure").
    let reply_span = finding.reply.as_ref().map(|r| r.span);
    let outside = |h: &Hit| reply_span.is_none_or(|r| !r.contains(Span::new(h.start, h.end)));
    // A program's error message that names no cause of its own (a wrapper: "Expected response
    // code 250 but got code ...").
    let wrapper_only = hits.iter().any(|h| matches!(h.rule, Rule::Client(_)))
        && hits.iter().all(|h| !matches!(h.rule, Rule::Client(i) if client_error(i).category != Category::Unknown));
    let failure_words = hits.iter().any(|h| match h.rule {
        Rule::Client(_) => !wrapper_only,
        Rule::Phrase(i) => {
            let failure = !matches!(phrase(i).category, Category::Delivered | Category::Intermediate | Category::Complaint);
            failure && (phrase(i).strength == Strength::Strong || (outside(h) && phrase(i).strength != Strength::Weak))
        }
        Rule::Outcome(i) => outside(h) && matches!(outcome_rule(i).outcome, Outcome::Temporary | Outcome::Permanent),
        _ => false,
    });
    // A program's own word for an error ("SMTP Fehler (250): ...") outside the reply.
    let error_words = hits.iter().any(|h| matches!(h.rule, Rule::Outcome(i) if outcome_rule(i).error_word) && outside(h));
    // A log's `status=sent` or a DSN's `Action:` says what the sending server saw; the reply's
    // own clear words of failure ("250 Ok, discarded") still win over it.
    let clear_words_in_reply = hits.iter().any(|h| match h.rule {
        Rule::Phrase(i) => {
            phrase(i).strength == Strength::Strong
                && !matches!(phrase(i).category, Category::Delivered | Category::Intermediate | Category::Complaint)
                && reply_span.is_some_and(|r| r.contains(Span::new(h.start, h.end)))
        }
        _ => false,
    });
    let permanent_words_outside = hits.iter().any(|h| {
        matches!(h.rule, Rule::Outcome(i) if !outcome_rule(i).error_word && outcome_rule(i).outcome == Outcome::Permanent) && outside(h)
    });
    let by_codes = match outcome_of_codes(finding, codes) {
        Outcome::Success | Outcome::Intermediate if (finding.action.is_none() && failure_words) || clear_words_in_reply => Outcome::Unknown,
        // Only a program's error message says it failed ("Expected response code 250 but got
        // code "235" ..."): nothing tells how.
        Outcome::Success | Outcome::Intermediate if finding.action.is_none() && wrapper_only => return Outcome::Unknown,
        // Only an error word says it failed, beside a bare success number (no 2.x.x of a whole
        // server reply): not a success, and nothing tells how it failed.
        Outcome::Success | Outcome::Intermediate
            if finding.action.is_none() && error_words && !codes.enhanced.iter().any(|e| e.class() == Some(Class::Success)) =>
        {
            return Outcome::Unknown;
        }
        by_codes => by_codes,
    };
    match by_codes {
        // An `X.y.z` code names a condition for every class: it tells no outcome.
        Outcome::Unknown if codes.enhanced.iter().any(|e| e.is_any_class()) => Outcome::Unknown,
        Outcome::Unknown if top > 0.0 || outcome_phrase.is_some() => {
            outcome_phrase.unwrap_or(if TEMPORARY_BY_NATURE.contains(&leading) { Outcome::Temporary } else { Outcome::Permanent })
        }
        // A notice that says it gave up, around the reply: the reply's own words ("421 ... SPF
        // Permanent Error") do not override its code.
        Outcome::Temporary if outcome_phrase == Some(Outcome::Permanent) && finding.action.is_none() && permanent_words_outside => {
            Outcome::Permanent
        }
        // A sender that gave up on an expired message says so in words of its own, which qmail
        // writes after the status ("(#4.4.1) I'm not going to try again; this message has been
        // in the queue too long"): the temporary status is the last try's, not the outcome.
        Outcome::Temporary if leading == Category::Expired && outcome_phrase == Some(Outcome::Permanent) => Outcome::Permanent,
        // A sending service's API that says the refusal is temporary (SES "Throttling: Maximum
        // sending rate exceeded" with HTTP 400): its words beat the status class.
        Outcome::Permanent if codes.basic.is_none() && finding.http_status.is_some() && outcome_phrase == Some(Outcome::Temporary) => {
            Outcome::Temporary
        }
        known => known,
    }
}

/// The thing the reply says it refused, when an object of [`REFUSED_OBJECTS`] stands within
/// [`CLAUSE_WINDOW`] words of a refusal word ("Client host rejected", "Rejected because bad
/// IP"). Reads the first [`CLAUSE_WORDS`] words only.
fn refused_object(text: &str) -> Option<Category> {
    clause_object(text, REFUSED_OBJECTS, REFUSAL_WORDS)
}

/// The thing a text says does not exist ("The domain example.org couldn't be found"): an
/// object of [`MISSING_OBJECTS`] within [`CLAUSE_WINDOW`] words of a word of [`MISSING_WORDS`].
fn missing_object(text: &str) -> Option<Category> {
    clause_object(text, MISSING_OBJECTS, MISSING_WORDS).or_else(|| cjk_missing_object(text))
}

/// The thing a Chinese, Japanese or Korean text says does not exist: an object of
/// [`CJK_MISSING_OBJECTS`] that ends at most [`CJK_WINDOW`] characters before a word of
/// [`CJK_MISSING_WORDS`] ("收件人地址不存在"); the nearest object decides.
fn cjk_missing_object(text: &str) -> Option<Category> {
    // Only texts with such a word: a cheap test first.
    if !CJK_MISSING_WORDS.iter().any(|w| util::contains(text, w)) {
        return None;
    }
    CJK_MISSING_WORDS.iter().find_map(|w| {
        text.match_indices(w).find_map(|(at, _)| {
            let before = &text[..at];
            // The last CJK_WINDOW + longest-object characters before the word.
            let start = before.char_indices().rev().nth(CJK_WINDOW + 5).map_or(0, |(i, _)| i);
            let window = &before[start..];
            CJK_MISSING_OBJECTS
                .iter()
                .filter_map(|(o, c)| window.rfind(o).map(|i| (window[i + o.len()..].chars().count(), *c)))
                .filter(|&(gap, _)| gap <= CJK_WINDOW)
                .min_by_key(|&(gap, _)| gap)
                .map(|(_, c)| c)
        })
    })
}

/// The words of a clause: letters and digits, an address or code with dots and colons
/// (`192.0.2.1`, `4.7.1`) one word, so that it does not push an object out of reach. Letters
/// past ASCII (from U+00C0 on, but not the punctuation blocks: `’ « » “ ”`, CJK punctuation)
/// belong to their word, so that "référencée" is one word, not four.
fn clause_words(text: &str) -> Vec<&str> {
    let bytes = text.as_bytes();
    let mut words = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let b = bytes[i];
        let joins = matches!(b, b'.' | b':') && i > 0 && bytes[i - 1].is_ascii_digit() && bytes.get(i + 1).is_some_and(u8::is_ascii_digit);
        let letter = c.is_ascii_alphanumeric()
            || (u32::from(c) >= 0xC0
                && !matches!(c, '\u{D7}' | '\u{F7}' | '\u{2000}'..='\u{206F}' | '\u{3000}'..='\u{303F}' | '\u{FF00}'..='\u{FF0F}'));
        if letter || (joins && start.is_some()) {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            words.push(&text[s..i]);
        }
        if words.len() >= CLAUSE_WORDS {
            return words;
        }
    }
    if let Some(s) = start {
        words.push(&text[s..]);
    }
    words
}

fn clause_object(text: &str, objects_table: &[(&str, Category)], verbs: &[&str]) -> Option<Category> {
    let words = clause_words(text);
    // How many words `phrase` covers when it starts at word `at`.
    let starts_at = |at: usize, phrase: &str| {
        // Most phrases differ at their first letter (words are ASCII letters and digits, never
        // empty): told apart before the phrase is split.
        let first = words.get(at)?.as_bytes()[0];
        if !phrase.as_bytes().first().is_some_and(|p| p.eq_ignore_ascii_case(&first)) {
            return None;
        }
        let mut n = 0;
        for part in phrase.split(' ') {
            if !words.get(at + n).is_some_and(|w| w.eq_ignore_ascii_case(part)) {
                return None;
            }
            n += 1;
        }
        Some(n)
    };
    let mut objects: Vec<(usize, usize, Category)> = Vec::new();
    let mut refusals: Vec<(usize, usize)> = Vec::new();
    // The first letter of each phrase, in lowercase: a word is compared only with the phrases
    // that start with its letter.
    let first = |phrase: &str| phrase.as_bytes().first().map(u8::to_ascii_lowercase);
    let object_letters: Vec<Option<u8>> = objects_table.iter().map(|(o, _)| first(o)).collect();
    let verb_letters: Vec<Option<u8>> = verbs.iter().map(|v| first(v)).collect();
    let mut at = 0;
    while at < words.len() {
        let letter = Some(words[at].as_bytes()[0].to_ascii_lowercase());
        let same_letter = |l: &Option<u8>| *l == letter;
        if let Some((n, category)) = objects_table
            .iter()
            .zip(&object_letters)
            .filter(|(_, l)| same_letter(l))
            .find_map(|((o, c), _)| starts_at(at, o).map(|n| (n, *c)))
        {
            objects.push((at, at + n, category));
            at += n;
        } else if let Some(n) = verbs.iter().zip(&verb_letters).filter(|(_, l)| same_letter(l)).filter_map(|(r, _)| starts_at(at, r)).max()
        {
            refusals.push((at, at + n));
            at += n;
        } else {
            at += 1;
        }
    }
    let gap = |(os, oe): (usize, usize), (rs, re): (usize, usize)| if oe <= rs { rs - oe } else { os.saturating_sub(re) };
    // The object nearest a verb: "to the recipient because the domain doesn't exist" is about the domain.
    objects
        .into_iter()
        .filter_map(|(os, oe, c)| refusals.iter().map(|&r| gap((os, oe), r)).min().filter(|&g| g <= CLAUSE_WINDOW).map(|g| (g, c)))
        .min_by_key(|&(g, _)| g)
        .map(|(_, c)| c)
}

/// The AUTH or STARTTLS command a transcript shows on the line right above the reply: the
/// client's own line ("C: AUTH PLAIN …", "CLIENT -> SERVER: AUTH LOGIN", "Sent: STARTTLS"),
/// its command the last word or followed by at most a mechanism and its argument.
fn command_before(input: &str, finding: &Finding) -> Option<Stage> {
    let reply = finding.reply.as_ref()?;
    let before = input.get(..reply.span.start)?;
    // Drop the reply line's own prefix ("S: ", "Got: ") and take the line above it.
    let before = before.trim_end_matches(|c: char| c != '\n' && c != '\r');
    let line = before.trim_end().lines().last()?.to_ascii_lowercase();
    let words: Vec<&str> = line.split(|c: char| c.is_whitespace() || c == ':').filter(|w| !w.is_empty()).collect();
    match words.as_slice() {
        [.., "starttls"] => Some(Stage::Starttls),
        [.., "auth"] | [.., "auth", _] | [.., "auth", _, _] => Some(Stage::Auth),
        _ => None,
    }
}

/// The stage: wording, the client error, a delayed DSN, or a code only one stage has.
fn decide_stage(finding: &Finding, codes: &Codes, hits: &[Hit]) -> Option<(Stage, Option<Span>)> {
    hits.iter()
        .find_map(|h| match h.rule {
            Rule::Stage(i) => Some((STAGE_PHRASES[i].stage, Some(Span::new(h.start, h.end)))),
            _ => None,
        })
        .or_else(|| {
            codes.cause.and_then(|(_, c)| c.stage).filter(|&s| !server_contradicts_client_stage(finding, codes, s)).map(|s| (s, None))
        })
        .or_else(|| (finding.action.map(|a| a.value) == Some(DsnAction::Delayed)).then_some((Stage::Delayed, None)))
        .or_else(|| codes.basic.and_then(stage_of_code).map(|s| (s, None)))
}

/// A mail program's error number assumes the command it failed at (Outlook's 0x800CCC78, "the
/// server rejected the sender"); the server's own reply inside it tells better: a reply about
/// the recipient ("Recipient address rejected", "Unable to relay", or a destination-address
/// status X.1.1-X.1.6, RFC 3463 §3.2) did not answer MAIL FROM.
fn server_contradicts_client_stage(finding: &Finding, codes: &Codes, stage: Stage) -> bool {
    let Some(reply) = finding.reply.as_ref().filter(|r| r.basic.is_some() || r.enhanced.is_some()) else { return false };
    if stage != Stage::MailFrom {
        return false;
    }
    let text = reply.text.to_ascii_lowercase();
    codes.reply_enhanced.is_some_and(|e| e.subject_number() == 1 && (1..=6).contains(&e.detail()))
        || names_the_recipient(&text)
        || util::contains(&text, "relay")
}

/// Whether the words that named `category` go on, after a colon or a dash, with a reason of
/// the server's own that no rule read ("535 5.7.8 Error: authentication failed: Connection
/// lost to authentication server"): the server said more than the reading knows, and what it
/// said may be the real cause.
fn unread_reason(input: &str, hits: &[Hit], category: Category) -> bool {
    hits.iter().filter(|h| matches!(h.rule, Rule::Phrase(i) if phrase(i).category == category && phrase(i).strength != Strength::Weak)).any(
        |h| {
            let rest = input.get(h.end..).unwrap_or_default();
            let rest = rest.trim_start_matches(' ');
            let Some(after) = rest.strip_prefix(':').or_else(|| rest.strip_prefix(" -")).or_else(|| rest.strip_prefix("- ")) else {
                return false;
            };
            let start = input.len() - after.len();
            let line = after.split(['\n', '\r']).next().unwrap_or_default();
            let end = start + line.len();
            let words = line.split_whitespace().filter(|w| w.len() > 1 && w.bytes().all(|b| b.is_ascii_alphabetic())).count();
            words >= 2 && !hits.iter().any(|o| o.start < end && o.end > start && !matches!(o.rule, Rule::Marker(_)))
        },
    )
}

/// Whether the words that named `category` stand outside the server's reply, and the reply,
/// with a code and a reason of its own, holds no signal any rule read: a program's account of
/// the session ("Remote host closed connection ... (EHLO response was: 550 You are banned)")
/// is not the server's word on why.
fn reply_unheard(finding: &Finding, hits: &[Hit], category: Category) -> bool {
    let Some(reply) = finding.reply.as_ref().filter(|r| r.basic.is_some()) else { return false };
    let inside = |h: &Hit| h.start < reply.span.end && h.end > reply.span.start;
    let words = reply.text.split_whitespace().filter(|w| w.len() > 1 && w.bytes().all(|b| b.is_ascii_alphabetic())).count();
    words >= 2
        && hits.iter().any(|h| matches!(h.rule, Rule::Phrase(i) if phrase(i).category == category) && !inside(h))
        && !hits.iter().any(|h| inside(h) && matches!(h.rule, Rule::Phrase(_) | Rule::Zone(_) | Rule::ProviderMessage(_)))
}

/// What in the text beside the signals that scored keeps a reading from being certain.
#[derive(Clone, Copy)]
struct Doubts {
    /// The object a reply says it refused, when that is what the category was read from (a
    /// reading of the clause, not the server naming the cause).
    refused: Option<Category>,
    /// The text says it failed ("error", "failed", "expected") beside a success code.
    says_failure: bool,
    /// The server gave a reason of its own after the words read (see [`unread_reason`]).
    unread_reason: bool,
    /// The success code speaks of the connection, not of a message (see [`connection_reply`]).
    connection_reply: bool,
    /// Failure words with no reply code, in a text that says the message was let through
    /// anyway (see [`says_let_through`]).
    says_let_through: bool,
    /// Words of another category inside a longer wording (see [`nested_phrases`]): not counted,
    /// but the text is not of one voice.
    nested_words: bool,
    /// The server's reply says something of its own that no rule read, and the words that named
    /// the category stand outside it (see [`reply_unheard`]).
    reply_unheard: bool,
}

/// Whether the server's success code speaks of the connection rather than of a message: a
/// greeting (220), a closing (221), a status or help text (211, 214) or a login accepted (235)
/// says nothing of what became of any message (RFC 5321 section 4.2.3, RFC 4954 section 6), and
/// neither does a line marked as continued ("250-SIZE 10240000": a line of an EHLO reply's list
/// of extensions, RFC 5321 section 4.2.1). Only 250, 251 and 252 answer a step of a mail
/// transaction (and 3yz asks for its next step).
fn connection_reply(input: &str, finding: &Finding, codes: &Codes) -> bool {
    let Some(code) = codes.basic.filter(|_| codes.implied_basic.is_none()) else { return false };
    if code.value() / 100 != 2 {
        return false;
    }
    let continued = finding.reply.as_ref().and_then(|r| r.basic.as_ref()).is_some_and(|b| input.as_bytes().get(b.span.end) == Some(&b'-'));
    continued || !matches!(code.value(), 250..=252)
}

/// Words that say a message was let through despite what was found in it ("flagged as Spam
/// but accepted", a filter that tags and delivers: SA-Exim's log line, the SpamAssassin and
/// Rspamd actions that add a header and accept).
const LET_THROUGH: &[&[u8]] = &[b"but accepted", b"accepted anyway", b"but delivered", b"delivered anyway", b"but still delivered"];

/// Whether a failure read from words alone (no reply code says the server refused) stands in
/// a text that says the message was let through anyway: the words found may describe a filter's
/// verdict, not a refusal.
fn says_let_through(input: &str, finding: &Finding, codes: &Codes, outcome: Outcome) -> bool {
    if codes.basic.is_some() || !matches!(outcome, Outcome::Temporary | Outcome::Permanent) {
        return false;
    }
    let region = input.get(finding.region.start..finding.region.end).unwrap_or_default().as_bytes();
    LET_THROUGH.iter().any(|w| contains_ignore_ascii_case(region, w))
}

/// How sure the result is, and the other readings worth naming. `categories` are the category
/// the signals scored for (before the stage renamed it) and the final one.
fn decide_confidence(
    ranked: &[(Category, f32)],
    categories: (Category, Category),
    outcome: Outcome,
    hits: &[Hit],
    rule_decides: bool,
    codes: &Codes,
    doubts: Doubts,
) -> (Confidence, Vec<Category>) {
    let Doubts { refused, says_failure, unread_reason, connection_reply, says_let_through, nested_words, reply_unheard } = doubts;
    let has_basic = codes.basic.is_some();
    let (scored, category) = categories;
    // The refused object is a reading of the clause, not the server naming the cause: it never
    // makes a result certain on its own.
    let clause = if refused == Some(scored) { weight::REFUSED_OBJECT } else { 0.0 };
    let top = ranked.first().map_or(0.0, |(_, s)| *s);
    let mut alternatives: Vec<Category> = ranked
        .iter()
        // Beside a provider's own rule only clear wording is worth naming as another reading.
        .filter(|(c, s)| *c != scored && *s >= if rule_decides { weight::STRONG_PHRASE } else { weight::ALTERNATIVE })
        .filter(|_| !matches!(outcome, Outcome::Success | Outcome::Intermediate))
        .map(|(c, _)| *c)
        .take(3)
        .collect();
    let runner_up = ranked.iter().filter(|(c, _)| *c != scored).map(|(_, s)| *s).fold(0.0, f32::max);
    // A reply code counts here only when the server sent it, not when a client's error number
    // stands for one.
    let server_code = codes.basic.filter(|_| codes.implied_basic.is_none());
    // A success read from a code in a text that also says it failed ("error sending message ...:
    // 250 Accepted", a wrapper's "Expected smtp code 250, got 552") is two readings, not one.
    // A greeting or an EHLO reply's list of extensions is a success of the connection, not news of
    // a message.
    let certain =
        rule_decides || matches!(outcome, Outcome::Success | Outcome::Intermediate) && has_basic && !says_failure && !connection_reply;
    // The command replies of RFC 5321 section 4.2.4 tell apart a command not understood
    // (500/501), one not implemented (502/504) and one out of order (503): when that code names
    // another member of the category's group than the words do ("502 5.5.2 Error: command not
    // recognized" to AUTH), words and code disagree and the code's reading is another answer.
    let code_neighbour = server_code
        .filter(|c| matches!(c.value(), 500..=504 | 455 | 555))
        .and_then(basic_entry)
        .map(|e| e.category)
        .filter(|c| *c != category && *c != scored && neighbours(category).any(|n| n == *c));
    if let Some(c) = code_neighbour.filter(|c| !alternatives.contains(c)) {
        if !matches!(outcome, Outcome::Success | Outcome::Intermediate) && alternatives.len() < 3 {
            alternatives.push(c);
        }
    }
    // The reply code's class says the opposite of what the category is by nature: a cause that
    // is permanent by nature (an address that does not exist, a hard bounce) answered with a
    // temporary 4yz, or one that is temporary by nature (greylisting, a busy mailbox) answered
    // with a permanent 5yz. The server then means something the words do not say (a lookup that
    // failed for now, a policy that is not a delay).
    // With no basic code, the reply's own enhanced code tells the class (qmail's "(#4.1.2)").
    let class =
        server_code.map(|c| c.value() / 100).or_else(|| codes.basic.is_none().then_some(codes.reply_enhanced?.class_digit().into()));
    let class_contradicts = match class {
        Some(4) => category_entry(category).hard_bounce,
        Some(5) => matches!(category, Category::Greylisted | Category::MailboxBusy),
        _ => false,
    };
    // A login refused for now (a temporary code, or words that say so) is two readings: the
    // credentials or a lockout, or the server's own failure of the moment (RFC 4954 section 6:
    // "454 4.7.0 Temporary authentication failure" is a temporary server failure).
    let temporary_login_failure = category == Category::AuthFailed && outcome == Outcome::Temporary;
    if temporary_login_failure && !certain && !alternatives.contains(&Category::ServerError) && alternatives.len() < 3 {
        alternatives.push(Category::ServerError);
    }
    // A reply with a reason of its own that no rule read may mean what its code means.
    let code_reading = codes.basic.and_then(basic_entry).map(|e| e.category).filter(|c| *c != category && *c != Category::Unknown);
    if let Some(c) = code_reading.filter(|c| reply_unheard && !certain && !alternatives.contains(c) && alternatives.len() < 3) {
        alternatives.push(c);
    }
    // A catch-all code of another category weighs little in the ranking, yet it still says the
    // server may have meant something else: it keeps a reading from being certain.
    let catch_all_disagrees =
        codes.enhanced.iter().any(|&e| is_generic(e) && e.detail() != 0 && enhanced_entry(e).is_some_and(|entry| entry.category != scored));
    let confidence = if certain
        || (top - clause >= weight::HIGH
            && runner_up < weight::ALTERNATIVE
            && !catch_all_disagrees
            && code_neighbour.is_none()
            && !class_contradicts
            && !unread_reason
            && !temporary_login_failure
            && !says_let_through
            && !nested_words
            && !reply_unheard)
    {
        Confidence::High
    } else if top >= weight::ALTERNATIVE || clause > 0.0 || has_basic && matches!(outcome, Outcome::Success | Outcome::Intermediate) {
        Confidence::Medium
    } else {
        Confidence::Low
    };
    // A weak reading still names the other categories its signals pointed at: with nothing
    // strong anywhere, each of them is about as likely.
    if confidence == Confidence::Low && !matches!(outcome, Outcome::Success | Outcome::Intermediate) {
        for (c, _) in ranked.iter().filter(|(c, s)| *c != scored && *s >= weight::BASIC) {
            if !alternatives.contains(c) && alternatives.len() < 2 {
                alternatives.push(*c);
            }
        }
    }
    // Inside a group of neighbouring categories only the reply's own clear words make a
    // result certain; then the neighbours that scored are the other readings.
    let named_by_words = hits.iter().any(|h| match h.rule {
        Rule::Phrase(i) => phrase(i).category == category && phrase(i).strength == Strength::Strong,
        // A public blocklist names the cause; a provider's own reputation service reads as
        // its block as much as a listing.
        Rule::Zone(i) => category == Category::SenderBlocklisted && BLOCKLIST_ZONES[i].kind != "reputation",
        _ => false,
    });
    let uncertain_border = neighbours(category).next().is_some() && !named_by_words;
    if !uncertain_border {
        return (confidence, alternatives);
    }
    if matches!(outcome, Outcome::Temporary | Outcome::Permanent) {
        for (neighbour, _) in ranked.iter().filter(|(c, s)| *s > 0.0 && neighbours(category).any(|n| n == *c)) {
            if !alternatives.contains(neighbour) && alternatives.len() < 3 {
                alternatives.push(*neighbour);
            }
        }
    }
    (if confidence == Confidence::High { Confidence::Medium } else { confidence }, alternatives)
}

/// Who acts and when to send again. A mail program that reports the failure to its user has
/// given up on the message: nothing retries it unless the user sends it again.
fn who_acts_and_retry(category: Category, outcome: Outcome, recognized: bool, client_reported: bool, source: &Source) -> (WhoActs, Retry) {
    let entry = category_entry(category);
    let rule_row = source.rule.map(|(_, r, _)| r);
    let who_acts = match outcome {
        _ if !recognized => WhoActs::Nobody,
        Outcome::Temporary if client_reported && entry.who_acts == WhoActs::Nobody && rule_row.and_then(|r| r.who_acts).is_none() => {
            WhoActs::Sender
        }
        Outcome::Success | Outcome::Intermediate if category != Category::Complaint => WhoActs::Nobody,
        _ => match rule_row.and_then(|r| r.who_acts).unwrap_or(entry.who_acts) {
            // The sending server's own failure is for its admin, not the recipient's.
            WhoActs::RecipientAdmin if source.local_error => WhoActs::SenderAdmin,
            who => who,
        },
    };
    let retry = match outcome {
        Outcome::Success | Outcome::Intermediate => Retry::Never,
        _ => {
            let default = match outcome {
                Outcome::Temporary => entry.retry_temporary,
                // The server called it final without a cause we know: the same message fails
                // the same way until something changes ("may work later" would contradict it).
                Outcome::Permanent if category == Category::Unknown => Retry::AfterFix,
                _ => entry.retry_permanent,
            };
            match rule_row.and_then(|r| r.retry).unwrap_or(default) {
                Retry::Automatic if client_reported => Retry::Later,
                retry => retry,
            }
        }
    };
    (who_acts, retry)
}

/// Decides one finding. `region_hits` are the hits that start inside the finding's region
/// (sorted by start); `input_marker` comes from [`input_marker`].
pub(crate) fn classify(input: &str, finding: &Finding, region_hits: &[Hit], input_marker: Option<(&'static Provider, Hit)>) -> Verdict {
    // Usually every hit lies inside the region: then the slice is used as it is.
    let inside = |h: &Hit| finding.region.contains(Span::new(h.start, h.end));
    let mut hits: std::borrow::Cow<[Hit]> = if region_hits.iter().all(inside) {
        std::borrow::Cow::Borrowed(region_hits)
    } else {
        std::borrow::Cow::Owned(region_hits.iter().copied().filter(inside).collect())
    };
    let codes = read_codes(finding, &hits);
    // Words that mean a category only beside a given code do not count without it; nor does one
    // word that is a log field's name (qmail-smtpd's qlog "rcpthosts=yes"), not wording, or the
    // name of a transport in a log field (Postfix `relay=spamassassin`, Sendmail
    // `mailer=spamassassin`, Exim `T=spamassassin`): see [`TRANSPORT_FIELDS`].
    let field_name = |h: &Hit| {
        input.get(h.start..h.end).is_some_and(|w| !w.contains(char::is_whitespace))
            && (input.as_bytes().get(h.end) == Some(&b'=') || names_a_transport(&input.as_bytes()[..h.start]))
    };
    let with_their_code = |h: &Hit| match h.rule {
        Rule::Phrase(i) => code_matches(phrase(i).code, codes.basic, &codes.enhanced) && !field_name(h),
        _ => true,
    };
    if !hits.iter().all(with_their_code) {
        hits = std::borrow::Cow::Owned(hits.iter().copied().filter(with_their_code).collect());
    }
    let client_spans = ClientSpans::of(&hits);
    let in_client_message = |h: Hit| client_spans.contain(h);
    let mut source = find_source(input, finding, &hits, input_marker, &codes, &in_client_message);
    if source.provider.is_none() && finding.http_status.is_some() {
        if let Some(p) = api_service(input.get(finding.region.start..finding.region.end).unwrap_or_default()) {
            source.provider = Some((p, None));
        }
    }
    let rule_decides = source.rule.is_some();
    // Words that name a cause (a notice's outcome wording recognises the text, names no cause).
    let named_by_wording = hits.iter().any(|h| match h.rule {
        Rule::Phrase(i) => phrase(i).strength != Strength::Weak,
        Rule::Client(i) => client_error(i).category != Category::Unknown,
        Rule::Zone(_) => true,
        _ => false,
    });
    // Wording read by rules rather than phrase rows (`quota_category`, `from_header_fault`),
    // each only where no phrase row of its categories was read: no signal counts twice.
    let phrase_read = |categories: &[Category]| {
        hits.iter().any(|h| match h.rule {
            Rule::Phrase(i) => categories.contains(&phrase(i).category),
            _ => false,
        })
    };
    let mut reading: Vec<Category> = Vec::new();
    if !rule_decides {
        if !phrase_read(&[Category::MailboxFull, Category::RateLimited, Category::ServerStorage]) {
            reading.extend(quota_category(input, finding));
        }
        if !phrase_read(&[Category::MessageFormat]) && from_header_fault(input, finding) {
            reading.push(Category::MessageFormat);
        }
        if !codes.any() && !phrase_read(&[Category::NetworkError]) && ends_in_go_eof(input) {
            reading.push(Category::NetworkError);
        }
    }
    let named_by_wording = named_by_wording || !reading.is_empty();
    // Only when nothing clearer names the cause, the refused object does.
    // A text with no reply at all (a notice, a program's message: "Sender refused", "don't like
    // sender") is read the same way, as a whole.
    let refused = if named_by_wording || rule_decides {
        None
    } else {
        let text = match finding.reply.as_ref() {
            Some(r) => Some(r.text.as_str()),
            None => input.get(finding.region.start..finding.region.end),
        };
        text.and_then(|t| refused_object(t).or_else(|| missing_object(t)))
    };
    // Wording read by rules: the refused object, the quota and From-header readings.
    let read_by_rules: Vec<(Category, f32)> =
        refused.map(|c| (c, weight::REFUSED_OBJECT)).into_iter().chain(reading.iter().map(|&c| (c, weight::MEDIUM_PHRASE))).collect();
    let scores = score(input, finding, &hits, &codes, &source, &read_by_rules, &in_client_message);
    let nested_words = scores.nested_words;
    let ranked = scores.ranked();
    let (leading, top) = ranked.first().copied().unwrap_or((Category::Unknown, 0.0));

    // The nature of a failure is that of the leading failure category, also when a success code
    // beside the words of failure ranks first (a transcript ending in a timeout after a late 250).
    let leading_failure =
        ranked.iter().map(|&(c, _)| c).find(|c| !matches!(c, Category::Intermediate | Category::Delivered)).unwrap_or(Category::Unknown);
    let outcome = decide_outcome(finding, &codes, &hits, leading_failure, top);
    // A failure is never the category of an accepted step: a transcript whose last reply was a 354
    // or 334 before the client gave up ("354 Enter message ...", then "DATA not accepted from
    // server") is read by its other signals; so is a success code in a program's error report.
    let leading = if !matches!(outcome, Outcome::Success | Outcome::Intermediate)
        && matches!(leading, Category::Intermediate | Category::Delivered)
    {
        ranked.iter().map(|&(c, _)| c).find(|c| !matches!(c, Category::Intermediate | Category::Delivered)).unwrap_or(Category::Unknown)
    } else {
        leading
    };
    let category = match outcome {
        // A complaint is about a message that arrived: it keeps its own category.
        Outcome::Success if !rule_decides && leading != Category::Complaint => Category::Delivered,
        Outcome::Intermediate => Category::Intermediate,
        _ => leading,
    };
    let stage = decide_stage(finding, &codes, &hits);
    // At MAIL FROM, or in a failed check of the sender's address, the address in question is
    // the sender's own. (The wording that made the category still counts as its evidence.)
    let scored_category = category;
    // A refusal of MAIL FROM that names no other cause (only a catch-all code or generic words:
    // "550 5.7.1 Sender mismatch (in reply to MAIL FROM command)") refuses the sender.
    let catch_all_at_mail_from = category == Category::PolicyRejected && !named_by_wording && refused.is_none();
    let sender_side = !rule_decides
        && (catch_all_at_mail_from
            || matches!(category, Category::MailboxUnknown | Category::DomainUnknown | Category::DomainNoMail | Category::MailboxDisabled))
        && (stage.map(|(s, _)| s) == Some(Stage::MailFrom) || verifies_the_sender(input, finding));
    // A syntax refusal about the sender's address ("501 ... Sender email is not in my domain",
    // "501 <a>: sender address must contain a domain") refuses the sender, unless clear wording
    // names the syntax fault itself.
    let sender_syntax = category == Category::ProtocolSyntax
        && !rule_decides
        && !hits.iter().any(|h| matches!(h.rule, Rule::Phrase(i) if phrase(i).category == Category::ProtocolSyntax && phrase(i).strength == Strength::Strong))
        && names_the_sender(&reading_text(input, finding));
    // The same about the recipient's address ("504 5.5.2 <a@b>: Recipient address rejected: need
    // fully-qualified address", "501 5.5.2 RCPT TO syntax error", or "501 5.5.4 Invalid Address"
    // in answer to RCPT TO, whose only argument is that address, RFC 5321 §4.1.1.3): the address
    // as written is malformed, a fault of what the sender wrote (the malformed-address reading,
    // see X.1.3).
    let recipient_syntax = category == Category::ProtocolSyntax
        && !sender_syntax
        && !rule_decides
        && !hits.iter().any(|h| matches!(h.rule, Rule::Phrase(i) if phrase(i).category == Category::ProtocolSyntax && phrase(i).strength == Strength::Strong))
        && (names_the_recipient(&reading_text(input, finding))
            || stage.map(|(s, _)| s) == Some(Stage::RcptTo) && format!(" {} ", prose_words(&reading_text(input, finding))).contains(" address "));
    // AUTH and STARTTLS are valid commands: a server that answers them with 500 or 502
    // ("502 5.5.2 Error: command not recognized", "502 Command not implemented") lacks the
    // extension on that listener (RFC 5321 §4.2.4: 502 for a command it does not implement;
    // RFC 4954 §3 and RFC 3207 §4: the client may use them only when EHLO offered them). The
    // command is not malformed: the server does not offer it.
    let unoffered_extension = category == Category::ProtocolSyntax
        && !rule_decides
        && (matches!(stage, Some((Stage::Auth | Stage::Starttls, _))) || command_before(input, finding).is_some())
        && codes.basic.is_some_and(|c| matches!(c.value(), 500 | 502));
    // Postfix's "Client host rejected: Access denied" on its submission service, whose master.cf
    // template sets `smtpd_client_restrictions=permit_sasl_authenticated,reject`: in a
    // postfix/submission or postfix/smtps log, or in the error of a program that sends through its
    // own server, it refuses a client that has not logged in (tests/corpus/LABELS.md §1).
    let submission_refusal = category == Category::SenderIpBlocked
        && !rule_decides
        && hits.iter().any(|h| matches!(h.rule, Rule::Phrase(i) if phrase(i).pattern == "client host rejected: access denied"))
        && (finding.kind == InputKind::ClientMessage
            || hits.iter().any(|h| matches!(h.rule, Rule::Client(_)))
            || submission_log(input, finding));
    let category = if sender_side || sender_syntax {
        Category::SenderRejected
    } else if submission_refusal {
        Category::AuthRequired
    } else if unoffered_extension {
        Category::NotImplemented
    } else if recipient_syntax {
        Category::MessageFormat
    } else {
        category
    };

    // Recognised, and whether the server gave a reason.
    let words_decide = refused.is_some() || named_by_wording;
    let outcome_words = hits.iter().any(|h| matches!(h.rule, Rule::Outcome(i) if !outcome_rule(i).error_word));
    // A DSN's `Action:` (or a log's status word) tells what happened even without a code.
    // A text with no code at all (a log line, a program's error) whose only wording is generic
    // ("connect to host[ip]:25: Operation timed out", "Timeout(10) while trying to read from
    // SMTP server") is still read, at low confidence: nothing else in it can contradict the words.
    let weak_words_only = !codes.any() && !matches!(finding.kind, InputKind::Empty) && top > 0.0;
    // A sending service's HTTP status is read as surely as a reply code (its meaning is known even
    // where the body names no cause).
    let read_otherwise =
        codes.any() || words_decide || outcome_words || rule_decides || finding.action.is_some() || finding.http_status.is_some();
    let recognized = read_otherwise || weak_words_only;
    let marker_texts: Vec<&str> = hits.iter().filter(|h| matches!(h.rule, Rule::Marker(_))).map(|h| &input[h.start..h.end]).collect();
    let no_reason = matches!(outcome, Outcome::Temporary | Outcome::Permanent)
        && codes.any()
        && finding.kind != InputKind::Code
        && !words_decide
        && !rule_decides
        && finding.reply.as_ref().is_none_or(|r| gives_no_reason(&r.text, &marker_texts));
    let category = if recognized { category } else { Category::Unknown };
    // Words of a failure beside a success code (looked for only when the code says success).
    let says_failure = matches!(outcome, Outcome::Success | Outcome::Intermediate) && {
        let region = input.get(finding.region.start..finding.region.end).unwrap_or_default().as_bytes();
        [&b"error"[..], b"fail", b"expected"].iter().any(|w| contains_ignore_ascii_case(region, w))
    };
    let doubts = Doubts {
        refused,
        says_failure,
        unread_reason: unread_reason(input, &hits, scored_category),
        connection_reply: connection_reply(input, finding, &codes),
        says_let_through: says_let_through(input, finding, &codes, outcome),
        nested_words,
        reply_unheard: reply_unheard(finding, &hits, scored_category),
    };
    let (confidence, alternatives) = decide_confidence(&ranked, (scored_category, category), outcome, &hits, rule_decides, &codes, doubts);
    let confidence = if read_otherwise { confidence } else { Confidence::Low };
    let client_reported = codes.client.is_some() && matches!(finding.kind, InputKind::Text | InputKind::Code | InputKind::Reply);
    let (who_acts, retry) = who_acts_and_retry(category, outcome, recognized, client_reported, &source);
    let api = api_context(input, finding, &codes, source.provider.map(|(p, _)| p), category);
    // A sending service's API refused the request and named no cause: the same request fails the
    // same way (RFC 9110 section 15.5: a 4xx is the client's error); whoever set the program up
    // has to change it. No mail server queues an API request to try it again by itself (only the
    // program can, as with a mail program's own report): a temporary refusal is for sending again
    // later. And the server that failed is the sender's own service, not the recipient's.
    let (who_acts, retry) = match (who_acts, retry) {
        _ if api && category == Category::Unknown && outcome == Outcome::Permanent => (WhoActs::SenderAdmin, Retry::AfterFix),
        (who, retry) if api => {
            let who = if who == WhoActs::RecipientAdmin { WhoActs::SenderAdmin } else { who };
            (who, if retry == Retry::Automatic { Retry::Later } else { retry })
        }
        other => other,
    };

    // The zone table lists specific zones first: the lowest row wins.
    let zone_hit = hits.iter().copied().filter(|h| matches!(h.rule, Rule::Zone(_))).min_by_key(|h| match h.rule {
        Rule::Zone(i) => i,
        _ => usize::MAX,
    });
    let blocklist = zone_hit.and_then(zone_row);
    let code_facts = code_facts(finding, &codes);
    let interop = sisimai_conventions(category, outcome, stage.map(|(s, _)| s), words_decide, &codes, input, finding);
    Verdict {
        recognized,
        input_kind: if client_reported { InputKind::ClientMessage } else { finding.kind },
        reply: reply_facts(finding, &codes),
        evidence: evidence(finding, &hits, &codes, &source, zone_hit, (scored_category, category), stage),
        warnings: warnings(finding, &source, no_reason),
        references: references(&source, blocklist, &code_facts),
        codes: code_facts,
        outcome,
        stage: stage.map(|(s, _)| s),
        category,
        who_acts,
        retry,
        provider: source.provider.map(|(p, _)| p),
        software: software_of(&hits, &codes),
        rule: source.rule.map(|(owner, r, _)| (owner, r)),
        blocklist,
        recipient: finding.recipient.clone(),
        remote_host: finding.remote_host.clone(),
        confidence,
        alternatives,
        interop,
        wording: Wording {
            no_reason,
            client_reported,
            code_only: finding.kind == InputKind::Code,
            empty: finding.kind == InputKind::Empty,
            api,
            // Or a program's error beside a positive reply ("Error sending mail: 250 OK"): the
            // server accepted that step (`cat.unknown.*.step`).
            step: match category {
                Category::Delivered => is_step_reply(&codes, stage.map(|(s, _)| s)),
                Category::Unknown => outcome == Outcome::Unknown && codes.basic.is_some_and(|b| b.value() < 400),
                _ => false,
            },
        },
        original: None,
    }
}

/// The reply as the output shows it; a client error code that stands for a reply (Outlook
/// 0x800CCC69 is a 550) gives a reply with that code only.
fn reply_facts(finding: &Finding, codes: &Codes) -> Option<ReplyFacts> {
    match finding.reply.as_ref() {
        Some(r) => Some(ReplyFacts {
            code: r.basic.map(|b| b.value).or(codes.implied_basic),
            enhanced: r.enhanced.map(|e| e.value),
            text: r.text.clone(),
            lines: r.lines.clone(),
        }),
        None => codes.implied_basic.map(|b| ReplyFacts { code: Some(b), enhanced: None, text: String::new(), lines: Vec::new() }),
    }
}

/// The codes to show: the reply's (or the client's), then a differing status code.
fn code_facts(finding: &Finding, codes: &Codes) -> Vec<CodeFact> {
    let reply = finding.reply.as_ref();
    let mut facts = Vec::new();
    if let Some(b) = reply.and_then(|r| r.basic) {
        facts.push(CodeFact { code: CodeValue::Basic(b.value), origin: CodeOrigin::Reply });
    } else if let Some(b) = codes.implied_basic {
        facts.push(CodeFact { code: CodeValue::Basic(b), origin: CodeOrigin::Client });
    }
    if let Some(e) = codes.reply_enhanced {
        facts.push(CodeFact { code: CodeValue::Enhanced(e), origin: CodeOrigin::Reply });
    }
    if let Some(s) = codes.status.filter(|s| Some(*s) != codes.reply_enhanced) {
        facts.push(CodeFact { code: CodeValue::Enhanced(s), origin: CodeOrigin::Status });
    }
    facts
}

/// The spans that decided, most important first; overlapping ones are dropped, the rest
/// come in input order.
/// `categories` are the category the wording scored for and the final one.
fn evidence(
    finding: &Finding,
    hits: &[Hit],
    codes: &Codes,
    source: &Source,
    zone_hit: Option<Hit>,
    categories: (Category, Category),
    stage: Option<(Stage, Option<Span>)>,
) -> Vec<EvidenceFact> {
    let (scored, category) = categories;
    let reply = finding.reply.as_ref();
    let mut all = Vec::new();
    let mut add = |span: Span, kind: EvidenceKind, subject: EvidenceSubject| {
        if span.end > span.start {
            all.push(EvidenceFact { span, kind, subject });
        }
    };
    if let Some(b) = reply.and_then(|r| r.basic) {
        add(b.span, EvidenceKind::BasicCode, EvidenceSubject::Code(CodeValue::Basic(b.value)));
    }
    if let Some(e) = reply.and_then(|r| r.enhanced) {
        add(e.span, EvidenceKind::EnhancedCode, EvidenceSubject::Code(CodeValue::Enhanced(e.value)));
    }
    if let Some(s) = finding.status {
        add(s.span, EvidenceKind::EnhancedCode, EvidenceSubject::Code(CodeValue::Enhanced(s.value)));
    }
    if let Some((owner, _, Some(hit))) = source.rule {
        add(Span::new(hit.start, hit.end), EvidenceKind::ProviderMessage, EvidenceSubject::ProviderMessage(owner.name));
    }
    if let Some(hit) = zone_hit {
        add(Span::new(hit.start, hit.end), EvidenceKind::Blocklist, EvidenceSubject::Blocklist);
    }
    for h in hits {
        let supports = match h.rule {
            Rule::Phrase(i) => phrase(i).category == scored,
            Rule::Zone(_) => scored == Category::SenderBlocklisted,
            _ => false,
        };
        if supports {
            add(Span::new(h.start, h.end), EvidenceKind::Phrase, EvidenceSubject::Category(category));
        }
    }
    if let Some((_, Some(hit))) = source.provider {
        add(Span::new(hit.start, hit.end), EvidenceKind::ProviderTag, EvidenceSubject::ProviderTag);
    }
    if let Some((stage, Some(span))) = stage {
        add(span, EvidenceKind::Stage, EvidenceSubject::Stage(stage));
    }
    if let Some((hit, _)) = codes.client {
        add(Span::new(hit.start, hit.end), EvidenceKind::ClientError, EvidenceSubject::ClientError);
    }
    for span in &finding.fields {
        add(*span, EvidenceKind::DsnField, EvidenceSubject::DsnField);
    }
    first_of_overlapping(all, |e| e.span)
}

/// The items whose spans overlap no earlier item's kept span (the first of overlapping spans
/// wins), ordered by start; spans are not empty. A span overlaps a kept one when the largest
/// end of the kept spans that start before it ends is past its start: a prefix maximum over
/// the items' sorted starts, kept in a Fenwick tree. O(n log n) however many phrases repeat,
/// in less code than a BTreeMap (about 6 KB of the WebAssembly module).
fn first_of_overlapping<T>(items: Vec<T>, span: impl Fn(&T) -> Span) -> Vec<T> {
    let mut starts: Vec<usize> = items.iter().map(|item| span(item).start).collect();
    crate::util::heap_sort_by(&mut starts, |a, b| a < b);
    // max_end[i]: the largest end of the kept spans whose start is one of starts[i - lowbit(i)..i].
    let mut max_end = vec![0usize; starts.len() + 1];
    let mut kept = Vec::new();
    for item in items {
        let Span { start, end } = span(&item);
        let mut i = starts.partition_point(|&s| s < end);
        let mut furthest = 0;
        while i > 0 {
            furthest = furthest.max(max_end[i]);
            i &= i - 1;
        }
        if furthest <= start {
            let mut i = starts.partition_point(|&s| s < start) + 1;
            while i < max_end.len() {
                max_end[i] = max_end[i].max(end);
                i += i & i.wrapping_neg();
            }
            kept.push(item);
        }
    }
    // Kept spans do not overlap and are not empty: their starts differ.
    crate::util::heap_sort_by(&mut kept, |a, b| span(a).start < span(b).start);
    kept
}

/// What is odd about the codes of a finding.
fn warnings(finding: &Finding, source: &Source, no_reason: bool) -> Vec<WarningFact> {
    let reply = finding.reply.as_ref();
    let basic = reply.and_then(|r| r.basic).map(|b| b.value);
    let enhanced = reply.and_then(|r| r.enhanced).map(|e| e.value);
    let mut warnings = Vec::new();
    let mut warn = |id: &'static str, values: Vec<(&'static str, String)>| warnings.push(WarningFact { id, values });
    if let (Some(b), Some(e)) = (basic, enhanced) {
        if e.class().is_some() && (b.value() / 100) as u8 != e.class_digit() {
            warn("class_mismatch", vec![("basic", b.to_string()), ("enhanced", e.to_string())]);
        }
    }
    let rule = source.rule.map(|(owner, r, _)| (owner, r));
    for code in enhanced.into_iter().chain(finding.status.map(|s| s.value)) {
        if !code.is_valid() {
            warn("invalid_code", vec![("code", code.to_string())]);
        } else if enhanced_entry(code).is_none() && rule.is_none_or(|(_, r)| r.code != RuleCode::Enhanced(code)) {
            warn("unregistered_code", vec![("code", code.to_string())]);
        }
    }
    if let (Some(s), Some(e)) = (finding.status.map(|s| s.value), enhanced) {
        if s != e {
            warn("status_differs", vec![("status", s.to_string()), ("enhanced", e.to_string())]);
        }
    }
    // Only a rule that reads a code alone gives that code the provider's own meaning.
    if let Some((r, code)) = rule.filter(|(_, r)| r.pattern.is_empty()).and_then(|(_, r)| match r.code {
        RuleCode::Enhanced(code) => Some((r, code)),
        _ => None,
    }) {
        if let Some(registry) = enhanced_entry(code) {
            if registry.category != r.category && registry.category != Category::Unknown {
                let provider = source.rule.map_or("", |(owner, _, _)| owner.name);
                warn(
                    "provider_meaning",
                    vec![("provider", provider.to_string()), ("code", code.to_string()), ("title", registry.title.to_string())],
                );
            }
        }
    }
    if no_reason {
        warn("no_reason", Vec::new());
    }
    if finding.kind == InputKind::Code {
        warn("code_only", Vec::new());
    }
    warnings
}

/// Pages to read: the rule's page, the provider's, the blocklist's lookup, the sources of
/// registered codes, the IANA registry. Only allowlisted https links, each once.
fn references(source: &Source, blocklist: Option<&'static BlocklistZone>, codes: &[CodeFact]) -> Vec<ReferenceFact> {
    let mut references: Vec<ReferenceFact> = Vec::new();
    let mut push = |page: ReferencePage, url: &str, allowed: bool| {
        if allowed && !references.iter().any(|r| r.url == url) {
            references.push(ReferenceFact { page, url: url.to_string() });
        }
    };
    let allowed = crate::data::links::is_allowed_static;
    if let Some((owner, rule, _)) = source.rule.filter(|(_, r, _)| !r.help_url.is_empty()) {
        push(ReferencePage::Rule(owner), rule.help_url, allowed(rule.help_url));
    }
    if let Some((p, _)) = source.provider {
        push(ReferencePage::Provider, p.help_url, allowed(p.help_url));
    }
    if let Some(z) = blocklist {
        push(ReferencePage::BlocklistLookup, z.lookup_url, allowed(z.lookup_url));
    }
    for fact in codes {
        let source = match fact.code {
            CodeValue::Basic(b) => basic_entry(b).map(|e| e.source),
            CodeValue::Enhanced(e) => enhanced_entry(e).filter(|_| e.is_valid()).map(|entry| entry.source),
        };
        if let Some(source) = source {
            let (url, ok) = code_source_link(source);
            push(ReferencePage::CodeSource(source), &url, ok);
        }
    }
    if codes.iter().any(|c| matches!(c.code, CodeValue::Enhanced(_))) {
        push(ReferencePage::IanaRegistry, IANA_REGISTRY_URL, allowed(IANA_REGISTRY_URL));
    }
    references
}

/// Sisimai's conventions that are about when, not what (its reason names describe the moment
/// too). They shape the crosswalk only, never the category people read.
///
/// - An unknown mailbox is `userunknown` only when a status code is about the address (X.1.x)
///   or the reply answered a command before DATA; otherwise (refused after DATA, or no command
///   named and a status such as 5.0.0, 5.2.0 or 5.7.1) Sisimai files it under `filtered`. With no
///   code at all, Sisimai's notice readers decide from the words: `userunknown`. Only in bounces
///   (DSNs and notices): a reply on its own is most often what RCPT TO got.
///   Sources: go-sisimai `reason/why-userunknown.go` and `reason/why-filtered.go` (ProbesInto),
///   the status names of `smtp/status/lib.go`.
/// - A connection that could not be made and that the sending server gave up on or still
///   retries is `expired`, and so is a delay notice that names no cause (Sisimai has no reason
///   for "still trying": `reason/find.go`; its `why-expired.go` lists "connection timed out").
/// - An unknown domain with a temporary (4.x.x) status is `networkerror`: a lookup that failed.
/// - A refusal by policy with a mailbox status (X.2.0, X.2.1, X.2.4) is `filtered`.
/// - A refusal that names no rule, in reply to MAIL FROM, is `rejected` (about the sender).
/// - A refusal that names no rule, with an X.7.x status, is `securityerror` (Sisimai's name
///   for the X.7.x statuses in `smtp/status/lib.go`).
/// - A malformed message with an X.6.x (media) status is `contenterror` (`smtp/status/lib.go`).
/// - A message given up after a temporary reply that names no cause is `onhold` (Sisimai's
///   "could not decide"), unless the status says X.4.7 (delivery time expired).
/// - An automatic answer (RFC 3834) is `vacation`: for us the message was delivered. Any
///   feedback report (RFC 5965, RFC 6591) is `feedback`.
fn sisimai_conventions(
    category: Category,
    outcome: Outcome,
    stage: Option<Stage>,
    words_decide: bool,
    codes: &Codes,
    input: &str,
    finding: &Finding,
) -> Interop {
    let mut interop = interop(category, outcome);
    let gave_up = gave_up(input, finding, codes);
    let delayed = stage == Some(Stage::Delayed) || finding.action.is_some_and(|a| a.value == DsnAction::Delayed);
    let kind = finding.kind;
    let region = input.get(finding.region.start..finding.region.end).unwrap_or("");
    let before_data = matches!(
        stage,
        Some(Stage::Connection | Stage::Greeting | Stage::Helo | Stage::Starttls | Stage::Auth | Stage::MailFrom | Stage::RcptTo)
    );
    // A status code about the address (X.1.x, the DSN's or the reply's) keeps `userunknown`.
    let statuses = || codes.status.into_iter().chain(codes.reply_enhanced).filter(|s| s.is_valid());
    let status_says_unknown = statuses().any(|s| s.subject_number() == 1);
    let something_said = codes.basic.is_some() || statuses().next().is_some();
    // A lone reply is most often what RCPT TO got; bounces and logs name the command when they
    // know it.
    let in_bounce = matches!(kind, InputKind::Dsn | InputKind::LogLine);
    if category == Category::MailboxUnknown && !status_says_unknown && !before_data && something_said && in_bounce {
        interop.sisimai = "filtered".into();
    } else if category == Category::NetworkError
        && (outcome == Outcome::Permanent && (gave_up || codes.basic.is_none_or(|b| b.is_transient())) || delayed)
        && (stage == Some(Stage::Connection) || !words_decide)
    {
        // A connection that could not be made, given up or still retried; a failure named by
        // other words (a name lookup, a lost connection) stays `networkerror`.
        interop.sisimai = "expired".into();
    } else if category == Category::DomainUnknown && statuses().any(|s| s.class_digit() == 4) {
        // A name lookup that failed with a temporary status (Gmail: "DNS Error: ... responded
        // with code NXDOMAIN", Status 4.0.0): Sisimai's `networkerror` (rhost/for-gsuite.go
        // keeps `hostunknown` for a 5.x.x status only).
        interop.sisimai = "networkerror".into();
    } else if delayed && !words_decide && category == Category::Unknown {
        interop.sisimai = "expired".into();
    } else if category == Category::Expired
        && codes.basic.is_some()
        && !words_decide
        && !statuses().any(|s| s.subject_number() == 4 && s.detail() == 7)
    {
        // Given up after a temporary reply that names no cause ("450 4.0.0 Temporary failure"):
        // Sisimai reads only the reply, which tells it nothing.
        interop.sisimai = "onhold".into();
    } else if category == Category::Delivered && region.contains(crate::parse::AUTO_REPLY_FIELD) {
        interop.sisimai = "vacation".into();
    } else if matches!(category, Category::PolicyRejected | Category::ContentPolicy)
        && statuses().any(|s| s.subject_number() == 2 && matches!(s.detail(), 0 | 1 | 4))
    {
        // A refusal with a mailbox status (X.2.0 "Message Filtered"): the recipient's own
        // filter, Sisimai's `filtered` (its status table files X.2.0, X.2.1, X.2.4 there).
        interop.sisimai = "filtered".into();
    } else if category == Category::PolicyRejected && stage == Some(Stage::MailFrom) {
        // A refusal without a named rule in reply to MAIL FROM is about the sender for Sisimai
        // (`reason/why-rejected.go`: the command is MAIL).
        interop.sisimai = "rejected".into();
    } else if category == Category::PolicyRejected && !words_decide && statuses().any(|s| s.subject_number() == 7) {
        // A refusal that names no rule, with an X.7.x status: Sisimai's status name
        // (`securityerror` for "delivery not authorized" and the other X.7.x).
        interop.sisimai = "securityerror".into();
    } else if category == Category::MessageFormat && statuses().any(|s| s.subject_number() == 6) {
        // Sisimai's status table files every X.6.x (media) status under `contenterror`.
        interop.sisimai = "contenterror".into();
    } else if region.contains(crate::parse::ARF_DIAGNOSTIC) {
        // Every feedback report (abuse, auth-failure ...) is `feedback`, whatever it reports.
        interop.sisimai = "feedback".into();
    }
    interop
}

/// The link of a code table's `source` and whether it is allowlisted, worked out once per
/// table row (the sources are the tables' own static strings, found by address).
fn code_source_link(source: &'static str) -> (std::borrow::Cow<'static, str>, bool) {
    type Links = Vec<((usize, usize), String, bool)>;
    static LINKS: std::sync::OnceLock<Links> = std::sync::OnceLock::new();
    let links = LINKS.get_or_init(|| {
        let sources = crate::data::basic_codes::BASIC_CODES
            .iter()
            .map(|e| e.source)
            .chain(crate::data::enhanced_codes::ENHANCED_CODES.iter().map(|e| e.source));
        let mut links: Links = sources
            .map(|s| {
                let url = source_url(s);
                let ok = crate::data::links::is_allowed(&url);
                ((s.as_ptr() as usize, s.len()), url, ok)
            })
            .collect();
        crate::util::heap_sort_by(&mut links, |a, b| a.0 < b.0);
        links.dedup_by_key(|(key, _, _)| *key);
        links
    });
    match links.binary_search_by_key(&(source.as_ptr() as usize, source.len()), |(key, _, _)| *key) {
        Ok(i) => (links[i].1.as_str().into(), links[i].2),
        // Not a table row's string (never): worked out now.
        Err(_) => {
            let url = source_url(source);
            let ok = crate::data::links::is_allowed(&url);
            (url.into(), ok)
        }
    }
}

/// The result in the other taxonomies, adjusted for temporary failures.
pub(crate) fn interop(category: Category, outcome: Outcome) -> Interop {
    let entry = category_entry(category);
    let temporary = outcome == Outcome::Temporary;
    let (ses_type, ses_subtype) =
        if temporary && entry.ses_type == "Permanent" { ("Transient", "General") } else { (entry.ses_type, entry.ses_subtype) };
    Interop {
        sisimai: entry.sisimai.into(),
        sendgrid: entry.sendgrid.into(),
        ses: SesBounce { bounce_type: ses_type.into(), subtype: ses_subtype.into() },
        sparkpost: if temporary && entry.sparkpost == 10 { 20 } else { entry.sparkpost },
        postmark: if temporary && entry.postmark == "HardBounce" { "SoftBounce".into() } else { entry.postmark.into() },
        hard_bounce: entry.hard_bounce && outcome == Outcome::Permanent,
    }
}

/// A success reply to a step of the session rather than to the message: a session-step code
/// (RFC 5321 §4.2.3, RFC 4954 §6), an address status (2.1.x, RFC 3463 §3.2), a forward or VRFY
/// reply to RCPT (251, 252), or a stage before the message.
fn is_step_reply(codes: &Codes, stage: Option<Stage>) -> bool {
    let basic = codes.basic.map(|b| b.value());
    basic.is_some_and(|b| crate::parse::SESSION_STEP_CODES.contains(&b) || b == 251 || b == 252)
        || codes.reply_enhanced.or(codes.status).is_some_and(|e| e.class_digit() == 2 && e.subject_number() == 1)
        || stage
            .is_some_and(|s| matches!(s, Stage::Greeting | Stage::Helo | Stage::Starttls | Stage::Auth | Stage::MailFrom | Stage::RcptTo))
}

/// The stage some replies can only come from (RFC 4954 AUTH replies, 354 after DATA).
fn stage_of_code(code: BasicCode) -> Option<Stage> {
    match code.value() {
        235 | 334 | 432 | 534 | 535 | 538 => Some(Stage::Auth),
        354 => Some(Stage::Data),
        _ => None,
    }
}

/// The blocklist zone row of a hit.
pub(crate) fn zone_row(hit: Hit) -> Option<&'static crate::data::BlocklistZone> {
    match hit.rule {
        Rule::Zone(i) => BLOCKLIST_ZONES.get(i),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_of_overlapping_evidence_spans_is_kept() {
        // Against the rule read plainly: an item is kept when it overlaps no item kept before it.
        let mut seed = 7u64;
        let mut next = |n: u64| {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
            ((seed >> 33) % n) as usize
        };
        for round in 0..300 {
            let count = next(25);
            let spans: Vec<(usize, Span)> = (0..count)
                .map(|i| {
                    let start = next(40);
                    (i, Span::new(start, start + 1 + next(if round % 2 == 0 { 4 } else { 12 })))
                })
                .collect();
            let mut expected: Vec<(usize, Span)> = Vec::new();
            for &(i, s) in &spans {
                if expected.iter().all(|(_, k)| s.end <= k.start || k.end <= s.start) {
                    expected.push((i, s));
                }
            }
            expected.sort_by_key(|(_, s)| s.start);
            assert_eq!(first_of_overlapping(spans.clone(), |(_, s)| *s), expected, "{spans:?}");
        }
    }

    fn read(text: &str) -> (Category, Confidence, Vec<Category>) {
        let e = crate::explain::explain_first(text, &crate::options::Options::default());
        (e.category.id, e.confidence, e.alternatives.iter().map(|a| a.id).collect())
    }

    #[test]
    fn a_command_code_that_names_another_neighbour_than_the_words_is_not_certain() {
        // 502 says "not implemented", the words say "not recognized": two readings.
        let (category, confidence, alternatives) = read("502 5.5.2 Error: command not recognized");
        assert_eq!((category, confidence), (Category::ProtocolSyntax, Confidence::Medium));
        assert!(alternatives.contains(&Category::NotImplemented), "{alternatives:?}");
        // Code and words that agree stay certain.
        assert_eq!(read("501 5.5.4 Syntax error: command not recognized").1, Confidence::High);
    }

    #[test]
    fn a_success_code_in_a_text_that_says_it_failed_is_not_certain() {
        let (category, confidence, _) = read("error sending message in campaign: 250 2.0.0 Ok: queued as 4B7D1");
        assert_eq!((category, confidence), (Category::Delivered, Confidence::Medium));
        assert_eq!(read("250 2.0.0 Ok: queued as 4B7D1").1, Confidence::High);
    }

    #[test]
    fn a_code_class_against_the_category_s_nature_is_not_certain() {
        // An address that does not exist is permanent by nature; a 4yz says "not now".
        let text = "450 4.1.1 <bob@example.com>: Recipient address rejected: User unknown in local recipient table";
        assert_eq!(read(text).0, Category::MailboxUnknown);
        assert_eq!(read(text).1, Confidence::Medium);
        let text = "550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown in local recipient table";
        assert_eq!(read(text).1, Confidence::High);
        // With no basic code, the enhanced code tells the class: qmail-remote's soft DNS failure
        // (temp_dns) against its hard one (perm_dns).
        assert_ne!(read("deferral: Sorry,_I_couldn't_find_any_host_by_that_name._(#4.1.2)/").1, Confidence::High);
    }

    #[test]
    fn a_success_of_the_connection_is_no_certain_news_of_a_message() {
        // A greeting, a closing and an EHLO reply's extension lines say nothing of a message.
        for text in
            ["220 mx.example.org ESMTP Postfix", "221 2.0.0 Bye", "250-PIPELINING", "250-mx.example.org\n250-SIZE 52428800\n250 HELP"]
        {
            assert_ne!(read(text).1, Confidence::High, "{text}");
        }
        // A message queued, a recipient accepted: certain.
        assert_eq!(read("250 2.0.0 Ok: queued as 4B7D1").1, Confidence::High);
        assert_eq!(read("250 2.1.5 <bob@example.com>... Recipient ok").1, Confidence::High);
    }

    #[test]
    fn a_login_refused_for_now_is_not_certain_and_names_the_server_s_failure() {
        // Credentials refused with a temporary code: the credentials, or the server's own failure.
        let (category, confidence, alternatives) = read("451 4.7.8 Error: authentication failed");
        assert_eq!((category, confidence), (Category::AuthFailed, Confidence::Medium));
        assert!(alternatives.contains(&Category::ServerError), "{alternatives:?}");
        assert_eq!(read("535 5.7.8 Error: authentication failed").1, Confidence::High);
    }

    #[test]
    fn failure_words_beside_words_that_the_message_was_let_through_are_not_certain() {
        // A filter's verdict on a message it accepted anyway, with no reply code.
        let (category, confidence, _) = read("message identified as spam but delivered anyway to the Junk folder");
        assert_eq!(category, Category::SpamContent);
        assert_ne!(confidence, Confidence::High);
        assert_eq!(read("Message rejected as spam").1, Confidence::High);
    }

    #[test]
    fn a_reason_of_the_server_s_own_after_the_words_read_keeps_a_reading_from_certain() {
        // The server names its own reason after "authentication failed:"; nothing read it.
        let (category, confidence, _) = read("535 5.7.8 Error: authentication failed: backend went away");
        assert_eq!((category, confidence), (Category::AuthFailed, Confidence::Medium));
        assert_eq!(read("535 5.7.8 Error: authentication failed").1, Confidence::High);
        // An address after the colon is no reason.
        assert_eq!(read("550 5.1.1 User unknown: bob@example.com").1, read("550 5.1.1 User unknown").1);
    }

    #[test]
    fn no_reason_texts_ignore_case_punctuation_and_tags() {
        assert!(gives_no_reason("Command rejected.", &[]));
        assert!(gives_no_reason("", &[]));
        assert!(gives_no_reason("command rejected - gsmtp", &["gsmtp"]));
        assert!(!gives_no_reason("User unknown", &[]));
    }

    #[test]
    fn python_reply_tuples_are_smtplibs() {
        assert!(python_reply_tuple("Failed to send mails: (535, b'5.7.8 Error: authentication failed')"));
        assert!(python_reply_tuple("{'a@example.org': (451, b\"4.3.0 Error: queue file write error\")}"));
        assert!(!python_reply_tuple("(535, '5.7.8 Error: authentication failed')"));
        assert!(!python_reply_tuple("(123, b'x')"));
    }

    #[test]
    fn inbound_refusals_are_this_servers_own() {
        assert!(inbound_refusal("Dec 15 16:38:10 mx postfix/smtpd[1]: NOQUEUE: reject: RCPT from smtp12.example.fr[192.0.2.1]: 450 4.2.0 <a@b.example>: Recipient address rejected: Greylisted"));
        assert!(inbound_refusal(
            "postfix/cleanup[2]: 7F2D: milter-reject: END-OF-MESSAGE from forward.example.net[192.0.2.2]: 4.7.1 Try again later"
        ));
        assert!(inbound_refusal(
            "2017-05-01 07:42:42 H=host.example (helo) [192.0.2.3] F=<a@b.example> rejected RCPT <c@d.example>: Unrouteable address"
        ));
        assert!(inbound_refusal("sendmail[9]: x: ruleset=check_rcpt, arg1=<a@b.example>, relay=host.example [192.0.2.4], reject=550 5.7.1 <a@b.example>... Relaying denied"));
        // A remote server's reply to this one.
        assert!(!inbound_refusal("postfix/smtp[3]: ABC: to=<a@gmail.com>, relay=gmail-smtp-in.l.google.com[192.0.2.5]:25, dsn=5.1.1, status=bounced (host gmail-smtp-in.l.google.com[192.0.2.5] said: 550 5.1.1 rejected)"));
        assert!(!inbound_refusal("2026-11-28 10:00:00 1abcDE-000123-AB ** bob@example.net R=dnslookup T=remote_smtp H=mx.example.net [192.0.2.3]: SMTP error from remote mail server after RCPT TO:<bob@example.net>: 550 5.7.1 rejected"));
    }

    #[test]
    fn a_domain_inside_a_local_part_is_no_provider_sign() {
        let hit = |text: &str, word: &str| {
            let start = text.find(word).unwrap();
            in_local_part(text, &Hit { start, end: start + word.len(), rule: Rule::Outcome(0) })
        };
        assert!(hit("delivered to contact+bob=gmail.com@example.org failed", "gmail.com"));
        assert!(hit("<SRS0=AbCd=XY=gmail.com=bob@forwarder.example>", "gmail.com"));
        assert!(!hit("delivered to bob@gmail.com failed", "gmail.com"));
        assert!(!hit("host gmail-smtp-in.l.google.com said: 550 (contact postmaster@example.org)", "google.com"));
    }

    #[test]
    fn a_server_greeting_names_who_answered() {
        let transcript = "2017-12-13 13:50:33 SERVER -> CLIENT: 220 smtp.mail.yahoo.com ESMTP ready\n\
                          2017-12-13 13:50:33 CLIENT -> SERVER: AUTH LOGIN\n\
                          2017-12-13 13:50:36 SERVER -> CLIENT: 535 5.7.0 Incorrect username or password.\n\
                          2017-12-13 13:50:36 SMTP ERROR: Password command failed: 535 5.7.0 Incorrect username or password.";
        assert_eq!(crate::explain(transcript).provider.map(|p| p.id.to_string()).as_deref(), Some("yahoo"));
        let at = |text: &str, word: &str| {
            let start = text.find(word).unwrap();
            in_greeting(text, &Hit { start, end: start + word.len(), rule: Rule::Outcome(0) })
        };
        assert!(at("< 220 126.com Anti-spam GT for Coremail System", "126.com"));
        assert!(!at("550 5.1.1 <bob@yahoo.com>: user unknown", "yahoo.com"));
        assert!(!at("220 mail.example.org ESMTP; relayed for yahoo.com", "yahoo.com"));
    }

    #[test]
    fn a_syslog_ident_inside_a_longer_one_names_no_program() {
        let other = "ns8-sendmail[1241192]: status=sent from=a@example.org to=b@example.net server=smtp.example.net:587 code=250";
        assert!(crate::explain(other).software.is_none());
        let own =
            "sendmail[9]: x: to=<b@example.net>, delay=00:00:01, mailer=esmtp, relay=mx.example.net. [192.0.2.4], dsn=2.0.0, stat=Sent";
        assert_eq!(crate::explain(own).software.map(|s| s.id.to_string()).as_deref(), Some("sendmail"));
    }

    #[test]
    fn an_enhanced_code_the_registry_does_not_list_reads_as_its_subject() {
        // RFC 3463 section 3.1: X.4.x is about the network and routing, whatever its detail
        // (Exchange Online's "450 4.4.312 DNS query failed" family); a bare 450 says less.
        let e = crate::explain("450 4.4.399 Something odd happened");
        assert_eq!(e.category.id, Category::NetworkError);
        assert_eq!(crate::explain("450 Something odd happened").category.id, Category::MailboxBusy);
    }

    #[test]
    fn a_smarthost_for_a_recipient_domain_is_not_its_provider() {
        assert_eq!(base_domain("mx.mailsv.softbank.jp"), base_domain("i.softbank.jp"));
        assert_eq!(base_domain("mail.example.co.jp"), "example.co.jp");
        assert_eq!(base_domain("gmail.com"), "gmail.com");
        assert_ne!(base_domain("smtp.isp.example"), base_domain("gmail.com"));
        let line = "Dec 20 04:12:48 vm postfix/smtp[11322]: 911E98144F: to=<bob@gmail.com>, relay=relay.isp.example[192.0.2.1]:26, \
                    delay=22, dsn=5.0.0, status=bounced (host relay.isp.example[192.0.2.1] said: 530 5.0.0 Authentication required)";
        assert!(crate::explain(line).provider.is_none());
        let direct = "Dec 20 04:12:48 vm postfix/smtp[11322]: 911E98144F: to=<bob@gmail.com>, relay=none, delay=22, dsn=5.1.1, \
                      status=bounced (host unknown said: 550 5.1.1 user unknown)";
        assert_eq!(crate::explain(direct).provider.map(|p| p.id.to_string()).as_deref(), Some("google"));
    }

    #[test]
    fn a_tag_on_the_reply_line_names_the_service_that_answered() {
        let tags = |text: &str, word: &str, reply_at: &str| {
            let start = text.find(word).unwrap();
            let r = text.find(reply_at).unwrap();
            tags_reply_line(text, &Hit { start, end: start + word.len(), rule: Rule::Outcome(0) }, Some(Span::new(r, text.len())))
        };
        let api = "Sending a message to a@gmail.com\nMailgun API response 401 (UNAUTHORIZED): 'Forbidden'";
        assert!(tags(api, "Mailgun API response", "401"));
        // A header line above the reply (a DSN's Reporting-MTA) is no tag of the reply.
        let dsn = "Reporting-MTA: dns; mailgun api response\nDiagnostic-Code: smtp; 550 5.1.1 unknown";
        assert!(!tags(dsn, "mailgun api response", "550"));
        // Nor is anything after the reply's start.
        assert!(!tags("550 5.1.1 unknown (Mailgun API response)", "Mailgun API response", "550"));
        // No reply, no tag of it.
        assert!(!tags_reply_line(api, &Hit { start: 0, end: 1, rule: Rule::Outcome(0) }, None));
        // End to end: the service's tag wins over the recipient's mailbox domain.
        let e = crate::explain(api);
        assert_eq!(e.provider.as_ref().map(|p| p.id.as_ref()), Some("mailgun"));
    }

    #[test]
    fn refused_object_needs_the_object_near_a_refusal_word() {
        assert_eq!(refused_object("Rejected because Bad IP"), Some(Category::SenderIpBlocked));
        assert_eq!(refused_object("Sender IP address rejected"), Some(Category::SenderIpBlocked));
        assert_eq!(refused_object("<a@b.example>: Sender address rejected: not owned"), Some(Category::SenderRejected));
        assert_eq!(refused_object("Relaying not allowed"), Some(Category::RelayDenied));
        // Too far apart, or no refusal at all.
        assert_eq!(refused_object("IP one two three four five rejected"), None);
        assert_eq!(refused_object("Your IP address is 192.0.2.1"), None);
        assert_eq!(refused_object("Recipient address rejected: Access denied"), None);
        // Only the start of a long text is read.
        let long = format!("{} ip blocked", "word ".repeat(100));
        assert_eq!(refused_object(&long), None);
        // An address with its dots is one word: it does not push the object out of reach.
        assert_eq!(refused_object("550 5.7.1 Your IP 192.0.2.1 is blocked"), Some(Category::SenderIpBlocked));
    }

    #[test]
    fn missing_object_is_the_thing_said_not_to_exist_nearest_the_words() {
        assert_eq!(missing_object("Address not found: The domain example.org couldn't be found."), Some(Category::DomainUnknown));
        assert_eq!(
            missing_object("DNS Error: Address resolution of example.org. failed: Domain name not found"),
            Some(Category::DomainUnknown)
        );
        assert_eq!(missing_object("The email address you entered couldn't be found."), Some(Category::MailboxUnknown));
        assert_eq!(
            missing_object("couldn't be delivered to the recipient because the domain doesn't exist"),
            Some(Category::DomainUnknown)
        );
        assert_eq!(missing_object("The domain is fine and the message was sent"), None);
    }

    #[test]
    fn reading_rules_for_quotas_and_the_from_header() {
        let quota = |text: &str| quota_category(text, &crate::parse::parse(text).findings[0]);
        assert_eq!(quota("552 Requested mailbox exceeds quota."), Some(Category::MailboxFull));
        assert_eq!(quota("Sorry the recipient quota limit is exceeded."), Some(Category::MailboxFull));
        assert_eq!(
            quota("554 5.7.1 <a@b.example>: Recipient address rejected: You have exceeded your Outmail quota."),
            Some(Category::RateLimited)
        );
        // Whose quota the words beside it tell: a sender's or a count of recipients is a
        // sending limit, a mailbox's stays the mailbox's.
        assert_eq!(quota("554 5.7.1 <a@b.example>: Recipient address rejected: Sender quota limit reached."), Some(Category::RateLimited));
        assert_eq!(
            quota("The group a@b.example has exceeded its quota for total number of external recipients."),
            Some(Category::RateLimited)
        );
        assert_eq!(quota("552 5.2.2 Quota exceeded (mailbox for user is full)"), Some(Category::MailboxFull));
        assert_eq!(quota("550 5.7.1 Quotation marks are not allowed"), None);
        assert_eq!(quota("550 5.1.1 User unknown"), None);
        let from = |text: &str| from_header_fault(text, &crate::parse::parse(text).findings[0]);
        assert!(from("550 MIME message is missing 'From' header"));
        assert!(from("550 jane@example.com Blank From: addresses are not allowed. Provide a valid From."));
        assert!(from("550 5.7.1 Messages missing a valid address in From: header, or having no From: header, are not accepted."));
        assert!(!from("550 Your FROM address (user@example.com) must match your authenticated email user"));
        assert!(!from("550 5.7.1 Sender address rejected: not owned by user; mail from header ok"));
        // Wording a phrase row reads decides on its own.
        let verdict = classify_text("452 4.5.3 Daily message quota exceeded");
        assert_eq!(verdict, Category::RateLimited);
    }

    #[test]
    fn a_weak_reading_names_the_other_readings_its_signals_pointed_at() {
        // The catch-all code and the generic word disagree; neither is strong: both are named.
        let e = crate::explain::explain_first("451 4.3.0 timed out", &crate::options::Options::default());
        assert_eq!((e.category.id, e.confidence), (Category::ServerError, Confidence::Low));
        assert!(e.alternatives.iter().any(|a| a.id == Category::NetworkError));
        // A DSN header naming the recipient field "unknown" is no notice that a mailbox is missing.
        assert_eq!(missing_object("Final-Recipient: unknown; nair_s Status: 5.0.0 (unknown permanent failure)"), None);
    }

    #[test]
    fn a_text_without_codes_is_read_by_its_generic_words_at_low_confidence() {
        // No code, no clear wording: the generic words are all there is, and they are read.
        let e = crate::explain::explain_first(
            "postfix/smtp[2474]: connect to mx.example.net[192.0.2.1]:25: Operation timed out",
            &crate::options::Options::default(),
        );
        assert_eq!(e.category.id, Category::NetworkError);
        assert_eq!(e.confidence, Confidence::Low);
        assert_eq!(classify_text("nothing here at all"), Category::Unknown);
    }

    #[test]
    fn a_refusal_of_mail_from_with_no_named_cause_refuses_the_sender() {
        let at_mail_from = "host mx.example.net[192.0.2.1] said: 550 5.7.1 Sender mismatch (in reply to MAIL FROM command)";
        assert_eq!(classify_text(at_mail_from), Category::SenderRejected);
        // At RCPT TO the same words stay a policy refusal; a named cause keeps its category.
        assert_eq!(
            classify_text("host mx.example.net[192.0.2.1] said: 550 5.7.1 Sender mismatch (in reply to RCPT TO command)"),
            Category::PolicyRejected
        );
        assert_eq!(
            classify_text("host mx.example.net[192.0.2.1] said: 550 5.7.1 Relaying denied (in reply to MAIL FROM command)"),
            Category::RelayDenied
        );
    }

    #[test]
    fn a_syntax_refusal_about_the_sender_refuses_the_sender() {
        assert_eq!(classify_text("501 a@b.example Sender email is not in my domain"), Category::SenderRejected);
        assert_eq!(classify_text("501 5.5.4 Syntax: MAIL FROM:<address> must contain a domain"), Category::SenderRejected);
        // Without the sender named, a syntax code stays a syntax fault.
        assert_eq!(classify_text("501 5.5.2 Syntax error in parameters"), Category::ProtocolSyntax);
    }

    #[test]
    fn a_syntax_refusal_about_the_recipient_is_a_malformed_address() {
        assert_eq!(
            classify_text("504 5.5.2 <JKL@KJHJ>: Recipient address rejected: need fully-qualified address"),
            Category::MessageFormat
        );
        assert_eq!(classify_text("501 5.5.2 RCPT TO syntax error"), Category::MessageFormat);
        // Addresses and log fields are not what the reply says.
        assert_eq!(classify_text("501 5.5.2 Syntax error in parameters; from=<sender@example.com>"), Category::ProtocolSyntax);
    }

    #[test]
    fn a_text_without_a_reply_names_its_refused_object_too() {
        assert_eq!(classify_text("Failed to send some messages\nSender refused"), Category::SenderRejected);
        assert_eq!(
            classify_text("A message that you sent was rejected by the local scanning code. The following error was given:\n\n  don't like sender a@b.example"),
            Category::SenderRejected
        );
    }

    #[test]
    fn auth_or_starttls_answered_as_unknown_is_a_missing_extension() {
        assert_eq!(classify_text("SMTP ERROR: AUTH command failed: 502 5.5.2 Error: command not recognized"), Category::NotImplemented);
        assert_eq!(classify_text("Sent: STARTTLS\nGot: 500 5.3.3 Unrecognized command"), Category::NotImplemented);
        assert_eq!(classify_text("C: AUTH PLAIN AGphc29u\nS: 500 Error: command not recognized"), Category::NotImplemented);
        // Without the command in sight the reply stays a syntax refusal.
        assert_eq!(classify_text("500 5.5.2 Error: command not recognized"), Category::ProtocolSyntax);
        assert_eq!(classify_text("C: XFOO\nS: 500 Error: command not recognized"), Category::ProtocolSyntax);
    }

    #[test]
    fn a_peer_that_goes_away_or_cannot_be_found_is_a_network_error() {
        // No code: the words of the connection failure decide.
        assert_eq!(
            classify_text("[outbound] Remote end 192.0.2.7:25 closed connection while we were processing mail. Trying next MX."),
            Category::NetworkError
        );
        assert_eq!(classify_text("Hostname cannot be resolved"), Category::NetworkError);
        assert_eq!(classify_text("Can't connect to smtp.example.com: !"), Category::NetworkError);
    }

    #[test]
    fn postfix_certificate_failures_qmail_rcpthosts_and_foreign_sender_domains_are_named() {
        assert_eq!(
            classify_text(
                "postfix/smtp[16969]: certificate verification failed for mx.example.net[192.0.2.1]:25: untrusted issuer /CN=Example CA"
            ),
            Category::TlsFailed
        );
        assert_eq!(
            classify_text("Resposta do Servidor: '553 este domínio não consta na minha lista de rcpthosts autorizados (#5.7.1)'"),
            Category::RelayDenied
        );
        assert_eq!(classify_text("Resposta do Servidor: '550 nome@exemplo.com... Retransmissão Negada'"), Category::RelayDenied);
        assert_eq!(
            classify_text("SMTP server error: You are not allowed to use the domain example.com as a sender domain."),
            Category::SenderRejected
        );
    }

    #[test]
    fn client_host_rejected_access_denied_on_the_submission_service_is_a_missing_login() {
        // tests/corpus/LABELS.md §1: Postfix's master.cf template rejects clients that have not
        // logged in on submission/smtps with this text; on port 25 it refuses the connecting IP.
        assert_eq!(
            classify_text("Jul 4 10:18:32 mail postfix/submission/smtpd[2960795]: NOQUEUE: reject: RCPT from unknown[192.0.2.42]: 554 5.7.1 <unknown[192.0.2.42]>: Client host rejected: Access denied; from=<a@example.org> to=<b@example.net> proto=ESMTP helo=<[192.168.1.10]>"),
            Category::AuthRequired
        );
        assert_eq!(
            classify_text("Expected response code 220 but got code \"554\", with message \"554 5.7.1 <unknown[192.0.2.11]:52491>: Client host rejected: Access denied"),
            Category::AuthRequired
        );
        assert_eq!(
            classify_text("Mar 10 15:47:40 mx postfix/smtpd[12345]: NOQUEUE: reject: RCPT from unknown[192.0.2.9]: 554 5.7.1 <unknown[192.0.2.9]>: Client host rejected: Access denied; from=<a@example.org> to=<b@example.net> proto=ESMTP helo=<x>"),
            Category::SenderIpBlocked
        );
    }

    #[test]
    fn an_address_that_does_not_parse_is_a_malformed_message_and_a_failed_connection_a_network_error() {
        assert_eq!(classify_text("501 5.1.3 Bad recipient address syntax"), Category::MessageFormat);
        assert_eq!(classify_text("SMTP Connection Error\nThe connection to the SMTP server failed."), Category::NetworkError);
        assert_eq!(classify_text("Cannot connect to server. (SMTP response is 0 length)"), Category::NetworkError);
    }

    #[test]
    fn full_stores_locked_users_recent_message_limits_and_missing_extensions_are_named() {
        assert_eq!(classify_text("552 recipient storage full, try again later"), Category::MailboxFull);
        assert_eq!(classify_text("550 <a@example.com>: User status is locked."), Category::MailboxDisabled);
        assert_eq!(classify_text("452 4.1.1 <a@example.com> too many recent messages; Try again later"), Category::RateLimited);
        assert_eq!(classify_text("Server does not support REQUIRETLS extension (RFC 8689)"), Category::NotImplemented);
    }

    #[test]
    fn session_limits_relay_without_login_and_the_receivers_own_faults_are_named() {
        assert_eq!(classify_text("500 The number of sessions exceeds the maximum"), Category::RateLimited);
        assert_eq!(classify_text("550 Local user only or Authentication mechanism"), Category::AuthRequired);
        assert_eq!(classify_text("452 4.3.1 Temporary System Error"), Category::ServerError);
    }

    #[test]
    fn unknown_recipients_in_exim_and_exchange_online_words() {
        assert_eq!(classify_text("unknown local-part \"bob\" in domain \"example.com\""), Category::MailboxUnknown);
        assert_eq!(
            classify_text("Your message to bob@example.com couldn't be delivered.\nbob wasn't found at example.com."),
            Category::MailboxUnknown
        );
        assert_eq!(classify_text("553 User refused to receive this mail."), Category::PolicyRejected);
    }

    #[test]
    fn plain_wordings_of_single_causes_are_read() {
        assert_eq!(classify_text("554 5.0.0 MX list for example.com points back to mx.example.net"), Category::ReceiverMisconfigured);
        assert_eq!(classify_text("550 5.1.1 <bob@example.net> inactive recipient rejected"), Category::MailboxDisabled);
        assert_eq!(classify_text("554 5.5.2 Invalid data in message"), Category::MessageFormat);
        assert_eq!(classify_text("SMTP Error: [554] 5.7.1 Infected: Eicar-Test-Signature"), Category::VirusDetected);
        assert_eq!(
            classify_text("4.7.32 This mail has been rate limited because there is no DMARC alignment"),
            Category::SenderAuthentication
        );
    }

    #[test]
    fn content_filter_verdicts_and_refused_envelope_senders_are_read() {
        assert_eq!(classify_text("550 Content reject. FAAAANsG60M9BmDT.1"), Category::SpamContent);
        assert_eq!(classify_text("550 Verify mailfrom failed,blocked"), Category::SenderRejected);
        assert_eq!(
            classify_text("550 Your FROM address ( , user@example.com ) must match your authenticated email user"),
            Category::SenderRejected
        );
    }

    #[test]
    fn full_stores_beside_552_daily_limits_and_translated_relay_refusals_are_read() {
        // 552 with a store named full is the mailbox; 552 alone stays a size limit.
        assert_eq!(classify_text("552 Requested mail action aborted: storage allocation"), Category::MailboxFull);
        assert_eq!(classify_text("552 bob@example.com is full"), Category::MailboxFull);
        assert_eq!(classify_text("552 5.3.4 Message size exceeds fixed maximum message size"), Category::MessageTooLarge);
        assert_eq!(classify_text("Errore: MAX RCPT TO DAILY LIMIT"), Category::RateLimited);
        assert_eq!(classify_text("556 The number of RCPTs is over size"), Category::TooManyRecipients);
        assert_eq!(classify_text("427 Socks Connect to UNREACHABLE host"), Category::NetworkError);
        assert_eq!(classify_text("503 5.5.2 Send hello first"), Category::ProtocolSequence);
        assert_eq!(classify_text("554 Message rejected: Address blacklisted."), Category::Suppressed);
        assert_eq!(
            classify_text("Resposta do Servidor: \"550 <alguem@example.com>... Reencaminhamento Recusado\", Porta: 25"),
            Category::RelayDenied
        );
        assert_eq!(
            classify_text("550 5.0.0 <a@example.net>: Mail originating from that domain is not welcome here"),
            Category::SenderRejected
        );
    }

    #[test]
    fn an_http_status_of_a_sending_services_api_names_its_own_cause() {
        let explain = |text: &str| crate::explain::explain_first(text, &crate::options::Options::default());
        for (text, category, outcome) in [
            ("python_http_client.exceptions.UnauthorizedError: HTTP Error 401: Unauthorized", Category::AuthFailed, Outcome::Permanent),
            ("Response: 403 Forbidden. Content: {\"errors\": [ {\"message\": \"Forbidden.\"} ]}", Category::AuthFailed, Outcome::Permanent),
            ("HTTP Error 429: Too Many Requests", Category::RateLimited, Outcome::Temporary),
            ("statusCode: 500", Category::ServerError, Outcome::Temporary),
            (
                "InvalidEmailRequestError: Error parsing 'To': Illegal email address 'a@b@example.com'.\n  statusCode: 422,\n  code: 300",
                Category::MessageFormat,
                Outcome::Permanent,
            ),
        ] {
            let e = explain(text);
            assert_eq!((e.category.id, e.outcome), (category, outcome), "{text}");
            assert!(e.reply.is_none_or(|r| r.code.is_none()), "{text}");
        }
        // Wording that names a cause outranks the status (Resend's 403 for an unverified domain).
        assert_eq!(
            classify_text(
                "{ statusCode: 403, message: 'You can only send testing emails to your own email address.', name: 'validation_error' }"
            ),
            Category::SenderRejected
        );
    }

    #[test]
    fn words_escaped_in_a_log_string_are_read_and_point_into_the_input() {
        let text = r#"{"level":"error","msg":"send failed","error":"Sender verify failed\nThe mail server could not deliver mail to \u003cbounce@192.168.1.14\u003e"}"#;
        let e = crate::explain::explain_first(text, &crate::options::Options::default());
        assert_eq!(e.category.id, Category::SenderRejected);
        for ev in &e.evidence {
            assert!(ev.end <= text.len() && text.is_char_boundary(ev.start) && text.is_char_boundary(ev.end), "{ev:?}");
        }
    }

    fn classify_text(text: &str) -> Category {
        crate::explain::explain_first(text, &crate::options::Options::default()).category.id
    }
}
