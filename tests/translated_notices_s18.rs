//! Whole bounce notices and errors in languages the pack covered thinly (round nl, session 18,
//! src/data/knowledge/*.tsv): MailScanner's reports to the sender as it ships them translated
//! (https://github.com/MailScanner/v5/tree/76589ee4b82cb24e9aeceafe798b99536ce33178/common/usr/share/MailScanner/reports,
//! one folder per language), Gmail's Italian and Turkish notices and sending-limit errors, and
//! IONOS's sending-limit reply. Each text is quoted from the file or page named beside it (the
//! templates keep their `$to`/`$date` placeholders); the expected values are read from those
//! sources and tests/corpus/LABELS.md, never from the tool's output.

use smtp_explain::{Category, Outcome};

#[path = "support/expect.rs"]
mod expect;
use expect::*;

/// MailScanner's RBL report: the sending server is on a public blacklist. The subject and the
/// opening call the mail spam, but a named public list decides (LABELS.md §1 Q2, "Two cues").
#[test]
fn mailscanner_public_blacklist_reports_are_blocklistings_in_every_language() {
    let texts = [
        // reports/it/sender.spam.rbl.report.txt
        "Subject: {Bounce} respinta e-mail commerciale non richiesta\n\nIl sistema di controllo sulle email commerciali e' stato sollecitato dalla seguente email:-\n  To: $to\n  Subject: $subject\n  Date: $date\nIl messaggio e' stato distrutto. Le motivazioni relative sono le seguenti:\n$spamreport.\n\nIl server che ha spedito il messaggio e' presente in liste pubbliche di sistemi mal configurati o fortemente sospettati di essere sorgente di spam-email.",
        // reports/pt_br/sender.spam.rbl.report.txt
        "Subject: {Bounce} Aviso: Rejeição de SPAM\n\nNosso sistema de detecção de SPAM  foi acionado ao analisar uma mensagem que\nvocê enviou:-\n  To: $to\n  Subject: $subject\n  Date: $date\nA mensagem foi destruida. O parametro que acionou esta regra foi:-\n$spamreport\n\nO servidor que está enviando esta mensagem está relacionado em uma lista-negra\nde sistemas de e-mail mal configurados ou \"abertos\" a prática de spam.",
        // reports/cz/sender.spam.rbl.report.txt
        "Subject: {Bounce} Nevyzadana komercni posta - odmitnuta\n\nNas detektor UCE (spam-u) byl spusten zpravou, kterou posilate:-\n  Komu: $to\n  Predmet: $subject\n  Datum: $date\n\nTato zprava byla vymazana. Detektory, ktere byly spusteny jsou\n$spamreport.\n\nPostovni server, ktery nam poslal zpravu je veden na verejnem cernem seznamu\npodezrelych postovnich systemu(spatne nakonfigurovanych nebo zneuzivanych).",
        // reports/nl/sender.spam.rbl.report.txt
        "Subject: {Bounce} Ongewenste (commerciele) e-mail geweigerd\n\nOnze spamdetector reageerde op een bericht dat u heeft verzonden:\n  To: $to\n  Subject: $subject\n  Date: $date\nHet bericht is vernietigd. De punten waarop onze detector reageerde was\n$spamreport.\n\nDe server die het bericht op onze machine afleverde is opgenomen in een\nopenbare zwarte lijst, slecht geconfigueerd of misbruikt.",
        // reports/se/sender.spam.rbl.report.txt
        "Subject: {Bounce} Skräppost stoppad\n\nVårt SPAM-skydd har stoppat ett meddelande ni skickat.\n  Till: $to\n  Datum: $date\nMeddelandet har tagits bort. Följande rapport genererades:\n$spamreport.\n\nMeddelandet mottogs från en server som är svartlistad(RBL) som\ndåligt konfigurerad eller missbrukas för skräppost(SPAM).",
        // reports/ro/sender.spam.rbl.report.txt (its Romanian half)
        "Unul dintre mesajele trimise de dumneavoastra la\n\nadresa:\t\t\t$to\ndata:\t\t\t$date\navand subiectul:        $subject\n\na fost considerat spam si a fost sters. Mesajul nu va ajunge la destinatar.\n\nServerul de pe care ati trimis mesajul apare listat in cel putin unul din\nserverele anti-spam publice.",
    ];
    assert_all_read(&texts, Category::SenderBlocklisted, Outcome::Permanent);
    for text in texts {
        assert_eq!(software_of(text).as_deref(), Some("mailscanner"), "{text}");
    }
}

/// MailScanner's file-name report: an attachment is on the site's list of unacceptable
/// attachments. Its subject says "virus"; the body names the file-type ban.
#[test]
fn mailscanner_banned_attachment_reports_are_attachment_blocks() {
    assert_all_read(
        &[
            // reports/it/sender.filename.report.txt
            "Subject: Attenzione: rilevata E-mail infetta\n\nIl sistema antivirus ha rilevato una infezione nel messaggio:-\n  To: $to\n  Subject: $subject\n  Date: $date\n\nUno o piu' allegati risultano non accettabili da questo sito e non sono stati consegnati al destinatario.",
            // reports/sk/sender.filename.report.txt
            "Subject: Upozornenie: zisteny virus/nepovolena priloha\n\nDetektor virusov spusteny spravou, ktoru ste zaslali:-\n  Komu: $to\n  Predmet: $subject\n  Datum: $date\n\nJedna alebo viacero priloh su na zozname nepovolenych priloh nasim\nsystemom a nebudu dorucene.",
            // reports/nl/sender.filename.report.txt
            "Subject: Waarschuwing: E-mail virussen gedetecteerd\n\nOnze virusscanner reageerde op een bericht dat u heeft verzonden:\n  To: $to\n  Subject: $subject\n  Date: $date\n\nMinimaal 1 van de bijlagen staat op de lijst met onaanvaardbare bijlagen\nzoals die voor onze site is vastgelegd. De bijlage is niet afgeleverd bij\nde ontvanger.",
            // reports/se/sender.filename.report.txt
            "Subject: Varning, ej godkänd bilaga meddelandet\n\nVårt virusskydd har stoppat ett meddelande ni skickat:\n  Till: $to\n  Ämne: $subject\n  Datum: $date\n\nEn eller flera bilagor är inte av en typ som domänen godkänner\noch har blivit ersatt med den här varningstexten.",
            // reports/es/sender.filename.report.txt
            "Subject: Atención : Virus de e-mail detectado\n\nNuestro detector de virus ha sido activado por un mensaje enviado por Usted:\n  A: $to\n  Asunto: $subject\n  Fecha: $date\n\nUno o más de los anexos están en la lista de archivos no aceptados\npor este sitio y no serán entregados.",
        ],
        Category::AttachmentBlocked,
        Outcome::Permanent,
    );
}

/// MailScanner's SpamAssassin and virus reports stay what their words say (content verdict,
/// infected part), and name MailScanner.
#[test]
fn mailscanner_spam_and_virus_reports_keep_their_causes() {
    // reports/nl/sender.spam.sa.report.txt
    let spam = "Subject: {Bounce} Ongewenste (commerciele) e-mail geweigerd\n\nOnze spamdetector reageerde op een bericht dat u heeft verzonden:\n  To: $to\n  Subject: $subject\n  Date: $date\nHet bericht is vernietigd. Onze detector was SpamAssassin.\n\nDe inhoud van uw bericht bevat zeer duidelijke kenmerken die normaal\ngesproken alleen bij spam voorkomen. Vandaar dat het bericht is geweigerd.";
    assert_reads(spam, Category::SpamContent, Outcome::Permanent);
    assert_eq!(software_of(spam).as_deref(), Some("mailscanner"));
    // reports/hu/sender.spam.sa.report.txt
    let spam_hu = "Subject: {Bounce} Nem kivant uzenet visszautasitva\n\nAz SPAM (UCE) ellenorzonk SPAM gyanus levelet talalt:\n  Cimzett:  $to\n  Targy  :  $subject\n  Datum  :  $date\nAz uzenet torolve. A SPAM ellenorzo program: SpamAssassin.\n\nAz uzenete SPAM-nek minosul tartalma alapjan.";
    assert_reads(spam_hu, Category::SpamContent, Outcome::Permanent);
    assert_eq!(software_of(spam_hu).as_deref(), Some("mailscanner"));
    // reports/cz/sender.virus.report.txt
    let virus = "Subject: Upozorneni: Nalezen virus\n\nNas detektor viru byl spusten zpravou, kterou posilate:-\n  Komu: $to\n  Predmet: $subject\n  Datum: $date\n\nZadna infikovana cast zpravy nebude dorucena.\n\nTato zprava je upozornenim, ze vas system muze obsahovat virus a mel by byt prohledan.";
    assert_reads(virus, Category::VirusDetected, Outcome::Permanent);
    assert_eq!(software_of(virus).as_deref(), Some("mailscanner"));
}

/// Gmail's Italian and Turkish wording: its help pages quote what its notices and sending-limit
/// errors say.
#[test]
fn gmails_italian_and_turkish_notices() {
    // http://support.google.com/mail/bin/answer.py?hl=it&answer=82454
    let unknown = "L'account email che hai cercato di raggiungere non esiste";
    assert_eq!(category_of(unknown), Category::MailboxUnknown);
    assert_eq!(provider_of(unknown).as_deref(), Some("google"));
    // The same page: Gmail could not connect to the recipient's server (LABELS.md §3: no code, temporary).
    assert_reads("Il server del destinatario non ha accettato le nostre richieste", Category::NetworkError, Outcome::Temporary);
    // Gmail's Italian send-limit bounce, as https://ciksiti.com/it/chapters/17671-why-gmail-is-not-sending-my-email-messages quotes it.
    let limit = "Hai raggiunto un limite per l'invio di posta. Il tuo messaggio non è stato inviato.";
    assert_reads(limit, Category::RateLimited, Outcome::Temporary);
    assert_eq!(provider_of(limit).as_deref(), Some("google"));
    // https://support.google.com/a/answer/166852?authuser=7&hl=it
    assert_all_read(
        &["Hai raggiunto il limite di invio email.", "Hai raggiunto il limite di invio di Gmail."],
        Category::RateLimited,
        Outcome::Temporary,
    );
    assert_eq!(category_of("Hai superato il numero massimo di destinatari."), Category::TooManyRecipients);
    // https://support.google.com/a/answer/166852?authuser=5&hl=tr
    assert_eq!(category_of("E-posta gönderme sınırına ulaştınız."), Category::RateLimited);
    assert_eq!(category_of("Gmail'in gönderme sınırına ulaştınız."), Category::RateLimited);
    assert_eq!(category_of("Maksimum alıcı sayısını aştınız."), Category::TooManyRecipients);
    assert_eq!(provider_of("Maksimum alıcı sayısını aştınız.").as_deref(), Some("google"));
}

/// IONOS's reply when a mailbox passes its hourly sending limit
/// (https://www.ionos.it/aiuto/e-mail/temi-generali/quali-sono-le-restrizioni-sullinvio-di-e-mail-di-massa/):
/// the sender's own count (LABELS.md §2 Q3) beats the generic 450 line before it.
#[test]
fn ionos_send_limit_is_a_rate_limit() {
    assert_reads(
        "450-Requested mail action not taken: mailbox unavailable\n450 Mail send limit exceeded.",
        Category::RateLimited,
        Outcome::Temporary,
    );
}

/// iCloud's sending-limit alerts in Italian, as https://mac.iphoneitalia.com/?p=84327 quotes them:
/// the sender's own count, reset after a day (LABELS.md §2 Q3).
#[test]
fn iclouds_italian_sending_limit_alerts() {
    let iphone = "l’invio del messaggio non è riuscito perché hai superato il limite di invio";
    assert_reads(iphone, Category::RateLimited, Outcome::Temporary);
    assert_eq!(provider_of(iphone).as_deref(), Some("apple"));
    assert_eq!(software_of(iphone).as_deref(), Some("ios_mail"));
    assert_reads("hai superato il limite di invio giornaliero. Riprovare più tardi", Category::RateLimited, Outcome::Temporary);
}
