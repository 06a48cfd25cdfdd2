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
    final long[] totals = new long[Rule.values().length];
    /** Per window: how many segments fall in it, where the last one ends, and the minutes they fill. */
    final int[] segmentCount;
    private final int[] lastEnd;
    private final int[] busyMinutes;
    /** Per item (by agenda index): its place in the body's list, when the body takes it. */
    final int[] position;
    /** What leaving out the items the body takes would cost (placed or not): what is not here is unscheduled. */
    long itemMinutes;
    boolean dirty = true;

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
        this.interpretationCoverage = new byte[windowCount][];
        this.itemCount = itemCount;
        this.segmentCount = new int[windowCount];
        this.lastEnd = new int[windowCount];
        this.busyMinutes = new int[windowCount];
    }

    List<Window> windows() {
        return windows;
    }

    void allow(Item item) {
        mayTake[item.agendaIndex()] = item.allowedBodies().contains(plan.id());
    }

    /** Counts the body afresh. */
    void recount() {
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
        var items = plan.getItems();
        if (byAgendaIndex.length < items.size()) {
            byAgendaIndex = new Item[items.size()];
        }
        for (int position = 0; position < items.size(); position++) {
            var item = items.get(position);
            this.position[item.agendaIndex()] = position;
            itemMinutes += item.leftOutCost();
            if (!item.isScheduled()) {
                allPlaced = false;
                continue;
            }
            var placement = item.getPlacement();
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
}
