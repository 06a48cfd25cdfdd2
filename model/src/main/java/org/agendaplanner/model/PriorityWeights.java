package org.agendaplanner.model;

/**
 * What one minute of an item left out costs at the medium level, by its priority, chosen per meeting so that the
 * order of priorities holds strictly whatever the minutes: a low minute costs 1; a normal minute costs one more than
 * all the low minutes of the meeting together ({@code L + 1}); a required minute one more than all the normal and low
 * minutes together ({@code N(L + 1) + L + 1 = (N + 1)(L + 1)}). So leaving out any amount of low business is better
 * than a minute of normal business, and any amount of normal business better than a minute of required business,
 * and within one priority fewer minutes are better. A meeting with no low or no required items keeps the medium level
 * in plain minutes of what was left out.
 *
 * @param low the weight of a low minute (1)
 * @param normal the weight of a normal minute
 * @param required the weight of a required minute
 */
public record PriorityWeights(long low, long normal, long required) {

    /** Every minute alike: for a solution built by hand, as the rule tests build them. */
    public static final PriorityWeights FLAT = new PriorityWeights(1, 1, 1);

    /** The weights for a meeting whose items left out could cost these minutes, by priority. */
    public static PriorityWeights forMinutes(long lowMinutes, long normalMinutes) {
        long normal = lowMinutes + 1;
        return new PriorityWeights(1, normal, Math.multiplyExact(normalMinutes + 1, normal));
    }

    /**
     * Whether the medium level stays exact in 64 bits with these minutes at the largest rule weight: every item left
     * out, at {@link Rules#MAX_WEIGHT}. Only a meeting far beyond any real one (hundreds of thousands of hours of
     * business split across all three priorities) fails it.
     */
    public static boolean exact(long lowMinutes, long normalMinutes, long requiredMinutes) {
        try {
            var weights = forMinutes(lowMinutes, normalMinutes);
            long all = Math.addExact(Math.addExact(Math.multiplyExact(requiredMinutes, weights.required),
                    Math.multiplyExact(normalMinutes, weights.normal)), lowMinutes);
            Math.multiplyExact(all, (long) Rules.MAX_WEIGHT);
            return true;
        } catch (ArithmeticException tooLarge) {
            return false;
        }
    }

    /** The weight of a minute of an item of this priority ({@code required}, {@code normal} or {@code low}). */
    public long of(String priority) {
        return switch (priority) {
            case "required" -> required;
            case "low" -> low;
            default -> normal;
        };
    }
}
