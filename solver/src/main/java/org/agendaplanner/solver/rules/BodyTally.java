package org.agendaplanner.solver.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.agendaplanner.solver.domain.BodyPlan;
import org.agendaplanner.solver.domain.Item;
import org.agendaplanner.solver.domain.MeetingLimits;
import org.agendaplanner.solver.domain.Placement;
import org.agendaplanner.solver.domain.Segment;
import org.agendaplanner.solver.domain.Session;
import org.agendaplanner.solver.domain.Window;

/**
 * What one body's programme costs, rule by rule, in one pass over the items it takes. Every rule that looks only at
 * one body is counted here; the search's score calculator recounts a body when a move touches it and leaves the
 * others as they were. Each count is the sum of the match weights that {@link AgendaConstraints} gives the same
 * rule, so multiplying by the rule's weight gives the same score.
 */
final class BodyTally implements ItemRules.MatchWeights {

    private final BodyPlan plan;
    private final MeetingLimits limits;
    private final List<Window> windows;
    private final Session lastSession;
    /** Per window: the sessions of other bodies that nothing may run beside and that overlap the window. */
    private final Session[][] exclusiveBeside;
    /** Per item (by agenda index): whether this body may take it up. */
    private final boolean[] mayTake;
    /**
     * Per window and item: 0 not yet known, 1 the session has the item's interpretation, 2 it lacks some. A window's
     * row is made when a draft first lands in it, since only a draft can.
     */
    private final byte[][] interpretationCoverage;
    private final int itemCount;

    // The figures of the current count (those of {@link #count}, named here for the rules that add to them).
    /** Sum of match weights per rule (by {@link Rule#ordinal()}), for this body alone. */
    long[] totals;
    /** Per window: how many segments fall in it, where the last one ends, and the minutes they fill. */
    int[] segmentCount;
    private final int[] lastEnd;
    private final int[] busyMinutes;
    /** Per item (by agenda index): its place in the body's list, when the body takes it. */
    int[] position;
    boolean dirty = true;

    /** The count the figures above are, with what it depended on. */
    private Count count;
    /**
     * Earlier counts, with what they depended on. The search takes back most moves it tries, so the body is often
     * as at one of them again; its figures are then taken back rather than counted again. The one used longest ago
     * makes room for a new count.
     */
    private final Count[] earlierCounts = new Count[2];
    private long recounts;

    private Item[] byAgendaIndex = new Item[16];
    private final List<Item> freeItems = new ArrayList<>();
    private final List<Item> draftedItems = new ArrayList<>();

    BodyTally(BodyPlan plan, MeetingLimits limits, List<Session> sessions, int itemCount) {
        this.plan = plan;
        this.limits = limits;
        this.windows = plan.timeline().windows();
        this.lastSession = plan.timeline().lastSession();
        int windowCount = windows.size();
        this.exclusiveBeside = new Session[windowCount][];
        for (int index = 0; index < windowCount; index++) {
            var window = windows.get(index);
            exclusiveBeside[index] = sessions.stream()
                    .filter(session -> session.isExclusive() && !session.bodyId().equals(plan.id())
                            && session.start() < window.end() && window.start() < session.end())
                    .toArray(Session[]::new);
        }
        this.mayTake = new boolean[itemCount];
        this.interpretationCoverage = new byte[windowCount][];
        this.itemCount = itemCount;
        use(new Count(windowCount, itemCount));
        for (int index = 0; index < earlierCounts.length; index++) {
            earlierCounts[index] = new Count(windowCount, itemCount);
        }
        this.lastEnd = new int[windowCount];
        this.busyMinutes = new int[windowCount];
    }

    List<Window> windows() {
        return windows;
    }

    void allow(Item item) {
        mayTake[item.agendaIndex()] = item.allowedBodies().contains(plan.id());
    }

    /** Counts the body, or takes back an earlier count when the body is as it was then. */
    void recount() {
        var items = plan.getItems();
        recounts++;
        if (count.describes(items)) {
            count.lastUsed = recounts;
            return;
        }
        int leastRecent = 0;
        for (int index = 0; index < earlierCounts.length; index++) {
            if (earlierCounts[index].describes(items)) {
                takeBack(index);
                return;
            }
            if (earlierCounts[index].lastUsed < earlierCounts[leastRecent].lastUsed) {
                leastRecent = index;
            }
        }
        takeBack(leastRecent);
        countAfresh(items);
    }

    /** Makes an earlier count the current one, and keeps the current one among the earlier ones. */
    private void takeBack(int index) {
        var earlier = earlierCounts[index];
        count.lastUsed = recounts;
        earlierCounts[index] = count;
        use(earlier);
        earlier.lastUsed = recounts;
    }

    private void use(Count count) {
        this.count = count;
        totals = count.totals;
        segmentCount = count.segmentCount;
        position = count.position;
    }

    /** What leaving out the items the body takes would cost (placed or not): what is not here is unscheduled. */
    long itemMinutes() {
        return count.itemMinutes;
    }

    /** Counts the body afresh. */
    private void countAfresh(List<Item> items) {
        Arrays.fill(totals, 0);
        Arrays.fill(segmentCount, 0);
        Arrays.fill(busyMinutes, 0);
        count.itemMinutes = 0;
        freeItems.clear();
        draftedItems.clear();
        int inAgendaOrder = 0;
        boolean listedInAgendaOrder = true;
        boolean allPlaced = true;
        int latestStartOfOrdinaryItem = Integer.MIN_VALUE;
        if (byAgendaIndex.length < items.size()) {
            byAgendaIndex = new Item[items.size()];
        }
        count.clear(items.size());
        for (int position = 0; position < items.size(); position++) {
            var item = items.get(position);
            var placement = item.getPlacement();
            count.add(item, placement);
            this.position[item.agendaIndex()] = position;
            count.itemMinutes += item.leftOutCost();
            if (placement == null) {
                allPlaced = false;
                continue;
            }
            countItemRules(item, placement);
            var segments = placement.segments();
            for (int index = 0; index < segments.size(); index++) {
                var segment = segments.get(index);
                countSegmentRules(item, segment);
                if (!item.mustBeInLastSession()) {
                    latestStartOfOrdinaryItem = Math.max(latestStartOfOrdinaryItem, segment.start());
                }
            }
            if (item.followsAgendaOrder()) {
                listedInAgendaOrder &= inAgendaOrder == 0
                        || byAgendaIndex[inAgendaOrder - 1].agendaIndex() < item.agendaIndex();
                byAgendaIndex[inAgendaOrder++] = item;
            } else {
                freeItems.add(item);
            }
            if (item.isDrafted()) {
                draftedItems.add(item);
            }
        }
        countWindowRules(latestStartOfOrdinaryItem);
        // Each placed item starts where the one before it in the list ends, or later; so items listed in agenda
        // order cannot break it. Only a planner's draft, placed exactly, escapes that.
        if (!listedInAgendaOrder || !allPlaced || !draftedItems.isEmpty()) {
            sortByAgendaIndex(inAgendaOrder);
            countAgendaOrder(inAgendaOrder);
        }
        Arrays.fill(byAgendaIndex, 0, inAgendaOrder, null);
        countFreeItemsOutOfOrder(items);
        countOverlapsOfDraftedItems(items);
    }

    @Override
    public void add(Rule rule, int matchWeight) {
        totals[rule.ordinal()] += matchWeight;
    }

    /** The rules that look at one item alone: the measures of {@link ItemRules}, which the streams penalize too. */
    private void countItemRules(Item item, Placement placement) {
        add(Rule.FITS_ITS_BODY, ItemRules.minutesInWrongBody(item, mayTake[item.agendaIndex()]));
        ItemRules.countPlacement(item, placement, lastSession, limits.minSegmentMinutes(), this);
        if (item.mustBeInLastSession() && limits.draftingMinutes() > 0) {
            countDraftingTime(item);
        }
    }

    /** The Drafting time rule: session time left free between the item before the adoption and the adoption. */
    private void countDraftingTime(Item adoption) {
        var before = adoption.getPreviousItem();
        if (before == null || !before.isScheduled()) {
            return;
        }
        add(Rule.DRAFTING_TIME, SpanningRules.draftingMinutesShort(before, adoption, limits.draftingMinutes()));
    }

    /** The per-window figures, and the segment rules {@link ItemRules#countPlacement} leaves to this count. */
    private void countSegmentRules(Item item, Segment segment) {
        int window = segment.windowIndex();
        segmentCount[window]++;
        lastEnd[window] = segmentCount[window] == 1 ? segment.end() : Math.max(lastEnd[window], segment.end());
        busyMinutes[window] += segment.minutes();
        // The timeline lays a placed item only in windows with its interpretation; only a draft can be elsewhere.
        if (item.isDrafted()) {
            add(Rule.INTERPRETATION_AVAILABLE,
                    SegmentRules.minutesWithoutInterpretation(segment, hasInterpretation(window, segment, item)));
        }
        for (var exclusive : exclusiveBeside[window]) {
            add(Rule.NOTHING_BESIDE_AN_EXCLUSIVE_SESSION, SegmentRules.minutesBeside(segment, exclusive));
        }
    }

    /** Whether the segment's session is interpreted into the item's languages; remembered, as it never changes. */
    private boolean hasInterpretation(int window, Segment segment, Item item) {
        if (interpretationCoverage[window] == null) {
            interpretationCoverage[window] = new byte[itemCount];
        }
        byte known = interpretationCoverage[window][item.agendaIndex()];
        if (known == 0) {
            known = segment.session().coversLanguages(item.languages()) ? (byte) 1 : (byte) 2;
            interpretationCoverage[window][item.agendaIndex()] = known;
        }
        return known == 1;
    }

    /**
     * Idle time inside a window before its last segment ends, and unused time at the end of a window (or a whole
     * empty window) while an item that is not the adoption of the report starts later in the body.
     */
    private void countWindowRules(int latestStartOfOrdinaryItem) {
        for (int index = 0; index < windows.size(); index++) {
            var window = windows.get(index);
            int unused;
            if (segmentCount[index] > 0) {
                add(Rule.IDLE_TIME, Math.max(0, lastEnd[index] - window.start() - busyMinutes[index]));
                unused = window.end() - lastEnd[index];
            } else {
                unused = window.minutes();
            }
            if (unused > 0 && window.end() <= latestStartOfOrdinaryItem) {
                add(Rule.UNUSED_TIME_BEFORE_LATER_ITEMS, unused);
            }
        }
    }

    /** Insertion sort: a move takes an item or two out of agenda order, so the items arrive nearly sorted. */
    private void sortByAgendaIndex(int count) {
        for (int next = 1; next < count; next++) {
            var item = byAgendaIndex[next];
            int position = next;
            while (position > 0 && byAgendaIndex[position - 1].agendaIndex() > item.agendaIndex()) {
                byAgendaIndex[position] = byAgendaIndex[position - 1];
                position--;
            }
            byAgendaIndex[position] = item;
        }
    }

    /**
     * The agenda part of the Order rule: every pair of the body's items under agenda order where the later one
     * starts before the earlier one ends. Only when some earlier item ends after an item starts are the earlier
     * items searched, which in a sound programme is never.
     */
    private void countAgendaOrder(int count) {
        int latestEnd = Integer.MIN_VALUE;
        for (int later = 0; later < count; later++) {
            var after = byAgendaIndex[later];
            if (latestEnd > after.start()) {
                for (int earlier = 0; earlier < later; earlier++) {
                    add(Rule.ORDER, SpanningRules.minutesEarly(byAgendaIndex[earlier], after));
                }
            }
            latestEnd = Math.max(latestEnd, after.end());
        }
    }

    private void countFreeItemsOutOfOrder(List<Item> items) {
        for (var free : freeItems) {
            for (var other : items) {
                if (other != free && other.isScheduled() && SpanningRules.takenAgainstAgendaOrder(free, other)
                        && (other.followsAgendaOrder() || free.agendaIndex() < other.agendaIndex())) {
                    add(Rule.FREE_ITEM_OUT_OF_ORDER, 1);
                }
            }
        }
    }

    private void countOverlapsOfDraftedItems(List<Item> items) {
        for (var drafted : draftedItems) {
            for (var other : items) {
                if (other != drafted && other.isScheduled()
                        && (!other.isDrafted() || drafted.agendaIndex() < other.agendaIndex())) {
                    add(Rule.NO_OVERLAP, drafted.minutesOverlapping(other));
                }
            }
        }
    }

    /**
     * One count of the body, with what it depended on: the items in list order, their placements and their cuts.
     * Compared by identity: a placement is immutable and made anew when it changes, and an item that comes back to
     * where it was gets back the very placement it had (see {@code Item.place()}).
     */
    private static final class Count {

        final long[] totals = new long[Rule.values().length];
        final int[] segmentCount;
        final int[] position;
        long itemMinutes;
        /** When the count was last the current one, in recounts of the body. */
        long lastUsed;

        private Item[] items = new Item[0];
        private Placement[] placements = new Placement[0];
        private int[] cuts = new int[0];
        /** -1 before the first count, so that nothing matches it. */
        private int size = -1;

        Count(int windowCount, int itemCount) {
            segmentCount = new int[windowCount];
            position = new int[itemCount];
        }

        boolean describes(List<Item> list) {
            if (list.size() != size) {
                return false;
            }
            for (int index = 0; index < size; index++) {
                var item = list.get(index);
                if (items[index] != item || placements[index] != item.getPlacement()
                        || cuts[index] != item.minutesCut()) {
                    return false;
                }
            }
            return true;
        }

        /** Starts remembering a list of {@code capacity} items. */
        void clear(int capacity) {
            size = 0;
            if (items.length < capacity) {
                items = new Item[capacity];
                placements = new Placement[capacity];
                cuts = new int[capacity];
            }
        }

        void add(Item item, Placement placement) {
            items[size] = item;
            placements[size] = placement;
            cuts[size] = item.minutesCut();
            size++;
        }
    }
}
