//! Text output. Every piece of text from an explanation goes through [`clean`]: the explanation
//! quotes the input (replies, recipients, hosts), and the input is hostile.

use smtp_explain::{Audience, Explanation, Outcome};

use super::safe::clean;

/// Terminal styling; `on` only for a terminal without `NO_COLOR`, or `--color=always`.
pub struct Style {
    pub on: bool,
}

impl Style {
    fn wrap_sgr(&self, sgr: &str, s: &str) -> String {
        let s = clean(s);
        if self.on {
            format!("\x1b[{sgr}m{s}\x1b[0m")
        } else {
            s.into_owned()
        }
    }
    pub fn bold(&self, s: &str) -> String {
        self.wrap_sgr("1", s)
    }
    pub fn dim(&self, s: &str) -> String {
        self.wrap_sgr("2", s)
    }
    /// The outcome word coloured by what it means.
    pub fn outcome(&self, o: Outcome) -> String {
        let sgr = match o {
            Outcome::Permanent => "31",
            Outcome::Temporary => "33",
            Outcome::Success => "32",
            _ => "0",
        };
        self.wrap_sgr(sgr, o.id())
    }
}

/// Terminal columns a character takes: two for the wide characters of East Asian scripts
/// (Unicode's East Asian Wide and Fullwidth ranges, the main blocks), else one.
fn columns_of(c: char) -> usize {
    let wide = matches!(c as u32,
        0x1100..=0x115F | 0x2E80..=0x303E | 0x3041..=0x33FF | 0x3400..=0x4DBF | 0x4E00..=0x9FFF
        | 0xA000..=0xA4CF | 0xAC00..=0xD7A3 | 0xF900..=0xFAFF | 0xFE30..=0xFE4F | 0xFF00..=0xFF60
        | 0xFFE0..=0xFFE6 | 0x20000..=0x3FFFD);
    if wide {
        2
    } else {
        1
    }
}

/// Terminal columns a text takes.
pub fn columns(text: &str) -> usize {
    text.chars().map(columns_of).sum()
}

/// `text` followed by spaces up to `width` columns.
pub fn pad(text: &str, width: usize) -> String {
    format!("{text}{}", " ".repeat(width.saturating_sub(columns(text))))
}

/// Wraps `text` at `width` columns, indenting continuation lines by `indent` spaces. Wide
/// (CJK) characters count two columns, and a line may break between them, as those scripts
/// write without spaces.
pub fn wrap(text: &str, width: usize, indent: usize) -> String {
    let text = clean(text);
    let mut out = String::new();
    let mut column = indent;
    let newline = |out: &mut String| {
        out.push('\n');
        out.push_str(&" ".repeat(indent));
    };
    for word in text.split_whitespace() {
        let len = columns(word);
        if column > indent && column + 1 + len > width {
            newline(&mut out);
            column = indent;
        } else if column > indent {
            out.push(' ');
            column += 1;
        }
        if column + len <= width || !word.chars().any(|c| columns_of(c) == 2) {
            out.push_str(word);
            column += len;
            continue;
        }
        // A run of CJK text longer than the line: break between wide characters.
        for c in word.chars() {
            let w = columns_of(c);
            if column + w > width && column > indent && w == 2 {
                newline(&mut out);
                column = indent;
            }
            out.push(c);
            column += w;
        }
    }
    out
}

/// The CLI's label texts, in the language of the explanation (falling back like it does).
pub struct Labels {
    pub lang: String,
}

impl Labels {
    pub fn get(&self, key: &str) -> String {
        smtp_explain::ui_text(key, &self.lang)
    }
}

pub fn render_text(e: &Explanation, style: &Style, audience: Audience) -> String {
    let c = &Labels { lang: e.lang.to_string() };
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
    facts.push(c.get(&format!("outcome.{}", e.outcome.id())));
    if let Some(p) = &e.provider {
        facts.push(p.name.to_string());
    }
    if let Some(s) = &e.software {
        facts.push(format!("{} {}", c.get("card.software"), s.name));
    }
    if let Some(r) = &e.recipient {
        facts.push(r.clone());
    }
    out.push_str(&style.dim(&facts.join(" · ")));
    out.push_str("\n\n");
    let field = |name: &str, value: &str| format!("{}{}\n", pad(&clean(name), 14), wrap(value, width, 14));
    out.push_str(&field(&c.get("cli.what_happened"), &e.summary));
    if e.recognized {
        out.push_str(&field(&c.get("cli.who_acts"), &c.get(&format!("who.{}", e.who_acts.id()))));
        out.push_str(&field(&c.get("cli.retry"), &c.get(&format!("retry.{}.label", e.retry.id()))));
    }
    if let Some(stage) = e.stage {
        out.push_str(&field(&c.get("cli.stage"), &c.get(&format!("stage.{}", stage.id()))));
    }
    if let Some(b) = &e.blocklist {
        out.push_str(&field(&c.get("cli.blocklist"), &format!("{} — {}", b.zone, b.lookup_url)));
    }
    let list = |out: &mut String, title: &str, items: &[smtp_explain::Text]| {
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
    list(&mut out, &c.get("cli.possible_causes"), &e.possible_causes);
    list(&mut out, &c.get(first.0), first.1);
    list(&mut out, &c.get(second.0), second.1);
    if !e.codes.is_empty() {
        out.push('\n');
        out.push_str(&style.bold(&c.get("cli.codes")));
        out.push('\n');
        for code in &e.codes {
            out.push_str(&format!("  {:<8}{} {}\n", clean(&code.code), clean(&code.title), style.dim(&format!("({})", code.source))));
            out.push_str(&format!("          {}\n", wrap(&code.meaning, width, 10)));
        }
    }
    if !e.alternatives.is_empty() {
        let names: Vec<&str> = e.alternatives.iter().map(|a| a.title.as_ref()).collect();
        out.push_str(&format!("\n{} {}\n", style.bold(&c.get("cli.alternatives")), clean(&names.join("; "))));
    }
    for w in &e.warnings {
        out.push_str(&format!("\n{} {}", style.bold(&c.get("cli.warning")), wrap(&w.message, width, 2)));
    }
    if !e.warnings.is_empty() {
        out.push('\n');
    }
    if !e.references.is_empty() {
        out.push('\n');
        out.push_str(&style.bold(&c.get("cli.references")));
        out.push('\n');
        for r in &e.references {
            out.push_str(&format!("  {} — {}\n", clean(&r.title), clean(&r.url)));
        }
    }
    out
}

/// One line of `--lines` text output: `N: outcome code [category] title recipient`.
pub fn one_line(number: u64, e: &Explanation, style: &Style) -> String {
    let code = e
        .reply
        .as_ref()
        .map(|r| r.code.map(|c| c.to_string()).into_iter().chain(r.enhanced.clone()).collect::<Vec<_>>().join(" "))
        .unwrap_or_default();
    let who = e.recipient.as_deref().unwrap_or("");
    let rest = format!("{} [{}] {} {}", code, e.category.id, e.title, who);
    let rest: Vec<&str> = rest.split_whitespace().collect();
    format!("{number}: {} {}", style.outcome(e.outcome), clean(&rest.join(" ")))
}
