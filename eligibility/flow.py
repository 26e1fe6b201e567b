"""The check's answers: read from the address (never stored), checked against the page's
questions, and where each step goes next."""

from dataclasses import dataclass, field
from urllib.parse import urlencode


@dataclass(frozen=True)
class Answer:
    key: str
    label: str
    guidance: object  # RichText
    region_id: int | None
    leads_to: str


@dataclass(frozen=True)
class Question:
    number: int
    key: str
    text: str
    hint: str
    answers: dict = field(default_factory=dict)  # key -> Answer, in the editor's order


def questions_of(stream):
    """The page's questions StreamField as Questions, numbered from 1."""
    questions = []
    for number, child in enumerate(stream, 1):
        value = child.value
        answers = {a["key"]: Answer(a["key"], a["label"], a["guidance"],
                                    getattr(a["region"], "pk", a["region"]), a["leads_to"] or "")
                   for a in value["answers"]}
        questions.append(Question(number, value["key"], value["question"], value["hint"],
                                  answers))
    return questions


@dataclass
class Answers:
    """What the address says the reader answered: `chosen` (question key -> Answer) for the
    answers the check offers, and `unknown` for the question keys whose value it does not."""

    questions: list
    chosen: dict
    unknown: list

    @classmethod
    def read(cls, questions, query):
        chosen, unknown = {}, []
        for question in questions:
            value = query.get(question.key)
            if value is None or value == "":
                continue
            if value in question.answers:
                chosen[question.key] = question.answers[value]
            else:
                unknown.append(question.key)
        return cls(questions, chosen, unknown)

    def without(self, key):
        return Answers(self.questions, {k: a for k, a in self.chosen.items() if k != key}, [])

    def query(self, **extra):
        """The answers as a query string, in the questions' order ("" for none)."""
        pairs = [(q.key, self.chosen[q.key].key) for q in self.questions if q.key in self.chosen]
        pairs += [(name, value) for name, value in extra.items() if value]
        return f"?{urlencode(pairs)}" if pairs else ""

    def first_unanswered(self, after=0):
        """The first question after number `after` with no answer, or None."""
        return next((q for q in self.questions
                     if q.number > after and q.key not in self.chosen), None)

    @property
    def complete(self):
        return len(self.chosen) == len(self.questions)

    @property
    def signposted(self):
        """An answer that ends the check elsewhere (outside Wales), or None."""
        return next((a for a in self.chosen.values() if a.leads_to), None)

    @property
    def region_id(self):
        return next((a.region_id for a in self.chosen.values() if a.region_id), None)

    def summary(self):
        """(question, answer) in the questions' order."""
        return [(q, self.chosen[q.key]) for q in self.questions if q.key in self.chosen]
