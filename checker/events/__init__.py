"""Events: which event each figure belongs to, what it measures, and how figures align.

documents -> claims -> **events** -> frames and groups -> findings -> reports.

- `story.py` infers a story's main event from all its documents (the dates most outlets
  give, the places most of them name); `attach.py` attaches every figure to the main event
  or to a named background event: the war as a whole, a period ("in the past two weeks"),
  an earlier event ("the deadliest since ...", another date), a round-up, a rate.
- `frames.py` says what a figure measures (what happened, to whom, where, by what agent)
  and how two frames relate: the same, one inside the other, or not comparable; `kinds.py`
  reads what an amount or a percentage is (an offer, a fee, a budget, a premium, a turnout)
  from the words nearest it, `physical.py` what an area, a length or a volume is (an area
  burned, a depth). Unknown fields are compatible with anything;
  parts and wholes come out of the hierarchy of counted entities, not out of special rules.
- `timeline.py` reads each document's figures of one frame as a timeline: updates ("rose to
  38") and earlier states are not a document contradicting itself; the latest state stands
  for the document, and stale headline figures are kept to be compared too.
- `align.py` gathers figures that may measure the same thing into groups, where
  `checker.findings.reconcile` looks for conflicting pairs.
"""

from checker.events.align import align_claims
from checker.events.attach import attach_events
from checker.events.story import story_model

__all__ = ["align_claims", "attach_events", "story_model"]
