//! `smtp-explain`: explains SMTP replies, bounces and mail log lines in a terminal.

use std::io::{self, IsTerminal, Read, Write};
use std::process::ExitCode;

use smtp_explain::{categories, codes, explain_all, explain_with, ui_text, Audience, Explanation, Options};

const USAGE: &str = "\
Usage: smtp-explain [OPTIONS] [TEXT...]

Explains an SMTP reply, bounce, mail log line or mail client error in plain words.
TEXT is joined with spaces and explained as one input; without TEXT, all of standard
input is read as one input.

Options:
  --json            print the explanation as JSON
  --all             explain every failed recipient or reply found (one per line with --json)
  --lines           explain each line of standard input on its own (mail logs);
                    with --json, print JSON Lines
  --audience WHO    user (default) or admin: who reads the texts
  --lang LANG       language of the texts (en)
  --list-codes      print the whole code dictionary (with --json: a JSON array)
  --categories      print the category taxonomy with its crosswalks (with --json: JSON)
  -h, --help        print this help
  -V, --version     print the version

Examples:
  smtp-explain 421
  smtp-explain --json '550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown'
  grep status=bounced /var/log/mail.log | smtp-explain --lines
";

struct Args {
    json: bool,
    all: bool,
    lines: bool,
    list_codes: bool,
    categories: bool,
    options: Options,
    text: Vec<String>,
}

fn parse_args(args: impl Iterator<Item = String>) -> Result<Option<Args>, String> {
    let mut parsed = Args { json: false, all: false, lines: false, list_codes: false, categories: false, options: Options::default(), text: Vec::new() };
    let mut args = args.peekable();
    let mut only_text = false;
    while let Some(arg) = args.next() {
        if only_text || !arg.starts_with('-') || arg == "-" || arg.parse::<f64>().is_ok() {
            parsed.text.push(arg);
            continue;
        }
        match arg.as_str() {
            "--" => only_text = true,
            "--json" => parsed.json = true,
            "--all" => parsed.all = true,
            "--lines" => parsed.lines = true,
            "--list-codes" => parsed.list_codes = true,
            "--categories" => parsed.categories = true,
            "-h" | "--help" => return Ok(None),
            "-V" | "--version" => {
                println!("smtp-explain {} (data {})", smtp_explain::VERSION, smtp_explain::DATA_VERSION);
                std::process::exit(0);
            }
            "--audience" => {
                let value = args.next().ok_or("--audience needs a value: user or admin")?;
                parsed.options.audience = Some(Audience::from_id(&value).ok_or(format!("unknown audience {value:?}: use user or admin"))?);
            }
            "--lang" => parsed.options.lang = Some(args.next().ok_or("--lang needs a value, e.g. en")?),
            other => return Err(format!("unknown option {other}")),
        }
    }
    if parsed.lines && !parsed.text.is_empty() {
        return Err("--lines reads standard input; do not give TEXT with it".into());
    }
    Ok(Some(parsed))
}

/// Terminal styling, off when stdout is not a terminal or NO_COLOR is set.
struct Style {
    on: bool,
}

impl Style {
    fn bold(&self, s: &str) -> String {
        if self.on { format!("\x1b[1m{s}\x1b[0m") } else { s.to_string() }
    }
    fn dim(&self, s: &str) -> String {
        if self.on { format!("\x1b[2m{s}\x1b[0m") } else { s.to_string() }
    }
}

/// Wraps `text` at `width` columns, indenting continuation lines by `indent` spaces.
fn wrap(text: &str, width: usize, indent: usize) -> String {
    let mut out = String::new();
    let mut column = indent;
    for word in text.split_whitespace() {
        let len = word.chars().count();
        if column > indent && column + 1 + len > width {
            out.push('\n');
            out.push_str(&" ".repeat(indent));
            column = indent;
        } else if column > indent {
            out.push(' ');
            column += 1;
        }
        out.push_str(word);
        column += len;
    }
    out
}

fn label(lang: &str, key: &str) -> String {
    ui_text(key, lang)
}

fn render_text(e: &Explanation, style: &Style, audience: Audience) -> String {
    let c = e.lang.as_str();
    let width = 88;
    let mut out = String::new();
    out.push_str(&style.bold(&e.title));
    out.push('\n');
    let mut facts = Vec::new();
    if let Some(r) = &e.reply {
        let codes: Vec<String> = r.code.map(|c| c.to_string()).into_iter().chain(r.enhanced.clone()).collect();
        if !codes.is_empty() {
            facts.push(codes.join(" "));
        }
    }
    facts.push(label(c, &format!("outcome.{}", e.outcome.id())));
    if let Some(p) = &e.provider {
        facts.push(p.name.to_string());
    }
    if let Some(r) = &e.recipient {
        facts.push(r.clone());
    }
    out.push_str(&style.dim(&facts.join(" · ")));
    out.push_str("\n\n");
    let field = |name: &str, value: &str| format!("{:<14}{}\n", name, wrap(value, width, 14));
    out.push_str(&field(&label(c, "cli.what_happened"), &e.summary));
    if e.recognized {
        out.push_str(&field(&label(c, "cli.who_acts"), &label(c, &format!("who.{}", e.who_acts.id()))));
        out.push_str(&field(&label(c, "cli.retry"), &label(c, &format!("retry.{}.label", e.retry.id()))));
    }
    if let Some(stage) = e.stage {
        out.push_str(&field(&label(c, "cli.stage"), &label(c, &format!("stage.{}", stage.id()))));
    }
    if let Some(b) = &e.blocklist {
        out.push_str(&field(&label(c, "cli.blocklist"), &format!("{} — {}", b.zone, b.lookup_url)));
    }
    let list = |out: &mut String, title: &str, items: &[String]| {
        if items.is_empty() {
            return;
        }
        out.push('\n');
        out.push_str(&style.bold(title));
        out.push('\n');
        for (i, item) in items.iter().enumerate() {
            out.push_str(&format!("  {}. {}\n", i + 1, wrap(item, width, 5)));
        }
    };
    let (first, second) = match audience {
        Audience::Admin => (("cli.admin_actions", &e.admin_actions), ("cli.user_actions", &e.user_actions)),
        Audience::User => (("cli.user_actions", &e.user_actions), ("cli.admin_actions", &e.admin_actions)),
    };
    list(&mut out, &label(c, "cli.possible_causes"), &e.possible_causes);
    list(&mut out, &label(c, first.0), first.1);
    list(&mut out, &label(c, second.0), second.1);
    if !e.codes.is_empty() {
        out.push('\n');
        out.push_str(&style.bold(&label(c, "cli.codes")));
        out.push('\n');
        for code in &e.codes {
            out.push_str(&format!("  {:<8}{} {}\n", code.code, code.title, style.dim(&format!("({})", code.source))));
            out.push_str(&format!("          {}\n", wrap(&code.meaning, width, 10)));
        }
    }
    if !e.alternatives.is_empty() {
        let names: Vec<&str> = e.alternatives.iter().map(|a| a.title.as_str()).collect();
        out.push_str(&format!("\n{} {}\n", style.bold(&label(c, "cli.alternatives")), names.join("; ")));
    }
    for w in &e.warnings {
        out.push_str(&format!("\n{} {}", style.bold(&label(c, "cli.warning")), wrap(&w.message, width, 2)));
    }
    if !e.warnings.is_empty() {
        out.push('\n');
    }
    if !e.references.is_empty() {
        out.push('\n');
        out.push_str(&style.bold(&label(c, "cli.references")));
        out.push('\n');
        for r in &e.references {
            out.push_str(&format!("  {} — {}\n", r.title, r.url));
        }
    }
    out
}

fn one_line(number: usize, e: &Explanation) -> String {
    let code = e.reply.as_ref().map(|r| r.code.map(|c| c.to_string()).into_iter().chain(r.enhanced.clone()).collect::<Vec<_>>().join(" ")).unwrap_or_default();
    let who = e.recipient.as_deref().unwrap_or("");
    format!("{number}: {} {} [{}] {} {}", e.outcome, code, e.category.id, e.title, who).split_whitespace().collect::<Vec<_>>().join(" ")
}

fn to_json<T: serde::Serialize>(value: &T) -> String {
    serde_json::to_string_pretty(value).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"))
}

fn run(args: Args) -> io::Result<()> {
    let stdout = io::stdout();
    let mut out = stdout.lock();
    let style = Style { on: io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none() };
    let audience = args.options.audience.unwrap_or(Audience::User);
    if args.list_codes {
        let entries = codes();
        if args.json {
            writeln!(out, "{}", to_json(&entries))?;
        } else {
            for e in entries {
                writeln!(out, "{:<8}{}  {}", e.code, e.title, style.dim(&format!("[{}]", e.source)))?;
            }
        }
        return Ok(());
    }
    if args.categories {
        let list = categories();
        if args.json {
            writeln!(out, "{}", to_json(&list))?;
        } else {
            for c in list {
                writeln!(out, "{:<24}{}  {}", c.id.id(), c.title, style.dim(&c.definition))?;
            }
        }
        return Ok(());
    }
    let input = if args.text.is_empty() {
        let mut buffer = Vec::new();
        io::stdin().lock().read_to_end(&mut buffer)?;
        String::from_utf8_lossy(&buffer).into_owned()
    } else {
        args.text.join(" ")
    };
    if args.lines {
        for (index, line) in input.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
            let e = explain_with(line, &args.options);
            if args.json {
                writeln!(out, "{}", serde_json::to_string(&e).unwrap_or_default())?;
            } else {
                writeln!(out, "{}", one_line(index + 1, &e))?;
            }
        }
        return Ok(());
    }
    let explanations = if args.all { explain_all(&input, &args.options) } else { vec![explain_with(&input, &args.options)] };
    for (i, e) in explanations.iter().enumerate() {
        if args.json {
            if args.all {
                writeln!(out, "{}", serde_json::to_string(e).unwrap_or_default())?;
            } else {
                writeln!(out, "{}", to_json(e))?;
            }
        } else {
            if i > 0 {
                writeln!(out, "\n{}\n", "─".repeat(40))?;
            }
            write!(out, "{}", render_text(e, &style, audience))?;
        }
    }
    Ok(())
}

fn main() -> ExitCode {
    match parse_args(std::env::args().skip(1)) {
        Ok(None) => {
            print!("{USAGE}");
            ExitCode::SUCCESS
        }
        Ok(Some(args)) => match run(args) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) if e.kind() == io::ErrorKind::BrokenPipe => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("smtp-explain: {e}");
                ExitCode::from(1)
            }
        },
        Err(message) => {
            eprintln!("smtp-explain: {message}\n\n{USAGE}");
            ExitCode::from(2)
        }
    }
}
