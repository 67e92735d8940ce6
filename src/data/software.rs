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
    software!("k9", "K-9 Mail (Thunderbird for Android)", Client),
    software!("mailspring", "Mailspring", Client),
    software!("evolution", "Evolution", Client),
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
    marker!("diagnostic information for administrators", "exchange", "Microsoft Learn, Exchange Online NDRs (https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online)"),
    marker!("generating server:", "exchange", "Microsoft Learn, Exchange Online NDRs (diagnostic information section)"),
    marker!("microsoft exchange", "exchange", "Microsoft Learn, Exchange Server NDRs (https://learn.microsoft.com/en-us/exchange/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages)"),
    // Exchange's component codes (the enhanced-code explanations of its NDRs).
    marker!("resolver.adr.", "exchange", "Microsoft Learn, Exchange Server NDRs (RESOLVER.ADR.*)"),
    marker!("resolver.rst.", "exchange", "Microsoft Learn, Exchange Server NDRs (RESOLVER.RST.*)"),
    marker!("storedrv.", "exchange", "Microsoft Learn, Exchange Server NDRs (STOREDRV.*)"),
    marker!("smtpsend.", "exchange", "Microsoft Learn, Exchange Server NDRs (SMTPSEND.*)"),
    // Log lines: the program names syslog carries.
    marker!("postfix/", "postfix", "Postfix MAILLOG_README (syslog names postfix/smtp, postfix/smtpd ...)"),
    marker!("sm-mta[", "sendmail", "Sendmail op.me (syslog ident sm-mta)"),
    marker!("sendmail[", "sendmail", "Sendmail op.me (syslog ident sendmail)"),
    marker!("qmail-remote", "qmail", "notqmail qmail-remote.c"),
    marker!("qmail-smtpd", "qmail", "notqmail qmail-smtpd.c"),
    marker!("mta delivery evpid", "opensmtpd", "OpenSMTPD usr.sbin/smtpd/mta.c (log_info \"mta delivery evpid=\")"),
    marker!("mda delivery evpid", "opensmtpd", "OpenSMTPD usr.sbin/smtpd/mda.c"),
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
    // Words only these programs write (mining helper, issue 10).
    marker!("smtp_enchcode", "maddy", "maddy framework/exterrors/smtp.go#L96 (log field smtp_enchcode), https://github.com/foxcpp/maddy/blob/837b1b8a7761eaaa9ae2b3ff8c9b3a4495e9821e/framework/exterrors/smtp.go#L96"),
    marker!("esmtp postal/", "postal", "Postal app/lib/smtp_server/client.rb#L126 (greeting \"220 <host> ESMTP Postal/<id>\"), https://github.com/postalserver/postal/blob/8ef89606bc34146fffba77a604dd824e6b1cdcc2/app/lib/smtp_server/client.rb#L126"),
    marker!("smtp::inbound", "stalwart", "Stalwart crates/smtp/src/inbound (the module path its trace logs print), https://github.com/stalwartlabs/mail-server/tree/55e62a683048d934a3890e86e6384c65fc29b0f2/crates/smtp/src/inbound"),
    marker!("dovecot/lmtp", "dovecot", "Dovecot's LMTP socket path that Postfix names as the relay (https://doc.dovecot.org/configuration_manual/howto/postfix_dovecot_lmtp/)"),
    marker!("dovecot-lmtp", "dovecot", "Dovecot's LMTP socket name in Postfix setups (https://doc.dovecot.org/configuration_manual/howto/postfix_dovecot_lmtp/)"),
    marker!("discarded, id=", "amavis", "amavisd's reply to the MTA for a discarded message (\"250 2.7.0 Ok, discarded, id=%n - ...\"), https://gitlab.com/amavis/amavis/-/blob/master/amavisd"),
    marker!("error in processing, id=", "amavis", "amavisd's temporary failure reply (\"451 4.5.0 Error in processing, id=%n, ...\"), https://gitlab.com/amavis/amavis/-/blob/master/amavisd"),
    // Server-specific words (servers helper s4, issue 10).
    marker!("cannot achieve exchange server authentication", "exchange", "Exchange Server 2007 help, 451 5.7.3 between transport servers (http://unifiedpeople.ru/exchhelp.en/html/a7c3484a-3600-4ad8-a057-9818383a936d.htm)"),
    marker!("message submission rate for this client has exceeded the configured limit", "exchange", "Exchange Server message rate limits, Receive connector MessageRateLimit (https://learn.microsoft.com/en-us/exchange/mail-flow/message-rate-limits)"),
    marker!("the account inbox is full", "hmailserver", "hMailServer source/Server/Common/Application/LocalDelivery (https://github.com/hmailserver/hmailserver/tree/4d11f81d14af5136b5e0e1d231e0eb19d8361177/hmailserver/source/Server)"),
    marker!("client does not have permissions to send as this sender", "exchange", "Microsoft Learn, Exchange NDRs (5.7.60 \"Client does not have permissions to send as this sender\"), https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online"),
    marker!("originator address does not match", "exchange", "Microsoft KB Q186134, Exchange 5.5 Internet Mail Service (https://helparchive.huntertur.net/document/93499)"),
    marker!("rejected by spam filter: score", "kerio", "Kerio MailServer administrator's guide, Logs > Security (http://www.internetaccessmonitor.com/eng/support/docs/keriomail/ch11s04.php)"),
    marker!("found virus in mail from", "kerio", "Kerio MailServer administrator's guide, Logs > Security (http://www.internetaccessmonitor.com/eng/support/docs/keriomail/ch11s04.php)"),
    marker!("is not allowed to email this distribution list", "zimbra", "Zimbra milter/src/java/com/zimbra/cs/milter/MilterHandler.java (https://github.com/Zimbra/zm-mailbox/blob/1d2aa6188112391e348d668d3135c8ebfdd2bbf4/milter/src/java/com/zimbra/cs/milter/MilterHandler.java)"),
    marker!("permissions to send to this distribution list", "exchange", "Exchange NDR for a restricted distribution list, as quoted on https://faq.icto.um.edu.mo/why-cant-i-send-email-to-mail-group/"),
    marker!("smartermail", "smartermail", "SmarterMail (product name; its delivery failure notices, http://kb.indsoft.net/kb/a70/common-email-delivery-errors.aspx)"),
    marker!("could not deliver message to the following recipient(s)", "smartermail", "SmarterMail delivery failure notice, as hosts' knowledge bases quote it (http://kb.indsoft.net/kb/a70/common-email-delivery-errors.aspx)"),
    marker!("invalid syntax. syntax should be", "hmailserver", "hMailServer source/Server/SMTP/SMTPConnection.cpp (https://github.com/hmailserver/hmailserver/blob/4d11f81d14af5136b5e0e1d231e0eb19d8361177/hmailserver/source/Server/SMTP/SMTPConnection.cpp)"),
    // Hosting panels and Windows servers (mining helper s5, issue 10).
    marker!("plesk_info:", "plesk", "Plesk's bounce lines, as its knowledge base quotes them (https://support.plesk.com/hc/en-us/articles/12377216408855-An-IP-address-of-a-Plesk-mail-server-got-blacklisted-How-to-troubleshoot)"),
    marker!("psa-pc-remote", "plesk", "Plesk's mail handler program in the maillog (https://support.plesk.com/hc/en-us/articles/213389069-How-outgoing-messages-limit-works)"),
    marker!("mailenable", "mailenable", "MailEnable (product name; its bounces begin \"MailEnable:\", https://mailenable.com/kb/content/article.asp?ID=ME020517)"),
    marker!("local module(account", "communigate", "CommuniGate Pro's delivery report (\"Failed to deliver to ... LOCAL module(account ...) reports:\"), as quoted in https://github.com/twisted1919/bounce-handler/blob/master/BounceHandler/rules.php"),
    marker!("smtp module(domain", "communigate", "CommuniGate Pro's delivery report (\"Failed to deliver to ... SMTP module(domain ...) reports:\"), as quoted in https://github.com/twisted1919/bounce-handler/blob/master/BounceHandler/rules.php"),
    marker!("script delivery blocked via blacklist_usernames", "directadmin", "DirectAdmin's Exim strings, USER_ON_BLACKLIST_SCRIPT (https://github.com/portsbuild/portsbuild/blob/96ce9f685bd0458458c9a29f026075759183b34f/configure/exim/exim.strings.conf)"),
    marker!("failed smtp login from", "kerio", "Kerio Connect's security log, as its support article quotes it (https://support.kerioconnect.gfi.com/article/130064-fixing-smtp-ntlm-authentication-failures-for-service-accounts-in-kerio-connect)"),
    marker!("performed ntlm authentication in nt domain", "kerio", "Kerio Connect's security log (https://support.kerioconnect.gfi.com/article/130064-fixing-smtp-ntlm-authentication-failures-for-service-accounts-in-kerio-connect)"),
    marker!("only application passwords are allowed since 2fa is enabled", "kerio", "Kerio Connect's SMTP reply for accounts with two-factor sign-in (https://support.kerioconnect.gfi.com/article/130064-fixing-smtp-ntlm-authentication-failures-for-service-accounts-in-kerio-connect)"),
    marker!("during call 'grey' handler", "plesk", "Plesk's greylisting handler in the maillog (https://plesk.com/?p=214013)"),
    marker!("during call 'limit-out' handler", "plesk", "Plesk's outgoing mail limit handler in the maillog (https://support.plesk.com/hc/en-us/articles/213389069-How-outgoing-messages-limit-works)"),
    marker!("authentication is required for relay", "smartermail", "SmarterMail's refusal to relay without SMTP authentication (https://profusionsupport.com/?p=9983, \"550 Authentication is Required for Relay\" in SmarterMail)"),
    marker!("from domain must match authenticated domain", "smartermail", "SmarterMail's check of the From domain, as a SmarterMail host quotes it (https://www.aspnethosting.co.uk/knowledgebase.php?action=displayarticle&id=185)"),
    marker!("(chkuser)", "qmail", "chkuser, the qmail-smtpd recipient check patch, signs its replies \"(chkuser)\" (https://support.forpsi.com/kb/a3302/incoming-emails-limitiation-on-the-mailserver-mxavas_forpsi_com.aspx)"),
    marker!("sessionid=<", "cyrus", "Cyrus IMAP's LMTP replies end with the session id (https://github.com/cyrusimap/cyrus-imapd/blob/1f3a12931114d95a12c938d043d53a2cbcaf3eca/imap/lmtp_err.et: \"452 4.2.2 %s SESSIONID=<%s>\")"),
    marker!("msexch:msexchange*", "exchange", "Exchange 5.5's NDR diagnostic line (\"MSEXCH:MSExchangeIS:...\", \"MSEXCH:MSExchangeMTA:...\"), as Microsoft KB 217139 and Q241632 quote it (https://jeffpar.github.io/kbarchive/kb/241/Q241632/)"),
    marker!("temporary rejected by greylisting", "axigen", "Axigen's greylisting reply (https://www.axigen.com/documentation/blacklisting-whitelisting-greylisting-p1410030)"),
    marker!("protection provided by: magicspam", "magicspam", "MagicSpam's bounce footer, as its vendor quotes it (http://forums.wizard.ca/viewtopic.php?f=51&t=229848&view=print)"),
    marker!("merak mail server", "icewarp", "IceWarp's former name, Merak Mail Server (http://www.prosygma.com/aide/Interpretation-des-messages-5xx-dans-merak--114.htm)"),
    // Policy servers, milters and filters: their syslog names and words only they write (servers helper s6, issue 10).
    marker!("policyd-spf", "policyd_spf", "policyd-spf's syslog name (the program name; https://github.com/mstraubAC/spf-engine-debian/blob/bbb3b8cfa4ffd883d47bfb29b9efb36b9681b369/spf_engine/policyd_spf.py#L44)"),
    marker!("postfix/policy-spf", "policyd_spf", "postfix-policyd-spf-perl's syslog ident (https://github.com/pbruna/postfix-policyd-spf-perl/blob/d1b4ed9a47704dec1c1dba477a19ddb1b924deb1/postfix-policyd-spf-perl.pl#L67)"),
    marker!("receiver policy for spf", "policyd_spf", "policyd-spf's local-policy reason (https://github.com/mstraubAC/spf-engine-debian/blob/bbb3b8cfa4ffd883d47bfb29b9efb36b9681b369/spf_engine/__init__.py#L574)"),
    marker!("milter-greylist", "milter_greylist", "milter-greylist (program name; https://github.com/ryoqun/milter-greylist/blob/b0a039272d4daaaf76cc66b897073bfa4123ef52/milter-greylist.c)"),
    marker!("greylisting in action, please come back", "milter_greylist", "milter-greylist's greylisting reply (https://github.com/ryoqun/milter-greylist/blob/b0a039272d4daaaf76cc66b897073bfa4123ef52/milter-greylist.c#L2110)"),
    marker!("sqlgrey", "sqlgrey", "SQLgrey's syslog name (https://github.com/mmatuska/sqlgrey/blob/ae84f79ed905c2c9ff4c7ec8bb197a87ccde3fad/sqlgrey)"),
    marker!("postfwd", "postfwd", "postfwd's syslog names postfwd, postfwd2, postfwd3 and its default score reply \"postfwd3 score exceeded\" (https://github.com/postfwd/postfwd/blob/8221c9057eb6d2f8cad5a8c511f8ab5a5b8ec2b4/sbin/postfwd3#L174)"),
    marker!("policyd-weight", "policyd_weight", "policyd-weight's syslog name and reply prefix (https://github.com/policyd-weight/policyd-weight/blob/18d2e97a40b7d836d35e25921def508e6a719e49/policyd-weight)"),
    marker!("mimedefang", "mimedefang", "MIMEDefang's syslog names mimedefang, mimedefang-multiplexor (https://github.com/The-McGrail-Foundation/MIMEDefang/blob/52e0727e0993cae6a01ec0f58e39e5c8aedf6b2a/README.md)"),
    marker!("mailscanner", "mailscanner", "MailScanner's report signature and X-<org>-MailScanner headers (https://github.com/MailScanner/v5/tree/76589ee4b82cb24e9aeceafe798b99536ce33178/common/usr/share/MailScanner/reports/en)"),
    marker!("our uce (spam) detectors have been triggered", "mailscanner", "MailScanner sender.spam.report.txt (https://github.com/MailScanner/v5/blob/76589ee4b82cb24e9aeceafe798b99536ce33178/common/usr/share/MailScanner/reports/en/sender.spam.report.txt)"),
    marker!("our virus detector has just been triggered", "mailscanner", "MailScanner sender.virus.report.txt (https://github.com/MailScanner/v5/blob/76589ee4b82cb24e9aeceafe798b99536ce33178/common/usr/share/MailScanner/reports/en/sender.virus.report.txt)"),
    marker!("opendkim", "opendkim", "OpenDKIM's syslog name (https://github.com/trusteddomainproject/OpenDKIM/blob/5c539587561785a66c1f67f720f2fb741f320785/opendkim/opendkim.c)"),
    marker!("opendmarc", "opendmarc", "OpenDMARC's syslog name (https://github.com/trusteddomainproject/OpenDMARC/blob/bf37d53dace41970cce50f339397fffed2885261/opendmarc/opendmarc.c)"),
    marker!("listed by one or more ip-based registries as being a spam source", "openbsd_spamd", "OpenBSD spamd's reply to blocklisted clients (https://github.com/openbsd/src/blob/00ddf0caf931d29b6abed6a5062a72ef40e0e33c/libexec/spamd/spamd.c)"),
    marker!("pleased to be wasting your time", "openbsd_spamd", "OpenBSD spamd's HELO reply in the tarpit (https://github.com/openbsd/src/blob/00ddf0caf931d29b6abed6a5062a72ef40e0e33c/libexec/spamd/spamd.c)"),
    marker!("you are about to try to deliver spam", "openbsd_spamd", "OpenBSD spamd's MAIL reply in the tarpit (https://github.com/openbsd/src/blob/00ddf0caf931d29b6abed6a5062a72ef40e0e33c/libexec/spamd/spamd.c)"),
    marker!("rejected due to: spf fail - not authorized", "policyd_spf", "policyd-spf's reject reason (\"Message {rejectdefer} due to: {spf}\" with pyspf's \"SPF fail - not authorized\"), https://github.com/mstraubAC/spf-engine-debian/blob/bbb3b8cfa4ffd883d47bfb29b9efb36b9681b369/spf_engine/policydspfsupp.py#L46"),
    marker!("deferred due to: spf", "policyd_spf", "policyd-spf's defer reason, https://github.com/mstraubAC/spf-engine-debian/blob/bbb3b8cfa4ffd883d47bfb29b9efb36b9681b369/spf_engine/policydspfsupp.py#L46"),
    marker!("rejected by dmarc policy for", "opendmarc", "OpenDMARC's milter reply (\"rejected by DMARC policy for %s\"), https://github.com/trusteddomainproject/OpenDMARC/blob/bf37d53dace41970cce50f339397fffed2885261/opendmarc/opendmarc.c"),
    marker!("action=greylist, reason=", "postgrey", "postgrey's log line (\"action=greylist, reason=new, client_name=...\"), https://github.com/schweikert/postgrey/blob/6228bd1757591f15551d366befeaedf3b5bb136c/postgrey#L204"),
    marker!("no smtp servers were available for", "postal", "Postal's SMTP sender soft failure, https://github.com/postalserver/postal/blob/3a56ec8a74950e0162d98f1af5f58a67a82d6455/app/senders/smtp_sender.rb"),
    marker!("verify_user(", "cyrus", "Cyrus lmtpd's debug log (\"verify_user(%s) failed: %s\"), https://github.com/cyrusimap/cyrus-imapd/blob/1f3a12931114d95a12c938d043d53a2cbcaf3eca/imap/lmtpd.c"),
    marker!("rejected rcpt", "exim", "Exim's reject log line (\"H=... F=<...> rejected RCPT <...>: reason\"), https://github.com/Exim/exim/blob/13835a3c1e057efad7da269c0f93bf2eac850205/src/src/smtp_in.c#L3260"),
    marker!("550-verification failed for", "exim", "Exim's sender/recipient verification reply, first line of its multi-line 550 (\"550-Verification failed for <%s>\"), https://github.com/Exim/exim/blob/13835a3c1e057efad7da269c0f93bf2eac850205/src/src/smtp_in.c#L3208"),
    marker!("delivery has failed permanently for your email to", "mox", "mox's failure notice (\"Delivery has failed permanently for your email to:\"), https://github.com/mjl-/mox/blob/48eb530b1f37dbc8d6889f8e8ebf9f76769a2f89/queue/dsn.go"),
    marker!("sender address rejected: not logged in", "postfix", "Postfix reject_sender_login_mismatch (\"<%s>: Sender address rejected: not logged in\"), https://github.com/vdukhovni/postfix/blob/17830e5c13c160d51c95cb971d137a46de84e48c/postfix/src/smtpd/smtpd_check.c#L3989"),
    marker!("ratelimit \"", "rspamd", "rspamd's ratelimit module reply (\"Ratelimit \\\"%s\\\" exceeded\"), https://github.com/rspamd/rspamd/blob/eaac8e914ef09f837fe53cc4973e0b2312ab1118/src/plugins/lua/ratelimit.lua#L70"),
    marker!("ratelimit.lua:", "rspamd", "rspamd's log lines name the Lua module and line (ratelimit.lua), https://github.com/rspamd/rspamd/blob/eaac8e914ef09f837fe53cc4973e0b2312ab1118/src/plugins/lua/ratelimit.lua"),
    marker!("(msg id = ", "maddy", "maddy appends the message id to its SMTP replies (\" (msg ID = <id>)\"), https://github.com/foxcpp/maddy/blob/837b1b8a7761eaaa9ae2b3ff8c9b3a4495e9821e/internal/endpoint/smtp/session.go#L620"),
    marker!("plugin timeout", "haraka", "Haraka's deferral when a plugin does not answer in time (\"plugin timeout\"), https://github.com/haraka/Haraka/blob/0bf10cbb486253752042e10af4c65ec78ec7fe91/plugins.js#L494"),
    marker!("junkmail rejected", "exim", "cPanel's Exim DNSBL ACL reply (\"JunkMail rejected - <host> [<ip>] is in an RBL\"), as phrases.rs quotes it from real logs (pastebin.com/JYPME5GB)"),
    marker!("sender verify failed", "exim", "Exim's sender verification failure (\"Sender verify failed\"), https://github.com/Exim/exim/blob/13835a3c1e057efad7da269c0f93bf2eac850205/src/src/acl.c#L2319"),
    // Postfix's own wording around remote replies and its own failures (servers helper s6, issue 10).
    marker!("(in reply to", "postfix", "Postfix smtp client: \"host %s said: %s (in reply to %s)\", https://github.com/vdukhovni/postfix/blob/17830e5c13c160d51c95cb971d137a46de84e48c/postfix/src/smtp/smtp_proto.c#L2266"),
    marker!("delivery temporarily suspended:", "postfix", "Postfix qmgr: \"delivery temporarily suspended: \", https://github.com/vdukhovni/postfix/blob/17830e5c13c160d51c95cb971d137a46de84e48c/postfix/src/qmgr/qmgr_deliver.c#L342"),
    marker!("name service error for name=", "postfix", "Postfix dns_lookup: \"Name service error for name=%s type=%s\", https://github.com/vdukhovni/postfix/blob/17830e5c13c160d51c95cb971d137a46de84e48c/postfix/src/dns/dns_lookup.c#L584"),
    marker!("refused to talk to me:", "postfix", "Postfix smtp client: \"host %s refused to talk to me: %s\", https://github.com/vdukhovni/postfix/blob/17830e5c13c160d51c95cb971d137a46de84e48c/postfix/src/smtp/smtp_proto.c#L383"),
    marker!("client host rejected: cannot find your", "postfix", "Postfix smtpd: \"Client host rejected: cannot find your hostname\" / \"reverse hostname\", https://github.com/vdukhovni/postfix/blob/17830e5c13c160d51c95cb971d137a46de84e48c/postfix/src/smtpd/smtpd_check.c#L1289"),
    marker!("delays=", "postfix", "Postfix delivery log field (\", delays=a/b/c/d\"), https://github.com/vdukhovni/postfix/blob/17830e5c13c160d51c95cb971d137a46de84e48c/postfix/src/global/log_adhoc.c#L215"),
    marker!("noqueue: reject:", "postfix", "Postfix smtpd reject log (\"NOQUEUE: reject: RCPT from ...\"), https://github.com/vdukhovni/postfix/blob/17830e5c13c160d51c95cb971d137a46de84e48c/postfix/src/smtpd/smtpd_check.c#L1007"),
    marker!("remote host said:", "qmail", "qmail-remote: \"Remote host said: \" (qmail-send logs it with underscores), https://github.com/notqmail/notqmail/blob/a7012e4fdf2f82f6aa5abe2f57e20831d238d774/qmail-remote.c#L159"),
    marker!("remote_host_said:", "qmail", "qmail-send's log of qmail-remote's \"Remote host said: \", https://github.com/notqmail/notqmail/blob/a7012e4fdf2f82f6aa5abe2f57e20831d238d774/qmail-remote.c#L159"),
    marker!("giving up on", "qmail", "qmail-remote: \"Giving up on <ip>.\", https://github.com/notqmail/notqmail/blob/a7012e4fdf2f82f6aa5abe2f57e20831d238d774/qmail-remote.c#L260"),
    marker!("giving_up_on", "qmail", "qmail-send's log of qmail-remote's \"Giving up on\", https://github.com/notqmail/notqmail/blob/a7012e4fdf2f82f6aa5abe2f57e20831d238d774/qmail-remote.c#L260"),
    marker!("sorry, no mailbox here by that name", "qmail", "qmail-local: \"Sorry, no mailbox here by that name. (#5.1.1)\", https://github.com/notqmail/notqmail/blob/a7012e4fdf2f82f6aa5abe2f57e20831d238d774/qmail-local.c#L590"),
    marker!("ctladdr=", "sendmail", "Sendmail delivery log field (\", ctladdr=\"), https://github.com/deepin-community/sendmail/blob/c7e7de44d95651fef2967c9e1623bb204f250bb3/sendmail/deliver.c#L4804"),
    marker!("mailer=esmtp", "sendmail", "Sendmail delivery log field (\"mailer=%s, \" with the default esmtp mailer), https://github.com/deepin-community/sendmail/blob/c7e7de44d95651fef2967c9e1623bb204f250bb3/sendmail/deliver.c#L1355"),
    marker!("mailer=local", "sendmail", "Sendmail delivery log field (\"mailer=%s, \" with the local mailer), https://github.com/deepin-community/sendmail/blob/c7e7de44d95651fef2967c9e1623bb204f250bb3/sendmail/deliver.c#L1355"),
    marker!("t=remote_smtp", "exim", "Exim log field for its default remote transport (remote_smtp), https://github.com/Exim/exim/blob/13835a3c1e057efad7da269c0f93bf2eac850205/src/src/configure.default#L827"),
    marker!("r=dnslookup", "exim", "Exim log field for its default DNS router (dnslookup), https://github.com/Exim/exim/blob/13835a3c1e057efad7da269c0f93bf2eac850205/src/src/configure.default#L705"),
    marker!("clamav-milter", "clamav", "clamav-milter (ClamAV's milter; \"quarantined by clamav-milter\", https://github.com/Cisco-Talos/clamav/blob/00ea836b9180620bbf2acfff840c71e163f2a3be/clamav-milter/clamfi.c)"),
    marker!("spamass-milter", "spamassassin", "spamass-milter, the SpamAssassin milter (https://github.com/andybalholm/spamass-milter)"),
    marker!("- chkuser)", "qmail", "chkuser's older reply suffix \"(#5.1.1 - chkuser)\" (https://github.com/sagredo-dev/qmail/blob/065fcc4ed1a2b64cbb5dd7a254cfdd1e089d6951/chkuser_settings.h)"),
    marker!("rblsmtpd", "qmail", "rblsmtpd (ucspi-tcp, run in front of qmail-smtpd): its greeting \"220 rblsmtpd.local\" and log lines (https://github.com/comotion/ucspi-tcp/blob/fc8386ef3e64e6dc282ef667906eb9e19de5b741/rblsmtpd.c)"),
    marker!("this is the james mail server at", "james", "Apache James's bounce (\"Hi. This is the James mail server at <host>.\"), DSNBounce and Bounce mailets (https://github.com/apache/james-project/blob/e09a085b8fb195495f0f0844bc91068a638b5f62/server/mailet/mailets/src/main/java/org/apache/james/transport/mailets/DSNBounce.java)"),
    // Libraries and clients by their own class, package and product names.
    marker!("smtplib", "python_smtplib", "Python docs, smtplib (https://docs.python.org/3/library/smtplib.html)"),
    marker!("swift_transportexception", "swiftmailer", "Swift Mailer lib/classes/Swift/TransportException.php"),
    marker!("swift_rfccompliance", "swiftmailer", "Swift Mailer lib/classes/Swift/RfcComplianceException.php"),
    marker!("symfony\\component\\mailer", "symfony_mailer", "Symfony src/Symfony/Component/Mailer (namespace)"),
    marker!("javax.mail", "javamail", "Jakarta Mail API (package javax.mail, later jakarta.mail)"),
    marker!("jakarta.mail", "javamail", "Jakarta Mail API (package jakarta.mail)"),
    marker!("com.sun.mail", "javamail", "Jakarta Mail implementation (package com.sun.mail)"),
    marker!("system.net.mail", "dotnet_smtpclient", ".NET API, System.Net.Mail.SmtpClient (https://learn.microsoft.com/dotnet/api/system.net.mail.smtpclient)"),
    marker!("mailkit", "mailkit", "MailKit MailKit/Net/Smtp/SmtpClient.cs (namespace MailKit)"),
    marker!("nodemailer", "nodemailer", "Nodemailer package.json (package name)"),
    marker!("net::smtp", "ruby_net_smtp", "Ruby net-smtp lib/net/smtp.rb (Net::SMTP)"),
    marker!("phpmailer", "phpmailer", "PHPMailer src/PHPMailer.php (class PHPMailer)"),
    marker!("lettre", "lettre", "lettre README.md (crate name)"),
    marker!("net/smtp", "go_net_smtp", "Go standard library, package net/smtp (https://pkg.go.dev/net/smtp)"),
    marker!("thunderbird", "thunderbird", "Thunderbird (product name)"),
    marker!("roundcube", "roundcube", "Roundcube README.md (product name)"),
];
packed!(
    /// Words that tell which program wrote a text.
    pub static SOFTWARE_MARKERS: SoftwareMarker { pattern, software } = SOFTWARE_MARKERS_ROWS
);

/// The program with this id.
pub fn by_id(id: &str) -> Option<&'static Software> {
    SOFTWARE.iter().find(|s| s.id == id)
}
