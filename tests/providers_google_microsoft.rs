//! Replies of Google (Gmail, Google Workspace, Google Groups) and Microsoft (Outlook.com,
//! Exchange Online) that carry none of the providers' usual tags (session 17,
//! src/data/knowledge/markers.tsv, phrases.tsv, outcomes.tsv). Each text is quoted from the page
//! named beside it; the expected provider, category and outcome are read from that page and
//! tests/corpus/LABELS.md (§1 who is refused, §4 provider = who replied), never from the tool's
//! output.

use smtp_explain::{explain, Category, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

/// Rows of Google's "Gmail SMTP errors and codes" (https://support.google.com/a/answer/3726730)
/// as people quote them, in the page's own `<code>, "<enhanced>", <text>` layout (and the
/// typographic quotes of its Chinese page): Google's words, so Google answered.
#[test]
fn rows_of_googles_smtp_error_reference_name_google() {
    for text in [
        "421, \"4.4.5\", Server busy, try again later.",
        "421, \"4.7.0\", Temporary System Problem. (系統暫時發生問題。)請稍後再試",
        // https://knowledge.workspace.google.com/admin/support/troubleshooting/gmail-smtp-errors-and-codes?hl=zh-cn
        "421, “4.4.5”, 服务器繁忙,请稍后重试。",
    ] {
        assert_eq!(provider_of(text).as_deref(), Some("google"), "{text}");
        assert_ne!(explain_outcome(text), Outcome::Success, "{text}");
    }
    assert_reads("421, \"4.4.5\", Server busy, try again later.", Category::ServerUnavailable, Outcome::Temporary);
    // The 421 4.7.0 row that says the IP "has been temporarily blocked" for its rate of
    // unsolicited mail is Google's too, and temporary by its code. (Its category is left to
    // google.rs: the rule `unusual_rate_ip` reads every 421 of this family as a rate limit.)
    let blocked = "421, \"4.7.0\", Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily blocked. For more information, visit Prevent mail to Gmail users from being blocked or sent to spam.";
    assert_eq!(provider_of(blocked).as_deref(), Some("google"));
    assert_eq!(explain_outcome(blocked), Outcome::Temporary);
}

/// Google Groups' own refusal, sent by mailer-daemon@googlemail.com with no other server behind
/// it (https://github.com/OpenHunting/openhunt/issues/39, https://github.com/USCiLab/cereal/issues/305).
#[test]
fn google_groups_notices_name_google() {
    for text in [
        "We're writing to let you know that the group you tried to contact (all) may not exist, or you may not have permission to post messages to the group. A few more details on why you weren't able to post:\n\n * You might have spelled or formatted the group name incorrectly.\n * The owner of the group may have removed this group.\n * You may need to join the group before receiving permission to post.\n * This group may not be open to posting.\n\nIf you have questions related to this or any other Google Group, visit the Help Center at https://support.google.com/a/openhunt.co/bin/topic.py?topic=25838.\n\nThanks,\n\nopenhunt.co admins",
        // The sender is at outlook.com; Google Groups still is who replied (LABELS.md §4).
        "Hello derrick.timmermans@outlook.com, We're writing to let you know that the group you tried to contact (cerealcpp) may not exist, or you may not have permission to post messages to the group. Thanks, Google Groups",
    ] {
        assert_eq!(provider_of(text).as_deref(), Some("google"), "{text}");
        assert_reads(text, Category::PolicyRejected, Outcome::Permanent);
    }
    // Google Groups' bulk-sender refusal with the old form of Google's help link
    // (https://github.com/DynamoRIO/dynamorio/issues/5897).
    let bulk = "Message rejected by Google Groups. Please visit http://mail.google.com/support/answer/188131?hl=en to review our Bulk Email Senders Guidelines.";
    assert_eq!(provider_of(bulk).as_deref(), Some("google"));
    assert_ne!(explain_outcome(bulk), Outcome::Success);
    // A group over its quota of outside recipients, inside Gmail's notice
    // (https://github.com/codeforamerica/brigade/issues/242).
    let quota = "Delivery to the following recipient failed permanently:\n\n     brigade@codeforamerica.org\n\nTechnical details of permanent failure:\nThe group brigade@codeforamerica.org has exceeded its quota for total number of external recipients.";
    assert_eq!(provider_of(quota).as_deref(), Some("google"));
    assert_reads(quota, Category::RateLimited, Outcome::Permanent);
}

/// The Google Workspace SMTP relay's refusal names the service (https://support.google.com/a/answer/6140680;
/// text from https://github.com/directus/directus/issues/11210).
#[test]
fn the_workspace_smtp_relay_names_google() {
    let text = "Error: Mail command failed: 550-5.7.1 Invalid credentials for relay [94.16.105.112]. The IP address you've\n550-5.7.1 registered in your G Suite SMTP Relay service doesn't match domain of\n550-5.7.1 the account this email is being sent from.";
    assert_eq!(provider_of(text).as_deref(), Some("google"));
    assert_reads(text, Category::RelayDenied, Outcome::Permanent);
}

/// Outlook.com's refusal of an account it locked until the owner verifies it on the web
/// (https://github.com/mscdex/node-imap/issues/799): the account is held, not a wrong password.
#[test]
fn outlook_com_locked_account_is_the_senders_account_blocked() {
    let text = "Error: LOGIN failed. Account is blocked. Login to your account via a web browser to verify your identity.";
    assert_eq!(provider_of(text).as_deref(), Some("microsoft"));
    assert_reads(text, Category::SenderAccountBlocked, Outcome::Permanent);
}

/// Outlook.com's block-list refusal with its (S3140) tag, also where a mail program broke the
/// words across lines (https://github.com/openaustralia/righttoknow/issues/985; LABELS.md §1:
/// Microsoft's own list without an SC code is sender_ip_blocked).
#[test]
fn outlook_com_block_list_tags_read_as_its_own_ip_list() {
    assert_all_read(
        &[
            "550 5.7.1 Unfortunately, messages from [RTK PROD IP] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3140)",
            "SMTP error from remote server for MAIL FROM command, host: hotmail-com.olc.protection.outlook.com (104.47.12.33) reason: 550 5.7.1 Unfortunately, messages from [217.72.192.73] weren't sent. Pleas e contact your Internet service provider since part of their network i s on our block list (S3140). You can also refer your provider to http:\n//mail.live.com/mail/troubleshooting.aspx#errors.",
        ],
        Category::SenderIpBlocked,
        Outcome::Permanent,
    );
}

/// Exchange Online's translated NDR for a sender over the submission quota
/// (learn.microsoft.com "Fix email delivery issues for submission quota exceeded", it-it, sv-se,
/// fr-fr, ko-kr): Microsoft's NDR, the message was not sent.
#[test]
fn exchange_online_submission_quota_ndrs_name_microsoft() {
    for text in [
        "Il messaggio non può essere inviato perché è stata superata la quota di invio del mittente.",
        "Det går inte att skicka meddelandet eftersom avsändarens sändningskvot har överskridits.",
        "Impossible d'envoyer le message, car le quota d'envoi de l'expéditeur est dépassé.",
        "보낸 사람의 전송 할당량이 초과되어 메시지를 전송할 수 없습니다.",
    ] {
        assert_eq!(provider_of(text).as_deref(), Some("microsoft"), "{text}");
        assert_reads(text, Category::RateLimited, Outcome::Permanent);
    }
}

/// Who replied, not whose address appears (LABELS.md §4): a connection that never reached the
/// Outlook relay names no provider even with a gmail.com recipient, and a hosted Exchange server
/// that is not Microsoft's service names none either.
#[test]
fn addresses_and_exchange_wording_alone_name_no_provider() {
    // https://github.com/wader/postfix-relay/issues/79
    let never_reached = "2023-05-19T14:41:01.274035+08:00 93e9e1d5dffa postfix/smtp[159]: connect to smtp-mail.outlook.com[2603:1046:c01:2481::6]:587: Cannot assign requested address";
    assert_eq!(provider_of(never_reached), None);
    assert_eq!(category_of(never_reached), Category::NetworkError);
    // The same log: the relay answered this time, for a gmail.com recipient; Microsoft replied.
    let answered = "2023-05-19T14:41:06.790759+08:00 93e9e1d5dffa postfix/smtp[159]: 2861D156803A9: to=<hometv.tsoy@gmail.com>, relay=smtp-mail.outlook.com[40.99.10.22]:587, delay=5.6, delays=0.08/0.03/0.48/5, dsn=5.7.57, status=bounced (host smtp-mail.outlook.com[40.99.10.22] said: 530 5.7.57 Client not authenticated to send mail. [SI2PR01CA0016.apcprd01.prod.exchangelabs.com 2023-05-19T06:41:06.744Z 08DB57BE14497622] (in reply to MAIL FROM command))";
    assert_eq!(provider_of(answered).as_deref(), Some("microsoft"));
    assert_reads(answered, Category::AuthRequired, Outcome::Permanent);
    // https://github.com/jstedfast/MailKit/issues/483 (imap.hs20.net, a hosted Exchange).
    let hosted = "Connected to imaps://imap.hs20.net:993/\nS: * OK The Microsoft Exchange IMAP4 service is ready.\nC: A00000001 AUTHENTICATE PLAIN\nS: A00000001 NO AUTHENTICATE failed.\nC: A00000002 LOGIN *****@*****.com *****\nS: A00000002 NO LOGIN failed.";
    assert_eq!(provider_of(hosted), None);
    assert_ne!(explain_outcome(hosted), Outcome::Success);
}

/// Exchange's delivery restrictions: a group or mailbox that takes mail only from its own
/// organisation's authenticated senders refuses the rest by policy ("Fix email delivery issues
/// for error code 5.7.133 in Exchange Online"; the text from
/// https://markgossa.com/2015/11/your-message-wasnt-delivered-because-the-recipients-e-mail-provider-rejected-it.html,
/// and Exchange 2013's RESOLVER.RST.AuthRequired from
/// https://blackforce.co.uk/2014/01/07/exchange-2013-delivery-to-this-address-is-restricted).
#[test]
fn exchange_delivery_restrictions_are_policy_refusals() {
    assert_all_read(
        &[
            "#< #5.7.133 smtp;550 5.7.133 RESOLVER.RST.SenderNotAuthenticatedForGroup; authentication required; Delivery restriction check failed because the sender was not authenticated when sending to this group> #SMTP#",
            "Delivery has failed to these recipients or groups:\nYour message can't be delivered because delivery to this address is restricted.\nDiagnostic information for administrators:\nGenerating server: server.domain.local\n[email protected]\nRemote Server returned '550 5.7.1 RESOLVER.RST.AuthRequired; authentication required'",
        ],
        Category::PolicyRejected,
        Outcome::Permanent,
    );
}

fn explain_outcome(text: &str) -> Outcome {
    smtp_explain::explain(text).outcome
}

/// Exchange Online's 5.7.57 that carries the failed sign-in before it ("Error: 535 5.7.3
/// Authentication unsuccessful") is a refused password or account, not a client that never
/// signed in; the bare 5.7.57 still asks for a sign-in.
#[test]
fn exchange_online_5_7_57_with_a_failed_sign_in_is_a_refused_login() {
    // https://github.com/pentacent/keila/issues/470 (Swoosh over gen_smtp; host id shortened)
    let e = explain("** (Swoosh.DeliveryError) delivery error: {:send, {:permanent_failure, ~c\"52.96.121.230\", \"530 5.7.57 Client not authenticated to send mail. Error: 535 5.7.3 Authentication unsuccessful [SN7PR04CA0203.namprd04.prod.outlook.com 2025-11-08T20:26:59.784Z 08DE1ED84C91CBD6]\\r\\n\"}}");
    assert_eq!(e.category.id, Category::AuthFailed);
    // https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-5-7-57-in-exchange-online
    let bare = explain("530 5.7.57 SMTP; Client was not authenticated to send anonymous mail during MAIL FROM");
    assert_eq!(bare.category.id, Category::AuthRequired);
}
