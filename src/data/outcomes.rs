//! What the result is when the input carries no code: wording of bounce and delay notices,
//! and the categories whose failures are temporary by nature.
//!
//! Sources: the notice texts of Exchange/Microsoft 365 NDRs ("Delivery has failed to these
//! recipients or groups", "did not reach the following recipient(s)"), Postfix bounce(8)
//! templates ("This is the mail system at host ...", "Delayed Mail (still being retried)"),
//! Exim ("This message was created automatically by mail delivery software ... could not be
//! delivered", "Mail delivery failed: returning message to sender", "Warning: message ...
//! delayed"), Sendmail ("Returned mail: see transcript for details", "Warning: could not send
//! message for past 4 hours"), Gmail ("Delivery Status Notification (Failure)", "(Delay)").

use super::OutcomePhrase;
use crate::taxonomy::{Category, Outcome};

macro_rules! outcome {
    ($pattern:literal, $outcome:ident) => {
        OutcomePhrase { pattern: $pattern, outcome: Outcome::$outcome, error_word: false }
    };
}

macro_rules! error_word {
    ($pattern:literal) => {
        OutcomePhrase { pattern: $pattern, outcome: Outcome::Unknown, error_word: true }
    };
}

/// Notice wording that tells whether delivery failed for good or is still being tried. A
/// "permanent" notice also overrides a 4yz code: the sending server gave up retrying it
/// (qmail: "This is a permanent error; I've given up").
#[rustfmt::skip]
const OUTCOME_PHRASES_ROWS: &[OutcomePhrase] = &[
    outcome!("did not reach the following recipient", Permanent),
    outcome!("delivery has failed to these recipients", Permanent),
    // Older Exchange and Outlook NDRs ("Your message did not reach some or all of the intended recipients. ... No
    // transport provider was available for delivery to this recipient."; KB Q245446,
    // https://github.com/jeffpar/kbarchive/blob/master/kb/245/Q245446/README.md).
    outcome!("did not reach some or all of the intended recipients", Permanent),
    outcome!("no transport provider was available for delivery", Permanent),
    outcome!("your message couldn't be delivered", Permanent),
    outcome!("your message could not be delivered", Permanent),
    outcome!("could not be delivered to one or more recipients", Permanent),
    outcome!("this is a permanent error", Permanent),
    // qmail-send's bounce opening, which Apache James copies ("I'm afraid I wasn't able to deliver your message
    // to the following addresses. This is a permanent error; I've given up."); qmail sends no delay notices
    // (https://github.com/sagredo-dev/qmail/blob/065fcc4ed1a2b64cbb5dd7a254cfdd1e089d6951/qmail-send.c).
    outcome!("i'm afraid i wasn't able to deliver your message", Permanent),
    outcome!("permanent error", Permanent),
    outcome!("permanent failure", Permanent),
    // Exim's bounce subject ("Mail delivery failed: returning message to sender"); not a wrapper's words ("Mail
    // delivery failed via SMTP server 'host'." in Odoo, whatever the error it wraps).
    outcome!("mail delivery failed:", Permanent),
    outcome!("undelivered mail returned to sender", Permanent),
    outcome!("returned mail: see transcript for details", Permanent),
    // Sendmail's queue timeout, which gives the message up ("Message could not be delivered for %s",
    // "Message will be deleted from queue"; https://github.com/deepin-community/sendmail/blob/c7e7de44d95651fef2967c9e1623bb204f250bb3/sendmail/envelope.c#L338).
    outcome!("message will be deleted from queue", Permanent),
    // cPanel's Exim drops the mail it will not send for a domain over its hourly defers-and-failures
    // limit or under an outgoing suspension ("Domain example.com has exceeded the max defers and failures
    // per hour (5/5 (100%)) allowed. Message discarded."; WHM suspend_outgoing_email,
    // https://api.docs.cpanel.net/openapi/whm/operation/suspend_outgoing_email/).
    outcome!("message discarded.", Permanent),
    outcome!("delivery status notification (failure)", Permanent),
    outcome!("message not delivered", Permanent),
    outcome!("address not found", Permanent),
    outcome!("undeliverable:", Permanent),
    outcome!("i've given up", Permanent),
    outcome!("i'm not going to try again", Permanent),
    outcome!("giving up on it", Permanent),
    // gen_smtp (Swoosh, Bamboo) after its last attempt on every host: {error, retries_exceeded, ...}
    // (https://github.com/gen-smtp/gen_smtp/blob/a07e8b73c6c816ed57989c034f2dcceaca0ff923/src/gen_smtp_client.erl).
    outcome!("retries_exceeded", Permanent),
    outcome!("konnte nicht zugestellt werden", Permanent),
    outcome!("rejected rcpt", Permanent),
    // OpenSMTPD bounce.c (https://github.com/OpenSMTPD/OpenSMTPD/blob/master/usr.sbin/smtpd/bounce.c:
    // "An error has occurred while attempting to deliver a message for the following list of recipients").
    outcome!("an error has occurred while attempting to deliver a message", Permanent),
    outcome!("delivery has been delayed", Temporary),
    outcome!("delivery status notification (delay)", Temporary),
    outcome!("delayed mail (still being retried)", Temporary),
    outcome!("still being retried", Temporary),
    outcome!("will be retried", Temporary),
    outcome!("will keep trying", Temporary),
    outcome!("will retry", Temporary),
    // Postal's queue after a soft failure ("message requeued for trying later";
    // https://github.com/postalserver/postal/blob/8ef89606bc34146fffba77a604dd824e6b1cdcc2/app/lib/message_dequeuer/outgoing_message_processor.rb#L181).
    outcome!("requeued for trying later", Temporary),
    // OpenSMTPD's outgoing session errors: mta_error() logs "mta error reason=..." (or "smtp-out: Error on
    // session ...") and always tempfails the envelopes (https://github.com/OpenSMTPD/OpenSMTPD/blob/master/usr.sbin/smtpd/mta_session.c).
    outcome!("mta error reason=", Temporary),
    outcome!("has not yet been delivered", Temporary),
    outcome!("could not send message for past", Temporary),
    outcome!("temporary failure", Temporary),
    outcome!("temporary error", Temporary),
    outcome!("retry time not reached", Temporary),
    // A refusal that asks to come back later is not final: rspamd's greylisting reply ("Try again later";
    // https://github.com/rspamd/rspamd/blob/eaac8e914ef09f837fe53cc4973e0b2312ab1118/src/plugins/lua/greylist.lua#L88),
    // OpenBSD spamd ("Temporary failure, please try again later"; libexec/spamd/spamd.c), Plesk's greylisting
    // ("451 4.7.1 Service unavailable - try again later"; https://plesk.com/?p=214013).
    outcome!("try again later", Temporary),
    // The same request to come back later in the project's other languages, as mail systems word it:
    // Google's localized SMTP error reference (https://support.google.com/a/answer/3726730?hl=de "Bitte
    // versuchen Sie es später noch einmal"; ?hl=zh-TW "請稍後再試"; Japanese "しばらくしてからもう一度お試し
    // ください"), GoDaddy's localized bounces ("Versuchen Sie es später erneut", "Spróbuj ponownie później";
    // https://at.godaddy.com/help/-3568, https://pl.godaddy.com/help/-3568), a bilingual refusal ("Bitte
    // versuchen Sie es spaeter erneut!"; https://github.com/knadh/listmonk/issues/2749), La Poste ("Veuillez
    // essayer plus tard", https://github.com/sisimai/p5-sisimai/issues/241), and the usual forms of the same sentence in Spanish,
    // Portuguese, Italian, Dutch, Russian, Korean and Arabic. Like the English row, each counts only where no
    // code tells the outcome. Left out on purpose: Exchange's NDRs advise resending *this message* later
    // ("Versuchen Sie, diese Nachricht später erneut zu senden", "Probeer dit bericht later opnieuw te
    // verzenden", "後でこのメッセージを再送信") in a notice of a message that was not delivered.
    outcome!("es später erneut", Temporary),
    outcome!("es spaeter erneut", Temporary),
    outcome!("es später noch einmal", Temporary),
    outcome!("es später nochmal", Temporary),
    outcome!("essayer plus tard", Temporary),
    outcome!("réessayer plus tard", Temporary),
    outcome!("réessayez plus tard", Temporary),
    outcome!("réessayer ultérieurement", Temporary),
    outcome!("réessayez ultérieurement", Temporary),
    outcome!("inténtelo más tarde", Temporary),
    outcome!("inténtalo más tarde", Temporary),
    outcome!("inténtelo de nuevo más tarde", Temporary),
    outcome!("inténtalo de nuevo más tarde", Temporary),
    outcome!("intentarlo más tarde", Temporary),
    outcome!("intente más tarde", Temporary),
    outcome!("tente novamente mais tarde", Temporary),
    outcome!("tente mais tarde", Temporary),
    outcome!("riprova più tardi", Temporary),
    outcome!("riprovare più tardi", Temporary),
    outcome!("probeer het later opnieuw", Temporary),
    outcome!("probeer het later nog eens", Temporary),
    outcome!("spróbuj ponownie później", Temporary),
    outcome!("spróbuj później", Temporary),
    outcome!("попробуйте позже", Temporary),
    outcome!("повторите попытку позже", Temporary),
    outcome!("попробуйте еще раз позже", Temporary),
    outcome!("попробуйте ещё раз позже", Temporary),
    outcome!("*请稍后再试*", Temporary),
    outcome!("*请稍后重试*", Temporary),
    outcome!("*請稍後再試*", Temporary),
    outcome!("*請稍後重試*", Temporary),
    outcome!("*しばらくしてからもう一度*", Temporary),
    outcome!("*しばらくしてから再度*", Temporary),
    outcome!("*나중에 다시 시도*", Temporary),
    outcome!("*잠시 후 다시 시도*", Temporary),
    outcome!("المحاولة لاحقًا", Temporary),
    outcome!("المحاولة لاحقا", Temporary),
    outcome!("مرة أخرى لاحقًا", Temporary),
    outcome!("مرة أخرى لاحقا", Temporary),
    // Delay notices from the programs' own templates: Postfix bounce_templates.c ("It will be retried
    // until it is N day(s) old."), Exim deliver.c ("No action is required on your part. Delivery attempts
    // will continue for some time"), OpenSMTPD bounce.c ("A message is delayed for more than ...", "Please
    // note that this is only a temporary failure report.", "You DO NOT NEED to re-send the message").
    outcome!("it will be retried until it is", Temporary),
    // Postfix delay template banner ("# THIS IS A WARNING ONLY.  YOU DO NOT NEED TO RESEND YOUR MESSAGE. #"),
    // which comes before its "Your message could not be delivered for more than N hour(s)".
    outcome!("this is a warning only", Temporary),
    outcome!("you do not need to resend your message", Temporary),
    // Gmail's delay notice ("THIS IS A WARNING MESSAGE ONLY.", "Delivery to the following recipient has been
    // delayed", "Message will be retried for 2 more day(s)"; Sisimai lhost/gmail.rb samples).
    outcome!("this is a warning message only", Temporary),
    outcome!("recipient has been delayed", Temporary),
    outcome!("will be retried for", Temporary),
    outcome!("delivery attempts will continue", Temporary),
    outcome!("a message is delayed for more than", Temporary),
    outcome!("this is only a temporary failure report", Temporary),
    outcome!("you do not need to re-send the message", Temporary),
    // Whole bounce notices in other languages are in the knowledge pack (knowledge/outcomes.tsv).
    // amavisd's log line for a message it let through: its $log_short_templ writes "Passed"
    // when at least one recipient got the message, "Blocked" when none did, then the contents
    // category (CLEAN, SPAMMY, SPAM, BAD-HEADER-n, OVERSIZED, UNCHECKED, BANNED, INFECTED): a
    // "Passed SPAM" message was delivered, tagged (https://gitlab.com/amavis/amavis/-/blob/master/amavisd;
    // https://github.com/tajohnson/amavisd-new/blob/bc8bc025094204c7418351777ec82601186150f5/amavisd).
    outcome!("passed clean", Success),
    outcome!("passed spam", Success),
    outcome!("passed spammy", Success),
    outcome!("passed bad-header", Success),
    outcome!("passed oversized", Success),
    outcome!("passed unchecked", Success),
    outcome!("passed banned", Success),
    outcome!("passed infected", Success),
    // SA-Exim's log lines for a message it accepted after scanning ("SA: Action: flagged as Spam
    // but accepted: ...", "SA: Action: scanned but message isn't spam: ..."; sa-exim.c,
    // https://github.com/prosyslab-warehouse/sa-exim-4.2.1/blob/61f6fbddb83b132e456d39fb5f426da6a2d8841a/sa-exim.c).
    outcome!("flagged as spam but accepted", Success),
    outcome!("scanned but message isn't spam", Success),
    outcome!("action: temporarily rejected message", Temporary),
    // Exim's reject log for an ACL that answered "defer" ("H=... F=<...> temporarily rejected RCPT
    // <...>: ..."), https://github.com/Exim/exim/blob/13835a3c1e057efad7da269c0f93bf2eac850205/src/src/smtp_in.c#L3258.
    outcome!("temporarily rejected", Temporary),
    // An ARF feedback report (RFC 5965) is about a message that was delivered.
    outcome!("feedback-type: abuse", Success),
    outcome!("feedback-type: fraud", Success),
    outcome!("message/feedback-report", Success),
    // ===== BEGIN block "general causes, session 6" (general helper s6, issue 10) =====
    // OpenSMTPD's delivery log results (https://github.com/OpenSMTPD/OpenSMTPD/blob/master/usr.sbin/smtpd/mta.c,
    // lka/queue logs: "result=TempFail", "result=PermFail"; "relay: TempFail for <id>" in older versions).
    outcome!("tempfail", Temporary),
    outcome!("permfail", Permanent),
    // ===== END block "general causes, session 6" =====
    // Stalwart's event ids, printed in brackets after each log line's description: "Message rescheduled for
    // delivery (queue.rescheduled)", the DSNs it sends when a delivery fails for now or for good
    // (https://github.com/stalwartlabs/stalwart/blob/d72608f3e2d530c6560aaf2c7c290afd72671b82/crates/trc/src/event/enums_impl.rs).
    outcome!("queue.rescheduled", Temporary),
    outcome!("delivery.dsn-temp-fail", Temporary),
    outcome!("delivery.dsn-perm-fail", Permanent),
    // A program's report of an error, in the words mail programs print before the server's reply
    // ("SMTP Error: ", "SMTP Fehler: ", "Erreur SMTP : ", "SMTPエラー: ", "SMTP 错误：" ... in PHPMailer's
    // language files, https://github.com/PHPMailer/PHPMailer/tree/master/language, and the same
    // words in the clients' dialogs): a success code beside them is no success. They tell no
    // outcome of their own, and make nothing recognised by themselves.
    error_word!("error"),
    error_word!("failed"),
    error_word!("failure"),
    error_word!("could not"),
    error_word!("couldn't"),
    error_word!("unable to"),
    error_word!("fehler"),
    error_word!("erreur"),
    error_word!("errore"),
    error_word!("erro"),
    error_word!("fout"),
    error_word!("błąd"),
    error_word!("hiba"),
    error_word!("virhe"),
    error_word!("fejl"),
    error_word!("feil"),
    error_word!("greška"),
    error_word!("eroare"),
    error_word!("klaida"),
    error_word!("napaka"),
    error_word!("ошибка"),
    error_word!("помилка"),
    error_word!("грешка"),
    error_word!("hata"),
    error_word!("hatası"),
    error_word!("lỗi"),
    error_word!("kesalahan"),
    error_word!("*エラー*"),
    error_word!("*오류*"),
    error_word!("*错误*"),
    error_word!("*錯誤*"),
    error_word!("fehlgeschlagen"),
    error_word!("échec"),
    error_word!("mislukt"),
    error_word!("fallito"),
    error_word!("falló"),
    error_word!("falhou"),
    error_word!("*失败*"),
    error_word!("*失敗*"),
    error_word!("*실패*"),
    // A virus scanner's log of what it found in a message says nothing of what became of the
    // message (rejected, quarantined, passed with a header: the site's setting decides, and a
    // later line tells): amavisd's "virus_scan: (<name>), detected by <n> scanners"
    // (https://github.com/tajohnson/amavisd-new/blob/bc8bc025094204c7418351777ec82601186150f5/amavisd),
    // clamav-milter's LogInfected "Message ... infected by <name>", whose OnInfected default is
    // Quarantine (https://github.com/Cisco-Talos/clamav/blob/67a02aa2352c5628d261cca97244bac6ba9ab461/clamav-milter/clamfi.c#L423-L477).
    outcome!("virus_scan:", Unknown),
    outcome!("infected by", Unknown),
    // A TLS session the peer closed before it finished fails for now, not for good (LABELS.md §3):
    // GnuTLS GNUTLS_E_PREMATURE_TERMINATION ("The TLS connection was non-properly terminated.",
    // lib/errors.c) and OpenSSL 3 SSL_R_UNEXPECTED_EOF_WHILE_READING ("unexpected eof while
    // reading", ssl/ssl_err.c).
    outcome!("connection was non-properly terminated", Temporary),
    outcome!("unexpected eof while reading", Temporary),
    // Exim gave up on an address whose retries ran past their time limit: the notice is a failure
    // even when the last reply was a 4yz ("retry timeout exceeded", src/src/retry.c).
    outcome!("retry timeout exceeded", Permanent),
];
packed!(
    /// Notice wording that tells whether delivery failed for good or is still being tried.
    pub static OUTCOME_PHRASES: OutcomePhrase { pattern } = OUTCOME_PHRASES_ROWS
);

/// Every outcome row: [`OUTCOME_PHRASES`], then the knowledge pack's (`knowledge/outcomes.tsv`).
pub fn outcome_rules() -> impl Iterator<Item = &'static OutcomePhrase> {
    OUTCOME_PHRASES.iter().chain(super::knowledge::outcomes())
}

/// The outcome row `i` of [`outcome_rules`].
pub fn outcome_rule(i: usize) -> &'static OutcomePhrase {
    OUTCOME_PHRASES.get(i).unwrap_or_else(|| &super::knowledge::outcomes()[i - OUTCOME_PHRASES.len()])
}

/// Categories whose failures are temporary when no code says otherwise (the sending server
/// keeps retrying them); any other recognised category without a code counts as permanent.
pub static TEMPORARY_BY_NATURE: &[Category] = &[
    Category::NetworkError,
    Category::Greylisted,
    Category::RateLimited,
    Category::MailboxBusy,
    Category::ServerUnavailable,
    Category::ServerError,
    Category::ServerStorage,
    Category::ReceiverMisconfigured,
];
