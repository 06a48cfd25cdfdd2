package org.agendaplanner.model;

import java.util.List;
import java.util.stream.Collectors;

/** An input file that cannot be planned as it stands, with every problem found in it. */
public class InvalidInputException extends Exception {

    private final String fileName;
    private final List<Problem> problems;

    public InvalidInputException(String fileName, List<Problem> problems) {
        super(problems.stream().map(problem -> problem.describe(fileName)).collect(Collectors.joining("\n")));
        this.fileName = fileName;
        this.problems = List.copyOf(problems);
    }

    public String fileName() {
        return fileName;
    }

    public List<Problem> problems() {
        return problems;
    }
}
