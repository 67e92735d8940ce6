//! `smtp-explain`: explains SMTP replies, bounces and mail log lines in a terminal.

use std::ffi::OsString;
use std::io::{self, BufWriter, IsTerminal, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;

use smtp_explain::{categories_with, codes_with, explain_all, explain_with, Audience, Explanation, Options};

mod cli;

use cli::memo::Counted;
use cli::render::{one_line, render_text, Style};
use cli::safe::{clean, json as safe_json};
use cli::summary::{Facts, Summary};

const USAGE: &str = "\
Usage: smtp-explain [OPTIONS] [TEXT...]
       smtp-explain --lines [OPTIONS] < mail.log
       smtp-explain --summary [--lines] [OPTIONS] [PATH...]

Explains an SMTP reply, bounce, mail log line or mail client error in plain words.
TEXT is joined with spaces and explained as one input; without TEXT, all of standard
input is read as one input.

Options:
  --json            print the explanation as JSON
  --all             explain every failed recipient or reply found (one per line with --json)
  --lines           explain each line of standard input on its own (mail logs), printing
                    each result as soon as its line is read (tail -f works); with --json,
                    print JSON Lines (each with the \"line\" number). Lines that are not about
                    a delivery (connects, queue and cleanup lines, warnings ...) and lines in
                    which nothing is recognised print nothing.
  --summary         count results per outcome, category, provider, recipient domain and
                    remote host, and list the 10 most frequent failure replies (numbers
                    and addresses masked). Reads the PATHs (maildir folders, folders of
                    message files, mbox files, message files) or standard input; with
                    --lines, a mail log (the PATHs or standard input). --json: one object.
  --audience WHO    user (default) or admin: who reads the texts
  --lang LANG       language of the texts (default from LC_ALL, LC_MESSAGES or LANG;
                    English where no translation is shipped)
  --color WHEN      auto (default: colour only on a terminal, and never when NO_COLOR is
                    set), always or never; also --color=WHEN
  --jobs N          threads explaining --lines input and --summary messages (default:
                    the number of cores, at most 8)
  --list-codes      print the whole code dictionary (with --json: a JSON array)
  --categories      print the category taxonomy with its crosswalks (with --json: JSON)
  -h, --help        print this help
  -V, --version     print the version and the language in use

Text from the input (replies, addresses, hosts) never reaches the terminal raw: control
characters and bidirectional controls are shown escaped, e.g. \\x1b or \\u{202e}.

Examples:
  smtp-explain 421
  smtp-explain --json '550 5.1.1 <bob@example.com>: Recipient address rejected: User unknown'
  tail -f /var/log/mail.log | smtp-explain --lines
  smtp-explain --summary --lines /var/log/mail.log
  smtp-explain --summary ~/Maildir/.Bounces
";

/// Longest whole input read from standard input (the library reads at most its own bound).
const MAX_STDIN: u64 = 16 << 20;

#[derive(Clone, Copy, PartialEq)]
enum Color {
    Auto,
    Always,
    Never,
}

struct Args {
    json: bool,
    all: bool,
    lines: bool,
    summary: bool,
    list_codes: bool,
    categories: bool,
    version: bool,
    color: Color,
    jobs: Option<usize>,
    options: Options,
    /// Where the language came from when not given: the variable's name and value.
    lang_from: Option<(&'static str, String)>,
    text: Vec<String>,
    /// The same arguments as paths (for --summary), bytes as given.
    paths: Vec<PathBuf>,
}

/// The language tag of a locale name (`fr_FR.UTF-8` -> `fr-FR`, `de_DE@euro` -> `de-DE`);
/// none for `C` and `POSIX`. The library falls back along the tag (`fr-FR` -> `fr` -> `en`).
fn locale_lang(locale: &str) -> Option<String> {
    let tag = locale.split(['.', '@']).next()?.trim().replace('_', "-");
    let language = tag.split('-').next()?;
    if language.is_empty()
        || language.eq_ignore_ascii_case("c")
        || language.eq_ignore_ascii_case("posix")
        || !tag.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
    {
        return None;
    }
    Some(tag)
}

/// The language the locale asks for: the first of LC_ALL, LC_MESSAGES, LANG that is set.
fn env_lang() -> Option<(&'static str, String, String)> {
    for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
        if let Some(value) = std::env::var_os(name) {
            let value = value.to_string_lossy().into_owned();
            if !value.is_empty() {
                return locale_lang(&value).map(|lang| (name, value, lang));
            }
        }
    }
    None
}

fn parse_color(value: &str) -> Result<Color, String> {
    match value {
        "auto" => Ok(Color::Auto),
        "always" | "yes" | "force" => Ok(Color::Always),
        "never" | "no" | "none" => Ok(Color::Never),
        other => Err(format!("unknown --color value {:?}: use auto, always or never", clean(other))),
    }
}

fn parse_args(args: impl Iterator<Item = OsString>) -> Result<Option<Args>, String> {
    let mut parsed = Args {
        json: false,
        all: false,
        lines: false,
        summary: false,
        list_codes: false,
        categories: false,
        version: false,
        color: Color::Auto,
        jobs: None,
        options: Options::default(),
        lang_from: None,
        text: Vec::new(),
        paths: Vec::new(),
    };
    // Arguments that are not UTF-8 are read lossily (U+FFFD for the bytes that are not).
    // PATHs keep their bytes.
    let mut args = args.map(|a| (a.to_string_lossy().into_owned(), a)).peekable();
    let mut only_text = false;
    while let Some((arg, raw)) = args.next() {
        if only_text || !arg.starts_with('-') || arg == "-" || arg.parse::<f64>().is_ok() {
            parsed.text.push(arg);
            parsed.paths.push(PathBuf::from(raw));
            continue;
        }
        let (name, inline) = match arg.split_once('=') {
            Some((n, v)) if n.starts_with("--") => (n.to_string(), Some(v.to_string())),
            _ => (arg.clone(), None),
        };
        let mut value = |what: &str| -> Result<String, String> {
            match &inline {
                Some(v) => Ok(v.clone()),
                None => args.next().map(|(v, _)| v).ok_or(format!("{name} needs a value{what}")),
            }
        };
        match name.as_str() {
            "--" => only_text = true,
            "--json" => parsed.json = true,
            "--all" => parsed.all = true,
            "--lines" => parsed.lines = true,
            "--summary" => parsed.summary = true,
            "--list-codes" => parsed.list_codes = true,
            "--categories" => parsed.categories = true,
            "-h" | "--help" => return Ok(None),
            "-V" | "--version" => parsed.version = true,
            "--color" | "--colour" => {
                parsed.color = match &inline {
                    Some(v) => parse_color(v)?,
                    None if args.peek().is_some_and(|(v, _)| matches!(v.as_str(), "auto" | "always" | "never")) => {
                        parse_color(&args.next().map(|(v, _)| v).unwrap_or_default())?
                    }
                    None => Color::Always,
                }
            }
            "--jobs" | "-j" => {
                let v = value(", e.g. 4")?;
                parsed.jobs = Some(
                    v.parse::<usize>()
                        .ok()
                        .filter(|n| (1..=256).contains(n))
                        .ok_or(format!("--jobs needs a number from 1 to 256, not {:?}", clean(&v)))?,
                );
            }
            "--audience" => {
                let v = value(": user or admin")?;
                parsed.options.audience =
                    Some(Audience::from_id(&v).ok_or(format!("unknown audience {:?}: use user or admin", clean(&v)))?);
            }
            "--lang" => {
                let v = value(", e.g. en")?;
                parsed.options.lang = Some(locale_lang(&v).unwrap_or(v));
            }
            other => return Err(format!("unknown option {}", clean(other))),
        }
    }
    if parsed.lines && !parsed.summary && !parsed.text.is_empty() {
        return Err("--lines reads standard input; do not give TEXT with it (use --summary --lines FILE to summarise a log file)".into());
    }
    if parsed.options.lang.is_none() {
        if let Some((name, value, lang)) = env_lang() {
            parsed.options.lang = Some(lang);
            parsed.lang_from = Some((name, value));
        }
    }
    Ok(Some(parsed))
}

fn to_json<T: serde::Serialize>(value: &T) -> String {
    safe_json(serde_json::to_string_pretty(value).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}")))
}

fn to_json_line<T: serde::Serialize>(value: &T) -> String {
    safe_json(serde_json::to_string(value).unwrap_or_default())
}

/// Explains one log line; a panic in the library costs that line only (reported on stderr,
/// by the panic hook, escaped), not the rest of the log.
fn explain_line(number: u64, line: &str, options: &Options) -> Option<Explanation> {
    match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| explain_with(line, options))) {
        Ok(e) => Some(e),
        Err(_) => {
            eprintln!("smtp-explain: line {number} skipped after an internal error");
            None
        }
    }
}

/// Whether a `--lines` result is worth a line: something was recognised or a reply found.
fn shown(e: &Explanation) -> bool {
    e.recognized || e.reply.is_some()
}

thread_local! {
    /// The memo of `--lines` text output and `--summary --lines`, one per worker thread.
    static MEMO: std::cell::RefCell<cli::memo::Memo> = std::cell::RefCell::new(cli::memo::Memo::default());
}

fn jobs(args: &Args) -> usize {
    args.jobs.unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()).min(8))
}

fn run(args: Args) -> io::Result<()> {
    let stdout = io::stdout();
    let terminal = stdout.is_terminal();
    let mut out = BufWriter::with_capacity(64 * 1024, stdout.lock());
    let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
    let dumb = std::env::var_os("TERM").is_some_and(|t| t == "dumb");
    let style = Style {
        on: match args.color {
            Color::Always => true,
            Color::Never => false,
            Color::Auto => terminal && !no_color && !dumb,
        },
    };
    let audience = args.options.audience.unwrap_or(Audience::User);
    if args.version {
        writeln!(out, "smtp-explain {} (data {})", smtp_explain::VERSION, smtp_explain::DATA_VERSION)?;
        let from = match &args.lang_from {
            Some((name, value)) => format!("from {name}={}", clean(value)),
            None if args.options.lang.is_some() => "from --lang".into(),
            None => "default".into(),
        };
        let lang = args.options.lang.as_deref().unwrap_or("en");
        let used = explain_with("250", &args.options).lang;
        writeln!(out, "language: {} ({from}); texts in {}", clean(lang), clean(&used))?;
        return out.flush();
    }
    if args.list_codes {
        let entries = codes_with(&args.options);
        if args.json {
            writeln!(out, "{}", to_json(&entries))?;
        } else {
            for e in entries {
                writeln!(out, "{:<8}{}  {}", e.code, clean(e.title), style.dim(&format!("[{}]", e.source)))?;
            }
        }
        return out.flush();
    }
    if args.categories {
        let list = categories_with(&args.options);
        if args.json {
            writeln!(out, "{}", to_json(&list))?;
        } else {
            for c in list {
                writeln!(out, "{:<24}{}  {}", c.id.id(), clean(&c.title), style.dim(&c.definition))?;
            }
        }
        return out.flush();
    }
    if args.summary {
        return summary(&args, &style, &mut out);
    }
    if args.lines {
        let options = &args.options;
        let json = args.json;
        let style = &style;
        let work = |batch: cli::lines::Batch| -> Vec<u8> {
            let mut buf = Vec::new();
            for (number, line) in batch.iter() {
                if !json {
                    // Text output: lines of a shape seen before print from the memo.
                    let done = MEMO.with(|memo| memo.borrow_mut().print(number, line, &mut buf));
                    if done {
                        continue;
                    }
                }
                let Some(mut e) = explain_line(number, line, options) else { continue };
                if !json {
                    let printed = shown(&e).then(|| one_line(number, &e, style));
                    let recipient = e.recipient.take();
                    let head = printed.as_ref().map(|_| one_line(number, &e, style));
                    let prefix = format!("{number}: ");
                    let after = |s: &String| s.strip_prefix(&prefix).map(str::to_string);
                    MEMO.with(|memo| {
                        memo.borrow_mut().learn(
                            line,
                            printed.as_ref().and_then(after).as_deref(),
                            head.as_ref().and_then(after),
                            recipient.as_deref(),
                        )
                    });
                    if let Some(printed) = printed {
                        buf.extend_from_slice(printed.as_bytes());
                        buf.push(b'\n');
                    }
                    continue;
                }
                if !shown(&e) {
                    continue;
                }
                if json {
                    let body = to_json_line(&e);
                    buf.extend_from_slice(format!("{{\"line\":{number},").as_bytes());
                    buf.extend_from_slice(body.strip_prefix('{').unwrap_or(&body).as_bytes());
                } else {
                    buf.extend_from_slice(one_line(number, &e, style).as_bytes());
                }
                buf.push(b'\n');
            }
            MEMO.with(|memo| memo.borrow_mut().flush_counts());
            buf
        };
        let out = std::cell::RefCell::new(&mut out);
        cli::lines::run(io::stdin(), jobs(&args), work, |bytes| out.borrow_mut().write_all(&bytes), || out.borrow_mut().flush())?;
        cli::memo::report();
        return out.borrow_mut().flush();
    }
    let input = if args.text.is_empty() {
        let mut buffer = Vec::new();
        io::stdin().lock().take(MAX_STDIN).read_to_end(&mut buffer)?;
        String::from_utf8(buffer).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
    } else {
        args.text.join(" ")
    };
    let explanations = if args.all { explain_all(&input, &args.options) } else { vec![explain_with(&input, &args.options)] };
    for (i, e) in explanations.iter().enumerate() {
        if args.json {
            if args.all {
                writeln!(out, "{}", to_json_line(e))?;
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
    out.flush()
}

fn summary(args: &Args, style: &Style, out: &mut impl Write) -> io::Result<()> {
    let mut summary = Summary::default();
    let paths = &args.paths;
    if args.lines {
        let options = &args.options;
        // Per batch: the facts of the lines shown, how many kept lines showed nothing, and how
        // many the library read as not about a delivery (a log line with nothing in it).
        let work = |batch: cli::lines::Batch| -> (Vec<Facts>, u64, u64) {
            let mut facts = Vec::with_capacity(batch.len());
            let (mut unrecognized, mut skipped) = (0, 0);
            for (n, line) in batch.iter() {
                // Lines of a shape seen before count from the memo.
                let counted = MEMO.with(|memo| memo.borrow_mut().count(line)).or_else(|| {
                    let e = explain_line(n, line, options)?;
                    let counted = if shown(&e) {
                        Counted::Shown(Facts::of(&e))
                    } else if e.input_kind == smtp_explain::InputKind::LogLine && e.evidence.is_empty() {
                        Counted::Skipped
                    } else {
                        Counted::Unrecognized
                    };
                    MEMO.with(|memo| memo.borrow_mut().learn_summary(line, &counted, e.recipient.as_deref()));
                    Some(counted)
                });
                match counted {
                    Some(Counted::Shown(f)) => facts.push(f),
                    Some(Counted::Skipped) => skipped += 1,
                    _ => unrecognized += 1,
                }
            }
            MEMO.with(|memo| memo.borrow_mut().flush_counts());
            (facts, unrecognized, skipped)
        };
        let add_log = |input: Box<dyn Read + Send>, summary: &mut Summary| -> io::Result<()> {
            let counts = cli::lines::run(
                input,
                jobs(args),
                work,
                |(facts, unrecognized, skipped)| {
                    facts.iter().for_each(|f| summary.add(f));
                    summary.unrecognized += unrecognized;
                    summary.skipped += skipped;
                    Ok(())
                },
                || Ok(()),
            )?;
            summary.lines += counts.lines;
            summary.skipped += counts.lines - counts.kept;
            summary.bytes += counts.bytes;
            Ok(())
        };
        if paths.is_empty() {
            add_log(Box::new(io::stdin()), &mut summary)?;
        }
        for path in paths {
            let file =
                std::fs::File::open(path).map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", clean(&path.to_string_lossy()))))?;
            add_log(Box::new(file), &mut summary)?;
        }
        cli::memo::report();
    } else {
        cli::summary::summarise_messages(&mut summary, jobs(args), |emit, summary| {
            if paths.is_empty() {
                cli::summary::split_messages(io::stdin().lock(), &mut summary.bytes, emit)?;
            }
            for path in paths {
                let more = cli::summary::split_path(path, &mut summary.bytes, emit, &mut io::stderr())
                    .map_err(|e| io::Error::new(e.kind(), format!("{}: {e}", clean(&path.to_string_lossy()))))?;
                if !more {
                    break;
                }
            }
            Ok(())
        })?;
    }
    if summary.failed > 0 {
        eprintln!("smtp-explain: {} inputs skipped after an internal error", summary.failed);
    }
    if args.json {
        writeln!(out, "{}", summary.to_json(args.lines))?;
    } else {
        write!(out, "{}", summary.to_text(args.lines, style))?;
    }
    out.flush()
}

fn main() -> ExitCode {
    // A panic message may quote the input: escape it like any other output.
    std::panic::set_hook(Box::new(|info| eprintln!("smtp-explain: internal error: {}", clean(&info.to_string()))));
    match parse_args(std::env::args_os().skip(1)) {
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
