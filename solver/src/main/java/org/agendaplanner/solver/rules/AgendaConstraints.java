package org.agendaplanner.solver.rules;

import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.count;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.countBi;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.max;
import static ai.timefold.solver.core.api.score.stream.ConstraintCollectors.sum;
import static ai.timefold.solver.core.api.score.stream.Joiners.equal;
import static ai.timefold.solver.core.api.score.stream.Joiners.filtering;
import static ai.timefold.solver.core.api.score.stream.Joiners.lessThan;
import static ai.timefold.solver.core.api.score.stream.Joiners.overlapping;

import org.agendaplanner.solver.domain.Item;
import org.agendaplanner.solver.domain.MeetingLimits;
import org.agendaplanner.solver.domain.OrderLink;
import org.agendaplanner.solver.domain.Segment;
import org.agendaplanner.solver.domain.Session;

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
                interpretationAvailable(factory),
                interpretationTeams(factory),
                interpretationBudget(factory),
                order(factory),
                notSplittable(factory),
                fixedStart(factory),
                timeWindow(factory),
                lastSession(factory),
                withinSessions(factory),
                // Medium: better to leave an item out than to break a hard rule, but only then.
                unscheduled(factory),
                // Soft: what a careful planner prefers.
                shortSegment(factory),
                overnightContinuation(factory),
                idleTime(factory)
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
                .asConstraint(Rule.FITS_ITS_BODY.constraintName());
    }

    Constraint noOverlap(ConstraintFactory factory) {
        return scheduledItems(factory)
                .join(scheduledItems(factory),
                        equal(Item::getBodyPlan),
                        lessThan(Item::agendaIndex),
                        overlapping(Item::start, Item::end))
                .penalize(Rule.NO_OVERLAP.defaultWeight(), Item::minutesOverlapping)
                .asConstraint(Rule.NO_OVERLAP.constraintName());
    }

    Constraint interpretationAvailable(ConstraintFactory factory) {
        return segments(factory)
                .filter(segment -> !segment.session().coversLanguages(segment.item().languages()))
                .penalize(Rule.INTERPRETATION_AVAILABLE.defaultWeight(), Segment::minutes)
                .asConstraint(Rule.INTERPRETATION_AVAILABLE.constraintName());
    }

    /**
     * Counted at the start of each interpreted session in use: how many interpreted sessions in use run then.
     * The most that run at once is always reached at some session's start.
     */
    Constraint interpretationTeams(ConstraintFactory factory) {
        return interpretedSessionsInUse(factory)
                .join(interpretedSessionsInUse(factory),
                        filtering((probe, running) -> running.start() <= probe.start() && probe.start() < running.end()))
                .groupBy((probe, running) -> probe, countBi())
                .join(MeetingLimits.class)
                .filter((probe, running, limits) -> running > limits.interpretationTeams())
                .penalize(Rule.INTERPRETATION_TEAMS.defaultWeight(),
                        (probe, running, limits) -> running - limits.interpretationTeams())
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
                .asConstraint(Rule.INTERPRETATION_BUDGET.constraintName());
    }

    Constraint order(ConstraintFactory factory) {
        return factory.forEach(OrderLink.class)
                .join(scheduledItems(factory), equal(OrderLink::beforeId, Item::id))
                .join(scheduledItems(factory), equal((link, before) -> link.afterId(), Item::id))
                .filter((link, before, after) -> after.start() < before.end())
                .penalize(Rule.ORDER.defaultWeight(), (link, before, after) -> before.end() - after.start())
                .asConstraint(Rule.ORDER.constraintName());
    }

    Constraint notSplittable(ConstraintFactory factory) {
        return scheduledItems(factory)
                .filter(item -> !item.splittable() && item.isSplit())
                .penalize(Rule.NOT_SPLITTABLE.defaultWeight(), Item::minutesAfterFirstSegment)
                .asConstraint(Rule.NOT_SPLITTABLE.constraintName());
    }

    Constraint fixedStart(ConstraintFactory factory) {
        return scheduledItems(factory)
                .filter(item -> item.minutesFromFixedStart() > 0)
                .penalize(Rule.FIXED_START.defaultWeight(), Item::minutesFromFixedStart)
                .asConstraint(Rule.FIXED_START.constraintName());
    }

    Constraint timeWindow(ConstraintFactory factory) {
        return scheduledItems(factory)
                .filter(item -> item.minutesOutsideWindow() > 0)
                .penalize(Rule.TIME_WINDOW.defaultWeight(), Item::minutesOutsideWindow)
                .asConstraint(Rule.TIME_WINDOW.constraintName());
    }

    Constraint lastSession(ConstraintFactory factory) {
        return scheduledItems(factory)
                .filter(item -> item.minutesOutsideLastSession() > 0)
                .penalize(Rule.LAST_SESSION.defaultWeight(), Item::minutesOutsideLastSession)
                .asConstraint(Rule.LAST_SESSION.constraintName());
    }

    Constraint withinSessions(ConstraintFactory factory) {
        return scheduledItems(factory)
                .filter(item -> item.overflowMinutes() > 0)
                .penalize(Rule.WITHIN_SESSIONS.defaultWeight(), Item::overflowMinutes)
                .asConstraint(Rule.WITHIN_SESSIONS.constraintName());
    }

    Constraint unscheduled(ConstraintFactory factory) {
        return factory.forEachIncludingUnassigned(Item.class)
                .filter(Item::isUnscheduled)
                .penalize(Rule.UNSCHEDULED.defaultWeight(), Item::duration)
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
                .asConstraint(Rule.SHORT_SEGMENT.constraintName());
    }

    Constraint overnightContinuation(ConstraintFactory factory) {
        return scheduledItems(factory)
                .filter(item -> item.overnightContinuations() > 0)
                .penalize(Rule.OVERNIGHT_CONTINUATION.defaultWeight(), Item::overnightContinuations)
                .asConstraint(Rule.OVERNIGHT_CONTINUATION.constraintName());
    }

    /** Per window in use: everything up to its last segment's end that no segment fills. */
    Constraint idleTime(ConstraintFactory factory) {
        return segments(factory)
                .groupBy(Segment::window, max(Segment::end), sum(Segment::minutes))
                .filter((window, lastEnd, busy) -> lastEnd - window.start() > busy)
                .penalize(Rule.IDLE_TIME.defaultWeight(), (window, lastEnd, busy) -> lastEnd - window.start() - busy)
                .asConstraint(Rule.IDLE_TIME.constraintName());
    }
}
