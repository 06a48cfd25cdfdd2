package org.agendaplanner.model;

import java.util.List;
import java.util.stream.Collectors;

/** An input file that cannot be planned as it stands, with every problem found in it. */
public class InvalidInputException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String fileName;
    // Never serialized: it ends a command in the process that read the file.
    @SuppressWarnings("serial")
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
