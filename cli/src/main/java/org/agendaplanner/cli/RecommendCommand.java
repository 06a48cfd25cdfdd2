package org.agendaplanner.cli;

import java.util.concurrent.Callable;

import org.agendaplanner.solver.analysis.Diagnosis;
import org.agendaplanner.solver.analysis.ProgrammeFiles;
import org.agendaplanner.solver.analysis.RecommendationsJson;
import org.agendaplanner.solver.plan.ProblemFactory;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** The best few places for one item in a programme, each with what it would do to the score. */
@Command(name = "recommend", mixinStandardHelpOptions = true,
        description = "Lists the best places for one item in the programme of a file, each with the change in "
                + "score; the rest of the programme keeps its order, and what follows the item moves along.")
public class RecommendCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Mixin
    InputFile input;

    @Parameters(index = "1", paramLabel = "ITEM", description = "The id of the item to place.")
    String itemId;

    @Option(names = "--top", defaultValue = "5", description = "How many places to list besides the current one (default: ${DEFAULT-VALUE}).")
    int top;

    @Mixin
    ReportFormat report;

    @Override
    public Integer call() throws Exception {
        var file = input.path();
        var planning = ProgrammeFiles.read(file, ProblemFactory.ProgrammeUse.AS_STARTING_POINT);
        if (!planning.itemsById().containsKey(itemId)) {
            throw new CliException(ExitCodes.USAGE, "No item \"" + itemId + "\" in " + file + ". Its items are: "
                    + String.join(", ", planning.itemsById().keySet()) + ".");
        }
        var result = RecommendationsJson.of(file.toString(), planning, itemId, top);
        var places = result.places();
        report.print(spec.commandLine().getOut(), result, out -> {
            out.println("Best places for item " + itemId + ":");
            if (places.isEmpty()) {
                out.println("  none. " + Diagnosis.ofItem(planning.solution(), itemId));
            }
            for (int i = 0; i < places.size(); i++) {
                var place = places.get(i);
                out.printf("  %d. %s %s (%s)  score change %s%s%n", i + 1, place.session(), place.start(), place.body(),
                        place.scoreChange(), place.current() ? "  (where it is now)" : "");
            }
        });
        return ExitCodes.OK;
    }
}
