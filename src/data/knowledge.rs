//! The knowledge pack: table rows kept as tab-separated data files (`knowledge/*.tsv`) rather
//! than compiled Rust, because the WebAssembly build does not carry them. Native builds compile
//! the files in; the WebAssembly build starts without them and reads them from
//! `packs/knowledge.txt` (written by `npm run build`) once the first card is drawn. Today the
//! pack holds the client and library messages in their other languages.
//!
//! A pack is the files' rows, one per line, each led by its table's name:
//! `clients<TAB>pattern<TAB>client id<TAB>category<TAB>basic code<TAB>stage[<TAB>source]`.
//! Comment (`#`) and blank lines are skipped.

use super::{ClientError, Provenance};
use crate::taxonomy::{Category, Stage};

/// The rows of a pack.
#[derive(Debug, Default)]
pub struct Knowledge {
    /// Client and library messages (read after the English ones of `clients.rs`).
    pub clients: Vec<ClientError>,
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
        Knowledge { clients: clients.clients }
    })
}

/// The knowledge rows in force: in the WebAssembly build, those of the loaded pack, if any.
#[cfg(target_arch = "wasm32")]
fn knowledge() -> &'static Knowledge {
    static NONE: Knowledge = Knowledge { clients: Vec::new() };
    LOADED.get().unwrap_or(&NONE)
}

/// The client rows of the knowledge in force.
pub fn clients() -> &'static [ClientError] {
    &knowledge().clients
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
    let count = knowledge.clients.len();
    let _ = LOADED.set(knowledge);
    Ok(count)
}

#[cfg(test)]
mod tests {
    use super::*;

    const CLIENTS: &str = include_str!("knowledge/clients.tsv");

    #[test]
    fn the_data_files_read_and_every_row_names_its_source() {
        let rows = parse(CLIENTS, Some("clients")).unwrap().clients;
        assert!(rows.len() > 1000, "{} client rows", rows.len());
        assert!(rows.iter().all(|r| !r.source.is_empty()));
        assert_eq!(clients().len(), rows.len());
    }

    /// The pack `npm run build` writes: each row led by its file's name, the source left out.
    #[test]
    fn a_pack_reads_to_the_rows_of_the_data_files() {
        let pack: String = CLIENTS
            .lines()
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .map(|l| format!("clients\t{}\n", l.rsplit_once('\t').unwrap().0))
            .collect();
        let from_pack = parse(Box::leak(pack.into_boxed_str()), None).unwrap().clients;
        let from_file = parse(CLIENTS, Some("clients")).unwrap().clients;
        let without_source = |r: &ClientError| (r.pattern, r.client, r.category, r.basic, r.stage);
        assert_eq!(from_pack.iter().map(without_source).collect::<Vec<_>>(), from_file.iter().map(without_source).collect::<Vec<_>>());
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
        let ok = parse("clients\tsmtp-fehler: x\tphpmailer\tauth_failed\t535\tauth\r\n", None).unwrap().clients;
        assert_eq!((ok[0].pattern, ok[0].basic, ok[0].stage), ("smtp-fehler: x", Some(535), Some(Stage::Auth)));
    }
}
