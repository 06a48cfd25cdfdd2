package org.agendaplanner.solver.rules;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countBi;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countTri;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.max;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.min;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;
import static ai.timefold.solver.core.api.score.stream.Joiners.equal;
import static ai.timefold.solver.core.api.score.stream.Joiners.filtering;
import static ai.timefold.solver.core.api.score.stream.Joiners.greaterThan;
import static ai.timefold.solver.core.api.score.stream.Joiners.lessThan;
import static ai.timefold.solver.core.api.score.stream.Joiners.lessThanOrEqual;
import static ai.timefold.solver.core.api.score.stream.Joiners.overlapping;

import java.util.function.Function;

import org.agendaplanner.solver.domain.EarlierAlternative;
import org.agendaplanner.solver.domain.Item;
import org.agendaplanner.solver.domain.MeetingLimits;
import org.agendaplanner.solver.domain.OrderLink;
import org.agendaplanner.solver.domain.Segment;
import org.agendaplanner.solver.domain.Session;
import org.agendaplanner.solver.domain.TogetherLink;
import org.agendaplanner.solver.domain.Window;

import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.uni.UniConstraintStream;

/**
 * The rules of a good organization of work, one method each. Penalties are in minutes wherever a rule has a
 * magnitude, so the score itself says how bad a break is.
 */
public class AgendaConstraints implements ConstraintProvider {

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        return new Constraint[] {
                // Hard: a programme that breaks one of these cannot be published.
                fitsItsBody(factory),
                noOverlap(factory),
                nothingBesideAnExclusiveSession(factory),
                interpretationAvailable(factory),
                interpretationTeams(factory),
                interpretationBudget(factory),
                order(factory),
                notSplittable(factory),
                fixedStart(factory),
                timeWindow(factory),
                lastSession(factory),
                withinSessions(factory),
                differsFromEarlierAlternatives(factory),
                // Medium: better to leave an item out than to break a hard rule, but only then.
                unscheduled(factory),
                // Soft: what a careful planner prefers.
                shortSegment(factory),
                overnightContinuation(factory),
                idleTime(factory),
                unusedTimeBeforeLaterItems(factory),
                freeItemOutOfOrder(factory),
                together(factory),
                preferences(factory),
                draftingTime(factory),
                stability(factory),
                shortened(factory)
        };
    }

    /** Items placed in some body's list; unplaced items are the business of {@link #unscheduled}. */
    private static UniConstraintStream<Item> scheduledItems(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Item.class).filter(Item::isScheduled);
    }

    private static UniConstraintStream<Segment> segments(ConstraintFactory factory) {
        return scheduledItems(factory).flattenLast(Item::segments);
    }

    /** Interpreted sessions that hold at least one segment: those that need interpreters. */
    private static UniConstraintStream<Session> interpretedSessionsInUse(ConstraintFactory factory) {
        return segments(factory)
                .filter(segment -> segment.session().isInterpreted())
                .groupBy(Segment::session);
    }

    Constraint fitsItsBody(ConstraintFactory factory) {
        return scheduledItems(factory)
                .filter(item -> ItemRules.minutesInWrongBody(item, item.getBodyPlan().id()) > 0)
                .penalize(Rule.FITS_ITS_BODY.defaultWeight(),
                        item -> ItemRules.minutesInWrongBody(item, item.getBodyPlan().id()))
                .justifyWith((item, score) -> ItemRules.fitsItsBody(item, item.getBodyPlan().id()))
                .asConstraint(Rule.FITS_ITS_BODY.constraintName());
    }

    /**
     * Only an item placed exactly where a planner's draft put it can overlap another: the solver starts every item
     * after the one before it. Joining from drafted items alone keeps this rule out of the search's way.
     */
    Constraint noOverlap(ConstraintFactory factory) {
        return scheduledItems(factory)
                .filter(Item::isDrafted)
                .join(scheduledItems(factory),
                        equal(Item::getBodyPlan),
                        overlapping(Item::start, Item::end),
                        filtering((first, second) -> first != second
                                && (!second.isDrafted() || first.agendaIndex() < second.agendaIndex())))
                .filter((first, second) -> first.minutesOverlapping(second) > 0)
                .penalize(Rule.NO_OVERLAP.defaultWeight(), Item::minutesOverlapping)
                .justifyWith((first, second, score) -> SpanningRules.noOverlap(first, second))
                .asConstraint(Rule.NO_OVERLAP.constraintName());
    }

    Constraint nothingBesideAnExclusiveSession(ConstraintFactory factory) {
        return segments(factory)
                .join(Session.class,
                        overlapping(Segment::start, Segment::end, Session::start, Session::end),
                        filtering((segment, session) -> SegmentRules.minutesBeside(segment, session) > 0))
                .penalize(Rule.NOTHING_BESIDE_AN_EXCLUSIVE_SESSION.defaultWeight(), SegmentRules::minutesBeside)
                .justifyWith((segment, session, score) -> SegmentRules.nothingBesideAnExclusiveSession(segment, session))
                .asConstraint(Rule.NOTHING_BESIDE_AN_EXCLUSIVE_SESSION.constraintName());
    }

    Constraint interpretationAvailable(ConstraintFactory factory) {
        return segments(factory)
                .filter(segment -> SegmentRules.minutesWithoutInterpretation(segment) > 0)
                .penalize(Rule.INTERPRETATION_AVAILABLE.defaultWeight(), SegmentRules::minutesWithoutInterpretation)
                .justifyWith((segment, score) -> SegmentRules.interpretationAvailable(segment))
                .asConstraint(Rule.INTERPRETATION_AVAILABLE.constraintName());
    }

    /**
     * Counted at each moment an interpreted session in use starts: how many interpreted sessions in use run then.
     * The most that run at once is always reached at such a moment; each moment is counted once.
     */
    Constraint interpretationTeams(ConstraintFactory factory) {
        return interpretedSessionsInUse(factory)
                .groupBy(Session::start, min(Session::id))
                .join(interpretedSessionsInUse(factory),
                        filtering((moment, firstId, running) -> running.start() <= moment && moment < running.end()))
                .groupBy((moment, firstId, running) -> firstId, countTri())
                .join(MeetingLimits.class)
                .filter((firstId, running, limits) -> running > limits.interpretationTeams())
                .penalize(Rule.INTERPRETATION_TEAMS.defaultWeight(),
                        (firstId, running, limits) -> running - limits.interpretationTeams())
                .justifyWith((firstId, running, limits, score) -> SpanningRules.interpretationTeams(firstId, running,
                        limits.interpretationTeams()))
                .asConstraint(Rule.INTERPRETATION_TEAMS.constraintName());
    }

    Constraint interpretationBudget(ConstraintFactory factory) {
        return interpretedSessionsInUse(factory)
                .groupBy(count())
                .join(MeetingLimits.class)
                .filter((inUse, limits) -> limits.maxInterpretedSessions() != null
                        && inUse > limits.maxInterpretedSessions())
                .penalize(Rule.INTERPRETATION_BUDGET.defaultWeight(),
                        (inUse, limits) -> inUse - limits.maxInterpretedSessions())
                .justifyWith((inUse, limits, score) -> SpanningRules.interpretationBudget(inUse,
                        limits.maxInterpretedSessions()))
                .asConstraint(Rule.INTERPRETATION_BUDGET.constraintName());
    }

    /**
     * Pairs (before, after) where {@code after} starts before {@code before} ends: explicit "after" links, and
     * agenda order among the items one body takes. Comparing every earlier item of the body, not only the
     * nearest, keeps the order whole when an item in between is left out.
     */
    Constraint order(ConstraintFactory factory) {
        var explicitLinks = factory.forEach(OrderLink.class)
                .join(scheduledItems(factory), equal(OrderLink::beforeId, Item::id))
                .join(scheduledItems(factory), equal((link, before) -> link.afterId(), Item::id))
                .map((link, before, after) -> before, (link, before, after) -> after);
        var agendaOrder = scheduledItems(factory)
                .filter(Item::followsAgendaOrder)
                .join(scheduledItems(factory).filter(Item::followsAgendaOrder),
                        equal(Item::getBodyPlan),
                        lessThan(Item::agendaIndex),
                        greaterThan(Item::end, Item::start));
        return explicitLinks.concat(agendaOrder)
                .filter((before, after) -> after.start() < before.end())
                .distinct()
                .penalize(Rule.ORDER.defaultWeight(), SpanningRules::minutesEarly)
                .justifyWith((before, after, score) -> SpanningRules.order(before, after))
                .asConstraint(Rule.ORDER.constraintName());
    }

    Constraint notSplittable(ConstraintFactory factory) {
        return scheduledItems(factory)
                .filter(item -> ItemRules.minutesCarriedOver(item, item.getPlacement()) > 0)
                .penalize(Rule.NOT_SPLITTABLE.defaultWeight(),
                        item -> ItemRules.minutesCarriedOver(item, item.getPlacement()))
                .justifyWith((item, score) -> ItemRules.notSplittable(item, item.getPlacement()))
                .asConstraint(Rule.NOT_SPLITTABLE.constraintName());
    }

    Constraint fixedStart(ConstraintFactory factory) {
        return scheduledItems(factory)
                .filter(item -> ItemRules.minutesFromFixedStart(item, item.getPlacement()) > 0)
                .penalize(Rule.FIXED_START.defaultWeight(),
                        item -> ItemRules.minutesFromFixedStart(item, item.getPlacement()))
                .justifyWith((item, score) -> ItemRules.fixedStart(item, item.getPlacement()))
                .asConstraint(Rule.FIXED_START.constraintName());
    }

    Constraint timeWindow(ConstraintFactory factory) {
        return scheduledItems(factory)
                .filter(item -> ItemRules.minutesOutsideWindow(item, item.getPlacement()) > 0)
                .penalize(Rule.TIME_WINDOW.defaultWeight(),
                        item -> ItemRules.minutesOutsideWindow(item, item.getPlacement()))
                .justifyWith((item, score) -> ItemRules.timeWindow(item, item.getPlacement()))
                .asConstraint(Rule.TIME_WINDOW.constraintName());
    }

    Constraint lastSession(ConstraintFactory factory) {
        return scheduledItems(factory)
                .filter(item -> ItemRules.minutesOutsideLastSession(item, item.getPlacement(), lastSessionOf(item)) > 0)
                .penalize(Rule.LAST_SESSION.defaultWeight(),
                        item -> ItemRules.minutesOutsideLastSession(item, item.getPlacement(), lastSessionOf(item)))
                .justifyWith((item, score) -> ItemRules.lastSession(item, item.getPlacement(), lastSessionOf(item)))
                .asConstraint(Rule.LAST_SESSION.constraintName());
    }

    private static Session lastSessionOf(Item item) {
        return item.getBodyPlan().timeline().lastSession();
    }

    Constraint withinSessions(ConstraintFactory factory) {
        return scheduledItems(factory)
                .filter(item -> ItemRules.minutesBeyondLastSession(item.getPlacement()) > 0)
                .penalize(Rule.WITHIN_SESSIONS.defaultWeight(),
                        item -> ItemRules.minutesBeyondLastSession(item.getPlacement()))
                .justifyWith((item, score) -> ItemRules.withinSessions(item, item.getPlacement(),
                        item.getBodyPlan().id()))
                .asConstraint(Rule.WITHIN_SESSIONS.constraintName());
    }

    /** Counts, per earlier alternative, the items that start as they did there; all of them is a repeat. */
    Constraint differsFromEarlierAlternatives(ConstraintFactory factory) {
        return factory.forEach(EarlierAlternative.class)
                .join(factory.forEachIncludingUnassigned(Item.class),
                        filtering((alternative, item) -> alternative.startsAsBefore(item)))
                .groupBy((alternative, item) -> alternative, countBi())
                .filter((alternative, same) -> same == alternative.itemCount())
                .penalize(Rule.DIFFERS_FROM_EARLIER_ALTERNATIVES.defaultWeight())
                .justifyWith((alternative, same, score) -> SpanningRules.differsFromEarlierAlternatives(alternative))
                .asConstraint(Rule.DIFFERS_FROM_EARLIER_ALTERNATIVES.constraintName());
    }

    Constraint unscheduled(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Item.class)
                .filter(Item::isUnscheduled)
                .penalizeLong(Rule.UNSCHEDULED.defaultWeight(), Item::leftOutCost)
                .justifyWith((item, score) -> SpanningRules.unscheduled(item))
                .asConstraint(Rule.UNSCHEDULED.constraintName());
    }

    Constraint shortSegment(ConstraintFactory factory) {
        return segments(factory)
                .join(MeetingLimits.class)
                .filter((segment, limits) -> minutesShort(segment, limits) > 0)
                .penalize(Rule.SHORT_SEGMENT.defaultWeight(), AgendaConstraints::minutesShort)
                .justifyWith((segment, limits, score) -> SegmentRules.shortSegment(segment.item().getPlacement(),
                        segment, limits.minSegmentMinutes()))
                .asConstraint(Rule.SHORT_SEGMENT.constraintName());
    }

    private static int minutesShort(Segment segment, MeetingLimits limits) {
        return SegmentRules.minutesShort(segment.item().getPlacement(), segment, limits.minSegmentMinutes());
    }

    Constraint overnightContinuation(ConstraintFactory factory) {
        return scheduledItems(factory)
                .filter(item -> ItemRules.nightsCrossed(item.getPlacement()) > 0)
                .penalize(Rule.OVERNIGHT_CONTINUATION.defaultWeight(), item -> ItemRules.nightsCrossed(item.getPlacement()))
                .justifyWith((item, score) -> ItemRules.overnightContinuation(item, item.getPlacement()))
                .asConstraint(Rule.OVERNIGHT_CONTINUATION.constraintName());
    }

    /** Per window in use: everything up to its last segment's end that no segment fills. */
    Constraint idleTime(ConstraintFactory factory) {
        return segments(factory)
                .groupBy(Segment::window, max(Segment::end), sum(Segment::minutes))
                .filter((window, lastEnd, busy) -> lastEnd - window.start() > busy)
                .penalize(Rule.IDLE_TIME.defaultWeight(), (window, lastEnd, busy) -> lastEnd - window.start() - busy)
                .justifyWith((window, lastEnd, busy, score) -> SpanningRules.idleTime(window,
                        lastEnd - window.start() - busy))
                .asConstraint(Rule.IDLE_TIME.constraintName());
    }

    /**
     * Unused minutes at the end of a window that has items, and whole windows without any, counted only while
     * the same body takes items later on.
     */
    Constraint unusedTimeBeforeLaterItems(ConstraintFactory factory) {
        var unusedEnds = segments(factory)
                .groupBy(Segment::window, max(Segment::end))
                .filter((window, lastEnd) -> lastEnd < window.end())
                .map((window, lastEnd) -> window, (window, lastEnd) -> window.end() - lastEnd);
        var emptyWindows = factory.forEach(Window.class)
                .ifNotExists(segments(factory), equal(Function.identity(), Segment::window))
                .map(Function.identity(), Window::minutes);
        return unusedEnds.concat(emptyWindows)
                .ifExists(segments(factory).filter(segment -> !segment.item().mustBeInLastSession()),
                        equal((window, unused) -> window.session().bodyId(), segment -> segment.session().bodyId()),
                        lessThanOrEqual((window, unused) -> window.end(), Segment::start))
                .penalize(Rule.UNUSED_TIME_BEFORE_LATER_ITEMS.defaultWeight(), (window, unused) -> unused)
                .justifyWith((window, unused, score) -> SpanningRules.unusedTimeBeforeLaterItems(window, unused))
                .asConstraint(Rule.UNUSED_TIME_BEFORE_LATER_ITEMS.constraintName());
    }

    /**
     * Pairs of a body's items taken against agenda order where at least one of them is free to move. Joining from
     * the free items only keeps the rule cheap where, as usual, few items are free.
     */
    Constraint freeItemOutOfOrder(ConstraintFactory factory) {
        return scheduledItems(factory)
                .filter(item -> !item.followsAgendaOrder())
                .join(scheduledItems(factory),
                        equal(Item::getBodyPlan),
                        filtering((free, other) -> free != other && SpanningRules.takenAgainstAgendaOrder(free, other)
                                && (other.followsAgendaOrder() || free.agendaIndex() < other.agendaIndex())))
                .penalize(Rule.FREE_ITEM_OUT_OF_ORDER.defaultWeight())
                .justifyWith((free, other, score) -> SpanningRules.freeItemOutOfOrder(free, other))
                .asConstraint(Rule.FREE_ITEM_OUT_OF_ORDER.constraintName());
    }

    /**
     * Reads list positions through {@link Item#itemsBetween}, which no shadow variable tracks: an item taken out from
     * between two linked items changes their distance without changing them. That is right for these streams, which
     * always score from scratch (the search counts with {@link AgendaScoreCalculator}); streams run incrementally
     * would need the positions as a shadow variable again.
     */
    Constraint together(ConstraintFactory factory) {
        return factory.forEach(TogetherLink.class)
                .join(scheduledItems(factory), equal(TogetherLink::firstId, Item::id))
                .join(scheduledItems(factory), equal((link, first) -> link.secondId(), Item::id))
                .filter((link, first, second) -> first.itemsBetween(second) != 0)
                .penalize(Rule.TOGETHER.defaultWeight(),
                        (link, first, second) -> SpanningRules.separation(first.itemsBetween(second)))
                .justifyWith((link, first, second, score) -> SpanningRules.together(first, second))
                .asConstraint(Rule.TOGETHER.constraintName());
    }

    Constraint preferences(ConstraintFactory factory) {
        return scheduledItems(factory)
                .filter(item -> ItemRules.minutesOutsidePreferredSessions(item, item.getPlacement()) > 0)
                .penalize(Rule.PREFERENCES.defaultWeight(),
                        item -> ItemRules.minutesOutsidePreferredSessions(item, item.getPlacement()))
                .justifyWith((item, score) -> ItemRules.preferences(item, item.getPlacement()))
                .asConstraint(Rule.PREFERENCES.constraintName());
    }

    Constraint shortened(ConstraintFactory factory) {
        return scheduledItems(factory)
                .filter(item -> ItemRules.minutesCut(item, item.getPlacement()) > 0)
                .penalize(Rule.SHORTENED.defaultWeight(), item -> ItemRules.minutesCut(item, item.getPlacement()))
                .justifyWith((item, score) -> ItemRules.shortened(item, item.getPlacement()))
                .asConstraint(Rule.SHORTENED.constraintName());
    }

    Constraint stability(ConstraintFactory factory) {
        return scheduledItems(factory)
                .filter(item -> ItemRules.sessionsMovedFromRevised(item, item.getPlacement()) > 0)
                .penalize(Rule.STABILITY.defaultWeight(),
                        item -> ItemRules.sessionsMovedFromRevised(item, item.getPlacement()))
                .justifyWith((item, score) -> ItemRules.stability(item, item.getPlacement()))
                .asConstraint(Rule.STABILITY.constraintName());
    }

    /**
     * The adoption of the report (a last-session item) wants the configured drafting time free before it. The
     * item before it is joined, not reached through the adoption, so that moving it re-evaluates the rule.
     */
    Constraint draftingTime(ConstraintFactory factory) {
        return scheduledItems(factory)
                .filter(Item::mustBeInLastSession)
                .join(scheduledItems(factory), equal(Item::getPreviousItem, Function.identity()))
                .join(MeetingLimits.class, filtering((adoption, before, limits) ->
                        SpanningRules.draftingMinutesShort(before, adoption, limits.draftingMinutes()) > 0))
                .penalize(Rule.DRAFTING_TIME.defaultWeight(), (adoption, before, limits) ->
                        SpanningRules.draftingMinutesShort(before, adoption, limits.draftingMinutes()))
                .justifyWith((adoption, before, limits, score) -> SpanningRules.draftingTime(before, adoption,
                        limits.draftingMinutes()))
                .asConstraint(Rule.DRAFTING_TIME.constraintName());
    }
}
