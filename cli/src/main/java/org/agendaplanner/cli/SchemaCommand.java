package org.agendaplanner.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Prints the JSON Schema of the file format, for editors that check a meeting file as it is typed. */
@Command(name = "schema", mixinStandardHelpOptions = true,
        description = {"Prints the JSON Schema of the meeting file format (agenda-planner/1).",
                "Editors use it to complete and check fields as you type: name it in a JSON file with "
                        + "\"$schema\", or in a YAML file with a first line "
                        + "`# yaml-language-server: $schema=" + MeetingSchema.FILE_NAME + "`. The same schema is "
                        + "in docs/" + MeetingSchema.FILE_NAME + "."})
public class SchemaCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    CommonOptions common;

    @Override
    public Integer call() {
        var out = spec.commandLine().getOut();
        out.print(MeetingSchema.json());
        out.flush();
        return ExitCodes.OK;
    }
}
