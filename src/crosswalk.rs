//! The Sisimai crosswalk (`interop.sisimai`): the reason Sisimai would give, where Sisimai
//! decides by who sent the notice or answered rather than by what the reply means.
//!
//! Sisimai (<https://github.com/sisimai/go-sisimai>) decides a reason in this order: the
//! reading module of the notice's format (`lhost/via-*.go`) may set it; then a module for the
//! remote provider (`rhost/for-*.go`, chosen by the recipient's domain or the remote host);
//! then phrase families and status names (`reason/why-*.go`, `reason/find.go`). Those rules
//! are conventions, not meaning: they shape this field only, never the category people read
//! (which `classify.rs` decides). `classify.rs` already applies the conventions that depend on
//! the moment of the refusal; this pass adds the rules by provider, by notice format and by
//! phrase family. The rules are ours, written from reading Sisimai's modules; each cites
//! the module it follows.

use std::borrow::Cow;

use crate::code::EnhancedCode;
use crate::parse::{Finding, InputKind};
use crate::taxonomy::{Category, Stage};
use crate::util;
use crate::verdict::Verdict;

/// How much of a finding's text the phrase rules read (a notice's words come first).
const NOTICE_LIMIT: usize = 64 * 1024;

/// What the start of the whole input (the notice's headers and greeting) tells the rules by
/// notice format. Read once per input, however many recipients it reports.
///
/// Read from the text in ASCII lowercase, without folding the whole start (which cost as much
/// as the rest of the crosswalk): the names looked for hold no space, so they are found where
/// the folded text has them, and the sentences looked for are read from the folded text only
/// when a name of theirs is there (`qmail-send`, `X-SPASIGN`, `X-YMailISG`).
#[derive(Default)]
pub(crate) struct Head {
    /// The host in `Reporting-MTA`, lowercase.
    reporting: String,
    /// Google's notice (`mailer-daemon@googlemail.com`, or reported by googlemail.com).
    google_workspace: bool,
    /// qmail's notice: its own sentences (between its greeting and the copy of the message).
    qmail: Option<String>,
    /// au's (EZweb) spam filter refused it (`X-SPASIGN: NG`).
    spasign: bool,
    /// Yahoo's notice (`X-YMailISG` and its opening sentence).
    yahoo: bool,
}

impl Head {
    pub(crate) fn new(text: &str) -> Head {
        let text = capped(text);
        // Lowercased as it is (one vectorised pass, no folding): the names hold no space.
        let lower = text.to_ascii_lowercase();
        // `Reporting-MTA: dns; host`: the first word after the name (and `dns;`), up to a
        // space or `;`, as it reads in the folded text.
        let reporting = util::find(&lower, "reporting-mta:").map_or(String::new(), |at| {
            let rest = lower[at + "reporting-mta:".len()..].trim_start();
            let rest = rest.strip_prefix("dns;").unwrap_or(rest).trim_start();
            rest[..rest.find(|c: char| c.is_ascii_whitespace() || c == ';').unwrap_or(rest.len())].to_string()
        });
        let google_workspace = util::contains(&lower, "mailer-daemon@googlemail.com") || reporting.ends_with("googlemail.com");
        let (mut qmail, mut spasign, mut yahoo) = (None, false, false);
        if ["qmail-send", "x-spasign", "x-ymailisg"].iter().any(|name| util::contains(&lower, name)) {
            let head = folded(text);
            const QMAIL: &str = "this is the qmail-send program";
            qmail = util::find(&head, QMAIL).map(|from| {
                let to = head[from..].find("--- below this line is a copy of the message").map_or(head.len(), |i| from + i);
                head[from..to].to_string()
            });
            spasign = util::contains(&head, "x-spasign: ng");
            yahoo = util::contains(&head, "x-ymailisg") && util::contains(&head, "sorry, we were unable to deliver your message");
        }
        Head { reporting, google_workspace, qmail, spasign, yahoo }
    }
}

/// At most [`NOTICE_LIMIT`] bytes of `text`, cut at a char boundary.
fn capped(text: &str) -> &str {
    let mut end = text.len().min(NOTICE_LIMIT);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// What the rules look at.
struct Facts<'a> {
    /// What the start of the whole input tells.
    head: &'a Head,
    /// The finding's text (the whole notice for a lone recipient), lowercase.
    notice: Cow<'a, str>,
    /// The same, as it is (for the rules that read case, like Sisimai's command finder).
    raw: &'a str,
    /// The reply, lowercase.
    reply: String,
    /// The status: the DSN's, else the reply's.
    status: Option<EnhancedCode>,
    /// Every status: the DSN's and the reply's.
    statuses: Vec<EnhancedCode>,
    /// The reply code.
    code: Option<u16>,
    stage: Option<Stage>,
    category: Category,
    /// The finding is part of a bounce (a DSN or notice), not a lone reply.
    bounce: bool,
    /// The recipient's domain, lowercase.
    domain: String,
    /// The remote host, lowercase.
    rhost: String,
}

impl Facts<'_> {
    /// The phrase is in the notice, or in the reply (whose folded lines are joined).
    fn has(&self, phrase: &str) -> bool {
        util::contains(&self.notice, phrase) || util::contains(&self.reply, phrase)
    }

    fn any(&self, phrases: &[&str]) -> bool {
        phrases.iter().any(|p| self.has(p))
    }

    /// The class digit of the status, else of the reply code.
    fn class(&self) -> Option<u8> {
        self.status.map(|s| s.class_digit()).or(self.code.map(|c| (c / 100) as u8))
    }

    fn status_is(&self, s: &str) -> bool {
        self.status.is_some_and(|st| st.to_string() == s)
    }
}

/// Lowercase, with every run of whitespace (folded lines too) made one space.
fn folded(text: &str) -> String {
    // Byte by byte: only ASCII bytes change, and they never occur inside a multi-byte character.
    // Each byte mapped in place (a loop the compiler vectorises), then runs of spaces made one
    // and the ends trimmed.
    let mut out = text.as_bytes().to_vec();
    for b in out.iter_mut() {
        *b = if b.is_ascii_whitespace() { b' ' } else { b.to_ascii_lowercase() };
    }
    out.dedup_by(|b, a| *a == b' ' && *b == b' ');
    if out.last() == Some(&b' ') {
        out.pop();
    }
    if out.first() == Some(&b' ') {
        out.remove(0);
    }
    String::from_utf8(out).unwrap_or_default()
}

/// Sets `verdict.interop.sisimai` where one of Sisimai's rules by provider, notice format or
/// phrase family decides otherwise than the category's own name.
pub(crate) fn sisimai(verdict: &mut Verdict, text: &str, finding: &Finding, head: &Head) {
    if matches!(verdict.category, Category::Delivered | Category::Intermediate | Category::Complaint) {
        return;
    }
    let region = text.get(finding.region.start..finding.region.end).unwrap_or("");
    let raw = capped(region);
    let reply = verdict.reply.as_ref();
    let facts = Facts {
        head,
        notice: Cow::Owned(folded(raw)),
        raw,
        reply: reply.map_or(String::new(), |r| r.text.to_ascii_lowercase()),
        status: finding.status.map(|s| s.value).or(reply.and_then(|r| r.enhanced)).filter(|s| s.is_valid()),
        statuses: finding.status.map(|s| s.value).into_iter().chain(reply.and_then(|r| r.enhanced)).filter(|s| s.is_valid()).collect(),
        code: reply.and_then(|r| r.code).map(|c| c.value()),
        stage: verdict.stage,
        category: verdict.category,
        bounce: finding.kind == InputKind::Dsn,
        domain: verdict.recipient.as_deref().and_then(|r| r.rsplit_once('@')).map_or(String::new(), |(_, d)| d.to_ascii_lowercase()),
        rhost: verdict.remote_host.as_deref().unwrap_or("").to_ascii_lowercase(),
    };
    let current = verdict.interop.sisimai.clone();
    if let Some(reason) = decide(&facts, &current, verdict.rule.is_some(), verdict.provider.map(|p| p.id)) {
        verdict.interop.sisimai = reason;
    }
}

fn decide(f: &Facts, current: &str, rule_decides: bool, provider: Option<&str>) -> Option<Cow<'static, str>> {
    if let Some(reason) = local_agent(f) {
        return Some(reason.into());
    }
    if let Some(reason) = by_provider(f, provider) {
        return Some(reason.into());
    }
    // A provider's own table explained the reply: Sisimai's provider module decides before its
    // "refused after DATA" convention, so an unknown mailbox stays `userunknown`.
    if rule_decides && f.category == Category::MailboxUnknown && current == "filtered" {
        return Some("userunknown".into());
    }
    if let Some(reason) = by_format(f, current) {
        return Some(reason.into());
    }
    by_phrase_family(f, current).map(Cow::Borrowed)
}

/// A local delivery agent named in the reply (`lda/lib.go`): its own words name the reason,
/// else it is `mailererror` (a program that failed). Not for a reply to a command before DATA.
fn local_agent(f: &Facts) -> Option<&'static str> {
    type Agent = (&'static [&'static str], &'static [(&'static str, &'static str)]);
    const AGENTS: &[Agent] = &[
        (
            &["your message to <", "> was automatically rejected:"],
            &[("not enough disk space", "mailboxfull"), ("quota exceeded", "mailboxfull"), ("mailbox doesn't exist: ", "userunknown")],
        ),
        (
            &["mail.local: "],
            &[
                ("disc quota exceeded", "mailboxfull"),
                ("mailbox full or quota exceeded", "mailboxfull"),
                ("temporary file write error", "systemerror"),
                (": invalid mailbox path", "userunknown"),
                (": unknown user:", "userunknown"),
                (": user missing home directory", "userunknown"),
                (": user unknown", "userunknown"),
            ],
        ),
        (
            &["procmail: ", "/procmail "],
            &[
                ("quota exceeded while writing", "mailboxfull"),
                ("user over quota", "mailboxfull"),
                ("service unavailable", "systemerror"),
                ("no space left to finish writing", "systemfull"),
            ],
        ),
        (
            &["maildrop: "],
            &[
                ("maildir over quota.", "mailboxfull"),
                ("cannot find system user", "userunknown"),
                ("invalid user specified.", "userunknown"),
            ],
        ),
        (
            &["vdelivermail: "],
            &[
                ("user does not exist, but will deliver to ", "filtered"),
                ("domain is over quota", "mailboxfull"),
                ("user is over quota", "mailboxfull"),
                ("account is locked email bounced", "suspend"),
                ("sorry, no mailbox here by that name.", "userunknown"),
            ],
        ),
        (
            &["vdeliver: "],
            &[
                ("delivery failed due to system quota violation", "mailboxfull"),
                ("invalid or unknown base user or domain", "userunknown"),
                ("invalid or unknown virtual user", "userunknown"),
                ("user name does not refer to a virtual user", "userunknown"),
            ],
        ),
    ];
    if f.stage.is_some_and(|s| !matches!(s, Stage::Data | Stage::EndOfData | Stage::AfterAcceptance)) {
        return None;
    }
    let (_, table) = AGENTS.iter().find(|(names, _)| names.iter().any(|n| util::contains(&f.reply, n)))?;
    Some(table.iter().find(|(p, _)| util::contains(&f.reply, p)).map_or("mailererror", |(_, r)| *r))
}

/// Sisimai's provider class: by the recipient's domain (a class host ends with it), else by
/// the remote host (it ends with a class host). `rhost/lib.go` `RhostClass`.
fn provider_class(f: &Facts) -> Option<&'static str> {
    const CLASSES: &[(&str, &[&str])] = &[
        ("facebook", &[".facebook.com"]),
        ("franceptt", &[".laposte.net", ".orange.fr", ".wanadoo.fr"]),
        ("kddi", &[".ezweb.ne.jp", "msmx.au.com"]),
        ("mimecast", &[".mimecast.com"]),
        ("nttdocomo", &["mfsmax.docomo.ne.jp"]),
        ("outlook", &[".hotmail.com"]),
        ("yahooinc", &[".yahoodns.net"]),
    ];
    if !f.domain.is_empty() {
        if let Some((class, _)) = CLASSES.iter().find(|(_, hosts)| hosts.iter().any(|h| h.ends_with(f.domain.as_str()))) {
            return Some(class);
        }
    }
    // Then the remote host, then the host that wrote the notice (its `Reporting-MTA`).
    for host in [f.rhost.as_str(), f.head.reporting.as_str()] {
        if host.is_empty() {
            continue;
        }
        if let Some((class, _)) = CLASSES.iter().find(|(_, hosts)| hosts.iter().any(|h| host.ends_with(h))) {
            return Some(class);
        }
    }
    None
}

/// Sisimai's provider modules (`rhost/for-*.go`).
fn by_provider(f: &Facts, provider: Option<&str>) -> Option<&'static str> {
    // Google Workspace's notices (`rhost/for-gsuite.go`, `lhost` GSuite): a name lookup that
    // found nothing is `networkerror` while temporary, `hostunknown` once permanent.
    if f.head.google_workspace || f.rhost.ends_with("googlemail.com") {
        let permanent = f.class() == Some(5);
        if f.any(&[" had no relevant answers.", " responded with code nxdomain", "domain name not found"]) {
            return Some(if permanent { "hostunknown" } else { "networkerror" });
        }
        if f.has("null mx") {
            return Some("notaccept");
        }
    }
    // Without a domain or host that names the class, the provider we recognised stands in
    // (Sisimai also reads the notice's own hosts).
    let by_id = || match provider? {
        "facebook" => Some("facebook"),
        "mimecast" => Some("mimecast"),
        _ => None,
    };
    match provider_class(f).or_else(by_id)? {
        // au (KDDI) answers "550 : User unknown" when the recipient's filter refuses, and
        // "550 <address>: User unknown" when the address does not exist (`for-kddi.go`).
        "kddi" => {
            if f.has("550 : user unknown") {
                Some("filtered")
            } else if f.has(">: user unknown") {
                Some("userunknown")
            } else {
                None
            }
        }
        // NTT docomo answers "550 Unknown user" both for an address that does not exist (at
        // RCPT) and for a sender the recipient refuses (after DATA) (`for-nttdocomo.go`).
        "nttdocomo" => {
            if f.status_is("5.1.1") {
                Some("userunknown")
            } else if f.status_is("5.2.0") {
                Some("filtered")
            } else if f.has("552 too much mail data") {
                Some("mailboxfull")
            } else if f.has("552 too many recipients") {
                Some("ratelimited")
            } else if f.any(&["503 bad sequence of commands", "504 command parameter not implemented"]) {
                Some("syntaxerror")
            } else if f.status_is("5.0.0") {
                match f.stage {
                    Some(Stage::RcptTo) => Some("userunknown"),
                    Some(Stage::Data | Stage::EndOfData) => Some("rejected"),
                    _ => None,
                }
            } else {
                None
            }
        }
        "yahooinc" => yahoo(f),
        "franceptt" => france_ptt(f),
        "facebook" => facebook(f),
        "mimecast" => mimecast(f),
        // Outlook.com (`for-outlook.go`).
        "outlook" => {
            if util::contains(&f.reply, "requested action not taken: mailbox unavailable") {
                Some("userunknown")
            } else if util::contains(&f.reply, "the mail could not be delivered to the recipient because the domain is not reachable") {
                Some("hostunknown")
            } else {
                None
            }
        }
        _ => None,
    }
}

/// Yahoo's replies (`rhost/for-yahooinc.go`).
fn yahoo(f: &Facts) -> Option<&'static str> {
    const TABLE: &[(&str, &str)] = &[
        ("yahoo requires all senders to authenticate with either spf or dkim", "authfailure"),
        (" because the ip is in spamhaus's list;", "blocked"),
        ("not accepted from ip addresses on spamhaus xbl", "blocked"),
        ("relaying denied for ", "norelaying"),
        ("headers are not rfc compliant", "notcompliantrfc"),
        ("not accepted for policy reasons", "policyviolation"),
        ("temporarily deferred due to unexpected volume or user complaints", "rejected"),
        ("due to unresolvable rfc.5321 domain", "rejected"),
        (" will be permanently deferred", "rejected"),
        ("user is receiving mail too quickly", "ratelimited"),
        (" is no longer valid.", "suspend"),
        ("this mailbox is disabled", "suspend"),
        ("syntax error in parameters or arguments", "syntaxerror"),
        ("max message per connection reached", "ratelimited"),
        ("dd this user doesn't have a ", "userunknown"),
        ("mailbox not found", "userunknown"),
    ];
    TABLE.iter().find(|(p, _)| util::contains(&f.reply, p)).map(|(_, r)| *r)
}

/// Orange and La Poste number their replies (`LPN007_416`, `OFR004_104`): the number names
/// the reason (`rhost/for-franceptt.go`; the same numbers are in our `orange` and `laposte`
/// provider rules).
fn france_ptt(f: &Facts) -> Option<&'static str> {
    const CODES: &[(&str, &str)] = &[
        ("101", "blocked"),
        ("102", "blocked"),
        ("103", "blocked"),
        ("104", "ratelimited"),
        ("305", "securityerror"),
        ("401", "authfailure"),
        ("402", "securityerror"),
        ("403", "rejected"),
        ("405", "rejected"),
        ("415", "rejected"),
        ("416", "userunknown"),
        ("417", "mailboxfull"),
        ("420", "suspend"),
        ("421", "rejected"),
        ("426", "suspend"),
        ("505", "systemerror"),
        ("506", "spamdetected"),
        ("510", "blocked"),
        ("514", "emailtoolarge"),
        ("517", "authfailure"),
        ("630", "policyviolation"),
        ("999", "blocked"),
    ];
    let reply = f.reply.replace('_', "-");
    let at = ["lpnaaa", "lpn", "ofr", "ouk"].iter().find_map(|label| reply.rfind(label).map(|i| i + label.len()))?;
    let token = reply[at..].split(' ').next().unwrap_or("");
    if let Some((_, reason)) = CODES.iter().find(|(code, _)| token.ends_with(code)) {
        return Some(reason);
    }
    util::contains(&f.reply, "spf/dns de votre nom de domaine").then_some("authfailure")
}

/// Facebook's reply codes (`rhost/for-facebook.go`, from its postmaster page).
fn facebook(f: &Facts) -> Option<&'static str> {
    const CODES: &[(&str, &str)] = &[
        ("pol-p7", "authfailure"),
        ("pol-p1", "blocked"),
        ("pol-p2", "blocked"),
        ("pol-p3", "blocked"),
        ("pol-p4", "blocked"),
        ("pol-t1", "blocked"),
        ("pol-t2", "blocked"),
        ("pol-t3", "blocked"),
        ("msg-p2", "contenterror"),
        ("rcp-p2", "filtered"),
        ("rcp-p3", "filtered"),
        ("msg-p1", "emailtoolarge"),
        ("int-p2", "emailtoolarge"),
        ("msg-p3", "notcompliantrfc"),
        ("dns-p1", "rejected"),
        ("dns-p2", "rejected"),
        ("dns-t1", "rejected"),
        ("dns-p3", "requireptr"),
        ("dns-t2", "requireptr"),
        ("pol-p6", "spamdetected"),
        ("rcp-t4", "suspend"),
        ("rcp-t1", "systemerror"),
        ("con-t1", "ratelimited"),
        ("con-t2", "ratelimited"),
        ("con-t3", "ratelimited"),
        ("con-t4", "ratelimited"),
        ("msg-t1", "ratelimited"),
        ("rcp-p1", "userunknown"),
        ("int-p1", "userunknown"),
        ("int-p3", "userunknown"),
        ("int-p4", "userunknown"),
        ("pol-p5", "virusdetected"),
    ];
    CODES.iter().find(|(code, _)| util::contains(&f.reply, code)).map(|(_, r)| *r)
}

/// Mimecast's replies, by code and words (`rhost/for-mimecast.go`, from its knowledge base).
fn mimecast(f: &Facts) -> Option<&'static str> {
    const TABLE: &[(u16, &str, &str)] = &[
        (550, "spf sender invalid - envelope rejected", "authfailure"),
        (550, "dkim sender invalid - envelope rejected", "authfailure"),
        (550, "dmarc sender invalid - envelope rejected", "authfailure"),
        (451, "internal resources are temporarily unavailable", "badreputation"),
        (550, "local ct ip reputation - (reject)", "badreputation"),
        (421, "sender address blocked", "blocked"),
        (451, "recipient temporarily unavailable", "blocked"),
        (451, "ip temporarily blacklisted", "blocked"),
        (553, "this route requires encryption (tls)", "failedstarttls"),
        (553, "this route requires tls version 1.2 or greater", "failedstarttls"),
        (553, "this route requires high-strength ciphers", "failedstarttls"),
        (554, "configuration is invalid for this certificate", "failedstarttls"),
        (554, "maximum email size exceeded", "emailtoolarge"),
        (451, "the incorrect hostname used for inbounds", "networkerror"),
        (550, "the incorrect hostname used for inbounds", "networkerror"),
        (554, "mail loop detected", "networkerror"),
        (451, "open relay not allowed", "norelaying"),
        (451, "open relay is not allowed", "norelaying"),
        (451, "account inbounds disabled", "notaccept"),
        (550, "anti-spoofing policy - inbound not allowed", "policyviolation"),
        (550, "rejected by header-based anti-spoofing policy", "policyviolation"),
        (550, "message bounced due to content examination policy", "policyviolation"),
        (554, "host network not allowed", "policyviolation"),
        (554, "host network, not allowed", "policyviolation"),
        (550, "administrative prohibition envelope blocked", "rejected"),
        (550, "envelope blocked - user entry", "rejected"),
        (550, "envelope blocked - user domain entry", "rejected"),
        (550, "envelope rejected - block policy for envelope from address", "rejected"),
        (535, "incorrect authentication data", "securityerror"),
        (550, "submitter failed to authenticate", "securityerror"),
        (451, "unable to process connection at this time", "systemerror"),
        (451, "message ended early", "systemerror"),
        (451, "unable to process command", "systemerror"),
        (451, "unable to process an email at this time", "systemerror"),
        (451, "account service is temporarily unavailable", "ratelimited"),
        (452, "too many recipients", "ratelimited"),
        (550, "exceeding outbound thread limit", "ratelimited"),
        (501, "invalid address", "userunknown"),
        (503, "user unknown", "userunknown"),
        (550, "invalid recipient", "userunknown"),
        (554, "email rejected due to security policies", "virusdetected"),
    ];
    TABLE.iter().find(|(code, words, _)| f.code == Some(*code) && util::contains(&f.reply, words)).map(|(_, _, r)| *r)
}

/// Rules of the modules that read a notice format (`lhost/via-*.go`).
fn by_format(f: &Facts, current: &str) -> Option<&'static str> {
    // Google Groups' notice (`via-googlegroups.go`) is always "rejected"; the category the user
    // reads stays a refusal by the group's rules (the group may not exist, or not take the post).
    if f.has("groups.google.com/support") {
        return Some("rejected");
    }
    // qmail's notices (`via-qmail.go`): its own sentences name the reason.
    if let Some(section) = &f.head.qmail {
        const QMAIL: &[(&str, &str)] = &[
            ("sorry, i couldn't find any host ", "hostunknown"),
            ("disk quota exceeded", "mailboxfull"),
            ("message size exceeds fixed maximum message size:", "emailtoolarge"),
            ("sorry, i wasn't able to establish an smtp connection", "networkerror"),
            ("sorry. although i'm listed as a best-preference mx or a for that host", "networkerror"),
            ("sorry, i couldn't find a mail exchanger or ip address", "notaccept"),
            ("bad interpreter: no such file or directory", "systemerror"),
            ("system error", "systemerror"),
            ("unable to", "systemerror"),
            ("requested action not taken: mailbox unavailable (not enough free space)", "systemfull"),
            ("no mailbox here by that name", "userunknown"),
        ];
        // Only where no reply code came back (a remote's reply has its own words); qmail's
        // sentences are read between its greeting and the copy of the message.
        if f.code.is_none() {
            if let Some((_, reason)) = QMAIL.iter().find(|(p, _)| util::contains(section, p)) {
                return Some(reason);
            }
        }
    }
    // Exim's notices (`via-exim.go`): a local delivery to a pipe that failed is
    // `mailererror` (also when our category, a receiving side whose own delivery step broke,
    // crosswalks to `systemerror`); an address Exim could not parse is `syntaxerror`.
    if f.code.is_none() && matches!(current, "undefined" | "systemerror") && f.has("pipe to |") {
        return Some("mailererror");
    }
    if f.code.is_none() && f.any(&["malformed address:", "angle-brackets nested too deep", "domain missing in source-routed address"]) {
        return Some("syntaxerror");
    }
    // Gmail's notices (`via-gmail.go`): a delay, or a server that would not take the
    // connection, is `expired`.
    if matches!(current, "networkerror" | "onhold" | "undefined")
        && f.any(&[
            "delivery to the following recipient has been delayed",
            "the recipient server did not accept our requests to connect",
            "dns error: could not contact dns servers",
        ])
    {
        return Some("expired");
    }
    // An unknown mailbox whose status is not about the address (X.1.x) and whose notice never
    // names the command is `filtered`: Sisimai knows the command only from its name in the
    // text (`smtp/command/lib.go`), and keeps `userunknown` for RCPT (`why-userunknown.go`,
    // `why-filtered.go`).
    // (Only with a reply code: the modules that read a notice without one decide themselves.)
    if current == "userunknown"
        && f.category == Category::MailboxUnknown
        && f.bounce
        && f.code.is_some()
        && !f.statuses.iter().any(|s| s.subject_number() == 1)
        && !names_command(f.raw)
    {
        return Some("filtered");
    }
    // au's (EZweb) notices (`via-ezweb.go`): its spam filter marks what it refused with
    // `X-SPASIGN: NG`, Sisimai's `filtered`.
    if f.head.spasign {
        return Some("filtered");
    }
    // Yahoo's notices (`lhost` Yahoo): a reply that quotes the recipient's address answered
    // RCPT TO, so an unknown mailbox there is `userunknown`.
    if f.head.yahoo && current == "filtered" && f.category == Category::MailboxUnknown {
        let quotes_address = f.reply.find('<').is_some_and(|i| f.reply[i..].contains('@') && f.reply[i..].contains('>'));
        if quotes_address {
            return Some("userunknown");
        }
    }
    None
}

/// Whether the text names an SMTP command before DATA the way Sisimai finds one: the command
/// in capitals, not inside a word or an address.
fn names_command(text: &str) -> bool {
    ["RCPT", "MAIL F", "HELO", "EHLO", "STARTTLS"].iter().any(|command| {
        let bytes = text.as_bytes();
        text.match_indices(command).any(|(i, _)| {
            let before = i.checked_sub(1).map(|j| bytes[j]);
            let after = bytes.get(i + command.len()).copied();
            let free = |b: Option<u8>| b.is_none_or(|b| !b.is_ascii_alphanumeric() && b != b'@' && b != b'.');
            // A command written with its space ("MAIL F") is no word of an address anyway.
            command.contains(' ') || (free(before) && free(after))
        })
    })
}

/// A line about an address (`<bob@example.com>... Deferred: Connection refused by host`).
fn refused_for_address(text: &str) -> bool {
    // One search over the text first: most have no such line.
    text.contains("Connection refused by ")
        && text.lines().any(|line| line.find("Connection refused by ").is_some_and(|i| line[..i].contains('@')))
}

/// Sisimai's phrase families (`reason/why-*.go`) where they win over the status name or our
/// category in Sisimai's order (`reason/lib.go` `ClassOrder`, `reason/find.go`).
fn by_phrase_family(f: &Facts, current: &str) -> Option<&'static str> {
    // `why-policyviolation.go`.
    if matches!(current, "notcompliantrfc" | "contenterror")
        && f.any(&["header error", "this message was blocked because its content presents a potential"])
    {
        return Some("policyviolation");
    }
    // `why-mesgtoobig.go` lists "line limit exceeded" (a line too long, not a message too big).
    if util::contains(&f.reply, "line limit exceeded") {
        return Some("emailtoolarge");
    }
    // `why-mailererror.go`: a mail program that failed, in its own words, outranks the
    // "system error" the status names.
    if current == "systemerror"
        && [" || exit ", "command failed: ", "command died with status ", "command output:", "mailer error", "pipe to |/"]
            .iter()
            .any(|p| util::contains(&f.reply, p))
    {
        return Some("mailererror");
    }
    // `why-rejected.go`: refusals of the sender that name no other reason Sisimai knows.
    if matches!(current, "authfailure" | "filtered" | "securityerror" | "onhold" | "undefined")
        && f.status.is_none_or(|s| s.detail() == 0 || s.subject_number() == 7)
        && f.any(&[
            "can't determine purported responsible address",
            "is not a registered gateway user",
            "returned mail not accepted here",
            "sender is in my black list",
            "sender is spammer",
            "this server does not accept mail from",
            "unroutable sender address",
            "your email address has been blacklisted",
        ])
    {
        return Some("rejected");
    }
    // `why-blocked.go`: Exim's refusal at the greeting (`why-requireptr.go` comes first in
    // Sisimai's order) ...
    if current != "blocked"
        && f.has("smtp error from remote mail server after initial connection:")
        && !f.any(&[
            "no ptr record found.",
            "reverse dns required",
            "fix reverse dns for ",
            "reverse dns failed",
            "cannot find your hostname",
            "ptr record setup",
        ])
    {
        return Some("blocked");
    }
    // ... Outlook.com's template sentences, which `why-blocked.go` lists, whatever code (SC-001,
    // SC-004) the reply carries ...
    if current == "badreputation"
        && f.any(&["part of their network is on our block list", "too many unwanted messages have been sent from the following ip address"])
    {
        return Some("blocked");
    }
    // ... and Sendmail's "<address>... Deferred: Connection refused by host" (Sisimai's Sendmail
    // module reads the transcript lines about an address only).
    if current != "blocked" && refused_for_address(f.raw) {
        return Some("blocked");
    }
    // `reason/find.go`: a refusal at HELO/EHLO (Postfix: "refused to talk to me") that no other
    // rule explained is `blocked`.
    if matches!(current, "onhold" | "expired" | "policyviolation" | "securityerror" | "undefined") && f.has(" refused to talk to me:") {
        return Some("blocked");
    }
    // `why-networkerror.go`: a name lookup or route failure outranks the expiry it led to.
    if matches!(current, "expired" | "onhold")
        && f.any(&[
            "could not connect and send the mail to",
            "dns records for the destination computer could not be found",
            "host is unreachable",
            "host name lookup failure",
            "host not found, try again",
            "malformed name server reply",
            "malformed or unexpected name server reply",
            "no route to host",
            "unable to resolve route ",
            "unrouteable mail domain",
        ])
    {
        return Some("networkerror");
    }
    // `reason/find.go`: with no phrase of a family in the reply, the status's own name decides;
    // X.1.6 ("mailbox has moved") is `hasmoved` even where the reply says only "not our user".
    if f.category == Category::MailboxUnknown
        && f.statuses.iter().any(|s| s.subject_number() == 1 && s.detail() == 6)
        && !f.reply.is_empty()
        && !["user unknown", "unknown user", "no such user", "does not exist", "not found", "invalid"]
            .iter()
            .any(|w| util::contains(&f.reply, w))
    {
        return Some("hasmoved");
    }
    // `reason/find.go`: a reply with words but no reason Sisimai knows is `onhold` (it keeps
    // `undefined` for a notice with no words at all).
    if current == "undefined" && !f.reply.trim().is_empty() {
        return Some("onhold");
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    static EMPTY: Head = Head { reporting: String::new(), google_workspace: false, qmail: None, spasign: false, yahoo: false };

    fn facts(notice: &str, reply: &str) -> Facts<'static> {
        Facts {
            head: &EMPTY,
            notice: notice.to_ascii_lowercase().into(),
            raw: "",
            reply: reply.to_ascii_lowercase(),
            status: None,
            statuses: Vec::new(),
            code: None,
            stage: None,
            category: Category::MailboxUnknown,
            bounce: true,
            domain: String::new(),
            rhost: String::new(),
        }
    }

    #[test]
    fn provider_class_by_domain_then_host() {
        let mut f = facts("", "");
        f.domain = "ezweb.ne.jp".into();
        assert_eq!(provider_class(&f), Some("kddi"));
        f.domain = "example.org".into();
        f.rhost = "mta6.am0.yahoodns.net".into();
        assert_eq!(provider_class(&f), Some("yahooinc"));
        f.rhost = "mx.example.org".into();
        assert_eq!(provider_class(&f), None);
    }

    #[test]
    fn commands_as_sisimai_finds_them() {
        assert!(names_command(">>> RCPT To:<bob@example.com>"));
        assert!(names_command("in reply to RCPT TO command"));
        assert!(names_command("after MAIL FROM:<a@example.org>"));
        assert!(!names_command("Remote SMTP server has rejected address"));
        // Not inside a word or an address.
        assert!(!names_command("RCPTS@example.org, xHELO"));
    }

    #[test]
    fn sendmail_refusals_about_an_address() {
        assert!(refused_for_address("<bob@example.jp>... Deferred: Connection refused by mx.example.jp."));
        assert!(!refused_for_address("bob... Deferred: Connection refused by [127.0.0.1]"));
    }

    #[test]
    fn local_agents() {
        let mut f = facts("", "procmail: Couldn't create \"/var/spool/mail/neko\"");
        assert_eq!(local_agent(&f), Some("mailererror"));
        f.reply = "maildrop: maildir over quota.".into();
        assert_eq!(local_agent(&f), Some("mailboxfull"));
        // A reply to RCPT TO is the remote's, not a local agent's.
        f.stage = Some(Stage::RcptTo);
        assert_eq!(local_agent(&f), None);
    }

    #[test]
    fn folding() {
        assert_eq!(folded("Host X refused to talk to\n    me: 550 Service"), "host x refused to talk to me: 550 service");
    }

    #[test]
    fn france_ptt_numbers() {
        let f = facts("", "550 5.5.0 Adresse destinataire invalide. Invalid recipient. LPN007_416");
        assert_eq!(france_ptt(&f), Some("userunknown"));
        let f = facts("", "554 5.7.1 Client host rejected: #216 lpn LPN000_630");
        assert_eq!(france_ptt(&f), Some("policyviolation"));
        assert_eq!(france_ptt(&facts("", "550 5.5.0 Service refuse. LPN001_108")), None);
    }
}
