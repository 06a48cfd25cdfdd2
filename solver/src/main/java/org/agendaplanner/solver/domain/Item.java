package org.agendaplanner.solver.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.entity.PlanningPin;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.InverseRelationShadowVariable;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import ai.timefold.solver.core.api.domain.variable.PreviousElementShadowVariable;
import ai.timefold.solver.core.api.domain.variable.ShadowSources;
import ai.timefold.solver.core.api.domain.variable.ShadowVariable;

/**
 * An agenda item as the solver sees it. Two things are decided for it: its place in a body's list (the order
 * in which that body takes its items) and, optionally, a session it must not start before (which is how the
 * solver leaves slack, for example to start a long item fresh the next morning). Everything else, its start,
 * end and segments, is derived.
 */
@PlanningEntity
public class Item {

    @PlanningId
    private String id;
    private String number;
    private String title;
    private int agendaIndex;
    private int duration;
    private Set<String> allowedBodies;
    private Set<String> languages;
    private boolean splittable;
    /** The adoption of the report: it belongs wholly in its body's last session. */
    private boolean mustBeInLastSession;
    /** Under agenda order and not marked free: keeps its agenda place among the items of its body. */
    private boolean followsAgendaOrder;
    private Session fixedSession;
    private Integer fixedStart;
    private Integer notBefore;
    private Integer notAfter;
    /** Sessions the planner would like the item in; empty for no preference. */
    private Set<String> preferredSessions = Set.of();
    /** A start given by a planner's draft: the item is scored exactly there. */
    private Integer draftStart;

    /**
     * The sessions of the bodies that may take the item: the only ones worth waiting for. A session of another
     * body would only repeat what waiting for one of these does, and slow the search down.
     */
    private List<Session> sessionsOfAllowedBodies = List.of();

    /**
     * In a re-plan, an item taken up before the re-plan's moment: what happened stays, so its session to wait for
     * does not change (its place at the head of its body's list is pinned by {@link BodyPlan#pinnedCount()}).
     */
    @PlanningPin
    private boolean pinned;
    /** In a re-plan, the session the programme being revised starts the item in; null when it placed it nowhere. */
    private Session revisedSession;
    /** In a re-plan, the item was announced for its day: moving it off that day costs more (rule Stability). */
    private boolean announced;

    @PlanningVariable(valueRangeProviderRefs = "sessionsOfAllowedBodies", allowsUnassigned = true)
    private Session earliestSession;

    /** {@code required}, {@code normal} or {@code low}: which items give way first when the business does not fit. */
    private String priority = "normal";
    /** What a minute of the item left out costs at the medium level, by its priority (see {@code PriorityWeights}). */
    private long leftOutMinuteWeight = 1;
    /** The shortest the item may be planned for: its {@code minDuration}, else its whole estimate. */
    private int minDuration;
    /** The minutes by which the item may be shortened, in steps of the grain: always 0, then up to the most allowed. */
    private List<Integer> possibleCuts = List.of(0);

    /**
     * Minutes by which the item is planned shorter than its estimate (null is none). Only an item with a
     * {@code minDuration} has a choice; the others' range is {0}. A basic variable beside the list, like
     * {@link #earliestSession}: the search starts from the shortest the item may be and lengthens it while the
     * business still fits, each minute cut costing the soft rule Shortened.
     */
    @PlanningVariable(valueRangeProviderRefs = "possibleCuts", allowsUnassigned = true)
    private Integer cut;

    @InverseRelationShadowVariable(sourceVariableName = BodyPlan.ITEMS)
    private BodyPlan bodyPlan;

    @PreviousElementShadowVariable(sourceVariableName = BodyPlan.ITEMS)
    private Item previousItem;

    @ShadowVariable(supplierName = "place")
    private Placement placement;

    /**
     * Derived from the meeting alone, kept to spare placing the item a look-up (see {@link Timeline}): per timeline the
     * item was placed on, the windows it can use. A few at most (one per body it may go to), so a scan finds one faster
     * than a map could hash the item's languages.
     */
    private Timeline.WindowUse[] windowUses = new Timeline.WindowUse[0];

    /**
     * The last two placements worked out for the item. The search tries a move and takes it back, and most moves
     * are taken back: the undo asks again for the placement the item had before, which is then found here, the same
     * object, so that comparing it with the current one and counting it again cost next to nothing.
     */
    private KnownPlacement recentPlacement;
    private KnownPlacement olderPlacement;

    public Item() {
    }

    public Item(String id, String number, String title, int agendaIndex, int duration, Set<String> allowedBodies,
            Set<String> languages) {
        this.id = id;
        this.number = number;
        this.title = title;
        this.agendaIndex = agendaIndex;
        this.duration = duration;
        this.allowedBodies = Set.copyOf(allowedBodies);
        this.languages = Set.copyOf(languages);
        this.splittable = true;
        this.minDuration = duration;
    }

    /** Start where the previous item of the body ends, or later if a session, a fixed start or a window says so. */
    @ShadowSources({"bodyPlan", "previousItem.placement", "earliestSession", "cut"})
    public Placement place() {
        if (bodyPlan == null) {
            return null;
        }
        return placementIn(bodyPlan, previousItem == null ? null : previousItem.placement, earliestSession);
    }

    /**
     * Where {@link #place()} would put the item in {@code plan}'s list after an item placed at {@code previous}
     * (null when first), not before {@code notBeforeSession} (null for none): lets a construction weigh a place
     * before it takes it.
     */
    public Placement placementIn(BodyPlan plan, Placement previous, Session notBeforeSession) {
        var timeline = plan.timeline();
        if (draftStart != null) {
            return timeline.placeAt(this, draftStart);
        }
        int earliest = previous == null ? timeline.firstStart() : previous.end();
        if (notBeforeSession != null) {
            earliest = Math.max(earliest, notBeforeSession.start());
        }
        earliest = Math.max(earliest, earliestOwnStart(timeline));
        int minutes = plannedDuration();
        if (recentPlacement != null && recentPlacement.isFor(this, timeline, earliest, minutes)) {
            return recentPlacement.placement();
        }
        if (olderPlacement != null && olderPlacement.isFor(this, timeline, earliest, minutes)) {
            var known = olderPlacement;
            olderPlacement = recentPlacement;
            recentPlacement = known;
            return known.placement();
        }
        var placement = timeline.placeFrom(this, earliest, lastWindowOf(previous));
        olderPlacement = recentPlacement;
        recentPlacement = new KnownPlacement(this, timeline, earliest, minutes, placement);
        return placement;
    }

    /**
     * A placement worked out earlier, with all it depends on: the timeline, the earliest start the item may have
     * there, and its planned minutes. It names its item too: a copy of the solution (the best one so far, or one
     * for another thread) copies the memo, but the placement's segments name the item it was made for, so a copy
     * must work out its own.
     */
    private record KnownPlacement(Item owner, Timeline timeline, int earliest, int minutes, Placement placement) {

        boolean isFor(Item item, Timeline timeline, int earliest, int minutes) {
            return owner == item && this.timeline == timeline && this.earliest == earliest
                    && this.minutes == minutes;
        }
    }

    private static int lastWindowOf(Placement placement) {
        if (placement == null || placement.segments().isEmpty()) {
            return 0;
        }
        return placement.segments().get(placement.segments().size() - 1).windowIndex();
    }

    /**
     * The earliest start the item's own rules allow on a body's timeline: its fixed start, its notBefore, and
     * for the adoption of the report (lastSession) the start of the body's last session, so that the search
     * need not discover that by chance.
     */
    public int earliestOwnStart(Timeline timeline) {
        int earliest = Integer.MIN_VALUE;
        if (fixedStart != null) {
            earliest = Math.max(earliest, fixedStart);
        }
        if (notBefore != null) {
            earliest = Math.max(earliest, notBefore);
        }
        if (mustBeInLastSession && timeline.lastSession() != null) {
            earliest = Math.max(earliest, timeline.lastSession().start());
        }
        return earliest;
    }

    // ---- Queries for the rules: null-safe, zero when unplaced. ----

    public boolean isScheduled() {
        return bodyPlan != null && placement != null;
    }

    /** Placed exactly where a planner's draft put it, rather than after the item before it. */
    public boolean isDrafted() {
        return draftStart != null;
    }

    public boolean isUnscheduled() {
        return bodyPlan == null;
    }

    public int start() {
        return placement == null ? 0 : placement.start();
    }

    public int end() {
        return placement == null ? 0 : placement.end();
    }

    public List<Segment> segments() {
        return placement == null ? List.of() : placement.segments();
    }

    /**
     * Items between this one and the other in their body's order; -1 when not in the same body. Read off the body's
     * list rather than kept in an index shadow variable: keeping every item's index up to date cost the search a
     * sixth of its speed, and only the Together rule asks.
     */
    public int itemsBetween(Item other) {
        if (bodyPlan == null || bodyPlan != other.bodyPlan) {
            return -1;
        }
        var items = bodyPlan.getItems();
        return Math.abs(items.indexOf(this) - items.indexOf(other)) - 1;
    }

    /** Minutes both items are actually under way: segment by segment, so a lunch break between does not count. */
    public int minutesOverlapping(Item other) {
        int minutes = 0;
        for (var mine : segments()) {
            for (var theirs : other.segments()) {
                minutes += Math.max(0, Math.min(mine.end(), theirs.end()) - Math.max(mine.start(), theirs.start()));
            }
        }
        return minutes;
    }

    Timeline.WindowUse windowUseOn(Timeline timeline) {
        for (var use : windowUses) {
            if (use.timeline() == timeline) {
                return use;
            }
        }
        return null;
    }

    /** A new array each time, never a changed one, so that a reader on another thread sees a whole one. */
    void rememberWindowUse(Timeline.WindowUse use) {
        var more = Arrays.copyOf(windowUses, windowUses.length + 1);
        more[windowUses.length] = use;
        this.windowUses = more;
    }

    // ---- Properties. ----

    public String id() {
        return id;
    }

    public String number() {
        return number;
    }

    public String title() {
        return title;
    }

    public int agendaIndex() {
        return agendaIndex;
    }

    /** The item's time estimate, as the file gives it (in a re-plan, what it took or will take). */
    public int duration() {
        return duration;
    }

    /** The time the item is planned for: its estimate less the minutes cut. */
    public int plannedDuration() {
        return duration - minutesCut();
    }

    /** Minutes by which the item is planned shorter than its estimate; 0 when it is not shortened. */
    public int minutesCut() {
        return cut == null ? 0 : cut;
    }

    public int minDuration() {
        return minDuration;
    }

    /** Whether the item may be planned shorter than its estimate. */
    public boolean isShortenable() {
        return minDuration < duration;
    }

    /**
     * The item may be shortened down to {@code minDuration}: in steps of {@code grain}, and to exactly
     * {@code minDuration}, so that the search can meet any length a planner could ask for on the grain of starts.
     */
    public void setMinDuration(int minDuration, int grain) {
        this.minDuration = Math.min(minDuration, duration);
        int most = duration - this.minDuration;
        var cuts = new java.util.ArrayList<Integer>();
        for (int step = 0; step < most; step += Math.max(1, grain)) {
            cuts.add(step);
        }
        cuts.add(most);
        this.possibleCuts = List.copyOf(new java.util.LinkedHashSet<>(cuts));
    }

    @ValueRangeProvider(id = "possibleCuts")
    public List<Integer> getPossibleCuts() {
        return possibleCuts;
    }

    /** The most the item may be cut: from its estimate to its {@code minDuration}. */
    public int mostCut() {
        return duration - minDuration;
    }

    public Integer getCut() {
        return cut;
    }

    public void setCut(Integer cut) {
        this.cut = cut;
    }

    public String priority() {
        return priority;
    }

    public void setPriority(String priority) {
        this.priority = priority;
    }

    /** What leaving the item out costs at the medium level: its minutes, weighted by its priority. */
    public long leftOutCost() {
        return leftOutMinuteWeight * duration;
    }

    public void setLeftOutMinuteWeight(long leftOutMinuteWeight) {
        this.leftOutMinuteWeight = leftOutMinuteWeight;
    }

    public Set<String> allowedBodies() {
        return allowedBodies;
    }

    public Set<String> languages() {
        return languages;
    }

    public boolean splittable() {
        return splittable;
    }

    /** In a re-plan, the time an item taken up turned out to take, or will take: what it took plus what remains. */
    public void setDuration(int duration) {
        this.duration = duration;
        this.minDuration = duration;
        this.possibleCuts = List.of(0);
        this.cut = null;
    }

    public boolean isPinned() {
        return pinned;
    }

    public void setPinned(boolean pinned) {
        this.pinned = pinned;
    }

    public Session revisedSession() {
        return revisedSession;
    }

    public boolean announced() {
        return announced;
    }

    /** The programme being revised starts the item in {@code session}; {@code announced} for the day of it. */
    public void setRevised(Session session, boolean announced) {
        this.revisedSession = session;
        this.announced = announced;
    }

    public void setSplittable(boolean splittable) {
        this.splittable = splittable;
    }

    public boolean followsAgendaOrder() {
        return followsAgendaOrder;
    }

    public void setFollowsAgendaOrder(boolean followsAgendaOrder) {
        this.followsAgendaOrder = followsAgendaOrder;
    }

    public boolean mustBeInLastSession() {
        return mustBeInLastSession;
    }

    public void setMustBeInLastSession(boolean mustBeInLastSession) {
        this.mustBeInLastSession = mustBeInLastSession;
    }

    public Integer fixedStart() {
        return fixedStart;
    }

    public Session fixedSession() {
        return fixedSession;
    }

    public void setFixed(Session session, int start) {
        this.fixedSession = session;
        this.fixedStart = start;
    }

    public Integer notBefore() {
        return notBefore;
    }

    public Integer notAfter() {
        return notAfter;
    }

    public void setWindow(Integer notBefore, Integer notAfter) {
        this.notBefore = notBefore;
        this.notAfter = notAfter;
    }

    @ValueRangeProvider(id = "sessionsOfAllowedBodies")
    public List<Session> getSessionsOfAllowedBodies() {
        return sessionsOfAllowedBodies;
    }

    public void setSessionsOfAllowedBodies(List<Session> sessions) {
        this.sessionsOfAllowedBodies = List.copyOf(sessions);
    }

    public Set<String> preferredSessions() {
        return preferredSessions;
    }

    public void setPreferredSessions(Set<String> preferredSessions) {
        this.preferredSessions = Set.copyOf(preferredSessions);
    }

    public void setDraftStart(Integer draftStart) {
        this.draftStart = draftStart;
    }

    public Session getEarliestSession() {
        return earliestSession;
    }

    public void setEarliestSession(Session earliestSession) {
        this.earliestSession = earliestSession;
    }

    public BodyPlan getBodyPlan() {
        return bodyPlan;
    }

    public void setBodyPlan(BodyPlan bodyPlan) {
        this.bodyPlan = bodyPlan;
    }

    public Item getPreviousItem() {
        return previousItem;
    }

    public void setPreviousItem(Item previousItem) {
        this.previousItem = previousItem;
    }

    public Placement getPlacement() {
        return placement;
    }

    public void setPlacement(Placement placement) {
        this.placement = placement;
    }

    @Override
    public String toString() {
        return id;
    }
}
