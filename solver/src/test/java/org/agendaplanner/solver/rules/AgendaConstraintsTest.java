package org.agendaplanner.solver.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.agendaplanner.solver.domain.AgendaSolution;
import org.agendaplanner.solver.domain.BodyPlan;
import org.agendaplanner.solver.domain.EarlierAlternative;
import org.agendaplanner.solver.domain.Item;
import org.agendaplanner.solver.domain.MeetingLimits;
import org.agendaplanner.solver.domain.OrderLink;
import org.agendaplanner.solver.domain.Session;
import org.agendaplanner.solver.domain.Timeline;
import org.agendaplanner.solver.domain.TogetherLink;
import org.agendaplanner.solver.domain.Window;
import org.agendaplanner.solver.plan.ProblemFactory;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.timefold.solver.test.api.score.stream.ConstraintVerifier;

/**
 * One test per rule, named after its key: a case the rule penalizes, by exactly how much and with the sentence a
 * planner reads, and a case it leaves alone. Penalties are match weights, before the rule's weight: minutes for most
 * rules, sessions or nights for a few.
 *
 * <p>The verifier does not run the solver's shadow variables, so each item is placed by hand on its body's
 * timeline, exactly where a planner's draft would put it.
 */
class AgendaConstraintsTest {

    private static final String PLENARY = "plenary";
    private static final String COMMITTEE = "committee";
    private static final Set<String> ENGLISH_FRENCH = Set.of("en", "fr");
    private static final Set<String> NO_INTERPRETATION = Set.of();

    /** The meeting opens on Tuesday 17 March 2020; its clock counts minutes from that midnight. */
    private static final LocalDate TUESDAY = LocalDate.of(2020, 3, 17);
    private static final int GRAIN = 15;

    /** One interpretation team, no budget of interpreted sessions, segments of at least 30 minutes. */
    private static final MeetingLimits LIMITS = new MeetingLimits(1, null, 30);

    private final ConstraintVerifier<AgendaConstraints, AgendaSolution> verifier =
            ConstraintVerifier.build(new AgendaConstraints(), AgendaSolution.class, BodyPlan.class, Item.class);

    @Test
    void fitsItsBody_penalizesEachMinuteOfAnItemTakenByABodyThatMayNotConsiderIt() {
        var plenary = plenarySitting(2);
        var committeeOnly = plenary.takes(item(1, 90, COMMITTEE, NO_INTERPRETATION), tuesday(10, 0));
        verifier.verifyThat(AgendaConstraints::fitsItsBody)
                .given(committeeOnly)
                .justifiesWithExactly(says("day0-am", 90, "Item 1 is taken up by plenary, which may not consider it.", "1"))
                .penalizesBy(90); // the plenary takes all 90 minutes of an item only the committee may consider

        var plenaryItem = plenarySitting(2).takes(item(1, 90), tuesday(10, 0));
        verifier.verifyThat(AgendaConstraints::fitsItsBody)
                .given(plenaryItem)
                .penalizesBy(0);
    }

    @Test
    void noOverlap_penalizesMinutesTwoItemsOfOneBodyShare() {
        var plenary = plenarySitting(2);
        var first = plenary.takes(item(1, 60), tuesday(10, 0));
        var second = plenary.takes(item(2, 60), tuesday(10, 45));
        verifier.verifyThat(AgendaConstraints::noOverlap)
                .given(first, second)
                .justifiesWithExactly(says("day0-am", 15, "Item 1 and item 2 overlap by 15 minutes in plenary.", "1", "2"))
                .penalizesBy(15); // item 2 opens at 10:45, 15 minutes before item 1 ends at 11:00

        var backToBack = plenarySitting(2);
        var committee = committeeSitting();
        verifier.verifyThat(AgendaConstraints::noOverlap)
                .given(backToBack.takes(item(1, 60), tuesday(10, 0)),
                        backToBack.takes(item(2, 60), tuesday(11, 0)),
                        committee.takes(item(3, 60, COMMITTEE, NO_INTERPRETATION), tuesday(11, 0)))
                .penalizesBy(0); // item 3 runs alongside item 2, but in another body
    }

    @Test
    void noOverlap_countsOnlyMinutesUnderWayNotTheLunchBreak() {
        var plenary = plenarySitting(2);
        verifier.verifyThat(AgendaConstraints::noOverlap)
                .given(plenary.takes(item(1, 90), tuesday(12, 0)), plenary.takes(item(2, 90), tuesday(12, 0)))
                .penalizesBy(90); // both run 12:00–13:00 and 15:00–15:30: 90 minutes shared, the break not counted
    }

    @Test
    void interpretationAvailable_penalizesMinutesInSessionsNotInterpretedIntoTheItemsLanguages() {
        // A planner's draft opens the item in the informal afternoon; the solver itself never starts it there.
        var debate = informalAfternoon().takes(item(1, 120, PLENARY, ENGLISH_FRENCH), tuesday(15, 0));
        verifier.verifyThat(AgendaConstraints::interpretationAvailable)
                .given(debate)
                .justifiesWithExactly(says("tue-pm-informal", 120, "Item 1 needs interpretation into en, fr, but 2 h of it fall in session "
                        + "tue-pm-informal, which lacks it.", "1"))
                .penalizesBy(120); // both hours, 15:00–17:00, fall in a session without interpretation

        var shorterDebate = informalAfternoon().takes(item(2, 120, PLENARY, ENGLISH_FRENCH), tuesday(11, 0));
        verifier.verifyThat(AgendaConstraints::interpretationAvailable)
                .given(shorterDebate)
                .penalizesBy(0);
    }

    @Test
    void interpretationTeams_penalizesEachInterpretedSessionBeyondTheTeams() {
        var plenary = plenarySitting(2);
        var committee = committeeSitting();
        var plenaryItem = plenary.takes(item(1, 60), tuesday(10, 0));
        var committeeItem = committee.takes(item(2, 60, COMMITTEE, NO_INTERPRETATION), tuesday(11, 0));
        verifier.verifyThat(AgendaConstraints::interpretationTeams)
                .given(LIMITS, plenaryItem, committeeItem)
                .justifiesWithExactly(says("committee-tue", 1, "2 interpreted sessions run when session committee-tue starts, with 1 "
                        + "interpretation team(s)."))
                .penalizesBy(1); // at 11:00 the committee opens while the plenary sits: two sessions, one team

        var parallelMorning = new Body(COMMITTEE, session("committee-tue-am", COMMITTEE, 0, 10, 13, ENGLISH_FRENCH));
        verifier.verifyThat(AgendaConstraints::interpretationTeams)
                .given(LIMITS, plenarySitting(1).takes(item(3, 60), tuesday(10, 0)),
                        parallelMorning.takes(item(4, 60, COMMITTEE, NO_INTERPRETATION), tuesday(10, 0)))
                .penalizesBy(1); // both open at 10:00: one session over the single team, counted once, not per session

        var twoTeams = new MeetingLimits(2, null, 30);
        verifier.verifyThat(AgendaConstraints::interpretationTeams)
                .given(twoTeams, plenaryItem, committeeItem)
                .penalizesBy(0);
    }

    @Test
    void interpretationBudget_penalizesEachInterpretedSessionInUseBeyondTheBudget() {
        var plenary = plenarySitting(2);
        var morning = plenary.takes(item(1, 60), tuesday(10, 0));
        var afternoon = plenary.takes(item(2, 60), tuesday(15, 0));
        verifier.verifyThat(AgendaConstraints::interpretationBudget)
                .given(new MeetingLimits(1, 1, 30), morning, afternoon)
                .justifiesWithExactly(says(null, 1, "2 interpreted sessions are in use; the budget is 1."))
                .penalizesBy(1); // Tuesday morning and afternoon are both in use, one more than the budget of 1

        verifier.verifyThat(AgendaConstraints::interpretationBudget)
                .given(new MeetingLimits(1, 2, 30), morning, afternoon)
                .penalizesBy(0);
    }

    @Test
    void order_penalizesMinutesAnItemStartsBeforeItsPredecessorEnds() {
        var plenary = plenarySitting(2);
        var second = plenary.takes(item(2, 60), tuesday(10, 0));
        var first = plenary.takes(item(1, 60), tuesday(11, 0));
        verifier.verifyThat(AgendaConstraints::order)
                .given(new OrderLink("1", "2"), first, second)
                .justifiesWithExactly(says("day0-am", 120, "Item 2 starts 2 h before item 1 ends, which it must follow.", "2"))
                .penalizesBy(120); // item 2 opens at 10:00, two hours before item 1 ends at 12:00

        var inOrder = plenarySitting(2);
        verifier.verifyThat(AgendaConstraints::order)
                .given(new OrderLink("1", "2"),
                        inOrder.takes(item(1, 60), tuesday(10, 0)),
                        inOrder.takes(item(2, 60), tuesday(11, 0)))
                .penalizesBy(0);
    }

    @Test
    void order_keepsAgendaOrderAmongABodysItemsEvenWhenAnItemBetweenIsLeftOut() {
        var plenary = plenarySitting(2);
        var third = inAgendaOrder(item(3, 60));
        var first = inAgendaOrder(item(1, 60));
        var leftOut = inAgendaOrder(item(2, 60));
        plenary.takes(third, tuesday(10, 0));
        plenary.takes(first, tuesday(11, 0));
        verifier.verifyThat(AgendaConstraints::order)
                .given(third, first, leftOut)
                .penalizesBy(120); // item 3 opens at 10:00, two hours before item 1 ends; item 2 between is unplaced

        var linkedToo = plenarySitting(2);
        var second = inAgendaOrder(item(2, 60));
        var fourth = inAgendaOrder(item(4, 60));
        linkedToo.takes(fourth, tuesday(10, 0));
        linkedToo.takes(second, tuesday(11, 0));
        verifier.verifyThat(AgendaConstraints::order)
                .given(new OrderLink("2", "4"), fourth, second)
                .penalizesBy(120); // agenda order and an explicit link say the same thing: counted once

        var free = plenarySitting(2);
        verifier.verifyThat(AgendaConstraints::order)
                .given(free.takes(item(3, 60), tuesday(10, 0)), free.takes(item(1, 60), tuesday(11, 0)))
                .penalizesBy(0); // items marked free may leave agenda order
    }

    @Test
    void differsFromEarlierAlternatives_penalizesARepeatOfAnEarlierAlternative() {
        var earlier = new EarlierAlternative(1, Map.of("1", "day0-am", "2", "day0-am"), 3);
        var plenary = plenarySitting(1);
        var leftOutBefore = item(3, 60);
        verifier.verifyThat(AgendaConstraints::differsFromEarlierAlternatives)
                .given(earlier, plenary.takes(item(1, 60), tuesday(10, 0)),
                        plenary.takes(item(2, 60), tuesday(11, 0)), leftOutBefore)
                .justifiesWithExactly(says(null, 1, "Every item starts in the same session as in alternative 1."))
                .penalizesBy(1); // items 1 and 2 open Tuesday morning again and item 3 is left out again

        var moved = plenarySitting(1);
        verifier.verifyThat(AgendaConstraints::differsFromEarlierAlternatives)
                .given(earlier, moved.takes(item(1, 60), tuesday(10, 0)),
                        moved.takes(item(2, 60), tuesday(15, 0)), item(3, 60))
                .penalizesBy(0); // item 2 now opens in the afternoon: a different programme
    }

    @Test
    void notSplittable_penalizesMinutesCarriedOverToTheNextSession() {
        var statement = item(1, 120);
        statement.setSplittable(false);
        plenarySitting(2).takes(statement, tuesday(12, 0));
        verifier.verifyThat(AgendaConstraints::notSplittable)
                .given(statement)
                .justifiesWithExactly(says("day0-am", 60, "Item 1 may not be split, but 1 h of it continue into session day0-pm.", "1"))
                .penalizesBy(60); // opened at 12:00, the last 60 minutes are carried over to 15:00

        var inOneGo = item(2, 120);
        inOneGo.setSplittable(false);
        plenarySitting(2).takes(inOneGo, tuesday(10, 0));
        verifier.verifyThat(AgendaConstraints::notSplittable)
                .given(inOneGo)
                .penalizesBy(0);
    }

    @Test
    void fixedStart_penalizesMinutesOffTheFixedStart() {
        var plenary = plenarySitting(2);
        var opening = item(1, 30);
        opening.setFixed(plenary.session(0), tuesday(10, 0));
        plenary.takes(opening, tuesday(10, 30));
        verifier.verifyThat(AgendaConstraints::fixedStart)
                .given(opening)
                .justifiesWithExactly(says("day0-am", 30, "Item 1 is fixed at Tuesday 10:00 but starts at Tuesday 10:30.", "1"))
                .penalizesBy(30); // fixed at 10:00, the opening starts at 10:30

        var onTime = plenarySitting(2);
        var punctualOpening = item(1, 30);
        punctualOpening.setFixed(onTime.session(0), tuesday(10, 0));
        onTime.takes(punctualOpening, tuesday(10, 0));
        verifier.verifyThat(AgendaConstraints::fixedStart)
                .given(punctualOpening)
                .penalizesBy(0);
    }

    @Test
    void timeWindow_penalizesMinutesBeforeNotBeforeAndAfterNotAfter() {
        var debate = item(1, 120);
        debate.setWindow(tuesday(11, 0), tuesday(12, 0));
        plenarySitting(2).takes(debate, tuesday(10, 30));
        verifier.verifyThat(AgendaConstraints::timeWindow)
                .given(debate)
                .justifiesWithExactly(says("day0-am", 60, "Item 1 lies 1 h outside its notBefore/notAfter window.", "1"))
                .penalizesBy(60); // allowed 11:00–12:00 but run 10:30–12:30: 30 minutes early plus 30 late

        var onTime = item(2, 60);
        onTime.setWindow(tuesday(11, 0), tuesday(12, 0));
        plenarySitting(2).takes(onTime, tuesday(11, 0));
        verifier.verifyThat(AgendaConstraints::timeWindow)
                .given(onTime)
                .penalizesBy(0);
    }

    @Test
    void lastSession_penalizesMinutesOfTheReportOutsideTheBodysLastSession() {
        var adoption = item(1, 60);
        adoption.setMustBeInLastSession(true);
        plenarySitting(2).takes(adoption, wednesday(12, 30));
        verifier.verifyThat(AgendaConstraints::lastSession)
                .given(adoption)
                .justifiesWithExactly(says("day1-am", 30, "Item 1 belongs in the last session (day1-pm), but 30 minutes of it fall "
                        + "outside it.", "1"))
                .penalizesBy(30); // opened at 12:30 on Wednesday, its first 30 minutes fall before the last session

        var inLastSession = item(2, 60);
        inLastSession.setMustBeInLastSession(true);
        plenarySitting(2).takes(inLastSession, wednesday(15, 0));
        verifier.verifyThat(AgendaConstraints::lastSession)
                .given(inLastSession)
                .penalizesBy(0);
    }

    @Test
    void withinSessions_penalizesMinutesBeyondTheCloseOfTheLastSession() {
        var lateItem = plenarySitting(2).takes(item(1, 120), wednesday(17, 0));
        verifier.verifyThat(AgendaConstraints::withinSessions)
                .given(lateItem)
                .justifiesWithExactly(says("day1-pm", 60, "Item 1 does not fit: 1 h of it run past the last session of plenary.", "1"))
                .penalizesBy(60); // opened at 17:00 on Wednesday, 60 of its 120 minutes remain when the meeting closes

        var fits = plenarySitting(2).takes(item(1, 120), wednesday(16, 0));
        verifier.verifyThat(AgendaConstraints::withinSessions)
                .given(fits)
                .penalizesBy(0);
    }

    @Test
    void unscheduled_penalizesEachMinuteOfAnItemNoBodyTakes() {
        var leftOut = item(1, 90);
        verifier.verifyThat(AgendaConstraints::unscheduled)
                .given(leftOut)
                .justifiesWithExactly(says(null, 90, "Item 1 (90 minutes) could not be placed without breaking a hard rule.", "1"))
                .penalizesBy(90); // no body takes the item, so all 90 of its minutes are left out

        var scheduled = plenarySitting(2).takes(item(1, 90), tuesday(10, 0));
        verifier.verifyThat(AgendaConstraints::unscheduled)
                .given(scheduled)
                .penalizesBy(0);
    }

    @Test
    void unscheduled_weighsTheMinutesLeftOutByPriority() {
        var opening = item(1, 15);
        opening.setPriority("required");
        var debate = item(2, 120);
        var minor = item(3, 30);
        minor.setPriority("low");
        var items = List.of(opening, debate, minor);
        ProblemFactory.weighByPriority(items);
        verifier.verifyThat(AgendaConstraints::unscheduled)
                .given(minor)
                .justifiesWithExactly(says(null, 30, "Item 3 (30 minutes, low) could not be placed without breaking a hard rule.", "3"))
                .penalizesBy(30); // a low minute costs 1
        verifier.verifyThat(AgendaConstraints::unscheduled)
                .given(debate)
                .penalizesBy(120 * 31); // a normal minute costs one more than all 30 low minutes together
        verifier.verifyThat(AgendaConstraints::unscheduled)
                .given(opening)
                .justifiesWithExactly(says(null, 15, "Item 1 (15 minutes, required) could not be placed without breaking a hard rule.", "1"))
                .penalizesBy(15 * 121 * 31); // a required minute: one more than the 120 normal and 30 low minutes
        // Every low and normal minute left out together still costs less than one required minute.
        assertTrue(debate.leftOutCost() + minor.leftOutCost() < opening.leftOutCost() / 15);
    }

    @Test
    void shortened_penalizesEachMinuteCutFromAnItemsEstimate() {
        var debate = item(1, 180);
        debate.setMinDuration(120, GRAIN);
        debate.setCut(45);
        var plenary = plenarySitting(2);
        var shortenedDebate = plenary.takes(debate, tuesday(10, 0));
        verifier.verifyThat(AgendaConstraints::shortened)
                .given(shortenedDebate)
                .justifiesWithExactly(says("day0-am", 45, "Item 1 is planned for 2 h 15 min instead of 3 h, shortened by "
                        + "45 minutes (it may be shortened to 2 h) so that the business fits.", "1"))
                .penalizesBy(45); // 3 h planned as 2 h 15 min: 45 minutes cut
        assertEquals(10 * 60 + 135, shortenedDebate.end()); // the programme shows the planned time: 10:00-12:15

        var fullLength = item(2, 180);
        fullLength.setMinDuration(120, GRAIN);
        fullLength.setCut(0);
        verifier.verifyThat(AgendaConstraints::shortened)
                .given(plenarySitting(2).takes(fullLength, tuesday(10, 0)))
                .penalizesBy(0);

        var leftOut = item(3, 180);
        leftOut.setMinDuration(120, GRAIN);
        leftOut.setCut(60);
        verifier.verifyThat(AgendaConstraints::shortened)
                .given(leftOut)
                .penalizesBy(0); // an item left out is the business of Unscheduled, not shortened
    }

    @Test
    void shortSegment_penalizesMinutesAPartOfASplitItemFallsShortOfTheMinimum() {
        var debate = plenarySitting(2).takes(item(1, 120), tuesday(12, 45));
        verifier.verifyThat(AgendaConstraints::shortSegment)
                .given(LIMITS, debate)
                .justifiesWithExactly(says("day0-am", 15, "Item 1 has a part of 15 minutes in session day0-am, under the 30 minutes "
                        + "worth opening.", "1"))
                .penalizesBy(15); // opened at 12:45, only 15 minutes before lunch: 15 short of the 30-minute minimum

        var briefOpening = plenarySitting(2).takes(item(2, 10), tuesday(10, 0));
        verifier.verifyThat(AgendaConstraints::shortSegment)
                .given(LIMITS, briefOpening)
                .penalizesBy(0); // ten minutes taken in one go is not a part of anything
    }

    @Test
    void overnightContinuation_penalizesEachNightCrossed() {
        var generalDebate = plenarySitting(3).takes(item(1, 600), tuesday(17, 0));
        verifier.verifyThat(AgendaConstraints::overnightContinuation)
                .given(generalDebate)
                .justifiesWithExactly(says("day0-pm", 2, "Item 1 continues overnight from Tuesday 18:00 to Wednesday 10:00.", "1"))
                .penalizesBy(2); // opened at 17:00 on Tuesday, it runs through Wednesday into Thursday: two nights

        var overLunch = plenarySitting(3).takes(item(1, 120), tuesday(12, 0));
        verifier.verifyThat(AgendaConstraints::overnightContinuation)
                .given(overLunch)
                .penalizesBy(0); // continued from 12:00 to the afternoon of the same day
    }

    @Test
    void idleTime_penalizesGapsBeforeTheLastItemOfASession() {
        var plenary = plenarySitting(2);
        var first = plenary.takes(item(1, 60), tuesday(10, 0));
        var second = plenary.takes(item(2, 60), tuesday(11, 30));
        verifier.verifyThat(AgendaConstraints::idleTime)
                .given(first, second)
                .justifiesWithExactly(says("day0-am", 30, "Session day0-am stands idle for 30 minutes before or between its items; "
                        + "slack belongs at its end."))
                .penalizesBy(30); // item 1 ends at 11:00, item 2 opens only at 11:30

        var packed = plenarySitting(2);
        verifier.verifyThat(AgendaConstraints::idleTime)
                .given(packed.takes(item(1, 60), tuesday(10, 0)),
                        packed.takes(item(2, 60), tuesday(11, 0)))
                .penalizesBy(0); // the hour left after 12:00 is slack at the session's end, where it belongs
    }

    @Test
    void unusedTimeBeforeLaterItems_penalizesSlackLeftBeforeTheBodysLaterItems() {
        var plenary = plenarySitting(2);
        var opening = plenary.takes(item(1, 60), tuesday(10, 0));
        var debate = plenary.takes(item(2, 60), wednesday(10, 0));
        verifier.verifyThat(AgendaConstraints::unusedTimeBeforeLaterItems)
                .given(withWindows(plenary, opening, debate))
                .justifiesWithExactly(says("day0-am", 120, "2 h of session day0-am are left unused, though plenary takes items later."),
                        says("day0-pm", 180, "3 h of session day0-pm are left unused, though plenary takes items later."))
                .penalizesBy(300); // 11:00–13:00 and the whole afternoon on Tuesday (120 + 180) stay empty
                                   // while item 2 waits for Wednesday; Wednesday's own slack comes last

        var packed = plenarySitting(2);
        var first = packed.takes(item(1, 60), tuesday(10, 0));
        var second = packed.takes(item(2, 60), tuesday(11, 0));
        verifier.verifyThat(AgendaConstraints::unusedTimeBeforeLaterItems)
                .given(withWindows(packed, first, second))
                .penalizesBy(0); // everything after 12:00 is slack after the last item
    }

    @Test
    void nothingBesideAnExclusiveSession_penalizesMinutesAnotherBodyRunsBesideTheOpening() {
        var plenary = plenarySitting(1);
        plenary.session(0).setExclusive(true);
        var committee = committeeSitting();
        var opening = plenary.takes(item(1, 60), tuesday(10, 0));
        var report = committee.takes(item(2, 60, COMMITTEE, NO_INTERPRETATION), tuesday(11, 0));
        verifier.verifyThat(AgendaConstraints::nothingBesideAnExclusiveSession)
                .given(plenary.session(0), plenary.session(1), committee.session(0), opening, report)
                .justifiesWithExactly(says("committee-tue", 60, "Item 2 runs 1 h beside session day0-am, which nothing may run beside.",
                        "2"))
                .penalizesBy(60); // the committee's item runs 11:00–12:00, inside the exclusive opening session

        var afterLunch = plenarySitting(1);
        afterLunch.session(0).setExclusive(true);
        var laterCommittee = new Body(COMMITTEE, session("committee-tue-pm", COMMITTEE, 0, 15, 18, NO_INTERPRETATION));
        verifier.verifyThat(AgendaConstraints::nothingBesideAnExclusiveSession)
                .given(afterLunch.session(0), laterCommittee.session(0),
                        afterLunch.takes(item(1, 60), tuesday(10, 0)),
                        laterCommittee.takes(item(2, 60, COMMITTEE, NO_INTERPRETATION), tuesday(15, 0)))
                .penalizesBy(0); // the committee meets only once the opening session is over
    }

    @Test
    void freeItemOutOfOrder_penalizesEachItemAFreeItemPasses() {
        var plenary = plenarySitting(1);
        var credentials = item(3, 30); // marked free: it may move, at a price
        var first = inAgendaOrder(item(1, 30));
        var second = inAgendaOrder(item(2, 30));
        verifier.verifyThat(AgendaConstraints::freeItemOutOfOrder)
                .given(plenary.takes(credentials, tuesday(10, 0)), plenary.takes(first, tuesday(10, 30)),
                        plenary.takes(second, tuesday(11, 0)))
                .justifiesWithExactly(says("day0-am", 1, "Item 3 is taken before item 1, against agenda order.", "1", "3"),
                        says("day0-am", 1, "Item 3 is taken before item 2, against agenda order.", "2", "3"))
                .penalizesBy(2); // item 3 is taken before items 1 and 2

        var inPlace = plenarySitting(1);
        verifier.verifyThat(AgendaConstraints::freeItemOutOfOrder)
                .given(inPlace.takes(inAgendaOrder(item(1, 30)), tuesday(10, 0)),
                        inPlace.takes(inAgendaOrder(item(2, 30)), tuesday(10, 30)),
                        inPlace.takes(item(3, 30), tuesday(11, 0)))
                .penalizesBy(0); // the free item stays in its agenda place
    }

    @Test
    void together_penalizesEachItemBetweenTwoThatBelongTogether() {
        var plenary = plenarySitting(1);
        var statement = plenary.takes(item(1, 30), tuesday(10, 0));
        var other = plenary.takes(item(2, 30), tuesday(10, 30));
        var reply = plenary.takes(item(3, 30), tuesday(11, 0));
        verifier.verifyThat(AgendaConstraints::together)
                .given(new TogetherLink("1", "3"), statement, other, reply)
                .justifiesWithExactly(says("day0-am", 1, "Item 1 and item 3 are to be taken together, but 1 item(s) come between them.",
                        "3"))
                .penalizesBy(1); // item 2 comes between items 1 and 3, which are to be taken together

        verifier.verifyThat(AgendaConstraints::together)
                .given(new TogetherLink("1", "2"), statement, other, reply)
                .penalizesBy(0); // items 1 and 2 follow one another
    }

    @Test
    void preferences_penalizesMinutesOutsideThePreferredSessions() {
        var plenary = plenarySitting(1);
        var briefing = item(1, 90);
        briefing.setPreferredSessions(Set.of("day0-pm"));
        plenary.takes(briefing, tuesday(12, 0));
        verifier.verifyThat(AgendaConstraints::preferences)
                .given(briefing)
                .justifiesWithExactly(says("day0-am", 60, "Item 1 has 1 h outside its preferred sessions (day0-pm).", "1"))
                .penalizesBy(60); // 12:00–13:00 falls in the morning; only the 30 minutes after lunch are preferred

        var inPlace = item(2, 90);
        inPlace.setPreferredSessions(Set.of("day0-pm"));
        plenarySitting(1).takes(inPlace, tuesday(15, 0));
        verifier.verifyThat(AgendaConstraints::preferences)
                .given(inPlace)
                .penalizesBy(0);
    }

    @Test
    void stability_penalizesSessionsMovedFromTheRevisedProgrammeAndMoreForLeavingAnAnnouncedDay() {
        var plenary = plenarySitting(2);
        var sessions = List.of(plenary.session(0), plenary.session(1), plenary.session(2), plenary.session(3));
        var moved = item(1, 60);
        moved.setSessionsOfAllowedBodies(sessions);
        moved.setRevised(plenary.session(1), true); // programmed Tuesday afternoon, announced for Tuesday
        plenary.takes(moved, wednesday(10, 0));
        verifier.verifyThat(AgendaConstraints::stability)
                .given(moved)
                .justifiesWithExactly(says("day1-am", 5, "Item 1 moves from session day0-pm to day1-am, off the day it "
                        + "was announced for.", "1"))
                .penalizesBy(5); // one session on (day0-pm to day1-am), and 4 more for leaving announced Tuesday

        var other = plenarySitting(2);
        var otherSessions = List.of(other.session(0), other.session(1), other.session(2), other.session(3));
        var withinItsDay = item(2, 60);
        withinItsDay.setSessionsOfAllowedBodies(otherSessions);
        withinItsDay.setRevised(other.session(0), true);
        var kept = item(3, 60);
        kept.setSessionsOfAllowedBodies(otherSessions);
        kept.setRevised(other.session(2), true);
        other.takes(withinItsDay, tuesday(15, 0));
        other.takes(kept, wednesday(10, 30)); // a start that shifts within its session costs nothing
        verifier.verifyThat(AgendaConstraints::stability)
                .given(withinItsDay, kept)
                .penalizesBy(1); // item 2 moves one session, within Tuesday; item 3 keeps day1-am

        var notReplanning = plenarySitting(2).takes(item(4, 60), wednesday(15, 0));
        verifier.verifyThat(AgendaConstraints::stability)
                .given(notReplanning)
                .penalizesBy(0); // outside a re-plan an item has no revised session
    }

    @Test
    void draftingTime_penalizesMinutesShortOfTheDraftingTimeBeforeTheAdoption() {
        var plenary = plenarySitting(2);
        var lastItem = plenary.takes(item(1, 120), tuesday(10, 0));
        var adoption = item(2, 30);
        adoption.setMustBeInLastSession(true);
        plenary.takes(adoption, wednesday(15, 0));
        adoption.setPreviousItem(lastItem);
        var halfADay = new MeetingLimits(1, null, 30, 180);
        var eightHours = new MeetingLimits(1, null, 30, 480);
        verifier.verifyThat(AgendaConstraints::draftingTime)
                .given(eightHours, lastItem, adoption)
                .justifiesWithExactly(says("day1-pm", 60, "Only 7 h of session time stay free before item 2 for drafting the report; 8 h "
                        + "are asked.", "2"))
                .penalizesBy(60); // free before it: Tuesday 12:00–13:00 and 15:00–18:00, Wednesday 10:00–13:00: 420 of 480

        verifier.verifyThat(AgendaConstraints::draftingTime)
                .given(halfADay, lastItem, adoption)
                .penalizesBy(0); // 420 minutes free, more than the 180 asked
    }

    /** What a planner reads: the sentence, with the session and the items it names and the amount it counts. */
    private static Penalty says(String session, int amount, String sentence, String... items) {
        return new Penalty(List.of(items), session, amount, sentence);
    }

    /** The items, and the body's windows as the solution holds them. */
    private static Object[] withWindows(Body body, Item... items) {
        var facts = new ArrayList<Object>(body.plan.timeline().windows());
        facts.addAll(List.of(items));
        return facts.toArray();
    }

    // ---- A small meeting, built the way the problem factory and the solver would build it. ----

    /** One body and its timeline: each session is one window, nothing blocked. */
    private static final class Body {

        private final List<Session> sessions;
        private final BodyPlan plan;

        Body(String id, Session... sessions) {
            this.sessions = List.of(sessions);
            var windows = Arrays.stream(sessions)
                    .map(session -> new Window(session, session.start(), session.end()))
                    .toList();
            this.plan = new BodyPlan(id, new Timeline(windows, GRAIN));
        }

        Session session(int index) {
            return sessions.get(index);
        }

        /** The body takes the item next, starting exactly at {@code start}, as a planner's draft would place it. */
        Item takes(Item item, int start) {
            plan.getItems().add(item);
            item.setBodyPlan(plan);
            item.setDraftStart(start);
            item.setPlacement(plan.timeline().placeAt(item, start));
            return item;
        }
    }

    /** The plenary meets 10:00–13:00 and 15:00–18:00 each day, interpreted into English and French. */
    private static Body plenarySitting(int days) {
        var sessions = new ArrayList<Session>();
        for (int day = 0; day < days; day++) {
            sessions.add(session("day" + day + "-am", PLENARY, day, 10, 13, ENGLISH_FRENCH));
            sessions.add(session("day" + day + "-pm", PLENARY, day, 15, 18, ENGLISH_FRENCH));
        }
        return new Body(PLENARY, sessions.toArray(Session[]::new));
    }

    /** The plenary meets on Tuesday only: interpreted in the morning, informally (uninterpreted) after lunch. */
    private static Body informalAfternoon() {
        return new Body(PLENARY,
                session("tue-am", PLENARY, 0, 10, 13, ENGLISH_FRENCH),
                session("tue-pm-informal", PLENARY, 0, 15, 18, NO_INTERPRETATION));
    }

    /** The committee meets once, on Tuesday 11:00–13:00, interpreted into English and French. */
    private static Body committeeSitting() {
        return new Body(COMMITTEE, session("committee-tue", COMMITTEE, 0, 11, 13, ENGLISH_FRENCH));
    }

    /** A session {@code day} days after Tuesday, from {@code opens} to {@code closes} o'clock of that day. */
    private static Session session(String id, String body, int day, int opens, int closes, Set<String> languages) {
        return new Session(id, body, TUESDAY.plusDays(day), day, clock(day, opens, 0), clock(day, closes, 0),
                languages);
    }

    /** Agenda item {@code number} for the plenary, needing no interpretation. */
    private static Item item(int number, int minutes) {
        return item(number, minutes, PLENARY, NO_INTERPRETATION);
    }

    private static Item item(int number, int minutes, String body, Set<String> languages) {
        return new Item("" + number, String.valueOf(number), "Item " + number, number, minutes, Set.of(body),
                languages);
    }

    private static Item inAgendaOrder(Item item) {
        item.setFollowsAgendaOrder(true);
        return item;
    }

    /** A time on Tuesday, the first day, on the meeting's clock. */
    private static int tuesday(int hour, int minute) {
        return clock(0, hour, minute);
    }

    private static int wednesday(int hour, int minute) {
        return clock(1, hour, minute);
    }

    /** Minutes since midnight of Tuesday, {@code day} days later. */
    private static int clock(int day, int hour, int minute) {
        return day * 24 * 60 + hour * 60 + minute;
    }
}
