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

    /** Sum of match weights per rule (by {@link Rule#ordinal()}), for this body alone. */
    long[] totals = new long[Rule.values().length];
    /** Per window: how many segments fall in it, where the last one ends, and the minutes they fill. */
    int[] segmentCount;
    private final int[] lastEnd;
    private final int[] busyMinutes;
    /** Per item (by agenda index): its place in the body's list, when the body takes it. */
    int[] position;
    /** What leaving out the items the body takes would cost (placed or not): what is not here is unscheduled. */
    long itemMinutes;
    boolean dirty = true;

    /**
     * What the count depends on, as it was at the last count: the items in list order, their placements (the same
     * objects while an item stays where it was, see {@code Item.place()}) and their cuts.
     */
    private Counted counted = new Counted();
    /**
     * The count before the last one, with what it depended on. Most moves the search tries it takes back; the body
     * is then as at that count, and its figures are taken back rather than counted again.
     */
    private Counted earlier = new Counted();
    private long[] earlierTotals = new long[Rule.values().length];
    private int[] earlierSegmentCount;
    private int[] earlierPosition;
    private long earlierItemMinutes;

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
        this.position = new int[itemCount];
        this.earlierPosition = new int[itemCount];
        this.interpretationCoverage = new byte[windowCount][];
        this.itemCount = itemCount;
        this.segmentCount = new int[windowCount];
        this.earlierSegmentCount = new int[windowCount];
        this.lastEnd = new int[windowCount];
        this.busyMinutes = new int[windowCount];
    }

    List<Window> windows() {
        return windows;
    }

    void allow(Item item) {
        mayTake[item.agendaIndex()] = item.allowedBodies().contains(plan.id());
    }

    /** Counts the body, or takes back the count before the last one when the body is as it was then. */
    void recount() {
        var items = plan.getItems();
        boolean asEarlier = earlier.describes(items);
        swapWithEarlier();
        if (!asEarlier) {
            countAfresh(items);
        }
    }

    private void swapWithEarlier() {
        var totals = this.totals;
        this.totals = earlierTotals;
        earlierTotals = totals;
        var segmentCount = this.segmentCount;
        this.segmentCount = earlierSegmentCount;
        earlierSegmentCount = segmentCount;
        var position = this.position;
        this.position = earlierPosition;
        earlierPosition = position;
        long itemMinutes = this.itemMinutes;
        this.itemMinutes = earlierItemMinutes;
        earlierItemMinutes = itemMinutes;
        var counted = this.counted;
        this.counted = earlier;
        earlier = counted;
    }

    /** Counts the body afresh. */
    private void countAfresh(List<Item> items) {
        Arrays.fill(totals, 0);
        Arrays.fill(segmentCount, 0);
        Arrays.fill(busyMinutes, 0);
        itemMinutes = 0;
        freeItems.clear();
        draftedItems.clear();
        int inAgendaOrder = 0;
        boolean listedInAgendaOrder = true;
        boolean allPlaced = true;
        int latestStartOfOrdinaryItem = Integer.MIN_VALUE;
        if (byAgendaIndex.length < items.size()) {
            byAgendaIndex = new Item[items.size()];
        }
        counted.clear(items.size());
        for (int position = 0; position < items.size(); position++) {
            var item = items.get(position);
            var placement = item.getPlacement();
            counted.add(item, placement);
            this.position[item.agendaIndex()] = position;
            itemMinutes += item.leftOutCost();
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

    /** A body's list as a count saw it. Compared by identity: a placement is immutable, and made anew when it changes. */
    private static final class Counted {

        private Item[] items = new Item[0];
        private Placement[] placements = new Placement[0];
        private int[] cuts = new int[0];
        /** -1 before the first count, so that nothing matches it. */
        private int size = -1;

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
