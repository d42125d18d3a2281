"""Forum and social-media handles and user names: "Posted by mbarasa_ops", "Reply from @jo_lab",
"u/cleanroom_kev", "username: pkarlsson", "User j.ocearr re-integrated the peak", any @-mention
("on X at @DeclanMoriartyPPW") and a chat workspace's member ID ("U04RZ7K1QDL"). A handle is a single
token of letters, digits, "_", "." or "-" after a word that introduces a poster or a user; in lower case or with an underscore or digit (capitalised
words after these cues are names, which the person recognisers read). After a bare "user" (no
colon) it must hold a dot, an underscore or a digit: "user interface" is no user. A lower-case
"initial.name" or "givenname.name" token is a user name wherever it stands ("notes by m.alaimo"), as
is one in capitals ("R.DESTOTTS"), and so is a token joined by "_" with a given name among its parts
("anjali_r", "Mod_Helen"; not "batch_size")."""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from anonymiser.text.data import english_words
from anonymiser.text.data import words as word_list
from anonymiser.text.document import Document
from anonymiser.text.normalise import lower_view
from anonymiser.text.recognisers.base import Pattern, PatternRecogniser
from anonymiser.text.recognisers.person_names import VERB_WORD_NAMES, given_name_words, is_given_name
from anonymiser.text.wordtrie import trie_pattern

_CUE = (r"(?:posted|replied|reposted|shared|written|asked|answered|started|quoted)[ \t]+by|reply[ \t]+from|"
        r"(?:forum[ \t]+name|username|user[ \t]+name|user|handle|screen[ \t]+name|gamertag|teams|skype|slack|github|gitlab)"
        r"[ \t]*:|u/|user[ \t]+")
_HANDLE = re.compile(
    rf"(?i:{_CUE})[ \t]*@?(?P<handle>[A-Za-z0-9][A-Za-z0-9_.-]{{1,30}}[A-Za-z0-9])(?![\w@-]|\.[A-Za-z])")
_ANCHOR = re.compile(trie_pattern("posted replied reposted shared written asked answered started quoted reply forum user "
                                   "handle screen gamertag teams skype slack github gitlab u/".split()))
_WORDS = frozenset("""the a an our my his her their your its this that me us him them you someone anyone everyone all
    admin moderator mod guest staff team email e-mail phone post thread message name
    all here channel everyone""".split())


# An ID on a messenger, after the messenger's name: "WeChat ID: wxid_kq7ab2c9x", "KakaoTalk ID: orrimek77",
# "Discord: name#4821", "Threema ID: ABCD1234", "ICQ: 123456789", "Matrix: @name:matrix.org", "Signal: name.42"
# (Signal's user names end in a full stop and two digits or more: "Signal: AI_101.PV" on a control system's screen is
# a tag, so that label takes that shape only). "LINE" only with "ID": "Line: L4" is a production line.
_MESSENGER = re.compile(
    r"(?i:(?P<app>we[ ]?chat|weixin|\u5fae\u4fe1|kakao(?:[ ]?talk)?|line[ \t]+id|telegram|viber|threema|icq|discord|zalo|"
    r"matrix|signal|wickr|qq))(?:[ \t]+(?i:id|username|user[ \t]?name|handle))?[ \t]*:[ \t]*@?"
    r"(?P<handle>[A-Za-z0-9][A-Za-z0-9_.:-]{0,40}[A-Za-z0-9](?:#\d{4})?)(?![\w@-]|\.[A-Za-z])")
_MESSENGER_ANCHOR = re.compile(r"we ?chat|weixin|\u5fae\u4fe1|kakao|line|telegram|viber|threema|icq|discord|zalo|matrix|signal|wickr|"
                               r"qq")
_MATRIX_ID = re.compile(r"[a-z0-9._=-]+:[a-z0-9-]+(?:\.[a-z0-9-]+)+", re.IGNORECASE)
_SIGNAL_NAME = re.compile(r"[a-z][a-z0-9_]{2,31}\.\d{2,9}", re.IGNORECASE)

# "@DeclanMoriartyPPW", "@jo_lab", "@amira-hulett-hv": a mention, not inside an e-mail address (the recogniser skips a match
# glued to a word before it) nor a domain after it.
_MENTION = re.compile(r"@(?P<handle>[A-Za-z][A-Za-z0-9_]{0,30}(?:[.-][A-Za-z0-9_]{1,30})*)(?![\w@-]|\.[A-Za-z])")
# "jess.m", "m.alaimo", "priya.venkatesh": a user name of a person's initial or given name and a name.
_DOTTED = re.compile(r"(?<![\w.@/\\-])(?P<handle>[a-z]{1,15}\.[a-z]{1,20}(?:-[a-z]{2,20})?|[A-Z]{1,15}\.[A-Z]{3,20})"
                     r"(?![\w@/\\-]|\.[A-Za-z0-9]|://)")  # (not a URL's scheme: "opc.tcp://", nor a code's: "WI.PRD.017")
# "ollie_b", "anjali_r", "Mod_Helen", "aisha_rahman_qc", "cfr_ahmad.rahimi": a handle with a given name among its parts.
_UNDERSCORED = re.compile(r"(?<![\w.@/\\-])(?P<handle>[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+(?:\.[A-Za-z]+(?![\w@/\\-]|\.[A-Za-z]))?)"
                          r"(?![\w@/\\-])")
# (both are found from their "." or "_", which ``re`` skips ahead to: a match starts where the run of letters
# (digits) before it starts, since its look-behind admits no word character before it)
# (a letter on both sides: both forms have one after their ".", and a sentence's full stop, which has none, is passed over
# without a look back for the run before it)
_DOT = re.compile(r"\.(?<=[A-Za-z]\.)(?=[A-Za-z])")
_LETTERS_TO_END = re.compile(r"(?<![A-Za-z])[A-Za-z]{1,15}\Z")
_UNDERSCORE = re.compile(r"_(?<=[A-Za-z0-9]_)")
_ALNUM_TO_END = re.compile(r"(?<![A-Za-z0-9])[A-Za-z0-9]+\Z")


def _runs_before(mark: re.Pattern[str], run_to_end: re.Pattern[str], reach: int) -> Callable[[str], Iterator[int]]:
    """``Pattern.starts`` for a pattern whose matches start at a run of characters ending just before a ``mark``:
    where ``run_to_end`` finds that run in the ``reach`` characters before each mark."""

    def starts(text: str) -> Iterator[int]:
        for hit in mark.finditer(text):
            run = run_to_end.search(text, max(0, hit.start() - reach), hit.start())
            if run is not None:
                yield run.start()

    return starts


# Where a match of ``_DOTTED`` may start: at the run of up to 15 letters before a ".".
_dotted_starts = _runs_before(_DOT, _LETTERS_TO_END, 15)


def _underscored_starts(text: str) -> Iterator[int]:
    """Where a match of ``_UNDERSCORED`` may start: at the run of letters and digits before a "_"."""
    for mark in _UNDERSCORE.finditer(text):
        end = lo = mark.start()
        run = None
        while run is None:  # (looked for in widening windows: the run is mostly short)
            lo = max(0, lo - 32)
            run = _ALNUM_TO_END.search(text, lo, end)
        yield run.start()


_NOT_NAMES = frozenset("""csv txt pdf doc docx xls xlsx xlsm ppt pptx json yaml yml xml log py md png jpg jpeg gif svg
    zip gz tar exe dll ini cfg conf html htm sql bak tmp dat csv io com org net gov nhs ac co uk int local lan
    internal corp ltd plc etc""".split())
_BARE_USER = re.compile(r"(?i:user)[ \t]")
# A log-in in lower case where a system records who did something: "User dsuda granted", "by user \"pkowal\"",
# "ack by jmacdonald 22:58", "Reply by mcullinan,", or alone in a table cell ("| kahuja |").
_LOGIN_AFTER_USER = re.compile(r"(?i:user(?:[ \t]?id)?|login|account)[ \t]+[\"'\u201c\u2018]?(?P<handle>[a-z]{5,16}\d{0,3})(?![\w@./\\-])")
# 'account "mferr_remote"', 'utente "mferr_remote"', 'Konten "bl_service"': an account named with an underscore after
# a word for an account (English, Italian, German, Spanish, French, Polish, Dutch), quoted or not.
_ACCOUNT_WORDS = ("account", "accounts", "user", "utente", "benutzer", "konto", "konten", "usuario", "cuenta",
                  "utilisateur", "compte", "użytkownik", "konta", "gebruiker")
_ACCOUNT_NAMED = re.compile(rf"(?i:{'|'.join(_ACCOUNT_WORDS)})[ \t]+[\"'\u201c\u2018]?(?P<handle>[a-z][a-z0-9]*_[a-z0-9_]*[a-z0-9])"
                            r"(?![\w@./\\-])")
# An account named in quotes beside its word: 'the "KSEZGIN" account', 'Konten "bl_service" und "ptl_qa_fat"',
# 'one login "czg3"': quoted after the word (a second one after "and"), or before it.
_QUOTED = r"[\"\u201c](?P<handle>[A-Za-z][A-Za-z0-9_.-]{2,30})[\"\u201d]"
_ACCOUNT_CUE = rf"(?<![\w-])(?i:{'|'.join(_ACCOUNT_WORDS)}|login|logins|log-in)"
_QUOTED_AFTER = re.compile(rf"{_ACCOUNT_CUE}[ \t]+(?:[\"\u201c][^\"\u201d\n]{{3,32}}[\"\u201d][ \t]+(?:und|and|et|y|e|or)[ \t]+)?{_QUOTED}")
_QUOTED_BEFORE = re.compile(rf"{_QUOTED}[ \t]+(?i:account|login|user)s?\b(?![=:\"])")  # (not a key: 'user="…"')
# (after "by", a record's punctuation, a time or a date must follow: "checked by barcode at every step" is no one)
_LOGIN_BY = re.compile(r"(?i:by)[ \t]+[\"'\u201c\u2018]?(?P<handle>[a-z]{5,16}\d{0,3})"
                       r"(?=[\"'\u201d\u2019]?[ \t]*(?:[.,;:)|]|\d|$))", re.MULTILINE)
# (each word's look-behind comes after it: led by a literal, ``re`` skips ahead to one, where a leading ``\b``
# is tried at every position)
_USER_ANCHOR = re.compile(r"(?:user(?<!\wuser)|login(?<!\wlogin)|account(?<!\waccount))[ \t]")
_BY_ANCHOR = re.compile(r"by(?<!\wby)[ \t]")
_LOGIN_CELL = re.compile(r"\|[ \t]*(?P<handle>[a-z]{5,16}\d{0,3})[ \t]*(?=\|)")
# "QBP\\akhan2", "CORP\\j.smith": a Windows domain account; "kaghas <kwame.aghas@...>": a commit's or a
# message's author before the address.
_DOMAIN_ACCOUNT = re.compile(r"(?<![\w\\])[A-Z][A-Z0-9-]{1,14}\\(?P<handle>[a-z][a-z0-9._-]{1,30}[a-z0-9])(?![\w@\\-])")
# "username": "pdunphy", by: mkang_vli, "login": "akhan2": a log-in in an exported record.
# (and a directory's attributes for an account: "sAMAccountName: jbloggs", "userPrincipalName", "mailNickname")
_KEYED = re.compile(r"(?i:[\"']?(?:user[ _]?name|user[ _]?id|user|login[ _]?(?:id|name)|login|uid|by|samaccountname|"
                    r"userprincipalname|mailnickname|account[ _]?name)[\"']?[ \t]*[:=][ \t]*)[\"']?"
                    r"(?P<handle>[a-z][a-z0-9._-]{1,30}[a-z0-9])(?=[\"']|[ \t]*(?:[,}|]|$)|[ \t]{2})", re.MULTILINE)
# "updatedBy": "lzhao", closed_by=iogulisost, <closed_by display_value="…">iogulisost</closed_by>, owner: dntombela:
# a record's field that names who did something, its value a log-in in lower case.
_ROLE_KEY = r"[A-Za-z]*(?:By|_by)|(?i:owner|assignee|assigned[ _]?to|author|approver|reviewer|operator|requester|requestor)"
_KEYED_ROLE = re.compile(rf"(?:[\"']?(?:{_ROLE_KEY})[\"']?[ \t]*[:=][ \t]*[\"']?|<(?P<tag>{_ROLE_KEY})(?:[ \t][^<>\n]*)?>)"
                         r"(?P<handle>[a-z][a-z0-9._-]{1,30}[a-z0-9])(?(tag)</(?P=tag)>|(?=[\"']|[ \t]*(?:[,;}|]|$)|[ \t]{2}))",
                         re.MULTILINE)
# (the same as "(?:By|_by|(?i:owner|assignee|assigned[ _]?to|author|…))…", led by a class of the words' first
# letters so ``re`` skips ahead to one, each word's first letter looked behind at from there)
# (the words grouped by their first letter, each letter looked behind at once: no word is another's start, so at any
# place one word at most can match, whatever their order)
_ROLE_KEY_END = re.compile(r"[B_OoAaRr](?:(?<=B)y|(?<=_)by|(?i:(?<=o)(?:wner|perator)|(?<=a)(?:ssignee|ssigned[ _]?to|uthor|pprover)"
                           r"|(?<=r)(?:eviewer|equester|equestor)))"
                           r"(?:[\"']?[ \t]*[:=]|[ \t][^<>\n]*>|>)")
_KEY_TO_START = re.compile(r"[<\"']?[A-Za-z_]*\Z")


def _role_key_starts(text: str) -> Iterator[int]:
    """Where a match of ``_KEYED_ROLE`` may start: at the key (its quote or "<") before a role word's end."""
    for end in _role_key_ends(text):
        yield _KEY_TO_START.search(text, max(0, end.start() - 40), end.start()).start()


# Where a match of ``_ROLE_KEY_END`` starts, in the lower-case text: at one of these words, or at the "_" before "by".
_ROLE_WORDS = ("by", "owner", "operator", "assign", "author", "approver", "reviewer", "request")
# Letters ``re`` takes for an ASCII letter when ignoring case that do not lower-case to it ("ſ" for "s", "ı" and "İ" for
# "i"): a text with one may write a role word so ("aſſignee"), which its lower-case copy does not show.
_FOLDED_APART = ("\u017f", "\u0131", "\u0130")


def _role_key_ends(text: str) -> Iterator[re.Match[str]]:
    """``_ROLE_KEY_END.finditer(text)``, tried only where a role word starts (found by ``str.find`` in the
    lower-case text), from where the previous match ended as ``finditer`` goes on. (Speed: the pattern is led by
    "o", "a" and "r" among its letters, which ``re`` stopped at everywhere in a text.)"""
    if any(letter in text for letter in _FOLDED_APART):
        yield from _ROLE_KEY_END.finditer(text)
        return
    lower = lower_view(text)
    candidates: set[int] = set()
    for word in _ROLE_WORDS:
        at = lower.find(word)
        while at >= 0:
            candidates.add(at)
            if word == "by" and at:
                candidates.add(at - 1)  # ("_by")
            at = lower.find(word, at + 1)
    resume = 0
    for at in sorted(candidates):
        if at >= resume and (end := _ROLE_KEY_END.match(text, at)):
            resume = end.end()
            yield end
# "Tomasz Zakrzewski (tzakrzewski)", "Lukas Blaser (ext_lblaser)": a log-in in brackets after a capitalised name.
# (found from the bracket, then the name before it: a scan from every capital would cost more)
_AFTER_NAME = re.compile(r"\((?<=[ \t]\()(?P<handle>[a-z][a-z0-9._-]{2,30}[a-z0-9])\)")
_NAME_BEFORE = re.compile(r"(?P<name>[A-Z][\w'\u2019.-]*(?:[ \t][A-Z][\w'\u2019.-]*){0,2})[ \t]$")
# "gabe-oyenor opened this issue", "**delphine-k** commented on": a user acting in a code-review thread.
_THREAD_ACT_WORDS = ("commented", "opened", "closed", "merged", "approved", "reviewed", "pushed", "requested", "reopened",
                     "force-pushed", "mentioned", "assigned", "unassigned", "added", "removed")
_THREAD_ACTS = "(?:" + "|".join(_THREAD_ACT_WORDS) + ")[ \t]"
_THREAD_USER = re.compile(rf"(?m:(?:^|\*\*|@)(?P<handle>[a-z][a-z0-9_-]{{2,38}}[a-z0-9])(?:\*\*)?[ \t]+{_THREAD_ACTS})")
# (tried only where it may start: a line's start, a "*" before another, an "@"; each word of ``_THREAD_ACTS`` ends
# in "ed", a literal ``re`` skips ahead to, and is looked behind at from there)
_THREAD_MARK = re.compile(r"\n|\*(?=\*)|@")
_THREAD_ACTED = re.compile("ed[ \t](?:" + "|".join(f"(?<={re.escape(word)}[ \t])" for word in _THREAD_ACT_WORDS) + ")")


def _thread_user_starts(text: str) -> Iterator[int]:
    """Where a match of ``_THREAD_USER`` may start: a line's start, a "*" before another, an "@", on a line that
    holds an act ("ed" after one of its words). A match lies within one line (none of its parts holds a line
    break) and ends with an act, so a line without one holds none: English text has many "ed " but few lines of
    a thread, and each line was tried."""
    line_end = -1
    for acted in _THREAD_ACTED.finditer(text):
        if acted.start() < line_end:
            continue  # (an act on a line already read)
        line_start = text.rfind("\n", 0, acted.start()) + 1
        line_end = text.find("\n", acted.start())
        line_end = len(text) if line_end < 0 else line_end
        yield line_start
        for mark in _THREAD_MARK.finditer(text, line_start, line_end):
            yield mark.start()
# "micro.team2", "pk04.op2", "qc.analyst1": a shared or station account, two dotted parts and a number at its end
# (not a file's or a type's name: "video.mp4", "np.float64", "math.log2").
_DOTTED_NUMBERED = re.compile(r"(?P<handle>[a-z](?<![\w.@/\\-].)[a-z0-9]{1,15}\.(?P<word>[a-z]{2,20})\d{1,3})(?![\w@/\\-]|\.[A-Za-z])")
_NOT_ACCOUNT_WORDS = frozenset("""mp md sha utf ipv int uint float complex log tar gz bz xz zip ogg mpeg aac wav ac jp
    h hdf nc py exe dll so lib bin rev ver version sec fig tab table eq""".split())
_ACCOUNT_WORDS_AFTER_DOT = frozenset("""team op ops user operator analyst tech station shift lab qc qa admin desk line
    cell bench reader scan scanner kiosk""".split())
_NOT_ACCOUNT_FIRSTS = frozenset("""np numpy torch tf math os pd self this hashlib cv fig table eq sec ch vol""".split())
# "Scanned by pp-scan01", "confirmed by pk04.op2": a station's or a device's account that did a thing, its parts
# joined by ".", "-" or "_", the last letters then a number (not "covid-19", whose last part is a number alone).
_DEVICE_BY = re.compile(r"(?i:by)[ \t]+(?P<handle>[a-z][a-z0-9]*(?:[._-][a-z0-9]+)*[._-][a-z]+\d{1,3})"
                        r"(?![\w@/\\-]|\.\w)")
# "mqorrin-qa", "tvarlow-adm": a person's log-in with the role it is used for after a hyphen (an elevated or
# a second account: one person's as surely as the log-in alone).
# (or before it, as a directory names a vendor's or an admin account: "CN=ext-dkaminsky", "adm-tvarlow")
_ROLE_ACCOUNT = re.compile(r"(?P<handle>[a-z](?<![\w.@/\\-].)(?:[a-z]{4,15}\d{0,2}-(?:qa|adm|admin|sa|su|priv|ext|da|ops)"
                           r"|(?<=[a-z])(?:(?<=e)xt|(?<=a)dm|(?<=a)dmin)-[a-z]{5,16}\d{0,2}))"
                           r"(?![\w@/\\-]|\.\w)")
# Whether a text holds such an account, for ``search``: "-(?<=[a-z0-9]-)(?:qa|adm|admin|sa|su|priv|ext|da|ops)\b|
# (?:ext|adm|admin)-[a-z]" found from the hyphen every match holds, which ``re`` skips ahead to, the word before it
# looked behind at (led by alternatives, it was tried at every position).
_ROLE_HINT = re.compile(r"-(?:(?<=[a-z0-9]-)(?:qa|adm|admin|sa|su|priv|ext|da|ops)\b|(?<=ext-|adm-)[a-z]|(?<=admin-)[a-z])")
# "svc_rpt_rdafydd", "svc-hist-pkg-kdl": a service account, named after what and whom it serves.
# (the look-behind after "svc", so that ``re`` finds the literal with a fast search instead of trying every position)
_SERVICE_ACCOUNT = re.compile(r"(?P<handle>svc(?<![\w.@/\\-]svc)[_-][a-z0-9][a-z0-9_-]{2,40}[a-z0-9])(?![\w@/\\-])")
# "TODO(tkapka):", "FIXME(sv)": the owner of a note in code.
_CODE_NOTE_OWNER = re.compile(r"(?:TODO|FIXME|XXX|HACK|NOTE)\((?P<handle>[A-Za-z][\w.-]{0,30}[A-Za-z0-9])\)")
# "2024-09-03  ofleischmann  write to the event log": a log-in after a date (and a time) in a log or change history.
# (the digit both dates start with is written first: ``re`` skips ahead to a digit, where a pattern led by
# alternatives is tried at every position)
_AFTER_DATE = re.compile(r"\d(?:\d{3}-\d{2}-\d{2}|\d?/\d{1,2}/\d{2,4})(?:[ \tT]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"
                         r"[ \t]+(?P<handle>[a-z][a-z0-9._-]{3,20}[a-z0-9])(?=[ \t]{2,}|[ \t]*\||[ \t]*$)", re.MULTILINE)
# "Saved by jlim to the drive", "Printed: 2024-11-24 07:55 by cobroin", "Generated by: kpooler": the log-in a
# system prints after what was done to a record.
_RECORD_VERBS = ("saved", "generated", "updated", "edited", "modified", "created", "uploaded", "exported", "printed",
                 "submitted", "executed", "downloaded", "deleted", "changed", "imported", "released", "signed")
_RECORD_BY = re.compile(rf"(?i:{'|'.join(_RECORD_VERBS)})(?::[ \t]*[^\n]{{0,30}}?|[ \t]+(?:[^\n]{{0,30}}?[ \t])?)by:?[ \t]+"
                        r"(?P<handle>[a-z][a-z0-9._-]{2,20}[a-z0-9])(?![\w@.-])")
# "C:\\Users\\r.obave\\src", "/home/kmuchui/", "/Users/jo.b/": the log-in a home folder is named after.
# (ending the path too: "PWD=/home/kmuchui ;", "cd /home/kmuchui")
_HOME_FOLDER = re.compile(r"(?:(?i:[a-z]:\\users)\\|/home/|/Users/)(?P<handle>[A-Za-z][\w.-]{1,30}[A-Za-z0-9])"
                          r"(?=[\\/]|[^\w.@-]|\.(?!\w)|$)")
# A system log's account: "Accepted publickey for kmuchui from", "Failed password for invalid user kmuchui from",
# "session opened for user kmuchui", "sudo:   kmuchui : TTY=pts/0" (sshd, PAM and sudo write them so).
_SYSTEM_LOG_USER = re.compile(
    r"(?:(?:Accepted|Failed)[ \t]+(?:password|publickey|keyboard-interactive(?:/pam)?|gssapi-with-mic|none)[ \t]+for"
    r"(?:[ \t]+invalid[ \t]+user)?|[Ii]nvalid[ \t]+user|session[ \t]+(?:opened|closed)[ \t]+for[ \t]+user)[ \t]+"
    r"(?P<handle>[a-z_][a-z0-9._-]{0,30}[a-z0-9])(?=[ \t(]|$)", re.MULTILINE)
_SUDO_USER = re.compile(r"sudo:[ \t]+(?P<handle>[a-z_][a-z0-9._-]{0,30}[a-z0-9])[ \t]+:[ \t]")
# Accounts every machine has: no one's.
_SYSTEM_ACCOUNTS = frozenset("""root nobody daemon bin sys admin administrator guest user ubuntu centos debian ec2-user
    www-data apache nginx postgres mysql oracle git jenkins ansible vagrant pi test backup operator system service
    sshd ftp mail""".split())
# (where one may start: two before a "\\users\\", at a "/home/" or "/Users/"; each mark one character, so that marks
# next to each other are all found, led by a class ``re`` skips ahead to)
_HOME_MARK = re.compile(r"[\\/](?:(?<=\\)(?=(?i:users)\\)|(?<=/)(?=home/|Users/))")


def _home_folder_starts(text: str) -> Iterator[int]:
    """Where a match of ``_HOME_FOLDER`` may start: two before a "\\users\\" (the drive's letter and colon before
    it), at a "/home/" or "/Users/". (Speed: the pattern is led by a case-insensitive letter, tried everywhere in
    a text with a home folder.)"""
    for mark in _HOME_MARK.finditer(text):
        at = mark.start()
        if text[at] == "/":
            yield at
        elif at >= 2:
            yield at - 2


_SHARED_FOLDERS = frozenset("public default all users administrator admin shared guest defaultuser0 root".split())
# (the log-in is the whole run before the space, so its letters are taken once and not given back: the
# same matches as "[a-z][a-z0-9._-]{2,30}[a-z0-9]", without trying every shorter run at every letter)
_BEFORE_ADDRESS = re.compile(r"(?P<handle>[a-z][a-z0-9._-]{3,31}+(?<=[a-z0-9]))[ \t]+<[^<>@\s]+@", re.MULTILINE)
_ADDRESS_AFTER = re.compile(r"<(?<=[ \t]<)[^<>@\s]+@")
_LOGIN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789._-")


def _before_address_starts(text: str) -> Iterator[int]:
    """Where a match of ``_BEFORE_ADDRESS`` may start: in the run of a log-in's characters that ends at the spaces
    before an address's "<", at most 32 before its end (the run is taken whole, so a start further back reads
    on past the spaces), at least 4. (Speed: the pattern is led by a lower-case letter, where ``re`` stopped at
    every one in a text with an address.)"""
    for mark in _ADDRESS_AFTER.finditer(text):
        end = mark.start() - 1
        while end and text[end - 1] in " \t":
            end -= 1
        start = end
        while start > max(0, end - 32) and text[start - 1] in _LOGIN_CHARS:
            start -= 1
        yield from range(start, end - 3)


# The tags of doc comments (Javadoc, JSDoc, PHPDoc), Java's and Python's common annotations and decorators, CSS's
# at-rules and a chat's group mentions, in lower case: "@param", "@Override", "@staticmethod", "@media", "@here".
_CODE_TAGS = frozenset("""param params return returns throws throw exception override deprecated since see link
    inheritdoc author version type typedef template callback property staticmethod classmethod dataclass
    abstractmethod cached_property lru_cache wraps fixture media import keyframes font-face supports charset
    namespace page layer include mixin extend forward function test before after beforeeach aftereach beforeall
    afterall autowired component service repository controller restcontroller bean configuration entity table column
    id getmapping postmapping putmapping deletemapping requestmapping requestparam pathvariable requestbody
    transactional value suppresswarnings functionalinterface nonnull nullable notnull valid slf4j data getter setter
    builder input output injectable ngmodule viewchild hostlistener todo fixme here channel everyone""".split())
# A decorator's module, and its name, in a dotted one: "@pytest.fixture", "@app.route", "@functools.lru_cache" (only
# in a dotted one, and a name only after the module: "@mark" alone and "@mark.smith" may be someone).
_DECORATOR_MODULES = frozenset("""pytest app functools unittest mock contextlib router api celery click typing abc
    dataclasses numba torch tf bp blueprint""".split())
_DECORATOR_PARTS = _CODE_TAGS | frozenset("""mark parametrize skip skipif xfail usefixtures patch object contextmanager
    asynccontextmanager route get post put delete task shared_task jit njit command option validator""".split())


def _looks_like_a_handle(match: re.Match[str], doc: Document) -> bool:
    handle = match.group("handle")
    if handle.lower() in _WORDS:
        return False
    if match.group().startswith("@"):
        # (not a word of code: "@article{", "DECLARE @from", a test's tag "@dispense"; "@fern" may be someone)
        if handle.lower() in _CODE_TAGS:
            return False  # "@param", "@Override", "@dataclass", "@media": a doc comment's tag, an annotation, a rule
        if "." in handle and (handle.split(".")[0].lower() in _DECORATOR_MODULES
                              or any(part.lower() in _DECORATOR_PARTS for part in handle.split(".")[1:])
                              or doc.text.startswith("(", match.end())):
            return False  # "@pytest.fixture", "@app.route(": a decorator with its module
        # (a word is no one's handle, "@dispense", unless a common given name, "@hope", "@wren": a chat's mention)
        # (but not a modal or a verb, "@will see", "cc @will": the word as often as the name)
        return not (handle.islower() and handle in english_words()
                    and (handle in VERB_WORD_NAMES
                         or not is_given_name(handle.capitalize()) and handle not in word_list("word_names.txt")))
    if match.re is _DOTTED:
        return _user_name(*handle.lower().split("."))
    if match.re is _DOTTED_NUMBERED:  # (a station's number or a word for who uses it: not "model.layer1", "df.col2")
        first = handle.split(".")[0]
        return (match.group("word") not in _NOT_ACCOUNT_WORDS and first not in _NOT_ACCOUNT_FIRSTS
                and first not in _NOT_NAMES
                and (any(c.isdigit() for c in first) or match.group("word") in _ACCOUNT_WORDS_AFTER_DOT))
    if match.re is _DEVICE_BY:  # (not a standard or a virus: "by SARS-CoV2" is in capitals, "by covid-19" ends in a number)
        return True
    if match.re is _ROLE_ACCOUNT:
        head, tail = handle.split("-", 1)
        return _initial_and_surname(tail if head in ("ext", "adm", "admin") else head)
    if match.re is _LOGIN_BY:  # (after a bare "by", also a word no dictionary lists: "collected by apheresis,")
        return _initial_and_surname(handle)
    if match.re in (_LOGIN_AFTER_USER, _LOGIN_CELL):
        return _login(handle)
    if match.re is _ACCOUNT_NAMED:  # (not a setting's name: "user batch_size", "account data_owner")
        return not _wordy(handle)
    if match.re in (_DOMAIN_ACCOUNT, _BEFORE_ADDRESS, _SERVICE_ACCOUNT, _CODE_NOTE_OWNER):
        return True
    if match.re in (_QUOTED_AFTER, _QUOTED_BEFORE):  # (a log-in's shape, not a role's: "Admin", "QCUSER", "AVI_ENG")
        parts = [p for p in re.split(r"[._-]|(?<=[A-Za-z])(?=\d)", handle.lower()) if p and not p.isdigit()]
        if any(part in _SHARED_ACCOUNTS for part in parts) or all(part in english_words() for part in parts) \
                or any(handle.lower().endswith(w) or handle.lower().startswith(w) for w in _SHARED_ACCOUNTS if len(w) >= 3):
            return False
        return any(c in "._" or c.isdigit() for c in handle) or handle.isupper() and len(handle) >= 4 \
            or handle.islower() and _login(handle)
    if match.re is _MEMBER_ID:  # (letters and digits both: not "UNIVERSITY", not "U12345678")
        return sum(c.isdigit() for c in handle) >= 2 and sum(c.isalpha() for c in handle[1:]) >= 2
    if match.re is _HOME_FOLDER:
        return handle.lower() not in _SHARED_FOLDERS and handle.lower() not in _SYSTEM_ACCOUNTS
    if match.re in (_JIRA_MENTION, _ARN_USER, _CHAT_NICK):
        return True
    if match.re is _SHELL_ACCOUNT:  # (a target after a copy or log-in command, or a prompt with its path: not "me@home")
        user = handle.split("@")[0]
        prompt = doc.text.startswith((":~", ":/"), match.end())
        host = handle.split("@")[1]
        domain = "." in host and host.rsplit(".", 1)[1].isalpha()  # (an e-mail address's: the e-mail recogniser's)
        return user not in _SYSTEM_ACCOUNTS and not domain and (
            prompt or bool(_SHELL_WORD.search(doc.lower, max(0, match.start() - 60), match.start())))
    if match.re is _MESSENGER:
        app = match.group("app").lower()
        if app == "signal":
            return bool(_SIGNAL_NAME.fullmatch(handle))
        if app == "matrix":  # (an ID on Matrix names its server: "@name:matrix.org"; not "Matrix: 96-well plate")
            return bool(_MATRIX_ID.fullmatch(handle))
        if app == "icq" or app == "qq":
            return handle.isdigit() and 5 <= len(handle) <= 10
        return (any(c in "._#:" or c.isdigit() for c in handle) or len(handle) >= 4 and handle.lower() not in english_words()) \
            and handle.lower() not in _WORDS
    if match.re is _SKYPE_LIVE:  # (a name's ID holds a ".", "_" or digit: not "live:stream")
        return handle.startswith("live:.cid.") or any(c in "._" or c.isdigit() for c in handle[5:])
    if match.re is _SYSTEM_LOG_USER or match.re is _SUDO_USER:
        return handle not in _SYSTEM_ACCOUNTS
    if match.re is _AFTER_NAME:
        text = doc.text
        name = _NAME_BEFORE.search(text, max(0, match.start() - 80), match.start())
        if name is None or (name.start() and (text[name.start() - 1].isalnum() or text[name.start() - 1] in "_-")):
            return False
        words = name.group("name").split()
        return not _wordy(handle) and (_made_from(handle, words) or _initial_then_login(handle, words))
    if match.re in (_THREAD_USER, _KEYED):
        return not _wordy(handle)
    if match.re is _KEYED_ROLE:  # (a login, not a status or a team: "owner: qa", "createdBy": "system")
        return _login(handle) and not _wordy(handle) or any(c in "._" or c.isdigit() for c in handle) and not _wordy(handle)
    if match.re in (_AFTER_DATE, _RECORD_BY):
        return _login(handle) and not _wordy(handle)
    if match.re is _UNDERSCORED:  # (or a log-in among them: "ext_lblaser", "mva_gpatel")
        if handle.isupper():
            return False  # "LOC_CODE", "URS_ID": a constant's or a column's name
        parts = re.split(r"[_.]", handle)
        if any(len(part) >= 3 and part.lower() not in given_name_words() and is_given_name(part.capitalize()) for part in parts):
            return True
        # (a log-in beside no word of four letters or more: "ansible_host", "syslog_target" are code's names)
        return (not any(len(part) >= 4 and part.lower() in english_words() for part in parts)
                and any(len(part) >= 6 and part.islower() and _login(part) for part in parts))
    if _BARE_USER.match(match.group()):
        return any(c in "._" or c.isdigit() for c in handle)
    # "Posted by Wanjiru" is a name (the person recognisers'); "posted by mbarasa_ops" a handle
    if "_" in handle or any(c.isdigit() for c in handle):
        return True
    return (handle.islower() and len(handle) >= 4 and match.group().lower().startswith(_LABELS)
            and handle not in english_words())  # ("GitLab: build #318" is no account)


# Accounts every system has: not one person's.
_SHARED_ACCOUNTS = frozenset("""admin administrator root guest system service svc operator user test demo default
    eng engineer lab ops maint maintenance shift supervisor""".split())

_LABELS = ("u/", "user", "handle", "screen", "gamertag", "forum", "teams", "skype", "slack", "github", "gitlab")


# Two consonants that start English words; an initial before a surname mostly makes two that do not ("ds", "jm").
_ENGLISH_ONSETS = frozenset("bl br ch cl cr dr dw fl fr gh gl gn gr kh kl kn kr ph pl pn pr ps pt rh sc sh sk sl sm sn sp "
                            "st sv sw th tr ts tw wh wr".split())


def _initial_and_surname(handle: str) -> bool:
    """A log-in that starts with an initial no English word starts with ("dsuda", "lblaser"; not "backoff")."""
    return _login(handle) and handle[:2] not in _ENGLISH_ONSETS and not (set(handle[:2]) & set("aeiouy"))


def _wordy(handle: str) -> bool:
    """Whether every part of a token is an English word or a letter ("e-signature", "paraphrased")."""
    return all(len(part) <= 1 or part in english_words() for part in re.split(r"[-_.]", handle))


def _login(handle: str) -> bool:
    """"dsuda", "jmacdonald", "kahuja": an initial and a surname, run together; no word, no given name
    ("by email", "user elisa") and no capitals of the trade in lower case ("by rtpcr": no vowel after the first letter)."""
    letters = handle.rstrip("0123456789")
    rest = letters[1:]
    return (letters not in english_words() and rest not in english_words() and letters not in given_name_words()
            and not is_given_name(letters.capitalize()) and any(c in "aeiouy" for c in rest))


def _made_from(handle: str, name: list[str]) -> bool:
    """Whether a log-in is made from the name before it: three letters of one of its words ("tzakrzewski" for
    Tomasz Zakrzewski), or its first initial then another's ("rokb" for R. Oheislin-Bice); "Agreement
    (non-binding)" is no one's."""
    words = [w.lower().strip(".") for w in name if w[:1].isalpha()]
    if any(w[i:i + 3] in handle for w in words for i in range(max(1, len(w) - 2)) if len(w) >= 3):
        return True
    return len(words) >= 2 and handle[0] == words[0][0] and words[-1][0] in handle[1:]


def _initial_then_login(handle: str, name: list[str]) -> bool:
    """"Femi (fqorrin)", "only Femi (fqorrin)": a log-in in brackets after a given name, its first letter that
    name's initial and the rest a surname no dictionary knows (the surname the text leaves out); "Agreement
    (amended)" is no one's."""
    letters = handle.rstrip("0123456789")
    given = name[-1]
    return (len(letters) >= 6 and letters[0] == given[0].lower() and is_given_name(given.capitalize())
            and _login(letters) and letters[1:] not in english_words())


def _user_name(first: str, second: str) -> bool:
    """"m.alaimo", "jess.m", "priya.venkatesh", "mo.aziz", "m.adjei-baranski"; not "e.g", "data.csv"."""
    if first in _NOT_NAMES or second in _NOT_NAMES:
        return False
    if len(first) >= 4 and first in english_words() and first not in given_name_words() and not is_given_name(first.capitalize()):
        return False  # "packages.config", "settings.local": a file's or a setting's name ("summer.h" may be someone's)
    if min(len(first), len(second)) == 1:
        return max(len(first), len(second)) >= 3  # an initial and a name ("e.g" is no one)
    if is_given_name(first.capitalize()) and first not in given_name_words():
        return True
    return len(second) >= 3 and second.split("-")[0] not in english_words()  # a surname no dictionary knows


# "U04RZ7K1QDL", "<@W05A3MPX2TT>": a chat workspace's member ID, in an export's "user" fields and mentions.
_MEMBER_ID = re.compile(r"(?<=[\"'@ \t\[(])(?P<handle>[UW][A-Z0-9]{8,10})(?![\w-])")
# A mention in Jira's and Confluence's wiki markup: "[~jbloggs]", "[~accountid:5b10ac8d82e05b22cc7d4ef5]".
_JIRA_MENTION = re.compile(r"\[~(?P<handle>(?:accountid:)?[A-Za-z0-9][\w.@-]{0,60}[A-Za-z0-9])\]")
# (where a shell's account may start: at the run of an account's characters before an "@", which ``re`` skips ahead to)
_AT_SIGN = re.compile(r"@(?<=[a-z0-9_.-]@)(?=[A-Za-z0-9])")
_ACCOUNT_TO_END = re.compile(r"(?<![a-z0-9_.-])[a-z_][a-z0-9_.-]{0,31}\Z")


_shell_account_starts = _runs_before(_AT_SIGN, _ACCOUNT_TO_END, 32)


# An account on a machine as a shell writes it: the target of "ssh", "scp", "sftp" or "rsync" ("ssh jbloggs@build01",
# "scp f.txt jbloggs@10.4.1.9:/tmp") and a prompt at a line's start ("jbloggs@pc-0412:~$"); the account and its machine.
_SHELL_ACCOUNT = re.compile(r"(?m:(?<![\w.@/-])(?:(?<=ssh )|(?<=scp )|(?<=sftp )|(?<=rsync )|^|(?<=[ \t]))"
                            r"(?P<handle>[a-z_][a-z0-9_.-]{0,31}@[A-Za-z0-9][A-Za-z0-9.-]{0,62}[A-Za-z0-9])"
                            r"(?=:[~/][^\s]*[$#](?:[ \t]|$)|:/|[ \t]|$))")
_SHELL_WORD = re.compile(r"\b(?:ssh|scp|sftp|rsync)\b[^\n]{0,60}$")
# A user in Amazon's identity service, named in its ARN: "arn:aws:iam::271839465012:user/jbloggs".
_ARN_USER = re.compile(r"arn:aws:iam::\d{12}:user/(?:[\w+=,.@-]+/)*(?P<handle>[\w+=,.@-]{2,64})")
# A nick in a chat log, IRC's "<nick>" after the line's time: "[09:14] <jbloggs> build is green".
_CHAT_NICK = re.compile(r"(?m:^[ \t]*\[?(?:\d{4}-\d\d-\d\d[ T])?\d{1,2}:\d\d(?::\d\d)?\]?[ \t]+<[@+]?"
                        r"(?P<handle>[A-Za-z_\[\]^`|][\w\[\]^`|-]{1,30})>[ \t])")
# A Skype account's ID as Microsoft writes it: "live:.cid.4a7b2c1d9e8f", "live:jo.brannagh_1".
_SKYPE_LIVE = re.compile(r"(?P<handle>live:(?:\.cid\.[0-9a-f]{8,20}|[a-z][\w.-]{1,30}[a-z0-9]))(?![\w-])")


# (a ``requires`` is led by a literal ``re`` skips ahead to, with what stands before it looked behind: "\\"
# after a capital, "(" after "TODO"; the one for "username:" also admits any ":" after an "e", "d", "n", "y", "r",
# a quote or a space: only texts without one go unscanned)
RECOGNISER = PatternRecogniser(
    name="handle",
    category="contact",
    label="Handle",
    patterns=(Pattern(_HANDLE, 0.8, group="handle", anchor=_ANCHOR), Pattern(_MENTION, 0.8, group="handle"),
              Pattern(_DOTTED, 0.7, group="handle", starts=_dotted_starts),
              Pattern(_UNDERSCORED, 0.7, group="handle", starts=_underscored_starts),
              Pattern(_LOGIN_AFTER_USER, 0.7, group="handle", anchor=_USER_ANCHOR),
              Pattern(_LOGIN_BY, 0.7, group="handle", anchor=_BY_ANCHOR),
              Pattern(_ACCOUNT_NAMED, 0.8, group="handle", anchor=re.compile(trie_pattern(_ACCOUNT_WORDS)),
                      requires=re.compile(r"_(?<=[a-z0-9]_)[a-z0-9]")),  # ("[a-z0-9]_[a-z0-9]" led by its "_")
              Pattern(_LOGIN_CELL, 0.7, group="handle", requires=re.compile(r"\|[ \t]*[a-z]{5}")),
              Pattern(_DOMAIN_ACCOUNT, 0.8, group="handle", requires=re.compile(r"\\(?<=[A-Z0-9]\\)[a-z]")),
              Pattern(_KEYED, 0.8, group="handle", anchor=re.compile(r"(?:user|login|uid|by|samaccountname|mailnickname|account)"),
                      requires=re.compile(r"[:=](?<=[eEdDnNyYrR\"' \t][:=])")),
              Pattern(_KEYED_ROLE, 0.8, group="handle", starts=_role_key_starts),
              Pattern(_AFTER_NAME, 0.8, group="handle", requires=re.compile(r"[a-z] \([a-z]")),
              Pattern(_THREAD_USER, 0.8, group="handle", requires=_THREAD_ACTED, starts=_thread_user_starts),
              Pattern(_CODE_NOTE_OWNER, 0.8, group="handle", requires=re.compile(r"\((?:(?<=TODO\()|(?<=FIXME\()|(?<=XXX\()|(?<=HACK\()|(?<=NOTE\())")),
              Pattern(_SERVICE_ACCOUNT, 0.8, group="handle", requires=re.compile(r"svc[_-]")),
              Pattern(_AFTER_DATE, 0.8, group="handle", requires=re.compile(r"\d[ \t]+[a-z]{4}")),
              Pattern(_RECORD_BY, 0.8, group="handle", anchor=re.compile(trie_pattern(_RECORD_VERBS)),
                      requires=re.compile(r"by:?[ \t]+[a-z]{3}")),
              Pattern(_HOME_FOLDER, 0.8, group="handle", requires=re.compile(r"\\(?i:users)\\|/(?:home|Users)/"),
                      starts=_home_folder_starts),
              Pattern(_SYSTEM_LOG_USER, 0.8, group="handle", anchor=re.compile(r"accepted|failed|invalid|session")),
              Pattern(_SUDO_USER, 0.8, group="handle", requires=re.compile(r"sudo:")),
              Pattern(_BEFORE_ADDRESS, 0.8, group="handle", requires=_ADDRESS_AFTER, starts=_before_address_starts),
              Pattern(_QUOTED_AFTER, 0.8, group="handle", anchor=re.compile(trie_pattern((*_ACCOUNT_WORDS, "login", "log-in")))),
              Pattern(_QUOTED_BEFORE, 0.8, group="handle", requires=re.compile(r"[\"\u201d][ \t]+(?i:account|login|user)")),
              Pattern(_MEMBER_ID, 0.8, group="handle", anchor=re.compile(r"[uw](?=[a-z0-9]{8,10}[^\w-])"),
                      requires=re.compile(r"[UW][A-Z0-9]{8}")),
              Pattern(_MESSENGER, 0.93, group="handle", anchor=_MESSENGER_ANCHOR),
              Pattern(_SKYPE_LIVE, 0.8, group="handle", requires=re.compile(r"live:[.a-z]")),
              Pattern(_JIRA_MENTION, 0.85, group="handle", requires=re.compile(r"\[~")),
              Pattern(_SHELL_ACCOUNT, 0.8, group="handle", requires=re.compile(r"[a-z0-9_]@[A-Za-z0-9]"),
                      starts=_shell_account_starts),
              Pattern(_ARN_USER, 0.85, group="handle", requires=re.compile(r"arn:aws:iam::")),
              Pattern(_CHAT_NICK, 0.8, group="handle", requires=re.compile(r"\d[\] \t]+<[@+]?\w")),
              Pattern(_DOTTED_NUMBERED, 0.7, group="handle", requires=re.compile(r"\.(?<=[a-z0-9]\.)[a-z]{2,20}\d")),
              Pattern(_DEVICE_BY, 0.7, group="handle", anchor=_BY_ANCHOR,
                      requires=re.compile(r"[._-](?<=[a-z0-9][._-])[a-z]+\d")),
              Pattern(_ROLE_ACCOUNT, 0.7, group="handle",
                      requires=_ROLE_HINT)),
    validate=_looks_like_a_handle,
    reason="Forum or social-media handle",
)
