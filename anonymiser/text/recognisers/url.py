"""URLs and bare domain names (``https://…``, ``www.acme-bio.co.uk``, ``acmebio.com/careers``, ``mes01.corp:8443``),
Windows shares (``\\\\wrf-lab-fs02\\results``), servers named without their domain (``sg-hist-01``) and the
machine a log's line comes from (``PK-L4-CAM02``).

Found from their anchor outwards: the scheme or ``www.``, or a known top-level domain.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from sys import maxsize

from anonymiser.text.data import english_words
from anonymiser.text.document import Document
from anonymiser.text.spans import Span, entity_key

_TLD = (r"com|co\.uk|org\.uk|org|net|io|uk|eu|de|fr|ch|ie|nl|be|bio|ai|co|us|info|biz|tech|health|pharma|"
        r"science|ac\.uk|gov\.uk|nhs\.uk|"
        # partners and sister sites abroad (and Wales's and Scotland's own)
        r"cymru|wales|scot|pl|it|es|se|dk|fi|cz|hu|pt|jp|cn|co\.in|sa|ae|sg|au|za|br|mx|"
        # intranet host names: "servicedesk.acme.local", "qms.corp", "wiki.lab.internal"
        r"local|internal|intranet|lan|corp|localdomain|home\.arpa|int|"
        # North America's, New Zealand's and the Channel Islands'
        r"ca|gov|edu|nz|gg|je")
_SCHEME = re.compile(r"https?://|www\.")
# Any other scheme before "://": "ftp://", "sftp://", "opc.tcp://", "smb://", and the defanged "hxxps://" a security
# notice writes (looked back at from each "://", which ``str.find`` skips ahead to).
_OTHER_SCHEME = re.compile(r"(?<![\w.+-])[a-z][a-z0-9+.-]{1,15}$")
# ("[.]": a defanged address's dot; the loop unrolled, "(?:[^…]|\[[.:]\])*" matching alike, a character at a time)
_URL_REST = re.compile(r"[^\s<>\"'()\[\]]*(?:\[[.:]\][^\s<>\"'()\[\]]*)*[^\s<>\"'()\[\].,;:!?]")
# (from its "@", which ``re`` skips ahead to; the account before it looked back for)
_SSH_REMOTE = re.compile(r"@[a-z0-9][a-z0-9.-]*\.[a-z]{2,}:(?!\d+\b)[A-Za-z0-9_.~-]+/[A-Za-z0-9_./-]*[A-Za-z0-9_]")
_REMOTE_USER = re.compile(r"(?<![\w.@/-])[a-z][a-z0-9_-]{0,31}\Z")
_JSON_ESCAPED = re.compile(r"(?<![\w.+-])[A-Za-z][A-Za-z0-9+.-]{1,15}:\\/\\/[^\s\"'<>]*[^\s\"'<>.,;:!?\\]")
# A line break, a tab or a comma escaped as a calendar file or a JSON string escapes them: no address holds one.
_ESCAPE = re.compile(r"\\[ntr,;]")
# A bracketed part of an address's path, glued to it and holding no space: "Mercury_(element)".
_BRACKETED_PART = re.compile(r"\([^\s()<>\"']+\)(?:[^\s<>\"'()\[\]]*[^\s<>\"'()\[\].,;:!?])?")
# The rest of an address wrapped to the next line: a run without spaces that an address's path holds (a "/", a "=", a
# "." between letters, a "-" or a digit: "2024/q3.pdf", "id=4471"; not a sentence's first word, "Thanks").
# (a digit counts only beside a letter: "2." at the next line's start is a list's number; and no other address: "www.")
_WRAPPED_REST = re.compile(r"\n[ \t]*(?P<rest>(?!www\.|[a-z]+://)(?=[^\s]*[/=&%]|[^\s]*[a-z]\.[a-z]|[^\s]*(?:\d[a-z]|[a-z]\d))"
                           r"[\w/?#=&%~+.-]*[\w/=#~+-])(?=[\s)>\]\"',.;:!?]|$)")
# Where an address may be cut by a line's end: after a part's separator, not after a word that may end it.
_MID_URL = frozenset("/-_?&=%#.")

# Newer top-level domains that are English words: a domain only with a path or a port after it
# ("pharmadigitaluk.events/live"); "mes.batch.events" is a message topic, "com.acme.solutions" a package.
# (so are newer ones of a file's or a setting's name and countries' that are English words, as short links and
# developers' sites use them: "bit.ly/3kQx", "wa.me/447700900000", "lnkd.in/eXa", "tool.dev/docs"; "requirements.in",
# "config.dev" and "price.at" are no domains; "to", "is" and "no" not even so: "Ref.no/Rev")
_WORD_TLD = (r"events|online|cloud|digital|global|solutions|systems|group|site|"
             r"app|dev|shop|store|me|in|at|ly|gl|tv|im|xyz|page|link|live|news|club")
_DOT_TLD = re.compile(rf"\.(?:{_TLD}|(?:{_WORD_TLD})(?=/|:\d))(?![\w-]|\.[a-z])")
# A machine's name in its field: "Windows hostname: DESKTOP-7K2Q9RM", "Computer name = QBLT-00417", "Device name:
# ws-qc-04" (letters and digits both: "Host: TBC" is none).
_HOST_LABEL = re.compile(r"(?i:host[ _-]?name|computer[ _-]?name|device[ _-]?name|machine[ _-]?name|pc[ _-]?name)"
                         r"[ \t]*[:=][ \t]*(?P<host>[A-Za-z0-9][A-Za-z0-9-]{2,30}[A-Za-z0-9])(?![\w@/\\-])")
_HOST_LABEL_HINT = re.compile(r"(?:host|computer|device|machine|pc)[ _-]?name[ \t]*[:=]")
_PROFILE_PATH = re.compile(r"(?i:linkedin)[^\n/]{0,20}?(?P<path>/in/[A-Za-z0-9][A-Za-z0-9_%-]{2,100}/?)")
_DEFANGED_TLD = _TLD.replace(r"\.", r"\[\.\]")
_DEFANGED = re.compile(rf"[a-z0-9](?<![\w.\]-].)[a-z0-9-]*(?:\[\.\][a-z0-9-]+)*\[\.\](?:{_DEFANGED_TLD})"
                       r"(?![\w-]|\[\.\]\w)")
_HOST_BEFORE = re.compile(r"[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9-]+)*$")
_PATH = re.compile(r"/[^\s<>\"']*[^\s<>\"'.,;:!?)]|/")
_PORT = re.compile(r":\d{2,5}(?![\w.:])")  # "kafka-01.corp.example.net:9093"
# "\\\\wrf-lab-fs02\\instrument_out": a Windows share, named by its server.
_UNC = re.compile(r"\\\\[A-Za-z0-9][\w.-]*[A-Za-z0-9](?:\\[^\s<>\"'|\\]*[^\s<>\"'|\\.,;:!?)])*")


class UrlRecogniser:
    name = "url"

    def find(self, doc: Document) -> Iterator[Span]:
        found = list(self._find(doc))
        yield from found
        yield from _site_paths(doc, found, self._span)
        if _REPO_HINT.search(doc.lower):
            yield from self._repositories(doc)
        if doc.terms and "/" in doc.text:
            yield from self._declared_owners_repositories(doc)

    def _declared_owners_repositories(self, doc: Document) -> Iterator[Span]:
        """A repository whose owner is named by a declared term ("brisca-digital/kpi-etl" where "Brisca" is declared):
        the whole slug, not the term alone (the rest of it names the contributor's work as surely)."""
        terms = {term.lower() for term in doc.terms if _TERM_PART.fullmatch(term)}
        # (a slug's owner is in lower case, its parts joined by "-" and ended by "/": a term then "-" or "/" is in the text)
        if not any(term + "-" in doc.text or term + "/" in doc.text for term in terms):
            return
        for slug in _SLUG.finditer(doc.text):
            owner = slug.group().split("/")[0]
            if any(part in terms for part in owner.split("-")) and ("-" in slug.group() or any(
                    c.isdigit() for c in slug.group())):
                yield self._span(doc, slug.start(), slug.end(), 0.8)

    def _repositories(self, doc: Document) -> Iterator[Span]:
        """A repository named after its word, and the owner's other repositories the text names ("uses:
        quarlby-ot/shared-ci/.github/workflows/lint.yml@v2")."""
        owners: set[str] = set()
        named: list[tuple[int, int]] = []
        after = _REPO_AFTER.finditer(doc.text) if _REPO_WORD_AFTER.search(doc.text) else ()
        for repo in (*_REPO.finditer(doc.text), *after):
            owner = repo.group("org")
            if any(part not in english_words() for part in re.split(r"[-_.]", owner.lower()) if part) \
                    and owner.lower() not in _PUBLIC_ORGS:
                owners.add(owner)
                named.append(repo.span("slug"))
                yield self._span(doc, repo.start("slug"), repo.end("slug"), 0.8)
        for owner in owners:
            for other in re.finditer(rf"(?<![\w/.@:-]){re.escape(owner)}/[\w.-]+(?:/[\w./-]*\w)?(?:@[\w.-]*\w)?", doc.text):
                if other.span() not in named:
                    yield self._span(doc, other.start(), other.end(), 0.8)

    def _find(self, doc: Document) -> Iterator[Span]:
        urls: list[tuple[int, int]] = []
        for start, end in _schemes(doc.lower) if "://" in doc.lower or "www." in doc.lower else ():
            rest = _URL_REST.match(doc.text, end, _cell_limit(doc.text, start))
            if rest and (not urls or start >= urls[-1][1]) and not _glued(doc.text, start):
                stop = rest.end()
                if "\\" in doc.text[end:stop] and (escape := _ESCAPE.search(doc.text, end, stop)):
                    stop = escape.start()  # "...?context=%7b%7d\\nMeeting ID": a calendar file's escaped line break
                    while stop > end and doc.text[stop - 1] in ".,;:!?":
                        stop -= 1
                while (bracketed := _BRACKETED_PART.match(doc.text, stop)) is not None:
                    stop = bracketed.end()  # "https://en.example.org/wiki/Mercury_(element)": brackets of its path
                wrapped = _WRAPPED_REST.match(doc.text, stop) if doc.text.startswith("\n", stop) else None
                if wrapped is not None and doc.text[stop - 1] in _MID_URL:
                    # "https://example.com/reports/\n2024/q3.pdf": a long address wrapped at its line's end (one key)
                    key = entity_key(doc.text[start:stop] + wrapped.group("rest"))
                    urls.append((start, wrapped.end()))
                    yield Span(start, stop, "contact", self.name, 0.9, "URL", key, "Web address or domain")
                    yield Span(wrapped.start("rest"), wrapped.end(), "contact", self.name, 0.9, "URL", key,
                               "Web address or domain")
                    continue
                urls.append((start, stop))
                yield self._span(doc, start, stop, 0.99)
        for hit in _DOT_TLD.finditer(doc.lower):
            if doc.text[hit.start() + 1].isupper() and doc.text[hit.start() + 2].islower():
                continue  # "the plan.Local teams": a full stop without its space, not a domain
            host = _HOST_BEFORE.search(doc.lower, max(0, hit.start() - 80), hit.start())
            if not host or _glued(doc.text, host.start()) or _within(urls, hit.start()):
                continue
            if doc.lower[host.start():hit.end()] in _TECHNOLOGIES:
                continue  # "ASP.NET Core": a framework's name
            if hit.group() in _WORDS_BEFORE_A_DOT and len(word := doc.lower[host.start():hit.start()]) >= 3 \
                    and word in english_words():
                continue  # "Sign.in/out", "Looked.at/..." ("lnkd.in/", "wa.me/" are addresses)
            end = port.end() if (port := _PORT.match(doc.text, hit.end())) else hit.end()
            path = _PATH.match(doc.text, end, _cell_limit(doc.text, host.start()))
            yield self._span(doc, host.start(), path.end() if path else end, 0.9)
        for word in _SITE_WORD.finditer(doc.lower):
            site = _SITE_AFTER_WORD.match(doc.text, word.end())
            if site is None:
                continue
            host = site.group("host")
            if _FILE_TYPE.search(host.lower()):
                continue  # "URL: index.html": a file's name
            if (host.islower() or host.isupper()) and not any(s <= site.start("host") < e for s, e in urls):
                yield self._span(doc, site.start("host"), site.end(), 0.85)
        if "/in/" in doc.text:
            # a LinkedIn profile written from its path beside the network's name: "LinkedIn: /in/jo-bloggs-4a1b2c"
            for profile in _PROFILE_PATH.finditer(doc.text):
                if not any(s <= profile.start("path") < e for s, e in urls):
                    yield self._span(doc, profile.start("path"), profile.end("path"), 0.85)
        if _HOST_LABEL_HINT.search(doc.lower):
            for labelled in _HOST_LABEL.finditer(doc.text):
                host = labelled.group("host")
                if any(c.isdigit() for c in host) and sum(c.isalpha() for c in host) >= 2:
                    yield self._span(doc, labelled.start("host"), labelled.end("host"), 0.8)
        if "[.]" in doc.text:
            # a security notice's defanged domain: "quellbrook[.]com", "portal[.]acme-bio[.]co[.]uk/login"
            for host in _DEFANGED.finditer(doc.lower):
                if not _glued(doc.text, host.start()) and not any(s <= host.start() < e for s, e in urls):
                    end = path.end() if (path := _PATH.match(doc.text, host.end())) else host.end()
                    yield self._span(doc, host.start(), end, 0.85)
        if "@" in doc.text:
            # a repository's remote over SSH: "git@github.com:jobloggs/tool.git" (its owner's path, with the host)
            for remote in _SSH_REMOTE.finditer(doc.text):
                user = _REMOTE_USER.search(doc.text, max(0, remote.start() - 32), remote.start())
                if user is not None and not any(s <= user.start() < e for s, e in urls):
                    yield self._span(doc, user.start(), remote.end(), 0.9)
        if "\\/" in doc.text:
            # a JSON export's address, its slashes escaped: "https:\\/\\/example.com\\/reports"
            for escaped in _JSON_ESCAPED.finditer(doc.text):
                if not any(s <= escaped.start() < e for s, e in urls):
                    yield self._span(doc, escaped.start(), escaped.end(), 0.9)
        if "\\\\" in doc.text:
            for share in _UNC.finditer(doc.text):
                yield self._span(doc, share.start(), share.end(), 0.9)
        if _LOG_LEVEL_HINT.search(doc.text):
            yield from self._log_sources(doc)
        if _HOST_HINT.search(doc.text):
            for host in _HOST_NAME.finditer(doc.text):
                if _host_like(host.group()) and not any(s <= host.start() < e for s, e in urls):
                    yield self._span(doc, host.start(), host.end(), 0.75)

    def _log_sources(self, doc: Document) -> Iterator[Span]:
        """The machines in a log's source column, and the same names wherever else the text writes them ("pull the
        audit trail for PK-L4-CAM01 from 05:30" in the notes under the log)."""
        hosts: set[str] = set()
        lines: frozenset[str] | None = None  # (the names the text writes after "line", read once when a source is met)
        for source in _LOG_SOURCE.finditer(doc.text):
            host = source.group("host")
            # (a machine's name of parts, as hosts and stations are named: "PK04-CAM02", "mes-app01"; not "Line4", "OPC1";
            # nor a production line the text names as one, "line PK-04": the log's line, named as the plant names it)
            if any(c.isdigit() for c in host) and sum(c.isalpha() for c in host) >= 2 and ("-" in host or "." in host):
                if lines is None:
                    lines = _line_names(doc.text)
                if host in lines:
                    continue
                hosts.add(host)
                yield self._span(doc, source.start("host"), source.end("host"), 0.8)
        if hosts:  # (each name of a host's shape read once and looked up: no scan of the text per host)
            for other in _HOST_MENTION.finditer(doc.text):
                if other.group() in hosts:
                    yield self._span(doc, other.start(), other.end(), 0.75)

    def _span(self, doc: Document, start: int, end: int, confidence: float) -> Span:
        end = _cell_end(doc.text, start, end)
        return Span(start, end, "contact", self.name, confidence, "URL", entity_key(doc.text[start:end]),
                    "Web address or domain")


def _within(urls: list[tuple[int, int]], at: int) -> bool:
    """Whether ``at`` lies inside one of ``urls`` (in text order, none overlapping): a search, not a walk over all of
    them for every dot (a row of thousands of addresses)."""
    i = bisect_right(urls, (at, maxsize)) - 1
    return i >= 0 and urls[i][0] <= at < urls[i][1]


def _cell_end(text: str, start: int, end: int) -> int:
    """Where an address that starts a cell of a semicolon-separated row ends: at the next semicolon, the cell's edge
    ("…;www.example.co.in;API DMF holder"), though a path may hold one elsewhere ("/a;jsessionid=…")."""
    return min(end, _cell_limit(text, start))


def _cell_limit(text: str, start: int) -> int:
    """How far an address that starts at ``start`` may reach: to its cell's edge in a semicolon-separated row (the
    scans of its rest stop there, not at the row's end, read again for every address of a long row)."""
    if start and text[start - 1] == ";" and (cut := text.find(";", start)) > start:
        return cut
    return len(text)


# Top-level domains that are English words after a dot between words ("sign.in/out"): an address's only after no word.
_WORDS_BEFORE_A_DOT = frozenset({".in", ".at", ".me"})
# Frameworks named like a domain.
_TECHNOLOGIES = frozenset({"asp.net", "vb.net", "ado.net"})
# A domain after a word that says it is a site's, whatever its top-level domain: "Web: kelvarro.app", "W: example.shop",
# "visit us at example.dev" (in one case throughout: "Site: St.Helens" is a place).
# (the word found in the lower-case view, led by its first letter, which ``re`` skips ahead to, the character before it
# looked behind at; the domain then matched after it in the text)
_SITE_WORD = re.compile(r"[wsuhiv](?<![\w.].)(?:(?<=w)eb(?:[ \t-]?site)?|(?<=w)(?=[ \t]*:)|(?<=s)ite|(?<=u)rl|"
                        r"(?<=h)ome[ \t]?page|(?<=i)nternet|(?<=v)isit(?:[ \t]+us)?(?:[ \t]+(?:at|on))?)(?![a-z])")
_FILE_TYPE = re.compile(r"\.(?:json|ya?ml|xml|html?|txt|csv|pdf|docx?|xlsx?|pptx?|png|jpe?g|gif|svg|zip|exe|py|js|md|log|ini|"
                        r"cfg|conf|sh|bat|ps1)$")
_SITE_AFTER_WORD = re.compile(r"[ \t]*:?[ \t]*(?P<host>[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)*"
                              r"\.[A-Za-z]{2,24})(?![\w-]|\.[A-Za-z0-9])(?:/[^\s<>\"']*[^\s<>\"'.,;:!?)])?")


# The machine a log's line comes from, in the column after its time and level, as a server's or a line's
# controller's log writes it: "2026-11-03T02:11:47Z WARN  PK-L4-CAM02   reject", "2024-03-01 10:02:11,114 [ERROR]
# mes-app01 timeout"; and after a syslog's time: "Nov  3 02:11:47 pk4-agg01 aggd[311]: case closed". A name with
# letters and digits ("OrderSvc", "Scheduler" are a program's parts, not a machine).
_LOG_TIME = r"(?:\d{4}-\d\d-\d\d|\d\d/\d\d/\d{4})[T \t]\d\d:\d\d(?::\d\d(?:[.,]\d{1,6})?)?(?:Z|[+-]\d\d:?\d\d)?"
_LOG_LEVEL = r"(?:INFO|WARN|WARNING|ERROR|ERR|DEBUG|TRACE|FATAL|CRIT|CRITICAL|NOTICE|ALARM|ALERT|AUDIT)"
_LOG_SOURCE = re.compile(rf"(?m:^\[?{_LOG_TIME}\]?[ \t]+(?:\[{_LOG_LEVEL}\]|{_LOG_LEVEL}:?)[ \t]+\[?"
                         r"|^[A-Z][a-z]{2}[ \t]+\d{1,2}[ \t]+\d\d:\d\d:\d\d[ \t]+)"
                         r"(?P<host>[A-Za-z][A-Za-z0-9]*(?:[.-][A-Za-z0-9]+){0,5})(?=[\] \t:])")
# (for ``search``: "[ \t\[]LEVEL\b|(?m:^)[A-Z][a-z]{2}[ \t]+\d{1,2}…" with the class both alternatives start with taken
# first, so that ``re`` skips ahead to it, each alternative then looking behind at it; a line start is no character
# before the capital but a line break. Led by alternatives, the pattern was tried at every position.)
_LOG_LEVEL_HINT = re.compile(rf"[ \t\[A-Z](?:(?<=[ \t\[]){_LOG_LEVEL}\b"
                             r"|(?<=[A-Z])(?<![^\n].)[a-z]{2}[ \t]+\d{1,2}[ \t]+\d\d:\d\d:\d\d[ \t])")
# A log source's name written anywhere, whole: not glued to a word, a dot, an "@", a slash or a hyphen before it, nor
# after it to a word, an "@", a slash, a hyphen or a dot and a word ("PK4-CAM02.local" is another name).
_HOST_MENTION = re.compile(r"[A-Za-z](?<![\w.@/\\-].)[A-Za-z0-9]*(?:[.-][A-Za-z0-9]+){0,5}(?![\w@/\\-]|\.\w)")
# A name written after the word "line" ("# export - line PK-04", "Line: PK-04"): a production line's, as a plant names
# its lines; a log's source so named is the log's line, not a machine. (Not "in-line QX09-NIR01": a probe's place.)
_LINE_NAME = re.compile(r"(?<![\w-])[Ll](?i:ine)[ \t]*:?[ \t]*(?P<name>[A-Za-z][A-Za-z0-9]*(?:[.-][A-Za-z0-9]+){0,5})(?![\w-])")


def _line_names(text: str) -> frozenset[str]:
    return frozenset(match.group("name") for match in _LINE_NAME.finditer(text))


# A server named without its domain, as IT writes it: "sg-hist-01", "mes-app-02", "lims-db01" (lower case,
# hyphen-joined parts, a number at the end).
_HOST_NAME = re.compile(r"[a-z](?<![\w.@/\\-].)[a-z0-9]{1,9}(?:-[a-z0-9]{1,12}){1,4}(?![\w@/\\-]|\.\w)")
_HOST_HINT = re.compile(r"-(?<=[a-z]-)[a-z]{0,8}\d\d")  # (led by its "-": ``re`` skips ahead to hyphens)
_YEAR = re.compile(r"(?:19|20)\d\d")


def _host_like(token: str) -> bool:
    """Whether a lower-case hyphenated token is a host name: its last part a number of two digits or more
    ("-01", "-db01"), no year ("covid-19" has two parts, "pre-2020" a year), three parts or a last part of
    letters and digits, and not only English words ("step-two-03")."""
    parts = token.split("-")
    last = parts[-1]
    if sum(c.isdigit() for c in last) < 2 or _YEAR.fullmatch(last) or parts[0].isdigit():
        return False
    if len(parts) < 3 and last.isdigit():
        return False
    return not all(part in english_words() for part in parts if not any(c.isdigit() for c in part))


# A repository named by its owner and name beside a word for it: "Repository : quarlby-ot/line-kpis", "repo:
# tessa-auto/cell3", "the quarlby-ot/line-kpis repo" (the owner a contributor's organisation or account; not a public one, "actions/checkout", nor
# one of everyday words, "packaging/line-service").
# An owner and a name, each with a letter ("quarlby-ot/line-kpis").
_OWNER_AND_NAME = r"(?P<slug>(?P<org>(?=[\w.-]*[A-Za-z])[A-Za-z0-9][A-Za-z0-9_.-]{1,38})/(?=[\w.-]*[A-Za-z])[A-Za-z0-9][A-Za-z0-9_.-]{1,99})"
_REPO_HINT = re.compile(r"repo(?<!\wrepo)")  # ("\brepo", led by its word: ``re`` looks for the word itself)
_REPO = re.compile(r"[RrGg](?<!\w.)(?:(?<=[Rr])(?i:epo|epository)|(?<=[Gg])(?i:it[ \t]+repo))[ \t]*[:=]?[ \t]*[`'\"]?"
                   rf"{_OWNER_AND_NAME}(?![\w/.-]|\.\w)")
# ("the quarlby-ot/line-kpis repo")
_REPO_AFTER = re.compile(rf"(?<![\w/.@:-]){_OWNER_AND_NAME}"
                         r"[ \t]+(?i:repo|repository)\b")
# (what every one of those ends with: ``_REPO_AFTER``, led by a look-behind, is tried at every position only where one is)
_REPO_WORD_AFTER = re.compile(r"[Rr](?<=[ \t][Rr])(?i:epo|epository)\b")
# A repository's slug in lower case ("brisca-digital/kpi-etl"), led by its first character (``re`` skips ahead to one).
_SLUG = re.compile(r"[a-z0-9](?<![\w/.@:\\-].)[a-z0-9-]{1,38}/[a-z0-9][a-z0-9_.-]{0,98}[a-z0-9](?![\w/@-]|\.\w)")
_TERM_PART = re.compile(r"[A-Za-z0-9]{2,20}")
_PUBLIC_ORGS = frozenset("""actions github docker library microsoft google aws azure hashicorp kubernetes apache python
    pypa npm nodejs facebook meta openai huggingface torvalds mozilla jenkinsci gitlab-org bitnami grafana""".split())


# A page of a site the text has given an address on, written from the site's root without its host: after
# "https://scan.acme.com/inhalix/gb?lot=..." the link "/inhalix/gb/faq#dose" is the same site's: its first part is that
# address's and no English word, or its first two parts are that address's ("/docs/..." or "/var/log" alone could be any
# site's or machine's).
# (led by its "/", the character before it looked behind at: ``re`` skips ahead to slashes)
_ROOT_PATH = re.compile(r"/(?<![\w./~:@\\-]/)(?P<first>[A-Za-z0-9][\w-]{1,40})(?P<second>/[A-Za-z0-9][\w-]{0,40})?"
                        r"(?:[/?#][^\s<>\"'()\[\]]*[^\s<>\"'()\[\].,;:!?])?")
_FIRST_PATH_PARTS = re.compile(r"(?:https?://|www\.)?[^/\s]+/(?P<first>[A-Za-z0-9][\w-]{1,40})(?P<second>/[A-Za-z0-9][\w-]{0,40})?")


def _site_paths(doc: Document, found: list[Span], span: Callable[[Document, int, int, float], Span]) -> Iterator[Span]:
    firsts: set[str] = set()
    pairs: set[tuple[str, str]] = set()
    for url in found:
        if part := _FIRST_PATH_PARTS.match(doc.text, url.start, url.end):
            first = part.group("first").lower()
            if len(first) >= 3 and first not in english_words():
                firsts.add(first)
            if part.group("second"):
                pairs.add((first, part.group("second").lower()))
    if not firsts and not pairs:
        return
    for path in _ROOT_PATH.finditer(doc.text):
        first, second = path.group("first").lower(), (path.group("second") or "").lower()
        if (first in firsts or (first, second) in pairs) and not any(u.start <= path.start() < u.end for u in found):
            yield span(doc, path.start(), path.end(), 0.8)


def _schemes(lower: str) -> list[tuple[int, int]]:
    """Where each address's scheme or "www." starts and ends, in order: ``_SCHEME``'s hits, and the other schemes
    before a "://" it does not know ("ftp://", "hxxps://")."""
    hits = [hit.span() for hit in _SCHEME.finditer(lower)]
    at = lower.find("://")
    while at >= 0:
        if lower[at + 3:at + 4].isalnum() and not lower.endswith(("http", "https"), 0, at) \
                and (scheme := _OTHER_SCHEME.search(lower, max(0, at - 16), at)):  # (not a template's "opc.tcp://{{")
            hits.append((scheme.start(), at + 3))
        at = lower.find("://", at + 3)
    return sorted(hits) if len(hits) > 1 else hits


def _glued(text: str, start: int) -> bool:
    """Part of an e-mail address or a longer token (the e-mail recogniser has it); not the host after a scheme
    that a scan or a typist broke from it ("http ://www.acme.com": the scheme alone names no one), nor one written
    without its scheme ("//www.acme.com")."""
    if text.endswith("//", max(0, start - 2), start) and not _SCHEME_BEFORE.search(text, max(0, start - 20), start):
        return False
    if text.endswith(("\\n", "\\t", "\\r"), max(0, start - 2), start):
        return False  # "\\nhttps://…": after a calendar file's or a JSON string's escaped line break
    return start > 0 and (text[start - 1] in "@.-_/" or text[start - 1].isalnum())


# A scheme glued to its "://" ("https://"): an address found whole from it.
_SCHEME_BEFORE = re.compile(r"(?<![\w.+-])[A-Za-z][A-Za-z0-9+.-]{1,15}://\Z")


RECOGNISER = UrlRecogniser()
