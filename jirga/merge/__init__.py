"""One event, many reports: reports of the same event are given one cluster id.

Who (``sides``), when and where (``when_where``) decide whether two reports can be one
event; ``clusters`` gives the cluster ids, in one batch or against the store; ``within``
is the pipeline stage that lets re-mentions in one article share a date and place;
``threads`` gives accusations and their denials one ``claim_id``.

Two coded events are one real-world event when they have the same type and modality,
agreeing actors (``side_agreement``: each side the same actor, or the same country with no
two different specific sectors, or left empty by one report; at least one side agreeing;
two different named people, organisations or countries on one side never agree, but two
named bodies of one state's forces do (the army, its air force, its media wing); meetings
either way round, a joint act ("Pakistan and Afghanistan reopened the crossing") against
either of its parties in either role, a cross-border clash told the other way round at one
town on one day), compatible places (the same, one unknown, or an area holding the other: a
country, a province, or a district or county its towns; a border crossing lies in the
province across the border too; any places for acts of saying,
whose place is where the words were said) and compatible dates (days no more than ``days``
apart, or a month holding the other's day: "2024-01" holds "2024-01-08"; a date that only
bounds the event, the publication day or the day of the report that tells it, holds the
``BOUND_DAYS`` before it; two such bounds more than ``days`` apart tie two reports only when
they name one actor by name; two accusations about different matters, one of them dated
only to a week or a month, are two events).
Actors are compared by country and sector codes, as event data users count dyads, so
"Rehman met Muttaqi" and "the JUI chief met the Taliban's foreign minister" agree; an actor
without codes by its canonical name, else its lower-cased text. Every report keeps its own
row and sentence: the cluster is the provenance list.

Merging is incremental. A report joins a cluster when it agrees with one of the cluster's
reports near it in time and those it agrees with outnumber more than two to one those that
tell it apart (a report coded with a wrong day or town is no veto over three that agree;
the cluster's id is its first report's event id). Of several such clusters: when no report
of one tells apart a report of another, the report bridges them and they become one (a
report naming both parties ties one that names only the accuser to one that names only the
accused; the id of the one with the earliest report stays); else it joins the one with the
latest such report in (date, event id) order; a report naming no place, between clusters
at places that tell them apart, joins none ("the crossing was reopened": Torkham's or
Chaman's?); with none it starts a cluster. ``merge_new`` takes the reports stored since
the last merge, asks the store only for the clusters they could join (same type, an actor
key or country in the same role, a date in the window: ``head_dates``) and writes only
their cluster ids and the ids of the clusters they joined into one (``join_clusters``):
its cost follows the size of the batch, not of the archive. A report with no date at all
(no date in its text, no publication date) joins only reports of its own article: nothing
ties it to another article's occasion, and comparing it with every undated cluster of its
type and actors would cost more as the archive grows.
A report without actors is too vague to tie to another report, whatever its place: it is a
cluster of its own, unless its own document has exactly one cluster it could belong to (a
re-mention: "the talks", "the attack"), or it tells an attack at a town or district on a
day its text names and exactly one cluster of attacks lies there then, in any article
("Sunday's bombing in Bajaur").
"""
from __future__ import annotations

from jirga.merge.when_where import BOUND_DAYS, dates_compatible, head_dates, places_compatible
from jirga.merge.sides import same_dyad, side_agreement
from jirga.merge.clusters import cluster, merge_new, report_of
from jirga.merge.within import STAGE, share_within
from jirga.merge.threads import thread_new
from jirga.model import Report

__all__ = ["BOUND_DAYS", "Report", "STAGE", "cluster", "dates_compatible", "head_dates", "merge_new",
           "places_compatible", "report_of", "same_dyad", "share_within", "side_agreement", "thread_new"]
