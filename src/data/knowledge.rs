//! The knowledge pack: table rows kept as tab-separated data files (`knowledge/*.tsv`) rather
//! than compiled Rust, because the WebAssembly build does not carry them. Native builds compile
//! the files in; the WebAssembly build starts without them and reads them from
//! `packs/knowledge.txt` (written by `npm run build`) once the first card is drawn. The pack
//! holds the client and library messages in their other languages, and wording of notices in
//! other languages.
//!
//! A pack is the files' rows, one per line, each led by its table's (file's) name:
//! - `clients<TAB>pattern<TAB>client id<TAB>category<TAB>basic code<TAB>stage[<TAB>source]`
//! - `markers<TAB>pattern<TAB>provider id<TAB>strength[<TAB>source]` (see `providers/mod.rs`)
//! - `outcomes<TAB>pattern<TAB>outcome id, or `error` for a program's word for an error[<TAB>source]`
//! - `phrases<TAB>pattern<TAB>category<TAB>strength<TAB>language<TAB>code[<TAB>source]`
//! - `software<TAB>pattern<TAB>program id[<TAB>source]` (words that name a mail program)
//!
//! Comment (`#`) and blank lines are skipped.

use super::{ClientError, Lang, OutcomePhrase, PhraseRule, Provenance, Provider, ProviderMarker, RuleCode, SoftwareMarker, Strength};
use crate::code::{BasicCode, EnhancedCode};
use crate::taxonomy::{Category, Outcome, Stage};

/// The rows of a pack.
#[derive(Debug, Default)]
pub struct Knowledge {
    /// Client and library messages (read after the English ones of `clients.rs`).
    pub clients: Vec<ClientError>,
    /// Phrases (read after those of `phrases.rs`).
    pub phrases: Vec<PhraseRule>,
    /// Words that tell the outcome (read after those of `outcomes.rs`).
    pub outcomes: Vec<OutcomePhrase>,
    /// Provider markers (read after those of the provider files).
    pub markers: Vec<(&'static Provider, ProviderMarker)>,
    /// Words that name a mail program (read after those of `software.rs`).
    pub software: Vec<SoftwareMarker>,
}

/// Why a pack line was not read.
#[derive(Debug, PartialEq, Eq)]
pub struct BadLine {
    /// 1-based line number.
    pub line: usize,
    /// What is wrong.
    pub problem: &'static str,
}

impl std::fmt::Display for BadLine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "line {}: {}", self.line, self.problem)
    }
}

/// Reads a pack (or a data file, whose rows name no table: `table` is given). Stops at the
/// first line that does not read.
pub fn parse(text: &'static str, table: Option<&str>) -> Result<Knowledge, BadLine> {
    let mut knowledge = Knowledge::default();
    for (n, line) in text.lines().enumerate() {
        let line = line.strip_suffix('\r').unwrap_or(line);
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let bad = |problem| BadLine { line: n + 1, problem };
        let mut fields = line.split('\t');
        let name = match table {
            Some(name) => name,
            None => fields.next().unwrap_or(""),
        };
        match name {
            "clients" => knowledge.clients.push(client_row(&mut fields).ok_or_else(|| bad("not a client row"))?),
            "phrases" => knowledge.phrases.push(phrase_row(&mut fields).ok_or_else(|| bad("not a phrase row"))?),
            "outcomes" => knowledge.outcomes.push(outcome_row(&mut fields).ok_or_else(|| bad("not an outcome row"))?),
            "markers" => knowledge.markers.push(marker_row(&mut fields).ok_or_else(|| bad("not a marker row"))?),
            "software" => knowledge.software.push(software_row(&mut fields).ok_or_else(|| bad("not a software row"))?),
            _ => return Err(bad("unknown table")),
        }
    }
    Ok(knowledge)
}

/// `pattern, client, category, basic, stage[, source]`.
fn client_row(fields: &mut impl Iterator<Item = &'static str>) -> Option<ClientError> {
    let pattern = fields.next().filter(|p| !p.is_empty())?;
    let client = fields.next().filter(|c| !c.is_empty())?;
    let category = Category::from_id(fields.next()?)?;
    let basic = match fields.next()? {
        "" => None,
        code => Some(code.parse::<u16>().ok().filter(|c| (200..600).contains(c))?),
    };
    let stage = match fields.next()? {
        "" => None,
        id => Some(Stage::from_id(id)?),
    };
    let source = fields.next().unwrap_or("");
    if fields.next().is_some() {
        return None;
    }
    Some(ClientError { pattern, client, category, basic, stage, source: provenance(source) })
}

/// `pattern, category, strength, language, code[, source]` (the source is not kept: phrase
/// rows do not carry one in memory, the data file does).
fn phrase_row(fields: &mut impl Iterator<Item = &'static str>) -> Option<PhraseRule> {
    let pattern = fields.next().filter(|p| !p.is_empty())?;
    let category = Category::from_id(fields.next()?)?;
    let strength = strength(fields.next()?)?;
    let lang = fields.next().filter(|l| l.len() == 2 && l.bytes().all(|b| b.is_ascii_lowercase()))?;
    let code = match fields.next()? {
        "" => RuleCode::Any,
        text if text.contains('.') => RuleCode::Enhanced(EnhancedCode::parse(text)?),
        text => RuleCode::Basic(BasicCode::parse(text)?),
    };
    let _source = fields.next();
    if fields.next().is_some() {
        return None;
    }
    Some(PhraseRule { pattern, category, strength, lang: Lang::new(lang), code })
}

/// A strength column: `strong`, `medium` or `weak`.
fn strength(id: &str) -> Option<Strength> {
    match id {
        "strong" => Some(Strength::Strong),
        "medium" => Some(Strength::Medium),
        "weak" => Some(Strength::Weak),
        _ => None,
    }
}

/// `pattern, outcome[, source]`.
fn outcome_row(fields: &mut impl Iterator<Item = &'static str>) -> Option<OutcomePhrase> {
    let pattern = fields.next().filter(|p| !p.is_empty())?;
    let (outcome, error_word) = match fields.next()? {
        "error" => (Outcome::Unknown, true),
        id => (Outcome::from_id(id)?, false),
    };
    let _source = fields.next();
    fields.next().is_none().then_some(OutcomePhrase { pattern, outcome, error_word })
}

/// `pattern, provider, strength[, source]`.
fn marker_row(fields: &mut impl Iterator<Item = &'static str>) -> Option<(&'static Provider, ProviderMarker)> {
    let pattern = fields.next().filter(|p| !p.is_empty())?;
    let provider = super::providers::provider(fields.next()?)?;
    let strength = strength(fields.next()?)?;
    let _source = fields.next();
    fields.next().is_none().then_some((provider, ProviderMarker { pattern, strength, software_only: false }))
}

/// `pattern, program[, source]`.
fn software_row(fields: &mut impl Iterator<Item = &'static str>) -> Option<SoftwareMarker> {
    let pattern = fields.next().filter(|p| !p.is_empty())?;
    let software = super::software::by_id(fields.next()?)?.id;
    let source = fields.next().unwrap_or("");
    fields.next().is_none().then_some(SoftwareMarker { pattern, software, source: provenance(source) })
}

#[cfg(not(target_arch = "wasm32"))]
fn provenance(source: &'static str) -> Provenance {
    source
}

#[cfg(target_arch = "wasm32")]
fn provenance(_: &'static str) -> Provenance {
    super::Provenance
}

/// The loaded pack's rows, or none yet.
static LOADED: std::sync::OnceLock<Knowledge> = std::sync::OnceLock::new();

/// The knowledge rows in force: natively, the data files (read on first use).
#[cfg(not(target_arch = "wasm32"))]
fn knowledge() -> &'static Knowledge {
    LOADED.get_or_init(|| {
        let clients = parse(include_str!("knowledge/clients.tsv"), Some("clients")).expect("knowledge/clients.tsv reads");
        let phrases = parse(include_str!("knowledge/phrases.tsv"), Some("phrases")).expect("knowledge/phrases.tsv reads");
        let outcomes = parse(include_str!("knowledge/outcomes.tsv"), Some("outcomes")).expect("knowledge/outcomes.tsv reads");
        let markers = parse(include_str!("knowledge/markers.tsv"), Some("markers")).expect("knowledge/markers.tsv reads");
        let software = parse(include_str!("knowledge/software.tsv"), Some("software")).expect("knowledge/software.tsv reads");
        Knowledge {
            clients: clients.clients,
            phrases: phrases.phrases,
            outcomes: outcomes.outcomes,
            markers: markers.markers,
            software: software.software,
        }
    })
}

/// The knowledge rows in force: in the WebAssembly build, those of the loaded pack, if any.
#[cfg(target_arch = "wasm32")]
fn knowledge() -> &'static Knowledge {
    static NONE: Knowledge =
        Knowledge { clients: Vec::new(), phrases: Vec::new(), outcomes: Vec::new(), markers: Vec::new(), software: Vec::new() };
    LOADED.get().unwrap_or(&NONE)
}

/// The client rows of the knowledge in force.
pub fn clients() -> &'static [ClientError] {
    &knowledge().clients
}

/// The phrase rows of the knowledge in force.
pub fn phrases() -> &'static [PhraseRule] {
    &knowledge().phrases
}

/// The outcome rows of the knowledge in force.
pub fn outcomes() -> &'static [OutcomePhrase] {
    &knowledge().outcomes
}

/// The provider markers of the knowledge in force.
pub fn markers() -> &'static [(&'static Provider, ProviderMarker)] {
    &knowledge().markers
}

/// The program markers of the knowledge in force.
pub fn software() -> &'static [SoftwareMarker] {
    &knowledge().software
}

/// How many rows are in force: the matcher builds its automaton again when this changes.
#[cfg(target_arch = "wasm32")]
pub fn rows() -> usize {
    knowledge().count()
}

#[cfg(target_arch = "wasm32")]
impl Knowledge {
    fn count(&self) -> usize {
        self.clients.len() + self.phrases.len() + self.outcomes.len() + self.markers.len() + self.software.len()
    }
}

/// Loads a pack (the WebAssembly build: natively the files are built in). A second pack is
/// ignored: the rows are the same. Returns the number of rows read. The rows count from the
/// next explanation on (the matcher builds its automaton again).
#[cfg(target_arch = "wasm32")]
pub fn load(text: String) -> Result<usize, BadLine> {
    if LOADED.get().is_some() {
        return Ok(0);
    }
    let text: &'static str = Box::leak(text.into_boxed_str());
    let knowledge = parse(text, None)?;
    let count = knowledge.count();
    let _ = LOADED.set(knowledge);
    Ok(count)
}

#[cfg(test)]
mod tests {
    use super::*;

    const CLIENTS: &str = include_str!("knowledge/clients.tsv");
    const PHRASES: &str = include_str!("knowledge/phrases.tsv");
    const OUTCOMES: &str = include_str!("knowledge/outcomes.tsv");
    const MARKERS: &str = include_str!("knowledge/markers.tsv");
    const SOFTWARE: &str = include_str!("knowledge/software.tsv");

    #[test]
    fn the_data_files_read_and_every_row_names_its_source() {
        let rows = parse(CLIENTS, Some("clients")).unwrap().clients;
        assert!(rows.len() > 1000, "{} client rows", rows.len());
        assert!(rows.iter().all(|r| !r.source.is_empty()));
        assert_eq!(clients().len(), rows.len());
        let phrases = parse(PHRASES, Some("phrases")).unwrap().phrases;
        assert!(phrases.len() >= 50, "{} phrase rows", phrases.len());
        assert_eq!(self::phrases().len(), phrases.len());
        for line in PHRASES.lines().filter(|l| !l.is_empty() && !l.starts_with('#')) {
            assert!(line.split('\t').nth(5).is_some_and(|s| s.starts_with("http")), "no source: {line}");
        }
        assert_eq!(outcomes().len(), parse(OUTCOMES, Some("outcomes")).unwrap().outcomes.len());
        assert_eq!(markers().len(), parse(MARKERS, Some("markers")).unwrap().markers.len());
        assert_eq!(software().len(), parse(SOFTWARE, Some("software")).unwrap().software.len());
        for (file, source_field) in [(OUTCOMES, 2), (MARKERS, 3), (SOFTWARE, 2)] {
            for line in file.lines().filter(|l| !l.is_empty() && !l.starts_with('#')) {
                assert!(line.split('\t').nth(source_field).is_some_and(|s| s.starts_with("http")), "no source: {line}");
            }
        }
    }

    /// The pack `npm run build` writes: each row led by its file's name, the source left out.
    #[test]
    fn a_pack_reads_to_the_rows_of_the_data_files() {
        let pack_of = |table: &str, file: &str| -> String {
            file.lines()
                .filter(|l| !l.is_empty() && !l.starts_with('#'))
                .map(|l| format!("{table}\t{}\n", l.rsplit_once('\t').unwrap().0))
                .collect()
        };
        let pack = pack_of("clients", CLIENTS) + &pack_of("markers", MARKERS) + &pack_of("outcomes", OUTCOMES)
            + &pack_of("phrases", PHRASES)
            + &pack_of("software", SOFTWARE);
        let from_pack = parse(Box::leak(pack.into_boxed_str()), None).unwrap();
        assert_eq!(format!("{:?}", from_pack.outcomes), format!("{:?}", outcomes()));
        assert_eq!(format!("{:?}", from_pack.markers), format!("{:?}", markers()));
        let program = |m: &SoftwareMarker| (m.pattern, m.software);
        assert_eq!(from_pack.software.iter().map(program).collect::<Vec<_>>(), software().iter().map(program).collect::<Vec<_>>());
        let clients = parse(CLIENTS, Some("clients")).unwrap().clients;
        let phrases = parse(PHRASES, Some("phrases")).unwrap().phrases;
        let without_source = |r: &ClientError| (r.pattern, r.client, r.category, r.basic, r.stage);
        assert_eq!(from_pack.clients.iter().map(without_source).collect::<Vec<_>>(), clients.iter().map(without_source).collect::<Vec<_>>());
        assert_eq!(format!("{:?}", from_pack.phrases), format!("{phrases:?}"));
    }

    #[test]
    fn bad_lines_are_refused_with_their_number() {
        let bad = |text: &'static str| parse(text, None).unwrap_err();
        assert_eq!(bad("# c\nrows\tx\tphpmailer\tunknown\t\t").line, 2);
        assert_eq!(bad("clients\tx\tphpmailer\tno_such_category\t\t").problem, "not a client row");
        assert_eq!(bad("clients\tx\tphpmailer\tauth_failed\t999\t").problem, "not a client row");
        assert_eq!(bad("clients\tx\tphpmailer\tauth_failed\t\tno_stage").problem, "not a client row");
        assert_eq!(bad("clients\t\tphpmailer\tauth_failed\t\t").problem, "not a client row");
        assert_eq!(bad("clients\tx\tphpmailer\tauth_failed\t\t\tsource\textra").problem, "not a client row");
        assert_eq!(bad("phrases\tx\tmailbox_full\tvery\tde\t").problem, "not a phrase row");
        assert_eq!(bad("phrases\tx\tmailbox_full\tstrong\tdeu\t").problem, "not a phrase row");
        assert_eq!(bad("phrases\tx\tmailbox_full\tstrong\tde\t5.2").problem, "not a phrase row");
        let phrase = &parse("phrases\tpostfach voll\tmailbox_full\tstrong\tde\t552", None).unwrap().phrases[0];
        assert_eq!((phrase.pattern, phrase.category, phrase.lang.as_str()), ("postfach voll", Category::MailboxFull, "de"));
        assert!(matches!(phrase.code, RuleCode::Basic(_)));
        assert_eq!(bad("outcomes\tx\tsoon").problem, "not an outcome row");
        assert_eq!(bad("markers\tx\tno_such_provider\tstrong").problem, "not a marker row");
        assert_eq!(bad("markers\tx\tgoogle\tvery").problem, "not a marker row");
        assert_eq!(bad("software\tx\tno_such_program").problem, "not a software row");
        assert_eq!(parse("software\tmdaemon\tmdaemon", None).unwrap().software[0].software, "mdaemon");
        let read = parse("outcomes\tzugestellt\tsuccess\noutcomes\tfout\terror\nmarkers\tgsmtp\tgoogle\tstrong", None).unwrap();
        assert_eq!((read.outcomes[0].outcome, read.outcomes[0].error_word), (crate::Outcome::Success, false));
        assert_eq!((read.outcomes[1].outcome, read.outcomes[1].error_word), (crate::Outcome::Unknown, true));
        assert_eq!((read.markers[0].0.id, read.markers[0].1.strength), ("google", Strength::Strong));
        let ok = parse("clients\tsmtp-fehler: x\tphpmailer\tauth_failed\t535\tauth\r\n", None).unwrap().clients;
        assert_eq!((ok[0].pattern, ok[0].basic, ok[0].stage), ("smtp-fehler: x", Some(535), Some(Stage::Auth)));
    }
}
