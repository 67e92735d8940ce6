/** Category ids of the smtp-explain taxonomy (stable once shipped). */
export type CategoryId =
  | "delivered" | "intermediate" | "mailbox_unknown" | "mailbox_disabled" | "mailbox_moved"
  | "mailbox_full" | "mailbox_busy" | "domain_unknown" | "domain_no_mail" | "message_too_large"
  | "too_many_recipients" | "rate_limited" | "greylisted" | "spam_content" | "virus_detected"
  | "attachment_blocked" | "content_policy" | "message_format" | "sender_ip_blocked"
  | "sender_blocklisted" | "sender_reputation" | "sender_rejected" | "sender_authentication"
  | "reverse_dns" | "auth_required" | "auth_failed" | "tls_required" | "tls_failed" | "relay_denied"
  | "policy_rejected" | "sender_account_blocked" | "receiver_misconfigured" | "server_unavailable"
  | "server_error" | "server_storage" | "protocol_syntax" | "protocol_sequence" | "not_implemented"
  | "network_error" | "expired" | "routing_loop" | "suppressed" | "unknown";

/** Who has to act next. */
export type WhoActs = "nobody" | "sender" | "sender_admin" | "recipient" | "recipient_admin" | "client_software";
/** Whether and when sending again makes sense. */
export type Retry = "automatic" | "later" | "after_fix" | "never";
/** What the reply means for the message. */
export type Outcome = "success" | "intermediate" | "temporary" | "permanent" | "unknown";
/** Where in the SMTP conversation the reply came. */
export type Stage =
  | "connection" | "greeting" | "helo" | "starttls" | "auth" | "mail_from" | "rcpt_to" | "data"
  | "end_of_data" | "after_acceptance" | "delayed";
/** How sure the explanation is. */
export type Confidence = "high" | "medium" | "low";
/** Who reads the texts. */
export type Audience = "user" | "admin";
/** What the input looked like. */
export type InputKind = "empty" | "code" | "reply" | "dsn" | "log_line" | "client_message" | "text";
/** Basic (550) or enhanced (5.1.1) code. */
export type CodeKind = "basic" | "enhanced";
/** Where a code came from. */
export type CodeOrigin = "reply" | "status" | "client";
/** Kind of a provider. */
export type ProviderKind = "mailbox" | "gateway" | "blocklist" | "sending_service";
/** Kind of a mail program. */
export type SoftwareKind = "mail_server" | "filter" | "client" | "library";
/** Kind of an evidence span. */
export type EvidenceKind =
  | "basic_code" | "enhanced_code" | "phrase" | "provider_tag" | "provider_message" | "blocklist"
  | "dsn_field" | "stage" | "client_error";

/** Options of explain() and explainAll(). */
export interface ExplainOptions {
  /** Language of the texts; unknown languages fall back to English ("en"). */
  lang?: string;
  /** Who reads the texts: "user" (default) or "admin". */
  audience?: Audience;
}

/** The reply as parsed. */
export interface Reply {
  code: number | null;
  enhanced: string | null;
  text: string;
  lines: string[];
}

/** One code found in the input, with its meaning. */
export interface CodeInfo {
  code: string;
  kind: CodeKind;
  title: string;
  meaning: string;
  source: string;
  registered: boolean;
  valid: boolean;
  origin: CodeOrigin;
}

/** A category with its title. */
export interface CategoryRef {
  id: CategoryId;
  title: string;
}

/** The provider or filter that answered. */
export interface ProviderRef {
  id: string;
  name: string;
  kind: ProviderKind;
  helpUrl: string;
}

/** The mail program, client or library that wrote the text. */
export interface SoftwareRef {
  id: string;
  name: string;
  kind: SoftwareKind;
}

/** A blocklist named in the reply. */
export interface BlocklistRef {
  id: string;
  zone: string;
  lookupUrl: string;
}

/** A part of the input that decided the result; offsets are UTF-16 indices into the input. */
export interface Evidence {
  start: number;
  end: number;
  kind: EvidenceKind;
  label: string;
}

/** Something odd about the input. */
export interface Warning {
  id: string;
  message: string;
}

/** Amazon SES bounce type and subtype. */
export interface SesBounce {
  type: "Permanent" | "Transient" | "Undetermined";
  subtype: string;
}

/** The result in other bounce taxonomies. */
export interface Interop {
  sisimai: string;
  sendgrid: string;
  ses: SesBounce;
  sparkpost: number;
  postmark: string;
  hardBounce: boolean;
}

/** An RFC section or an official page (allowlisted https links only). */
export interface Reference {
  title: string;
  url: string;
}

/** Everything smtp-explain can say about one reply, recipient or log line. */
export interface Explanation {
  recognized: boolean;
  inputKind: InputKind;
  reply: Reply | null;
  codes: CodeInfo[];
  outcome: Outcome;
  stage: Stage | null;
  category: CategoryRef;
  title: string;
  summary: string;
  whoActs: WhoActs;
  retry: Retry;
  userActions: string[];
  adminActions: string[];
  possibleCauses: string[];
  provider: ProviderRef | null;
  /** The mail program, client or library whose words show in the text (Postfix, PHPMailer ...). */
  software: SoftwareRef | null;
  blocklist: BlocklistRef | null;
  recipient: string | null;
  remoteHost: string | null;
  /** The message that bounced (from a whole bounce). */
  original: OriginalMessage | null;
  evidence: Evidence[];
  confidence: Confidence;
  alternatives: CategoryRef[];
  warnings: Warning[];
  interop: Interop;
  references: Reference[];
  lang: string;
  dataVersion: string;
}

/** One entry of the code dictionary. */
export interface DictionaryEntry {
  /** "550" or "X.1.1". */
  code: string;
  kind: CodeKind;
  title: string;
  meaning: string;
  source: string;
  sourceUrl: string;
  category: CategoryId;
  basicCodes: number[];
  deprecated: boolean;
}

/** One category of the taxonomy with its defaults and crosswalks. */
export interface CategoryInfo {
  id: CategoryId;
  title: string;
  definition: string;
  whoActs: WhoActs;
  retryTemporary: Retry;
  retryPermanent: Retry;
  interop: Interop;
  sisimaiAliases: string[];
}

/** Options of renderExplanation(). */
export interface RenderOptions {
  /** "user" (default) shows the sender's steps first; "admin" opens the admin details. */
  audience?: Audience;
  /**
   * Headline, one line of the summary and a "More" toggle that holds the rest (the summary
   * shows in full once "More" is open).
   */
  compact?: boolean;
  /**
   * Level of each card's title heading, 2 to 6 (default 2; other numbers are clamped); the
   * card's section headings are one level below it. Pick the level below the heading the
   * cards appear under.
   */
  headingLevel?: 2 | 3 | 4 | 5 | 6;
  /**
   * Whether to add the card stylesheet (default true): one constructed stylesheet, adopted
   * once into the shadow root the target is in, or else into the document (no inline
   * `<style>`, so a strict `style-src` policy needs no exception). `false` adds nothing: load
   * `smtp-explain/card.css` or `cardStyles()` your own way.
   */
  styles?: boolean;
}

/** Options of renderAnnotated(). */
export interface AnnotateOptions {
  /**
   * The accessible name (aria-label) of the annotated text (default: "The pasted text with
   * the parts that decided the explanation highlighted").
   */
  label?: string;
  /** Whether to add the card stylesheet (default true); see RenderOptions.styles. */
  styles?: boolean;
}

/** The Message-ID, Subject and Date of the message a bounce returns. */
export interface OriginalMessage {
  messageId: string | null;
  subject: string | null;
  date: string | null;
}
