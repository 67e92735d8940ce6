//! Round fr13 (session 19): whole bounce notices and DSNs as people paste them, from regional
//! hosts and ISPs, a government lab and on-premises servers, and Microsoft 365's restricted-sender
//! NDR in other languages (tests/corpus/dev-fr13-s19.jsonl). Each text is quoted from the page or
//! file named beside it; the expected values are read from that source and
//! tests/corpus/LABELS.md, never from the tool's output.

use smtp_explain::{Category, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

/// Exchange Online's 550 5.1.8 NDR for an account restricted after sending spam, as Microsoft's
/// Japanese, Russian and French pages word it: the sender's own provider blocks the account
/// (LABELS.md §5), and only Exchange Online writes it.
#[test]
fn microsoft_365_restricted_sender_ndr_in_other_languages() {
    let texts = [
        // MicrosoftDocs/OfficeDocs-O365SecComp-pr.ja-JP, SecurityCompliance/removing-user-from-restricted-users-portal-after-spam.md
        "有効な送信者として認識されなかったため、メッセージを配信できませんでした。 最も一般的な理由は、メールアドレスがスパムを送信している可能性があり、組織外のメッセージを送信することが許可されなくなったためです。 詳細については、メール管理者に問い合わせてください。 リモートサーバーが ' 550 5.1.8 アクセスが拒否されましたが、正しくない送信送信者 ' が返されました",
        // MicrosoftDocs/OfficeDocs-O365SecComp-pr.ru-RU, same page
        "Не удалось доставить сообщение, так как вы не распознаны как допустимый отправитель. Наиболее распространенной причиной этого является то, что ваш адрес электронной почты может отсылать нежелательную почту и больше не может отправлять сообщения за пределом вашей организации. Обратитесь за помощью к администратору электронной почты. Удаленному серверу возвращено \"550 5.1.8 доступ запрещен, недопустимый исходящий отправитель\"",
        // MicrosoftDocs/OfficeDocs-O365SecComp-pr.fr-FR, same page
        "Votre message n'a pas pu être remis car vous n'avez pas été reconnu comme un expéditeur valide. La raison la plus fréquente de ce message est que votre adresse de courrier est suspecte d'envoyer du courrier indésirable et qu'elle n'est plus autorisée à envoyer des messages en dehors de votre organisation. Contactez votre administrateur de courrier électronique pour obtenir de l'aide. Le serveur distant a renvoyé' 550 5.1.8 accès refusé, expéditeur sortant incorrect \"",
    ];
    assert_all_read(&texts, Category::SenderAccountBlocked, Outcome::Permanent);
    for text in texts {
        assert_eq!(provider_of(text).as_deref(), Some("microsoft"), "{text}");
    }
}

/// Forpsi's outgoing server blocks SMTP for the sending IP for an hour after a burst of mail,
/// half of it undeliverable (support.forpsi.pl/kb/a2873, support.konto.pl/kb/a2765): a count of
/// the sender's own mail behind generic words (LABELS.md §2 Q3).
#[test]
fn forpsi_policy_violation_pages_are_rate_limits() {
    assert_reads(
        "550 5.1.0 cNkj1y0022zrrQM01NkjaD policy violation, see https://support.forpsi.com/kb/a4077",
        Category::RateLimited,
        Outcome::Permanent,
    );
}

/// Full mailboxes in the notices of a Japanese host, a Dutch ISP and a Dovecot LDA.
#[test]
fn full_mailboxes_in_regional_notices() {
    // KAGOYA FAQ (support.kagoya.jp, artikel 328): Postfix local(8)'s maildir write failed on the quota.
    let kagoya = "The mail system\n<info@example.com>: maildir delivery failed: error writing message: Disk quota exceeded";
    assert_reads(kagoya, Category::MailboxFull, Outcome::Permanent);
    assert_eq!(software_of(kagoya).as_deref(), Some("postfix"));

    // osandum/bounce-parser src/test/resources/qmail-failure-sample.eml: Versatel/Zonnet's qmail-ldap
    // notice in Dutch and English; the recipient line names the cause among the three it lists.
    assert_reads(
        "Hi. This is the qmail-send program at qmail29.zonnet.nl.\nI'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n---------------------------------------------------------------------\nHet volgende bericht dat u stuurde aan deze gebruiker is niet aangekomen.\nDe meest voorkomende redenen zijn:\n- het verkeerd intypen van het e-mailadres of het e-mailadres bestaat niet.\n- de mailbox van de ontvangende gebruiker is vol waardoor er geen e-mail meer wo\nrdt geaccepteerd.\n\n<mfrey1@versatel.nl>:\nThe users mailfolder is over the allowed quota (size).",
        Category::MailboxFull,
        Outcome::Permanent,
    );

    // jaredmauch/mailman2-python3 tests/bounces/simple_38.txt: Dovecot's rejection MDN
    // (lib-lda mail-send.c writes "Reporting-UA: <host>; Dovecot Mail Delivery Agent").
    let dovecot = "Your message to <userx@example.com> was automatically rejected:\nQuota exceeded\n\nReporting-UA: mail; Dovecot Mail Delivery Agent\nFinal-Recipient: rfc822; userx@example.com\nDisposition: automatic-action/MDN-sent-automatically; deleted";
    assert_reads(dovecot, Category::MailboxFull, Outcome::Permanent);
    assert_eq!(software_of(dovecot).as_deref(), Some("dovecot"));
}

/// Refusals that a regional server or a provider explains in its own words.
#[test]
fn regional_refusals_read_from_their_words() {
    // osandum/bounce-parser exim-failure-sample.eml: mailme.dk's SA-Exim judged the message spam (LABELS §1 Q1).
    assert_reads(
        "This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n  lasse_jeppesen@mailme.dk\n    (sa) Message rejected by abuse@mailme.dk\n    (sa) User profile spam level exceeded",
        Category::SpamContent,
        Outcome::Permanent,
    );

    // crisp-oss/email-bounce-parser test/fixtures/554_5_2_3_policy_violation.txt: Zoho's EU MX by policy.
    let zoho = "<support@databit.ch>: host mx.zoho.eu[158.203.221.166] said: 554 5.2.3\n    MailPolicy violation Error delivering to mailboxes (in reply to end of DATA\n    command)";
    assert_reads(zoho, Category::PolicyRejected, Outcome::Permanent);
    assert_eq!(provider_of(zoho).as_deref(), Some("zoho"));

    // crisp-oss/email-bounce-parser test/fixtures/554_5_7_105_sender_blocked.txt: OVH's MX Plan server
    // refused the sender address on the recipient's blocked-senders list (LABELS §1 Q5, §4).
    let ovh = "<mag@aeolia.com>: host mxplan3.mail.ovh.net[49.32.197.262]\n    said: 554 5.7.105 SenderFilterAgent; Sender denied as sender's email\n    address is on SenderFilterConfig list (in reply to end of DATA command)";
    assert_reads(ovh, Category::SenderRejected, Outcome::Permanent);
    assert_eq!(provider_of(ovh).as_deref(), Some("ovh"));

    // jaredmauch/mailman2-python3 tests/bounces/simple_27.txt: MDaemon at a Paraguayan ISP.
    assert_reads(
        "userx@example.net.py - no such user here.\n\nThere is no user by that name at this server.",
        Category::MailboxUnknown,
        Outcome::Permanent,
    );
}

/// Give-ups: a host never reached, a queue period run out, a loop.
#[test]
fn give_ups_of_regional_servers() {
    // osandum/bounce-parser skylinemail_dk.eml: IceWarp gave up connecting (LABELS §2 Q1, §3: final notice).
    assert_reads(
        "The original message was received at Mon, 18 May 2015 15:48:42 +0200\n\n  ----- The following addresses had permanent fatal errors -----\n<lindoe@elromail.dk>\n\n  ----- Transcript of session follows -----\n554 could not connect and send the mail to 194.150.115.84\n\nAction: failed\nRemote-MTA: DNS; 194.150.115.84",
        Category::NetworkError,
        Outcome::Permanent,
    );

    // jaredmauch/mailman2-python3 tests/bounces/netscape_01.txt: Netscape Messaging Server's queue period ran out.
    assert_reads(
        "Your message was not delivered because the destination computer was\nnot reachable within the allowed queue period.  The amount of time\na message is queued before it is returned depends on local configura-\ntion parameters.\n\nYour message was not delivered within 2 days.\nHost corel.com is not responding.",
        Category::Expired,
        Outcome::Permanent,
    );

    // jaredmauch/mailman2-python3 tests/bounces/simple_18.txt: LSMTP relays the next server's loop refusal.
    assert_reads(
        "Error-for:  userx@example.com\nError-Code: 0\nError-Text: Mailer mail.kesslersupply.com said:\n            \"554 Message looping (received 6 times)\"",
        Category::RoutingLoop,
        Outcome::Permanent,
    );

    // crisp-oss/email-bounce-parser test/fixtures/550_5_4_310_server_unknown.txt: Exchange Online, no such domain.
    let ms = "Delivery has failed to these recipients or groups:\n\ntest@yaloc.moc (test@yaloc.moc)\nYour message couldn't be delivered. The Domain Name System (DNS) reported that the recipient's domain does not exist.\n\nDiagnostic information for administrators:\n\nGenerating server: REZSP40BP8110.apcprd04.prod.outlook.com\n\ntest@yaloc.moc\nRemote server returned '550 5.4.310 DNS domain yaloc.moc does not exist [Message=InfoDomainNonexistent] [LastAttemptedServerName=yaloc.moc] [BM3PCA10RH0014.eop-APC01.prod.protection.outlook.com 2023-01-01T00:00:00.000Z 80EPF029F0GK28P8]'";
    assert_reads(ms, Category::DomainUnknown, Outcome::Permanent);
    assert_eq!(provider_of(ms).as_deref(), Some("microsoft"));
}

/// No notice of this round that tells a failure reads as a success.
#[test]
fn no_failure_of_the_round_reads_as_success() {
    assert_no_failure_reads_as_success(include_str!("corpus/dev-fr13-s19.jsonl"));
}
