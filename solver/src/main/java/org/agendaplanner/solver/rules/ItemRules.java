package org.agendaplanner.solver.rules;

import java.util.List;
import java.util.TreeSet;

import org.agendaplanner.solver.domain.Item;
import org.agendaplanner.solver.domain.Placement;
import org.agendaplanner.solver.domain.Segment;
import org.agendaplanner.solver.domain.Session;

/**
 * The rules that one item's placement settles by itself, each as its measure (the match weight: minutes, or
 * nights, as the rule counts) and the sentence a planner reads when it takes points. The measures are plain
 * functions of the item and a placement, so the constraint streams ({@link AgendaConstraints}), the search's hand
 * count ({@link BodyTally}) and the exact program ({@code ExactPlanner}), which weighs placements the item does not
 * hold, all call the same code. Each measure is 0 when the rule holds.
 */
public final class ItemRules {

    private ItemRules() {
    }

    /** Where the counts that call {@link #countPlacement} add a rule's match weight. */
    public interface MatchWeights {
        void add(Rule rule, int matchWeight);
    }

    /**
     * The rules an item's placement settles by itself on its body's timeline, item by item and segment by segment,
     * added to {@code weights}: what the search's hand count and the exact program both charge for an item placed so.
     * A new rule of this kind is counted by both once it is added here. Fits its body, Interpretation available
     * and Nothing beside an exclusive session are one item's or one segment's too, but are left to each count:
     * the hand count remembers the answers it needs, and the exact program refuses or cannot meet them.
     */
    public static void countPlacement(Item item, Placement placement, Session lastSession, int minSegmentMinutes,
            MatchWeights weights) {
        weights.add(Rule.NOT_SPLITTABLE, minutesCarriedOver(item, placement));
        weights.add(Rule.FIXED_START, minutesFromFixedStart(item, placement));
        weights.add(Rule.TIME_WINDOW, minutesOutsideWindow(item, placement));
        weights.add(Rule.LAST_SESSION, minutesOutsideLastSession(item, placement, lastSession));
        weights.add(Rule.WITHIN_SESSIONS, minutesBeyondLastSession(placement));
        weights.add(Rule.OVERNIGHT_CONTINUATION, nightsCrossed(placement));
        weights.add(Rule.PREFERENCES, minutesOutsidePreferredSessions(item, placement));
        weights.add(Rule.STABILITY, sessionsMovedFromRevised(item, placement));
        weights.add(Rule.SHORTENED, minutesCut(item, placement));
        var segments = placement.segments();
        if (segments.size() > 1) {
            for (int index = 0; index < segments.size(); index++) {
                weights.add(Rule.SHORT_SEGMENT, SegmentRules.minutesShort(placement, segments.get(index),
                        minSegmentMinutes));
            }
        }
    }

    // ---- Fits its body ----

    /** All the item's minutes when the body that takes it may not consider it. */
    public static int minutesInWrongBody(Item item, String bodyId) {
        return minutesInWrongBody(item, item.allowedBodies().contains(bodyId));
    }

    /** As {@link #minutesInWrongBody(Item, String)}, for a caller that remembers whether the body may consider it. */
    public static int minutesInWrongBody(Item item, boolean bodyMayConsiderIt) {
        return bodyMayConsiderIt ? 0 : item.plannedDuration();
    }

    static Penalty fitsItsBody(Item item, String bodyId) {
        return Penalty.ofItem(item, minutesInWrongBody(item, bodyId),
                Penalty.itemName(item) + " is taken up by " + bodyId + ", which may not consider it.");
    }

    // ---- Not splittable ----

    /** Minutes after the first segment, for an item to be taken in one go that is split. */
    public static int minutesCarriedOver(Item item, Placement placement) {
        var segments = placement.segments();
        if (item.splittable() || segments.size() < 2) {
            return 0;
        }
        return item.plannedDuration() - segments.get(0).minutes() - placement.overflowMinutes();
    }

    static Penalty notSplittable(Item item, Placement placement) {
        int minutes = minutesCarriedOver(item, placement);
        return Penalty.ofItem(item, minutes, Penalty.itemName(item) + " may not be split, but "
                + Penalty.minutes(minutes) + " of it continue into session "
                + placement.segments().get(1).session().id() + ".");
    }

    // ---- Fixed start ----

    /** How far the item is from its fixed start: the minutes off, or at least its duration when in another session. */
    public static int minutesFromFixedStart(Item item, Placement placement) {
        if (item.fixedStart() == null) {
            return 0;
        }
        int off = Math.abs(placement.start() - item.fixedStart());
        var segments = placement.segments();
        boolean inFixedSession = !segments.isEmpty() && segments.get(0).session() == item.fixedSession();
        return inFixedSession ? off : Math.max(item.plannedDuration(), off);
    }

    static Penalty fixedStart(Item item, Placement placement) {
        var segments = placement.segments();
        return Penalty.ofItem(item, minutesFromFixedStart(item, placement), Penalty.itemName(item) + " is fixed at "
                + Penalty.moment(item.fixedSession(), item.fixedStart())
                + (segments.isEmpty() ? " but finds no room after it."
                        : " but starts at " + Penalty.moment(segments.get(0).session(), placement.start()) + "."));
    }

    // ---- Time window ----

    /** Minutes before {@code notBefore} plus minutes after {@code notAfter}. */
    public static int minutesOutsideWindow(Item item, Placement placement) {
        int early = item.notBefore() == null ? 0 : Math.max(0, item.notBefore() - placement.start());
        int late = item.notAfter() == null ? 0 : Math.max(0, placement.end() - item.notAfter());
        return early + late;
    }

    static Penalty timeWindow(Item item, Placement placement) {
        int minutes = minutesOutsideWindow(item, placement);
        return Penalty.ofItem(item, minutes, Penalty.itemName(item) + " lies " + Penalty.minutes(minutes)
                + " outside its notBefore/notAfter window.");
    }

    // ---- Last session ----

    /** For the adoption of the report: its minutes outside its body's last session, those that found no room too. */
    public static int minutesOutsideLastSession(Item item, Placement placement, Session lastSession) {
        if (!item.mustBeInLastSession()) {
            return 0;
        }
        int outside = placement.overflowMinutes();
        for (var segment : placement.segments()) {
            if (segment.session() != lastSession) {
                outside += segment.minutes();
            }
        }
        return outside;
    }

    static Penalty lastSession(Item item, Placement placement, Session lastSession) {
        int minutes = minutesOutsideLastSession(item, placement, lastSession);
        return Penalty.ofItem(item, minutes, Penalty.itemName(item) + " belongs in the last session ("
                + lastSession.id() + "), but " + Penalty.minutes(minutes) + " of it fall outside it.");
    }

    // ---- Within the sessions ----

    /** Minutes that found no room before the body's last session closed. */
    public static int minutesBeyondLastSession(Placement placement) {
        return placement.overflowMinutes();
    }

    static Penalty withinSessions(Item item, Placement placement, String bodyId) {
        int minutes = minutesBeyondLastSession(placement);
        return Penalty.ofItem(item, minutes, Penalty.itemName(item) + " does not fit: " + Penalty.minutes(minutes)
                + " of it run past the last session of " + bodyId + ".");
    }

    // ---- Overnight continuation ----

    /** How many times the item runs from one day into another. */
    public static int nightsCrossed(Placement placement) {
        var segments = placement.segments();
        int count = 0;
        for (int i = 1; i < segments.size(); i++) {
            if (segments.get(i).session().day() != segments.get(i - 1).session().day()) {
                count++;
            }
        }
        return count;
    }

    static Penalty overnightContinuation(Item item, Placement placement) {
        return Penalty.ofItem(item, nightsCrossed(placement), describeOvernight(item, placement.segments()));
    }

    private static String describeOvernight(Item item, List<Segment> segments) {
        for (int i = 1; i < segments.size(); i++) {
            var before = segments.get(i - 1);
            var after = segments.get(i);
            if (before.session().day() != after.session().day()) {
                return Penalty.itemName(item) + " continues overnight from " + Penalty.moment(before.session(),
                        before.end()) + " to " + Penalty.moment(after.session(), after.start()) + ".";
            }
        }
        return Penalty.itemName(item) + " continues overnight.";
    }

    // ---- Shortened ----

    /** Minutes by which a placed item is planned shorter than its estimate. */
    public static int minutesCut(Item item, Placement placement) {
        return placement.segments().isEmpty() ? 0 : item.minutesCut();
    }

    static Penalty shortened(Item item, Placement placement) {
        int cut = minutesCut(item, placement);
        return Penalty.ofItem(item, cut, Penalty.itemName(item) + " is planned for " + Penalty.minutes(
                item.plannedDuration()) + " instead of " + Penalty.minutes(item.duration()) + ", shortened by "
                + Penalty.minutes(cut) + " (it may be shortened to " + Penalty.minutes(item.minDuration())
                + ") so that the business fits.");
    }

    // ---- Preferences ----

    /** Minutes outside the preferred sessions, those that found no room too; 0 for an item without preferences. */
    // ---- Stability ----

    /** What leaving the day an item was announced for counts, in sessions moved: a day's journal is read and acted on. */
    public static final int ANNOUNCED_DAY_SESSIONS = 4;

    /**
     * In a re-plan, how many sessions (of the bodies that may take it) the item's first session lies from the one the
     * revised programme gave it, plus {@link #ANNOUNCED_DAY_SESSIONS} when it leaves the day it was announced for; 0
     * outside a re-plan, for an item the revised programme did not place, and for one that finds no room.
     */
    public static int sessionsMovedFromRevised(Item item, Placement placement) {
        var revised = item.revisedSession();
        if (revised == null || placement.segments().isEmpty()) {
            return 0;
        }
        var now = placement.segments().get(0).session();
        if (now == revised) {
            return 0;
        }
        var sessions = item.getSessionsOfAllowedBodies();
        int moved = Math.max(1, Math.abs(sessions.indexOf(now) - sessions.indexOf(revised)));
        boolean leavesAnnouncedDay = item.announced() && now.day() != revised.day();
        return moved + (leavesAnnouncedDay ? ANNOUNCED_DAY_SESSIONS : 0);
    }

    static Penalty stability(Item item, Placement placement) {
        var now = placement.segments().get(0).session();
        var revised = item.revisedSession();
        return Penalty.ofItem(item, sessionsMovedFromRevised(item, placement), Penalty.itemName(item)
                + " moves from session " + revised.id() + " to " + now.id()
                + (item.announced() && now.day() != revised.day() ? ", off the day it was announced for." : "."));
    }

    public static int minutesOutsidePreferredSessions(Item item, Placement placement) {
        var preferred = item.preferredSessions();
        if (preferred.isEmpty()) {
            return 0;
        }
        int outside = placement.overflowMinutes();
        for (var segment : placement.segments()) {
            if (!preferred.contains(segment.session().id())) {
                outside += segment.minutes();
            }
        }
        return outside;
    }

    static Penalty preferences(Item item, Placement placement) {
        int minutes = minutesOutsidePreferredSessions(item, placement);
        return Penalty.ofItem(item, minutes, Penalty.itemName(item) + " has " + Penalty.minutes(minutes)
                + " outside its preferred sessions (" + String.join(", ", new TreeSet<>(item.preferredSessions()))
                + ").");
    }
}
