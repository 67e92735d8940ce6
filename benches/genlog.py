#!/usr/bin/env python3
"""Writes a Postfix-like mail log of about SIZE megabytes (default 200) to stdout.

    python3 benches/genlog.py [SIZE_MB] [FORMAT]

FORMAT is postfix (default, described below), or one of the structured logs, each in the
shape its documentation gives, with the same mix of results (86% delivered, 10% deferred,
4% bounced) and lines that are not delivery results among them:
  exchange  Exchange message tracking CSV (#Fields: header; RECEIVE, SEND, FAIL, DEFER)
  pmta      PowerMTA accounting CSV (header line; r, d, t, b records)
  kumo      KumoMTA JSON log records (Reception, Delivery, TransientFailure, Bounce)

The mix follows a real small relay: per message an smtpd connect, client=, cleanup
message-id=, qmgr from=, one or more smtp/lmtp deliveries (mostly status=sent, some deferred
and bounced with replies of the big providers), qmgr removed and smtpd disconnect; around
them postscreen, anvil, opendkim, amavis and dovecot lines. Deterministic (fixed seed).
Used by benches/lines.sh; the replies are short made-up examples in the usual shapes.
"""
import random
import sys

size_mb = float(sys.argv[1]) if len(sys.argv) > 1 else 200.0
fmt = sys.argv[2] if len(sys.argv) > 2 else "postfix"
limit = int(size_mb * 1024 * 1024)
rng = random.Random(11)
out = sys.stdout
written = 0

DOMAINS = ["example.org", "example.net", "example.com", "gmail.com", "outlook.com", "yahoo.com", "gmx.de", "orange.fr", "mail.ru", "web.de"]
RELAYS = {
    "gmail.com": "gmail-smtp-in.l.google.com[142.250.27.27]:25",
    "outlook.com": "outlook-com.olc.protection.outlook.com[52.101.68.18]:25",
    "yahoo.com": "mta7.am0.yahoodns.net[67.195.204.72]:25",
}
SENT = [
    "250 2.0.0 OK  1733390000 a640c23a62f3a-aa5f3b7e1c2si123456766b.123 - gsmtp",
    "250 2.6.0 <{mid}> [InternalId=123456789, Hostname=AM0PR01MB1234.eurprd01.prod.exchangelabs.com] 12345 bytes in 0.123, 97.561 KB/sec Queued mail for delivery",
    "250 ok dirdel",
    "250 2.0.0 Ok: queued as {qid2}",
    "250 OK id=1tJ2Ab-00000A-1a",
]
DEFERRED = [
    "host {relay} said: 421 4.7.0 [192.0.2.{n}      15] Our system has detected an unusual rate of unsolicited mail originating from your IP address. To protect our users from spam, mail sent from your IP address has been temporarily rate limited. - gsmtp (in reply to end of DATA command)",
    "host {relay} said: 451 4.7.1 Greylisting in action, please come back later (in reply to RCPT TO command)",
    "connect to {relay}: Connection timed out",
    "host {relay} said: 452 4.2.2 The email account that you tried to reach is over quota. - gsmtp (in reply to RCPT TO command)",
    "lost connection with {relay} while receiving the initial server greeting",
]
BOUNCED = [
    "host {relay} said: 550-5.1.1 The email account that you tried to reach does not exist. Please try 550-5.1.1 double-checking the recipient's email address for typos or 550-5.1.1 unnecessary spaces. - gsmtp (in reply to RCPT TO command)",
    "host {relay} said: 550 5.5.0 Requested action not taken: mailbox unavailable (S2017062302). (in reply to RCPT TO command)",
    "host {relay} said: 554 5.7.1 Service unavailable; Client host [192.0.2.{n}] blocked using zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.{n} (in reply to RCPT TO command)",
    "host {relay} said: 552 5.2.2 <{rcpt}>: Recipient address rejected: Mailbox full (in reply to RCPT TO command)",
    "host {relay} said: 550 5.7.26 This mail has been blocked because the sender is unauthenticated. - gsmtp (in reply to end of DATA command)",
]
NAMES = ["alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy", "mallory", "oscar", "peggy", "trent", "walter"]

def qid():
    return "".join(rng.choice("0123456789ABCDEF") for _ in range(10))

second = 0
def stamp():
    global second
    second += rng.random() < 0.3
    s = second
    return "Dec  5 %02d:%02d:%02d mx1" % ((s // 3600) % 24, (s // 60) % 60, s % 60)

def w(line):
    global written
    out.write(line)
    out.write("\n")
    written += len(line) + 1

def csv(field):
    """A CSV field, quoted when it holds a comma or a quote."""
    return '"%s"' % field.replace('"', '""') if "," in field or '"' in field else field

def structured():
    """The structured formats: one record per line (see the module documentation)."""
    codes = {"sent": ("250", "2.0.0", "OK queued as {q}"), "deferred": ("451", "4.7.1", "Greylisting in action, please come back later"),
             "full": ("452", "4.2.2", "Mailbox full"), "unknown": ("550", "5.1.1", "User unknown"), "blocked": ("554", "5.7.1", "Service unavailable; client blocked using zen.spamhaus.org")}
    if fmt == "exchange":
        w("#Software: Microsoft Exchange Server")
        w("#Version: 15.02.1544.009")
        w("#Log-type: Message Tracking Log")
        w("#Fields: date-time,client-ip,client-hostname,server-ip,server-hostname,source-context,connector-id,source,event-id,internal-message-id,message-id,network-message-id,recipient-address,recipient-status,total-bytes,recipient-count,related-recipient-address,reference,message-subject,sender-address,return-path,message-info,directionality,tenant-id,original-client-ip,original-server-ip,custom-data,transport-traffic-type,log-id,schema-version")
    elif fmt == "pmta":
        w("type,timeLogged,timeQueued,orig,rcpt,orcpt,dsnAction,dsnStatus,dsnDiag,dsnMta,bounceCat,srcType,srcMta,dlvType,dlvSourceIp,dlvDestinationIp,dlvEsmtpAvailable,dlvSize,vmta,jobId,envId,queue,vmtaPool")
    n = 0
    while written < limit:
        n += 1
        q = qid()
        sender = "%s@%s" % (rng.choice(NAMES), rng.choice(DOMAINS))
        dom = rng.choice(DOMAINS)
        rcpt = "%s.%d@%s" % (rng.choice(NAMES), rng.randint(1, 999), dom)
        mx = "mx.%s" % dom
        ip = "203.0.113.%d" % rng.randint(1, 254)
        d = rng.random()
        kind = "sent" if d < 0.86 else rng.choice(["deferred", "full"]) if d < 0.96 else rng.choice(["unknown", "blocked"])
        code, enh, text = codes[kind]
        text = text.format(q=q)
        t = "2026-12-05T%02d:%02d:%02d.%03dZ" % ((n // 3600) % 24, (n // 60) % 60, n % 60, n % 1000)
        if fmt == "exchange":
            base = "%s,%%s,%%s,%%s,%%s,%%s,%%s,SMTP,%%s,%s,<%s@example.net>,%s,%s,%%s,%d,1,,,Hello,%s,%s,,Originating,,,,,Email,," % (t, q, q.lower(), "1a2b3c4d-0000-0000-0000-%012d" % n, rcpt, rng.randint(900, 200000), sender, sender)
            w(base % ("10.0.0.5", "mail.example.net", "10.0.0.6", "EX01", q, "Default Frontend EX01", "RECEIVE", "250 2.1.5 Recipient OK"))
            event = {"sent": "SEND", "deferred": "DEFER", "full": "DEFER", "unknown": "FAIL", "blocked": "FAIL"}[kind]
            host = mx if event == "SEND" else "EX01"
            w(base % ("10.0.0.6", "EX01", ip, host, csv(";%s %s %s" % (code, enh, text)), "Outbound to Internet", event, csv("%s %s %s" % (code, enh, text))))
        elif fmt == "pmta":
            tl = "2026-12-05 %02d:%02d:%02d+0000" % ((n // 3600) % 24, (n // 60) % 60, n % 60)
            w("r,%s,%s,%s,%s,,,,,,,smtp,app.example.net (198.51.100.9),,,,,%d,vmta1,job%d,,," % (tl, tl, sender, rcpt, rng.randint(900, 200000), n % 50))
            typ, action = {"sent": ("d", "relayed"), "deferred": ("t", "delayed"), "full": ("t", "delayed"), "unknown": ("b", "failed"), "blocked": ("b", "failed")}[kind]
            w("%s,%s,%s,%s,%s,,%s,%s (x),%s,%s (%s),%s,smtp,app.example.net (198.51.100.9),smtp,198.51.100.10,%s,\"PIPELINING,8BITMIME,SIZE,STARTTLS\",%d,vmta1,job%d,,%s/vmta1,pool1"
              % (typ, tl, tl, sender, rcpt, action, enh, csv("smtp;%s %s %s" % (code, enh, text)), mx, ip, "" if kind == "sent" else "other", ip, rng.randint(900, 200000), n % 50, dom))
        else:
            head = '{"id":"%s","sender":"%s","recipient":"%s","queue":"%s","site":"%s","size":%d' % (q.lower() * 3, sender, rcpt, dom, mx, rng.randint(900, 200000))
            w(head + ',"type":"Reception","response":{"code":250,"enhanced_code":null,"content":"","command":null},"peer_address":{"name":"app.example.net","addr":"198.51.100.9"},"timestamp":%d}' % (1733390000 + n))
            typ = {"sent": "Delivery", "deferred": "TransientFailure", "full": "TransientFailure", "unknown": "Bounce", "blocked": "Bounce"}[kind]
            c, s_, dd = enh.split(".")
            w(head + ',"type":"%s","response":{"code":%s,"enhanced_code":{"class":%s,"subject":%s,"detail":%s},"content":"%s","command":"RCPT TO:<%s>\\r\\n"},"peer_address":{"name":"%s.","addr":"%s"},"timestamp":%d}' % (typ, code, c, s_, dd, text, rcpt, mx, ip, 1733390000 + n))

if fmt != "postfix":
    structured()
    sys.exit(0)

while written < limit:
    ip = "198.51.100.%d" % rng.randint(1, 254)
    host = rng.choice(["unknown", "mail.example.net", "smtp.example.com", "out.example.org"])
    pid = rng.randint(1000, 99999)
    if rng.random() < 0.3:
        w("%s postfix/postscreen[%d]: CONNECT from [%s]:%d to [192.0.2.10]:25" % (stamp(), pid, ip, rng.randint(1024, 65535)))
        w("%s postfix/postscreen[%d]: PASS OLD [%s]:%d" % (stamp(), pid, ip, rng.randint(1024, 65535)))
    w("%s postfix/smtpd[%d]: connect from %s[%s]" % (stamp(), pid, host, ip))
    if rng.random() < 0.15:
        w("%s postfix/smtpd[%d]: warning: hostname %s does not resolve to address %s: Name or service not known" % (stamp(), pid, host, ip))
    if rng.random() < 0.05:
        w("%s postfix/smtpd[%d]: NOQUEUE: reject: RCPT from %s[%s]: 554 5.7.1 <%s@example.org>: Relay access denied; from=<x@example.net> to=<%s@example.org> proto=ESMTP helo=<%s>" % (stamp(), pid, host, ip, rng.choice(NAMES), rng.choice(NAMES), host))
        w("%s postfix/smtpd[%d]: disconnect from %s[%s] ehlo=1 mail=1 rcpt=0/1 rset=1 quit=1 commands=4/5" % (stamp(), pid, host, ip))
        continue
    q = qid()
    mid = "%s.%d@%s" % (qid().lower(), rng.randint(1, 10**9), rng.choice(DOMAINS))
    sender = "%s@%s" % (rng.choice(NAMES), rng.choice(DOMAINS))
    w("%s postfix/smtpd[%d]: %s: client=%s[%s], sasl_method=PLAIN, sasl_username=%s" % (stamp(), pid, q, host, ip, sender))
    w("%s postfix/cleanup[%d]: %s: message-id=<%s>" % (stamp(), rng.randint(1000, 99999), q, mid))
    if rng.random() < 0.5:
        w("%s opendkim[812]: %s: DKIM-Signature field added (s=mail, d=%s)" % (stamp(), q, sender.split("@")[1]))
    n = 1 if rng.random() < 0.8 else rng.randint(2, 4)
    w("%s postfix/qmgr[911]: %s: from=<%s>, size=%d, nrcpt=%d (queue active)" % (stamp(), q, sender, rng.randint(900, 200000), n))
    w("%s postfix/smtpd[%d]: disconnect from %s[%s] ehlo=1 auth=1 mail=1 rcpt=%d data=1 quit=1 commands=%d" % (stamp(), pid, host, ip, n, 5 + n))
    for _ in range(n):
        dom = rng.choice(DOMAINS)
        rcpt = "%s.%d@%s" % (rng.choice(NAMES), rng.randint(1, 999), dom)
        relay = RELAYS.get(dom, "mx.%s[203.0.113.%d]:25" % (dom, rng.randint(1, 254)))
        d = rng.random()
        delays = "delay=%.2f, delays=%.2f/%.2f/%.2f/%.2f" % (rng.random() * 3, rng.random(), rng.random() / 10, rng.random(), rng.random())
        spid = rng.randint(1000, 99999)
        if d < 0.86:
            reply = rng.choice(SENT).format(mid=mid, qid2=qid())
            w("%s postfix/smtp[%d]: %s: to=<%s>, relay=%s, %s, dsn=2.0.0, status=sent (%s)" % (stamp(), spid, q, rcpt, relay, delays, reply))
        elif d < 0.96:
            reply = rng.choice(DEFERRED).format(relay=relay.rsplit(":", 1)[0], n=rng.randint(1, 254))
            w("%s postfix/smtp[%d]: %s: to=<%s>, relay=%s, %s, dsn=4.0.0, status=deferred (%s)" % (stamp(), spid, q, rcpt, relay, delays, reply))
        else:
            reply = rng.choice(BOUNCED).format(relay=relay.rsplit(":", 1)[0], n=rng.randint(1, 254), rcpt=rcpt)
            w("%s postfix/smtp[%d]: %s: to=<%s>, relay=%s, %s, dsn=5.0.0, status=bounced (%s)" % (stamp(), spid, q, rcpt, relay, delays, reply))
            w("%s postfix/bounce[%d]: %s: sender non-delivery notification: %s" % (stamp(), spid, q, qid()))
    w("%s postfix/qmgr[911]: %s: removed" % (stamp(), q))
    if rng.random() < 0.2:
        w("%s dovecot: imap-login: Login: user=<%s>, method=PLAIN, rip=%s, lip=192.0.2.10, mpid=%d, TLS, session=<%s>" % (stamp(), sender, ip, rng.randint(1000, 99999), qid()))
    if rng.random() < 0.02:
        w("%s postfix/anvil[%d]: statistics: max connection rate 3/60s for (smtp:%s) at Dec  5 10:00:00" % (stamp(), pid, ip))
