"""A name written again in another script, in brackets after the name found in Latin letters: "MORIKAWA
Kenji (森川 健二)", "Khalid Al-Zahrani (م. خالد الزهراني)", "Zhejiang Huaxin Pharma (浙江华新康泰药业有限公司)"; or just
before it, the Latin name after it or in brackets: "From: 森川 健二 MORIKAWA Kenji", "检验员: 钱晓梅 (QIAN Xiaomei)"; or, in a
contact list or a signature, beside it without brackets, after a space, a comma, a slash or a bar: "ZHOU Ruolan 周若兰 |",
"Mr. Seo Jae-won, 서재원 팀장", "강민서 | Min-seo KANG". Written bare, the other script's name is a Chinese, Japanese
or Korean one: a word of two to four characters (a Japanese name a family name and a given name of Han characters
apart), not a job title after it ("팀장", "经理").

A name in those scripts is also taken, found or not, before the form of address or the title it is spoken with: a
Chinese surname before "工" (an engineer), "总" (a director), "经理", "老师", "先生" or "女士" ("张工", "王总"); a Korean
name of a Korean surname's syllable and two more before "님", "씨" or a title ("서재원 팀장", "김민지님"); a
Japanese name of Han characters before "さん", "様" or "氏" ("片桐さん"; not "お客様", led by kana).

Documents from partners abroad give a person's or a company's name in both scripts. A second opinion: the
bracket is taken as what the name before it was found to be (person or organisation), with the same
placeholder; a bracket of another script after anything else is left to the residual-risk warnings.
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from anonymiser.text.document import Document
from anonymiser.text.recognisers.base import ReadsFindings
from anonymiser.text.spans import Span, entity_key

NAME = "other_script"
# A bracket of letters of no Latin script (CJK, Arabic, Cyrillic, Greek, Hebrew, Devanagari ...), with the
# spaces, dots and middle dots names are written with; found from the bracket's first letter.
_BRACKET = re.compile(r"[ \t]*[(（][ \t]*(?P<name>(?:[^\x00-\u024f()（）\n]|[ .·-]){1,40}?)[ \t]*[)）]")
_LATIN_MAX = 0x024F
# The same just before a found name: a run of such letters ending a stretch, then spaces or an opening bracket
# (searched in the few characters before the name).
_BEFORE = re.compile(r"(?<![^\x00-\u024f()（）\n])(?P<name>[^\x00-\u024f()（）\n\s](?:[^\x00-\u024f()（）\n]|[ .·-]){0,39}?)"
                     r"(?:[ \t]+|[ \t]*[(（][ \t]*)$")
_REACH = 48
# A name of Han characters or Hangul syllables written bare beside the Latin one: after it, past a space, a comma, a
# slash or a bar ("ZHOU Ruolan 周若兰", "Seo Jae-won, 서재원 팀장"), or before it ("강민서 | Min-seo KANG"); no kana (a
# word's ending, "確認済み"), no field's label before its colon ("日期:"). ``_bare`` wants a Chinese or Korean surname
# first, or a Japanese family name and given name apart ("森川 健二"): not "检验员 QIAN Xiaomei" (an inspector).
_HAN = "\u3400-\u4dbf\u4e00-\u9fff"
_KANA = "\u3040-\u30ff"
_HANGUL = "\uac00-\ud7a3"
_CJK_NAME = (rf"(?:[{_HAN}]{{2,4}}(?:[ \t\u3000][{_HAN}]{{1,3}})?|[{_HANGUL}]{{2,4}})")
_BARE_AFTER = re.compile(rf"(?:[ \t]+|[ \t]*[,/|][ \t]*)(?P<name>{_CJK_NAME})(?![{_HAN}{_KANA}{_HANGUL}\w]|[ \t]*[:\uff1a])")
_BARE_BEFORE = re.compile(rf"(?<![{_HAN}{_KANA}{_HANGUL}\w])(?P<name>{_CJK_NAME})(?:[ \t]+|[ \t]*[,/|][ \t]*)$")
# Job titles and forms of address written after a name, never a name's part ("张伟 经理", "片桐 部長").
_TITLES = frozenset("经理 總經理 总经理 总监 主任 工程师 先生 女士 小姐 老师 博士 部长 部長 課長 课长 社長 社长 様 さん 氏 "
                    "팀장 부장 과장 대리 사원 이사 상무 전무 대표 님 씨 선생님 박사 책임 선임 수석".split())


# The commonest Chinese surnames (one character each).
_CHINESE_SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
# (工 and 总 lead many words, "工人" a worker, "工况" an operating condition, "总结" a summary: a name before them is a
# surname alone, "张工", "王总"; before the longer forms of address it may have its given name, "张伟经理")
_CHINESE_ADDRESS = re.compile(rf"(?P<name>[{_CHINESE_SURNAMES}](?<![{_HAN}].)(?:(?=[工总])|[{_HAN}]{{0,2}}?(?=经理|老师|先生|女士|小姐|博士)))"
                              rf"(?:工(?![{_HAN}])|总(?![{_HAN}])|经理|老师|先生|女士|小姐|博士)")
# The commonest Korean surnames' syllables.
_KOREAN_SURNAMES = "김이박최정강조윤장임한오서신권황안송류홍전고문양손배백허유남심노하곽성차주우구민진나지엄채원천방공현함변염여추도소석선설마길연위표명기반왕금옥육인맹제모탁국어은편용예경봉사부가복태목형피두감호"
# (a surname's syllable and two more, as most Korean names are: "고객님" and "사장님" are a customer and a president; the
# particle after "님" or "씨" is no bar, "탁은별님께"; a last syllable of a team, a person's role or a department, "제조팀",
# "사용자", "신청자", is no name's)
_KOREAN_ADDRESS = re.compile(rf"(?P<name>[{_KOREAN_SURNAMES}](?<![{_HANGUL}].)[{_HANGUL}](?![팀자사부원])[{_HANGUL}])(?:[ \t]?"
                             rf"(?:팀장|부장|과장|차장|대리|이사|상무|전무|대표|선생님|박사|책임|선임|수석)(?![{_HANGUL}])"
                             r"|(?:님|씨)(?:께|이|은|의|과|와|에게|도|을|를|,|\s|$))")
# (two Han characters or more, a family name: "片桐さん"; not a word before "様" or "氏", "同様", "仕様書", "氏名")
_JAPANESE_ADDRESS = re.compile(rf"(?P<name>[{_HAN}](?<![{_HAN}{_KANA}].)[{_HAN}]{{1,3}})(?:さん|様(?![{_HAN}])|氏(?![{_HAN}]))")
_NOT_JAPANESE_NAMES = frozenset("同様 仕様 多様 模様 皆様 担当者 各位 申請 申請者 部長 課長 社長 お客".split())


class OtherScriptRecogniser(ReadsFindings):
    name = NAME

    def find_among(self, doc: Document, found: Sequence[Span]) -> Iterator[Span]:
        text = doc.text
        if text.isascii():
            return
        for pattern in (_CHINESE_ADDRESS, _KOREAN_ADDRESS, _JAPANESE_ADDRESS):
            for match in pattern.finditer(text):
                if match.group("name") in _TITLES or match.group("name") in _NOT_JAPANESE_NAMES:
                    continue
                yield Span(match.start("name"), match.end("name"), "person", self.name, 0.8, "Person",
                           entity_key(match.group("name")), "A name before the form of address it is spoken with")
        for span in found:
            if span.label not in ("Person", "Organisation") and span.category not in ("person", "organisation"):
                continue
            bracket = _BRACKET.match(text, span.end)
            if bracket is not None and _other_letters(bracket.group("name")):
                yield Span(bracket.start("name"), bracket.end("name"), span.category, self.name, span.confidence,
                           span.label, span.key, "The name before it, written in another script")
            before = _BEFORE.search(text, max(0, span.start - _REACH), span.start)
            if before is not None and _other_letters(before.group("name")):
                yield Span(before.start("name"), before.end("name"), span.category, self.name, span.confidence,
                           span.label, span.key, "The name after it, written in another script")
            elif span.category == "person":
                yield from self._bare(text, span)

    def _bare(self, text: str, span: Span) -> Iterator[Span]:
        """A person's name in Chinese, Japanese or Korean script beside the Latin one, without brackets."""
        for match, reason in ((_BARE_AFTER.match(text, span.end), "The name before it, written in another script"),
                              (_BARE_BEFORE.search(text, max(0, span.start - 16), span.start),
                               "The name after it, written in another script")):
            if match is None:
                continue
            start, end = match.span("name")
            first, _, second = match.group("name").partition(" ")
            if second in _TITLES:
                end = start + len(first)
            name = text[start:end]
            if name in _TITLES or not (name[0] in _CHINESE_SURNAMES or name[0] in _KOREAN_SURNAMES or " " in name
                                       or "\u3000" in name):
                continue
            yield Span(start, end, "person", self.name, span.confidence, span.label, span.key, reason)


def _other_letters(name: str) -> bool:
    return any(c.isalpha() and ord(c) > _LATIN_MAX for c in name)


RECOGNISER = OtherScriptRecogniser()
