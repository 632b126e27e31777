"""Relations read off the dependency parse with the lexicon: verbs with their subjects, objects, agents and
prepositional objects ("was founded by", "talks with", "attack on"), event nouns ("an agreement signed with",
"with X's support"), role nouns ("X, the leader of Y", "Y leader X", "a splinter of Y"), coordination (each conjunct
its row) and parties placed by a preposition ("offices in Z").

An argument that is not itself a name stands for the party it belongs to when it is a transparent noun ("envoys
from X", "the government of X", "X's forces"), for the name in apposition to it, and for the subject of a copula
("X is a project housed at Y")."""

from __future__ import annotations

import calendar
from dataclasses import dataclass, replace
from typing import Callable

from spacy.tokens import Span, Token

from pipeline.relations.lexicon import Frame, Lexicon
from pipeline.tagging.coordination import first_conjunct
from pipeline.tagging.state_roles import LIST_OPENERS

NOUNS = ("NOUN", "PROPN")
PREP_DEPS = ("prep", "dative")  # "provided support to Y": the parser calls a recipient's "to" a dative
RELATIVE = ("who", "which", "that", "whom")
PLACING_PREPS = ("in", "at", "across", "throughout", "inside", "within")
BASE_FORM_BEFORE = frozenset({"to", "help", "helps", "helped", "will", "would", "can", "could", "may", "might", "shall",
                              "should", "must"})  # words a verb's base form follows ("helped found", "to found")
TIME_SPANS = frozenset({"day", "week", "month", "year", "decade"})  # "months of war between X and Y"
CONTAINING_PREPS = ("in", "inside", "within")
LYING_PREPS = ("on", "along", "off")  # "Port Sudan on the Red Sea", "Kherson on the Dnipro": a place by a sea or river
HOLDERS = ("PLACE", "ACTOR")  # the labels of a place's owner: a place, or a state under an actor's name
NEARBY_PREPS = ("near", "outside", "around")  # a place phrase that places nothing in it
ROLE_PREPS = ("of", "for", "in", "at", "within", "to", "from")
SERVING = ("work", "serve", "volunteer", "employ", "hire")  # "a nurse working for Y", "employed by Y": the verb of
# one's post with a body
NAMING = ("call", "name", "dub", "know")  # "a group called X", "a brigade named X"
APPOINTMENTS = ("appointment", "election", "nomination", "designation", "selection", "reappointment", "reelection",
                "re-election", "confirmation", "inauguration")  # nouns of taking up an office "as" a role
SELECTING = ("choose", "elect", "appoint", "name", "nominate", "select", "pick")  # "chosen to chair X"
AGENT_SUFFIXES = ("or", "er", "ary")  # nouns of the one who does ("mediator", "broker", "intermediary")
PARTIES = ("ACTOR", "GROUP")  # the labels that act: a relation's head, and its tail unless that is a place
FINITE = ("VBD", "VBZ", "VBP")
SUBORDINATING_PREPS = ("after", "before", "since", "until", "till", "once")  # "after X declared": X its subject
COPULAS = ("be", "become", "remain", "stay", "constitute", "turn")
LISTING = ("include", "comprise", "unite")  # "its members include X", "the front unites X and Y": X is one of them
GATHERING = ("bring", "draw")  # "the Quad, which brings together A, B, C and D": with "together", a listing verb
REFLEXIVE = ("itself", "themselves", "himself", "herself")  # an object that is the clause's own subject
SETTLING = ("agreement_with", "negotiates_with")  # the kinds of agreements and talks, whose parties a mediator serves
COMMANDING = ("lead", "command", "head")  # "soldiers led by X": the participles by which a force has its leader
JOINING = ("join", "rejoin")  # verbs of membership whose purpose or agent makes them cooperation ("joined X in …")
VIOLENT = ("attacks", "kidnaps")  # the kinds of violence done to a person, whose doer a clause around it does not name
CONFLICT = ("opposes", "attacks")  # the kinds of fighting, which a ceasing noun turns into a truce
PAST = ("former", "formerly", "erstwhile", "ex", "onetime", "one-time", "ousted", "deposed", "toppled", "overthrown",
        "late")  # a role held no longer
LEAVING = ("resign", "step", "quit", "retire")  # "resigned as leader of Y", "stepped down as president of Y"
ENDED = ("until", "till")  # "governor until his nomination", "minister until 2019": a role held no longer
CAUSE_PREPS = ("over", "amid", "despite")  # "sanctioned X over the killing of Y": what the act answers or defies
SEQUENCE_PREPS = ("after", "following", "before")  # "protested after the arrest of Y"
MONTHS = tuple(m.lower() for m in calendar.month_name[1:])
RULED_UNDER = "ruled-under"  # "Mali under Keïta": a row that holds only if the one "under" is a person
BODY_OF = "body-of"  # "the UPC of Ali Darassa": a row that holds only if the one after "of" is a person
OWN_PARTY = "own-party"  # "X, whose party, Y": a row that holds only if X is a person
CLIMB_LIMIT = 4  # how far an argument or an inherited subject is looked for above a word


@dataclass(frozen=True)
class Found:
    """One stated relation between two argument tokens (named mentions, or anaphors standing for one)."""

    head: int
    tail: int
    kind: str
    rule: str
    trigger: int | None = None
    negated: bool = False
    hedged: bool = False
    past: bool = False  # a role held no longer ("the former president of Y"): stated, and marked so


def clause_of(doc, trigger: int | None) -> int | None:
    """The verb of the clause a trigger word stands in (the word itself for a verb); None for no trigger."""
    if trigger is None:
        return None
    token = doc[trigger]
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:
        token = token.head
    return token.i


class Grammar:
    """Finds the relations of a sentence; `label` gives the label of a token naming a party (a mention, or an anaphor
    resolved to one), None for any other token."""

    def __init__(self, lexicon: Lexicon, label: Callable[[Token], str | None]):
        self.lex = lexicon
        self.label = label
        self.parts: set[int] = set()  # names reached through a part of them ("a delegation of X", "an X cell")
        self.earlier = False  # reading the sentence before for the parties of "the deal"

    # arguments ------------------------------------------------------------------------------------------------

    def entities(self, token: Token, depth: int = 0) -> list[Token]:
        """The named parties an argument token stands for, its conjuncts included."""
        conjuncts = [] if self.opened_clause(token) is not None else list(token.conjuncts)
        if conjuncts:  # names set off after the noun's phrase describe it, they are not its conjuncts
            described = [n for s in self.stray_names(token) for n in (s, *s.conjuncts)]
            conjuncts = [c for c in conjuncts if self.opened_clause(c) is None  # a subject the parser coordinated
                         and not self.imprint(c) and c not in described]  # stands alone
        found, listed = [], [token, *conjuncts, *self.beyond_brackets(token)]
        for t in listed:  # the list grows by the names the parser split from it
            for e in self._direct(t, depth):
                if e not in found:
                    found.append(e)
            listed += [c for c in self.split_coordination(t) if c not in listed]
        return found

    def imprint(self, conjunct: Token) -> bool:
        """A place the parser coordinates, without "and", with the last place of a reference, where it is the place
        of publication before the date ("… deployed in Mozambique, Brussels, 1 December 2022")."""
        doc = conjunct.doc
        if self.label(conjunct) != "PLACE" or any(c.dep_ == "cc" for c in conjunct.head.children) or \
                conjunct.i + 2 >= len(doc) or doc[conjunct.i + 1].text != ",":
            return False
        first = (doc[conjunct.i + 2].text.split() or [""])[0].lower()  # a date may be one merged token
        return first.isdigit() or first in MONTHS

    @staticmethod
    def opened_clause(conjunct: Token) -> Token | None:
        """The coordinated verb a noun the parser coordinates with an object is the subject of ("X might support Y and
        Z could assist W": Z assists, X does not support Z); None for a true conjunct."""
        if conjunct.dep_ != "conj" or conjunct.pos_ not in NOUNS:
            return None
        last = phrase_end(conjunct)
        if last + 1 >= len(conjunct.doc):
            return None
        after = conjunct.doc[last + 1]
        verb = after.head if after.dep_ in ("aux", "auxpass", "neg") else after
        if verb.pos_ in ("VERB", "AUX") and verb.dep_ in ("conj", "ccomp") and verb.i > conjunct.i and not any(
                c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
            return verb
        return None

    def split_coordination(self, name: Token) -> list[Token]:
        """Names of a list the parser hangs on another name of it: as a modifier of a later name though "and" joins
        them ("in the South and Grand 'Anse", "to Chad and Burkina Faso"), as an apposition of the name before
        ("UN agencies (UNICEF, FAO, PAHO, WFP)", "(UNHCR, IOM, WFP)" as a chain of appositions), or as a conjunct of
        the body a person is "of" though it is another person ("X of the DFA and Y agreed"), or as conjuncts of a
        description in apposition to a name ("with Modi, Sharif, the Indian foreign minister, S. Jaishankar, and
        Pakistan's army chief, Gen. Asim Munir": the list goes on after Sharif's apposition): conjuncts of that name."""
        label = self.label(name)
        if not label:
            return []
        doc = name.doc
        described = [e for a in self.appositions(name)
                     if not self.label(a) and a.i > name.i and doc[a.left_edge.i - 1].text == ","
                     for c in a.conjuncts if c.i > a.i and not self.possessive(c)  # "Hun Manet, the prime minister
                     # and Hun Sen's son, …": a possessor in the description is no item of the list
                     for e in self._direct(c, 1) if self.label(e) == label]
        affiliated = [c for p in name.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
                      if o.dep_ == "pobj" and self.label(o) not in (None, label)
                      for c in o.conjuncts if self.label(c) == label]  # "X of the DFA and Y": Y is X's conjunct
        listed = [x for c in name.children if c.dep_ == "appos" and c.i > name.i and self.label(c) == label
                  and doc[c.left_edge.i - 1].text == "," and any(g.dep_ == "cc" for g in c.children)
                  for x in (c, *c.conjuncts)]  # "Mali, Burkina Faso and Niger formed …": the list's "and" hangs on
        # the second name, which the parser made the first's apposition
        return affiliated + described + listed + [c for c in name.children if self.label(c) == label and (
            c.dep_ in ("nmod", "compound") and c.i < name.i and any(g.dep_ == "cc" for g in c.children)
            or c.dep_ == "appos" and name.dep_ in ("conj", "appos") and c.i > name.i and doc[c.i - 1].text == ",")]

    def beyond_brackets(self, name: Token) -> list[Token]:
        """Names coordinated after the bracket that closes a name's apposition, which the parser hangs inside the
        bracket ("led by A (also known as B) and C": C is led by no B, it is A's conjunct)."""
        if not self.label(name):
            return []
        found = []
        for appos in (c for c in name.children if c.dep_ == "appos" and c.i > name.i):
            inside = list(appos.subtree)
            if inside[0].text != "(" and name.doc[inside[0].i - 1].text != "(":
                continue
            closing = next((t for t in inside if t.text == ")"), None)
            if closing is not None:
                found += [t for t in inside if t.dep_ == "conj" and t.i > closing.i and t.head.i < closing.i
                          and self.label(t) and t.head not in found]
        return found

    def _direct(self, t: Token, depth: int) -> list[Token]:
        if self.label(t):
            described = [c for c in t.children if c.dep_ == "appos" and self.label(c) == "ACTOR"]
            indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in t.children)
            return described if described and indefinite and self.label(t) == "GROUP" else [t]  # "a Tuareg, X"
        if depth >= CLIMB_LIMIT:
            return []
        if t.pos_ == "ADP" and t.dep_ == "conj":  # "from X, Y, and even from Z": a list going on in a phrase
            return [e for p in t.children if p.dep_ == "pobj" for e in self.entities(p, depth + 1)]
        if listed(t, self.lex.quantities):  # "dozens of UN workers",
            # "armed much of the SNA" (tagged as an adjective or determiner as often as a noun)
            return [e for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for e in self.pobjects(c)]
        if t.pos_ not in NOUNS + ("PRON",):
            return []
        if t.lower_ in RELATIVE and t.dep_ == "pobj":  # "the group from which X split": the noun the clause is on
            clause = self.relative_clause(t)
            return self.entities(clause.head, depth + 1) if clause is not None else []
        found = [e for c in self.appositions(t) for e in self.entities(c, depth + 1)]
        first = first_conjunct(t)
        if not found and first.dep_ == "appos" and self.label(first.head):
            described = [self.body_described(first)]  # "X, a kidnapper operating in Y", "X, head of a cell and
            # kidnapper operating in Y"
            if t.tag_ in ("NNS", "NNPS"):  # "Kadugli and Dilling, two towns in South Kordofan": each of them
                described += [c for c in first.head.conjuncts if self.label(c) == self.label(first.head)]
            return described
        if not found and t.dep_ in ("nsubj", "nsubjpass") and t.doc[max(t.left_edge.i - 1, 0)].text == ",":
            # "X, the vaccine pillar launched by Y, was …": the parser makes the description a second subject
            found = [s for s in t.head.children if s.dep_ == t.dep_ and s.i < t.i and self.label(s)][-1:]
        if not found and t.lemma_.lower() in self.lex.place_parts:  # "Mali's north", "the north of Mali"
            found = [e for c in t.children if c.dep_ in ("poss", "compound", "nmod", "nummod", "amod") and self.label(c) == "PLACE"
                     for e in (c, *c.conjuncts) if self.label(e) == "PLACE"]  # "Kabul and Paktika province", "the 23 de
            # Enero neighborhood" (a name the parser takes for a number or an adjective)
            found += [e for c in t.children if c.dep_ == "prep" and c.lower_ == "of"
                      for e in self.pobjects(c) if self.label(e) == "PLACE"]
        if not found and self.transparent(t):
            before = len(found)
            named = t.lemma_.lower() in self.lex.transparent_kinds and any(
                c.dep_ in ("compound", "nmod") and self.label(c) for c in t.children)  # "Georgia's ruling Georgian
            # Dream party": the party is the one its name says, not its country
            for c in t.children:
                if c.dep_ in ("poss", "compound", "nmod") and self.label(c) and not (named and c.dep_ == "poss") \
                        or c.dep_ == "amod" and self.label(c) in PARTIES and t.dep_ != "ROOT":  # "Fano fighters
                    # attacked", the name parsed as an adjective (not where the parser made the whole sentence a noun
                    # phrase: "Meta fired staff", read as "Meta staff")
                    found.append(c)
                elif c.dep_ == "poss" and c.lower_ == "whose":  # "X, whose troops are deployed in Y": X's troops
                    clause = self.relative_clause(c)
                    found += self.entities(self.antecedent(clause), depth + 1) if clause is not None else []
                elif c.dep_ in PREP_DEPS and c.lower_ in self.lex.transparent_preps and (
                        c.lower_ == "of" or t.lemma_.lower() not in self.lex.transparent_kinds):
                    found += [e for p in c.children if p.dep_ == "pobj" for e in self.entities(p, depth + 1)]
                elif c.dep_ in PREP_DEPS and c.lower_ == "in":  # "the government in Chisinau": a seat the tagger read
                    # as the state acting (ACTOR), not where the noun is (PLACE: "the troops in Mali")
                    found += [e for e in self.pobjects(c) if self.label(e) == "ACTOR"]
            if t.lemma_.lower() in self.lex.part_nouns and not self.own_name(t):
                self.parts.update(e.i for e in found[before:])
            if not found and t.dep_ == "dobj" and t.head.lemma_.lower() in self.lex.transparent_holders:
                found = [e for s in self.subjects(t.head) for e in self.entities(s, depth + 1)]  # "X has troops stationed in Y"
        if not found:  # "a new group called X"
            found = [e for c in t.children if c.dep_ == "acl" and c.lemma_.lower() in NAMING
                     for o in c.children if o.dep_ in ("oprd", "attr", "dobj") for e in self.entities(o, depth + 1)]
            if t.lemma_.lower() in self.lex.part_nouns:  # "a brigade called X": X is a part
                self.parts.update(e.i for e in found)
        if not found and t.dep_ == "nsubj" and self.transparent(t):  # "Soldiers led by Colonel X overthrew Y":
            # who leads a force of no named party acts through it
            found = [e for c in t.children if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in COMMANDING
                     for g in c.children if g.dep_ == "agent" for e in self.pobjects(g)]
        if not found and t.dep_ == "attr":
            found = [e for s in self.subjects(t.head) for e in self.entities(s, depth + 1)]
        if not found and t.tag_ in ("NNS", "NNPS"):
            found = self.listed_after(t)
        return found

    def body_described(self, appositive: Token) -> Token:
        """The name an apposition describes: the parser's head, but a word for a body after a body named last ("X,
        the alleged leader of Ansaru, a group that split from Boko Haram": Ansaru split, not X, whom the parser
        made the head)."""
        head = appositive.head
        if self.label(head) == "GROUP" or self.lex.descriptions.get(appositive.lower_) != frozenset({"GROUP"}):
            return head
        named, _ = self.name_before_comma(appositive)
        return named if named is not None and self.label(named) == "GROUP" else head

    def listed_after(self, plural: Token, after: Token | None = None) -> list[Token]:
        """The names listed as examples right after a plural noun ("several separatist groups, among them A, B and
        C", "armed groups, including A and B", "partners such as A"), or after the colon that closes its clause ("the
        following countries contributed troops: A, B and C"): the noun stands for them, wherever the parser
        hangs the list. The list ends at the first word that is neither a name nor a comma, "and", "or" or an
        article; after a colon, at the sentence's end. `after`: the last word of a phrase on the noun the list follows
        ("factions of the SNA such as A")."""
        doc, at = plural.doc, (after or plural).i + 1
        at += at < plural.sent.end and doc[at].text == ","
        words = [w.lower_ for w in doc[at:min(at + 2, plural.sent.end)]]
        end = next((t for t in doc[plural.i + 1:plural.sent.end] if t.text in (":", ";", ".")), None)
        colon = plural.dep_ in ("nsubj", "nsubjpass") and end is not None and end.text == ":"
        if colon:
            at = end.i + 1  # "the following countries contributed …: A, B and C", which the parser may cut off
        elif words[:2] in (["among", "them"], ["such", "as"]):
            at += 2
        elif words[:1] == ["including"]:
            at += 1
        else:
            return []
        found = []  # the list ends with the sentence it opens in: after a colon, the parser may start a new one
        for token in doc[at:doc[at].sent.end if at < len(doc) else at]:
            if self.label(token) in PARTIES + ("PLACE",):
                found.append(token)
            elif not (token.text == "," or token.dep_ in ("cc", "det")):
                if colon and token.text not in (".", ";"):
                    return []  # "its members are divided: Kenya's president sent …": no list, a clause
                break
        return found

    @staticmethod
    def examples_opened(phrase: Token) -> Token | None:
        """The last word of a phrase before the "such as" or "including" that opens examples inside it, which the
        parser hangs on the phrase's last noun ("factions of the SNA such as A": "SNA"); None without examples."""
        doc = phrase.doc
        words = doc[phrase.i + 1:min(phrase.sent.end, max(phrase.right_edge.i, phrase.i + 1) + 3)]
        opening = next((t for t in words if t.lower_ == "including" or t.lower_ == "such"
                        and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "as"), None)
        if opening is not None and any(t.pos_ in ("VERB", "AUX") for t in doc[phrase.i:opening.i]):
            return None  # "factions of the SNA that fought groups including the SDF": examples of another noun
        at = opening.i - 1 if opening is not None else None
        return None if at is None else doc[at - (doc[at].text == ",")]

    def among(self, plural: Token) -> list[Found]:
        """Persons listed after a plural noun of a body's people ("Hamas negotiators, among them X", "ELN commanders,
        including Y"): each is a member of the body; not people a body holds ("Hamas hostages"), which name no
        member."""
        if plural.tag_ not in ("NNS", "NNPS"):
            return []
        owners = [c for c in plural.children if c.dep_ in ("poss", "compound", "nmod") and self.label(c) in PARTIES]
        if owners and plural.lemma_.lower() in self.lex.roles and self.role_kind(plural) == "supports":
            return self.pairs(plural, "supports", [e for e in self.listed_after(plural) if self.label(e) in PARTIES],
                              owners, "role")  # "its donors, including X and Y", "Hamas's allies, among them Iran"
        members = [e for e in self.listed_after(plural) if self.label(e) == "ACTOR"] if owners else []
        return self.pairs(plural, "member_of", members, owners, "role")

    def ties(self, noun: Token) -> list[Found]:
        """"X broke off diplomatic relations with Y", "X severed ties with Y": X opposes Y; "X restored relations with
        Y": X supports Y (CAMEO 16 and 05); the partner is the "with" phrase of the relations or of the verb."""
        verb = noun.head
        if noun.dep_ != "dobj" or verb.pos_ != "VERB":
            return []
        kind = "opposes" if self.lemma(verb) in self.lex.severing else "supports" if self.lemma(verb) in self.lex.restoring else None
        if kind is None:
            return []
        return self.pairs(noun, kind, [e for s in self.subjects(verb) for e in self.entities(s)],
                          self.with_partners(noun, verb), "noun")

    def captive(self, noun: Token) -> list[Found]:
        """"X, a hostage held by Y", "X, a hostage of Y", "hostages held by Y, among them X", "X was taken hostage by Y":
        Y kidnaps X (CAMEO 181)."""
        captors = [e for c in noun.children if c.dep_ == "acl" and self.lemma(c) in self.lex.confinement
                   for a in c.children if a.dep_ == "agent" for e in self.pobjects(a)]
        captors += [e for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for e in self.pobjects(c)
                    if self.label(e) in PARTIES]
        held = [noun.head] if noun.dep_ == "appos" and self.label(noun.head) == "ACTOR" else self.listed_after(noun)
        verb = noun.head
        if noun.dep_ == "oprd" and self.lemma(verb) in self.lex.confinement | self.lex.seizing | {"take"}:
            # "X was taken hostage by Y", "held hostage by Y": the verb's agent holds its passive subject
            captors = [e for a in verb.children if a.dep_ == "agent" for e in self.pobjects(a)]
            held = [e for c in verb.children if c.dep_ == "nsubjpass" for e in self.entities(c)]
        return self.pairs(noun, "kidnaps", captors, [h for h in held if self.label(h) == "ACTOR"], "role")

    def own_name(self, t: Token) -> bool:
        """A singular part noun after a name without an article names that body itself ("al-Ansar brigade"), not a
        part of it ("an AQIM cell", "ELN units")."""
        return t.tag_ == "NN" and not any(c.dep_ == "det" for c in t.children) and any(
            c.dep_ == "compound" and self.label(c) for c in t.children)

    def appositions(self, t: Token) -> list[Token]:
        """The appositions of a noun that follow it within its phrase; one the parser hangs on it across a verb ("the
        accident is under investigation by X with assistance from Y, the BEA") is no apposition, nor a description
        whose comma follows another name ("formed an alliance with the CJNG, the rival network led by Y": the
        network is the CJNG, not the alliance)."""
        doc = t.doc
        return [c for c in phrase_appositions(t) if c.pos_ != "NOUN" or t.i > c.i or c.left_edge.i < 2
                or doc[c.left_edge.i - 1].text != "," or doc[c.left_edge.i - 2] == t
                or not self.label(doc[c.left_edge.i - 2])] + self.stray_names(t)

    def stray_names(self, t: Token) -> list[Token]:
        """Names after the comma that closes a noun's phrase which the parser hangs on a noun across a verb: the
        noun's apposition ("was signed … by the foreign ministers of the two countries, X of Y and Z of W", the
        names hung on "declaration"), or coordinates with a plural noun ("the foreign ministers of A and B, X and Y,
        initialled": X and Y are the ministers); for the whole phrase, not a noun inside it ("the two countries")."""
        doc, k = t.doc, phrase_end(t) + 1
        if t.pos_ not in NOUNS or self.label(t) or k + 1 >= len(doc) or doc[k].text != ",":
            return []
        if t.head.pos_ == "ADP" and t.head.head.pos_ in NOUNS and phrase_end(t.head.head) == k - 1:
            return []
        name = doc[k + 1]
        # "the ministers of A and B, X and Y", but no list of its own ("services in A, B, and C")
        listed = name.dep_ == "conj" and name.head == t and t.tag_ == "NNS" and not any(
            c.dep_ == "cc" for c in t.children)
        astray = name.dep_ == "appos" and name.head.i < t.i and name not in phrase_appositions(name.head)
        return [name] if self.label(name) in PARTIES and (listed or astray) else []

    def noun_frames(self, t: Token) -> tuple:
        """The event-noun frames of a word (`Lexicon.noun_frames`). A conflict noun between parties that a ceasing noun
        governs names a truce ("the cessation of hostilities between X and Y"; not "a cessation of attacks by X on
        Y")."""
        frames = self.lex.noun_frames(t.lemma_.lower(), t.lower_)
        if frames and t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.lemma_.lower() in self.lex.ceasing and any(
                f.kind in CONFLICT for f in frames) and any(c.dep_ == "prep" and c.lower_ == "between" for c in t.children):
            return self.lex.nouns.get("ceasefire", ())
        return frames

    def nominal_event(self, t: Token) -> bool:
        """An event noun the tagger read as a verb ("Fighting between X and Y spread", "clashes between X and Y
        escalated"): a subject or object that is a noun's form and takes a 'between' phrase."""
        return (t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and t.lower_ in self.lex.nouns
                and any(c.dep_ == "prep" and c.lower_ == "between" for c in t.children))

    def transparent(self, t: Token) -> bool:
        """A noun standing for the party it is of; plurals the lemmatiser leaves as they are ("rebels") count, and
        arms where they act ("US bombers struck Y", "hit by Russian drones")."""
        if listed(t, self.lex.weapons):
            return t.dep_ == "nsubj" or t.dep_ == "pobj" and t.head.dep_ == "agent"
        return listed(t, self.lex.transparent)

    @staticmethod
    def relative_clause(t: Token) -> Token | None:
        """The relative clause a relative pronoun belongs to ("from which X split": split)."""
        for ancestor in t.ancestors:
            if ancestor.dep_ == "relcl":
                return ancestor
        return None

    def event_agents(self, noun: Token) -> list[Token]:
        """Who does or says what a noun names: its "by" phrase ("the attack by Boko Haram", "the statement by X"), or
        "of" where that names an event's agent ("the uprising of the Houthis")."""
        agent_of = any(f.agent_of for f in self.noun_frames(noun))
        return [e for c in noun.children if c.dep_ == "prep" and (c.lower_ == "by" or c.lower_ == "of" and agent_of)
                for e in self.pobjects(c)]

    @staticmethod
    def modifiers(noun: Token) -> list[Token]:
        """The compound words before a noun and before those ("the Fordow enrichment site": Fordow, enrichment)."""
        found, stack = [], [noun]
        while stack:
            for c in stack.pop().lefts:
                if c.dep_ == "compound":
                    found.append(c)
                    stack.append(c)
        return found

    def doers(self, noun: Token) -> list[Token]:
        """The agent of a participle that describes a noun ("the violence used by X", "the attacks carried out by X",
        "the decision taken by X"): whose act the noun is; not one who only told of it ("the attack reported by X")."""
        return [e for a in noun.children if a.dep_ == "acl" and a.tag_ == "VBN"
                and a.lemma_.lower() not in self.lex.presence_except_lemmas
                for g in a.children if g.dep_ == "agent" for e in self.pobjects(g)]

    def summarised_doers(self, verb: Token) -> list[Token]:
        """"OFAC sanctioned the EDF, a measure that Asmara denounced", "X sentenced Y, a verdict that HRW criticised":
        what a relative clause on a noun summing up the clause before it condemns or welcomes is the act of that
        clause's subject, whom it is directed at (as "condemned Israel's strikes" is at Israel); the summing noun is
        indefinite ("a measure", "a move")."""
        noun = verb.head
        if self.label(noun) or noun.lemma_.lower() not in self.lex.summaries or not any(
                c.dep_ in ("dobj", "mark") and self.relative(c, verb) for c in verb.children) or not any(
                c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
            return []  # "protested the measures, which X condemned": the measures are named, not the act summed up
        clause = self.clause_verb(noun.head, 2 * CLIMB_LIMIT)
        if clause.pos_ not in ("VERB", "AUX"):
            return []
        return [e for s in self.subjects(clause) for e in self.entities(s)]

    @staticmethod
    def clause_verb(token: Token, steps: int = CLIMB_LIMIT) -> Token:
        """The verb of the clause a word stands in: the nearest verb above it within `steps`, else the word where the
        climb stopped (the root, or the last within reach)."""
        for _ in range(steps):
            if token.pos_ in ("VERB", "AUX") or token.dep_ == "ROOT":
                break
            token = token.head
        return token

    def owners(self, noun: Token) -> list[Token]:
        """The named possessor of a noun ("ECOWAS's proposal"): whose it is; of a noun completing a possessed one,
        the possessor of that ("ECOWAS's proposal for an intervention": ECOWAS's)."""
        found = [c for c in noun.children if c.dep_ in ("poss", "nmod") and self.label(c)]
        if not found and noun.dep_ == "pobj" and noun.head.head.pos_ in NOUNS:
            owner = noun.head.head
            found = [c for c in owner.children if c.dep_ in ("poss", "nmod") and self.label(c)]
            if not found and self.label(owner) and self.possessive(owner):
                found = [owner]  # "ECOWAS’s proposal for …" parsed with "’s" as a verb: the name before "’s" owns it
        return found

    @staticmethod
    def possessive(name: Token) -> bool:
        """A name followed by the possessive "’s", whatever the parser made of it."""
        after = name.doc[name.i + 1] if name.i + 1 < len(name.doc) else None
        return after is not None and after.tag_ == "POS"

    @staticmethod
    def relative(pronoun: Token, clause: Token) -> bool:
        """A relative pronoun of a relative clause, which stands for the noun the clause is on."""
        return pronoun.lower_ in RELATIVE and clause.dep_ == "relcl"

    def antecedent(self, clause: Token) -> Token:
        """The noun a relative clause is on; a "who" clause the parser hung on a name that is no person or on a
        common noun, inside the description of a named person, is on that person ("X, a cleric trained at Y
        University in Z, who broke away from W": X broke away; "X, a businessman convicted of fraud in Y who resides
        in Z": X resides)."""
        noun = clause.head
        if not any(c.lower_ == "who" for c in clause.children) or self.label(noun) == "ACTOR" or \
                clause.tag_ == "VBP" or any(c.tag_ == "VBP" for c in clause.children if c.dep_ == "aux"):
            return noun  # "a commander of the Houthis, who control Sanaa": a plural verb agrees with the group
        t = noun
        for _ in range(2 * CLIMB_LIMIT):
            if t.dep_ == "appos" and self.label(t.head) == "ACTOR":
                return t.head
            if t.head is t or t.dep_ not in ("pobj", "prep", "acl", "appos"):
                break
            t = t.head
        return noun

    def described_before_comma(self, verb: Token) -> Token | None:
        """"dominated by the PAS, founded in 2016 by X", "blamed the attack on LeT, a group founded by X", "the
        Directorate of the Ministry of Defence of Ukraine (HUR), headed by X": a participle of founding or leading with
        its agent, set off by a comma right after a named party, describes that party, where the parser hung it on the
        main verb, on a noun it made a second object or on a name further back (one hung on the name itself, or on the
        name whose acronym follows in brackets, is read by `hosts`)."""
        if verb.tag_ != "VBN" or not any(c.dep_ == "agent" for c in verb.children) or not any(
                f.kind in ("founded", "leads") for f in self.lex.verbs.get(self.lemma(verb), ())):
            return None
        opener = verb.head if verb.dep_ == "acl" and verb.head.pos_ == "NOUN" and not self.label(verb.head) else verb
        if opener is not verb and (opener.dep_ not in ("dobj", "appos", "npadvmod", "dep")
                                   or any(c.dep_ == "poss" for c in opener.children)):
            return None
        first = opener.left_edge if opener is not verb else verb
        if first.i < 2 or verb.doc[first.i - 1].text != ",":
            return None
        i = first.i - 2
        while i > 0 and verb.doc[i].text in (")", "]"):
            i -= 1  # "the Party of Action and Solidarity (PAS), founded": the bracketed acronym is the name
        named = verb.doc[i]
        long_form = verb.doc[i - 2] if i >= 2 and verb.doc[i - 1].text in ("(", "[") else None
        if long_form is not None and self.label(long_form) == "GROUP" and long_form.text[:1] == named.text[:1]:
            named = long_form  # "We Invest in Nationhood (WIN)": the name the acronym abbreviates
        if opener is verb and verb.dep_ == "acl" and verb.head in (verb.doc[i], long_form):
            return None
        return named if self.label(named) in PARTIES and (opener is not verb or verb.dep_ in ("advcl", "acl")) else None

    def subjects(self, verb: Token, depth: int = 0) -> list[Token]:
        """The subject tokens of a verb: its own (a relative pronoun stands for the noun its clause modifies), else
        those of the verb it depends on (to-infinitives, coordinated and participial clauses, "preference for
        negotiating"); an infinitive after an object has that object for subject ("forced X to leave")."""
        own = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass", "csubj") and not speaker_label(c, verb)] or [
            c for a in verb.children if a.dep_ in ("aux", "auxpass")  # "X has pre-positioned" with X hung on "has"
            for c in a.children if c.dep_ in ("nsubj", "nsubjpass")]
        if own:
            return [self.antecedent(verb) if self.relative(s, verb) else s for s in own]
        if depth >= CLIMB_LIMIT or verb.head is verb or semicolon_between(verb, verb.head):
            return []  # "In Quetta, X remained in detention; Y accused …": no subject from across a semicolon
        prefix = self.prefix(verb)
        if prefix is not None and prefix.head is not verb:  # "X, who co-founded Y": the clause hangs on "co"; in
            # "X co-founded Y" the parser may read "X co" as a noun phrase, the name a modifier of the prefix
            found = self.subjects(prefix, depth + 1) or [
                c for c in prefix.children if c.dep_ in ("compound", "nmod", "poss") and self.label(c)]
            if found:
                return found
        head = verb.head
        objects = [c for c in head.children if c.dep_ == "dobj" and self.label(c) != "PLACE"]
        if verb.dep_ == "xcomp" and objects:  # "forced the villagers to flee": the villagers flee ("visited Nairobi to
            # meet Y": a place visited does not meet)
            return objects
        if verb.dep_ == "advcl" and verb.tag_ in FINITE and not any(c.dep_ == "mark" for c in verb.children):
            # "comes after X, head of a cell, declared …": the parser took "after" for a preposition and X for its
            # object, though a finite verb has a subject of its own
            opened = [o for p in head.children if p.dep_ == "prep" and p.lower_ in SUBORDINATING_PREPS and p.i < verb.i
                      for o in p.children if o.dep_ == "pobj" and o.i < verb.i]
            if opened:
                return opened
        if verb.dep_ in ("conj", "ccomp"):
            first = min([c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i] + [verb.i])
            before = verb.doc[first - 1]
            if before.dep_ == "conj" and self.opened_clause(before) == verb:
                return [before]
        if verb.dep_ == "conj" and self.parenthetical(head) and verb.doc[verb.i - 1].lower_ in ("and", "but") and \
                verb.doc[verb.i - 2].text == ",":  # "X struck A, the day after B did C, and hit D": X hit D
            return self.subjects(head.head, depth + 1)
        if verb.dep_ == "conj":  # "X, whose company operates in Y, has protested Z": the parser makes the whose-clause
            # the main one and hangs X on it; the verb coordinated after that clause is X's
            dislocated = [c for c in head.children if c.dep_ in ("npadvmod", "dep") and self.label(c) and c.i < head.i
                          and any(t.lower_ == "whose" for t in verb.doc[c.i + 1:head.i])]
            if dislocated:
                return dislocated
        if verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.i > 0 and self.label(verb.doc[verb.i - 1]) in PARTIES \
                and not any(c.dep_ == "mark" for c in verb.children):
            return [verb.doc[verb.i - 1]]  # "well ahead of the PUK led by X": a participle the parser hung on the main
            # verb, right after a name with no comma between, is that name's
        described = self.described_before_comma(verb)
        if described is not None:
            return [described]
        if verb.dep_ in ("xcomp", "conj", "advcl", "ccomp", "acomp"):
            return self.subjects(head, depth + 1)
        if verb.dep_ == "pcomp":  # "for negotiating with": the prep's head noun's possessor, or its verb's subject
            owner = head.head
            if owner.pos_ in NOUNS:
                return [c for c in owner.children if c.dep_ == "poss"] or self.subjects(owner.head, depth + 1)
            controller = [c for c in owner.children  # "accused X of expelling": X expels; not "the role that X played"
                          if c.dep_ == "dobj" and c.lower_ not in RELATIVE]
            return controller or self.subjects(owner, depth + 1)
        return []

    @staticmethod
    def parenthetical(clause: Token) -> bool:
        """A subordinate clause set off by a comma inside another clause (", the day after B did C,"), on which the
        parser may hang the main clause's next verb."""
        edge = clause.left_edge.i
        return clause.dep_ in ("conj", "advcl") and any(c.dep_ == "mark" for c in clause.children) and \
            clause.head.pos_ == "VERB" and "," in (clause.doc[edge].text, clause.doc[max(edge - 1, 0)].text)

    def pobjects(self, prep: Token) -> list[Token]:
        """The parties named by a preposition's object, and by those of prepositions coordinated with it ("envoys
        from X and from Y"); a name the parser coordinates with the noun of an "of" phrase goes on its list."""
        objects = [p for q in (prep, *(c for c in prep.children if c.dep_ == "conj" and c.pos_ == "ADP"))
                   for p in q.children if p.dep_ in ("pobj", "pcomp")]
        # "with implementing partners, X and Y": a participle the parser read as a gerund taking the noun as object
        objects += [o for p in objects if p.tag_ == "VBG" for o in p.children if o.dep_ == "dobj"]
        found = [e for p in objects for e in self.entities(p)]
        noun = prep.head
        if prep.lower_ == "of" and found and noun.pos_ in NOUNS and not self.label(noun):
            hosts = (noun, noun.head) if noun.dep_ == "pobj" else (noun,)
            # "under the leadership of A and B" with B coordinated to "leadership", or to "under"
            found += [c for h in hosts for c in h.children if c.dep_ == "conj" and c.i > prep.i and self.label(c)
                      and c not in found and c not in self.stray_names(h)]
        return found

    # triggers -------------------------------------------------------------------------------------------------

    def sentence(self, sentence: Span) -> list[Found]:
        """Every relation the sentence's verbs, event nouns, role nouns and placing prepositions state."""
        found: list[Found] = []
        for token in sentence:
            lemma = self.lemma(token)
            if self.label(token):
                found += self.placed(token) + self.within(token) + self.affiliation(token) + self.body_of(token)
                found += self.ruled_under(token) + self.based_before(token) + self.members_set_off(token)
                continue
            if token.pos_ == "VERB" and lemma in self.lex.recourse:
                found += self.recourse(token)
            if token.pos_ == "VERB" and (lemma in LISTING or lemma in GATHERING and any(
                    c.dep_ in ("prt", "advmod") and c.lower_ == "together" for c in token.children)):
                found += self.listed_members(token)
            if token.pos_ == "VERB" and (lemma in self.lex.composing or with_particle(token) in self.lex.composing):
                found += self.composed(token)
            if token.pos_ == "VERB" and lemma in self.lex.mandate_verbs:
                found += self.mandated(token)
            if token.pos_ == "VERB" and lemma in self.lex.branding_verbs:
                found += self.branded(token)
            if token.pos_ in ("VERB", "AUX") and lemma in self.lex.transparent_holders:
                found += self.organs_had(token)
            if token.pos_ == "VERB" and self.nominal_event(token):
                for frame in self.lex.nouns[token.lower_]:
                    found += self.noun(token, frame)
            if token.pos_ == "ADP" and lemma in self.lex.partner_preps:
                found += self.partners(token)
            if token.pos_ == "VERB" and (lemma in self.lex.confinement or lemma in self.lex.whereabouts):
                found += self.confined(token)
            if token.pos_ == "ADP" and lemma in CONTAINING_PREPS:
                found += self.narrowed(token)
            elif (token.pos_ == "VERB" or token.pos_ == "ADJ" and (token.dep_ == "acomp" or self.passive_adjective(
                    token) or postnominal(token))) and lemma in self.lex.verbs:
                for frame in self.lex.verbs[lemma]:  # a predicate adjective as a verb: "X was critical of Y"
                    found += self.verb(token, frame)
            elif token.pos_ in ("VERB", "AUX") and not any(c.dep_ in ("nsubjpass", "auxpass") for c in token.children):
                found += self.presence(token, None, [e for s in self.subjects(token) for e in self.entities(s)])
            elif token.pos_ in NOUNS:
                for frame in self.noun_frames(token):
                    found += self.noun(token, frame)
                if lemma in self.lex.roles or lemma in self.lex.part_nouns:
                    found += self.role(token)
                if lemma in self.lex.havens:
                    found += self.haven(token)
                if lemma in self.lex.venues:
                    found += self.venue(token)
                if lemma in self.lex.control_nouns:
                    found += self.controlled(token)
                if not self.noun_frames(token) and any(c.dep_ == "amod" and c.lower_ in self.lex.joint
                                                       for c in token.children):
                    found += self.together(token)
                if lemma in self.lex.place_parts:
                    found += self.listed_parts(token) + self.whose_part(token)
                if lemma in self.lex.community_nouns:
                    found += self.communities_placed(token)
                if token.lower_ in self.lex.party_nouns:
                    found += self.persons_party(token) + self.own_party(token)
                if lemma in self.lex.collective_nouns:
                    found += self.collective_of(token)
                if self.transparent(token) or lemma in self.lex.roles:
                    found += self.among(token)
                if lemma in self.lex.captives:
                    found += self.captive(token)
                if lemma in self.lex.whereabouts_nouns:
                    found += self.done_to_in(token)
                if lemma in self.lex.ties:
                    found += self.ties(token)
                if self.transparent(token) or lemma in self.lex.presence_nouns:
                    found += self.placed(token)  # "WFP offices in the North", "the group's recruitment in Apure"
                    if token.dep_ == "appos" and self.label(token.head) == "PLACE":
                        found += self.described_in(token)  # "Tower 22, a US outpost in Jordan": the site is there
                elif lemma not in self.lex.roles:
                    found += self.described_in(token)
        attacked = {(f.head, f.tail) for f in found if f.kind == "attacks"}
        raiders = {(f.head, clause_of(sentence.doc, f.trigger)) for f in found
                   if f.kind == "attacks" and self.label(sentence.doc[f.tail]) == "PLACE"}
        found = [f for f in found if f.kind != "located_in" or (f.head, f.tail) not in attacked
                 and not ((f.head, clause_of(sentence.doc, f.trigger)) in raiders and f.rule == "presence")]
        # a place struck, or the places that locate it ("a mosque in Fambita, near Kokorou in the Tillabéri region"), is
        # no place the attacker is in; a clause of its own may place it ("the X rebels blamed for the attack on Y keep
        # bases in Z")
        return found + self.mediations(found, sentence)

    def verb(self, verb: Token, frame: Frame) -> list[Found]:
        if self.tells(verb, frame) or (verb.dep_ == "acl" and verb.lemma_.lower() in self.lex.host_verbs
                                       and self.settles(verb.head)):
            return []  # the host of talks mediates them (read with the noun), it does not back their parties
        talks = self.talks_of_a_party(verb) if verb.lemma_.lower() in self.lex.host_verbs else None
        if talks is not None:  # "talks between X and Y, convened by Z": the parser hung the participle on Y
            hosts = [e for c in verb.children if c.dep_ == "agent" for e in self.pobjects(c)]
            first = frame == self.lex.verbs[self.lemma(verb)][0]  # one row per host, whatever the verb's frames
            return self.pairs(verb, "mediates", hosts, self.own_parties(talks), "verb") if first else []
        if self.lemma(verb) in self.lex.host_verbs and frame.kind == "supports":
            together = self.guests(verb)
            if together:
                return together
        if frame.kind == "supports" and "obj" not in frame.tail and any(
                c.dep_ == "dobj" and any(f.kind in CONFLICT for f in self.noun_frames(c)) for c in verb.children):
            return []  # "delivered a demarche to X", "sent threats to Y": what is given is hostile, read with the noun
        if frame.kind == "split_from" and any(c.dep_ == "dobj" and (self.lemma(c) in self.lex.ties or self.noun_frames(c))
                                              for c in verb.children):
            return []  # "broke off relations with Y" (read by `ties`), "broke off talks with Y", "broke the truce with
            # Y": what is broken is the object, no split from Y
        passive = any(c.dep_ in ("nsubjpass", "auxpass", "agent") for c in verb.children) or (  # "X, chaired since
            # 2025 by Y": the parser may tag the participle as a past tense, yet its "by" is an agent
            verb.dep_ in ("acl", "advcl") and verb.tag_ == "VBN"  # "X, commanded by Y, grew": a bare participle
            and not any(c.dep_ in ("aux", "nsubj") for c in verb.children)) or self.passive_adjective(verb)
        participle = self.coordinated_participle(verb)
        continued = self.continued(verb) if participle is None else None
        joined = self.joined_participle(verb)
        passive = passive or participle is not None or continued is not None or joined is not None
        if frame.passive_only and not passive:
            return []  # "a group it links to the SVR": the one who links asserts the tie, it is not tied
        if participle is not None:
            subjects = self.entities(participle.head)
        elif joined is not None:
            subjects = self.hosts(joined)
        elif continued is not None:
            subjects = [continued] if self.label(continued) else self.hosts(continued)
        else:
            subjects = self.described_name(verb) or [e for s in self.subjects(verb) for e in self.entities(s)]
        if not subjects and not passive:  # "Drone strikes by the RSF hit Port Sudan": the event's agent acts
            subjects = [e for s in self.subjects(verb) if self.noun_frames(s) for e in [
                *(e for c in s.children if c.dep_ == "prep" and c.lower_ == "by" for e in self.pobjects(c)),
                *self.doers(s)]]
        if not subjects and (verb.dep_ == "acl" or postnominal(verb) or verb.dep_ == "advcl" and self.label(verb.head)):
            subjects = self.hosts(verb)
            if frame.kind == "leads" and subjects and subjects == self.owners(verb.head) and not self.transparent(
                    verb.head):  # "Islamabad's response, led by X": X leads the response, not Islamabad
                subjects = []
        if verb.pos_ == "ADJ" and not subjects:  # "his report was critical of Y": the report's author
            subjects = [o for s in self.subjects(verb) for o in self.owners(s)]
        agents, patients, places, backed, struck, through = [], [], [], [], [], []
        for c in verb.children:
            # an indirect object is an object ("designated X a terrorist group") or a recipient ("offered X an office")
            if c.dep_ == "dative" and c.pos_ in NOUNS and "to" in frame.tail and "obj" not in frame.tail:
                patients += self.entities(c)
            if c.dep_ == "dobj" and "to" in frame.tail and "obj" not in frame.tail and not self.label(c) and not self.transparent(c) \
                    and not any(d.dep_ in ("dative", *PREP_DEPS) and d.lower_ in frame.tail for d in verb.children):
                # "gave the Houthis missiles", parsed with the recipient as a modifier of what was given
                patients += [m for m in c.children if m.dep_ == "compound" and self.label(m) in PARTIES]
            if (c.dep_ == "dobj" or c.dep_ == "dative" and c.pos_ in NOUNS or self.object_read_as_a_modifier(verb, c)) \
                    and "obj" in frame.tail:
                named = self.entities(c)
                if not named and frame.kind in self.lex.owner_kinds:  # "condemned Y's strikes": against Y
                    named = self.owners(c) or self.event_agents(c) or self.doers(c)
                if not named and frame.kind == "member_of" and self.noun_frames(c):  # "joined Y's campaign": sides
                    # with Y
                    backed += self.owners(c)
                if not named and frame.kind == "attacks" and c.dep_ == "dobj":  # "struck targets in X": X is struck,
                    # also where the parser hangs the place on a verb of striking ("struck a building in X"; not
                    # "destroyed shrines in X", done where the party is)
                    sites = self.site_places([*c.children, *(verb.children if self.lemma(verb) in self.lex.striking
                                                             else ())])
                    # "targeted ships in the Red Sea": not the sea; "stormed a church in Komanda, in Ituri": the
                    # first place named is struck, a second one is where that lies
                    named = next((found for found in sites if found), [])
                    named += [m for m in self.modifiers(c) if self.label(m) == "PLACE"
                              and m.lower_.split()[-1] not in self.lex.shores]
                    named += [m for m in self.modifiers(c) if self.label(m) in PARTIES]  # "shelled RSF positions in
                    # X", "attacked La Mayiza strongholds": the party whose site it is, as well as the place
                    # "struck the Fordow enrichment site", "hit the Ras Isa fuel terminal": the site named
                    struck += named + [e for found in sites for e in found]
                patients += named
            if c.dep_ == "dobj" and not self.label(c):  # "mediated talks between X and Y", "settled most of its
                # border questions with X": the noun a word of number stands for
                counted = [o for q in c.children if q.dep_ == "prep" and q.lower_ == "of" and c.lower_ in self.lex.quantities
                           for o in q.children if o.dep_ == "pobj" and not self.label(o)]
                patients += [e for t in (c, *counted) for p in t.children if p.dep_ in PREP_DEPS
                             and p.lower_ in frame.tail and p.lower_ != "of" for e in self.pobjects(p)]
            elif c.dep_ == "agent":
                agents += self.pobjects(c)
                if frame.place:  # "founded by X in Suwayda in 2013": the parser hangs the place on the founder
                    places += [e for o in c.children if o.dep_ == "pobj" for p in o.children if p.dep_ == "prep"
                               and p.lower_ in ("in", "at") for e in self.pobjects(p) if self.label(e) == "PLACE"]
            elif c.dep_ == "prep" and c.lower_ == "through" and not frame.holder:
                through = self.instruments(c)
                agents += through
            elif c.dep_ in PREP_DEPS and c.lower_ in frame.tail:
                named = [e for e in self.pobjects(c) if not (c.lower_ == "with" and self.hosting(e))]
                if not named and frame.holder:  # "operate in the bush around X": where the unnamed setting is
                    named = [e for o in c.children if o.dep_ == "pobj" and not self.label(o) for e in self.surroundings(o)]
                if not named and frame.kind == "attacks":  # "fired rockets at the army base at Meron": the place
                    # the site struck lies in, as with an object
                    named = self.sites_struck(c)
                    struck += named
                if not named and frame.kind == "opposes":  # "distanced themselves from the CCAT's methods": from
                    # the CCAT, as with an object (a thing given "to" someone's kin is no support of them)
                    named = [e for o in c.children if o.dep_ == "pobj" for e in self.owners(o)]
                patients += named
            elif c.dep_ in PREP_DEPS and c.lower_ in ("in", "at") and frame.place:
                places += self.pobjects(c) or [e for o in c.children if o.dep_ == "pobj" for p in o.children
                                               if p.dep_ == "prep" and p.lower_ in ("in", "at")
                                               for e in self.pobjects(p)]  # "formed in a prison in Aragua"
            if c.dep_ == "dobj" and frame.place and not passive:  # "founded Boko Haram in Maiduguri": the parser
                # hangs the place on the body founded
                places += [e for p in c.children if p.dep_ == "prep" and p.lower_ in ("in", "at")
                           for e in self.pobjects(p) if self.label(e) == "PLACE"]
            elif c.dep_ in ("prt", "advmod") and c.lower_ in ("away", "off", "out"):  # "broke away from", "set up"
                patients += [e for p in c.children if p.dep_ == "prep" and p.lower_ in frame.tail
                             for e in self.pobjects(p)]
        agents += self.co_agents(verb, frame)
        if passive and not agents:  # "led in its first armed phase by X", "designated a terrorist organisation by
            # X": the parser hangs the agent on the phrase, or on the name given
            hung = [o for c in verb.children if c.dep_ == "prep" for o in c.children if o.dep_ == "pobj"]
            hung += [c for c in verb.children if c.dep_ in ("dobj", "oprd") and not self.label(c)]
            agents = [e for o in hung for b in o.children if b.dep_ == "prep" and b.lower_ == "by"
                      for e in self.pobjects(b)]
        if passive and not agents:  # "founded and led by X", "armed and paid by Y": two participles joined right
            # before the agent share it ("founded in 2007 and led since 2018 by X" does not)
            follower = self.joined_next(verb)
            agents = [e for a in follower.children if a.dep_ == "agent" for e in self.pobjects(a)] \
                if follower is not None and follower.tag_ == "VBN" else []
        if passive and not agents and self.lemma(verb) in self.lex.expelling:  # "X was expelled from the ANC": by
            agents = [e for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"  # the body left
                      for e in self.pobjects(c) if self.label(e) == "GROUP"]
        if "obj" in frame.tail and not passive:
            patients += self.gapped_object(verb)
            if not patients and frame.kind in self.lex.owner_kinds:
                patients += self.summarised_doers(verb)
            if frame.kind == "supports" and not patients:  # "X helped Y's forces retake Z": the parser makes the one
                # helped the subject of what it did
                patients += [e for c in verb.children if c.dep_ in ("ccomp", "xcomp") for s in c.children
                             if s.dep_ == "nsubj" for e in self.entities(s)]
            if not patients and not any(c.dep_ == "dobj" for c in verb.children):
                patients += self.shared_object(verb)
        if not passive and self.reciprocal_object(verb, frame) and len(subjects) > 1:  # "X and Y blamed each other"
            return [r for h in subjects for r in self.pairs(verb, frame.kind, [h], subjects, "verb")]
        if frame.kind == "member_of":  # one belongs to a body, not to a place ("refused to engage in Syria")
            patients = [p for p in patients if self.label(p) != "PLACE"]
        if frame.kind == "supports" and "obj" not in frame.tail:
            gifts = [c for c in verb.children if c.dep_ == "dobj" and any("to" in f.tail for f in self.noun_frames(c))]
            if gifts and any(p.dep_ == "prep" and p.lower_ == "to" for t in (verb, *gifts) for p in t.children):
                patients = []  # "pledged allegiance to X", "provided support to Y": the noun says what is given to
                # whom (not "gave Moldova gas subsidies", whose recipient only the verb names)
        if frame.tail_labels:
            patients = [p for p in patients if self.label(p) in frame.tail_labels]
        if frame.kind == "leads" and not patients and not passive:
            patients = self.governed_under(verb)
        if frame.holder:
            sent = [c for c in verb.children if c.dep_ == "dobj"] if not passive and frame.tail == ("to",) else []
            moved = [e for c in sent for e in self.entities(c)]
            if moved or sent and not any(map(self.transparent, sent)):
                subjects, agents = moved, []  # "Mexico extradited X to the US": what is sent goes there, not who
                # sends it; "airlifted troops to Y": the sender's own
            if passive and "obj" in frame.tail and agents:  # "Kufra, held by the LAAF": the agent holds the subject
                subjects, patients = [], subjects + patients
            held = [p for p in patients if self.label(p) == "GROUP"]  # a body held is no place
            led = held if self.lemma(verb) in self.lex.controlling else []  # "a force controlled by X": X leads it
            return self.pairs(verb, frame.kind, subjects + agents, [p for p in patients if p not in held]
                              + self.where(verb), "verb") + self.pairs(verb, "leads", subjects + agents, led, "verb")
        if passive and frame.kind == "mediates" and not patients:  # "The deal was brokered by X": whose deal;
            # "talks between X and Y, which were facilitated by Z": the talks' own parties
            patients = [e for s in self.subjects(verb) for e in self.own_parties(s) or self.earlier_parties(s)] \
                or self.co_signers(verb)
        # coordinated subjects meet each other only as the verb's own subjects: not through an instrument ("X, which
        # negotiated through Y"), nor as the nouns a relative clause hangs on ("X, which negotiated …, and Z")
        # nor where a party is the object ("X and Y fought the army": each fought the army, not the other)
        reciprocal = frame.symmetric and not through and not any(
            c.dep_ == "nsubj" and c.lower_ in RELATIVE or c.dep_ == "dobj" and (self.label(c) or frame.kind in CONFLICT and self.transparent(c))
            for c in verb.children) and not (frame.kind in CONFLICT and self.common_enemy(verb))
        if passive:
            if "obj" in frame.tail:  # the labels the word takes hold for a passive subject too ("was taken hostage")
                patients = [s for s in subjects if not frame.tail_labels or self.label(s) in frame.tail_labels] + patients
            else:  # "the accord, signed by X with Y": the passive subject is what was signed, when an agent is named
                agents = agents or subjects
        else:
            agents = subjects + agents
        kind = self.joint(verb, frame.kind)
        sides = [] if patients or any(self.label(a) in PARTIES for a in agents) or kind != "opposes" else [
            e for c in verb.children if c.dep_ == "prep" and c.lower_ == "between" for e in self.pobjects(c)
            if self.label(e) in PARTIES]  # "the area is contested between X and Y": the sides oppose each other
        if kind == "supports" and "obj" not in frame.tail and any(
                c.dep_ == "dobj" and c.lemma_.lower() in self.lex.contingents for c in verb.children):
            # "X contributed troops to the mission": a troop contributor is one of the body ("sent troops to Somalia"
            # joins no country, but its troops are there: guidelines, section 9, a state's troops in a place)
            bodies = [p for p in patients if self.label(p) == "GROUP"]
            rows = self.pairs(verb, "member_of", agents, bodies, "verb")
            patients = [p for p in patients if p not in bodies]
            rows += self.pairs(verb, "located_in", agents, [p for p in patients if self.label(p) == "PLACE"], "verb")
        else:
            rows = []
        rows += self.pairs(verb, kind, agents, patients, "verb", reciprocal)
        rows += self.pairs(verb, kind, sides, [], "verb", True)
        rows += self.pairs(verb, "supports", agents, backed, "verb")
        if frame.place:
            made = [p for p in patients if self.label(p) != "PLACE"]
            # the first place is the precise one; with none, "Y, where X emerged"
            rows += self.pairs(verb, frame.place, made, places[:1] or self.where(verb), "verb")
        if frame.kind == "supports" and "to" in frame.tail:
            rows += self.received_in(verb)
        present = self.presence(verb, frame, subjects) if not passive else []
        return rows + [r for r in present if verb.doc[r.tail] not in struck]  # a place struck, or the one it lies in,
        # is no place one is in

    @staticmethod
    def reciprocal_object(verb: Token, frame: Frame) -> bool:
        """Whether the verb's object, or the object of its tail preposition, is "each other", "one another" or "the
        other" after "each" ("X and Y blamed each other", "each accused the other", "clashed with one another")."""
        objects = [c for c in verb.children if c.dep_ == "dobj" and "obj" in frame.tail] + [
            o for p in verb.children if p.dep_ in PREP_DEPS and p.lower_ in frame.tail for o in p.children
            if o.dep_ == "pobj"]
        doc = verb.doc
        return any(o.lower_ in ("other", "another") and o.i > 0 and doc[o.i - 1].lower_ in ("each", "one", "the") and (
            doc[o.i - 1].lower_ != "the" or any(t.lower_ == "each" for t in doc[verb.sent.start:verb.i]))
                   or o.lower_ in ("each", "one") and any(c.lower_ in ("other", "another") for c in o.children)
                   for o in objects)

    def common_enemy(self, verb: Token) -> bool:
        """Whether a verb of fighting names, anywhere in its phrase, a party fought "against" ("X and Y fought in the war
        against Z"): its coordinated subjects are then allies, not each other's enemies."""
        return any(t.dep_ == "prep" and t.lower_ == "against" and any(self.label(e) in PARTIES for e in self.pobjects(t))
                   for t in verb.subtree)

    def tells(self, verb: Token, frame: Frame) -> bool:
        """A warning that tells its addressee of a danger ("X warned the Security Council of famine", "warned Y that
        …") informs Y; only a warning against Y, or to Y to stop, opposes it."""
        if frame.kind != "opposes" or verb.lemma_.lower() not in self.lex.notice_verbs:
            return False
        told = [verb, *(c for c in verb.children if c.dep_ == "dobj")]  # the parser may hang "of" on the addressee
        return any(c.dep_ == "ccomp" or c.dep_ in PREP_DEPS and c.lower_ in ("of", "about")
                   for t in told for c in t.children)

    @staticmethod
    def joined_next(verb: Token) -> Token | None:
        """The word coordinated with a verb right after it, across one "and" or "or" ("founded and led", "armed and
        paid")."""
        return next((c for c in verb.children if c.dep_ == "conj" and c.i == verb.i + 2
                     and verb.doc[verb.i + 1].lower_ in ("and", "or")), None)

    def shared_object(self, verb: Token) -> list[Token]:
        """The object of the verb coordinated right after an objectless one, with no subject of its own: both verbs
        take it ("X armed and paid the SNA", "trained and equipped Y")."""
        follower = self.joined_next(verb)
        if follower is None or follower.pos_ != "VERB" or any(c.dep_ in ("nsubj", "nsubjpass") for c in follower.children):
            return []
        return [e for c in follower.children if c.dep_ == "dobj" for e in self.entities(c)]

    def gapped_object(self, verb: Token) -> list[Token]:
        """The noun an object relative clause is on is the verb's object ("the TPLF, a movement it fought": it fought
        the TPLF; "the ELN, which the army pursued"); not in a subject relative ("X, which fought Y") nor where the
        gap is a place or time ("the town where X fought")."""
        if verb.dep_ != "relcl" or any(c.lower_ in ("where", "when", "why", "how") for c in verb.children):
            return []
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        if not subjects or any(t.lower_ in RELATIVE for t in subjects) or \
                any(o.lower_ not in RELATIVE for o in objects):
            return []
        opening = verb.left_edge  # a relative word or the subject itself: "as it meets" is no relative clause
        if opening.lower_ not in RELATIVE and not any(opening.i == s.left_edge.i for s in subjects):
            return []
        if not any(self.label(e) in PARTIES for s in subjects for e in self.entities(s)):
            return []  # the subject acts on the noun only as a party; a place named as subject does not
        return self.entities(verb.head)

    def governed_under(self, verb: Token) -> list[Token]:
        """What a ruler governs when a relative clause on him says he governed and the clause his "under" phrase opens
        names it ("Under X, who governed from 2016 to 2022, Manila set the ruling aside": X leads Manila)."""
        ruler = verb.head
        if verb.dep_ != "relcl" or ruler.dep_ != "pobj" or ruler.head.lower_ != "under" or self.label(ruler) != "ACTOR":
            return []
        return [e for s in self.subjects(ruler.head.head) for e in self.entities(s) if self.label(e) in PARTIES]

    def hosts(self, participle: Token) -> list[Token]:
        """The parties a participle on a noun is said of ("X, founded by Y", "a body chaired by Y"): the noun's, or
        those of the noun just before its comma; "X signed a law creating Y": the act's author does what the act
        does."""
        if self.untagged_before(participle):
            return []
        found = self.nearer_host(participle) or self.described_name(participle) or self.entities(participle.head) \
            or self.owners(participle.head) or self.purposed(participle)
        if not found and participle.head.dep_ == "dobj" and participle.tag_ == "VBG":
            found = [e for s in self.subjects(participle.head.head) for e in self.entities(s)]
        return found

    def described_name(self, participle: Token) -> list[Token]:
        """"3R, a Fulani militia created in Koui": a participle on a noun that stands in apposition to a name is said
        of the name, not of the people or place that modify the noun."""
        noun = participle.head
        if participle.dep_ != "acl" or noun.dep_ != "appos" or self.label(noun) or self.label(noun.head) not in PARTIES \
                or any(c.dep_ == "prep" and c.i < participle.i for c in noun.children) or noun.head.conjuncts:
            return []  # a list before the noun is read by the host rules ("X and Y, a drone maker based in Z")
        return [noun.head]

    @staticmethod
    def continued(verb: Token) -> Token | None:
        """What a bare past participle after "and" is said of when the parser coordinated it with the participle
        before it or with the noun they describe: that participle ("the Fund, created in 2022 and hosted by X":
        created, whose noun is the Fund) or the noun ("X (XX), an alliance formed in 2007 and led since 2018 by Y":
        X). A participle with an object or auxiliary is a clause of its own ("having seized X and killed Y")."""
        clause = ("aux", "auxpass", "nsubj", "nsubjpass", "dobj")
        if verb.dep_ != "conj" or verb.tag_ not in ("VBN", "VBD") or any(c.dep_ in clause for c in verb.children):
            return None
        first = first_conjunct(verb)
        if first.pos_ in NOUNS:
            return first if any(c.dep_ == "agent" for c in verb.children) else None
        if first.tag_ == "VBN" and first.dep_ in ("acl", "advcl") and not any(c.dep_ in clause for c in first.children):
            return first
        return None

    def prefix(self, verb: Token) -> Token | None:
        """The prefix the tokenizer split from a verb at its hyphen ("co-founded": co), which the parser often takes
        for the verb and hangs the clause's subject on."""
        doc = verb.doc
        if verb.i < 2 or doc[verb.i - 1].text != "-" or doc[verb.i - 1].whitespace_ or doc[verb.i - 2].whitespace_:
            return None
        before = doc[verb.i - 2]
        return before if before.lower_ in self.lex.prefixes else None

    def lemma(self, token: Token) -> str:
        """A word's lemma; for a verb with a split prefix, the prefixed verb where the lexicon lists it ("co-operate"
        is not "operate"), else the base verb's ("co-led": lead, "re-elected": elect); for a passive participle the
        tagger took for an adjective (or one of place after a copula), or a past form the lemmatiser misread, its
        verb's; a phrasal verb the lexicon lists, with its particle ("held out inside El Fasher": "hold out")."""
        phrasal = with_particle(token)
        if phrasal in self.lex.verbs:
            return phrasal
        if token.lower_ == "found" and token.i > 0 and token.doc[token.i - 1].lower_ in BASE_FORM_BEFORE:
            return "found"  # "helped found Hezbollah", "will found a party": the verb of founding, not "find"
        if self.passive_adjective(token):
            return self.participle_verb(token.lower_)
        placed = self.participle_verb(token.lower_) if token.pos_ == "ADJ" and token.dep_ == "acomp" \
            and token.lower_.endswith("ed") else ""
        if placed and any(f.kind == "located_in" for f in self.lex.verbs.get(placed, ())):
            return placed  # "remains entrenched in Bria", with the participle tagged an adjective
        base = token.lemma_.lower()
        prefix = self.prefix(token) if token.pos_ == "VERB" else None
        if prefix is None:
            if base not in self.lex.verbs and token.tag_ in ("VBD", "VBN") and token.lower_.endswith("ed"):
                return self.participle_verb(token.lower_) or base  # "fined", which the lemmatiser reads as "fin"
            return base
        return next((form for form in (f"{prefix.lower_}-{base}", f"{prefix.lower_}{base}") if form in self.lex.verbs),
                    base)

    def passive_adjective(self, token: Token) -> bool:
        """A past participle the tagger read as an adjective though the clause is passive ("the militias were armed and
        paid by Kinshasa": armed) and whose verb the lexicon lists."""
        if token.pos_ != "ADJ" or not token.lower_.endswith("ed") or not self.participle_verb(token.lower_):
            return False
        if any(c.dep_ in ("nsubjpass", "auxpass", "agent") for c in token.children):
            return True
        follower = self.joined_next(token)  # "were armed and paid by X", parsed as "were" with an adjective
        return token.dep_ == "acomp" and token.head.lemma_ == "be" and follower is not None and any(
            c.dep_ == "agent" for c in follower.children)

    def participle_verb(self, participle: str) -> str:
        """The lexicon's verb a regular past participle is formed from ("armed": arm, "used": use, "banned": ban,
        "allied": ally), or "" for none."""
        stem = participle[:-2]
        doubled = stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else ""
        from_y = stem[:-1] + "y" if stem.endswith("i") else ""
        return next((form for form in (stem, participle[:-1], doubled, from_y) if form and form in self.lex.verbs), "")

    def co_agents(self, verb: Token, frame: Frame) -> list[Token]:
        """The partner of a joint-prefixed verb is an agent too ("X co-founded the movement with Y": Y founded it)."""
        prefix = self.prefix(verb)
        if prefix is None or prefix.lower_ not in self.lex.joint_prefixes or frame.symmetric or "with" in frame.tail:
            return []
        carriers = (verb, *(c for c in verb.children if c.dep_ == "dobj"))
        return [e for t in carriers for c in t.children if c.dep_ == "prep" and c.lower_ == "with"
                for e in self.pobjects(c) if self.label(e) in PARTIES]

    @staticmethod
    def coordinated_participle(verb: Token) -> Token | None:
        """The participle on a noun that a bare past participle after "and" continues, when the parser coordinated it
        with the finite verb of the clause instead ("… to the PLC, a body chaired by X and formed in Riyadh": formed
        is said of the body, not of the one who transferred)."""
        if verb.dep_ != "conj" or verb.tag_ != "VBN" or verb.head.tag_ not in FINITE or any(
                c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass") for c in verb.children):
            return None
        return next((t for t in reversed(verb.doc[verb.head.i + 1:verb.i]) if t.dep_ == "acl" and t.tag_ == "VBN"
                     and t.head.pos_ in NOUNS), None)

    @staticmethod
    def joined_participle(verb: Token) -> Token | None:
        """The bare participle on a noun that a second one after "and" shares, said of the noun too ("X, banned by A in
        2006 and designated a terrorist organisation by B", even where the parser tags the second as a past tense)."""
        if verb.dep_ != "conj" or verb.tag_ not in ("VBN", "VBD") or verb.head.dep_ != "acl" \
                or verb.head.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass", "nsubj", "nsubjpass")
                                                  for c in verb.children):
            return None
        return verb.head

    def recourse(self, verb: Token) -> list[Found]:
        """The party one turns to or relies on supports the one who turns ("X turned to the Wagner Group")."""
        preps = [c for c in verb.children if c.dep_ in PREP_DEPS and c.lower_ in self.lex.recourse[verb.lemma_.lower()]]
        helpers = [e for c in preps for e in self.pobjects(c) if self.label(e) in PARTIES]
        if preps and not helpers:  # "turned to private contractors, the Wagner Group and DAG": the parser hangs the
            # names that gloss the description on the verb
            helpers = [e for c in verb.children if c.dep_ in ("npadvmod", "appos") and c.i > preps[0].i
                       and verb.doc[c.left_edge.i - 1].text == "," for e in self.entities(c) if self.label(e) in PARTIES]
        helped = [e for s in self.subjects(verb) for e in self.entities(s) if self.label(e) in PARTIES]
        return self.pairs(verb, "supports", helpers, helped, "verb")

    def together(self, noun: Token) -> list[Found]:
        """A joint operation cooperates its holders ("X and Y held their first joint patrol") or its holder with the
        party it is carried out with ("X conducted a joint exercise with Y"); a noun with a kind of its own keeps it
        ("a joint meeting", "a bilateral ceasefire")."""
        verb = noun.head if noun.dep_ == "dobj" else noun.head.head  # "held a joint patrol", "joined in joint
        # assessments with Y"
        if noun.dep_ not in ("dobj", "pobj") or verb.pos_ != "VERB":
            return []
        holders = [e for s in self.subjects(verb) for e in self.entities(s) if self.label(e) in PARTIES]
        return self.pairs(noun, "supports", holders, self.with_partners(noun, verb), "noun", symmetric=True)

    def with_partners(self, noun: Token, verb: Token) -> list[Token]:
        """The parties of a "with" phrase on a noun or on the verb that takes it ("a joint patrol with Y", "severed
        ties with Y")."""
        return [e for t in (noun, verb) for c in t.children if c.dep_ == "prep" and c.lower_ == "with"
                for e in self.pobjects(c) if self.label(e) in PARTIES]

    def instruments(self, prep: Token) -> list[Token]:
        """The parties an act is carried out through ("funded by X through the European Peace Facility", "brokered by
        X through a panel led by Y, with Z"): a named body, or the leaders and companions of an unnamed one; not a
        place passed through."""
        found = []
        for noun in (p for p in prep.children if p.dep_ == "pobj"):
            named = [e for e in self.entities(noun) if self.label(e) in PARTIES]
            if not named and not self.label(noun):
                named = [e for a in noun.children if a.dep_ == "acl" for c in a.children
                         if c.dep_ == "agent" or c.dep_ == "prep" and c.lower_ == "with"
                         for e in self.pobjects(c) if self.label(e) in PARTIES]
            found += named
        return found

    @staticmethod
    def hosting(party: Token) -> bool:
        """A party named with its part in the event ("brokered by X, with Y as host", "with Y, then the chair of Z, as
        host"): a circumstance, not a party. The parser hangs the "as" phrase on the party, the verb or a word
        between, so it is looked for after the party up to the next verb or party-naming preposition."""
        for token in party.doc[party.i + 1:party.sent.end]:
            if token.pos_ in ("VERB", "AUX") or token.lower_ in ("with", "by", ";"):
                return False
            if token.lower_ == "as" and token.dep_ == "prep":
                return True
        return False

    def settles(self, noun: Token) -> bool:
        """An agreement or talks noun ("deal", "ceasefire", "talks", "meeting")."""
        return any(f.kind in SETTLING for f in self.noun_frames(noun))

    def talks_of_a_party(self, participle: Token) -> Token | None:
        """The talks or agreement whose "between" or "with" phrase holds the party a participle is hung on ("the talks
        between X and Y, convened by Z": the talks), where the parser took the last party for its head, or the talks
        that are the subject of the clause a bare participle is hung on ("talks between X and Y resumed in Doha,
        hosted by Z")."""
        if participle.dep_ == "advcl" and participle.tag_ == "VBN" and not any(
                c.dep_ in ("nsubj", "nsubjpass", "mark") for c in participle.children):
            return next((s for s in self.subjects(participle.head) if self.settles(s)), None)
        if participle.dep_ != "acl" or not self.label(participle.head):
            return None
        prep = first_conjunct(participle.head).head
        noun = prep.head if prep.dep_ == "prep" and prep.lower_ in ("between", "with") else None
        return noun if noun is not None and self.settles(noun) else None

    def own_parties(self, noun: Token) -> list[Token]:
        """The parties an agreement or talks noun names itself ("talks between X and Y", "the deal with X")."""
        if not self.settles(noun):
            return []
        return [e for c in noun.children if c.dep_ in PREP_DEPS and c.lower_ in ("between", "with")
                for e in self.pobjects(c)]

    def co_signers(self, verb: Token) -> list[Token]:
        """The agents of a participle of agreeing coordinated with a passive one: the parties to what was brokered
        ("the initiative was brokered by X and signed by Y and Z", "the treaty, which was brokered by X and signed in
        Karachi by Y and Z")."""
        return [e for c in verb.children if c.dep_ == "conj" and c.tag_ == "VBN"
                and any(f.kind == "agreement_with" for f in self.lex.verbs.get(self.lemma(c), ()))
                for a in c.children if a.dep_ == "agent" for e in self.pobjects(a)]

    def earlier_parties(self, noun: Token) -> list[Token]:
        """The parties of the agreement or talks of the sentence before, for a definite agreement or talks noun that
        names none of its own ("… signed an agreement. The deal was brokered by X")."""
        if (self.label(noun) or not self.settles(noun)
                or not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these") for c in noun.children)
                or any(c.dep_ in ("poss", "compound") or c.dep_ in PREP_DEPS for c in noun.children)):
            return []
        start = noun.sent.start
        if start == 0 or self.earlier:
            return []
        self.earlier, parts = True, set(self.parts)
        try:
            rows = [r for r in self.sentence(noun.doc[start - 1].sent) if r.kind in SETTLING]
        finally:
            self.earlier, self.parts = False, parts
        return [noun.doc[i] for i in sorted({i for r in rows for i in (r.head, r.tail)})]

    def purposed(self, infinitive: Token) -> list[Token]:
        """Who a purpose infinitive the parser hangs on a companion noun is said of: the one who moved ("X travelled to
        Y with a delegation to meet Z": X meets Z)."""
        noun = infinitive.head
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in infinitive.children) or noun.dep_ != "pobj":
            return []
        mover = noun.head.head
        if mover.pos_ != "VERB":
            return []
        found = [e for s in self.subjects(mover) for e in self.entities(s)]
        return found or (self.entities(mover.head) if mover.dep_ == "acl" else [])

    def received_in(self, verb: Token) -> list[Found]:
        """Who is given something in a place is there ("kits were distributed to the DGPC in Grand'Anse", "X sent aid
        to the Red Cross in Goma")."""
        recipients = [e for c in verb.children if c.dep_ in PREP_DEPS and c.lower_ == "to" for e in self.pobjects(c)]
        places = [e for c in verb.children if c.dep_ in PREP_DEPS and c.lower_ in self.lex.presence_preps
                  for e in self.pobjects(c) if self.label(e) == "PLACE"]
        return self.pairs(verb, "located_in", [r for r in recipients if self.label(r) in PARTIES], places, "presence")

    def nearer_host(self, participle: Token) -> list[Token]:
        """The parties of the noun just before the comma that opens a participle, when the parser hangs the
        participle on a noun further back in the same phrase ("X, a member of the Y brigade, led by Z": Z leads Y);
        not a noun for a person's role ("X, a former Y commander, backed by Z": Z backs X)."""
        doc = participle.doc
        if participle.i < 2 or doc[participle.i - 1].text != ",":
            return []
        noun = doc[participle.i - 2]
        if noun.text == ")":  # "a new party, Y (YY), founded by Z": the name before the bracket, not the names
            # coordinated with it ("fought X and the Y (YY), led by Z": Z leads only Y)
            opening = next((t for t in reversed(doc[participle.sent.start:noun.i]) if t.text == "("), None)
            if opening is None or opening.i == 0:
                return []
            noun = doc[opening.i - 1]
            if self.label(noun) and noun is not participle.head and noun in participle.head.subtree:
                return [noun]
        lemma = noun.lemma_.lower()
        if (noun is participle.head or noun.pos_ not in NOUNS or noun not in participle.head.subtree
                or lemma in self.lex.roles and lemma not in self.lex.part_nouns):
            return []
        if self.label(noun) == "PLACE" and noun.dep_ == "pobj" and noun.head.lower_ in PLACING_PREPS \
                and self.label(noun.head.head) in PARTIES and participle.lemma_.lower() in COMMANDING:
            return []  # "the Government of National Unity in Tripoli, headed by X": the seat is no body led
        return self.entities(noun)

    def untagged_before(self, participle: Token) -> bool:
        """Whether the name just before the comma that opens a participle is one with no mention ("and a new party, We
        Invest in Nationhood (WIN), founded by X"): the participle describes it, so no party further back is its
        host."""
        doc, k = participle.doc, participle.i - 1
        if k < 1 or doc[k].text != ",":
            return False
        k -= 1
        if doc[k].text == ")" and k > 1:
            k -= 1
        name = doc[k]
        return name.pos_ == "PROPN" and not self.label(name) and name is not participle.head

    @staticmethod
    def joint(verb: Token, kind: str) -> str:
        """Joining a party to do something together is cooperating with it, not becoming its member ("X joined the
        ministry to assess the damage", "X joined Y in condemning Z"); so is being joined by one ("X was joined by
        Y": Y sided with X, which one says of allies, not of members admitted)."""
        purpose = any(c.dep_ in ("xcomp", "advcl") and c.pos_ == "VERB" and c.tag_ == "VB" or c.dep_ == "prep"
                      and c.lower_ == "in" and any(g.dep_ == "pcomp" for g in c.children) for c in verb.children)
        # (a participle says what the joining did: "joined NATO in 2023, ending decades of non-alignment")
        joined_by = any(c.dep_ == "auxpass" for c in verb.children) and any(c.dep_ == "agent" for c in verb.children)
        return "supports" if kind == "member_of" and verb.lemma_.lower() in JOINING and (purpose or joined_by) else kind

    def waters(self, place: Token) -> bool:
        """A sea, gulf, strait or river by the last word of its name ("the Red Sea"): where a ship is struck, not what."""
        while place.dep_ == "compound" and place.head is not place:
            place = place.head
        return place.lower_.split()[-1] in self.lex.shores  # a name may be one merged token

    def presence(self, verb: Token, frame: Frame | None, actors: list[Token]) -> list[Found]:
        """A party acting in a place is there ("X supported mobilization in the Grand Sud", "X pre-positioned food in
        Y", "Y, where X operates", "at the Pittsburgh Summit the G20 went further"); not the venue of talks and
        agreements with a party, nor where something was said ("the G20 meets in Toronto" places it; "X met Y in
        Z" does not)."""
        lemma = verb.lemma_.lower()
        if lemma in self.lex.presence_except_lemmas or frame is not None and frame.holder:
            return []
        if frame is not None and frame.kind in self.lex.presence_except_kinds and lemma not in self.lex.combat and (len(actors) > 1 or any(
                c.dep_ == "dobj" or c.dep_ in PREP_DEPS and c.lower_ in frame.tail for c in verb.children)):
            if frame.kind in self.lex.symmetric_kinds or frame.kind == "mediates":
                return []  # the venue of talks and agreements
            return self.pairs(verb, "located_in", [a for a in actors if self.label(a) in PARTIES], self.scene(verb),
                              "presence")
        objects = [c for c in verb.children if c.dep_ == "dobj" and not self.label(c)  # "pre-positioned food in Y"
                   or c.dep_ == "acomp" and c.lemma_.lower() in self.lex.verbs  # "is present in Y"
                   and any(f.kind == "located_in" for f in self.lex.verbs[c.lemma_.lower()])]
        objects += [p for o in objects if o.dep_ == "dobj" for c in o.children if c.dep_ == "prep" and c.lower_ == "of"
                    for p in c.children if p.dep_ == "pobj" and not self.label(p)]  # "the sheltering of people in Y"
        if any(f.kind in self.lex.presence_except_kinds for o in objects for f in self.noun_frames(o)):
            return []  # "opened talks in Y": the venue of talks
        places = []
        path = any(c.dep_ == "prep" and c.lower_ in ("to", "into", "towards", "toward")
                   for t in (verb, *objects) for c in t.children)
        for c in (c for t in (verb, *objects) for c in t.children):
            if c.lower_ == "at" and lemma in self.lex.aiming:
                continue  # "fired rockets at Y": Y is the target
            if c.dep_ in PREP_DEPS and (c.lower_ in self.lex.presence_preps or c.lower_ == "from" and not path
                                        and lemma in self.lex.directing):  # "has led the movement from Vilnius"
                for o in c.children:
                    if o.dep_ != "pobj":
                        continue
                    places += [e for e in self.entities(o) if self.label(e) == "PLACE"]
                    if o.pos_ in NOUNS and not self.label(o):  # "at the Pittsburgh Summit"
                        places += [m for m in o.children if m.dep_ == "compound" and self.label(m) == "PLACE"]
                        places += self.surroundings(o)
        places += self.where(verb)
        if lemma in self.lex.combat:  # "rose against al-Shabaab in Hiraan", the place hung on the foe: both sides
            # fight there
            foes = [o for c in verb.children
                    if c.dep_ == "dobj" or c.dep_ in PREP_DEPS and c.lower_ in ("against", "with")
                    for o in ([c] if c.dep_ == "dobj" else self.pobjects(c)) if self.label(o) in PARTIES]
            places += [e for o in foes for c in o.children if c.dep_ in PREP_DEPS and c.lower_ in CONTAINING_PREPS
                       for e in self.pobjects(c) if self.label(e) == "PLACE" and e not in places]
        actors = [a for a in actors if self.label(a) in PARTIES]
        actors += [e for a in actors for c in a.children if c.dep_ == "prep" and c.lower_ == "with" and self.comitative(c)
                   for e in self.pobjects(c) if self.label(e) in PARTIES]  # "X, with Y, is providing shelter in Z"
        return self.pairs(verb, "located_in", actors, places, "presence")

    def surroundings(self, setting: Token) -> list[Token]:
        """The places an unnamed setting is said to be in or around ("operate in the bush around X", "fighters in the
        hills near Y", "kits in warehouses in Z"): where the party acting in the setting is. "Around" is read here
        only: said of the party's act itself it may encircle the place ("exercises around Taiwan")."""
        return [e for p in setting.children if p.dep_ == "prep" and (p.lower_ in self.lex.presence_preps or p.lower_ == "around")
                for e in self.pobjects(p) if self.label(e) == "PLACE"]

    def confined(self, verb: Token) -> list[Found]:
        """A person kept confined, or arrested, freed or killed, is where the place phrase says ("X is held in penal
        colony No. 1 in Y, in the Z region": the colony's place, when the facility has no name of its own, and the
        first place, the precise one; "X was placed under house arrest in Y"), and so is the object of an act done to
        a person on the spot ("the ELN kidnapped X in Y"); persons are confined, bodies are not."""
        passive = first_conjunct(verb) if verb.dep_ == "conj" and verb.tag_ in ("VBN", "VBD") and not any(
            c.dep_ in ("nsubj", "nsubjpass") for c in verb.children) else verb  # "was arrested and held in Y"
        participle = verb.dep_ == "acl" and verb.tag_ == "VBN"  # "X, a Kurdish activist held in Evin prison"
        passive_voice = participle or any(c.dep_ in ("nsubjpass", "auxpass") for c in passive.children)
        active = not passive_voice and verb.lemma_.lower() in self.lex.whereabouts  # "the ELN kidnapped X, an army
        # captain, in Y"
        if not (passive_voice or active and any(c.dep_ == "dobj" for c in verb.children)):
            return []
        places = []
        under = [p for c in verb.children if c.dep_ in ("prep", "agent") and c.lower_ in ("under", "by") for o in c.children
                 if o.dep_ == "pobj" for p in o.children]  # "placed under house arrest in Y", "arrested by agents of
        # the IRGC in Y" (the parser hangs the place on the agent)
        for prep in (c for c in [*verb.children, *under] if c.dep_ == "prep" and c.lower_ in PLACING_PREPS):
            for o in (o for o in prep.children if o.dep_ == "pobj"):
                named = self.entities(o)
                places += [e for e in named if self.label(e) == "PLACE"]
                if not named:  # "in Adiala jail", "in penal colony No. 1 in Y"
                    places += [m for m in o.children if m.dep_ == "compound" and self.label(m) == "PLACE"]
                    places += [e for p in o.children if p.dep_ == "prep" and p.lower_ in PLACING_PREPS
                               for e in self.pobjects(p) if self.label(e) == "PLACE"]
        undergoers = [e for c in verb.children if c.dep_ == "dobj" for e in self.entities(c)] if active else [
            e for s in self.subjects(verb) for e in self.entities(s)]
        if participle:
            described = verb.head.head if verb.head.dep_ == "appos" else verb.head
            undergoers = self.entities(described)
        confined = [e for e in undergoers if self.label(e) == "ACTOR"]
        return self.pairs(verb, "located_in", confined, places[:1], "presence")  # the first place is the precise one

    def done_to_in(self, noun: Token) -> list[Found]:
        """"until his arrest in Abuja", "the release of X in Doha": the person an act done on the spot is done to was
        where its place phrase says, as with the verbs (`confined`)."""
        persons = [c for c in noun.children if c.dep_ == "poss" and self.label(c) == "ACTOR"]
        persons += [e for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for e in self.pobjects(p)
                    if self.label(e) == "ACTOR"]
        places = [e for p in noun.children if p.dep_ == "prep" and p.lower_ in ("in", "at") for e in self.pobjects(p)
                  if self.label(e) == "PLACE"]
        return self.pairs(noun, "located_in", persons, places[:1], "presence")

    def scene(self, verb: Token) -> list[Token]:
        """The places of an "In X," opening the sentence, which sets the scene of its clause ("In Oromia, the OLA has
        fought federal forces"), unlike a place the action is aimed at."""
        return [e for c in verb.children if c.dep_ == "prep" and c.lower_ in CONTAINING_PREPS
                and c.i == c.sent.start and c.right_edge.i + 1 < len(verb.doc) and verb.doc[c.right_edge.i + 1].text == ","
                for e in self.pobjects(c) if self.label(e) == "PLACE"]

    def where(self, verb: Token) -> list[Token]:
        """The place a relative clause on "where" is said of ("Y, where X operates": Y)."""
        if verb.dep_ == "relcl" and self.label(verb.head) == "PLACE" and any(c.lower_ == "where" for c in verb.children):
            return [verb.head]
        return []

    def noun(self, noun: Token, frame: Frame) -> list[Found]:
        agents, patients, between, places, hosts = [], [], [], [], []
        possessed = any(c.dep_ == "poss" for c in noun.children)
        owned = any(c.dep_ == "poss" and self.label(c) in PARTIES for c in noun.children)
        governor = noun.head if noun.dep_ == "dobj" else (
            noun.head.head if noun.dep_ == "pobj" and noun.head.head.pos_ == "VERB" else None)
        if self.given_to(noun, frame):
            return []  # "provided escorts to WFP convoys": the convoys receive what the verb gives, they give nothing
        counted = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun  # "most of its disputes"
        if frame.kind in CONFLICT and (counted is noun or counted.lower_ in self.lex.quantities) \
                and counted.dep_ == "dobj" and any(f.kind == "agreement_with" for f in self.lex.verbs.get(
                    self.lemma(counted.head), ())):
            return []  # "settled (most of) its border disputes with X": the settling is stated, read with the verb
        if governor is not None and (governor.lemma_.lower() in self.lex.recourse or self.accused(noun)):
            governor = None  # "X turned to Y for help": Y helps X, not the reverse; "Y was accused of the attack by
            # X": X accuses
        attributing, doer_preps = self.attributed(noun)
        if attributing is not None:
            governor = None  # "blamed the attack on X": the verb lays the act on its doer, it is no party to it
        preps = [c for c in noun.children if c.dep_ in PREP_DEPS and c not in doer_preps]
        preps += [b for c in preps if c.lower_ == "of" for d in c.children if d.dep_ == "pobj" and d.ent_type_ == "DATE"
                  for b in d.children if b.dep_ == "prep" and b.lower_ == "between"]  # "the ceasefire of 27 November
        # between X and Y": the parser hangs the parties on the date
        span_of_time = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
        if span_of_time is not None and span_of_time.lemma_.lower() in TIME_SPANS:
            preps += [b for b in span_of_time.children if b.dep_ == "prep" and b.lower_ == "between"]  # "fourteen
            # months of war between X and Y": the parser hangs the parties on the span of time
        if governor is not None:  # "provided support to Y", "received support from X", "took part in an attack on Y"
            preps += [c for c in governor.children if c.dep_ in PREP_DEPS and c.i != noun.head.i
                      and (c.lower_ in frame.tail or c.lower_ in ("by", "from") or c.lower_ == "between")]
        action = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else None
        done_by = [c for c in action.children if c.dep_ in PREP_DEPS and c.lower_ == "by"] if action is not None and (
            action.pos_ == "NOUN" and not self.label(action) and not self.noun_frames(action)) else []
        preps += done_by  # "the signing of a pact by X and Y": the doers of what is done to the pact are its parties
        for c in noun.children:
            if c.dep_ == "compound" and self.label(c) == "PLACE" and frame.kind == "attacks":
                patients.append(c)  # "the Pahalgam attack", "the Crocus City Hall attack": the place named is struck
            elif c.dep_ in ("poss", "compound", "nmod") and self.label(c):
                agents.append(c)
            elif c.dep_ == "compound" and c.pos_ == "NOUN" and not self.label(c):  # "SAF drone strikes", "RSF artillery
                agents += [d for d in c.children if d.dep_ in ("compound", "poss") and self.label(d) in PARTIES]  # fire"
        for c in [*preps, *(c for c in noun.children if c.dep_ == "acl")]:
            if c.dep_ in PREP_DEPS:
                objects = self.pobjects(c)
                settled = [o for o in c.children if o.dep_ == "pobj" and self.settles(o)] if frame.mediator else []
                if c.lower_ == "of" and settled:  # "a guarantor of Bogotá's talks with the ELN", "the broker of the
                    between += [e for o in settled for e in (  # truce between X and Y": the parties of what is mediated
                        *(p for p in o.children if p.dep_ == "poss" and self.label(p) in PARTIES), *self.own_parties(o))]
                elif c.lower_ == "of" and (self.idiom(noun) or frame.agent_of and owned):
                    patients += objects  # "in support of Y"; "Iran's backing of the Houthis": the owner is the agent
                elif c.lower_ == "by" or c.lower_ == "from" and "from" not in frame.tail or (
                        c.lower_ == "of" and frame.agent_of):  # "support from X"; not "the withdrawal of Y from X"
                    agents += objects
                elif c.lower_ == "between":
                    between += objects
                elif c.lower_ in frame.tail:
                    patients += objects or (self.sites_struck(c) if frame.kind == "attacks" else [])  # "the
                    # bombardment of upland villages in Kalinga": the place the site struck lies in
                elif c.lower_ in ("in", "at") and frame.place:
                    places += objects
            elif c.dep_ == "acl":  # "an agreement signed with Y", "support provided by X"
                hosted = (c.lemma_.lower() in self.lex.host_verbs or any(
                    f.kind == "mediates" for f in self.lex.verbs.get(self.lemma(c), ()))) and self.settles(noun)
                for cc in c.children:
                    if cc.dep_ == "agent":  # "a meeting hosted by X", "a deal brokered by X": X serves the parties
                        (hosts if hosted else agents).extend(self.pobjects(cc))
                    elif cc.dep_ in PREP_DEPS and cc.lower_ in frame.tail:
                        patients += self.pobjects(cc)
        if doer_preps:  # "the strikes that residents attributed to the RSF", "blamed the attack on X": its doer
            agents, possessed = [e for p in doer_preps for e in self.pobjects(p)], True
        if self.lemma(noun) in self.lex.venues and not patients:  # "met Y on the sidelines of the SCO summit": the
            agents = [a for a in agents if self.label(a) != "GROUP"]  # body whose gathering it is convenes it,
            # no side of what is said there ("the ASEAN summit with China" has one)
        if frame.owner_undergoes and not patients:  # "the US requested his extradition": he is extradited
            patients = [a for a in agents if a.dep_ == "poss"]
            agents = [a for a in agents if a.dep_ != "poss"]
            possessed = bool(agents) or bool(patients) and frame.kind in VIOLENT  # "X led Y until his killing": the
            # clause's subject did not kill him
        if frame.tail_labels:  # "allegiance to a body" is membership, "to a person" support
            patients = [p for p in patients if self.label(p) in frame.tail_labels]
        named_doers = list(agents)
        anchor, receives = self.clause_anchor(noun)
        if between and noun.dep_ == "dobj" and noun.head.lemma_.lower() in self.lex.host_verbs and self.settles(noun):
            hosts += anchor  # "X hosted talks between Y and Z": the host serves the parties, it is not one of them
            # ("X hosted a summit with Y" may make X a party)
            anchor = []
        if receives:
            patients = patients or anchor
        elif not agents and not possessed:
            agents = anchor
        elif not patients and not between and (noun.dep_ == "pobj" or frame.mediator) and frame.kind != "split_from":
            patients = anchor  # (a withdrawal names the body left with "from", or none: "press for the withdrawal of X")
        jointly = frame.symmetric and not between and (bool(done_by) or governor is not None and (
            governor.lemma_.lower() in self.lex.light_verbs  # "X and Y signed a truce"
            or noun.dep_ == "pobj" and noun.head.lower_ in ("in", "under") and frame.kind in SETTLING))  # "X and Y
        # swapped prisoners under a deal"; not "X and Y took part in rounds between A and B", whose parties are named
        rows = self.pairs(noun, frame.kind, agents, patients, "noun", jointly)
        if frame.kind == "agreement_with" and noun.tag_ == "NN":  # "signed a framework agreement with A and B": one
            # text binds every pair of its parties (not "agreements with A and B", one each)
            rows += self.pairs(noun, frame.kind, [p for p in patients if self.label(p) in PARTIES], [], "noun", True)
        if between and (frame.symmetric or frame.mediator):
            if frame.mediator:
                rows += self.pairs(noun, frame.kind, agents, between, "noun")
            else:
                rows += self.pairs(noun, frame.kind, between[:1], between[1:], "noun")
        elif frame.mutual and len(between) > 1:
            rows += [r for h in between for r in self.pairs(noun, frame.kind, [h], between, "noun")]
        if hosts:  # the host of talks serves each of their parties, or those of the meeting it hosts ("X met Y in a
            # meeting hosted by Z")
            met = self.met(governor) if governor is not None else []
            parties = [e for e in [*agents, *patients, *between, *met] if self.label(e) in PARTIES]
            rows += self.pairs(noun, "mediates", hosts, list(dict.fromkeys(parties)), "noun")
        if frame.place:
            made = [e for p in patients for c in p.children
                    if c.dep_ in PREP_DEPS and c.lower_ in ("in", "at") for e in self.pobjects(c)]
            places += [e for e in made if self.label(e) == "PLACE"]
            rows += self.pairs(noun, frame.place, [p for p in patients if self.label(p) != "PLACE"], places, "noun")
        if frame.kind == "attacks" and not patients and not between and not (governor is not None and any(
                c.dep_ == "dobj" and self.label(c) for c in governor.children)):  # "killed X in a bombing in Y": X
            # is the target, Y only where
            carried = self.accused(noun) or governor is not None and self.lemma(governor) in self.lex.performing
            doers = named_doers or (anchor if carried else [])  # not "X died in a strike in Y": only a doer the event
            # names, or the one said to carry it out or blamed for it
            rows += self.pairs(noun, "attacks", doers, self.event_site(noun, governor), "noun")
        if attributing is not None and self.lemma(attributing) in self.lex.blaming:  # who blames a party opposes it
            rows += self.pairs(attributing, "opposes", [e for s in self.subjects(attributing) for e in self.entities(s)],
                               agents, "verb")
        return rows

    def event_site(self, noun: Token, governor: Token | None) -> list[Token]:
        """The place an attack with no named target strikes: the first place its own phrase names ("the bombing in
        Karachi"), or its relative clause ("the ambush that killed 11 soldiers in Orakzai"), or the verb that carried
        it out ("carried out the bombing in Karachi"); a site struck in a place is that place attacked."""
        clauses = [v for v in noun.children if v.dep_ == "relcl"]
        said = [*noun.children, *(c for v in clauses for t in (v, *(o for o in v.children if o.dep_ == "dobj"))
                                  for c in t.children)]
        if governor is not None and self.lemma(governor) in self.lex.performing:
            said += [c for c in governor.children if c.i > noun.i]
        return next((found for found in self.site_places(said) if found), [])

    def attributed(self, noun: Token) -> tuple[Token | None, list[Token]]:
        """The verb that lays an event noun on its doer, and its preposition that names the doer ("Kabul blamed the
        attack on ISKP", "the attack was attributed to ISKP", "strikes that residents attributed to the RSF"); the
        last such preposition where the event has its own ("blamed the attack on the embassy on X")."""
        verb = noun.head if noun.dep_ in ("dobj", "nsubjpass") else next(
            (c for c in noun.children if c.dep_ == "relcl" and any(
                d.dep_ in ("dobj", "nsubjpass") and d.lower_ in RELATIVE for d in c.children)), None)
        words = self.lex.attribution.get(self.lemma(verb), ()) if verb is not None and verb.pos_ == "VERB" else ()
        preps = sorted(c for t in (verb, noun) if words for c in t.children
                       if c.dep_ in PREP_DEPS and c.lower_ in words and self.pobjects(c))
        return (verb, preps[-1:]) if preps else (None, [])

    def given_to(self, noun: Token, frame: Frame) -> bool:
        """Whether a noun of support is the recipient of a verb of giving, its "to" or "for" phrase hung on the verb or
        on the verb's object ("provided escorts to WFP convoys")."""
        if frame.kind != "supports" or noun.dep_ != "pobj" or noun.head.lower_ not in ("to", "for"):
            return False
        verb = noun.head.head
        verb = verb.head if verb.dep_ == "dobj" else verb
        return verb.pos_ == "VERB" and any(f.kind == "supports" for f in self.lex.verbs.get(self.lemma(verb), ()))

    def settling_verb(self, verb: Token) -> bool:
        """A verb of meeting, talks or agreeing ("met", "negotiated", "signed")."""
        return any(f.kind in SETTLING for f in self.lex.verbs.get(self.lemma(verb), ()))

    def met(self, verb: Token) -> list[Token]:
        """The parties of a verb of meeting or agreeing: its subjects and objects ("X met Y")."""
        if not self.settling_verb(verb):
            return []
        return [e for c in verb.children if c.dep_ in ("nsubj", "dobj") for e in self.entities(c) if self.label(e) in PARTIES]

    def guests(self, verb: Token) -> list[Found]:
        """A host of two or more parties at once ("X hosted A and B at his residence", "A and B were hosted by X")
        brings them together as a mediator does; one party hosted is a visit or a seat (the hosting frame)."""
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            hosts = [e for c in verb.children if c.dep_ == "agent" for e in self.pobjects(c)]
            guests = [e for s in self.subjects(verb) for e in self.entities(s)]
        else:
            hosts = [e for s in self.subjects(verb) for e in self.entities(s)]
            guests = [e for c in verb.children if c.dep_ == "dobj" for e in self.entities(c)]
        guests = [g for g in guests if self.label(g) in PARTIES]
        return self.pairs(verb, "mediates", hosts, guests, "verb") if len(guests) > 1 else []

    @staticmethod
    def idiom(noun: Token) -> bool:
        """An event noun with no article after "in" ("in support of Y", "in defence of Y", "in solidarity with Y"): the
        phrase says what the clause's party does for Y, so "of" names the one served, not the agent."""
        return noun.dep_ == "pobj" and noun.head.lower_ == "in" and not any(
            c.dep_ in ("det", "poss") for c in noun.children)

    def clause_anchor(self, noun: Token) -> tuple[list[Token], bool]:
        """The party an event noun's clause is about, and whether that party receives the event: the subject of the
        verb it is the object of ("X signed an agreement", "X received support"), or the name or subject its
        prepositional phrase hangs on ("X, with Y's support, …", "Under Y's leadership, X began")."""
        if noun.dep_ == "appos" and self.label(noun.head) in PARTIES and noun.lemma_.lower().endswith(AGENT_SUFFIXES):
            return [noun.head], False  # "Qatar, the mediator between X and Y", "Norway, a guarantor of the talks":
            # the name a doer's noun describes is the doer
        token = noun
        for _ in range(CLIMB_LIMIT):
            if token.dep_ == "nsubjpass" and token.head.lemma_.lower() in self.lex.performing:  # "the attack on Y
                return [e for g in token.head.children if g.dep_ == "agent" for e in self.pobjects(g)], False  # was
                # carried out by X": the agent did it
            if token.dep_ == "dobj":
                verb = token.head
                if verb.lemma_.lower() in self.lex.commenting:  # "the Council welcomed the accession of Finland to
                    return [], False  # NATO": who comments on an event takes no part in it
                subjects = self.subjects(verb)
                found = [e for s in subjects for e in self.entities(s)]
                if not found and verb.lemma_.lower() in LISTING:  # "a US campaign included a strike on Y": its holder's
                    found = [c for s in subjects for c in s.children
                             if c.dep_ in ("poss", "compound", "nmod", "amod") and self.label(c) in PARTIES]
                if not found:  # "talks between X and Y produced a ceasefire": the parties of the talks
                    found = [e for s in subjects for e in self.own_parties(s)]
                return found, verb.lemma_.lower() in self.lex.recipient_verbs
            if token.dep_ == "pobj" and self.label(token.head):  # "the Armed Forces of the Philippines' bombardment":
                return [token.head], False  # the possessive hung on the "of" now inside the merged name
            if token.dep_ == "pobj":
                owner = token.head.head
                if token.head.lower_ == "to" and owner.lemma_.lower() in self.lex.undergoing:
                    # "X, long subject to US sanctions", "X, which is subject to sanctions": X undergoes them
                    if owner.dep_ == "amod" and self.label(owner.head):
                        return [owner.head], True
                    if owner.dep_ == "acomp":
                        return [e for s in self.subjects(owner.head) for e in self.entities(s)], True
                if self.label(owner):
                    return [owner], False
                if owner.lemma_.lower() in self.lex.answering:  # "X struck in retaliation for the killing of Y": the
                    return [], False  # killing answered is another party's act, not X's
                if self.accused(token):  # "blamed X for the killing of Y": the one blamed is the agent
                    blamed = [e for c in owner.children if c.dep_ in ("dobj", "nsubjpass") for e in self.entities(c)]
                    if not blamed and owner.dep_ in ("acomp", "oprd"):  # "X was (held) responsible for the
                        blamed = [e for c in self.subjects(owner.head) for e in self.entities(c)]  # abduction of Y"
                    if not blamed and owner.dep_ == "acl":  # "the X rebels blamed for the attack on Y"
                        blamed = self.entities(owner.head)
                    if not blamed and owner.dep_ == "relcl":  # "X, which was blamed for the bombing in Y"
                        blamed = [e for c in self.subjects(owner) for e in self.entities(c)]
                    return blamed, False
                answered = token.head.lower_ in CAUSE_PREPS or token.head.lower_ in SEQUENCE_PREPS and any(
                    f.kind in (*VIOLENT, "opposes") for f in self.noun_frames(noun))
                if owner.pos_ in ("VERB", "AUX") and answered:  # "X sanctioned Y over the killing of Z", "protested
                    return [], False  # after the arrest of Z": the violence that caused or preceded the clause's act
                    # is not its subject's, as talks before it may be
                if owner.pos_ in ("VERB", "AUX"):
                    found = [e for s in self.subjects(owner) for e in self.entities(s)]
                    if not found and owner.dep_ == "acl" and self.label(owner.head):  # "X, formed in 2020 under the
                        found = [owner.head]  # leadership of Y": the participle's noun
                    return found, False
                if token == noun and token.head.lower_ == "of" and owner.pos_ in NOUNS and not self.noun_frames(owner) \
                        and not self.transparent(owner) and any(c.dep_ == "poss" and self.label(c) for c in noun.children):
                    return [], False  # "breached the accounts of Microsoft's leadership": an event its owner names,
                    # in the "of" phrase of a plain noun, is that owner's, not the clause's subject's
                token = owner
                continue
            if token.dep_ == "oprd" and token.pos_ in NOUNS and any(c.dep_ == "dobj" for c in token.head.children):
                return [], False  # "Z called X an enemy of Y": Z's naming of X, which `role` reads
            if token.dep_ in ("conj", "appos", "attr", "oprd"):
                token = token.head
                if token.pos_ in ("VERB", "AUX"):  # "X took part in the offensive and the storming of Y"
                    return [e for s in self.subjects(token) for e in self.entities(s)], False
                continue
            break
        return [], False

    def accused(self, noun: Token) -> bool:
        """An event noun a party is blamed for ("blamed X for the killing of Y", "X was accused of the attack on Y")."""
        return noun.dep_ == "pobj" and noun.head.lower_ in self.lex.accusation.get(noun.head.head.lemma_.lower(), ())

    def role(self, noun: Token) -> list[Found]:
        """'X, the leader of Y', 'Y leader X', "Y's spokesman X", 'X is a member of Y', 'a splinter of Y'."""
        kind = self.role_kind(self.nearest_conjunct_role(noun) or noun)
        holders, chosen_for = [], []
        owner = self.whose_owner(noun)
        if owner is None and noun.dep_ == "compound" and self.label(noun.head) == "ACTOR":
            owner = self.whose_owner(noun.head)  # "Naftogaz, whose chief executive X has run it": "whose" on the name
        if owner is not None:  # "X, whose founder, Y, …": Y holds the role over X, X holds none
            chosen_for = self.entities(owner)
            if noun.dep_ == "compound" and self.label(noun.head):  # "X, whose leader Y had planned …"
                holders = [noun.head]
            elif noun.dep_ == "nsubj" and noun.head.lemma_.lower() in COPULAS:  # "X, whose secretary-general is Y"
                holders = [e for c in noun.head.children if c.dep_ == "attr" for e in self._direct(c, 0)]
        elif noun.dep_ == "appos" or noun.dep_ == "npadvmod" and noun.head.pos_ == "VERB" and noun.tag_ == "NNS":
            # "sentenced X and Y, leaders of Z, to …": a plural apposition the parser hung on the verb
            name, across = self.name_before_comma(noun)
            if noun.lemma_.lower() not in self.lex.roles or noun.dep_ == "npadvmod":  # a part of a body: the name
                holders = [name] if name is not None and not across else []  # just before, never across a verb
            else:  # a role the parser hung on a name further back, across a verb: the nearer name holds it
                holders = [name] if name is not None and across else self._direct(noun.head, 0)
            if name is not None and not across and noun.tag_ == "NNS":  # "X and Y, leaders of Z": each holds it
                holders += [c for c in (first_conjunct(name), *first_conjunct(name).conjuncts)
                            if c not in holders and self.label(c) == self.label(name)]
        elif noun.dep_ == "compound" and self.label(noun.head):
            holders = [noun.head]
        elif noun.dep_ == "conj" and noun.head.dep_ == "appos" and not self.label(noun.head) and noun.i > noun.head.i \
                and noun.text[0].islower():
            # "X, the president of Y and leader of Z", "X, a sociologist and NPP member of Parliament": the second
            # description is the same name's; a capitalised title may open the next name ("X, General Secretary of
            # Y and President of Viet Nam To Lam")
            name, across = self.name_before_comma(noun.head)
            holders = [name] if name is not None and not across else []
        elif noun.dep_ == "oprd" and any(c.dep_ == "dobj" for c in noun.head.children):
            # "Z called X an enemy of Y": the object is what the subject names it; naming one an enemy or rival is
            # itself the subject's hostility to it (CAMEO 11, disapprove), not a relation reported between X and Y
            named = [e for c in noun.head.children if c.dep_ == "dobj" for e in self.entities(c)]
            if kind == "opposes":
                return self.pairs(noun, kind, [e for s in self.subjects(noun.head) for e in self.entities(s)], named,
                                  "role")
            holders = named
            if kind == "member_of" and noun.head.lemma_.lower() in self.lex.admitting:  # "X made Y an associate member": of X
                chosen_for = [e for s in self.subjects(noun.head) for e in self.entities(s)]
        elif kind == "member_of" and noun.head.lemma_.lower() in self.lex.admitting and any(
                c.dep_ == "nsubj" and self.label(c) for c in noun.children):
            # "X made Y an associate member", which the parser reads as a clause with Y its subject: a member of X
            holders = [e for c in noun.children if c.dep_ == "nsubj" for e in self.entities(c)]
            chosen_for = [e for s in self.subjects(noun.head) for e in self.entities(s)]
        elif noun.dep_ == "pobj" and noun.head.lower_ == "among" and noun.head.head.lemma_.lower() in COPULAS \
                and noun.tag_ == "NNS":  # "X, Y and Z are among its main troop contributors": each is one
            holders = [e for s in self.subjects(noun.head.head) for e in self.entities(s)]
        elif noun.dep_ in ("attr", "oprd"):  # "X is a member of Y"; not "the chairman of Z was a founder of Y"
            holders = [e for s in self.subjects(noun.head) if s.lemma_.lower() not in self.lex.roles or any(
                a.dep_ == "appos" and self.label(a) and s.i + 2 <= a.i <= s.i + 3 and s.doc[s.i + 1].text == ","
                for a in s.children)  # "the speaker, X, is a KMT veteran": the name right after the comma
                       for e in self.entities(s)]
        elif noun.dep_ == "pobj" and (noun.head.lower_ == "as" or self.at_the_head(noun)):
            holders = self.described(noun)
            taker = noun.head.head
            if kind == "member_of" and taker.pos_ == "VERB" and taker.lemma_.lower() in self.lex.admitting:
                chosen_for = [e for s in self.subjects(taker) for e in self.entities(s)]  # "the SCO admitted Iran as a
                # full member": of the SCO
        elif noun.dep_ == "conj" and noun.head.dep_ == "pobj" and noun.head.head.lower_ == "as":
            holders = self.described(noun.head)  # "X served as special representative and head of Y": both roles
        elif noun.dep_ == "dobj" and (noun.head.lemma_.lower() in self.lex.office_verbs or self.elected_after_comma(noun.head)):
            # "Malaysia, which held the ASEAN chair", "Kenya assumed the presidency of the council"
            holders = [e for s in self.subjects(noun.head) for e in self.entities(s)]
        elif noun.dep_ == "pobj" and noun.head.lower_ == "to" and noun.head.head.lemma_.lower() in SELECTING:
            holders, chosen_for = self.chosen(noun.head.head)
        elif noun.dep_ == "nsubj" and noun.head.lemma_.lower() in LISTING + COPULAS and noun.tag_ in ("NNS", "NNPS"):
            # "Its members include X and Y", "the council's members comprise X", "its troop contributors are X and
            # Y": the listed names hold the role
            holders = [e for c in noun.head.children if c.dep_ in ("dobj", "attr") for e in self.entities(c)]
        # "killed Hezbollah's secretary-general, X": the parser may take the role's first half for a modifier of the
        # second, and the name after the comma for an adverbial; the name is the whole role's apposition
        whole = noun.head if noun.dep_ == "compound" and noun.head.i == noun.i + 2 and noun.nbor().text == "-" else noun
        holders += [e for c in self.appositions(whole) for e in self.entities(c)]
        if not holders and noun.tag_ == "NNS" and kind == "member_of":  # "factions of the SNA such as A and B"
            holders = [e for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" and p.i == noun.i + 1
                       for e in self.listed_after(noun, self.examples_opened(p)) if self.label(e) in PARTIES]
        holders += [c for c in whole.children if c.dep_ == "npadvmod" and c.i > whole.i and self.label(c) == "ACTOR"
                    and c.doc[c.left_edge.i - 1].text == ","]
        if not holders and noun.lemma_.lower() in self.lex.part_nouns and self.own_name(noun) and any(
                c.dep_ == "poss" and self.label(c) in PARTIES for c in noun.children):
            holders = [c for c in noun.children if c.dep_ == "compound" and self.label(c) == "GROUP"]  # "the Sinaloa
            # Cartel's Los Chapitos faction": the part named is the owner's
        after = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
        if not holders and after is not None and noun.dep_ in ("nsubj", "nsubjpass") and after.dep_ == noun.dep_ \
                and after.head == noun.head and self.label(after) == "ACTOR":
            holders = [after]  # "Sudan's army chief Abdel Fattah al-Burhan visited Cairo", parsed as two subjects
        orgs, places, modifiers, remits = [], [], [], []
        for c in noun.children:
            if c.dep_ in ("poss", "nmod") and self.label(c) and c.lower_ not in ("his", "her"):  # "kept his seat in
                # Y": a person's pronoun names the holder, never the body
                orgs.append(c)
            elif c.dep_ == "compound" and self.label(c) or c.dep_ == "amod" and (self.label(c) == "PLACE" or (
                    self.label(c) == "GROUP" and kind != "member_of")):
                modifiers.append(c)  # "AQIM leader X"; "Chisinau mayor X", "the Greek Cypriot leader", a place or body
                # the parser took for an adjective; but in "a Tuareg member of Y" only Y is the organisation, and "the
                # only Arab member" names the member's people, no body
            elif c.dep_ == "compound" and c.pos_ == "NOUN" and not self.label(c) and c.i == noun.i - 1 and any(
                    m.dep_ == "compound" and m.i == c.i - 1 and self.label(m) == "GROUP" for m in c.children):
                # "an RSF field commander": the body names the commander, though the parser hangs it on the noun between
                modifiers += [m for m in c.children if m.dep_ == "compound" and self.label(m) == "GROUP"]
            elif c.dep_ in ("amod", "compound") and self.lex.modifiers.get(c.lower_) == "split_from":
                modifiers += [m for m in c.children if m.dep_ == "compound" and self.label(m) == "GROUP"]  # "a FARC
                # dissident faction", the body hung on the modifier that makes the faction its splinter
            elif c.dep_ in PREP_DEPS and (c.lower_ in ROLE_PREPS or c.lower_ == "with" and kind == "member_of") \
                    or c.dep_ == "acl" and c.lemma_.lower() in SERVING and not self.label(c):
                # "a doctor with MSF", "a nurse working for MSF": whom one works for or with
                served = c.dep_ == "acl"
                c = next((p for p in c.children if p.dep_ in ("prep", "agent")
                          and p.lower_ in ("for", "with", "at", "by")), c) if served else c
                objects = self.pobjects(c) if c.dep_ in (*PREP_DEPS, "agent") else []
                # "the WHO Representative in Afghanistan": a country after a placing preposition is where the office
                # is, whatever label the state got; only a group there is the body ("a researcher at Chatham House")
                placing = c.lower_ in PLACING_PREPS
                remit = c.lower_ == "for" and not served  # "the UN Special Envoy for Yemen": Yemen is the remit, not the body
                places += [e for e in objects if placing and self.label(e) == "PLACE"
                           and noun.lemma_.lower() not in self.lex.posts]  # a post's territory places no holder
                source = c.lower_ == "from"  # "a researcher from Oxford University"; not "an analyst from Georgetown"
                accredited = c.lower_ == "to" and noun.lemma_.lower() in self.lex.posts  # "India's ambassador to
                # Nepal", "the UN envoy to Myanmar": where the post is held, no body its holder belongs to
                orgs += [e for e in objects
                         if not ((placing or source) and self.label(e) != "GROUP" or remit or accredited)]
                remits += [e for e in objects if remit and self.label(e) != "PLACE"]
        if kind != "spokesperson_of" and noun.lemma_.lower() not in self.lex.speaking_roles | self.lex.part_nouns:
            remits = []  # "the acting Humanitarian Coordinator for Afghanistan" heads no country, "the Special Envoy
            # for Yemen" belongs to none: only one who speaks "for" a party speaks for it, as "a front for X" is X's
        if noun.dep_ == "attr" and noun.head.dep_ == "relcl" and any(
                c.dep_ == "prep" and c.lower_ == "of" and any(o.lower_ in RELATIVE for o in c.children)
                for c in noun.head.children):  # "Y, of which X has been a member": the body is the clause's noun
            orgs += self.entities(self.antecedent(noun.head))
        modified = bool(modifiers) and not orgs  # the body named before the noun ("the FARC commander")
        orgs = orgs or modifiers or remits or chosen_for  # the remit is the body only when none is named ("the
        # spokesman for the Houthis"), whatever label a state named as the remit got
        if not holders:  # "the military governor of North Kivu, Major General X", "the president of Chad, X": the
            # parser hangs the holder's name on the place, body or state, which no person stands in apposition to (a
            # person's apposition, "the lawyer of X, Y", makes a row that admits no person as the body)
            holders = [a for o in orgs for a in phrase_appositions(o) if self.label(a) == "ACTOR" and a.i > o.i]
            orgs = [o for o in orgs if o not in holders]
        if not holders and noun.dep_ not in ("appos", "pobj", "dobj"):  # "The UN Special Rapporteur on the situation
            # of human rights in Belarus, X, said": the name is hung on the last noun of the title's long phrase
            holders = [a for c in noun.children if c.dep_ == "prep" for t in c.subtree if t.dep_ == "pobj"
                       and self.label(t) != "ACTOR" for a in phrase_appositions(t)
                       if self.label(a) == "ACTOR" and a.i == t.i + 2 and t.nbor().text == ","]
        if holders and all(self.label(h) == "PLACE" for h in holders) and noun.lemma_.lower() in self.lex.place_parts:
            kind = "located_in"  # "Azad Kashmir, the part of Kashmir administered by Islamabad"
        # "X, the ANC premier of Gauteng": the party that names an office over a place is the holder's party
        party = [m for m in modifiers if self.label(m) in PARTIES] if orgs and all(
            self.label(o) == "PLACE" for o in orgs) else []
        affiliation = self.pairs(noun, "member_of", holders, [m for m in party if m not in orgs], "role")
        past = self.held_no_longer(noun)
        one_of = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)
        if kind == "leads" and one_of and (not past or modified and noun.lemma_.lower() in self.lex.shared_ranks):
            kind = "member_of"  # "X, a senior Y commander": one of Y's commanders, not its head; so is "a former
            # FARC commander"; but "a former president of Y" is one of Y's past heads
        if kind == "leads" and any(p.lemma_.lower() in self.lex.part_nouns | self.lex.portfolios and not self.label(p)
                                   for c in noun.children if c.dep_ in PREP_DEPS and c.lower_ == "of"
                                   for p in c.children if p.dep_ == "pobj"):
            kind = "member_of"  # "MONUSCO's head of office", "the RSF's head of procurement": heads a part or a
            # function, belongs to the whole
        if kind == "leads" and modifiers and not remits and any(c.dep_ == "prep" and c.lower_ == "for"
                                                                for c in noun.children):
            kind = "member_of"  # "the White House coordinator for the Indo-Pacific", "the UN High Commissioner for
            # Refugees": leads in a remit, belongs to the body named before the title
        if kind == "leads" and any(c.dep_ == "compound" and c.pos_ == "NOUN" and self.organ(c) for c in noun.children):
            kind = "member_of"  # "Pakistan's army chief, X": heads the army, an organ of the state he belongs to
        if kind == "leads" and noun.lemma_.lower() in self.lex.portfolio_chiefs and (modifiers or any(
                c.dep_ == "poss" for c in noun.children)) and any(
                c.dep_ == "compound" and c.pos_ == "NOUN" and not self.label(c)
                and c.lemma_.lower() not in self.lex.ruling_nouns | self.lex.roles.keys() for c in noun.children):
            kind = "member_of"  # "the EU's foreign policy chief, X", "the UN aid chief": heads a portfolio of the
            # body he belongs to
        if kind == "leads" and orgs and not modified and not any(c.dep_ == "poss" for c in noun.children) and any(
                c.dep_ == "compound" and (self.label(c) == "PLACE" or not self.label(c) and c.pos_ == "NOUN" and c.is_lower
                                          and c.lemma_.lower() not in self.lex.ruling_nouns | self.lex.roles.keys()
                                          | self.lex.transparent_kinds)
                for c in noun.children):
            kind = "member_of"  # "the Americas director at Human Rights Watch", "the country director of WFP": heads
            # a region or a branch of the body named after the title, and belongs to it
        if kind == "member_of" and noun.lemma_.lower() in self.lex.department_heads and orgs and all(
                self.label(o) == "GROUP" for o in orgs):
            kind = "leads"  # "X, the secretary of Security and Citizen Protection (SSPC)": heads the department
        if kind == "member_of" and noun.lemma_.lower() in self.lex.speaking_roles and orgs and all(
                self.label(o) in ("ACTOR", "PLACE") for o in orgs):
            kind = "spokesperson_of"  # "Israel's delegate, X": speaks for the state, under whichever label it got
        if kind == "member_of" and noun.lemma_.lower() in self.lex.owned_firms and orgs and all(
                self.label(o) in ("ACTOR", "PLACE") for o in orgs):
            if any(t.lower_ in self.lex.ownership for t in noun.doc[noun.left_edge.i:noun.i]):
                return self.pairs(noun, "leads", orgs, holders, "role")  # "Malaysia's state oil company Petronas":
                # the state owns the firm, and the owner of a firm leads it (guidelines)
            kind = "located_in"  # "Rheinmetall, Germany's largest arms producer" is only there; a body's company is
            # still its unit
        if not orgs:  # "X, the deputy speaker of Armenia's parliament": a member of the state whose organ he serves in
            orgs = self.organs_state(noun)
            kind = "member_of" if orgs else kind
        if not orgs and noun.dep_ == "dobj" and noun.head.lemma_.lower() in self.lex.office_verbs:
            orgs = [e for c in noun.head.children if c.dep_ == "prep" and c.lower_ in ("in", "on")
                    for e in self.pobjects(c) if self.label(e) == "GROUP"]  # "kept his seat in the National Assembly"
        if noun.tag_ == "NNS" and len(holders) == len(orgs) > 1:  # "the foreign ministers of A and B, X and Y"
            found = [r for h, o in zip(holders, orgs) for r in self.pairs(noun, kind, [h], [o], "role")]
        else:
            found = self.pairs(noun, kind, holders, orgs, "role") + self.pairs(noun, "located_in", holders, places,
                                                                               "role")
        found += [replace(r, past=True) for r in self.pairs(noun, kind, self.predecessors(noun, holders), orgs, "role")]
        # the office is over, not the party ("a FRELIMO governor of Y until his nomination" is still FRELIMO's)
        return [replace(r, past=True) for r in found] + affiliation if past else found + affiliation

    def predecessors(self, noun: Token, holders: list[Token] = ()) -> list[Token]:
        """"X succeeded Y as leader of Z", "X replaced his father Y as prime minister of Z": Y held the role before;
        so did the one the role's holder succeeded ("Z, whose prime minister X succeeded Y", "X, the leader of Z,
        who succeeded Y")."""
        succeeding = self.lex.succession
        if noun.dep_ == "pobj" and noun.head.lower_ in ("as", "at") and self.lemma(noun.head.head) in succeeding:
            verbs = [noun.head.head]
        else:
            verbs = [v for h in holders for v in (h.head, *(c for c in h.children if c.dep_ == "relcl"))
                     if (v.dep_ == "relcl" or h.dep_ == "nsubj") and v.pos_ == "VERB" and self.lemma(v) in succeeding]
        return [e for v in verbs for c in v.children if c.dep_ == "dobj"
                for e in self.entities(c) if self.label(e) == "ACTOR"]

    def at_the_head(self, noun: Token) -> bool:
        """"X succeeded Y at the head of Z": the post a successor takes, named as with "as"."""
        return noun.dep_ == "pobj" and noun.head.lower_ == "at" and self.lemma(noun.head.head) in self.lex.succession

    @staticmethod
    def elected_after_comma(verb: Token) -> bool:
        """"X, elected KMT chair in October, visited …", which the parser reads as X electing a chair: the one named
        before the comma was chosen for the role."""
        return verb.tag_ == "VBN" and verb.lemma_.lower() in SELECTING and verb.i > 0 and verb.doc[verb.i - 1].text == "," \
            and any(c.dep_ == "nsubj" and c.i < verb.i for c in verb.children)

    @staticmethod
    def held_no_longer(noun: Token) -> bool:
        """A role its holder has left: "the former president of Y", "formerly head of Y", "ex-commander", "the ousted
        prime minister of Y", "governor of Y until his nomination", "resigned as leader of Y"."""
        doc = noun.doc
        prefixed = noun.i > 1 and doc[noun.i - 1].text == "-" and not doc[noun.i - 2].whitespace_ and doc[
            noun.i - 2].lower_ in PAST  # "an ex-president", whatever the parser hangs "ex" on
        ended = [c for c in noun.children if c.dep_ == "prep" and c.lower_ in ENDED]
        if noun.dep_ == "appos":  # "X, governor of Y until 2015,": the parser may hang the "until" on the name
            ended += [c for c in noun.head.children if c.dep_ == "prep" and c.lower_ in ENDED and c.i > noun.i]
        left = noun.dep_ == "pobj" and noun.head.lower_ == "as" and noun.head.head.lemma_.lower() in LEAVING
        return prefixed or left or bool(ended) or any(c.dep_ in ("amod", "advmod") and c.lower_ in PAST for c in noun.children)

    def whose_part(self, noun: Token) -> list[Found]:
        """"X, whose capital is Y", "X, whose largest port is Y": Y lies in X (the name said, not the names the parser
        coordinates with it across a semicolon)."""
        owner = self.whose_owner(noun)
        if owner is None or self.label(owner) not in HOLDERS or noun.dep_ != "nsubj" or noun.head.lemma_.lower() not in COPULAS:
            return []
        parts = [e for c in noun.head.children if c.dep_ == "attr" for e in self._direct(c, 0) if self.label(e) == "PLACE"]
        return self.pairs(noun, "located_in", parts, [owner], "preposition")

    def whose_owner(self, noun: Token) -> Token | None:
        """The noun a 'whose' on a role noun stands for ("UNMISS, whose head, X", "Angola, whose President, X,
        mediated"): the noun the relative clause or the apposition it opens is on."""
        if not any(c.dep_ == "poss" and c.lower_ == "whose" for c in noun.children):
            return None
        if noun.dep_ == "appos":
            return noun.head
        clause = next((a for a in noun.ancestors if a.dep_ == "relcl"), None)
        if clause is not None:
            return clause.head
        whose = next(c for c in noun.children if c.dep_ == "poss" and c.lower_ == "whose")
        doc = noun.doc  # "UNMISS, whose former head X had warned …, has kept": the parser made the clause the main one
        if whose.i > 1 and doc[whose.i - 1].text == "," and self.label(doc[whose.i - 2]):
            return doc[whose.i - 2]
        return None

    def name_before_comma(self, appositive: Token) -> tuple[Token | None, bool]:
        """The party named just before the comma that opens an apposition, wherever the parser hangs it, and whether a
        verb stands between that name and the parser's head ("X, the Saudi ambassador, travelled … with a delegation
        led by Y, the movement's spokesman": Y is the spokesman; "defeated by X and the Brigade of MONUSCO, the UN
        mission in the country": the mission is MONUSCO)."""
        doc, left, head = appositive.doc, appositive.left_edge.i, appositive.head
        if left < 2 or doc[left - 1].text != ",":
            return None, False
        name = doc[left - 2]
        if self.label(name) not in PARTIES:
            return None, False
        return name, any(w.pos_ in ("VERB", "AUX") for w in doc[min(head.i, name.i) + 1:name.i])

    def organs_had(self, verb: Token) -> list[Found]:
        """A body said to have a named organ or part ("the IAEA has a 35-member Board of Governors", "the party
        maintains an armed wing, the X Brigades"): the organ is a member of the body."""
        kinds = self.lex.organ_nouns | self.lex.part_nouns
        parts = [e for c in verb.children if c.dep_ == "dobj" for e in self.entities(c)
                 if self.label(e) == "GROUP" and singular(name_head(e.text, self.lex.name_prepositions)) in kinds]
        if not parts:
            return []
        bodies = [e for s in verb.children if s.dep_ == "nsubj" for e in self.entities(s) if self.label(e) in PARTIES]
        # its own subject: in "X has not recognised it, and neither has Y" the verb has none
        return self.pairs(verb, "member_of", parts, bodies, "verb")

    def organs_state(self, noun: Token) -> list[Token]:
        """The state or body whose possessive owns the unnamed organ of a role's "of" phrase ("the speaker of Armenia's
        parliament", "a member of Kenya's cabinet")."""
        return [p for c in noun.children if c.dep_ in PREP_DEPS and c.lower_ == "of" for o in c.children
                if o.dep_ == "pobj" and not self.label(o) and o.lemma_.lower() in self.lex.organ_nouns
                for p in o.children if p.dep_ == "poss" and self.label(p) in PARTIES]

    def organ(self, t: Token) -> bool:
        """A word for a body that stands for the party it belongs to ("army", "police", "intelligence"), not itself
        a role ("prime" in "prime minister")."""
        roles = self.lex.roles
        return not self.label(t) and self.transparent(t) and t.lemma_.lower() not in roles and t.lower_ not in roles

    def nearest_conjunct_role(self, noun: Token) -> Token | None:
        """The role noun coordinated with `noun` that stands between it and the "of" phrase the parser hung on `noun`
        ("X, the acting interior minister and head of the Haqqani network": the network is what X heads); None when
        there is none, or when that conjunct has a phrase of its own."""
        preps = [c.i for c in noun.children if c.dep_ in PREP_DEPS and c.lower_ == "of"]
        if not preps:
            return None
        between = [c for c in noun.children if c.dep_ == "conj" and noun.i < c.i < min(preps)
                   and c.lemma_.lower() in self.lex.roles and not any(g.dep_ in PREP_DEPS for g in c.children)]
        return between[-1] if between else None

    def role_kind(self, noun: Token) -> str:
        """The kind of a role noun, or of the modifier that makes it another role ("breakaway faction", "prime
        minister"); a part of a body named as such is its member ("MONUSCO, the UN mission in the country")."""
        role = noun.lemma_.lower()
        kinds = [self.lex.modified(c.lower_, role) for c in noun.children if c.dep_ in ("amod", "compound")]
        doc = noun.doc
        if noun.i >= 2 and doc[noun.i - 1].text == "-" and not doc[noun.i - 1].whitespace_ \
                and not doc[noun.i - 2].whitespace_:  # "vice-president", whatever the parser made of the hyphen
            kinds.append(self.lex.modified(doc[noun.i - 2].lower_, role))
        if "member_of" in kinds:  # "Canada's deputy prime minister X": a deputy of a leading office, whatever
            return "member_of"  # modifier names the office
        return next(filter(None, reversed(kinds)), self.lex.roles.get(role, "member_of"))

    def listed_members(self, verb: Token) -> list[Found]:
        """The parties a relative clause says a named body includes are its members ("the Group for Equity, a
        coalition that included X, Y and Z", "a coalition of states that reportedly included X")."""
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and self.label(verb.head) in ("GROUP", "PLACE"):
            return self.parts_listed(verb, verb.head)  # "the Three Brotherhood Alliance, comprising A, B and C"
        clause = verb
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if not subjects and verb.dep_ == "conj" and not any(c.dep_ == "prep" and c.lower_ in ("in", "into")
                                                            for c in verb.children):
            # "X was led by Y and included Z": X's subject is the first verb's; "X met and included Z in the talks"
            # lets Z into something else
            subjects = [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
        named = [c for c in subjects if self.label(c) in ("GROUP", "PLACE")
                 and not self.possessive(c)]  # not "X's proposal did not include Y"
        if named:  # "The BARMM comprises the provinces of A, B and C", "ECOWAS includes X": the named whole's parts
            return self.parts_listed(verb, named[0])
        if verb.dep_ != "relcl":  # "a coalition that was formed … and that included X": the parser may coordinate
            # the second relative clause with the main verb; it belongs to the noun of the first
            if not any(c.dep_ == "nsubj" and c.lower_ in RELATIVE for c in verb.children):
                return []
            clause = next((t for t in reversed(verb.doc[verb.sent.start:verb.i]) if t.dep_ == "relcl"), verb)
            if clause.dep_ != "relcl":
                return []
        noun = clause.head
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ in NOUNS:
            noun = noun.head.head  # "a coalition of states that included X": the coalition
        bodies = [e for e in self._direct(noun, 0) if self.label(e) == "GROUP"]
        members = [e for c in verb.children if c.dep_ == "dobj" for e in self.entities(c) if self.label(e) in PARTIES]
        return self.pairs(verb, "member_of", members, bodies, "role")

    def branded(self, verb: Token) -> list[Found]:
        """A party described as something reproached ("described X as a separatist", "called X a terrorist group",
        "labelled X a traitor", "branded X's foundation an extremist organisation"): the speaker opposes it."""
        objects = [c for c in verb.children if c.dep_ in ("dobj", "dative")]
        terms = [o for c in verb.children if c.dep_ == "prep" and c.lower_ == "as" for o in c.children
                 if o.dep_ == "pobj"] + [c for c in verb.children if c.dep_ in ("oprd", "dobj") and not self.label(c)]
        terms += [a for c in objects for a in c.children if a.dep_ == "appos"]
        # "declared X illegal", "declared X unconstitutional": the parser makes the adjective a clause on X, or the
        # object with X its modifier
        said = [c for c in verb.children if c.dep_ == "ccomp" and c.pos_ == "ADJ"]
        terms += said
        objects += [n for c in said for n in c.children if n.dep_ == "nsubj"]
        objects += [m for c in objects if not self.label(c) and c.lower_ in self.lex.reproaches for m in c.children
                    if m.dep_ == "compound" and self.label(m)]
        reproached = any(w.lower_ in self.lex.reproaches for t in terms for w in (t, *t.children)
                         if w == t or w.dep_ in ("amod", "compound"))
        if not reproached:
            return []
        described = [c for c in verb.children if c.dep_ == "nsubjpass"]
        if described:  # "X was described by Y as a 'mafia-like' group": the agent speaks of the passive subject
            objects = described
        targets = [e for c in objects for e in (
            self.entities(self.antecedent(verb)) if self.relative(c, verb) else self.entities(c) or self.owners(c))]
        subjects = [e for c in verb.children if c.dep_ == "agent" for e in self.pobjects(c)] if described else [
            e for s in self.subjects(verb) for e in self.entities(s)]
        return self.pairs(verb, "opposes", subjects, targets, "verb")

    def composed(self, verb: Token) -> list[Found]:
        """The parties a named body is said to be composed of ("Pre-Trial Chamber I, composed of Judge A, Presiding,
        Judge B and Judge C", "the Commission consists of X, Y and Z"): each is a member, and one set off as
        presiding or chairing leads it."""
        wholes = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
        if verb.dep_ == "acl":  # a numeral closing the name ("Chamber I") may head it in the parse
            wholes += [verb.head, *(c for c in verb.head.children if c.dep_ == "compound" and c.i < verb.head.i)]
        named = [w for w in wholes if self.label(w) == "GROUP" and not self.possessive(w)]
        if not named:
            return []
        members = [e for c in verb.children if c.dep_ == "prep" and c.lower_ == "of" for e in self.pobjects(c)
                   if self.label(e) in PARTIES and e.i > verb.i and e.lower_ not in self.lex.presiding]  # "Presiding" named by
        # the tagger is no member
        troops = any(o.dep_ == "pobj" and listed(o, self.lex.contingents) for c in verb.children
                     if c.dep_ == "prep" and c.lower_ == "of" for o in c.children)
        if not members and troops:  # "made up of troops from X and Y", the parser hanging "from" on the verb
            members = [e for c in verb.children if c.dep_ == "prep" and c.lower_ == "from" for e in self.pobjects(c)
                       if self.label(e) in PARTIES]
        doc = verb.doc
        presiding = [m for m in members if phrase_end(m) + 2 < len(doc) and doc[phrase_end(m) + 1].text in (",", "(")
                     and doc[phrase_end(m) + 2].lower_ in self.lex.presiding]
        return self.pairs(verb, "member_of", members, named[:1], "role") + \
            self.pairs(verb, "leads", presiding, named[:1], "role")

    def parts_listed(self, verb: Token, whole: Token) -> list[Found]:
        """The parts a named whole is said to comprise or include, named as the object or as the "of" phrase of a
        bare object noun ("the provinces of A and B"): the places of a place lie in it, the parties of a body are its
        members."""
        objects = [c for c in verb.children if c.dep_ == "dobj"]
        objects += [o for c in objects if not self.label(c) for p in c.children if p.dep_ == "prep" and p.lower_ == "of"
                    for o in p.children if o.dep_ == "pobj"]
        parts = [e for c in objects for e in self.entities(c)]
        if self.label(whole) == "PLACE":
            return self.pairs(verb, "located_in", [p for p in parts if self.label(p) == "PLACE"], [whole], "role")
        return self.pairs(verb, "member_of", [p for p in parts if self.label(p) in PARTIES + ("PLACE",)], [whole],
                          "role")

    def chosen(self, verb: Token) -> tuple[list[Token], list[Token]]:
        """Who is chosen for a role ("X was elected to chair Y", "appointed X to lead"), and the body of a relative
        clause the role is over ("the Organisation, which X was chosen to chair": X chairs it)."""
        picked = [e for c in verb.children if c.dep_ in ("nsubjpass", "dobj") and c.lower_ not in RELATIVE
                  for e in self.entities(c)]
        relative = verb.dep_ == "relcl" and any(c.lower_ in RELATIVE for c in verb.children)
        return picked, (self.entities(verb.head) if relative else [])

    def within(self, token: Token) -> list[Found]:
        """A named body of a named organisation is its member: "the ELN's Central Command", and "the 33rd Front of
        the EMC" when the name ends in a word for a part ("Front", "Brigades", "Wing"). A named body "of" a person is
        that person's ("the Union for Peace in the Central African Republic (UPC) of Ali Darassa": leads; the row
        holds only if the one after "of" is a person, not a state)."""
        if self.label(token) != "GROUP":
            return []
        wholes = [c for c in token.children if c.dep_ == "poss" and self.label(c) == "GROUP"]
        last = token.text.split()[-1].lower()
        of = [e for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for e in self.pobjects(c)]
        if last in self.lex.part_nouns or last.removesuffix("s") in self.lex.part_nouns:
            wholes += [e for e in of if self.label(e) == "GROUP"]
        leaders = [e for e in of if self.label(e) == "ACTOR"]
        described = [t.doc[t.i + 1] for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for t in c.children
                     if t.dep_ == "pobj" and t.pos_ == "NOUN" and t.is_lower and t.i + 1 < len(t.doc)
                     and self.label(t.doc[t.i + 1]) == "ACTOR" and t.doc[t.i + 1].head in (token, t)]
        leaders += described  # "the New Generation of businessman X": the parser hangs the name on the body
        first_leader = min((e.i for e in leaders), default=0)
        nearest = max([c for c in token.conjuncts if self.label(c) == "GROUP" and c.i < first_leader],
                      key=lambda c: c.i, default=token)  # "the ELN and the EMC of X": the body right before "of" is his
        return self.pairs(token, "member_of", [token], wholes, "role") + self.made_of(token, last) \
            + self.pairs(token, "leads", leaders, [nearest], BODY_OF) \
            + self.pairs(token, "member_of", self.bracketed_members(token), [token], "role")

    def bracketed_members(self, body: Token) -> list[Token]:
        """"the Quad (US, Egypt, Saudi Arabia and the UAE)", "the Alliance of Sahel States (Mali, Burkina Faso and
        Niger)": two or more parties listed alone in brackets right after a body's name are its members (one name
        there is its acronym)."""
        inside = bracket_after(body)
        named = [t for t in inside if self.label(t) in PARTIES]
        listed = all(self.label(t) in PARTIES or t.lower_ in (",", "and", "&", "the") for t in inside)
        return named if listed and len(named) > 1 else []

    def made_of(self, body: Token, last: str) -> list[Found]:
        """The parties a named collective is "of" are its members ("the Troika of the United States, the United
        Kingdom and Norway"); the parser may coordinate the later ones with the body itself."""
        if last not in self.lex.collective_nouns:
            return []
        preps = [c for c in body.children if c.dep_ == "prep" and c.lower_ == "of"]
        if not preps:
            return []
        members = [e for p in preps for e in self.pobjects(p)]
        members += [e for c in body.children if c.dep_ == "conj" and c.i > preps[0].i for e in self.entities(c)]
        return self.pairs(body, "member_of", [m for m in members if self.label(m) in PARTIES], [body], "role")

    def collective_of(self, noun: Token) -> list[Found]:
        """"the Patriotic Bloc, an alliance of the PSRM and the Party of Communists", "the Quad is a coalition of X,
        Y and Z": the parties a collective noun is "of", said of a named body, are that body's members."""
        indefinite = any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children) and not any(
            c.dep_ == "compound" and c.pos_ == "PROPN" for c in noun.children)  # not "the Alternativa bloc of X"
        if indefinite and noun.dep_ == "appos":
            wholes = [noun.head]
        elif indefinite and noun.dep_ == "attr" and noun.head.lemma_ == "be":
            wholes = self.subjects(noun.head)
        else:
            return []
        wholes = [w for w in wholes if self.label(w) == "GROUP"]
        members = [e for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for e in self.pobjects(c)]
        return self.pairs(noun, "member_of", [m for m in members if self.label(m) in PARTIES], wholes, "role")

    def members_set_off(self, body: Token) -> list[Found]:
        """"the Quad – the United States, Saudi Arabia, Egypt and the UAE", "The Quint – the US, the UK, France,
        Germany and Italy – urged": a list of two or more parties set after a body's name by a dash or a colon spells
        out its members."""
        if self.label(body) != "GROUP" or body.i + 1 >= len(body.doc) or body.doc[body.i + 1].text not in LIST_OPENERS:
            return []
        first = next((c for c in body.children if c.dep_ == "appos" and c.i > body.i + 1 and self.label(c) in PARTIES), None)
        if first is None or not first.conjuncts:
            return []
        members = [first, *first.conjuncts]
        if not all(self.label(m) in PARTIES for m in members):
            return []
        return self.pairs(body, "member_of", members, [body], "role")

    def based_before(self, place: Token) -> list[Found]:
        """"the Nairobi-based Kenya Human Rights Commission", "Kraze Baryè, the Tabarre-based gang", "an Ohio-based
        charity": a place glued to "based" before a noun is where the party the noun names, or stands in apposition
        to, is."""
        based = place.head
        if self.label(place) != "PLACE" or place.dep_ not in ("npadvmod", "compound") or based.lower_ != "based" \
                or based.dep_ != "amod" or based.i != place.i + 2 or place.doc[place.i + 1].text != "-":
            return []
        noun = based.head
        parties = [noun] if self.label(noun) else [noun.head] if noun.dep_ == "appos" else []
        return self._parties_in_places(based, parties, [place], "noun")

    def affiliation(self, person: Token) -> list[Found]:
        """A named person "of" a named body belongs to it ("Undersecretary X of the DFA", "Y of the AU"); a title
        before the name gives the office over the body or state ("President X of Guyana", "Prime Minister X of
        Nepal": leads; "Foreign Minister X of Peru": member_of)."""
        if self.label(person) != "ACTOR":
            return []
        titles = [c for c in person.children if c.dep_ == "compound" and not self.label(c) and c.i < person.i
                  and c.lemma_.lower() in self.lex.roles]
        listed = first_conjunct(person)
        if not titles and listed.dep_ == "appos" and listed.head.tag_ == "NNS" and not self.label(listed.head) \
                and listed.head.lemma_.lower() in self.lex.roles:  # "former prime ministers X of Jamaica, Y of the
            titles = [listed.head]  # Bahamas and Z of Saint Lucia": the plural title before the list is each one's
        allowed = PARTIES + ("PLACE",) if titles else ("GROUP",)
        preps = [c for c in person.children if c.dep_ == "prep" and c.lower_ == "of"]
        if person.dep_ == "conj" and self.label(person.head) == "ACTOR":  # "X and Y of Z": the parser hangs the "of"
            preps += [c for c in person.head.children if c.dep_ == "prep" and c.lower_ == "of" and c.i > person.i]
        bodies = [e for c in preps for e in (o for o in c.children if o.dep_ == "pobj") if self.label(e) in allowed]
        kind = self.role_kind(titles[-1]) if titles else "member_of"
        return self.pairs(person, kind, [person], bodies, "role") + (self.party_of(person) if titles else [])

    def ruled_under(self, ruler: Token) -> list[Found]:
        """A party "under" a named person is led by that person: a name the phrase hangs on ("the Archdiocese of
        Bamenda, under Archbishop X", "Mali under Keïta signed"), or its members' ("X militants under Y"), or the
        subject of an active verb it follows ("the BIFF broke away under X"); not a passive one ("the party was banned
        under X": done to it, not by it). A phrase set before the subject frames a time of rule, so only a state is
        led ("Under Sisi, Egypt jailed"; not "Under Bashir, the NIF grew"). The ruler may stand in a noun of rule
        that "under" opens ("remains under the authoritarian rule of X", "under X's presidency")."""
        under = self.rule_of(ruler) or ruler.head
        if ruler.dep_ not in ("pobj", "poss") or under.lower_ != "under" or self.label(ruler) != "ACTOR":
            return []
        host = under.head
        if self.label(host) in PARTIES:
            ruled = [host]
        elif host.pos_ == "NOUN" and self.transparent(host):  # "Abu Sayyaf Group militants under X", "Wagner
            # fighters under Y": the party whose members they are
            ruled = [c for c in host.children if c.dep_ in ("compound", "poss") and self.label(c) == "GROUP"]
        elif host.pos_ in ("VERB", "AUX") and not any(c.dep_ in ("nsubjpass", "auxpass") for c in host.children):
            ruled = [e for s in self.subjects(host) for e in self.entities(s)
                     if self.label(e) == "ACTOR" or self.label(e) in PARTIES and e.i < under.i]
        else:
            return []
        return self.pairs(under, "leads", [ruler], ruled, RULED_UNDER)

    def rule_of(self, ruler: Token) -> Token | None:
        """The "under" before the noun of rule whose ruler `ruler` is ("under the rule of X", "under X's command")."""
        if ruler.dep_ == "poss":
            rule = ruler.head
        elif ruler.dep_ == "pobj" and ruler.head.lower_ == "of":
            rule = ruler.head.head
        else:
            return None
        return rule.head if self.lemma(rule) in self.lex.rule_nouns and rule.dep_ == "pobj" and rule.head.lower_ == "under" \
            else None

    def body_of(self, body: Token) -> list[Found]:
        """A named body "of" a named place is there ("Memorial of Russia", "the Center for Civil Liberties of
        Ukraine"); one named as a civil organ, "of" a place or a state, is a member of it ("the Ministry of Health of
        Kyrgyzstan"), as with a place's possessive; so is a body "of" another ("GUBOPiK of the Ministry of Internal
        Affairs", "the Venice Commission of the Council of Europe")."""
        if self.label(body) != "GROUP":
            return []
        owners = [o for c in body.children if c.dep_ == "prep" and c.lower_ == "of"
                  for o in c.children if o.dep_ == "pobj" and self.label(o)]
        organ = self.lex.names_an_organ(body.text)
        named = body.text.lower() not in self.lex.organ_nouns | self.lex.part_nouns  # "the Council of the EU": a
        # name the tagger split, no body of its own
        members = [o for o in owners if organ and self.label(o) in HOLDERS or named and self.label(o) == "GROUP"]
        places = [o for o in owners if not organ and self.label(o) == "PLACE"]
        return (self.pairs(body, "member_of", [body], members, "role")
                + self.pairs(body, "located_in", [body], places, "preposition"))

    def party_of(self, person: Token) -> list[Found]:
        """"President Maia Sandu's Party of Action and Solidarity", "the Alternative bloc of Chisinau mayor Ion
        Ceban": a party or bloc that a titled person possesses is the party that person leads (a state's party is
        none: a title marks the possessor as a person)."""
        owner = person.head if person.dep_ == "poss" else person.head.head if (
            person.dep_ == "pobj" and person.head.lower_ == "of") else None
        if owner is None or not self.lex.party_nouns & set(owner.text.lower().split()):
            return []  # a bare noun ("bloc") or a name with one in it ("Party of Action and Solidarity")
        parties = [owner] if self.label(owner) == "GROUP" else [
            c for c in owner.children if c.dep_ in ("compound", "amod") and self.label(c) == "GROUP"]
        return self.pairs(person, "leads", [person], parties, "role")

    def persons_party(self, noun: Token) -> list[Found]:
        """"Fuerza Popular, the party of Keiko Fujimori", "the Revolución Ciudadana, the movement of former president
        Rafael Correa": a party or movement described as a person's is the one that person leads; "a party of X" is
        one among others."""
        body, _ = self.name_before_comma(noun)  # the parser may hang the description elsewhere
        body = noun.head if noun.dep_ == "appos" and self.label(noun.head) == "GROUP" else body
        if body is None or self.label(body) != "GROUP" or any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children):
            return []
        persons = [e for c in noun.children if c.dep_ == "prep" and c.lower_ == "of" for e in self.pobjects(c)
                   if self.label(e) == "ACTOR"]
        return self.pairs(noun, "leads", persons, [body], "role")

    def own_party(self, noun: Token) -> list[Found]:
        """"X, whose party, Y, was suspended", "his party, Y": the person belongs to the party named after the word
        (a person's pronoun or "whose"; a state's "its ruling party, Y" is no membership)."""
        owner = self.whose_owner(noun)
        owners = [owner] if owner is not None else [e for c in noun.children if c.dep_ == "poss" and c.lower_ in (
            "his", "her") for e in self.entities(c)]
        named = [a for a in self.appositions(noun) if self.label(a) == "GROUP"]
        return self.pairs(noun, "member_of", [o for o in owners if self.label(o) == "ACTOR"], named, OWN_PARTY)

    def described(self, noun: Token) -> list[Token]:
        """The parties a noun is said of through "as" or "among" ("X served as a mediator", "X, as leader of Y", "with
        X among the guarantor countries"); a modifier ("guarantor") through the noun it modifies."""
        if noun.dep_ in ("compound", "amod"):
            noun = noun.head
        if noun.dep_ != "pobj" or noun.head.lower_ not in ("as", "among") and not self.at_the_head(noun):
            return []
        owner = noun.head.head
        if owner.pos_ in NOUNS and owner.lemma_.lower() in APPOINTMENTS and not self.label(owner):
            return [e for c in owner.children if c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ == "of"
                    for e in (self.entities(c) if c.dep_ == "poss" else self.pobjects(c))]  # "the appointment of X as
            # head of Y", "his election as President of Z"
        if owner.pos_ in NOUNS:
            return self.entities(owner)
        if self.lemma(owner) in self.lex.succession:  # "X succeeded Y as leader of Z": the role is X's
            return [e for s in self.subjects(owner) for e in self.entities(s)]
        accompanying = [e for c in owner.children if c.dep_ == "prep" and c.lower_ == "with" for e in self.pobjects(c)]
        objects = [c for c in owner.children if c.dep_ == "dobj" and c.lower_ not in REFLEXIVE]
        regarded = [e for c in objects  # "regard X as its leader", "X, whom they describe as its leader"; "X presents
                    for e in self.entities(self.antecedent(owner) if self.relative(c, owner) else c)]  # itself as Y's
        # wing": the subject, X
        if objects and self.lemma(owner) in self.lex.branding_verbs:
            return accompanying or regarded  # "people whom X described as members of Y": the unnamed people, not X
        return accompanying or regarded or [e for s in self.subjects(owner) for e in self.entities(s)]

    def haven(self, noun: Token) -> list[Found]:
        """A place said to be a party's refuge or base: "Y became a safe haven for X", "Y, a stronghold of X", "an X
        stronghold", "X used Y as a rear base"; a second attribute the parser hangs on the copula still describes its
        subject ("Y has become the shelter of X, and the fertile ground for Z")."""
        qualifiers = self.lex.haven_qualifiers.get(noun.lemma_.lower())
        if qualifiers is not None and not any(
                c.lower_ in qualifiers for c in noun.children if c.dep_ in ("amod", "compound")):
            return []
        first = noun
        while first.dep_ == "conj" and first.head.pos_ in NOUNS:
            first = first.head
        if first.dep_ in ("attr", "oprd") or first.dep_ == "conj" and first.head.lemma_.lower() in COPULAS:
            places = [e for s in self.subjects(first.head) for e in self.entities(s)]
        elif first.dep_ == "appos":
            places = self.entities(first.head)
        elif first.dep_ == "pobj" and first.head.lower_ == "as" and first.head.head.pos_ == "VERB":
            verb = first.head.head  # "the ELN has long used Apure and Zulia as a rear base": the user's
            places = [e for c in verb.children if c.dep_ == "dobj" for e in self.entities(c)]
            users = [e for s in self.subjects(verb) for e in self.entities(s)]
            return self._parties_in_places(noun, users + self._owners(noun, ("of", "for")), places, "noun")
        else:
            places = []
        return self._parties_in_places(noun, self._owners(noun, ("of", "for")), places, "noun")

    def venue(self, noun: Token) -> list[Found]:
        """A party's own gathering places it where the gathering is held, whatever is said there ("at the Pittsburgh
        Summit the G20 went further", "at their Toronto summit", "At a meeting in Seoul, G20 ministers said"); a
        gathering with another party ("a meeting with X in Y") is only a venue."""
        if any(c.dep_ in PREP_DEPS and c.lower_ in ("with", "between") for c in noun.children):
            return []
        places = [c for c in noun.children if c.dep_ in ("compound", "nmod") and self.label(c) == "PLACE"] + [
            e for c in noun.children if c.dep_ in PREP_DEPS and c.lower_ in ("in", "at") for e in self.pobjects(c)]
        holders = [c for c in noun.children if c.dep_ in ("poss", "compound", "nmod") and self.label(c) in PARTIES]
        if not holders and noun.dep_ == "pobj" and noun.head.lower_ in ("at", "during") and noun.head.head.pos_ in (
                "VERB", "AUX"):
            holders = [e for s in self.subjects(noun.head.head) for e in self.entities(s)]
        return self._parties_in_places(noun, holders, places, "presence")

    def controlled(self, noun: Token) -> list[Found]:
        """A place said to be under a party's control is where the party is ("Gao, under the control of MUJWA",
        "reached Gao under the control of MUJWA", "Kidal remained under MNLA control")."""
        if noun.dep_ != "pobj" or noun.head.lower_ != "under":
            return []
        holders = self._owners(noun)
        host = noun.head.head
        if host.pos_ in ("VERB", "AUX"):
            places = [e for c in host.children if c.dep_ in ("dobj", "nsubj", "nsubjpass") for e in self.entities(c)]
        else:
            places = self.entities(host)
        return self._parties_in_places(noun, holders, places, "noun")

    def _owners(self, noun: Token, preps: tuple[str, ...] = ("of",)) -> list[Token]:
        """Whom a noun is said of: its possessor or modifier ("MNLA control", "its presence", "an X stronghold") or
        the object of "of" ("the control of MUJWA", "the presence of X")."""
        return [c for c in noun.children if c.dep_ in ("poss", "compound", "nmod")] + [
            e for c in noun.children if c.dep_ == "prep" and c.lower_ in preps for e in self.pobjects(c)]

    def _parties_in_places(self, anchor: Token, holders: list[Token], places: list[Token], how: str) -> list[Found]:
        """A located_in row for each party among `holders` and each place among `places`."""
        return self.pairs(anchor, "located_in", [h for h in holders if self.label(h) in PARTIES],
                          [p for p in places if self.label(p) == "PLACE"], how)

    def communities_placed(self, noun: Token) -> list[Found]:
        """"Aymara and Quechua communities from Puno", "the Nasa communities of northern Cauca": the people named
        before a noun of their communities live in the place its phrase names."""
        peoples = [e for c in noun.children if c.dep_ in ("compound", "amod", "nmod") and self.label(c) == "GROUP"
                   for e in (c, *c.conjuncts) if self.label(e) == "GROUP"]
        places = [e for p in noun.children if p.dep_ == "prep" and p.lower_ in ("of", "from", "in")
                  for e in self.pobjects(p) if self.label(e) == "PLACE"]
        return self.pairs(noun, "located_in", peoples, places, "noun")

    def placed(self, token: Token) -> list[Found]:
        """A party placed by a preposition on its own name or on a noun standing for it ("HEKS-EPER in Grand'Anse",
        "WFP offices in the North"), or by a place name it is said of ("Nigeria's Boko Haram")."""
        if self.label(token) == "PLACE":  # "Nigeria's Zamfara State": the possessor holds the place
            owners = [c for c in token.children if c.dep_ == "poss" and self.label(c) in HOLDERS]
            return (self.pairs(token, "located_in", [token], self.containing(token) + self.set_off(token) + owners,
                               "preposition")
                    + self.pairs(token, "located_in", *self.shared_container(token), "preposition")
                    + self.pairs(token, "located_in", self.examples(token), [token], "preposition"))
        maker = token.head if token.dep_ == "dobj" else \
            token.head.head if token.dep_ == "pobj" and token.head.dep_ == "agent" else None
        if maker is not None and maker.pos_ == "VERB" and any(
                f.place for f in self.lex.verbs.get(self.lemma(maker), ())):
            return []  # "founded Boko Haram in Maiduguri", "founded by X in London": where it was made, read with
            # the verb
        if not self.label(token) and token.lemma_.lower() in self.lex.posts:
            return []  # "the WHO Representative in Mozambique": the territory of a post places no holder
        if token.dep_ == "pobj" and token.head.lower_ == "with" and self.a_venue_for_talks(token.head.head):
            return []  # "negotiated with the TTP in Kabul", "began talks with the ELN in Caracas": the venue of the talks
        if token.dep_ == "dobj" and token.head.pos_ == "VERB" and self.settling_verb(token.head):
            return []  # "Blinken met Lavrov in Geneva": the venue of the meeting, whoever the parser hangs it on
        holders = [token] if self.label(token) in PARTIES else self._direct(token, 0)
        if not holders and token.lemma_.lower() in self.lex.presence_nouns:  # "its presence", "the presence of X"
            holders = self._owners(token)
        holders = [h for h in holders if self.label(h) in PARTIES]
        if not holders:
            return []
        preps = [c for c in token.children if c.dep_ in PREP_DEPS]
        if token.dep_ == "nsubj" and token.lemma_.lower() in self.lex.presence_nouns and token.head.pos_ == "VERB" or (
                token.dep_ == "dobj" and self.lemma(token.head) in self.lex.host_verbs):
            preps += [c for c in token.head.children if c.dep_ in PREP_DEPS]  # "their presence has grown in X", "X
            # hosted the Y bureau in Z": Y is in Z
        named_of = token in holders and self.label(token) == "GROUP"  # "MOL of Hungary", "the 'Ndrangheta of
        # Calabria": a body named with the place it is of
        armed = token not in holders and (listed(token, self.lex.contingents) or listed(token, self.lex.armed_members))
        # "Abu Sayyaf fighters on Sulu": on an island
        placing = PLACING_PREPS + (("to", "into") if token.lemma_.lower() in self.lex.destination_nouns else ()) + (
            ("of",) if named_of else ()) + (("on",) if armed else ())
        places = [e for c in preps if c.lower_ in placing for e in self.pobjects(c) if self.label(e) == "PLACE"]
        if token in holders and token.dep_ not in ("dobj", "pobj", "nsubjpass", "dative") and not any(
                c.dep_ == "appos" for c in token.children):  # "killed X, a guard, in Toribío": the killing's place
            places += [e for e in self.set_off(token) if e not in places]
        places += [e for p in places for e in self.examples(p) + self.bracketed(p) if e not in places]
        if self.label(token) == "GROUP":  # "Nigeria's Boko Haram", "the Niger and Algeria Tuaregs"
            named = [c for c in token.children if c.dep_ in ("poss", "compound") and self.label(c) == "PLACE"
                     and not (c.dep_ == "poss" and self.lex.names_an_organ(token.text))]
            places += [e for c in named for e in (c, *c.conjuncts) if self.label(e) == "PLACE"]
            if named and token.dep_ == "conj" and self.label(token.head) == "PLACE" and token.head.i < named[0].i:
                places.append(token.head)  # the parser coordinated the first place with the group they both modify
        if places and token in holders:
            sides = self.between_sides(token)
            if sides and self.talks_noun(sides[0].head.head):
                return []  # "talks between X and Y in Z": the venue of the talks
            holders += [s for s in sides if s != token]
        return self.pairs(token, "located_in", holders, places, "preposition")

    def object_read_as_a_modifier(self, verb: Token, word: Token) -> bool:
        """"said it had attacked Baidoa", parsed with the name as an adverbial noun: a name right after a verb with no
        object of its own is that object (the adverbial nouns the parser means are times, "attacked Monday")."""
        return word.dep_ == "npadvmod" and word.i == verb.i + 1 and self.label(word) in ("ACTOR", "GROUP", "PLACE") \
            and not any(c.dep_ == "dobj" for c in verb.children)

    def a_venue_for_talks(self, word: Token) -> bool:
        """A verb or a noun of talks, agreement or mediation, whose place phrase names where the parties met."""
        if word.pos_ == "VERB":
            return any(f.kind in self.lex.symmetric_kinds for f in self.lex.verbs.get(self.lemma(word), ()))
        return self.talks_noun(word)

    def talks_noun(self, noun: Token) -> bool:
        """A noun of talks, agreement or mediation ("talks", "ceasefire", "mediation")."""
        return any(f.kind in self.lex.symmetric_kinds or f.kind == "mediates" for f in self.noun_frames(noun))

    def between_sides(self, token: Token) -> list[Token]:
        """The parties of a "between" pair whose last member the parser gave the place phrase ("clashes between the
        SAF and the RSF in El Fasher": the fighting, and both sides, are there), the first one first."""
        first = first_conjunct(token)
        if first == token or first.dep_ != "pobj" or first.head.lower_ not in ("between", "among"):
            return []
        return [c for c in (first, *first.conjuncts) if self.label(c) in PARTIES]

    def described_in(self, noun: Token) -> list[Found]:
        """A description in apposition that places what it describes ("X, a security analyst in Nairobi", "Y, a
        gold-mining town in Bolívar state"): the name lies in the place of the description's "in" phrase; a place
        described as a part of a place lies in its "of" place ("Goma, the capital of North Kivu", "Azad Kashmir, the
        part of Kashmir administered by Islamabad")."""
        if noun.dep_ != "appos" or not self.label(noun.head):
            return []
        part = self.label(noun.head) == "PLACE" and noun.lemma_.lower() in self.lex.place_parts
        preps = [c for c in noun.children if c.dep_ in PREP_DEPS]
        if part:  # "N, a village of some 300 families in Z": the "in" of what the place is made of places it too
            preps += [c for p in preps if p.lower_ == "of" for o in p.children if o.dep_ == "pobj" and not self.label(o)
                      for c in o.children if c.dep_ in PREP_DEPS and c.lower_ == "in"]
        places = [e for c in preps if (c.lower_ == "in" or part and c.lower_ == "of")
                  for e in self.pobjects(c) if self.label(e) == "PLACE"]
        return self.pairs(noun, "located_in", self._direct(noun, 0), places, "preposition")

    def examples(self, place: Token) -> list[Token]:
        """The places given as examples of a place ("communes of the Nord-Ouest, such as Bassin Bleu", "the Sahel,
        including Mali and Niger"): they lie in it."""
        return [e for c in place.children if c.dep_ in PREP_DEPS and (
                    c.lower_ == "including" or c.lower_ == "as" and any(a.lower_ == "such" for a in c.children))
                for e in self.pobjects(c) if self.label(e) == "PLACE"]

    def bracketed(self, place: Token) -> list[Token]:
        """The places in a bracket right after a place, its parts ("in Artibonite (Saint-Marc, Verrettes)"), however
        the parser hangs them."""
        return [t for t in bracket_after(place) if self.label(t) == "PLACE"]

    def listed_parts(self, noun: Token) -> list[Found]:
        """Places listed as parts of a larger one: "the communes of A, B and C in D", "D's communes of A and B", "the A
        district of D", and "In D, the communes of A and B are …" where the phrase opening the clause names D; an item
        with a place of its own ("A and B in E") lies there instead."""
        parts = [e for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                 for e in self.pobjects(c) if self.label(e) == "PLACE"]
        named = [c for c in noun.children if c.dep_ in ("compound", "nmod") and c.i < noun.i and self.label(c) == "PLACE"]
        if named:  # "the Barmal district of Paktika", "the Tillabéri region of Niger", "Ethiopia's Gambella region",
            # "the Torkham crossing in Khyber district", "the port of Hodeidah on the Red Sea": a named part of the
            # larger place, whatever label the state holding it got
            larger = [e for c in noun.children if c.dep_ in PREP_DEPS and c.lower_ in ("of", *CONTAINING_PREPS)
                      for o in c.children if o.dep_ == "pobj" for e in self.entities(o) if self.label(e) in HOLDERS]
            larger += [e for c in noun.children if c.dep_ in PREP_DEPS for e in self.shore(c)]
            return self.pairs(noun, "located_in", named, larger + [c for c in noun.children if c.dep_ == "poss"
                                                                   and self.label(c) in HOLDERS], "preposition")
        if len(parts) < 2 and not any(c.dep_ == "poss" for c in noun.children):
            return []
        parts = [p for p in parts if not self.containing(p)]
        rows = self.pairs(noun, "located_in", parts, [c for c in noun.children if c.dep_ == "poss"
                                                      and self.label(c) in ("PLACE", "ACTOR")], "preposition")
        trailing = [c for c in noun.children if c.dep_ in PREP_DEPS and c.lower_ in CONTAINING_PREPS and c.i > noun.i]
        if trailing:  # "A, B, and C and D in E": the phrase after the list holds its last group, after the last comma
            comma = max([t.i for t in noun.doc[noun.i:trailing[0].i] if t.text == ","], default=noun.i)
            near = [p for p in parts if p.i > comma]
            rows += self.pairs(noun, "located_in", near, [e for e in self.pobjects(trailing[0])
                                                          if self.label(e) == "PLACE" and e not in parts], "preposition")
            parts = [p for p in parts if p not in near]
        if noun.dep_ in ("nsubj", "nsubjpass"):
            opening = [c for c in noun.head.children if c.dep_ == "prep" and c.i < noun.i and c.i == c.sent.start
                       and c.lower_ in CONTAINING_PREPS]
            rows += self.pairs(noun, "located_in", parts, [e for c in opening for e in self.pobjects(c)
                                                           if self.label(e) == "PLACE"], "preposition")
        return rows

    def containing(self, place: Token) -> list[Token]:
        """The places a place is said to lie in ("Cornwall Hospital in Jamaica", "Jérémie, in Grand'Anse"); not after
        "from", where "in" belongs to the clause ("refugees from Mali in Algeria")."""
        if place.dep_ == "pobj" and place.head.lower_ == "from":
            return []
        preps = [c for c in place.children if c.dep_ in PREP_DEPS]
        listed = place.dep_ == "conj" and first_conjunct(place).dep_ in ("compound", "nmod")  # "Masisi and Walikale
        # territories": each name of the list is a unit's
        site = first_conjunct(place).head if listed else place.head
        following = place.doc[place.i + 1] if place.i + 1 < place.sent.end else None
        if following is not None and following.head == place.head and following.dep_ == place.dep_ \
                and place.dep_ not in ("compound", "amod"):
            site = following  # "struck the Saky airfield in Crimea", read as two objects: the noun is the site's
        if (place.dep_ in ("compound", "amod", "nmod") or listed or site == following) \
                and {site.lemma_.lower(), singular(site.lower_)} & (self.lex.place_parts | self.lex.sites) \
                and not self.label(site):  # "the al-Rawda mosque in Bir al-Abed", "the Ruzizi plain of South Kivu": the
            # site or unit the place names lies where its noun's phrase says (not "the Kenya office in Nairobi"), also
            # a phrase right after the noun that the parser hung on the verb ("hit Masisi territory in North Kivu")
            after = site.doc[site.i + 1] if site.i + 1 < site.sent.end else None
            preps += [c for c in (*site.children, *([after] if after is not None and after.dep_ == "prep" else []))
                      if c.dep_ in PREP_DEPS and c.lower_ in (*CONTAINING_PREPS, "of")]
        found = [e for c in preps if c.lower_ in (*CONTAINING_PREPS, "of")
                 for e in self.pobjects(c) if self.label(e) == "PLACE" and not any(
                     t.pos_ == "ADP" for t in place.doc[c.i + 1:e.i])]  # "the Torkham crossing in Khyber district and
        # through Chaman": a place after another preposition is not the site's
        found += [e for c in preps if c.lower_ in LYING_PREPS for e in self.shore(c)]
        if place.head.lower_ == "between" or place.conjuncts:
            return found
        host = place.head.head if place.dep_ == "pobj" and place.head.lower_ == "of" and (
            place.head.head.lemma_.lower() in self.lex.place_parts) else place  # "the port of Hodeidah"
        end = phrase_end(host)
        if found or end + 1 >= place.sent.end or host.dep_ not in ("dobj", "pobj"):
            return found
        after = place.doc[end + 1]  # "reached Port Sudan on the Red Sea": the phrase right after the place, hung on
        # the verb beside it; "on" only before a shore ("met in New York on the Middle East" names a topic)
        if after.dep_ not in PREP_DEPS or after.head not in (host.head, host.head.head) or after.head == host or any(
                c.dep_ == "conj" for c in after.children):  # "in Zanzibar in April and in Dar es Salaam": venues
            return []
        if after.lower_ in CONTAINING_PREPS:  # "reached Ambeli in Bijapur district": the unit its place names
            objects = [o for o in after.children if o.dep_ == "pobj"]
            return [o for o in objects if self.label(o) == "PLACE"] + [
                c for o in objects if o.lemma_.lower() in self.lex.place_parts and not self.label(o)
                for c in o.children if c.dep_ == "compound" and self.label(c) == "PLACE"]
        return [e for e in self.shore(after) if e.text.split()[-1].lower() in self.lex.shores]

    def shore(self, prep: Token) -> list[Token]:
        """The places an "on", "along" or "off" phrase names itself ("Kherson on the Dnipro"), starting right after
        it: not a place the parser hung on it further on ("«South Sudan on the Brink», briefing, Nairobi/Brussels")."""
        if prep.lower_ not in LYING_PREPS:
            return []
        return [e for o in prep.children if o.dep_ == "pobj" and o.left_edge.i == prep.i + 1  # its phrase, next
                for e in (o, *o.conjuncts) if self.label(e) == "PLACE"]

    def shared_container(self, place: Token) -> tuple[list[Token], list[Token]]:
        """"Nabatieh and the Bekaa in Lebanon": the place phrase on the last of coordinated places holds the earlier
        ones too, as does a place phrase right after theirs that the parser hung beside it; not after "from" or "between", where the phrase belongs to the clause ("refugees from Mali and Niger
        in Algeria"), nor when the first already holds a place ("Camp A in Gamu, Isabela, and Camp B in Santa Ana")."""
        if place.dep_ == "conj" or place.dep_ == "pobj" and (place.head.lower_ in ("from", "between") or
                                                             self.label(place.head.head) == "PLACE"):
            return [], []
        conjuncts = [c for c in place.conjuncts if c.i > place.i]
        end = max(phrase_end(p) for p in [place, *conjuncts])
        after = place.doc[end + 1] if end + 1 < place.sent.end else None
        if any(self.label(c) != "PLACE" for c in conjuncts):  # "X in New Delhi and Y in Islamabad"
            return [], []
        if (place.dep_ == "pobj" and place.head.lower_ in CONTAINING_PREPS and after is not None and after.dep_ == "prep"
                and after.lower_ in CONTAINING_PREPS and after.head == place.head.head):
            # "killed civilians in Tyre and Sidon in Lebanon", the second phrase hung beside the first
            return ([place, *conjuncts], [e for c in after.children if c.dep_ == "pobj"
                                          for e in (c, *c.conjuncts) if self.label(e) == "PLACE"])
        if not conjuncts or self.label(conjuncts[-1]) != "PLACE":
            return [], []
        earlier = [p for p in [place] + conjuncts[:-1] if self.label(p) == "PLACE" and not self.containing(p)]
        return earlier, [e for e in self.containing(conjuncts[-1]) if e not in earlier]

    def set_off(self, place: Token) -> list[Token]:
        """The place named in a phrase set off by commas right after a place ("Ngarbuh, in Donga-Mantung division",
        "a church in Nchang, near Mamfe, in the South-West"), wherever the parser hangs that phrase: the place lies
        in it. Phrases "near" another place are passed over; a list of places each with its own "in" ("in Gao, in
        Kidal and in Menaka") and a place after "from" or "between" place nothing."""
        doc, end = place.doc, phrase_end(place)
        if place.dep_ == "pobj" and place.head.lower_ in ("from", "between") or place.conjuncts:
            return []
        while end + 2 < place.sent.end and doc[end + 1].text == ",":
            prep = doc[end + 2]
            objects = [e for e in self.pobjects(prep) if self.label(e) == "PLACE"] if prep.dep_ == "prep" else []
            if not objects or any(c.dep_ == "conj" for e in [prep, *objects] for c in e.children) or any(
                    t.dep_ == "conj" and t.pos_ == "ADP" for t in doc[prep.i:place.sent.end]):
                return []  # "talks in Tanzania, in Zanzibar in May and in Dar es Salaam": a list of venues
            last = max(phrase_end(e) for e in objects)
            if last + 1 < place.sent.end and doc[last + 1].dep_ == "cc":
                return []
            if prep.lower_ in CONTAINING_PREPS:
                return objects
            if prep.lower_ not in NEARBY_PREPS:
                return []
            end = last
        return []

    def narrowed(self, prep: Token) -> list[Found]:
        """"across multiple regions of Haiti, particularly in the departments of South, Nippes …": a place phrase
        narrowed by an adverb after a comma names places inside those of the phrase it narrows ("notably in Y" after
        "in X"), not places added to them ("in X and particularly in Y" is a conjunct)."""
        if prep.dep_ != "prep" or not any(c.dep_ == "advmod" and c.lower_ in self.lex.narrowing_adverbs and c.i < prep.i
                                          and prep.doc[c.i - 1].text == "," for c in prep.children):
            return []
        wider = [t for t in prep.head.subtree if t.dep_ in PREP_DEPS and t.i < prep.i and t.lower_ in PLACING_PREPS]
        if not wider or any(t.dep_ == "cc" and t.head.i < wider[-1].i for t in prep.doc[wider[-1].i:prep.i]):
            return []
        outer = [e for e in self.pobjects(wider[-1]) if self.label(e) == "PLACE"]
        inner = [e for e in self.pobjects(prep) if self.label(e) == "PLACE" and e not in outer]
        return self.pairs(prep, "located_in", inner, outer, "preposition")

    def partners(self, token: Token) -> list[Found]:
        """"Together with X, Y supported …", "Y works alongside X": Y acts with X as its partner, which the vocabulary
        calls support, as it does "collaborate with" and "in partnership with"; "Y works through partners such as X":
        Y supports X."""
        clause = token.head
        if token.lower_ == "through":
            partners = self.partner_names(token) if any(o.dep_ == "pobj" and o.lemma_.lower() in self.lex.implementers
                                                        for o in token.children) else []
            actors = [e for s in self.subjects(clause) for e in self.entities(s) if self.label(e) in PARTIES] \
                if partners and clause.pos_ in ("VERB", "AUX") else []
            return self.pairs(token, "supports", actors, partners, "partner")
        if token.lower_ == "with" and self.comitative(token):  # "IOM, with the NRC, is providing shelter": the
            # subject's partner, set off by commas
            return self.pairs(token, "supports", [token.head], [e for e in self.pobjects(token)
                                                                if self.label(e) in PARTIES], "partner")
        if token.lower_ == "with":  # the parser hangs "together" on "with", or "with" on "together"
            if clause.lower_ in self.lex.partner_adverbs:
                clause = clause.head
            elif not any(c.dep_ == "advmod" and c.lower_ in self.lex.partner_adverbs for c in token.children):
                return []
        fellows = [p for p in token.children if p.dep_ == "pobj" and any(c.lower_ == "other" for c in p.children)]
        if fellows:  # "alongside other UN agencies", "with other NATO allies": the subject is one of them
            clause = self.clause_verb(clause)  # "engaged in the structures alongside other UN agencies"
            actors = [e for s in self.subjects(clause) for e in self.entities(s) if self.label(e) in PARTIES]
            return self.pairs(token, "member_of", actors, [c for p in fellows for c in p.children if c.dep_ in (
                "compound", "nmod", "poss") and self.label(c) == "GROUP"], "partner")
        if clause.pos_ not in ("VERB", "AUX"):
            return []
        actors = [e for s in self.subjects(clause) for e in self.entities(s) if self.label(e) in PARTIES]
        if not actors and clause.dep_ == "acl":  # "X, fighting alongside Y, retook Z": the participle's noun acts
            actors = [e for e in self.entities(clause.head) if self.label(e) in PARTIES]
        if not actors and clause.dep_ == "advcl" and clause.tag_ == "VBG":  # "X reached 1.2 million people, working
            # alongside partners such as Y": the clause's subject works
            actors = [e for s in self.subjects(clause.head) for e in self.entities(s) if self.label(e) in PARTIES]
        partners = self.partner_names(token)
        if token.i < clause.i and len(actors) > 1 and all(token.i < a.i for a in actors):
            # "Together with X; Y; and Z, W visited …": the parser ends the list of partners on the subject
            partners, actors = partners + sorted(actors, key=lambda a: a.i)[:-1], [max(actors, key=lambda a: a.i)]
        return self.pairs(token, "supports", actors, partners, "partner")

    def mandated(self, verb: Token) -> list[Found]:
        """"The Security Council extended the mandate of UNIFIL", "renewed MINUSCA's mandate", "UNIFIL's mandate was
        extended by the Council": who renews or widens a body's mandate supports the body."""
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            renewers = [e for c in verb.children if c.dep_ == "agent" for e in self.pobjects(c)]
            mandates = [c for c in verb.children if c.dep_ == "nsubjpass"]
        else:
            renewers = [e for s in self.subjects(verb) for e in self.entities(s)]
            mandates = [c for c in verb.children if c.dep_ == "dobj"]
        bodies = [e for m in mandates if m.lemma_.lower() in self.lex.mandate_nouns
                  for e in [*self.owners(m), *(o for p in m.children if p.dep_ == "prep" and p.lower_ == "of"
                                               for o in self.pobjects(p))] if self.label(e) in PARTIES]
        return self.pairs(verb, "supports", renewers, bodies, "verb")

    def sites_struck(self, prep: Token) -> list[Token]:
        """The place an unnamed site after a preposition of attack lies in ("at the army base at Meron", "of upland
        villages in Kalinga")."""
        return next((found for o in prep.children if o.dep_ == "pobj" and not self.label(o)
                     for found in self.site_places(list(o.children)) if found), [])

    def site_places(self, said: list[Token]) -> list[list[Token]]:
        """The places named by each placing preposition among `said` (a site's words, and a verb's of striking), in
        the text's order: the first that names one holds the site struck; no sea ("ships in the Red Sea"). The
        people "of" a place stand in it ("residents of Barsalogho")."""
        placing = [p for p in sorted(said) if p.dep_ in PREP_DEPS and (
            p.lower_ in PLACING_PREPS or p.lower_ == "of" and self.lemma(p.head) in self.lex.inhabitants)]
        return [[e for e in self.pobjects(p) or self.sites_struck(p) if self.label(e) == "PLACE" and not self.waters(e)]
                for p in placing]  # "at a mosque in Fambita": the place the unnamed site lies in

    def partner_names(self, prep: Token) -> list[Token]:
        """The parties a preposition of partnership names: the names listed after a noun of implementing partners
        ("through its partners, including X", "alongside local partners such as X"), not the body a possessive before
        the noun stands for; else its objects."""
        listed = [e for o in prep.children if o.dep_ == "pobj" and o.lemma_.lower() in self.lex.implementers
                  for e in self.listed_after(o)]
        return [e for e in listed or self.pobjects(prep) if self.label(e) in PARTIES]

    def comitative(self, prep: Token) -> bool:
        """"X, with Y, is providing …": a "with" phrase set off by commas right after a named subject names a
        party acting with it (not "X, with militia support, attacked": the object is no party)."""
        doc, subject = prep.doc, prep.head
        end = prep.right_edge.i
        return (subject.dep_ in ("nsubj", "nsubjpass") and self.label(subject) in PARTIES and prep.i == subject.i + 2
                and doc[prep.i - 1].text == "," and end + 1 < len(doc) and doc[end + 1].text == ","
                and subject.head.pos_ in ("VERB", "AUX"))

    def mediations(self, found: list[Found], sentence: Span) -> list[Found]:
        """A mediator without parties of its own ('under the auspices of X', 'X acted as a mediator', 'with X among the
        guarantors') mediates between the parties of the sentence's agreements and negotiations."""
        parties = [r.head for r in found if r.kind in SETTLING] + [r.tail for r in found if r.kind in SETTLING]
        if not parties:
            return []
        rows = []
        for token in sentence:
            lemma = token.lemma_.lower()
            frames = self.noun_frames(token) if token.pos_ in NOUNS else self.lex.verbs.get(lemma, ())
            if token.pos_ == "VERB" and lemma in self.lex.host_verbs and (
                    token.dep_ in ("acl", "relcl") and self.settles(token.head)
                    or any(c.dep_ == "dobj" and self.settles(c) for c in token.children)):
                frames = (*frames, Frame("mediates", ("obj",)))  # hosting talks serves their parties (hosting a fund
                # or refugees serves no one's talks)
            for frame in frames:
                if not frame.mediator and frame.kind != "mediates":
                    continue
                agents = [c for c in token.children if c.dep_ in ("poss", "compound") and self.label(c)] + [
                    e for c in token.children if c.dep_ in (*PREP_DEPS, "agent") and c.lower_ in ("of", "by")
                    for e in self.pobjects(c)  # "resumed in Cairo, facilitated by X"
                ] + self.described(token)
                if token.pos_ == "VERB" and token.dep_ == "relcl" and self.settles(token.head) and any(
                        c.lower_ in RELATIVE and c.dep_ == "dobj" for c in token.children):
                    agents += [e for s in self.subjects(token) for e in self.entities(s)]  # "talks between A and B
                    # that X had hosted", "that the UN had mediated"
                done = {r.tail for r in found if r.trigger == token.i and r.kind == "mediates"}
                tails = [token.doc[i] for i in sorted(set(parties) - done)]  # each party once
                rows += self.pairs(token, "mediates", agents, tails, "noun")
        return rows

    def narrowed_kind(self, trigger: Token, kind: str, head: Token, tail: Token) -> str:
        """Leading a part is belonging to the whole; control over a place ("exercise control over the capital") is
        being there, not leading it, and so is a body's governing or running a place ("HTS governed Idlib", "Viv Ansanm
        controls most of Port-au-Prince"): a person leads the place she governs."""
        if kind == "leads" and tail.i in self.parts:
            return "member_of"
        if kind == "leads" and self.label(tail) == "PLACE" and (
                trigger.lemma_.lower() in self.lex.control_nouns or self.label(head) == "GROUP"):
            return "located_in"
        return kind

    def collective(self, name: Token) -> bool:
        """A body named as a collective of parties ("Patriotic Electoral Bloc", "Three Brotherhood Alliance")."""
        return singular(name_head(name.text, self.lex.name_prepositions)) in self.lex.collective_nouns

    def pairs(self, trigger: Token, kind: str, heads: list[Token], tails: list[Token], rule: str,
              symmetric: bool = False) -> list[Found]:
        """Each head with each tail (coordinated parties each get their row); with `symmetric` and no tail, the
        coordinated heads with one another, every pair ("X and Y signed a truce")."""
        if symmetric and not tails and len(heads) > 1:  # "A, B and C signed a declaration": each with each
            if any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for h in heads for c in h.children):
                return []  # "whether A, B or C … agree": alternatives, none the other's party
            return [r for x, h in enumerate(heads) for r in self.pairs(trigger, kind, [h], heads[x + 1:], rule)]
        joined = kind == "founded" and len(heads) > 1 and all(self.label(h) == "GROUP" for h in heads)
        composing = joined and trigger.tag_ in ("VBP", "VBZ")  # "A and B, which together form the alliance"
        rows = [Found(h.i, t.i, self.narrowed_kind(trigger, kind, h, t), rule, trigger.i)
                for h in heads for t in tails if h.i != t.i and not (composing and self.collective(t))]
        if kind == "founded":  # "X formed a unit called Y": Y is part of X; "the Patriotic Electoral Bloc, formed by
            # the PSRM and the Party of Communists": bodies that formed a bloc together are its founders and members;
            # those that form one now are its members
            rows += [Found(t.i, h.i, "member_of", rule, trigger.i) for h in heads for t in tails
                     if h.i != t.i and t.i in self.parts]
            rows += [Found(h.i, t.i, "member_of", rule, trigger.i) for h in heads for t in tails
                     if h.i != t.i and joined and self.collective(t)]
        return rows


def with_particle(verb: Token) -> str:
    """A verb's lemma with its particle ("made up of": "make up"), or "" for none."""
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    return f"{verb.lemma_.lower()} {particle}" if particle else ""


def postnominal(token: Token) -> bool:
    """"the ICRC, present in Arauca", "9,000 members active in Cauca": an adjective after its noun with a phrase of
    its own says of the noun what a relative clause would."""
    return token.pos_ == "ADJ" and token.dep_ == "amod" and token.i > token.head.i and any(
        c.dep_ == "prep" for c in token.children)


def listed(token: Token, words: frozenset[str]) -> bool:
    """Whether a word, as written or as its lemma, is in a word list (plurals the lemmatiser leaves as they are,
    "rebels", count as written)."""
    return token.lemma_.lower() in words or token.lower_ in words


def name_head(name: str, prepositions: frozenset[str]) -> str:
    """The head noun of a name, in lower case: the last word before the first preposition ("Council of the European
    Union": council, "EU Monitoring Mission in Georgia": mission), else the last word ("Qassam Brigades": brigades);
    "" for none."""
    words = [w for w in (w.strip("()[],.’'\"") for w in name.split()) if w]
    cut = next((k for k, w in enumerate(words) if w in prepositions and k > 0), len(words))
    return words[cut - 1].lower() if cut else ""


def singular(noun: str) -> str:
    """A plural noun's singular by its last "s" ("brigades": brigade; not "congress")."""
    return noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun


def bracket_after(token: Token) -> list[Token]:
    """The words of a bracket opened right after a token and closed in its sentence; none without one."""
    doc = token.doc
    if token.i + 1 >= len(doc) or doc[token.i + 1].text != "(":
        return []
    close = next((t.i for t in doc[token.i + 2:token.sent.end] if t.text == ")"), None)
    return list(doc[token.i + 2:close]) if close is not None else []


def semicolon_between(clause: Token, head: Token) -> bool:
    """Whether a semicolon hung on either word separates a clause from the word the parser hung it on: the two are
    independent clauses, whatever the parse."""
    low, high = sorted((clause.i, head.i))
    return any(t.text == ";" and t.head in (clause, head) for t in clause.doc[low + 1:high])


def speaker_label(subject: Token, verb: Token) -> bool:
    """Whether a subject is the label of a speaker's turn ("Al Jazeera: Hamas and Fatah signed ...", "Spokesperson:
    We urge ..."), which transcripts set before the words spoken: a name that a colon separates from its verb."""
    return subject.i < verb.i and any(t.text == ":" for t in subject.doc[phrase_end(subject) + 1:verb.i])


def phrase_appositions(t: Token) -> list[Token]:
    """The appositions the parser hangs on a noun with no verb between them: one across a verb is none."""
    return [c for c in t.children if c.dep_ == "appos"
            and not any(w.pos_ in ("VERB", "AUX") for w in t.doc[min(t.i, c.i) + 1:max(t.i, c.i)])]


def phrase_end(t: Token) -> int:
    """The last word of a noun's own phrase, without the names the parser coordinates with it."""
    return max([t.i] + [c.right_edge.i for c in t.children if c.dep_ not in ("conj", "cc", "punct")])
