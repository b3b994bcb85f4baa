"""How much one meeting or one learning visit may hold: the one definition of these limits.

The windows enforce them as people type and add (a field stops at its length, an Add button is
disabled at a list's limit, a meeting's or a visit's text in all is counted as it grows), the
engine keeps a meeting's own records within them, and a team file is checked against them when it
is brought in (``app/storage/team_file.py``). So anything Runde can store, its own team file brings
back in; a number changed here changes every one of those places.
"""

from __future__ import annotations

MAX_NAME = 200  # a person's, a team's or a format's name, a title
MAX_TITLE = 300  # a step's title as a meeting's timings keep it (a format's text, lines allowed)
MAX_TEXT = 10_000  # a learning point, a round line, a note, an observation, a reflection
MAX_ID = 32  # an item's id (unique within its meeting)
MAX_CODE = 64  # a format's or a step's id, a status, a kind
MAX_ITEMS = 10_000  # entries in a list with no limit of its own
MAX_PEOPLE = 200  # participants of one meeting (late-comers included), or its presenters
# learning points, measures, own questions, topic suggestions, feed-forward of one meeting; a
# visit's ground rules and learning points
MAX_LIST = 100
MAX_STEPS = 100  # steps of one format, so a meeting's step timings
MAX_ROUND_LINES = MAX_PEOPLE  # a round line is one person's (one per participant)
# A round gives each participant one turn (a late-comer joins each round to come; moving someone
# keeps the count), so a meeting has at most one turn per participant in each of its steps.
MAX_TURNS = MAX_STEPS * MAX_PEOPLE
# Pauses a meeting records one by one; later ones are added to the last (app/engine.py), so the
# time paused stays right. A real meeting pauses a handful of times.
MAX_PAUSES = 500
MAX_OBSERVATIONS = 1_000  # observations of one learning visit
MAX_MOMENT = 40  # a date, a time of day, or a date and time, as text
# characters of text in one meeting's capture or one visit (counted as the team file's check
# counts them: every text, names and ids included), so that its sheet stays quick
MAX_RECORD_TEXT = 300_000

# What people type into the windows may fill a meeting's or a visit's MAX_RECORD_TEXT except what
# the record holds that nobody types (each at most as long as its own limit allows); what is typed
# is then held below the rest, in round ten thousands (app/capture.py and app/visit.py count it).
MEETING_UNTYPED = (5 * MAX_LIST * MAX_ID  # ids: own questions, measures, points, topics, feed-forward
                   + 3 * MAX_LIST * MAX_CODE  # a measure's kind, status and due date
                   + MAX_ROUND_LINES * MAX_NAME  # whose each round line is
                   + 2 * MAX_LIST * MAX_NAME  # a feed-forward's giver and receiver
                   + 3 * MAX_CODE)  # "since last time": its two keys and its confidential mark
VISIT_UNTYPED = (MAX_OBSERVATIONS * MAX_MOMENT  # when each observation was made
                 + 4 * MAX_MOMENT + MAX_CODE  # the day, its hours, the day to present; the mode
                 + MAX_LIST * MAX_ID  # the learning points' ids
                 + MAX_LIST * MAX_CODE  # a ground rule Runde suggests, kept as its code (app/visit.py)
                 + 2 * MAX_NAME)  # the change agent's and the colleague's names
MAX_MEETING_TYPED = (MAX_RECORD_TEXT - MEETING_UNTYPED) // 10_000 * 10_000
MAX_VISIT_TYPED = (MAX_RECORD_TEXT - VISIT_UNTYPED) // 10_000 * 10_000
