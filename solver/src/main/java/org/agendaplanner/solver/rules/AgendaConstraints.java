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

import java.util.List;
import java.util.function.Function;
import java.util.TreeSet;

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
                draftingTime(factory)
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
                .filter(Item::isInWrongBody)
                .penalize(Rule.FITS_ITS_BODY.defaultWeight(), Item::duration)
                .justifyWith((item, score) -> Penalty.ofItem(item, item.duration(), Penalty.itemName(item)
                        + " is taken up by " + item.getBodyPlan().id() + ", which may not consider it."))
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
                .justifyWith((first, second, score) -> new Penalty(List.of(first.id(), second.id()),
                        Penalty.firstSessionOf(second), first.minutesOverlapping(second),
                        Penalty.itemName(first) + " and item " + second.number() + " overlap by "
                                + Penalty.minutes(first.minutesOverlapping(second)) + " in "
                                + first.getBodyPlan().id() + "."))
                .asConstraint(Rule.NO_OVERLAP.constraintName());
    }

    Constraint nothingBesideAnExclusiveSession(ConstraintFactory factory) {
        return segments(factory)
                .join(Session.class,
                        overlapping(Segment::start, Segment::end, Session::start, Session::end),
                        filtering((segment, session) -> session.isExclusive()
                                && !session.bodyId().equals(segment.session().bodyId())))
                .penalize(Rule.NOTHING_BESIDE_AN_EXCLUSIVE_SESSION.defaultWeight(), AgendaConstraints::minutesBeside)
                .justifyWith((segment, session, score) -> new Penalty(List.of(segment.item().id()),
                        segment.session().id(), minutesBeside(segment, session), Penalty.itemName(segment.item())
                                + " runs " + Penalty.minutes(minutesBeside(segment, session)) + " beside session "
                                + session.id() + ", which nothing may run beside."))
                .asConstraint(Rule.NOTHING_BESIDE_AN_EXCLUSIVE_SESSION.constraintName());
    }

    private static int minutesBeside(Segment segment, Session session) {
        return Math.min(segment.end(), session.end()) - Math.max(segment.start(), session.start());
    }

    Constraint interpretationAvailable(ConstraintFactory factory) {
        return segments(factory)
                .filter(segment -> !segment.session().coversLanguages(segment.item().languages()))
                .penalize(Rule.INTERPRETATION_AVAILABLE.defaultWeight(), Segment::minutes)
                .justifyWith((segment, score) -> new Penalty(List.of(segment.item().id()), segment.session().id(),
                        segment.minutes(), Penalty.itemName(segment.item()) + " needs interpretation into "
                                + String.join(", ", new TreeSet<>(segment.item().languages())) + ", but "
                                + Penalty.minutes(segment.minutes()) + " of it fall in session "
                                + segment.session().id() + ", which lacks it."))
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
                .justifyWith((firstId, running, limits, score) -> new Penalty(List.of(), firstId,
                        running - limits.interpretationTeams(), running + " interpreted sessions run when session "
                                + firstId + " starts, with " + limits.interpretationTeams()
                                + " interpretation team(s)."))
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
                .justifyWith((inUse, limits, score) -> new Penalty(List.of(), null,
                        inUse - limits.maxInterpretedSessions(), inUse + " interpreted sessions are in use; the "
                                + "budget is " + limits.maxInterpretedSessions() + "."))
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
                .penalize(Rule.ORDER.defaultWeight(), (before, after) -> before.end() - after.start())
                .justifyWith((before, after, score) -> Penalty.ofItem(after, before.end() - after.start(),
                        Penalty.itemName(after) + " starts " + Penalty.minutes(before.end() - after.start())
                                + " before item " + before.number() + " ends, which it must follow."))
                .asConstraint(Rule.ORDER.constraintName());
    }

    Constraint notSplittable(ConstraintFactory factory) {
        return scheduledItems(factory)
                .filter(item -> !item.splittable() && item.isSplit())
                .penalize(Rule.NOT_SPLITTABLE.defaultWeight(), Item::minutesAfterFirstSegment)
                .justifyWith((item, score) -> Penalty.ofItem(item, item.minutesAfterFirstSegment(),
                        Penalty.itemName(item) + " may not be split, but " + Penalty.minutes(item.minutesAfterFirstSegment())
                                + " of it continue into session " + item.segments().get(1).session().id() + "."))
                .asConstraint(Rule.NOT_SPLITTABLE.constraintName());
    }

    Constraint fixedStart(ConstraintFactory factory) {
        return scheduledItems(factory)
                .filter(item -> item.minutesFromFixedStart() > 0)
                .penalize(Rule.FIXED_START.defaultWeight(), Item::minutesFromFixedStart)
                .justifyWith((item, score) -> Penalty.ofItem(item, item.minutesFromFixedStart(),
                        Penalty.itemName(item) + " is fixed at " + Penalty.moment(item.fixedSession(), item.fixedStart())
                                + (item.segments().isEmpty() ? " but finds no room after it."
                                        : " but starts at " + Penalty.moment(item.segments().get(0).session(),
                                                item.start()) + ".")))
                .asConstraint(Rule.FIXED_START.constraintName());
    }

    Constraint timeWindow(ConstraintFactory factory) {
        return scheduledItems(factory)
                .filter(item -> item.minutesOutsideWindow() > 0)
                .penalize(Rule.TIME_WINDOW.defaultWeight(), Item::minutesOutsideWindow)
                .justifyWith((item, score) -> Penalty.ofItem(item, item.minutesOutsideWindow(),
                        Penalty.itemName(item) + " lies " + Penalty.minutes(item.minutesOutsideWindow())
                                + " outside its notBefore/notAfter window."))
                .asConstraint(Rule.TIME_WINDOW.constraintName());
    }

    Constraint lastSession(ConstraintFactory factory) {
        return scheduledItems(factory)
                .filter(item -> item.minutesOutsideLastSession() > 0)
                .penalize(Rule.LAST_SESSION.defaultWeight(), Item::minutesOutsideLastSession)
                .justifyWith((item, score) -> Penalty.ofItem(item, item.minutesOutsideLastSession(),
                        Penalty.itemName(item) + " belongs in the last session ("
                                + item.getBodyPlan().timeline().lastSession().id() + "), but "
                                + Penalty.minutes(item.minutesOutsideLastSession()) + " of it fall outside it."))
                .asConstraint(Rule.LAST_SESSION.constraintName());
    }

    Constraint withinSessions(ConstraintFactory factory) {
        return scheduledItems(factory)
                .filter(item -> item.overflowMinutes() > 0)
                .penalize(Rule.WITHIN_SESSIONS.defaultWeight(), Item::overflowMinutes)
                .justifyWith((item, score) -> Penalty.ofItem(item, item.overflowMinutes(),
                        Penalty.itemName(item) + " does not fit: " + Penalty.minutes(item.overflowMinutes())
                                + " of it run past the last session of " + item.getBodyPlan().id() + "."))
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
                .justifyWith((alternative, same, score) -> new Penalty(List.of(), null, 1,
                        "Every item starts in the same session as in alternative " + alternative.number() + "."))
                .asConstraint(Rule.DIFFERS_FROM_EARLIER_ALTERNATIVES.constraintName());
    }

    Constraint unscheduled(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Item.class)
                .filter(Item::isUnscheduled)
                .penalize(Rule.UNSCHEDULED.defaultWeight(), Item::duration)
                .justifyWith((item, score) -> new Penalty(List.of(item.id()), null, item.duration(),
                        Penalty.itemName(item) + " (" + Penalty.minutes(item.duration())
                                + ") could not be placed without breaking a hard rule."))
                .asConstraint(Rule.UNSCHEDULED.constraintName());
    }

    /** Only parts of split items: a ten-minute opening taken in one go is not short. */
    Constraint shortSegment(ConstraintFactory factory) {
        return scheduledItems(factory)
                .filter(Item::isSplit)
                .flattenLast(Item::segments)
                .join(MeetingLimits.class)
                .filter((segment, limits) -> segment.minutes() < limits.minSegmentMinutes())
                .penalize(Rule.SHORT_SEGMENT.defaultWeight(),
                        (segment, limits) -> limits.minSegmentMinutes() - segment.minutes())
                .justifyWith((segment, limits, score) -> new Penalty(List.of(segment.item().id()),
                        segment.session().id(), limits.minSegmentMinutes() - segment.minutes(),
                        Penalty.itemName(segment.item()) + " has a part of " + Penalty.minutes(segment.minutes())
                                + " in session " + segment.session().id() + ", under the "
                                + Penalty.minutes(limits.minSegmentMinutes()) + " worth opening."))
                .asConstraint(Rule.SHORT_SEGMENT.constraintName());
    }

    Constraint overnightContinuation(ConstraintFactory factory) {
        return scheduledItems(factory)
                .filter(item -> item.overnightContinuations() > 0)
                .penalize(Rule.OVERNIGHT_CONTINUATION.defaultWeight(), Item::overnightContinuations)
                .justifyWith((item, score) -> Penalty.ofItem(item, item.overnightContinuations(),
                        describeOvernight(item)))
                .asConstraint(Rule.OVERNIGHT_CONTINUATION.constraintName());
    }

    /** Per window in use: everything up to its last segment's end that no segment fills. */
    Constraint idleTime(ConstraintFactory factory) {
        return segments(factory)
                .groupBy(Segment::window, max(Segment::end), sum(Segment::minutes))
                .filter((window, lastEnd, busy) -> lastEnd - window.start() > busy)
                .penalize(Rule.IDLE_TIME.defaultWeight(), (window, lastEnd, busy) -> lastEnd - window.start() - busy)
                .justifyWith((window, lastEnd, busy, score) -> new Penalty(List.of(), window.session().id(),
                        lastEnd - window.start() - busy, "Session " + window.session().id() + " stands idle for "
                                + Penalty.minutes(lastEnd - window.start() - busy)
                                + " before or between its items; slack belongs at its end."))
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
                .ifExists(segments(factory).filter(segment -> !segment.item().lastSession()),
                        equal((window, unused) -> window.session().bodyId(), segment -> segment.session().bodyId()),
                        lessThanOrEqual((window, unused) -> window.end(), Segment::start))
                .penalize(Rule.UNUSED_TIME_BEFORE_LATER_ITEMS.defaultWeight(), (window, unused) -> unused)
                .justifyWith((window, unused, score) -> new Penalty(List.of(), window.session().id(), unused,
                        Penalty.minutes(unused) + " of session " + window.session().id() + " are left unused, though "
                                + window.session().bodyId() + " takes items later."))
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
                        filtering((free, other) -> free != other && takenAgainstAgendaOrder(free, other)
                                && (other.followsAgendaOrder() || free.agendaIndex() < other.agendaIndex())))
                .penalize(Rule.FREE_ITEM_OUT_OF_ORDER.defaultWeight())
                .justifyWith((free, other, score) -> {
                    var earlier = free.agendaIndex() < other.agendaIndex() ? free : other;
                    var later = earlier == free ? other : free;
                    return new Penalty(List.of(earlier.id(), later.id()), Penalty.firstSessionOf(later), 1, "Item "
                            + later.number() + " is taken before item " + earlier.number() + ", against agenda order.");
                })
                .asConstraint(Rule.FREE_ITEM_OUT_OF_ORDER.constraintName());
    }

    /** One of the two starts before the other although it comes later on the agenda. */
    static boolean takenAgainstAgendaOrder(Item one, Item other) {
        return one.agendaIndex() < other.agendaIndex() ? other.start() < one.start() : one.start() < other.start();
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
                .penalize(Rule.TOGETHER.defaultWeight(), (link, first, second) -> separation(first, second))
                .justifyWith((link, first, second, score) -> Penalty.ofItem(second, separation(first, second),
                        Penalty.itemName(first) + " and item " + second.number() + " are to be taken together, but "
                                + (first.itemsBetween(second) < 0 ? "they are in different bodies."
                                        : first.itemsBetween(second) + " item(s) come between them.")))
                .asConstraint(Rule.TOGETHER.constraintName());
    }

    /** Items between two that belong together; two when they are not even in the same body. */
    private static int separation(Item first, Item second) {
        int between = first.itemsBetween(second);
        return between < 0 ? 2 : between;
    }

    Constraint preferences(ConstraintFactory factory) {
        return scheduledItems(factory)
                .filter(item -> item.minutesOutsidePreferredSessions() > 0)
                .penalize(Rule.PREFERENCES.defaultWeight(), Item::minutesOutsidePreferredSessions)
                .justifyWith((item, score) -> Penalty.ofItem(item, item.minutesOutsidePreferredSessions(),
                        Penalty.itemName(item) + " has " + Penalty.minutes(item.minutesOutsidePreferredSessions())
                                + " outside its preferred sessions (" + String.join(", ",
                                        new TreeSet<>(item.preferredSessions())) + ")."))
                .asConstraint(Rule.PREFERENCES.constraintName());
    }

    /**
     * The adoption of the report (a last-session item) wants the configured drafting time free before it. The
     * item before it is joined, not reached through the adoption, so that moving it re-evaluates the rule.
     */
    Constraint draftingTime(ConstraintFactory factory) {
        return scheduledItems(factory)
                .filter(Item::lastSession)
                .join(scheduledItems(factory), equal(Item::getPreviousItem, Function.identity()))
                .join(MeetingLimits.class,
                        filtering((adoption, before, limits) -> freeBetween(before, adoption) < limits.draftingMinutes()))
                .penalize(Rule.DRAFTING_TIME.defaultWeight(),
                        (adoption, before, limits) -> limits.draftingMinutes() - freeBetween(before, adoption))
                .justifyWith((adoption, before, limits, score) -> Penalty.ofItem(adoption,
                        limits.draftingMinutes() - freeBetween(before, adoption), "Only "
                                + Penalty.minutes(freeBetween(before, adoption)) + " of session time stay free before item "
                                + adoption.number() + " for drafting the report; "
                                + Penalty.minutes(limits.draftingMinutes()) + " are asked."))
                .asConstraint(Rule.DRAFTING_TIME.constraintName());
    }

    private static int freeBetween(Item before, Item after) {
        return after.getBodyPlan().timeline().minutesBetween(before.end(), after.start());
    }

    private static String describeOvernight(Item item) {
        var segments = item.segments();
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
}
