//! The stable vocabulary of an explanation: categories, who acts, retry advice, outcome,
//! SMTP stage and confidence. Ids are snake_case and never change once shipped.

use serde::Serialize;

/// Declares a string-backed enum: variant ↔ stable id, plus the list of all variants.
macro_rules! id_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $id:literal,)+ }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum $name {
            $($(#[$vmeta])* $variant,)+
        }

        // Serialized as its id; one string table serves `id()` and serde.
        impl Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.id())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let id = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
                $name::from_id(&id).ok_or_else(|| serde::de::Error::custom(format_args!("unknown {} `{}`", stringify!($name), id)))
            }
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant,)+];

            /// The stable snake_case id.
            pub fn id(self) -> &'static str {
                match self { $($name::$variant => $id,)+ }
            }

            /// Looks a value up by its id.
            pub fn from_id(id: &str) -> Option<Self> {
                match id { $($id => Some($name::$variant),)+ _ => None }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.id())
            }
        }
    };
}

id_enum! {
    /// What went wrong (or right), as a stable category id. See `src/data/categories.rs`
    /// for each category's defaults and crosswalks, and the catalog for its texts.
    Category {
        /// The message was accepted.
        Delivered => "delivered",
        /// The server accepted a step and waits for more (354, 334).
        Intermediate => "intermediate",
        /// The message arrived, and the recipient reported it as spam (an ARF feedback report,
        /// RFC 5965): not a delivery failure.
        Complaint => "complaint",
        /// The recipient address does not exist.
        MailboxUnknown => "mailbox_unknown",
        /// The mailbox exists but is disabled or suspended.
        MailboxDisabled => "mailbox_disabled",
        /// The recipient moved; the server names no forwarding address or tells the new one.
        MailboxMoved => "mailbox_moved",
        /// The recipient's mailbox is over its quota.
        MailboxFull => "mailbox_full",
        /// The mailbox is locked or busy right now.
        MailboxBusy => "mailbox_busy",
        /// The recipient's domain does not exist in DNS.
        DomainUnknown => "domain_unknown",
        /// The recipient's domain exists but does not take email (null MX, RFC 7505).
        DomainNoMail => "domain_no_mail",
        /// The message is larger than the server accepts.
        MessageTooLarge => "message_too_large",
        /// Too many recipients in one message.
        TooManyRecipients => "too_many_recipients",
        /// The sender sends too much or too fast.
        RateLimited => "rate_limited",
        /// A deliberate first-time deferral that clears on retry.
        Greylisted => "greylisted",
        /// The content was judged to be spam.
        SpamContent => "spam_content",
        /// A virus or malware was found.
        VirusDetected => "virus_detected",
        /// An attachment type or file is not allowed.
        AttachmentBlocked => "attachment_blocked",
        /// The content breaks a rule of the receiving organisation.
        ContentPolicy => "content_policy",
        /// The message is not well formed (headers, encoding, line length).
        MessageFormat => "message_format",
        /// The receiving provider blocks the sending IP address itself.
        SenderIpBlocked => "sender_ip_blocked",
        /// The sending IP or domain is on a public blocklist (DNSBL).
        SenderBlocklisted => "sender_blocklisted",
        /// The sender's reputation is too low.
        SenderReputation => "sender_reputation",
        /// The sender address or domain was refused.
        SenderRejected => "sender_rejected",
        /// SPF, DKIM, DMARC or ARC checks failed.
        SenderAuthentication => "sender_authentication",
        /// The sending IP has no valid reverse DNS (PTR) name.
        ReverseDns => "reverse_dns",
        /// The server requires a login before it sends mail.
        AuthRequired => "auth_required",
        /// The login was refused.
        AuthFailed => "auth_failed",
        /// The server requires an encrypted connection.
        TlsRequired => "tls_required",
        /// The encrypted connection could not be set up.
        TlsFailed => "tls_failed",
        /// The server will not pass mail on for this sender to this destination.
        RelayDenied => "relay_denied",
        /// A policy of the receiving side refused the message; the reason is not more specific.
        PolicyRejected => "policy_rejected",
        /// The sender's own provider has stopped the account from sending.
        SenderAccountBlocked => "sender_account_blocked",
        /// The receiving side is set up wrongly (for example its blocklist lookups fail).
        ReceiverMisconfigured => "receiver_misconfigured",
        /// The server is not available right now.
        ServerUnavailable => "server_unavailable",
        /// The server hit an internal error.
        ServerError => "server_error",
        /// The server is out of storage.
        ServerStorage => "server_storage",
        /// The client sent a command the server could not parse.
        ProtocolSyntax => "protocol_syntax",
        /// The client sent commands in the wrong order.
        ProtocolSequence => "protocol_sequence",
        /// The server does not support the command or parameter.
        NotImplemented => "not_implemented",
        /// The connection failed or the host could not be reached.
        NetworkError => "network_error",
        /// Delivery was tried for too long and given up.
        Expired => "expired",
        /// The message went in a loop between servers.
        RoutingLoop => "routing_loop",
        /// The sending service suppresses this address because of earlier bounces or complaints.
        Suppressed => "suppressed",
        /// Nothing more specific is known.
        Unknown => "unknown",
    }
}

id_enum! {
    /// Who has to do something next.
    WhoActs {
        /// Nobody: it worked, or it fixes itself.
        Nobody => "nobody",
        /// The person who sent the message.
        Sender => "sender",
        /// The administrator of the sending mail system.
        SenderAdmin => "sender_admin",
        /// The person the message was for.
        Recipient => "recipient",
        /// The administrator of the receiving mail system.
        RecipientAdmin => "recipient_admin",
        /// The mail program or library that talked to the server.
        ClientSoftware => "client_software",
    }
}

id_enum! {
    /// Whether and when sending again makes sense.
    Retry {
        /// The sending server retries on its own; nothing to do yet.
        Automatic => "automatic",
        /// Send again later, by hand.
        Later => "later",
        /// Send again only after fixing the cause.
        AfterFix => "after_fix",
        /// Sending again will not help.
        Never => "never",
    }
}

id_enum! {
    /// The result the reply stands for.
    Outcome {
        /// 2yz: done.
        Success => "success",
        /// 3yz: accepted so far, more input expected.
        Intermediate => "intermediate",
        /// 4yz or a delayed DSN: failed for now.
        Temporary => "temporary",
        /// 5yz or a failed DSN: failed for good.
        Permanent => "permanent",
        /// No code and no wording that tells.
        Unknown => "unknown",
    }
}

id_enum! {
    /// Where in the SMTP conversation the reply came.
    Stage {
        /// Opening the TCP connection.
        Connection => "connection",
        /// The server's greeting (220/421/554 banner).
        Greeting => "greeting",
        /// EHLO/HELO/LHLO.
        Helo => "helo",
        /// STARTTLS and the TLS handshake.
        Starttls => "starttls",
        /// AUTH.
        Auth => "auth",
        /// MAIL FROM.
        MailFrom => "mail_from",
        /// RCPT TO.
        RcptTo => "rcpt_to",
        /// The DATA or BDAT command itself.
        Data => "data",
        /// After the message body was sent (end of data).
        EndOfData => "end_of_data",
        /// After the message was accepted (a bounce sent later).
        AfterAcceptance => "after_acceptance",
        /// Still being retried (a delayed DSN).
        Delayed => "delayed",
    }
}

id_enum! {
    /// How sure the explanation is.
    Confidence {
        /// Code and wording agree, or a provider rule matched.
        High => "high",
        /// One signal only, or signals that disagree.
        Medium => "medium",
        /// A guess from a bare code or a weak phrase.
        Low => "low",
    }
}

id_enum! {
    /// Who the texts are written for.
    Audience {
        /// The person who sent the mail.
        User => "user",
        /// The mail administrator.
        Admin => "admin",
    }
}
