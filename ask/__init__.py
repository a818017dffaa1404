"""Ask the course: free-text questions answered from the course itself, never as advice.

Pure: the course in, passages and a reply out. No Telegram, no subscriber database, no network;
the search index is an in-memory SQLite FTS5 table rebuilt whenever the course is loaded.
"""

from ask.hits import Hit
from ask.index import CourseIndex
from ask.passages import Passage, course_passages
from ask.questions import Question, read_question
from ask.reply import Reply, compose
from ask.synonyms import SynonymsError, load_synonyms

__all__ = [
    "CourseIndex",
    "Hit",
    "Passage",
    "Question",
    "Reply",
    "SynonymsError",
    "compose",
    "course_passages",
    "load_synonyms",
    "read_question",
]
