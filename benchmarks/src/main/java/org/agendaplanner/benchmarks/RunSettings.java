package org.agendaplanner.benchmarks;

/**
 * How every benchmark of the suite runs, in one place. Short enough for a 2-core machine shared with other builds;
 * the command line overrides any of it ({@code -f}, {@code -wi}, {@code -w}, {@code -i}, {@code -r}).
 */
final class RunSettings {

    static final int FORKS = 1;
    static final int WARMUP_ITERATIONS = 3;
    static final int WARMUP_SECONDS = 2;
    static final int MEASUREMENT_ITERATIONS = 5;
    static final int MEASUREMENT_SECONDS = 2;

    private RunSettings() {
    }
}
