//! Reply codes as validated types: the three-digit basic code of RFC 5321 §4.2 and the
//! `class.subject.detail` enhanced status code of RFC 3463 §2.

use std::fmt;

use crate::util::Decimal;

/// First digit of a basic reply code (RFC 5321 §4.2.1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Severity {
    /// 2yz: the requested action was completed.
    PositiveCompletion,
    /// 3yz: accepted so far, the server waits for more (354, 334).
    PositiveIntermediate,
    /// 4yz: failed for now; the same command may work later.
    TransientNegative,
    /// 5yz: failed; repeating the same command will fail again.
    PermanentNegative,
}

/// A basic SMTP reply code: three digits, the first 2–5 (RFC 5321 §4.2). RFC 5321 also
/// limits the second digit to 0–5; servers that send `571` or `591` break that rule, so such
/// codes are kept and reported by [`BasicCode::is_standard`] rather than dropped.
///
/// Built only through [`BasicCode::new`] or [`BasicCode::parse`]; whether the code is
/// *registered* is a dictionary question.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct BasicCode(u16);

impl BasicCode {
    /// Validates a number as a basic reply code (`const`, so that tables can hold codes).
    #[allow(clippy::manual_range_contains)] // `contains` is not `const`
    pub const fn new(value: u16) -> Option<Self> {
        if value >= 200 && value <= 599 {
            Some(Self(value))
        } else {
            None
        }
    }

    /// The second digit is one RFC 5321 defines (0–5).
    pub fn is_standard(self) -> bool {
        (self.0 / 10) % 10 <= 5
    }

    /// Parses exactly three ASCII digits.
    pub fn parse(text: &str) -> Option<Self> {
        let b = text.as_bytes();
        if b.len() != 3 || !b.iter().all(u8::is_ascii_digit) {
            return None;
        }
        Self::new(text.parse().ok()?)
    }

    /// The number, e.g. `550`.
    pub fn value(self) -> u16 {
        self.0
    }

    /// Meaning of the first digit.
    pub fn severity(self) -> Severity {
        match self.0 / 100 {
            2 => Severity::PositiveCompletion,
            3 => Severity::PositiveIntermediate,
            4 => Severity::TransientNegative,
            _ => Severity::PermanentNegative,
        }
    }

    /// 4yz: the failure may go away.
    pub fn is_transient(self) -> bool {
        self.severity() == Severity::TransientNegative
    }
}

impl fmt::Display for BasicCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(Decimal::new(self.0.into()).as_str())
    }
}

/// Class digit of an enhanced status code (RFC 3463 §3.1).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Class {
    /// 2.X.X Success.
    Success,
    /// 4.X.X Persistent transient failure.
    PersistentTransientFailure,
    /// 5.X.X Permanent failure.
    PermanentFailure,
}

/// Subject digit of an enhanced status code (RFC 3463 §3.2 – §3.9).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Subject {
    /// X.0.X Other or undefined status.
    Other,
    /// X.1.X Addressing status.
    Addressing,
    /// X.2.X Mailbox status.
    Mailbox,
    /// X.3.X Mail system status.
    MailSystem,
    /// X.4.X Network and routing status.
    NetworkRouting,
    /// X.5.X Mail delivery protocol status.
    Protocol,
    /// X.6.X Message content or media status.
    Content,
    /// X.7.X Security or policy status.
    SecurityPolicy,
}

/// An enhanced status code `class.subject.detail` (RFC 3463 §2).
///
/// The parser accepts any class digit so that an invalid code such as `6.6.0` can be
/// shown and flagged instead of dropped; [`EnhancedCode::class`] is `None` for those.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct EnhancedCode {
    class: u8,
    subject: u16,
    detail: u16,
}

impl EnhancedCode {
    /// Builds a code from its parts: class is one digit, subject and detail at most three
    /// digits each (RFC 3463 §2). `const`, so that tables can hold codes.
    pub const fn new(class: u8, subject: u16, detail: u16) -> Option<Self> {
        if class <= 9 && subject <= 999 && detail <= 999 {
            Some(Self { class, subject, detail })
        } else {
            None
        }
    }

    /// The registry's way to write a code for every class: `X.7.26`.
    pub fn any_class(subject: u16, detail: u16) -> Option<Self> {
        (subject <= 999 && detail <= 999).then_some(Self { class: Self::ANY_CLASS, subject, detail })
    }

    /// The class value of an `X.y.z` code.
    const ANY_CLASS: u8 = 10;

    /// Whether the code is written with an `X` class (`X.7.26`), as registries list them.
    pub fn is_any_class(self) -> bool {
        self.class == Self::ANY_CLASS
    }

    /// Parses `d.ddd.ddd` or `X.ddd.ddd` exactly (no surrounding text).
    pub fn parse(text: &str) -> Option<Self> {
        if let Some(rest) = text.strip_prefix(['X', 'x']) {
            let code = Self::parse(&format!("2{rest}"))?;
            return Self::any_class(code.subject, code.detail);
        }
        // The class is one byte before the first dot: most dotted numbers (addresses, dates,
        // versions) are told apart here, before the text is split.
        if text.as_bytes().get(1) != Some(&b'.') {
            return None;
        }
        let mut parts = text.split('.');
        let class = parts.next()?;
        let subject = parts.next()?;
        let detail = parts.next()?;
        if parts.next().is_some() || class.len() != 1 {
            return None;
        }
        let digits = |s: &str| {
            (!s.is_empty() && s.len() <= 3 && s.bytes().all(|b| b.is_ascii_digit())).then(|| s.parse::<u16>().ok()).flatten()
        };
        Self::new(digits(class)? as u8, digits(subject)?, digits(detail)?)
    }

    /// The class digit as written (may be invalid).
    pub fn class_digit(self) -> u8 {
        self.class
    }

    /// The subject number.
    pub fn subject_number(self) -> u16 {
        self.subject
    }

    /// The detail number.
    pub fn detail(self) -> u16 {
        self.detail
    }

    /// The class, or `None` when the class digit is not 2, 4 or 5.
    pub fn class(self) -> Option<Class> {
        match self.class {
            2 => Some(Class::Success),
            4 => Some(Class::PersistentTransientFailure),
            5 => Some(Class::PermanentFailure),
            _ => None,
        }
    }

    /// The subject, or `None` when the subject is above 7.
    pub fn subject(self) -> Option<Subject> {
        Some(match self.subject {
            0 => Subject::Other,
            1 => Subject::Addressing,
            2 => Subject::Mailbox,
            3 => Subject::MailSystem,
            4 => Subject::NetworkRouting,
            5 => Subject::Protocol,
            6 => Subject::Content,
            7 => Subject::SecurityPolicy,
            _ => return None,
        })
    }

    /// Class (2, 4, 5 or the registry's X) and subject are both defined by RFC 3463.
    pub fn is_valid(self) -> bool {
        (self.class().is_some() || self.is_any_class()) && self.subject().is_some()
    }

    /// The same code written with an `X` class, as the registry lists it: `X.1.1`.
    pub fn registry_key(self) -> String {
        let (subject, detail) = (Decimal::new(self.subject.into()), Decimal::new(self.detail.into()));
        ["X.", subject.as_str(), ".", detail.as_str()].concat()
    }
}

/// Written piece by piece (no format string to read: explanations write a few codes each, and
/// the formatting machinery is slow in the WebAssembly build, made for size).
impl fmt::Display for EnhancedCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let class = Decimal::new(self.class.into());
        f.write_str(if self.is_any_class() { "X" } else { class.as_str() })?;
        for number in [self.subject, self.detail] {
            f.write_str(".")?;
            f.write_str(Decimal::new(number.into()).as_str())?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn basic_codes_validate_their_digits() {
        assert!(BasicCode::new(550).is_some());
        assert!(BasicCode::new(421).unwrap().is_transient());
        assert_eq!(BasicCode::new(554).map(BasicCode::severity), Some(Severity::PermanentNegative));
        for bad in [0, 99, 199, 600, 161, 1000] {
            assert_eq!(BasicCode::new(bad), None, "{bad}");
        }
        assert!(!BasicCode::new(571).unwrap().is_standard());
        assert!(BasicCode::new(550).unwrap().is_standard());
        assert_eq!(BasicCode::parse("250").map(BasicCode::value), Some(250));
        assert_eq!(BasicCode::parse("25"), None);
        assert_eq!(BasicCode::parse("+50"), None);
    }

    #[test]
    fn enhanced_codes_parse_and_flag_invalid_parts() {
        let c = EnhancedCode::parse("5.7.606").unwrap();
        assert_eq!(c.to_string(), "5.7.606");
        assert_eq!(c.registry_key(), "X.7.606");
        assert!(c.is_valid());
        let bad = EnhancedCode::parse("6.6.0").unwrap();
        assert!(!bad.is_valid());
        assert_eq!(bad.class(), None);
        assert!(!EnhancedCode::parse("4.16.1").unwrap().is_valid());
        let any = EnhancedCode::parse("X.7.26").unwrap();
        assert!(any.is_any_class() && any.is_valid() && any.class().is_none());
        assert_eq!(any.to_string(), "X.7.26");
        for text in ["5.1", "5.1.1.1", "55.1.1", "5..1", "5.1.1234", "a.b.c", ""] {
            assert_eq!(EnhancedCode::parse(text), None, "{text}");
        }
    }
}
