"""Light coreference: "the group", "the movement", "it", "he", "its" → the nearest earlier compatible named ACTOR or
GROUP mention of the same paragraph, or of the sentence before when the anaphor's sentence opens a paragraph; "the two
movements", "both groups" → the nearest coordinated names of that number (models/coreference.json says which words,
which kinds of antecedent and which numbers); "the government", "the authorities" → only a state named as a
subject; "his government" → the state of the person's office when the text names it with him ("President X of Y");
"the movement", "the cartel", "the mission" (a word for a kind of body the knowledge base records) → with no name in
reach, the nearest name of that kind since the heading before it; "its mayor", "its governor" (a place's role) → a
place named before it; "the strikes", "the attack" that a verb of judging takes with no doer of its own ("Kabul
condemned the strikes") → the doers of the nearest attack told before it in reach.
Salience: a subject or possessive pronoun carries on the resolved anaphor that was the subject of the sentence
before; the possessor of a role prefers the paragraph's subject to a name in passing; a relative clause's subject is
never the noun the clause modifies; a heading line between paragraphs is skipped.

No maintained coreference library works offline with spaCy 3.8 (coreferee needs spaCy < 3.6, the experimental
spaCy coreference model and the transformer resolvers download weights), so the rule is kept small and as data."""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from pipeline.core.mention import Mention
from pipeline.relations.grammar import PARTIES, REFLEXIVE, name_head, phrase_appositions
from pipeline.relations.lexicon import Lexicon
from pipeline.tagging.knowledge_base import Entity, KnowledgeBase, normalise_name
from pipeline.tagging.names import is_demonym_of, looks_like_demonym
from pipeline.tagging.speaker_labels import is_transcript

PLURAL_TAGS = ("NNS", "NNPS")
NOMINAL_DEPS = ("nsubj", "nsubjpass", "dobj", "pobj", "attr", "conj")  # "the Madrid-based multinational": an adjective used as a noun
SUBJECTS = ("nsubj", "nsubjpass")
PERSONS = frozenset({"person", "man", "woman"})  # a person's kinds: of no known gender, or titled as one
TITLE_BEFORE = re.compile(r"\b([A-Z][a-zñ]*\.?)\s+$")  # the word right before a name ("Mr.", "Ms", "Señora")
STATE_ONLY = frozenset({"state"})  # the descriptions of a state's institutions: "the government", "the authorities"
HEADING_WORDS = 12  # a heading is a short line of its own, not closed by punctuation
CLOSING = tuple(".!?:;\"”’)]")  # the marks that close a sentence, not a heading
EXTRAPOSED = ("that", "whether", "for")  # the words that open a postponed subject ("it is vital for X to …")
RECALLING = frozenset({"the", "this", "these", "that", "those"})  # the determiners of an act told before
EVENT_TARGETS = frozenset({"on", "in", "against"})  # an act's phrases that name no doer ("the strikes on Khost")
EVENT_READERS = frozenset({"state", "person", "GROUP"})  # what an act told before may stand for: its doer


@dataclass(frozen=True)
class Resolved:
    """What an anaphor stands for (one name, or the names a plural description stands for), and the words that said
    it."""

    mentions: tuple[Mention, ...]
    via: str

    @property
    def mention(self) -> Mention:
        return self.mentions[0]


@dataclass(frozen=True)
class Reading:
    """The antecedent kinds an anaphor accepts and how many names it stands for: 1, a number ("the two movements"),
    or 0 for a plural without one ("these groups": two or more)."""

    kinds: frozenset[str]
    count: int


@dataclass(frozen=True)
class Candidate:
    mention: Mention
    token: int
    kind: str
    plural: bool
    named_kind: str | None  # the knowledge base's kind of body ("armed-group", "peace-operation")
    heads: frozenset[str]  # the head nouns of its names ("council" for "Council of the European Union")


def antecedent_kind(mention: Mention, kb: KnowledgeBase, lexicon: Lexicon) -> str:
    """GROUP, or for an ACTOR: "state" when the knowledge base knows it as a country or capital, or, unknown, when
    its name's head is a state's ("the self-declared Republic of Artsakh", "Federal Government of Somalia"), else
    "person"."""
    if mention.label == "GROUP":
        return "GROUP"
    entity = known(mention, kb)
    if entity is not None:
        return "state" if entity.is_state else "person"
    head = name_head(mention.text, lexicon.name_prepositions)
    return "state" if lexicon.descriptions.get(head) == STATE_ONLY else "person"


def known(mention: Mention, kb: KnowledgeBase) -> Entity | None:
    """The knowledge-base entry of a mention, by its id or else its text; None when unknown."""
    return (kb.get(mention.entity_id) if mention.entity_id else None) or kb.lookup(mention.text)


class Coreference:
    """Resolves the anaphors of one parsed document against its named mentions."""

    def __init__(self, lexicon: Lexicon, kb: KnowledgeBase, doc: Doc, mentions: dict[int, Mention], text: str):
        self.lexicon = lexicon
        self.doc = doc
        self.text = text
        kinds = {i: antecedent_kind(m, kb, lexicon) for i, m in mentions.items() if m.label in (*PARTIES, "PLACE")}
        self.labels = {i for i, m in mentions.items() if speaker(m, text)} if is_transcript(text) else set()
        parties = sorted((m.start, i, m) for i, m in mentions.items() if m.label in PARTIES and i not in self.labels)
        self.starts = [start for start, _, _ in parties]
        entities = [known(m, kb) for _, _, m in parties]
        self.kb = kb
        self.keys: dict[Mention, str] = {}  # each mention's key, read once
        kinds |= self.genders(kinds, mentions, text)
        self.parties = [Candidate(m, i, kinds[i], plural(doc[i], m, entity), getattr(entity, "kind", None),
                                  name_heads(m, entity, lexicon.name_prepositions))
                        for (_, i, m), entity in zip(parties, entities)]
        self.written: dict[str, set[str]] = {}  # the head nouns of each party's names as the text writes them
        for _, _, m in parties:
            self.written.setdefault(self.key(m), set()).update(name_heads(m, None, lexicon.name_prepositions))
        self.at = {c.token: c for c in self.parties}
        self.by_start = {c.mention.start: c for c in self.parties}
        self.states = {i: mentions[i] for i, kind in kinds.items() if kind == "state"}
        self.places = {i: m for i, m in mentions.items() if m.label == "PLACE"}
        self.place_or_party = {i: "PLACE" for i in self.places} | {c.token: c.kind for c in self.parties}  # for "its mayor"
        self.named = frozenset(mentions)
        self.cache: dict[int, Resolved | None] = {}
        self.shortenings: dict[str, list[int]] = {}  # "Council" → where a shortened name uses the word
        for t in doc:
            if t.i not in self.named and self.titled(t):
                self.shortenings.setdefault(t.lower_, []).append(t.i)

    def genders(self, kinds: dict[int, str], mentions: dict[int, Mention], text: str) -> dict[int, str]:
        """"man" or "woman" for each person whom the document titles so once ("Mr. Erhürman", later "Erhürman")."""
        persons = {i: self.key(m) for i, m in mentions.items() if kinds.get(i) == "person"}
        said: dict[str, str] = {}
        for i, key in persons.items():
            title = TITLE_BEFORE.search(text, max(0, mentions[i].start - 12), mentions[i].start)
            gender = next((g for g, titles in self.lexicon.gendered_titles.items() if title and title.group(1) in titles), None)
            if gender:
                said.setdefault(key, gender)
        return {i: said[key] for i, key in persons.items() if key in said}

    def compatible(self, token: Token) -> frozenset[str] | None:
        """The antecedent kinds an anaphoric token accepts; None when the token is not an anaphor."""
        reading = self.reading(token)
        return reading.kinds if reading else EVENT_READERS if self.recalled_act(token) else None

    def recalled_act(self, token: Token) -> bool:
        """An attack told before and now judged, with no doer of its own: "Kabul condemned the strikes", "Qatar
        condemned the attack" (not "condemned Israel's strikes", "the Israeli strikes", "the strikes by X", whose
        doer is named, nor "the strikes" anywhere else, where the word may be a new event)."""
        if token.pos_ != "NOUN" or token.dep_ != "dobj" or token.head.lemma_.lower() not in self.lexicon.commenting:
            return False
        if not attacking(self.lexicon.noun_frames(token.lemma_.lower(), token.lower_)):
            return False
        children = list(token.children)
        return any(c.dep_ == "det" and c.lower_ in RECALLING for c in children) and not any(
            c.dep_ in ("poss", "compound", "nmod", "appos") or c.dep_ == "amod" and c.text[:1].isupper()
            or c.dep_ == "prep" and c.lower_ not in EVENT_TARGETS for c in children)

    def recalled_doers(self, token: Token) -> tuple[Mention, ...]:
        """The named doers of the nearest attack told before the judged one, in its paragraph or the sentence before:
        the subjects of a verb of attacking ("Pakistani jets struck Khost. Kabul condemned the strikes"), the agent
        of one in the passive, the owner of a noun of attacking ("Israel's raids on Damascus") or the subject of the
        verb that carries it out ("the Israeli air force carried out strikes")."""
        start, end = self.window_start(token), self.phrase_start(token)
        for event in reversed(self.doc[:end]):
            if event.idx < start:
                return ()
            doers = self.event_doers(event)
            if doers:
                return doers
        return ()

    def event_doers(self, event: Token) -> tuple[Mention, ...]:
        """The named doers a word of attacking states, or none (no such word, or no doer named)."""
        lemma = event.lemma_.lower()
        if event.pos_ == "VERB" and attacking(self.lexicon.verbs.get(lemma, ())):
            agents = [c for c in event.children if c.dep_ == "nsubj"] or [
                o for c in event.children if c.dep_ == "agent" for o in c.children if o.dep_ == "pobj"]
        elif event.pos_ == "NOUN" and attacking(self.lexicon.noun_frames(lemma, event.lower_)):
            agents = [c for c in event.children if c.dep_ == "poss"] + [
                o for c in event.children if c.dep_ == "prep" and c.lower_ == "by" for o in c.children
                if o.dep_ == "pobj"]
            if event.dep_ == "dobj" and event.head.lemma_.lower() in self.lexicon.performing:  # "carried out strikes"
                agents += [c for c in event.head.children if c.dep_ == "nsubj"]
        else:
            return ()
        agents += [c for a in agents for c in a.conjuncts]
        return tuple(self.at[a.i].mention for a in agents if a.i in self.at)

    def reading(self, token: Token) -> Reading | None:
        lower = token.lower_
        if token.pos_ == "PRON" and lower in self.lexicon.pronouns:
            if lower == "it" and _pleonastic(token):
                return None
            if lower == "it" and token.dep_ == "dobj" and token.head.lemma_.lower() in self.lexicon.joined_verbs:
                return Reading(frozenset({"GROUP"}), 1)  # "joined it": a body, never a state
            return Reading(self.lexicon.pronouns[lower], 1)
        titled = self.titled(token)
        if not (token.pos_ == "NOUN" or token.pos_ == "ADJ" and token.dep_ in NOMINAL_DEPS or titled):
            return None
        if self.owning_pronoun(token) is not None:
            return Reading(STATE_ONLY, 1)  # "his country": the state the pronoun stands for, if it stands for one
        children = list(token.children)
        determiners = self.determined(token)
        if not any(c.dep_ in ("det", "predet") and c.lower_ in self.lexicon.determiners for c in determiners):
            return None
        charge = self.lexicon.accusation.get(token.head.lemma_.lower(), ()) if token.dep_ == "dobj" else ()
        if any(c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of" and c.lower_ not in charge) for c in children):
            return None  # "the movement of X" names its party; "accused the movement of shielding militants": the
            # charge, which the parser may hang on the noun
        if any(c.dep_ == "prep" and c.lower_ == "in" and any(o.i in self.named for o in c.children) for c in children) \
                and "state" in self.lexicon.descriptions.get(token.lower_, ()):
            return None  # "the government in Chisinau", "the authorities in Tiraspol": named by their seat
        if phrase_appositions(token):
            return None  # "the group, X" names its party; not "the movement was backed by Y, …, a presence that …",
            # an apposition the parser hangs on it across the verb
        if any(c.dep_ in ("compound", "nmod") and c.i in self.named for c in children):
            return None  # "the al Qaeda franchise" names its party
        if any(c.dep_ == "compound" and c.pos_ == "PROPN" and any(g.dep_ == "compound" and g.pos_ == "PROPN"
                                                                  for g in c.children) for c in children):
            return None  # "the Georgian Dream party": a name of its own, untagged
        numbers = [self.lexicon.numbers.get(c.lower_) for c in children
                   if c.dep_ == "nummod" or c.lower_ in self.lexicon.numbers and c.dep_ in ("det", "predet")]
        if None in numbers:
            return None  # "the 24 companies": a count no list of names gives
        if titled and not numbers:
            return Reading(self.lexicon.descriptions.get(lower, frozenset({"GROUP"})), 1)
        if lower in self.lexicon.descriptions and not numbers:
            return Reading(self.lexicon.descriptions[lower], 1)  # the word as written: "the rebels" is one party
        lemma = token.lemma_.lower()
        if token.tag_ in PLURAL_TAGS and lemma in self.lexicon.descriptions:
            return Reading(self.lexicon.descriptions[lemma], numbers[0] if numbers else 0)
        return None

    def determined(self, token: Token) -> list[Token]:
        """The words that may determine a description: its own, or for a word standing only for a name of its kind
        before a role, the role's ("the fleet commander, Admiral X": the fleet; "the mission head")."""
        role = token.dep_ == "compound" and token.head.lemma_.lower() in self.lexicon.roles and token.i < token.head.i \
            and token.lower_ in self.lexicon.named_only
        return [*token.children, *(c for c in token.head.children if c.i < token.i)] if role else list(token.children)

    @staticmethod
    def national(token: Token) -> str | None:
        """The capitalised adjective of a description ("the Lebanese army", "the Malian junta"), which only a name
        holding it may stand for ("Lebanese Armed Forces"), never a body named nearer ("UNIFIL … supported the
        Lebanese army"); None without one."""
        return next((c.text for c in token.children if c.dep_ == "amod" and c.text[:1].isupper() and c.i > 0
                     and c.pos_ in ("ADJ", "PROPN")), None)

    def owning_pronoun(self, token: Token) -> Token | None:
        """The possessive pronoun of a description of a state ("his country", "her government"), or None."""
        if self.lexicon.descriptions.get(token.lower_) != STATE_ONLY or token.pos_ != "NOUN":
            return None
        return next((c for c in token.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)

    def titled(self, token: Token) -> bool:
        """A capitalised head noun standing alone after its determiner, as a text shortens a body's name: "The
        Council", "the Mission" (not "the Atlantic Council" or "the Council on Foreign Relations", untagged names of
        their own)."""
        return token.pos_ == "PROPN" and token.text[:1].isupper() and token.lower_ in self.lexicon.titled and all(
            c.dep_ in ("det", "predet", "punct") for c in token.lefts) and not any(
            c.dep_ == "prep" and any(o.pos_ == "PROPN" for o in c.children) for c in token.rights)

    def resolve(self, token: Token) -> Resolved | None:
        """The named mentions an anaphoric token stands for, or None."""
        if token.i not in self.cache:
            self.cache[token.i] = self._resolve(token)
        return self.cache[token.i]

    def _resolve(self, token: Token) -> Resolved | None:
        reading = self.reading(token)
        if reading is None:
            found = self.recalled_doers(token) if self.recalled_act(token) else ()
            return Resolved(found, self.phrase(token)) if found else None
        owner = self.owning_pronoun(token)
        if owner is not None:
            stood = self.resolve(owner)
            states = stood and all(m in self.states.values() for m in stood.mentions)
            return Resolved(stood.mentions, self.phrase(token)) if states else None
        if token.dep_ == "appos":  # a description in apposition describes the name before its comma, or none
            comma = self.phrase_start(token) - 1
            named = self.at.get(comma - 1)
            described = comma > 0 and self.doc[comma].text == "," and named and named.kind in reading.kinds
            return Resolved((named.mention,), self.phrase(token)) if described else None
        if token.dep_ == "poss" and token.pos_ == "PRON" and token.head.lemma_.lower() in self.lexicon.place_roles:
            found = self.role_place(token)
            return Resolved(found, self.phrase(token)) if found else None
        if token.lower_ in REFLEXIVE:
            found = self.clause_subject(token, reading)
            return Resolved(found, self.phrase(token)) if found else None
        first = bisect.bisect_left(self.starts, self.window_start(token))
        last = bisect.bisect_left(self.starts, self.doc[self.phrase_start(token)].idx)  # not inside the phrase
        excluded = (self.relative_head(token) | self.described_as(token) | self.clause_subjects(token)
                    | self.co_arguments(token))
        earlier = [c for c in reversed(self.parties[first:last]) if c.kind in reading.kinds and c.token not in excluded]
        if token.pos_ != "PRON" and token.lower_ in self.lexicon.named_only:
            earlier = [c for c in earlier if self.of_named_kind(token, c)]
        if token.lower_ == "its" and self.unnamed_body_nearer(token, earlier):
            return None  # "X controls the chamber, and its speaker": the chamber's, which has no name
        if token.pos_ == "PRON":
            listed = () if self.singular(token) else self.coordinated(token, earlier, reading)
            if listed is None:
                return None  # a nearer plural noun is what it stands for
            found = self.conjunct_owner(token, reading) or self.controller(token, reading) or \
                self.delegate_state(token) or self.own_subject(token, reading) or (
                    self.described_before(token, reading) if self.singular(token) else listed)
            if found:
                return Resolved(found, self.phrase(token))
        national = self.national(token)
        if national and reading.kinds != STATE_ONLY:
            named = [c for c in reversed(self.parties[:last]) if c.kind in reading.kinds and national in
                     c.mention.text.split()]
            return Resolved((named[0].mention,), self.phrase(token)) if named else None
        if self.titled(token):
            found = self.shortened(token, reading)
            if found is not None or token.lower_ not in self.lexicon.descriptions:
                return Resolved(found, self.phrase(token)) if found else None  # "the Commission" of no named one
        elif token.pos_ != "PRON" and reading.count == 1 and token.lower_ in self.lexicon.titled:
            headed = [c for c in earlier if token.lower_ in self.written[self.key(c.mention)]] or [
                c for c in reversed(self.parties[bisect.bisect_left(self.starts, self.section_start(token)):first])
                if c.kind in reading.kinds and token.lower_ in self.written[self.key(c.mention)]]
            if headed:  # "the leadership of the front": a Front the text named, in its reach or else its section
                return self.headed(token, headed)
        if reading.count == 1:
            pool = [c for c in earlier if not (self.singular(token) and c.plural)] or self.in_section(token, first)
            if reading.kinds == STATE_ONLY and token.pos_ != "PRON":
                found = self.state_of(national, last)
                if not found and not (national and looks_like_demonym(national, self.kb.place_names(("country",)))):
                    found = self.governing_state(pool, token)  # "the Sudanese government" is no other state's
            else:
                found = self.carried(token, reading, pool) or self.salient(pool, token)
                found = self.office_state(token, found) or found  # "his government": his state's, if named
        else:
            found = self.in_sentence(token, earlier, reading.count) or self.listed(earlier, reading) or (
                self.subjects(earlier, reading.count) if reading.count else ())
        return Resolved(found, self.phrase(token)) if found else None

    def role_place(self, anaphor: Token) -> tuple[Mention, ...]:
        """The owner of a place's role ("its mayor", "its governor"): among the names of the kinds the role accepts
        in the pronoun's sentence or the one before, other than its own clause's subject, a main-clause subject
        ("Gagauzia, with its capital at Comrat, voted against PAS. Its governor": Gagauzia), else the nearest
        ("killed dealers in Davao City while X was its mayor": Davao City, not the squad that killed); none without
        one."""
        accepted = self.lexicon.place_roles[anaphor.head.lemma_.lower()]
        start = self.doc[anaphor.sent.start - 1].sent.start if anaphor.sent.start > 0 else anaphor.sent.start
        excluded = self.co_arguments(anaphor)
        found = [i for i in range(anaphor.i - 1, start - 1, -1)
                 if self.place_or_party.get(i) in accepted and i not in excluded]
        main = [i for i in found if self.subject(i) and self.clause_of(i).dep_ in ("ROOT", "conj")]
        return tuple(self.places[i] if i in self.places else self.at[i].mention for i in (main or found)[:1])

    def conjunct_owner(self, anaphor: Token, reading: Reading) -> tuple[Mention, ...]:
        """A possessive in the second of two coordinated nouns stands for the first when that is a name of its kind:
        "sanctioned the Prince Group and its chairman, Chen Zhi", "TotalEnergies and its partners should fund"."""
        owned = anaphor.head
        if anaphor.dep_ != "poss" or owned.dep_ != "conj" or owned.head.i > anaphor.i:
            return ()
        named = self.at.get(owned.head.i)
        return (named.mention,) if named is not None and named.kind in reading.kinds else ()

    def controller(self, anaphor: Token, reading: Reading) -> tuple[Mention, ...]:
        """A possessive in a clause without a subject of its own whose doer is the object of the verb it completes
        stands for that object: "urged Russia to withdraw its troops", "prevented Ukraine from receiving warships from
        its partners" (not the subject that urged or prevented)."""
        verb = next((t for t in anaphor.ancestors if t.pos_ in ("VERB", "AUX")), None)
        if anaphor.dep_ != "poss" or verb is None or any(c.dep_ in SUBJECTS for c in verb.children):
            return ()
        governing = verb.head if verb.dep_ == "xcomp" else verb.head.head if (
            verb.dep_ == "pcomp" and verb.head.dep_ == "prep" and verb.head.lower_ == "from") else None
        done = next((c for c in governing.children if c.dep_ == "dobj"), None) if governing is not None else None
        named = self.at.get(done.i) if done is not None and done.i < anaphor.i else None
        return (named.mention,) if named is not None and named.kind in reading.kinds else ()

    def clause_subject(self, reflexive: Token, reading: Reading) -> tuple[Mention, ...]:
        """A reflexive stands for the subject of its own clause, or for none: the name, what an anaphor subject
        stands for, or the noun a relative pronoun's clause modifies ("the TPNPB, which presents itself as the armed
        wing of the OPM": the TPNPB)."""
        verb = next((t for t in reflexive.ancestors if t.pos_ in ("VERB", "AUX")), None)
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None) if verb is not None else None
        if subject is not None and subject.tag_ in ("WDT", "WP") and verb.dep_ == "relcl":
            subject = verb.head
        if subject is None or subject.i == reflexive.i:
            return ()
        named = self.at.get(subject.i)
        if named is not None:
            return (named.mention,) if named.kind in reading.kinds else ()
        resolved = self.resolve(subject) if subject.i not in self.named else None
        candidate = self.by_start.get(resolved.mention.start) if resolved and len(resolved.mentions) == 1 else None
        return resolved.mentions if candidate is not None and candidate.kind in reading.kinds else ()

    def co_arguments(self, anaphor: Token) -> set[int]:
        """The names a pronoun cannot stand for as another argument of its own clause: a person's object pronoun is
        not its clause's subject nor a name inside the subject's phrase ("His father, X, was a commander before
        him": not X; "The group, whose secretary-general is X, released her": not X); a singular possessive is not
        one of coordinated subjects ("X and Y fought for control of its wings"), and a possessive in what a copula
        says of its subject is not that subject ("X and Y are its allies"). A description is not the subject of its
        own clause either, unless a copula says it of the subject ("X hosted talks between the government and Y": not
        X; "X is the group that …")."""
        verb = next((t for t in anaphor.ancestors if t.pos_ in ("VERB", "AUX")), None)
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None) if verb is not None else None
        if subject is None or subject.i > anaphor.i:
            return set()
        predicate = next((t for t in [anaphor, *anaphor.ancestors] if t.head == verb), anaphor)  # the anaphor's
        # phrase as the verb's dependent
        coordinated = {subject.i, *(t.i for t in subject.conjuncts)}
        named = coordinated | {c.i for c in subject.children if c.dep_ == "appos"}
        if anaphor.pos_ != "PRON":
            said = anaphor in subject.subtree or predicate.dep_ in ("attr", "appos") or verb.lemma_ == "be"
            return set() if said else named
        if anaphor.dep_ != "poss":
            person = "person" in self.lexicon.pronouns.get(anaphor.lower_, ())
            return {t.i for t in subject.subtree} if person else set()
        if anaphor in subject.subtree:
            return set()  # "the FARDC and its allies withdrew": its own conjunct
        if len(coordinated) > 1 and self.singular(anaphor):
            return coordinated
        said = predicate.dep_ == "attr" and verb.lemma_ == "be"
        return named if said else set()

    def in_sentence(self, anaphor: Token, earlier: list[Candidate], count: int) -> tuple[Mention, ...]:
        """A numbered description stands for as many names of its own sentence before it, when it names exactly so
        many besides its own clause's subject: "Washington sanctioned A in February and B in June, and the State
        Department designated both gangs" (A and B, whatever the parser coordinates)."""
        if not count:
            return ()
        own = self.distinct([c for c in earlier if c.token >= anaphor.sent.start])
        verb = next((t for t in anaphor.ancestors if t.pos_ in ("VERB", "AUX")), None)
        own = [c for c in own if not (verb is not None and self.doc[c.token].head == verb
                                      and self.doc[c.token].dep_ in SUBJECTS)]
        return tuple(c.mention for c in sorted(own, key=lambda c: c.token)) if len(own) == count else ()

    def delegate_state(self, anaphor: Token) -> tuple[Mention, ...]:
        """"his country", "her government" said by a state's unnamed delegate: the state the speaker's title names
        ("The representative of Pakistan said his country supported …", "Kenya's envoy said her government …")."""
        if anaphor.dep_ != "poss" or self.lexicon.descriptions.get(anaphor.head.lower_) != STATE_ONLY:
            return ()
        verb = next((t for t in anaphor.ancestors if t.pos_ in ("VERB", "AUX")), None)
        while verb is not None:
            for subject in (c for c in verb.children if c.dep_ in SUBJECTS and c.i not in self.named):
                owners = [c for c in subject.children if c.dep_ == "poss"] + [
                    o for p in subject.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children]
                state = next((self.states[o.i] for o in owners if o.i in self.states), None)
                if state is not None:
                    return (state,)
            verb = verb.head if verb.dep_ in ("ccomp", "conj", "advcl", "xcomp") and verb.head is not verb else None
        return ()

    def own_subject(self, anaphor: Token, reading: Reading) -> tuple[Mention, ...]:
        """A possessive pronoun in the clause of a subject that is itself a resolved anaphor stands for what that
        subject stands for: "The Council will revert to the matter at its meeting" (its: the Council's)."""
        if anaphor.dep_ != "poss":
            return ()
        verb = next((t for t in anaphor.ancestors if t.pos_ in ("VERB", "AUX")), None)
        subject = next((c for c in verb.children if c.dep_ in SUBJECTS and c.i not in self.named and c.i < anaphor.i
                        and c.pos_ != "PRON"), None) if verb is not None else None
        resolved = self.resolve(subject) if subject is not None else None
        if resolved is None or len(resolved.mentions) != 1 or (subject.tag_ in PLURAL_TAGS) == self.singular(anaphor):
            return ()
        if any(i in self.at and self.at[i].kind in reading.kinds for i in range(subject.i + 1, anaphor.i)):
            return ()  # "his country supported a strong UNIFIL until the last day of its mandate": UNIFIL's
        named = self.by_start.get(resolved.mention.start)
        return resolved.mentions if named is not None and named.kind in reading.kinds else ()

    def described_before(self, anaphor: Token, reading: Reading) -> tuple[Mention, ...]:
        """A singular pronoun after a resolved description of its sentence, with no name of its kind between them,
        stands for what the description stands for: "the leadership of the front passed to X, its long-time military
        chief" (its: the front's, not a front named as the subject of an earlier sentence)."""
        for t in reversed(self.doc[anaphor.sent.start:anaphor.i]):
            if t.i in self.at and self.at[t.i].kind in reading.kinds:
                return ()
            if t.pos_ != "PRON" and t.i not in self.named and self.reading(t) is not None:
                if not self.in_subject(t):
                    return ()  # "UNIFIL had supported the Lebanese army …, and its peacekeepers": UNIFIL's
                found = self.resolve(t)
                named = self.by_start.get(found.mention.start) if found and len(found.mentions) == 1 else None
                return found.mentions if named is not None and named.kind in reading.kinds else ()
        return ()

    @staticmethod
    def in_subject(token: Token) -> bool:
        """Whether a noun is a subject or inside one's phrase ("the leadership of the front passed to …")."""
        while token.dep_ in ("pobj", "prep", "compound", "poss", "appos", "conj") and token.head is not token:
            token = token.head
        return token.dep_ in SUBJECTS

    def coordinated(self, anaphor: Token, earlier: list[Candidate], reading: Reading) -> tuple[Mention, ...] | None:
        """A plural pronoun stands for the names coordinated in its sentence or the one before, unless a name in the
        plural or a plural noun is nearer: "Lockheed Martin and Raytheon …. The Ministry of Commerce added two of their
        units" (their: both companies, not the ministry), states too ("Urges the CAR and Chad to convene the
        commission on their common border"); not "… the founder of A and B. … sentences handed down to opposition
        leaders, among them X" (them: the leaders); None when such a noun comes after the names, so that the pronoun
        stands for no single name either."""
        sentence = anaphor.sent
        start = self.doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
        accepted = set(earlier)
        span = self.parties[bisect.bisect_left(self.starts, self.doc[start].idx):bisect.bisect_left(self.starts, anaphor.idx)]
        own = self.clause_subjects(anaphor)  # "Mexico, Brazil and Chile joined them": not the subjects themselves
        near = [c for c in reversed(span) if start <= c.token < anaphor.i and (c in accepted or c.kind == "state")
                and c.token not in own]
        found = self.listed(near, Reading(reading.kinds | STATE_ONLY, 0))  # "the CAR and Chad … their border"
        members = [self.doc[self.by_start[m.start].token] for m in found]
        if any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for t in members for c in t.children):
            return ()  # "an attack by LeT or JeM, they said": alternatives, not a list
        last = max((self.by_start[m.start].token for m in found), default=0)
        nouns = [t for t in self.doc[last + 1:anaphor.i] if t.tag_ == "NNS" and t.pos_ == "NOUN"]
        if found and nouns:
            return None  # "signed …, establishing Y, which began operations; their ministers": no party
        return () if any(c.plural and c.token > last for c in near) else found

    def unnamed_body_nearer(self, anaphor: Token, earlier: list[Candidate]) -> bool:
        """Whether an unnamed body ("the chamber", "the council") stands in the anaphor's sentence between it and the
        nearest name it could stand for."""
        nearest = earlier[0].token if earlier else -1
        return any(t.pos_ == "NOUN" and t.tag_ == "NN" and t.lemma_.lower() in self.lexicon.organ_nouns
                   and t.i not in self.named and self.resolve(t) is None  # "the council" that stands for a name
                   for t in self.doc[max(nearest + 1, anaphor.sent.start):anaphor.i])

    def shortened(self, token: Token, reading: Reading) -> tuple[Mention, ...] | None:
        """What a body's shortened name ("The Council") stands for, among the names of the document before it whose
        head noun it is: a main-clause subject of its reach, else the nearest name of its reach, else what the same
        word stood for before, else the one such name, or the first such main-clause subject, of the document (the
        body the statement is about: the Security Council, not a Council of Ministers it reports on). None when the
        document names no such body (the word is then read as a description), () when none is preferred."""
        last = bisect.bisect_left(self.starts, self.doc[self.phrase_start(token)].idx)
        named = [c for c in reversed(self.parties[:last]) if c.kind in reading.kinds and token.lower_ in c.heads]
        if not named:
            return None
        start = self.window_start(token)
        reach = [c for c in named if c.mention.start >= start]
        found = self.main_subject(reach) or (reach[:1] if reach else [])
        if found:
            return self.unrivalled(found[0], reach)
        before = [j for j in self.shortenings.get(token.lower_, ()) if j < token.i]
        for j in before:  # in reading order, so that each stands for what the one before it stood for
            self.resolve(self.doc[j])
        chained = next((self.cache[j] for j in reversed(before) if self.cache.get(j)), None)
        if chained is not None:
            return chained.mentions
        named = named if len(self.distinct(named)) == 1 else self.main_subject(named)[-1:]
        return (named[0].mention,) if named else ()

    def headed(self, token: Token, headed: list[Candidate]) -> Resolved | None:
        """A lower-case description among the names of its reach with its head noun: a subject of the paragraph's
        first sentence (what the paragraph is about: "The MILF was founded by … who broke away from the MNLF …. The
        MNLF went on to sign …. After Salamat died, the leadership of the front passed to …"), else the nearest
        main-clause subject, else the nearest, unless rivalled in its sentence."""
        paragraph = self.text.rfind("\n", 0, token.idx) + 1
        opening = [c for c in headed if self.subject(c.token) and self.doc[c.token].sent.start_char == paragraph]
        found = (opening or self.main_subject(headed) or headed)[0]
        chosen = self.unrivalled(found, headed)
        return Resolved(chosen, self.phrase(token)) if chosen else None

    def main_subject(self, candidates: list[Candidate]) -> list[Candidate]:
        """The candidates that are (or are in apposition or coordinated to) the subject of a main clause."""
        return [c for c in candidates if self.subject(c.token) and self.clause_of(c.token).dep_ in ("ROOT", "conj")]

    def clause_of(self, i: int) -> Token:
        """The verb a name (or the first of its appositions and conjuncts) depends on: "fought" for "Ansar Dine" in
        "the MNLA and Ansar Dine fought", telling a main clause's subject from a subordinate one's."""
        return self._climbed(i).head

    def _climbed(self, i: int) -> Token:
        """The name at token i, or the first of the appositions and conjuncts it stands in ("Ansar Dine" in "the MNLA
        and Ansar Dine"): the word that carries their role in the sentence."""
        token = self.doc[i]
        while token.dep_ in ("appos", "conj") and token.head is not token:
            token = token.head
        return token

    def unrivalled(self, found: Candidate, candidates: list[Candidate]) -> tuple[Mention, ...]:
        """The found name, or none when another body of the same sentence is as salient ("The MILF and the MNLF
        met; the front ..."): both subjects of main clauses, or neither a subject."""
        sentence = self.doc[found.token].sent
        salient = self.subject(found.token)
        rivals = [c for c in candidates if sentence.start <= c.token < sentence.end
                  and self.key(c.mention) != self.key(found.mention) and self.subject(c.token) == salient]
        return () if rivals else (found.mention,)

    def key(self, mention: Mention) -> str:
        """What tells one party from another: its entity, known by id or name, else its text ("EUMA" and "European
        Union Mission in Armenia" are one); read once per mention."""
        found = self.keys.get(mention)
        if found is None:
            entity = known(mention, self.kb)
            found = self.keys[mention] = entity.id if entity is not None else mention.entity_id or mention.text
        return found

    def of_named_kind(self, token: Token, candidate: Candidate) -> bool:
        """Whether a name is of the kind of body a description's word names: by the knowledge base ("the cartel":
        an armed group) or by its own name ("the mission": the European Union Mission in Armenia)."""
        kinds = self.lexicon.named_kinds.get(token.lower_, frozenset())
        return candidate.named_kind in kinds or token.lower_ in candidate.mention.text.lower().split()

    def in_section(self, token: Token, first: int) -> list[Candidate]:
        """For a description naming a kind of body, with no name in its own reach: the nearest singular name of that
        kind since the heading before it ("The M23 … .\n\nAfter a decade in camps, the group …"); for a word standing
        only for such a name ("the mission"), else the one body of that kind the document names before it (the
        observation mission whose statement it is), none when it names two."""
        if token.pos_ == "PRON" or token.lower_ not in self.lexicon.named_kinds or not self.singular(token):
            return []
        start = bisect.bisect_left(self.starts, self.section_start(token))
        found = next((c for c in reversed(self.parties[start:first]) if self.of_named_kind(token, c) and not c.plural),
                     None)
        if found is None and token.lower_ in self.lexicon.named_only:
            named = self.distinct([c for c in reversed(self.parties[:first]) if self.of_named_kind(token, c)
                                   and not c.plural])
            found = named[0] if len(named) == 1 else None
        return [found] if found else []

    def section_start(self, token: Token) -> int:
        """Where the section of a token begins: after the heading line before it, or at the document's start."""
        sentence = token.sent
        while sentence.start > 0:
            before = self.doc[sentence.start - 1].sent
            if self.heading(before):
                return before.end_char
            sentence = before
        return 0

    def singular(self, token: Token) -> bool:
        return token.lower_ in self.lexicon.singular or (token.pos_ == "NOUN" and token.tag_ not in PLURAL_TAGS)

    def window_start(self, token: Token) -> int:
        """Where antecedents may be: the paragraph, and the sentence before it when the anaphor's sentence opens it,
        read across headings ("… a Saudi–Houthi peace track.\nFrom Saada to the sea lanes\nThe movement …") and a
        paragraph's number ("… conclusions.\n2. The Council …")."""
        paragraph = self.text.rfind("\n", 0, token.idx) + 1
        if token.sent.start == 0:
            return paragraph
        before = self.doc[token.sent.start - 1].sent
        while before.start > 0 and (self.heading(before) or not any(t.is_alpha and len(t) > 1 for t in before)):
            before = self.doc[before.start - 1].sent  # a heading, or a paragraph's number ("1.", "(b)")
        return min(paragraph, before.start_char)

    def heading(self, sentence) -> bool:
        """A line of its own, short and without closing punctuation: a heading, which names no antecedent."""
        text = sentence.text.rstrip()
        end = sentence.start_char + len(text)
        alone = self.text[sentence.start_char - 1:sentence.start_char] in ("", "\n") and \
            self.text[end:end + 1] in ("", "\n")
        return alone and len(text.split()) <= HEADING_WORDS and not text.endswith(CLOSING)

    def relative_head(self, token: Token) -> set[int]:
        """The noun a relative clause modifies, and the names it is in apposition to, when the anaphor is that
        clause's subject or object: "Pakistan, where it attacked a rally", "the TPLF, a movement it fought" (it is
        neither Pakistan nor the TPLF). A possessive may stand for it ("the ELN, which kept its units")."""
        if token.dep_ not in (*SUBJECTS, "dobj") or token.head.dep_ != "relcl":
            return set()
        noun = token.head.head
        heads = {noun.i}
        while noun.dep_ == "appos" and noun.head is not noun:
            noun = noun.head
            heads.add(noun.i)
        return heads

    @staticmethod
    def clause_subjects(token: Token) -> set[int]:
        """The subjects, with their conjuncts, of the verb whose object the anaphor is: an object never stands for a
        subject of its own clause ("JNIM and ISGS attacked the army": the army is neither; "X split from the group":
        not X), unless reflexive; a possessive may ("X attacked its rivals")."""
        verb = token.head if token.dep_ in ("dobj", "dative") else (
            token.head.head if token.dep_ == "pobj" and token.head.dep_ == "prep" else None)
        if verb is None or verb.pos_ not in ("VERB", "AUX") or token.lower_ in REFLEXIVE:
            return set()
        subjects = [s for s in verb.children if s.dep_ in SUBJECTS]
        subjects += [a for s in subjects for a in s.children if a.dep_ == "appos"]  # "Mexico, Brazil and Chile": a list
        # the parser may hang on its first name as an apposition
        return {t.i for s in subjects for t in (s, *s.conjuncts)}

    @staticmethod
    def described_as(token: Token) -> set[int]:
        """The names an "as" phrase describes, which its possessive never stands for: "launched the AFC, with the M23
        as its main component" (its: the AFC, not the M23), "regard X as its commander"."""
        if token.dep_ != "poss" or token.head.dep_ != "pobj" or token.head.head.lower_ != "as":
            return set()
        owner = token.head.head.head
        accompanying = {o.i for c in owner.children if c.dep_ == "prep" and c.lower_ == "with" for o in c.children
                        if o.dep_ == "pobj"}
        described = accompanying or {c.i for c in owner.children if c.dep_ == "dobj"}
        return described | ({owner.i} if owner.pos_ in ("NOUN", "PROPN") else set())

    def office_state(self, anaphor: Token, found: tuple[Mention, ...]) -> tuple[Mention, ...]:
        """"his government", "her country": the state whose office the person holds when the text ties them in one
        phrase ("President X of Y", "Y's president, X"); without such a state, the person ("He said that his
        government would not negotiate" is the person's)."""
        if anaphor.dep_ != "poss" or not found or self.lexicon.descriptions.get(anaphor.head.lower_) != STATE_ONLY:
            return ()
        person = self.by_start.get(found[0].start)
        if person is None or person.kind not in PERSONS:
            return ()
        name = self.doc[person.token]
        holders = [name, name.head] if name.dep_ == "appos" else [name]
        tied = [c for t in holders for c in t.children if c.dep_ == "poss"] + [
            o for t in holders for p in t.children if p.dep_ == "prep" and p.lower_ == "of" for o in p.children
            if o.dep_ == "pobj"]
        state = next((self.states[t.i] for t in tied if t.i in self.states), None)
        return (state,) if state else ()

    def carried(self, anaphor: Token, reading: Reading, earlier: list[Candidate]) -> tuple[Mention, ...]:
        """A pronoun carries on the subject of the sentence before when that subject is itself a resolved anaphor,
        as a named subject would be carried on: "The movement grew out of …. It was led by X" (it: what the
        movement stands for); "It claimed the bombings in Kerman, in Iran …. The Taliban have reduced its capacity"
        (its: what "It" stands for, not Iran). A name in the pronoun's own sentence, or a named subject in the
        sentence before, comes first; the two agree in number ("they form …. The US will not be part of it"). A
        description that is a subject carries it on as well: "It was founded by fighters of the CNDP …. The movement
        briefly held Goma" (the movement: what "It" stands for, not the CNDP named in passing), when that name is
        within its own reach."""
        if anaphor.dep_ not in (*SUBJECTS, "poss") or anaphor.pos_ != "PRON" and anaphor.dep_ == "poss" or \
                anaphor.sent.start == 0:
            return ()
        before = self.doc[anaphor.sent.start - 1].sent
        if earlier and (earlier[0].token >= anaphor.sent.start or
                        any(c.token >= before.start and self.subject(c.token) for c in earlier)):
            return ()
        clauses = [before.root, *(c for c in before.root.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX"))]
        subject = next((t for clause in reversed(clauses) for t in clause.children if t.dep_ in SUBJECTS
                        and t.i not in self.named and self.singular(t) == self.singular(anaphor)), None)
        resolved = self.resolve(subject) if subject is not None and subject.i < anaphor.i else None
        named = self.by_start.get(resolved.mention.start) if resolved and len(resolved.mentions) == 1 else None
        if named is None or named.kind not in reading.kinds:
            return ()
        if anaphor.pos_ != "PRON" and named.mention.start < self.window_start(anaphor):
            return ()  # a description reaches no further than its own window, across one paragraph break at most
        return resolved.mentions

    def salient(self, earlier: list[Candidate], anaphor: Token) -> tuple[Mention, ...]:
        """A name that is an argument of the clause an anaphor's subordinate clause depends on ("regard X as its
        commander until he was killed": X), else the subject of the nearest sentence naming a candidate, else the
        nearest candidate: "X, created after a split within Y, emerged …. It is led by Z" (X leads, not Y). The
        possessor of a role looks further back for a subject, since the body whose commander someone is is what the
        paragraph is about: "The Islamic State claimed …. A was designated by the United States as the group's
        leader, but analysts regard B as its commander" (its: the Islamic State, not a state named in passing);
        "troops from France left, and its bases closed" keeps the nearest name, as does an object pronoun of its
        own sentence's names. A name the text gives in relation to
        another ("His father, Silas Kogoya, was a commander …. his fighters seized X") is not what it is about."""
        if not earlier:
            return ()
        governing = self.governing_arguments(earlier, anaphor)
        if governing:
            return (governing[0].mention,)
        sentence = self.doc[earlier[0].token].sent
        if sentence == anaphor.sent and anaphor.pos_ == "PRON" and anaphor.dep_ not in (*SUBJECTS, "poss"):
            return (earlier[0].mention,)  # "X will hold talks with Y, and A and B will meet with him": Y
        role = anaphor.dep_ == "poss" and anaphor.head.lemma_.lower() in self.lexicon.roles
        reach = earlier if role else itertools.takewhile(lambda c: c.token >= sentence.start, earlier)
        found = next((c for c in reach if self.subject(c.token) and not (role and self.owned(c.token))
                      and not self.relative_subject(c.token, anaphor)), None)
        if found is None and role and sentence != anaphor.sent and self.unnamed_subject(sentence, ("PROPN",)):
            return ()  # "The Field Coordination Cell (…), a network created by the UC, was described by X …. Its
            # leader": the body the untagged name of the subject before is, not a name in passing
        passing = self.doc[earlier[0].token].head.dep_ != "agent"  # "claimed by X": X is the logical subject
        if found is None and not role and passing and anaphor.pos_ == "PRON" and anaphor.head == anaphor.sent.root \
                and anaphor.dep_ in SUBJECTS and self.unnamed_subject(sentence):
            return ()  # "The region is not recognised by any state, including Russia. It has been led by X": the
            # subject before is the region, not the state named in passing
        return ((found or earlier[0]).mention,)

    def relative_subject(self, i: int, anaphor: Token) -> bool:
        """Whether a name is the subject of a relative clause that describes another name and does not hold the
        anaphor: "The Melanesian Spearhead Group, of which the FLNKS has been a member, expressed its support" (its:
        the group the clause describes); not "since 1979, when Washington … ended its treaty"."""
        clause = self.clause_of(i)
        return clause.dep_ == "relcl" and clause.head.i in self.at and anaphor not in clause.subtree

    def owned(self, i: int) -> bool:
        """Whether a name is in apposition to a noun a pronoun owns: "His father, Silas Kogoya", "her deputy, X"."""
        token = self.doc[i]
        return token.dep_ == "appos" and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in token.head.children)

    def unnamed_subject(self, sentence, nouns: tuple[str, ...] = ("NOUN", "PROPN")) -> bool:
        """Whether the main clause of a sentence has a noun subject (of the parts of speech given) that names no
        party and stands for none."""
        return any(c.dep_ in SUBJECTS and c.pos_ in nouns and c.i not in self.at and c.i not in self.labels
                   and self.reading(c) is None for c in sentence.root.children)

    def governing_arguments(self, earlier: list[Candidate], anaphor: Token) -> list[Candidate]:
        """For an anaphor inside an adverbial clause, the candidates that are the subject or else the object of the
        clause it depends on, subject first: "regard X as its commander until he was killed" (he: X, not the subject
        of the sentence's first clause); for the subject of a reported clause, the speaker alone: "X later said in a
        letter released by his lawyer that he had been kidnapped by Y" (he: X, never a name inside the report)."""
        clause = next((t for t in [anaphor, *anaphor.ancestors] if t.dep_ in ("advcl", "ccomp")), None)
        if clause is None or clause.head == clause:
            return []
        verb = clause.head
        if clause.dep_ == "ccomp":  # its own subject, also of a report coordinated with it ("that …, and that he …")
            reported = anaphor.head == clause or anaphor.head.dep_ == "conj" and clause in anaphor.head.ancestors
            if anaphor.dep_ not in SUBJECTS or not reported:
                return []
            return [c for c in earlier if self.argument_of(c.token, verb) and self.subject(c.token)]
        arguments = [c for c in earlier if self.argument_of(c.token, verb)]
        return sorted(arguments, key=lambda c: self.doc[c.token].dep_ not in SUBJECTS)

    def argument_of(self, i: int, verb: Token) -> bool:
        """A name that is (or is in apposition to) a subject or direct object of the verb."""
        token = self.doc[i]
        while token.dep_ == "appos" and token.head is not token:
            token = token.head
        return token.head == verb and token.dep_ in (*SUBJECTS, "dobj")

    def state_of(self, adjective: str | None, last: int) -> tuple[Mention, ...]:
        """The state a description's adjective is the demonym of, named before it in the document: "the Israeli
        government" (Israel, however far back; not a party named nearer); a country's demonym naming no state of the
        text stands for none."""
        if adjective is None:
            return ()
        found = next((c for c in reversed(self.parties[:last]) if c.kind == "state"
                      and is_demonym_of(adjective, normalise_name(c.mention.text))), None)
        return (found.mention,) if found else ()

    def governing_state(self, earlier: list[Candidate], anaphor: Token) -> tuple[Mention, ...]:
        """The state "the government" or "the authorities" speaks of: the nearest state named as a subject, never
        one named in passing ("talks in Tanzania, facilitated by Kenya and Norway, ended …. The government signed"
        is no government of Norway); none when no state is a subject."""
        found = next((c for c in earlier if self.subject(c.token)), None)
        return (found.mention,) if found else ()

    def subject(self, i: int) -> bool:
        """A name that is a subject, or in apposition or coordinated to one ("The Jamaat … (MUJWA) emerged")."""
        return self._climbed(i).dep_ in SUBJECTS

    def listed(self, earlier: list[Candidate], reading: Reading) -> tuple[Mention, ...]:
        """The nearest coordinated names of the accepted kinds ("the MNLA and Ansar Dine", "UNICEF, FAO and WFP"),
        as many as the description's number."""
        for candidate in earlier:
            members = self.distinct([self.at[t.i] for t in (self.doc[candidate.token], *self.doc[candidate.token].conjuncts)
                                     if t.i in self.at and self.at[t.i].kind in reading.kinds])
            if len(members) >= 2 and reading.count in (0, len(members)) and all(m in earlier for m in members):
                return tuple(m.mention for m in sorted(members, key=lambda m: m.token))
        return ()

    def subjects(self, earlier: list[Candidate], count: int) -> tuple[Mention, ...]:
        """That many parties named as the subjects of the clauses before ("The Segunda Marquetalia was founded …. The
        EMC grew …. Both groups …")."""
        found = self.distinct([c for c in earlier if self.subject(c.token)])[:count]
        return tuple(c.mention for c in sorted(found, key=lambda c: c.token)) if len(found) == count else ()

    def distinct(self, candidates: list[Candidate]) -> list[Candidate]:
        """One candidate per entity, in the order given."""
        seen, kept = set(), []
        for c in candidates:
            if self.key(c.mention) not in seen:
                seen.add(self.key(c.mention))
                kept.append(c)
        return kept

    def phrase(self, token: Token) -> str:
        """The anaphor as written: the pronoun, or the description from its determiner ("the Tuareg movement")."""
        return self.doc[self.phrase_start(token):token.i + 1].text

    def phrase_start(self, token: Token) -> int:
        return token.i if token.pos_ == "PRON" else min([token.i, *(c.i for c in token.lefts)])


def attacking(frames) -> bool:
    """Whether a word's frames make it a word of attacking."""
    return any(f.kind == "attacks" for f in frames)


def plural(token: Token, mention: Mention, entity: Entity | None) -> bool:
    """A plural name: tagged so, unless an acronym whose last letter the tagger reads as a plural ending ("FLNKS"), or
    a people named in the plural ("Tuaregs"); `entity` is its knowledge-base entry."""
    return token.tag_ in PLURAL_TAGS and not mention.text.isupper() or (
        entity is not None and entity.kind == "ethnic-group" and mention.text.endswith("s"))


def name_heads(mention: Mention, entity: Entity | None, prepositions: frozenset[str]) -> frozenset[str]:
    """The head nouns of a name as written and of its knowledge-base names: the last word before the first
    preposition ("Council of the European Union", "EU Monitoring Mission in Georgia"), else the last word
    ("Moro Islamic Liberation Front")."""
    names = (mention.text, *(entity.surface_forms() if entity is not None else ()))
    return frozenset(head for head in (name_head(name, prepositions) for name in names) if head)


def speaker(mention: Mention, text: str) -> bool:
    """The label of a speaker's turn in a transcript, a name opening its line before a colon ("Kaisiepo-Lindqvist:
    Slowly, …", "APPR: Why Nduga?"): who speaks, never what a pronoun of the turn stands for."""
    opens = mention.start == 0 or text[mention.start - 1] == "\n"
    return opens and text[mention.end:mention.end + 3].lstrip(" ").startswith(":")


def _pleonastic(token: Token) -> bool:
    """'It is out of the question for X to …', 'it seems that …': an 'it' whose clause holds a postponed subject;
    not an adverbial clause its subordinator opens ("It was led by X until he was killed")."""
    head = token.head
    return token.dep_ in ("nsubj", "nsubjpass") and any(
        c.dep_ in ("ccomp", "xcomp", "advcl", "csubj") and c.i > token.i and not (
            c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ not in EXTRAPOSED for m in c.children))
        for c in head.children)
