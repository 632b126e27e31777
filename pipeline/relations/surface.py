"""Relations read off the word sequence, without a parse: appositions and nominal patterns that need none, so that
rules-only runs state them too.

- "X, the leader of Y", "X, a breakaway faction of Y", "X, a front in Z" (role noun between two names);
- "Y leader X", "Y's spokesman X", "President of Y X" (role noun before the holder's name);
- "the Y-led X", "the Z-based X" (a name, a hyphen and a participle from the lexicon);
- "Tinzawatin (Mali)", "in Toribío, Cauca", "in San Vicente, in the department of Santander" (place glosses);
- "Nigeria's Boko Haram" (a group said of a place);
- "As the lead agency for Y, X coordinates …" (a role said of the subject by a phrase opening the sentence);
- "Department of Politics, University of Warwick, Coventry, UK" (an address or affiliation line);
- "Brighton, UK: Institute of Development Studies." (a publisher's imprint in a reference).

Each mention is one token of the merged Doc; `label(token)` gives a mention's label, None elsewhere."""

from __future__ import annotations

from typing import Callable

from spacy.tokens import Span, Token

from pipeline.relations.grammar import PARTIES, PAST, Found
from pipeline.relations.lexicon import Lexicon

DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their"})
ROLE_PREPS = frozenset({"of", "for", "in", "at", "within"})
PLACING = frozenset({"in", "at", "within"})
POSSESSIVE = frozenset({"'s", "’s", "'", "’"})
DASHES = frozenset({"-", "–", "—"})
PERSON_POSSESSIVE = "person-possessive"  # a row that holds only if its possessor is a person
TITLE_OF = "title-of-before-name"  # "President of Viet Nam To Lam": a row that holds only if its holder is a person
MAX_MODIFIERS = 3  # words between the determiner and the role noun ("the former armed wing of")
# a verb after the comma opens the clause ("X, the commander of Y, was elected president of Z": Y is no holder)
AUXILIARIES = frozenset({"is", "was", "are", "were", "be", "been", "being", "has", "have", "had", "will", "would", "can",
                         "could", "may", "might", "shall", "should", "must", "did", "does", "do"})
MAX_THANKER_DISTANCE = 6  # words from the thanking agency to its thanks ("UNHCR would like to thank")
MAX_BEFORE_NAME = 4  # words between a hyphenated participle and the name it describes ("the Y-led joint staff (X)")
FUNCTION_WORDS = frozenset({"with", "of", "in", "for", "and", "or", "to", "on", "at", "by", "from", "that", "which",
                            "who", "as", "is", "are", "was", "were", "has", "have", "had"})
GLOSS_NOUNS = frozenset({"department", "province", "region", "state", "district", "county", "governorate",
                         "municipality", "prefecture", "territory", "commune", "oblast", "canton", "wilaya"})


class Surface:
    def __init__(self, lexicon: Lexicon, label: Callable[[Token], str | None],
                 rank: Callable[[Token], int | None] = lambda token: None,
                 described: Callable[[Token], str | None] = lambda token: None):
        self.lex = lexicon
        self.label = label
        self.rank = rank  # how large a known place is (city < country < continent), None when unknown
        self.described = described  # the label of the party a description stands for ("the Madrid-based company")

    def role_kind(self, token: Token) -> str | None:
        lower = token.lower_
        return self.lex.roles.get(lower) or (self.lex.roles.get(lower[:-1]) if lower.endswith("s") else None)

    def sentence(self, sentence: Span) -> list[Found]:
        found = []
        for token in sentence:
            if self.label(token):
                found += self.apposition(token, sentence) + self.role_before(token, sentence)
                found += self.title_of_before(token, sentence)
                found += self.hyphenated(token, sentence) + self.gloss(token, sentence)
                found += self.place_possessive(token, sentence) + self.paired(token, sentence)
        return found + self.address(sentence) + self.fronted_role(sentence) + self.imprint(sentence) \
            + self.donors_thanked(sentence)

    def donors_thanked(self, sentence: Span) -> list[Found]:
        """"UNHCR is grateful to the donors …, in particular the United States, the European Union and Japan": the
        parties named after an agency's thanks, in a sentence about giving, support the agency (lexicon: gratitude)."""
        cue = next((t for t in sentence if t.lower_ in self.lex.gratitude_cues), None)
        if cue is None or not any(t.lower_ in self.lex.giving_words for t in sentence):
            return []
        thanker = next((t for t in reversed(sentence.doc[max(sentence.start, cue.i - MAX_THANKER_DISTANCE):cue.i])
                        if self.label(t) in PARTIES), None)
        if thanker is None:
            return []
        return [Found(t.i, thanker.i, "supports", "gratitude", cue.i) for t in sentence.doc[cue.i + 1:sentence.end]
                if self.label(t) in PARTIES and t.i != thanker.i]

    def _at(self, sentence: Span, i: int) -> Token | None:
        return sentence.doc[i] if sentence.start <= i < sentence.end else None

    def part_after(self, body: Token, sentence: Span) -> bool:
        """A noun of a part of a body after its name, or after a hyphened modifier ("an AQIM cell", "the OSCE
        short-term observers"; not "the Hamas political bureau", the body's own head)."""
        k = body.i + 1
        while self._at(sentence, k + 1) is not None and self._at(sentence, k + 1).text == "-":
            k += 3  # "short-term", "long-range"
        word = self._at(sentence, k)
        return word is not None and not self.label(word) and (
            word.lemma_.lower() in self.lex.part_nouns or word.lower_ in self.lex.part_nouns)

    def apposition(self, holder: Token, sentence: Span) -> list[Found]:
        """'X, (the|a) [modifiers] ROLE (of|for|in) (the) Y'."""
        comma = self._at(sentence, holder.i + 1)
        if self.label(holder) not in PARTIES or comma is None or comma.text != ",":
            return []
        i = holder.i + 2
        word = self._at(sentence, i)
        indefinite = word is not None and word.lower_ in ("a", "an")
        if word is not None and word.lower_ in DETERMINERS:
            i += 1
        modifiers, coordinated = [], []
        for _ in range(MAX_MODIFIERS + 1):
            word = self._at(sentence, i)
            if word is None or self.label(word) or not word.is_alpha and word.text != "-" \
                    or word.lower_ in AUXILIARIES or word.pos_ in ("VERB", "AUX"):
                return []
            kind = self.role_kind(word)
            after = self._at(sentence, i + 1)
            if kind and after is not None and (after.lower_ in ROLE_PREPS or after.text == "-"):
                break
            if kind and after is not None and after.lower_ == "and":  # "the founder and chairman of Y": both
                coordinated.append(word)
            modifiers.append(word.lower_)
            i += 1
        else:
            return []
        while self._at(sentence, i + 1) is not None and self._at(sentence, i + 1).text == "-":
            i += 2  # "commander-in-chief of"
        prep = self._at(sentence, i + 1)
        j = i + 2
        if self._at(sentence, j) is not None and self._at(sentence, j).lower_ in DETERMINERS:
            j += 1
        other = self._at(sentence, j)
        if prep is None or other is None or not self.label(other):
            return []
        owned = self.possessed(other, sentence)
        organ = owned is None and self.owns_an_organ(other, sentence)  # "the speaker of Armenia's parliament"
        other = owned or other
        past = any(m in PAST for m in modifiers)  # "X, the former president of Y": a past office
        kind = next(filter(None, (self.lex.modified(m, word.lower_) for m in modifiers)), kind)
        if kind == "member_of" and word.lower_ in self.lex.department_heads and self.label(other) == "GROUP":
            kind = "leads"  # "X, the secretary of Security and Citizen Protection": the department's head
        if kind == "leads" and (indefinite and not past or organ):
            kind = "member_of"  # "X, a commander of Y": one of its commanders; the head of Y's parliament is Y's member
        if prep.lower_ in PLACING and self.label(other) == "PLACE":
            if word.lower_ in self.lex.posts:
                return []  # "X, the ambassador in Manila": the territory of a post places no holder (guidelines)
            kind = "located_in"
        if prep.lower_ == "for" and kind != "spokesperson_of" and word.lower_ not in (
                self.lex.speaking_roles | self.lex.part_nouns):
            return []  # "X, the Humanitarian Coordinator for Afghanistan", "the Special Envoy for Yemen": a remit
        if kind == "leads" and self.part_after(other, sentence):
            kind = "member_of"  # "X, head of an AQIM cell", "leader of the OSCE short-term observers": heads a part,
            # belongs to the whole
        others = [other] + self.names_before_noun(other, sentence)
        kinds = [(kind, i)] + [(self.role_kind(w), w.i) for w in coordinated if self.role_kind(w) != kind]
        return [Found(holder.i, o.i, k, "apposition", at, past=past) for k, at in kinds for o in others]

    def possessed(self, name: Token, sentence: Span) -> Token | None:
        """The name a possessive name owns ("the chief of Egypt's General Intelligence Service": the service, whose
        chief he is, not Egypt's)."""
        k = name.i + 1
        while self._at(sentence, k) is not None and self.label(self._at(sentence, k)) == self.label(name):
            k += 1
        mark, owned = self._at(sentence, k), self._at(sentence, k + 1)
        if mark is not None and mark.text in ("'s", "’s") and owned is not None and self.label(owned) in PARTIES:
            return owned
        return None

    def owns_an_organ(self, name: Token, sentence: Span) -> bool:
        """Whether a possessive name owns an unnamed organ ("Armenia's parliament", "Kenya's cabinet")."""
        mark, owned = self._at(sentence, name.i + 1), self._at(sentence, name.i + 2)
        return mark is not None and mark.text in POSSESSIVE and owned is not None and not self.label(owned) \
            and owned.lower_ in self.lex.organ_nouns

    def names_before_noun(self, first: Token, sentence: Span) -> list[Token]:
        """The names coordinated with a first one before the common noun they all modify ("the founder of the
        Batumelebi and Netgazeti outlets"); none if no such noun follows ("the head of the AU and Kenya's ...")."""
        names, i = [], first.i + 1
        while (link := self._at(sentence, i)) is not None and link.lower_ in (",", "and"):
            name = self._at(sentence, i + 1)
            if name is None or self.label(name) != self.label(first):
                break
            names.append(name)
            i += 2
        after = self._at(sentence, i)
        return names if after is not None and after.pos_ == "NOUN" and not self.label(after) else []

    def role_before(self, holder: Token, sentence: Span) -> list[Found]:
        """'Y leader X', "Y's spokesman X": a name, a role noun and the holder's name in a row."""
        role = self._at(sentence, holder.i - 1)
        if role is None or self.label(holder) != "ACTOR" or self.label(role):
            return []
        kind = self.role_kind(role)
        if kind is None:
            return []
        k = holder.i - 2
        dash, first = self._at(sentence, k), self._at(sentence, k - 1)
        if dash is not None and dash.text in DASHES and first is not None and not first.whitespace_ \
                and not dash.whitespace_ and not self.label(first):  # "Hezbollah secretary-general X": one role
            kind = self.lex.roles.get(f"{first.lower_}-{role.lower_}") or self.lex.modified(first.lower_, role.lower_)
            if kind is None:
                return []  # "Hamas ex-leader X": no title the lexicon knows
            k -= 2
        if self._at(sentence, k) is not None and self._at(sentence, k).text in POSSESSIVE:
            k -= 1
        other = self._at(sentence, k)
        if other is None or self.label(other) not in PARTIES:
            return []
        return [Found(holder.i, other.i, kind, "role-before-name", role.i)]

    def title_of_before(self, holder: Token, sentence: Span) -> list[Found]:
        """'President of Viet Nam To Lam', 'Prime Minister of India Narendra Modi', 'the leader of Hamas Ismail
        Haniyeh': a title, "of" (the) a party or a state, and the holder's name right after it."""
        other = self._at(sentence, holder.i - 1)
        if self.label(holder) != "ACTOR" or other is None or self.label(other) not in (*PARTIES, "PLACE"):
            return []
        k = other.i - 1
        if self._at(sentence, k) is not None and self._at(sentence, k).lower_ == "the":
            k -= 1
        prep, role = self._at(sentence, k), self._at(sentence, k - 1)
        if prep is None or role is None or prep.lower_ != "of" or self.label(role) or self.role_kind(role) is None:
            return []
        before = self._at(sentence, role.i - 1)
        kind = (self.lex.modified(before.lower_, role.lower_) if before is not None else None) or self.role_kind(role)
        return [Found(holder.i, other.i, kind, TITLE_OF, role.i)]

    def hyphenated(self, first: Token, sentence: Span) -> list[Found]:
        """'the Y-led X': Y leads X; 'the Z-based X': X located in Z; 'the Y-brokered truce between A and B': Y mediates
        for each."""
        hyphen, word = self._at(sentence, first.i + 1), self._at(sentence, first.i + 2)
        if hyphen is None or word is None or hyphen.text != "-" or hyphen.whitespace_ or first.whitespace_:
            return []
        entry = self.lex.hyphenated.get(word.lower_)
        if entry is None:
            return []
        for i in range(word.i + 1, min(word.i + 2 + MAX_BEFORE_NAME, sentence.end)):
            token = sentence.doc[i]
            if self.label(token) or self.described(token):
                if entry["kind"] == "mediates":  # "the Malaysia-brokered truce between Thailand and Cambodia";
                    # not "the Qatar-hosted World Cup drew FIFA praise", no talks
                    if not any(self.settled(t) for t in sentence.doc[word.i + 1:i]):
                        return []
                    return [Found(first.i, party.i, "mediates", "hyphenated", word.i)
                            for party in (token, *(c for c in token.conjuncts if self.label(c) in PARTIES))]
                head, tail = (token, first) if entry.get("reverse") else (first, token)
                return [Found(head.i, tail.i, entry["kind"], "hyphenated", word.i)]
            if (token.is_punct and token.text != "(") or token.lower_ in FUNCTION_WORDS:
                break
        return self.apposed(first, word, entry)

    def apposed(self, first: Token, word: Token, entry: dict) -> list[Found]:
        """"Foxconn, the Taiwan-based manufacturer", "Kataib Hezbollah, an Iran-backed militia": the name such a
        description stands in apposition to is the one based in Z or backed by Y (read from the parse); "under a
        Chad-brokered deal, Bangui and the UPC agreed": the parties of the clause the deal is said of are mediated."""
        noun = word.head
        if entry["kind"] == "mediates":
            verb = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in ("under", "through", "in") else None
            if verb is None or verb.pos_ != "VERB" or not self.settled(noun):
                return []
            parties = [p for s in verb.children if s.dep_ in ("nsubj", "nsubjpass") for p in (s, *s.conjuncts)
                       if self.label(p) in PARTIES]
            return [Found(first.i, party.i, "mediates", "hyphenated", word.i) for party in parties]
        if noun.dep_ != "appos" or self.label(noun.head) not in PARTIES:
            return []
        head, tail = (noun.head, first) if entry.get("reverse") else (first, noun.head)
        return [Found(head.i, tail.i, entry["kind"], "hyphenated", word.i)]

    def settled(self, noun: Token) -> bool:
        """A noun of talks or agreement, whose sides meet each other ("talks", "truce", "dialogue")."""
        return any(f.symmetric for form in (noun.lemma_.lower(), noun.lower_) for f in self.lex.nouns.get(form, ()))

    def paired(self, first: Token, sentence: Span) -> list[Found]:
        """'the Saudi–Houthi talks', 'the ASEAN–China foreign ministers' meeting', 'a US-Taliban deal': two parties
        joined by a hyphen or dash before a noun of talks or agreement are its two sides."""
        dash, second = self._at(sentence, first.i + 1), self._at(sentence, first.i + 2)
        if (dash is None or second is None or dash.text not in DASHES or dash.whitespace_ or first.whitespace_
                or self.label(first) not in PARTIES or self.label(second) not in PARTIES):
            return []
        for i in range(second.i + 1, min(second.i + 2 + MAX_BEFORE_NAME, sentence.end)):
            token = sentence.doc[i]
            frames = [f for f in self.lex.nouns.get(token.lemma_.lower(), ()) if f.symmetric]
            if frames:
                return [Found(first.i, second.i, frames[0].kind, "hyphenated", token.i)]
            if self.label(token) or (token.is_punct and token.text not in POSSESSIVE) or token.lower_ in FUNCTION_WORDS:
                return []
        return []

    def gloss(self, place: Token, sentence: Span) -> list[Found]:
        """A place followed by the larger place it lies in: 'P (Q)', 'in P, Q', 'in P, in the department of Q'; a
        list in brackets names the parts: 'Q (P1 and P2)'."""
        if self.label(place) != "PLACE":
            return []
        after = self._at(sentence, place.i + 1)
        if after is None:
            return []
        opening = self._at(sentence, place.i + 2)
        part = after.lower_ in self.lex.place_parts and opening is not None and opening.text == "("
        if after.text == "(" or part:  # "the Palmes region (Ouest)": the bracket after a word for a part glosses it
            inside, i = [], place.i + 3 if part else place.i + 2
            if (token := self._at(sentence, i)) is not None and token.lower_ in self.lex.narrowing_adverbs:
                i += 1  # "Ouest (notably Petit-Goâve, Léogâne)"
            items, item = [], []
            while (token := self._at(sentence, i)) is not None and token.text != ")":
                if token.text == "," or token.lower_ in ("and", "or"):
                    items.append(item)
                    item = []
                else:
                    item.append(token)
                i += 1
            items = [item for item in [*items, item] if item]
            inside = [item[0] for item in items if len(item) == 1 and self.label(item[0]) == "PLACE"]
            named = [item for item in items if item[0].text[:1].isupper() and not any(self.label(t) for t in item)]
            if len(inside) + len(named) < len(items) or named and len(inside) < 2:
                return []  # "Artibonite (Saint-Marc, Petite-Rivière-de-l'Artibonite, Verrettes)": a name left untagged
            if len(inside) == 1:
                return [Found(p.i, inside[0].i, "located_in", "place-gloss", None) for p in self.glossed(place, sentence)]
            return [Found(p.i, place.i, "located_in", "place-gloss", None) for p in inside]
        before = self._at(sentence, place.i - 1)
        conjuncts = self.conjuncts_before(place, sentence) if before is not None and before.lower_ == "and" else []
        if conjuncts:  # "around Tibú and Teorama, in Norte de Santander": both lie there
            before = self._at(sentence, conjuncts[-1].i - 1)
        unit = self.unit_after(place, sentence) is not None and opening is not None and opening.text == "," \
            and not conjuncts
        if unit:  # "near Besham, Shangla district, Khyber Pakhtunkhwa": a unit named after a comma, as an address climbs
            after = opening
        if after.text != "," or before is None or before.lower_ not in self.lex.gloss_openers and not self.site(place) \
                and not (unit and before.text == ","):
            return []
        i = place.i + (3 if unit else 2)
        words = []
        while (token := self._at(sentence, i)) is not None and not self.label(token) and len(words) < 5:
            words.append(token.lower_)
            i += 1
        larger = self._at(sentence, i)
        if larger is None or self.label(larger) != "PLACE":
            return []
        if words and not (words[0] in ("in", "at") and (len(words) == 1 or set(words[1:]) & GLOSS_NOUNS
                                                        or words[1:] == ["the"])) or conjuncts and not words:
            return []  # a list's last items after a bare comma may be more items: "A, B and C, D"
        if self.listed(place, larger, sentence):
            return []
        small, large = self.rank(place), self.rank(larger)
        if small is not None and large is not None and large <= small:
            return []  # "in Turkey, Indonesia": two countries, a list
        return [Found(p.i, larger.i, "located_in", "place-gloss", None) for p in (place, *conjuncts)]

    def conjuncts_before(self, place: Token, sentence: Span) -> list[Token]:
        """The places listed before "and" and this one ("Tibú and Teorama", "A, B and C"), nearest first; none when
        the list holds anything else."""
        found, k = self.listed_before(place, sentence, (",", "and"))
        joint = self._at(sentence, k)
        return [] if joint is not None and joint.lower_ in (",", "and") else found

    def listed_before(self, place: Token, sentence: Span, joints: tuple[str, ...]) -> tuple[list[Token], int]:
        """The places listed before this one over `joints`, nearest first, and where the list stops: at a word that
        joins nothing, or at a joint whose item before it is no place."""
        found, k = [], place.i - 1
        while (joint := self._at(sentence, k)) is not None and joint.lower_ in joints:
            item = self._at(sentence, k - 1)
            if item is None or self.label(item) != "PLACE":
                break
            found.append(item)
            k -= 2
        return found, k

    def site(self, place: Token) -> bool:
        """A name of two words or more ending in a site's or a unit's noun, which a comma and its town may follow
        with no preposition before it ("the Jinnah International Airport, Karachi")."""
        words = place.text.split()
        last = words[-1].lower()
        return len(words) > 1 and (last in self.lex.sites or last in self.lex.place_parts)

    def glossed(self, place: Token, sentence: Span) -> list[Token]:
        """The places one bracket glosses: the place it follows ("A, B, C (Q)": only C, a list may run over several
        larger places), or the places since an earlier gloss of the same list, which shows the writer glossing
        list item by item ("Moron (Grand'Anse), Baie d'Orange and Marigot (South-East)")."""
        listed, k = self.listed_before(place, sentence, (",", "and", "or"))
        joint, before = self._at(sentence, k), self._at(sentence, k - 1)
        if joint is not None and joint.text == "," and before is not None and before.text == ")":
            return [place, *listed]
        return [place]

    def listed(self, place: Token, larger: Token, sentence: Span) -> bool:
        """Whether 'P, Q' belongs to a list of places ('in Cité Soleil, Cornillon, and Croix-des-Bouquets')."""
        end = larger.i + 1 + (self.unit_after(larger, sentence) is not None)  # "Masisi, Rutshuru territory, and
        # Goma": the unit's noun closes the item
        following, after = self._at(sentence, end), self._at(sentence, end + 1)
        if following is not None and following.lower_ in ("and", "or") and self.place_at(sentence, end + 1):
            return True
        named_unit = self.unit_named(larger, place, sentence)  # "near Besham, Shangla district, KP": an address climbs
        if following is not None and following.text == "," and after is not None and (
                after.lower_ in ("and", "or") and self.place_at(sentence, end + 2, named=named_unit)
                or self.label(after) == "PLACE" and not named_unit):
            return True  # not "in Tibú, in Norte de Santander, and decreed": a clause, not a place, comes after "and";
            # after a named unit only a place goes on the list ("Masisi, Rutshuru territory, and Goma"; not "in
            # Kantharalak, Sisaket province, and the Air Force responded")
        comma, before = self._at(sentence, place.i - 1), self._at(sentence, place.i - 2)
        return (comma is not None and comma.text == "," and before is not None and self.label(before) == "PLACE"
                and not self.unit_named(place, before, sentence))

    def unit_named(self, larger: Token, place: Token, sentence: Span) -> bool:
        """Whether the second of 'P, Q, R' names its unit and the first does not, as an address climbs ("near Besham,
        Shangla district, KP"), where a list names its items alike."""
        words = larger.text.split()
        named = self.unit_after(larger, sentence) is not None or (
            len(words) > 1 and words[-1].islower() and words[-1] in self.lex.place_parts)
        return named and place.text.split()[-1].lower() not in self.lex.place_parts

    def unit_after(self, place: Token, sentence: Span) -> Token | None:
        """The unit noun written in lower case right after a place's name ("Shangla district", "Rutshuru
        territory"), or None."""
        unit = self._at(sentence, place.i + 1)
        return unit if unit is not None and unit.is_lower and unit.lower_ in self.lex.place_parts else None

    def place_at(self, sentence: Span, i: int, named: bool = False) -> bool:
        """Whether a list of places may go on at i: not a clause ("in Tibú, in Norte de Santander, and decreed");
        with `named`, only a place named there."""
        token = self._at(sentence, i)
        if token is not None and token.lower_ in DETERMINERS:
            token = self._at(sentence, i + 1)
        return token is not None and (self.label(token) == "PLACE" or not named and token.pos_ not in ("VERB", "AUX", "ADV"))

    def address(self, sentence: Span) -> list[Found]:
        """An address or affiliation line, names and commas only, from the smallest body to the country: "Department
        of Politics, University of Warwick, Coventry, UK". A body is a member of the next when its name is that of a
        part ("Department of ...", "... Centre"); the first place holds the last body and lies in the next place
        when it is known to be smaller."""
        names = [t for t in sentence if not t.is_punct and not t.is_space]
        if len(names) < 2 or any(not self.label(t) for t in names) or self.label(names[0]) != "GROUP" or any(
                t.text not in (",", ".") for t in sentence if t.is_punct):
            return []
        found = []
        for small, large in zip(names, names[1:]):
            kinds = (self.label(small), self.label(large))
            words = small.text.lower().split()
            head = words[words.index("of") - 1] if "of" in words[1:] else words[-1]  # "Blavatnik School of Government"
            if kinds == ("GROUP", "GROUP") and {words[0], head} & self.lex.part_nouns:
                found.append(Found(small.i, large.i, "member_of", "address", None))
            elif kinds == ("GROUP", "PLACE") and not any(self.label(t) == "PLACE" for t in names[:names.index(large)]):
                found.append(Found(small.i, large.i, "located_in", "address", None))
            elif kinds == ("PLACE", "PLACE"):
                ranks = (self.rank(small), self.rank(large))
                if None in ranks or ranks[0] < ranks[1]:
                    found.append(Found(small.i, large.i, "located_in", "address", None))
        return found

    def imprint(self, sentence: Span) -> list[Found]:
        """A reference's imprint, places then a colon then the publisher ("Brighton, UK: Institute of Development
        Studies.", "New York: Oxford University Press."): the publisher is in the first place, which lies in the next
        when it is known to be smaller."""
        words = [t for t in sentence if not t.is_space and t.text != "."]
        colon = next((k for k, t in enumerate(words) if t.text == ":"), None)
        if colon is None or colon + 2 != len(words) or self.label(words[-1]) != "GROUP":
            return []
        places = words[:colon]
        if not places or any(self.label(t) != "PLACE" for t in places[::2]) or any(t.text != "," for t in places[1::2]):
            return []
        found = [Found(words[-1].i, places[0].i, "located_in", "address", None)]
        if len(places) == 3 and None not in (self.rank(places[0]), self.rank(places[2])) and (
                self.rank(places[0]) < self.rank(places[2])):
            found.append(Found(places[0].i, places[2].i, "located_in", "address", None))
        return found

    def fronted_role(self, sentence: Span) -> list[Found]:
        """'As (the) [modifiers] ROLE (of|for) (the) Y, X …': the role the opening phrase names is the subject's ("As
        the lead agency for the GBV Sub-Group, UNFPA coordinates …", "As chair of the G20, Indonesia hosted …")."""
        words = [t for t in sentence if not t.is_space]
        heading = next((k + 1 for k, t in enumerate(words[:6]) if t.text == ":"), 0)  # "Gender-based violence: As …"
        words = words[heading:]
        if len(words) < 6 or words[0].lower_ != "as":
            return []
        i = 1 + (words[1].lower_ in DETERMINERS)
        modifiers = []
        while i < len(words) - 1 and len(modifiers) <= MAX_MODIFIERS and not self.label(words[i]) and words[i].is_alpha:
            kind = self.role_kind(words[i])
            if kind and words[i + 1].lower_ in ("of", "for"):
                break
            modifiers.append(words[i].lower_)
            i += 1
        else:
            return []
        j = i + 2 + (i + 2 < len(words) and words[i + 2].lower_ in DETERMINERS)
        if j + 2 >= len(words) or self.label(words[j]) not in PARTIES or words[j + 1].text != ",":
            return []
        holder = words[j + 2]
        if self.label(holder) not in PARTIES:
            return []
        kind = next(filter(None, (self.lex.modified(m, words[i].lower_) for m in modifiers)), kind)
        return [Found(holder.i, words[j].i, kind, "apposition", words[i].i)]

    def place_possessive(self, place: Token, sentence: Span) -> list[Found]:
        """"Nigeria's Boko Haram": the group is in the place; "Taipei's Ministry of National Defense": a body named
        as a civil organ is the place's, or the state's under its capital's name, a member of it; "the Democratic
        Progressive Party's Lai Ching-te": a party a body names as its own is one of its members."""
        mark, group = self._at(sentence, place.i + 1), self._at(sentence, place.i + 2)
        if group is not None and group.lower_ == "own":  # "Tajikistan's own State Committee for National Security"
            group = self._at(sentence, place.i + 3)
        if mark is None or group is None or mark.text not in POSSESSIVE:
            return []
        if self.label(place) == "GROUP" and self.label(group) == "ACTOR":  # "the Democratic Progressive Party's Lai
            return [Found(group.i, place.i, "member_of", "place-possessive", None)]  # Ching-te", "NATO's Türkiye"
        if self.label(group) != "GROUP":
            return []
        if self.lex.names_an_organ(group.text) and self.label(place) in ("PLACE", "ACTOR"):
            return [Found(group.i, place.i, "member_of", "place-possessive", None)]
        title = self._at(sentence, place.i - 1)
        if self.label(place) == "ACTOR":  # "Nur Misuari's MNLF": a person's movement is the one he leads; a titled
            # person's bodies are his office's ("President Ruto's Kenya Defence Forces"), the parties aside
            titled = title is not None and not self.label(title) and self.role_kind(title) is not None
            return [] if titled else [Found(place.i, group.i, "leads", PERSON_POSSESSIVE, None)]
        return [Found(group.i, place.i, "located_in", "place-possessive", None)] if self.label(place) == "PLACE" else []
