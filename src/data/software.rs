//! Mail programs, filters, mail clients and libraries: the names to show, and the words that
//! tell which one wrote a text (a bounce's banner, a log line's program name, a product's own
//! tokens). Client and library errors name their program in their own rows (`clients.rs`).
//!
//! Every marker names where the words come from: the program's source file (in its public
//! repository) or its documentation.

use super::{Software, SoftwareKind as K, SoftwareMarker};

macro_rules! software {
    ($id:literal, $name:literal, $kind:ident) => {
        Software { id: $id, name: $name, kind: K::$kind }
    };
}

macro_rules! marker {
    ($pattern:literal, $id:literal, $source:literal) => {
        SoftwareMarker { pattern: $pattern, software: $id, source: provenance!($source) }
    };
}

/// Every program that can be named, by id.
#[rustfmt::skip]
const SOFTWARE_ROWS: &[Software] = &[
    // Mail servers and transfer agents.
    software!("postfix", "Postfix", MailServer),
    software!("exim", "Exim", MailServer),
    software!("sendmail", "Sendmail", MailServer),
    software!("qmail", "qmail", MailServer),
    software!("opensmtpd", "OpenSMTPD", MailServer),
    software!("exchange", "Microsoft Exchange", MailServer),
    software!("haraka", "Haraka", MailServer),
    software!("courier", "Courier", MailServer),
    software!("dovecot", "Dovecot", MailServer),
    software!("dma", "DragonFly Mail Agent", MailServer),
    software!("hmailserver", "hMailServer", MailServer),
    software!("domino", "HCL Domino", MailServer),
    software!("zimbra", "Zimbra", MailServer),
    software!("mdaemon", "MDaemon", MailServer),
    software!("kerio", "Kerio Connect", MailServer),
    software!("communigate", "CommuniGate Pro", MailServer),
    software!("icewarp", "IceWarp", MailServer),
    software!("axigen", "Axigen", MailServer),
    software!("smartermail", "SmarterMail", MailServer),
    software!("stalwart", "Stalwart", MailServer),
    software!("maddy", "maddy", MailServer),
    software!("postal", "Postal", MailServer),
    software!("powermta", "PowerMTA", MailServer),
    software!("kumomta", "KumoMTA", MailServer),
    software!("zonemta", "ZoneMTA", MailServer),
    software!("mailenable", "MailEnable", MailServer),
    software!("plesk", "Plesk", MailServer),
    software!("directadmin", "DirectAdmin", MailServer),
    software!("cyrus", "Cyrus IMAP", MailServer),
    software!("james", "Apache James", MailServer),
    software!("mox", "mox", MailServer),
    software!("chasquid", "chasquid", MailServer),
    software!("momentum", "Momentum (ecelerity)", MailServer),
    // Filters beside a mail server.
    software!("rspamd", "Rspamd", Filter),
    software!("spamassassin", "SpamAssassin", Filter),
    software!("amavis", "amavis", Filter),
    software!("clamav", "ClamAV", Filter),
    software!("postgrey", "Postgrey", Filter),
    software!("magicspam", "MagicSpam", Filter),
    // Policy servers, milters and filters (servers helper s6, issue 10).
    software!("policyd_spf", "policyd-spf", Filter),
    software!("milter_greylist", "milter-greylist", Filter),
    software!("sqlgrey", "SQLgrey", Filter),
    software!("postfwd", "postfwd", Filter),
    software!("policyd_weight", "policyd-weight", Filter),
    software!("cbpolicyd", "Policyd v2 (cluebringer)", Filter),
    software!("mimedefang", "MIMEDefang", Filter),
    software!("mailscanner", "MailScanner", Filter),
    software!("opendkim", "OpenDKIM", Filter),
    software!("opendmarc", "OpenDMARC", Filter),
    software!("openbsd_spamd", "OpenBSD spamd", Filter),
    // Mail clients and webmail.
    software!("outlook", "Microsoft Outlook", Client),
    software!("thunderbird", "Thunderbird", Client),
    software!("apple_mail", "Apple Mail", Client),
    software!("ios_mail", "iOS Mail", Client),
    software!("roundcube", "Roundcube", Client),
    software!("sogo", "SOGo", Client),
    software!("nextcloud_mail", "Nextcloud Mail", Client),
    software!("horde", "Horde (IMP webmail, Horde_Smtp)", Client),
    software!("snappymail", "SnappyMail", Client),
    software!("k9", "K-9 Mail (Thunderbird for Android)", Client),
    software!("mailspring", "Mailspring", Client),
    software!("evolution", "Evolution", Client),
    software!("mailcore", "MailCore 2 (Airmail, Canary and other Apple-platform mail apps)", Library),
    // Libraries that send mail for applications.
    software!("phpmailer", "PHPMailer", Library),
    software!("php", "PHP", Library),
    software!("nodemailer", "Nodemailer", Library),
    software!("javamail", "Jakarta Mail (JavaMail)", Library),
    software!("dotnet_smtpclient", ".NET SmtpClient", Library),
    software!("python_smtplib", "Python smtplib", Library),
    software!("symfony_mailer", "Symfony Mailer", Library),
    software!("swiftmailer", "Swift Mailer", Library),
    software!("mailkit", "MailKit", Library),
    software!("ruby_net_smtp", "Ruby Net::SMTP", Library),
    software!("lettre", "lettre", Library),
    software!("go_net_smtp", "Go net/smtp", Library),
    // Apps, clients and libraries mined by the s6 helper (issue 10).
    software!("codeigniter", "CodeIgniter Email library", Library),
    software!("wp_mail_smtp", "WP Mail SMTP (WordPress plugin)", Library),
    software!("fluent_smtp", "FluentSMTP (WordPress plugin)", Library),
    software!("odoo", "Odoo", Library),
    software!("home_assistant", "Home Assistant (smtp notify)", Library),
    software!("msmtp", "msmtp", Client),
    software!("ssmtp", "sSMTP", Client),
    software!("mutt", "Mutt / NeoMutt", Client),
    software!("fetchmail", "fetchmail", Client),
    software!("claws_mail", "Claws Mail", Client),
    software!("sylpheed", "Sylpheed", Client),
    software!("geary", "Geary", Client),
    software!("pear_mail", "PEAR Mail / Net_SMTP", Library),
    software!("laminas_mail", "Laminas Mail (Zend Mail)", Library),
    software!("go_mail", "go-mail", Library),
    software!("gomail", "gomail", Library),
    software!("commons_email", "Apache Commons Email", Library),
    software!("email_sender", "Perl Email::Sender", Library),
    software!("emailjs", "emailjs", Library),
    software!("gen_smtp", "gen_smtp (Erlang; Swoosh, Bamboo)", Library),
    software!("aiosmtplib", "aiosmtplib", Library),
    software!("redmine", "Redmine", Library),
    software!("grafana", "Grafana", Library),
    software!("gitea", "Gitea", Library),
    software!("nextcloud", "Nextcloud (server)", Library),
    software!("matomo", "Matomo", Library),
    software!("moodle", "Moodle", Library),
    software!("discourse", "Discourse", Library),
    software!("jenkins", "Jenkins (Mailer plugin)", Library),
    software!("osticket", "osTicket", Library),
    software!("kmail", "KMail (KSMTP)", Client),
    software!("curl", "curl / libcurl", Library),
    software!("dart_io", "Dart dart:io (SecureSocket)", Library),
];
packed!(
    /// Every program that can be named, by id.
    pub static SOFTWARE: Software { id, name } = SOFTWARE_ROWS
);

/// Words that tell which program wrote a text.
#[rustfmt::skip]
const SOFTWARE_MARKERS_ROWS: &[SoftwareMarker] = &[
    // Bounce banners, from each program's bounce template.
    marker!("this is the mail system at host", "postfix", "Postfix bounce(5), html/bounce.5.html (default failure template)"),
    marker!("x-postfix-queue-id", "postfix", "Postfix src/bounce/bounce_notify_util.c (DSN per-message field)"),
    marker!("x-postfix-sender", "postfix", "Postfix src/bounce/bounce_notify_util.c (DSN per-message field)"),
    marker!("this message was created automatically by mail delivery software", "exim", "Exim src/src/deliver.c (bounce message)"),
    marker!("x-failed-recipients", "exim", "Exim spec, chapter on bounce messages (X-Failed-Recipients header)"),
    marker!("smtp error from remote mail server after", "exim", "Exim src/src/transports/smtp.c"),
    marker!("a message that you sent could not be delivered to one or more of its", "exim", "Exim src/src/deliver.c (bounce message)"),
    marker!("recipient addresses that were incorrectly constructed", "exim", "Exim src/src/moan.c"),
    marker!("this is the qmail-send program", "qmail", "notqmail qmail-send.c (bounce message)"),
    marker!("i'm afraid i wasn't able to deliver your message to the following addresses", "qmail", "notqmail qmail-send.c (bounce message)"),
    marker!("----- transcript of session follows -----", "sendmail", "Sendmail sendmail/savemail.c"),
    marker!("the original message was received at", "sendmail", "Sendmail sendmail/savemail.c"),
    marker!("this is the mailer-daemon, please do not reply to this e-mail", "opensmtpd", "OpenSMTPD usr.sbin/smtpd/bounce.c"),
    marker!("this is the dragonfly mail agent", "dma", "DragonFly Mail Agent dma bounce message (Sisimai lhost/dragonfly.rb quotes it)"),
    marker!("this is a delivery status notification from", "courier", "Courier courier/module.dsn/dsnheader.txt.in"),
    marker!("generating server:", "exchange", "Microsoft Learn, Exchange Online NDRs (diagnostic information section)"),
    // Postfix's smtp client reporting a server that refused the session at its greeting ("host %s
    // refused to talk to me: %s", src/smtp/smtp_proto.c), and Exchange's NDR line that quotes the
    // remote reply ("Remote Server returned '<reply>'").
    marker!("refused to talk to me", "postfix", "Postfix src/smtp/smtp_proto.c (\"host %s refused to talk to me: %s\")"),
    marker!("remote server returned '", "exchange", "Microsoft Learn, Exchange Server NDRs (diagnostic information: Remote Server returned '...')"),
    // Exchange's component codes (the enhanced-code explanations of its NDRs).
    marker!("resolver.adr.", "exchange", "Microsoft Learn, Exchange Server NDRs (RESOLVER.ADR.*)"),
    marker!("resolver.rst.", "exchange", "Microsoft Learn, Exchange Server NDRs (RESOLVER.RST.*)"),
    marker!("storedrv.", "exchange", "Microsoft Learn, Exchange Server NDRs (STOREDRV.*)"),
    marker!("smtpsend.", "exchange", "Microsoft Learn, Exchange Server NDRs (SMTPSEND.*)"),
    // Log lines: the program names syslog carries.
    marker!("postfix/", "postfix", "Postfix MAILLOG_README (syslog names postfix/smtp, postfix/smtpd ...)"),
    marker!("sm-mta[", "sendmail", "Sendmail op.me (syslog ident sm-mta)"),
    marker!("sendmail[", "sendmail", "Sendmail op.me (syslog ident sendmail)"),
    marker!("stat=deferred", "sendmail", "Sendmail op.me, the delivery log line's stat= field (\"stat=Deferred: <reason>\")"),
    marker!("exim[", "exim", "Exim spec, syslog_processname (default \"exim\"), https://github.com/Exim/exim/blob/13835a3c1e057efad7da269c0f93bf2eac850205/doc/doc-docbook/spec.xfpt"),
    marker!("qmail-remote", "qmail", "notqmail qmail-remote.c"),
    marker!("qmail-smtpd", "qmail", "notqmail qmail-smtpd.c"),
    marker!("mta delivery evpid", "opensmtpd", "OpenSMTPD usr.sbin/smtpd/mta.c (log_info \"mta delivery evpid=\")"),
    marker!("mda delivery evpid", "opensmtpd", "OpenSMTPD usr.sbin/smtpd/mda.c"),
    // Programs by their own names that the first card shows; the other program markers (log and
    // bounce wording, libraries' class names) are in knowledge/software.tsv.
    marker!("dovecot:", "dovecot", "Dovecot src/lib/log (syslog ident dovecot)"),
    marker!("haraka", "haraka", "Haraka README.md"),
    marker!("rspamd", "rspamd", "Rspamd README.md"),
    marker!("rspamd_task_write_log", "rspamd", "Rspamd src/libserver/task.c (log line of each scanned message)"),
    marker!("spamassassin", "spamassassin", "Apache SpamAssassin README"),
    marker!("x-spam-status", "spamassassin", "Apache SpamAssassin lib/Mail/SpamAssassin/Conf.pm (X-Spam-Status header)"),
    marker!("amavisd", "amavis", "amavisd-new README"),
    marker!("amavis[", "amavis", "amavisd-new (syslog ident amavis)"),
    marker!("clamav", "clamav", "ClamAV README.md"),
    marker!("postgrey", "postgrey", "postgrey postgrey (greylisting reply)"),
    marker!("hmailserver", "hmailserver", "hMailServer README"),
    marker!("excessive amounts of data sent to server", "hmailserver", "hMailServer source/Server/SMTP/SMTPConnection.cpp"),
    marker!("lotus domino", "domino", "HCL Domino documentation"),
    marker!("zimbra", "zimbra", "Zimbra documentation"),
    marker!("mdaemon", "mdaemon", "MDaemon documentation"),
    marker!("kerio connect", "kerio", "Kerio Connect documentation"),
    marker!("communigate", "communigate", "CommuniGate Pro documentation"),
    marker!("icewarp", "icewarp", "IceWarp documentation"),
    marker!("axigen", "axigen", "Axigen documentation"),
    marker!("stalwart", "stalwart", "Stalwart crates/main/Cargo.toml (\"Stalwart Mail and Collaboration Server\")"),
    marker!("powermta", "powermta", "PowerMTA user guide"),
    marker!("kumomta", "kumomta", "KumoMTA documentation"),
    marker!("zonemta", "zonemta", "ZoneMTA README.md"),
    marker!("junkmail rejected", "exim", "cPanel's Exim DNSBL ACL reply (\"JunkMail rejected - <host> [<ip>] is in an RBL\"), as phrases.rs quotes it from real logs (pastebin.com/JYPME5GB)"),
    marker!("has exceeded the max emails per hour", "exim", "cPanel's Exim rate limit (\"Domain %s has exceeded the max emails per hour\"), as phrases.rs cites it (Sisimai lib/sisimai/reason/ratelimited.rb)"),
    marker!("max defers and failures per hour", "exim", "cPanel's Exim rate limit (\"has exceeded the max defers and failures per hour\"), as phrases.rs cites it"),
    marker!("... sender domain must exist", "sendmail", "Sendmail 8.9-8.11 check_mail (\"501 5.1.8 <addr>... Sender domain must exist\"), Sendmail 3rd edition, FEATURE(accept_unresolvable_domains)"),
];
packed!(
    /// Words that tell which program wrote a text.
    pub static SOFTWARE_MARKERS: SoftwareMarker { pattern, software } = SOFTWARE_MARKERS_ROWS
);

/// Every program marker: [`SOFTWARE_MARKERS`], then the knowledge pack's (`knowledge/software.tsv`).
pub fn software_markers() -> impl Iterator<Item = &'static SoftwareMarker> {
    SOFTWARE_MARKERS.iter().chain(super::knowledge::software())
}

/// The program marker `i` of [`software_markers`].
pub fn software_marker(i: usize) -> &'static SoftwareMarker {
    SOFTWARE_MARKERS.get(i).unwrap_or_else(|| &super::knowledge::software()[i - SOFTWARE_MARKERS.len()])
}

/// The program with this id.
pub fn by_id(id: &str) -> Option<&'static Software> {
    SOFTWARE.iter().find(|s| s.id == id)
}
